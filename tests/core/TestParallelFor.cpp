// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ParallelFor.h"

#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace assay;

// parallelFor shares [0, count) out in contiguous, disjoint chunks (up to kChunksPerCore per core,
// each at least minChunk long), runs them on one thread per core at most, and visits every index
// exactly once.
class TestParallelFor : public QObject
{
    Q_OBJECT
private slots:
    void everyIndexOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("minChunk");
        for (int count : {0, 1, 7, 1023, 2048, 10007, 100000})
            for (int minChunk : {1, 64, 1024})
                QTest::addRow("%d/%d", count, minChunk) << count << minChunk;
    }

    void everyIndexOnce()
    {
        QFETCH(int, count);
        QFETCH(int, minChunk);
        std::vector<std::atomic<int>> visits(static_cast<size_t>(count));
        std::mutex mutex;
        std::map<size_t, size_t> shares; // begin -> end
        std::map<std::thread::id, int> threads;
        parallelFor(
            size_t(count),
            [&](size_t begin, size_t end) {
                for (size_t i = begin; i < end; ++i)
                    visits[i].fetch_add(1);
                std::lock_guard lock(mutex);
                QVERIFY(shares.emplace(begin, end).second);
                ++threads[std::this_thread::get_id()];
            },
            size_t(minChunk));
        for (int i = 0; i < count; ++i)
            QCOMPARE(visits[size_t(i)].load(), 1);
        // Contiguous and disjoint: each share starts where the previous one ended.
        size_t next = 0;
        for (const auto& [begin, end] : shares) {
            QCOMPARE(begin, next);
            QVERIFY(end >= begin);
            next = end;
        }
        QCOMPARE(next, size_t(count));
        const size_t cores = std::max(1u, std::thread::hardware_concurrency());
        const size_t expected
            = cores <= 1 ? 1 : std::min(cores * kChunksPerCore, std::max<size_t>(1, size_t(count) / size_t(minChunk)));
        QCOMPARE(parallelChunks(size_t(count), size_t(minChunk)), expected);
        QCOMPARE(shares.size(), expected);
        for (const auto& [begin, end] : shares) // as even as the division allows
            QVERIFY(end - begin <= (size_t(count) + expected - 1) / expected);
        QVERIFY(threads.size() >= 1 && threads.size() <= std::min(cores, expected));
        if (expected == 1)
            QCOMPARE(threads.count(std::this_thread::get_id()), size_t(1)); // a small loop stays on the caller
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "TestParallelFor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/EventBus.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace assay;

// The bus delivers on the subscriber's thread, survives publishers on other threads, and
// stops delivering to subscribers that are gone.
class TestEventBus : public QObject
{
    Q_OBJECT
private slots:
    void deliversOnSubscriberThread()
    {
        EventBus bus;
        QObject receiver;
        QList<Event> got;
        Qt::HANDLE deliveredOn = nullptr;
        bus.subscribe(&receiver, [&](const Event& e) {
            got << e;
            deliveredOn = QThread::currentThreadId();
        });
        QThread* worker = QThread::create([&bus] {
            for (int i = 0; i < 100; ++i)
                bus.publish(QStringLiteral("audit"), QStringLiteral("progress"), {{"n", i}});
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QTRY_COMPARE(got.size(), 100);
        QCOMPARE(deliveredOn, QThread::currentThreadId());
        QCOMPARE(got.first().data["n"].get<int>(), 0);
        QCOMPARE(got.last().data["n"].get<int>(), 99);
        QVERIFY(got.first().timestamp.isValid());
        const auto j = got.first().toJson();
        QCOMPARE(QString::fromStdString(j["type"].get<std::string>()), QStringLiteral("audit"));
        QVERIFY(QString::fromStdString(j["timestamp"].get<std::string>()).endsWith(QLatin1Char('Z')));
    }

    void stopsAfterSubscriberIsGone()
    {
        EventBus bus;
        int count = 0;
        auto* receiver = new QObject;
        bus.subscribe(receiver, [&](const Event&) { ++count; });
        bus.publish(QStringLiteral("system"), QStringLiteral("updated"), {});
        QTRY_COMPARE(count, 1);
        delete receiver;
        bus.publish(QStringLiteral("system"), QStringLiteral("updated"), {});
        QTest::qWait(50);
        QCOMPARE(count, 1);
    }

    void unsubscribe()
    {
        EventBus bus;
        QObject receiver;
        int count = 0;
        const int id = bus.subscribe(&receiver, [&](const Event&) { ++count; });
        bus.unsubscribe(id);
        bus.publish(QStringLiteral("system"), QStringLiteral("updated"), {});
        QTest::qWait(50);
        QCOMPARE(count, 0);
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "TestEventBus.moc"

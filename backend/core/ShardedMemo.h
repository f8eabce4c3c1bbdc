// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <array>
#include <mutex>
#include <utility>

// A process-wide memo of a pure function for worker threads: results are kept per key in
// shards, each behind its own mutex, so threads rarely wait on each other. A full shard is
// emptied (the inputs it serves repeat a few values many times, so this is rare and cheap).
namespace assay {

template <typename Key, typename Value, std::size_t Shards = 16, qsizetype PerShard = 1024> class ShardedMemo
{
public:
    template <typename Compute> Value get(const Key& key, Compute&& compute)
    {
        return get(key, std::forward<Compute>(compute), [](const Value&) { return true; });
    }

    // Keeps only the values `keep` accepts: inputs whose results are worth less than a
    // lookup (one-off failures, say) are computed each time without filling the shards.
    template <typename Compute, typename Keep> Value get(const Key& key, Compute&& compute, Keep&& keep)
    {
        auto& shard = m_shards[qHash(key) % Shards];
        {
            std::lock_guard lock(shard.mutex);
            if (auto it = shard.entries.constFind(key); it != shard.entries.constEnd())
                return *it;
        }
        Value value = compute();
        if (!keep(value))
            return value;
        std::lock_guard lock(shard.mutex);
        if (shard.entries.size() >= PerShard)
            shard.entries.clear();
        shard.entries.insert(key, value);
        return value;
    }

private:
    struct Shard
    {
        std::mutex mutex;
        QHash<Key, Value> entries;
    };
    std::array<Shard, Shards> m_shards;
};

} // namespace assay

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace assay {

// One event of SPEC §5: `{type, action, data, timestamp}` plus the channel it belongs to and
// the owner whose credential may read it (empty owner = everyone who may read the type).
struct Event
{
    QString type; // audit | scan | finding | metric | token | system
    QString action; // created | updated | progress | completed | failed | cancelled | deleted
    QString channel; // e.g. "audits" and "audit:<id>" are derived from type/data by publishers
    QString ownerId; // user id that owns the resource, for visibility checks
    nlohmann::json data = nlohmann::json::object();
    QDateTime timestamp;

    nlohmann::json toJson() const;
};

// Thread-safe publish; each subscriber gets events queued to the thread of its context object,
// so a long job on a worker thread never runs UI or socket code. Subscribers: the UI and the
// WebSocket hub. The bus is passed explicitly (no global instance).
class EventBus : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Event&)>;

    explicit EventBus(QObject* parent = nullptr);

    // Calls `handler` on `context`'s thread for every event until `context` is destroyed or
    // unsubscribe() is called with the returned id.
    int subscribe(QObject* context, Handler handler);
    void unsubscribe(int id);

    // May be called from any thread.
    void publish(Event event);
    void publish(const QString& type, const QString& action, nlohmann::json data, const QString& channel = {},
        const QString& ownerId = {});

private:
    struct Subscriber
    {
        int id;
        QPointer<QObject> context;
        Handler handler;
    };
    QMutex m_mutex;
    std::vector<Subscriber> m_subscribers;
    int m_nextId = 1;
};

} // namespace assay

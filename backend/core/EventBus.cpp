// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventBus.h"

#include "Json.h"

#include <QMetaObject>

namespace assay {

nlohmann::json Event::toJson() const
{
    return {{"type", json::str(type)}, {"action", json::str(action)}, {"data", data},
        {"timestamp", json::str(json::isoUtc(timestamp.isValid() ? timestamp : QDateTime::currentDateTimeUtc()))}};
}

EventBus::EventBus(QObject* parent)
    : QObject(parent)
{ }

int EventBus::subscribe(QObject* context, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    const int id = m_nextId++;
    m_subscribers.push_back({id, context, std::move(handler)});
    return id;
}

void EventBus::unsubscribe(int id)
{
    QMutexLocker lock(&m_mutex);
    std::erase_if(m_subscribers, [id](const Subscriber& s) { return s.id == id; });
}

void EventBus::publish(Event event)
{
    if (!event.timestamp.isValid())
        event.timestamp = QDateTime::currentDateTimeUtc();
    std::vector<Subscriber> targets;
    {
        QMutexLocker lock(&m_mutex);
        std::erase_if(m_subscribers, [](const Subscriber& s) { return s.context.isNull(); });
        targets = m_subscribers;
    }
    for (const auto& s : targets) {
        QObject* ctx = s.context.data();
        if (!ctx)
            continue;
        // Queued to the subscriber's thread; the handler copy keeps it valid after unsubscribe.
        QMetaObject::invokeMethod(
            ctx, [handler = s.handler, event]() { handler(event); }, Qt::QueuedConnection);
    }
}

void EventBus::publish(
    const QString& type, const QString& action, nlohmann::json data, const QString& channel, const QString& ownerId)
{
    Event e;
    e.type = type;
    e.action = action;
    e.data = std::move(data);
    e.channel = channel;
    e.ownerId = ownerId;
    publish(std::move(e));
}

} // namespace assay

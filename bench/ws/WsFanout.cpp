// SPDX-License-Identifier: GPL-3.0-or-later
// WebSocket fan-out benchmark (issue 12): N clients connect to `assay serve`'s /ws with an API
// token and subscribe to the `audits` channel; then, ROUNDS times, one audit is queued through
// POST /api/v1/audits and every client's arrival time of that audit's "created" event is taken
// from the moment the POST was sent. Prints one JSON object: per round the time until the first,
// the median and the last subscriber had the event, and how many got it.
//
//   ws_fanout --port P --token T --repository DIR [--clients 1000] [--rounds 5] [--connect-batch 50]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Subscriber
{
    QWebSocket* socket = nullptr;
    bool subscribed = false;
    int created = 0; // "created" audit events received so far
};

class Fanout : public QObject
{
public:
    Fanout(quint16 port, QString token, QString repository, int clients, int rounds, int batch)
        : m_port(port)
        , m_token(std::move(token))
        , m_repository(std::move(repository))
        , m_rounds(rounds)
        , m_batch(batch)
        , m_subscribers(size_t(clients))
    {
        m_clock.start();
    }

    void start()
    {
        m_connectClock.start();
        for (int i = 0; i < m_batch && m_nextToOpen < int(m_subscribers.size()); ++i)
            openNext();
        QTimer::singleShot(120000, this, [this] { fail(QStringLiteral("timed out")); });
    }

private:
    void openNext()
    {
        const int index = m_nextToOpen++;
        auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_subscribers[size_t(index)].socket = socket;
        connect(socket, &QWebSocket::connected, this, [socket] {
            socket->sendTextMessage(QStringLiteral(R"({"type":"subscribe","channels":["audits"]})"));
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, index](const QString& message) { onMessage(index, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, index] {
            if (!m_done)
                fail(QStringLiteral("client %1 disconnected: %2")
                         .arg(index)
                         .arg(m_subscribers[size_t(index)].socket->closeReason()));
        });
        QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("token"), m_token);
        url.setQuery(query);
        socket->open(url);
    }

    void onMessage(int index, const QString& message)
    {
        Subscriber& s = m_subscribers[size_t(index)];
        const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("subscribed") && !s.subscribed) {
            s.subscribed = true;
            ++m_subscribedCount;
            if (m_nextToOpen < int(m_subscribers.size()))
                openNext();
            if (m_subscribedCount == int(m_subscribers.size())) {
                m_connectMs = double(m_connectClock.nsecsElapsed()) / 1e6;
                QTimer::singleShot(500, this, [this] { nextRound(); });
            }
            return;
        }
        if (type == QLatin1String("audit") && o.value(QStringLiteral("action")).toString() == QLatin1String("created")) {
            ++s.created;
            if (s.created == m_round && m_roundStartNs > 0) {
                m_arrivals.push_back(double(m_clock.nsecsElapsed() - m_roundStartNs) / 1e6);
                if (int(m_arrivals.size()) == int(m_subscribers.size()))
                    finishRound();
            }
        }
    }

    void nextRound()
    {
        if (m_round == m_rounds) {
            report();
            return;
        }
        ++m_round;
        m_arrivals.clear();
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/audits").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("repository"), m_repository}}).toJson();
        m_roundStartNs = m_clock.nsecsElapsed();
        QNetworkReply* reply = m_http.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 202)
                fail(QStringLiteral("POST /api/v1/audits answered %1: %2").arg(status).arg(QString::fromUtf8(reply->readAll())));
        });
    }

    void finishRound()
    {
        std::vector<double> a = m_arrivals;
        std::sort(a.begin(), a.end());
        QJsonObject r {{QStringLiteral("round"), m_round}, {QStringLiteral("received"), int(a.size())},
            {QStringLiteral("first_ms"), a.front()}, {QStringLiteral("median_ms"), a[a.size() / 2]},
            {QStringLiteral("last_ms"), a.back()}};
        m_results.append(r);
        m_roundStartNs = 0;
        // Let the audit finish (its progress and completed events go to every subscriber too).
        QTimer::singleShot(1500, this, [this] { nextRound(); });
    }

    void report()
    {
        m_done = true;
        std::vector<double> last;
        for (const auto& v : m_results)
            last.push_back(v.toObject().value(QStringLiteral("last_ms")).toDouble());
        std::sort(last.begin(), last.end());
        QJsonObject out {{QStringLiteral("clients"), int(m_subscribers.size())},
            {QStringLiteral("connect_and_subscribe_ms"), m_connectMs}, {QStringLiteral("rounds"), m_results},
            {QStringLiteral("median_last_ms"), last.empty() ? 0.0 : last[last.size() / 2]},
            {QStringLiteral("max_last_ms"), last.empty() ? 0.0 : last.back()}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        for (auto& s : m_subscribers)
            if (s.socket)
                s.socket->abort();
        QCoreApplication::exit(0);
    }

    void fail(const QString& why)
    {
        if (m_done)
            return;
        m_done = true;
        std::fprintf(stderr, "ws_fanout: %s (subscribed %d of %d, round %d, arrivals %d)\n", qPrintable(why),
            m_subscribedCount, int(m_subscribers.size()), m_round, int(m_arrivals.size()));
        QCoreApplication::exit(1);
    }

    quint16 m_port;
    QString m_token;
    QString m_repository;
    int m_rounds;
    int m_batch;
    std::vector<Subscriber> m_subscribers;
    QNetworkAccessManager m_http;
    QElapsedTimer m_clock;
    QElapsedTimer m_connectClock;
    double m_connectMs = 0;
    int m_nextToOpen = 0;
    int m_subscribedCount = 0;
    int m_round = 0;
    qint64 m_roundStartNs = 0;
    std::vector<double> m_arrivals;
    QJsonArray m_results;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port of assay serve on 127.0.0.1."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("token"), QStringLiteral("API token (read:audits, write:audits)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("repository"), QStringLiteral("Folder each round audits."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Subscribers."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Audits queued, one after another."), QStringLiteral("N"),
        QStringLiteral("5")});
    parser.addOption({QStringLiteral("connect-batch"), QStringLiteral("Connections opening at once."), QStringLiteral("N"),
        QStringLiteral("50")});
    parser.process(app);
    const int port = parser.value(QStringLiteral("port")).toInt();
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int batch = parser.value(QStringLiteral("connect-batch")).toInt();
    if (port <= 0 || port > 65535 || clients < 1 || rounds < 1 || batch < 1 || !parser.isSet(QStringLiteral("token"))
        || !parser.isSet(QStringLiteral("repository"))) {
        std::fprintf(stderr, "usage: ws_fanout --port P --token T --repository DIR [--clients N] [--rounds N]\n");
        return 2;
    }
    Fanout fanout(quint16(port), parser.value(QStringLiteral("token")), parser.value(QStringLiteral("repository")),
        clients, rounds, batch);
    QTimer::singleShot(0, &fanout, [&fanout] { fanout.start(); });
    return app.exec();
}

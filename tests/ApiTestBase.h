// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiFactory.h"
#include "api/ApiServer.h"
#include "services/Services.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// A real data directory in a QTemporaryDir, the real services and the real HTTP server on an
// ephemeral loopback port, driven through QNetworkAccessManager.
struct ApiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<assay::Services> services;
    std::unique_ptr<assay::api::ApiServer> server;
    QNetworkAccessManager nam;
    quint16 port = 0;

    bool start()
    {
        auto s = assay::Services::open(dir.path());
        if (!s)
            return false;
        services = std::move(*s);
        server = assay::api::makeApiServer(*services);
        auto p = server->start(QHostAddress::LocalHost, 0);
        if (!p)
            return false;
        port = *p;
        return true;
    }

    QUrl url(const QString& path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)); }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        assay::Json json() const
        {
            auto j = assay::json::parse(body);
            return j ? *j : assay::Json();
        }
    };

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest req(url(path));
        if (!body.isEmpty() || method == "POST" || method == "PATCH")
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto& [k, v] : headers)
            req.setRawHeader(k, v);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto& [k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }
};

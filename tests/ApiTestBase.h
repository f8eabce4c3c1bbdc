// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiFactory.h"
#include "api/ApiServer.h"
#include "auth/AuthServices.h"
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
//
// The API requires authentication on every route but /health, the OpenAPI document and the
// auth routes, so the fixture creates an administrator and an API token with every scope at
// start; send() presents that token unless the caller passes its own Authorization header
// (an empty value sends none: an anonymous request). userToken() makes more users.
struct ApiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<assay::Services> services;
    std::unique_ptr<assay::api::ApiServer> server;
    QNetworkAccessManager nam;
    quint16 port = 0;
    QString adminId;
    QByteArray adminToken; // "assay_…" with every scope, owned by admin@fixture.test
    static constexpr const char* kPassword = "fixture-Passw0rd!";

    bool start()
    {
        assay::Services::Options options;
        options.auth.keyBackend = assay::auth::KeyStore::Backend::FileOnly;
        options.auth.passwordCost = assay::auth::PasswordHasher::minimal(); // fast tests
        auto s = assay::Services::open(dir.path(), options);
        if (!s)
            return false;
        services = std::move(*s);
        auto admin = createUser(QStringLiteral("admin@fixture.test"), assay::auth::Role::Admin);
        if (admin.isEmpty())
            return false;
        adminId = admin;
        adminToken = tokenFor(adminId, assay::auth::Scopes::all());
        if (adminToken.isEmpty())
            return false;
        server = assay::api::makeApiServer(*services);
        auto p = server->start(QHostAddress::LocalHost, 0);
        if (!p)
            return false;
        port = *p;
        return true;
    }

    // Creates an account (password kPassword) through the services; returns its id.
    QString createUser(const QString& email, assay::auth::Role role)
    {
        assay::auth::NewUser u;
        u.email = email;
        u.password = QString::fromLatin1(kPassword);
        u.role = role;
        auto user = services->auth().users().createUser(assay::auth::Principal::localAdmin(), u);
        return user ? user->id : QString();
    }

    // An API token of that user with the given scopes (their role's scopes when empty).
    QByteArray tokenFor(const QString& userId, assay::auth::Scopes scopes = {})
    {
        auto user = services->auth().users().findById(userId);
        if (!user)
            return {};
        assay::auth::TokenRequest request;
        request.name = QStringLiteral("fixture");
        request.scopes = scopes.isEmpty() ? assay::auth::Scopes::forRole(user->role) : scopes;
        auto issued = services->auth().tokens().create(assay::auth::Principal::localAdmin(), request, userId);
        return issued ? issued->secret.toLatin1() : QByteArray();
    }

    // A new user of that role and an API token with all of the role's scopes.
    QByteArray userToken(const QString& email, assay::auth::Role role)
    {
        const QString id = createUser(email, role);
        return id.isEmpty() ? QByteArray() : tokenFor(id);
    }

    QUrl url(const QString& path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)); }
    // The WebSocket URL with a credential (the admin token by default; empty = none).
    QUrl wsUrl(const QByteArray& token) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws%2")
                        .arg(port)
                        .arg(token.isEmpty() ? QString() : QStringLiteral("?token=") + QString::fromLatin1(token)));
    }
    QUrl wsUrl() const { return wsUrl(adminToken); }

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

    static QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray& token)
    {
        return {{"Authorization", token.isEmpty() ? QByteArray() : "Bearer " + token}};
    }
    static QList<QPair<QByteArray, QByteArray>> anonymous() { return {{"Authorization", QByteArray()}}; }

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest req(url(path));
        if (!body.isEmpty() || method == "POST" || method == "PATCH")
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        bool authGiven = false;
        for (const auto& [k, v] : headers) {
            if (k.compare("authorization", Qt::CaseInsensitive) == 0) {
                authGiven = true;
                if (v.isEmpty())
                    continue;
            }
            req.setRawHeader(k, v);
        }
        if (!authGiven && !adminToken.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + adminToken);
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // A guard against a hang, not a timing check: model training answers in ~4 s alone, far later
        // on a loaded CI machine.
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
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

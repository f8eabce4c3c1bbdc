// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <nlohmann/json.hpp>

namespace assay {

// The one error type used end to end (STYLE.md #4). Services return it inside Result<T>;
// the API maps `kind` to an HTTP status and the envelope of SPEC §4, the UI to a message.
struct Error
{
    enum class Kind
    {
        Validation, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        MethodNotAllowed, // 405
        Conflict, // 409
        TooLarge, // 413
        UnsupportedMediaType, // 415
        Unprocessable, // 422
        RateLimited, // 429
        Internal, // 500
        BadGateway, // 502
        Unavailable, // 503
    };

    Kind kind = Kind::Internal;
    QString code; // machine-readable, e.g. "NOT_FOUND" or "AI_SERVICE_UNAVAILABLE"
    QString message; // one clear sentence for a person
    nlohmann::json details = nlohmann::json::object();

    static Error make(Kind kind, QString message, nlohmann::json details = nlohmann::json::object(), QString code = {});
    static Error validation(QString message, nlohmann::json details = nlohmann::json::object());
    static Error unauthorized(QString message);
    static Error forbidden(QString message);
    static Error notFound(QString message);
    static Error conflict(QString message);
    static Error tooLarge(QString message);
    static Error unsupportedMediaType(QString message);
    static Error unprocessable(QString message, nlohmann::json details = nlohmann::json::object());
    static Error rateLimited(QString message);
    static Error internal(QString message);
    static Error unavailable(QString message, QString code = {});
    static Error badGateway(QString message);

    static QString defaultCode(Kind kind);
    static int httpStatus(Kind kind);
};

} // namespace assay

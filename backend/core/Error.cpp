// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace assay {

Error Error::make(Kind kind, QString message, nlohmann::json details, QString code)
{
    Error e;
    e.kind = kind;
    e.code = code.isEmpty() ? defaultCode(kind) : std::move(code);
    e.message = std::move(message);
    e.details = details.is_object() ? std::move(details) : nlohmann::json::object();
    return e;
}

Error Error::validation(QString message, nlohmann::json details)
{
    return make(Kind::Validation, std::move(message), std::move(details));
}
Error Error::unauthorized(QString message)
{
    return make(Kind::Unauthorized, std::move(message));
}
Error Error::forbidden(QString message)
{
    return make(Kind::Forbidden, std::move(message));
}
Error Error::notFound(QString message)
{
    return make(Kind::NotFound, std::move(message));
}
Error Error::conflict(QString message)
{
    return make(Kind::Conflict, std::move(message));
}
Error Error::tooLarge(QString message)
{
    return make(Kind::TooLarge, std::move(message));
}
Error Error::unsupportedMediaType(QString message)
{
    return make(Kind::UnsupportedMediaType, std::move(message));
}
Error Error::unprocessable(QString message, nlohmann::json details)
{
    return make(Kind::Unprocessable, std::move(message), std::move(details));
}
Error Error::rateLimited(QString message)
{
    return make(Kind::RateLimited, std::move(message));
}
Error Error::internal(QString message)
{
    return make(Kind::Internal, std::move(message));
}
Error Error::unavailable(QString message, QString code)
{
    return make(Kind::Unavailable, std::move(message), nlohmann::json::object(), std::move(code));
}
Error Error::badGateway(QString message)
{
    return make(Kind::BadGateway, std::move(message));
}

QString Error::defaultCode(Kind kind)
{
    switch (kind) {
    case Kind::Validation:
        return QStringLiteral("VALIDATION_ERROR");
    case Kind::Unauthorized:
        return QStringLiteral("UNAUTHORIZED");
    case Kind::Forbidden:
        return QStringLiteral("FORBIDDEN");
    case Kind::NotFound:
        return QStringLiteral("NOT_FOUND");
    case Kind::MethodNotAllowed:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    case Kind::Conflict:
        return QStringLiteral("CONFLICT");
    case Kind::TooLarge:
        return QStringLiteral("PAYLOAD_TOO_LARGE");
    case Kind::UnsupportedMediaType:
        return QStringLiteral("UNSUPPORTED_MEDIA_TYPE");
    case Kind::Unprocessable:
        return QStringLiteral("UNPROCESSABLE_ENTITY");
    case Kind::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case Kind::Internal:
        return QStringLiteral("INTERNAL_ERROR");
    case Kind::BadGateway:
        return QStringLiteral("BAD_GATEWAY");
    case Kind::Unavailable:
        return QStringLiteral("SERVICE_UNAVAILABLE");
    }
    return QStringLiteral("INTERNAL_ERROR");
}

int Error::httpStatus(Kind kind)
{
    switch (kind) {
    case Kind::Validation:
        return 400;
    case Kind::Unauthorized:
        return 401;
    case Kind::Forbidden:
        return 403;
    case Kind::NotFound:
        return 404;
    case Kind::MethodNotAllowed:
        return 405;
    case Kind::Conflict:
        return 409;
    case Kind::TooLarge:
        return 413;
    case Kind::UnsupportedMediaType:
        return 415;
    case Kind::Unprocessable:
        return 422;
    case Kind::RateLimited:
        return 429;
    case Kind::Internal:
        return 500;
    case Kind::BadGateway:
        return 502;
    case Kind::Unavailable:
        return 503;
    }
    return 500;
}

} // namespace assay

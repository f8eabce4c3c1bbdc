// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "core/Result.h"

namespace assay::auth {

class SessionService;
class TokenService;

// Turns the credential of a request into a Principal (SPEC §4 Auth, §5 WebSocket `?token=`):
// an `assay_…` API token or an access JWT. Every failure is a 401 whose code and message say
// why: MISSING_CREDENTIALS, TOKEN_MALFORMED, TOKEN_INVALID_SIGNATURE, TOKEN_EXPIRED,
// TOKEN_WRONG_TYPE, TOKEN_REVOKED, UNKNOWN_TOKEN, USER_DEACTIVATED, USER_NOT_FOUND.
class Authenticator
{
public:
    Authenticator(SessionService& sessions, TokenService& tokens);

    // `authorization` is the Authorization header value ("Bearer …") or, for WebSockets, the
    // bare token from the query string. `clientAddress` is recorded as the token's last use.
    Result<Principal> authenticate(const QString& authorization, const QString& clientAddress) const;

    // The credential inside an Authorization header: "Bearer xyz" → "xyz" (scheme case-insensitive);
    // a value without a scheme is returned trimmed; another scheme ("Basic …") gives an empty string.
    static QString bearerToken(const QString& authorization);

private:
    SessionService& m_sessions;
    TokenService& m_tokens;
};

} // namespace assay::auth

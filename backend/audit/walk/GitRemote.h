// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace assay::audit {

// Credentials for one host, looked up when a remote asks for them (from the keychain).
struct GitCredentials
{
    QString username;
    QString secret; // password or personal access token; never logged
};
using CredentialLookup = std::function<std::optional<GitCredentials>(const QString& host)>;

// Clones git URLs (https, ssh, file://) into the data directory's cache as bare mirrors and
// fetches them again on re-audit. Errors are sentences a user can act on: authentication
// required, repository not found, network unreachable.
class GitRemote
{
public:
    static bool looksLikeUrl(const QString& source);
    // Returns the local path of the cached repository for `url`, cloned or freshly fetched.
    static Result<QString> fetch(const QString& url, const QString& cacheRoot, const CredentialLookup& credentials = {},
        const std::function<bool()>& cancelled = {});
    static QString cachePathFor(const QString& url, const QString& cacheRoot);
    // Credentials for `host` from the `git_credentials` text kept in the keychain: one line per
    // host, "HOST USER:SECRET" or "HOST SECRET" (a token; the user defaults to the URL's).
    static std::optional<GitCredentials> credentialsFor(const QString& text, const QString& host);
};

} // namespace assay::audit

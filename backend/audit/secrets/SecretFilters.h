// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string>
#include <string_view>

// Value-level checks that decide whether a regex match is a credential: entropy, placeholders,
// references to variables, identifiers that only look like secrets, and the structural
// validators (PEM bodies, JWTs, PuTTY keys, Basic credentials). Pure functions, thread-safe.
namespace assay::audit::secretfilters {

// Shannon entropy in bits per character.
double shannonEntropy(QStringView s);

// Character classes present: lower, upper, digit, other (0..4).
int characterClasses(QStringView s);

// A 40-hex git object id, a short hex commit id, or a UUID.
bool isGitShaOrUuid(QStringView s);

// Package-manager integrity strings (sha512-…, h1:…, sha256:…).
bool isIntegrityHash(QStringView s);

// For generic rules: the value refers to something else (a variable, an expression, a path,
// a URL, an identifier) instead of being a literal secret.
bool looksLikeReference(QStringView value);

// For generic rules: a trivially guessable value (runs, sequences, one repeated word).
bool looksTrivial(QStringView value);

// For generic rules: the assigned name says the value is not a secret (…_file, …_url, public_key…).
bool isNonSecretKey(QStringView key);

// Lockfiles and similar generated manifests where generic assignments are never secrets.
bool isLockfile(const QString& path);

// Test, fixture, example and mock paths: findings there are weighted down one severity level.
bool isTestPath(const QString& path);

// One severity level lower (critical → high → medium → low → info).
QString lowerSeverity(const QString& severity);

// A PEM / PGP block starting right after `headerEnd`: its base64 body, or nothing when what
// follows is not a real key body (too short, elided, a placeholder). `encrypted` is set when
// the key is passphrase-protected.
std::optional<std::string> pemBody(std::string_view content, size_t headerEnd, bool* encrypted);

// The base64 lines of a PuTTY private key following its header.
std::optional<std::string> puttyBody(std::string_view content, size_t headerEnd);

// A JWT whose header decodes to a JSON object with "alg" and whose payload decodes to a JSON
// object, and that is not a well-known documentation example.
bool isRealJwt(QStringView token);

// Base64 of "user:password" with a non-trivial password.
bool isBasicCredential(QStringView base64);

// The password part of a URL that is a default or a placeholder (password, postgres, root…).
bool isDefaultUrlPassword(QStringView password, QStringView user);

// Documentation hosts (example.com, *.invalid, "host"): credentials there are illustrations.
bool isPlaceholderHost(QStringView host);

} // namespace assay::audit::secretfilters

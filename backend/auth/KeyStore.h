// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <map>

namespace assay::auth {

// Secrets of one data directory — the JWT signing key, LLM provider API keys — kept in the OS
// keychain through QtKeychain (service "Assay", one entry per name and data directory). Where no
// keychain exists (headless Linux: the job fails within milliseconds) it falls back to
// `<data-dir>/secrets.key`, mode 0600, and says so once (log + fallbackNotice() for the GUI).
// Values are cached in memory after the first read. Thread-safe: keychain work requested from
// another thread is run on the constructing thread (keep its event loop running), each job
// bounded by a short timeout. Make it on the main thread at start-up.
class KeyStore
{
public:
    enum class Backend
    {
        Auto, // keychain when it works, else the file
        FileOnly, // never touch the keychain (tests, portable installs)
    };
    struct Options
    {
        Backend backend = Backend::Auto;
        QString service = QStringLiteral("Assay");
        int keychainTimeoutMs = 3000;
    };

    static constexpr const char* kJwtSigningKey = "jwt_signing_key";

    explicit KeyStore(QString dataDir);
    KeyStore(QString dataDir, Options options);

    // NotFound when no secret of that name exists.
    Result<QByteArray> get(const QString& name);
    Status set(const QString& name, const QByteArray& secret);
    Status remove(const QString& name);
    // The secret, or a new random one of `bytes` bytes stored first (the JWT key on first start).
    Result<QByteArray> getOrCreate(const QString& name, int bytes = 32);

    // True once the file fallback has been used because the keychain is unavailable.
    bool usingFileFallback() const;
    // One sentence for the settings page / log, empty while the keychain is in use.
    QString fallbackNotice() const;
    QString fallbackFilePath() const;

private:
    enum class KeychainResult
    {
        Ok,
        NotFound,
        Unavailable
    };
    KeychainResult keychainRead(const QString& name, QByteArray* out);
    KeychainResult keychainWrite(const QString& name, const QByteArray& secret);
    KeychainResult keychainRemove(const QString& name);
    QString keychainKey(const QString& name) const;
    template <typename R> R onHomeThread(const std::function<R()>& work);
    Result<QByteArray> getUncached(const QString& name);
    Status setOnHome(const QString& name, const QByteArray& secret);
    Status removeOnHome(const QString& name);
    void markKeychainUnavailable(const QString& why);
    void noteFallback();

    Result<std::map<QString, QByteArray>> readFile() const;
    Status writeFile(const std::map<QString, QByteArray>& secrets) const;

    QObject m_home; // lives in the constructing thread: where keychain jobs run
    QString m_dataDir;
    Options m_options;
    mutable QMutex m_mutex;
    QMutex m_createMutex;
    bool m_keychainUsable = true;
    bool m_fallbackUsed = false;
    QString m_fallbackReason;
    std::map<QString, QByteArray> m_cache;
};

} // namespace assay::auth

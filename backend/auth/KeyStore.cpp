// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyStore.h"

#include "Crypto.h"
#include "core/Json.h"
#include "core/Logging.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace assay::auth {

namespace {

const QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Runs a QtKeychain job with a local event loop, bounded by `timeoutMs`. False on timeout.
bool runJob(QKeychain::Job* job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

} // namespace

KeyStore::KeyStore(QString dataDir)
    : KeyStore(std::move(dataDir), Options {})
{ }

KeyStore::KeyStore(QString dataDir, Options options)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_options(std::move(options))
{
    if (m_options.backend == Backend::FileOnly) {
        m_keychainUsable = false;
        m_fallbackReason = QStringLiteral("the keychain is disabled for this data directory");
    }
}

QString KeyStore::fallbackFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("secrets.key"));
}

QString KeyStore::keychainKey(const QString& name) const
{
    // One entry per data directory, so two data directories never share a signing key.
    return QStringLiteral("%1@%2").arg(name, crypto::sha256Hex(m_dataDir.toUtf8()).left(16));
}

void KeyStore::markKeychainUnavailable(const QString& why)
{
    m_keychainUsable = false;
    m_fallbackReason = why;
}

void KeyStore::noteFallback()
{
    m_fallbackUsed = true;
    // Said once per data directory and process, however many KeyStore objects are made.
    static QMutex loggedMutex;
    static QSet<QString> logged;
    QMutexLocker lock(&loggedMutex);
    if (logged.contains(m_dataDir))
        return;
    logged.insert(m_dataDir);
    qCWarning(lcAuth).noquote() << QStringLiteral("No OS keychain (%1): secrets are kept in %2 (mode 0600).")
                                       .arg(m_fallbackReason, fallbackFilePath());
}

bool KeyStore::usingFileFallback() const
{
    QMutexLocker lock(&m_mutex);
    return m_fallbackUsed;
}

QString KeyStore::fallbackNotice() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_fallbackUsed)
        return {};
    return QStringLiteral("No OS keychain is available (%1): secrets are kept in %2, readable only by your user.")
        .arg(m_fallbackReason, fallbackFilePath());
}

KeyStore::KeychainResult KeyStore::keychainRead(const QString& name, QByteArray* out)
{
    if (!m_keychainUsable)
        return KeychainResult::Unavailable;
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_options.service);
    job->setAutoDelete(false);
    job->setKey(keychainKey(name));
    if (!runJob(job.get(), m_options.keychainTimeoutMs)) {
        markKeychainUnavailable(QStringLiteral("the keychain did not answer in time"));
        job.release()->deleteLater(); // may still finish later; let Qt delete it then
        return KeychainResult::Unavailable;
    }
    if (job->error() == QKeychain::NoError) {
        *out = job->binaryData();
        return KeychainResult::Ok;
    }
    if (job->error() == QKeychain::EntryNotFound)
        return KeychainResult::NotFound;
    markKeychainUnavailable(QStringLiteral("%1, QtKeychain error %2").arg(job->errorString()).arg(int(job->error())));
    return KeychainResult::Unavailable;
}

KeyStore::KeychainResult KeyStore::keychainWrite(const QString& name, const QByteArray& secret)
{
    if (!m_keychainUsable)
        return KeychainResult::Unavailable;
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_options.service);
    job->setAutoDelete(false);
    job->setKey(keychainKey(name));
    job->setBinaryData(secret);
    if (!runJob(job.get(), m_options.keychainTimeoutMs)) {
        markKeychainUnavailable(QStringLiteral("the keychain did not answer in time"));
        job.release()->deleteLater();
        return KeychainResult::Unavailable;
    }
    if (job->error() == QKeychain::NoError)
        return KeychainResult::Ok;
    markKeychainUnavailable(QStringLiteral("%1, QtKeychain error %2").arg(job->errorString()).arg(int(job->error())));
    return KeychainResult::Unavailable;
}

KeyStore::KeychainResult KeyStore::keychainRemove(const QString& name)
{
    if (!m_keychainUsable)
        return KeychainResult::Unavailable;
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_options.service);
    job->setAutoDelete(false);
    job->setKey(keychainKey(name));
    if (!runJob(job.get(), m_options.keychainTimeoutMs)) {
        markKeychainUnavailable(QStringLiteral("the keychain did not answer in time"));
        job.release()->deleteLater();
        return KeychainResult::Unavailable;
    }
    if (job->error() == QKeychain::NoError)
        return KeychainResult::Ok;
    if (job->error() == QKeychain::EntryNotFound)
        return KeychainResult::NotFound;
    markKeychainUnavailable(QStringLiteral("%1, QtKeychain error %2").arg(job->errorString()).arg(int(job->error())));
    return KeychainResult::Unavailable;
}

Result<std::map<QString, QByteArray>> KeyStore::readFile() const
{
    std::map<QString, QByteArray> out;
    QFile f(fallbackFilePath());
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read the secrets file %1.").arg(f.fileName()));
    // Tighten permissions of a file copied around with a looser mode.
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
        | QFile::ExeOther;
    if (f.permissions() & others)
        f.setPermissions(kOwnerOnly);
    const auto parsed = json::parse(f.readAll());
    if (!parsed || !parsed->is_object())
        return Error::internal(QStringLiteral("The secrets file %1 is damaged.").arg(f.fileName()));
    for (const auto& [key, value] : parsed->items()) {
        if (!value.is_string())
            continue;
        out[json::qstr(key)] = QByteArray::fromBase64(QByteArray::fromStdString(value.get<std::string>()));
    }
    return out;
}

Status KeyStore::writeFile(const std::map<QString, QByteArray>& secrets) const
{
    if (!QDir().mkpath(m_dataDir))
        return Error::internal(QStringLiteral("Cannot create the data directory %1.").arg(m_dataDir));
    QSaveFile f(fallbackFilePath());
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("Cannot write the secrets file %1.").arg(f.fileName()));
    // Restrict the temporary file before any secret is written into it.
    if (!f.setPermissions(kOwnerOnly))
        return Error::internal(QStringLiteral("Cannot restrict the permissions of %1.").arg(f.fileName()));
    Json doc = Json::object();
    for (const auto& [key, value] : secrets)
        doc[json::str(key)] = value.toBase64().toStdString();
    f.write(json::dump(doc, 2));
    if (!f.commit())
        return Error::internal(QStringLiteral("Cannot save the secrets file %1.").arg(f.fileName()));
    QFile::setPermissions(fallbackFilePath(), kOwnerOnly);
    return {};
}

template <typename R> R KeyStore::onHomeThread(const std::function<R()>& work)
{
    // QtKeychain's job executor is a singleton bound to one thread: keychain work from other
    // threads is handed to the thread that made this KeyStore (which runs an event loop in the
    // GUI and in `assay serve`). File-only work needs no hop.
    bool keychain = false;
    {
        QMutexLocker lock(&m_mutex);
        keychain = m_keychainUsable;
    }
    if (!keychain || QThread::currentThread() == m_home.thread())
        return work();
    std::optional<R> out;
    QMetaObject::invokeMethod(
        &m_home, [&] { out = work(); }, Qt::BlockingQueuedConnection);
    if (!out)
        return R(Error::internal(QStringLiteral("The keychain could not be reached.")));
    return *out;
}

Result<QByteArray> KeyStore::get(const QString& name)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cache.find(name); it != m_cache.end())
            return it->second;
    }
    return onHomeThread<Result<QByteArray>>([&] { return getUncached(name); });
}

Result<QByteArray> KeyStore::getUncached(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_cache.find(name); it != m_cache.end())
        return it->second;
    QByteArray value;
    const auto kc = keychainRead(name, &value);
    if (kc == KeychainResult::Ok) {
        m_cache[name] = value;
        return value;
    }
    // Not in the keychain (or no keychain): the file, also where an earlier headless run left it.
    auto file = readFile();
    if (!file)
        return file.error();
    auto it = file->find(name);
    if (it == file->end())
        return Error::notFound(QStringLiteral("No secret named '%1' is stored.").arg(name));
    if (kc == KeychainResult::Unavailable && !m_fallbackUsed)
        noteFallback();
    m_cache[name] = it->second;
    return it->second;
}

Status KeyStore::set(const QString& name, const QByteArray& secret)
{
    if (name.isEmpty())
        return Error::validation(QStringLiteral("A secret needs a name."), {{"field", "name"}});
    return onHomeThread<Status>([&] { return setOnHome(name, secret); });
}

Status KeyStore::setOnHome(const QString& name, const QByteArray& secret)
{
    QMutexLocker lock(&m_mutex);
    auto file = readFile();
    if (!file)
        return file.error();
    if (keychainWrite(name, secret) == KeychainResult::Ok) {
        // Moved into the keychain: no copy stays behind in the file.
        if (file->erase(name) > 0) {
            Status s = writeFile(*file);
            if (!s)
                return s;
        }
    } else {
        if (!m_fallbackUsed)
            noteFallback();
        (*file)[name] = secret;
        Status s = writeFile(*file);
        if (!s)
            return s;
    }
    m_cache[name] = secret;
    return {};
}

Status KeyStore::remove(const QString& name)
{
    return onHomeThread<Status>([&] { return removeOnHome(name); });
}

Status KeyStore::removeOnHome(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    m_cache.erase(name);
    (void)keychainRemove(name);
    auto file = readFile();
    if (!file)
        return file.error();
    if (file->erase(name) > 0)
        return writeFile(*file);
    return {};
}

Result<QByteArray> KeyStore::getOrCreate(const QString& name, int bytes)
{
    // Two first-time callers must not each make (and return) a different secret.
    QMutexLocker create(&m_createMutex);
    auto existing = get(name);
    if (existing)
        return existing;
    if (existing.error().kind != Error::Kind::NotFound)
        return existing.error();
    const QByteArray secret = crypto::randomBytes(bytes);
    Status s = set(name, secret);
    if (!s)
        return s.error();
    return secret;
}

} // namespace assay::auth

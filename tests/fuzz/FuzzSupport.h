// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up of the libFuzzer targets (tests/fuzz): one QCoreApplication per process (Qt's
// resources, codecs and QStandardPaths want one), a per-process temporary directory for parsers
// that need a path or a database, and byte helpers. Every target defines
// LLVMFuzzerTestOneInput and calls assay::fuzz::initialize() from LLVMFuzzerInitialize.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace assay::fuzz {

inline QCoreApplication* application()
{
    static int argc = 1;
    static char name[] = "assay-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv); // lives as long as the process
    return app;
}

// A directory private to this fuzzing process, removed at exit; nothing is written elsewhere.
inline const QString& scratchDir()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/assay-fuzz-XXXXXX"));
        if (!d->isValid())
            qFatal("cannot create a temporary directory for fuzzing");
        return d;
    }();
    static const QString path = dir->path();
    return path;
}

inline void initialize()
{
    // Parsers log what they reject; at millions of runs that is only noise.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    application();
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline std::string_view view(const std::uint8_t* data, std::size_t size)
{
    return std::string_view(reinterpret_cast<const char*>(data), size);
}

// A crash with a message when an invariant of the code under test does not hold.
[[noreturn]] inline void fail(const char* what)
{
    qFatal("fuzz invariant violated: %s", what);
}

} // namespace assay::fuzz

#define ASSAY_FUZZ_INITIALIZE                                                                                     \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                                            \
    {                                                                                                             \
        assay::fuzz::initialize();                                                                                \
        return 0;                                                                                                 \
    }

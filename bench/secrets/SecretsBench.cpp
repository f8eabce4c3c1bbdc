// SPDX-License-Identifier: GPL-3.0-or-later
// Secret detection benchmarks (issue 6), built with -DASSAY_BUILD_BENCH=ON:
//   secrets_bench scan CORPUS_DIR OUT.json   findings of the detector over a corpus, for score.py
//   secrets_bench speed [--mb N] PATH...     matcher-alone and full-scan throughput on one core
//   secrets_bench tree DIR                   what secret scanning adds to walk + LOC on a real tree
//   secrets_bench profile PATH...            per-rule throughput (finds rules that slow the database)
#include "audit/secrets/SecretDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

#include <hs/hs.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace assay;
using namespace assay::audit;

namespace {

// CPU time of the calling thread (user + system): throughput "per core" independent of other
// load on the machine, which wall time is not on a shared 2-core box.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool looksBinary(const QByteArray& bytes)
{
    return bytes.left(8192).contains('\0');
}

struct Loaded
{
    QString path;
    QByteArray bytes;
};

std::vector<Loaded> loadTree(const QString& root, qint64 budget, bool relative)
{
    std::vector<Loaded> out;
    qint64 total = 0;
    const QFileInfo info(root);
    if (info.isFile()) {
        QFile f(root);
        if (f.open(QIODevice::ReadOnly))
            out.push_back({info.fileName(), f.read(budget)});
        return out;
    }
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const QDir base(QFileInfo(root).absoluteFilePath());
    while (it.hasNext() && total < budget) {
        const QString file = it.next();
        QFile f(file);
        if (f.size() > 8 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = f.readAll();
        if (looksBinary(bytes))
            continue;
        total += bytes.size();
        out.push_back({relative ? base.relativeFilePath(QFileInfo(file).absoluteFilePath()) : file, std::move(bytes)});
    }
    return out;
}

int scanCommand(const QString& corpus, const QString& outPath)
{
    DetectorSetup setup;
    setup.root = corpus;
    auto detector = SecretDetector::create(setup);
    if (!detector) {
        std::fprintf(stderr, "%s\n", qPrintable(detector.error().message));
        return 1;
    }
    QJsonArray findings;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (const auto& file : loadTree(corpus, std::numeric_limits<qint64>::max(), true)) {
        bytes += file.bytes.size();
        FileView view;
        view.path = file.path;
        view.size = file.bytes.size();
        view.content = std::string_view(file.bytes.constData(), size_t(file.bytes.size()));
        if (!(*detector)->wants(view))
            continue;
        FileResult result;
        (*detector)->scan(view, result);
        for (const auto& f : result.findings)
            findings.append(QJsonObject {{QStringLiteral("file"), f.file}, {QStringLiteral("line"), f.line},
                {QStringLiteral("rule_id"), f.ruleId}, {QStringLiteral("severity"), f.severity},
                {QStringLiteral("evidence"), f.evidence}});
    }
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(
        QJsonObject {{QStringLiteral("tool"), QStringLiteral("assay")}, {QStringLiteral("findings"), findings}})
                  .toJson());
    std::printf("assay: %lld findings, %.1f MB in %.3f s\n", qlonglong(findings.size()), double(bytes) / 1e6, secs);
    return 0;
}

int speedCommand(const QStringList& paths, qint64 budget)
{
    // ASSAY_SECRET_RULES: measure another rule file (experiments with the rule set).
    auto rules = qEnvironmentVariableIsSet("ASSAY_SECRET_RULES")
        ? SecretRules::fromFile(qEnvironmentVariable("ASSAY_SECRET_RULES"))
        : SecretRules::builtin();
    if (!rules)
        return 1;
    QElapsedTimer compile;
    compile.start();
    auto scanner = SecretScanner::create(*rules);
    if (!scanner)
        return 1;
    const double compileMs = double(compile.nsecsElapsed()) / 1e6;
    std::vector<Loaded> files;
    qint64 bytes = 0;
    for (const auto& p : paths) {
        for (auto& f : loadTree(p, budget - bytes, false)) {
            bytes += f.bytes.size();
            files.push_back(std::move(f));
        }
    }
    if (bytes == 0) {
        std::fprintf(stderr, "no text found\n");
        return 1;
    }
    std::printf("corpus: %zu files, %.1f MB; %zu rules compiled in %.0f ms\n", files.size(), double(bytes) / 1e6,
        (*rules)->rules().size(), compileMs);
    auto measure = [&](const char* label, auto&& fn) {
        fn(); // warm-up
        const double start = threadCpuSeconds();
        int rounds = 0;
        size_t result = 0;
        do {
            result = fn();
            ++rounds;
        } while (threadCpuSeconds() - start < 3.0);
        const double secs = threadCpuSeconds() - start;
        std::printf("%-34s %8.0f MB/s per core (CPU time; %d rounds, %zu matches/hits per round)\n", label,
            double(bytes) * rounds / 1e6 / secs, rounds, result);
    };
    measure("matcher alone (prefilter + regex)", [&] {
        size_t n = 0;
        for (const auto& f : files)
            n += (*scanner)->countCandidates(std::string_view(f.bytes.constData(), size_t(f.bytes.size())));
        return n;
    });
    measure("full scan (confirm + filters)", [&] {
        size_t n = 0;
        for (const auto& f : files)
            n += (*scanner)->scan(std::string_view(f.bytes.constData(), size_t(f.bytes.size())), f.path).size();
        return n;
    });
    return 0;
}

// Lines of code as a walker counts them: blank, comment (// # /* -- ;), code. Cheap on purpose.
qint64 countLoc(const QByteArray& bytes, qint64& blank, qint64& comment)
{
    qint64 code = 0;
    const char* p = bytes.constData();
    const char* end = p + bytes.size();
    while (p < end) {
        const char* eol = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char* q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
            ++q;
        if (q == eol)
            ++blank;
        else if (*q == '#' || *q == ';'
            || (q + 1 < eol && ((q[0] == '/' && (q[1] == '/' || q[1] == '*')) || (q[0] == '-' && q[1] == '-'))))
            ++comment;
        else
            ++code;
        p = eol + 1;
    }
    return code;
}

// What secret scanning adds to an audit's walk + LOC pass over a real tree (files read from
// disk each time, page cache warm): the walk alone, then the walk with the detector.
int treeCommand(const QString& root)
{
    DetectorSetup setup;
    setup.root = root;
    auto detector = SecretDetector::create(setup);
    if (!detector)
        return 1;
    auto pass = [&](bool secrets, qint64& bytes, qint64& findings) {
        const double start = threadCpuSeconds();
        qint64 blank = 0, comment = 0, code = 0;
        bytes = findings = 0;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        const qsizetype prefix = root.size() + (root.endsWith(u'/') ? 0 : 1);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(QStringLiteral("/.git/")))
                continue;
            QFile f(file);
            if (f.size() > 10 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            bytes += data.size();
            if (looksBinary(data))
                continue;
            code += countLoc(data, blank, comment);
            if (secrets) {
                FileView view;
                view.path = file.mid(prefix);
                view.size = data.size();
                view.content = std::string_view(data.constData(), size_t(data.size()));
                if ((*detector)->wants(view)) {
                    FileResult result;
                    (*detector)->scan(view, result);
                    findings += qint64(result.findings.size());
                }
            }
        }
        Q_UNUSED(code);
        return threadCpuSeconds() - start;
    };
    qint64 bytes = 0, findings = 0;
    pass(false, bytes, findings); // warm the page cache
    double walk = 1e9, withSecrets = 1e9;
    for (int i = 0; i < 3; ++i) {
        walk = std::min(walk, pass(false, bytes, findings));
        withSecrets = std::min(withSecrets, pass(true, bytes, findings));
    }
    std::printf("tree %s: %.1f MB; walk + LOC %.3f s CPU; + secrets %.3f s CPU; overhead %.1f%% (%lld findings)\n",
        qPrintable(root), double(bytes) / 1e6, walk, withSecrets, 100.0 * (withSecrets - walk) / walk,
        qlonglong(findings));
    return 0;
}

// Throughput of each rule compiled alone: finds the rules that slow the one-pass database.
int profileCommand(const QStringList& paths, qint64 budget)
{
    auto rules = qEnvironmentVariableIsSet("ASSAY_SECRET_RULES")
        ? SecretRules::fromFile(qEnvironmentVariable("ASSAY_SECRET_RULES"))
        : SecretRules::builtin();
    if (!rules)
        return 1;
    std::vector<Loaded> files;
    qint64 bytes = 0;
    for (const auto& p : paths)
        for (auto& f : loadTree(p, budget - bytes, false)) {
            bytes += f.bytes.size();
            files.push_back(std::move(f));
        }
    static const QRegularExpression named(QStringLiteral("\\(\\?(?:P?<)([A-Za-z_][A-Za-z0-9_]*)>"));
    std::vector<std::pair<double, QString>> rows;
    for (const auto& rule : (*rules)->rules()) {
        QString pattern = rule.regex;
        pattern.replace(named, QStringLiteral("("));
        const std::string p = pattern.toStdString();
        hs_database_t* db = nullptr;
        hs_compile_error_t* err = nullptr;
        if (hs_compile(p.c_str(), HS_FLAG_MULTILINE, HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
            hs_free_compile_error(err);
            continue;
        }
        hs_scratch_t* scratch = nullptr;
        hs_alloc_scratch(db, &scratch);
        QElapsedTimer t;
        t.start();
        for (const auto& f : files)
            hs_scan(
                db, f.bytes.constData(), unsigned(f.bytes.size()), 0, scratch,
                [](unsigned, unsigned long long, unsigned long long, unsigned, void*) { return 0; }, nullptr);
        rows.emplace_back(double(bytes) / 1e6 / (double(t.nsecsElapsed()) / 1e9), rule.id);
        hs_free_scratch(scratch);
        hs_free_database(db);
    }
    // The whole set in one database, and the keyword literals alone.
    auto timeDb = [&](hs_database_t* db) {
        hs_scratch_t* scratch = nullptr;
        hs_alloc_scratch(db, &scratch);
        QElapsedTimer t;
        t.start();
        for (const auto& f : files)
            hs_scan(
                db, f.bytes.constData(), unsigned(f.bytes.size()), 0, scratch,
                [](unsigned, unsigned long long, unsigned long long, unsigned, void*) { return 0; }, nullptr);
        hs_free_scratch(scratch);
        return double(bytes) / 1e6 / (double(t.nsecsElapsed()) / 1e9);
    };
    {
        std::vector<std::string> pats;
        std::vector<std::string> lits;
        for (const auto& rule : (*rules)->rules()) {
            QString pattern = rule.regex;
            pattern.replace(named, QStringLiteral("("));
            pats.push_back(pattern.toStdString());
            for (const auto& k : rule.keywords)
                if (std::find(lits.begin(), lits.end(), k.toStdString()) == lits.end())
                    lits.push_back(k.toStdString());
        }
        std::vector<const char*> ptrs;
        std::vector<unsigned> flags, ids;
        for (size_t i = 0; i < pats.size(); ++i) {
            ptrs.push_back(pats[i].c_str());
            flags.push_back(HS_FLAG_MULTILINE);
            ids.push_back(unsigned(i));
        }
        hs_database_t* db = nullptr;
        hs_compile_error_t* err = nullptr;
        if (hs_compile_multi(
                ptrs.data(), flags.data(), ids.data(), unsigned(ptrs.size()), HS_MODE_BLOCK, nullptr, &db, &err)
            == HS_SUCCESS) {
            std::printf("%10.0f MB/s  all rules, one database\n", timeDb(db));
            hs_free_database(db);
        } else {
            hs_free_compile_error(err);
        }
        std::vector<const char*> lp;
        std::vector<size_t> ll;
        std::vector<unsigned> lf, li;
        for (size_t i = 0; i < lits.size(); ++i) {
            lp.push_back(lits[i].data());
            ll.push_back(lits[i].size());
            lf.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
            li.push_back(unsigned(i));
        }
        if (hs_compile_lit_multi(
                lp.data(), lf.data(), li.data(), ll.data(), unsigned(lp.size()), HS_MODE_BLOCK, nullptr, &db, &err)
            == HS_SUCCESS) {
            std::printf("%10.0f MB/s  keyword literals (%zu)\n", timeDb(db), lits.size());
            hs_free_database(db);
        } else {
            hs_free_compile_error(err);
        }
    }
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < std::min<size_t>(rows.size(), 25); ++i)
        std::printf("%10.0f MB/s  %s\n", rows[i].first, qPrintable(rows[i].second));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == u"scan")
        return scanCommand(args[1], args[2]);
    if (!args.isEmpty() && args[0] == u"speed") {
        QStringList paths = args.mid(1);
        qint64 mb = 200;
        if (paths.size() >= 2 && paths[0] == u"--mb") {
            mb = paths[1].toLongLong();
            paths = paths.mid(2);
        }
        if (!paths.isEmpty())
            return speedCommand(paths, mb * 1024 * 1024);
    }
    if (args.size() == 2 && args[0] == u"tree")
        return treeCommand(args[1]);
    if (args.size() >= 2 && args[0] == u"profile")
        return profileCommand(args.mid(1), 30 * 1024 * 1024);
    std::fprintf(stderr,
        "usage: secrets_bench scan CORPUS_DIR OUT.json | speed [--mb N] PATH... | tree DIR | profile PATH...\n");
    return 2;
}

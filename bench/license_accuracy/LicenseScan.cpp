// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-in for `assay audit DIR --format json` until the audit walker and CLI exist: walks DIR,
// runs the LicenseDetector on every regular file (two worker threads, as the job runner would)
// and prints an audit.json-shaped document with files[].path and files[].license.
//   assay_license_scan DIR [--output FILE] [--evidence] [--baseline]
#include "audit/licenses/LicenseDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <atomic>
#include <iostream>
#include <thread>

using namespace assay;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::cerr << "usage: assay_license_scan DIR [--output FILE]\n";
        return 2;
    }
    const QString root = QDir(args.at(1)).absolutePath();
    QString output;
    const bool evidence = args.contains(QStringLiteral("--evidence")); // adds files[].evidence for debugging
    // --baseline: walk, read and count lines only (the speed bench's reference run).
    const bool baseline = args.contains(QStringLiteral("--baseline"));
    if (const auto i = args.indexOf(QStringLiteral("--output")); i > 0 && i + 1 < args.size())
        output = args.at(i + 1);

    audit::DetectorSetup setup;
    setup.root = root;
    QElapsedTimer init;
    init.start();
    std::unique_ptr<audit::Detector> detector;
    if (!baseline)
        detector = audit::makeLicenseDetector(setup); // builds the SPDX index (once per process)
    const qint64 initMs = init.elapsed();
    QElapsedTimer timer;
    timer.start();

    QStringList paths;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(root).relativeFilePath(it.next());
    paths.sort();

    audit::AuditReport report;
    report.repository.source = root;
    report.repository.root = root;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.files.resize(std::size_t(paths.size()));
    std::atomic<qsizetype> next {0};
    std::atomic<qint64> bytes {0};
    auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++) {
            QFile f(root + QLatin1Char('/') + paths[i]);
            QByteArray data;
            if (f.open(QIODevice::ReadOnly))
                data = f.read(qint64(10) * 1024 * 1024);
            bytes += data.size();
            audit::FileView view;
            view.path = paths[i];
            view.absolutePath = f.fileName();
            view.size = data.size();
            view.binary = data.left(8000).contains('\0');
            view.content
                = view.binary ? std::string_view() : std::string_view(data.constData(), std::size_t(data.size()));
            audit::FileResult result;
            if (!baseline && detector->wants(view))
                detector->scan(view, result);
            auto& rec = report.files[std::size_t(i)];
            rec.path = paths[i];
            rec.size = data.size();
            rec.binary = view.binary;
            rec.lines.code = data.count('\n');
            if (result.license) {
                rec.license = result.license->expression;
                rec.licenseConfidence = result.license->confidence;
            }
            rec.licenseEvidence = std::move(result.licenseEvidence);
            rec.copyrights = std::move(result.copyrights);
        }
    };
    std::thread a(work), b(work);
    a.join();
    b.join();
    const qint64 scanMs = timer.elapsed();
    audit::DetectorContext context {report.options};
    if (!baseline)
        detector->finish(report, context);
    report.finishedAt = QDateTime::currentDateTimeUtc();
    report.status = QStringLiteral("completed");
    report.filesScanned = paths.size();
    report.bytesScanned = bytes;
    std::cerr << "detector ready in " << initMs << " ms; walked and scanned " << paths.size() << " files, " << bytes
              << " bytes in " << scanMs << " ms (finish " << timer.elapsed() - scanMs << " ms)\n";

    auto json = report.toJson();
    if (evidence) {
        for (std::size_t i = 0; i < report.files.size(); ++i) {
            auto list = nlohmann::json::array();
            for (const auto& h : report.files[i].licenseEvidence)
                list.push_back({{"expression", h.expression.toStdString()}, {"source", h.source.toStdString()},
                    {"confidence", h.confidence}, {"lines", {h.startLine, h.endLine}}, {"partial", h.partial}});
            json["files"][i]["evidence"] = list;
        }
    }
    const std::string doc = json.dump(1);
    if (output.isEmpty()) {
        std::cout << doc << '\n';
    } else {
        QFile out(output);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::cerr << "cannot write " << output.toStdString() << '\n';
            return 3;
        }
        out.write(doc.data(), qint64(doc.size()));
    }
    return 0;
}

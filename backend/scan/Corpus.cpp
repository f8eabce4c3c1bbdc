// SPDX-License-Identifier: GPL-3.0-or-later
#include "Corpus.h"

#include "Categories.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace assay::scan {

namespace {

quint64 fnv1a(const QByteArray& bytes)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

QString normalized(const QString& s)
{
    return s.simplified().toLower();
}

} // namespace

QString labelsToString(unsigned labels)
{
    QStringList out;
    for (int i = 0; i < kCategoryCount; ++i)
        if (labels & (1u << i))
            out << categoryNames()[size_t(i)];
    return out.join(QLatin1Char(','));
}

Result<Corpus> parseCorpus(const QByteArray& tsv, const QString& sourceName)
{
    Corpus out;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines[i]);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            return Error::validation(
                QStringLiteral("%1 line %2 has no tab between labels and sentence.").arg(sourceName).arg(i + 1));
        LabelledSentence s;
        s.text = line.mid(tab + 1).trimmed();
        const auto names = line.left(tab).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto& name : names) {
            const int idx = categoryIndex(name);
            if (idx < 0)
                return Error::validation(
                    QStringLiteral("%1 line %2 has an unknown category '%3'.").arg(sourceName).arg(i + 1).arg(name));
            s.labels |= 1u << idx;
        }
        if (s.text.isEmpty())
            return Error::validation(QStringLiteral("%1 line %2 has no sentence.").arg(sourceName).arg(i + 1));
        out.push_back(std::move(s));
    }
    return out;
}

Result<Corpus> loadShippedCorpus()
{
    QDir dir(QStringLiteral(":/scan/corpus"));
    const QStringList files = dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::internal(QStringLiteral("The risk corpus is missing from this build."));
    Corpus all;
    for (const auto& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(QStringLiteral("Cannot read the risk corpus file %1.").arg(name));
        auto part = parseCorpus(f.readAll(), name);
        if (!part)
            return part.error();
        all.insert(all.end(), part->begin(), part->end());
    }
    return deduplicate(all);
}

Corpus deduplicate(const Corpus& corpus)
{
    QHash<QString, size_t> index;
    Corpus out;
    out.reserve(corpus.size());
    for (const auto& s : corpus) {
        const QString key = normalized(s.text);
        auto it = index.find(key);
        if (it != index.end()) {
            out[*it] = s;
            continue;
        }
        index.insert(key, out.size());
        out.push_back(s);
    }
    return out;
}

Split holdOut(const Corpus& corpus, double fraction)
{
    std::vector<std::pair<quint64, size_t>> order;
    order.reserve(corpus.size());
    for (size_t i = 0; i < corpus.size(); ++i)
        order.emplace_back(fnv1a(normalized(corpus[i].text).toUtf8()), i);
    std::sort(order.begin(), order.end());
    const size_t testCount = size_t(double(corpus.size()) * fraction + 0.5);
    Split split;
    for (size_t k = 0; k < order.size(); ++k)
        (k < testCount ? split.test : split.train).push_back(corpus[order[k].second]);
    return split;
}

} // namespace assay::scan

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tokenizer.h"

#include "Lexicon.h"

#include <QRegularExpression>
#include <QSet>

#include <map>
#include <set>

namespace assay::scan {

namespace {

const QSet<QString>& stopWords()
{
    static const QSet<QString> words {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("and"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("for"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("be"),
        QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("by"), QStringLiteral("with"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("at"), QStringLiteral("as"), QStringLiteral("it"), QStringLiteral("its"), QStringLiteral("from"),
        QStringLiteral("or"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("our"), QStringLiteral("we"),
        QStringLiteral("their"), QStringLiteral("they"), QStringLiteral("them"), QStringLiteral("us"),
        QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("there"), QStringLiteral("also"),
        QStringLiteral("such"), QStringLiteral("into"), QStringLiteral("upon"), QStringLiteral("then"),
        QStringLiteral("do"), QStringLiteral("does"), QStringLiteral("did"), QStringLiteral("i"), QStringLiteral("you"),
        QStringLiteral("your"), QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"),
        QStringLiteral("her"), QStringLiteral("so"), QStringLiteral("about"), QStringLiteral("its"),
        QStringLiteral("my"), QStringLiteral("me"), QStringLiteral("s"), QStringLiteral("what"), QStringLiteral("when"),
        QStringLiteral("where")};
    return words;
}

const QSet<QString>& negationCues()
{
    static const QSet<QString> cues {QStringLiteral("no"), QStringLiteral("not"), QStringLiteral("never"),
        QStringLiteral("none"), QStringLiteral("nobody"), QStringLiteral("nothing"), QStringLiteral("neither"),
        QStringLiteral("nor"), QStringLiteral("without"), QStringLiteral("cannot"), QStringLiteral("nowhere"),
        QStringLiteral("noone")};
    return cues;
}

// Words that open a new clause: negation scope and bigrams stop there.
const QSet<QString>& clauseBreakers()
{
    static const QSet<QString> words {QStringLiteral("but"), QStringLiteral("however"), QStringLiteral("although"),
        QStringLiteral("though"), QStringLiteral("yet"), QStringLiteral("while"), QStringLiteral("whereas"),
        QStringLiteral("unless"), QStringLiteral("except"), QStringLiteral("because"), QStringLiteral("which"),
        QStringLiteral("so"), QStringLiteral("and"), QStringLiteral("if"), QStringLiteral("until")};
    return words;
}

const QSet<QString>& currencyWords()
{
    static const QSet<QString> words {QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gbp"),
        QStringLiteral("chf"), QStringLiteral("aud"), QStringLiteral("cad"), QStringLiteral("jpy"),
        QStringLiteral("inr"), QStringLiteral("dollars"), QStringLiteral("dollar"), QStringLiteral("euros"),
        QStringLiteral("euro"), QStringLiteral("pounds"), QStringLiteral("francs"), QStringLiteral("rupees")};
    return words;
}

bool isCurrencySymbol(QChar c)
{
    return c == QChar(u'$') || c == QChar(u'£') || c == QChar(u'€') || c == QChar(u'¥') || c == QChar(u'₹');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isClausePunct(QChar c)
{
    return c == QChar(u',') || c == QChar(u';') || c == QChar(u':') || c == QChar(u'.') || c == QChar(u'!')
        || c == QChar(u'?') || c == QChar(u'(') || c == QChar(u')') || c == QChar(u'–') || c == QChar(u'—');
}

struct RawWord
{
    QString text; // lower-case
    int start;
    int end;
    bool punctBefore; // clause punctuation between the previous word and this one
};

std::vector<RawWord> splitWords(const QString& s)
{
    std::vector<RawWord> out;
    const int n = int(s.size());
    int i = 0;
    bool punct = false;
    while (i < n) {
        const QChar c = s.at(i);
        const bool currencyStart = isCurrencySymbol(c) && i + 1 < n && s.at(i + 1).isDigit();
        if (!isWordChar(c) && !currencyStart) {
            if (isClausePunct(c))
                punct = true;
            ++i;
            continue;
        }
        const int start = i;
        if (currencyStart)
            ++i;
        while (i < n) {
            const QChar d = s.at(i);
            if (isWordChar(d)) {
                ++i;
                continue;
            }
            const bool nextWord = i + 1 < n && isWordChar(s.at(i + 1));
            const bool prevDigit = i > start && s.at(i - 1).isDigit();
            if (nextWord && (d == QChar(u'-') || d == QChar(u'\'') || d == QChar(u'’') || d == QChar(u'/'))) {
                ++i;
                continue;
            }
            if (nextWord && prevDigit && (d == QChar(u'.') || d == QChar(u',')) && s.at(i + 1).isDigit()) {
                ++i;
                continue;
            }
            if (d == QChar(u'%') && prevDigit) {
                ++i;
            }
            break;
        }
        QString text = s.mid(start, i - start).toLower();
        text.replace(QChar(u'’'), QChar(u'\''));
        out.push_back({text, start, i, punct});
        punct = false;
    }
    return out;
}

} // namespace

bool Tokenizer::isStopWord(const QString& word)
{
    return stopWords().contains(word);
}

QString Tokenizer::stem(const QString& input)
{
    QString w = input;
    if (w.endsWith(QStringLiteral("'s")))
        w.chop(2);
    const int dash = int(w.lastIndexOf(QLatin1Char('-')));
    if (dash > 0 && dash + 1 < w.size())
        return w.left(dash + 1) + stem(w.mid(dash + 1));
    if (w.size() <= 3)
        return w;
    auto isVowel = [](QChar c) { return QStringLiteral("aeiouy").contains(c); };
    auto undouble = [&](QString s) {
        if (s.size() >= 3 && s.at(s.size() - 1) == s.at(s.size() - 2) && !isVowel(s.back())
            && !QStringLiteral("lsz").contains(s.back()))
            s.chop(1);
        return s;
    };
    if (w.endsWith(QStringLiteral("ies")) && w.size() > 4)
        return w.left(w.size() - 3) + QLatin1Char('y');
    if (w.endsWith(QStringLiteral("sses")))
        return w.left(w.size() - 2);
    if (w.endsWith(QStringLiteral("ing")) && w.size() > 5) {
        QString s = undouble(w.left(w.size() - 3));
        return s.endsWith(QLatin1Char('e')) ? s.chopped(1) : s;
    }
    if (w.endsWith(QStringLiteral("ied")) && w.size() > 4)
        return w.left(w.size() - 3) + QLatin1Char('y');
    if (w.endsWith(QStringLiteral("ed")) && w.size() > 4) {
        QString s = undouble(w.left(w.size() - 2));
        return s.endsWith(QLatin1Char('e')) ? s.chopped(1) : s;
    }
    if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QStringLiteral("ss")) && !w.endsWith(QStringLiteral("us"))
        && !w.endsWith(QStringLiteral("is")))
        w.chop(1);
    if (w.endsWith(QLatin1Char('e')) && w.size() > 4)
        w.chop(1);
    return w;
}

std::vector<Token> Tokenizer::tokenize(const QString& sentence)
{
    static const QRegularExpression yearRe(QStringLiteral("^(19|20)\\d\\d$"));
    const auto words = splitWords(sentence);
    std::vector<Token> out;
    out.reserve(words.size() + 4);
    int clause = 0;
    int negLeft = 0;
    bool prevCurrency = false;
    for (const auto& w : words) {
        if (w.punctBefore && !out.empty()) {
            ++clause;
            negLeft = 0;
        }
        // Contractions: "can't" → can + not, "won't" → will + not, "doesn't" → does + not.
        QString text = w.text;
        bool addNot = false;
        if (text.endsWith(QStringLiteral("n't"))) {
            addNot = true;
            text.chop(3);
            if (text == QStringLiteral("ca"))
                text = QStringLiteral("can");
            else if (text == QStringLiteral("wo"))
                text = QStringLiteral("will");
        } else if (text == QStringLiteral("cannot")) {
            addNot = true;
            text = QStringLiteral("can");
        }
        if (clauseBreakers().contains(text) && !out.empty()) {
            ++clause;
            negLeft = 0;
        }
        Token t;
        t.word = text;
        t.start = w.start;
        t.end = w.end;
        t.clause = clause;
        bool hasDigit = false;
        for (QChar c : text)
            if (c.isDigit())
                hasDigit = true;
        if (hasDigit) {
            bool hasLetter = false;
            for (QChar c : text)
                if (c.isLetter())
                    hasLetter = true;
            if (isCurrencySymbol(text.at(0)) || prevCurrency)
                t.key = QStringLiteral("<money>");
            else if (text.endsWith(QLatin1Char('%')))
                t.key = QStringLiteral("<pct>");
            else if (yearRe.match(text).hasMatch())
                t.key = QStringLiteral("<year>");
            else if (hasLetter)
                t.key = text; // "q3", "iso27001", "24/7"
            else
                t.key = QStringLiteral("<num>");
            if (t.key == QStringLiteral("<num>") && text.endsWith(QLatin1Char('k')))
                t.key = QStringLiteral("<money>");
        } else if (currencyWords().contains(text)) {
            t.key = QStringLiteral("<cur>");
        } else if (text == QStringLiteral("percent") || text == QStringLiteral("per-cent")) {
            t.key = QStringLiteral("<pct>");
        } else {
            t.stop = isStopWord(text);
            t.key = t.stop ? text : stem(text);
        }
        prevCurrency = t.key == QStringLiteral("<cur>");
        const bool cue = negationCues().contains(text);
        if (!t.stop && !cue && negLeft > 0) {
            t.negated = true;
            --negLeft;
        }
        out.push_back(t);
        if (addNot) {
            Token n;
            n.key = n.word = QStringLiteral("not");
            n.start = w.start;
            n.end = w.end;
            n.clause = clause;
            out.push_back(n);
        }
        if (cue || addNot)
            negLeft = 4;
    }
    return out;
}

std::vector<Feature> Tokenizer::features(const std::vector<Token>& tokens)
{
    std::vector<Feature> out;
    out.reserve(tokens.size() * 3);
    int prev = -1;
    for (int i = 0; i < int(tokens.size()); ++i) {
        const Token& t = tokens[size_t(i)];
        if (t.stop)
            continue;
        if (t.negated)
            out.push_back({QLatin1Char('!') + t.key, i, i});
        else
            out.push_back({t.key, i, i});
        if (t.word.size() >= 7 && t.word.at(0).isLetter())
            out.push_back({(t.negated ? QStringLiteral("!~") : QStringLiteral("~")) + t.word.left(5), i, i});
        for (const auto& cls : Lexicon::classesOf(t.word))
            out.push_back({(t.negated ? QStringLiteral("!") : QString()) + cls, i, i});
        if (prev >= 0 && tokens[size_t(prev)].clause == t.clause)
            out.push_back(
                {(t.negated ? QStringLiteral("!") : QString()) + tokens[size_t(prev)].key + QLatin1Char(' ') + t.key,
                    prev, i});
        prev = i;
    }
    // Risk language and a category's words in the same clause ("may" … "servers", "expired" …
    // "licence"): one feature per pair, on the category word, so an unseen combination of known
    // words still reads as a risk of that category.
    {
        std::map<std::pair<int, QString>, int> categoryWord; // (clause, class) → first token
        std::set<std::pair<int, QString>> cue;                // (clause, "#risk" / "#safe")
        for (int i = 0; i < int(tokens.size()); ++i) {
            const Token& t = tokens[size_t(i)];
            if (t.negated)
                continue;
            for (const auto& cls : Lexicon::classesOf(t.word)) {
                if (cls == QLatin1String("#risk") || cls == QLatin1String("#safe"))
                    cue.insert({t.clause, cls});
                else
                    categoryWord.try_emplace({t.clause, cls}, i);
            }
        }
        for (const auto& [key, i] : categoryWord)
            for (const auto& c : {QStringLiteral("#risk"), QStringLiteral("#safe")})
                if (cue.count({key.first, c}))
                    out.push_back({c + QLatin1Char('&') + key.second, i, i});
        // How many clauses have risk language and how many reassurance (0, 1, 2 or more): one
        // sentence-level feature each ("#nrisk:2" for "may … and could …").
        int risk = 0, safe = 0;
        for (const auto& [clause, c] : cue)
            ++(c == QLatin1String("#risk") ? risk : safe);
        if (!tokens.empty()) {
            const int last = int(tokens.size()) - 1;
            out.push_back({QStringLiteral("#nrisk:") + QString::number(std::min(risk, 2)), 0, last});
            out.push_back({QStringLiteral("#nsafe:") + QString::number(std::min(safe, 2)), 0, last});
        }
    }
    // The sentence's length in content words, as a coarse class: headings, table cells and
    // signature lines are short and seldom state a risk.
    int content = 0;
    for (const auto& t : tokens)
        content += !t.stop;
    if (!tokens.empty()) {
        const int last = int(tokens.size()) - 1;
        const char* length = content <= 2 ? "#len:1-2" : content <= 4 ? "#len:3-4" : content <= 8 ? "#len:5-8" : "#len:9+";
        out.push_back({QString::fromLatin1(length), 0, last});
    }
    return out;
}

} // namespace assay::scan

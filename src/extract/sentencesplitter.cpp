#include "sentencesplitter.h"

#include <QFile>
#include <QTextBoundaryFinder>

namespace demarche {

Result<SentenceSplitter> SentenceSplitter::parse(const QString &data)
{
    SentenceSplitter splitter;
    const QStringList lines = data.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 2)
            return Result<SentenceSplitter>::failure(
                QStringLiteral("abbreviations line %1: expected '<class> <word>'").arg(i + 1));
        const QString word = fields[1].toLower();
        if (fields[0] == QLatin1String("title"))
            splitter.m_titles.insert(word);
        else if (fields[0] == QLatin1String("acronym"))
            splitter.m_acronyms.insert(word);
        else if (fields[0] == QLatin1String("starter"))
            splitter.m_starters.insert(word);
        else
            return Result<SentenceSplitter>::failure(
                QStringLiteral("abbreviations line %1: unknown class '%2'")
                    .arg(i + 1)
                    .arg(fields[0]));
    }
    if (splitter.m_titles.isEmpty())
        return Result<SentenceSplitter>::failure(QStringLiteral("abbreviation list is empty"));
    return splitter;
}

const SentenceSplitter &SentenceSplitter::builtin()
{
    static const SentenceSplitter splitter = [] {
        QFile file(QStringLiteral(":/demarche/extract/text/abbreviations.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("abbreviation list resource missing: the build is broken");
        Result<SentenceSplitter> parsed = parse(QString::fromUtf8(file.readAll()));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
    return splitter;
}

// ICU ends a sentence after any full stop followed by a capital; this says whether the break at
// breakPos (start of the next piece, after white space) follows an abbreviation that does not end
// the sentence.
bool SentenceSplitter::joinsAcross(QStringView text, int breakPos) const
{
    int end = breakPos;
    int newlines = 0;
    while (end > 0 && text[end - 1].isSpace()) {
        if (text[end - 1] == QLatin1Char('\n') || text[end - 1] == QChar(0x2029))
            ++newlines;
        --end;
    }
    if (newlines > 1 || end == 0)
        return false; // a blank line ends a paragraph
    if (newlines == 1) {
        // Wire text is hard-wrapped: a line ending mid-sentence continues on the next line, while
        // a short line without final punctuation is a heading.
        static const QString terminals = QStringLiteral(".!?:;\"\u201d)]");
        if (terminals.contains(text[end - 1]))
            return false;
        int lineStart = end;
        while (lineStart > 0 && text[lineStart - 1] != QLatin1Char('\n'))
            --lineStart;
        const QChar next = breakPos < text.size() ? text[breakPos] : QChar();
        return next.isLower() || next.isDigit() || end - lineStart >= 60;
    }
    if (text[end - 1] != QLatin1Char('.'))
        return false;
    int begin = end - 1;
    while (begin > 0 && (text[begin - 1].isLetter() || text[begin - 1] == QLatin1Char('.')))
        --begin;
    const QString word = text.mid(begin, end - 1 - begin).toString().toLower();
    if (word.isEmpty())
        return false;
    if (m_titles.contains(word))
        return true;
    // An initial ("George W. Bush") is a single capital letter before the dot.
    const bool isInitial = word.size() == 1 && text[begin].isUpper();
    if (!isInitial && !m_acronyms.contains(word))
        return false;
    // After "U.S." a sentence may still end: keep the break before a typical sentence opener.
    int next = breakPos;
    while (next < text.size() && text[next].isSpace())
        ++next;
    int nextEnd = next;
    while (nextEnd < text.size() && text[nextEnd].isLetter())
        ++nextEnd;
    const QString nextWord = text.mid(next, nextEnd - next).toString().toLower();
    return !m_starters.contains(nextWord);
}

std::vector<TextSpan> SentenceSplitter::split(QStringView text) const
{
    std::vector<TextSpan> sentences;
    if (text.isEmpty())
        return sentences;
    // QTextBoundaryFinder needs a QString; it copies nothing when given one that is shared.
    const QString owned = text.toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, owned);
    int pieceStart = 0;
    auto addPiece = [&](int from, int to) {
        while (from < to && text[from].isSpace())
            ++from;
        while (to > from && text[to - 1].isSpace())
            --to;
        if (to > from)
            sentences.push_back({from, to});
    };
    while (finder.toNextBoundary() != -1) {
        const int pos = int(finder.position());
        if (pos >= int(text.size())) {
            addPiece(pieceStart, int(text.size()));
            pieceStart = int(text.size());
            break;
        }
        if (!joinsAcross(text, pos)) {
            addPiece(pieceStart, pos);
            pieceStart = pos;
        }
    }
    if (pieceStart < int(text.size()))
        addPiece(pieceStart, int(text.size()));
    return sentences;
}

} // namespace demarche

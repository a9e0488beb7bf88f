#include "extractor.h"

#include "core/textindex.h"

#include <QTextBoundaryFinder>

namespace demarche {

Extractor::Extractor() = default;

ExtractionResult Extractor::extract(const Article &article) const
{
    ExtractionResult result;
    const TextIndex index(article.text);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, article.text);
    int start = 0;
    while (finder.toNextBoundary() != -1) {
        const int end = int(finder.position());
        QString piece = article.text.mid(start, end - start);
        const int trimmedEnd = start + int(piece.trimmed().isEmpty() ? 0 : piece.size());
        if (!piece.trimmed().isEmpty()) {
            const TextSpan utf16{start, trimmedEnd};
            result.sentences.push_back({int(result.sentences.size()), index.toCodePoints(utf16)});
        }
        start = end;
    }
    return result;
}

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date:
        return QStringLiteral("DATE");
    case TimexType::Time:
        return QStringLiteral("TIME");
    case TimexType::Duration:
        return QStringLiteral("DURATION");
    case TimexType::Set:
        return QStringLiteral("SET");
    }
    return {};
}

} // namespace demarche

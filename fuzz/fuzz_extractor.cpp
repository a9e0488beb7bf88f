// The whole event coder on one article: the first two bytes pick the publication date (invalid
// when both are 0xff), the rest is the text. Every span must lie inside the text.
#include "extract/extractor.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    static const Extractor extractor;
    if (size < 2)
        return 0;
    const int day = data[0] << 8 | data[1];
    Article article;
    article.id = QStringLiteral("fuzz");
    article.published = day == 0xffff ? QDate() : QDate(1990, 1, 1).addDays(day);
    article.text = QString::fromUtf8(fuzz::bytes(data + 2, size - 2));
    const qsizetype codePoints = article.text.toUcs4().size();
    const ExtractionResult result = extractor.extract(article);
    for (const Sentence &s : result.sentences) {
        if (s.span.begin < 0 || s.span.end > codePoints || s.span.begin > s.span.end)
            std::abort();
    }
    return 0;
}

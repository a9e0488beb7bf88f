// Temporal tagger: the first two bytes pick the document date (invalid when both are 0xff), the
// rest is the text. Every span must lie inside the text.
#include "extract/temporaltagger.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    static const TemporalTagger tagger;
    if (size < 2)
        return 0;
    const int day = data[0] << 8 | data[1];
    const QDate date = day == 0xffff ? QDate() : QDate(1990, 1, 1).addDays(day);
    const QString text = QString::fromUtf8(fuzz::bytes(data + 2, size - 2));
    for (const TimeExpression &e : tagger.tag(text, date)) {
        if (e.span.begin < 0 || e.span.end > text.size() || e.span.begin > e.span.end)
            std::abort();
    }
    return 0;
}

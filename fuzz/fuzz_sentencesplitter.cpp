// Sentence splitter: every span must lie inside the text and come in order.
#include "extract/sentencesplitter.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    int previousEnd = 0;
    for (const TextSpan &span : SentenceSplitter::builtin().split(text)) {
        if (span.begin < previousEnd || span.end > text.size() || span.begin > span.end)
            std::abort();
        previousEnd = span.end;
    }
    return 0;
}

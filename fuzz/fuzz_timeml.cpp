// TimeML parser, and the writer on what it parsed (its own annotations written back).
#include "fuzzinput.h"
#include "io/timemldocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    const QByteArray input = fuzz::bytes(data, size);
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(input);
    if (!doc.isOk())
        return 0;
    std::vector<TimeExpression> expressions;
    for (const AnnotatedTimex &timex : doc->timexes) {
        TimeExpression e;
        e.span = timex.span;
        e.value = timex.value;
        expressions.push_back(e);
    }
    (void)doc->withTimexes(input, expressions);
    return 0;
}

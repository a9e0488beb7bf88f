// JSON Lines reader, fed from memory.
#include "fuzzinput.h"
#include "io/jsonlinesreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    QByteArray input = fuzz::bytes(data, size);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    int count = 0;
    readJsonLines(
        device, QStringLiteral("fuzz.jsonl"), QDate(2020, 1, 1),
        [&count](Article &&article) { count += int(article.text.size() >= 0); },
        [](const ReadProblem &problem) { (void)problem.toString(); });
    return 0;
}

// Reuters-21578 SGML reader, through a scratch .sgm file.
#include "fuzzinput.h"
#include "io/reutersreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    const QString path
        = fuzz::scratchFile(QStringLiteral("reut2-000.sgm"), fuzz::bytes(data, size));
    readReutersSgml(
        path, [](Article &&article) { (void)article.text.size(); },
        [](const ReadProblem &problem) { (void)problem.toString(); });
    return 0;
}

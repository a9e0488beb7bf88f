// Plain-text reader: the input is the .txt file; when it holds a line "@@sidecar@@", what follows
// becomes the sidecar .json, so both the front matter and the sidecar parser get fuzzed.
#include "fuzzinput.h"
#include "io/plaintextreader.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace demarche;
    const QByteArray input = fuzz::bytes(data, size);
    static const QByteArray marker("\n@@sidecar@@\n");
    const qsizetype at = input.indexOf(marker);
    const QString text
        = fuzz::scratchFile(QStringLiteral("article.txt"), at < 0 ? input : input.left(at));
    const QString sidecar = QString(text).replace(QStringLiteral(".txt"), QStringLiteral(".json"));
    if (at < 0)
        QFile::remove(sidecar);
    else
        fuzz::scratchFile(QStringLiteral("article.json"), input.mid(at + marker.size()));
    (void)readPlainTextArticle(text);
    return 0;
}

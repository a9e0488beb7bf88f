#include "textdecoding.h"

#include <QStringDecoder>

namespace demarche {

namespace {

// Offset of the first byte that breaks UTF-8, or -1. Overlong forms, surrogates and code points
// past U+10FFFF count as broken, as in the Unicode standard's definition of well-formed UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes.constData(), qMin(offset, bytes.size())).count('\n')) + 1;
}

Result<QString> decodeUtf8Text(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return Result<QString>::failure(
            QStringLiteral("binary file (NUL byte at line %1)").arg(lineOfOffset(bytes, nul)));
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return Result<QString>::failure(
            QStringLiteral("invalid UTF-8 at line %1").arg(lineOfOffset(bytes, bad)));
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace demarche

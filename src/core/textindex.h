#pragma once

#include "textspan.h"

#include <QString>
#include <vector>

namespace demarche {

// Converts between code point offsets (the project's definition of a text position) and the
// UTF-16 indices QString uses. The one place where the two meet.
class TextIndex final
{
public:
    explicit TextIndex(const QString &text);

    // Code point offset of a UTF-16 index (clamped to the text).
    int toCodePoint(int utf16Index) const;
    // UTF-16 index of a code point offset (clamped to the text).
    int toUtf16(int codePoint) const;
    TextSpan toCodePoints(TextSpan utf16Span) const;
    TextSpan toUtf16(TextSpan codePointSpan) const;
    int codePointCount() const { return m_codePointCount; }

private:
    // UTF-16 indices of the low halves of surrogate pairs, in order; empty for BMP-only text.
    std::vector<int> m_lowSurrogates;
    int m_utf16Length = 0;
    int m_codePointCount = 0;
};

} // namespace demarche

#include "textindex.h"

#include <algorithm>

namespace demarche {

TextIndex::TextIndex(const QString &text)
    : m_utf16Length(int(text.size()))
{
    for (int i = 1; i < m_utf16Length; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.push_back(i);
    }
    m_codePointCount = m_utf16Length - int(m_lowSurrogates.size());
}

int TextIndex::toCodePoint(int utf16Index) const
{
    utf16Index = std::clamp(utf16Index, 0, m_utf16Length);
    const auto before = std::upper_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16Index - 1);
    return utf16Index - int(before - m_lowSurrogates.begin());
}

int TextIndex::toUtf16(int codePoint) const
{
    codePoint = std::clamp(codePoint, 0, m_codePointCount);
    // Each low surrogate before the target shifts the UTF-16 index by one.
    int index = codePoint;
    for (int low : m_lowSurrogates) {
        if (low > index)
            break;
        ++index;
    }
    return index;
}

TextSpan TextIndex::toCodePoints(TextSpan utf16Span) const
{
    return {toCodePoint(utf16Span.begin), toCodePoint(utf16Span.end)};
}

TextSpan TextIndex::toUtf16(TextSpan codePointSpan) const
{
    return {toUtf16(codePointSpan.begin), toUtf16(codePointSpan.end)};
}

} // namespace demarche

#pragma once

namespace demarche {

// A half-open range [begin, end) of Unicode code points in an article's text. Every span the
// core, the store and the JSON output hold is in code points; TextIndex converts to Qt's UTF-16.
struct TextSpan
{
    int begin = 0;
    int end = 0;

    int length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(const TextSpan &other) const
    {
        return begin <= other.begin && other.end <= end;
    }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace demarche

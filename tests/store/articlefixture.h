#pragma once

// An article for the tests of lazily loaded texts (tests/store and tests/models): one sentence
// spanning the whole text, a title derived from the id.
#include "core/article.h"

namespace demarche::test {

inline Article articleWithText(const QString &id, const QString &text)
{
    Article a;
    a.id = id;
    a.title = QStringLiteral("Title of ") + id;
    a.published = QDate(2026, 1, 7);
    a.text = text;
    a.sentences = {{0, {0, int(text.size())}}};
    return a;
}

} // namespace demarche::test

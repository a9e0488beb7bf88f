#pragma once

#include "textspan.h"

#include <QDate>
#include <QString>
#include <vector>

namespace demarche {

// A sentence of an article: its span in the article's text and its position in the article.
struct Sentence
{
    int index = 0;
    TextSpan span;
    friend bool operator==(const Sentence &, const Sentence &) = default;
};

// One news article as read from a file, with what is known about it.
struct Article
{
    QString id;             // stable identifier: the input's id, else the file's base name
    QString title;
    QString source;         // publisher or corpus
    QString url;
    QString path;           // file it was read from (empty for streamed input)
    QDate published;        // publication date (the reference for relative dates)
    bool isDateAssumed = false;  // true when `published` was guessed (file time), not stated
    QString language = QStringLiteral("en");
    QString text;
    std::vector<Sentence> sentences;  // filled by extraction; empty until then

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace demarche

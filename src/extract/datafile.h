#pragma once

#include <QString>
#include <QtGlobal>
#include <utility>
#include <vector>

namespace demarche {

// One line of a data file under resources/ that holds data, trimmed, with its 1-based number.
struct DataLine
{
    int number = 0;
    QString text;
};

// The lines of `text` that hold data: blank lines and '#' comments left out; empty text gives none.
std::vector<DataLine> dataLines(const QString &text);

// The UTF-8 text of the file or resource at `path`; empty when it cannot be read.
QString readDataFile(const QString &path);

// The built-in data at resource `path` parsed by `parse` (text -> Result<T>). Built-in data is
// part of the build, so a resource that fails to load ends the program with parse's message.
template<typename T, typename Parse> T loadBuiltin(const QString &path, Parse parse)
{
    auto parsed = parse(readDataFile(path));
    if (!parsed)
        qFatal("%s: %s", qPrintable(path), qPrintable(parsed.error()));
    return std::move(parsed).value();
}

} // namespace demarche

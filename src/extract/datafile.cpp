#include "datafile.h"

#include <QFile>
#include <QStringList>

namespace demarche {

std::vector<DataLine> dataLines(const QString &text)
{
    std::vector<DataLine> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.push_back({i + 1, line});
    }
    return out;
}

QString readDataFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace demarche

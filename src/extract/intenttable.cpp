#include "intenttable.h"

#include <QFile>
#include <utility>

namespace demarche {

Result<IntentTable> IntentTable::parse(const QString &text, const CameoTable &table)
{
    IntentTable out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const bool isIntent = fields.size() == 2
            && (fields[1].startsWith(QLatin1String("03"))
                || fields[1].startsWith(QLatin1String("13")));
        if (!isIntent || !table.contains(fields[0]) || !table.contains(fields[1]))
            return Result<IntentTable>::failure(
                QStringLiteral("intents line %1: expected \"<CAMEO code>\\t<03x or 13x code>\", "
                               "got \"%2\"")
                    .arg(i + 1)
                    .arg(line));
        out.m_byPrefix.insert(fields[0], fields[1]);
    }
    return out;
}

const IntentTable &IntentTable::builtin()
{
    static const IntentTable intents = [] {
        QFile file(QStringLiteral(":/demarche/extract/verbs/intents.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the built-in intent table");
        Result<IntentTable> parsed
            = parse(QString::fromUtf8(file.readAll()), CameoTable::builtin());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
    return intents;
}

QString IntentTable::intentOf(const QString &code) const
{
    for (qsizetype n = code.size(); n >= 2; --n) {
        const auto it = m_byPrefix.constFind(code.left(n));
        if (it != m_byPrefix.constEnd())
            return *it;
    }
    return {};
}

} // namespace demarche

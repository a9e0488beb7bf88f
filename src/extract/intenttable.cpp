#include "intenttable.h"

#include "datafile.h"

namespace demarche {

Result<IntentTable> IntentTable::parse(const QString &text, const CameoTable &table)
{
    IntentTable out;
    for (const DataLine &line : dataLines(text)) {
        const QStringList fields = line.text.split(QLatin1Char('\t'));
        const bool isIntent = fields.size() == 2
            && (fields[1].startsWith(QLatin1String("03"))
                || fields[1].startsWith(QLatin1String("13")));
        if (!isIntent || !table.contains(fields[0]) || !table.contains(fields[1]))
            return Result<IntentTable>::failure(
                QStringLiteral("intents line %1: expected \"<CAMEO code>\\t<03x or 13x code>\", "
                               "got \"%2\"")
                    .arg(line.number)
                    .arg(line.text));
        out.m_byPrefix.insert(fields[0], fields[1]);
    }
    return out;
}

const IntentTable &IntentTable::builtin()
{
    static const IntentTable intents = loadBuiltin<IntentTable>(
        QStringLiteral(":/demarche/extract/verbs/intents.tsv"),
        [](const QString &text) { return parse(text, CameoTable::builtin()); });
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

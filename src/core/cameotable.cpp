#include "cameotable.h"

#include <QFile>
#include <QRegularExpression>

namespace demarche {

namespace {

Result<CameoCode> parseLine(const QString &line)
{
    const QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() != 5)
        return Result<CameoCode>::failure(QStringLiteral("expected 5 tab-separated fields"));
    static const QRegularExpression codeShape(QStringLiteral("^\\d{2,4}$"));
    CameoCode code;
    code.code = fields[0];
    code.name = fields[1].trimmed();
    bool isNumber = false;
    code.goldstein = fields[2].toDouble(&isNumber);
    const int quad = fields[3].toInt();
    code.ploverType = fields[4].trimmed();
    if (!codeShape.match(code.code).hasMatch())
        return Result<CameoCode>::failure(QStringLiteral("bad code '%1'").arg(code.code));
    const int root = code.code.left(2).toInt();
    if (root < 1 || root > 20)
        return Result<CameoCode>::failure(QStringLiteral("root outside 01-20"));
    if (code.name.isEmpty() || code.ploverType.isEmpty())
        return Result<CameoCode>::failure(QStringLiteral("missing name or PLOVER type"));
    if (!isNumber || code.goldstein < -10.0 || code.goldstein > 10.0)
        return Result<CameoCode>::failure(QStringLiteral("Goldstein score outside -10..10"));
    if (quad < 1 || quad > 4)
        return Result<CameoCode>::failure(QStringLiteral("QuadClass outside 1..4"));
    code.quadClass = QuadClass(quad);
    return code;
}

} // namespace

Result<CameoTable> CameoTable::parse(const QString &tsv)
{
    CameoTable table;
    const QStringList lines = tsv.split(QLatin1Char('\n'));
    bool sawHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!sawHeader) {
            sawHeader = true;
            continue;
        }
        const Result<CameoCode> code = parseLine(lines[i]);
        if (!code)
            return Result<CameoTable>::failure(
                QStringLiteral("CAMEO table line %1: %2").arg(i + 1).arg(code.error()));
        if (table.m_index.contains(code->code))
            return Result<CameoTable>::failure(
                QStringLiteral("CAMEO table line %1: duplicate code %2").arg(i + 1).arg(code->code));
        table.m_index.insert(code->code, int(table.m_codes.size()));
        table.m_codes.push_back(code.value());
    }
    if (table.m_codes.empty())
        return Result<CameoTable>::failure(QStringLiteral("CAMEO table is empty"));
    return table;
}

const CameoTable &CameoTable::builtin()
{
    static const CameoTable table = [] {
        QFile file(QStringLiteral(":/demarche/cameo/cameo.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("CAMEO table resource missing: the build is broken");
        Result<CameoTable> parsed = parse(QString::fromUtf8(file.readAll()));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
    return table;
}

const CameoCode *CameoTable::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_codes[std::size_t(*it)];
}

} // namespace demarche

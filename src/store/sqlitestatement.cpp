#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace demarche {

namespace {

sqlite3 *handleOf(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Digits [at, at + count) of `text` as a number; -1 when one of them is not a digit.
int digits(QByteArrayView text, int at, int count)
{
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, QString what)
    : m_db(db)
    , m_statement(statement)
    , m_what(std::move(what))
{ }

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_what(std::move(other.m_what))
    , m_lastCode(other.m_lastCode)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    std::swap(m_what, other.m_what);
    std::swap(m_lastCode, other.m_lastCode);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &database, const char *sql,
                                                 const QString &what)
{
    return prepare(handleOf(database), sql, what);
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const char *sql, const QString &what)
{
    if (!db)
        return Result<SqliteStatement>::failure(
            QStringLiteral("%1: the project's connection is not an open SQLite database")
                .arg(what));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Result<SqliteStatement>::failure(
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return SqliteStatement(db, statement, what);
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

Status SqliteStatement::status() const
{
    if (m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW || m_lastCode == 0)
        return ok();
    return Status::failure(
        QStringLiteral("%1: %2").arg(m_what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

qint64 SqliteStatement::integer64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    // sqlite3_column_bytes after sqlite3_column_text: the order SQLite documents as safe.
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const QByteArrayView utf8 = bytes(column);
    return utf8.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(utf8);
}

QDate SqliteStatement::date(int column) const
{
    const QByteArrayView text = bytes(column);
    // The store writes QDate::toString(Qt::ISODate): fast path for it, Qt for anything else.
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

} // namespace demarche

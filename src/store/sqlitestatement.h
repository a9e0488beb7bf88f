#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace demarche {

// One SELECT run straight on the SQLite handle under a QSqlDatabase, for the bulk reads of a
// project: QSqlQuery converts every column of every row to a UTF-16 QVariant and caches it,
// which was two thirds of the time to open a 100,000-event project. Columns are read by index,
// in place, as UTF-8 bytes or numbers. Forward-only; owns and finalizes its statement.
class SqliteStatement final
{
public:
    // Prepares `sql` on `database` (a QSQLITE connection). An invalid or non-SQLite connection,
    // or SQL that does not compile, gives a failure saying `what` could not be read.
    static Result<SqliteStatement> prepare(const QSqlDatabase &database, const char *sql,
                                           const QString &what);
    // Same on a connection opened with the SQLite API (nullptr gives a failure).
    static Result<SqliteStatement> prepare(sqlite3 *db, const char *sql, const QString &what);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Binds text to the 1-based parameter `index` (a copy is kept by SQLite).
    void bind(int index, const QString &text);
    // Steps to the next row: true on a row, false at the end or on an error (see status()).
    bool next();
    // Ok after the last row; the SQLite error otherwise.
    Status status() const;

    bool isNull(int column) const;
    int integer(int column) const;
    qint64 integer64(int column) const;
    double real(int column) const;
    // The column's UTF-8 bytes, valid until the next step; empty for NULL.
    QByteArrayView bytes(int column) const;
    // The column as a QString (NULL gives a null QString).
    QString text(int column) const;
    // An ISO 8601 date ("2024-03-01"); an invalid QDate for NULL, empty or malformed text.
    QDate date(int column) const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, QString what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    int m_lastCode = 0;
};

} // namespace demarche

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace demarche::fuzz {

// The fuzzer's bytes as a QByteArray without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Readers that take a path get the input through a file in a per-process scratch folder, so
// that parallel fuzzing jobs never share one.
inline QString scratchFile(const QString &name, const QByteArray &content)
{
    static const QString dir = [] {
        const QString path = QDir::tempPath()
            + QStringLiteral("/demarche-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(path);
        return path;
    }();
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

} // namespace demarche::fuzz

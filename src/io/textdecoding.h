#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace demarche {

// Decodes bytes that must be UTF-8 text. Fails with "invalid UTF-8 at line N" or "binary file
// (NUL byte at line N)" so that the user can find the spot; a UTF-8 byte order mark is dropped.
Result<QString> decodeUtf8Text(const QByteArray &bytes);

// 1-based line number of a byte offset.
int lineOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace demarche

#include "stringpool.h"

namespace demarche {

QString StringPool::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return QString();
    const std::string_view key(utf8.data(), std::size_t(utf8.size()));
    auto it = m_strings.find(key);
    if (it == m_strings.end())
        it = m_strings.emplace(std::string(key), QString::fromUtf8(utf8)).first;
    return it->second;
}

} // namespace demarche

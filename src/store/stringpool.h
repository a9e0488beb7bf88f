#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace demarche {

// One shared QString per distinct UTF-8 value read from the project file. Codes, names, dates,
// mentions and triggers repeat across events; looking the raw bytes up before converting keeps
// both the conversion and the copy to once per distinct value.
class StringPool final
{
public:
    // The QString for `utf8`, converted on its first occurrence; empty bytes give an empty string.
    QString intern(QByteArrayView utf8);
    // Number of distinct values held.
    int size() const { return int(m_strings.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view> {}(text);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

} // namespace demarche

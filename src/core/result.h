#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace demarche {

// The outcome of a fallible operation: a value or an error message for the user. Stands in for
// C++23's std::expected, so that no exception crosses a module boundary.
template<typename T>
class Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A fallible operation that returns nothing.
struct Done
{};
using Status = Result<Done>;
inline Status ok()
{
    return Done{};
}

} // namespace demarche

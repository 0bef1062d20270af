// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace paperlab {

/// Why an operation failed. Tests assert on these together with Error::logText.
enum class ErrorReason {
    None,
    NotFound,
    NotAPlugin,
    WrongIid,
    ApiMismatch,
    BadMetadata,
    DuplicateId,
    IdMismatch,
    LoadFailed,
    WrongRootClass,
    BadSchema,
    BadParameter,
    Unsupported,
    SimulationFailed,
    Disabled,
};

/// A failure with a text for people and an untranslated text for logs and tests.
/// The two are usually the same in 1.0 (English only); keep both so translation can differ.
struct Error {
    ErrorReason reason = ErrorReason::None;
    QString userText;
    QString logText;

    static Error make(ErrorReason reason, const QString &text) { return {reason, text, text}; }
};

/// Value-or-error, in the style of KPluginFactory::Result (std::expected is C++23).
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    explicit operator bool() const { return m_v.index() == 0; }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Success or an error, for operations that produce no value.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    explicit operator bool() const { return !m_error; }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace paperlab

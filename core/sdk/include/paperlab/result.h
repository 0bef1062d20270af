// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The SDK's error model:
// - Result<T> for what the host asks of a plugin or the SDK and can fail in the normal course
//   of things: loading a paper, reading its parameters.json and presets, validating a value
//   someone typed. The caller has to look at it, and the error says why (ErrorReason), for
//   people (userText) and for logs and tests (logText).
// - Exceptions only inside a simulator's computation, on the runner's worker thread, where a
//   failure deep in the numerics has nothing to return to (see SimulationError in
//   simulator.h). No exception may leave a PaperPlugin method.

#include <QCoreApplication>
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
    Cancelled, ///< stopped on request before the end (Ctrl+C in a sweep)
};

/// A failure with a text for people and an untranslated text for logs and tests.
struct Error {
    ErrorReason reason = ErrorReason::None;
    QString userText; ///< translated; shown in the GUI and the kiosk
    QString logText;  ///< English, never translated: logs, the command line, tests

    /// One English text for both: for what only a plugin's author reads (bad metadata, a
    /// malformed parameters.json) and for texts that come translated already.
    static Error make(ErrorReason reason, const QString &text) { return {reason, text, text}; }

    /// For a text people read. Mark `text` with QT_TRANSLATE_NOOP("paperlab", ...) so that
    /// lupdate finds it: userText is its translation in the "paperlab" context, logText stays
    /// English, and %1, %2, ... are filled with `args` in both.
    template <typename... Args>
    static Error translated(ErrorReason reason, const char *text, const Args &...args)
    {
        QString user = QCoreApplication::translate("paperlab", text);
        QString log = QString::fromUtf8(text);
        ((user = user.arg(args), log = log.arg(args)), ...);
        return {reason, user, log};
    }
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

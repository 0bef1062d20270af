// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/simulator.h>

#include <QElapsedTimer>
#include <QFileInfo>

namespace paperlab {

namespace {

std::string inputErrorText(const QString &file, int line, const QString &field,
                           const QString &problem)
{
    // "evals.csv:12: field "c": …" for a file; for a rule between parameters, the problem
    // alone, which names its keys.
    QString text = problem;
    if (!file.isEmpty()) {
        QString where = QFileInfo(file).fileName();
        if (line > 0)
            where += QStringLiteral(":%1").arg(line);
        if (!field.isEmpty())
            where += QStringLiteral(": field \"%1\"").arg(field);
        text = where + QStringLiteral(": ") + problem;
    }
    // A quoted bad value may hold control characters: a NUL would end what() there, and the
    // rest of the message with it.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return text.toStdString();
}

} // namespace

InputError::InputError(const QString &file, int line, const QString &field,
                       const QString &problem)
    : SimulationError(inputErrorText(file, line, field, problem)),
      m_file(file), m_line(line), m_field(field), m_problem(problem)
{
}

InputError::~InputError() = default;

Simulator::~Simulator() = default;

void Simulator::command(const QString &id, const QVariantMap &)
{
    throw SimulationError("unsupported command \"" + id.toStdString() + "\"");
}

void SteppedSimulator::advance(std::chrono::milliseconds budget)
{
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    do {
        if (finished())
            return;
        step();
        if (m_stepsPerAdvance > 0 && ++done >= m_stepsPerAdvance)
            return;
    } while (clock.elapsed() < budget.count() && !stopRequested());
}

} // namespace paperlab

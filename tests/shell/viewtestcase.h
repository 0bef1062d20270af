// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The base of a paper's view test (paperlab_add_view_test): the app's main window over the
// papers built beside the test, in the light theme, for the test's slots to open.

#include "testshell.h"

#include <QObject>
#include <QTest>

#include <utility>

namespace paperlab::test {

class ViewTestCase : public QObject
{
    Q_OBJECT

protected:
    TestShell m_shell;

    /// `paper`'s simulator tab opened as the user opens it: its pane and its one Qt Quick
    /// view (nulls when it does not open).
    std::pair<app::SimulatorPane *, QQuickWidget *> openSimulatorView(const QString &paper)
    {
        app::SimulatorPane *pane = m_shell.openSimulator(paper);
        return {pane, pane ? TestShell::simulatorView(pane) : nullptr};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("light")));
    }

    void cleanupTestCase() { m_shell.window.reset(); }
};

} // namespace paperlab::test

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// The base of a paper's view test (paperlab_add_view_test): the app's main window over the
// papers built beside the test, in the light theme, for the test's slots to open.

#include "testshell.h"

#include <QObject>
#include <QTest>

namespace paperlab::test {

class ViewTestCase : public QObject
{
    Q_OBJECT

protected:
    TestShell m_shell;

    struct OpenedView {
        app::SimulatorPane *pane = nullptr;
        QQuickWidget *widget = nullptr; ///< the simulator's one Qt Quick view
        QQuickItem *root = nullptr; ///< its root item
    };

    /// `paper`'s simulator tab opened as the user opens it; `root` is set only when all are.
    OpenedView openSimulatorView(const QString &paper)
    {
        OpenedView opened;
        opened.pane = m_shell.openSimulator(paper);
        opened.widget = opened.pane ? TestShell::simulatorView(opened.pane) : nullptr;
        opened.root = opened.widget ? opened.widget->rootObject() : nullptr;
        return opened;
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

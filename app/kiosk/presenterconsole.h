// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace paperlab {
class ParameterSet;
}

namespace paperlab::app {

class KioskWindow;
class ParameterPanel;
class SimulationSession;

/// The presenter's screen when the kiosk has a second one (a lecture from a laptop): the
/// current and next steps, the speaker notes, a lecture timer and the step's time left, the
/// tour controls, and the live simulation's parameter panel (under the kiosk policy), which
/// steers the simulator the audience sees.
class PresenterConsole : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterConsole(KioskWindow *kiosk, QWidget *parent = nullptr);

    ParameterPanel *parameterPanel() const { return m_panel; }
    QString currentText() const;
    QString nextText() const;
    QString notesText() const;
    void allowClose() { m_closeAllowed = true; }

Q_SIGNALS:
    void swapScreensRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStep(int index);
    void rebuildPanel();
    void updateClocks();
    QString describe(int index) const;

    KioskWindow *m_kiosk;
    QLabel *m_position;
    QLabel *m_current;
    QLabel *m_next;
    QLabel *m_notes;
    QLabel *m_timer;
    QLabel *m_remaining;
    QPushButton *m_pause;
    QWidget *m_panelBox;
    QScrollArea *m_panelScroll;
    ParameterPanel *m_panel = nullptr;
    QPushButton *m_restart;
    QPointer<SimulationSession> m_session; ///< the kiosk's run, which the panel edits
    qint64 m_timerStart = 0;
    bool m_closeAllowed = false;
};

} // namespace paperlab::app

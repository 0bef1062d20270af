// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// A plugin view with a QML error shows the error (file, line, message) instead of a blank
// view; the transport bar offers a seed only to a simulator that has one; the preset box
// names the preset the run has.

#include "testshell.h"

#include "session/simulationsession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QQuickItem>
#include <QQuickWidget>
#include <QTest>
#include <QToolButton>

using namespace paperlab;
using namespace paperlab::app;

class TestViewErrors : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;
    // Short names for the parts the tests use.
    std::unique_ptr<QmlHost> &m_qml = m_shell.qml;
    std::unique_ptr<ThemeManager> &m_theme = m_shell.theme;
    std::unique_ptr<MainWindow> &m_window = m_shell.window;

    QQuickItem *viewRoot(SimulatorPane *pane)
    {
        const auto views = pane->findChildren<QQuickWidget *>();
        return views.size() == 1 ? views.first()->rootObject() : nullptr;
    }

    template <typename W>
    bool shown(SimulatorPane *pane, const QString &name)
    {
        const W *w = test::byName<W>(pane, name);
        return w && w->isVisibleTo(pane);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(FIXTURE_SHELL_DIR),
                               QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("dark")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void brokenViewShowsItsErrors()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("qml-errors"));
        QVERIFY(pane);
        QVERIFY(m_qml->errors().isEmpty()); // the first view loads
        QVERIFY(pane->session()->selectView(QStringLiteral("broken")));
        QCOMPARE(m_qml->errors().size(), 1);
        QVERIFY2(m_qml->errors().first().contains(QLatin1String("BrokenView.qml:9")),
                 qPrintable(m_qml->errors().first()));
        QQuickItem *card = viewRoot(pane);
        QVERIFY(card);
        const QVariantList errors = card->property("errors").toList();
        QCOMPARE(errors.size(), 1);
        const QVariantMap error = errors.first().toMap();
        const QString file = error.value(QStringLiteral("file")).toString();
        QVERIFY(file.endsWith(QLatin1String("/BrokenView.qml")));
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 9);
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY(message.contains(QLatin1String("colour")));
        // In the theme's colours, and it follows a theme change.
        QCOMPARE(card->property("color").value<QColor>(), QColor(QStringLiteral("#16191e")));
        QVERIFY(m_theme->setTheme(QStringLiteral("projector")));
        m_qml->setTheme(m_theme->themeMap());
        QCOMPARE(card->property("color").value<QColor>(), QColor(QStringLiteral("#fffdf5")));
        QVERIFY(m_theme->setTheme(QStringLiteral("dark")));
        m_qml->setTheme(m_theme->themeMap());
    }

    void seedControlsOnlyForASeed()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("qml-errors"));
        QVERIFY(pane);
        QVERIFY(pane->session()->seedKey().isEmpty());
        QVERIFY(!shown<QLineEdit>(pane, QStringLiteral("Seed")));
        QVERIFY(!shown<QToolButton>(pane, QStringLiteral("New seed")));
        pane = m_shell.openSimulator(QStringLiteral("random-walk"));
        QVERIFY(pane);
        QVERIFY(shown<QLineEdit>(pane, QStringLiteral("Seed")));
        QVERIFY(shown<QToolButton>(pane, QStringLiteral("New seed")));
    }

    // The seed field is as wide as ten digits of the theme's type (a drawn seed has six), not
    // the fixed 180 px that left the projector theme's status line a few letters at 1280x720.
    void seedFieldFitsTenDigitsInEveryTheme()
    {
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("projector"),
                                    QStringLiteral("dark")}) {
            QVERIFY(m_theme->setTheme(theme));
            m_qml->setTheme(m_theme->themeMap());
            SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("random-walk"));
            QVERIFY(pane);
            const QLineEdit *seed = test::byName<QLineEdit>(pane, QStringLiteral("Seed"));
            QVERIFY(seed && seed->isVisibleTo(pane));
            const auto digits = [seed](int n) {
                return seed->fontMetrics().horizontalAdvance(QString(n, u'0'));
            };
            QTRY_VERIFY2(seed->width() > digits(10) && seed->width() < digits(14),
                         qPrintable(QStringLiteral("%1: %2 px, ten digits %3 px")
                                        .arg(theme).arg(seed->width()).arg(digits(10))));
        }
    }

    // A view scrolls below 500 px times the theme's font scale, unless it says it fits a
    // height of its own (minimumViewHeight), in every theme.
    void viewsMayAskForTheirMinimumHeight()
    {
        QVERIFY(m_theme->setTheme(QStringLiteral("projector")));
        m_qml->setTheme(m_theme->themeMap());
        // A paper reopens on the view used last, so each case names the view it measures.
        const auto minimumOf = [this](const QString &paper, const QString &view) {
            SimulatorPane *pane = m_shell.openSimulator(paper);
            if (pane && !pane->session()->selectView(view))
                pane = nullptr;
            const auto views = pane ? pane->findChildren<QQuickWidget *>() : QList<QQuickWidget *>();
            QCoreApplication::processEvents(); // the pane also resizes after a theme change
            return views.size() == 1 ? views.first()->parentWidget()->minimumHeight() : -1;
        };
        QCOMPARE(minimumOf(QStringLiteral("qml-errors"), QStringLiteral("decay")), 320);
        QCOMPARE(minimumOf(QStringLiteral("random-walk"), QStringLiteral("ensemble")),
                 int(500 * 1.35));
        QVERIFY(m_theme->setTheme(QStringLiteral("dark")));
        m_qml->setTheme(m_theme->themeMap());
    }

    // As --preset does it: the session applies the preset, the box names it.
    void presetBoxNamesTheAppliedPreset()
    {
        SimulatorPane *pane = m_shell.openSimulator(QStringLiteral("qml-errors"));
        QVERIFY(pane);
        QVERIFY(pane->session()->applyPreset(QStringLiteral("slow")));
        QComboBox *box = nullptr;
        for (QComboBox *b : pane->findChildren<QComboBox *>()) {
            if (b->accessibleName() == QLatin1String("Preset"))
                box = b;
        }
        QVERIFY(box);
        QCOMPARE(box->currentText(), QStringLiteral("Slow recovery"));
        QCOMPARE(pane->session()->applied().real(QStringLiteral("gamma")), 0.0714);
    }
};

QTEST_MAIN(TestViewErrors)
#include "tst_viewerrors.moc"

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/parametereditor.h"
#include "params/parameterpanel.h"
#include "../testsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

const QByteArray kSchema = R"({
  "groups": [ { "id": "m", "label": "Model" } ],
  "parameters": [
    { "id": "lr", "type": "real", "label": "Learning rate", "group": "m", "default": 0.01,
      "min": 0.0001, "max": 1, "scale": "log", "description": "Peak learning rate" },
    { "id": "drift", "type": "real", "label": "Drift", "group": "m", "default": 0, "min": -1, "max": 1,
      "live": true, "unit": "units/step" },
    { "id": "n", "type": "int", "label": "Features", "group": "m", "default": 100, "min": 10, "max": 1000 },
    { "id": "widths", "type": "intlist", "label": "Widths", "group": "m", "default": [8, 16], "min": 2, "max": 128 },
    { "id": "law", "type": "choice", "label": "Law", "group": "m", "default": "power",
      "choices": [ { "id": "power", "label": "Power law" }, { "id": "exp", "label": "Exponential" } ] },
    { "id": "seed", "type": "seed", "label": "Seed", "group": "m", "default": 3 }
  ]
})";

ParameterSchema schema()
{
    return ParameterSchema::fromJson(kSchema, QStringLiteral("t.json")).value();
}

template <typename W>
W *byName(QWidget *root, const QString &name)
{
    for (W *w : root->findChildren<W *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

} // namespace

class TestParameterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widgetPerTypeWithUnitsAndTooltips()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel panel(*session);
        auto *lr = byName<QDoubleSpinBox>(&panel, QStringLiteral("Learning rate"));
        QVERIFY(lr);
        QVERIFY(lr->toolTip().contains(QLatin1String("Peak learning rate")));
        QVERIFY(lr->toolTip().contains(QLatin1String("logarithmic")));
        auto *drift = byName<QDoubleSpinBox>(&panel, QStringLiteral("Drift"));
        QCOMPARE(drift->suffix(), QStringLiteral(" units/step"));
        QVERIFY(byName<QSpinBox>(&panel, QStringLiteral("Features")));
        QVERIFY(byName<QLineEdit>(&panel, QStringLiteral("Widths")));
        QCOMPARE(byName<QComboBox>(&panel, QStringLiteral("Law"))->count(), 2);
        QVERIFY(!byName<QLineEdit>(&panel, QStringLiteral("Seed"))); // seeds live in the transport bar
    }

    void logSliderIsLogarithmic()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel panel(*session);
        auto *slider = byName<QSlider>(&panel, QStringLiteral("Learning rate slider"));
        QVERIFY(slider);
        slider->setValue(500); // the middle of [1e-4, 1] on a log scale is 1e-2
        QCOMPARE(session->pending().real(QStringLiteral("lr")), 0.01);
        slider->setValue(750);
        QVERIFY(qAbs(session->pending().real(QStringLiteral("lr")) - 0.1) < 1e-3);
    }

    void nonLiveEditsNeedARestart()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel panel(*session);
        QSignalSpy restart(session.get(), &SimulationSession::restartNeededChanged);
        byName<QSpinBox>(&panel, QStringLiteral("Features"))->setValue(200);
        QVERIFY(session->restartNeeded());
        QCOMPARE(restart.count(), 1);
        QCOMPARE(session->applied().integer(QStringLiteral("n")), 100);
        auto marks = [&panel] {
            int shown = 0;
            for (QLabel *l : panel.findChildren<QLabel *>(QStringLiteral("restartMark")))
                shown += l->isVisibleTo(&panel) ? 1 : 0;
            return shown;
        };
        QCOMPARE(marks(), 1);
        // A live value applies at once and needs no restart.
        byName<QDoubleSpinBox>(&panel, QStringLiteral("Drift"))->setValue(0.5);
        QCOMPARE(session->applied().real(QStringLiteral("drift")), 0.5);
        QCOMPARE(marks(), 1);
        QVERIFY(session->restart());
        QVERIFY(!session->restartNeeded());
        QCOMPARE(restart.count(), 2);
        QCOMPARE(session->applied().integer(QStringLiteral("n")), 200);
        QCOMPARE(marks(), 0);
    }

    void invalidListShowsWhy()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel panel(*session);
        auto *widths = byName<QLineEdit>(&panel, QStringLiteral("Widths"));
        widths->setText(QStringLiteral("8, 500"));
        Q_EMIT widths->editingFinished();
        bool shown = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            shown = shown || l->text() == QStringLiteral(R"("widths" = 500 is above the maximum 128)");
        QVERIFY(shown);
        // Never clamped: the bad text stays for the user to fix, the session keeps its value.
        QCOMPARE(widths->text(), QStringLiteral("8, 500"));
        QCOMPARE(session->pending().intList(QStringLiteral("widths")), QList<int>({8, 16}));
    }

    void twoPanelsOfOneSessionAgree()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel desktop(*session);
        ParameterPanel console(*session, nullptr, Presentation::Kiosk);
        byName<QSpinBox>(&desktop, QStringLiteral("Features"))->setValue(321);
        QCOMPARE(byName<QSpinBox>(&console, QStringLiteral("Features"))->value(), 321);
    }

    void presetsApplyPartialSets()
    {
        const ParameterSchema s = schema();
        const PresetList presets = s.presetsFromJson(R"({"presets":[{"id":"big","label":"Big","values":{"n":900}}]})",
                                                     QStringLiteral("p.json")).value();
        auto session = test::sessionFor(s, presets);
        ParameterPanel panel(*session);
        QSignalSpy restarted(session.get(), &SimulationSession::restarted);
        auto *box = byName<QComboBox>(&panel, QStringLiteral("Preset"));
        QVERIFY(box);
        Q_EMIT box->activated(1);
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(session->applied().integer(QStringLiteral("n")), 900);
        QCOMPARE(session->applied().real(QStringLiteral("lr")), 0.01);
        QCOMPARE(byName<QSpinBox>(&panel, QStringLiteral("Features"))->value(), 900);
    }

    // The box names the preset the run has, not "Choose a preset…", until a value differs.
    void presetBoxShowsTheActivePreset()
    {
        const ParameterSchema s = schema();
        const PresetList presets = s.presetsFromJson(
            R"({"presets":[{"id":"big","label":"Big","values":{"n":900}},
                           {"id":"fast","label":"Fast","values":{"lr":0.5}}]})",
            QStringLiteral("p.json")).value();
        auto session = test::sessionFor(s, presets);
        ParameterPanel panel(*session);
        auto *box = byName<QComboBox>(&panel, QStringLiteral("Preset"));
        QVERIFY(box);
        QCOMPARE(box->currentIndex(), 0);

        Q_EMIT box->activated(2);
        QCOMPARE(box->currentText(), QStringLiteral("Fast"));

        session->setPending(QStringLiteral("seed"), QVariant::fromValue(quint64(77)));
        QVERIFY(session->restart());
        QCOMPARE(box->currentText(), QStringLiteral("Fast")); // a new seed keeps the set-up

        session->setPending(QStringLiteral("n"), 101);
        QVERIFY(session->restart());
        QCOMPARE(box->currentIndex(), 0);

        session->setPending(QStringLiteral("lr"), 0.01);
        session->setPending(QStringLiteral("n"), 900);
        QVERIFY(session->restart()); // the values of a preset, typed in by hand
        QCOMPARE(box->currentText(), QStringLiteral("Big"));
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"

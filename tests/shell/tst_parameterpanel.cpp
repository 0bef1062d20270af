// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "byname.h"
#include "params/filedroptarget.h"
#include "params/parametereditor.h"
#include "params/parameterpanel.h"
#include "../testsession.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

// A simulator with a data file next to an ordinary parameter.
const QByteArray kFileSchema = R"x({
  "parameters": [
    { "id": "n", "type": "int", "label": "Features", "group": "m", "default": 100 },
    { "id": "data", "type": "file", "label": "Evaluations", "group": "m", "default": "",
      "filters": ["Evaluations (*.csv *.jsonl)"], "format": "model,n,c per line",
      "description": "Your own counts" }
  ]
})x";

ParameterSchema schema()
{
    return ParameterSchema::fromJson(kSchema, QStringLiteral("t.json")).value();
}

using paperlab::test::byName;

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

    // A parameter with a description has an info mark that says it in plain words.
    void describedParameterHasAnInfoMark()
    {
        auto session = test::sessionFor(schema());
        ParameterPanel panel(*session);
        auto *hint = byName<QLabel>(&panel, QStringLiteral("About Learning rate"));
        QVERIFY(hint);
        QCOMPARE(hint->text(), QStringLiteral("ⓘ"));
        QVERIFY(hint->toolTip().contains(QLatin1String("Peak learning rate")));
        QVERIFY(!byName<QLabel>(&panel, QStringLiteral("About Features"))); // no description
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

    // The step moves the slider and the arrows; it never rounds a value that comes from a
    // preset, the keyboard or the session, so the panel runs what `paperlab run --set` runs.
    void stepNeverRoundsAValue()
    {
        const auto parsed = ParameterSchema::fromJson(R"({"parameters": [
            { "id": "gamma", "type": "real", "label": "Gamma", "group": "m", "default": 0.1,
              "min": 0.01, "max": 1, "step": 0.01 }]})", QStringLiteral("g.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().logText));
        const ParameterSchema s = parsed.value();
        const auto parsedPresets = s.presetsFromJson(
            R"({"presets":[{"id":"slow","label":"Slow","values":{"gamma":0.0714}}]})",
            QStringLiteral("p.json"));
        QVERIFY2(parsedPresets,
                 qPrintable(parsedPresets ? QString() : parsedPresets.error().logText));
        const PresetList presets = parsedPresets.value();
        auto session = test::sessionFor(s, presets);
        auto headless = test::sessionFor(s, presets);
        QVERIFY(headless->setPendingText(QStringLiteral("gamma"), QStringLiteral("0.0714")));
        QVERIFY(headless->restart());
        const double fromCommandLine = headless->applied().real(QStringLiteral("gamma"));
        QCOMPARE(fromCommandLine, 0.0714);

        ParameterPanel panel(*session);
        panel.show();
        auto *gamma = byName<QDoubleSpinBox>(&panel, QStringLiteral("Gamma"));
        QVERIFY(gamma);
        Q_EMIT byName<QComboBox>(&panel, QStringLiteral("Preset"))->activated(1);
        QCOMPARE(session->applied().real(QStringLiteral("gamma")), fromCommandLine);
        QCOMPARE(gamma->text(), QStringLiteral("0.0714"));
        // Focus in and out reads the shown text back: the same value.
        gamma->setFocus();
        Q_EMIT gamma->editingFinished();
        gamma->clearFocus();
        QCOMPARE(session->pending().real(QStringLiteral("gamma")), fromCommandLine);
        auto *preset = byName<QComboBox>(&panel, QStringLiteral("Preset"));
        QCOMPARE(preset->currentText(), QStringLiteral("Slow"));

        // Typed in.
        gamma->selectAll();
        QTest::keyClicks(gamma, QStringLiteral("0.0333"));
        QTest::keyClick(gamma, Qt::Key_Return);
        QCOMPARE(session->pending().real(QStringLiteral("gamma")), 0.0333);

        // The arrows move by the step, without binary noise.
        QTest::keyClick(gamma, Qt::Key_Up);
        QCOMPARE(session->pending().real(QStringLiteral("gamma")), 0.0433);
        QCOMPARE(gamma->text(), QStringLiteral("0.0433"));

        // From the session (another panel, the presenter console).
        session->setPending(QStringLiteral("gamma"), 0.123456);
        QCOMPARE(gamma->text(), QStringLiteral("0.123456"));
        QCOMPARE(gamma->value(), 0.123456);
        // The slider snaps to the step.
        byName<QSlider>(&panel, QStringLiteral("Gamma slider"))->setValue(600);
        QCOMPARE(session->pending().real(QStringLiteral("gamma")), 0.6);
    }

    void fileEditorShowsTheNameAndNeedsARestart()
    {
        const ParameterSchema s = ParameterSchema::fromJson(kFileSchema, "f.json").value();
        auto session = test::sessionFor(s);
        ParameterPanel panel(*session);
        auto *choose = byName<QPushButton>(&panel, QStringLiteral("Evaluations"));
        QVERIFY(choose);
        QVERIFY(choose->toolTip().contains(QLatin1String("Expected format: model,n,c per line")));
        auto *name = byName<QLabel>(&panel, QStringLiteral("Evaluations file"));
        QCOMPARE(name->text(), QStringLiteral("No file"));
        QSignalSpy restart(session.get(), &SimulationSession::restartNeededChanged);
        session->setPending(QStringLiteral("data"), QStringLiteral("/data/run 3/evals.csv"));
        QCOMPARE(name->text(), QStringLiteral("evals.csv"));
        QVERIFY(session->restartNeeded()); // read at reset, like any non-live parameter
        auto *clear = byName<QPushButton>(&panel, QStringLiteral("Evaluations: Clear"));
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QCOMPARE(session->pending().filePath(QStringLiteral("data")), QString());
        QVERIFY(!session->restartNeeded());
        QCOMPARE(restart.count(), 2);
        // The kiosk hides file parameters unless the schema says otherwise.
        ParameterPanel kiosk(*session, nullptr, Presentation::Kiosk);
        QVERIFY(!byName<QPushButton>(&kiosk, QStringLiteral("Evaluations")));
    }

    void fileDropTargetMatchesTheFilters()
    {
        QCOMPARE(FileDropTarget::patterns({"Evaluations (*.csv *.jsonl)", "Tables (*.tsv)"}),
                 QStringList({"*.csv", "*.jsonl", "*.tsv"}));
        QCOMPARE(FileDropTarget::patterns({"Data (*.csv)", "All files (*)"}), QStringList());
        const ParameterSchema s = ParameterSchema::fromJson(kFileSchema, "f.json").value();
        QWidget view;
        FileDropTarget drop(&view, s, QStringLiteral("sim"));
        QCOMPARE(drop.key(), QStringLiteral("data"));
        QVERIFY(view.acceptDrops());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("Evals.CSV"));
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        for (const QString &path : {csv, png}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QCOMPARE(drop.acceptedFile(&mime), csv);
        mime.setUrls({QUrl::fromLocalFile(png)});
        QCOMPARE(drop.acceptedFile(&mime), QString());
        mime.setUrls({QUrl::fromLocalFile(csv), QUrl::fromLocalFile(csv)});
        QCOMPARE(drop.acceptedFile(&mime), QString()); // one file at a time
        mime.setUrls({QUrl(QStringLiteral("https://example.org/evals.csv"))});
        QCOMPARE(drop.acceptedFile(&mime), QString());

        // A drop on the view names the parameter and the file.
        QSignalSpy dropped(&drop, &FileDropTarget::fileDropped);
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent event(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &event);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().at(0).toString(), QStringLiteral("data"));
        QCOMPARE(dropped.first().at(1).toString(), csv);

        // No file parameter, or one the kiosk hides: the view takes no drops.
        QWidget other;
        FileDropTarget none(&other, s, QStringLiteral("sim"), Presentation::Kiosk);
        QCOMPARE(none.key(), QString());
        QVERIFY(!other.acceptDrops());
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "charttheme.h"
#include "lineplotitem.h"

#include <paperlab/simulationrunner.h>
#include <paperlab/simulator.h>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickView>
#include <QTest>

#include <cmath>

using namespace paperlab;
using namespace paperlab::charts;

namespace {

// One point (t, t²) per step: simple enough that every plot number is predictable.
class SquaresSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &) override
    {
        m_x.clear();
        m_y.clear();
    }
    void advance(std::chrono::milliseconds budget) override
    {
        // At most 100 steps per call keeps the series, copied into every snapshot, small.
        const auto start = std::chrono::steady_clock::now();
        int steps = 0;
        do {
            const double t = double(m_x.size());
            m_x.push_back(t);
            m_y.push_back(t * t);
        } while (++steps < 100 && std::chrono::steady_clock::now() - start < budget
                 && !stopRequested());
    }
    std::shared_ptr<Snapshot> snapshot() const override
    {
        auto s = std::make_shared<Snapshot>();
        s->step = qint64(m_x.size());
        s->series.push_back({QStringLiteral("squares"), QStringLiteral("t²"), m_x, m_y});
        return s;
    }

private:
    std::vector<double> m_x, m_y;
};

} // namespace

class TestLinePlotRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheRunner();
    void decimatesLongSeries();

private:
    QQuickView *m_view = nullptr;
    LinePlotItem *m_plot = nullptr;
};

void TestLinePlotRunner::init()
{
    m_view = new QQuickView;
    m_view->engine()->addImportPath(QStringLiteral(PAPERLAB_QML_IMPORT_DIR));
    m_view->resize(480, 320);
    QQmlComponent component(m_view->engine());
    component.setData("import PaperLab.Charts\nLinePlot { width: 480; height: 320 }", QUrl());
    QObject *object = component.create();
    QVERIFY2(object, qPrintable(component.errorString()));
    m_plot = qobject_cast<LinePlotItem *>(object);
    QVERIFY(m_plot);
    m_plot->setParentItem(m_view->contentItem());
    m_plot->setParent(m_view);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestLinePlotRunner::cleanup()
{
    delete m_view;
    m_view = nullptr;
    m_plot = nullptr;
}

void TestLinePlotRunner::followsTheRunner()
{
    SimulationRunner runner(std::make_unique<SquaresSimulator>());
    m_plot->setProperty("source", QVariant::fromValue<QObject *>(&runner));
    QCOMPARE(m_plot->source(), &runner);

    runner.reset(ParameterSet());
    QTRY_VERIFY(m_plot->hasData());
    QCOMPARE(m_plot->pointCount(), 0);

    for (int i = 0; i < 3; ++i)
        runner.step();
    QTRY_COMPARE(m_plot->pointCount(), 3);
    QCOMPARE(m_plot->seriesCount(), 1);
    QCOMPARE(m_plot->dataRange().value(QStringLiteral("xMax")).toDouble(), 2.0);
    QCOMPARE(m_plot->dataRange().value(QStringLiteral("yMax")).toDouble(), 4.0);

    // Running: the plot follows, and what it shows is the runner's latest snapshot.
    const int revision = m_plot->dataRevision();
    runner.start();
    QTRY_VERIFY(m_plot->pointCount() > 1000);
    QVERIFY(m_plot->dataRevision() > revision + 1);
    runner.pause();
    QTRY_COMPARE(runner.state(), SimulationRunner::State::Paused);
    QTRY_COMPARE(qint64(m_plot->pointCount()), m_plot->snapshot()->step);
    const double n = m_plot->pointCount();
    QCOMPARE(m_plot->dataRange().value(QStringLiteral("yMax")).toDouble(), (n - 1) * (n - 1));
    QVERIFY(m_plot->summary().contains(QStringLiteral("t² ends at")));

    // The window shows the curve (software renderer offscreen, OpenGL elsewhere).
    const QImage frame = m_view->grabWindow().convertToFormat(QImage::Format_RGB32);
    const QRgb curve = ChartTheme::instance()->seriesColor(0).rgb();
    int curvePixels = 0;
    for (int y = 0; y < frame.height(); ++y) {
        for (int x = 0; x < frame.width(); ++x)
            curvePixels += frame.pixel(x, y) == curve;
    }
    QVERIFY2(curvePixels > 100, qPrintable(QString::number(curvePixels)));

    m_plot->setProperty("source", QVariant::fromValue<QObject *>(nullptr));
    QVERIFY(!m_plot->hasData());
}

void TestLinePlotRunner::decimatesLongSeries()
{
    constexpr int n = 100000;
    auto snapshot = std::make_shared<Snapshot>();
    constexpr int spike = 54321;
    Series s{QStringLiteral("noise"), {}, {}, {}};
    for (int i = 0; i < n; ++i) {
        s.x.push_back(i);
        s.y.push_back(i == spike ? 50.0 : std::sin(i * 0.37));
    }
    snapshot->series.push_back(std::move(s));
    m_plot->setSnapshot(snapshot);
    QCOMPARE(m_plot->pointCount(), n);

    const std::vector<QPointF> drawn = m_plot->drawnPoints(0);
    QVERIFY(drawn.size() <= 4096);
    QVERIFY(drawn.size() > 500);
    // Min/max decimation keeps the spike: the highest drawn point is the spike's pixel.
    double top = 1e9;
    for (const QPointF &p : drawn)
        top = std::min(top, p.y());
    QCOMPARE(top, m_plot->mapToPixel(spike, 50.0).y());
}

QTEST_MAIN(TestLinePlotRunner)
#include "tst_lineplotrunner.moc"

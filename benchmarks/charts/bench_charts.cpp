// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
//
// bench_charts [--points N] [--series K] [--seconds S] [--size WxH]
//
// A producer thread plays the runner: it builds a fresh snapshot of K series of N points
// while the previous frame renders. Every frame the LinePlot takes the newest one, as it
// does from SimulationRunner::latest(). Reports frames per second and where the time goes:
// the GUI thread's update (analysis and layout), the scene-graph sync (decimation and
// tessellation in updatePaintNode) and the render pass.

#include "lineplotitem.h"

#include <paperlab/snapshot.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickView>
#include <QSGRendererInterface>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace paperlab::charts;

namespace {

class WaveSource
{
public:
    WaveSource(int points, int series)
        : m_points(points)
        , m_series(series)
        , m_thread([this] { run(); })
    {
    }

    ~WaveSource()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }

    /// The newest snapshot, or null if the next one is not ready yet.
    paperlab::SnapshotPtr take()
    {
        paperlab::SnapshotPtr s;
        {
            std::lock_guard lock(m_mutex);
            s = std::move(m_ready);
            m_ready.reset();
        }
        m_cv.notify_all();
        return s;
    }

private:
    void run()
    {
        quint32 noise = 12345;
        for (quint64 frame = 0;; ++frame) {
            auto snap = std::make_shared<paperlab::Snapshot>();
            snap->step = qint64(frame);
            for (int k = 0; k < m_series; ++k) {
                paperlab::Series s{
                    QStringLiteral("wave%1").arg(k), QStringLiteral("wave %1").arg(k), {}, {}};
                s.x.resize(size_t(m_points));
                s.y.resize(size_t(m_points));
                for (int i = 0; i < m_points; ++i) {
                    noise = noise * 1664525u + 1013904223u;
                    s.x[size_t(i)] = i;
                    s.y[size_t(i)] = std::sin(i * 2e-4 + frame * 0.05 + k) + k
                        + 0.2 * (double(noise >> 8) / double(1 << 24) - 0.5);
                }
                snap->series.push_back(std::move(s));
            }
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_ready; });
            if (m_stop)
                return;
            m_ready = std::move(snap);
        }
    }

    const int m_points, m_series;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    paperlab::SnapshotPtr m_ready;
    bool m_stop = false;
    std::thread m_thread;
};

QString apiName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::Software: return QStringLiteral("software");
    case QSGRendererInterface::OpenGL: return QStringLiteral("OpenGL");
    case QSGRendererInterface::Vulkan: return QStringLiteral("Vulkan");
    default: return QStringLiteral("other");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("points"), QStringLiteral("Points per series."),
                        QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("series"), QStringLiteral("Number of series."),
                        QStringLiteral("k"), QStringLiteral("1")},
                       {QStringLiteral("seconds"), QStringLiteral("Measuring time."),
                        QStringLiteral("s"), QStringLiteral("5")},
                       {QStringLiteral("size"), QStringLiteral("Window size."),
                        QStringLiteral("WxH"), QStringLiteral("1280x720")}});
    parser.process(app);
    const int points = parser.value(QStringLiteral("points")).toInt();
    const int seriesCount = parser.value(QStringLiteral("series")).toInt();
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (points <= 0 || seriesCount <= 0 || !(seconds > 0) || size.size() != 2) {
        std::fprintf(stderr, "invalid arguments\n");
        return 2;
    }

    QQuickView view;
    view.engine()->addImportPath(QStringLiteral(PAPERLAB_QML_IMPORT_DIR));
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(size[0].toInt(), size[1].toInt());
    QQmlComponent component(view.engine());
    component.setData(
        "import PaperLab.Charts\nLinePlot { title: \"Benchmark\"; xLabel: \"i\"; yLabel: \"y\" }",
        QUrl());
    auto *plot = qobject_cast<LinePlotItem *>(component.create());
    if (!plot) {
        std::fprintf(stderr, "cannot create LinePlot: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    view.setContent(QUrl(), &component, plot);

    WaveSource source(points, seriesCount);
    std::atomic<qint64> syncNs{0}, renderNs{0};
    QElapsedTimer syncClock, renderClock; // used on the render thread only
    QObject::connect(
        &view, &QQuickWindow::beforeSynchronizing, &view, [&] { syncClock.start(); },
        Qt::DirectConnection);
    QObject::connect(
        &view, &QQuickWindow::afterSynchronizing, &view,
        [&] { syncNs += syncClock.nsecsElapsed(); }, Qt::DirectConnection);
    QObject::connect(
        &view, &QQuickWindow::beforeRendering, &view, [&] { renderClock.start(); },
        Qt::DirectConnection);
    QObject::connect(
        &view, &QQuickWindow::afterRendering, &view,
        [&] { renderNs += renderClock.nsecsElapsed(); }, Qt::DirectConnection);

    QElapsedTimer wall;
    qint64 guiNs = 0;
    int frames = 0, updates = 0;
    bool measuring = false;
    // Warm up for half a second (first textures, glyph caches), then measure.
    QObject::connect(
        &view, &QQuickWindow::frameSwapped, &view,
        [&] {
            if (!measuring && wall.isValid() && wall.elapsed() > 500) {
                measuring = true;
                frames = updates = 0;
                guiNs = 0;
                syncNs = renderNs = 0;
                wall.start();
            }
            if (!wall.isValid())
                wall.start();
            ++frames;
            QElapsedTimer gui;
            gui.start();
            if (paperlab::SnapshotPtr s = source.take()) {
                plot->setSnapshot(std::move(s));
                ++updates;
            } else {
                view.update(); // the producer fell behind: draw again anyway
            }
            guiNs += gui.nsecsElapsed();
            if (measuring && wall.elapsed() >= seconds * 1000)
                app.quit();
        },
        Qt::QueuedConnection);

    view.show();
    app.exec();

    const double elapsed = wall.elapsed() / 1000.0;
    std::printf("LinePlot: %d series x %d points, %dx%d, %s renderer\n", seriesCount, points,
                view.width(), view.height(),
                qPrintable(apiName(view.rendererInterface()->graphicsApi())));
    std::printf("  %d frames in %.2f s: %.1f fps, %.2f ms/frame; %d data updates (%.1f per s)\n",
                frames, elapsed, frames / elapsed, 1000.0 * elapsed / std::max(1, frames), updates,
                updates / elapsed);
    std::printf(
        "  per frame: GUI update %.2f ms, sync (decimate + tessellate) %.2f ms, render %.2f ms\n",
        guiNs / 1e6 / std::max(1, frames), syncNs.load() / 1e6 / std::max(1, frames),
        renderNs.load() / 1e6 / std::max(1, frames));
    std::printf("  drawn points in the first series: %zu\n", plot->drawnPoints(0).size());
    delete plot;
    return 0;
}

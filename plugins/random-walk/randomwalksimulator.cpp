// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "randomwalksimulator.h"

#include <paperlab/math/stats.h>

#include <QFile>

#include <algorithm>
#include <cmath>

namespace paperlab::papers::randomwalk {

std::vector<double> RandomWalkSimulator::readPositions(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw InputError(path, 0, {}, QStringLiteral("cannot be read (%1)").arg(f.errorString()));
    std::vector<double> positions;
    for (int line = 1; !f.atEnd(); ++line) {
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || (line == 1 && text == QLatin1String("x")))
            continue;
        bool ok = false;
        const double x = text.toDouble(&ok);
        if (!ok || !std::isfinite(x)) {
            // Quoted in full only when short: a message is read, not a whole bad line.
            const QString shown = text.size() <= 40 ? text : text.left(37) + QStringLiteral("…");
            throw InputError(path, line, QStringLiteral("x"),
                             QStringLiteral("\"%1\" is not a number").arg(shown));
        }
        positions.push_back(x);
    }
    if (positions.empty())
        throw InputError(path, 0, {}, QStringLiteral("has no positions"));
    return positions;
}

void RandomWalkSimulator::reset(const ParameterSet &p)
{
    // A user's file is read before anything changes, so a bad one leaves this run intact.
    const QString start = p.filePath(QStringLiteral("start"));
    const std::vector<double> positions = start.isEmpty() ? std::vector<double>{0.0}
                                                           : readPositions(start);
    m_rng = math::Rng(p.seed(QStringLiteral("seed")));
    m_x.resize(size_t(p.integer(QStringLiteral("walkers"))));
    for (size_t i = 0; i < m_x.size(); ++i)
        m_x[i] = positions[i % positions.size()];
    m_sigma = p.real(QStringLiteral("sigma"));
    m_drift = p.real(QStringLiteral("drift"));
    m_steps = p.integer(QStringLiteral("steps"));
    m_step = 0;
    m_driftIntegral = 0.0;
    m_kicks = 0.0;
    m_startMean = math::meanWithSe(m_x).mean;
    double ss = 0.0;
    for (double x : m_x)
        ss += (x - m_startMean) * (x - m_startMean);
    m_startVariance = ss / double(m_x.size() - 1);
    m_t = {0.0};
    m_mean = {m_startMean};
    m_variance = {m_startVariance};
}

void RandomWalkSimulator::applyLive(const ParameterSet &p)
{
    m_drift = p.real(QStringLiteral("drift"));
}

void RandomWalkSimulator::command(const QString &id, const QVariantMap &arguments)
{
    if (id != QLatin1String("kick"))
        return Simulator::command(id, arguments);
    for (double &x : m_x)
        x += m_sigma;
    m_kicks += m_sigma;
}

void RandomWalkSimulator::step()
{
    for (double &x : m_x)
        x += m_drift + m_sigma * m_rng.normal();
    ++m_step;
    m_driftIntegral += m_drift;
    const auto ms = math::meanWithSe(m_x);
    double ss = 0.0;
    for (double x : m_x)
        ss += (x - ms.mean) * (x - ms.mean);
    m_t.push_back(double(m_step));
    m_mean.push_back(ms.mean);
    m_variance.push_back(ss / double(m_x.size() - 1));
}

bool RandomWalkSimulator::finished() const
{
    return m_step >= m_steps;
}

std::shared_ptr<Snapshot> RandomWalkSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    s->step = m_step;
    s->finished = finished();
    s->progress = m_steps > 0 ? double(m_step) / double(m_steps) : 1.0;

    std::vector<double> theory(m_t.size());
    for (size_t i = 0; i < m_t.size(); ++i)
        theory[i] = m_startVariance + m_sigma * m_sigma * m_t[i];
    s->series.push_back({QStringLiteral("variance"), QStringLiteral("Sample variance"), m_t, m_variance});
    s->series.push_back({QStringLiteral("variance_theory"), QStringLiteral("s₀² + σ²t (exact)"),
                         m_t, theory});
    s->series.push_back({QStringLiteral("mean"), QStringLiteral("Sample mean"), m_t, m_mean});

    // Histogram of positions over ±4 standard deviations of the exact distribution.
    const double centre = m_startMean + m_driftIntegral + m_kicks;
    const double spread = m_sigma * m_sigma * std::max<double>(1.0, double(m_step));
    const double half = 4.0 * std::sqrt(m_startVariance + spread);
    s->bars.push_back(histogramBars(QStringLiteral("positions"), QStringLiteral("Walker positions"),
                                    m_x, 41, centre - half, centre + half));

    const double var = m_variance.back();
    const double expected = m_startVariance + m_sigma * m_sigma * double(m_step);
    s->readouts.insert(QStringLiteral("mean"), m_mean.back());
    s->readouts.insert(QStringLiteral("mean_theory"), centre);
    s->readouts.insert(QStringLiteral("variance"), var);
    s->readouts.insert(QStringLiteral("variance_theory"), expected);
    if (expected > 0)
        s->readouts.insert(QStringLiteral("variance_ratio"), var / expected);
    s->status = QStringLiteral("t = %1, variance %2 (exact %3)")
                    .arg(m_step).arg(var, 0, 'g', 4).arg(expected, 0, 'g', 4);
    return s;
}

} // namespace paperlab::papers::randomwalk

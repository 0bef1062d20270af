// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "regimemapsimulator.h"

#include "analysis.h"
#include "simcommon.h"


#include <limits>

namespace paperlab::papers::superpositionscaling {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

RegimeMapSimulator::RegimeMapSimulator() = default;
RegimeMapSimulator::~RegimeMapSimulator() = default;

void RegimeMapSimulator::reset(const ParameterSet &p)
{
    // Widths that break a rule leave the map as it was (InputError, thrown before any change).
    TrainConfig config = trainConfigFrom(p);
    std::vector<int> widths = widthsFrom(p, config.n);
    m_cells.clear();
    m_gammas.clear();
    m_alphas.clear();
    m_current.reset();
    m_done = 0;
    m_config = config;
    m_config.law = FrequencyLaw::Power; // alpha is an axis of the map
    m_widths = std::move(widths);
    for (double g : p.realList(QStringLiteral("map_gammas")))
        m_gammas.push_back(g);
    for (double a : p.realList(QStringLiteral("map_alphas")))
        m_alphas.push_back(a);
    m_seed = p.seed(QStringLiteral("seed"));
    m_cells.assign(m_gammas.size() * m_alphas.size(), Cell{kNaN, kNaN, kNaN, kNaN});
    m_chunk = chunkSteps(m_config, specsFor(0));
    m_step = 0;
}

std::vector<RunSpec> RegimeMapSimulator::specsFor(int cell) const
{
    const int cols = int(m_alphas.size());
    std::vector<RunSpec> specs;
    for (int m : m_widths)
        specs.push_back({m_gammas[size_t(cell / cols)], m_alphas[size_t(cell % cols)], m});
    return specs;
}

bool RegimeMapSimulator::finished() const
{
    return m_done >= int(m_cells.size());
}

void RegimeMapSimulator::step()
{
    const auto stop = [this] { return stopRequested(); };
    if (!m_current)
        m_current = std::make_unique<RunSet>(m_config, specsFor(m_done), m_seed);
    if (!m_current->trained()) {
        m_current->advanceTo(m_current->stepsDone() + m_chunk, 0, stop);
    } else if (m_current->summarise(0, stop)) {
        std::vector<double> ms, losses, phis;
        for (int k = 0; k < m_current->size(); ++k) {
            ms.push_back(m_current->summary(k).spec.m);
            losses.push_back(m_current->summary(k).loss);
            phis.push_back(m_current->summary(k).phiHalf);
        }
        const ScalingFit fit = fitScaling(ms, losses);
        double mean = 0.0;
        for (double v : phis)
            mean += v;
        m_cells[size_t(m_done)] = Cell{fit.alpha, fit.se, phis.back(), mean / double(phis.size())};
        ++m_done;
        m_current.reset();
    }
    ++m_step;
}

std::shared_ptr<Snapshot> RegimeMapSimulator::snapshot() const
{
    auto s = std::make_shared<Snapshot>();
    const int rows = int(m_gammas.size());
    const int cols = int(m_alphas.size());
    const int cells = rows * cols;
    s->step = m_step;
    s->finished = finished();
    const double inCell = m_current ? 0.97 * m_current->stepsDone() / m_config.steps : 0.0;
    s->progress = cells > 0 ? (m_done + (finished() ? 0.0 : inCell)) / cells : 1.0;
    if (!finished()) {
        s->phase = QStringLiteral("cell %1 of %2: γ = %3, α = %4")
                       .arg(m_done + 1)
                       .arg(cells)
                       .arg(m_gammas[size_t(m_done / cols)])
                       .arg(m_alphas[size_t(m_done % cols)]);
    }
    Grid alpha{QStringLiteral("alpha_m"), QStringLiteral("Fitted α_m (rows γ, columns α)"), rows,
               cols, {}};
    Grid phi{QStringLiteral("phi_half"),
             QStringLiteral("φ½ at the largest width (rows γ, columns α)"), rows, cols, {}};
    Table table{QStringLiteral("cells"), QStringLiteral("Regime map cells"),
                {QStringLiteral("γ"), QStringLiteral("α"), QStringLiteral("α_m"),
                 QStringLiteral("SE"), QStringLiteral("φ½ (largest m)"),
                 QStringLiteral("φ½ (mean over m)")},
                {}};
    for (int k = 0; k < cells; ++k) {
        const Cell &c = m_cells[size_t(k)];
        alpha.values.push_back(c.alphaM);
        phi.values.push_back(c.phiHalfLargest);
        if (k < m_done) {
            table.rows.append({QString::number(m_gammas[size_t(k / cols)]),
                               QString::number(m_alphas[size_t(k % cols)]),
                               QString::number(c.alphaM, 'f', 3),
                               QString::number(c.alphaMSe, 'f', 3),
                               QString::number(c.phiHalfLargest, 'f', 3),
                               QString::number(c.phiHalfMean, 'f', 3)});
        }
    }
    s->grids.push_back(std::move(alpha));
    s->grids.push_back(std::move(phi));
    s->tables.push_back(std::move(table));
    // Axis values, so views can label rows and columns.
    Series gx{QStringLiteral("map_alphas"), QStringLiteral("α (columns)"), {}, {}};
    for (int j = 0; j < cols; ++j) {
        gx.x.push_back(j);
        gx.y.push_back(m_alphas[size_t(j)]);
    }
    Series gy{QStringLiteral("map_gammas"), QStringLiteral("γ (rows)"), {}, {}};
    for (int i = 0; i < rows; ++i) {
        gy.x.push_back(i);
        gy.y.push_back(m_gammas[size_t(i)]);
    }
    s->series.push_back(std::move(gx));
    s->series.push_back(std::move(gy));
    // Axis values as readouts too, for the views' row and column labels.
    for (int i = 0; i < rows; ++i)
        s->readouts.insert(QStringLiteral("map_gamma_%1").arg(i), m_gammas[size_t(i)]);
    for (int j = 0; j < cols; ++j)
        s->readouts.insert(QStringLiteral("map_alpha_%1").arg(j), m_alphas[size_t(j)]);
    s->readouts.insert(QStringLiteral("map_rows"), rows);
    s->readouts.insert(QStringLiteral("map_cols"), cols);
    s->readouts.insert(QStringLiteral("cells_done"), m_done);
    s->readouts.insert(QStringLiteral("cells"), cells);
    s->status = finished() ? QStringLiteral("map complete: %1 cells").arg(cells) : s->phase;
    return s;
}

} // namespace paperlab::papers::superpositionscaling

#include "flipssimulator.h"

#include <algorithm>
#include <cmath>

namespace @IDENT@ {

namespace {
constexpr qint64 kWindow = 100; // flips in the "recent" estimate
}

void FlipsSimulator::reset(const paperlab::ParameterSet &p)
{
    m_rng = paperlab::math::Rng(p.seed(QStringLiteral("seed")));
    m_p = p.real(QStringLiteral("p"));
    m_flips = p.integer(QStringLiteral("flips"));
    m_recent = p.choice(QStringLiteral("estimate")) == QLatin1String("recent");
    m_band = p.flag(QStringLiteral("band"));
    m_outcomes.clear();
    m_n.clear();
    m_fraction.clear();
}

bool FlipsSimulator::finished() const
{
    return qint64(m_outcomes.size()) >= m_flips;
}

void FlipsSimulator::step()
{
    m_outcomes.push_back(m_rng.bernoulli(m_p) ? 1 : 0);
    const qint64 n = qint64(m_outcomes.size());
    const qint64 counted = m_recent ? std::min(n, kWindow) : n;
    double heads = 0.0;
    for (qint64 i = n - counted; i < n; ++i)
        heads += m_outcomes[size_t(i)];
    m_n.push_back(double(n));
    m_fraction.push_back(heads / double(counted));
}

std::shared_ptr<paperlab::Snapshot> FlipsSimulator::snapshot() const
{
    auto s = std::make_shared<paperlab::Snapshot>();
    const qint64 n = qint64(m_n.size());
    s->step = n;
    s->finished = finished();
    s->progress = double(n) / double(m_flips);
    s->series.push_back({QStringLiteral("fraction"), QStringLiteral("Fraction of heads"), m_n,
                         m_fraction});

    // Two standard errors either side of p: about 95% of estimates stay inside.
    if (m_band) {
        std::vector<double> upper(m_n.size()), lower(m_n.size());
        for (size_t i = 0; i < m_n.size(); ++i) {
            const double counted = m_recent ? std::min(m_n[i], double(kWindow)) : m_n[i];
            const double se = std::sqrt(m_p * (1.0 - m_p) / counted);
            upper[i] = m_p + 2.0 * se;
            lower[i] = m_p - 2.0 * se;
        }
        s->series.push_back({QStringLiteral("upper"), QStringLiteral("p + 2 SE"), m_n, upper});
        s->series.push_back({QStringLiteral("lower"), QStringLiteral("p − 2 SE"), m_n, lower});
    }

    if (n == 0) {
        s->status = QStringLiteral("No flips yet (p = %1)").arg(m_p);
        return s; // no readouts yet: the views show none rather than a made-up 0
    }
    double heads = 0.0;
    for (int o : m_outcomes)
        heads += o;
    s->readouts.insert(QStringLiteral("heads"), heads);
    s->readouts.insert(QStringLiteral("fraction"), m_fraction.back());
    s->status = QStringLiteral("%1 flips, %2 heads: estimate %3 (p = %4)")
                    .arg(n).arg(heads).arg(m_fraction.back(), 0, 'f', 4).arg(m_p);
    return s;
}

} // namespace @IDENT@

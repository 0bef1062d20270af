// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/rng.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paperlab::math {

namespace {

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

// SplitMix64 output function (Steele, Lea, Flood 2014); a strong 64-bit bit mixer.
uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint64_t splitMix64Next(uint64_t &state)
{
    state += kGolden;
    return mix64(state);
}

uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(uint64_t seed)
    : m_seed(seed)
{
    // Reference seeding for xoshiro: four SplitMix64 outputs, which cannot all be zero.
    uint64_t sm = seed;
    for (uint64_t &word : m_state)
        word = splitMix64Next(sm);
}

Rng Rng::split(uint64_t streamIndex) const
{
    // Hash seed and index together (not the current state), so that split(i) is the same
    // whenever it is called. The constant keeps split(i) away from Rng(seed) itself.
    constexpr uint64_t kSplitTag = 0x5851f42d4c957f2dULL;
    return Rng(mix64(m_seed ^ mix64(streamIndex + kGolden) ^ kSplitTag));
}

uint64_t Rng::nextU64()
{
    // xoshiro256** 1.0 (Blackman and Vigna, 2018), reference algorithm.
    const uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Rng::uniform()
{
    return static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
}

double Rng::uniform(double a, double b)
{
    return a + (b - a) * uniform();
}

double Rng::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

bool Rng::bernoulli(double p)
{
    return uniform() < p;
}

int Rng::categorical(const std::vector<double> &weights)
{
    double total = 0.0;
    for (double w : weights) {
        if (!(w >= 0.0) || !std::isfinite(w))
            return -1;
        total += w;
    }
    if (!(total > 0.0))
        return -1;
    const double target = uniform() * total;
    double cumulative = 0.0;
    int lastPositive = -1;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] <= 0.0)
            continue;
        cumulative += weights[i];
        lastPositive = static_cast<int>(i);
        if (target < cumulative)
            return lastPositive;
    }
    // Rounding in the running sum can leave target just above the last cumulative value.
    return lastPositive;
}

double Rng::gamma(double shape)
{
    if (!(shape > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (shape < 1.0) {
        // Boost trick (Marsaglia and Tsang 2000, section 6): keeps the fast sampler valid.
        return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        const double x = normal();
        double v = 1.0 + c * x;
        if (v <= 0.0)
            continue;
        v = v * v * v;
        const double u = uniform();
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2)
            return d * v;
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

std::vector<double> Rng::dirichlet(const std::vector<double> &alpha)
{
    for (double a : alpha) {
        if (!(a > 0.0) || !std::isfinite(a))
            return {};
    }
    std::vector<double> sample(alpha.size());
    double total = 0.0;
    for (size_t i = 0; i < alpha.size(); ++i) {
        sample[i] = gamma(alpha[i]);
        total += sample[i];
    }
    if (total > 0.0) {
        for (double &x : sample)
            x /= total;
        return sample;
    }
    if (!alpha.empty()) {
        std::fill(sample.begin(), sample.end(), 0.0);
        sample[static_cast<size_t>(categorical(alpha))] = 1.0;
    }
    return sample;
}

Eigen::VectorXd Rng::unitVector(int dim)
{
    if (dim <= 0)
        return {};
    Eigen::VectorXd v(dim);
    double norm = 0.0;
    do {
        for (int i = 0; i < dim; ++i)
            v[i] = normal();
        norm = v.norm();
    } while (norm == 0.0);
    return v / norm;
}

Eigen::MatrixXd Rng::normalMatrix(int rows, int cols, double stddev)
{
    Eigen::MatrixXd m(rows, cols);
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        for (Eigen::Index i = 0; i < m.rows(); ++i)
            m(i, j) = stddev * normal();
    }
    return m;
}

int Rng::geometricSkip(double p)
{
    constexpr int kNever = std::numeric_limits<int>::max();
    if (p >= 1.0)
        return 0;
    if (!(p > 0.0))
        return kNever;
    // Inversion: P(K >= k) = (1 - p)^k, so K = floor(log(U') / log(1 - p)) with U' in (0, 1].
    const double k = std::floor(std::log1p(-uniform()) / std::log1p(-p));
    return k >= static_cast<double>(kNever) ? kNever : static_cast<int>(k);
}

uint64_t Rng::below(uint64_t n)
{
    if (n == 0)
        return 0;
    // Reject the lowest 2^64 mod n raw values so that every residue is equally likely.
    const uint64_t threshold = (0 - n) % n;
    for (;;) {
        const uint64_t r = nextU64();
        if (r >= threshold)
            return r % n;
    }
}

} // namespace paperlab::math

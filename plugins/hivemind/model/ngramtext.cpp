// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "ngramtext.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paperlab::papers::hivemind {

std::string normalizeCorpus(std::string_view raw)
{
    std::string out;
    size_t start = 0;
    while (start < raw.size()) {
        size_t end = raw.find('\n', start);
        if (end == std::string_view::npos)
            end = raw.size();
        const std::string_view line = raw.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.front() == '#')
            continue;
        for (char c : line) {
            const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
            if (!space)
                out += c;
            else if (!out.empty() && out.back() != ' ')
                out += ' ';
        }
        if (!out.empty() && out.back() != ' ')
            out += ' '; // the line break
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

CharNGram::CharNGram(std::string_view text, int order)
    : m_order(std::max(1, order))
    , m_counts(size_t(m_order))
{
    for (size_t i = 0; i < text.size(); ++i) {
        for (int len = 0; len < m_order && size_t(len) <= i; ++len)
            ++m_counts[size_t(len)][std::string(text.substr(i - size_t(len), size_t(len)))]
                     [text[i]];
    }
}

void CharNGram::distribution(std::string_view history, std::vector<char> &chars,
                             std::vector<double> &probs) const
{
    chars.clear();
    probs.clear();
    for (int len = std::min<int>(m_order - 1, int(history.size())); len >= 0; --len) {
        const auto &table = m_counts[size_t(len)];
        const auto it = table.find(std::string(history.substr(history.size() - size_t(len))));
        if (it == table.end())
            continue;
        for (const auto &[c, n] : it->second) {
            chars.push_back(c);
            probs.push_back(double(n));
        }
        break;
    }
    // A fixed order (by character) makes sampling independent of the hash table's layout.
    std::vector<size_t> order(chars.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return chars[a] < chars[b]; });
    std::vector<char> sortedChars;
    std::vector<double> sortedProbs;
    double total = 0;
    for (size_t i : order) {
        sortedChars.push_back(chars[i]);
        sortedProbs.push_back(probs[i]);
        total += probs[i];
    }
    for (double &p : sortedProbs)
        p /= total;
    chars = std::move(sortedChars);
    probs = std::move(sortedProbs);
}

std::string CharNGram::sample(std::string_view prompt, int length, const Decoding &decoding,
                              paperlab::math::Rng &rng) const
{
    std::string text(prompt);
    std::vector<char> chars;
    std::vector<double> probs;
    std::vector<size_t> rank;
    for (int step = 0; step < length; ++step) {
        distribution(text, chars, probs);
        if (chars.empty())
            break;
        // Temperature on the logits: p^(1/T), renormalised.
        double pMax = 0, total = 0;
        for (double &p : probs) {
            p = std::pow(p, 1.0 / decoding.temperature);
            total += p;
        }
        for (double &p : probs) {
            p /= total;
            pMax = std::max(pMax, p);
        }
        if (decoding.minP > 0) {
            for (double &p : probs)
                p = p >= decoding.minP * pMax ? p : 0.0;
        }
        if (decoding.topP < 1.0) {
            rank.resize(probs.size());
            std::iota(rank.begin(), rank.end(), size_t(0));
            std::stable_sort(rank.begin(), rank.end(),
                             [&](size_t a, size_t b) { return probs[a] > probs[b]; });
            const double kept = std::accumulate(probs.begin(), probs.end(), 0.0);
            double cumulative = 0;
            bool full = false;
            for (size_t i : rank) {
                if (full)
                    probs[i] = 0.0;
                cumulative += probs[i];
                full = full || cumulative >= decoding.topP * kept;
            }
        }
        double u = rng.uniform() * std::accumulate(probs.begin(), probs.end(), 0.0);
        size_t pick = 0;
        for (; pick + 1 < probs.size(); ++pick) {
            if (probs[pick] > 0 && u < probs[pick])
                break;
            u -= probs[pick];
        }
        while (probs[pick] <= 0 && pick > 0) // rounding at the end: the last kept character
            --pick;
        text += chars[pick];
    }
    return text.substr(prompt.size());
}

std::vector<CharNGram> trainSliceModels(const std::string &corpus, int models, int order,
                                        double sliceFraction)
{
    std::vector<CharNGram> out;
    const size_t n = corpus.size();
    const size_t slice = std::min(
        n, std::max(size_t(order), size_t(std::lround(sliceFraction * double(n)))));
    for (int k = 0; k < models; ++k) {
        const size_t start = models > 1 ? (n - slice) * size_t(k) / size_t(models - 1) : 0;
        out.emplace_back(std::string_view(corpus).substr(start, slice), order);
    }
    return out;
}

} // namespace paperlab::papers::hivemind

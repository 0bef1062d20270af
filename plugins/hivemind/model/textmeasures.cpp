// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "textmeasures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <unordered_map>

namespace paperlab::papers::hivemind {

namespace {

constexpr int kBleuOrder = 4;
constexpr double kBleuEpsilon = 0.1; // Chen & Cherry (2014) method 1

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// An n-gram as the tokens joined by '\x1f' (a byte tokenize() never keeps).
std::string ngramKey(const Tokens &tokens, size_t start, int n)
{
    std::string key = tokens[start];
    for (int k = 1; k < n; ++k) {
        key += '\x1f';
        key += tokens[start + size_t(k)];
    }
    return key;
}

} // namespace

Tokens tokenize(std::string_view text)
{
    Tokens tokens;
    std::string current;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isWordByte(c)) {
            current += lowerAscii(char(c));
        } else if ((c == '\'') && !current.empty() && i + 1 < text.size()
                   && isWordByte(static_cast<unsigned char>(text[i + 1]))) {
            current += '\'';
        } else if (!current.empty()) {
            tokens.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
    return tokens;
}

double typeTokenRatio(const Tokens &tokens)
{
    if (tokens.empty())
        return 0.0;
    const std::set<std::string> types(tokens.begin(), tokens.end());
    return double(types.size()) / double(tokens.size());
}

double distinctN(const std::vector<Tokens> &texts, int n)
{
    if (n < 1)
        return 0.0;
    std::set<std::string> distinct;
    size_t total = 0;
    for (const Tokens &t : texts) {
        for (size_t i = 0; i + size_t(n) <= t.size(); ++i) {
            distinct.insert(ngramKey(t, i, n));
            ++total;
        }
    }
    return total == 0 ? 0.0 : double(distinct.size()) / double(total);
}

namespace {

// A text's n-gram counts for n = 1 … 4, made once so that Self-BLEU does not recount every
// reference for every hypothesis.
struct BleuCounts {
    size_t length = 0;
    std::array<std::unordered_map<std::string, int>, kBleuOrder> counts;
};

BleuCounts bleuCounts(const Tokens &tokens)
{
    BleuCounts c;
    c.length = tokens.size();
    for (int n = 1; n <= kBleuOrder; ++n) {
        for (size_t i = 0; i + size_t(n) <= tokens.size(); ++i)
            ++c.counts[size_t(n - 1)][ngramKey(tokens, i, n)];
    }
    return c;
}

double bleu(const BleuCounts &hyp, const std::vector<const BleuCounts *> &refs)
{
    const size_t c = hyp.length;
    if (c == 0 || refs.empty())
        return 0.0;
    double logSum = 0.0;
    for (int n = 1; n <= kBleuOrder; ++n) {
        int matches = 0, total = 0;
        for (const auto &[gram, count] : hyp.counts[size_t(n - 1)]) {
            total += count;
            int most = 0; // the most any one reference holds this n-gram (clipping)
            for (const BleuCounts *ref : refs) {
                const auto &table = ref->counts[size_t(n - 1)];
                const auto it = table.find(gram);
                if (it != table.end())
                    most = std::max(most, it->second);
            }
            matches += std::min(count, most);
        }
        if (n == 1 && matches == 0)
            return 0.0;
        const double numerator = matches == 0 ? kBleuEpsilon : double(matches);
        logSum += std::log(numerator / double(std::max(1, total)));
    }
    // The reference length closest to the hypothesis length; the shorter one on a tie.
    const auto gap = [c](size_t x) { return x > c ? x - c : c - x; };
    size_t r = refs.front()->length;
    for (const BleuCounts *ref : refs) {
        if (gap(ref->length) < gap(r) || (gap(ref->length) == gap(r) && ref->length < r))
            r = ref->length;
    }
    const double brevity = c < r ? std::exp(1.0 - double(r) / double(c)) : 1.0;
    return brevity * std::exp(logSum / kBleuOrder);
}

} // namespace

double sentenceBleu(const Tokens &hypothesis, const std::vector<const Tokens *> &references)
{
    std::vector<BleuCounts> refCounts;
    for (const Tokens *ref : references)
        refCounts.push_back(bleuCounts(*ref));
    std::vector<const BleuCounts *> refs;
    for (const BleuCounts &r : refCounts)
        refs.push_back(&r);
    return bleu(bleuCounts(hypothesis), refs);
}

double selfBleu(const std::vector<Tokens> &texts)
{
    if (texts.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<BleuCounts> counts;
    for (const Tokens &t : texts)
        counts.push_back(bleuCounts(t));
    double sum = 0.0;
    std::vector<const BleuCounts *> others;
    for (size_t i = 0; i < texts.size(); ++i) {
        others.clear();
        for (size_t j = 0; j < texts.size(); ++j) {
            if (j != i)
                others.push_back(&counts[j]);
        }
        sum += bleu(counts[i], others);
    }
    return sum / double(texts.size());
}

LexicalMeasures lexicalMeasures(const std::vector<Tokens> &texts)
{
    LexicalMeasures m;
    m.texts = int(texts.size());
    double ttr = 0.0;
    for (const Tokens &t : texts) {
        m.tokens += int(t.size());
        ttr += typeTokenRatio(t);
    }
    m.meanTypeTokenRatio = texts.empty() ? 0.0 : ttr / double(texts.size());
    m.distinct1 = distinctN(texts, 1);
    m.distinct2 = distinctN(texts, 2);
    m.distinct3 = distinctN(texts, 3);
    m.selfBleu = selfBleu(texts);
    return m;
}

std::vector<int> trigramBuckets(std::string_view text)
{
    std::string s = " ";
    for (char ch : text) {
        const bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'
            || ch == '\v';
        if (space) {
            if (s.back() != ' ')
                s += ' ';
        } else {
            s += lowerAscii(ch);
        }
    }
    if (s.back() != ' ')
        s += ' ';
    std::vector<int> buckets;
    for (size_t i = 0; i + 3 <= s.size(); ++i) {
        std::uint64_t h = 14695981039346656037ULL; // FNV-1a offset basis
        for (size_t k = i; k < i + 3; ++k) {
            h ^= static_cast<unsigned char>(s[k]);
            h *= 1099511628211ULL; // FNV prime
        }
        buckets.push_back(int(h % std::uint64_t(kTrigramBuckets)));
    }
    return buckets;
}

Eigen::MatrixXd trigramTfidf(const std::vector<std::string> &texts)
{
    const auto n = Eigen::Index(texts.size());
    Eigen::MatrixXd tf = Eigen::MatrixXd::Zero(n, kTrigramBuckets);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (int b : trigramBuckets(texts[size_t(i)]))
            tf(i, b) += 1.0;
    }
    for (int b = 0; b < kTrigramBuckets; ++b) {
        const double df = double((tf.col(b).array() > 0).count());
        tf.col(b) *= std::log((1.0 + double(n)) / (1.0 + df)) + 1.0;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        const double norm = tf.row(i).norm();
        if (norm > 0)
            tf.row(i) /= norm;
    }
    return tf;
}

} // namespace paperlab::papers::hivemind

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "textmeasures.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>

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

std::map<std::string, int> ngramCounts(const Tokens &tokens, int n)
{
    std::map<std::string, int> counts;
    for (size_t i = 0; i + size_t(n) <= tokens.size(); ++i)
        ++counts[ngramKey(tokens, i, n)];
    return counts;
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

double sentenceBleu(const Tokens &hypothesis, const std::vector<const Tokens *> &references)
{
    const size_t c = hypothesis.size();
    if (c == 0 || references.empty())
        return 0.0;
    double logSum = 0.0;
    for (int n = 1; n <= kBleuOrder; ++n) {
        const std::map<std::string, int> hyp = ngramCounts(hypothesis, n);
        std::map<std::string, int> maxRef; // the most any one reference holds each n-gram
        for (const Tokens *ref : references) {
            for (const auto &[gram, count] : ngramCounts(*ref, n)) {
                if (hyp.count(gram) != 0) {
                    int &m = maxRef[gram];
                    m = std::max(m, count);
                }
            }
        }
        int matches = 0, total = 0;
        for (const auto &[gram, count] : hyp) {
            total += count;
            const auto it = maxRef.find(gram);
            matches += it == maxRef.end() ? 0 : std::min(count, it->second);
        }
        if (n == 1 && matches == 0)
            return 0.0;
        const double numerator = matches == 0 ? kBleuEpsilon : double(matches);
        logSum += std::log(numerator / double(std::max(1, total)));
    }
    // The reference length closest to the hypothesis length; the shorter one on a tie.
    size_t r = references.front()->size();
    for (const Tokens *ref : references) {
        const size_t len = ref->size();
        const auto gap = [c](size_t x) { return x > c ? x - c : c - x; };
        if (gap(len) < gap(r) || (gap(len) == gap(r) && len < r))
            r = len;
    }
    const double brevity = c < r ? std::exp(1.0 - double(r) / double(c)) : 1.0;
    return brevity * std::exp(logSum / kBleuOrder);
}

double selfBleu(const std::vector<Tokens> &texts)
{
    if (texts.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    std::vector<const Tokens *> others;
    for (size_t i = 0; i < texts.size(); ++i) {
        others.clear();
        for (size_t j = 0; j < texts.size(); ++j) {
            if (j != i)
                others.push_back(&texts[j]);
        }
        sum += sentenceBleu(texts[i], others);
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

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The lexical measures and the local embedding against hand-computed values, the text-set
// parser and its errors, and the n-gram models' determinism and sanity.
#include "ngramtext.h"
#include "textmeasures.h"
#include "textset.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <set>

using namespace paperlab::papers::hivemind;

namespace {

Tokens words(const char *text)
{
    return tokenize(text);
}

} // namespace

class TestHivemindTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizer();
    void typeTokenRatioAndDistinct();
    void bleuByHand();
    void bleuBrevityPenaltyAndShortTexts();
    void selfBleuLimits();
    void trigramsAndTfidfByHand();
    void identicalTextsHaveCosineOne();
    void plainText();
    void jsonl();
    void parseErrors_data();
    void parseErrors();
    void ngramModelsAreDeterministicAndSane();
    void decodingFilters();
};

void TestHivemindTexts::tokenizer()
{
    const Tokens t = words("Don't  STOP, the caf\xc3\xa9-owner's 3 cats!' 'quoted'");
    const Tokens expected{"don't", "stop", "the", "caf\xc3\xa9", "owner's", "3", "cats", "quoted"};
    QCOMPARE(t, expected);
    QVERIFY(words("  ...  ").empty());
}

void TestHivemindTexts::typeTokenRatioAndDistinct()
{
    QCOMPARE(typeTokenRatio(words("the cat the dog")), 0.75);
    QCOMPARE(typeTokenRatio({}), 0.0);
    const std::vector<Tokens> texts{words("a b a b"), words("a b c")};
    // Unigrams: 7 in all, 3 distinct. Bigrams: ab ba ab | ab bc: 5, 3 distinct.
    // Trigrams: aba bab | abc: 3, all distinct.
    QCOMPARE(distinctN(texts, 1), 3.0 / 7.0);
    QCOMPARE(distinctN(texts, 2), 3.0 / 5.0);
    QCOMPARE(distinctN(texts, 3), 1.0);
    QCOMPARE(distinctN(texts, 4), 1.0); // abab only
    QCOMPARE(distinctN(texts, 5), 0.0);
    const LexicalMeasures m = lexicalMeasures(texts);
    QCOMPARE(m.texts, 2);
    QCOMPARE(m.tokens, 7);
    QCOMPARE(m.meanTypeTokenRatio, (0.5 + 1.0) / 2);
}

void TestHivemindTexts::bleuByHand()
{
    const Tokens hyp = words("the cat sat on the mat"), ref = words("the cat is on the mat");
    // p1 = 5/6, p2 = 3/5 (the cat, on the, the mat), p3 = 1/4 (on the mat), p4: no match,
    // smoothed to 0.1/3; equal lengths, so no brevity penalty.
    const double expected = std::pow(5.0 / 6 * 3.0 / 5 * 1.0 / 4 * 0.1 / 3, 0.25);
    QVERIFY(std::abs(sentenceBleu(hyp, {&ref}) - expected) < 1e-12);
    // Symmetric here, so Self-BLEU of the pair is the same number.
    QVERIFY(std::abs(selfBleu({hyp, ref}) - expected) < 1e-12);
    // Clipping: "the the the" against "the cat" matches "the" once: p1 = 1/3.
    const Tokens many = words("the the the"), one = words("the cat");
    const double clipped = sentenceBleu(many, {&one});
    QVERIFY(std::abs(clipped - std::pow(1.0 / 3 * 0.1 / 2 * 0.1 * 0.1, 0.25)) < 1e-12);
    // With two references an n-gram counts up to the larger count in either.
    const Tokens two = words("the the");
    const double twoRefs = std::pow(2.0 / 3 * 1.0 / 2 * 0.1 * 0.1, 0.25);
    QVERIFY(std::abs(sentenceBleu(many, {&one, &two}) - twoRefs) < 1e-12);
}

void TestHivemindTexts::bleuBrevityPenaltyAndShortTexts()
{
    const Tokens hyp = words("the cat"), ref = words("the cat sat on the mat");
    // p1 = p2 = 1; no trigrams or 4-grams: 0.1 / max(1, 0) each; BP = exp(1 − 6/2).
    const double expected = std::exp(-2.0) * std::pow(0.1 * 0.1, 0.25);
    QVERIFY(std::abs(sentenceBleu(hyp, {&ref}) - expected) < 1e-12);
    // The closest reference length (2 rather than 6) sets the penalty: none here.
    const Tokens shortRef = words("a cat");
    QVERIFY(std::abs(sentenceBleu(hyp, {&ref, &shortRef}) - std::pow(0.1 * 0.1, 0.25))
            < 1e-12);
    QCOMPARE(sentenceBleu({}, {&ref}), 0.0);
    QCOMPARE(sentenceBleu(words("dog"), {&ref}), 0.0); // no unigram in common
}

void TestHivemindTexts::selfBleuLimits()
{
    const Tokens t = words("Time is a river that carries us all downstream.");
    QCOMPARE(selfBleu({t, t, t}), 1.0);
    QCOMPARE(selfBleu({words("a b c d"), words("e f g h")}), 0.0);
    QVERIFY(std::isnan(selfBleu({t})));
    QVERIFY(std::isnan(lexicalMeasures({t}).selfBleu));
}

void TestHivemindTexts::trigramsAndTfidfByHand()
{
    // " ab " → " ab", "ab ": case and runs of whitespace do not matter.
    QCOMPARE(trigramBuckets("Ab").size(), size_t(2));
    QCOMPARE(trigramBuckets("A \t B\n"), trigramBuckets("a b"));
    QCOMPARE(trigramBuckets(" a b "), trigramBuckets("a b"));

    // "aaaa" → " aa", "aaa" (twice), "aa "; "aaab" → " aa", "aaa", "aab", "ab ".
    const std::vector<int> a = trigramBuckets("aaaa"), b = trigramBuckets("aaab");
    const int sp_aa = a[0], aaa = a[1], aa_sp = a[3], aab = b[2], ab_sp = b[3];
    QCOMPARE(a[2], aaa);
    QCOMPARE(b[0], sp_aa);
    QCOMPARE(b[1], aaa);
    QCOMPARE(std::set<int>({sp_aa, aaa, aa_sp, aab, ab_sp}).size(), size_t(5)); // no collision

    // One text: idf = ln(2/2) + 1 = 1, so the row is tf / |tf| = (1, 2, 1) / √6.
    const Eigen::MatrixXd single = trigramTfidf({"aaaa"});
    QCOMPARE(single.cols(), Eigen::Index(kTrigramBuckets));
    QVERIFY(std::abs(single(0, aaa) - 2 / std::sqrt(6.0)) < 1e-12);
    QVERIFY(std::abs(single(0, sp_aa) - 1 / std::sqrt(6.0)) < 1e-12);
    QVERIFY(std::abs(single.row(0).norm() - 1) < 1e-12);

    // Two texts: shared trigrams get idf ln(3/3) + 1 = 1, the others w = ln(3/2) + 1.
    const Eigen::MatrixXd e = trigramTfidf({"aaaa", "aaab"});
    const double w = std::log(1.5) + 1;
    QVERIFY(std::abs(e(0, aa_sp) - w / std::sqrt(5 + w * w)) < 1e-12);
    const double cosine = 3 / (std::sqrt(5 + w * w) * std::sqrt(2 + 2 * w * w));
    QVERIFY(std::abs(e.row(0).dot(e.row(1)) - cosine) < 1e-12);
}

void TestHivemindTexts::identicalTextsHaveCosineOne()
{
    const std::string text = "Time is a river, always flowing and never the same twice.";
    const Eigen::MatrixXd e = trigramTfidf({text, text, "Something else entirely."});
    QVERIFY(std::abs(e.row(0).dot(e.row(1)) - 1) < 1e-12);
    QVERIFY(e.row(0).dot(e.row(2)) < 0.5);
    QVERIFY(e.row(0).dot(e.row(2)) >= 0);
}

void TestHivemindTexts::plainText()
{
    const TextParseResult r = parseTexts("First answer,\non two lines.\n\n \nSecond one.\n\n\n"
                                         "Third.\r\n");
    QVERIFY(r.ok());
    QCOMPARE(r.data.responses.size(), size_t(3));
    QCOMPARE(r.data.responses[0].text, std::string("First answer,\non two lines."));
    QCOMPARE(r.data.responses[1].line, 5);
    QCOMPARE(r.data.responses[2].text, std::string("Third."));
    QCOMPARE(r.data.models.size(), size_t(1));
    QCOMPARE(r.data.prompts.size(), size_t(1));
}

void TestHivemindTexts::jsonl()
{
    const TextParseResult r = parseTexts(
        "{\"prompt\": \"p1\", \"model\": \"A\", \"text\": \"one\"}\n\n"
        "{\"prompt\": \"p1\", \"model\": \"A\", \"text\": \"two\"}\n"
        "{\"prompt\": \"p2\", \"model\": \"B\", \"text\": \"three\"}\n"
        "{\"prompt\": \"p2\", \"model\": \"B\", \"text\": \"four\", \"extra\": 1}\n");
    QVERIFY(r.ok());
    QCOMPARE(r.data.responses.size(), size_t(4));
    QCOMPARE(r.data.models, (std::vector<std::string>{"A", "B"}));
    QCOMPARE(r.data.prompts, (std::vector<std::string>{"p1", "p2"}));
    QCOMPARE(r.data.responses[1].line, 3);
}

void TestHivemindTexts::parseErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("{\"text\": \"fine\"}\n");
    QTest::newRow("empty") << QString() << 0 << QString();
    QTest::newRow("blank") << QStringLiteral("\n  \n") << 0 << QString();
    QTest::newRow("one response") << QStringLiteral("Only one.\n") << 0 << QString();
    QTest::newRow("bad json") << ok + QStringLiteral("{\"text\": \"x\"\n") << 2 << QString();
    QTest::newRow("not an object") << ok + QStringLiteral("{\"text\": \"x\"}\n[1]\n") << 3
                                   << QString();
    QTest::newRow("no text") << ok + QStringLiteral("{\"model\": \"A\"}\n") << 2
                             << QStringLiteral("text");
    QTest::newRow("text not a string") << ok + QStringLiteral("{\"text\": 5}\n") << 2
                                       << QStringLiteral("text");
    QTest::newRow("empty text") << ok + QStringLiteral("{\"text\": \"  \"}\n") << 2
                                << QStringLiteral("text");
    QTest::newRow("model not a string")
        << ok + QStringLiteral("{\"text\": \"x\", \"model\": null}\n") << 2
        << QStringLiteral("model");
    QTest::newRow("lonely model")
        << ok + ok + QStringLiteral("{\"text\": \"x\", \"model\": \"B\"}\n") << 0 << QString();
}

void TestHivemindTexts::parseErrors()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(QString, field);
    const QByteArray bytes = input.toUtf8();
    const TextParseResult r =
        parseTexts(std::string_view(bytes.constData(), size_t(bytes.size())));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->line, line);
    QCOMPARE(QString::fromStdString(r.error->field), field);
    QVERIFY(!r.error->message.empty());
    if (line > 0)
        QVERIFY(r.error->text().find("line " + std::to_string(line)) == 0);
}

void TestHivemindTexts::ngramModelsAreDeterministicAndSane()
{
    const std::string corpus = normalizeCorpus("# a comment line\nthe cat sat on the mat.\n"
                                               "the dog sat on the log.\n\nthe cat ran.");
    QCOMPARE(corpus, std::string("the cat sat on the mat. the dog sat on the log. the cat ran."));
    const std::vector<CharNGram> models = trainSliceModels(corpus, 3, 4, 0.6);
    QCOMPARE(models.size(), size_t(3));
    std::vector<char> chars;
    std::vector<double> probs;
    models[0].distribution("the c", chars, probs);
    QCOMPARE(chars, std::vector<char>{'a'}); // " c" is always followed by "a"
    double total = 0;
    models[1].distribution("zzz", chars, probs); // unseen: backs off to character frequencies
    QVERIFY(chars.size() > 5);
    for (double p : probs)
        total += p;
    QVERIFY(std::abs(total - 1) < 1e-12);

    for (const Decoding &d : {kTopPDecoding, kMinPDecoding}) {
        paperlab::math::Rng r1(7), r2(7);
        const std::string a = models[2].sample("the ", 60, d, r1);
        QCOMPARE(a, models[2].sample("the ", 60, d, r2));
        QCOMPARE(a.size(), size_t(60));
        for (char c : a) // only characters of the corpus
            QVERIFY(corpus.find(c) != std::string::npos);
    }
}

void TestHivemindTexts::decodingFilters()
{
    // After "a": b three times, c once. Top-p 0.5 keeps only b; min-p 0.5 (p_c = 1/4 < 3/8)
    // also keeps only b; at T = 1 without filters both appear.
    const CharNGram model("abababac", 2);
    std::vector<char> chars;
    std::vector<double> probs;
    model.distribution("a", chars, probs);
    QCOMPARE(chars, (std::vector<char>{'b', 'c'}));
    QCOMPARE(probs, (std::vector<double>{0.75, 0.25}));
    paperlab::math::Rng rng(3);
    std::set<char> seen;
    for (int i = 0; i < 200; ++i) {
        seen.insert(model.sample("a", 1, {1.0, 0.5, 0.0}, rng)[0]);
        seen.insert(model.sample("a", 1, {1.0, 1.0, 0.5}, rng)[0]);
    }
    QCOMPARE(seen, std::set<char>{'b'});
    for (int i = 0; i < 200; ++i)
        seen.insert(model.sample("a", 1, {1.0, 1.0, 0.0}, rng)[0]);
    QCOMPARE(seen, (std::set<char>{'b', 'c'}));
}

QTEST_APPLESS_MAIN(TestHivemindTexts)
#include "tst_hivemindtexts.moc"

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The pass@k calculator: evaluation-file parsing (CSV and JSONL), validation with line
// numbers, the unbiased estimator on real counts, crossovers, coverage and the exports.
#include "evaluations.h"
#include "passkcalculator.h"

#include <paperlab/math/passk.h>
#include <paperlab/math/rng.h>

#include <nlohmann/json.hpp>

#include <QObject>
#include <QTest>

#include <cmath>
#include <string>

using namespace paperlab::papers::rlvrlimits;
namespace math = paperlab::math;

namespace {

EvaluationData parseOk(const std::string &text, EvalFormat f = EvalFormat::Auto)
{
    EvalParseResult r = parseEvaluations(text, f);
    if (!r.ok())
        qWarning("unexpected parse error: %s", r.error->text().c_str());
    return r.ok() ? r.data : EvaluationData{};
}

} // namespace

class TestRlvrLimitsEvaluations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonValues();
    void jsonErrors_data();
    void jsonErrors();
    void csvWithHeader();
    void csvVariants();
    void csvPerSampleRows();
    void jsonlCountsAndLists();
    void malformedInput_data();
    void malformedInput();
    void duplicatesArePooled();
    void curvesMatchTheEstimator();
    void curvesUseSmallestN();
    void crossoverAndCoverage();
    void coverageWithK();
    void exports();
    void largeInputIsFast();
};

void TestRlvrLimitsEvaluations::jsonValues()
{
    // Escapes, duplicate keys (the last wins) and numbers as model and problem names.
    const EvaluationData d = parseOk(
        R"( {"model": "x\"\u00e9\ud83d\ude00", "problem": 7, "n": 4, "c": 1, "c": 2} )"
        "\n{\"model\": 3, \"problem\": \"p\", \"correct\": [true, 0, 1.0, false]}\n",
        EvalFormat::Jsonl);
    QCOMPARE(int(d.models.size()), 2);
    QCOMPARE(d.models[0].name, std::string("x\"\xC3\xA9\xF0\x9F\x98\x80"));
    QCOMPARE(d.models[0].problems[0].c, int64_t(2));
    QCOMPARE(d.models[1].name, std::string("3"));
    QCOMPARE(d.models[1].problems[0].n, int64_t(4));
    QCOMPARE(d.models[1].problems[0].c, int64_t(2));
}

void TestRlvrLimitsEvaluations::jsonErrors_data()
{
    // A malformed line is reported by line and column (1-based), in the parser's words.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing comma") << R"({"a": 1 "b": 2})" << 9
                                   << "expected ',' or '}' in an object";
    QTest::newRow("trailing comma") << R"({"a": 1,})" << 9 << "expected a member name";
    QTest::newRow("missing colon") << R"({"a" 1})" << 6 << "expected ':' after a member name";
    QTest::newRow("array") << R"({"a": [1 2]})" << 10 << "expected ',' or ']' in an array";
    QTest::newRow("missing value") << R"({"a": })" << 7 << "invalid value";
    QTest::newRow("bad literal") << R"({"a": tru})" << 10 << "invalid literal";
    QTest::newRow("leading zero number") << R"({"a": 01})" << 8 << "expected ',' or '}'";
    QTest::newRow("unterminated string") << R"({"a": "x)" << 9 << "missing closing quote";
    QTest::newRow("trailing text") << R"({} x)" << 4 << "invalid literal";
    QTest::newRow("trailing value") << R"({} 1)" << 4 << "unexpected text after the value";
    QTest::newRow("lone surrogate") << R"({"a": "\ud800"})" << 14 << "surrogate";
    QTest::newRow("overflow") << R"({"a": 1e999})" << 7 << "number out of range";
    QTest::newRow("cut after a value") << R"({"a": 1)" << 8 << "expected ',' or '}'";
    QTest::newRow("cut after a colon") << R"({"a":)" << 6 << "unexpected end of input";
}

void TestRlvrLimitsEvaluations::jsonErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const EvalParseResult r
        = parseEvaluations("{\"n\": 1, \"c\": 0}\n" + text.toStdString(), EvalFormat::Jsonl);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->line, 2);
    QCOMPARE(r.error->column, column);
    QVERIFY2(QString::fromStdString(r.error->message).contains(message),
             r.error->message.c_str());
    // Deep nesting is an ordinary error, not a stack overflow.
    QVERIFY(!parseEvaluations(std::string(100000, '[') + std::string(100000, ']'),
                              EvalFormat::Jsonl)
                 .ok());
}

void TestRlvrLimitsEvaluations::csvWithHeader()
{
    const EvaluationData d = parseOk("# my eval\nmodel,problem,n,c\nbase,p1,16,3\nbase,p2,16,0\n"
                                     "\n\"rl, v2\",p1,16,9\n \"rl, v2\" ,p2,16,1\n");
    QCOMPARE(d.format, EvalFormat::Csv);
    QCOMPARE(d.rows, 4);
    QCOMPARE(int(d.models.size()), 2);
    QCOMPARE(d.models[0].name, std::string("base"));
    QCOMPARE(d.models[1].name, std::string("rl, v2")); // quoted, with spaces around the quotes
    QCOMPARE(int(d.models[1].problems.size()), 2);
    QCOMPARE(d.models[1].problems[0].c, int64_t(9));
    QCOMPARE(d.problemCount(), 4);
}

void TestRlvrLimitsEvaluations::csvVariants()
{
    // Header aliases, any case, extra columns, CRLF, a BOM, tabs.
    EvaluationData d
        = parseOk("\xEF\xBB\xBFModel_Name,Question_ID,Num_Samples,Num_Correct,notes\r\n"
                  "a,1,8,2,x\r\na,2,8,8,y\r\n");
    QCOMPARE(d.models[0].name, std::string("a"));
    QCOMPARE(d.models[0].problems[1].n, int64_t(8));
    QCOMPARE(d.models[0].problems[1].c, int64_t(8));
    d = parseOk("n\tcorrect\n10\t3\n10\t4.0\n");
    QCOMPARE(d.models[0].problems[1].c, int64_t(4)); // "correct" next to n is the count
    QCOMPARE(d.models[0].problems[1].problem, std::string("#2"));
    // Headerless numeric files: n,c / problem,n,c / model,problem,n,c.
    d = parseOk("5,1\n5,2\n");
    QCOMPARE(d.models[0].name, std::string("model"));
    QCOMPARE(int(d.models[0].problems.size()), 2);
    d = parseOk("7,5,1\n8,5,2\n");
    QCOMPARE(d.models[0].problems[1].problem, std::string("8"));
    d = parseOk("1,7,5,1\n2,7,5,2\n");
    QCOMPARE(int(d.models.size()), 2);
    d = parseOk("model;problem;n;c\nm;1;3;1\n");
    QCOMPARE(d.models[0].problems[0].n, int64_t(3));
}

void TestRlvrLimitsEvaluations::csvPerSampleRows()
{
    const EvaluationData d
        = parseOk("model,problem,correct\nm,a,1\nm,a,0\nm,a,true\nm,b,False\nm,b,no\n");
    QCOMPARE(int(d.models[0].problems.size()), 2);
    QCOMPARE(d.models[0].problems[0].n, int64_t(3));
    QCOMPARE(d.models[0].problems[0].c, int64_t(2));
    QCOMPARE(d.models[0].problems[1].n, int64_t(2));
    QCOMPARE(d.models[0].problems[1].c, int64_t(0));
}

void TestRlvrLimitsEvaluations::jsonlCountsAndLists()
{
    const EvaluationData d = parseOk(
        "{\"model\": \"base\", \"problem\": 0, \"n\": 4, \"c\": 1}\n"
        "\n"
        "{\"model\": \"base\", \"problem_id\": \"q1\", \"num_samples\": 4, \"num_correct\": 0}\n"
        "{\"model\": \"rl\", \"problem\": 0, \"correct\": [true, false, 1, 0]}\n"
        "{\"model\": \"rl\", \"problem\": \"q1\", \"n\": 4, \"correct\": 3}\n");
    QCOMPARE(d.format, EvalFormat::Jsonl);
    QCOMPARE(int(d.models.size()), 2);
    QCOMPARE(d.models[0].problems[0].problem, std::string("0"));
    QCOMPARE(d.models[0].problems[1].problem, std::string("q1"));
    QCOMPARE(d.models[1].problems[0].n, int64_t(4));
    QCOMPARE(d.models[1].problems[0].c, int64_t(2));
    QCOMPARE(d.models[1].problems[1].c, int64_t(3));
    // Forcing the format.
    QVERIFY(!parseEvaluations("{\"n\": 1, \"c\": 0}", EvalFormat::Csv).ok());
    QVERIFY(parseEvaluations("{\"n\": 1, \"c\": 0}", EvalFormat::Jsonl).ok());
}

void TestRlvrLimitsEvaluations::malformedInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("c > n") << "model,problem,n,c\na,1,10,3\na,2,10,12\n"
                           << 3 << "c = 12 exceeds n = 10";
    QTest::newRow("negative c") << "n,c\n4,-1\n" << 2 << "c = -1 is negative";
    QTest::newRow("negative n") << "n,c\n-4,0\n" << 2 << "n = -4 is negative";
    QTest::newRow("n zero") << "n,c\n0,0\n" << 2 << "at least one sample";
    QTest::newRow("not a number") << "n,c\n4,abc\n" << 2 << "c = \"abc\" is not a whole number";
    QTest::newRow("fraction") << "n,c\n4,1.5\n" << 2 << "not a whole number";
    QTest::newRow("wrong field count") << "model,n,c\na,4,1\n\na,4\n"
                                       << 4 << "expected 3 fields, found 2";
    QTest::newRow("unterminated quote") << "model,n,c\n\"a,4,1\n"
                                        << 2 << "unterminated quoted field";
    QTest::newRow("no n column") << "model,problem,c\na,1,2\n" << 1 << "c column but no n";
    QTest::newRow("no count columns") << "model,problem,score_x\na,1,2\n"
                                      << 1 << "must name an n and a c";
    QTest::newRow("one column") << "# comment\n\n12\n" << 3 << "at least two columns";
    QTest::newRow("five numeric columns") << "1,2,3,4,5\n" << 1 << "add a header";
    QTest::newRow("bad verdict") << "problem,correct\n1,maybe\n" << 2 << "not 0/1 or true/false";
    QTest::newRow("header only") << "n,c\n" << 1 << "no evaluation rows";
    QTest::newRow("empty") << "\n\n" << 0 << "no evaluation rows";
    QTest::newRow("jsonl syntax") << "{\"n\": 4, \"c\": 1}\n{\"n\": 4 \"c\": 1}\n"
                                  << 2 << "expected ',' or '}'";
    QTest::newRow("jsonl c > n") << "{\"n\": 4, \"c\": 1}\n\n{\"n\": 4, \"c\": 5}\n"
                                 << 3 << "c = 5 exceeds n = 4";
    QTest::newRow("jsonl negative") << "{\"n\": 4, \"c\": -2}\n" << 1 << "c = -2 is negative";
    QTest::newRow("jsonl not integer") << "{\"n\": 4.5, \"c\": 1}\n"
                                       << 1 << "\"n\" must be a whole number";
    QTest::newRow("jsonl missing c") << "{\"n\": 4}\n" << 1 << "no \"c\"";
    QTest::newRow("jsonl array line") << "{\"n\": 4, \"c\": 1}\n[1, 2]\n"
                                      << 2 << "one JSON object per line";
    QTest::newRow("jsonl bad sample") << "{\"correct\": [1, 0.5]}\n" << 1 << "sample 2";
    QTest::newRow("pooled c > n") << "problem,n,c\n1,4,4\n1,4,5\n" << 3 << "c = 5 exceeds n = 4";
}

void TestRlvrLimitsEvaluations::malformedInput()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    const EvalParseResult r = parseEvaluations(text.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->line, line);
    const QString message = QString::fromStdString(r.error->text());
    QVERIFY2(message.contains(fragment), qPrintable(message));
    if (line > 0)
        QVERIFY2(message.startsWith(QStringLiteral("line %1").arg(line)), qPrintable(message));
}

void TestRlvrLimitsEvaluations::duplicatesArePooled()
{
    // Two runs of 8 samples on the same problem pool to n = 16 (get_pass_k_data's seed_max).
    const EvaluationData d = parseOk("model,problem,n,c\nm,1,8,2\nm,2,8,0\nm,1,8,3\n");
    QCOMPARE(d.rows, 3);
    QCOMPARE(d.pooledRows, 1);
    QCOMPARE(int(d.models[0].problems.size()), 2);
    QCOMPARE(d.models[0].problems[0].n, int64_t(16));
    QCOMPARE(d.models[0].problems[0].c, int64_t(5));
}

void TestRlvrLimitsEvaluations::curvesMatchTheEstimator()
{
    const EvaluationData d = parseOk("n,c\n20,0\n20,1\n20,7\n20,20\n20,1\n");
    const CalculatorResult r = analyseEvaluations(d, {64, 0});
    QCOMPARE(int(r.models.size()), 1);
    const ModelCurve &m = r.models[0];
    QCOMPARE(m.kMax, 20); // capped at n
    for (int k = 1; k <= 20; ++k) {
        const double expected = (math::passAtK(20, 0, k) + 2 * math::passAtK(20, 1, k)
                                 + math::passAtK(20, 7, k) + math::passAtK(20, 20, k))
            / 5.0;
        QVERIFY(std::abs(m.passAtK[size_t(k - 1)] - expected) < 1e-14);
    }
    // k = 1: the mean of c/n; k = n: the share of problems with c > 0.
    QVERIFY(std::abs(m.passAtK[0] - (0 + 1 + 7 + 20 + 1) / 100.0) < 1e-15);
    QVERIFY(std::abs(m.passAtK[19] - 0.8) < 1e-15);
    // SE across problems at k = 1 from the per-problem values {0, .05, .35, 1, .05}.
    const std::vector<double> v{0, 0.05, 0.35, 1, 0.05};
    const double mean = 0.29;
    double ss = 0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    QVERIFY(std::abs(m.se[0] - std::sqrt(ss / 4 / 5)) < 1e-14);
    QVERIFY(std::abs(m.solvedFrac - 0.8) < 1e-15);
}

void TestRlvrLimitsEvaluations::curvesUseSmallestN()
{
    const EvaluationData d = parseOk("model,problem,n,c\na,1,16,1\na,2,8,1\nb,1,32,0\n");
    const CalculatorResult r = analyseEvaluations(d, {1024, 0});
    QCOMPARE(r.models[0].kMax, 8);
    QCOMPARE(r.models[0].minN, int64_t(8));
    QCOMPARE(r.models[0].maxN, int64_t(16));
    QCOMPARE(r.models[1].kMax, 32);
    QCOMPARE(analyseEvaluations(d, {4, 0}).models[1].kMax, 4);
}

void TestRlvrLimitsEvaluations::crossoverAndCoverage()
{
    // "rl" solves problems 1-2 often; "base" solves 1-4 rarely: rl leads at k = 1, base
    // overtakes at large k. Problem 5 only rl solves.
    const std::string text
        = "model,problem,n,c\n"
          "base,1,100,10\nbase,2,100,10\nbase,3,100,5\nbase,4,100,5\nbase,5,100,0\nbase,6,100,0\n"
          "rl,1,100,90\nrl,2,100,90\nrl,3,100,0\nrl,4,100,0\nrl,5,100,1\nrl,6,100,0\n";
    const CalculatorResult r = analyseEvaluations(parseOk(text), {100, 0});
    QCOMPARE(int(r.crossovers.size()), 1);
    const Crossover &x = r.crossovers[0];
    QCOMPARE(x.higherAtOne, std::string("rl"));
    QCOMPARE(x.lowerAtOne, std::string("base"));
    QCOMPARE(x.kLimit, 100);
    // The first k where base >= rl, found by brute force over the same formula.
    int expected = 0;
    for (int k = 1; k <= 100 && expected == 0; ++k) {
        const double b = (2 * math::passAtK(100, 10, k) + 2 * math::passAtK(100, 5, k)) / 6.0;
        const double l = (2 * math::passAtK(100, 90, k) + math::passAtK(100, 1, k)) / 6.0;
        if (b >= l)
            expected = k;
    }
    QVERIFY(expected > 1);
    QCOMPARE(x.k, expected);
    QVERIFY(x.pass1Gap > 0 && x.passLimitGap < 0);
    QCOMPARE(int(r.coverage.size()), 1);
    const CoverageRow &c = r.coverage[0];
    QCOMPARE(c.common, 6);
    QCOMPARE(c.both, 2);
    QCOMPARE(c.aOnly, 2); // base only: 3, 4
    QCOMPARE(c.bOnly, 1); // rl only: 5
    QCOMPARE(c.neither, 1);
}

void TestRlvrLimitsEvaluations::coverageWithK()
{
    // With coverage k = 10: solved iff pass@10 >= 0.5.
    const std::string text = "model,problem,n,c\na,1,100,10\na,2,100,3\nb,1,100,0\nb,3,100,50\n";
    const CalculatorResult r = analyseEvaluations(parseOk(text), {100, 10});
    QVERIFY(math::passAtK(100, 10, 10) >= 0.5);
    QVERIFY(math::passAtK(100, 3, 10) < 0.5);
    const CoverageRow &c = r.coverage[0];
    QCOMPARE(c.common, 1); // only problem 1 is shared
    QCOMPARE(c.aOnly, 1);
    QCOMPARE(c.both + c.bOnly + c.neither, 0);
}

void TestRlvrLimitsEvaluations::exports()
{
    const CalculatorResult r = analyseEvaluations(
        parseOk("model,problem,n,c\na,1,4,1\na,2,4,0\n\"b,x\",1,4,4\n\"b,x\",2,4,0\n"), {3, 0});
    const std::string curves = curvesCsv(r);
    QVERIFY(curves.rfind("k,a,a SE,\"b,x\",\"b,x SE\"\n", 0) == 0);
    QVERIFY(curves.find("\n1,0.125,") != std::string::npos);
    QCOMPARE(int(std::count(curves.begin(), curves.end(), '\n')), 4); // header + k = 1..3
    const std::string cross = crossoversCsv(r);
    QVERIFY(cross.rfind("higher_at_k1,lower_at_k1,crossover_k", 0) == 0);
    QVERIFY(cross.find("\"b,x\",a,") != std::string::npos);
    const std::string cov = coverageCsv(r);
    QVERIFY(cov.find("a,\"b,x\",2,1,0,0,1") != std::string::npos);
    const auto v = nlohmann::json::parse(resultJson(r), nullptr, false);
    QVERIFY(v.is_object());
    QCOMPARE(v["models"].size(), size_t(2));
    QCOMPARE(v["models"][1]["name"].get<std::string>(), std::string("b,x"));
    QCOMPARE(v["models"][0]["pass_at_k"][0].get<double>(), 0.125);
    QCOMPARE(v["coverage"][0]["neither"].get<double>(), 1.0);
}

void TestRlvrLimitsEvaluations::largeInputIsFast()
{
    // 10,000 problems x 2 models with n = 1024: parsed and analysed (k = 1..1024). Timing is
    // the benchmark's job; here the result must be consistent.
    math::Rng rng(1);
    std::string text = "model,problem,n,c\n";
    for (int m = 0; m < 2; ++m)
        for (int j = 0; j < 10000; ++j)
            text += (m ? "rl," : "base,") + std::to_string(j) + ",1024,"
                + std::to_string(rng.below(1025)) + "\n";
    const EvalParseResult parsed = parseEvaluations(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.data.problemCount(), 20000);
    const CalculatorResult r = analyseEvaluations(parsed.data, {1024, 0});
    QCOMPARE(r.models[0].kMax, 1024);
    for (size_t k = 1; k < 1024; ++k)
        QVERIFY(r.models[0].passAtK[k] >= r.models[0].passAtK[k - 1]);
    QCOMPARE(r.coverage[0].common, 10000);
}

QTEST_APPLESS_MAIN(TestRlvrLimitsEvaluations)
#include "tst_rlvrlimitsevaluations.moc"

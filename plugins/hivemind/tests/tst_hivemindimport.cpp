// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The embeddings importer (CSV, JSON Lines, .npy + sidecar): equal data give equal metrics
// in every format and row order, every malformed case has its own error naming the line and
// the field, and the bundled demo file is exactly what the generator gives.
#include "embeddingsio.h"
#include "generator.h"
#include "metrics.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>

using namespace paperlab::papers::hivemind;

namespace {

const QString kSource = QStringLiteral(HIVEMIND_SOURCE_DIR);

// Three models (one name with a comma), two prompts, two responses each, D = 3.
const char *kCsv = "prompt,model,e0,e1,e2\n"
                   "p1,A,1,0,0\n"
                   "p1,A,0.9,0.1,0\n"
                   "p1,\"B, large\",0,1,0\n"
                   "p1,\"B, large\",0.5,0.5,0\n"
                   "p1,C,0,0,1\n"
                   "p1,C,0.2,0,1\n"
                   "p2,A,1,1,0\n"
                   "p2,A,1,1,0.1\n"
                   "p2,\"B, large\",1,0.9,0\n"
                   "p2,\"B, large\",0,1,1\n"
                   "p2,C,1,0,1\n"
                   "p2,C,0.3,0.3,0.3\n";

std::string toJsonl(const std::string &csv)
{
    const ImportResult r = parseEmbeddingsCsv(csv);
    if (!r.ok())
        qFatal("bad test CSV");
    std::string out;
    for (int i = 0; i < r.set.responses(); ++i) {
        nlohmann::json row;
        row["prompt"] = r.set.promptNames[size_t(r.set.prompt[size_t(i)])];
        row["model"] = r.set.modelNames[size_t(r.set.model[size_t(i)])];
        std::vector<double> e;
        for (int k = 0; k < r.set.dim(); ++k)
            e.push_back(double(r.set.rows(i, k)));
        row["embedding"] = e;
        out += row.dump() + "\n";
    }
    return out;
}

void compareMetrics(const MetricResult &a, const MetricResult &b, double tol)
{
    QCOMPARE(a.prompts, b.prompts);
    QCOMPARE(a.models, b.models);
    QCOMPARE(a.responses, b.responses);
    QCOMPARE(a.dim, b.dim);
    QVERIFY(std::abs(a.intraMean - b.intraMean) <= tol);
    QVERIFY(std::abs(a.interOffDiagonalMean - b.interOffDiagonalMean) <= tol);
    QVERIFY(std::abs(a.interDiagonalMean - b.interDiagonalMean) <= tol);
    QVERIFY((a.inter - b.inter).cwiseAbs().maxCoeff() <= tol);
    for (size_t t = 0; t < a.ns.size(); ++t)
        QVERIFY(std::abs(a.uniqueSourcesMean[t] - b.uniqueSourcesMean[t]) <= tol);
    for (int k = 0; k < kHistogramBins; ++k)
        QCOMPARE(a.histogramPooled[size_t(k)], b.histogramPooled[size_t(k)]);
}

MetricResult metricsOf(const ImportResult &r)
{
    if (!r.ok())
        qFatal("import failed: line %d %s: %s", r.error->line, r.error->field.c_str(),
               r.error->message.c_str());
    MetricOptions options;
    options.ns = {1, 2, 3, 5};
    return analyse(r.set, options);
}

// A version-1 .npy header for a rows x cols matrix of dtype descr; the values follow it.
void writeNpyHeader(std::ofstream &out, const std::string &descr, long long rows, long long cols)
{
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
        + std::to_string(rows) + ", " + std::to_string(cols) + "), }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    out.write("\x93NUMPY\x01\x00", 8);
    const char len[2] = {char(header.size()), 0};
    out.write(len, 2);
    out << header;
}

} // namespace

class TestHivemindImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvAndJsonlGiveIdenticalMetrics()
    {
        const ImportResult csv = parseEmbeddingsCsv(kCsv);
        const ImportResult jsonl = parseEmbeddingsJsonl(toJsonl(kCsv));
        QVERIFY(csv.ok());
        QVERIFY(jsonl.ok());
        QCOMPARE(csv.set.modelNames, (std::vector<std::string>{"A", "B, large", "C"}));
        compareMetrics(metricsOf(csv), metricsOf(jsonl), 0.0);
    }

    void rowOrderDoesNotMatter()
    {
        std::vector<std::string> lines;
        std::string text = kCsv;
        const std::string header = text.substr(0, text.find('\n') + 1);
        size_t at = header.size();
        while (at < text.size()) {
            const size_t end = text.find('\n', at);
            lines.push_back(text.substr(at, end - at + 1));
            at = end + 1;
        }
        std::reverse(lines.begin(), lines.end());
        std::rotate(lines.begin(), lines.begin() + 5, lines.end());
        std::string shuffled = header;
        for (const std::string &l : lines)
            shuffled += l;
        const ImportResult a = parseEmbeddingsCsv(kCsv);
        const ImportResult b = parseEmbeddingsCsv(shuffled);
        QCOMPARE(a.set.promptNames, b.set.promptNames);
        compareMetrics(metricsOf(a), metricsOf(b), 1e-6);
    }

    void npyFloat32AndFloat64MatchTheCsv()
    {
        QTemporaryDir dir;
        const ImportResult csv = parseEmbeddingsCsv(kCsv);
        const std::string npy = dir.filePath(QStringLiteral("e.npy")).toStdString();
        QCOMPARE(sidecarPathFor(npy), dir.filePath(QStringLiteral("e.csv")).toStdString());
        QCOMPARE(writeEmbeddingsNpy(csv.set, npy, sidecarPathFor(npy)), std::string());
        const ImportResult f32 = readEmbeddingsNpy(npy, sidecarPathFor(npy), "e.csv");
        QVERIFY2(f32.ok(), f32.ok() ? "" : f32.error->message.c_str());
        QVERIFY(f32.set.rows == csv.set.rows);
        compareMetrics(metricsOf(csv), metricsOf(f32), 0.0);

        // float64: the same numbers written by hand with a version-1 header.
        const std::string npy64 = dir.filePath(QStringLiteral("d.npy")).toStdString();
        std::ofstream out(npy64, std::ios::binary);
        writeNpyHeader(out, "<f8", 12, 3);
        for (int i = 0; i < 12; ++i) {
            for (int k = 0; k < 3; ++k) {
                const double v = double(csv.set.rows(i, k));
                out.write(reinterpret_cast<const char *>(&v), 8);
            }
        }
        out.close();
        QFile::copy(dir.filePath(QStringLiteral("e.csv")), dir.filePath(QStringLiteral("d.csv")));
        const ImportResult f64 = readEmbeddingsNpy(npy64, sidecarPathFor(npy64), "d.csv");
        QVERIFY2(f64.ok(), f64.ok() ? "" : f64.error->message.c_str());
        compareMetrics(metricsOf(csv), metricsOf(f64), 0.0);
    }

    void malformedCsvNamesTheLineAndField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("ragged dimensions")
            << "prompt,model,e0,e1\np,A,1,2\np,B,1\n" << 3 << "e1" << "ragged";
        QTest::newRow("non-numeric value")
            << "prompt,model,e0,e1\np,A,1,2\np,B,1,two\n" << 3 << "e1" << "not a finite number";
        QTest::newRow("missing column")
            << "prompt,e0,e1\np,1,2\np,1,3\n" << 1 << "model" << "missing column";
        QTest::newRow("empty file") << "\n  \n" << 0 << "" << "empty";
        QTest::newRow("one model only")
            << "prompt,model,e0\np,A,1\nq,A,2\n" << 2 << "model" << "only one model";
        QTest::newRow("no rows") << "prompt,model,e0\n" << 2 << "" << "no data rows";
        QTest::newRow("no embedding columns")
            << "prompt,model\np,A\n" << 1 << "e0" << "no embedding columns";
        QTest::newRow("unterminated quote")
            << "prompt,model,e0\np,\"A,1\np,B,2\n" << 2 << "model" << "unterminated";
    }

    void malformedCsvNamesTheLineAndField()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const ImportResult r = parseEmbeddingsCsv(text.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, line);
        QCOMPARE(QString::fromStdString(r.error->field), field);
        QVERIFY2(QString::fromStdString(r.error->message).contains(words),
                 r.error->message.c_str());
        QVERIFY(r.set.rows.size() == 0); // nothing half-loaded
    }

    void malformedJsonlNamesTheLineAndField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QString a = "{\"prompt\": \"p\", \"model\": \"A\", \"embedding\": [1, 2]}\n";
        QTest::newRow("ragged dimensions")
            << a + "{\"prompt\": \"p\", \"model\": \"B\", \"embedding\": [1]}\n" << 2
            << "embedding" << "ragged";
        QTest::newRow("non-numeric value")
            << a + "{\"prompt\": \"p\", \"model\": \"B\", \"embedding\": [1, \"x\"]}\n" << 2
            << "embedding[1]" << "not a finite number";
        QTest::newRow("missing key")
            << a + "\n{\"prompt\": \"p\", \"embedding\": [1, 2]}\n" << 3 << "model"
            << "missing key";
        QTest::newRow("not JSON") << a + "{\"prompt\": \n" << 2 << "" << "not a valid JSON";
        QTest::newRow("empty file") << "" << 0 << "" << "empty";
        QTest::newRow("one model only") << a + a << 1 << "model" << "only one model";
    }

    void malformedJsonlNamesTheLineAndField()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const ImportResult r = parseEmbeddingsJsonl(text.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, line);
        QCOMPARE(QString::fromStdString(r.error->field), field);
        QVERIFY2(QString::fromStdString(r.error->message).contains(words),
                 r.error->message.c_str());
    }

    void malformedNpyNamesTheFile()
    {
        QTemporaryDir dir;
        const ImportResult csv = parseEmbeddingsCsv(kCsv);
        const std::string npy = dir.filePath(QStringLiteral("e.npy")).toStdString();
        QCOMPARE(writeEmbeddingsNpy(csv.set, npy, sidecarPathFor(npy)), std::string());
        // A sidecar with one row too many: the sidecar and its extra line are named.
        {
            std::ofstream side(sidecarPathFor(npy), std::ios::app);
            side << "p3,A\n";
        }
        ImportResult r = readEmbeddingsNpy(npy, sidecarPathFor(npy), "e.csv");
        QVERIFY(!r.ok());
        QCOMPARE(r.error->file, std::string("e.csv"));
        QCOMPARE(r.error->line, 14);
        // A NaN in row 5 of the matrix: named as the row (0-based), nothing returned.
        EmbeddingSet withNan = csv.set;
        withNan.rows(5, 1) = std::numeric_limits<float>::quiet_NaN();
        const std::string nanNpy = dir.filePath(QStringLiteral("n.npy")).toStdString();
        QCOMPARE(writeEmbeddingsNpy(withNan, nanNpy, sidecarPathFor(nanNpy)), std::string());
        r = readEmbeddingsNpy(nanNpy, sidecarPathFor(nanNpy), "n.csv");
        QVERIFY(!r.ok());
        QCOMPARE(r.error->field, std::string("row 5"));
        // Not a .npy at all.
        const std::string bogus = dir.filePath(QStringLiteral("bogus.npy")).toStdString();
        std::ofstream(bogus) << "prompt,model\n";
        r = readEmbeddingsNpy(bogus, sidecarPathFor(npy), "e.csv");
        QVERIFY(!r.ok());
        QVERIFY(r.error->file.empty());
        QVERIFY(r.error->message.find("magic") != std::string::npos);
        // A header whose shape the file's bytes cannot hold, up to a product that overflows:
        // refused by its shape before anything is allocated (it once reserved what the header
        // claimed, which fuzzing found).
        for (const long long cols : {4LL, 1000000000000000LL, 1LL << 62}) {
            const std::string liar = dir.filePath(QStringLiteral("liar.npy")).toStdString();
            {
                std::ofstream out(liar, std::ios::binary);
                writeNpyHeader(out, "<f4", 12, cols);
                out.write("0123456789abcdef", 16); // 4 floats: less than 12 rows of anything
            }
            r = readEmbeddingsNpy(liar, sidecarPathFor(npy), "e.csv");
            QVERIFY(!r.ok());
            QCOMPARE(r.error->field, std::string("shape"));
            QVERIFY2(r.error->message.find("ends before the 12 x " + std::to_string(cols))
                         != std::string::npos,
                     r.error->message.c_str());
        }
    }

    void bundledDemoIsWhatTheGeneratorGives()
    {
        QFile f(kSource + QStringLiteral("/data/demo-embeddings.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.toStdString(), embeddingsCsv(generateSynthetic(demoConfig())));
        const ImportResult r = parseEmbeddingsCsv(bytes.toStdString());
        QVERIFY(r.ok());
        QCOMPARE(r.set.responses(), 4 * 6 * 20);
        QCOMPARE(int(r.set.modelNames.size()), 6);
    }

    void metricsJsonHasTheReadouts()
    {
        const ImportResult csv = parseEmbeddingsCsv(kCsv);
        const MetricResult m = metricsOf(csv);
        const nlohmann::json doc = nlohmann::json::parse(metricsJson(m, csv.set));
        QCOMPARE(doc["readouts"]["intra_sim_mean"].get<double>(), m.intraMean);
        QCOMPARE(doc["readouts"]["models"].get<int>(), 3);
        QCOMPARE(doc["inter_similarity"]["values"].size(), size_t(3));
        QVERIFY(doc["readouts"].contains("unique_sources_at_5"));
    }
};

QTEST_GUILESS_MAIN(TestHivemindImport)
#include "tst_hivemindimport.moc"

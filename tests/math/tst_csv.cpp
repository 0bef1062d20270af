// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The one CSV line splitter and field writer every reader and exporter of CSV goes through.
#include <paperlab/math/csv.h>

#include <QObject>
#include <QStringList>
#include <QTest>

#include <string>
#include <vector>

using namespace paperlab::math;

namespace {

QStringList toList(const std::vector<std::string> &fields)
{
    QStringList out;
    for (const std::string &f : fields)
        out << QString::fromStdString(f);
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void splits_data();
    void splits();
    void errors_data();
    void errors();
    void writesFieldsThatReadBack();
};

void TestCsv::splits_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << "a,b,c" << "," << QStringList{"a", "b", "c"};
    QTest::newRow("padding dropped") << " a ,\tb, c" << "," << QStringList{"a", "b", "c"};
    QTest::newRow("quoted comma") << R"("rl, v2",p1,16)" << ","
                                  << QStringList{"rl, v2", "p1", "16"};
    QTest::newRow("doubled quote") << R"("say ""hi""",x)" << ","
                                   << QStringList{R"(say "hi")", "x"};
    QTest::newRow("spaces around quotes") << R"( "rl, v2" ,p2)" << ","
                                          << QStringList{"rl, v2", "p2"};
    QTest::newRow("empty fields") << ",," << "," << QStringList{"", "", ""};
    QTest::newRow("empty line") << "" << "," << QStringList{""};
    QTest::newRow("semicolons") << "a;b,c" << ";" << QStringList{"a", "b,c"};
    QTest::newRow("tabs keep inner spaces") << "a b\t c" << "\t" << QStringList{"a b", "c"};
    QTest::newRow("CR inside is data") << "\"a\rb\",c" << "," << QStringList{"a\rb", "c"};
}

void TestCsv::splits()
{
    QFETCH(QString, line);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, fields);
    std::vector<std::string> out{"stale"};
    const auto error = splitCsvLine(line.toStdString(), out, delimiter.toLatin1().at(0));
    QVERIFY2(!error, error ? error->message.c_str() : "");
    QCOMPARE(toList(out), fields);
}

void TestCsv::errors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated") << R"(a,"b,c)" << 2 << "unterminated quoted field";
    QTest::newRow("text after quote") << R"(a,"b"c,d)" << 2
                                      << "unexpected text after a closing quote";
    QTest::newRow("stray quote") << R"(a,b"c,d)" << 2 << "a quote inside an unquoted field";
}

void TestCsv::errors()
{
    QFETCH(QString, line);
    QFETCH(int, field);
    QFETCH(QString, message);
    std::vector<std::string> out;
    const auto error = splitCsvLine(line.toStdString(), out);
    QVERIFY(error);
    QCOMPARE(error->field, field);
    QCOMPARE(QString::fromStdString(error->message), message);
}

void TestCsv::writesFieldsThatReadBack()
{
    const std::vector<std::string> values{"plain", "a,b", R"(say "hi")", "", " padded ",
                                          "line\nbreak"};
    QCOMPARE(csvField("plain"), std::string("plain"));
    QCOMPARE(csvField("a,b"), std::string(R"("a,b")"));
    std::string line;
    for (const std::string &v : values) {
        if (v.find('\n') != std::string::npos)
            continue; // a line splitter cannot read a field across lines
        line += (line.empty() ? "" : ",") + csvField(v);
    }
    std::vector<std::string> back;
    QVERIFY(!splitCsvLine(line, back));
    QCOMPARE(toList(back), (QStringList{"plain", "a,b", R"(say "hi")", "", " padded "}));
    QCOMPARE(csvField("line\nbreak"), std::string("\"line\nbreak\""));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Checks for the shell-script tests (tests/package, tests/sdk), which run on machines without
// python or jq:
//   testcheck paper <list.json> <id> [key=pattern]...
//       some entry of `paperlab --list-papers --json` has this id and every key matches its
//       wildcard pattern (for example state=ready "path=/usr/*")
//   testcheck png <file.png> <min-colours>
//       the image loads, is at least 100x100, and has at least this many distinct colours
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << "usage: testcheck paper <list.json> <id> [key=pattern]...\n"
             "       testcheck png <file.png> <min-colours>"
          << Qt::endl;
    return 2;
}

// Only '*' is special (any text, '/' included); everything else matches itself.
QRegularExpression globToRegex(const QString &glob)
{
    QStringList parts = glob.split(u'*');
    for (QString &p : parts)
        p = QRegularExpression::escape(p);
    return QRegularExpression(u'^' + parts.join(QStringLiteral(".*")) + u'$',
                              QRegularExpression::DotMatchesEverythingOption);
}

int checkPaper(const QStringList &args)
{
    if (args.size() < 2)
        return usage();
    QFile f(args.at(0));
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "testcheck: cannot read " << args.at(0) << Qt::endl;
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isArray()) {
        err() << "testcheck: " << args.at(0) << " is not a JSON array: " << parseError.errorString() << Qt::endl;
        return 1;
    }
    QList<QPair<QString, QRegularExpression>> wanted;
    for (const QString &kv : args.mid(2)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usage();
        wanted.append({kv.left(eq), globToRegex(kv.mid(eq + 1))});
    }
    QStringList seen;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() != args.at(1))
            continue;
        bool all = true;
        for (const auto &[key, re] : std::as_const(wanted))
            all = all && re.match(o.value(key).toString()).hasMatch();
        if (all)
            return 0;
        seen.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    err() << "testcheck: no entry with id \"" << args.at(1) << "\" matches " << args.mid(2).join(u' ')
          << "\n  entries with that id: " << (seen.isEmpty() ? QStringLiteral("none") : seen.join(u'\n'))
          << Qt::endl;
    return 1;
}

int checkPng(const QStringList &args)
{
    if (args.size() != 2)
        return usage();
    bool ok = false;
    const int minColours = args.at(1).toInt(&ok);
    if (!ok)
        return usage();
    const QImage image(args.at(0));
    if (image.isNull() || image.width() < 100 || image.height() < 100) {
        err() << "testcheck: " << args.at(0) << " is not an image of at least 100x100" << Qt::endl;
        return 1;
    }
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(line[x]);
    }
    if (colours.size() < minColours) {
        err() << "testcheck: " << args.at(0) << " has only " << colours.size() << " colours (blank?)" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << args.at(0) << ": " << image.width() << "x" << image.height() << ", "
                        << colours.size() << " colours" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    if (args.first() == QLatin1String("paper"))
        return checkPaper(args.mid(1));
    if (args.first() == QLatin1String("png"))
        return checkPng(args.mid(1));
    return usage();
}

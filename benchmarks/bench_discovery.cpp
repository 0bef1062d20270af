// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Discovery of 50 plugin files by metadata only (target: under 20 ms).
// Copies of one real plugin are used, so all but the first fail the id check; the cost
// measured is the metadata read and validation that every file gets.

#include "papers/paperregistry.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <paperlab/benchmeasure.h>

#include <algorithm>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("paperlab.papers.warning=false"));
    QTemporaryDir dir;
    const int files = 50;
    for (int i = 0; i < files; ++i) {
        const QString target = dir.filePath(QStringLiteral("paper-%1.so").arg(i, 2, 10, QLatin1Char('0')));
        if (!QFile::copy(QStringLiteral(SAMPLE_PLUGIN), target))
            qFatal("cannot copy %s", SAMPLE_PLUGIN);
    }
    std::vector<double> ms;
    for (int rep = 0; rep < 20; ++rep) {
        paperlab::PaperRegistry registry;
        QElapsedTimer t;
        t.start();
        registry.discover({dir.path()});
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (registry.papers().size() != size_t(files))
            qFatal("found %zu files, expected %d", registry.papers().size(), files);
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << "discovery of " << files << " plugins (metadata only): min "
                        << ms.front() << " ms, median " << ms[ms.size() / 2] << " ms, max "
                        << ms.back() << " ms (target < 20 ms)\n";
    paperlab::bench::reportMeasure("discovery of 50 plugins, metadata only (median)",
                                   ms[ms.size() / 2], "ms", "<= 20");
    return 0;
}

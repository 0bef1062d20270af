// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellapp.h"

#include <paperlab/paperregistry.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>

namespace paperlab::app {

void ShellOptions::addTo(QCommandLineParser &)
{
}

int runShell(QApplication &app, PaperRegistry &registry, const QCommandLineParser &)
{
    QMainWindow window;
    QString text = QStringLiteral("<h2>PaperLab</h2><ul>");
    for (const auto &spec : registry.papers())
        text += QStringLiteral("<li>%1 — %2</li>").arg(spec->id(), paperStateName(spec->state()));
    window.setCentralWidget(new QLabel(text + QStringLiteral("</ul>")));
    window.resize(800, 600);
    window.show();
    return app.exec();
}

} // namespace paperlab::app

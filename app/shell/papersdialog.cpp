// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/papersdialog.h"

#include "papers/paperregistry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace paperlab::app {

namespace {

constexpr int kOriginColumn = 3;
constexpr int kErrorColumn = 4;
constexpr int kPathColumn = 5;
constexpr int kMaxPathWidth = 320; // a long path is elided in the middle; the tooltip has it

// The registry's user search path ($XDG_DATA_HOME/paperlab/papers), for display.
QString userPluginDir()
{
    return QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                    + QStringLiteral("/paperlab/papers"));
}

QString originLabel(PaperOrigin origin)
{
    switch (origin) {
    case PaperOrigin::CommandLine: return PapersDialog::tr("Command line");
    case PaperOrigin::Environment: return QStringLiteral("PAPERLAB_PLUGIN_PATH");
    case PaperOrigin::User: return PapersDialog::tr("User");
    case PaperOrigin::Bundled: return PapersDialog::tr("Bundled");
    }
    return {};
}

QString originToolTip(PaperOrigin origin)
{
    switch (origin) {
    case PaperOrigin::CommandLine: return PapersDialog::tr("Found in a directory given with --plugin-dir");
    case PaperOrigin::Environment:
        return PapersDialog::tr("Found in a directory listed in $PAPERLAB_PLUGIN_PATH");
    case PaperOrigin::User:
        return PapersDialog::tr("Installed by you in %1").arg(userPluginDir());
    case PaperOrigin::Bundled: return PapersDialog::tr("Shipped with PaperLab");
    }
    return {};
}

} // namespace

PapersDialog::PapersDialog(PaperRegistry *registry, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Installed papers"));
    resize(1000, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paper plugins found on the search path, highest priority first. A paper is "
                                "loaded when it is first opened; failed ones show why. To add a paper "
                                "for yourself, copy its plugin into %1 and restart PaperLab.")
                                 .arg(userPluginDir()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!registry->searchProblems().isEmpty()) {
        // Places whose papers are missing from the table, and why.
        auto *problems = new QLabel(registry->searchProblems().join(u'\n'), this);
        problems->setObjectName(QStringLiteral("searchProblems"));
        problems->setWordWrap(true);
        problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(problems);
    }
    auto *table = new QTableWidget(int(registry->papers().size()), 6, this);
    table->setHorizontalHeaderLabels({tr("Id"), tr("Version"), tr("State"), tr("Origin"), tr("Error or warning"), tr("Path")});
    table->setAccessibleName(tr("Paper plugins"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    int row = 0;
    for (const auto &spec : registry->papers()) {
        const QStringList cells = {spec->id(), spec->metadata().version.toString(), paperStateName(spec->state()),
                                   originLabel(spec->origin()),
                                   spec->errorString().isEmpty() && !spec->warning().isEmpty()
                                       ? tr("Warning: %1").arg(spec->warning())
                                       : spec->errorString(),
                                   spec->filePath()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == kOriginColumn ? originToolTip(spec->origin()) : cells.at(c));
            table->setItem(row, c, item);
        }
        ++row;
    }
    // The error or warning is what a reader came for: it gets the room and wraps, and the
    // path gives way.
    table->setTextElideMode(Qt::ElideMiddle);
    table->resizeColumnsToContents();
    table->setColumnWidth(kPathColumn, std::min(table->columnWidth(kPathColumn), kMaxPathWidth));
    table->horizontalHeader()->setSectionResizeMode(kErrorColumn, QHeaderView::Stretch);
    table->resizeRowsToContents();
    // The stretched column gets its width only when the dialog is laid out: wrap again then.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            &QTableWidget::resizeRowsToContents);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/papersdialog.h"

#include <paperlab/paperregistry.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paperlab::app {

PapersDialog::PapersDialog(PaperRegistry *registry, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Installed papers"));
    resize(1000, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paper plugins found on the search path, highest priority first. A paper is "
                                "loaded when it is first opened; failed ones show why."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new QTableWidget(int(registry->papers().size()), 5, this);
    table->setHorizontalHeaderLabels({tr("Id"), tr("Version"), tr("State"), tr("Error"), tr("Path")});
    table->setAccessibleName(tr("Paper plugins"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    int row = 0;
    for (const auto &spec : registry->papers()) {
        const QStringList cells = {spec->id(), spec->metadata().version.toString(), paperStateName(spec->state()),
                                   spec->errorString(), spec->filePath()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            table->setItem(row, c, item);
        }
        ++row;
    }
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace paperlab::app {

QList<QPair<QString, QString>> ShortcutsDialog::rows(const Group &group)
{
    QList<QPair<QString, QStringList>> merged; // one row per name, its keys in order
    for (QAction *a : group.actions) {
        if (a->shortcuts().isEmpty())
            continue;
        const QString name = a->text().remove(u'&').remove(QStringLiteral("◀ "))
                                 .remove(QStringLiteral(" ▶")).trimmed();
        auto row = std::find_if(merged.begin(), merged.end(),
                                [&](const auto &r) { return r.first == name; });
        if (row == merged.end())
            row = merged.insert(merged.end(), {name, {}});
        for (const QKeySequence &k : a->shortcuts()) {
            const QString key = k.toString(QKeySequence::NativeText);
            if (!row->second.contains(key))
                row->second.append(key);
        }
    }
    QList<QPair<QString, QString>> out;
    for (const auto &[name, keys] : std::as_const(merged))
        out.append({name, keys.join(QObject::tr(" or "))});
    return out + group.extraRows;
}

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Help: the screen and its keys"));
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    auto *parts = new QLabel(
        tr("<p>The <b>home page</b> lists the papers; open one to see three tabs:</p><ul>"
           "<li><b>Explainer</b>: the paper in plain words, with links that run a "
           "preset in the simulator.</li>"
           "<li><b>Simulator</b>: the paper's experiment, run live at small scale. The "
           "charts are on the left, the parameters on the right (F9 hides them), and "
           "Play, Step, Reset, speed and seed below. Right-click a chart to export it.</li>"
           "<li><b>In one picture</b>: the paper's result in one figure.</li></ul>"
           "<p><b>Back</b> and <b>Forward</b> move between pages and tabs.</p>"),
        content);
    parts->setWordWrap(true);
    parts->setAccessibleName(tr("The parts of the screen"));
    contentLayout->addWidget(parts);
    for (const Group &group : groups) {
        const QList<QPair<QString, QString>> keyRows = rows(group);
        if (keyRows.isEmpty())
            continue;
        auto *box = new QGroupBox(group.title, content);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        for (int r = 0; r < keyRows.size(); ++r) {
            auto *what = new QLabel(keyRows.at(r).first, box);
            const QString keyText = keyRows.at(r).second;
            auto *keys = new QLabel(QStringLiteral("<b>%1</b>").arg(keyText.toHtmlEscaped()), box);
            keys->setAccessibleName(keyText);
            grid->addWidget(what, r, 0);
            grid->addWidget(keys, r, 1);
        }
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace paperlab::app

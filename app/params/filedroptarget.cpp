// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/filedroptarget.h"

#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QRegularExpression>
#include <QUrl>
#include <QWidget>

namespace paperlab::app {

FileDropTarget::FileDropTarget(QWidget *target, const ParameterSchema &schema,
                               const QString &simulatorId, Presentation presentation)
    : QObject(target)
{
    for (const ParamSpec &spec : schema.parametersFor(simulatorId)) {
        if (spec.type != ParamType::File)
            continue;
        if (presentation == Presentation::Desktop || spec.kiosk == KioskPolicy::Visible) {
            m_key = spec.id;
            m_patterns = patterns(spec.fileFilters);
        }
        break; // only the first file parameter takes drops
    }
    if (m_key.isEmpty())
        return;
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QStringList FileDropTarget::patterns(const QStringList &nameFilters)
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(([^()]*)\\)"));
    QStringList out;
    for (const QString &filter : nameFilters) {
        const QRegularExpressionMatch m = inParentheses.match(filter);
        const QString globs = m.hasMatch() ? m.captured(1) : filter;
        out += globs.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (out.contains(QStringLiteral("*")))
        return {};
    return out;
}

QString FileDropTarget::acceptedFile(const QMimeData *mime) const
{
    if (m_key.isEmpty() || !mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    if (!info.isFile() || (!m_patterns.isEmpty() && !QDir::match(m_patterns, info.fileName())))
        return {};
    return info.absoluteFilePath();
}

bool FileDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    // Accepted here, before the view's own QML items see the drag; other drags pass on.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (acceptedFile(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = acceptedFile(drop->mimeData());
        if (path.isEmpty())
            break;
        drop->acceptProposedAction();
        Q_EMIT fileDropped(m_key, path);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/papercard.h"

#include "papers/paperregistry.h"
#include "shell/qmlhost.h"
#include "shell/wrappedlabel.h"

#include <paperlab/paperplugin.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QQuickWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace paperlab::app {

PaperCard::PaperCard(PaperSpec *spec, QWidget *parent) : QFrame(parent), m_spec(spec)
{
    const PaperMetadata &m = spec->metadata();
    setObjectName(QStringLiteral("card"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(300);
    setAccessibleName(m.name.isEmpty() ? spec->id() : m.name);
    setAccessibleDescription(m.finding);
    setToolTip(m.title);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(14, 12, 14, 12);
    auto *top = new QHBoxLayout;
    auto *title = new WrappedLabel(m.name.isEmpty() ? spec->id() : m.name, this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    top->addWidget(title, 1);
    if (m.award == QLatin1String("Best Paper") || m.award == QLatin1String("Best Paper Runner-Up")) {
        const bool best = m.award == QLatin1String("Best Paper");
        auto *badge = new QLabel(best ? tr("Best Paper") : tr("Runner-Up"), this);
        badge->setObjectName(best ? QStringLiteral("badgeBest") : QStringLiteral("badgeRunnerUp"));
        top->addWidget(badge, 0, Qt::AlignTop);
    }
    m_layout->addLayout(top);
    auto *finding = new WrappedLabel(m.finding, this);
    finding->setObjectName(QStringLiteral("muted"));
    m_layout->addWidget(finding);
    m_matchNote = new WrappedLabel({}, this);
    m_matchNote->setObjectName(QStringLiteral("muted"));
    m_matchNote->hide();
    m_layout->addWidget(m_matchNote);
    m_placeholder = new QLabel(tr("Loading…"), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    // A fixed height, the same for the placeholder and the thumbnail that replaces it: a card's
    // size then does not change when its thumbnail loads, so loading one does not resize (and
    // make redraw) the thumbnails already shown. In lines, to grow with the theme's font.
    m_placeholder->setFixedHeight(thumbnailHeight());
    m_placeholder->setObjectName(QStringLiteral("muted"));
    m_layout->addStretch(1); // a row's taller text pushes the thumbnails of its cards level
    m_layout->addWidget(m_placeholder);
    if (spec->state() == PaperState::Failed || spec->state() == PaperState::Disabled)
        refresh(nullptr);
}

void PaperCard::refresh(QmlHost *qml)
{
    if (m_thumbnail || m_error)
        return;
    if (m_spec->state() == PaperState::Ready && qml) {
        auto *view = qml->createView(m_spec->plugin()->summaryViewUrl(),
                                     {{QStringLiteral("theme"), qml->theme()}, {QStringLiteral("compact"), true}}, *this);
        view->setFixedHeight(thumbnailHeight());
        view->setFocusPolicy(Qt::NoFocus);
        view->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks open the paper
        m_thumbnail = view;
        // replaceWidget hands back the placeholder's layout item, which the caller owns.
        delete m_layout->replaceWidget(m_placeholder, view);
        m_placeholder->deleteLater();
        m_placeholder = nullptr;
    } else if (m_spec->state() == PaperState::Failed || m_spec->state() == PaperState::Disabled) {
        setObjectName(QStringLiteral("failedCard"));
        style()->unpolish(this);
        style()->polish(this);
        m_error = new WrappedLabel(
            tr("This paper could not be loaded:\n%1").arg(m_spec->errorString()), this);
        m_error->setObjectName(QStringLiteral("error"));
        m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (m_placeholder) {
            delete m_layout->replaceWidget(m_placeholder, m_error);
            m_placeholder->hide(); // out of the layout, but shown until deleted otherwise
            m_placeholder->deleteLater();
            m_placeholder = nullptr;
        } else {
            m_layout->addWidget(m_error);
        }
        setAccessibleDescription(m_error->text());
        setCursor(Qt::ArrowCursor);
    }
}

int PaperCard::thumbnailHeight() const
{
    return std::max(170, 15 * fontMetrics().lineSpacing());
}

void PaperCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) { // a theme with larger type: a taller thumbnail
        for (QWidget *thumbnail : {static_cast<QWidget *>(m_placeholder), m_thumbnail}) {
            if (thumbnail)
                thumbnail->setFixedHeight(thumbnailHeight());
        }
    }
}

void PaperCard::setMatchNote(const QString &note)
{
    m_matchNote->setText(note);
    m_matchNote->setVisible(!note.isEmpty());
}

QString PaperCard::matchNote() const
{
    return m_matchNote->text();
}

void PaperCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_spec->state() == PaperState::Ready)
        Q_EMIT activated();
    QFrame::mouseReleaseEvent(event);
}

void PaperCard::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && m_spec->state() == PaperState::Ready) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace paperlab::app

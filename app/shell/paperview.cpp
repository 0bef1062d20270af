// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/paperview.h"
#include "shell/elidedlabel.h"

#include "papers/paperregistry.h"
#include "shell/qmlhost.h"
#include "session/simulationsession.h"
#include "shell/simulatorpane.h"

#include <paperlab/logging.h>
#include <paperlab/paperplugin.h>

#include <chartitem.h>

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace paperlab::app {

namespace {

QString awardText(const QString &award)
{
    return award == QLatin1String("Best Paper Runner-Up") ? QObject::tr("Best Paper Runner-Up")
                                                           : QObject::tr("Best Paper");
}

} // namespace

QString relatedPapersText(const QStringList &related, const QMap<QString, QString> &installedNames)
{
    QStringList parts;
    for (const QString &id : related) {
        // Only an installed paper can open; another is named as plain text.
        parts.append(installedNames.contains(id)
                         ? QStringLiteral("<a href=\"paper:%1\">%2</a>")
                               .arg(id, installedNames.value(id).toHtmlEscaped())
                         : PaperView::tr("%1 (not installed)").arg(id.toHtmlEscaped()));
    }
    return PaperView::tr("Related: %1").arg(parts.join(QStringLiteral(" · ")));
}

PaperView::PaperView(PaperSpec *spec, QmlHost *qml, double readingPosition,
                     const QMap<QString, QString> &paperNames, QWidget *parent,
                     Presentation presentation)
    : QWidget(parent), m_spec(spec), m_qml(qml), m_presentation(presentation),
      m_readingPosition(readingPosition)
{
    const bool kiosk = presentation == Presentation::Kiosk;
    const PaperMetadata &m = spec->metadata();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(m.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setWordWrap(true);
    title->setAccessibleName(tr("Paper title"));
    titleRow->addWidget(title, 1);
    // On the Simulator tab the title takes one line, elided (whole in its tooltip): a long
    // title wraps to two lines in the projector theme, and at 720 lines the charts need them.
    m_oneLineTitle = new ElidedLabel(this);
    m_oneLineTitle->setText(m.title);
    m_oneLineTitle->setFont(titleFont);
    m_oneLineTitle->setAccessibleName(tr("Paper title"));
    m_oneLineTitle->setVisible(false);
    titleRow->addWidget(m_oneLineTitle, 1);
    m_title = title;
    if (m.award != QLatin1String("None")) {
        auto *badge = new QLabel(awardText(m.award), this);
        badge->setObjectName(m.award == QLatin1String("Best Paper") ? QStringLiteral("badgeBest")
                                                                    : QStringLiteral("badgeRunnerUp"));
        badge->setAccessibleName(tr("Award: %1").arg(badge->text()));
        titleRow->addWidget(badge, 0, Qt::AlignTop);
    }
    layout->addLayout(titleRow);

    QString byline = m.authors.join(QStringLiteral(", "));
    if (m.award == QLatin1String("None"))
        byline += QStringLiteral(" · %1 · %2").arg(m.year).arg(m.track);
    else
        byline += QStringLiteral(" · NeurIPS %1 · %2 track").arg(m.year).arg(m.track);
    if (!m.arxiv.isEmpty())
        byline += QStringLiteral(" · arXiv %1").arg(m.arxiv);
    // The byline and the links; hidden on the Simulator tab, whose charts need the height
    // on a 720-line projector.
    m_details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *authors = new QLabel(byline, this);
    authors->setObjectName(QStringLiteral("muted"));
    authors->setWordWrap(true);
    authors->setTextInteractionFlags(kiosk ? Qt::NoTextInteraction : Qt::TextSelectableByMouse);
    detailsLayout->addWidget(authors);

    auto *links = new QHBoxLayout;
    const QList<QPair<QString, QString>> urls = {{tr("Paper"), m.paperUrl}, {tr("Code"), m.codeUrl},
                                                 {tr("Data"), m.dataUrl}, {tr("Project page"), m.projectUrl}};
    for (const auto &[label, url] : urls) {
        if (url.isEmpty() || kiosk) // nothing in the kiosk may open a browser over it
            continue;
        auto *b = new QPushButton(label + QStringLiteral(" ↗"), this);
        b->setToolTip(url);
        b->setAccessibleName(tr("Open the %1 in the browser").arg(label.toLower()));
        b->setAccessibleDescription(url);
        connect(b, &QPushButton::clicked, this, [url = url] { QDesktopServices::openUrl(QUrl(url)); });
        links->addWidget(b);
    }
    if (!m.related.isEmpty() && !kiosk) {
        auto *rel = new QLabel(relatedPapersText(m.related, paperNames), this);
        rel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        rel->setAccessibleName(tr("Related papers"));
        connect(rel, &QLabel::linkActivated, this,
                [this](const QString &link) { Q_EMIT paperLinkActivated(link.mid(6)); });
        links->addSpacing(16);
        links->addWidget(rel);
    }
    links->addStretch();
    detailsLayout->addLayout(links);
    layout->addWidget(m_details);

    // A tab bar over a stack, not a QTabWidget: a hidden QTabWidget lays out its pages only
    // once shown, after they have had their first resize at a stale size, so the Qt Quick
    // view of the tab a paper opens on set up its graphics and drew at that size (631x500 in
    // a 1280x720 window), then again at the real one (891x528). Layouts give the pages their
    // size before they are shown, and the view draws once.
    m_tabBar = new QTabBar(this);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setExpanding(false);
    m_tabBar->setAccessibleName(tr("Paper sections"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("paperSections"));
    for (const QString &name : {tr("&Explainer"), tr("Si&mulator"), tr("In &one picture")}) {
        auto *holder = new QWidget(m_pages);
        holder->setLayout(new QVBoxLayout);
        holder->layout()->setContentsMargins(0, 0, 0, 0);
        m_tabBar->addTab(name);
        m_pages->addWidget(holder);
    }
    auto *sections = new QVBoxLayout;
    sections->setSpacing(0); // the bar sits on the pages' top line, as a tab widget's does
    sections->addWidget(m_tabBar);
    sections->addWidget(m_pages, 1);
    layout->addLayout(sections, 1);
    m_tabBar->setVisible(!kiosk);
    connect(m_tabBar, &QTabBar::currentChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i);
        ensureTab(i);
        m_details->setVisible(i != 1);
        m_title->setVisible(i != 1);
        m_oneLineTitle->setVisible(i == 1);
        Q_EMIT tabChanged();
    });
    // No tab is built yet: the caller's first setCurrentTab() builds the one it shows, so that
    // opening a paper on its Simulator tab does not first lay out the whole explainer.
}

void PaperView::ensureTab(int index)
{
    QWidget *holder = m_pages->widget(index);
    PaperPlugin *plugin = m_spec->plugin();
    if (index == 0 && !m_explainer) {
        QVariantMap properties = {{QStringLiteral("source"), plugin->explainerUrl()},
                                  {QStringLiteral("paperId"), m_spec->id()},
                                  {QStringLiteral("theme"), m_qml->theme()},
                                  {QStringLiteral("initialContentY"), m_readingPosition}};
        if (m_presentation == Presentation::Kiosk)
            properties.insert(QStringLiteral("tocAllowed"), false);
        m_explainer = m_qml->createView(QUrl(QStringLiteral("qrc:/shell/ExplainerPage.qml")),
                                        properties, *holder);
        m_explainer->setAccessibleName(tr("Explainer"));
        charts::ChartItem::setExportName(m_explainer->quickWindow(), m_spec->id());
        m_explainer->setFocusPolicy(Qt::StrongFocus);
        holder->layout()->addWidget(m_explainer);
        if (QQuickItem *root = m_explainer->rootObject()) {
            if (root->metaObject()->indexOfSignal("paperLinkActivated(QString,QString)") >= 0)
                connect(root, SIGNAL(paperLinkActivated(QString,QString)), this, SLOT(onExplainerLink(QString,QString)));
            if (root->metaObject()->indexOfSignal("presetLinkActivated(QString)") >= 0)
                connect(root, SIGNAL(presetLinkActivated(QString)), this, SLOT(openPreset(QString)));
        }
    } else if (index == 1 && !m_simulator) {
        Q_EMIT simulatorAboutToBeCreated();
        m_simulator = new SimulatorPane(m_spec, m_qml, holder, m_presentation);
        holder->layout()->addWidget(m_simulator);
        Q_EMIT simulatorCreated();
    } else if (index == 2 && !m_summary) {
        m_summary = m_qml->createView(plugin->summaryViewUrl(),
                                      {{QStringLiteral("theme"), m_qml->theme()}, {QStringLiteral("compact"), false}},
                                      *holder);
        m_summary->setAccessibleName(tr("%1 in one picture").arg(m_spec->metadata().name));
        charts::ChartItem::setExportName(m_summary->quickWindow(), m_spec->id() + QStringLiteral("-summary"));
        holder->layout()->addWidget(m_summary);
    }
}

void PaperView::openPreset(const QString &presetId)
{
    setCurrentTab(Tab::Simulator);
    if (!simulatorPane()->session()->applyPreset(presetId))
        qCWarning(lcQml).noquote() << QStringLiteral("%1: the explainer links to an unknown preset \"%2\"")
                                          .arg(m_spec->id(), presetId);
}

void PaperView::onExplainerLink(const QString &paperId, const QString &)
{
    Q_EMIT paperLinkActivated(paperId);
}

PaperView::Tab PaperView::currentTab() const
{
    return Tab(m_tabBar->currentIndex());
}

void PaperView::setCurrentTab(Tab tab)
{
    m_tabBar->setCurrentIndex(int(tab));
    ensureTab(int(tab));
}

SimulatorPane *PaperView::simulatorPane()
{
    ensureTab(1);
    return m_simulator;
}

double PaperView::readingPosition() const
{
    if (m_explainer && m_explainer->rootObject()) {
        const QVariant y = m_explainer->rootObject()->property("contentY");
        if (y.isValid())
            return y.toDouble();
    }
    return m_readingPosition;
}

bool PaperView::showSection(const QString &anchor)
{
    setCurrentTab(Tab::Explainer);
    QQuickItem *root = m_explainer ? m_explainer->rootObject() : nullptr;
    QVariant found = false;
    if (root && anchor.isEmpty()) {
        root->setProperty("contentY", 0.0);
        found = true;
    } else if (root) {
        QMetaObject::invokeMethod(root, "showSection", Q_RETURN_ARG(QVariant, found),
                                  Q_ARG(QVariant, anchor));
    }
    return found.toBool();
}

QString PaperView::currentSection() const
{
    QQuickItem *root = m_explainer ? m_explainer->rootObject() : nullptr;
    return root ? root->property("currentAnchor").toString() : QString();
}

QString PaperView::tabName(Tab tab)
{
    switch (tab) {
    case Tab::Explainer: return QStringLiteral("explainer");
    case Tab::Simulator: return QStringLiteral("simulator");
    case Tab::Summary: return QStringLiteral("summary");
    }
    return {};
}

std::optional<PaperView::Tab> PaperView::tabFromName(const QString &name)
{
    for (Tab t : {Tab::Explainer, Tab::Simulator, Tab::Summary}) {
        if (tabName(t) == name)
            return t;
    }
    return std::nullopt;
}

} // namespace paperlab::app

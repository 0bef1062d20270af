// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <QMap>
#include <QVariantMap>

#include <optional>
#include <QWidget>

class QLabel;
class QQuickWidget;
class QStackedWidget;
class QTabBar;

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

class QmlHost;
class SimulatorPane;

/// The header's "Related" line: a link for each related paper that is installed (its id is a
/// key of `installedNames`, the value its name), plain "id (not installed)" for another.
QString relatedPapersText(const QStringList &related, const QMap<QString, QString> &installedNames);

/// One paper: a header (title, authors, award, links) and the tabs Explainer, Simulator and
/// In one picture. Views are created when their tab is first shown. In the kiosk the header
/// has no links and the tab bar is hidden: the kiosk's playlist picks the tab.
class PaperView : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Explainer, Simulator, Summary };

    /// `paperNames` maps ids to short titles, for the related-paper links. Its tabs are built
    /// when first shown: call setCurrentTab() (or showSection()) once it is connected.
    PaperView(PaperSpec *spec, QmlHost *qml, double readingPosition,
              const QMap<QString, QString> &paperNames, QWidget *parent = nullptr,
              Presentation presentation = Presentation::Desktop);

    PaperSpec *spec() const { return m_spec; }
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    SimulatorPane *simulatorPane(); ///< creates it on first use
    SimulatorPane *simulatorPaneIfCreated() const { return m_simulator; }
    double readingPosition() const;
    /// Shows the Explainer tab scrolled to a section (a heading anchor; empty: the top);
    /// false if the explainer has no such section.
    bool showSection(const QString &anchor);
    /// The anchor of the explainer section being read (the heading at the top), or empty.
    QString currentSection() const;

    static QString tabName(Tab tab);
    static std::optional<Tab> tabFromName(const QString &name);

Q_SIGNALS:
    void paperLinkActivated(const QString &paperId);
    void tabChanged();
    /// The Simulator tab is about to create the paper's simulator: new plugin code runs.
    void simulatorAboutToBeCreated();
    /// The Simulator tab's pane and session exist now (simulatorPaneIfCreated()).
    void simulatorCreated();

private Q_SLOTS:
    void onExplainerLink(const QString &paperId, const QString &anchor);
    /// An explainer's "Try it" link: the Simulator tab, running that preset.
    void openPreset(const QString &presetId);

private:
    void ensureTab(int index);

    PaperSpec *m_spec;
    QmlHost *m_qml;
    Presentation m_presentation;
    double m_readingPosition;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_oneLineTitle = nullptr;
    QTabBar *m_tabBar;
    QStackedWidget *m_pages;
    QQuickWidget *m_explainer = nullptr;
    SimulatorPane *m_simulator = nullptr;
    QQuickWidget *m_summary = nullptr;
};

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QVariantMap>

#include <optional>
#include <QWidget>

class QQuickWidget;
class QTabWidget;

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

class QmlHost;
class SimulatorPane;

/// One paper: a header (title, authors, award, links) and the tabs Explainer, Simulator and
/// In one picture. Views are created when their tab is first shown.
class PaperView : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Explainer, Simulator, Summary };

    /// `paperNames` maps ids to short titles, for the related-paper links.
    PaperView(PaperSpec *spec, QmlHost *qml, double readingPosition,
              const QMap<QString, QString> &paperNames, QWidget *parent = nullptr);

    PaperSpec *spec() const { return m_spec; }
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    SimulatorPane *simulatorPane(); ///< creates it on first use
    double readingPosition() const;

    static QString tabName(Tab tab);
    static std::optional<Tab> tabFromName(const QString &name);

Q_SIGNALS:
    void paperLinkActivated(const QString &paperId);
    void tabChanged();

private Q_SLOTS:
    void onExplainerLink(const QString &paperId, const QString &anchor);

private:
    void ensureTab(int index);

    PaperSpec *m_spec;
    QmlHost *m_qml;
    double m_readingPosition;
    QTabWidget *m_tabs;
    QQuickWidget *m_explainer = nullptr;
    SimulatorPane *m_simulator = nullptr;
    QQuickWidget *m_summary = nullptr;
};

} // namespace paperlab::app

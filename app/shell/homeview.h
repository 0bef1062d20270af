// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QLineEdit;
class QLabel;

namespace paperlab {
class PaperRegistry;
}

namespace paperlab::app {

class PaperCard;
class PaperLoader;
class QmlHost;

/// The home page: quick-start tracks, a search box, and a card for every discovered paper.
/// Cards are built from metadata at once; plugins then load one per idle moment so each card
/// can show its live "in one picture" thumbnail, or its error. A notice above the cards names
/// the papers the crash guard disabled at this start. Example plugins (no award) have their own
/// row below the papers.
class HomeView : public QWidget
{
    Q_OBJECT
public:
    HomeView(PaperLoader *loader, QmlHost *qml, QWidget *parent = nullptr);

    void focusSearch();
    void setSearchText(const QString &text);
    /// Loads every remaining plugin now (for screenshots and tests).
    void loadAllThumbnails();
    int visibleCardCount() const;
    /// Why papers may be missing (disabled by the crash guard at this start, a paper directory
    /// that cannot be read), one line each; empty when nothing is missing.
    QString notice() const;

Q_SIGNALS:
    void paperActivated(const QString &id);
    /// Every card's plugin has been loaded and its thumbnail (or error) put in place.
    void thumbnailsLoaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadNext();
    void applyFilter();
    /// Adds the explainer text of every loaded paper to the search, once: read when the
    /// user first searches, not while the thumbnails are still being drawn.
    void indexExplainers();
    void relayoutCards();

    PaperLoader *m_loader;
    QmlHost *m_qml;
    QLabel *m_notice = nullptr;
    QLineEdit *m_search;
    QLabel *m_noMatches;
    QGridLayout *m_grid;
    QLabel *m_examplesHeading;
    QGridLayout *m_exampleGrid;
    QList<PaperCard *> m_cards;
    /// Where a search can match (a place such as "title", its lower-case text).
    struct SearchField {
        QString place;
        QString text;
    };
    QHash<QString, QList<SearchField>> m_searchFields; ///< by paper id
    QSet<QString> m_explainersIndexed; ///< papers whose explainer text is in m_searchFields
    int m_columns = 0;
    QWidget *m_awaitingFirstFrame = nullptr; ///< the window whose first paint starts loading
    bool m_loadingStarted = false;
};

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/homeview.h"

#include "explainer/explainerdocument.h"
#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "shell/papercard.h"
#include "shell/qmlhost.h"
#include "shell/wrappedlabel.h"

#include <paperlab/paperplugin.h>

#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace paperlab::app {

namespace {

// The explainer as a reader sees it: no TeX, no code, no Markdown syntax.
QString explainerText(PaperPlugin *plugin)
{
    const QUrl url = plugin->explainerUrl();
    QFile f(url.scheme() == QLatin1String("qrc") ? u':' + url.path() : url.toLocalFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ExplainerDocument doc;
    doc.setMarkdown(QString::fromUtf8(f.readAll()), url);
    return doc.plainText();
}

// A plugin with no award is an example for plugin authors (the SDK template), not a paper.
bool isExample(const PaperSpec *spec)
{
    return spec->metadata().award == QLatin1String("None");
}

} // namespace

HomeView::HomeView(PaperLoader *loader, QmlHost *qml, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_qml(qml)
{
    const PaperRegistry *registry = loader->registry();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(28, 20, 28, 28);
    layout->setSpacing(14);

    auto *heading =
        new WrappedLabel(tr("The NeurIPS 2025 award papers, explained and simulated"), page);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.7);
    hf.setWeight(QFont::DemiBold);
    heading->setFont(hf);
    layout->addWidget(heading);
    auto *sub = new WrappedLabel(tr("Each paper has an explainer that follows the paper, and simulators that run real, "
                              "small-scale versions of its experiments on this computer."), page);
    sub->setObjectName(QStringLiteral("muted"));
    layout->addWidget(sub);

    // Quick-start tracks.
    QFile tracksFile(QStringLiteral(":/tracks.json"));
    const QJsonArray tracks = tracksFile.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(tracksFile.readAll())[QStringLiteral("tracks")].toArray()
                                  : QJsonArray();
    auto *trackRow = new QHBoxLayout;
    trackRow->setSpacing(14);
    for (const QJsonValue &t : tracks) {
        auto *box = new QFrame(page);
        box->setObjectName(QStringLiteral("card"));
        auto *bl = new QVBoxLayout(box);
        bl->setContentsMargins(14, 12, 14, 12);
        auto *label = new QLabel(tr("Quick start: %1").arg(t[QStringLiteral("label")].toString()), box);
        QFont lf = label->font();
        lf.setWeight(QFont::DemiBold);
        lf.setPointSizeF(lf.pointSizeF() * 1.15);
        label->setFont(lf);
        bl->addWidget(label);
        int n = 0;
        for (const QJsonValue &step : t[QStringLiteral("steps")].toArray()) {
            const QString id = step[QStringLiteral("paper")].toString();
            const PaperSpec *spec = registry->find(id);
            if (!spec)
                continue;
            auto *item = new WrappedLabel(QStringLiteral("%1. <a href=\"paper:%2\"><b>%3</b></a> — %4")
                                        .arg(++n)
                                        .arg(id, spec->metadata().name.toHtmlEscaped(),
                                             step[QStringLiteral("why")].toString().toHtmlEscaped()),
                                    box);
            item->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            item->setAccessibleName(spec->metadata().name);
            connect(item, &QLabel::linkActivated, this,
                    [this](const QString &link) { Q_EMIT paperActivated(link.mid(6)); });
            bl->addWidget(item);
        }
        if (n == 0) {
            delete box;
            continue;
        }
        bl->addStretch();
        trackRow->addWidget(box, 1);
    }
    layout->addLayout(trackRow);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search titles, authors, tags and explainer text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search papers"));
    m_search->setAccessibleDescription(tr("Filters the cards by title, authors, tags and explainer text"));
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    connect(m_search, &QLineEdit::textChanged, this, &HomeView::applyFilter);

    // What keeps a paper off this page, said where it would be: a paper disabled by the crash
    // guard, a paper directory that cannot be read.
    QStringList notices;
    if (!loader->crashedPapers().isEmpty()) {
        QStringList names;
        for (const QString &id : loader->crashedPapers()) {
            const PaperSpec *spec = registry->find(id);
            const QString name = spec ? spec->metadata().name : QString();
            names.append(name.isEmpty() || name == id ? id
                                                      : QStringLiteral("%1 (%2)").arg(name, id));
        }
        notices.append(tr("Disabled, because it crashed PaperLab while loading at an earlier "
                          "start: %1. A paper stays disabled until its plugin file changes.")
                           .arg(names.join(QStringLiteral(", "))));
    }
    for (const QString &problem : registry->searchProblems())
        notices.append(tr("%1. Papers ▸ Installed papers… lists the papers found.")
                           .arg(problem));
    if (!notices.isEmpty()) {
        m_notice = new WrappedLabel(notices.join(u'\n'), page);
        m_notice->setObjectName(QStringLiteral("error"));
        m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_notice);
    }

    m_noMatches = new QLabel(tr("No paper matches this search."), page);
    m_noMatches->setObjectName(QStringLiteral("muted"));
    m_noMatches->hide();
    layout->addWidget(m_noMatches);
    m_grid = new QGridLayout;
    m_grid->setSpacing(14);
    layout->addLayout(m_grid);
    m_examplesHeading = new QLabel(tr("Examples for plugin authors (not award papers)"), page);
    m_examplesHeading->setObjectName(QStringLiteral("examplesHeading"));
    QFont ef = m_examplesHeading->font();
    ef.setWeight(QFont::DemiBold);
    ef.setPointSizeF(ef.pointSizeF() * 1.15);
    m_examplesHeading->setFont(ef);
    m_examplesHeading->setToolTip(tr("Small complete plugins to copy when writing a new paper"));
    layout->addWidget(m_examplesHeading);
    m_exampleGrid = new QGridLayout;
    m_exampleGrid->setSpacing(14);
    layout->addLayout(m_exampleGrid);
    layout->addStretch(1); // spare height below the cards, never inside the boxes above

    for (const auto &spec : registry->papers()) {
        if (spec->state() == PaperState::Failed && spec->error().reason == ErrorReason::DuplicateId)
            continue; // shadowed copies belong in the Papers dialog, not on the home page
        auto *card = new PaperCard(spec.get(), page);
        connect(card, &PaperCard::activated, this, [this, card] { Q_EMIT paperActivated(card->spec()->id()); });
        const PaperMetadata &m = spec->metadata();
        const auto field = [](const QString &place, const QStringList &texts) {
            return SearchField{place, texts.join(u' ').toLower()};
        };
        m_searchFields.insert(spec->id(),
                              {field(tr("title"), {m.name, m.title, spec->id()}),
                               field(tr("authors"), m.authors), field(tr("tags"), m.tags),
                               field(tr("summary"), {m.finding})});
        m_cards.append(card);
    }
    relayoutCards();
}

void HomeView::loadNext()
{
    // Plugins load in slices of a few frames' work, so the window stays responsive while the
    // thumbnails appear, yet is not drawn again after every one: under software OpenGL each
    // such redraw of the window took about 60 ms, more than loading a plugin and its view.
    constexpr qint64 kSliceMs = 50;
    QElapsedTimer slice;
    slice.start();
    bool loadedAny = false;
    for (PaperCard *card : std::as_const(m_cards)) {
        PaperSpec *spec = card->spec();
        if (spec->state() != PaperState::Discovered)
            continue;
        if (loadedAny && slice.elapsed() >= kSliceMs) {
            applyFilter();
            QTimer::singleShot(0, this, &HomeView::loadNext);
            return;
        }
        m_loader->load(spec);
        card->refresh(m_qml);
        loadedAny = true;
    }
    applyFilter();
    for (PaperCard *card : std::as_const(m_cards))
        card->refresh(m_qml);
    Q_EMIT thumbnailsLoaded();
}

void HomeView::loadAllThumbnails()
{
    m_loadingStarted = true;
    while (true) {
        bool any = false;
        for (PaperCard *card : std::as_const(m_cards))
            any = any || card->spec()->state() == PaperState::Discovered;
        if (!any)
            break;
        loadNext();
    }
    for (PaperCard *card : std::as_const(m_cards))
        card->refresh(m_qml);
    Q_EMIT thumbnailsLoaded();
}

void HomeView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HomeView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString HomeView::notice() const
{
    return m_notice ? m_notice->text() : QString();
}

int HomeView::visibleCardCount() const
{
    int n = 0;
    for (PaperCard *card : m_cards)
        n += card->isVisibleTo(const_cast<HomeView *>(this)) ? 1 : 0;
    return n;
}

void HomeView::applyFilter()
{
    const QStringList words = m_search->text().toLower().split(QRegularExpression(QStringLiteral("\\s+")),
                                                               Qt::SkipEmptyParts);
    if (!words.isEmpty())
        indexExplainers();
    int shown = 0;
    for (PaperCard *card : std::as_const(m_cards)) {
        const QList<SearchField> &fields = m_searchFields[card->spec()->id()];
        QStringList places;
        bool match = true;
        for (const QString &w : words) {
            bool found = false;
            for (const SearchField &f : fields) {
                if (!f.text.contains(w))
                    continue;
                found = true;
                if (!places.contains(f.place))
                    places.append(f.place);
            }
            match = match && found;
        }
        card->setVisible(match);
        card->setMatchNote(match && !words.isEmpty()
                               ? tr("Found in: %1").arg(places.join(QStringLiteral(", ")))
                               : QString());
        shown += match ? 1 : 0;
    }
    m_noMatches->setVisible(shown == 0 && !m_cards.isEmpty());
    m_columns = 0; // force a relayout: hidden cards leave no holes
    relayoutCards();
}

void HomeView::indexExplainers()
{
    for (PaperCard *card : std::as_const(m_cards)) {
        const PaperSpec *spec = card->spec();
        if (spec->state() != PaperState::Ready || m_explainersIndexed.contains(spec->id()))
            continue;
        m_explainersIndexed.insert(spec->id());
        m_searchFields[spec->id()].append(
            {tr("explainer"), explainerText(spec->plugin()).toLower()});
    }
}

void HomeView::relayoutCards()
{
    const int columns = std::clamp(width() / 380, 1, 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (PaperCard *card : std::as_const(m_cards)) {
        m_grid->removeWidget(card);
        m_exampleGrid->removeWidget(card);
    }
    int papers = 0;
    int examples = 0;
    for (PaperCard *card : std::as_const(m_cards)) {
        if (card->isHidden() && !m_search->text().isEmpty())
            continue;
        int &i = isExample(card->spec()) ? examples : papers;
        (isExample(card->spec()) ? m_exampleGrid : m_grid)->addWidget(card, i / columns, i % columns);
        ++i;
    }
    m_examplesHeading->setVisible(examples > 0);
    for (int c = 0; c < 4; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
        m_exampleGrid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

void HomeView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutCards();
}

void HomeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) // back from a paper: show every paper again
        m_search->clear();
    // The cards' plugins load one per idle moment once the window has drawn its first frame:
    // loading a plugin (and its thumbnail's QML) never delays that frame.
    if (!m_loadingStarted && !m_awaitingFirstFrame) {
        m_awaitingFirstFrame = window();
        m_awaitingFirstFrame->installEventFilter(this);
        m_awaitingFirstFrame->update();
    }
}

bool HomeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_awaitingFirstFrame && event->type() == QEvent::Paint) {
        m_awaitingFirstFrame->removeEventFilter(this);
        m_awaitingFirstFrame = nullptr;
        // After this paint has been handled and flushed to the screen.
        QTimer::singleShot(0, this, [this] {
            if (!m_loadingStarted) {
                m_loadingStarted = true;
                loadNext();
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace paperlab::app

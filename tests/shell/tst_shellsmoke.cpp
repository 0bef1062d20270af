// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// Opens every bundled paper in every tab, runs its simulator a few steps, grabs the window,
// and checks that something was drawn and that QML reported nothing.

#include "testshell.h"

#include "papers/paperloader.h"
#include "papers/paperregistry.h"
#include "session/scenario.h"
#include "session/simulationsession.h"
#include "shell/appsettings.h"
#include "shell/homeview.h"
#include "shell/mainwindow.h"
#include "shell/papercard.h"
#include "shell/paperview.h"
#include "shell/qmlhost.h"
#include "shell/simulatorpane.h"
#include "shell/thememanager.h"
#include "shell/wrappedlabel.h"
#include "shell/shellsetup.h"

#include <paperlab/simulationrunner.h>

#include <chartitem.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QQuickItem>
#include <QQuickWidget>
#include <QResizeEvent>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace paperlab;
using namespace paperlab::app;

namespace {

// Distinct colours in a coarse sample: a blank or single-colour window has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y) & 0xF0F0F0);
    }
    return int(colours.size());
}

// Lays out everything that asked for it, so that geometries are current.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The smallest plot area, each way, that shows a chart's data legibly.
constexpr double kMinPlotPx = 60;

int yIn(const QWidget *w, const QWidget *ancestor)
{
    return w->mapTo(ancestor, QPoint(0, 0)).y();
}

// Every size a widget is given, in order.
class ResizeRecorder : public QObject
{
public:
    explicit ResizeRecorder(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    QList<QSize> sizes;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            sizes.append(static_cast<QResizeEvent *>(event)->size());
        return false;
    }
};

} // namespace

class TestShellSmoke : public QObject
{
    Q_OBJECT

private:
    test::TestShell m_shell;
    // Short names for the parts the tests use.
    std::unique_ptr<QmlHost> &m_qml = m_shell.qml;
    std::unique_ptr<ThemeManager> &m_theme = m_shell.theme;
    std::unique_ptr<MainWindow> &m_window = m_shell.window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_shell.start({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)},
                              QStringLiteral("light")));
    }

    void cleanupTestCase()
    {
        m_window.reset(); // views and runners before the engine and the app
    }

    // The app opens the paper named on its command line before it shows the window. The view
    // of the tab it opens on gets its size before it is shown, so it sets up its graphics and
    // draws once, at that size; in a QTabWidget it was first given a stale one (631x500 for
    // 891x528 in a 1280x720 window) and drew at both.
    void aPaperOpenedBeforeTheWindowIsShownSizesItsViewOnce()
    {
        MainWindow window(m_shell.loader.get(), m_qml.get(), m_theme.get(), m_shell.settings.get());
        window.resize(1280, 720);
        QVERIFY(window.openPaper(QStringLiteral("superposition-scaling"), PaperView::Tab::Simulator));
        QQuickWidget *view = test::TestShell::simulatorView(window.currentPaper()->simulatorPane());
        QVERIFY(view);
        const ResizeRecorder *recorder = new ResizeRecorder(view);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settleLayouts();
        QCoreApplication::processEvents();
        QCOMPARE(recorder->sizes, QList<QSize>{view->size()});
    }

    void homeShowsEveryPaper()
    {
        m_window->showHome();
        m_window->home()->loadAllThumbnails();
        QTest::qWait(200);
        QVERIFY(m_window->home()->visibleCardCount() >= 1);
        QVERIFY(distinctColours(m_window->grab().toImage()) > 8);
        m_window->home()->setSearchText(QStringLiteral("zzzz-no-such-paper"));
        QCOMPARE(m_window->home()->visibleCardCount(), 0);
        m_window->home()->setSearchText({});
        QVERIFY2(m_qml->warnings().isEmpty(), qPrintable(m_qml->warnings().join(u'\n')));
    }

    // Example plugins (no award: the SDK template) get their own row below the award papers.
    void homeShowsExamplesApart()
    {
        m_window->showHome();
        HomeView *home = m_window->home();
        settleLayouts();
        auto *heading = home->findChild<QLabel *>(QStringLiteral("examplesHeading"));
        QVERIFY(heading && heading->isVisibleTo(home));
        bool sawExample = false;
        for (PaperCard *card : home->findChildren<PaperCard *>()) {
            const bool example = card->spec()->metadata().award == QLatin1String("None");
            sawExample = sawExample || example;
            QVERIFY2(example == (yIn(card, home) > yIn(heading, home)),
                     qPrintable(card->spec()->id()));
        }
        QVERIFY(sawExample);
    }

    // A paper directory that cannot be listed is said on the home page itself, above the
    // cards, not only in the Papers dialog: else its papers would be missing without a word.
    // (A file named as a directory gives "Not a directory", which root cannot read past.)
    void homeSaysWhichPaperDirectoryCannotBeRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notADir = dir.filePath(QStringLiteral("papers"));
        QFile file(notADir);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        PaperRegistry registry;
        registry.discover({notADir}); // no paper: this test's loader loads no plugin twice
        PaperLoader loader(&registry);
        HomeView home(&loader, m_qml.get());
        QCOMPARE(home.notice(), QStringLiteral("The paper directory %1 cannot be read (Not a "
                                               "directory), so its papers are not shown. Papers "
                                               "▸ Installed papers… lists the papers found.")
                                    .arg(notADir));
        home.resize(1280, 720);
        home.show();
        QVERIFY(QTest::qWaitForWindowExposed(&home));
        settleLayouts();
        const auto *label = home.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(label && label->isVisibleTo(&home));
        QCOMPARE(label->text(), home.notice());
        QVERIFY(!label->visibleRegion().isEmpty());
        const auto *search = home.findChild<QLineEdit *>();
        QVERIFY(search && yIn(label, &home) > yIn(search, &home));
        QVERIFY(m_window->home()->notice().isEmpty()); // the suite's own search finds all
    }

    // The home page's labels remember their height for a width; what they remember must be
    // what QLabel says, and must follow a new text or font.
    void wrappedLabelHeightFollowsTextAndFont()
    {
        const QString longText = QStringLiteral("<b>Rich</b> text that wraps onto several lines "
                                                "when the label is narrow, as a card's does. ")
                                     .repeated(4);
        WrappedLabel cached(longText);
        QLabel plain(longText);
        plain.setWordWrap(true);
        for (int width : {120, 300, 120, 900}) {
            QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        }
        const int tall = cached.heightForWidth(300);
        cached.setText(QStringLiteral("Short"));
        plain.setText(QStringLiteral("Short"));
        QCOMPARE(cached.heightForWidth(300), plain.heightForWidth(300));
        QVERIFY(cached.heightForWidth(300) < tall);
        QFont big = cached.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        cached.setFont(big);
        plain.setFont(big);
        QCOMPARE(cached.heightForWidth(300), plain.heightForWidth(300));
    }

    // Typing a search leaves the search box where it is, says where each result matched,
    // and going home again shows every paper.
    void homeSearch()
    {
        m_window->showHome();
        HomeView *home = m_window->home();
        home->loadAllThumbnails();
        settleLayouts();
        auto *search = home->findChild<QLineEdit *>();
        const int searchY = yIn(search, home);
        const int allCards = home->visibleCardCount();
        home->setSearchText(QStringLiteral("zzzz-no-such-paper"));
        settleLayouts();
        QCOMPARE(yIn(search, home), searchY);

        home->setSearchText(QStringLiteral("superposition"));
        settleLayouts();
        QCOMPARE(yIn(search, home), searchY);
        PaperCard *card = nullptr;
        for (PaperCard *c : home->findChildren<PaperCard *>()) {
            if (c->spec()->id() == QLatin1String("superposition-scaling"))
                card = c;
        }
        QVERIFY(card && card->isVisibleTo(home));
        QVERIFY2(card->matchNote().startsWith(QLatin1String("Found in: title")),
                 qPrintable(card->matchNote()));
        // A word only the explainer has (its text is read at the first search).
        home->setSearchText(QStringLiteral("regularisation"));
        settleLayouts();
        PaperCard *diffusion = nullptr;
        for (PaperCard *c : home->findChildren<PaperCard *>()) {
            if (c->spec()->id() == QLatin1String("diffusion-memorization"))
                diffusion = c;
        }
        QVERIFY(diffusion && diffusion->isVisibleTo(home));
        QCOMPARE(diffusion->matchNote(), QStringLiteral("Found in: explainer"));
        QVERIFY(!card->isVisibleTo(home));

        QVERIFY(m_window->openPaper(QStringLiteral("random-walk")));
        m_window->showHome();
        QCOMPARE(search->text(), QString());
        QCOMPARE(home->visibleCardCount(), allCards);
        QVERIFY(card->matchNote().isEmpty());
    }

    // "Related" links only papers that are installed; the others are named, not linked.
    void relatedLinksOnlyInstalledPapers()
    {
        const auto relatedText = [this] {
            for (QLabel *l : m_window->currentPaper()->findChildren<QLabel *>()) {
                if (l->accessibleName() == QLatin1String("Related papers"))
                    return l->text();
            }
            return QString();
        };
        // Every related paper of a bundled one is installed now, so the rule for a missing one
        // is checked on the function that writes the line.
        const QString partial = app::relatedPapersText(
            {QStringLiteral("gated-attention"), QStringLiteral("hivemind")},
            {{QStringLiteral("hivemind"), QStringLiteral("Artificial <Hivemind>")}});
        QVERIFY2(partial.contains(QLatin1String("gated-attention (not installed)")),
                 qPrintable(partial));
        QVERIFY(!partial.contains(QLatin1String("paper:gated-attention")));
        QVERIFY2(partial.contains(
                     QLatin1String("<a href=\"paper:hivemind\">Artificial &lt;Hivemind&gt;</a>")),
                 qPrintable(partial));
        QVERIFY(m_window->openPaper(QStringLiteral("diffusion-memorization")));
        QVERIFY(relatedText().contains(QLatin1String("href=\"paper:rlvr-limits\"")));
    }

    // Every paper's "In one picture" uses the shared control: one headline style on the
    // Summary tab, and a caption under each home-page thumbnail saying what it shows.
    void onePictureEverywhere()
    {
        const auto findIn = [](QWidget *root, const char *name) -> QQuickItem * {
            for (QQuickWidget *w : root->findChildren<QQuickWidget *>()) {
                if (QQuickItem *item = w->rootObject()
                        ? w->rootObject()->findChild<QQuickItem *>(QLatin1String(name))
                        : nullptr)
                    return item;
            }
            return nullptr;
        };
        m_window->showHome();
        m_window->home()->loadAllThumbnails();
        // Every thumbnail has the one fixed height its placeholder had, whatever its card's
        // text: a card keeps its size when its thumbnail arrives.
        QSet<int> thumbnailHeights;
        for (PaperCard *card : m_window->home()->findChildren<PaperCard *>()) {
            for (QQuickWidget *w : card->findChildren<QQuickWidget *>()) {
                QCOMPARE(w->minimumHeight(), w->maximumHeight()); // fixed, not stretched
                thumbnailHeights.insert(w->maximumHeight());
            }
        }
        QCOMPARE(thumbnailHeights.size(), 1);
        QVERIFY2(*thumbnailHeights.cbegin() >= 170, qPrintable(QString::number(
                                                        *thumbnailHeights.cbegin())));
        QVariant headlineFont;
        for (PaperCard *card : m_window->home()->findChildren<PaperCard *>()) {
            const QString id = card->spec()->id();
            QQuickItem *caption = findIn(card, "onePictureCaption");
            QVERIFY2(caption && caption->isVisible(), qPrintable(id));
            QVERIFY2(!caption->property("tex").toString().isEmpty(), qPrintable(id));

            QVERIFY(m_window->openPaper(id, PaperView::Tab::Summary));
            QQuickItem *headline = findIn(m_window->currentPaper(), "onePictureHeadline");
            QVERIFY2(headline && headline->isVisible(), qPrintable(id));
            const QVariant font = headline->property("font");
            QVERIFY2(font.value<QFont>().bold(), qPrintable(id));
            if (headlineFont.isValid())
                QCOMPARE(font, headlineFont);
            headlineFont = font;
            m_window->showHome();
        }
    }

    void everyPaperEveryTab_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<int>("tab");
        PaperRegistry r;
        r.discover({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)});
        for (const auto &spec : r.papers()) {
            for (int tab = 0; tab < 3; ++tab)
                QTest::addRow("%s/%s", qPrintable(spec->id()),
                              qPrintable(PaperView::tabName(PaperView::Tab(tab)))) << spec->id() << tab;
        }
    }

    void everyPaperEveryTab()
    {
        QFETCH(QString, paper);
        QFETCH(int, tab);
        QVERIFY(m_window->openPaper(paper, PaperView::Tab(tab)));
        PaperView *view = m_window->currentPaper();
        QVERIFY(view);
        QCOMPARE(int(view->currentTab()), tab);
        if (PaperView::Tab(tab) == PaperView::Tab::Simulator) {
            SimulatorPane *pane = view->simulatorPane();
            QVERIFY(pane->runSteps(3, 60000));
            QVERIFY(pane->runner()->state() != SimulationRunner::State::Error);
            QVERIFY(pane->runner()->latest()->step >= 3 || pane->runner()->latest()->finished);
        }
        QTest::qWait(150);
        // One title is shown: on the Simulator tab a one-line one, whose height is one line.
        QList<QLabel *> titles;
        for (QLabel *label : view->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Paper title") && label->isVisible())
                titles.append(label);
        }
        QCOMPARE(titles.size(), 1);
        if (PaperView::Tab(tab) == PaperView::Tab::Simulator)
            QVERIFY(!titles[0]->wordWrap()
                    && titles[0]->height() < 2 * titles[0]->fontMetrics().lineSpacing());
        const QImage image = m_window->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));
        QVERIFY2(m_qml->warnings().isEmpty(), qPrintable(m_qml->warnings().join(u'\n')));
    }

    // Every view of every simulator exists (a missing view is an error, not a fallback), and
    // a view of the same simulator shows the same run.
    void everyView_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("view");
        PaperRegistry r;
        r.discover({QStringLiteral(PAPERLAB_PAPER_BUILD_DIR)});
        for (const auto &spec : r.papers()) {
            for (const SimulatorInfo &sim : spec->metadata().simulators) {
                for (const ViewInfo &v : sim.views)
                    QTest::addRow("%s/%s", qPrintable(spec->id()), qPrintable(v.id)) << spec->id() << v.id;
            }
        }
    }

    void everyView()
    {
        QFETCH(QString, paper);
        QFETCH(QString, view);
        QVERIFY(m_window->openPaper(paper, PaperView::Tab::Simulator));
        SimulatorPane *pane = m_window->currentPaper()->simulatorPane();
        SimulationSession *session = pane->session();
        const SimulatorInfo *sim = session->metadata().simulatorForView(view);
        QVERIFY(sim);
        const bool sameSimulator = sim->id == session->simulatorId();
        const SimulationRunner *before = session->runner();
        const auto result = session->selectView(view);
        QVERIFY2(bool(result), qPrintable(result ? QString() : result.error().logText));
        QCOMPARE(session->viewId(), view);
        QVERIFY(session->runner());
        if (sameSimulator)
            QCOMPARE(session->runner(), before); // another view of the same run
        auto shown = [pane] {
            for (QQuickWidget *w : pane->findChildren<QQuickWidget *>()) {
                if (w->rootObject() && w->isVisible())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(shown()); // a widget added to a shown window shows at the next event
        // And it draws: a blank or single-colour view has very few colours.
        QTest::qWait(150);
        const QImage image = m_window->grab().toImage();
        QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));
        QVERIFY2(m_qml->warnings().isEmpty(), qPrintable(m_qml->warnings().join(u'\n')));

        // At 1280x720 every chart shown leaves room for its data inside its title, axes and
        // legend (a legend once left four plots of a view 10 px tall).
        m_window->resize(1280, 720);
        const auto restoreSize = qScopeGuard([this] { m_window->resize(1280, 800); });
        QTest::qWait(150);
        int measured = 0;
        for (QQuickWidget *w : pane->findChildren<QQuickWidget *>()) {
            if (!w->isVisible() || !w->rootObject())
                continue;
            for (charts::ChartItem *chart : w->rootObject()->findChildren<charts::ChartItem *>()) {
                if (!chart->isVisible() || chart->width() <= 0)
                    continue;
                ++measured;
                const QRectF plot = chart->plotArea();
                QVERIFY2(plot.width() >= kMinPlotPx && plot.height() >= kMinPlotPx,
                         qPrintable(QStringLiteral("\"%1\": plot area %2x%3 px")
                                        .arg(chart->title())
                                        .arg(plot.width())
                                        .arg(plot.height())));
            }
        }
        qInfo("%d charts measured", measured);
    }

    // A saved scenario opens where it was saved: its values in the panel, the run replayed
    // to its step and paused there, drawn; and saving again gives the same scenario.
    void scenarioOpensWhereItWasSaved()
    {
        QVERIFY(m_window->openPaper(QStringLiteral("random-walk"), PaperView::Tab::Explainer));
        std::optional<Scenario> saved = m_window->currentScenario();
        QVERIFY(saved);
        QCOMPARE(saved->tab, QStringLiteral("explainer")); // the open tab is saved
        // and the section being read; opening the scenario goes back to it
        QVERIFY(m_window->currentPaper()->showSection(QStringLiteral("try-it")));
        QTRY_COMPARE(m_window->currentScenario()->section, QStringLiteral("try-it"));
        const Scenario reading = *m_window->currentScenario();
        m_window->showHome();
        QVERIFY(m_window->openScenario(reading));
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Explainer);
        QTRY_COMPARE(m_window->currentPaper()->currentSection(), QStringLiteral("try-it"));
        saved->tab = QStringLiteral("simulator");
        saved->parameters.insert(QStringLiteral("seed"), 11);
        saved->steps = 40;
        m_window->showHome();
        const auto opened = m_window->openScenario(*saved);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().logText));
        QVERIFY2(opened.value().isEmpty(), qPrintable(opened.value().join(u'\n')));
        QVERIFY(m_window->currentPaper());
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Simulator);
        SimulatorPane *pane = m_window->currentPaper()->simulatorPane();
        SimulationRunner *runner = pane->session()->runner();
        QTRY_COMPARE(runner->state(), SimulationRunner::State::Paused);
        QTRY_COMPARE(runner->latest()->step, 40);
        bool seedShown = false;
        for (const QLineEdit *edit : pane->findChildren<QLineEdit *>())
            seedShown = seedShown || (edit->isVisible() && edit->text() == QLatin1String("11"));
        QVERIFY(seedShown);
        QTest::qWait(150);
        QVERIFY(distinctColours(m_window->grab().toImage()) > 8);
        const std::optional<Scenario> again = m_window->currentScenario();
        QVERIFY(again);
        QCOMPARE(again->steps, 40);
        QCOMPARE(again->parameters, saved->parameters);
        QVERIFY2(m_qml->warnings().isEmpty(), qPrintable(m_qml->warnings().join(u'\n')));
    }

    // Play and Pause take turns on one button, which keeps its width, so the buttons after it
    // stay under the pointer.
    void playButtonKeepsItsWidth()
    {
        QVERIFY(m_window->openPaper(QStringLiteral("random-walk"), PaperView::Tab::Simulator));
        SimulatorPane *pane = m_window->currentPaper()->simulatorPane();
        QVERIFY(pane);
        QToolButton *play = test::byName<QToolButton>(pane, QStringLiteral("Play"));
        QToolButton *step = test::byName<QToolButton>(pane, QStringLiteral("Step"));
        QVERIFY(play && step);
        QTRY_VERIFY(play->isVisible());
        settleLayouts();
        const int width = play->width();
        const int stepX = step->mapTo(pane, QPoint(0, 0)).x();
        pane->session()->setPending(QStringLiteral("steps"), 100000);
        QVERIFY(pane->session()->restart());
        pane->playPause();
        QTRY_COMPARE(play->text().remove(u'&'), QStringLiteral("Pause"));
        settleLayouts();
        QCOMPARE(play->width(), width);
        QCOMPARE(step->mapTo(pane, QPoint(0, 0)).x(), stepX);
        pane->playPause();
        QTRY_COMPARE(play->text().remove(u'&'), QStringLiteral("Play"));
        settleLayouts();
        QCOMPARE(play->width(), width);
    }

    // A refusal the status line cuts short is shown whole above it until dismissed.
    void aLongErrorIsShownWhole()
    {
        QVERIFY(m_window->openPaper(QStringLiteral("superposition-scaling"),
                                    PaperView::Tab::Simulator));
        SimulatorPane *pane = m_window->currentPaper()->simulatorPane();
        QVERIFY(pane->session()->selectView(QStringLiteral("train")));
        QTRY_VERIFY(pane->runner() && pane->runner()->latest());
        QLabel *notice = test::byName<QLabel>(pane, QStringLiteral("Error message"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        // Narrow enough that the status line cannot hold the message.
        m_window->resize(900, 720);
        const auto restoreSize = qScopeGuard([this] { m_window->resize(1280, 800); });
        pane->session()->setPending(QStringLiteral("n"), 20);
        pane->session()->setPending(QStringLiteral("m"), 60);
        pane->resetRun();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("exceeds the number of features")),
                 qPrintable(notice->text()));
        QToolButton *dismiss =
            test::byName<QToolButton>(pane, QStringLiteral("Dismiss the error message"));
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(!notice->isVisible());
        QTest::qWait(600); // two turns of the status line's update: it stays dismissed
        QVERIFY(!notice->isVisible());
        pane->session()->setPending(QStringLiteral("m"), 10);
        pane->resetRun();
        QTRY_VERIFY(pane->runner()->inputError().isEmpty());
    }

    void historyGoesBackAndForward()
    {
        m_window->showHome();
        QVERIFY(m_window->openPaper(QStringLiteral("random-walk")));
        m_window->goBack();
        QVERIFY(!m_window->currentPaper());
        m_window->goForward();
        QVERIFY(m_window->currentPaper());
        QCOMPARE(m_window->currentPaper()->spec()->id(), QStringLiteral("random-walk"));
    }

    // A tab the user picks is a step of the history: Back returns to the tab before it.
    void historyIncludesTabChanges()
    {
        m_window->showHome();
        QVERIFY(m_window->openPaper(QStringLiteral("random-walk")));
        m_window->currentPaper()->setCurrentTab(PaperView::Tab::Summary);
        m_window->currentPaper()->setCurrentTab(PaperView::Tab::Simulator);
        m_window->goBack();
        QVERIFY(m_window->currentPaper());
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Summary);
        m_window->goBack();
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Explainer);
        m_window->goBack();
        QVERIFY(!m_window->currentPaper());
        m_window->goForward();
        m_window->goForward();
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Summary);
        m_window->goForward();
        QCOMPARE(m_window->currentPaper()->currentTab(), PaperView::Tab::Simulator);
    }

    // The help overlay groups the keys, and no two rows share a name (two "Reset" rows, one
    // for the run and one for the text size, told a reader nothing).
    void helpGroupsKeysWithoutDuplicates()
    {
        QVERIFY(m_window->openPaper(QStringLiteral("random-walk"), PaperView::Tab::Simulator));
        const QList<ShortcutsDialog::Group> groups = m_window->helpGroups();
        QStringList titles, names;
        QMap<QString, QString> keysOf;
        for (const ShortcutsDialog::Group &g : groups) {
            titles.append(g.title);
            for (const auto &[name, keys] : ShortcutsDialog::rows(g)) {
                QVERIFY2(!names.contains(name), qPrintable(name));
                names.append(name);
                keysOf.insert(name, keys);
            }
        }
        QCOMPARE(titles.size(), 4);
        QVERIFY(titles.at(0).startsWith(QStringLiteral("Navigation")));
        QVERIFY(titles.at(1).startsWith(QStringLiteral("Simulation")));
        QVERIFY(titles.at(2).startsWith(QStringLiteral("View")));
        QCOMPARE(keysOf.value(QStringLiteral("Step")), QStringLiteral("S or Right"));
        QCOMPARE(keysOf.value(QStringLiteral("Reset")), QStringLiteral("R"));
        QVERIFY(keysOf.contains(QStringLiteral("Back")));
        QVERIFY(keysOf.contains(QStringLiteral("Normal text size")));
    }

    // Switching the theme with a paper open recolours its "Related" links: they were left in
    // the light theme's blue on the dark background. (Diffusion's related papers are both
    // bundled, so they are links; a paper that is not installed is plain text.)
    void linksFollowTheTheme()
    {
        QVERIFY(m_window->openPaper(QStringLiteral("diffusion-memorization")));
        QLabel *related = nullptr;
        for (QLabel *l : m_window->currentPaper()->findChildren<QLabel *>()) {
            if (l->accessibleName() == QStringLiteral("Related papers"))
                related = l;
        }
        QVERIFY(related);
        const auto countColour = [&](const QColor &c) {
            const QImage image = related->grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y).rgb() == c.rgb();
            }
            return n;
        };
        QVERIFY(countColour(m_theme->color(QStringLiteral("link"))) > 0);
        const QColor lightLink = m_theme->color(QStringLiteral("link"));
        QVERIFY(m_theme->setTheme(QStringLiteral("dark")));
        const QColor darkLink = m_theme->color(QStringLiteral("link"));
        const int stale = countColour(lightLink), fresh = countColour(darkLink);
        QVERIFY(m_theme->setTheme(QStringLiteral("light")));
        QCOMPARE(stale, 0);
        QVERIFY(fresh > 0);
    }
};

QTEST_MAIN(TestShellSmoke)
#include "tst_shellsmoke.moc"

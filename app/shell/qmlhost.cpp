// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/qmlhost.h"

#include <malloc.h>

#include <utility>

#include <paperlab/logging.h>

#include <QApplication>
#include <QPalette>
#include <QDir>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSGRendererInterface>

namespace paperlab::app {

QmlHost::QmlHost(QObject *parent) : QObject(parent), m_engine(new QQmlEngine(this))
{
    // Our private QML dir (PaperLab.Charts, …), found relative to the executable so that the
    // build tree and any install prefix both work; plus qrc:/qt/qml, which 6.4 does not add.
    m_engine->addImportPath(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
                                            + QStringLiteral(PAPERLAB_QML_DIR_RELATIVE)));
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    connect(m_engine, &QQmlEngine::warnings, this, [this](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors) {
            m_warnings.append(e.toString());
            qCWarning(lcQml).noquote() << e.toString();
            Q_EMIT warningEmitted(e.toString());
        }
    });
}

QmlHost::~QmlHost() = default;

namespace {

// Qt Quick Controls take their colours from the window's palette, which in 6.4 does not follow
// QApplication::palette(); copy the themed widget palette into it, role by role.
void copyPalette(QQuickWidget *view)
{
    QObject *palette = qvariant_cast<QObject *>(view->quickWindow()->property("palette"));
    if (!palette)
        return;
    const QPalette app = QApplication::palette();
    const QList<QPair<const char *, QPalette::ColorRole>> roles = {
        {"window", QPalette::Window}, {"windowText", QPalette::WindowText}, {"base", QPalette::Base},
        {"alternateBase", QPalette::AlternateBase}, {"text", QPalette::Text}, {"button", QPalette::Button},
        {"buttonText", QPalette::ButtonText}, {"highlight", QPalette::Highlight},
        {"highlightedText", QPalette::HighlightedText}, {"link", QPalette::Link}, {"mid", QPalette::Mid},
        {"light", QPalette::Light}, {"dark", QPalette::Dark}, {"midlight", QPalette::Midlight},
        {"shadow", QPalette::Shadow}, {"toolTipBase", QPalette::ToolTipBase},
        {"toolTipText", QPalette::ToolTipText}, {"placeholderText", QPalette::PlaceholderText},
        {"brightText", QPalette::BrightText}};
    for (const auto &[name, role] : roles)
        palette->setProperty(name, app.color(QPalette::Active, role));
}

// A QQuickWidget that frees its images' textures when it goes under Qt Quick's software
// renderer. With Qt 6.4 they outlived it: a texture is deleted at the first sync after its
// image is released, or when the render context is invalidated, and neither came; so every
// image a view had shown stayed in memory until exit and past it (a heap profile: 0.6 MB for
// each explainer opened). Releasing the scene and the cached images, then a sync, frees them.
class HostedQuickWidget final : public QQuickWidget
{
public:
    using QQuickWidget::QQuickWidget;
    ~HostedQuickWidget() override
    {
        if (quickWindow()->rendererInterface()->graphicsApi() != QSGRendererInterface::Software)
            return;
        setSource(QUrl()); // the items go, and their images are no longer shown
        quickWindow()->releaseResources(); // the image cache lets go of them
        // A sync, which deletes the textures the images leave behind. Only a view that got
        // its size has an image to draw into (else QPainter warns), and only one that drew
        // has textures.
        if (!testAttribute(Qt::WA_PendingResizeEvent) && !size().isEmpty())
            grabFramebuffer();
    }
};

} // namespace

QQuickWidget *QmlHost::createView(const QUrl &url, const QVariantMap &properties, QWidget &parent)
{
    auto *view = new HostedQuickWidget(m_engine, &parent);
    view->setResizeMode(QQuickWidget::SizeRootObjectToView);
    // A hidden view (the home page behind a paper, the explainer behind the simulator) lets
    // go of its scene graph and its graphics, which it rebuilds when shown again. Each view
    // has its own QRhi, so each kept its own shader programs, glyph caches, textures and
    // buffers; on screen with software OpenGL, where all of it is system memory, that was
    // 297 MB resident after all seven papers, and 240-254 MB with these. Rebuilding costs
    // little: switching back to a tab drew its first frame in 13-59 ms either way.
    view->quickWindow()->setPersistentSceneGraph(false);
    view->quickWindow()->setPersistentGraphics(false);
    view->setSource(url);
    const bool compact = properties.value(QStringLiteral("compact")).toBool();
    if (view->status() == QQuickWidget::Error)
        showErrors(view, compact);
    // A source that loads asynchronously fails later.
    connect(view, &QQuickWidget::statusChanged, this,
            [this, view, compact](QQuickWidget::Status status) {
                if (status == QQuickWidget::Error)
                    showErrors(view, compact);
            });
    if (QQuickItem *root = view->rootObject()) {
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            if (root->property(it.key().toUtf8().constData()).isValid()
                || root->metaObject()->indexOfProperty(it.key().toUtf8().constData()) >= 0)
                root->setProperty(it.key().toUtf8().constData(), it.value());
        }
    }
    copyPalette(view);
    m_views.append(view);
    connect(view, &QObject::destroyed, this, [this, view] {
        m_views.removeAll(view);
        releaseUnusedSoon();
    });
    return view;
}

void QmlHost::releaseUnusedSoon()
{
    if (std::exchange(m_releaseQueued, true))
        return; // a paper's views go together: one release for all of them
    QMetaObject::invokeMethod(this, [this] {
        m_releaseQueued = false;
        releaseUnused();
    }, Qt::QueuedConnection);
}

void QmlHost::releaseUnused()
{
    m_engine->collectGarbage();
    m_engine->trimComponentCache();
    // glibc keeps freed blocks in its arenas; a closed paper's models and views are large
    // and freed all at once, so hand the pages back rather than keep them resident.
    malloc_trim(0);
}

void QmlHost::showErrors(QQuickWidget *view, bool compact)
{
    // Once in the log, in errors(), and on a card in the view: a blank view says nothing.
    QVariantList cardErrors;
    for (const QQmlError &e : view->errors()) {
        m_warnings.append(e.toString());
        m_errors.append(e.toString());
        qCWarning(lcQml).noquote() << e.toString();
        Q_EMIT warningEmitted(e.toString());
        cardErrors.append(QVariantMap{{QStringLiteral("file"), e.url().toString()},
                                      {QStringLiteral("line"), e.line()},
                                      {QStringLiteral("message"), e.description()}});
    }
    const QSignalBlocker quiet(view); // the card is no second failure of the view
    view->setSource(QUrl(QStringLiteral("qrc:/shell/QmlErrorCard.qml")));
    if (QQuickItem *card = view->rootObject()) {
        card->setProperty("theme", m_theme);
        card->setProperty("errors", cardErrors);
        card->setProperty("compact", compact);
    }
}

void QmlHost::setTheme(const QVariantMap &theme)
{
    m_theme = theme;
    for (QQuickWidget *view : std::as_const(m_views))
        copyPalette(view);
    setPropertyOnAllViews("theme", theme);
    Q_EMIT themeChanged();
}

void QmlHost::setPropertyOnAllViews(const char *name, const QVariant &value)
{
    for (QQuickWidget *view : std::as_const(m_views)) {
        QQuickItem *root = view->rootObject();
        if (root && root->metaObject()->indexOfProperty(name) >= 0)
            root->setProperty(name, value);
    }
}

} // namespace paperlab::app

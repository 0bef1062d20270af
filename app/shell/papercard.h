// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QVariantMap>

class QLabel;
class QVBoxLayout;

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

class QmlHost;

/// A paper on the home page: short title, award badge, one-line finding and a live thumbnail
/// (the plugin's summary view), or the error that stopped the plugin from loading.
class PaperCard : public QFrame
{
    Q_OBJECT
public:
    PaperCard(PaperSpec *spec, QWidget *parent = nullptr);

    PaperSpec *spec() const { return m_spec; }
    /// Shows the thumbnail once the plugin is Ready, or the error once it failed.
    void refresh(QmlHost *qml);
    /// Says where a search matched this paper ("Found in: title, explainer"); empty hides it.
    void setMatchNote(const QString &note);
    QString matchNote() const;

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The thumbnail's (and its placeholder's) fixed height: fifteen lines of the card's font.
    int thumbnailHeight() const;

    PaperSpec *m_spec;
    QVBoxLayout *m_layout;
    QLabel *m_error = nullptr;
    QWidget *m_thumbnail = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_matchNote;
};

} // namespace paperlab::app

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

class QQmlEngine;
class QQuickItem;

/// File access for the QML tests (as `testHelper`): exported files are read back here.
class TestHelper : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// A path in a directory removed when the test run ends.
    Q_INVOKABLE QString tempPath(const QString &name) const;
    Q_INVOKABLE QString readText(const QString &path) const;
    /// {width, height, distinctColors, topLeft}; width 0 when the file is not an image.
    Q_INVOKABLE QVariantMap imageInfo(const QString &path) const;
    /// Pixels within `tolerance` (per channel) of `color`.
    Q_INVOKABLE int countColor(const QString &path, const QColor &color, int tolerance = 8) const;
    /// The same, in what the window shows of `item` (QQuickWindow::grabWindow()).
    Q_INVOKABLE int countColorOnScreen(QQuickItem *item, const QColor &color,
                                       int tolerance = 8) const;

private:
    QTemporaryDir m_dir;
};

/// Hands the helper to every QML engine the test runner creates.
class TestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine);

private:
    TestHelper m_helper;
};

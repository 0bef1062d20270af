// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "explainer/explainertypes.h"

#include "explainer/explainerdocument.h"
#include "explainer/mathimageprovider.h"

#include <QQmlEngine>

namespace paperlab::app {

void registerExplainerTypes()
{
    static const bool registered = [] {
        qmlRegisterType<ExplainerDocument>("PaperLab.Shell", 1, 0, "ExplainerDocument");
        return true;
    }();
    Q_UNUSED(registered);
}

void addMathImageProvider(QQmlEngine &engine)
{
    if (!engine.imageProvider(QStringLiteral("math")))
        engine.addImageProvider(QStringLiteral("math"), new MathImageProvider);
}

} // namespace paperlab::app

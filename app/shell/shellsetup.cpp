// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/shellsetup.h"

#include "explainer/explainertypes.h"
#include "shell/qmlhost.h"

namespace paperlab::app {

void registerShellQml(QmlHost &qml)
{
    registerExplainerTypes();
    addMathImageProvider(*qml.engine());
}

} // namespace paperlab::app

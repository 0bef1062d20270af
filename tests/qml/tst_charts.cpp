// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "testhelper.h"

#include <QApplication>
#include <QtQuickTest/quicktest.h>

int main(int argc, char **argv)
{
    // A QApplication, as in the app: a stock QUICK_TEST_MAIN uses QGuiApplication (§11 #11).
    QApplication app(argc, argv);
    TestSetup setup;
    return quick_test_main_with_setup(argc, argv, "charts", QUICK_TEST_SOURCE_DIR, &setup);
}

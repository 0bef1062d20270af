// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/parameterschema.h>

#include <QWidget>

class QAbstractSpinBox;
class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace paperlab::app {

/// The editing widget for one parameter, chosen by its type: spin box with unit suffix and an
/// optional (log) slider for numbers, check box, combo box, a validated line edit for lists, or
/// for a file its name with "Choose…" (a file dialog with the schema's filters) and "Clear".
class ParameterEditor : public QWidget
{
    Q_OBJECT
public:
    ParameterEditor(const ParamSpec &spec, QWidget *parent = nullptr);

    const ParamSpec &spec() const { return m_spec; }
    QVariant value() const;
    void setValue(const QVariant &value);
    /// The widget that takes focus (for buddies and accessibility).
    QWidget *focusWidget() const { return m_focus; }
    /// Line edits can hold invalid text: the panel shows why under the field (empty: valid).
    void setError(const QString &message);
    QString error() const { return m_error; }

Q_SIGNALS:
    void edited();

private:
    int sliderPosition(double v) const;
    double sliderValue(int position) const;
    void describe(QWidget *w);
    void createFileChooser(QHBoxLayout *row);
    void chooseFile();
    void showFile();

    ParamSpec m_spec;
    QWidget *m_focus = nullptr;
    QDoubleSpinBox *m_real = nullptr;
    QSpinBox *m_int = nullptr;
    QSlider *m_slider = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_line = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_fileName = nullptr;
    QPushButton *m_clearFile = nullptr;
    QString m_filePath; ///< a file parameter's value: empty, ":/…" or an absolute path
    QString m_tip;      ///< the description part of the tooltip
    QString m_error;
    bool m_syncing = false;
};

} // namespace paperlab::app

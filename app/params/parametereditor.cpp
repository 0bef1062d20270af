// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/parametereditor.h"

#include "shell/elidedlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QValidator>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace paperlab::app {

namespace {
constexpr int kSliderSteps = 1000;

int decimalsFor(const ParamSpec &s)
{
    const double step = s.step.isValid() ? s.step.toDouble() : 0.0;
    if (step > 0)
        return std::clamp(int(std::ceil(-std::log10(step))), 0, 6);
    if (s.min.isValid() && s.min.toDouble() > 0 && s.min.toDouble() < 1)
        return std::clamp(int(std::ceil(-std::log10(s.min.toDouble()))) + 1, 2, 6);
    return 3;
}

// A spin box that holds any double exactly: QDoubleSpinBox rounds every value to its
// decimals, so a step of 0.01 turned a preset's 0.0714 into 0.07. It shows the shortest text
// that reads back as the same value (with at least `minDecimals` decimals, or in scientific
// notation for very small or large ranges), so that a value shown and read back on focus out
// is the value the session has. The step moves the arrows and the slider only.
class ExactSpinBox : public QDoubleSpinBox
{
public:
    ExactSpinBox(int minDecimals, bool scientific, QWidget *parent)
        : QDoubleSpinBox(parent), m_minDecimals(minDecimals), m_scientific(scientific)
    {
        setDecimals(kExactDecimals);
    }

    void stepBy(int steps) override
    {
        // value + step in binary is 0.08140000000000001: round to the decimals that mean
        // something, those of the step and of the value.
        const double next = value() + steps * singleStep();
        const int digits = std::max(decimalsOf(singleStep()), decimalsOf(value()));
        setValue(QString::number(next, 'f', digits).toDouble());
        selectAll();
    }

protected:
    QString textFromValue(double value) const override
    {
        if (m_scientific)
            return locale().toString(value, 'g', QLocale::FloatingPointShortest);
        return locale().toString(value, 'f', std::max(m_minDecimals, decimalsOf(value)));
    }
    double valueFromText(const QString &text) const override
    {
        return locale().toDouble(QString(text).remove(suffix()).trimmed());
    }
    QValidator::State validate(QString &text, int &) const override
    {
        bool ok = false;
        const double v = locale().toDouble(QString(text).remove(suffix()).trimmed(), &ok);
        return ok && v >= minimum() && v <= maximum() ? QValidator::Acceptable
                                                      : QValidator::Intermediate;
    }

private:
    // QDoubleSpinBox's maximum: it then keeps every double as it is.
    static constexpr int kExactDecimals = 323;

    // The decimals of the shortest text that reads back as `v` (0.0714: 4), at most 17.
    static int decimalsOf(double v)
    {
        const QString text = QString::number(v, 'f', QLocale::FloatingPointShortest);
        const qsizetype dot = text.indexOf(u'.');
        return dot < 0 ? 0 : int(std::min<qsizetype>(text.size() - dot - 1, 17));
    }

    int m_minDecimals;
    bool m_scientific;
};

bool needsScientific(const ParamSpec &s)
{
    const double lo = s.min.isValid() ? std::abs(s.min.toDouble()) : 1.0;
    const double hi = s.max.isValid() ? std::abs(s.max.toDouble()) : 1.0;
    return (lo > 0 && lo < 1e-4) || hi > 1e7;
}

QString listText(const QVariant &v)
{
    QStringList parts;
    for (const QVariant &x : v.toList())
        parts.append(x.toString());
    return parts.join(QStringLiteral(", "));
}
} // namespace

ParameterEditor::ParameterEditor(const ParamSpec &spec, QWidget *parent) : QWidget(parent), m_spec(spec)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(row);
    const bool bounded = spec.min.isValid() && spec.max.isValid();
    const QString suffix = spec.unit.isEmpty() ? QString() : u' ' + spec.unit;

    switch (spec.type) {
    case ParamType::Real: {
        m_real = new ExactSpinBox(decimalsFor(spec), needsScientific(spec), this);
        m_real->setRange(spec.min.isValid() ? spec.min.toDouble() : -1e12,
                         spec.max.isValid() ? spec.max.toDouble() : 1e12);
        if (spec.step.isValid())
            m_real->setSingleStep(spec.step.toDouble());
        m_real->setSuffix(suffix);
        m_real->setKeyboardTracking(false);
        m_focus = m_real;
        connect(m_real, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            if (m_slider && !m_syncing) {
                m_syncing = true;
                m_slider->setValue(sliderPosition(v));
                m_syncing = false;
            }
            Q_EMIT edited();
        });
        break;
    }
    case ParamType::Int: {
        m_int = new QSpinBox(this);
        m_int->setRange(spec.min.isValid() ? spec.min.toInt() : std::numeric_limits<int>::min(),
                        spec.max.isValid() ? spec.max.toInt() : std::numeric_limits<int>::max());
        if (spec.step.isValid())
            m_int->setSingleStep(qMax(1, spec.step.toInt()));
        m_int->setSuffix(suffix);
        m_int->setKeyboardTracking(false);
        m_focus = m_int;
        connect(m_int, &QSpinBox::valueChanged, this, [this](int v) {
            if (m_slider && !m_syncing) {
                m_syncing = true;
                m_slider->setValue(sliderPosition(v));
                m_syncing = false;
            }
            Q_EMIT edited();
        });
        break;
    }
    case ParamType::Bool:
        m_check = new QCheckBox(this);
        m_focus = m_check;
        connect(m_check, &QCheckBox::toggled, this, &ParameterEditor::edited);
        break;
    case ParamType::Choice:
        m_combo = new QComboBox(this);
        for (const auto &[id, label] : spec.choices)
            m_combo->addItem(label, id);
        m_focus = m_combo;
        connect(m_combo, &QComboBox::currentIndexChanged, this, &ParameterEditor::edited);
        break;
    case ParamType::Seed:
    case ParamType::RealList:
    case ParamType::IntList:
        m_line = new QLineEdit(this);
        m_focus = m_line;
        m_errorLabel = new QLabel(this);
        m_errorLabel->setObjectName(QStringLiteral("error"));
        m_errorLabel->setWordWrap(true);
        m_errorLabel->hide();
        connect(m_line, &QLineEdit::editingFinished, this, &ParameterEditor::edited);
        break;
    case ParamType::File:
        createFileChooser(row);
        break;
    }
    if (!m_fileName)
        row->addWidget(m_focus, 1);
    describe(m_focus);

    // Sliders for bounded numbers; log-spaced where the schema says so.
    if ((m_real || m_int) && bounded && spec.max.toDouble() > spec.min.toDouble()) {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setRange(0, kSliderSteps);
        m_slider->setAccessibleName(spec.label + tr(" slider"));
        m_slider->setAccessibleDescription(spec.description);
        m_slider->setToolTip(m_focus->toolTip());
        outer->addWidget(m_slider);
        connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
            if (m_syncing)
                return;
            m_syncing = true;
            if (m_real)
                m_real->setValue(sliderValue(pos));
            else
                m_int->setValue(int(std::lround(sliderValue(pos))));
            m_syncing = false;
        });
    }
    if (m_errorLabel)
        outer->addWidget(m_errorLabel);
    setFocusProxy(m_focus);
}

void ParameterEditor::createFileChooser(QHBoxLayout *row)
{
    m_fileName = new ElidedLabel(this);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    m_clearFile = new QPushButton(m_spec.defaultValue.toString().isEmpty() ? tr("Clear")
                                                                           : tr("Default"),
                                  this);
    m_clearFile->setToolTip(m_spec.defaultValue.toString().isEmpty()
                                ? tr("Use no file")
                                : tr("Back to the built-in data"));
    m_clearFile->setAccessibleName(tr("%1: %2").arg(m_spec.label, m_clearFile->text()));
    m_focus = choose;
    row->addWidget(m_fileName, 1);
    row->addWidget(choose);
    row->addWidget(m_clearFile);
    connect(choose, &QPushButton::clicked, this, &ParameterEditor::chooseFile);
    connect(m_clearFile, &QPushButton::clicked, this, [this] {
        setValue(m_spec.defaultValue);
        Q_EMIT edited();
    });
    showFile();
}

void ParameterEditor::chooseFile()
{
    const QFileInfo current(m_filePath);
    const QString start = m_filePath.isEmpty() || m_filePath.startsWith(u':')
        ? QDir::homePath()
        : current.absolutePath();
    const QString filters = m_spec.fileFilters.join(QStringLiteral(";;"));
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose %1").arg(m_spec.label), start, filters);
    if (path.isEmpty())
        return;
    setValue(path);
    Q_EMIT edited();
}

void ParameterEditor::showFile()
{
    // Built-in data are named as such: a resource path means nothing to the user.
    const QString name = QFileInfo(m_filePath).fileName();
    if (m_filePath.isEmpty())
        m_fileName->setText(tr("No file"));
    else if (m_filePath.startsWith(u':'))
        m_fileName->setText(tr("%1 (built in)").arg(name));
    else
        m_fileName->setText(name);
    m_fileName->setEnabled(!m_filePath.isEmpty());
    m_clearFile->setEnabled(m_filePath != m_spec.defaultValue.toString());
    const QString where = m_filePath.isEmpty() || m_filePath.startsWith(u':')
        ? QString()
        : QStringLiteral("\n") + tr("File: %1").arg(QDir::toNativeSeparators(m_filePath));
    m_focus->setToolTip(m_tip + where);
    m_fileName->setAccessibleName(tr("%1 file").arg(m_spec.label));
    m_fileName->setAccessibleDescription(m_filePath);
}

void ParameterEditor::describe(QWidget *w)
{
    QString tip = m_spec.description;
    if (m_spec.type == ParamType::File) {
        if (!m_spec.fileFormat.isEmpty())
            tip += QStringLiteral("\n") + tr("Expected format: %1").arg(m_spec.fileFormat);
        if (!m_spec.fileFilters.isEmpty())
            tip += QStringLiteral("\n") + tr("Files: %1").arg(m_spec.fileFilters.join(tr("; ")));
        tip += QStringLiteral("\n") + tr("You can also drop a file onto the simulator view.");
    }
    if (m_spec.min.isValid() || m_spec.max.isValid()) {
        tip += QStringLiteral("\n") + tr("Range: %1 to %2%3")
                   .arg(m_spec.min.isValid() ? m_spec.min.toString() : QStringLiteral("−∞"),
                        m_spec.max.isValid() ? m_spec.max.toString() : QStringLiteral("∞"),
                        m_spec.unit.isEmpty() ? QString() : u' ' + m_spec.unit);
    }
    if (m_spec.logScale)
        tip += QStringLiteral("\n") + tr("The slider is logarithmic.");
    tip += QStringLiteral("\n")
           + (m_spec.live ? tr("Applies immediately, while running.") : tr("Applies at the next reset."));
    m_tip = tip.trimmed();
    w->setToolTip(m_tip);
    w->setWhatsThis(m_tip);
    w->setAccessibleName(m_spec.label);
    w->setAccessibleDescription(m_spec.description);
}

void ParameterEditor::setError(const QString &message)
{
    m_error = message;
    if (m_errorLabel) {
        m_errorLabel->setText(message);
        m_errorLabel->setVisible(!message.isEmpty());
    }
}

int ParameterEditor::sliderPosition(double v) const
{
    const double lo = m_spec.min.toDouble(), hi = m_spec.max.toDouble();
    const double t = m_spec.logScale ? std::log(v / lo) / std::log(hi / lo) : (v - lo) / (hi - lo);
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}

double ParameterEditor::sliderValue(int position) const
{
    const double lo = m_spec.min.toDouble(), hi = m_spec.max.toDouble();
    const double t = double(position) / kSliderSteps;
    double v = m_spec.logScale ? lo * std::pow(hi / lo, t) : lo + t * (hi - lo);
    if (m_spec.step.isValid() && m_spec.step.toDouble() > 0 && !m_spec.logScale)
        v = lo + std::round((v - lo) / m_spec.step.toDouble()) * m_spec.step.toDouble();
    // A position means no more digits than the step (or range) gives: 0.0126, not
    // 0.012589254117941675.
    v = needsScientific(m_spec) ? QString::number(v, 'g', 3).toDouble()
                                : QString::number(v, 'f', decimalsFor(m_spec)).toDouble();
    return std::clamp(v, lo, hi);
}

QVariant ParameterEditor::value() const
{
    if (m_real)
        return m_real->value();
    if (m_int)
        return m_int->value();
    if (m_check)
        return m_check->isChecked();
    if (m_combo)
        return m_combo->currentData();
    if (m_fileName)
        return m_filePath;
    return m_line->text();
}

void ParameterEditor::setValue(const QVariant &value)
{
    const QSignalBlocker block(this);
    m_syncing = true;
    if (m_real) {
        m_real->setValue(value.toDouble());
        if (m_slider)
            m_slider->setValue(sliderPosition(value.toDouble()));
    } else if (m_int) {
        m_int->setValue(value.toInt());
        if (m_slider)
            m_slider->setValue(sliderPosition(value.toDouble()));
    } else if (m_check) {
        m_check->setChecked(value.toBool());
    } else if (m_combo) {
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(value.toString())));
    } else if (m_fileName) {
        m_filePath = value.toString();
        showFile();
    } else if (m_line) {
        m_line->setText(value.typeId() == QMetaType::QVariantList ? listText(value) : value.toString());
    }
    m_syncing = false;
}

} // namespace paperlab::app

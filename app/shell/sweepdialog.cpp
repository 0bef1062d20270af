// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/sweepdialog.h"

#include "papers/paperregistry.h"
#include "session/simulationsession.h"
#include "session/sweepexecutor.h"
#include "shell/qmlhost.h"

#include <paperlab/math/stats.h>

#include <chartitem.h>
#include <mathtext.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace paperlab::app {

namespace {

// A parameter's name as an axis label: its label, and its unit in parentheses.
QString axisLabel(const ParamSpec &p)
{
    return p.unit.isEmpty() ? p.label : QStringLiteral("%1 (%2)").arg(p.label, p.unit);
}

QVariantMap seriesEntry(const QString &id, const QString &label, const QVariantList &x,
                        const QVariantList &y)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("label"), label},
            {QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
}

} // namespace

SweepDialog::SweepDialog(const PaperSpec &spec, const SimulationSession &source, QmlHost *qml,
                         QWidget *parent)
    : QDialog(parent), m_spec(spec), m_source(source), m_executor(new SweepExecutor(this))
{
    setWindowTitle(tr("Sweep — %1").arg(spec.metadata().name));
    for (const ParamSpec &p : source.parameters()) {
        if (p.type == ParamType::Real || p.type == ParamType::Int)
            m_parameters.append(p);
    }

    auto *controls = new QGridLayout;
    int row = 0;
    auto addRow = [&](const QString &label, QWidget *field, QWidget *buddy) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy);
        controls->addWidget(l, row, 0);
        controls->addWidget(field, row, 1);
        ++row;
    };
    m_parameter = new QComboBox(this);
    for (const ParamSpec &p : std::as_const(m_parameters))
        m_parameter->addItem(axisLabel(p), p.id);
    m_parameter->setAccessibleName(tr("Parameter to vary"));
    addRow(tr("&Parameter"), m_parameter, m_parameter);

    auto *range = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDoubleSpinBox(range);
    m_to = new QDoubleSpinBox(range);
    m_points = new QSpinBox(range);
    m_points->setRange(2, 25);
    m_points->setValue(5);
    m_log = new QCheckBox(tr("&Log spacing"), range);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_points->setAccessibleName(tr("Values"));
    auto *toLabel = new QLabel(tr("&to"), range);
    toLabel->setBuddy(m_to);
    auto *pointsLabel = new QLabel(tr("va&lues"), range);
    pointsLabel->setBuddy(m_points);
    rangeLayout->addWidget(m_from, 1);
    rangeLayout->addWidget(toLabel);
    rangeLayout->addWidget(m_to, 1);
    rangeLayout->addSpacing(12);
    rangeLayout->addWidget(m_points);
    rangeLayout->addWidget(pointsLabel);
    rangeLayout->addSpacing(12);
    rangeLayout->addWidget(m_log);
    addRow(tr("&From"), range, m_from);

    auto *runs = new QWidget(this);
    auto *runsLayout = new QHBoxLayout(runs);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    m_seeds = new QSpinBox(runs);
    m_seeds->setRange(1, 20);
    m_seeds->setValue(source.seedKey().isEmpty() ? 1 : 3);
    m_seeds->setEnabled(!source.seedKey().isEmpty());
    m_seeds->setAccessibleName(tr("Seeds per value"));
    m_seeds->setToolTip(tr("Seeds per value: the current seed and the ones after it"));
    m_steps = new QSpinBox(runs);
    m_steps->setRange(0, 10'000'000);
    m_steps->setSpecialValueText(tr("to the end"));
    m_steps->setAccessibleName(tr("Steps per run"));
    m_steps->setToolTip(tr("Steps of each run; \"to the end\" runs each as far as it goes"));
    auto *stepsLabel = new QLabel(tr("s&teps per run"), runs);
    stepsLabel->setBuddy(m_steps);
    runsLayout->addWidget(m_seeds);
    runsLayout->addSpacing(12);
    runsLayout->addWidget(stepsLabel);
    runsLayout->addWidget(m_steps, 1);
    addRow(tr("&Seeds per value"), runs, m_seeds);

    m_readout = new QComboBox(this);
    m_readout->setAccessibleName(tr("Readout to plot"));
    m_readout->setPlaceholderText(tr("(after the first run)"));
    addRow(tr("&Readout"), m_readout, m_readout);
    controls->setColumnStretch(1, 1);

    m_chart = qml->createView(QUrl(QStringLiteral("qrc:/shell/SweepChart.qml")), {}, *this);
    m_chart->setMinimumHeight(260);
    m_chart->setAccessibleName(tr("Sweep chart"));
    charts::ChartItem::setExportName(m_chart->quickWindow(), spec.id() + QStringLiteral("-sweep"));

    m_run = new QPushButton(tr("&Run sweep"), this);
    m_run->setDefault(true);
    m_stop = new QPushButton(tr("S&top"), this);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m runs"));
    m_progress->setTextVisible(false);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_run);
    bottom->addWidget(m_stop);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(900, 620);

    connect(m_parameter, &QComboBox::currentIndexChanged, this, &SweepDialog::onParameterChanged);
    connect(m_readout, &QComboBox::currentIndexChanged, this, &SweepDialog::updateChart);
    connect(m_readout, &QComboBox::activated, this, [this] { m_readoutChosen = true; });
    connect(m_from, &QDoubleSpinBox::valueChanged, this, &SweepDialog::updateState);
    connect(m_run, &QPushButton::clicked, this, &SweepDialog::startSweep);
    connect(m_stop, &QPushButton::clicked, this, &SweepDialog::stopSweep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_executor, &SweepExecutor::runFinished, this, &SweepDialog::onRunFinished);
    connect(m_executor, &SweepExecutor::finished, this, [this] {
        if (!m_failed) {
            m_status->setText(m_executor->stopRequested()
                                  ? tr("Stopped: %1 of %2 runs done").arg(m_executor->finishedCount())
                                                                     .arg(m_executor->runCount())
                                  : tr("Done: %1 runs").arg(m_executor->runCount()));
        }
        updateState();
        Q_EMIT sweepFinished();
    });
    if (m_parameters.isEmpty())
        m_status->setText(tr("This simulator has no numeric parameter to vary."));
    onParameterChanged();
}

SweepDialog::~SweepDialog() = default;

const ParamSpec *SweepDialog::currentParameter() const
{
    const int i = m_parameter->currentIndex();
    return i >= 0 && i < m_parameters.size() ? &m_parameters[i] : nullptr;
}

bool SweepDialog::isRunning() const
{
    return m_executor->isRunning();
}

void SweepDialog::onParameterChanged()
{
    const ParamSpec *p = currentParameter();
    if (!p) {
        updateState();
        return;
    }
    const bool integer = p->type == ParamType::Int;
    const double lowest = p->min.isValid() ? p->min.toDouble() : -1e12;
    const double highest = p->max.isValid() ? p->max.toDouble() : 1e12;
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setDecimals(integer ? 0 : 4);
        box->setRange(lowest, highest);
        box->setSuffix(p->unit.isEmpty() ? QString() : u' ' + p->unit);
    }
    // Around the current value: a factor of 4 each way on a log scale, else the full range
    // when it has one.
    const double current = m_source.applied().value(p->id).toDouble();
    if (p->logScale && current > 0) {
        m_from->setValue(std::max(lowest, current / 4));
        m_to->setValue(std::min(highest, current * 4));
    } else if (p->min.isValid() && p->max.isValid()) {
        m_from->setValue(lowest);
        m_to->setValue(highest);
    } else {
        m_from->setValue(current - std::max(1.0, std::abs(current)));
        m_to->setValue(current + std::max(1.0, std::abs(current)));
    }
    m_log->setChecked(p->logScale);
    const QString seedKey = m_source.seedKey();
    m_status->setText(
        seedKey.isEmpty()
            ? tr("Each run starts from the simulator's current parameters.")
            : tr("Each run starts from the simulator's current parameters; the seeds are %1 and "
                 "the ones after it.").arg(m_source.applied().value(seedKey).toString()));
    if (!isRunning() && m_runValue.isEmpty()) {
        m_xLabel = charts::MathText::escaped(axisLabel(*p));
        m_logX = m_log->isChecked();
        updateChart();
    }
    updateState();
}

QList<double> SweepDialog::values() const
{
    const ParamSpec *p = currentParameter();
    if (!p)
        return {};
    const double from = m_from->value();
    const double to = m_to->value();
    const int n = m_points->value();
    const bool log = m_log->isChecked() && from > 0 && to > 0;
    QList<double> out;
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / (n - 1);
        double v = log ? from * std::pow(to / from, t) : from + (to - from) * t;
        if (p->type == ParamType::Int)
            v = std::round(v);
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

void SweepDialog::startSweep()
{
    const ParamSpec *p = currentParameter();
    if (!p || isRunning())
        return;
    const QString seedKey = m_source.seedKey();
    const quint64 firstSeed = seedKey.isEmpty() ? 0 : m_source.applied().value(seedKey).toULongLong();
    std::vector<std::unique_ptr<SimulationSession>> sessions;
    QList<double> runValue;
    const QList<double> grid = values();
    for (double v : grid) {
        for (int s = 0; s < m_seeds->value(); ++s) {
            auto session = std::make_unique<SimulationSession>(m_spec, SimulationSession::Mode::Headless);
            Result<void> ok = session->selectView(m_source.viewId());
            if (ok) {
                session->setPendingValues(m_source.applied());
                session->setPending(p->id, p->type == ParamType::Int ? QVariant(qint64(v)) : QVariant(v));
                if (!seedKey.isEmpty())
                    session->setPending(seedKey, QVariant::fromValue(firstSeed + quint64(s)));
                ok = session->restart();
            }
            if (!ok) {
                m_status->setText(tr("%1 = %2: %3").arg(p->label).arg(v).arg(ok.error().userText));
                return;
            }
            sessions.push_back(std::move(session));
            runValue.append(v);
        }
    }
    m_key = p->id;
    m_xLabel = charts::MathText::escaped(axisLabel(*p));
    m_logX = m_log->isChecked() && grid.constFirst() > 0;
    m_runValue = runValue;
    m_runReadouts = QList<QMap<QString, double>>(runValue.size());
    m_status->clear();
    m_failed = false;
    m_progress->setRange(0, int(runValue.size()));
    m_progress->setTextVisible(true);
    m_progress->setValue(0);
    m_executor->start(std::move(sessions), m_steps->value() > 0 ? m_steps->value() : -1, {}, 0);
    updateChart();
    updateState();
}

void SweepDialog::stopSweep()
{
    m_executor->stop();
}

void SweepDialog::onRunFinished(int index)
{
    const Result<SnapshotPtr> &result = m_executor->result(index);
    m_progress->setValue(m_executor->finishedCount());
    if (!result) {
        m_status->setText(tr("%1 = %2: %3").arg(m_parameter->currentText()).arg(m_runValue.value(index))
                              .arg(result.error().userText));
        m_failed = true;
        m_executor->stop();
        return;
    }
    m_runReadouts[index] = result.value()->readouts;
    for (auto it = m_runReadouts[index].cbegin(); it != m_runReadouts[index].cend(); ++it) {
        if (m_readout->findText(it.key()) < 0)
            m_readout->addItem(it.key());
    }
    if (!m_readoutChosen)
        m_readout->setCurrentIndex(std::max(0, m_readout->findText(firstVaryingReadout())));
    updateChart();
}

QString SweepDialog::firstVaryingReadout() const
{
    QMap<QString, QPair<double, double>> extent; // the finite values' least and greatest
    for (const QMap<QString, double> &readouts : m_runReadouts) {
        for (auto it = readouts.cbegin(); it != readouts.cend(); ++it) {
            if (!std::isfinite(it.value()))
                continue;
            auto range = extent.find(it.key());
            if (range == extent.end())
                extent.insert(it.key(), {it.value(), it.value()});
            else
                *range = {std::min(range->first, it.value()), std::max(range->second, it.value())};
        }
    }
    for (auto it = extent.cbegin(); it != extent.cend(); ++it) {
        if (it->first != it->second)
            return it.key();
    }
    return extent.isEmpty() ? QString() : extent.firstKey();
}

void SweepDialog::updateChart()
{
    const QString readoutName = m_readout->currentText();
    const QString readout = charts::MathText::escaped(readoutName);
    QVariantList x, mean, minus, plus;
    int seedsShown = 0;
    QList<double> distinct;
    for (double v : std::as_const(m_runValue)) {
        if (!distinct.contains(v))
            distinct.append(v);
    }
    for (double v : std::as_const(distinct)) {
        std::vector<double> sample;
        for (qsizetype i = 0; i < m_runValue.size(); ++i) {
            const double r = m_runReadouts[i].value(readoutName, NAN);
            if (m_runValue[i] == v && std::isfinite(r))
                sample.push_back(r);
        }
        if (sample.empty())
            continue;
        const math::MeanSe s = math::meanWithSe(sample);
        seedsShown = std::max(seedsShown, s.n);
        x.append(v);
        mean.append(s.mean);
        minus.append(std::isfinite(s.se) ? s.mean - s.se : NAN);
        plus.append(std::isfinite(s.se) ? s.mean + s.se : NAN);
    }
    m_series.clear();
    if (!x.isEmpty()) {
        m_series = {seriesEntry(QStringLiteral("mean"), tr("mean of %n seed(s)", nullptr, seedsShown),
                                x, mean),
                    seriesEntry(QStringLiteral("minus-se"), tr("mean − 1 SE"), x, minus),
                    seriesEntry(QStringLiteral("plus-se"), tr("mean + 1 SE"), x, plus)};
    }
    if (QQuickItem *root = m_chart->rootObject()) {
        root->setProperty("logX", m_logX);
        root->setProperty("xLabel", m_xLabel);
        root->setProperty("yLabel", readout);
        root->setProperty("title", readout.isEmpty() ? QString()
                                                     : tr("%1 against %2").arg(readout, m_xLabel));
        root->setProperty("series", m_series);
    }
}

void SweepDialog::updateState()
{
    const bool running = isRunning();
    const bool positive = m_from->value() > 0;
    m_run->setEnabled(!running && currentParameter());
    m_stop->setEnabled(running);
    m_log->setEnabled(positive);
    for (QWidget *w : std::initializer_list<QWidget *>{m_parameter, m_from, m_to, m_points, m_steps})
        w->setEnabled(!running);
    m_seeds->setEnabled(!running && !m_source.seedKey().isEmpty());
}

} // namespace paperlab::app

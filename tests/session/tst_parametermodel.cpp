// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The parameter model: the rows every parameter form is generated from, with the kiosk
// policy enforced here rather than in each view.

#include "../testsession.h"

#include "session/parametermodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace paperlab;
using namespace paperlab::app;

namespace {

const QByteArray kSchema = R"({"parameters": [
    {"id": "seed", "type": "seed", "label": "Seed", "group": "g", "default": 1},
    {"id": "a", "type": "int", "label": "A", "group": "g", "default": 1, "min": 0, "max": 9,
     "unit": "things", "description": "The first"},
    {"id": "b", "type": "int", "label": "B", "group": "g", "default": 2, "min": 0, "max": 9,
     "kiosk": "readonly"},
    {"id": "c", "type": "int", "label": "C", "group": "g", "default": 3, "min": 0, "max": 9,
     "kiosk": "hidden"},
    {"id": "l", "type": "intlist", "label": "L", "group": "g", "default": [1, 2], "min": 0,
     "max": 9}]})";

ParameterSchema schema()
{
    return ParameterSchema::fromJson(kSchema, QStringLiteral("p.json")).value();
}

QStringList ids(const ParameterModel &m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row).data(ParameterModel::IdRole).toString());
    return out;
}

} // namespace

class TestParameterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreTheEditableParameters()
    {
        auto session = test::sessionFor(schema());
        ParameterModel desktop(*session, Presentation::Desktop);
        QCOMPARE(ids(desktop), QStringList({"a", "b", "c", "l"})); // seeds: the transport bar
        const QModelIndex a = desktop.index(0);
        QCOMPARE(a.data(ParameterModel::UnitRole).toString(), QStringLiteral("things"));
        QCOMPARE(a.data(ParameterModel::TypeRole).toString(), QStringLiteral("int"));
        QCOMPARE(a.data(ParameterModel::ValueRole).toInt(), 1);
        QCOMPARE(a.data(ParameterModel::MaxRole).toInt(), 9);
        QCOMPARE(a.data(ParameterModel::DescriptionRole).toString(), QStringLiteral("The first"));
        QVERIFY(desktop.roleNames().values().contains("restartNeeded"));
        QVERIFY(desktop.setData(desktop.index(1), 5)); // read-only only in the kiosk
        QCOMPARE(session->pending().integer(QStringLiteral("b")), 5);
    }

    void theKioskPolicyIsEnforcedHere()
    {
        auto session = test::sessionFor(schema());
        ParameterModel kiosk(*session, Presentation::Kiosk);
        QCOMPARE(ids(kiosk), QStringList({"a", "b", "l"})); // "c" is hidden
        const int b = kiosk.rowOf(QStringLiteral("b"));
        QVERIFY(kiosk.isReadOnly(b));
        QVERIFY(!(kiosk.flags(kiosk.index(b)) & Qt::ItemIsEditable));
        QVERIFY(!kiosk.setData(kiosk.index(b), 5));
        QVERIFY(!kiosk.setText(b, QStringLiteral("5")));
        QCOMPARE(session->pending().integer(QStringLiteral("b")), 2);
        QVERIFY(kiosk.setData(kiosk.index(kiosk.rowOf(QStringLiteral("a"))), 4));
        QCOMPARE(session->pending().integer(QStringLiteral("a")), 4);
    }

    void editsAnywhereReachEveryModel()
    {
        auto session = test::sessionFor(schema());
        ParameterModel model(*session, Presentation::Desktop);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session->setPending(QStringLiteral("a"), 7);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0).data(ParameterModel::ValueRole).toInt(), 7);
        QVERIFY(model.index(0).data(ParameterModel::RestartNeededRole).toBool());
        QVERIFY(session->restart());
        QVERIFY(!model.index(0).data(ParameterModel::RestartNeededRole).toBool());
    }

    void textIsParsedWithTheSchemasMessage()
    {
        auto session = test::sessionFor(schema());
        ParameterModel model(*session, Presentation::Desktop);
        const int l = model.rowOf(QStringLiteral("l"));
        QVERIFY(model.setText(l, QStringLiteral("3, 4, 5")));
        QCOMPARE(session->pending().intList(QStringLiteral("l")), QList<int>({3, 4, 5}));
        const auto bad = model.setText(l, QStringLiteral("3, 40"));
        QVERIFY(!bad);
        QVERIFY(bad.error().logText.contains(QLatin1String("\"l\"")));
    }

    // A view's own editor (the transductive-online truth table) goes through the model: the
    // values apply with a restart, and a refused edit leaves every pending value as it was.
    void viewsApplyAndRestart()
    {
        auto session = test::sessionFor(schema());
        ParameterModel model(*session, Presentation::Desktop);
        QSignalSpy restarted(session.get(), &app::SimulationSession::restarted);
        QSignalSpy failed(session.get(), &app::SimulationSession::errorOccurred);
        QVERIFY(model.apply({{QStringLiteral("l"), QVariantList{6, 3.0, 9}},
                             {QStringLiteral("a"), 4}}));
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(session->applied().intList(QStringLiteral("l")), QList<int>({6, 3, 9}));
        QCOMPARE(model.value(QStringLiteral("a")).toInt(), 4);

        session->setPending(QStringLiteral("b"), 7); // an unrelated edit waiting for Reset
        QVERIFY(!model.apply({{QStringLiteral("l"), QVariantList{1, 12}}})); // 12 > max 9
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("\"l\"")));
        QCOMPARE(restarted.count(), 1);
        QCOMPARE(session->pending().intList(QStringLiteral("l")), QList<int>({6, 3, 9}));
        QCOMPARE(session->pending().integer(QStringLiteral("b")), 7);
        QVERIFY(!model.apply({{QStringLiteral("nope"), 1}}));
        QVERIFY(!model.value(QStringLiteral("nope")).isValid());

        ParameterModel kiosk(*session, Presentation::Kiosk);
        QVERIFY(!kiosk.apply({{QStringLiteral("b"), 3}})); // read-only in the kiosk
        QVERIFY(!kiosk.apply({{QStringLiteral("c"), 3}})); // hidden: no row
        QCOMPARE(session->pending().integer(QStringLiteral("b")), 7);
        QCOMPARE(restarted.count(), 1);
    }
};

QTEST_MAIN(TestParameterModel)
#include "tst_parametermodel.moc"

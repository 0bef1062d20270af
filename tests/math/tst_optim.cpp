// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/optim.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <vector>

using namespace paperlab::math;

namespace {

// One scalar parameter p with gradient g, as a 1 x 1 matrix pair.
struct Scalar
{
    Eigen::MatrixXd value = Eigen::MatrixXd::Constant(1, 1, 1.0);
    Eigen::MatrixXd grad = Eigen::MatrixXd::Zero(1, 1);
    std::vector<ParamRef> refs() { return {{&value, &grad}}; }
    double p() const { return value(0, 0); }
    void setGrad(double g) { grad(0, 0) = g; }
};

} // namespace

class TestOptim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sgdMomentumHandComputed();
    void sgdWeightDecay();
    void adamFirstStepIsLrTimesSign_data();
    void adamFirstStepIsLrTimesSign();
    void adamSecondStepHandComputed();
    void adamWDecoupledVersusL2();
    void adamMatchesAReference();
    void learningRateChangesPerStep();
    void minimisesQuadratic();
};

void TestOptim::sgdMomentumHandComputed()
{
    // p0 = 1, g = 0.5 twice, lr 0.1, momentum 0.9:
    //   v1 = 0.5,               p1 = 1 - 0.1 * 0.5 = 0.95
    //   v2 = 0.9 * 0.5 + 0.5 = 0.95, p2 = 0.95 - 0.1 * 0.95 = 0.855
    //   g = -1: v3 = 0.9 * 0.95 - 1 = -0.145, p3 = 0.855 + 0.0145 = 0.8695
    Scalar s;
    SgdMomentum sgd(0.1, 0.9);
    s.setGrad(0.5);
    sgd.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.95, 1e-15);
    sgd.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.855, 1e-15);
    s.setGrad(-1.0);
    sgd.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.8695, 1e-15);
}

void TestOptim::sgdWeightDecay()
{
    // L2 decay is added to the gradient: g' = 0.5 + 0.01 * 1 = 0.51, p = 1 - 0.1 * 0.51.
    Scalar s;
    SgdMomentum sgd(0.1, 0.9, 0.01);
    s.setGrad(0.5);
    sgd.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.949, 1e-15);
}

void TestOptim::adamFirstStepIsLrTimesSign_data()
{
    QTest::addColumn<double>("grad");
    QTest::newRow("+0.5") << 0.5;
    QTest::newRow("-3") << -3.0;
    QTest::newRow("+1e-3") << 1e-3;
}

void TestOptim::adamFirstStepIsLrTimesSign()
{
    QFETCH(double, grad);
    // Step 1: m = 0.1 g, v = 0.001 g^2, so m / (1 - 0.9) = g and sqrt(v / (1 - 0.999)) = |g|;
    // the update is lr * g / (|g| + eps) = lr * sign(g) * |g| / (|g| + 1e-8).
    Scalar s;
    Adam adam(0.01);
    s.setGrad(grad);
    adam.step(s.refs());
    const double expected = 1.0 - 0.01 * grad / (std::abs(grad) + 1e-8);
    PL_COMPARE_NEAR(s.p(), expected, 1e-15);
    PL_COMPARE_NEAR(s.p(), grad > 0 ? 0.99 : 1.01, 1e-6);
    QCOMPARE(adam.stepCount(), 1);
}

void TestOptim::adamSecondStepHandComputed()
{
    // g1 = 0.5 then g2 = -0.25, lr 0.01, default betas and eps.
    //   after step 1: p = 1 - 0.01 * 0.5 / (0.5 + 1e-8) = 0.9900000002,
    //                 m = 0.05, v = 0.00025
    //   step 2: m = 0.9 * 0.05 + 0.1 * (-0.25) = 0.02
    //           v = 0.999 * 0.00025 + 0.001 * 0.0625 = 0.00031225
    //           1 - 0.9^2 = 0.19, 1 - 0.999^2 = 0.001999
    //           m^ = 0.02 / 0.19 = 0.105263157894737
    //           v^ = 0.00031225 / 0.001999 = 0.156203101550775, sqrt = 0.395225380701664
    //           update = 0.01 * 0.105263157894737 / (0.395225380701664 + 1e-8)
    //                  = 0.00266337032921538
    //   p = 0.9900000002 - 0.00266337032921538 = 0.98733662987078462
    Scalar s;
    Adam adam(0.01);
    s.setGrad(0.5);
    adam.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.9900000002, 1e-15);
    s.setGrad(-0.25);
    adam.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.98733662987078462, 1e-13);
}

void TestOptim::adamWDecoupledVersusL2()
{
    // p0 = 1, g = 0.5, lr 0.01, weight decay 0.1.
    // AdamW: p = 1 * (1 - 0.01 * 0.1) = 0.999, then the Adam step of lr * sign(g):
    //        0.999 - 0.01 * 0.5 / (0.5 + 1e-8) = 0.9890000002.
    // Adam + L2: g' = 0.5 + 0.1 * 1 = 0.6 is normalised away on the first step:
    //        1 - 0.01 * 0.6 / (0.6 + 1e-8) = 0.99000000016667.
    // The decoupled decay moves p by an extra lr * wd * p = 0.001 that L2 Adam does not.
    Scalar w;
    Scalar l2;
    Adam adamW(0.01, 0.9, 0.999, 1e-8, 0.1, true);
    Adam adamL2(0.01, 0.9, 0.999, 1e-8, 0.1, false);
    w.setGrad(0.5);
    l2.setGrad(0.5);
    adamW.step(w.refs());
    adamL2.step(l2.refs());
    PL_COMPARE_NEAR(w.p(), 0.9890000002, 1e-15);
    PL_COMPARE_NEAR(l2.p(), 0.99000000016667, 1e-13);
    PL_COMPARE_NEAR(l2.p() - w.p(), 0.001, 1e-8);

    // With zero gradient the decoupled decay is exactly p (1 - lr wd) per step; Adam's
    // moments stay 0, so nothing else moves p.
    Scalar z;
    Adam decayOnly(0.5, 0.9, 0.999, 1e-8, 0.2, true);
    z.setGrad(0.0);
    decayOnly.step(z.refs());
    decayOnly.step(z.refs());
    PL_COMPARE_NEAR(z.p(), 0.9 * 0.9, 1e-15);
}

void TestOptim::learningRateChangesPerStep()
{
    // SGD without momentum: p -= lr_t * g with lr 0.1 then 0.2: 1 - 0.05 - 0.1 = 0.85.
    Scalar s;
    SgdMomentum sgd(0.1, 0.0);
    s.setGrad(0.5);
    sgd.step(s.refs());
    sgd.setLearningRate(0.2);
    QCOMPARE(sgd.learningRate(), 0.2);
    sgd.step(s.refs());
    PL_COMPARE_NEAR(s.p(), 0.85, 1e-15);

    // Adam's first step has size ~lr, so lr 0 leaves p alone and the step counter advances.
    Scalar a;
    Adam adam(0.0);
    a.setGrad(1.0);
    adam.step(a.refs());
    PL_COMPARE_NEAR(a.p(), 1.0, 0.0);
    adam.setLearningRate(0.05);
    adam.reset();
    adam.step(a.refs());
    PL_COMPARE_NEAR(a.p(), 0.95, 1e-9);
}

void TestOptim::minimisesQuadratic()
{
    // f(P) = 0.5 ||P - T||^2 over a 2 x 3 matrix: both optimisers converge to T.
    Eigen::MatrixXd target(2, 3);
    target << 1, -2, 3, 0.5, 0, -1;
    for (int which = 0; which < 2; ++which) {
        Eigen::MatrixXd p = Eigen::MatrixXd::Zero(2, 3);
        Eigen::MatrixXd g(2, 3);
        const std::vector<ParamRef> refs{{&p, &g}};
        SgdMomentum sgd(0.1, 0.9);
        Adam adam(0.05);
        for (int step = 0; step < 2000; ++step) {
            g = p - target;
            if (which == 0)
                sgd.step(refs);
            else
                adam.step(refs);
        }
        QVERIFY2((p - target).norm() < 1e-3, qPrintable(QString::number((p - target).norm())));
    }
}

void TestOptim::adamMatchesAReference()
{
    // The in-place update against the textbook one written with temporaries, over several
    // steps of random gradients, plain, with L2 and with decoupled weight decay.
    struct Config {
        double wd;
        bool decoupled;
    };
    for (const Config c : {Config{0.0, false}, Config{0.1, false}, Config{0.1, true}}) {
        Rng rng(7);
        Eigen::MatrixXd p = rng.normalMatrix(7, 5, 1.0), g(7, 5);
        Eigen::MatrixXd rp = p, rm = Eigen::MatrixXd::Zero(7, 5), rv = rm;
        Adam adam(0.01, 0.9, 0.999, 1e-8, c.wd, c.decoupled);
        for (int t = 1; t <= 6; ++t) {
            g = rng.normalMatrix(7, 5, 1.0);
            adam.step({ParamRef{&p, &g}});
            Eigen::MatrixXd rg = g;
            if (c.decoupled)
                rp *= 1.0 - 0.01 * c.wd;
            else
                rg += c.wd * rp;
            rm = 0.9 * rm + 0.1 * rg;
            rv = 0.999 * rv + 0.001 * rg.cwiseAbs2();
            const Eigen::ArrayXXd mHat = rm.array() / (1.0 - std::pow(0.9, t));
            const Eigen::ArrayXXd vHat = rv.array() / (1.0 - std::pow(0.999, t));
            rp.array() -= 0.01 * mHat / (vHat.sqrt() + 1e-8);
            QVERIFY2((p - rp).cwiseAbs().maxCoeff() < 1e-12,
                     qPrintable(QString::number((p - rp).cwiseAbs().maxCoeff())));
        }
    }
}

QTEST_APPLESS_MAIN(TestOptim)
#include "tst_optim.moc"

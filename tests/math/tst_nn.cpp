// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/comparenear.h>

#include <paperlab/math/gradcheck.h>
#include <paperlab/math/nn.h>
#include <paperlab/math/rng.h>

#include <QObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace paperlab::math;

namespace {

// Inputs kept at least 0.1 away from 0, where ReLU has its kink, so that central
// differences with h = 1e-5 never straddle it.
Eigen::MatrixXd testInput(int rows, int cols, uint64_t seed)
{
    Rng rng(seed);
    Eigen::MatrixXd x = rng.normalMatrix(rows, cols, 1.0);
    return x.unaryExpr([](double v) { return v + (v >= 0.0 ? 0.1 : -0.1); });
}

std::unique_ptr<Layer> makeLayer(const QString &name, int dim)
{
    Rng rng(99);
    if (name == QLatin1String("linear"))
        return std::make_unique<Linear>(dim, dim + 2, rng);
    if (name == QLatin1String("linear-he"))
        return std::make_unique<Linear>(dim, 3, rng, Linear::Init::HeNormal);
    if (name == QLatin1String("layernorm")) {
        auto ln = std::make_unique<LayerNorm>(dim);
        // Non-trivial gain and bias, so their gradients and their effect on dx are tested.
        ln->gain() = rng.normalMatrix(1, dim, 1.0);
        ln->bias() = rng.normalMatrix(1, dim, 1.0);
        return ln;
    }
    if (name == QLatin1String("relu"))
        return std::make_unique<ReLU>();
    if (name == QLatin1String("swish"))
        return std::make_unique<Swish>();
    if (name == QLatin1String("tanh"))
        return std::make_unique<Tanh>();
    if (name == QLatin1String("sigmoid"))
        return std::make_unique<Sigmoid>();
    if (name == QLatin1String("softmax"))
        return std::make_unique<Softmax>();
    if (name == QLatin1String("residual"))
        return std::make_unique<ResidualBlock>(dim, rng);
    auto seq = std::make_unique<Sequential>();
    seq->emplace<Linear>(dim, 6, rng);
    seq->emplace<Tanh>();
    seq->emplace<Linear>(6, 3, rng);
    seq->emplace<Softmax>();
    return seq;
}

// x^2 with a deliberately wrong derivative (1.9 x instead of 2 x).
class BrokenSquare : public Layer
{
public:
    Eigen::MatrixXd forward(const Eigen::MatrixXd &input) override
    {
        m_input = input;
        return input.cwiseAbs2();
    }
    Eigen::MatrixXd backward(const Eigen::MatrixXd &gradOutput) override
    {
        return 1.9 * m_input.cwiseProduct(gradOutput);
    }

private:
    Eigen::MatrixXd m_input;
};

// Relative error with a floor of 1e-3 (see GradCheckOptions). Measured worst cases with
// h = 1e-5: ~1e-9 for single layers, 1.2e-7 for ResidualBlock (12 stacked layers).
constexpr GradCheckOptions kOptions{1e-5, 1e-3};

} // namespace

class TestNn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradients_data();
    void gradients();
    void gradCheckDetectsWrongGradient();
    void linearKnownValues();
    void linearInit();
    void gradientsAccumulate();
    void layerNormStatistics();
    void activationKnownValues();
    void softmaxRowsSumToOne();
    void residualIdentityWhenBranchSilenced();
    void residualStructure();
};

void TestNn::gradients_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("paramCount");
    QTest::newRow("Linear") << QStringLiteral("linear") << 2;
    QTest::newRow("Linear He") << QStringLiteral("linear-he") << 2;
    QTest::newRow("LayerNorm") << QStringLiteral("layernorm") << 2;
    QTest::newRow("ReLU") << QStringLiteral("relu") << 0;
    QTest::newRow("Swish") << QStringLiteral("swish") << 0;
    QTest::newRow("Tanh") << QStringLiteral("tanh") << 0;
    QTest::newRow("Sigmoid") << QStringLiteral("sigmoid") << 0;
    QTest::newRow("Softmax") << QStringLiteral("softmax") << 0;
    QTest::newRow("ResidualBlock") << QStringLiteral("residual") << 16;
    QTest::newRow("Sequential") << QStringLiteral("sequential") << 4;
}

void TestNn::gradients()
{
    QFETCH(QString, layer);
    QFETCH(int, paramCount);
    const int dim = 5;
    std::unique_ptr<Layer> l = makeLayer(layer, dim);
    QCOMPARE(int(l->params().size()), paramCount);

    const Eigen::MatrixXd x = testInput(4, dim, 17);
    const GradCheckResult r = checkLayerGradients(*l, x, kOptions);
    QVERIFY2(r.maxRelError < 1e-6,
             qPrintable(QStringLiteral("max rel error %1 at variable %2 (%3, %4)")
                            .arg(r.maxRelError)
                            .arg(r.worstVariable)
                            .arg(r.worstRow)
                            .arg(r.worstCol)));
    // Something was checked (the worst entry belongs to the input or a parameter).
    QVERIFY(r.worstVariable >= 0 && r.worstVariable <= paramCount);
}

void TestNn::gradCheckDetectsWrongGradient()
{
    BrokenSquare broken;
    const GradCheckResult r = checkLayerGradients(broken, testInput(3, 4, 5), kOptions);
    // The analytic gradient is 5% too small, so the error is about 0.05 * |2 x w| / scale.
    QVERIFY2(r.maxRelError > 1e-2, qPrintable(QString::number(r.maxRelError)));
    QCOMPARE(r.worstVariable, 0);
}

void TestNn::linearKnownValues()
{
    Rng rng(1);
    Linear lin(2, 3, rng);
    lin.weight() << 1, 2, 3, 4, 5, 6;
    lin.bias() << 0.5, -1, 0;
    Eigen::MatrixXd x(2, 2);
    x << 1, 1, 2, -1;
    // y = x W^T + b by hand: row 0 = (1+2+0.5, 3+4-1, 5+6+0), row 1 = (2-2+0.5, 6-4-1, 10-6).
    Eigen::MatrixXd expected(2, 3);
    expected << 3.5, 6, 11, 0.5, 1, 4;
    QVERIFY(lin.forward(x).isApprox(expected, 1e-15));

    lin.zeroGrad();
    const Eigen::MatrixXd gradIn = lin.backward(Eigen::MatrixXd::Ones(2, 3));
    // dx = G W: each row is the column sums of W = (9, 12); dW = G^T x: each row is the
    // column sums of x = (3, 0); db = column sums of G = (2, 2, 2).
    Eigen::MatrixXd expectedIn(2, 2);
    expectedIn << 9, 12, 9, 12;
    Eigen::MatrixXd expectedW(3, 2);
    expectedW << 3, 0, 3, 0, 3, 0;
    QVERIFY(gradIn.isApprox(expectedIn));
    QVERIFY(lin.weightGrad().isApprox(expectedW));
    QVERIFY(lin.biasGrad().isApprox(Eigen::MatrixXd::Constant(1, 3, 2.0)));
}

void TestNn::linearInit()
{
    Rng rng(2);
    const int in = 400;
    Linear uniform(in, 300, rng);
    const double bound = 1.0 / std::sqrt(double(in));
    QVERIFY(uniform.weight().cwiseAbs().maxCoeff() <= bound);
    QVERIFY(uniform.bias().isZero(0.0));
    // U(-b, b) has variance b^2 / 3; 120000 draws give a relative SE of about 0.4%.
    const double var = uniform.weight().squaredNorm() / double(uniform.weight().size());
    PL_COMPARE_NEAR(var, bound * bound / 3.0, 0.03 * bound * bound / 3.0);

    Linear he(in, 300, rng, Linear::Init::HeNormal);
    const double heVar = he.weight().squaredNorm() / double(he.weight().size());
    PL_COMPARE_NEAR(heVar, 2.0 / in, 0.03 * 2.0 / in);
}

void TestNn::gradientsAccumulate()
{
    Rng rng(3);
    Linear lin(3, 2, rng);
    const Eigen::MatrixXd x = testInput(4, 3, 8);
    const Eigen::MatrixXd g = testInput(4, 2, 9);
    lin.zeroGrad();
    lin.forward(x);
    lin.backward(g);
    const Eigen::MatrixXd once = lin.weightGrad();
    lin.backward(g);
    QVERIFY(lin.weightGrad().isApprox(2.0 * once));
    lin.zeroGrad();
    QVERIFY(lin.weightGrad().isZero(0.0));
    QVERIFY(lin.biasGrad().isZero(0.0));
}

void TestNn::layerNormStatistics()
{
    LayerNorm ln(4);
    Eigen::MatrixXd x(2, 4);
    x << 1, 2, 3, 4, -10, 0, 10, 20;
    const Eigen::MatrixXd y = ln.forward(x);
    // Row 0: mean 2.5, biased variance 1.25, so y = (x - 2.5) / sqrt(1.25 + 1e-5).
    const double s = std::sqrt(1.25 + 1e-5);
    PL_COMPARE_NEAR(y(0, 0), -1.5 / s, 1e-15);
    PL_COMPARE_NEAR(y(0, 3), 1.5 / s, 1e-15);
    for (int r = 0; r < 2; ++r)
        PL_COMPARE_NEAR(y.row(r).mean(), 0.0, 1e-15);
    // Row 1: variance 125, so the row's variance after normalisation is 125 / (125 + 1e-5).
    PL_COMPARE_NEAR(y.row(1).squaredNorm() / 4.0, 125.0 / (125.0 + 1e-5), 1e-14);
}

void TestNn::activationKnownValues()
{
    Eigen::MatrixXd x(1, 4);
    x << -1.0, 0.0, 0.5, 1.0;
    ReLU relu;
    Swish swish;
    Tanh tanh;
    Sigmoid sigmoid;
    const Eigen::MatrixXd r = relu.forward(x);
    const Eigen::MatrixXd w = swish.forward(x);
    const Eigen::MatrixXd t = tanh.forward(x);
    const Eigen::MatrixXd s = sigmoid.forward(x);
    PL_COMPARE_NEAR(r(0, 0), 0.0, 0.0);
    PL_COMPARE_NEAR(r(0, 3), 1.0, 0.0);
    // sigmoid(1) = 1 / (1 + e^-1) = 0.7310585786300049; swish(1) = sigmoid(1).
    PL_COMPARE_NEAR(s(0, 1), 0.5, 1e-16);
    PL_COMPARE_NEAR(s(0, 3), 0.7310585786300049, 1e-15);
    PL_COMPARE_NEAR(w(0, 3), 0.7310585786300049, 1e-15);
    PL_COMPARE_NEAR(w(0, 0), -1.0 + 0.7310585786300049, 1e-15);
    PL_COMPARE_NEAR(t(0, 2), 0.46211715726000974, 1e-15);

    // No overflow to NaN at extreme inputs.
    Eigen::MatrixXd big(1, 2);
    big << -800.0, 800.0;
    const Eigen::MatrixXd sb = sigmoid.forward(big);
    const Eigen::MatrixXd wb = swish.forward(big);
    PL_COMPARE_NEAR(sb(0, 0), 0.0, 1e-300);
    PL_COMPARE_NEAR(sb(0, 1), 1.0, 0.0);
    PL_COMPARE_NEAR(wb(0, 1), 800.0, 0.0);
    QVERIFY(wb.allFinite());
}

void TestNn::softmaxRowsSumToOne()
{
    Softmax softmax;
    Eigen::MatrixXd x(3, 3);
    x << 1000.0, 1000.0, 0.0, 0.0, std::log(3.0), -INFINITY, -5.0, 2.0, 7.0;
    const Eigen::MatrixXd y = softmax.forward(x);
    QVERIFY(y.allFinite());
    for (int r = 0; r < 3; ++r)
        PL_COMPARE_NEAR(y.row(r).sum(), 1.0, 1e-15);
    PL_COMPARE_NEAR(y(0, 0), 0.5, 1e-15);
    PL_COMPARE_NEAR(y(1, 0), 0.25, 1e-15);
    PL_COMPARE_NEAR(y(1, 1), 0.75, 1e-15);
    PL_COMPARE_NEAR(y(1, 2), 0.0, 0.0);
}

void TestNn::residualIdentityWhenBranchSilenced()
{
    Rng rng(4);
    ResidualBlock block(6, rng);
    const Eigen::MatrixXd x = testInput(3, 6, 10);
    // The block is not the identity in general...
    QVERIFY((block.forward(x) - x).norm() > 1e-3);

    // ...but with the last LayerNorm's gain and bias at 0, f(x) = swish(0) = 0: y = x, and
    // the only path for the gradient is the skip.
    auto &lastNorm = dynamic_cast<LayerNorm &>(block.branch().layer(10));
    lastNorm.gain().setZero();
    lastNorm.bias().setZero();
    QCOMPARE(block.forward(x), x);
    const Eigen::MatrixXd g = testInput(3, 6, 11);
    QCOMPARE(block.backward(g), g);
}

void TestNn::residualStructure()
{
    Rng rng(5);
    ResidualBlock block(3, rng);
    QCOMPARE(block.branch().size(), 12);
    for (int k = 0; k < 4; ++k) {
        QVERIFY(dynamic_cast<Linear *>(&block.branch().layer(3 * k)) != nullptr);
        QVERIFY(dynamic_cast<LayerNorm *>(&block.branch().layer(3 * k + 1)) != nullptr);
        QVERIFY(dynamic_cast<Swish *>(&block.branch().layer(3 * k + 2)) != nullptr);
    }
    // 4 x (W 3x3 + b + gain + bias) = 4 x (9 + 3 + 3 + 3) scalars.
    Eigen::Index scalars = 0;
    for (const ParamRef &p : block.params()) {
        QCOMPARE(p.grad->rows(), p.value->rows());
        QCOMPARE(p.grad->cols(), p.value->cols());
        scalars += p.value->size();
    }
    QCOMPARE(scalars, Eigen::Index(72));
}

QTEST_APPLESS_MAIN(TestNn)
#include "tst_nn.moc"

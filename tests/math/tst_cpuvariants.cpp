// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The numerical libraries come in a baseline and an x86-64-v3 copy
// (cmake/PaperLabModels.cmake): the dynamic loader must take the x86-64-v3 copy exactly
// when the CPU has its features, and the baseline copy when the test masks them
// (ctest entry tst_cpuvariants_baseline, GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2). Both copies
// must compute the same results, up to the last bits that fused multiply-adds change.

#include <paperlab/math/linalg.h>

#include <QTest>

#include <dlfcn.h>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <string>

using namespace paperlab::math;

namespace {

// The file the loader took libpaperlab_math from.
std::string loadedMathLibrary()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&symmetricEigen), &info) == 0 || !info.dli_fname)
        return {};
    return info.dli_fname;
}

bool expectX86_64_v3()
{
#if defined(PAPERLAB_CPU_VARIANTS) && (defined(__x86_64__) || defined(_M_X64))
    if (qEnvironmentVariableIsSet("PAPERLAB_EXPECT_BASELINE"))
        return false;
    __builtin_cpu_init();
    return __builtin_cpu_supports("x86-64-v3");
#else
    return false;
#endif
}

} // namespace

class TestCpuVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLoaderTakesTheCopyForThisCpu()
    {
        const std::string path = loadedMathLibrary();
        QVERIFY2(!path.empty(), "cannot find where libpaperlab_math was loaded from");
        const bool v3 = path.find("/glibc-hwcaps/x86-64-v3/") != std::string::npos;
        qInfo("libpaperlab_math from %s", path.c_str());
        QCOMPARE(v3, expectX86_64_v3());
    }

    // A fixed symmetric matrix with known eigenvalues 1..n (Q diag(1..n) Q^T for a Householder
    // reflection Q): either copy must find them to far better than the tests' tolerances.
    void eitherCopyComputesTheSameSpectrum()
    {
        const int n = 48;
        Eigen::VectorXd v(n);
        for (int i = 0; i < n; ++i)
            v(i) = std::sin(0.7 * i + 0.3);
        v.normalize();
        const Eigen::MatrixXd q = Eigen::MatrixXd::Identity(n, n) - 2.0 * v * v.transpose();
        Eigen::VectorXd d(n);
        for (int i = 0; i < n; ++i)
            d(i) = i + 1;
        const Eigen::MatrixXd a = q * d.asDiagonal() * q.transpose();
        const SymEigen eig = symmetricEigen(a);
        QCOMPARE(eig.values.size(), Eigen::Index(n));
        Eigen::VectorXd sorted = eig.values;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < n; ++i)
            QVERIFY2(std::abs(sorted(i) - (i + 1)) < 1e-10, qPrintable(QString::number(i)));
    }
};

QTEST_GUILESS_MAIN(TestCpuVariants)
#include "tst_cpuvariants.moc"

// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "diffusion.h"
#include "scorenet.h"

#include <paperlab/math/rng.h>

#include <Eigen/Core>

#include <memory>
#include <vector>

namespace paperlab::papers::diffusionmemorization {

/// Settings of one low-dimensional train-and-sample experiment.
struct MemorisationConfig {
    ScoreNetConfig net;
    int samples = 256;       ///< generated samples per evaluation
    int reverseSteps = 250;  ///< Euler–Maruyama steps from net.tMax down to net.tMin
    int keepEvery = 10;      ///< record the reverse cloud every this many steps
    double gapK = 1.0 / 3.0; ///< the memorisation threshold k of eq. 6
    int bootstrap = 1000;    ///< resamples for the SE of f_mem (as compute_fmem.py)
    int qualityPoints = 256; ///< population points per quality time
    std::vector<double> qualityTimes = {0.01, 0.03, 0.1, 0.3, 1.0};
    int lossPoints = 1024; ///< fixed (x_t, t, ξ) triples for the train/test DSM losses
};

/// One evaluation of the score network during training.
struct Checkpoint {
    int step = 0;
    MemorisedFraction fmem;
    double quality = 0.0;   ///< population score error, see MemorisationRun::quality()
    double trainLoss = 0.0; ///< DSM loss per dimension on the training points
    double testLoss = 0.0;  ///< the same on fresh population points
};

/// The fixed draws an experiment shares between its runs, so that runs differ only in n.
struct SharedDraws {
    GaussianMixture mix;
    Eigen::MatrixXd data;       ///< nMax training points; run n uses the first n rows
    Eigen::MatrixXd start;      ///< N(0, I) starting points of every reverse run
    Eigen::MatrixXd population; ///< fresh population samples, for the f_mem baseline
};
SharedDraws makeSharedDraws(const GaussianMixture &mix, int nMax, int samples,
                            const math::Rng &master);

/// Reverse sampling with the exact empirical score of `train`: the minimiser of the
/// training loss, which regenerates the training points (eq. 5).
ReverseRun sampleWithEmpiricalScore(const Eigen::MatrixXd &train, const Eigen::MatrixXd &start,
                                    const MemorisationConfig &config, math::Rng &rng);

/// A score network trained by denoising score matching on n training points, evaluated at
/// checkpoints: generated samples, their memorised fraction, a population score error and
/// the train/test DSM losses. Deterministic given its streams: training draws come from one
/// stream, and every evaluation reuses the same reverse-noise stream (common random
/// numbers), so that f_mem curves are smooth in the training time.
class MemorisationRun
{
public:
    MemorisationRun(const SharedDraws &draws, int n, const MemorisationConfig &config,
                    const math::Rng &streams);

    int n() const { return int(m_train.rows()); }
    const Eigen::MatrixXd &train() const { return m_train; }
    int steps() const { return m_net->steps(); }

    /// `count` Adam steps.
    void trainSteps(int count);
    /// Evaluates the current network and appends a checkpoint.
    const Checkpoint &evaluate();

    /// Q = mean over the quality times t of E_{x~P_t} ‖ε̂_θ(x, t) + √Δ_t ∇log P_t(x)‖²/D: the
    /// score error against the population in noise units (analogue of E_score, eq. 8).
    double quality();
    /// Q of the empirical score: the level a fully memorising model tends to.
    double empiricalQuality() const { return m_empiricalQuality; }

    const std::vector<Checkpoint> &history() const { return m_history; }
    /// The latest evaluation's reverse run (samples and recorded clouds).
    const ReverseRun &latestSamples() const { return m_latest; }

private:
    const SharedDraws &m_draws;
    MemorisationConfig m_config;
    Eigen::MatrixXd m_train;
    std::unique_ptr<ScoreNet> m_net;
    math::Rng m_trainRng;
    math::Rng m_sampleStream; // copied afresh for every evaluation
    math::Rng m_bootstrapStream;
    std::vector<Eigen::MatrixXd> m_qualityX, m_qualityEps;
    DsmBatch m_trainMonitor, m_testMonitor;
    double m_empiricalQuality = 0.0;
    std::vector<Checkpoint> m_history;
    ReverseRun m_latest;
};

/// `count` checkpoints log-spaced over [first, last], rounded to multiples of `multiple`,
/// deduplicated and ascending, always including 0.
std::vector<int> checkpointSchedule(int first, int last, int count, int multiple);

} // namespace paperlab::papers::diffusionmemorization

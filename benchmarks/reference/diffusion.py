#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
"""Side-by-side check of diffusion-memorization's random-features model against plain NumPy.

The NumPy version is written from the definitions of arXiv 2505.17638 §3 and its SM, as the
paper sheet records them (§3.1, §3.2 and §7.A), as directly as possible: Gauss-Hermite
constants, the Gaussian-equivalent U built densely, one numpy.linalg.eigh, and the closed-form
losses with the explicit p x p matrix H (no low-rank shortcut). Our app is run headless through
`paperlab run`. Both run the rf-scaling preset of plugins/diffusion-memorization/presets.json.

Three comparisons:
  1. the timescales tau_gen and tau_mem and the delta-peak count per psi_n (different random
     draws on each side, so they agree up to finite-size fluctuation), and the wall time;
  2. Theorem 3.1's density, which our app solves once per psi_n at a cost that does not grow
     with p, against the histogram of NumPy's dense eigendecomposition of U, whose cost grows
     as p^3;
  3. the time of numpy.linalg.eigh at growing p, against the theory's fixed cost.

A benchmark-side tool: it is not part of the app or of the test suite. See README.md.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

from common import measure, use_openblas

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.normpath(os.path.join(HERE, "..", ".."))
PRESETS = os.path.join(SOURCE_DIR, "plugins", "diffusion-memorization", "presets.json")
PARAMETERS = os.path.join(SOURCE_DIR, "plugins", "diffusion-memorization", "parameters.json")
DEFAULT_BUILD = os.path.join(SOURCE_DIR, "build", "release")
DELTA_TOL = 1e-6  # an eigenvalue this close to s_t^2 belongs to the delta peak (sheet §8)


def rf_scaling_config():
    """The rf-scaling preset over the parameters' defaults."""
    with open(PARAMETERS, encoding="utf-8") as f:
        cfg = {p["id"]: p.get("default") for p in json.load(f)["parameters"]}
    with open(PRESETS, encoding="utf-8") as f:
        for preset in json.load(f)["presets"]:
            if preset["id"] == "rf-scaling":
                cfg.update(preset["values"])
                return cfg
    sys.exit(f"no preset rf-scaling in {PRESETS}")


# ---------------------------------------------------------------------------------------
# The NumPy version, from the definitions
# ---------------------------------------------------------------------------------------

def constants(np, t, nodes=120):
    """a_t, b_t, v_t^2, s_t^2 for sigma = tanh and sigma_x = 1 (sheet §3.1), by Gauss-Hermite
    quadrature over standard normal u, v, w."""
    z, wz = np.polynomial.hermite_e.hermegauss(nodes)
    wz = wz / wz.sum()
    e, delta = math.exp(-t), 1.0 - math.exp(-2.0 * t)
    u, v = z[:, None], z[None, :]
    w2 = wz[:, None] * wz[None, :]
    pre = np.tanh(e * u + math.sqrt(delta) * v)
    a = float((w2 * pre * u).sum()) / e
    b = float((w2 * pre * v).sum())
    # E[tanh(e u + sqrt(D) v) tanh(e u + sqrt(D) w)]: given u, the two factors are independent.
    inner = (pre * wz[None, :]).sum(axis=1)
    v2 = float((wz * inner ** 2).sum()) - a * a * e * e
    s2 = float((wz * np.tanh(z) ** 2).sum()) - a * a * e * e - v2 - b * b
    return {"t": t, "delta": delta, "a": a, "b": b, "v2": v2, "s2": s2, "mu1": a}


def build_u(np, c, w, x, omega):
    """U = G G^T/n + b^2 W W^T/d + s^2 I, G = e^-t a W X/sqrt(d) + v Omega (sheet §3.2)."""
    d, n = x.shape
    g = math.exp(-c["t"]) * c["a"] * (w @ x) / math.sqrt(d) + math.sqrt(c["v2"]) * omega
    return g @ g.T / n + c["b"] ** 2 * (w @ w.T) / d + c["s2"] * np.eye(w.shape[0])


def curves(np, c, w, lam, q, taus):
    """L_train, L_test, E_score on the tau grid and at tau = infinity (sheet §7.A steps 4-5),
    with the explicit H = (Q^T U~ Q) o (P^T P)."""
    p, d = w.shape
    psi_p = p / d
    rate = 2.0 * c["delta"] / psi_p
    v = c["b"] * w / math.sqrt(d)
    u_pop = c["mu1"] ** 2 * (w @ w.T) / d + (c["s2"] + c["v2"]) * np.eye(p)
    cmat = c["mu1"] * w / math.sqrt(d)
    pm = v.T @ q                                   # d x p
    rho = (pm ** 2).sum(axis=0)
    h = (q.T @ u_pop @ q) * (pm.T @ pm)
    kappa = ((pm.T) * (q.T @ cmat)).sum(axis=1)

    def losses(f, decay2):
        fhf = f @ h @ f
        train = 1.0 - ((1.0 - decay2) * rho / lam).sum() / d
        test = 1.0 + (fhf + 2.0 * (f * rho).sum()) / d
        score = (fhf / c["delta"] + 2.0 * (f * kappa).sum() / math.sqrt(c["delta"]) + d) / d
        return train, test, score

    rows = [losses((np.exp(-rate * lam * tau) - 1.0) / lam, np.exp(-2.0 * rate * lam * tau))
            for tau in taus]
    infinity = losses(-1.0 / lam, np.zeros_like(lam))
    return np.array(rows), infinity


def timescales(np, taus, rows, infinity):
    """tau_gen: first grid tau with E_score - E* <= 0.05 (1 - E*); tau_mem: first grid tau
    with L_gen >= L_gen(inf)/2 (sheet §7.A step 6, in the app's reading of the 5%)."""
    score = rows[:, 2]
    gen = rows[:, 1] - rows[:, 0]
    best = score.min()
    tau_gen = taus[int(np.argmax(score - best <= 0.05 * (1.0 - best)))]
    half = 0.5 * (infinity[1] - infinity[0])
    crossed = gen >= half
    tau_mem = taus[int(np.argmax(crossed))] if crossed.any() else float("nan")
    return tau_gen, tau_mem, best


def run_numpy(cfg, seed):
    import numpy as np
    d, psi_p = int(cfg["d"]), float(cfg["psi_p"])
    p = int(round(psi_p * d))
    c = constants(np, float(cfg["t"]))
    taus = np.logspace(math.log10(cfg["tau_min"]), math.log10(cfg["tau_max"]),
                       int(cfg["tau_points"]))
    rng = np.random.default_rng(seed)
    ns = [int(round(psi_n * d)) for psi_n in cfg["psi_n"]]
    w = rng.standard_normal((p, d))
    x_all = rng.standard_normal((d, max(ns)))
    omega_all = rng.standard_normal((p, max(ns)))
    points, eigh_seconds, spectra = [], 0.0, []
    for n in ns:
        u = build_u(np, c, w, x_all[:, :n], omega_all[:, :n])
        t0 = time.time()
        lam, q = np.linalg.eigh(u)
        eigh_seconds += time.time() - t0
        rows, infinity = curves(np, c, w, lam, q, taus)
        tau_gen, tau_mem, best = timescales(np, taus, rows, infinity)
        delta_count = int((np.abs(lam - c["s2"]) <= DELTA_TOL).sum())
        points.append({"n": n, "tau_gen": float(tau_gen), "tau_mem": float(tau_mem),
                       "score_min": float(best), "delta_count": delta_count})
        spectra.append(lam)
    return {"constants": c, "points": points, "eigh_seconds": eigh_seconds}, spectra


# ---------------------------------------------------------------------------------------
# Our app, headless
# ---------------------------------------------------------------------------------------

def run_ours(app, seed):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        cmd = [app, "run", "diffusion-memorization", "--preset", "rf-scaling",
               "--seed", str(seed), "--out", out]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            return json.load(f)


def app_bins(np, snapshot, k):
    """The app's histogram number k: its bin edges, its bulk counts (rho_1 and rho_2), and
    Theorem 3.1's expected count in each bin."""
    bars = {b["name"]: b for b in snapshot["bars"]}
    series = {s["name"]: s for s in snapshot["series"]}
    edges = np.array(bars[f"spectrum_rho1_{k}"]["edges"])
    counts = (np.array(bars[f"spectrum_rho1_{k}"]["heights"])
              + np.array(bars[f"spectrum_rho2_{k}"]["heights"]))
    theory = series[f"spectrum_theory_{k}"]
    centres = np.sqrt(edges[:-1] * edges[1:])
    expected = np.interp(np.log(centres), np.log(theory["x"]), theory["y"], left=0, right=0)
    return edges, counts, expected


def theory_gap(np, edges, counts, expected, s2):
    """Half the summed |count - expected| over the bulk bins, as a fraction of the bulk (the
    eigenvalues outside the delta peak): 0 when a histogram matches Theorem 3.1's expected
    counts bin for bin, 1 when they share nothing."""
    keep = ~((edges[:-1] <= s2 * 1.06) & (edges[1:] >= s2 / 1.06))  # not the delta's bin
    return 0.5 * np.abs(counts - expected)[keep].sum() / max(counts.sum(), 1)


def theory_seconds(build):
    """The Theorem 3.1 solve at psi_n = 16 (240 lambda values), from the paper's benchmark."""
    bench = os.path.join(build, "bin", "bench_diffusionmemorization")
    if not os.access(bench, os.X_OK):
        return float("nan")
    out = subprocess.run([bench], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Theorem 3.1 density"):
            return float(line.split(":")[1].split()[0])
    return float("nan")


def main():
    use_openblas()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--build", default=DEFAULT_BUILD, help="the build tree")
    parser.add_argument("--sizes", default="1600,3200,6400",
                        help="p values for timing numpy.linalg.eigh alone")
    args = parser.parse_args()
    import numpy as np

    cfg = rf_scaling_config()
    app = os.path.join(args.build, "bin", "paperlab")
    print(f"rf-scaling: d = {cfg['d']}, psi_p = {cfg['psi_p']}, t = {cfg['t']}, "
          f"psi_n = {cfg['psi_n']}, {cfg['tau_points']} tau values on "
          f"[{cfg['tau_min']}, {cfg['tau_max']}], seed {args.seed}", flush=True)
    t0 = time.time()
    ours = run_ours(app, args.seed)
    ours_seconds = time.time() - t0
    t0 = time.time()
    ref, spectra = run_numpy(cfg, args.seed)
    numpy_seconds = time.time() - t0

    r = ours["readouts"]
    c = ref["constants"]
    print("constants    ours / numpy: " + "   ".join(
        f"{name} {r[key]:.6g} / {c[mine]:.6g}" for name, key, mine in
        [("a_t", "a_t", "a"), ("b_t", "b_t", "b"), ("v_t^2", "v_t2", "v2"),
         ("s_t^2", "s_t2", "s2")]))
    print(f"{'psi_n':>6} {'n':>4} | {'delta ours':>10} {'numpy':>6} | {'tau_gen ours':>12} "
          f"{'numpy':>7} | {'tau_mem ours':>12} {'numpy':>7} | {'E* ours':>8} {'numpy':>7} | "
          f"{'theory gap: ours':>16} {'numpy':>6}")
    for k, point in enumerate(ref["points"]):
        edges, counts, expected = app_bins(np, ours, k)
        bulk = spectra[k][np.abs(spectra[k] - c["s2"]) > DELTA_TOL]
        numpy_counts, _ = np.histogram(np.clip(bulk, edges[0], edges[-1]), bins=edges)
        gap_ours = theory_gap(np, edges, counts, expected, r["s_t2"])
        gap_numpy = theory_gap(np, edges, numpy_counts, expected, c["s2"])
        print(f"{r[f'psi_n_{k}']:>6g} {point['n']:>4} | {r[f'delta_count_{k}']:>10.0f} "
              f"{point['delta_count']:>6} | {r[f'tau_gen_{k}']:>12.3g} {point['tau_gen']:>7.3g} | "
              f"{r[f'tau_mem_{k}']:>12.4g} {point['tau_mem']:>7.4g} | "
              f"{r[f'score_min_{k}']:>8.3f} {point['score_min']:>7.3f} | "
              f"{gap_ours:>16.3f} {gap_numpy:>6.3f}")
    print(f"wall time, whole preset: ours {ours_seconds:.2f} s (app start-up included), "
          f"numpy {numpy_seconds:.2f} s, of which eigh {ref['eigh_seconds']:.2f} s; "
          f"ratio {numpy_seconds / ours_seconds:.1f}x")
    measure("diffusion-memorization rf-scaling: NumPy time / ours", numpy_seconds / ours_seconds,
            "x")

    theory = theory_seconds(args.build)
    print(f"Theorem 3.1 density, ours, 240 lambda values at psi_n = 16: {theory:.3f} s "
          f"(the same at any p)")
    rng = np.random.default_rng(args.seed)
    for p in (int(s) for s in args.sizes.split(",")):
        d = int(cfg["d"])
        n = p // 4
        w, x, omega = (rng.standard_normal(s) for s in ((p, d), (d, n), (p, n)))
        u = build_u(np, c, w, x, omega)
        t0 = time.time()
        np.linalg.eigvalsh(u)
        eig = time.time() - t0
        print(f"numpy eigvalsh, p = {p}: {eig:.2f} s ({eig / theory:.0f}x the theory's solve)",
              flush=True)
        measure(f"numpy eigvalsh at p = {p} / Theorem 3.1 solve", eig / theory, "x")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The PaperLab authors
# SPDX-License-Identifier: MIT
"""Side-by-side check of the superposition-scaling toy against a plain PyTorch version.

The PyTorch version is written from the definitions of arXiv 2505.10465 §2 and App. B.2 and
of the authors' training scripts (paper sheet §3 and §5), as directly as possible: dense
batches, autograd, torch.optim.Adam. Our app is run headless through `paperlab run`. Both
train the same preset of plugins/superposition-scaling/presets.json and fit alpha_m the
same way (least squares on log L against log m over all widths).

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
PRESETS = os.path.join(SOURCE_DIR, "plugins", "superposition-scaling", "presets.json")
DEFAULT_APP = os.path.join(SOURCE_DIR, "build", "release", "bin", "paperlab")
EVAL_BATCHES = 100  # fresh test batches, as in the app (paper sheet §7.4)


def preset_values(preset_id):
    with open(PRESETS, encoding="utf-8") as f:
        for preset in json.load(f)["presets"]:
            if preset["id"] == preset_id:
                return preset["values"]
    sys.exit(f"no preset {preset_id} in {PRESETS}")


def fit_exponent(widths, losses):
    """alpha_m and its standard error: L ∝ m^-alpha_m, least squares on logs."""
    xs = [math.log(m) for m in widths]
    ys = [math.log(v) for v in losses]
    k = len(xs)
    mx, my = sum(xs) / k, sum(ys) / k
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    residual = sum((y - my - slope * (x - mx)) ** 2 for x, y in zip(xs, ys))
    se = math.sqrt(residual / (k - 2) / sxx) if k > 2 else float("nan")
    return -slope, se


# ---------------------------------------------------------------------------------------
# The PyTorch version
# ---------------------------------------------------------------------------------------

def frequencies(torch, n, alpha):
    """p_i ∝ i^-alpha for i = 1..n, normalised so that the activation density sum p_i = 1."""
    p = torch.arange(1, n + 1, dtype=torch.float64) ** (-alpha)
    return (p / p.sum()).float()


def draw_batch(torch, p, batch, gen):
    """x_i = u_i v_i with u_i ~ Bernoulli(p_i), v_i ~ U(0, 2), every entry independent."""
    n = p.numel()
    active = torch.rand(batch, n, generator=gen) < p
    values = 2.0 * torch.rand(batch, n, generator=gen)
    return active.float() * values


def learning_rate(step, peak, warmup, steps):
    """Linear warm-up, then cosine decay to 5% of the peak at the last step (get_lr)."""
    s = step + 1
    floor = 0.05 * peak
    if warmup < steps:
        if s < warmup:
            return peak * s / warmup
        phase = (s - warmup) / (steps - warmup)
    else:
        phase = s / steps
    return floor + (peak - floor) * 0.5 * (1.0 + math.cos(math.pi * phase))


def train_width(torch, cfg, m, seed):
    """One toy model of width m; returns (test loss, training loss of the last 100 steps),
    both in paper units (sum over features, mean over samples)."""
    n = cfg["n"]
    gen = torch.Generator().manual_seed(seed * 1000 + m)
    W = (torch.randn(n, m, generator=gen) / math.sqrt(m)).requires_grad_()
    b = torch.randn(n, generator=gen).requires_grad_()
    p = frequencies(torch, n, cfg["alpha"])
    adam = torch.optim.Adam([W, b], lr=cfg["lr"], betas=(0.9, 0.999), eps=1e-8)
    gamma = cfg["gamma"]
    history = []
    for step in range(cfg["steps"]):
        x = draw_batch(torch, p, cfg["batch"], gen)
        y = torch.relu(x @ W @ W.T + b)
        loss = torch.nn.functional.mse_loss(y, x)  # mean over batch and features
        adam.zero_grad()
        loss.backward()
        eta = learning_rate(step, cfg["lr"], cfg["warmup"], cfg["steps"])
        for group in adam.param_groups:
            group["lr"] = eta
        with torch.no_grad():
            # Eq. 2, on W only, before the Adam step and with the same learning rate.
            if gamma >= 0:
                W.mul_(1.0 - gamma * eta)
            else:
                norms = W.norm(dim=1, keepdim=True) + 1e-8
                W.add_(eta * gamma * W * (1.0 - 1.0 / norms))
        adam.step()
        history.append(loss.item() * n)
    with torch.no_grad():
        test_gen = torch.Generator().manual_seed(seed * 1000 + m + 500)
        total = 0.0
        for _ in range(EVAL_BATCHES):
            x = draw_batch(torch, p, cfg["batch"], test_gen)
            y = torch.relu(x @ W @ W.T + b)
            total += ((y - x) ** 2).sum(dim=1).mean().item()
    tail = history[-100:]
    return total / EVAL_BATCHES, sum(tail) / len(tail)


def run_torch(cfg, seed):
    import torch
    torch.set_num_threads(1)
    test, tail = [], []
    for m in cfg["widths"]:
        t, h = train_width(torch, cfg, m, seed)
        test.append(t)
        tail.append(h)
    return {"test": test, "train_tail": tail}


# ---------------------------------------------------------------------------------------
# Our app, headless
# ---------------------------------------------------------------------------------------

def run_ours(app, preset, seed, cfg):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        widths = ",".join(str(m) for m in cfg["widths"])
        cmd = [app, "run", "superposition-scaling", "--preset", preset,
               "--set", "widths=" + widths, "--seed", str(seed), "--out", out]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            snapshot = json.load(f)
    readouts = snapshot["readouts"]
    test = [readouts[f"loss_m{m}"] for m in cfg["widths"]]
    return {"test": test, "app_alpha_m": readouts["alpha_m"]}


# ---------------------------------------------------------------------------------------

def report(label, seed, widths, losses, seconds):
    alpha, se = fit_exponent(widths, losses)
    shown = " / ".join(f"{v:.3f}" for v in losses)
    print(f"{label:<18} seed {seed}: alpha_m = {alpha:.3f} ± {se:.3f}   losses {shown}"
          f"   ({seconds:.0f} s)", flush=True)
    return alpha


def mean_sd(values):
    mean = sum(values) / len(values)
    if len(values) < 2:
        return mean, float("nan")
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def summarise(path):
    """Per implementation and preset: alpha_m and every width's loss, mean ± sd over seeds,
    and the difference of the means in units of its standard error (Welch)."""
    groups = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            key = (r["preset"], r["impl"])
            groups.setdefault(key, {})[r["seed"]] = r  # a re-run seed replaces the old one
    stats = {}
    for (preset, impl), runs in sorted(groups.items()):
        widths = next(iter(runs.values()))["widths"]
        alphas = [fit_exponent(widths, r["test"])[0] for r in runs.values()]
        per_width = [[r["test"][k] for r in runs.values()] for k in range(len(widths))]
        stats[(preset, impl)] = (alphas, per_width)
        a_mean, a_sd = mean_sd(alphas)
        print(f"{preset} {impl}: seeds {sorted(runs)}; alpha_m = {a_mean:.3f} ± {a_sd:.3f} (sd)")
        print("    loss per width (mean ± sd): " + " / ".join(
            f"m={m}: {mean_sd(v)[0]:.3f}±{mean_sd(v)[1]:.3f}" for m, v in zip(widths, per_width)))
    for preset in sorted({p for p, _ in stats}):
        if (preset, "ours") not in stats or (preset, "torch") not in stats:
            continue
        ours, torch_ = stats[(preset, "ours")], stats[(preset, "torch")]
        diffs = [welch(ours[0], torch_[0])]
        diffs += [welch(o, t) for o, t in zip(ours[1], torch_[1])]
        print(f"{preset}: (ours - torch) / se: alpha_m {diffs[0]:+.2f}; per width " +
              " ".join(f"{d:+.2f}" for d in diffs[1:]))


def welch(a, b):
    (ma, sa), (mb, sb) = mean_sd(a), mean_sd(b)
    return (ma - mb) / math.sqrt(sa ** 2 / len(a) + sb ** 2 / len(b))


def main():
    use_openblas()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="strong")
    parser.add_argument("--seeds", default="1", help="comma-separated, e.g. 1,2,3")
    parser.add_argument("--impl", choices=["both", "ours", "torch"], default="both")
    parser.add_argument("--app", default=DEFAULT_APP, help="the paperlab executable")
    parser.add_argument("--widths", help="comma-separated widths instead of the preset's")
    parser.add_argument("--json", help="also append every result to this JSON-lines file")
    parser.add_argument("--summarise", metavar="JSONL",
                        help="only summarise the results collected with --json")
    args = parser.parse_args()
    if args.summarise:
        summarise(args.summarise)
        return

    cfg = dict(preset_values(args.preset))
    cfg.setdefault("n", 500)
    if args.widths:
        cfg["widths"] = [int(m) for m in args.widths.split(",")]
    widths = cfg["widths"]
    print(f"preset {args.preset}: n = {cfg['n']}, alpha = {cfg['alpha']}, "
          f"gamma = {cfg['gamma']}, batch {cfg['batch']}, {cfg['steps']} steps "
          f"(warm-up {cfg['warmup']}), lr {cfg['lr']}, m = {widths}", flush=True)
    alphas = {"ours": [], "torch": [], "torch (train tail)": []}
    for seed in (int(s) for s in args.seeds.split(",")):
        rows = []
        if args.impl in ("both", "ours"):
            t0 = time.time()
            r = run_ours(args.app, args.preset, seed, cfg)
            dt = time.time() - t0
            alphas["ours"].append(report("ours", seed, widths, r["test"], dt))
            rows.append(("ours", r, dt))
        if args.impl in ("both", "torch"):
            t0 = time.time()
            r = run_torch(cfg, seed)
            dt = time.time() - t0
            alphas["torch"].append(report("torch", seed, widths, r["test"], dt))
            alphas["torch (train tail)"].append(
                report("torch (train tail)", seed, widths, r["train_tail"], dt))
            rows.append(("torch", r, dt))
        if len(rows) == 2:
            ratio = rows[1][2] / rows[0][2]
            measure(f"superposition-scaling {args.preset}, seed {seed}: PyTorch time / ours",
                    ratio, "x")
        if args.json:
            with open(args.json, "a", encoding="utf-8") as f:
                for impl, r, dt in rows:
                    f.write(json.dumps({"preset": args.preset, "seed": seed, "impl": impl,
                                        "widths": widths, "seconds": dt, **r}) + "\n")
    for label, values in alphas.items():
        if len(values) > 1:
            mean = sum(values) / len(values)
            sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))
            print(f"{label:<18} mean alpha_m = {mean:.3f}, sd {sd:.3f} over {len(values)} seeds")


if __name__ == "__main__":
    main()

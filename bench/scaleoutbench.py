"""Benchmark 7 (scale-out): bots trained side by side on Ray, and what it projects to.

1. **threads** — is a core's share the right thread count? One trainer with 2 threads, then two
   side by side with 2 threads each (oversubscribed on 2 cores) and with 1 thread each (what
   `--workers 2` gives them): tokens/s of each and together. Each trainer is its own process
   (`bench.worker train`, the default recipe on the real corpus) for `seconds` of training.
2. **workers** — wall time of `htsite build` for the same N-bot site (the real corpora in
   ../shared/corpora, one bot each, a short plan of `steps` steps), built fresh three times, each
   in its own process: in one process (no Ray), `--workers 1` and `--workers 2`; and Ray's own
   start-up on this machine.
3. **projection** — 300 bots, from the measured per-bot times: on this machine, and on paper on
   8 GPUs (no GPU here: the GPU step time is an assumption, said as such).
"""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, log, machine, metered, ratio, shared_dir, synthetic_post

CORPORA = ["BarackObama", "elonmusk", "neiltyson", "realDonaldTrump"]
FULL_PLAN_STEPS = 300  # the default max_steps: what a real bot of a large archive trains
GPU_ASSUMED = {  # on paper: not measured here (no GPU); a 135M model's step is latency-bound
    "step_s": 0.05,  # a LoRA step of 4 × 128 tokens: ~30 layers' kernels forward and backward
    "fixed_s": 8.0,  # loading the base, base and final held-out loss, sampling, style cells
}


def run(args: list[str], env: dict, timeout: float = 3600) -> tuple[subprocess.CompletedProcess, float]:
    full_env = {**os.environ, **env, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    done = subprocess.run(args, cwd=REPO, env=full_env, capture_output=True, text=True, timeout=timeout)
    return done, time.perf_counter() - started


# -- 1. threads -------------------------------------------------------------------------------------
def trainers(count: int, threads: int, seconds: float, base: str, smoke: bool) -> dict:
    """`count` trainer processes at once, `threads` torch threads each."""
    args = [sys.executable, "-m", "bench.worker", "train", "--recipe", "default"]
    args += ["--seconds", str(seconds), "--base", base] + (
        ["--synthetic-ok", "--limit", "200"] if smoke else []
    )
    env = {**os.environ, "HTSITE_THREADS": str(threads), "PYTHONPATH": str(REPO)}
    with metered() as meter:
        procs = [
            subprocess.Popen(
                args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(count)
        ]
        outs = [p.communicate(timeout=seconds * 10 + 600) for p in procs]
    runs = []
    for proc, (stdout, stderr) in zip(procs, outs, strict=True):
        if proc.returncode != 0:
            raise RuntimeError(f"trainer failed: {stderr.strip().splitlines()[-1] if stderr.strip() else ''}")
        runs.append(json.loads([line for line in stdout.splitlines() if line.startswith("{")][-1]))
    each = [r["tokens_per_second"] for r in runs]
    return {
        "trainers": count,
        "threads_each": threads,
        "tokens_per_second_each": each,
        "tokens_per_second_total": round(sum(each), 1),
        "meter": meter.as_dict(),
    }


def bench_threads(opts) -> dict:
    base = opts.base_name
    seconds = 2.0 if opts.smoke else opts.scaleout_seconds
    cores = os.cpu_count() or 1
    one = trainers(1, cores, seconds, base, opts.smoke)
    log(f"scaleout: 1 trainer × {cores} threads: {one['tokens_per_second_total']} tok/s")
    over = trainers(2, cores, seconds, base, opts.smoke)
    log(f"scaleout: 2 trainers × {cores} threads: {over['tokens_per_second_each']} tok/s")
    share = trainers(2, max(1, cores // 2), seconds, base, opts.smoke)
    log(f"scaleout: 2 trainers × {max(1, cores // 2)} thread(s): {share['tokens_per_second_each']} tok/s")
    return {
        "cores": cores,
        "seconds_each": seconds,
        "runs": [one, over, share],
        "oversubscribed_over_one": ratio(over["tokens_per_second_total"], one["tokens_per_second_total"]),
        "shared_over_one": ratio(share["tokens_per_second_total"], one["tokens_per_second_total"]),
        "shared_over_oversubscribed": ratio(
            share["tokens_per_second_total"], over["tokens_per_second_total"]
        ),
    }


# -- 2. workers -------------------------------------------------------------------------------------
def make_site(root: Path, smoke: bool, tiny: Path | None, posts: int, bots: int = 4) -> list[str]:
    """One bot per real account, its first `posts` rows (or two synthetic accounts in a smoke run)."""
    from generator.scaffold import scaffold

    scaffold(root)
    base = f"base_model: {tiny}\n" if smoke else ""
    plan = "train: {batch_size: 2, block_size: 32}\n" if smoke else ""
    (root / "site_src" / "site.yaml").write_text(f"title: Scale-out bench\n{base}{plan}")
    handles = []
    corpora = shared_dir() / "corpora"
    for name in ["synth-a", "synth-b"] if smoke else CORPORA[:bots]:
        folder = root / "site_src" / "accounts" / name
        folder.mkdir(parents=True)
        source = corpora / f"{name}.csv"
        if smoke:
            with open(folder / "posts.csv", "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(["id", "created_at", "text"])
                for i in range(300):
                    writer.writerow([i, "2025-01-01T00:00:00Z", f"{name} {synthetic_post(i)}"])
        elif source.is_file():  # a temp site: the corpora stay out of the repo
            with open(source, newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))[: posts + 1]  # the header and the first `posts` rows
            with open(folder / "posts.csv", "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(rows)
        else:
            raise FileNotFoundError(source)
        (root / "site_src" / "bots" / f"{name.lower()}.yaml").write_text(f"accounts: [{name}]\n")
        handles.append(name.lower())
    return handles


def build_once(template: Path, where: Path, flags: list[str], env: dict) -> dict:
    shutil.copytree(template, where)
    done, wall = run(
        [sys.executable, "-m", "generator", "build", "--site", str(where), "--json", *flags], env
    )
    if done.returncode != 0:
        raise RuntimeError(f"htsite build {' '.join(flags)} failed:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout[done.stdout.index("{") :])
    steps = []
    for bot in report["trained"]:
        timings = json.loads((where / "models" / bot / "timings.json").read_text())
        metrics = json.loads((where / "models" / bot / "metrics.json").read_text())
        steps.append({"bot": bot, "steps": metrics["steps"], "train_s": timings["train_seconds"]})
    out = {
        "flags": " ".join(flags) or "(none: in one process)",
        "wall_s": round(wall, 1),
        "build_s": report["seconds"],
        "trained": len(report["trained"]),
        "runner": report["runner"],
        "workers_used": len(set(report["ran_on"].values())),
        "job_seconds": report["job_seconds"],
        "steps": steps,
    }
    shutil.rmtree(where, ignore_errors=True)
    return out


def ray_start_seconds() -> float | None:
    code = (
        "import logging, time, ray\nt = time.perf_counter()\n"
        "ray.init(address='local', num_cpus=1, include_dashboard=False, logging_level=logging.ERROR)\n"
        "print(round(time.perf_counter() - t, 2))\nray.shutdown()"
    )
    done, _ = run([sys.executable, "-c", code], {})
    return float(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None


def bench_workers(opts) -> dict:
    steps = 2 if opts.smoke else opts.scaleout_steps
    env = {"HTSITE_MAX_STEPS": str(steps)}
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-scaleout-"))
    try:
        template = tmp / "template"
        bots = make_site(template, opts.smoke, opts.tiny, opts.scaleout_posts, opts.scaleout_bots)
        builds = []
        every = {"sequential": [], "1 worker": ["--workers", "1"], "2 workers": ["--workers", "2"]}
        # each Ray start costs ~10 s: a smoke run checks the code with one
        wanted = ["sequential", "2 workers"] if opts.smoke else opts.scaleout_runs
        runs = [(label, every[label]) for label in every if label in wanted]
        for label, flags in runs:
            log(f"scaleout: {len(bots)} bots, {label} …")
            result = build_once(template, tmp / label.replace(" ", "-"), flags, env)
            result["label"] = label
            log(f"  {label}: {result['wall_s']} s wall, {result['runner']}")
            builds.append(result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    start = None if opts.smoke else ray_start_seconds()
    by = {b["label"]: b for b in builds}
    one = by.get("1 worker")
    return {
        "bots": len(bots),
        "steps_per_bot": steps,
        "builds": builds,
        "ray_start_s": start,
        "two_over_one": ratio(one["wall_s"], by["2 workers"]["wall_s"]) if one else None,
        "two_over_sequential": ratio(by["sequential"]["wall_s"], by["2 workers"]["wall_s"])
        if "sequential" in by
        else None,
    }


# -- 3. projection ---------------------------------------------------------------------------------
def project(workers: dict, scale: dict | None, bots: int = 300, gpus: int = 8) -> dict:
    """300 bots from the measured per-bot times: a job's fixed part (loading, held-out losses,
    sampling, style cells) plus FULL_PLAN_STEPS steps at the measured seconds per step."""
    seq = workers["builds"][0]  # in one process, else one worker: one bot at a time on all cores
    per_step = sum(s["train_s"] for s in seq["steps"]) / max(1, sum(s["steps"] for s in seq["steps"]))
    job = sum(seq["job_seconds"].values()) / max(1, len(seq["job_seconds"]))
    fixed = max(0.0, job - per_step * workers["steps_per_bot"])
    per_bot = fixed + per_step * FULL_PLAN_STEPS
    pages_per_bot = 0.05  # s: images, page and mkdocs per bot (scale benchmark: ~46 ms at 1,000 bots)
    if scale and scale.get("sizes"):
        pages_per_bot = scale["sizes"][-1]["build_s"] / scale["sizes"][-1]["bots"]
    speedup = workers.get("two_over_sequential") or workers.get("two_over_one") or 1.0
    gpu_bot = GPU_ASSUMED["fixed_s"] + GPU_ASSUMED["step_s"] * FULL_PLAN_STEPS
    return {
        "bots": bots,
        "measured_per_step_s": round(per_step, 3),
        "measured_fixed_per_bot_s": round(fixed, 1),
        "per_bot_full_plan_s": round(per_bot, 1),
        "pages_s": round(pages_per_bot * bots, 1),
        "this_machine_sequential_h": round(bots * per_bot / 3600, 2),
        "this_machine_2_workers_h": round(bots * per_bot / speedup / 3600, 2),
        "gpus": gpus,
        "gpu_assumed": GPU_ASSUMED,
        "gpu_per_bot_s": gpu_bot,
        "gpu_rounds": math.ceil(bots / gpus),
        "gpus_min": round((math.ceil(bots / gpus) * gpu_bot + pages_per_bot * bots) / 60, 1),
    }


def bench_scaleout(opts) -> dict:
    info = machine(with_torch=True)
    try:
        import ray  # noqa: F401
    except ImportError:
        return {"machine": info, "skipped": "Ray is not installed (pip install 'htsite[ray]')"}
    if not opts.smoke and not (shared_dir() / "corpora" / f"{CORPORA[0]}.csv").is_file():
        return {"machine": info, "skipped": f"no corpora in {shared_dir() / 'corpora'}"}
    threads = bench_threads(opts)
    workers = bench_workers(opts)
    scale_file = opts.out / "scale.json"
    scale = json.loads(scale_file.read_text()) if scale_file.is_file() else None
    return {"machine": info, "threads": threads, "workers": workers, "projection": project(workers, scale)}

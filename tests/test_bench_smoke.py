"""`python -m bench --smoke`: every benchmark once with a tiny random model and budgets of seconds,
so the bench code cannot rot. The figures mean nothing; the structure and the build logic do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = [
    "train",
    "profile",
    "sampling",
    "memory",
    "build",
    "scale",
    "loop",
    "tryit",
    "voice",
    "scaleout",
    "matrix",
]


def test_bench_smoke(tmp_path):
    out = tmp_path / "results"
    # One torch thread: on a shared 2-core machine, 2 threads per process oversubscribe the cores
    # and every OpenMP barrier waits on a descheduled thread.
    env = {**os.environ, "HTSITE_THREADS": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,  # ~7 min on a busy 2-core machine
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = {name: json.loads((out / f"{name}.json").read_text()) for name in BENCHMARKS}
    for name, result in results.items():
        assert "error" not in result, (name, result["error"])
        assert result["smoke"] is True

    train = results["train"]  # smoke runs fall back to a synthetic corpus: never skipped
    dtypes = train["dtypes"]  # every htsite recipe in each; fp32 always among them
    assert dtypes[-1] == "float32" and len(dtypes) == len(set(dtypes))
    runs = {(r["recipe"], r["dtype"]): r for r in train["runs"]}
    each = [(name, dtype) for name in ("default", "eager", "no-cache", "all-layers") for dtype in dtypes]
    assert list(runs) == [("original", "float32"), *each]  # smoke runs leave out compiled-cold
    assert not any(run["compiled"] for run in train["runs"])  # the smoke's plans are too short to compile
    for run in train["runs"]:
        assert run["tokens_per_second"] > 0 and run["steps"] >= 1 and run["eval_curve"]
        assert run["matmul"]["before"]["fp32_gflops"] > 0 and run["peak_rss_mib"] > 0
        assert run["step_matmul_gflops"] > 0 and run["flops_per_token"] > 0
    assert runs[("original", "float32")]["label"].startswith("huggingtweets: transformers Trainer")
    assert train["runs"][0]["speedup_vs_original"] == 1.0
    assert train["machine"]["cpu_capability"]
    # the default trains the top layer of the tiny model's two and caches the one below it
    default = runs[("default", "float32")]
    assert default["frozen_prefix"]["train"]["blocks_computed"] > 0
    assert runs[("no-cache", "float32")]["frozen_prefix"] is None
    cost = default["step_cost"]
    assert cost["cached"]["flops_per_token"] < cost["first"]["flops_per_token"]
    full = runs[("all-layers", "float32")]["step_cost"]["first"]["flops_per_token"]
    assert cost["first"]["flops_per_token"] < full  # no backward through the frozen layer

    profile = results["profile"]
    phases = [(p["dtype"], p["phase"]) for p in profile["profiles"]]
    assert phases == [(d, phase) for d in dtypes for phase in ("first sight", "cached")]
    for p in profile["profiles"]:
        assert p["step_ms"] > 0 and p["ops"] and 0 < p["matmul_share"] < 1
        assert abs(sum(p["categories"].values()) - 1) < 0.01

    sampling = results["sampling"]
    assert sampling["best"]["batched"]["predictions"] > 0 and sampling["batched_speedup"] > 0

    build = results["build"]
    fresh, unchanged, changed = build["builds"]
    assert fresh["trained"] and not fresh["failed"]
    assert unchanged["trained"] == [] and unchanged["sampled"] == []
    assert unchanged["torch_imported"] is False  # a no-change rebuild never loads torch
    assert changed["retrained_as_expected"], changed

    scale = results["scale"]
    assert [s["bots"] for s in scale["sizes"]] == [2, 6]
    assert all(s["html_pages"] > s["bots"] for s in scale["sizes"])

    loop = results["loop"]
    assert loop["best"]["loop"]["tokens_per_second"] > 0 and loop["best"]["trainer"]["tokens_per_second"] > 0

    scaleout = results["scaleout"]
    assert [(r["trainers"], r["threads_each"]) for r in scaleout["threads"]["runs"]][1:] == [(2, 2), (2, 1)]
    builds = {b["label"]: b for b in scaleout["workers"]["builds"]}
    assert builds["2 workers"]["workers_used"] == 2 and builds["sequential"]["runner"] == "in this process"
    assert all(b["trained"] == 2 for b in builds.values())
    assert scaleout["projection"]["bots"] == 300 and scaleout["projection"]["gpus_min"] > 0

    matrix = {r["label"]: r for r in results["matrix"]["runs"]}
    assert matrix["3 stub bots, full"]["cells"] == 9 and matrix["6 stub bots, default"]["cells"] > 0
    assert matrix["6 stub bots, default"]["base_cells"] == 6
    counted = {c["label"]: c for c in results["matrix"]["counted"]}
    assert counted["6 stub bots, full"]["cells"] == 36 > counted["6 stub bots, default"]["cells"]
    assert counted["6 stub bots, default"]["cells"] == matrix["6 stub bots, default"]["cells"]

    tryit = results["tryit"]
    if "skipped" not in tryit:  # skipped only without the Try it runtime (make runtime)
        assert tryit["base_bytes"] > 0 and len(tryit["bots"]) == 2 and tryit["template_s"] > 0
        assert tryit["first_bot_bytes"] == tryit["base_bytes"] + tryit["bots"][0]["bot_bytes"]
        nc = tryit["no_change"]
        assert nc["exported"] == [] and nc["torch_imported"] is False
        browser = tryit["browser"]
        if "skipped" not in browser:
            cold, sampled, warm = browser["runs"]
            assert cold["tokens"] >= 1 and cold["base_bytes_downloaded"] == tryit["base_bytes"]
            assert warm["base_bytes_downloaded"] == 0 and warm["tokens_per_second"] > 0

    voice = results["voice"]  # smoke runs use the example site's three accounts
    (run,) = voice["runs"]
    assert run["recipe"] == "default" and sorted(run["bots"]) == ["crumbshift", "tidepoolmara", "z80ziggy"]
    for figures in run["bots"].values():
        assert figures["voice_samples"] >= 20 and figures["check"] is not None and figures["ppl_ratio"] > 0
    assert run["check_accuracy"]["accuracy"] > 0.8  # the independent check, on real held-out posts

    table = (out / "table.md").read_text()
    titles = ("1. Training", "1b. Where", "2. Build", "3. Scale", "4. Sampling", "5. Memory")
    for title in (*titles, "6. Training loop", "7. Try it", "8. Voice", "9. Scale-out", "10. Style matrix"):
        assert title in table

"""Benchmark 5 (memory): peak RSS of a training process, each recipe in a fresh process.

The process's lifetime peak (ru_maxrss) covers imports, the corpus, the base model, the optimizer
state and the activations of the first steps, which is where the peak is reached; a short budget
is enough. The train benchmark also records each run's peak in its shared process (VmHWM reset
before the run), which can read higher: memory freed by an earlier run may not go back to the OS.
"""

from __future__ import annotations

from bench.common import CORPUS_FILE, GIB, corpus_path, log, machine, run_worker, shared_dir

GOAL_MIB = 4 * GIB / 2**20


def bench_memory(opts) -> dict:
    if corpus_path() is None and not opts.smoke:
        return {"skipped": f"no corpus at {shared_dir() / 'corpora' / CORPUS_FILE} (set HTSITE_SHARED)"}
    info = machine()
    runs = []
    for recipe in opts.memory_recipes:
        args = ["train", "--recipe", recipe, "--seconds", str(opts.memory_seconds), "--base", opts.base_name]
        args += ["--eval-posts", str(opts.eval_posts)]
        if opts.corpus_limit:
            args += ["--limit", str(opts.corpus_limit)]
        if opts.smoke:
            args.append("--synthetic-ok")
        result = run_worker(args)
        result["within_goal"] = result["peak_rss_mib"] <= GOAL_MIB
        log(f"memory: {recipe}: peak RSS {result['peak_rss_mib']:.0f} MiB ({result['steps']} steps)")
        runs.append(result)
    return {"machine": info, "goal_mib": GOAL_MIB, "seconds_per_run": opts.memory_seconds, "runs": runs}

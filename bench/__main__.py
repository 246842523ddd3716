"""`python -m bench` (`make bench`): run the benchmarks, write bench/results/<name>.json and table.md.

python -m bench                     # everything (~50 min on 2 idle cores)
python -m bench --smoke             # tiny model, seconds: checks the bench code (~1 min)
python -m bench --only train,memory --seconds 60
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import RESULTS, log, write_result

BENCHMARKS = [
    "train",
    "profile",
    "sampling",
    "memory",
    "build",
    "scale",
    "loop",
    "scaleout",
    "matrix",
    "tryit",
    "voice",
]


@dataclass
class Options:
    smoke: bool = False
    # Training budget per run (train benchmark): a cap; a run whose plan (2 epochs, at most 300
    # steps) ends sooner stops there, as a build's training does
    seconds: float = 300.0
    # The original recipe's budget: long enough to reach 0.3× the base perplexity, so that the
    # time it takes is measured, not bounded (296 s in the 2026-11-23 run)
    original_seconds: float = 420.0
    dtypes: list[str] = field(default_factory=list)  # train/profile: empty = trainbench.measured_dtypes()
    profile_steps: int = 6  # profile: steps profiled per phase
    out: Path = RESULTS
    page: bool = False  # update docs/benchmarks.md even with --out / --smoke
    base_name: str = "bundled:smollm2-135m"
    tiny: Path | None = None  # the tiny random model (smoke base; stub template for scale)
    eval_every_s: float = 5.0  # until a run reaches 0.3× (then every 15 s)
    eval_posts: int = 100
    corpus_limit: int | None = None
    recipes: list[str] = field(default_factory=list)  # train: empty = all
    memory_seconds: float = 20.0
    memory_recipes: list[str] = field(default_factory=lambda: ["default", "original"])
    build_bots: list[str] | None = None  # None: all of the example's bots
    build_minutes: float | None = None  # None: the example site's own budget
    scale_sizes: list[int] = field(default_factory=lambda: [10, 100, 1000])
    prompts: int = 4
    sample_reps: int = 2
    scaleout_seconds: float = 30.0  # training seconds per trainer (scale-out: threads)
    scaleout_steps: int = 40  # steps per bot (scale-out: 1 vs 2 workers)
    scaleout_posts: int = 600  # first rows of each real account (scale-out: 1 vs 2 workers)
    scaleout_bots: int = 4  # real accounts, a bot each (scale-out: 1 vs 2 workers), at most 4
    scaleout_runs: list[str] = field(default_factory=lambda: ["sequential", "1 worker", "2 workers"])
    matrix_sizes: list[int] = field(default_factory=lambda: [10, 100])
    voice_recipes: list[str] = field(default_factory=list)  # voice: empty = all
    voice_site: Path | None = None  # voice: build here and keep it (reruns reuse trained bots)
    voice_accounts: str = "real"  # voice: the real corpora, or the example site's accounts


def parse(argv) -> tuple[Options, list[str]]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny model and budgets: a check, not figures")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHMARKS)}")
    parser.add_argument(
        "--seconds",
        type=float,
        help="training seconds per train run, at most (default 300; a run's plan may end sooner)",
    )
    parser.add_argument(
        "--original-seconds",
        type=float,
        help="training seconds of the original recipe (default 420)",
    )
    parser.add_argument(
        "--dtypes",
        help="train, profile: comma-separated compute dtypes of the htsite recipes (default: what "
        "device.pick() chooses, and float32 too where that is bfloat16; HTSITE_DTYPE picks one)",
    )
    parser.add_argument(
        "--eval-every",
        type=float,
        help="train: seconds of the training clock between held-out evaluations (default 5)",
    )
    parser.add_argument(
        "--eval-posts", type=int, help="train: held-out posts in the evaluated subset (default 100)"
    )
    parser.add_argument(
        "--page",
        action="store_true",
        help="update docs/benchmarks.md's sections of what ran also with --out or --smoke "
        "(default: only for runs into bench/results)",
    )
    parser.add_argument("--out", type=Path, help="results folder (default bench/results, smoke: …/smoke)")
    parser.add_argument(
        "--recipes",
        help="train: comma-separated recipe names (default: original,default,compiled-cold,eager,"
        "no-cache,all-layers)",
    )
    parser.add_argument(
        "--build-minutes", type=float, help="build: training minutes per bot (default: site's)"
    )
    parser.add_argument("--sizes", help="scale: comma-separated bot counts (default 10,100,1000)")
    parser.add_argument("--matrix-sizes", help="matrix: comma-separated stub bot counts (default 10,100)")
    parser.add_argument("--scaleout-steps", type=int, help="scaleout: training steps per bot (default 40)")
    parser.add_argument("--scaleout-posts", type=int, help="scaleout: rows per real account (default 600)")
    parser.add_argument("--scaleout-runs", help="scaleout: builds to time, of seq,1,2 (default all)")
    parser.add_argument("--scaleout-bots", type=int, help="scaleout: bots, 1-4 (default 4)")
    parser.add_argument("--voice-recipes", help="voice: comma-separated recipe names (default: all)")
    parser.add_argument(
        "--voice-site", type=Path, help="voice: keep the gallery in this folder; a rerun reuses its bots"
    )
    parser.add_argument(
        "--voice-accounts",
        choices=["real", "example"],
        help="voice: one bot per real corpus in ../shared/corpora (default) or per example account",
    )
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in only if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; choose from {BENCHMARKS}")
    opts = Options(smoke=args.smoke)
    if args.smoke:
        opts.seconds, opts.eval_every_s, opts.eval_posts, opts.corpus_limit = 0.9, 0.3, 20, 200
        opts.original_seconds, opts.profile_steps = 0.9, 1
        opts.memory_seconds, opts.memory_recipes = 0.5, ["default"]
        opts.build_bots = ["tidepoolmara"]
        opts.scale_sizes, opts.prompts, opts.sample_reps = [2, 6], 2, 1
        opts.voice_recipes = ["default"]  # the smoke test checks one recipe's run
        opts.out = RESULTS / "smoke"
    if args.seconds:
        opts.seconds = args.seconds
    if args.original_seconds:
        opts.original_seconds = args.original_seconds
    if args.eval_every:
        opts.eval_every_s = args.eval_every
    if args.eval_posts:
        opts.eval_posts = args.eval_posts
    if args.dtypes:
        opts.dtypes = args.dtypes.split(",")
    if args.out:
        opts.out = args.out
    opts.page = args.page
    if args.recipes:
        from bench.trainbench import BY_NAME

        opts.recipes = args.recipes.split(",")
        if unknown := [r for r in opts.recipes if r not in BY_NAME]:
            parser.error(f"unknown recipe(s) {unknown}; choose from {list(BY_NAME)}")
    if args.build_minutes:
        opts.build_minutes = args.build_minutes
    if args.sizes:
        opts.scale_sizes = [int(x) for x in args.sizes.split(",")]
    if args.matrix_sizes:
        opts.matrix_sizes = [int(x) for x in args.matrix_sizes.split(",")]
    if args.scaleout_steps:
        opts.scaleout_steps = args.scaleout_steps
    if args.scaleout_posts:
        opts.scaleout_posts = args.scaleout_posts
    if args.scaleout_bots:
        opts.scaleout_bots = args.scaleout_bots
    if args.scaleout_runs:
        opts.scaleout_runs = [
            {"seq": "sequential", "1": "1 worker", "2": "2 workers"}[r] for r in args.scaleout_runs.split(",")
        ]
    if args.voice_recipes:
        from bench.voicebench import RECIPES

        opts.voice_recipes = args.voice_recipes.split(",")
        if unknown := [r for r in opts.voice_recipes if r not in RECIPES]:
            parser.error(f"unknown voice recipe(s) {unknown}; choose from {list(RECIPES)}")
    opts.voice_site = args.voice_site.resolve() if args.voice_site else None
    if args.voice_accounts:
        opts.voice_accounts = args.voice_accounts
    return opts, only


def main(argv=None) -> int:
    opts, only = parse(argv)
    from bench import (
        buildbench,
        common,
        loopbench,
        matrixbench,
        memorybench,
        profilebench,
        samplebench,
        scalebench,
        scaleoutbench,
        trainbench,
        tryitbench,
        voicebench,
    )
    from bench.table import write_page, write_table
    from bench.tiny import make_tiny_model
    from generator.basemodel import quiet_transformers

    quiet_transformers()
    runners = {
        "train": trainbench.bench_train,
        "profile": profilebench.bench_profile,
        "sampling": samplebench.bench_sampling,
        "memory": memorybench.bench_memory,
        "build": buildbench.bench_build,
        "scale": scalebench.bench_scale,
        "loop": loopbench.bench_loop,
        "scaleout": scaleoutbench.bench_scaleout,
        "matrix": matrixbench.bench_matrix,
        "tryit": tryitbench.bench_tryit,
        "voice": voicebench.bench_voice,
    }
    failed = []
    with tempfile.TemporaryDirectory(prefix="htsite-bench-") as tmp:
        opts.tiny = make_tiny_model(Path(tmp) / "tiny-llama")
        if opts.smoke:
            opts.base_name = str(opts.tiny)
            common.PEAK_SIZES[:] = [512]
        for name in only:
            log(f"== {name} ==")
            started = time.perf_counter()
            try:
                result = runners[name](opts)
            except Exception as exc:  # record it, run the rest, exit 1 at the end
                traceback.print_exc()
                result = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}
                failed.append(name)
            result["smoke"] = opts.smoke
            result["bench_seconds"] = round(time.perf_counter() - started, 1)
            if "skipped" in result:
                log(f"{name}: skipped: {result['skipped']}")
            # The example site's voice run keeps its own file, next to the real accounts' one.
            stem = "voice-example" if name == "voice" and opts.voice_accounts == "example" else name
            path = write_result(opts.out, stem, result)
            log(f"{name}: {result['bench_seconds']} s → {path}")
    table = write_table(opts.out)
    log(f"table → {table}")
    if opts.page or (opts.out == RESULTS and not opts.smoke):  # the sections of the results there
        page = write_page(opts.out, RESULTS.parents[1] / "docs" / "benchmarks.md")
        log(f"page → {page}")
    print(table.read_text())
    if failed:
        log(f"failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

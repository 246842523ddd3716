"""Measurements that need a process of their own (peak RSS, import cost, a cold start).

    python -m bench.worker build ROOT [--forbid-training] [--no-eval | --eval-only] [--only BOT]
    python -m bench.worker train --recipe NAME --seconds S --base NAME [--dtype D] [--limit N]
                                 [--synthetic-ok]

Prints one JSON line on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

STARTED = time.perf_counter()

# VmHWM, not ru_maxrss: Linux carries the parent's peak over into a child's ru_maxrss at exec.
from bench.common import peak_rss_mib  # noqa: E402


def build(args) -> dict:
    from pathlib import Path

    from bench.timing import TimedBuilder, module_stages
    from generator.progress import Reporter
    from generator.settings import Site

    imported = time.perf_counter()
    if args.eval_only:  # `htsite eval`: score what the models lack, never train
        builder = TimedBuilder(
            Site(Path(args.root)), Reporter(quiet=True), allow_training=False, allow_eval=True
        )
    else:
        builder = TimedBuilder(
            Site(Path(args.root)), Reporter(quiet=True), allow_training=True, allow_eval=not args.no_eval
        )
    builder.forbid_training = args.forbid_training
    with module_stages(builder):
        report = builder.run(only=args.only)
    return {
        "build_s": round(report.seconds, 2),
        "imports_s": round(imported - STARTED, 2),
        "since_start_s": round(time.perf_counter() - STARTED, 2),
        "stages": builder.stage_report(report.seconds),
        "report": report.as_dict(),
        "torch_imported": "torch" in sys.modules,
        "peak_rss_mib": peak_rss_mib(),
    }


def train(args) -> dict:
    from bench.trainbench import BY_NAME, measured_dtypes, prepare_data, run_recipe, runs_of
    from generator import basemodel

    data = prepare_data(args.eval_posts, args.limit, args.synthetic_ok)
    if data is None:
        raise SystemExit("no corpus")
    before = peak_rss_mib()
    recipe = BY_NAME[args.recipe]
    dtype = args.dtype or runs_of([recipe], measured_dtypes())[0][1]
    base = basemodel.resolve(args.base)
    run = run_recipe(recipe, dtype, data, base, args.seconds, smoke=args.synthetic_ok)
    return {
        "recipe": args.recipe,
        "dtype": run["dtype"],
        "steps": run["steps"],
        "tokens_per_second": run["tokens_per_second"],
        "peak_rss_before_training_mib": before,
        "peak_rss_mib": peak_rss_mib(),  # the process's lifetime peak: imports, data, model, training
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("root")
    b.add_argument("--forbid-training", action="store_true")
    b.add_argument("--no-eval", action="store_true")
    b.add_argument("--only")
    b.add_argument("--eval-only", action="store_true")
    t = sub.add_parser("train")
    t.add_argument("--recipe", required=True)
    t.add_argument("--seconds", type=float, required=True)
    t.add_argument("--dtype", help="compute dtype (default: the recipe's, or what device.pick() chooses)")
    t.add_argument("--base", required=True)
    t.add_argument("--eval-posts", type=int, default=100)
    t.add_argument("--limit", type=int)
    t.add_argument("--synthetic-ok", action="store_true")
    args = parser.parse_args(argv)
    out = build(args) if args.command == "build" else train(args)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()

"""Tokens to quality, counted in optimizer steps: `python -m bench.steps`.

The train benchmark times each recipe on the clock, so its time to 0.3x the base perplexity moves
with the machine's load, and one run of a recipe is one shuffle and one adapter start. Training is
deterministic for a seed, so the steps (trained tokens) to a held-out perplexity are not: this
runs each recipe under several seeds with a held-out evaluation every few steps and reports, per
seed, the step at which the loss crossed the target (linear between two evaluations,
bench.trainbench.crossing), the whole plan's final perplexity, and each recipe's ratio to the
first one's on the same seed. `--stop-after N` screens faster: each run stops after step N of its
unchanged plan (the learning-rate schedule is still the whole plan's), so it gives the steps to
quality but no final perplexity. A recipe's time to quality is then its steps to quality divided by
its steps per second, measured in one invocation of the train benchmark.

    python -m bench.steps --recipes default,loraplus4-decay --dtypes float32,bfloat16 --seeds 1234,7

Every seed holds out the same posts (the default seed's split), so only the shuffle of the
training blocks and the adapters' start differ between seeds. Evaluations stop after
--eval-until steps (the target is reached well before), except the plan's last.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from pathlib import Path

from bench.common import RESULTS, write_result
from bench.trainbench import QUALITY, crossing

DECAYING = "loraplus4-decay"  # LoRA+ 4 whose B-matrix multiple falls linearly to 1 over the plan


class _Stopped(Exception):
    """Raised from on_step to end a screening run after its --stop-after step."""


def crossing_step(
    base_loss: float, points: list[tuple[int, float]], quality: float = QUALITY
) -> float | None:
    """The step at which held-out loss first crossed log(quality) below `base_loss` (the base at
    step 0), linear between the evaluations around it; None if it never did."""
    target = base_loss + math.log(quality)
    before = (0.0, base_loss)
    for step, loss in points:
        if loss <= target:
            return crossing(before, (float(step), loss), target)
        before = (float(step), loss)
    return None


def paired(runs: list[dict], reference: str) -> list[dict]:
    """Each run with its steps to quality and final perplexity as ratios to the `reference`
    recipe's run of the same dtype and seed (None where either is missing)."""
    ref = {(r["dtype"], r["seed"]): r for r in runs if r["recipe"] == reference}
    out = []
    for run in runs:
        other = ref.get((run["dtype"], run["seed"]))
        steps = run["cross_step"] if other is not None and other["cross_step"] else None
        out.append(
            {
                **run,
                "steps_vs_reference": round(steps / other["cross_step"], 3) if steps else None,
                "final_vs_reference": (
                    round(run["final_perplexity"] / other["final_perplexity"], 3)
                    if other and run["final_perplexity"] and other["final_perplexity"]
                    else None
                ),
            }
        )
    return out


@contextlib.contextmanager
def decaying_lora_plus(state: dict):
    """htsite's train_step with every parameter group whose lr_scale is above 1 (LoRA+'s B
    matrices) at 1 + (scale - 1) x (1 - step / total) instead: LoRA+ early, plain LoRA at the
    plan's end. `state` holds the step and total that the run's on_step last reported."""
    from generator import train

    saved = train.train_step

    def step(run, batch, keys, lr, compute, team):
        frac = state["step"] / max(1, state["total"])
        for group in run.optimizer.param_groups:
            group.setdefault("full_scale", group.get("lr_scale", 1.0))
            group["lr_scale"] = 1.0 + (group["full_scale"] - 1.0) * (1.0 - frac)
        return saved(run, batch, keys, lr, compute, team)

    train.train_step = step
    try:
        yield
    finally:
        train.train_step = saved


def run_one(
    recipe: str,
    dtype: str,
    seed: int,
    data,
    base,
    eval_every: int,
    eval_until: int,
    stop_after: int | None = None,
) -> dict:
    """One whole plan of `recipe` (a train-benchmark recipe, or DECAYING) in `dtype` under `seed`,
    evaluated on the held-out subset every `eval_every` steps up to `eval_until`; with
    `stop_after`, only its first `stop_after` steps (the plan, and so the schedule, unchanged)."""
    from bench.int8 import int8_frozen
    from bench.trainbench import BY_NAME, adapter_start, frozen_cache
    from generator import basemodel, train
    from generator.device import pick
    from generator.settings import TrainSettings

    spec = BY_NAME["default"] if recipe == DECAYING else BY_NAME[recipe]
    settings = {"lora_plus_ratio": 4.0} if recipe == DECAYING else dict(spec.settings)
    settings.update(seed=seed, eval_every=eval_every, compile=False)  # eager: the same math, no compile wait
    cfg = TrainSettings(**settings)
    state = {"step": 0, "total": 1}
    # held-out losses as evaluated: (step, loss), the base model's first (at step 0). An evaluation
    # after step k runs before on_step(k), so state["step"] is still k - 1 then.
    seen: list[tuple[int, float]] = []
    split, evaluate = train.split_posts, train.evaluate

    def fixed_split(texts, _seed, fraction):  # every seed holds out the default seed's posts
        return split(texts, TrainSettings().seed, fraction)

    def sparse_evaluate(*args, **kwargs):  # the periodic ones past eval_until are skipped
        if eval_until <= state["step"] and state["step"] + 1 < state["total"]:
            return math.nan
        loss = evaluate(*args, **kwargs)
        seen.append((state["step"] + 1 if seen else 0, loss))
        return loss

    def on_step(step, total, _loss, _tps):
        state["step"], state["total"] = step, total
        if stop_after is not None and step >= stop_after:
            raise _Stopped

    train.split_posts, train.evaluate = fixed_split, sparse_evaluate
    try:
        with (
            decaying_lora_plus(state) if recipe == DECAYING else contextlib.nullcontext(),
            frozen_cache(spec.cache),
            adapter_start(spec.adapter_init),
            int8_frozen(spec.int8),
        ):
            result = train.train(
                [data.corpus], base, cfg, pick("auto", dtype), lambda: basemodel.load(base), on_step
            )
    except _Stopped:
        result = None
    finally:
        train.split_posts, train.evaluate = split, evaluate
    if result is None:  # stopped early: the evaluations (every eval_every steps) are the curve
        base_loss = seen[0][1]
        points = [(step, round(loss, 4)) for step, loss in seen[1:]]  # rounded as the curve's are
        steps, final = state["step"], None
        tokens_per_step = cfg.batch_size * cfg.block_size  # full blocks: the epoch's first steps
        base_perplexity = round(math.exp(base_loss), 2)
    else:
        m = result.metrics
        base_loss, steps, final = m["base_eval_loss"], m["steps"], m["perplexity"]
        curve = m["curve"]
        points = [(p["step"], p["eval_loss"]) for p in curve if not math.isnan(p.get("eval_loss", math.nan))]
        tokens_per_step = round(m["train_tokens"] / max(1, steps), 1)
        base_perplexity = m["base_perplexity"]  # from the unrounded base loss
    return {
        "recipe": recipe,
        "dtype": dtype,
        "seed": seed,
        "cross_step": crossing_step(base_loss, points),
        "tokens_per_step": tokens_per_step,
        "steps": steps,
        "base_perplexity": base_perplexity,
        "final_perplexity": final,
        "curve": points,
    }


def table(runs: list[dict]) -> list[str]:
    lines = [
        "| recipe | dtype | seed | steps to 0.3× (tokens) | × reference | final ppl (steps) | × reference |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in runs:
        steps = r["cross_step"]
        at = f"{steps:.1f} (≈ {steps * r['tokens_per_step'] / 1000:.1f} k)" if steps else "not reached"
        ratio = lambda v: f"{v:.3f}" if v is not None else "—"  # noqa: E731
        final = f"{r['final_perplexity']:.2f}" if r["final_perplexity"] else "stopped"
        lines.append(
            f"| {r['recipe']} | {r['dtype']} | {r['seed']} | {at} | {ratio(r['steps_vs_reference'])} "
            f"| {final} ({r['steps']}) | {ratio(r['final_vs_reference'])} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.steps", description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipes", default=f"default,{DECAYING}", help="the first is the reference")
    parser.add_argument("--dtypes", default="float32")
    parser.add_argument("--seeds", default="1234,7")
    parser.add_argument("--eval-every", type=int, default=5, help="steps between held-out evaluations")
    parser.add_argument("--eval-until", type=int, default=130, help="no periodic evaluation after this step")
    parser.add_argument("--eval-posts", type=int, default=100, help="held-out posts evaluated")
    parser.add_argument(
        "--stop-after",
        type=int,
        default=None,
        help="screen: stop each run after this step (its plan and schedule unchanged; no final perplexity)",
    )
    parser.add_argument("--base", default=None, help="base model (default: the bundled one)")
    parser.add_argument("--corpus-limit", type=int, default=None, help="first N posts of the corpus")
    parser.add_argument(
        "--synthetic-ok", action="store_true", help="a synthetic corpus if ../shared is absent"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder: steps.json there")
    args = parser.parse_args(argv)

    from bench.trainbench import BY_NAME, prepare_data
    from generator import basemodel

    recipes = args.recipes.split(",")
    if unknown := [r for r in recipes if r not in BY_NAME and r != DECAYING]:
        parser.error(f"unknown recipe(s) {unknown}")
    if trainer := [r for r in recipes if r in BY_NAME and BY_NAME[r].runner != "htsite"]:
        parser.error(f"{trainer}: only htsite's own training loop counts its steps here")
    data = prepare_data(args.eval_posts, args.corpus_limit, args.synthetic_ok)
    if data is None:
        print("bench.steps: no corpus (set HTSITE_SHARED to the shared data folder)", file=sys.stderr)
        return 1
    base = basemodel.resolve(args.base or basemodel.BUNDLED_BASE)
    runs = []
    for dtype in args.dtypes.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            for recipe in recipes:
                run = run_one(
                    recipe, dtype, seed, data, base, args.eval_every, args.eval_until, args.stop_after
                )
                print(f"bench.steps: {recipe} {dtype} seed {seed}: {run['cross_step']}", file=sys.stderr)
                runs.append(run)
    runs = paired(runs, recipes[0])
    write_result(args.out, "steps", {"source": data.source, "runs": runs})
    print("\n".join(table(runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

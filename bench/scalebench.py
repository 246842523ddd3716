"""Benchmark 3 (scale): synthetic sites of 10, 100, 1000 bots whose models are stubs.

Each bot's models/<bot>/metrics.json and predictions.json carry the train_key / key that
generator.build computes for it, so `htsite build` reuses every bot and only draws images, writes
pages and runs mkdocs (the worker aborts if it would train or sample anything). The stub files
are copies of what a real build writes (a 3-step run of a tiny random model), with a realistic
300-step loss curve and five readable predictions. Each size is built in its own process, for its
own peak RSS.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import tempfile
from pathlib import Path

from bench.common import env_vars, log, machine, ratio, run_worker, synthetic_post

ACCOUNTS = 20  # distinct accounts behind the bots; every 4th bot is a cyborg of 2-3 of them
POSTS = 80
AVATARS = 4  # accounts with an avatar image (the others get initials)
CURVE_STEPS = 300


def make_site(root: Path, bots: int, accounts: int = ACCOUNTS) -> None:
    from PIL import Image

    from generator.scaffold import scaffold

    scaffold(root)
    (root / "site_src" / "site.yaml").write_text(
        f"title: Scale test, {bots} bots\n"
        "base_model: bundled:smollm2-135m\n"
        "curate: {min_chars: 500, warn_chars: 1000}\n"
    )
    handles = [f"acct{i:02d}" for i in range(accounts)]
    for i, handle in enumerate(handles):
        folder = root / "site_src" / "accounts" / handle
        folder.mkdir(parents=True)
        with open(folder / "posts.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "created_at", "text"])
            for j in range(POSTS):
                writer.writerow([j, "2025-01-01T00:00:00Z", f"{handle}: {synthetic_post(j + 7 * i)}"])
        meta = f"name: Person {i}\nbio: A synthetic account for the scale benchmark.\n"
        if i < AVATARS:
            Image.new("RGB", (400, 400), (40 * i % 255, 90, 160)).save(folder / "avatar.png")
            meta += "avatar: avatar.png\n"
        (folder / "account.yaml").write_text(meta)
    for b in range(bots):
        members = [handles[b % accounts]]
        if b % 4 == 3:
            members.append(handles[(b + 1) % accounts])
        if b % 8 == 7:
            members.append(handles[(b + 3) % accounts])
        (root / "site_src" / "bots" / f"bot{b:04d}.yaml").write_text(f"accounts: [{', '.join(members)}]\n")


def template_outputs(tmp: Path, tiny: Path) -> tuple[dict, dict]:
    """metrics.json and predictions.json as a real build writes them (tiny model, 3 steps)."""
    root = tmp / "template"
    make_site(root, bots=1, accounts=1)
    (root / "site_src" / "site.yaml").write_text(
        "title: template\ncurate: {min_chars: 500, warn_chars: 1000}\n"
        "train: {batch_size: 2, block_size: 32}\nsample: {max_new_tokens: 8, min_new_tokens: 2}\n"
    )
    run_worker(
        ["build", str(root), "--no-eval", "--only", "bot0000"],
        {"HTSITE_BASE_MODEL": str(tiny), "HTSITE_MAX_STEPS": "3"},
    )
    folder = root / "models" / "bot0000"
    return json.loads((folder / "metrics.json").read_text()), json.loads(
        (folder / "predictions.json").read_text()
    )


def realistic(metrics: dict, predictions: dict) -> tuple[dict, dict]:
    rng = random.Random(0)
    curve = []
    for step in range(1, CURVE_STEPS + 1):
        point = {"step": step, "train_loss": round(3.1 + 1.2 * 0.98**step + rng.uniform(-0.15, 0.15), 4)}
        if step % 50 == 0 or step == CURVE_STEPS:
            point["eval_loss"] = round(3.3 + 0.9 * 0.985**step, 4)
        curve.append(point)
    metrics = {
        **metrics,
        "curve": curve,
        "base_eval_loss": 4.1055,
        "eval_loss": 3.32,
        "base_perplexity": 60.67,
        "perplexity": 27.66,
        "steps": CURVE_STEPS,
    }
    prompts = predictions.get("settings", {}).get("prompts") or ["My dream is"]
    texts = [
        "to see the harbour full of boats again, and every neighbour at the night market.",
        "a school board that listens. Thanks to all our volunteers who came out tonight.",
        "that the new bridge opens before winter, so the buses stop going the long way round.",
        "simple: a good book, strong coffee and a quiet morning before the meetings start.",
        "to keep writing here every day, even when nobody reads it. Especially then.",
    ]
    predictions = {
        **predictions,
        "predictions": [{"prompt": p, "text": f"{p} {t}"} for p in prompts for t in texts],
        "stats": {"drawn": 6, "memorized": 1},
    }
    return metrics, predictions


def write_stubs(root: Path, metrics: dict, predictions: dict) -> None:
    from generator.build import sample_key, train_key
    from generator.curate import curate
    from generator.ingest import load_account
    from generator.settings import Site

    with env_vars(HTSITE_BASE_MODEL=None):  # keys as the worker's build will compute them
        site = Site(root)
    curated = {}
    for bot in site.bots:
        corpora = []
        for handle in bot.accounts:
            if handle not in curated:
                curated[handle] = curate(load_account(site.account_path(handle)))
            corpora.append(curated[handle])
        tkey = train_key(site, corpora)
        folder = site.models / bot.id
        folder.mkdir(parents=True, exist_ok=True)
        bot_metrics = {
            **metrics,
            "train_key": tkey,
            "bot": bot.id,
            "accounts": [c.counts() for c in corpora],
            "settings": {"base_model": site.settings.base_model, **site.settings.train.model_dump()},
        }
        (folder / "metrics.json").write_text(json.dumps(bot_metrics, indent=2) + "\n")
        bot_predictions = {
            **predictions,
            "key": sample_key(tkey, site),
            "settings": site.settings.sample.model_dump(),
        }
        (folder / "predictions.json").write_text(json.dumps(bot_predictions, indent=2) + "\n")


def bench_scale(opts) -> dict:
    from bench.buildbench import grouped

    info = machine(with_torch=True)
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-scale-"))
    sizes = []
    try:
        metrics, predictions = realistic(*template_outputs(tmp, opts.tiny))
        for n in opts.scale_sizes:
            root = tmp / f"site-{n}"
            make_site(root, n)
            write_stubs(root, metrics, predictions)
            log(f"scale: {n} bots")
            with env_vars(HTSITE_BASE_MODEL=None):
                result = run_worker(["build", str(root), "--forbid-training", "--no-eval"])
            report = result["report"]
            if report["failed"] or report["trained"] or report["sampled"]:
                raise RuntimeError(f"scale {n}: stubs not reused as they are: {report}")
            seconds = result["stages"]["seconds"]
            size = {
                "bots": n,
                "process_wall_s": result["process_wall_s"],
                "build_s": result["build_s"],
                "per_bot_ms": round(1000 * result["build_s"] / n, 1),
                "images_s": seconds["images"],
                "pages_s": seconds["pages"],
                "mkdocs_s": seconds["mkdocs"],
                "ingest_other_s": round(seconds["ingest"] + seconds["other"], 2),
                "mkdocs_share": result["stages"]["share"]["mkdocs"],
                "mkdocs_per_bot_ms": round(1000 * seconds["mkdocs"] / n, 1),
                "images_per_bot_ms": round(1000 * seconds["images"] / n, 1),
                "pages_per_bot_ms": round(1000 * seconds["pages"] / n, 1),
                "stages": result["stages"],
                "grouped_share": grouped(seconds, result["build_s"]),
                "torch_imported": result["torch_imported"],
                "peak_rss_mib": result["peak_rss_mib"],
                "html_pages": sum(1 for _ in (root / "site").rglob("*.html")),
                "site_mib": round(
                    sum(f.stat().st_size for f in (root / "site").rglob("*") if f.is_file()) / 2**20, 1
                ),
            }
            log(
                f"  {n} bots: {result['build_s']:.1f} s ({size['per_bot_ms']:.0f} ms/bot; "
                f"images {seconds['images']:.1f} s, pages {seconds['pages']:.1f} s, "
                f"mkdocs {seconds['mkdocs']:.1f} s), "
                f"peak RSS {result['peak_rss_mib']:.0f} MiB"
            )
            sizes.append(size)
            shutil.rmtree(root, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for size in sizes:
        size["per_bot_vs_smallest"] = ratio(size["per_bot_ms"], sizes[0]["per_bot_ms"])
    largest = sizes[-1] if sizes else None
    return {
        "machine": info,
        "accounts": ACCOUNTS,
        "goal": {"bots": 1000, "seconds": 60},
        "goal_met": (largest["build_s"] <= 60) if largest and largest["bots"] >= 1000 else None,
        "sizes": sizes,
    }

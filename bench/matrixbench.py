"""Benchmark 8 (style matrix): what `htsite eval` costs from scratch, and how it grows with bots.

Every bot is a stub: a LoRA adapter of the default shape on the base model, with seeded random
weights (its cost is a trained bot's cost; what it scores is meaningless). Each site is scored by
`htsite eval` in a process of its own (`bench.worker build --eval-only`: every bot's cells and the
base model's row, then pages and mkdocs), in two settings:

* **full** — what htsite did before: every bot on every account, on all held-out posts
  (`probe_tokens: 0`, `other_accounts` ≥ accounts);
* **default** — a 1,024-token probe per account; each bot on its own accounts plus 4 others.

Sites: the 4 real accounts of ../shared/corpora (a bot each); and synthetic sites of 10 and 100
bots over as many accounts (every 4th bot a cyborg of two), where "full" grows as bots².
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from pathlib import Path

from bench.common import log, machine, run_worker, shared_dir, synthetic_post

CORPORA = ["BarackObama", "elonmusk", "neiltyson", "realDonaldTrump"]
SYNTHETIC_POSTS = 600  # per account: ~60 held out, more than a 1,024-token probe
FULL = {"probe_tokens": 0, "other_accounts": 10_000}


def stub_adapter(base_name: str, folder: Path) -> Path:
    """A default-shape LoRA adapter with seeded random weights, and the base's tokenizer."""
    import torch

    from generator import basemodel, train
    from generator.settings import TrainSettings

    base = basemodel.resolve(base_name)
    model, tokenizer = basemodel.load(base)
    model = train.wrap_for_method(model, TrainSettings())
    torch.manual_seed(0)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 0.01)  # LoRA's B starts at zero: a stub that changes the model
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    config = json.loads((folder / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = base.path
    (folder / "adapter_config.json").write_text(json.dumps(config, indent=2))
    return folder


def make_site(root: Path, accounts: dict[str, list[str]], bots: dict[str, list[str]], base: str, style: dict):
    from generator.scaffold import scaffold

    scaffold(root)
    (root / "site_src" / "site.yaml").write_text(
        json.dumps(
            {
                "title": "Style matrix bench",
                "base_model": base,
                "curate": {"min_chars": 500, "warn_chars": 1000},
                "style_matrix": style,
            }
        )
        + "\n"
    )
    for handle, posts in accounts.items():
        folder = root / "site_src" / "accounts" / handle
        folder.mkdir(parents=True)
        with open(folder / "posts.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "created_at", "text"])
            writer.writerows([i, "2025-01-01T00:00:00Z", text] for i, text in enumerate(posts))
    for bot, members in bots.items():
        (root / "site_src" / "bots" / f"{bot}.yaml").write_text(f"accounts: [{', '.join(members)}]\n")


def stub_models(root: Path, adapter: Path) -> None:
    """models/<bot>/: the stub adapter (hard links) and a metrics.json; the model is what `eval`
    scores, whatever its train key."""
    for spec in sorted((root / "site_src" / "bots").glob("*.yaml")):
        folder = root / "models" / spec.stem
        folder.mkdir(parents=True)
        for file in adapter.iterdir():
            (folder / file.name).hardlink_to(file)
        metrics = {
            "train_key": f"stub-{spec.stem}",
            "base_perplexity": 60.0,
            "perplexity": 30.0,
            "steps": 300,
            "epochs_done": 2.0,
            "train_tokens": 153_600,
            "device": "cpu",
            "dtype": "bfloat16",
        }
        (folder / "metrics.json").write_text(json.dumps(metrics))


def real_accounts() -> dict[str, list[str]] | None:
    from generator.curate import curate
    from generator.ingest import load_account

    folder = shared_dir() / "corpora"
    if not all((folder / f"{name}.csv").is_file() for name in CORPORA):
        return None
    accounts = {}
    for name in CORPORA:
        curated = curate(load_account(folder / f"{name}.csv"))
        accounts[name.lower()] = curated.texts
    return accounts


def synthetic(n: int, posts: int) -> tuple[dict, dict]:
    accounts = {
        f"acct{i:03d}": [f"acct{i:03d} {synthetic_post(j + 7 * i)}" for j in range(posts)] for i in range(n)
    }
    handles = list(accounts)
    bots = {f"bot{b:03d}": [handles[b]] + ([handles[(b + 1) % n]] if b % 4 == 3 else []) for b in range(n)}
    return accounts, bots


def score(label: str, accounts: dict, bots: dict, base: str, adapter: Path, style: dict, tmp: Path) -> dict:
    root = tmp / label.replace(" ", "-")
    make_site(root, accounts, bots, base, style)
    stub_models(root, adapter)
    result = run_worker(["build", str(root), "--eval-only"])
    if result["report"]["failed"]:
        raise RuntimeError(f"{label}: {result['report']['failed']}")
    matrix = json.loads((root / "models" / "eval.json").read_text())
    shutil.rmtree(root, ignore_errors=True)
    seconds = result["stages"]["seconds"]
    jobs = sum(result["report"]["job_seconds"].values())
    measured = matrix["measured"]
    tokens = measured["tokens"]
    cells_tokens = sum(tokens[a] for row in matrix["loss"].values() for a in row) + sum(tokens.values())
    out = {
        "label": label,
        "bots": len(bots),
        "accounts": len(accounts),
        "cells": measured["cells"],
        "of": measured["of"],
        "base_cells": len(matrix["base"]),
        "tokens_scored": cells_tokens,
        "scoring_s": seconds["style_matrix"],  # forward passes over the probes
        "jobs_s": round(jobs, 1),  # the jobs whole: loading each bot, then scoring
        "build_s": result["build_s"],  # + pages and mkdocs
        "per_bot_s": round(jobs / len(bots), 2),
        "diagonal_dominant": matrix["diagonal_dominant"],
    }
    log(
        f"matrix: {label}: {out['cells']} of {out['of']} cells, {cells_tokens:,} tokens: scoring "
        f"{out['scoring_s']} s, jobs {out['jobs_s']} s ({out['per_bot_s']} s a bot)"
    )
    return out


def count(accounts: dict, bots: dict, style: dict) -> dict:
    """Cells and tokens a setting scores, from the probes alone (no model: the bundled tokenizer,
    which the tiny model shares). Scoring time is proportional to tokens: full 128-token blocks."""
    from transformers import AutoTokenizer

    from generator import evaluate
    from generator.basemodel import bundled_dir
    from generator.curate import Curated
    from generator.settings import SiteSettings

    settings = SiteSettings.model_validate({"style_matrix": style})
    tokenizer = AutoTokenizer.from_pretrained(bundled_dir())
    handles = sorted(accounts)
    tokens = {}
    for h in handles:
        texts = accounts[h]
        probe = evaluate.probe_for(h, Curated(h, h, len(texts), 0, 0, len(texts), texts=texts), settings)
        blocks = evaluate.probe_blocks(tokenizer, probe.texts, settings.style_matrix.probe_tokens, 128)
        tokens[h] = sum(map(len, blocks))
    cells = {b: evaluate.wanted(b, own, handles, settings) for b, own in bots.items()}
    return {
        "cells": sum(map(len, cells.values())),
        "base_cells": len(handles),
        "tokens": sum(tokens[a] for row in cells.values() for a in row) + sum(tokens.values()),
    }


def bench_matrix(opts) -> dict:
    """Real accounts on the real model (measured); stub-bot sites on the tiny model (the
    pipeline's scaling, measured) with exact token counts; the real model's time for every
    setting from its measured seconds per scored token and per loaded bot."""
    info = machine(with_torch=True)
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-matrix-"))
    default = {"probe_tokens": 1024, "other_accounts": 4}
    runs, counted = [], []
    real_rate = None  # the real model: seconds per scored token, seconds per loaded bot
    try:
        real = None if opts.smoke else real_accounts()
        if real is not None:
            adapter = stub_adapter(opts.base_name, tmp / "adapter")
            bots = {h: [h] for h in real}
            run = score("4 real accounts, default", real, bots, opts.base_name, adapter, default, tmp)
            run["model"] = opts.base_name
            runs.append(run)
            real_rate = {
                "s_per_token": run["scoring_s"] / run["tokens_scored"],
                "s_per_load": max(0.0, run["jobs_s"] - run["scoring_s"]) / (run["bots"] + 1),
            }
            for label, style in (("full", FULL), ("default", default)):
                counted.append({"label": f"4 real accounts, {label}", "bots": 4, **count(real, bots, style)})
        tiny_adapter = stub_adapter(str(opts.tiny), tmp / "tiny-adapter")
        sizes = [3, 6] if opts.smoke else opts.matrix_sizes
        posts = 60 if opts.smoke else SYNTHETIC_POSTS
        for n in sizes:
            accounts, bots = synthetic(n, posts)
            if opts.smoke and n == sizes[0]:
                run = score(f"{n} stub bots, full", accounts, bots, str(opts.tiny), tiny_adapter, FULL, tmp)
                runs.append({**run, "model": "tiny"})
            run = score(f"{n} stub bots, default", accounts, bots, str(opts.tiny), tiny_adapter, default, tmp)
            runs.append({**run, "model": "tiny"})
            for label, style in (("full", FULL), ("default", default)):
                counted.append(
                    {"label": f"{n} stub bots, {label}", "bots": n, **count(accounts, bots, style)}
                )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if real_rate:
        for c in counted:
            c["real_model_s"] = round(
                c["tokens"] * real_rate["s_per_token"] + (c["bots"] + 1) * real_rate["s_per_load"], 0
            )
    return {"machine": info, "runs": runs, "counted": counted, "real_rate": real_rate}

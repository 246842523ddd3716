"""Benchmark 7 (voice): do the bots sound like their people?

A gallery of one bot per real account in ../shared/corpora (BarackObama, elonmusk, neiltyson,
realDonaldTrump; bot files named by the handle as written) is built with `htsite build` in a
fresh process per recipe, on one temp site: a recipe that changes only sampling reuses the
trained models, as a user's rebuild would. Per bot and recipe:

* **voice** — the product's figure (generator/voice.py, in metrics.json);
* **check** — the bench's independent check (bench/voicecheck.py: naive Bayes over character
  n-grams, fit on each account's own training posts, no base class) on the same voice samples,
  and **check (shown)** on the predictions the page shows; its accuracy on real held-out posts is
  in the caption;
* **ppl ratio** — held-out perplexity / the base model's; **train s** — timings.json.

Smoke runs use the example site's three accounts and the tiny random model.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import yaml

from bench.common import REPO, log, machine, run_worker, shared_dir

REAL = ["BarackObama", "elonmusk", "neiltyson", "realDonaldTrump"]

# Recipes: site.yaml overrides on top of the defaults, run in this order on one site. The
# default first; the rest are what bench/README.md ("Voice") reports on.
RECIPES: dict[str, dict] = {
    "default": {},
    "plain": {"sample": {"contrast": 0}},
    "contrast0.5": {"sample": {"contrast": 0.5}},
    "contrast2": {"sample": {"contrast": 2}},
    "default-48": {"voice": {"samples": 48}},
    "plain-48": {"sample": {"contrast": 0}, "voice": {"samples": 48}},
    "contrast1.5-48": {"sample": {"contrast": 1.5}, "voice": {"samples": 48}},
    "contrast2-48": {"sample": {"contrast": 2}, "voice": {"samples": 48}},
    "contrast0.5-48": {"sample": {"contrast": 0.5}, "voice": {"samples": 48}},
    "contrast1-48": {"sample": {"contrast": 1.0}, "voice": {"samples": 48}},
    "t0.9": {"sample": {"temperature": 0.9}},
    "t0.8": {"sample": {"temperature": 0.8}},
    "t0.7": {"sample": {"temperature": 0.7}},
    "choose20": {"sample": {"choose_from": 20}},
    "e3": {"train": {"epochs": 3}},
    "e3-t0.8": {"train": {"epochs": 3}, "sample": {"temperature": 0.8}},
    "e4": {"train": {"epochs": 4}},
    "e1": {"train": {"epochs": 1}},
    "e1.5": {"train": {"epochs": 1.5}},
    "e4-t0.8": {"train": {"epochs": 4}, "sample": {"temperature": 0.8}},
    "posts": {"train": {"packing": "posts"}},
    "posts-t0.8": {"train": {"packing": "posts"}, "sample": {"temperature": 0.8}},
    "lr3e-3": {"train": {"learning_rate": 3e-3}},
    "lr3e-3-t0.8": {"train": {"learning_rate": 3e-3}, "sample": {"temperature": 0.8}},
    "warmup0": {"train": {"warmup_fraction": 0.0}},  # no warm-up (the default since 2026-12-04)
    "warmup5": {"train": {"warmup_fraction": 0.05}},  # a 5 % warm-up (the default before)
    # how many upper layers get LoRA (the default adapts the top 16): what it costs in voice
    "top16": {"train": {"lora_layers": 16}},
    "top8": {"train": {"lora_layers": 8}},
    "all-layers": {"train": {"lora_layers": None}},
    "top8-lr4e-3": {"train": {"lora_layers": 8, "learning_rate": 4e-3}},
    # the same training time as all layers × 2 epochs: top 8 runs ~2.5× the steps per second
    "top8-e5": {"train": {"lora_layers": 8, "epochs": 5}},
    "top16-e3": {"train": {"lora_layers": 16, "epochs": 3}},
    "top12": {"train": {"lora_layers": 12}},
    "top12-lr3e-3": {"train": {"lora_layers": 12, "learning_rate": 3e-3}},
    "top16-lr3e-3": {"train": {"lora_layers": 16, "learning_rate": 3e-3}},
    # LoRA+ (train.lora_plus_ratio): fewer trained tokens to quality on the Obama corpus
    "loraplus2": {"train": {"lora_plus_ratio": 2.0}},
    "loraplus4": {"train": {"lora_plus_ratio": 4.0}},
    "plain-lora": {"train": {"lora_plus_ratio": 1.0}},  # the default, named: B at the lr
    # batch 2 × 128: twice the optimizer steps per trained token (the default's batch is 4)
    "b2": {"train": {"batch_size": 2}},
    # issue 36, voice beside variety: the sampling form before (sharpened, 10 % cut) and after
    "sharpen": {"sample": {"sharpen": True, "plausible": 0.1}},
    "keep1-p0.02": {"sample": {"contrast": 1.0}},
    "layers-auto": {"train": {"lora_layers": "auto"}},  # the default: all layers below 200 steps
}
EXAMPLE = ("crumbshift", "tidepoolmara", "z80ziggy")


def accounts(smoke: bool, which: str = "real") -> dict[str, Path] | None:
    if smoke or which == "example":
        return {h: REPO / "site_src" / "accounts" / h for h in EXAMPLE}
    corpora = shared_dir() / "corpora"
    found = {h: corpora / f"{h}.csv" for h in REAL}
    return found if all(p.is_file() for p in found.values()) else None


def make_site(root: Path, sources: dict[str, Path]) -> None:
    from generator.scaffold import scaffold

    scaffold(root)
    for handle, source in sources.items():
        folder = root / "site_src" / "accounts" / handle
        if source.is_dir():
            shutil.copytree(source, folder)
        else:  # a CSV corpus, copied into the temp site (ingest follows no links out of a folder)
            folder.mkdir(parents=True)
            shutil.copy2(source, folder / "posts.csv")
        (root / "site_src" / "bots" / f"{handle}.yaml").write_text(f"accounts: [{handle}]\n")


def merged(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        out[key] = merged(out.get(key, {}), value) if isinstance(value, dict) else value
    return out


def distinct(texts: list[str], n: int = 2) -> float | None:
    """Distinct-n: unique word n-grams ÷ all word n-grams over `texts` (1.0: no phrase repeats)."""
    grams = [tuple(w[i : i + n]) for t in texts for w in [t.lower().split()] for i in range(len(w) - n + 1)]
    return round(len(set(grams)) / len(grams), 3) if grams else None


def figures(root: Path, sources: dict[str, Path]) -> dict:
    """Per bot: the product's voice, the independent check, perplexity ratio, training seconds."""
    from bench import voicecheck
    from generator import train
    from generator.curate import curate
    from generator.ingest import load_account
    from generator.settings import Site

    site = Site(root)
    cfg = site.settings.train
    splits = {
        h: train.split_posts(curate(load_account(site.account_path(h))).texts, cfg.seed, cfg.eval_fraction)
        for h in sources
    }
    check = voicecheck.NaiveBayes({h: s.train for h, s in splits.items()})
    out = {"check_accuracy": voicecheck.accuracy(check, {h: s.eval for h, s in splits.items()}), "bots": {}}
    for bot in site.bots:
        folder = site.models / bot.id
        m = json.loads((folder / "metrics.json").read_text())
        t = json.loads((folder / "timings.json").read_text())
        p = json.loads((folder / "predictions.json").read_text())
        cut = [g["text"][len(g["prompt"]) :] for g in p.get("voice_samples", [])]
        shown = [g["text"][len(g["prompt"]) :] for g in p["predictions"]]
        v = m.get("voice") or {}
        out["bots"][bot.id] = {
            "accounts": bot.accounts,
            "voice": v.get("score"),
            "voice_samples": v.get("samples"),
            "attributed": v.get("attributed"),
            "check": voicecheck.share_own(check, cut, bot.accounts),
            "check_shown": voicecheck.share_own(check, shown, bot.accounts),
            "distinct2": distinct(cut),  # how varied the voice samples are (prompt cut off)
            "variety": (m.get("variety") or {}).get("ratio"),  # × the person's own (generator/variety.py)
            "ppl_ratio": round(m["perplexity"] / m["base_perplexity"], 3),
            "steps": m["steps"],
            "train_seconds": t.get("train_seconds"),
            "memorized": p["stats"].get("memorized"),
            "drawn": p["stats"].get("drawn"),
            "shown": [g["text"] for g in p["predictions"]],
        }
    voice_json = json.loads((site.models / "voice.json").read_text())
    out["classifier_check"] = voice_json["check"]
    return out


def bench_voice(opts) -> dict:
    sources = accounts(opts.smoke, opts.voice_accounts)
    if sources is None:
        return {"skipped": "the real corpora are not in ../shared/corpora"}
    recipes = opts.voice_recipes or list(RECIPES)
    env = {"HTSITE_BASE_MODEL": str(opts.tiny), "HTSITE_MAX_STEPS": "2"} if opts.smoke else {}
    smoke = {"voice": {"samples": 20, "base_samples": 10}, "sample": {"max_new_tokens": 12}}
    info = machine()
    keep = opts.voice_site
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-voice-")) if keep is None else None
    root = keep or tmp / "site"
    runs = []
    try:
        if not (root / "site_src").is_dir():
            make_site(root, sources)
        site_yaml = root / "site_src" / "site.yaml"
        defaults = (
            yaml.safe_load(site_yaml.read_text()) if not (root / ".bench-defaults.yaml").is_file() else None
        )
        if defaults is not None:
            (root / ".bench-defaults.yaml").write_text(yaml.safe_dump(defaults))
        defaults = yaml.safe_load((root / ".bench-defaults.yaml").read_text())
        for name in recipes:
            overrides = RECIPES[name]
            settings = merged(merged(defaults, smoke) if opts.smoke else defaults, overrides)
            site_yaml.write_text(yaml.safe_dump(settings, sort_keys=False))
            log(f"voice: recipe {name} {overrides or '(defaults)'}")
            built = run_worker(["build", str(root)], env, timeout=6 * 3600)
            if built["report"]["failed"]:
                raise RuntimeError(f"bots failed: {built['report']['failed']}")
            result = figures(root, sources)
            result.update(recipe=name, overrides=overrides, build_s=built["build_s"])
            result["trained"] = built["report"]["trained"]
            for bot, f in result["bots"].items():
                log(
                    f"  {bot}: voice {f['voice']}, check {f['check']} (shown {f['check_shown']}), "
                    f"ppl ratio {f['ppl_ratio']}, {f['train_seconds']} s, variety {f['variety']}, "
                    f"distinct-2 {f['distinct2']} "
                    f"of {f['voice_samples']} voice samples"
                )
            runs.append(result)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return {"machine": info, "accounts": list(sources), "runs": runs}

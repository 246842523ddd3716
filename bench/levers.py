"""Benchmark 7b (sampling levers): voice and variety of a built site's bots, lever by lever.

The bots of a site that `htsite build` already trained are loaded once each; every lever (a set
of `sample:` overrides) then draws the voice figure's samples (≥ 48, the voice seed) and the
page's predictions (the page's seed) from the same model, as a rebuild with those settings
would. Per bot and lever:

* **voice** — the product's classifier (generator/voice.py: the site's accounts' training posts
  and the base model's own samples from models/voice-base.json);
* **check** — the bench's independent classifier (bench/voicecheck.py), on the same samples;
* **variety** — generator/variety.py: distinct-2 of the samples over the person's own posts at
  the same count and length (1.0: varies as the person does);
* **openings / phrases** — pairs of the shown predictions that open with the same three words,
  and shown predictions that say a 4-word phrase 3 times;
* a cyborg's attribution per account (each should get at least half its share).

Nothing here chooses by a classifier: the levers are sampling settings, and the figures grade them.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import log, machine

LEVERS: dict[str, dict] = {
    # sharpen (the default): log p_bot + c × (log p_bot − log p_base); "keep": log p_bot − c × log p_base
    "default": {},
    "plain": {"contrast": 0},
    "c0.5": {"contrast": 0.5},
    "c1": {"contrast": 1.0},
    "c1.5-plain3": {"plain_start": 3},
    "keep0.6": {"sharpen": False, "contrast": 0.6},
    "keep0.6-plain3": {"sharpen": False, "contrast": 0.6, "plain_start": 3},
    "keep0.6-p0.03": {"sharpen": False, "contrast": 0.6, "plausible": 0.03},
    "keep0.6-p0.03-plain3": {"sharpen": False, "contrast": 0.6, "plausible": 0.03, "plain_start": 3},
    "keep0.75": {"sharpen": False, "contrast": 0.75},
    "keep1": {"sharpen": False, "contrast": 1.0},
    "keep1-p0.03": {"sharpen": False, "contrast": 1.0, "plausible": 0.03},
    "keep1-p0.05": {"sharpen": False, "contrast": 1.0, "plausible": 0.05},
    "keep1.5-p0.05": {"sharpen": False, "contrast": 1.5, "plausible": 0.05},
    "keep1.5": {"sharpen": False, "contrast": 1.5},
    "keep1-p0.02": {"sharpen": False, "contrast": 1.0, "plausible": 0.02},
    "keep1.5-p0.02": {"sharpen": False, "contrast": 1.5, "plausible": 0.02},
    "keep2-p0.02": {"sharpen": False, "contrast": 2.0, "plausible": 0.02},
    "keep1.5-p0.02-plain1": {"sharpen": False, "contrast": 1.5, "plausible": 0.02, "plain_start": 1},
    "keep1.5-p0.02-plain2": {"sharpen": False, "contrast": 1.5, "plausible": 0.02, "plain_start": 2},
    "keep1-p0.01": {"sharpen": False, "contrast": 1.0, "plausible": 0.01},
    "keep0.4-p0.02": {"sharpen": False, "contrast": 0.4, "plausible": 0.02},
    "keep0.6-p0.02": {"sharpen": False, "contrast": 0.6, "plausible": 0.02},
    "keep0.8-p0.02": {"sharpen": False, "contrast": 0.8, "plausible": 0.02},
}


def corpora(site) -> dict[str, object]:
    """Each account's train/held-out split, exactly as training made it."""
    from generator import train
    from generator.curate import curate
    from generator.ingest import load_account

    cfg = site.settings.train
    handles = sorted({h for b in site.bots for h in b.accounts})
    return {
        h: train.split_posts(curate(load_account(site.account_path(h))).texts, cfg.seed, cfg.eval_fraction)
        for h in handles
    }


def bench_levers(
    root: Path,
    levers: list[str],
    samples: int = 48,
    bots: list[str] | None = None,
    partial: Path | None = None,
) -> dict:
    import json

    from bench import voicecheck
    from generator import basemodel, botjob, device, sample, variety, voice
    from generator.settings import Site

    site = Site(root)
    s = site.settings
    splits = corpora(site)
    base_gens = json.loads((site.models / "voice-base.json").read_text())["samples"]
    base = [voice.split_generation(g["prompt"], g["text"]) for g in base_gens]
    product, _ = voice.classifier(
        {h: voice.capped(x.train, s.train.seed) for h, x in splits.items()}, base, s.train.seed
    )
    check = voicecheck.NaiveBayes({h: x.train for h, x in splits.items()})
    compute = device.pick(s.train.device, s.train.dtype)
    device.use_threads(device.default_threads())
    base_path = basemodel.resolve(s.base_model).path
    out: dict = {"machine": machine(), "site": str(root), "samples": samples, "bots": {}}
    for bot in site.bots:
        if bots and bot.id not in bots:
            continue
        model, tokenizer = sample.load_bot_model(site.models / bot.id, base_path, compute)
        posts = [t for h in bot.accounts for t in splits[h].train]
        rows = {}
        for name in levers:
            cfg = sample.for_bot(s.sample.model_copy(update=LEVERS[name]), len(bot.accounts))
            started = time.monotonic()
            per_prompt = -(-samples // len(cfg.prompts))
            stats: dict = {}
            gens = sample.generate(
                model, tokenizer, cfg, compute, posts, stats, per_prompt, cfg.seed + botjob.VOICE_SEED
            )
            first = sample.generate(model, tokenizer, cfg, compute, posts, {}, None, cfg.seed)
            chose: dict = {}
            shown = sample.generate(
                model, tokenizer, cfg, compute, posts, chose, None, cfg.seed, distinct_openings=True
            )
            cut = [variety.continuation(g) for g in gens]
            figure = voice.voice(
                product, [voice.split_generation(g["prompt"], g["text"]) for g in gens], bot.accounts
            )
            v = variety.variety(cut, posts, s.train.seed)
            rows[name] = {
                "voice": figure["score"],
                "attributed": figure["attributed"],
                "check": voicecheck.share_own(check, cut, bot.accounts),
                "check_per_account": {
                    h: round(sum(check.attribute(t) == h for t in cut) / len(cut), 3) for h in bot.accounts
                },
                "variety": v["ratio"] if v else None,
                "distinct2": v["distinct2"] if v else None,
                "own_distinct2": v["own_distinct2"] if v else None,
                "phrase_repeats": sum(variety.repeats_phrase(c) for c in cut),
                "samples": len(gens),
                **variety.shown(shown),
                "first_drawn": variety.shown(first),
                "shown_stats": chose,
                "shown_texts": [g["text"] for g in shown],
                "samples_texts": cut,
                "stats": stats,
                "seconds": round(time.monotonic() - started, 1),
            }
            r = rows[name]
            log(
                f"levers {bot.id} {name}: voice {r['voice']} check {r['check']} variety {r['variety']} "
                f"({r['distinct2']} vs {r['own_distinct2']}) openings {r['first_drawn']['shared_openings']}"
                f"→{r['shared_openings']}/{r['shown']} "
                f"phrases {r['repeated_phrases']}/{r['phrase_repeats']} per-acct {r['check_per_account']} "
                f"{r['seconds']} s"
            )
        out["bots"][bot.id] = {"accounts": bot.accounts, "levers": rows}
        if partial:
            partial.write_text(json.dumps(out, indent=1, ensure_ascii=False))
        del model
    return out


if __name__ == "__main__":
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--levers", default=",".join(LEVERS))
    parser.add_argument("--samples", type=int, default=48)
    parser.add_argument("--bots", default="")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    bots = [b for b in args.bots.split(",") if b]
    result = bench_levers(args.site, args.levers.split(","), args.samples, bots, args.out)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text)
    else:
        print(text)

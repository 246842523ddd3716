"""Benchmark 4 (sampling): predictions per second, all prompts in one generate() batch (what the
build does) versus one prompt at a time, with the same model, settings and seeds.

The model is the base with a fresh (untrained) LoRA adapter of htsite's default shape, so the peft
wrapper's overhead is in the figure as it is in a build. Each mode runs `reps` times, alternating,
and the fastest run of each counts (the least disturbed by other processes).
"""

from __future__ import annotations

import time

from bench.common import load_corpus, log, machine, metered, ratio

PROMPTS = ["My dream is", "I think", "Today I", "The best thing about"]


def bench_sampling(opts) -> dict:
    from generator import basemodel, sample, train
    from generator.device import pick
    from generator.settings import SampleSettings, TrainSettings

    info = machine()
    corpus = load_corpus(opts.corpus_limit, synthetic_ok=True)
    texts = corpus.texts if corpus else []
    compute = pick()
    model, tokenizer = basemodel.load(basemodel.resolve(opts.base_name))
    model = train.wrap_for_method(model, TrainSettings()).to(compute.device)
    cfg = SampleSettings(prompts=PROMPTS[: opts.prompts])
    warm = cfg.model_copy(
        update={
            "prompts": cfg.prompts[:1],
            "num_return_sequences": 1,
            "min_new_tokens": 1,
            "max_new_tokens": 4,
        }
    )
    sample.generate(model, tokenizer, warm, compute)

    def batched():
        stats: dict = {}
        predictions = sample.generate(model, tokenizer, cfg, compute, texts, stats)
        return len(predictions), stats["drawn"], 1

    def per_prompt():
        count = drawn = 0
        for prompt in cfg.prompts:
            stats: dict = {}
            count += len(
                sample.generate(
                    model, tokenizer, cfg.model_copy(update={"prompts": [prompt]}), compute, texts, stats
                )
            )
            drawn += stats["drawn"]
        return count, drawn, len(cfg.prompts)

    modes = {"batched": batched, "per_prompt": per_prompt}
    runs: dict[str, list[dict]] = {name: [] for name in modes}
    for rep in range(opts.sample_reps):
        for name, fn in modes.items():
            with metered() as meter:
                started = time.perf_counter()
                predictions, drawn, calls = fn()
                seconds = time.perf_counter() - started
            runs[name].append(
                {
                    "rep": rep,
                    "seconds": round(seconds, 2),
                    "predictions": predictions,
                    "drawn": drawn,
                    "generate_calls": calls,
                    "predictions_per_s": round(predictions / seconds, 3),
                    "meter": meter.as_dict(),
                }
            )
            log(f"sampling: {name}: {predictions} predictions in {seconds:.1f} s ({calls} generate calls)")
    best = {name: max(r, key=lambda x: x["predictions_per_s"]) for name, r in runs.items()}
    return {
        "machine": info,
        "compute": {"device": compute.device, "dtype": compute.dtype},
        "settings": cfg.model_dump(),
        "reps": opts.sample_reps,
        "runs": runs,
        "best": best,
        "batched_speedup": ratio(
            best["batched"]["predictions_per_s"], best["per_prompt"]["predictions_per_s"]
        ),
    }

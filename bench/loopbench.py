"""Benchmark 6 (loop): htsite's plain training loop versus the Hugging Face Trainer.

Both train the same LoRA model (htsite's default settings) on the same 128-token blocks of the
corpus for the same number of optimizer steps, with the same batch, learning-rate schedule shape,
seed and compute dtype (bf16 autocast where `device.pick()` chooses it). The figure is training
tokens per second, timed around the training steps only; the loss after the last step shows the
two did the same work. Each runs twice, alternating; the faster run of each counts.
"""

from __future__ import annotations

import statistics
import tempfile
import time

from bench.common import load_corpus, log, machine, metered, ratio


def blocks_for(tokenizer, texts, cfg):
    from generator import train

    return train.to_blocks(tokenizer, texts, cfg.block_size)


def run_loop(base, corpus, cfg, compute) -> dict:
    from generator import basemodel, train

    result = train.train([corpus], base, cfg, compute, lambda: basemodel.load(base))
    m = {**result.metrics, **result.timings}
    losses = [p["train_loss"] for p in m["curve"]]
    return {
        "steps": m["steps"],
        "tokens": m["train_tokens"],
        "seconds": m["train_seconds"],
        "tokens_per_second": m["tokens_per_second"],
        "last_losses": round(statistics.mean(losses[-5:]), 4),
    }


def run_trainer(base, corpus, cfg, compute) -> dict:
    import torch
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from generator import basemodel, train

    model, tokenizer = basemodel.load(base)
    model = train.wrap_for_method(model, cfg)
    texts = train.split_posts(corpus.texts, cfg.seed, cfg.eval_fraction).train
    blocks = [b for b in blocks_for(tokenizer, texts, cfg) if len(b) == cfg.block_size]
    dataset = [{"input_ids": b, "labels": b} for b in blocks]

    def collate(rows):
        ids = torch.tensor([r["input_ids"] for r in rows])
        return {"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": ids.clone()}

    class Clock(TrainerCallback):  # time the steps, as train.train does, not set-up or saving
        def __init__(self):
            self.step_s, self.started, self.losses = 0.0, 0.0, []

        def on_step_begin(self, args, state, control, **kw):
            self.started = time.perf_counter()

        def on_step_end(self, args, state, control, **kw):
            self.step_s += time.perf_counter() - self.started

        def on_log(self, args, state, control, logs=None, **kw):
            if logs and "loss" in logs:
                self.losses.append(logs["loss"])

    clock = Clock()
    with tempfile.TemporaryDirectory(prefix="htsite-trainer-") as out:
        args = TrainingArguments(
            output_dir=out,
            per_device_train_batch_size=cfg.batch_size,
            max_steps=cfg.max_steps,
            learning_rate=cfg.learning_rate,
            warmup_steps=max(1, int(cfg.warmup_fraction * cfg.max_steps)),
            lr_scheduler_type="cosine",
            weight_decay=cfg.weight_decay,
            max_grad_norm=1.0,
            bf16=compute.dtype == "bfloat16",
            use_cpu=compute.device == "cpu",
            logging_steps=1,
            save_strategy="no",
            report_to=[],
            dataloader_num_workers=0,
            seed=cfg.seed,
            disable_tqdm=True,
        )
        trainer = Trainer(model=model, args=args, train_dataset=dataset, data_collator=collate)
        trainer.add_callback(clock)
        trainer.train()
    steps = cfg.max_steps
    tokens = steps * cfg.batch_size * cfg.block_size
    return {
        "steps": steps,
        "tokens": tokens,
        "seconds": round(clock.step_s, 1),
        "tokens_per_second": round(tokens / max(clock.step_s, 1e-9), 1),
        "last_losses": round(statistics.mean(clock.losses[-5:]), 4) if clock.losses else None,
    }


def bench_loop(opts) -> dict:
    from generator import basemodel
    from generator.device import pick
    from generator.settings import TrainSettings

    info = machine()
    corpus = load_corpus(opts.corpus_limit, synthetic_ok=True)
    base = basemodel.resolve(opts.base_name)
    compute = pick()
    steps = 3 if opts.smoke else 30
    # No time budget and no step evaluations: both run exactly `steps` steps.
    cfg = TrainSettings(max_steps=steps, epochs=1e6, eval_every=10**9)
    runs: dict[str, list[dict]] = {"loop": [], "trainer": []}
    for rep in range(1 if opts.smoke else 2):
        for name, fn in (("loop", run_loop), ("trainer", run_trainer)):
            log(f"loop: {name} run {rep + 1}, {steps} steps")
            with metered() as meter:
                figures = fn(base, corpus, cfg, compute)
            figures["meter"] = meter.as_dict()
            runs[name].append(figures)
            log(f"  {figures['tokens_per_second']} tok/s, last losses {figures['last_losses']}")
    best = {name: max(rs, key=lambda r: r["tokens_per_second"]) for name, rs in runs.items()}
    return {
        "machine": info,
        "compute": {"device": compute.device, "dtype": compute.dtype},
        "settings": cfg.model_dump(include={"batch_size", "block_size", "learning_rate", "lora_r"}),
        "steps": steps,
        "runs": runs,
        "best": best,
        "loop_over_trainer": ratio(best["loop"]["tokens_per_second"], best["trainer"]["tokens_per_second"]),
    }

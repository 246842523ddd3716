"""Benchmark 1 (train) and the data both it and the memory benchmark train on.

Every run goes through generator.train.train itself, in one process, on the same posts and the same
base model; recipes differ only in TrainSettings and the compute dtype. Each htsite recipe runs in
every dtype of `opts.dtypes` (bf16 and fp32 on a CPU with native bf16: fp32 is a first-class
column, what an AVX2-only machine runs). Three things are added from outside, without changing
what is trained:

* a training clock: wall time minus model loading and minus every evaluation (htsite's own base /
  final evaluations and ours), so a slow evaluation never counts as slow training;
* every ~5 s of that clock until the run gets there (then every ~15 s), the held-out perplexity
  of a fixed subset of ~100 held-out posts (in 128-token blocks, the same for every recipe), to
  time when the run first reaches 0.3× the base model's perplexity;
* the FLOPs of one step of the recipe, counted by torch's FlopCounterMode on the real model at
  the recipe's shapes (a step that runs the frozen lower layers, and one that reads their cached
  states), and the roofline of that step's own matmuls timed alone.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field

from bench.common import (
    CORPUS_FILE,
    count_step,
    load_corpus,
    log,
    machine,
    matmul_peaks,
    metered,
    peak_rss_mib,
    ratio,
    reset_peak_rss,
    shared_dir,
    time_matmuls,
)
from bench.int8 import int8_frozen

QUALITY = 0.3  # target: held-out perplexity ≤ QUALITY × the base model's
MILESTONES = (0.7, 0.5, QUALITY)  # also timed: easier targets, so runs that miss 0.3× still compare
EVAL_BLOCK = 128  # tokens per block for our held-out subset, whatever the recipe's block size
EVAL_BATCH = 8
NO_PERIODIC_EVAL = 10**9  # eval_every: our time-based evaluation replaces htsite's step-based one
SLOW_EVAL_EVERY_S = 15.0  # evaluation interval once a run has reached the target


@dataclass(frozen=True)
class Recipe:
    name: str
    label: str
    settings: dict = field(default_factory=dict)  # TrainSettings fields that differ from the defaults
    # compute dtype: "each" = every dtype the bench measures (opts.dtypes), "first" = the first
    # of them (what generator.device.pick() chooses), or a fixed one
    dtype: str = "each"
    runner: str = "htsite"  # htsite: generator.train.train; trainer: transformers' Trainer
    cache: bool = True  # False: the frozen layers' states are never cached (they run every step)
    adapter_init: str = "zero"  # how LoRA's adapters start: zero (htsite's), pissa, lora-ga (adapter_start)
    int8: str = ""  # the frozen base's linears in int8 in training steps: "all" or "forward" (bench.int8)


ORIGINAL = {  # huggingtweets' run_clm settings, as TrainSettings fields
    "method": "full",
    "batch_size": 1,
    "block_size": 1024,
    "learning_rate": 1.372e-4,
    "warmup_fraction": 0.0,
    "weight_decay": 0.0,
}
RECIPES = [
    Recipe(
        "original",
        "huggingtweets: transformers Trainer, full fine-tune, fp32, batch 1 × 1024, lr 1.372e-4, cosine",
        ORIGINAL,
        "float32",
        "trainer",
    ),
    Recipe(
        "compiled-cold",
        "the default on a machine that never compiled: an empty compile cache, the compile in the clock",
        {"compile": True},
        "first",
    ),
    Recipe(
        "default",
        "htsite default: TrainSettings() (torch.compile'd when the plan has ≥ 200 steps, "
        "then compiled once on the machine, before the clock)",
    ),
    Recipe("eager", "the default without torch.compile (train.compile: false)", {"compile": False}),
    Recipe(
        "no-cache",
        "eager, and the frozen layers run in every step (their states never cached)",
        {"compile": False},
        cache=False,
    ),
    Recipe(
        "all-layers",
        "eager, LoRA on all layers (the default before issue 16): backward through all",
        {"lora_layers": None, "compile": False},
    ),
]
# Not run by default; pick them with --recipes (e.g. --recipes default,b8-lr5e-4,attn-r8).
EXTRA_RECIPES = [
    Recipe("batch8x64", "htsite default but batch 8 × block 64", {"batch_size": 8, "block_size": 64}),
    # how many upper layers get LoRA (the default's lora_layers): fewer is faster, learns less
    *(Recipe(f"top{k}", f"the default, LoRA on the top {k} layers", {"lora_layers": k}) for k in (4, 8, 12)),
    Recipe(
        "top8-lr4e-3",
        "the default, LoRA on the top 8 layers at lr 4e-3",
        {"lora_layers": 8, "learning_rate": 4e-3},
    ),
    # the learning-rate × batch sweep that chose the default (batch 4, lr 2e-3)
    *(
        Recipe(f"b{b}-lr{lr}", f"batch {b} × 128, lr {lr}", {"batch_size": b, "learning_rate": float(lr)})
        for b in (8, 4, 2)
        for lr in ("5e-4", "1e-3", "2e-3", "3e-3", "4e-3", "6e-3")
    ),
    Recipe(
        "corpus-head",
        "eager, the loss normalized over the training posts' tokens only (train.head_vocabulary)",
        {"compile": False, "head_vocabulary": "corpus"},
    ),
    Recipe("compiled", "the default, torch.compile'd whatever the plan's length", {"compile": True}),
    # the warm-up: none by default since 2026-12-04; before, 5 % of the plan (12 of the Obama
    # corpus's 238 steps)
    Recipe("warmup5", "the default with a 5 % warm-up (before 2026-12-04)", {"warmup_fraction": 0.05}),
    # a shorter plan: the cosine decays within fewer passes (the default plans 2 epochs)
    *(Recipe(f"e{e:g}", f"the default, {e:g} epochs planned", {"epochs": e}) for e in (1.0, 1.5)),
    # LoRA rank on the default's top 16 layers (α = 2 × r, as the default's 32 for r 16)
    *(
        Recipe(f"r{r}", f"the default, LoRA r {r} (α {2 * r})", {"lora_r": r, "lora_alpha": 2 * r})
        for r in (32, 64)
    ),
    # LoRA+: the B matrices at lr × ratio (train.lora_plus_ratio; the default is 1, plain LoRA)
    Recipe("plain-lora", "the default (plain LoRA: B at the lr), named", {"lora_plus_ratio": 1.0}),
    *(
        Recipe(f"loraplus{k}", f"the default, LoRA+ (B at {k} × the lr)", {"lora_plus_ratio": float(k)})
        for k in (2, 4, 8, 16)
    ),
    Recipe(
        "posts-packed",
        "eager, whole posts packed into the blocks (train.packing: posts), the rest padded",
        {"compile": False, "packing": "posts"},
    ),
    # how the adapters start (adapter_start; htsite's LoRA starts at B = 0); eager, like `eager`
    *(
        Recipe(
            f"{init}{tag}",
            f"eager, LoRA started by {init}{' at lr ' + lr if lr else ''}",
            {"compile": False, **({"learning_rate": float(lr)} if lr else {})},
            adapter_init=init,
        )
        for init in ("pissa", "lora-ga")
        for tag, lr in (("", ""), ("-lr5e-4", "5e-4"))
    ),
    # the frozen base in int8 while training (QLoRA's idea on a CPU; bench.int8)
    Recipe(
        "int8-frozen",
        "eager, the frozen base's linears in int8 in training steps",
        {"compile": False},
        int8="all",
    ),
    Recipe(
        "int8-forward",
        "eager, the frozen base's linears in int8 in training steps' forward passes only",
        {"compile": False},
        int8="forward",
    ),
    Recipe("original-loop", "the original recipe through htsite's loop", ORIGINAL, "float32"),
    Recipe(
        "all-layers-no-cache",
        "LoRA on all layers, as before issue 16",
        {"lora_layers": None},
        cache=False,
    ),
    Recipe(
        "attn-r8",
        "htsite default but LoRA r 8 (α 16) on attention only",
        {"lora_r": 8, "lora_alpha": 16, "lora_targets": ["q_proj", "k_proj", "v_proj", "o_proj"]},
    ),
    Recipe(
        "full-bf16",
        "full fine-tune, bf16 autocast, batch 8 × 128, lr 1e-4",
        {"method": "full", "learning_rate": 1e-4},
    ),
]
BY_NAME = {r.name: r for r in RECIPES + EXTRA_RECIPES}


def settings_for(recipe: Recipe, seconds: float, smoke: bool = False):
    from generator.settings import TrainSettings

    fields = {**recipe.settings, "max_minutes": seconds / 60, "eval_every": NO_PERIODIC_EVAL}
    if smoke and fields.get("lora_layers", TrainSettings().lora_layers) is not None:
        fields["lora_layers"] = 1  # the tiny model has 2 layers: still cache one below the adapter
    return TrainSettings(**fields)


def as_for_a_user(cfg, data: Data, base, device: str):
    """`cfg` with train.compile "auto" decided as it is for the same bot built without the
    benchmark's time bound (its max_minutes only ends a measurement; a user's cap would be a
    choice): by the plan's length (train.compile_wanted)."""
    if cfg.compile != "auto":
        return cfg
    from transformers import AutoTokenizer

    from generator import train

    tokenizer = AutoTokenizer.from_pretrained(base.path)
    texts = train.split_posts(data.corpus.texts, cfg.seed, cfg.eval_fraction).train
    planned = train.planned_steps(cfg, len(train.training_blocks(tokenizer, texts, cfg)))
    wanted = train.compile_wanted(cfg.model_copy(update={"max_minutes": None}), planned, device)
    return cfg.model_copy(update={"compile": wanted})


def measured_dtypes() -> list[str]:
    """The dtypes every htsite recipe runs in: what device.pick() chooses, then fp32 too when that
    was bf16 (fp32 is what a CPU without native bf16 trains in). HTSITE_DTYPE picks one."""
    import os

    from generator.device import pick

    if os.environ.get("HTSITE_DTYPE"):
        return [os.environ["HTSITE_DTYPE"]]
    chosen = pick().dtype
    return [chosen] if chosen == "float32" else [chosen, "float32"]


def runs_of(recipes: list[Recipe], dtypes: list[str]) -> list[tuple[Recipe, str]]:
    """(recipe, dtype) pairs in the order they run: fixed-dtype recipes once, the others per dtype."""
    out = []
    for recipe in recipes:
        if recipe.dtype == "each":
            out += [(recipe, dtype) for dtype in dtypes]
        elif recipe.dtype == "first":
            out.append((recipe, dtypes[0]))
        else:
            out.append((recipe, recipe.dtype))
    return out


@dataclass
class Data:
    corpus: object  # Curated: training posts + the held-out subset (train.train re-splits it the same way)
    subset: list[str]  # the fixed held-out posts we evaluate on
    source: str
    all_posts: int
    train_posts: int
    held_out_posts: int


def spread(items: list, n: int) -> list:
    """`n` of `items`, evenly spaced over the whole list and in its order (all of them if n is not
    smaller). Exports list posts newest first, so the first n held-out posts would all be from one
    era: the Obama corpus's first 100 of 317 ran from 2019 back to 2016, and a recipe reached
    0.3x their base perplexity on ~35 k trained tokens, where posts spread over all its years
    took ~15 k (bench/README.md, "The held-out subset was one era")."""
    if n >= len(items):
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


def prepare_data(eval_posts: int, limit: int | None, synthetic_ok: bool) -> Data | None:
    """The corpus's training split plus `eval_posts` of its held-out posts, spread over the whole
    corpus (`spread`). train.train splits posts by a seeded hash of their text, so it holds out
    exactly our subset and trains on the rest."""
    from generator.curate import Curated
    from generator.settings import TrainSettings
    from generator.train import split_posts

    curated = load_corpus(limit, synthetic_ok)
    if curated is None:
        return None
    cfg = TrainSettings()
    split = split_posts(curated.texts, cfg.seed, cfg.eval_fraction)
    subset = spread(split.eval, eval_posts)
    texts = split.train + subset
    corpus = Curated(curated.handle, curated.name, len(texts), 0, 0, len(texts), texts=texts)
    again = split_posts(texts, cfg.seed, cfg.eval_fraction)
    assert again.eval == subset and again.train == split.train, "train.train would split differently"
    return Data(corpus, subset, curated.handle, len(curated.texts), len(split.train), len(split.eval))


class Probe:
    """The training clock and the time-based held-out evaluations of one run."""

    def __init__(self, base, blocks, pad, compute, base_loss: float, every_s: float):
        from generator import train

        self.base, self.blocks, self.pad, self.compute = base, blocks, pad, compute
        self.base_loss, self.every_s = base_loss, every_s
        self._evaluate = train.evaluate
        self.t0 = time.perf_counter()
        self.load_s = self.eval_s = 0.0
        self.model = None
        self.parameters = 0
        self.points: list[dict] = []
        self.step_clock: list[float] = []  # the training clock at each step's end
        self.reached: dict[str, float | None] = {str(f): None for f in MILESTONES}
        self.crossed: dict[str, float | None] = {str(f): None for f in MILESTONES}
        self.last = (0.0, base_loss)  # (clock, held-out loss) of the last evaluation: the base at 0
        self.next_eval = every_s

    def load_base(self):
        from generator import basemodel

        started = time.perf_counter()
        model, tokenizer = basemodel.load(self.base)
        self.load_s += time.perf_counter() - started
        self.model = model  # LoRA wraps this very module in place: evaluating it evaluates the adapter
        self.parameters = sum(p.numel() for p in model.parameters())
        return model, tokenizer

    def clock(self) -> float:
        return time.perf_counter() - self.t0 - self.load_s - self.eval_s

    def timed_evaluate(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self._evaluate(*args, **kwargs)
        finally:
            self.eval_s += time.perf_counter() - started

    def on_step(self, step: int, total: int, loss: float, tps: float) -> None:
        now = self.clock()
        self.step_clock.append(now)
        if now >= self.next_eval:
            self.measure(now, step)
            # often until the target is reached (its time is the figure), then now and then
            done = self.reached[str(QUALITY)] is not None
            self.next_eval = now + (max(self.every_s, SLOW_EVAL_EVERY_S) if done else self.every_s)

    def median_step_s(self) -> float | None:
        """The median step time, first step (warm-up) left out: robust to bursts of contention."""
        times = [b - a for a, b in zip(self.step_clock, self.step_clock[1:], strict=False)]
        return statistics.median(times) if times else None

    def measure(self, now: float, step: int) -> None:
        if self.points and self.points[-1]["step"] == step:
            return  # already measured at this step
        loss = self.timed_evaluate(self.model, self.blocks, self.compute, EVAL_BATCH, self.pad)
        self.points.append({"t_s": round(now, 1), "step": step, "ppl": round(math.exp(loss), 2)})
        for fraction in MILESTONES:
            target = self.base_loss + math.log(fraction)
            if self.reached[str(fraction)] is None and loss <= target:
                self.reached[str(fraction)] = round(now, 1)
                self.crossed[str(fraction)] = round(crossing(self.last, (now, loss), target), 1)
        self.last = (now, loss)


def crossing(before: tuple[float, float], after: tuple[float, float], target: float) -> float:
    """When the held-out loss crossed `target` between two evaluations (clock, loss), the one
    before above it and the one after at or below: linear in the loss between them. An
    evaluation every few seconds puts the first one at or below the target up to an interval
    late, and that interval is more trained tokens for a faster recipe; a loss curve that falls
    ever more slowly lies below its chords, so this is still no earlier than the true crossing."""
    (t0, l0), (t1, l1) = before, after
    if l0 <= l1:  # not a descent (noise): the later evaluation is all that is known
        return t1
    return t0 + (t1 - t0) * min(1.0, max(0.0, (l0 - target) / (l0 - l1)))


GA_BATCHES = 8  # training batches whose mean gradient starts the lora-ga adapters (4 k tokens)


@contextlib.contextmanager
def adapter_start(init: str):
    """htsite's training with LoRA's adapters started by `init` instead of at B = 0: "pissa"
    (A and B hold each adapted weight's top-r singular directions, the frozen weight the rest;
    Meng et al., 2024) or "lora-ga" (A and B from the top singular directions of the weight's
    gradient over the first GA_BATCHES training batches, the frozen weight less their product;
    Wang et al., 2024). Both change the frozen weights, so an adapter so trained means nothing on
    the base model until converted: a benchmark experiment only (bench/README.md)."""
    if init == "zero":
        yield
        return
    from peft import LoraGAConfig, get_peft_model
    from peft.tuners.lora.loraga import preprocess_loraga

    from generator import train

    saved_prepare, saved_wrap = train.prepare_training, train.wrap_for_method
    seen = {}

    def prepare(model, cfg, compute, cached, team=None, blocks=None):
        seen["blocks"] = blocks
        return saved_prepare(model, cfg, compute, cached, team, blocks)

    def wrap(model, cfg):
        if init == "pissa":
            return get_peft_model(model, train.lora_config(model, cfg, init_lora_weights="pissa"))
        config = train.lora_config(model, cfg, init_lora_weights="lora_ga", lora_ga_config=LoraGAConfig())

        def gradients():
            picked = seen["blocks"][: GA_BATCHES * cfg.batch_size]
            for ids, mask, labels in train.batches(picked, cfg.batch_size, pad_id=0):
                ids, mask, labels = (t.to(model.device) for t in (ids, mask, labels))
                model(input_ids=ids, attention_mask=mask, labels=labels).loss.backward()

        preprocess_loraga(model, config, gradients)
        return get_peft_model(model, config)

    train.prepare_training, train.wrap_for_method = prepare, wrap
    try:
        yield
    finally:
        train.prepare_training, train.wrap_for_method = saved_prepare, saved_wrap


@contextlib.contextmanager
def frozen_cache(enabled: bool):
    """With `enabled` False, no decoder counts as cacheable: the frozen layers run every step."""
    from generator import frozen

    saved = frozen.EXACT_TYPES
    if not enabled:
        frozen.EXACT_TYPES = frozenset()
    try:
        yield
    finally:
        frozen.EXACT_TYPES = saved


def run_recipe(
    recipe: Recipe,
    dtype: str,
    data: Data,
    base,
    seconds: float,
    probe: Probe | None = None,
    smoke: bool = False,
) -> dict:
    """One training run; with a probe, timed evaluations too."""
    from generator import basemodel, train
    from generator.device import pick

    compute = pick("auto", dtype)
    cfg = as_for_a_user(settings_for(recipe, seconds, smoke), data, base, compute.device)
    reset_peak_rss()
    saved = train.evaluate
    if probe is not None:
        train.evaluate = probe.timed_evaluate  # htsite's own evaluations leave the training clock too
    try:
        with (
            metered() as meter,
            frozen_cache(recipe.cache),
            adapter_start(recipe.adapter_init),
            int8_frozen(recipe.int8),
        ):
            if recipe.runner == "trainer":
                m = run_with_trainer(data, base, cfg, compute, probe)
            else:
                result = train.train(
                    [data.corpus],
                    base,
                    cfg,
                    compute,
                    probe.load_base if probe else (lambda: basemodel.load(base)),
                    probe.on_step if probe else None,
                )
                m = {**result.metrics, **result.timings}
            if probe is not None:
                probe.measure(probe.clock(), m["steps"])
    finally:
        train.evaluate = saved
    out = {
        "recipe": recipe.name,
        "label": recipe.label,
        "method": cfg.method,
        "dtype": compute.dtype,
        "batch_size": cfg.batch_size,
        "block_size": cfg.block_size,
        "learning_rate": cfg.learning_rate,
        "lora": None
        if cfg.method == "full"
        else {"r": cfg.lora_r, "targets": cfg.lora_targets, "layers": cfg.lora_layers},
        "frozen_prefix": m.get("frozen_prefix"),  # the frozen layers' cache: computed / reused blocks
        "budget_s": seconds,
        "tokens_per_second": m["tokens_per_second"],
        "train_seconds": m["train_seconds"],
        "train_tokens": m["train_tokens"],
        "steps": m["steps"],
        "planned_steps": m["planned_steps"],
        "compiled": m.get("compiled", False),  # torch.compile'd steps (train.compile, resolved)
        "epochs_done": m["epochs_done"],
        "trainable_parameters": m["trainable_parameters"],
        "htsite_perplexity": {"base": m["base_perplexity"], "final": m["perplexity"]},
        "peak_rss_mib": peak_rss_mib(),
        "meter": meter.as_dict(),
    }
    gc.collect()
    return out


def run_with_trainer(data: Data, base, cfg, compute, probe: Probe | None) -> dict:
    """The recipe through transformers' Trainer, as huggingtweets ran it: the same training posts
    and blocks as train.train, AdamW, cosine decay over the steps that fit the time budget
    (re-planned from the measured step time, as train.train does), stopped at the budget.
    Returns the figures train.train's metrics would have."""
    import torch
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from generator import basemodel, train

    torch.manual_seed(cfg.seed)
    model, tokenizer = probe.load_base() if probe else basemodel.load(base)
    model.to(compute.device)
    split = train.split_posts(data.corpus.texts, cfg.seed, cfg.eval_fraction)  # as train.train splits
    blocks = train.to_blocks(tokenizer, split.train, cfg.block_size)
    eval_blocks = train.to_blocks(tokenizer, split.eval, cfg.block_size)
    pad = tokenizer.pad_token_id
    base_loss = train.evaluate(model, eval_blocks, compute, 8, pad)
    model = train.wrap_for_method(model, cfg)
    planned = train.planned_steps(cfg, len(blocks))
    plan = {"total": planned}
    budget_s = cfg.max_minutes * 60
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
    # cosine to 0 over the planned steps, like transformers' "cosine"; the plan follows the budget
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: 0.5 * (1 + math.cos(math.pi * min(1.0, step / plan["total"])))
    )

    def collate(rows):
        ids, mask, labels = next(train.batches([r["ids"] for r in rows], len(rows), pad))
        clock.batch_tokens = int(mask.sum())
        return {"input_ids": ids, "attention_mask": mask, "labels": labels}

    class Clock(TrainerCallback):  # steps timed as train.train times them; the budget enforced
        def __init__(self):
            self.step_s, self.started, self.steps, self.first_s = 0.0, 0.0, 0, 0.0
            self.tokens = self.batch_tokens = 0

        def on_step_begin(self, args, state, control, **kw):
            self.started = time.perf_counter()

        def on_step_end(self, args, state, control, **kw):
            self.step_s += time.perf_counter() - self.started
            self.steps = state.global_step
            self.tokens += self.batch_tokens
            self.first_s = self.first_s or self.step_s
            if train.replan_due(self.steps):
                per_step = (self.step_s - self.first_s) / (self.steps - 1)
                plan["total"] = train.replanned_total(self.steps, planned, budget_s, self.step_s, per_step)
            if probe is not None:
                probe.on_step(self.steps, plan["total"], 0.0, 0.0)
            if self.step_s >= budget_s or self.steps >= plan["total"]:
                control.should_training_stop = True

    clock = Clock()
    dataset = [{"ids": b} for b in blocks]
    with tempfile.TemporaryDirectory(prefix="htsite-trainer-") as out:
        args = TrainingArguments(
            output_dir=out,
            per_device_train_batch_size=cfg.batch_size,
            max_steps=planned,
            max_grad_norm=1.0,
            bf16=compute.dtype == "bfloat16",
            use_cpu=compute.device == "cpu",
            logging_strategy="no",
            save_strategy="no",
            report_to=[],
            dataloader_num_workers=0,
            remove_unused_columns=False,
            seed=cfg.seed,
            disable_tqdm=True,
        )
        trainer = Trainer(
            model=model,
            args=args,
            train_dataset=dataset,
            data_collator=collate,
            optimizers=(optimizer, schedule),
            callbacks=[clock],
        )
        trainer.train()
    tokens = clock.tokens
    final_loss = train.evaluate(model, eval_blocks, compute, 8, pad)
    return {
        "tokens_per_second": round(tokens / max(clock.step_s, 1e-9), 1),
        "train_seconds": round(clock.step_s, 1),
        "train_tokens": tokens,
        "steps": clock.steps,
        "planned_steps": planned,
        "epochs_done": round(clock.steps * cfg.batch_size / max(1, len(blocks)), 2),
        "trainable_parameters": sum(p.numel() for p in model.parameters() if p.requires_grad),
        "base_perplexity": round(math.exp(base_loss), 2),
        "perplexity": round(math.exp(final_loss), 2),
    }


@contextlib.contextmanager
def fresh_compile_cache():
    """An empty torch.compile (inductor) cache for the duration, whatever earlier runs left."""
    saved = os.environ.get("TORCHINDUCTOR_CACHE_DIR")
    folder = tempfile.mkdtemp(prefix="htsite-inductor-")
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = folder
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if saved is None:
            os.environ.pop("TORCHINDUCTOR_CACHE_DIR", None)
        else:
            os.environ["TORCHINDUCTOR_CACHE_DIR"] = saved


def cold_compile() -> None:
    """What a machine that never compiled starts from: an empty compile cache on disk (for the
    rest of the benchmark) and nothing compiled in this process."""
    import torch

    # inside the benchmark's own cache folder: fresh_compile_cache removes it with its own
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = tempfile.mkdtemp(dir=os.environ["TORCHINDUCTOR_CACHE_DIR"])
    torch._dynamo.reset()


def warm_compile(recipe: Recipe, dtype: str, data: Data, base) -> None:
    """A recipe whose run torch.compiles (train.compile true, or auto on a plan as long as the
    corpus gives) first trains two compiled steps, out of the clock, at the run's shapes and
    dtype: the run then finds its step compiled, as every bot after a machine's first does (the
    compile cache is kept on disk). `compiled-cold`, run first, has the compile in its clock."""
    from generator import basemodel, train
    from generator.device import pick

    compute = pick("auto", dtype)
    cfg = settings_for(recipe, 60.0)
    if recipe.runner != "htsite" or not as_for_a_user(cfg, data, base, compute.device).compile:
        return
    cfg = cfg.model_copy(update={"compile": True, "max_steps": 2, "max_minutes": None})
    started = time.perf_counter()
    with frozen_cache(recipe.cache), int8_frozen(recipe.int8):
        train.train([data.corpus], base, cfg, compute, lambda: basemodel.load(base))
    took = time.perf_counter() - started
    log(f"train: {recipe.name} in {dtype}: compiled once, before the clock ({took:.0f} s)")


def prepared(cfg, dtype: str, base, cache: bool = True, texts: list[str] | None = None):
    """The base model set up for training as `train.train` sets it up, in `dtype`: (model,
    tokenizer, compute, train.Trainee); its frozen lower layers cached where they can be and
    `cache` allows; with `texts` (training posts), their blocks given to it as train.train gives
    its own (train.head_vocabulary reads them)."""
    from generator import basemodel, train
    from generator.device import pick
    from generator.frozen import FrozenPrefix

    compute = pick("auto", dtype)
    model, tokenizer = basemodel.load(base)
    model.to(compute.device)
    model.set_attn_implementation(train.attention_for(compute, cfg.block_size))
    cached = cache and FrozenPrefix.supported(model, train.frozen_below(cfg, model))
    blocks = None if texts is None else train.training_blocks(tokenizer, texts, cfg)
    return model, tokenizer, compute, train.prepare_training(model, cfg, compute, cached, blocks=blocks)


def step_cost(recipe: Recipe, dtype: str, base, smoke: bool = False, data: Data | None = None) -> dict:
    """What one step of the recipe computes, per token, at its shapes on the real model: FLOPs
    counted by torch's FlopCounterMode for a step whose frozen lower layers run ("first") and one
    that reads their cached states ("cached"; the same without a cache), and how long that step's
    own matmuls take alone, back to back (its matmul roofline)."""
    import torch

    from generator import distributed, train

    cfg = settings_for(recipe, 60.0, smoke).model_copy(update={"compile": False})
    corpus_head = cfg.head_vocabulary == "corpus" and data is not None  # the run's steps' head
    texts = train.split_posts(data.corpus.texts, cfg.seed, cfg.eval_fraction).train if corpus_head else None
    model, _, compute, run = prepared(cfg, dtype, base, recipe.cache, texts)
    cached = run.prefix is not None
    torch.manual_seed(0)
    shape = (cfg.batch_size, cfg.block_size)
    vocab = run.step_loss.vocabulary
    if vocab is None:
        ids = torch.randint(0, model.config.vocab_size, shape)
    else:  # targets the restricted head has
        ids = vocab.cpu()[torch.randint(0, len(vocab), shape)]
    ids = ids.to(compute.device)
    batch = (ids, torch.ones_like(ids), ids)
    keys = list(range(cfg.batch_size))

    def step():
        train.train_step(run, batch, keys, cfg.learning_rate, compute, distributed.Team())

    tokens = ids.numel()
    out = {}
    for phase in ("first", "cached"):
        if phase == "cached" and not cached:
            out[phase] = out["first"]
            break
        counted = count_step(step)
        out[phase] = {
            "flops_per_token": counted["flops"] / tokens,
            "matmul_flops_per_token": counted["matmul_flops"] / tokens,
            "matmul_seconds_per_token": time_matmuls(counted["matmuls"], reps=1 if smoke else 3) / tokens,
        }
    return out


def run_flops(run: dict, cost: dict) -> dict:
    """A run's FLOPs and its matmul roofline, from its token counts and the per-token step cost:
    every token trained at the cached step's cost, plus the lower layers' forward (first − cached)
    for the tokens whose frozen layers ran."""
    first, cached = cost["first"], cost["cached"]
    prefix = (run.get("frozen_prefix") or {}).get("train") or {}
    lower_tokens = prefix.get("tokens_computed", run["train_tokens"])  # no cache: every token

    def total(key: str) -> float:
        return run["train_tokens"] * cached[key] + lower_tokens * (first[key] - cached[key])

    flops, matmul, seconds = (
        total(k) for k in ("flops_per_token", "matmul_flops_per_token", "matmul_seconds_per_token")
    )
    return {
        "flops": flops,
        "flops_per_token": flops / max(run["train_tokens"], 1),
        "matmul_share_of_flops": matmul / flops if flops else None,
        "step_matmul_gflops": matmul / seconds / 1e9 if seconds > 0 else None,
    }


def bench_train(opts) -> dict:
    from generator import basemodel, train
    from generator.device import pick

    data = prepare_data(opts.eval_posts, opts.corpus_limit, synthetic_ok=opts.smoke)
    if data is None:
        return {"skipped": f"no corpus at {shared_dir() / 'corpora' / CORPUS_FILE} (set HTSITE_SHARED)"}
    recipes = [BY_NAME[n] for n in opts.recipes] if opts.recipes else RECIPES
    if opts.smoke and not opts.recipes:  # a cold compile takes minutes (tests/test_frozen.py covers it)
        recipes = [r for r in recipes if r.settings.get("compile") is not True]
    dtypes = opts.dtypes or measured_dtypes()
    base = basemodel.resolve(opts.base_name)
    info = machine()
    eval_compute = pick()  # one evaluation dtype for every run, so perplexities compare

    model, tokenizer = basemodel.load(base)
    model.to(eval_compute.device)
    blocks = train.to_blocks(tokenizer, data.subset, EVAL_BLOCK)
    started = time.perf_counter()
    base_loss = train.evaluate(model, blocks, eval_compute, EVAL_BATCH, tokenizer.pad_token_id)
    eval_cost = time.perf_counter() - started
    n_params = sum(p.numel() for p in model.parameters())
    del model
    gc.collect()
    target_loss = base_loss + math.log(QUALITY)
    log(
        f"train: {data.train_posts} training posts, {len(data.subset)} held-out posts "
        f"({sum(map(len, blocks))} tokens, {eval_cost:.1f} s per evaluation), base perplexity "
        f"{math.exp(base_loss):.1f}, target ≤ {math.exp(target_loss):.1f}; dtypes {dtypes}"
    )

    runs = []
    with fresh_compile_cache():  # the machine's own compile cache is never read nor written
        for recipe, dtype in runs_of(recipes, dtypes):
            seconds = opts.original_seconds if recipe.name == "original" else opts.seconds
            if recipe.name == "compiled-cold":
                cold_compile()
            elif not opts.smoke:
                warm_compile(recipe, dtype, data, base)
            cost = step_cost(recipe, dtype, base, opts.smoke, data)
            before = matmul_peaks()
            log(f"train: {recipe.name} in {dtype} for {seconds:g} s ({recipe.label})")
            probe = Probe(base, blocks, tokenizer.pad_token_id, eval_compute, base_loss, opts.eval_every_s)
            run = run_recipe(recipe, dtype, data, base, seconds, probe, opts.smoke)
            after = matmul_peaks()  # peak = the better of before/after: the least disturbed reading
            peaks = {k: max(before[k], after[k]) for k in before}
            counted = run_flops(run, cost)
            achieved = counted["flops"] / max(run["train_seconds"], 1e-9) / 1e9
            peak = peaks["bf16_gflops" if run["dtype"] == "bfloat16" else "fp32_gflops"]
            roofline = counted["step_matmul_gflops"]
            median_step = probe.median_step_s()
            tokens_per_step = run["train_tokens"] / max(run["steps"], 1)
            run.update(
                median_step_s=None if median_step is None else round(median_step, 3),
                median_tokens_per_second=None if not median_step else round(tokens_per_step / median_step, 1),
                matmul={"before": before, "after": after},
                step_cost=cost,
                flops_per_token=round(counted["flops_per_token"]),
                matmul_share_of_flops=counted["matmul_share_of_flops"],
                achieved_gflops=round(achieved, 2),
                peak_gflops=peak,
                peak_fraction=round(achieved / peak, 3) if peak else None,
                step_matmul_gflops=None if roofline is None else round(roofline, 1),
                step_matmul_fraction=round(achieved / roofline, 3) if roofline else None,
                time_to_quality_s=probe.reached[str(QUALITY)],
                time_to_fraction_s=probe.reached,
                # the crossing between the evaluations around it (`crossing`): not an interval late
                crossed_quality_s=probe.crossed[str(QUALITY)],
                crossed_fraction_s=probe.crossed,
                eval_curve=probe.points,
                final_perplexity=probe.points[-1]["ppl"] if probe.points else None,
                best_perplexity=min((p["ppl"] for p in probe.points), default=None),
                load_s=round(probe.load_s, 1),
                eval_s=round(probe.eval_s, 1),
            )
            log(
                f"  {run['tokens_per_second']:.0f} tok/s, {run['steps']} steps "
                f"({run['epochs_done']} epochs), "
                f"{counted['flops_per_token'] / 1e6:.0f} MFLOP/token, {achieved:.1f} GFLOP/s "
                f"({run['peak_fraction']:.0%} of {peak} peak, {run['step_matmul_fraction'] or 0:.0%} of the "
                f"step's matmuls alone: {roofline or 0:.0f}), perplexity → {run['final_perplexity']}, "
                f"0.7/0.5/0.3× base reached at {list(probe.reached.values())} s "
                f"(crossed at {list(probe.crossed.values())} s), "
                f"peak RSS {run['peak_rss_mib']:.0f} MiB, "
                f"others' CPU share {run['meter']['others_share']}"
            )
            runs.append(run)
            del probe
            gc.collect()

    reference = next((r for r in runs if r["recipe"] == "original"), None)
    for run in runs:
        run["speedup_vs_original"] = ratio(
            run["tokens_per_second"], reference and reference["tokens_per_second"]
        )
        run["median_speedup_vs_original"] = ratio(
            run["median_tokens_per_second"], reference and reference["median_tokens_per_second"]
        )
        run["quality_speedup_vs_original"] = ratio(
            reference and reference["time_to_quality_s"], run["time_to_quality_s"], 1
        )
        run["crossed_speedup_vs_original"] = ratio(
            reference and reference["crossed_quality_s"], run["crossed_quality_s"], 2
        )
    return {
        "machine": info,
        "base_model": base.label,
        "base_parameters": n_params,
        "dtypes": dtypes,
        "data": {
            "source": data.source,
            "posts_kept": data.all_posts,
            "train_posts": data.train_posts,
            "held_out_posts": data.held_out_posts,
            "eval_subset_posts": len(data.subset),
            "eval_subset": "spread",  # over the whole corpus (spread); results without it: its newest
            "eval_subset_tokens": sum(map(len, blocks)),
            "eval_block": EVAL_BLOCK,
            "eval_dtype": eval_compute.dtype,
            "eval_seconds": round(eval_cost, 1),
        },
        "quality": {
            "target_fraction": QUALITY,
            "base_perplexity": round(math.exp(base_loss), 2),
            "target_perplexity": round(math.exp(target_loss), 2),
            "eval_every_s": opts.eval_every_s,
        },
        "seconds_per_run": opts.seconds,
        "original_seconds": opts.original_seconds,
        "runs": runs,
    }

"""Fine-tune the base model on one bot's curated posts and measure what it learned.

Read top to bottom: split → balance → tokenize into blocks → base loss → LoRA → train the planned
steps → held-out loss → save (to a temp folder, then rename). A plain loop, not the HF Trainer:
the data are a few hundred blocks, and a loop keeps the plan, the loss curve and the held-out
evaluation in plain sight.

The plan (how many steps, the learning-rate schedule) is fixed by the data and the settings, so
the same inputs on the same device and dtype give the same adapter bytes and the same metrics.json
on an idle or a loaded machine. What the clock measured (seconds, tokens/s) goes to timings.json
beside it. Only an explicit `max_minutes` cap lets the clock end a run early; metrics.json then
says so (`stopped_by: max_minutes`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__, files
from generator.basemodel import BaseModel
from generator.curate import Curated
from generator.device import Compute
from generator.sample import start_posts_with_separator
from generator.settings import TrainSettings

MODEL_BASE_LINK = "base"  # models/base/<dir>: the base weights the adapters point at
TIMINGS = "timings.json"  # beside metrics.json: what the clock measured, kept out of metrics.json


@dataclass
class Split:
    train: list[str] = field(default_factory=list)
    eval: list[str] = field(default_factory=list)


def held_out(text: str, seed: int, fraction: float) -> bool:
    """A post is held out by a seeded hash of its text: stable across runs and machines."""
    digest = hashlib.sha256(f"{seed}:{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def split_posts(texts: list[str], seed: int, fraction: float) -> Split:
    split = Split()
    for text in texts:
        (split.eval if held_out(text, seed, fraction) else split.train).append(text)
    if not split.eval and len(split.train) > 1:  # tiny corpora: hold out at least one post
        split.eval.append(split.train.pop())
    return split


def balance(per_account: list[list[str]]) -> list[str]:
    """Cyborgs: repeat each account's posts until its text is as long as the longest account's,
    so that no voice drowns the others (as huggingtweets did)."""
    lengths = [sum(len(t) for t in posts) or 1 for posts in per_account]
    target = max(lengths)
    out: list[str] = []
    for posts, length in zip(per_account, lengths, strict=False):
        repeats, rest = divmod(target, length)
        out.extend(posts * repeats)
        budget = rest
        for post in posts:
            if budget <= 0:
                break
            out.append(post)
            budget -= len(post)
    return out


def to_blocks(tokenizer, texts: list[str], block_size: int) -> list[list[int]]:
    """Posts joined with EOS, packed into fixed-length blocks (the last one may be shorter). EOS is
    the post separator: the bot's tokenizer puts it before every prompt, so that a prompt reads
    as the start of a post (sample.start_posts_with_separator)."""
    eos = tokenizer.eos_token_id
    stream: list[int] = []
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        stream.extend(ids)
        stream.append(eos)
    return [stream[i : i + block_size] for i in range(0, len(stream), block_size)]


def to_rows(tokenizer, texts: list[str], block_size: int) -> list[list[int]]:
    """Whole posts packed into rows of at most `block_size` tokens, never split across two rows
    (a post longer than a row is cut): every row starts with the separator, and so does every
    post in it, exactly as a prompt starts at sampling time. The rest of a row is padding."""
    eos = tokenizer.eos_token_id
    rows: list[list[int]] = []
    row = [eos]
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        post = (ids + [eos])[: block_size - 1]
        if len(row) + len(post) > block_size:
            rows.append(row)
            row = [eos]
        row += post
    if len(row) > 1:
        rows.append(row)
    return rows


def training_blocks(tokenizer, texts: list[str], cfg: TrainSettings) -> list[list[int]]:
    """The training posts as `train.packing` packs them: a stream cut into blocks, or whole posts."""
    pack = to_rows if cfg.packing == "posts" else to_blocks
    return pack(tokenizer, texts, cfg.block_size)


def batches(blocks: list[list[int]], batch_size: int, pad_id: int, width: int | None = None):
    """(input_ids, attention_mask, labels) tensors, padded to the longest block (or to `width`);
    padding is masked out of the loss."""
    import torch

    for i in range(0, len(blocks), batch_size):
        chunk = blocks[i : i + batch_size]
        padded = max(width or 0, *(len(b) for b in chunk))
        ids = torch.full((len(chunk), padded), pad_id, dtype=torch.long)
        mask = torch.zeros((len(chunk), padded), dtype=torch.long)
        for row, block in enumerate(chunk):
            ids[row, : len(block)] = torch.tensor(block)
            mask[row, : len(block)] = 1
        labels = ids.masked_fill(mask == 0, -100)
        yield ids, mask, labels


def evaluate(model, blocks, compute: Compute, batch_size: int, pad_id: int, prefix=None) -> float:
    """Mean next-token loss over all held-out tokens. With `prefix` (a FrozenPrefix of these
    blocks, keyed by their index), the frozen lower layers run once per block over all calls."""
    import torch

    from generator.device import autocast
    from generator.loss import CausalLMLoss

    was_training = model.training
    model.eval()
    loss_of = CausalLMLoss(model, autocast_dtype(compute), prefix)
    total, count = 0.0, 0
    with torch.no_grad(), autocast(compute):
        for start, (ids, mask, labels) in zip(
            range(0, len(blocks), batch_size), batches(blocks, batch_size, pad_id), strict=True
        ):
            ids, mask, labels = (t.to(compute.device) for t in (ids, mask, labels))
            n = int((labels[:, 1:] != -100).sum())
            keys = list(range(start, start + len(ids)))
            total += float(loss_of(ids, mask, labels, keys)) * n
            count += n
    model.train(was_training)
    return total / max(count, 1)


def lr_at(step: int, total: int, cfg: TrainSettings) -> float:
    """A linear warm-up over `warmup_fraction` of the plan (none by default: the peak at step
    0), then cosine decay to 10 % of the peak."""
    warmup = max(1, int(cfg.warmup_fraction * total))
    if step < warmup:
        return cfg.learning_rate * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return cfg.learning_rate * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def autocast_dtype(compute: Compute):
    """The torch dtype a run's matmuls compute in under autocast; None when it computes in fp32."""
    import torch

    return torch.bfloat16 if compute.dtype == "bfloat16" else None


def planned_steps(cfg: TrainSettings, n_blocks: int) -> int:
    """Optimizer steps for `cfg.epochs` passes over the blocks, at most `cfg.max_steps`."""
    return max(1, min(cfg.max_steps, math.ceil(cfg.epochs * math.ceil(n_blocks / cfg.batch_size))))


COMPILE_MIN_STEPS = 200  # train.compile "auto": the shortest plan that compiles (settings.py)
TOP_LAYERS = 16  # train.lora_layers "auto": the layers a long plan adapts …
ALL_LAYERS_BELOW = 200  # … and the plan (steps) under which every layer is adapted instead


def layers_for(cfg: TrainSettings, planned: int) -> int | None:
    """The decoder layers (from the top; None: all) that get LoRA: `train.lora_layers`, or with
    "auto" the top TOP_LAYERS for a plan of ALL_LAYERS_BELOW steps or more and every layer for a
    smaller one. Decided by the data and settings only, like the plan itself."""
    if cfg.lora_layers != "auto":
        return cfg.lora_layers
    return TOP_LAYERS if planned >= ALL_LAYERS_BELOW else None


COMPILE_MIN_CAP_MINUTES = 5.0  # "auto" under a max_minutes cap: a first compile takes ~1.5 min of it


def compile_wanted(cfg: TrainSettings, planned: int, device: str) -> bool:
    """Whether a run torch.compiles its training step: `train.compile` when true or false; with
    "auto", when the plan has at least COMPILE_MIN_STEPS steps (and no `max_minutes` cap shorter
    than COMPILE_MIN_CAP_MINUTES) on a CPU or CUDA device that has what compiling needs (a C++
    compiler; Triton on CUDA). Decided by the data and settings only, never by the clock or by
    whether the machine has compiled before, so a run's model does not depend on its history."""
    if cfg.compile != "auto":
        return bool(cfg.compile)
    if cfg.max_minutes is not None and cfg.max_minutes < COMPILE_MIN_CAP_MINUTES:
        return False
    return planned >= COMPILE_MIN_STEPS and can_compile(device)


def can_compile(device: str) -> bool:
    import importlib.util

    if device == "cpu":  # inductor writes C++ kernels and builds them with the system's compiler
        return any(shutil.which(cc) for cc in ("g++", "c++", "clang++"))
    return device == "cuda" and importlib.util.find_spec("triton") is not None


def replan_due(step: int) -> bool:
    """Under a `max_minutes` cap, the steps after which the plan is fitted to the time left again
    (step 1 pays for warm-up)."""
    return step in (3, 10) or step % 25 == 0


def replanned_total(step: int, planned: int, budget_s: float, spent_s: float, per_step_s: float) -> int:
    """Under a `max_minutes` cap, all the steps to run: as many as the rest of the cap holds at the
    measured pace, never more than planned nor fewer than already run. The cosine schedule spans
    this total."""
    return max(step, min(planned, step + int((budget_s - spent_s) / per_step_s)))


def attention_for(compute: Compute, block_size: int) -> str:
    """On a CPU, PyTorch's fused (flash) attention is slow to differentiate at short lengths:
    at 4 × 128 tokens the plain matmul-softmax-matmul ("eager") trained 1.15× faster; at 1 × 1024
    fused attention was 1.7× faster (bench/README.md, "Where a step's time goes")."""
    return "eager" if compute.device == "cpu" and block_size <= 256 else "sdpa"


def frozen_weights_to_compute_dtype(model, compute: Compute) -> None:
    """LoRA leaves the base layers frozen: store their weights in bf16 once, rather than let
    autocast cast 135 M parameters in every forward pass (14 % of a CPU step). The same values:
    autocast rounds them to bf16 the same way. The embedding (tied to the head) stays fp32, so
    the residual stream does too, exactly as under autocast alone."""
    import torch

    dtype = autocast_dtype(compute)
    if dtype is None:
        return
    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    head = core.get_output_embeddings() if hasattr(core, "get_output_embeddings") else None
    for module in model.modules():
        linear = getattr(module, "base_layer", module)  # peft's LoRA layer around a frozen Linear
        if (
            type(linear) is torch.nn.Linear
            and linear is not head
            and not linear.weight.requires_grad
            and (head is None or linear.weight is not head.weight)
        ):
            linear.to(dtype)


def frozen_below(cfg: TrainSettings, model) -> int:
    """How many decoder layers, from the bottom, get no adapter (0: every layer trains)."""
    from generator.frozen import n_layers

    layers = TOP_LAYERS if cfg.lora_layers == "auto" else cfg.lora_layers  # "auto" without a plan
    if cfg.method != "lora" or layers is None:
        return 0
    return max(0, n_layers(model) - layers)


def lora_config(model, cfg: TrainSettings, **options):
    """peft's LoraConfig for `cfg` on `model` (adapters on the top `lora_layers` decoder layers);
    `options` are further LoraConfig fields."""
    from peft import LoraConfig

    from generator.frozen import n_layers

    below = frozen_below(cfg, model)
    layers = list(range(below, n_layers(model))) if below else None
    return LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=cfg.lora_targets,
        layers_to_transform=layers,
        layers_pattern="layers" if layers else None,
        task_type="CAUSAL_LM",
        **options,
    )


def wrap_for_method(model, cfg: TrainSettings):
    """The model as `cfg.method` trains it: itself (full), or with LoRA adapters (B = 0: it
    starts as the base model)."""
    if cfg.method == "full":
        return model
    from peft import get_peft_model

    return get_peft_model(model, lora_config(model, cfg))


@dataclass
class Trainee:
    """What a training step works on: the model being trained (evaluated, checkpointed, saved),
    its trainable parameters and optimizer, the loss a step calls (DistributedDataParallel around
    it with several processes), and the cache of the frozen layers below the adapted ones (None
    when every layer trains or the decoder cannot be cached exactly)."""

    core: object
    params: list
    optimizer: object
    step_loss: object
    prefix: object | None


def prepare_training(
    model, cfg: TrainSettings, compute: Compute, cached: bool, team=None, blocks=None
) -> Trainee:
    """Wrap the base model for the method (LoRA adapters, on the upper layers with `lora_layers`),
    store its frozen weights in the compute dtype, and build the optimizer and the step's loss;
    with `cached`, the loss reads the frozen lower layers' states from a FrozenPrefix."""
    import torch

    from generator.frozen import FrozenPrefix, first_adapted_layer
    from generator.loss import CausalLMLoss

    below = frozen_below(cfg, model)
    core = wrap_for_method(model, cfg)
    if first_adapted_layer(core) < below:  # a cached state would be stale: never train on one
        raise RuntimeError(f"LoRA reached below layer {below}: lora_targets / layers_to_transform mismatch")
    frozen_weights_to_compute_dtype(core, compute)
    core.train()
    groups = param_groups(core, cfg)
    params = [p for group in groups for p in group["params"]]  # the trainable ones, each once
    optimizer = torch.optim.AdamW(groups, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
    prefix = FrozenPrefix(core, below) if cached else None
    step_loss = CausalLMLoss(core, autocast_dtype(compute), prefix)
    if cfg.head_vocabulary == "corpus" and blocks is not None and step_loss.head is not None:
        step_loss.restrict_vocabulary(t for block in blocks for t in block)
    if cfg.compile is True:  # train() decides "auto" (compile_wanted) before it gets here
        persistent_compile_cache()
        full_batch = list(range(cfg.batch_size))
        step_loss.compile_for_training(rows=len(team.share(full_batch)) if team else cfg.batch_size)
    if team is not None:
        step_loss, optimizer = team.prepare(step_loss, optimizer)
    return Trainee(core, params, optimizer, step_loss, prefix)


def param_groups(core, cfg: TrainSettings) -> list[dict]:
    """The optimizer's parameter groups, each with the factor (`lr_scale`) its learning rate is
    the schedule's times: LoRA's B matrices at `lora_plus_ratio`, everything else at 1."""
    named = [(name, p) for name, p in core.named_parameters() if p.requires_grad]
    b = [p for name, p in named if ".lora_B." in name]
    if cfg.lora_plus_ratio == 1.0 or not b:  # plain LoRA, or full fine-tuning (no B matrices)
        return [{"params": [p for _, p in named], "lr_scale": 1.0}]
    rest = [p for name, p in named if ".lora_B." not in name]
    return [{"params": rest, "lr_scale": 1.0}, {"params": b, "lr_scale": cfg.lora_plus_ratio}]


def persistent_compile_cache() -> None:
    """torch.compile's graphs and kernels go to HTSITE_CACHE/torch-compile rather than /tmp: a
    machine compiles once, and every later bot and build (any process) loads them. An explicit
    TORCHINDUCTOR_CACHE_DIR wins."""
    import os

    from generator.settings import cache_dir

    os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(cache_dir() / "torch-compile"))


def train_step(run: Trainee, batch, keys, lr: float, compute: Compute, team) -> float:
    """One optimizer step on a batch (ids, mask, labels) whose rows are the blocks `keys`; returns
    its loss."""
    import torch

    from generator.device import autocast

    ids, mask, labels = batch
    for group in run.optimizer.param_groups:
        group["lr"] = lr * group.get("lr_scale", 1.0)
    with autocast(compute):
        loss = run.step_loss(ids, mask, labels, keys)
    team.backward(loss)
    torch.nn.utils.clip_grad_norm_(run.params, 1.0)
    run.optimizer.step()
    run.optimizer.zero_grad(set_to_none=True)
    return loss.detach().item()


@dataclass
class Loop:
    """Where the training loop is: everything the next step depends on besides the weights, the
    optimizer and the random states (a checkpoint keeps all of it)."""

    total: int  # optimizer steps planned (re-planned only under a max_minutes cap)
    curve: list[dict] = field(default_factory=list)  # per step: training loss; held-out loss at times
    order: list[int] = field(default_factory=list)  # this epoch's shuffled blocks not yet trained on
    tokens_seen: int = 0  # trained tokens, all processes (padding not counted)
    train_s: float = 0.0  # seconds in training steps (not loading, not evaluation)
    step: int = 0  # optimizer steps taken
    loss_ema: float | None = None  # smoothed training loss, for progress
    first_step_s: float = 0.0  # the first step's seconds (warm-up, compiling): kept out of estimates

    def next_blocks(self, rng: random.Random, n_blocks: int, batch_size: int) -> list[int]:
        """The next batch's blocks; every epoch starts with a fresh seeded shuffle of all of them."""
        if not self.order:
            self.order = list(range(n_blocks))
            rng.shuffle(self.order)
        keys, self.order = self.order[:batch_size], self.order[batch_size:]
        return keys

    def record(self, loss_value: float, tokens: int, seconds: float) -> None:
        """Count one optimizer step that trained `tokens` in `seconds`."""
        self.train_s += seconds
        self.tokens_seen += tokens
        self.step += 1
        self.loss_ema = loss_value if self.loss_ema is None else 0.9 * self.loss_ema + 0.1 * loss_value
        if self.step == 1:
            self.first_step_s = self.train_s  # the first step pays for warm-up

    def seconds_per_step(self) -> float:
        """The mean step time after the first (which pays for warm-up)."""
        return (self.train_s - self.first_step_s) / (self.step - 1)


# What a checkpoint keeps of the loop, besides weights, optimizer and random states.
LOOP_STATE = tuple(f.name for f in dataclasses.fields(Loop))


def save_checkpoint(path: Path, model, optimizer, rng: random.Random, loop: Loop, groups=()) -> None:
    """Trainable weights, optimizer and loop state; written to a temp file, then renamed.
    `groups`: the blocks whose frozen-layer states were computed together, group by group (a
    resumed run recomputes them so, and gets the same states to the last bit)."""
    import torch

    state = {k: getattr(loop, k) for k in LOOP_STATE}
    state["prefix_groups"] = [list(g) for g in groups]
    state["params"] = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    state["optimizer"] = optimizer.state_dict()
    state["rng"] = rng.getstate()
    state["torch_rng"] = torch.get_rng_state()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    torch.save(state, tmp)
    tmp.replace(path)


def resume(path: Path, run: Trainee, rng: random.Random, blocks, pad: int, compute: Compute) -> Loop:
    """Load a checkpoint written by save_checkpoint into the model, optimizer and random states,
    rebuild the frozen layers' cache as it was, and return the loop where it stopped."""
    import torch

    from generator.device import autocast

    state = torch.load(path, weights_only=False)
    run.core.load_state_dict(state["params"], strict=False)
    run.optimizer.load_state_dict(state["optimizer"])
    rng.setstate(state["rng"])
    torch.set_rng_state(state["torch_rng"])
    if run.prefix is not None:  # the cache as it was: its states computed in the same groups
        with torch.no_grad(), autocast(compute):
            for keys in state.get("prefix_groups", []):
                ids, mask, _ = next(batches([blocks[k] for k in keys], len(keys), pad))
                run.prefix.hidden(ids.to(compute.device), mask.to(compute.device), keys)
    return Loop(**{k: state[k] for k in LOOP_STATE})


@dataclass
class TrainResult:
    model: object
    tokenizer: object
    metrics: dict  # what the model is: the same for the same inputs, device and dtype
    timings: dict = field(default_factory=dict)  # what the clock saw: differs from run to run


def train(
    corpora: list[Curated],
    base: BaseModel,
    cfg: TrainSettings,
    compute: Compute,
    load_base: Callable,
    on_step: Callable[[int, int, float, float], None] | None = None,
    checkpoint: Path | None = None,
) -> TrainResult:
    """Train one bot. `load_base()` returns (model, tokenizer); `on_step(step, total, loss, tok/s)`.
    With `checkpoint`, the loop state is saved there every `checkpoint_every` seconds and a run
    killed midway resumes from it (a checkpoint holds everything the next step depends on, so a
    resumed run ends with the same weights as an uninterrupted one)."""
    import torch

    from generator import distributed
    from generator.frozen import FrozenPrefix

    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)

    # 1. data: hold out posts per account, balance cyborg voices, pack into blocks
    splits = [split_posts(c.texts, cfg.seed, cfg.eval_fraction) for c in corpora]
    train_texts = balance([s.train for s in splits]) if len(splits) > 1 else splits[0].train
    eval_texts = [t for s in splits for t in s.eval]
    team = distributed.team(compute.device)  # several processes under `accelerate launch`
    if team.size > 1:
        compute = dataclasses.replace(compute, device=team.device)  # this process's own device
    model, tokenizer = load_base()
    start_posts_with_separator(tokenizer)  # prompts then start as posts do here: after the separator
    model.to(compute.device)
    attention = model.config._attn_implementation  # what sampling and evaluation load with
    model.set_attn_implementation(attention_for(compute, cfg.block_size))
    pad = tokenizer.pad_token_id
    train_blocks = training_blocks(tokenizer, train_texts, cfg)
    eval_blocks = to_blocks(tokenizer, eval_texts, cfg.block_size)
    planned = planned_steps(cfg, len(train_blocks))
    cfg = cfg.model_copy(update={"lora_layers": layers_for(cfg, planned)})  # "auto": by the plan

    # 2. the base model's held-out loss: the figure to beat. With LoRA on the upper layers only,
    # the frozen layers below run once per block: their states are cached for later evaluations
    # (eval_prefix) and, from the second epoch on, for training steps (the Trainee's prefix).
    below = frozen_below(cfg, model)
    cached = FrozenPrefix.supported(model, below)
    eval_prefix = FrozenPrefix(model, below) if cached else None

    def held_out_loss(m) -> float:
        return evaluate(m, eval_blocks, compute, max(cfg.batch_size, 8), pad, eval_prefix)

    base_eval_loss = held_out_loss(model)

    # 3. the model to train, its optimizer and what a step calls (torch.compiled for long plans)
    auto_compile = cfg.compile == "auto"
    cfg = cfg.model_copy(update={"compile": compile_wanted(cfg, planned, compute.device)})
    if cfg.compile and auto_compile:  # a compiler that fails here leaves the step eager
        torch._dynamo.config.suppress_errors = True
    run = prepare_training(model, cfg, compute, cached, team, train_blocks)
    cap_s = cfg.max_minutes * 60 if cfg.max_minutes else None  # the optional wall-clock cap

    # 4. the loop: shuffle blocks each epoch; run the planned steps (or stop at the cap, if set)
    rng = random.Random(cfg.seed)
    loop = Loop(total=planned)
    if checkpoint is not None and checkpoint.is_file():
        loop = resume(checkpoint, run, rng, train_blocks, pad, compute)
    resumed_from, last_checkpoint = loop.step, loop.train_s
    while loop.step < loop.total:
        # this process's blocks of the batch (all of them in a single process)
        keys = team.share(loop.next_blocks(rng, len(train_blocks), cfg.batch_size))
        started = time.perf_counter()
        # A compiled step pads the epoch's last, shorter block to the full width (and runs the
        # epoch's last, shorter batch eager: CausalLMLoss.compile_for_training): one shape.
        width = cfg.block_size if cfg.compile else None
        picked = [train_blocks[i] for i in keys]
        ids, mask, labels = (t.to(compute.device) for t in next(batches(picked, cfg.batch_size, pad, width)))
        loss_value = train_step(
            run, (ids, mask, labels), keys, lr_at(loop.step, loop.total, cfg), compute, team
        )
        seconds = time.perf_counter() - started
        loop.record(loss_value, int(team.reduce(int(mask.sum()), "sum")), seconds)
        if cap_s is not None and replan_due(loop.step):  # re-plan against the time left
            per_step = team.reduce(loop.seconds_per_step(), "max")  # all processes agree on the plan
            loop.total = replanned_total(loop.step, planned, cap_s, loop.train_s, per_step)
        point = {"step": loop.step, "train_loss": round(loss_value, 4)}
        if loop.step % cfg.eval_every == 0 and loop.step < loop.total:
            point["eval_loss"] = round(held_out_loss(run.core), 4)
        loop.curve.append(point)
        if on_step:
            on_step(loop.step, loop.total, loop.loss_ema, loop.tokens_seen / loop.train_s)
        if cap_s is not None and team.reduce(loop.train_s >= cap_s, "max"):
            break
        if (
            checkpoint is not None
            and distributed.is_main()
            and loop.train_s - last_checkpoint >= cfg.checkpoint_every
        ):
            last_checkpoint = loop.train_s
            groups = run.prefix.groups if run.prefix is not None else []
            save_checkpoint(checkpoint, run.core, run.optimizer, rng, loop, groups)

    # 5. the fine-tuned model's held-out loss; then the attention that a reloaded model has, so
    # that predictions sampled now are the ones a later sample-only build would make
    eval_loss = held_out_loss(run.core)
    run.core.set_attn_implementation(attention)  # peft's wrapper passes it on to the model
    loop.curve[-1]["eval_loss"] = round(eval_loss, 4)
    metrics = {
        "base_eval_loss": round(base_eval_loss, 4),
        "eval_loss": round(eval_loss, 4),
        "base_perplexity": round(math.exp(base_eval_loss), 2),
        "perplexity": round(math.exp(eval_loss), 2),
        "train_tokens": loop.tokens_seen,
        "steps": loop.step,
        "planned_steps": planned,
        # "plan": every planned step ran; "max_minutes": the wall-clock cap ended the run first
        "stopped_by": "plan" if loop.step >= planned else "max_minutes",
        "epochs_done": round(loop.step * cfg.batch_size / max(1, len(train_blocks)), 2),
        "train_posts": len(train_texts),
        "eval_posts": len(eval_texts),
        "eval_tokens": sum(len(b) for b in eval_blocks),
        "trainable_parameters": sum(p.numel() for p in run.params),
        "compiled": cfg.compile,  # torch.compile'd steps (train.compile); their last bits differ
        "frozen_layers": below,  # decoder layers without an adapter, from the bottom
        "lora_layers": cfg.lora_layers,  # adapted layers from the top (None: all), "auto" resolved
        "device": compute.device,
        "dtype": compute.dtype,
        "cpu_capability": compute.cpu_capability,
        "curve": loop.curve,
    }
    if compute.device == "cpu":  # CPU kernels split sums by thread: the same bytes need the same count
        metrics["threads"] = torch.get_num_threads()
    if team.size > 1:
        metrics["processes"] = team.size
    timings = {
        "train_seconds": round(loop.train_s, 1),  # in training steps only (not loading, not evaluation)
        "tokens_per_second": round(loop.tokens_seen / max(loop.train_s, 1e-9), 1),
        "first_step_seconds": round(loop.first_step_s, 2),
        "resumed_from_step": resumed_from,
    }
    if run.prefix is not None:  # how often the frozen layers ran and how often their cache served
        prefixes = {"train": run.prefix.stats(), "eval": eval_prefix.stats()}
        timings["frozen_prefix"] = {"layers": below, **prefixes}
    return TrainResult(model=run.core, tokenizer=tokenizer, metrics=metrics, timings=timings)


def save(result: TrainResult, out_dir: Path, base: BaseModel, cfg: TrainSettings, extra: dict) -> None:
    """Write the model folder atomically: everything goes to a temp folder that is renamed last."""
    with files.staged(out_dir) as folder:
        write_model(result, folder, base, cfg, extra)


def write_model(result: TrainResult, folder: Path, base: BaseModel, cfg: TrainSettings, extra: dict) -> None:
    """The trained model's files (weights or adapter, tokenizer, metrics.json, timings.json) into
    `folder`, which the caller then puts in place."""
    model = result.model
    if cfg.method == "full":
        import torch

        model.to(torch.bfloat16).save_pretrained(folder)
    else:
        model.save_pretrained(folder)
        _point_adapter_at_base(folder, base)
    result.tokenizer.save_pretrained(folder)
    metrics = {**result.metrics, **extra, "htsite_version": __version__}
    (folder / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    (folder / TIMINGS).write_text(json.dumps(result.timings, indent=2) + "\n")


def base_ref_for_site(base: BaseModel) -> str:
    """What adapter_config.json names as the base: for the bundled model a path relative to the
    site root (models/base/...), so the page's snippet runs from there on any machine that built
    the site; for a hub id, the hub id; for a local folder, its absolute path."""
    if base.hub_id and Path(base.path).is_dir():
        return f"models/{MODEL_BASE_LINK}/{Path(base.path).name}"
    return base.path


def _point_adapter_at_base(folder: Path, base: BaseModel) -> None:
    config_path = folder / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["base_model_name_or_path"] = base_ref_for_site(base)
    if isinstance(config.get("target_modules"), list):  # peft saves a set: its order varies by process
        config["target_modules"] = sorted(config["target_modules"])
    config_path.write_text(json.dumps(config, indent=2) + "\n")


def link_base_into_site(models_dir: Path, base: BaseModel) -> None:
    """Put the base weights at models/base/<name> (hard links where possible, else a copy)."""
    if not (base.hub_id and Path(base.path).is_dir()):
        return
    src = Path(base.path)
    dest = models_dir / MODEL_BASE_LINK / src.name
    if (dest / "config.json").is_file():
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = files.staging_dir(dest)
    for file in src.iterdir():
        if file.is_file():
            try:
                (tmp / file.name).hardlink_to(file)
            except OSError:
                shutil.copy2(file, tmp / file.name)
    files.put_in_place(tmp, dest)

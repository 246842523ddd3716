"""Benchmark 1b (profile): where a training step's time goes, operator by operator.

The default recipe (`TrainSettings()`) is set up as `train.train` sets it up (`prepare_training`)
on the real model and the corpus's first training blocks, in each dtype of the train benchmark,
and its steps are looked at in two phases:

* **first sight** — blocks not seen before: the frozen lower layers run (no graph), then the
  adapted layers and the head, forward and backward (the first epoch);
* **cached** — blocks seen before: their states at the first adapted layer come from the cache,
  only the adapted layers and the head run (every later epoch).

Step time is the median of `profile_steps` plain steps; then torch.profiler runs over as many more
and gives each operator's self CPU time. The account: the step's GFLOP/s (FLOPs counted by torch's
FlopCounterMode) as a share of the dtype's measured matmul peak equals the matmuls' share of the
step's time × the GFLOP/s those matmuls reach inside the step / the peak. What is not a matmul is
listed by operator with the reason it is not one (`CATEGORIES`).
"""

from __future__ import annotations

import gc
import statistics
import time

from bench.common import count_step, load_corpus, log, machine, matmul_peaks

# (category, how to recognise its operators, why it is not a matmul)
CATEGORIES = [
    (
        "matmul",
        ("aten::mm", "aten::addmm", "aten::bmm", "aten::baddbmm", "aten::_scaled_dot_product"),
        "the work itself: linear layers, LoRA factors, the vocabulary head, attention scores",
    ),
    (
        "softmax and exp",
        (
            "aten::_softmax",
            "aten::_softmax_backward",
            "aten::logsumexp",
            "aten::exp",
            "aten::amax",
            "aten::_log_softmax",
        ),
        "attention probabilities and the loss's softmax over 49,152 logits a position: one exp "
        "per element, read and written once — memory-bound, no reduction dimension to tile",
    ),
    (
        "elementwise",
        (
            "aten::mul",
            "aten::add",
            "aten::sub",
            "aten::div",
            "aten::pow",
            "aten::rsqrt",
            "aten::mean",
            "aten::sum",
            "aten::silu",
            "aten::neg",
            "aten::cat",
            "aten::where",
            "aten::masked_fill",
            "aten::clamp",
            "aten::eq",
            "aten::ne",
        ),
        "RMSNorm, rotary embeddings, SiLU × up-projection, residual adds, LoRA scaling, loss "
        "bookkeeping: ~1 FLOP per byte moved over (tokens × 576…1536) tensors — memory-bound; "
        "fusion (torch.compile) cuts the passes, a matmul cannot do them",
    ),
    (
        "copies and casts",
        ("aten::copy_", "aten::_to_copy", "aten::clone", "aten::contiguous", "aten::to"),
        "autocast's casts of activations and LoRA weights to bf16, transposes made contiguous, "
        "cached states gathered into a batch: pure data movement",
    ),
    (
        "allocation and zeroing",
        ("aten::empty", "aten::zeros", "aten::zero_", "aten::fill_", "aten::new_", "aten::resize_"),
        "buffers for activations and gradients, zeroed padding: memory traffic, no arithmetic",
    ),
    (
        "optimizer",
        (
            "aten::_foreach",
            "aten::addcdiv",
            "aten::addcmul",
            "aten::lerp",
            "aten::sqrt",
            "aten::_fused_adam",
            "Optimizer.",
        ),
        "AdamW and gradient clipping over the LoRA parameters: a few elementwise passes per step",
    ),
    (
        "indexing",
        ("aten::index", "aten::gather", "aten::scatter", "aten::embedding", "aten::masked_select"),
        "token embeddings, picking each position's target logit, scattering padded rows",
    ),
]
PYTHON = "Python"  # time in Python code between operators: autograd Functions, modules, the loop
OTHER = "other"
WHY_PYTHON = (
    "the interpreter between operators (peft's and transformers' module calls, the chunked loss's "
    "Python loop): per-call overhead, the same for any model width"
)
WHY_OTHER = "views, reshapes and the autograd engine's bookkeeping"


def category(name: str) -> str:
    for label, prefixes, _ in CATEGORIES:
        if name.startswith(prefixes):
            return label
    return OTHER if name.startswith("aten::") else PYTHON


def why(label: str) -> str:
    known = {name: text for name, _, text in CATEGORIES} | {PYTHON: WHY_PYTHON, OTHER: WHY_OTHER}
    return known[label]


def bench_profile(opts) -> dict:
    from bench.trainbench import BY_NAME, measured_dtypes, settings_for
    from generator import basemodel, train
    from generator.settings import TrainSettings

    corpus = load_corpus(opts.corpus_limit, synthetic_ok=True)
    base = basemodel.resolve(opts.base_name)
    info = machine()
    cfg = TrainSettings()
    if opts.smoke:  # the tiny model's 2 layers: LoRA on the top one, as the smoke train runs do
        cfg = settings_for(BY_NAME["default"], 60.0, smoke=True).model_copy(update={"max_minutes": None})
    texts = train.split_posts(corpus.texts, cfg.seed, cfg.eval_fraction).train
    results = []
    for dtype in opts.dtypes or measured_dtypes():
        results += profile_dtype(dtype, base, texts, cfg, opts.profile_steps)
        gc.collect()
    return {
        "machine": info,
        "settings": cfg.model_dump(include={"batch_size", "block_size", "lora_r", "lora_layers"}),
        "steps_per_phase": opts.profile_steps,
        "profiles": results,
    }


def profile_dtype(dtype: str, base, texts: list[str], cfg, steps: int) -> list[dict]:
    from torch.profiler import ProfilerActivity, profile

    from bench.trainbench import prepared
    from generator import distributed, train

    _, tokenizer, compute, run = prepared(cfg, dtype, base)
    cached = run.prefix is not None
    blocks = [b for b in train.to_blocks(tokenizer, texts, cfg.block_size) if len(b) == cfg.block_size]
    team = distributed.Team()
    per_step = cfg.batch_size
    fresh = iter(range(len(blocks)))
    if len(blocks) < per_step * (3 + 3 * steps):
        raise RuntimeError(f"{len(blocks)} full blocks of {cfg.block_size} tokens: too few to profile")

    def step(keys):
        picked = [blocks[k] for k in keys]
        batch = tuple(t.to(compute.device) for t in next(train.batches(picked, per_step, 0)))
        train.train_step(run, batch, keys, cfg.learning_rate, compute, team)

    def new_keys():
        return [next(fresh) for _ in range(per_step)]

    seen = new_keys()
    step(seen)  # warm-up; these blocks are cached from now on
    step(new_keys())
    phases = {"first sight": new_keys, "cached": lambda: seen} if cached else {"every step": new_keys}
    peaks = matmul_peaks()
    peak = peaks["bf16_gflops" if dtype == "bfloat16" else "fp32_gflops"]
    results = []
    for phase, keys_for in phases.items():
        times = []
        for _ in range(steps):
            keys = keys_for()
            started = time.perf_counter()
            step(keys)
            times.append(time.perf_counter() - started)
        step_s = statistics.median(times)
        keys = keys_for()
        flops = count_step(lambda: step(keys))["flops"]  # noqa: B023 (called at once)
        with profile(activities=[ProfilerActivity.CPU], with_flops=True) as prof:
            started = time.perf_counter()
            for _ in range(steps):
                step(keys_for())
            profiled_s = (time.perf_counter() - started) / steps
        results.append(account(dtype, phase, prof, steps, step_s, profiled_s, flops, per_step, cfg, peak))
        r = results[-1]
        log(
            f"profile: {dtype} {phase}: {step_s * 1000:.0f} ms a step, {r['peak_fraction']:.0%} of the "
            f"{peak:.0f} GFLOP/s peak; matmuls {r['matmul_share']:.0%} of the time at "
            f"{r['matmul_gflops']:.0f} GFLOP/s"
        )
    return results


def account(dtype, phase, prof, steps, step_s, profiled_s, flops, per_step, cfg, peak) -> dict:
    """Self CPU time per operator (per step), grouped, with the matmuls' in-step GFLOP/s."""
    events = [e for e in prof.key_averages() if e.self_cpu_time_total > 0]
    total_us = sum(e.self_cpu_time_total for e in events)
    ops = []
    for e in sorted(events, key=lambda e: e.self_cpu_time_total, reverse=True):
        seconds = e.self_cpu_time_total / 1e6 / steps
        ops.append(
            {
                "op": e.key,
                "category": category(e.key),
                "ms_per_step": round(seconds * 1000, 2),
                "share": round(e.self_cpu_time_total / total_us, 4),
                "calls_per_step": round(e.count / steps, 1),
                "gflops": round(e.flops / steps / seconds / 1e9, 1) if e.flops and seconds else None,
            }
        )
    shares: dict[str, float] = {}
    for op in ops:
        shares[op["category"]] = shares.get(op["category"], 0.0) + op["share"]
    counted = [op for op in ops if op["category"] == "matmul" and op["gflops"]]  # the profiler counts mm/bmm
    matmul_s = sum(op["ms_per_step"] for op in counted) / 1000
    profiled_flops = sum(op["gflops"] * op["ms_per_step"] / 1000 for op in counted) * 1e9
    matmul_share = shares.get("matmul", 0.0)
    step_gflops = flops / step_s / 1e9
    return {
        "dtype": dtype,
        "phase": phase,
        "tokens_per_step": per_step * cfg.block_size,
        "step_ms": round(step_s * 1000, 1),
        "profiled_step_ms": round(profiled_s * 1000, 1),
        "flops_per_step": flops,
        "step_gflops": round(step_gflops, 1),
        "peak_gflops": peak,
        "peak_fraction": round(step_gflops / peak, 3) if peak else None,
        "matmul_share": round(matmul_share, 3),
        "matmul_gflops": round(profiled_flops / matmul_s / 1e9, 1) if matmul_s else 0.0,
        "categories": {k: round(v, 3) for k, v in sorted(shares.items(), key=lambda kv: -kv[1])},
        "ops": ops[:16],
    }

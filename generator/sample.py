"""Sample predictions from a bot: all prompts in one batch, seeded, cut at the first newline."""

from __future__ import annotations

import json
from pathlib import Path

from generator.device import Compute, autocast
from generator.settings import SampleSettings

MAX_ROUNDS = 4  # resampling rounds when empty, duplicate or memorized samples were dropped
MEMORIZED_WORDS = 8  # a prediction sharing this many consecutive words with a post is dropped


def word_ngrams(text: str, n: int = MEMORIZED_WORDS) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def memorization_index(texts: list[str]) -> set[tuple[str, ...]]:
    index: set[tuple[str, ...]] = set()
    for text in texts:
        index |= word_ngrams(text)
    return index


def generate(
    model,
    tokenizer,
    cfg: SampleSettings,
    compute: Compute,
    training_texts: list[str] = (),
    stats: dict | None = None,
) -> list[dict]:
    """[{prompt, text}] with `num_return_sequences` distinct, non-empty predictions per prompt.
    Samples that repeat a run of 8 words from `training_texts` are dropped and counted in `stats`."""
    import torch

    seen = memorization_index(list(training_texts))
    stats = stats if stats is not None else {}
    stats.update(drawn=0, memorized=0)
    torch.manual_seed(cfg.seed)
    model.eval()
    tokenizer.padding_side = "left"  # decoder-only: pad on the left so prompts end together
    wanted = {prompt: [] for prompt in cfg.prompts}
    for _ in range(MAX_ROUNDS):
        todo = [p for p in cfg.prompts if len(wanted[p]) < cfg.num_return_sequences]
        if not todo:
            break
        enc = tokenizer(todo, return_tensors="pt", padding=True, add_special_tokens=False)
        enc = {k: v.to(compute.device) for k, v in enc.items()}
        with torch.no_grad(), autocast(compute):
            out = model.generate(
                **enc,
                do_sample=True,
                top_p=cfg.top_p,
                temperature=cfg.temperature,
                min_new_tokens=cfg.min_new_tokens,
                max_new_tokens=cfg.max_new_tokens,
                num_return_sequences=cfg.num_return_sequences,
                pad_token_id=tokenizer.pad_token_id,
            )
        new_tokens = out[:, enc["input_ids"].shape[1] :]
        texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
        for i, continuation in enumerate(texts):
            prompt = todo[i // cfg.num_return_sequences]
            text = finish(prompt, continuation)
            stats["drawn"] += 1
            if word_ngrams(text) & seen:
                stats["memorized"] += 1
                continue
            bucket = wanted[prompt]
            if text and text != prompt and text not in bucket and len(bucket) < cfg.num_return_sequences:
                bucket.append(text)
    return [{"prompt": p, "text": t} for p in cfg.prompts for t in wanted[p]]


def finish(prompt: str, continuation: str) -> str:
    """Prompt + continuation, cut at the first newline, whitespace collapsed."""
    first_line = continuation.split("\n", 1)[0]
    return " ".join(f"{prompt}{first_line}".split())


def predictions_json(
    predictions: list[dict], cfg: SampleSettings, key: str = "", stats: dict | None = None
) -> str:
    """predictions.json: the predictions, the settings and key that made them, and their stats."""
    data = {"key": key, "settings": cfg.model_dump(), "predictions": predictions, "stats": stats or {}}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_bot_model(model_dir: Path, base_path: str, compute: Compute):
    """(model, tokenizer) of a saved bot: a LoRA adapter on the base, or full weights."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from generator.basemodel import quiet_transformers

    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    if (model_dir / "adapter_config.json").is_file():
        from peft import PeftModel

        base = AutoModelForCausalLM.from_pretrained(base_path, dtype=torch.float32)
        model = PeftModel.from_pretrained(base, model_dir)
    else:
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model.to(compute.device), tokenizer

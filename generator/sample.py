"""Sample predictions from a bot: all prompts in one batch, seeded, cut at the first newline.

Contrastive sampling (`sample.contrast`, on by default): each next token is drawn from

    log p_bot − contrast × log p_base

over the tokens the bot itself finds plausible (at least `sample.plausible` × as probable as its
likeliest token), then temperature and top-p as usual. What the bot learned from its account —
tokens the base model finds unlikely — gains; where the two models agree, a token weighs
(1 − contrast) × log p, so at the default 1.5 the less likely of the plausible tokens is
favoured, which keeps the bot off its most worn phrases; the plausibility cut keeps every choice
to tokens the bot itself finds plausible (like a high temperature inside a min-p cut). The base
model is the bot's own base with its LoRA adapter switched off (a full fine-tune is given the
base model), run step by step beside the bot with a key/value cache of its own. The idea is
Li et al. 2023, "Contrastive Decoding"; with `sample.sharpen` it is their form,
log p_bot + contrast × (log p_bot − log p_base), which also raises p_bot to the power
1 + contrast and so narrows a bot to its person's favourite phrases.
bench/README.md ("Voice and variety") has what each does to the voice and variety figures.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.device import Compute, autocast
from generator.settings import SampleSettings

MAX_ROUNDS = 4  # resampling rounds when empty, duplicate or memorized samples were dropped
MEMORIZED_WORDS = 8  # a prediction sharing this many consecutive words with a post is dropped
LOOP_WORDS = 3  # a prediction saying one word this many times in a row is dropped (a loop)
# Settings that only change how a bot is contrasted with its base: the base model's own samples
# (drawn plainly) do not depend on them.
CONTRAST_SETTINGS = {"contrast", "plausible", "sharpen", "plain_start"}


def word_ngrams(text: str, n: int = MEMORIZED_WORDS) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def loops(text: str, n: int = LOOP_WORDS) -> bool:
    """Whether `text` says one word `n` times in a row ("square square square"): a sampling loop,
    which contrast (and any choice by how characteristic a sample is) can favour."""
    words = text.lower().split()
    return any(len(set(words[i : i + n])) == 1 for i in range(len(words) - n + 1))


def memorization_index(texts: list[str]) -> set[tuple[str, ...]]:
    index: set[tuple[str, ...]] = set()
    for text in texts:
        index |= word_ngrams(text)
    return index


class BaseForward:
    """The base model's next-token log-probabilities beside a bot's generation: fed only the
    tokens it has not seen yet, with its own key/value cache (one instance per generate call)."""

    def __init__(self, model, base_model, attention_mask, compute: Compute):
        self.model, self.base_model, self.compute = model, base_model, compute
        self.mask, self.cache, self.seen = attention_mask, None, 0

    def __call__(self, input_ids):
        import torch

        feed = input_ids[:, self.seen :]
        grown = input_ids.shape[1] - self.mask.shape[1]
        if grown > 0:  # generated tokens are never padding
            self.mask = torch.cat([self.mask, self.mask.new_ones((feed.shape[0], grown))], dim=1)
        positions = (self.mask.cumsum(-1) - 1).clamp(min=0)[:, -feed.shape[1] :]  # left padding, as generate
        args = dict(input_ids=feed, attention_mask=self.mask, position_ids=positions)
        args.update(cache=self.cache, use_cache=True)
        with torch.no_grad(), autocast(self.compute):
            if self.base_model is not None:
                out = self.base_model(**args)
            else:
                with self.model.disable_adapter():
                    out = self.model(**args)
        self.cache, self.seen = out.cache, input_ids.shape[1]
        return torch.log_softmax(out.logits[:, -1].float(), dim=-1)


def contrasted(bot_scores, base_logprobs, contrast: float, plausible: float, sharpen: bool = True):
    """log p_bot + contrast × (log p_bot − log p_base) where the bot gives a token at least
    `plausible` × its likeliest token's probability; −inf elsewhere. Without `sharpen`,
    log p_bot − contrast × log p_base (the form above also raises p_bot to the power
    1 + contrast, which narrows what it says)."""
    import math

    import torch

    bot = torch.log_softmax(bot_scores.float(), dim=-1)
    out = bot + contrast * (bot - base_logprobs) if sharpen else bot - contrast * base_logprobs
    implausible = bot < bot.max(dim=-1, keepdim=True).values + math.log(plausible)
    return out.masked_fill(implausible, float("-inf")).to(bot_scores.dtype)


def contrast_processor(model, base_model, attention_mask, cfg: SampleSettings, compute: Compute):
    """A transformers LogitsProcessor for contrastive sampling (it runs before temperature and top-p)."""
    from transformers import LogitsProcessor

    base = BaseForward(model, base_model, attention_mask, compute)
    start = attention_mask.shape[1]  # the prompt's length: tokens after it are generated

    class Contrast(LogitsProcessor):
        def __call__(self, input_ids, scores):
            if input_ids.shape[1] - start < (cfg.plain_start if cfg.plain_start != "auto" else 0):
                return scores  # the first tokens plainly; the base catches up on the next call
            return contrasted(scores, base(input_ids), cfg.contrast, cfg.plausible, cfg.sharpen)

    return Contrast()


def for_bot(cfg: SampleSettings, accounts: int) -> SampleSettings:
    """The sampling settings of a bot of `accounts` accounts: `plain_start: auto` resolved (the
    first token plainly for a cyborg, none for a single account's bot)."""
    if cfg.plain_start != "auto":
        return cfg
    return cfg.model_copy(update={"plain_start": 1 if accounts > 1 else 0})


def can_contrast(model, base_model) -> bool:
    """A LoRA bot contrasts with its own base (adapter off); a full fine-tune needs `base_model`."""
    return base_model is not None or hasattr(model, "disable_adapter")


def base_beside(model, base, compute: Compute):
    """The base model a bot is compared with, for contrast and for how characteristic a sample is:
    None for a LoRA bot (its own base, adapter off), the base model loaded for full weights."""
    if can_contrast(model, None):
        return None
    from generator import basemodel

    return basemodel.load(base)[0].to(compute.device)


def generate(
    model,
    tokenizer,
    cfg: SampleSettings,
    compute: Compute,
    training_texts: list[str] = (),
    stats: dict | None = None,
    per_prompt: int | None = None,
    seed: int | None = None,
    base_model=None,
    avoid: set[str] = frozenset(),
    distinct_openings: bool = False,
) -> list[dict]:
    """[{prompt, text}] with `per_prompt` (default `num_return_sequences`) distinct, non-empty
    predictions per prompt, drawn with `seed` (default `cfg.seed`). Samples that repeat a run of
    8 words from `training_texts` are dropped and counted in `stats` (memorized), as are samples
    that say one word 3 times in a row (looped). With `cfg.contrast` > 0,
    a LoRA bot (or any model given its `base_model`) samples contrastively (module docstring);
    the base model itself, having nothing to contrast with, samples plainly. A sample whose text
    is in `avoid` (e.g. a prediction shown on the page) is drawn again, like a duplicate. With
    `distinct_openings` (the page's predictions), so is a sample that opens with the same three
    words as one already kept, or says a four-word phrase three times (counted as `alike`): a
    rule on the text alone, no model's judgement, so the voice samples, drawn without it, still
    grade the sampler as it is."""
    import torch
    from transformers import LogitsProcessorList

    per_prompt = per_prompt or cfg.num_return_sequences
    seen = memorization_index(list(training_texts))
    stats = stats if stats is not None else {}
    stats.update(drawn=0, memorized=0, looped=0)
    if distinct_openings:
        stats["alike"] = 0
    torch.manual_seed(cfg.seed if seed is None else seed)
    model.eval()
    tokenizer.padding_side = "left"  # decoder-only: pad on the left so prompts end together
    wanted = {prompt: [] for prompt in cfg.prompts}
    for _ in range(MAX_ROUNDS):
        todo = [p for p in cfg.prompts if len(wanted[p]) < per_prompt]
        if not todo:
            break
        # Special tokens: a bot's tokenizer starts each prompt with the post separator, as in training.
        enc = tokenizer(todo, return_tensors="pt", padding=True, add_special_tokens=True)
        enc = {k: v.to(compute.device) for k, v in enc.items()}
        processors = LogitsProcessorList()
        if cfg.contrast > 0 and can_contrast(model, base_model):
            mask = enc["attention_mask"].repeat_interleave(per_prompt, dim=0)  # as generate expands it
            processors.append(contrast_processor(model, base_model, mask, cfg, compute))
        with torch.no_grad(), autocast(compute):
            out = model.generate(
                **enc,
                do_sample=True,
                top_p=cfg.top_p,
                temperature=cfg.temperature,
                min_new_tokens=cfg.min_new_tokens,
                max_new_tokens=cfg.max_new_tokens,
                num_return_sequences=per_prompt,
                pad_token_id=tokenizer.pad_token_id,
                logits_processor=processors,
            )
        new_tokens = out[:, enc["input_ids"].shape[1] :]
        texts = tokenizer.batch_decode(new_tokens, skip_special_tokens=True)
        for i, continuation in enumerate(texts):
            prompt = todo[i // per_prompt]
            text = finish(prompt, continuation)
            stats["drawn"] += 1
            if word_ngrams(text) & seen:
                stats["memorized"] += 1
                continue
            if loops(text[len(prompt) :]):
                stats["looped"] += 1
                continue
            bucket = wanted[prompt]
            if distinct_openings and text not in bucket and alike(prompt, text, bucket):
                stats["alike"] += 1
                continue
            if (
                text
                and text != prompt
                and text not in bucket
                and text not in avoid
                and len(bucket) < per_prompt
            ):
                bucket.append(text)
    return [{"prompt": p, "text": t} for p in cfg.prompts for t in wanted[p]]


def alike(prompt: str, text: str, kept: list[str]) -> bool:
    """Whether `text` opens like one of `kept` (same first three words after the prompt) or says
    a four-word phrase three times (generator/variety.py's checks of a page's predictions)."""
    from generator import variety

    new = variety.continuation({"prompt": prompt, "text": text})
    head = variety.opening(new)
    if variety.repeats_phrase(new):
        return True
    return head is not None and any(
        variety.opening(variety.continuation({"prompt": prompt, "text": k})) == head for k in kept
    )


def continuation_logprob(
    model, tokenizer, items: list[dict], compute: Compute, batch: int = 16
) -> list[float]:
    """Each {prompt, text}'s mean log-probability per token of what follows the prompt, under
    `model` (the prompt is read, not scored)."""
    import torch

    scores: list[float] = []
    model.eval()
    for start in range(0, len(items), batch):
        rows, spans = [], []
        for item in items[start : start + batch]:
            prompt = " ".join(item["prompt"].split())
            head = tokenizer(prompt, add_special_tokens=True)["input_ids"] if prompt else []
            if not head:  # an empty prompt: the separator alone, or the first token is context
                head = tokenizer("", add_special_tokens=True)["input_ids"]
            tail = tokenizer(item["text"][len(prompt) :], add_special_tokens=False)["input_ids"]
            rows.append(head + tail)
            spans.append((len(head), len(head) + len(tail)))
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros_like(ids)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r)
            mask[i, : len(r)] = 1
        with torch.no_grad(), autocast(compute):
            logits = model(input_ids=ids.to(compute.device), attention_mask=mask.to(compute.device)).logits
        logp = torch.log_softmax(logits.float(), dim=-1)
        for i, (lo, hi) in enumerate(spans):
            lo = max(lo, 1)
            if hi <= lo:
                scores.append(0.0)
                continue
            picked = logp[i, lo - 1 : hi - 1].gather(1, ids[i, lo:hi, None].to(logp.device)).squeeze(1)
            scores.append(float(picked.mean()))
    return scores


def characteristic(model, tokenizer, items: list[dict], compute: Compute, base_model=None) -> list[float]:
    """How characteristic of the bot each prediction is: its mean log-likelihood per token under
    the bot minus under the base model. A LoRA bot is its own base with the adapter switched off."""
    bot = continuation_logprob(model, tokenizer, items, compute)
    if base_model is None:
        with model.disable_adapter():
            base = continuation_logprob(model, tokenizer, items, compute)
    else:
        base = continuation_logprob(base_model, tokenizer, items, compute)
    return [round(b - a, 4) for b, a in zip(bot, base, strict=True)]


def most_characteristic(items: list[dict], scores: list[float], per_prompt: int) -> list[dict]:
    """The `per_prompt` highest-scoring items of each prompt, in the order drawn (ties: first drawn)."""
    chosen: list[int] = []
    for prompt in dict.fromkeys(item["prompt"] for item in items):
        mine = [i for i, item in enumerate(items) if item["prompt"] == prompt]
        chosen += sorted(sorted(mine, key=lambda i: -scores[i])[:per_prompt])
    return [items[i] for i in sorted(chosen)]


def start_posts_with_separator(tokenizer):
    """Make `tokenizer` put the post separator (its end-of-text token, which training puts
    between posts) before any text it encodes with special tokens, as it does before every post
    in training: a prompt then reads as the start of a post. Saved with the bot (tokenizer.json's
    post-processor), so `pipeline(...)("My dream is")` in the page's snippet does the same."""
    from tokenizers.processors import TemplateProcessing

    sep = tokenizer.eos_token
    tokenizer.backend_tokenizer.post_processor = TemplateProcessing(
        single=f"{sep} $A", pair=f"{sep} $A {sep} $B", special_tokens=[(sep, tokenizer.eos_token_id)]
    )
    return tokenizer


def finish(prompt: str, continuation: str) -> str:
    """Prompt + continuation, cut at the first newline, whitespace collapsed."""
    first_line = continuation.split("\n", 1)[0]
    return " ".join(f"{prompt}{first_line}".split())


def predictions_json(
    predictions: list[dict], cfg: SampleSettings, key: str = "", stats: dict | None = None, **extra
) -> str:
    """predictions.json: the predictions shown, the settings and key that drew them, their stats,
    and `extra` (voice_samples: the generations the voice figure scores, never shown)."""
    data = {"key": key, "settings": cfg.model_dump(), "predictions": predictions, "stats": stats or {}}
    data.update(extra)
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

"""The voice figure: do a bot's own generations read like its account(s)?

Perplexity says a bot learned an account's text; it does not say that what the bot writes reads
like the person. So every account of the gallery gets a character-level language model, fit on
its *training* posts (the posts training saw; held-out posts stay out), and one more class,
"base", gets one fit on the base model's own generations from the same prompts and sampling
settings. A text is attributed to the class whose model makes it most probable. A bot's **voice**
is the share of its generations attributed to its own account(s) — not to the gallery's other
accounts, nor to the base model. The generations scored are drawn for this alone (their own
seed): none of them is shown on a page or used to choose what is shown.

The models are character n-grams of order 5 with Witten-Bell interpolation (the estimate behind
PPM compression, long a strong baseline for authorship attribution): pure Python, no torch,
deterministic, and fit in about a second per 100,000 characters. Case, punctuation and emoji are
kept: they are part of a voice. Only a generation's own characters are scored; the prompt is
context (every class reads the same prompt), so a bot is never credited for the prompt's words.

Beside each bot's voice, its **variety** (generator/variety.py): whether its samples vary like its
person's own posts or say one phrase again and again, which a voice figure alone would reward.

`check()` states how far the classifier itself can be trusted on this gallery: the share of each
account's held-out posts (never fit on) and of held-out base generations it attributes correctly.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass

from generator import variety

ORDER = 5  # characters of context + 1: P(c | the 4 characters before it), backing off to fewer
START = "\x02"  # pads the context before a text's first character
BASE = "(base model)"  # the class of the base model's own generations (no account folder is named so)
MAX_CHARS = 400_000  # of training posts per account class (a seeded sample beyond): fit in seconds
CHECK_POSTS = 200  # held-out posts per account that check the classifier
METHOD = (
    "character 5-gram language models (Witten-Bell) of each account's training posts and of the "
    "base model's generations; a generation goes to the most probable"
)


class CharModel:
    """P(text) under an order-`order` character model with Witten-Bell interpolation:

        P_k(c | h) = (n(h c) + T(h) · P_{k-1}(c | h')) / (n(h) + T(h))

    where h is the k characters before c, h' the k - 1 before it, n(·) counts in the training
    text and T(h) the number of distinct characters seen after h; P_{-1} is uniform over the
    gallery's alphabet. Unseen contexts leave the lower-order estimate as it is."""

    def __init__(self, texts: list[str], order: int = ORDER):
        self.order = order
        self.grams: Counter[str] = Counter()  # n(h c), for every h of length 0 … order - 1
        for text in texts:
            padded = START * (order - 1) + text
            for k in range(order):  # context length k
                self.grams.update(padded[i - k : i + 1] for i in range(order - 1, len(padded)))
        seen: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for gram, n in self.grams.items():
            seen[gram[:-1]] += n
            types[gram[:-1]] += 1
        self.contexts = {h: (n, types[h]) for h, n in seen.items()}  # h → (n(h), T(h))
        self.alphabet = {g for g in self.grams if len(g) == 1}

    def logprob(self, text: str, context: str = "", alphabet_size: int | None = None) -> float:
        """Natural-log probability of `text`'s characters, each given what precedes it (`context`,
        then the text itself); `context` is read, not scored."""
        uniform = 1.0 / (alphabet_size or len(self.alphabet) + 1)
        padded = START * (self.order - 1) + context + text
        contexts, grams = self.contexts, self.grams
        total = 0.0
        for i in range(len(padded) - len(text), len(padded)):
            c, p = padded[i], uniform
            for k in range(self.order):
                h = padded[i - k : i]
                counts = contexts.get(h)
                if counts is None:
                    break  # a longer context containing an unseen one is unseen too
                seen, types = counts
                p = (grams.get(h + c, 0) + types * p) / (seen + types)
            total += math.log(p)
        return total


class Classifier:
    """One CharModel per class; a text goes to the class that makes it most probable (equal
    priors; ties go to the class listed first)."""

    def __init__(self, classes: dict[str, list[str]], order: int = ORDER):
        self.models = {name: CharModel(texts, order) for name, texts in classes.items()}
        letters = set().union(*(m.alphabet for m in self.models.values())) if self.models else set()
        self.alphabet_size = len(letters) + 1  # + 1: any character no class has seen

    def scores(self, text: str, context: str = "") -> dict[str, float]:
        return {n: m.logprob(text, context, self.alphabet_size) for n, m in self.models.items()}

    def attribute(self, text: str, context: str = "") -> str:
        scores = self.scores(text, context)
        return max(scores, key=scores.get)


@dataclass
class Generation:
    """A sampled prediction as the classifier reads it: the prompt (context) and what the model
    added to it (scored)."""

    prompt: str
    continuation: str


def split_generation(prompt: str, text: str) -> Generation:
    """predictions.json stores prompt + continuation with whitespace collapsed: split it again."""
    prompt = " ".join(prompt.split())
    return Generation(prompt, text[len(prompt) :] if text.startswith(prompt) else text)


def in_check(text: str, seed: int, fraction: float = 0.2) -> bool:
    """A seeded share of the base generations is kept out of the base class, to check it."""
    digest = hashlib.sha256(f"voice:{seed}:{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < fraction


def classifier(
    account_posts: dict[str, list[str]], base_generations: list[Generation], seed: int
) -> tuple[Classifier, list[Generation]]:
    """The gallery's classifier (accounts' training posts + most base generations) and the base
    generations it was not fit on."""
    fit = [g for g in base_generations if not in_check(g.continuation, seed)]
    kept_out = [g for g in base_generations if in_check(g.continuation, seed)]
    classes = {handle: list(posts) for handle, posts in account_posts.items()}
    classes[BASE] = [g.prompt + g.continuation for g in fit]
    return Classifier(classes), kept_out


def attribution(model: Classifier, generations: list[Generation]) -> Counter[str]:
    """How many of `generations` each class gets (every class listed, zeros included)."""
    counts: Counter[str] = Counter({name: 0 for name in model.models})
    for g in generations:
        counts[model.attribute(g.continuation, g.prompt)] += 1
    return counts


def voice(model: Classifier, generations: list[Generation], own: list[str]) -> dict:
    """A bot's voice: the share of its generations attributed to one of its own accounts."""
    counts = attribution(model, generations)
    n = len(generations)
    mine = sum(counts[h] for h in own)
    return {
        "score": round(mine / n, 3) if n else None,
        "own": mine,
        "samples": n,
        "attributed": dict(counts),
        "chance": round(len(own) / len(model.models), 3),
    }


def shortfall(bot: str, figure: dict, asked: int) -> str | None:
    """A warning when a bot's voice rests on fewer samples than asked: its sampler drew that many
    rounds and kept only so many distinct ones that neither repeat its posts nor loop."""
    if figure["samples"] >= asked:
        return None
    return (
        f"{bot}: its voice rests on {figure['samples']} distinct samples of {asked} asked; its "
        "generations repeat themselves (overfit? try fewer epochs or a lower learning_rate)"
    )


def check(model: Classifier, held_out: dict[str, list[str]], base_kept_out: list[Generation]) -> dict:
    """How often the classifier is right where the answer is known: each account's held-out posts
    (never fit on) and the base generations kept out of the base class."""
    out = {}
    for handle, posts in held_out.items():
        right = sum(model.attribute(p) == handle for p in posts)
        out[handle] = {"correct": right, "of": len(posts)}
    right = sum(model.attribute(g.continuation, g.prompt) == BASE for g in base_kept_out)
    out[BASE] = {"correct": right, "of": len(base_kept_out)}
    total = sum(v["of"] for v in out.values())
    return {
        "per_class": out,
        "accuracy": round(sum(v["correct"] for v in out.values()) / total, 3) if total else None,
    }


def capped(texts: list[str], seed: int, max_chars: int = MAX_CHARS) -> list[str]:
    """All of `texts`, or a seeded sample of about `max_chars` characters of them."""
    from generator.train import held_out

    total = sum(len(t) for t in texts)
    return list(texts) if total <= max_chars else [t for t in texts if held_out(t, seed, max_chars / total)]


def gallery(
    posts: dict[str, list[str]],
    members: dict[str, list[str]],
    generations: dict[str, list[dict]],
    base_generations: list[dict],
    seed: int,
    eval_fraction: float,
) -> dict:
    """The voice of every bot of a gallery.

    `posts`: each account's curated posts (split here exactly as training split them: only the
    training share is fit on); `members`: each bot's accounts; `generations`: each bot's voice
    samples and `base_generations` the base model's, as [{prompt, text}]."""
    from generator.train import split_posts

    splits = {h: split_posts(p, seed, eval_fraction) for h, p in posts.items()}
    base = [split_generation(g["prompt"], g["text"]) for g in base_generations]
    model, kept_out = classifier({h: capped(s.train, seed) for h, s in splits.items()}, base, seed)
    checked = check(model, {h: s.eval[:CHECK_POSTS] for h, s in splits.items()}, kept_out)
    bots = {}
    for bot, gens in generations.items():
        cut = [split_generation(g["prompt"], g["text"]) for g in gens]
        bots[bot] = voice(model, cut, members[bot])
        own = [t for h in members[bot] for t in splits[h].train]
        bots[bot]["variety"] = variety.variety([g.continuation for g in cut], own, seed)
    return {
        "method": METHOD,
        "variety_method": variety.METHOD,
        "classes": list(model.models),
        "check": checked,
        "bots": bots,
    }

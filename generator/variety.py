"""The variety figure: does a bot vary like its person, or say one phrase five ways?

The voice figure (generator/voice.py) rewards a bot for sounding like its account; a bot that
says the account's most typical phrase every time scores as well as one that writes like the
person on a good day. So beside the voice stands **variety**: distinct-2 (unique word pairs ÷
all word pairs, lower-cased) over the bot's voice samples with the prompt removed, divided by
the same figure over the person's own posts *at the same count and length* — each sample is
paired with a random post of the bot's account(s) and both are cut to the shorter one's words,
so neither side has more words to repeat itself in. Distinct-n falls as texts grow longer;
cutting pairs equal makes the ratio independent of length. The pairing is drawn `DRAWS` times
(seeded: the same inputs give the same figure) and the median ratio is the figure: 1.0 means
the bot repeats itself as little as its person does, 0.5 that half as many of its word pairs
are new.

Two checks on what a page shows, where a caricature is easiest to see: pairs of shown
predictions that open with the same three words after the prompt, and predictions that say one
phrase of four or more words three times. Pure Python, no torch: it never chooses anything.
"""

from __future__ import annotations

import random
import statistics

DRAWS = 20  # pairings of samples with posts; the median ratio is the figure
OPENING_WORDS = 3  # predictions sharing this many first words (after the prompt) open alike
PHRASE_WORDS = 4  # a phrase of this many words …
PHRASE_TIMES = 3  # … said this many times in one prediction is a repeated phrase
METHOD = (
    "distinct-2 (unique word pairs ÷ word pairs) of the bot's samples over that of the person's "
    "own posts, each sample paired with a random post and both cut to the shorter, median of "
    f"{DRAWS} seeded pairings"
)


def words(text: str) -> list[str]:
    return text.lower().split()


def distinct(texts: list[list[str]], n: int = 2) -> float | None:
    """Distinct-n of word lists: unique n-grams ÷ all n-grams (None when there are none)."""
    grams = [tuple(w[i : i + n]) for w in texts for i in range(len(w) - n + 1)]
    return len(set(grams)) / len(grams) if grams else None


def variety(samples: list[str], posts: list[str], seed: int, draws: int = DRAWS) -> dict | None:
    """The variety of `samples` (continuations, prompt removed) against the person's `posts`:
    {"ratio", "distinct2" (the samples'), "own_distinct2" (the posts'), "samples", "draws"}, both
    distinct figures the medians over the pairings. None without samples or posts of 2+ words."""
    mine = [w for w in map(words, samples) if len(w) >= 2]
    theirs = [w for w in map(words, posts) if len(w) >= 2]
    if not mine or not theirs:
        return None
    rng = random.Random(f"variety:{seed}")
    ratios, bot_d, own_d = [], [], []
    for _ in range(draws):
        picked = (
            rng.sample(theirs, len(mine)) if len(theirs) >= len(mine) else rng.choices(theirs, k=len(mine))
        )
        cut = [min(len(a), len(b)) for a, b in zip(mine, picked, strict=True)]
        b = distinct([w[:k] for w, k in zip(mine, cut, strict=True)])
        o = distinct([w[:k] for w, k in zip(picked, cut, strict=True)])
        bot_d.append(b)
        own_d.append(o)
        ratios.append(b / o)
    return {
        "ratio": round(statistics.median(ratios), 3),
        "distinct2": round(statistics.median(bot_d), 3),
        "own_distinct2": round(statistics.median(own_d), 3),
        "samples": len(mine),
        "draws": draws,
    }


def opening(text: str, n: int = OPENING_WORDS) -> tuple[str, ...] | None:
    """The first `n` words of a continuation, punctuation kept (None if it has fewer)."""
    w = words(text)
    return tuple(w[:n]) if len(w) >= n else None


def shared_openings(continuations: list[str], n: int = OPENING_WORDS) -> int:
    """How many pairs of `continuations` open with the same `n` words."""
    heads = [opening(t, n) for t in continuations]
    return sum(1 for i, a in enumerate(heads) for b in heads[i + 1 :] if a is not None and a == b)


def repeats_phrase(text: str, n: int = PHRASE_WORDS, times: int = PHRASE_TIMES) -> bool:
    """Whether `text` says one phrase of `n` words `times` times or more (overlaps count)."""
    w = words(text)
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(w) - n + 1):
        gram = tuple(w[i : i + n])
        seen[gram] = seen.get(gram, 0) + 1
        if seen[gram] >= times:
            return True
    return False


def shown(predictions: list[dict]) -> dict:
    """The two checks on a page's predictions ([{prompt, text}]): pairs opening alike (per
    prompt) and predictions repeating a phrase."""
    by_prompt: dict[str, list[str]] = {}
    for p in predictions:
        by_prompt.setdefault(p["prompt"], []).append(continuation(p))
    return {
        "shared_openings": sum(shared_openings(c) for c in by_prompt.values()),
        "repeated_phrases": sum(repeats_phrase(c) for c in (continuation(p) for p in predictions)),
        "shown": len(predictions),
    }


def continuation(item: dict) -> str:
    """What a {prompt, text} prediction added to its prompt (texts are stored prompt-first)."""
    prompt = " ".join(item["prompt"].split())
    text = item["text"]
    return text[len(prompt) :] if text.startswith(prompt) else text

"""The bench's own check of a bot's voice, kept apart from the product's figure (generator/voice.py).

A multinomial naive-Bayes classifier over bags of character 1-4-grams, fit on each account's own
posts only (no base-model class, no sequence model, none of generator/voice.py's code), as the
check in issue 13 was: it attributes a text to the account whose posts' n-gram frequencies make it
most likely. `accuracy()` is its score on real held-out posts; `share_own()` the share of a bot's
generations it attributes to the bot's own account(s).
"""

from __future__ import annotations

import math
from collections import Counter

MAX_N = 4
ALPHA = 0.1  # add-α smoothing of every n-gram count


def ngrams(text: str) -> Counter[str]:
    text = " ".join(text.split())
    return Counter(text[i : i + n] for n in range(1, MAX_N + 1) for i in range(len(text) - n + 1))


class NaiveBayes:
    def __init__(self, classes: dict[str, list[str]]):
        self.counts = {}
        self.totals = {}
        vocab: set[str] = set()
        for name, texts in classes.items():
            counts: Counter[str] = Counter()
            for t in texts:
                counts.update(ngrams(t))
            self.counts[name], self.totals[name] = counts, sum(counts.values())
            vocab |= counts.keys()
        self.vocab_size = len(vocab) + 1

    def scores(self, text: str) -> dict[str, float]:
        grams = ngrams(text)
        out = {}
        for name, counts in self.counts.items():
            denominator = math.log(self.totals[name] + ALPHA * self.vocab_size)
            out[name] = sum(n * (math.log(counts.get(g, 0) + ALPHA) - denominator) for g, n in grams.items())
        return out

    def attribute(self, text: str) -> str:
        scores = self.scores(text)
        return max(scores, key=scores.get)


def accuracy(model: NaiveBayes, held_out: dict[str, list[str]]) -> dict:
    per = {
        h: sum(model.attribute(t) == h for t in posts) / len(posts) for h, posts in held_out.items() if posts
    }
    n = sum(len(p) for p in held_out.values())
    right = sum(sum(model.attribute(t) == h for t in posts) for h, posts in held_out.items())
    return {
        "accuracy": round(right / n, 3) if n else None,
        "per_account": {h: round(v, 3) for h, v in per.items()},
    }


def share_own(model: NaiveBayes, texts: list[str], own: list[str]) -> float | None:
    if not texts:
        return None
    return round(sum(model.attribute(t) in own for t in texts) / len(texts), 3)

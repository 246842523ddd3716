"""The voice figure (generator/voice.py) on texts whose answer is known."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from generator import train, voice
from generator.curate import curate
from generator.ingest import load_account

EXAMPLE = Path(__file__).resolve().parents[1] / "site_src" / "accounts"
HANDLES = ["crumbshift", "tidepoolmara", "z80ziggy"]
SEED, FRACTION = 1234, 0.1
# What a small instruct model writes after "My dream is": none of the example personas' words.
BASE_TEXTS = [
    f"My dream is to {verb} and to help people {goal}. I believe that with hard work, "
    f"dedication and a positive mindset, anyone can {goal} and make a difference."
    for verb in ("become a successful entrepreneur", "travel the world", "start a business", "be a doctor")
    for goal in ("achieve their goals", "live a better life", "find happiness", "grow every day", "succeed")
]


@pytest.fixture(scope="module")
def splits():
    return {h: train.split_posts(curate(load_account(EXAMPLE / h)).texts, SEED, FRACTION) for h in HANDLES}


@pytest.fixture(scope="module")
def model(splits):
    base = [voice.split_generation("My dream is", t) for t in BASE_TEXTS]
    clf, _ = voice.classifier({h: s.train for h, s in splits.items()}, base, SEED)
    return clf


def test_probabilities_sum_to_one():
    m = voice.CharModel(["the tide pool at dawn", "the tape loader at dusk"], order=3)
    letters = sorted(m.alphabet) + ["\u2603"]  # every seen character and one never seen
    for context in ("", "th", "xq", "at d"):
        total = sum(math.exp(m.logprob(c, context, len(m.alphabet) + 1)) for c in letters)
        assert total == pytest.approx(1.0, abs=1e-9), context


def test_the_prompt_is_context_not_score(model):
    assert all(v == 0.0 for v in model.scores("", "My dream is").values())
    # Context changes the continuation's probability, and only the continuation is scored.
    assert model.scores(" pool", "tide")["tidepoolmara"] > model.scores(" pool", "xyzw")["tidepoolmara"]


def test_held_out_posts_go_to_their_own_account(model, splits):
    """Posts the classifier never saw: an account's own score high, the others' low."""
    for handle, split in splits.items():
        assert len(split.eval) >= 15
        got = voice.attribution(model, [voice.Generation("", p) for p in split.eval])
        assert got[handle] / len(split.eval) >= 0.8, (handle, got)
        for other in HANDLES:
            if other != handle:
                as_other = voice.voice(model, [voice.Generation("", p) for p in split.eval], [other])
                assert as_other["score"] <= 0.15, (handle, other, as_other)


def test_base_model_writing_goes_to_base(model):
    texts = [
        "My dream is to make the world a better place and to inspire people to achieve their goals.",
        "My dream is to become a doctor and help people find happiness in their lives.",
    ]
    generations = [voice.split_generation("My dream is", t) for t in texts]
    assert voice.attribution(model, generations)[voice.BASE] == 2


def test_a_cyborgs_voice_counts_every_own_account(model, splits):
    posts = [voice.Generation("", p) for h in ("crumbshift", "z80ziggy") for p in splits[h].eval]
    both = voice.voice(model, posts, ["crumbshift", "z80ziggy"])
    one = voice.voice(model, posts, ["crumbshift"])
    assert both["score"] >= 0.8 and 0.3 < one["score"] < 0.7
    assert both["chance"] == pytest.approx(2 / 4) and both["samples"] == len(posts)
    assert sum(both["attributed"].values()) == len(posts)


def test_gallery_is_deterministic_and_checks_itself(splits):
    posts = {h: s.train + s.eval for h, s in splits.items()}
    members = {"crumbshift": ["crumbshift"], "mix": ["tidepoolmara", "z80ziggy"]}
    own = {  # "generations": each bot's accounts' held-out posts, after a prompt
        "crumbshift": [{"prompt": "", "text": t} for t in splits["crumbshift"].eval],
        "mix": [{"prompt": "", "text": t} for h in members["mix"] for t in splits[h].eval],
    }
    base = [{"prompt": "My dream is", "text": t} for t in BASE_TEXTS]
    first = voice.gallery(posts, members, own, base, SEED, FRACTION)
    again = voice.gallery(posts, members, own, base, SEED, FRACTION)
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    assert first["classes"] == [*HANDLES, voice.BASE]
    assert first["bots"]["crumbshift"]["score"] >= 0.8 and first["bots"]["mix"]["score"] >= 0.8
    assert first["check"]["accuracy"] >= 0.8
    held_out_base = first["check"]["per_class"][voice.BASE]["of"]
    assert 0 < held_out_base < len(BASE_TEXTS)  # a seeded share of the base samples checks the base class


def test_capped_text_is_a_stable_sample():
    texts = [f"post {i} " + "x" * 90 for i in range(1000)]  # ~100,000 characters
    few = voice.capped(texts, SEED, max_chars=20_000)
    assert few == voice.capped(texts, SEED, max_chars=20_000)
    assert 15_000 < sum(map(len, few)) < 25_000 and voice.capped(texts, SEED) == texts


def test_real_accounts_held_out_posts(shared_dir):
    """Four real accounts: the classifier attributes their held-out posts as the bench's own
    independent check does (≥ 90 %)."""
    corpora = shared_dir / "corpora"
    names = ["BarackObama", "elonmusk", "neiltyson", "realDonaldTrump"]
    if not all((corpora / f"{n}.csv").is_file() for n in names):
        pytest.skip("the real corpora are not in ../shared/corpora")
    splits = {
        n: train.split_posts(curate(load_account(corpora / f"{n}.csv")).texts, SEED, FRACTION) for n in names
    }
    model = voice.Classifier({n: s.train[:1200] for n, s in splits.items()})
    checked = voice.check(model, {n: s.eval[:60] for n, s in splits.items()}, [])
    assert checked["accuracy"] >= 0.9, checked


def test_a_voice_on_fewer_samples_than_asked_is_warned_of():
    """A bot whose generations collapse into repeats (9 distinct of 96 drawn, as one of the
    example's bots did with LoRA+ 4) gets its voice on what was kept, and the builder is told."""
    assert voice.shortfall("ada", {"samples": 24}, 24) is None
    warning = voice.shortfall("ada", {"samples": 9}, 24)
    assert warning.startswith("ada: its voice rests on 9 distinct samples of 24 asked")
    assert "\n" not in warning

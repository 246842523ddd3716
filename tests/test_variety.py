"""The variety figure (generator/variety.py) on texts whose answer is known."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import train, variety
from generator.curate import curate
from generator.ingest import load_account

EXAMPLE = Path(__file__).resolve().parents[1] / "site_src" / "accounts"
HANDLES = ["crumbshift", "tidepoolmara", "z80ziggy"]
SEED, FRACTION = 1234, 0.1


def split(handle: str):
    return train.split_posts(curate(load_account(EXAMPLE / handle)).texts, SEED, FRACTION)


def test_distinct():
    assert variety.distinct([["a", "b", "c"], ["a", "b", "d"]]) == pytest.approx(3 / 4)
    assert variety.distinct([["a"]]) is None


@pytest.mark.parametrize("handle", HANDLES)
def test_an_accounts_own_held_out_posts_vary_like_it(handle):
    """Held-out posts the figure never paired with: the person's own variety, ~1.0×."""
    s = split(handle)
    figure = variety.variety(s.eval, s.train, SEED)
    assert figure["samples"] == len(s.eval) >= 15
    assert 0.93 <= figure["ratio"] <= 1.07, figure


def test_one_post_said_again_and_again_scores_low():
    s = split("tidepoolmara")
    figure = variety.variety([s.eval[0]] * 24, s.train, SEED)
    assert figure["ratio"] < 0.2, figure


def test_one_opening_for_every_sample_scores_lower():
    """The caricature of issue 36: every sample turns on the same phrase."""
    s = split("crumbshift")
    same = [f"the first one looks like a croissant and {p}" for p in s.eval[:24]]
    plain = variety.variety(s.eval[:24], s.train, SEED)["ratio"]
    assert variety.variety(same, s.train, SEED)["ratio"] < 0.85 * plain


def test_the_figure_is_seeded():
    s = split("z80ziggy")
    assert variety.variety(s.eval, s.train, 7) == variety.variety(s.eval, s.train, 7)


def test_nothing_to_measure():
    assert variety.variety([], ["a post of words"], SEED) is None
    assert variety.variety(["one"], ["a post of words"], SEED) is None


def test_openings_and_phrases_of_shown_predictions():
    shown = [
        {"prompt": "My dream is", "text": "My dream is I get to sit on a rock"},
        {"prompt": "My dream is", "text": "My dream is I get to swim"},
        {"prompt": "My dream is", "text": "My dream is i get TO nap"},
        {"prompt": "My dream is", "text": "My dream is a tide pool"},
        {
            "prompt": "My dream is",
            "text": "My dream is the picture on the right, the picture on the "
            "right, the picture on the right",
        },
    ]
    got = variety.shown(shown)
    assert got == {"shared_openings": 3, "repeated_phrases": 1, "shown": 5}
    assert not variety.repeats_phrase("on the right and on the right")


def test_real_accounts_held_out_posts(shared_dir, tmp_path):
    """On real tweet corpora, too, a person's held-out posts vary like their training posts."""
    for name in ("BarackObama", "realDonaldTrump"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy2(shared_dir / "corpora" / f"{name}.csv", folder / "posts.csv")
        s = train.split_posts(curate(load_account(folder)).texts, SEED, FRACTION)
        figure = variety.variety(s.eval, s.train, SEED)
        assert 0.93 <= figure["ratio"] <= 1.07, (name, figure)

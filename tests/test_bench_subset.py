"""The train benchmark's held-out subset is spread over the whole corpus (bench.trainbench.spread):
exports list posts newest first, so the first N held-out posts would all come from one era."""

from __future__ import annotations

import pytest

from bench.common import corpus_path, load_corpus
from bench.trainbench import prepare_data, spread


def test_spread_takes_evenly_spaced_items_in_order():
    items = list(range(10))
    assert spread(items, 5) == [0, 2, 4, 6, 8]
    assert spread(items, 3) == [0, 3, 6]
    assert spread(items, 1) == [0]
    assert spread(items, 0) == []


def test_spread_keeps_everything_when_asked_for_as_many_or_more():
    items = ["a", "b", "c"]
    assert spread(items, 3) == items and spread(items, 7) == items
    assert spread(items, 3) is not items  # a copy: the caller may extend it


def test_spread_over_317_posts_reaches_the_last_tenth():
    picked = spread(list(range(317)), 100)
    assert len(picked) == 100 == len(set(picked)) and picked == sorted(picked)
    assert picked[0] == 0 and picked[-1] >= 310
    gaps = {b - a for a, b in zip(picked, picked[1:], strict=False)}
    assert gaps <= {3, 4}  # no stretch of the corpus is left out


@pytest.mark.skipif(corpus_path() is None, reason="../shared (the real tweet corpus) not present")
def test_the_benchmarks_held_out_subset_spans_the_real_corpus():
    from generator.settings import TrainSettings
    from generator.train import split_posts

    cfg = TrainSettings()
    data = prepare_data(100, None, synthetic_ok=False)
    held_out = split_posts(data.corpus.texts, cfg.seed, cfg.eval_fraction).eval
    assert held_out == data.subset and len(data.subset) == 100  # what train.train holds out
    everything = split_posts(load_corpus().texts, cfg.seed, cfg.eval_fraction).eval  # all held-out posts
    assert len(everything) == data.held_out_posts > 200
    positions = [everything.index(post) for post in data.subset]
    assert positions[0] == 0 and positions[-1] >= len(everything) * 0.95  # newest to oldest
    assert data.subset != everything[:100]


def test_the_train_table_says_which_held_out_posts_a_result_read():
    from bench.table import subset_kind

    assert (
        subset_kind({"eval_subset_posts": 100, "eval_subset": "spread"}) == "100 posts spread over the corpus"
    )
    assert subset_kind({"eval_subset_posts": 100}) == "its newest 100 posts"  # results before the spread

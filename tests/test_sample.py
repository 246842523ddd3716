"""Sampling helpers: cutting, memorization filter, and seeded batched generation on the tiny model."""

from __future__ import annotations

import pytest

from generator import basemodel, sample
from generator.device import pick
from generator.settings import SampleSettings
from tests.tinymodel import make_tiny_model


def test_finish_cuts_at_first_newline_and_collapses_spaces():
    assert sample.finish("My dream is", " to bake\nsecond line") == "My dream is to bake"
    assert sample.finish("My dream is", "   \n") == "My dream is"


def test_memorization_index_catches_eight_word_runs():
    index = sample.memorization_index(["one two three four five six seven eight nine"])
    assert sample.word_ngrams("ONE two three four five six seven eight") & index
    assert not sample.word_ngrams("one two three four five six seven nope") & index


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    base = basemodel.resolve(str(make_tiny_model(tmp_path_factory.mktemp("tiny") / "m")))
    return basemodel.load(base)


def test_generate_is_seeded_distinct_and_counts(tiny):
    model, tokenizer = tiny
    cfg = SampleSettings(prompts=["My dream is", "Today"], max_new_tokens=8, min_new_tokens=2)
    stats: dict = {}
    first = sample.generate(model, tokenizer, cfg, pick("cpu", "float32"), [], stats)
    again = sample.generate(model, tokenizer, cfg, pick("cpu", "float32"))
    assert first == again
    for prompt in cfg.prompts:
        texts = [p["text"] for p in first if p["prompt"] == prompt]
        assert len(texts) == 5 and len(set(texts)) == 5 and all(t.startswith(prompt) for t in texts)
    assert stats["drawn"] >= 10 and stats["memorized"] == 0

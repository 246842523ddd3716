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


def test_loops_are_one_word_three_times_in_a_row():
    assert sample.loops("a square square SQUARE box")
    assert not sample.loops("square one, square two, square three")
    assert not sample.loops("ha ha") and not sample.loops("")


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
    assert stats["drawn"] >= 10 and stats["memorized"] == 0 and "looped" in stats
    assert not any(sample.loops(p["text"]) for p in first)


def test_texts_to_avoid_are_drawn_again(tiny):
    """The voice's samples never repeat a shown prediction, even when a draw comes out the same."""
    model, tokenizer = tiny
    cfg = SampleSettings(prompts=["My dream is"], max_new_tokens=8, min_new_tokens=2)
    shown = {p["text"] for p in sample.generate(model, tokenizer, cfg, pick("cpu", "float32"))}
    again = sample.generate(model, tokenizer, cfg, pick("cpu", "float32"), avoid=shown)
    assert len(again) == 5 and not shown & {p["text"] for p in again}


def test_a_prompt_starts_after_the_post_separator(tiny):
    import copy

    model, tokenizer = tiny[0], sample.start_posts_with_separator(copy.deepcopy(tiny[1]))
    assert tokenizer("My dream is")["input_ids"][0] == tokenizer.eos_token_id
    assert tokenizer("")["input_ids"] == [tokenizer.eos_token_id]  # an empty prompt: a whole post
    cfg = SampleSettings(prompts=[""], max_new_tokens=8, min_new_tokens=2, num_return_sequences=3)
    assert len(sample.generate(model, tokenizer, cfg, pick("cpu", "float32"))) == 3


def test_the_most_characteristic_are_chosen_per_prompt_in_drawing_order():
    items = [{"prompt": p, "text": f"{p} {i}"} for p in ("a", "b") for i in range(4)]
    scores = [0.1, 0.9, 0.5, 0.7, 0.0, -1.0, 2.0, 0.3]
    chosen = sample.most_characteristic(items, scores, 2)
    assert [c["text"] for c in chosen] == ["a 1", "a 3", "b 2", "b 3"]


def test_characteristic_is_bot_minus_base_per_token(tiny):
    """A fresh LoRA adapter (B = 0) is the base model exactly: every score is 0; a nudged one
    makes its own favourite continuation score higher."""
    import torch
    from peft import LoraConfig, get_peft_model

    model, tokenizer = tiny
    bot = get_peft_model(model, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    items = [{"prompt": "My dream is", "text": "My dream is to bake bread"}, {"prompt": "", "text": "Hello"}]
    compute = pick("cpu", "float32")
    assert sample.characteristic(bot, tokenizer, items, compute) == [0.0, 0.0]
    single = sample.continuation_logprob(bot, tokenizer, items[:1], compute)
    assert single == sample.continuation_logprob(bot, tokenizer, items, compute)[:1]  # padding is inert
    with torch.no_grad():
        for name, p in bot.named_parameters():
            if "lora_B" in name:
                p.add_(0.05)
    assert sample.characteristic(bot, tokenizer, items, compute) != [0.0, 0.0]
    bot.unload()


def test_alike_predictions_open_the_same_or_repeat_a_phrase():
    kept = ["My dream is I get to sit on a rock"]
    assert sample.alike("My dream is", "My dream is i get TO swim", kept)
    assert not sample.alike("My dream is", "My dream is I got to swim", kept)
    assert sample.alike(
        "My dream is", "My dream is on the right, on the right, on the right, on the right", []
    )
    assert not sample.alike("My dream is", "My dream is short", kept)  # under three words: no opening


def test_shown_predictions_open_differently(tiny):
    """The page's predictions (distinct_openings): no two share their first three words after
    the prompt; what was passed over is counted."""
    from generator import variety

    model, tokenizer = tiny
    cfg = SampleSettings(prompts=["My dream is"], max_new_tokens=8, min_new_tokens=4)
    stats: dict = {}
    shown = sample.generate(model, tokenizer, cfg, pick("cpu", "float32"), [], stats, distinct_openings=True)
    assert "alike" in stats and stats["drawn"] >= len(shown)
    got = variety.shown(shown)
    assert got["shared_openings"] == 0 and got["repeated_phrases"] == 0

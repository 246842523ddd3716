"""Contrastive sampling (generator/sample.py): the arithmetic, the base model's cached forward,
and what it does to generation on the tiny model."""

from __future__ import annotations

import math

import pytest
import torch

from generator import basemodel, sample
from generator.device import pick
from generator.settings import SampleSettings
from tests.tinymodel import make_tiny_model

CPU = pick("cpu", "float32")


def test_contrasted_is_bot_plus_contrast_times_difference_among_plausible_tokens():
    bot = torch.log(torch.tensor([[0.6, 0.3, 0.05, 0.05]]))
    base = torch.log(torch.tensor([[0.3, 0.6, 0.05, 0.05]]))
    out = sample.contrasted(bot, base, contrast=1.0, plausible=0.1)
    assert out[0, 0].item() == pytest.approx(2 * math.log(0.6) - math.log(0.3), abs=1e-5)
    assert out[0, 1].item() == pytest.approx(2 * math.log(0.3) - math.log(0.6), abs=1e-5)
    assert out[0, 2].item() == out[0, 3].item() == float("-inf")  # under 0.1 × 0.6: implausible
    plain = sample.contrasted(bot, base, contrast=0.0, plausible=1e-9)
    assert torch.allclose(plain, torch.log_softmax(bot, -1))
    # unnormalized scores (raw logits) are read as the probabilities they stand for
    assert torch.allclose(sample.contrasted(bot + 7.0, base, 1.0, 0.1), out)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    base = basemodel.resolve(str(make_tiny_model(tmp_path_factory.mktemp("tiny") / "m")))
    model, tokenizer = basemodel.load(base)
    tokenizer.padding_side = "left"
    return model, tokenizer


def lora(model, nudge: float):
    from peft import LoraConfig, get_peft_model

    bot = get_peft_model(model, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    with torch.no_grad():
        for name, p in bot.named_parameters():
            if "lora_B" in name:
                p.add_(nudge)
    return bot


def test_the_cached_base_forward_is_the_full_forward_with_left_padding(tiny):
    """Step by step with its own cache, left-padded rows of different lengths: the base model's
    log-probabilities equal one full forward of the whole sequence, adapter off."""
    model, tokenizer = tiny
    bot = lora(model, 0.05)
    try:
        enc = tokenizer(["My dream is", "Hi"], return_tensors="pt", padding=True)
        ids, mask = enc["input_ids"], enc["attention_mask"]
        forward = sample.BaseForward(bot, None, mask, CPU)
        steps = [forward(ids)]
        for token in ([5, 9], [11, 3], [7, 7]):
            ids = torch.cat([ids, torch.tensor([token]).T], dim=1)
            steps.append(forward(ids))
        full_mask = torch.cat([mask, torch.ones(2, 3, dtype=mask.dtype)], dim=1)
        positions = (full_mask.cumsum(-1) - 1).clamp(min=0)
        with torch.no_grad(), bot.disable_adapter():
            logits = bot(input_ids=ids, attention_mask=full_mask, position_ids=positions).logits
        want = torch.log_softmax(logits.float(), -1)
        width = mask.shape[1]
        for k, got in enumerate(steps):
            assert torch.allclose(got, want[:, width - 1 + k], atol=1e-4), k
        with torch.no_grad():
            with_adapter = torch.log_softmax(bot(input_ids=ids, attention_mask=full_mask).logits[:, -1], -1)
        assert not torch.allclose(steps[-1], with_adapter, atol=1e-4)  # it really was the base
    finally:
        bot.unload()


def test_contrast_is_seeded_and_moves_samples_only_where_the_bot_differs(tiny):
    """The sharpening form leaves tokens both models rate alike as they are. (The default form,
    log p_bot − contrast × log p_base, deliberately does not: among the plausible tokens it
    prefers the less likely where the two agree — test_without_sharpening_… above.)"""
    model, tokenizer = tiny
    cfg = SampleSettings(prompts=["My dream is", "Today"], max_new_tokens=8, min_new_tokens=2, sharpen=True)
    plain_cfg = cfg.model_copy(update={"contrast": 0.0})
    same = lora(model, 0.0)  # B = 0: the bot is its base, so contrast only cuts implausible tokens
    try:
        loose = cfg.model_copy(update={"plausible": 1e-12})
        plain = sample.generate(same, tokenizer, plain_cfg, CPU)
        assert sample.generate(same, tokenizer, loose, CPU) == plain
    finally:
        same.unload()
    bot = lora(model, 0.05)
    try:
        first = sample.generate(bot, tokenizer, cfg, CPU)
        assert first == sample.generate(bot, tokenizer, cfg, CPU)
        assert first != sample.generate(bot, tokenizer, plain_cfg, CPU)
        assert len(first) == 10
    finally:
        bot.unload()


def test_a_model_without_an_adapter_samples_plainly_unless_given_its_base(tiny):
    model, tokenizer = tiny
    cfg = SampleSettings(prompts=["My dream is"], max_new_tokens=6, min_new_tokens=2)
    assert not sample.can_contrast(model, None) and sample.can_contrast(model, model)
    plain = sample.generate(model, tokenizer, cfg.model_copy(update={"contrast": 0.0}), CPU)
    assert sample.generate(model, tokenizer, cfg, CPU) == plain  # the base model's own samples
    loose = cfg.model_copy(update={"plausible": 1e-12, "sharpen": True})
    assert sample.generate(model, tokenizer, loose, CPU, base_model=model) == plain  # itself: no change


def test_contrast_resamples_the_bots_but_not_the_base_models_samples(tmp_path):
    """A new `sample.contrast` draws the bots' predictions again (the sample key changes) but
    keeps the base model's own samples, which are drawn plainly either way."""
    import yaml

    from generator.build import base_samples_key, sample_key
    from generator.scaffold import scaffold
    from generator.settings import Site

    scaffold(tmp_path / "s")
    site_yaml = tmp_path / "s" / "site_src" / "site.yaml"
    before = Site(tmp_path / "s")
    data = yaml.safe_load(site_yaml.read_text()) or {}
    data.setdefault("sample", {})["contrast"] = 0.5
    site_yaml.write_text(yaml.safe_dump(data))
    after = Site(tmp_path / "s")
    assert after.settings.sample.contrast == 0.5 and before.settings.sample.contrast == 1.5
    assert base_samples_key(after) == base_samples_key(before)
    assert sample_key("t", after) != sample_key("t", before)


def test_the_base_beside_a_lora_bot_is_itself_and_beside_full_weights_is_loaded(tiny, tmp_path):
    model, _ = tiny
    base = basemodel.resolve(str(make_tiny_model(tmp_path / "m")))
    bot = lora(model, 0.0)
    try:
        assert sample.base_beside(bot, base, CPU) is None  # its adapter switches off
    finally:
        bot.unload()
    loaded = sample.base_beside(model, base, CPU)  # full weights: the base model, loaded
    assert loaded is not None and loaded is not model and not sample.can_contrast(loaded, None)


def test_the_default_form_does_not_sharpen_the_bot():
    """sharpen false (the default): log p_bot − contrast × log p_base. The bot's probabilities are
    not raised to the power 1 + contrast; where both models agree a token weighs
    (1 − contrast) × log p, so above contrast 1 the less likely plausible token is preferred."""
    bot = torch.log(torch.tensor([[0.6, 0.3, 0.05, 0.05]]))
    base = torch.log(torch.tensor([[0.3, 0.6, 0.05, 0.05]]))
    out = sample.contrasted(bot, base, contrast=0.5, plausible=0.01, sharpen=False)
    assert out[0, 0].item() == pytest.approx(math.log(0.6) - 0.5 * math.log(0.3), abs=1e-5)
    assert out[0, 2].item() == pytest.approx(math.log(0.05) - 0.5 * math.log(0.05), abs=1e-5)
    sharp = sample.contrasted(bot, base, contrast=0.5, plausible=0.01)
    assert sharp[0, 2].item() == pytest.approx(1.5 * math.log(0.05) - 0.5 * math.log(0.05), abs=1e-5)
    agree = torch.log(torch.tensor([[0.5, 0.3, 0.2]]))
    out = sample.contrasted(agree, agree, contrast=1.5, plausible=0.01, sharpen=False)
    assert out[0, 2] > out[0, 1] > out[0, 0]


def test_plain_first_tokens_then_the_base_catches_up(tiny):
    """With `plain_start`, the base model is first called after a few generated tokens: it reads
    them all at once and gives what a full forward gives."""
    model, tokenizer = tiny
    bot = lora(model, 0.05)
    try:
        enc = tokenizer(["My dream is", "Hi"], return_tensors="pt", padding=True)
        ids, mask = enc["input_ids"], enc["attention_mask"]
        late = torch.cat([ids, torch.tensor([[5, 9], [11, 3], [7, 7]]).T], dim=1)
        got = sample.BaseForward(bot, None, mask, CPU)(late)
        full_mask = torch.cat([mask, torch.ones(2, 3, dtype=mask.dtype)], dim=1)
        positions = (full_mask.cumsum(-1) - 1).clamp(min=0)
        with torch.no_grad(), bot.disable_adapter():
            logits = bot(input_ids=late, attention_mask=full_mask, position_ids=positions).logits
        assert torch.allclose(got, torch.log_softmax(logits[:, -1].float(), -1), atol=1e-4)
        cfg = SampleSettings(prompts=["My dream is"], max_new_tokens=8, min_new_tokens=4, plain_start=3)
        first = sample.generate(bot, tokenizer, cfg, CPU)
        assert first == sample.generate(bot, tokenizer, cfg, CPU) and len(first) == 5
    finally:
        bot.unload()

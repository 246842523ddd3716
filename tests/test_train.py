"""Training logic on a tiny random-init model (seconds), plus the pure helpers."""

from __future__ import annotations

import json
import math

import pytest

from generator import basemodel, train
from generator.curate import Curated
from generator.device import pick
from generator.settings import TrainSettings
from tests.tinymodel import make_tiny_model

VOICE = [
    f"the tide pool at dawn had {n} ochre stars and {n + 2} green anemones under the kelp" for n in range(120)
]


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory):
    folder = make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")
    return basemodel.resolve(str(folder))


def corpus(texts, handle="mara") -> Curated:
    return Curated(handle, handle.title(), len(texts), 0, 0, len(texts), texts=list(texts))


def test_held_out_is_stable_and_about_ten_percent():
    texts = [f"post number {i} about bread" for i in range(2000)]
    first = [train.held_out(t, 7, 0.1) for t in texts]
    assert first == [train.held_out(t, 7, 0.1) for t in texts]
    assert 0.08 < sum(first) / len(first) < 0.12
    assert first != [train.held_out(t, 8, 0.1) for t in texts]  # the seed matters


def test_split_never_splits_a_post_and_holds_out_at_least_one():
    split = train.split_posts(["a b c", "d e f"], seed=1, fraction=0.0)
    assert len(split.eval) == 1 and len(split.train) == 1
    assert set(split.train + split.eval) == {"a b c", "d e f"}


def test_balance_gives_each_account_equal_text():
    short = ["x" * 10] * 3  # 30 chars
    long = ["y" * 100] * 3  # 300 chars
    mixed = train.balance([short, long])
    chars_x = sum(len(t) for t in mixed if t.startswith("x"))
    chars_y = sum(len(t) for t in mixed if t.startswith("y"))
    assert chars_y == 300 and 300 <= chars_x < 310


def test_blocks_join_posts_with_eos(tiny_base):
    _, tokenizer = basemodel.load(tiny_base)
    blocks = train.to_blocks(tokenizer, ["one two", "three"], block_size=4)
    flat = [t for b in blocks for t in b]
    assert flat.count(tokenizer.eos_token_id) == 2 and flat[-1] == tokenizer.eos_token_id
    assert all(len(b) == 4 for b in blocks[:-1])


def test_rows_keep_posts_whole_after_the_separator(tiny_base):
    _, tokenizer = basemodel.load(tiny_base)
    eos = tokenizer.eos_token_id
    posts = ["one two three four", "five six", "seven eight nine ten eleven twelve", "x " * 40]
    rows = train.to_rows(tokenizer, posts, block_size=12)
    assert all(r[0] == eos and len(r) <= 12 for r in rows)
    ids = [tokenizer(p, add_special_tokens=False)["input_ids"] for p in posts[:3]]
    flat = [t for r in rows for t in r]
    for post in ids:  # each short post appears whole, right after a separator
        assert any(flat[i - 1] == eos and flat[i : i + len(post)] == post for i in range(1, len(flat)))
    assert rows[-1] == [eos] + tokenizer(posts[3], add_special_tokens=False)["input_ids"][:11]  # cut


def test_learning_rate_warms_up_then_decays():
    cfg = TrainSettings(learning_rate=1e-3, warmup_fraction=0.1)
    lrs = [train.lr_at(s, 100, cfg) for s in range(100)]
    assert lrs[0] < lrs[9] == pytest.approx(1e-3)
    assert lrs[-1] < lrs[50] < lrs[10]
    assert min(lrs[10:]) >= 1e-4 * 0.99  # never below 10 % of the peak


def test_by_default_the_first_step_runs_at_the_peak_learning_rate():
    cfg = TrainSettings(learning_rate=2e-3)  # no warm-up: it cost steps to quality (bench/README.md)
    lrs = [train.lr_at(s, 238, cfg) for s in range(238)]
    assert lrs[0] == lrs[1] == pytest.approx(2e-3)
    assert all(a >= b for a, b in zip(lrs, lrs[1:], strict=False))  # then only down the cosine
    assert lrs[-1] == pytest.approx(2e-4, rel=1e-3)


def test_tiny_model_learns_and_metrics_are_complete(tiny_base, tmp_path):
    cfg = TrainSettings(max_steps=40, batch_size=4, block_size=32, learning_rate=3e-3, eval_every=20)
    compute = pick("cpu", "float32")
    steps = []
    result = train.train(
        [corpus(VOICE)],
        tiny_base,
        cfg,
        compute,
        lambda: basemodel.load(tiny_base),
        lambda *a: steps.append(a),
    )
    m = result.metrics
    for key in (
        "base_eval_loss",
        "eval_loss",
        "base_perplexity",
        "perplexity",
        "train_tokens",
        "steps",
        "planned_steps",
    ):
        assert key in m
    assert m["stopped_by"] == "plan" and result.timings["train_seconds"] > 0
    assert m["steps"] == 40 and len(steps) == 40
    assert m["eval_loss"] < m["base_eval_loss"]
    assert m["perplexity"] == pytest.approx(math.exp(m["eval_loss"]), rel=1e-3)
    assert any("eval_loss" in p for p in m["curve"][:-1])  # intermediate evaluations

    out = tmp_path / "models" / "mara"
    train.save(result, out, tiny_base, cfg, {"train_key": "k"})
    saved = json.loads((out / "metrics.json").read_text())
    assert saved["train_key"] == "k" and saved["eval_loss"] == m["eval_loss"]
    assert json.loads((out / "timings.json").read_text()) == result.timings
    # The saved tokenizer starts every prompt with the post separator, as training starts posts.
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(out)
    assert tokenizer("My dream is")["input_ids"][0] == tokenizer.eos_token_id
    assert tokenizer("My dream is", add_special_tokens=False)["input_ids"][0] != tokenizer.eos_token_id
    assert (out / "adapter_config.json").is_file() and (out / "tokenizer.json").is_file()
    assert [p.name for p in out.parent.iterdir()] == ["mara"]  # no temp folder left behind


def test_training_is_seeded(tiny_base):
    cfg = TrainSettings(max_steps=5, batch_size=2, block_size=32)
    compute = pick("cpu", "float32")

    def run():
        return train.train([corpus(VOICE)], tiny_base, cfg, compute, lambda: basemodel.load(tiny_base))

    assert run().metrics["eval_loss"] == run().metrics["eval_loss"]


def test_time_cap_stops_training_and_says_so(tiny_base):
    cfg = TrainSettings(max_steps=100_000, epochs=1000, batch_size=2, block_size=32, max_minutes=0.02)
    result = train.train(
        [corpus(VOICE)], tiny_base, cfg, pick("cpu", "float32"), lambda: basemodel.load(tiny_base)
    )
    assert result.timings["train_seconds"] < 1.2 * 60 * 0.02 + 1
    assert result.metrics["steps"] < 100_000 and result.metrics["stopped_by"] == "max_minutes"


def test_without_a_cap_the_plan_alone_decides(tiny_base, monkeypatch):
    """No clock in the plan: even when every step seems to take a minute, all planned steps run."""
    clock = iter(range(0, 10**9, 60))
    monkeypatch.setattr(train.time, "perf_counter", lambda: float(next(clock)))
    cfg = TrainSettings(max_steps=30, epochs=1000, batch_size=2, block_size=32)
    assert cfg.max_minutes is None
    result = train.train(
        [corpus(VOICE)], tiny_base, cfg, pick("cpu", "float32"), lambda: basemodel.load(tiny_base)
    )
    assert result.metrics["steps"] == 30 and result.metrics["stopped_by"] == "plan"


def test_full_fine_tuning_saves_weights(tiny_base, tmp_path):
    cfg = TrainSettings(method="full", max_steps=3, batch_size=2, block_size=32, learning_rate=1e-3)
    result = train.train(
        [corpus(VOICE)], tiny_base, cfg, pick("cpu", "float32"), lambda: basemodel.load(tiny_base)
    )
    train.save(result, tmp_path / "full", tiny_base, cfg, {})
    assert (tmp_path / "full" / "model.safetensors").is_file()
    assert not (tmp_path / "full" / "adapter_config.json").exists()


def test_step_plan_follows_the_budget():
    cfg = TrainSettings(batch_size=4, epochs=2.0, max_steps=300)
    assert train.planned_steps(cfg, 10) == 6  # 3 batches an epoch, 2 epochs
    assert train.planned_steps(cfg, 10_000) == 300  # capped
    assert [s for s in range(1, 60) if train.replan_due(s)] == [3, 10, 25, 50]
    # 10 s spent of 90 at 2 s a step: 40 more fit, but never more than planned nor fewer than done
    assert train.replanned_total(5, 300, 90.0, 10.0, 2.0) == 45
    assert train.replanned_total(5, 20, 90.0, 10.0, 2.0) == 20
    assert train.replanned_total(5, 300, 90.0, 95.0, 2.0) == 5


def test_auto_compile_is_decided_by_the_plan_and_the_settings_only(monkeypatch):
    """train.compile "auto" compiles a plan of 200 steps or more where a compiler is there; true
    and false are obeyed; nothing about the machine's load or compile cache enters."""
    auto = TrainSettings()
    assert auto.compile == "auto"
    monkeypatch.setattr(train.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert train.compile_wanted(auto, train.COMPILE_MIN_STEPS, "cpu")
    assert not train.compile_wanted(auto, train.COMPILE_MIN_STEPS - 1, "cpu")  # a small bot
    assert not train.compile_wanted(auto, 300, "mps")
    assert not train.compile_wanted(TrainSettings(max_minutes=2), 300, "cpu")  # a first compile: ~1.5 min
    assert train.compile_wanted(TrainSettings(max_minutes=30), 300, "cpu")
    assert train.compile_wanted(TrainSettings(compile=True), 1, "cpu")
    assert not train.compile_wanted(TrainSettings(compile=False), 300, "cpu")
    monkeypatch.setattr(train.shutil, "which", lambda name: None)  # no C++ compiler: eager
    assert not train.compile_wanted(auto, 300, "cpu")


def test_compile_setting_reads_auto_true_and_false_from_the_environment(tmp_path, monkeypatch):
    from generator.settings import load_settings

    (tmp_path / "site.yaml").write_text("title: t\n")
    for value, want in (("auto", "auto"), ("false", False), ("true", True), ("off", False)):
        monkeypatch.setenv("HTSITE_COMPILE", value)
        assert load_settings(tmp_path / "site.yaml").train.compile == want


def test_compiled_training_keeps_its_compile_cache_with_htsite_cache(tiny_base, tmp_path, monkeypatch):
    """torch.compile's cache goes to HTSITE_CACHE (compiled once per machine), not to /tmp."""
    import os

    monkeypatch.setenv("HTSITE_CACHE", str(tmp_path))
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", "unset-after-the-test")
    monkeypatch.delenv("TORCHINDUCTOR_CACHE_DIR")
    model, _ = basemodel.load(tiny_base)
    run = train.prepare_training(model, TrainSettings(compile=True), pick("cpu", "float32"), cached=False)
    assert os.environ["TORCHINDUCTOR_CACHE_DIR"] == str(tmp_path / "torch-compile")
    assert run.step_loss._compiled  # torch.compile wraps now and compiles at the first step


def test_lora_plus_trains_the_b_matrices_at_ratio_times_the_learning_rate(tiny_base):
    """LoRA+ (train.lora_plus_ratio): one optimizer group holds exactly the B matrices and steps
    at ratio × the schedule's rate; the A matrices step at the rate itself."""
    import torch

    from generator import distributed

    model, tokenizer = basemodel.load(tiny_base)
    cfg = TrainSettings(lora_plus_ratio=8.0, lora_layers=1, block_size=16)
    run = train.prepare_training(model, cfg, pick("cpu", "float32"), cached=False)
    names = {id(p): name for name, p in run.core.named_parameters()}
    rest, b = run.optimizer.param_groups
    assert b["lr_scale"] == 8.0 and rest["lr_scale"] == 1.0
    assert b["params"] and all(".lora_B." in names[id(p)] for p in b["params"])
    assert rest["params"] and not any(".lora_B." in names[id(p)] for p in rest["params"])
    assert len(b["params"]) + len(rest["params"]) == len(run.params)
    ids = torch.tensor([train.to_blocks(tokenizer, VOICE[:4], 16)[0]])
    batch = (ids, torch.ones_like(ids), ids.clone())
    before = [p.detach().clone() for p in b["params"]]
    train.train_step(run, batch, None, 1e-3, pick("cpu", "float32"), distributed.Team())
    assert (rest["lr"], b["lr"]) == (1e-3, 8e-3)
    # Adam's first step moves a weight by ~its learning rate: the B matrices by 8e-3
    moved = max(float((p.detach() - old).abs().max()) for p, old in zip(b["params"], before, strict=True))
    assert moved == pytest.approx(8e-3, rel=1e-2)
    plain = train.prepare_training(
        basemodel.load(tiny_base)[0], TrainSettings(lora_layers=1), pick("cpu", "float32"), cached=False
    )
    assert [g["lr_scale"] for g in plain.optimizer.param_groups] == [1.0]
    full = train.prepare_training(
        basemodel.load(tiny_base)[0],
        TrainSettings(method="full", lora_plus_ratio=8.0),
        pick("cpu", "float32"),
        cached=False,
    )  # no B matrices: one group, at the schedule's rate
    assert [g["lr_scale"] for g in full.optimizer.param_groups] == [1.0]


class Killed(Exception):
    pass


def test_a_killed_run_resumes_to_the_bytes_of_an_uninterrupted_one(tiny_base, tmp_path):
    """A run stopped midway and started again from its checkpoint ends with the same adapter and
    the same metrics (loss curve included) as one that ran straight through; the run goes past
    its first epoch, so the resumed run also trains on the frozen layer's cache it rebuilt."""
    import torch

    cfg = TrainSettings(
        max_steps=12, epochs=3, batch_size=2, block_size=32, lora_layers=1, checkpoint_every=0, eval_every=4
    )
    compute = pick("cpu", "float32")

    def run(on_step=None, checkpoint=None):
        load = lambda: basemodel.load(tiny_base)  # noqa: E731
        return train.train([corpus(VOICE[:24])], tiny_base, cfg, compute, load, on_step, checkpoint)

    def killed_at_step_7(step, total, loss, tokens_per_second):
        if step == 7:
            raise Killed

    straight = run()
    assert straight.metrics["frozen_layers"] == 1 and straight.metrics["epochs_done"] > 1
    saved = tmp_path / "bot.pt"
    with pytest.raises(Killed):
        run(killed_at_step_7, saved)
    resumed = run(None, saved)  # checkpoint_every 0: the last one is step 6's
    assert resumed.timings["resumed_from_step"] == 6
    assert resumed.metrics == straight.metrics
    weights = [{n: p for n, p in r.model.named_parameters() if p.requires_grad} for r in (straight, resumed)]
    assert weights[0].keys() == weights[1].keys() and weights[0]
    assert all(torch.equal(weights[0][n], weights[1][n]) for n in weights[0])

"""bench.steps: tokens to quality counted in optimizer steps, paired by seed."""

from __future__ import annotations

import json
import math
from types import SimpleNamespace

import pytest

from bench import steps


def test_the_crossing_step_is_between_the_evaluations_around_the_target():
    base = 4.0
    target = base + math.log(steps.QUALITY)  # ≈ 2.796
    points = [(5, 3.5), (10, 3.0), (15, 2.6), (20, 2.5)]
    at = steps.crossing_step(base, points)
    assert 10 < at < 15 and at == pytest.approx(10 + 5 * (3.0 - target) / 0.4)
    assert steps.crossing_step(base, points[:2]) is None  # never got there


def run(recipe, seed, cross, final, dtype="float32"):
    return {
        "recipe": recipe,
        "dtype": dtype,
        "seed": seed,
        "cross_step": cross,
        "final_perplexity": final,
        "tokens_per_step": 512.0,
        "steps": 238,
    }


def test_ratios_pair_each_run_with_the_reference_of_its_own_seed_and_dtype():
    runs = [run("default", 1, 80.0, 15.0), run("x", 1, 72.0, 15.3), run("default", 2, 60.0, 15.0)]
    runs += [run("x", 2, None, 16.5), run("x", 3, 50.0, 15.0)]
    out = {(r["recipe"], r["seed"]): r for r in steps.paired(runs, "default")}
    assert out[("x", 1)]["steps_vs_reference"] == 0.9 and out[("x", 1)]["final_vs_reference"] == 1.02
    assert out[("x", 2)]["steps_vs_reference"] is None and out[("x", 2)]["final_vs_reference"] == 1.1
    assert out[("x", 3)]["steps_vs_reference"] is None  # no reference run for seed 3
    assert out[("default", 1)]["steps_vs_reference"] == 1.0
    assert any("not reached" in line for line in steps.table(steps.paired(runs, "default")))


def test_decaying_lora_plus_falls_from_the_ratio_to_one_over_the_plan(monkeypatch):
    from generator import train

    seen = []
    monkeypatch.setattr(
        train, "train_step", lambda run, *a: seen.append([g["lr_scale"] for g in run.optimizer.param_groups])
    )
    groups = [{"lr_scale": 1.0}, {"lr_scale": 4.0}]
    fake = SimpleNamespace(optimizer=SimpleNamespace(param_groups=groups))
    state = {"step": 0, "total": 4}
    inner = train.train_step
    with steps.decaying_lora_plus(state):
        for state["step"] in range(4):
            train.train_step(fake, None, None, 1e-3, None, None)
    assert seen == [[1.0, 4.0], [1.0, 3.25], [1.0, 2.5], [1.0, 1.75]]
    assert train.train_step is inner  # restored on exit
    train.train_step(fake, None, None, 1e-3, None, None)
    assert seen[-1] == [1.0, 1.75]  # unpatched: the scales are left as they were


def test_a_tiny_model_run_writes_paired_results(tmp_path):
    from bench.tiny import make_tiny_model

    tiny = make_tiny_model(tmp_path / "tiny")
    out = tmp_path / "results"
    args = ["--recipes", "default,loraplus4-decay", "--seeds", "1,2", "--base", str(tiny), "--out", str(out)]
    args += ["--corpus-limit", "60", "--eval-posts", "6", "--eval-every", "2", "--synthetic-ok"]
    assert steps.main(args) == 0
    runs = json.loads((out / "steps.json").read_text())["runs"]
    assert [(r["recipe"], r["seed"]) for r in runs] == [
        ("default", 1),
        ("loraplus4-decay", 1),
        ("default", 2),
        ("loraplus4-decay", 2),
    ]
    for r in runs:
        assert r["steps"] >= 2 and r["curve"] and r["final_perplexity"] < r["base_perplexity"]
    assert runs[0]["curve"] != runs[1]["curve"]  # the decaying B multiple trained differently
    assert runs[0]["curve"] != runs[2]["curve"]  # and so did another seed
    assert [p.name for p in out.iterdir()] == ["steps.json"]  # written whole: no temporary left


def test_unknown_and_trainer_recipes_are_usage_errors(capsys):
    for recipes in ("default,nope", "original,default"):
        with pytest.raises(SystemExit) as exit_:
            steps.main(["--recipes", recipes])
        assert exit_.value.code == 2
    assert "only htsite's own training loop" in capsys.readouterr().err


def test_a_screening_run_stops_after_its_step_on_the_unchanged_plan(tmp_path):
    from bench.tiny import make_tiny_model

    tiny = make_tiny_model(tmp_path / "tiny")
    common = ["--recipes", "default", "--seeds", "1", "--base", str(tiny), "--corpus-limit", "60"]
    common += ["--eval-posts", "6", "--eval-every", "2", "--synthetic-ok"]
    assert steps.main([*common, "--out", str(tmp_path / "whole")]) == 0
    assert steps.main([*common, "--out", str(tmp_path / "screen"), "--stop-after", "4"]) == 0
    whole, screen = (
        json.loads((tmp_path / d / "steps.json").read_text())["runs"][0] for d in ("whole", "screen")
    )
    assert whole["steps"] > 4 and screen["steps"] == 4
    assert screen["final_perplexity"] is None and screen["final_vs_reference"] is None
    assert screen["base_perplexity"] == whole["base_perplexity"]
    # the same steps, on the same schedule, evaluated at the same points as the whole plan's
    assert screen["curve"] == [p for p in whole["curve"] if p[0] <= 4]
    assert [p[0] for p in screen["curve"]] == [2, 4]

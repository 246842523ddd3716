"""The train benchmark's time to quality: the first evaluation at or below the target, and the
crossing between it and the evaluation before (bench.trainbench.crossing), side by side in the
summary table."""

from __future__ import annotations

import math

import pytest

from bench.table import summary_table
from bench.trainbench import crossing


def test_crossing_is_linear_in_the_loss_between_the_two_evaluations():
    assert crossing((10.0, 3.0), (20.0, 2.0), 2.5) == pytest.approx(15.0)
    assert crossing((10.0, 3.0), (20.0, 2.0), 2.0) == pytest.approx(20.0)  # at the target: the later
    assert crossing((0.0, 4.0), (5.0, 3.0), 3.9) == pytest.approx(0.5)  # from the base, at 0 s


def test_a_curve_that_flattens_crosses_no_earlier_than_its_chord_says():
    curve = [(t, 2.0 + 2.0 * math.exp(-t / 20)) for t in range(0, 101, 10)]  # convex, falling
    target = 2.0 + 2.0 * math.exp(-33 / 20)  # truly crossed at 33 s
    after = next(i for i, (_, loss) in enumerate(curve) if loss <= target)
    at = crossing(curve[after - 1], curve[after], target)
    assert 33 <= at < curve[after][0] == 40


def test_a_noisy_rise_keeps_the_later_evaluation():
    assert crossing((10.0, 2.0), (20.0, 2.1), 2.1) == 20.0


def run(recipe, tps, reached, crossed, dtype="bfloat16"):
    return {
        "recipe": recipe,
        "dtype": dtype,
        "tokens_per_second": tps,
        "speedup_vs_original": round(tps / 200, 2),
        "time_to_quality_s": reached,
        "crossed_quality_s": crossed,
        "final_perplexity": 15.0,
    }


def test_summary_shows_both_times_and_their_ratios():
    original = run("original", 200.0, 160.0, 150.0, "float32")
    lines = summary_table([original, run("default", 1000.0, 40.0, 30.0)], ["bfloat16"], original)
    assert "bf16 crossed 0.3× at (× original)" in lines[0]
    default = next(line for line in lines if line.startswith("| default"))
    assert "40 s (4.0×)" in default and "30.0 s (5.00×)" in default
    older = dict(run("default", 1000.0, 40.0, None), crossed_quality_s=None)
    del older["crossed_quality_s"]  # results written before the crossing was recorded
    assert "| — |" in summary_table([original, older], ["bfloat16"], original)[-1]

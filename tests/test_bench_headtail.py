"""bench.headtail: the share of the vocabulary a filtered head backward keeps, and what it loses,
on a tiny random model: nothing lost at ε = 0, less kept and more lost as ε grows."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from bench.headtail import tail_table  # noqa: E402
from tests.test_frozen import tiny_llama  # noqa: E402


def test_tail_table_keeps_less_and_loses_more_as_epsilon_grows():
    model = tiny_llama().eval()
    gen = torch.Generator().manual_seed(0)
    blocks = [torch.randint(0, 1000, (16,), generator=gen).tolist() for _ in range(3)]
    # a random model spreads its softmax near 1/1,000 a token: the filters that matter sit there
    rows = tail_table(model, blocks, epsilons=(0.0, 1.05e-3, 1.2e-3, 1.0))
    exact, mid, higher, everything = rows
    assert exact["kept"] == 1.0 and exact["rel_error"] < 1e-6 and exact["lost_mass"] < 1e-5
    assert higher["rel_error"] > mid["rel_error"] > 0
    assert exact["min_cosine"] == pytest.approx(1.0, abs=1e-5)
    assert 0 < higher["kept"] <= mid["kept"] < 1.0
    assert higher["lost_mass"] >= mid["lost_mass"] > 0
    assert everything["kept"] == 0.0 and everything["lost_mass"] == pytest.approx(1.0)

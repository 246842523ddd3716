"""bench.int8: the train benchmark's int8-frozen experiment routes the frozen decoder linears
through int8 in training mode only: evaluations (eval mode) give the fp32 model's logits exactly,
a training step's loss and adapter gradients stay close to fp32's, nothing below the adapted
layers gets a gradient, and htsite's own prepare_training comes back after."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from bench.int8 import int8_frozen  # noqa: E402
from generator import train  # noqa: E402
from generator.device import pick  # noqa: E402
from generator.settings import TrainSettings  # noqa: E402
from tests.test_frozen import tiny_llama  # noqa: E402


def prepared(mode: str):
    cfg = TrainSettings(lora_layers=2, lora_r=4, lora_alpha=8, compile=False)
    with int8_frozen(mode):
        run = train.prepare_training(tiny_llama(layers=4), cfg, pick("cpu", "float32"), cached=False)
    for name, p in run.core.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.1, generator=torch.Generator().manual_seed(len(name)))
    return run


def loss_and_grads(run, ids):
    run.core.train()
    loss = run.core(input_ids=ids, labels=ids).loss
    loss.backward()
    grads = {n: p.grad.clone() for n, p in run.core.named_parameters() if p.requires_grad}
    run.core.zero_grad(set_to_none=True)
    return loss.item(), grads


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("mode", ["all", "forward"])
def test_int8_frozen_trains_near_fp32_and_evaluates_exactly(mode):
    ids = torch.randint(0, 1000, (2, 24), generator=torch.Generator().manual_seed(1))
    exact, quantized = prepared(""), prepared(mode)
    assert train.prepare_training.__name__ == "prepare_training"  # htsite's own is back
    for run in (exact, quantized):
        run.core.eval()
    with torch.no_grad():
        assert torch.equal(quantized.core(input_ids=ids).logits, exact.core(input_ids=ids).logits)

    loss, grads = loss_and_grads(exact, ids)
    loss8, grads8 = loss_and_grads(quantized, ids)
    assert loss8 != loss  # the training step really ran in int8
    assert abs(loss8 - loss) < 0.02 * loss
    assert grads8.keys() == grads.keys() and all(".layers.2." in n or ".layers.3." in n for n in grads)
    for name, g in grads.items():
        cosine = torch.nn.functional.cosine_similarity(g.flatten(), grads8[name].flatten(), dim=0)
        assert cosine > 0.95, name


@pytest.mark.filterwarnings("ignore")
def test_rows_keep_their_own_scale_beside_an_outlier_channel():
    # SmolLM2's activations have a few huge channels; quantized per tensor, every other value of
    # every row would round to a handful of levels. Per row, each row keeps ~1 % error.
    from bench.int8 import _pack, _quantized_linear

    generator = torch.Generator().manual_seed(0)
    weight = torch.randn(64, 96, generator=generator)
    x = torch.randn(16, 96, generator=generator)
    x[:8, 5] = 400.0  # an outlier channel in half of the rows
    x[8:] *= 0.01  # and rows far smaller than those
    exact = x @ weight.t()
    rows = (_quantized_linear(x, _pack(weight)) - exact).norm(dim=1) / exact.norm(dim=1)
    assert rows.max() < 0.05

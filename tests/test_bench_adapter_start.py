"""bench.trainbench.adapter_start: the train benchmark's PiSSA and LoRA-GA experiments start the
adapters away from B = 0 and move the same amount out of the frozen weights, so the model still
starts as the base model; only the adapted layers change, and htsite's own start comes back after."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from bench.trainbench import adapter_start  # noqa: E402
from generator import train  # noqa: E402
from generator.device import pick  # noqa: E402
from generator.settings import TrainSettings  # noqa: E402
from tests.test_frozen import tiny_llama  # noqa: E402


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("init", ["pissa", "lora-ga"])
def test_adapter_start_keeps_the_base_function_and_changes_only_the_adapted_layers(init):
    cfg = TrainSettings(lora_layers=2, lora_r=4, lora_alpha=8, compile=False)
    generator = torch.Generator().manual_seed(1)
    blocks = torch.randint(0, 1000, (40, 24), generator=generator).tolist()
    ids = torch.tensor(blocks[:2])
    base = tiny_llama(layers=4)
    expected = base(input_ids=ids).logits
    before = {n: p.detach().clone() for n, p in base.named_parameters()}
    with adapter_start(init):
        run = train.prepare_training(base, cfg, pick("cpu", "float32"), cached=False, blocks=blocks)
    assert train.wrap_for_method.__name__ == "wrap_for_method"  # htsite's start is back
    with torch.no_grad():
        assert torch.allclose(run.core(input_ids=ids).logits, expected, atol=1e-4)
    changed = set()
    for name, p in run.core.named_parameters():
        if ".base_layer." in name:
            original = before[name.replace("base_model.model.", "").replace(".base_layer", "")]
            if not torch.equal(p, original):
                changed.add(int(name.split(".layers.")[1].split(".")[0]))
        if ".lora_B." in name:
            assert p.abs().sum() > 0  # not LoRA's zero start
    assert changed == {2, 3}

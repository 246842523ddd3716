"""LoRA on the upper layers only, and the cached states of the frozen layers below them."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from transformers import LlamaConfig, LlamaForCausalLM  # noqa: E402

from generator import basemodel, train  # noqa: E402
from generator.device import Compute, pick  # noqa: E402
from generator.frozen import FrozenPrefix, first_adapted_layer  # noqa: E402
from generator.loss import CausalLMLoss  # noqa: E402
from generator.settings import TrainSettings  # noqa: E402
from tests.test_train import VOICE, corpus, tiny_base  # noqa: E402, F401

LAYERS, ADAPTED = 6, 2


def tiny_llama(seed: int = 0, layers: int = LAYERS):
    """A random Llama of `layers` layers (in memory, no tokenizer, a 1,000-token vocabulary)."""
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=1000,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        tie_word_embeddings=True,
    )
    model = LlamaForCausalLM(config)
    model.set_attn_implementation("eager")
    return model


def deep_tiny(seed: int = 0):
    """A random 6-layer Llama with LoRA on its top 2 layers, its adapters non-zero so that they
    change what the layers compute."""
    core = train.wrap_for_method(tiny_llama(seed), TrainSettings(lora_layers=ADAPTED))
    for name, p in core.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.1)
    return core


def batch(rows: int = 3, width: int = 40):
    torch.manual_seed(1)
    ids = torch.randint(0, 1000, (rows, width))
    mask = torch.ones_like(ids)
    mask[-1, width - 10 :] = 0  # a short last block, right-padded as train.batches pads
    return ids, mask, ids.masked_fill(mask == 0, -100)


def loss_and_grads(step_loss, model, *args):
    loss = step_loss(*args)
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    model.zero_grad(set_to_none=True)
    return loss.item(), grads


@pytest.mark.filterwarnings("ignore:Full backward hook is firing")
def test_upper_layer_lora_adapts_only_the_top_layers_and_backward_stops_there():
    core = deep_tiny()
    trainable = [n for n, p in core.named_parameters() if p.requires_grad]
    assert {int(n.split("layers.")[1].split(".")[0]) for n in trainable} == {4, 5}
    assert first_adapted_layer(core) == LAYERS - ADAPTED
    assert train.frozen_below(TrainSettings(lora_layers=ADAPTED), core) == LAYERS - ADAPTED
    reached = []  # a backward hook on every frozen layer: none may be reached by the gradient
    for index, layer in enumerate(core.get_base_model().model.layers):
        layer.register_full_backward_hook(lambda *a, i=index: reached.append(i))
    ids, mask, labels = batch()
    CausalLMLoss(core)(ids, mask, labels).backward()
    assert reached and min(reached) == LAYERS - ADAPTED


def test_cached_states_give_the_full_forward_loss_and_gradients():
    core = deep_tiny()
    ids, mask, labels = batch()
    want_loss, want = loss_and_grads(CausalLMLoss(core), core, ids, mask, labels)

    prefix = FrozenPrefix(core, LAYERS - ADAPTED)
    step_loss = CausalLMLoss(core, None, prefix)
    # first sight of the blocks: the lower layers run on the same batch, so the same bits
    first_loss, first = loss_and_grads(step_loss, core, ids, mask, labels, [10, 11, 12])
    assert prefix.computed == 3 and prefix.reused == 0
    assert first_loss == want_loss
    assert all(torch.equal(first[n], want[n]) for n in want)
    # again, from the cache, the rows in another order (padded row first): the same to rounding
    order = [2, 0, 1]
    again_loss, again = loss_and_grads(step_loss, core, ids[order], mask[order], labels[order], [12, 10, 11])
    assert prefix.computed == 3 and prefix.reused == 3
    assert again_loss == pytest.approx(want_loss, rel=1e-6)
    for name in want:
        assert torch.allclose(again[name], want[name], rtol=1e-4, atol=1e-7), name


def test_a_cached_block_mixes_with_a_fresh_one():
    core = deep_tiny()
    ids, mask, labels = batch()
    want_loss, want = loss_and_grads(CausalLMLoss(core), core, ids, mask, labels)
    prefix = FrozenPrefix(core, LAYERS - ADAPTED)
    step_loss = CausalLMLoss(core, None, prefix)
    step_loss(ids[:1], mask[:1], labels[:1], ["a"])  # block "a" cached alone
    got_loss, got = loss_and_grads(step_loss, core, ids, mask, labels, ["a", "b", "c"])
    assert prefix.groups == [["a"], ["b", "c"]] and prefix.reused == 1
    assert got_loss == pytest.approx(want_loss, rel=1e-6)
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=1e-4, atol=1e-7), name


def test_replaying_the_groups_rebuilds_the_same_cache_in_bf16():
    """What a resumed run does: the same groups computed again give the same bits."""
    core = deep_tiny()
    ids, mask, _ = batch(rows=4)
    first = FrozenPrefix(core, LAYERS - ADAPTED)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        first.hidden(ids[:3], mask[:3], [0, 1, 2])
        first.hidden(ids[1:], mask[1:], [1, 2, 3])
        replayed = FrozenPrefix(core, LAYERS - ADAPTED)
        by_key = dict(enumerate(zip(ids, mask, strict=True)))
        for keys in first.groups:
            rows = [by_key[k] for k in keys]
            width = max(int(m.sum()) for _, m in rows)
            replayed.hidden(
                torch.stack([i[:width] for i, _ in rows]), torch.stack([m[:width] for _, m in rows]), keys
            )
    assert first.groups == [[0, 1, 2], [3]]
    assert all(torch.equal(first.store[k], replayed.store[k]) for k in range(4))


def test_cache_budget_recomputes_what_does_not_fit():
    core = deep_tiny()
    ids, mask, labels = batch()
    per_block = 40 * 32 * 4  # width × hidden × fp32
    prefix = FrozenPrefix(core, LAYERS - ADAPTED, budget_bytes=2 * per_block)
    step_loss = CausalLMLoss(core, None, prefix)
    first = step_loss(ids, mask, labels, [0, 1, 2]).item()
    second = step_loss(ids, mask, labels, [0, 1, 2]).item()
    assert len(prefix.store) == 2 and prefix.bytes <= 2 * per_block
    assert prefix.computed == 4 and second == pytest.approx(first, rel=1e-6)


def test_only_exact_decoders_are_cached():
    core = deep_tiny()
    assert FrozenPrefix.supported(core, 4)
    assert not FrozenPrefix.supported(core, 0) and not FrozenPrefix.supported(core, LAYERS)
    core.get_base_model().model.config.model_type = "gemma"  # rescales inputs_embeds: not exact
    assert not FrozenPrefix.supported(core, 4)


def test_lower_frozen_linears_go_bf16_but_not_the_tied_head():
    core = deep_tiny()
    train.frozen_weights_to_compute_dtype(core, Compute("cpu", "bfloat16", "AVX512"))
    layers = core.get_base_model().model.layers
    assert layers[0].mlp.up_proj.weight.dtype == torch.bfloat16  # frozen, no adapter
    assert layers[5].mlp.up_proj.base_layer.weight.dtype == torch.bfloat16
    assert layers[5].mlp.up_proj.lora_A["default"].weight.dtype == torch.float32
    assert core.get_base_model().lm_head.weight.dtype == torch.float32  # tied to the embedding


def test_training_the_top_layer_caches_the_rest_and_learns(tiny_base):  # noqa: F811
    """The tiny model has 2 layers: LoRA on the top one, the bottom one cached after epoch 1."""
    cfg = TrainSettings(lora_layers=1, epochs=3, batch_size=4, block_size=32, learning_rate=3e-3)
    compute = pick("cpu", "float32")
    result = train.train([corpus(VOICE)], tiny_base, cfg, compute, lambda: basemodel.load(tiny_base))
    m, t = result.metrics, result.timings
    assert m["frozen_layers"] == 1 and m["eval_loss"] < m["base_eval_loss"]
    assert m["compiled"] is False  # train.compile "auto": a plan this short runs eager
    prefix = t["frozen_prefix"]
    assert prefix["layers"] == 1 and prefix["train"]["cache_mib"] > 0
    per_epoch = prefix["train"]["blocks_computed"]  # each block's lower layer ran once: in epoch 1
    assert prefix["train"]["blocks_reused"] >= 1.5 * per_epoch  # epochs 2 and 3 read the cache
    assert prefix["eval"]["blocks_reused"] >= prefix["eval"]["blocks_computed"]  # later evaluations
    again = train.train([corpus(VOICE)], tiny_base, cfg, compute, lambda: basemodel.load(tiny_base))
    assert again.metrics["eval_loss"] == m["eval_loss"]  # seeded, cache or not


def test_compiled_upper_layers_give_the_eager_loss_and_gradients(tmp_path, monkeypatch):
    """`train.compile` compiles the layers above the cache (a cold compile, in a temp cache)."""
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    core = deep_tiny()
    ids, mask, labels = batch()
    want_loss, want = loss_and_grads(
        CausalLMLoss(core, None, FrozenPrefix(core, 4)), core, ids, mask, labels, [0, 1, 2]
    )
    compiled = CausalLMLoss(core, None, FrozenPrefix(core, 4))
    compiled.compile_for_training()
    got_loss, got = loss_and_grads(compiled, core, ids, mask, labels, [0, 1, 2])
    assert got_loss == pytest.approx(want_loss, rel=1e-5)
    for name in want:
        assert torch.allclose(got[name], want[name], rtol=1e-3, atol=1e-6), name


def test_compiled_training_trains_and_gives_the_same_bot_twice(tiny_base, tmp_path, monkeypatch):  # noqa: F811
    """train.compile through the whole loop (the first epoch's frozen layers, cached epochs, an
    epoch's last, shorter batch run eager): it learns, says so in metrics.json, and the same
    inputs give the same bot again from the warm compile cache."""
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    cfg = TrainSettings(compile=True, lora_layers=1, epochs=2, batch_size=4, block_size=32)
    compute = pick("cpu", "float32")
    load = lambda: basemodel.load(tiny_base)  # noqa: E731
    runs = [train.train([corpus(VOICE)], tiny_base, cfg, compute, load) for _ in range(2)]
    m = runs[0].metrics
    assert m["compiled"] is True and m["eval_loss"] < m["base_eval_loss"]
    assert runs[1].metrics["eval_loss"] == m["eval_loss"]


def test_only_full_training_batches_take_the_compiled_layers():
    """An epoch's last, shorter batch and every evaluation run eager: torch.compile compiles the
    training step once, for the full batch's shape, not again for each other shape."""
    core = deep_tiny()
    step_loss = CausalLMLoss(core, None, FrozenPrefix(core, 4))
    step_loss.compile_for_training(rows=3)  # wraps lazily: nothing compiles before a call
    eager = step_loss.prefix.upper_view
    calls = []

    def spy(*args, **kwargs):
        calls.append(kwargs["inputs_embeds"].shape[0])
        return eager(*args, **kwargs)

    step_loss._compiled["upper"] = spy
    ids, mask, labels = batch(rows=3)
    step_loss(ids, mask, labels, [0, 1, 2])
    step_loss(ids[:2], mask[:2], labels[:2], [0, 1])  # the epoch's last batch: eager
    with torch.no_grad():
        step_loss(ids, mask, labels, [0, 1, 2])  # an evaluation: eager
    assert calls == [3]


def test_post_rows_train_with_the_cache_as_without_it(tiny_base, monkeypatch):  # noqa: F811
    """train.packing: posts gives padded rows of different lengths; the cache keeps each row's
    own states (no padding), so training with it ends where training without it does."""
    from generator import frozen

    cfg = TrainSettings(lora_layers=1, epochs=2, batch_size=4, block_size=32, packing="posts")
    compute = pick("cpu", "float32")
    cached = train.train([corpus(VOICE)], tiny_base, cfg, compute, lambda: basemodel.load(tiny_base))
    prefix = cached.timings["frozen_prefix"]["train"]
    assert prefix["blocks_reused"] > 0 and prefix["blocks_computed"] > 0
    monkeypatch.setattr(frozen, "EXACT_TYPES", frozenset())  # the lower layer runs in every step
    plain = train.train([corpus(VOICE)], tiny_base, cfg, compute, lambda: basemodel.load(tiny_base))
    assert plain.timings.get("frozen_prefix") is None
    assert cached.metrics["eval_loss"] == pytest.approx(plain.metrics["eval_loss"], rel=1e-4)

"""The chunked next-token loss gives transformers' loss and gradients, without its logits."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from transformers import AutoModelForCausalLM  # noqa: E402

from generator import loss as chunked  # noqa: E402
from generator import train  # noqa: E402
from generator.device import Compute  # noqa: E402
from generator.settings import TrainSettings  # noqa: E402
from tests.tinymodel import make_tiny_model  # noqa: E402


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")


def lora_model(path):
    torch.manual_seed(0)
    model = train.wrap_for_method(AutoModelForCausalLM.from_pretrained(path), TrainSettings())
    for name, p in model.named_parameters():
        if "lora_B" in name:  # peft starts B at zero; make the adapter do something
            torch.nn.init.normal_(p, std=0.1)
    return model


def batch():
    torch.manual_seed(1)
    ids = torch.randint(0, 49_000, (3, 300))  # 897 targets: more than one chunk, a short last one
    mask = torch.ones_like(ids)
    mask[2, 250:] = 0  # a padded row: its padding is out of the loss
    return ids, mask, ids.masked_fill(mask == 0, -100)


def grads(model):
    out = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    model.zero_grad(set_to_none=True)
    return out


def test_same_loss_and_gradients_as_transformers(tiny_path):
    model = lora_model(tiny_path)
    ids, mask, labels = batch()
    expected = model(input_ids=ids, attention_mask=mask, labels=labels).loss
    expected.backward()
    want = grads(model)
    step_loss = chunked.CausalLMLoss(model)
    assert step_loss.head is not None  # the chunked path, not the fallback
    got = step_loss(ids, mask, labels)
    got.backward()
    have = grads(model)
    assert got.item() == pytest.approx(expected.item(), rel=1e-6)
    for name in want:
        assert torch.allclose(have[name], want[name], rtol=1e-4, atol=1e-7), name


def test_the_chunk_follows_the_heads_dtype_and_changes_no_result(tiny_path, monkeypatch):
    assert chunked.chunk_for(torch.float32) == 512  # a 4 × 128 step's fp32 head in one matmul
    assert chunked.chunk_for(torch.bfloat16) == 128
    results = {}
    for size in (512, 128):  # the batch's 897 targets: 2 chunks of 512 (a short last one), or 8
        monkeypatch.setattr(chunked, "CHUNK_FP32", size)
        model = lora_model(tiny_path)
        ids, mask, labels = batch()
        got = chunked.CausalLMLoss(model)(ids, mask, labels)
        got.backward()
        results[size] = (got.item(), grads(model))
    assert results[512][0] == pytest.approx(results[128][0], rel=1e-6)
    for name, grad in results[512][1].items():
        assert torch.allclose(grad, results[128][1][name], rtol=1e-5, atol=1e-8), name


def test_bf16_head_close_to_autocast(tiny_path):
    model = lora_model(tiny_path)
    ids, mask, labels = batch()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        expected = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        got = chunked.CausalLMLoss(model, torch.bfloat16)(ids, mask, labels)
    assert got.item() == pytest.approx(expected.item(), rel=1e-3)


def test_a_trained_head_falls_back_to_transformers(tiny_path):
    model = AutoModelForCausalLM.from_pretrained(tiny_path)  # full fine-tuning: the head trains
    ids, mask, labels = batch()
    chunked.CausalLMLoss(model)(ids, mask, labels).backward()
    assert model.get_output_embeddings().weight.grad is not None
    with torch.no_grad():  # evaluation may still use the chunked path
        value = chunked.CausalLMLoss(model)(ids, mask, labels).item()
        expected = model(input_ids=ids, attention_mask=mask, labels=labels).loss.item()
    assert value == pytest.approx(expected)


def test_frozen_base_layers_go_bf16_but_the_embedding_stays_fp32(tiny_path):
    model = lora_model(tiny_path)
    train.frozen_weights_to_compute_dtype(model, Compute("cpu", "bfloat16", "AVX512"))
    base = model.get_base_model()
    assert base.model.layers[0].self_attn.q_proj.base_layer.weight.dtype == torch.bfloat16
    assert base.model.layers[0].self_attn.q_proj.lora_A["default"].weight.dtype == torch.float32
    assert base.get_input_embeddings().weight.dtype == torch.float32
    untouched = lora_model(tiny_path)
    train.frozen_weights_to_compute_dtype(untouched, Compute("cpu", "float32", "AVX2"))
    assert untouched.get_base_model().model.layers[0].mlp.up_proj.base_layer.weight.dtype == torch.float32


def test_attention_choice():
    cpu, cuda = Compute("cpu", "bfloat16", "AVX512"), Compute("cuda", "bfloat16", "")
    assert train.attention_for(cpu, 128) == "eager"
    assert train.attention_for(cpu, 1024) == "sdpa"
    assert train.attention_for(cuda, 128) == "sdpa"


def test_a_corpus_vocabulary_normalizes_training_over_its_tokens_and_evaluation_over_all(tiny_path):
    model = lora_model(tiny_path)
    ids, mask, labels = batch()
    used = sorted({int(t) for t in labels[:, 1:].flatten() if t != -100} | {7, 11})
    step_loss = chunked.CausalLMLoss(model)
    step_loss.restrict_vocabulary(used)
    got = step_loss(ids, mask, labels)
    got.backward()
    have = grads(model)
    # the same cross-entropy written out: logits of the used tokens only, targets renumbered
    logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1, used].reshape(-1, len(used))
    targets = labels[:, 1:].reshape(-1)
    keep = targets != -100
    row = {token: i for i, token in enumerate(used)}
    renumbered = torch.tensor([row[int(t)] for t in targets[keep]])
    expected = torch.nn.functional.cross_entropy(logits[keep], renumbered)
    expected.backward()
    want = grads(model)
    assert got.item() == pytest.approx(expected.item(), rel=1e-5)
    for name in want:
        assert torch.allclose(have[name], want[name], rtol=1e-4, atol=1e-7), name
    with torch.no_grad():  # held-out evaluations stay over the whole vocabulary
        full = model(input_ids=ids, attention_mask=mask, labels=labels).loss.item()
        assert step_loss(ids, mask, labels).item() == pytest.approx(full, rel=1e-6)

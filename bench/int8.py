"""The frozen base in int8 while training (QLoRA's idea on a CPU): a benchmark experiment.

Every frozen linear layer of the decoder (q, k, v, o, gate, up, down of each layer; not the
vocabulary head, whose backward multiplies softmax probabilities that int8 cannot hold) runs
through fbgemm's dynamically quantized linear while the model is in training mode: its weight
quantized once, per output channel, to int8; each call's input quantized per row (token): the
kernel quantizes per tensor, so each row is divided by its largest magnitude first and the
product multiplied back (per tensor alone, SmolLM2's outlier channels wreck the rows beside
them: the base model's loss on a batch 4.03 → 5.45, against 4.12 per row). In an adapted layer
the backward's input gradient goes through the transposed weight, quantized the same way
(`backward=False`: in fp32). Evaluations (`model.eval()`) run the fp32 weights, as sampling
does: the held-out perplexity is that of the adapter on the real base.

On a CPU without bf16 (AVX2), int8 matmuls are the cheaper arithmetic left: ~1.4× fp32's
GFLOP/s at a step's shapes. A model so trained learns against a slightly different base from
the one it is sampled on; that mismatch, and the quantized gradients, are what the recipe's
perplexity curve measures (bench/README.md, "The frozen base in int8").
"""

from __future__ import annotations

import contextlib
import warnings


def _pack(weight):
    """(out, in) fp32 weight → fbgemm's prepacked per-output-channel int8 weight."""
    import torch

    w = weight.detach().float()
    scale = (w.abs().amax(dim=1) / 127).clamp_min(1e-12).double()
    zero = torch.zeros(w.shape[0], dtype=torch.long)
    with warnings.catch_warnings():  # torch.ao's quantized tensors are deprecated (torch 2.13)
        warnings.simplefilter("ignore", UserWarning)
        q = torch.quantize_per_channel(w, scale, zero, 0, torch.qint8)
    return torch.ops.quantized.linear_prepack(q, None)


_PACKED: list = []  # fbgemm's prepacked int8 weights, by the index the custom op is called with
_SLOTS: dict[str, int] = {}  # a weight's place in the decoder ("3.mlp.up_proj.t") → its index
FP32 = -2  # the custom op's `backward` for an input gradient through the fp32 weight
_OP = None


def _slot(place: str, weight) -> int:
    """The index of `weight` in _PACKED: the same for the same place in every model prepared in
    this process (so a compiled step, whose graph holds the indices, is reused, not redone, and
    an earlier model's weights are let go)."""
    if place not in _SLOTS:
        _SLOTS[place] = len(_PACKED)
        _PACKED.append(None)
    _PACKED[_SLOTS[place]] = weight
    return _SLOTS[place]


def _quantized_linear(x, packed):
    import torch

    flat = x.reshape(-1, x.shape[-1]).float()
    # Per row (token) scales through a per-tensor kernel: each row divided by its largest
    # magnitude, quantized over the common range [-1, 1], the product scaled back (exact for a
    # linear map without bias). A per-tensor scale alone loses the rows next to an outlier.
    rows = flat.abs().amax(dim=1, keepdim=True).clamp_min(1e-12)
    y = torch.ops.quantized.linear_dynamic(flat / rows, packed, True) * rows
    return y.reshape(*x.shape[:-1], y.shape[-1]).to(x.dtype)


def _int8_linear():
    """x @ W.T with W the prepacked weight `_PACKED[index]` (int8 of `weight`), as a custom op
    (so torch.compile keeps it whole, one opaque call, instead of breaking its graph at fbgemm's
    packed weight); its backward multiplies by W.T prepacked, `_PACKED[backward]`, or with
    `backward` FP32 by `weight` itself (−1: no input gradient)."""
    global _OP
    if _OP is not None:
        return _OP
    import torch

    schema = "(Tensor x, Tensor weight, int index, int backward, int out_features) -> Tensor"

    @torch.library.custom_op("htsite_bench::int8_linear", mutates_args=(), schema=schema)
    def int8_linear(x, weight, index, backward, out_features):
        return _quantized_linear(x, _PACKED[index])

    @int8_linear.register_fake
    def _(x, weight, index, backward, out_features):
        return x.new_empty((*x.shape[:-1], out_features))

    def setup_context(ctx, inputs, output):
        x, weight, _, backward, _ = inputs
        ctx.backward, ctx.in_features = backward, x.shape[-1]
        ctx.save_for_backward(weight)

    def grad(ctx, g):
        (weight,) = ctx.saved_tensors
        if ctx.backward == -1:
            gx = None
        elif ctx.backward == FP32:
            gx = g @ weight.to(g.dtype)
        else:
            gx = int8_linear(g, weight.t(), ctx.backward, -1, ctx.in_features)
        return gx, None, None, None, None

    int8_linear.register_autograd(grad, setup_context=setup_context)
    _OP = int8_linear
    return _OP


def quantize_frozen(core, backward: bool = True) -> None:
    """Route the frozen decoder linears of `core` (a peft model or a plain one) through int8 in
    training mode. Adapted layers get their backward in int8 too, or with `backward` False in
    fp32 (only the forward passes quantized)."""
    import torch

    from generator.frozen import decoder_of, first_adapted_layer

    int8_linear = _int8_linear()
    lowest = first_adapted_layer(core)
    for index, layer in enumerate(decoder_of(core).layers):
        for name, module in layer.named_modules():
            if type(module) is not torch.nn.Linear or "lora_" in name or module.bias is not None:
                continue
            if any(p.requires_grad for p in module.parameters()):
                continue
            place = f"{index}.{name}"
            forward_weight = _slot(place, _pack(module.weight))
            backward_weight = -1
            if index >= lowest and not backward:  # an adapted layer: its input gradient
                backward_weight = FP32  # goes through W.T, in fp32 …
            elif index >= lowest:  # … or in int8
                backward_weight = _slot(f"{place}.t", _pack(module.weight.t().contiguous()))
            exact, out = module.forward, module.out_features

            def forward(x, m=module, f=forward_weight, b=backward_weight, exact=exact, out=out):
                return int8_linear(x, m.weight, f, b, out) if m.training else exact(x)

            module.forward = forward


@contextlib.contextmanager
def int8_frozen(mode: str):
    """With `mode` "all" or "forward", `generator.train.prepare_training` hands back a model whose
    frozen base runs in int8 during training steps (quantize_frozen): forward and backward, or
    the forward passes only; with "" htsite's own."""
    if not mode:
        yield
        return
    from generator import train

    saved = train.prepare_training

    def prepare(model, cfg, compute, cached, team=None, blocks=None):
        run = saved(model, cfg, compute, cached, team, blocks)
        quantize_frozen(run.core, backward=mode == "all")
        return run

    train.prepare_training = prepare
    try:
        yield
    finally:
        train.prepare_training = saved

"""Next-token loss without materializing the whole logits tensor.

A step of 4 × 128 tokens over SmolLM2's 49,152-token vocabulary makes 25 M logits. The
transformers path keeps them in bf16, copies them to fp32, log-softmaxes them (another 100 MB),
and in backward fills a zero tensor of the same size before scattering into it: on a 2-core CPU
that was 17 % + 7 % of a training step (bench/README.md, "Where a step's time goes"). Here the
head runs on chunks of 128 positions; each chunk's softmax becomes its gradient in place,
during the forward pass, so nothing vocabulary-sized outlives its chunk and backward is one
multiply. Same maths as `transformers`' ForCausalLMLoss: mean over positions whose label is not
-100, labels shifted by one.
"""

from __future__ import annotations

import torch

CHUNK = 128  # positions per head matmul: (128 × hidden) @ (hidden × vocab), 25 MB of fp32 logits
IGNORE = -100


class _ChunkedHeadLoss(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hidden, weight, targets):  # hidden (n, d); weight (vocab, d), frozen; targets (n,)
        valid = targets != IGNORE
        count = max(int(valid.sum()), 1)
        needs_grad = ctx.needs_input_grad[0]
        grad = torch.empty_like(hidden) if needs_grad else None
        total = torch.zeros((), dtype=torch.float32, device=hidden.device)
        for start in range(0, hidden.shape[0], CHUNK):
            h = hidden[start : start + CHUNK].to(weight.dtype)
            t = targets[start : start + CHUNK]
            keep = valid[start : start + CHUNK]
            safe = t.clamp_min(0)
            logits = (h @ weight.t()).float()
            lse = torch.logsumexp(logits, dim=-1)
            picked = logits.gather(1, safe[:, None]).squeeze(1)
            total += ((lse - picked) * keep).sum()
            if needs_grad:
                probs = logits.sub_(lse[:, None]).exp_()  # softmax, in place of the logits
                rows = torch.arange(len(t), device=t.device)
                probs[rows, safe] -= 1.0
                probs *= (keep.float() / count)[:, None]
                grad[start : start + CHUNK] = (probs.to(weight.dtype) @ weight).to(grad.dtype)
        if needs_grad:
            ctx.save_for_backward(grad)
        return total / count

    @staticmethod
    def backward(ctx, upstream):
        (grad,) = ctx.saved_tensors
        return grad * upstream, None, None


def output_head(model):
    """The model's plain, bias-free linear head over the decoder's last hidden state, or None:
    models that scale or soft-cap their logits (Gemma, Cohere, …) keep transformers' own loss."""
    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    head = core.get_output_embeddings() if hasattr(core, "get_output_embeddings") else None
    config = getattr(core, "config", None)
    scaled = any(
        getattr(config, name, None) not in (None, 1, 1.0)
        for name in ("final_logit_softcapping", "logit_scale", "logits_scaling")
    )
    plain = type(head) is torch.nn.Linear and head.bias is None and hasattr(core, "get_decoder")
    return head if plain and not scaled else None


class CausalLMLoss(torch.nn.Module):
    """Wraps a causal LM (or its peft wrapper): forward(ids, mask, labels) → mean loss. This is
    the module DistributedDataParallel wraps, so its gradient hooks see the whole step.
    `head_dtype`: the dtype the head's matmul runs in (bf16 under bf16 autocast)."""

    def __init__(self, model, head_dtype=None):
        super().__init__()
        self.model = model
        self.head = output_head(model)
        self.head_dtype = head_dtype
        self._frozen_weight = None
        if self.head is not None:
            core = model.get_base_model() if hasattr(model, "get_base_model") else model
            self.decoder = core.get_decoder()
        self.__dict__["_compiled"] = None  # kept out of the module tree: no second set of weights

    def compile_for_training(self) -> None:
        """torch.compile what a training step runs (the decoder, or the whole model when the head
        is not chunked); evaluations, under no_grad, keep the plain modules and compile nothing."""
        self.__dict__["_compiled"] = torch.compile(self.decoder if self.head is not None else self.model)

    def head_weight(self):
        weight = self.head.weight.detach()
        if self.head.weight.requires_grad:  # being trained: cast its current values
            return weight.to(self.head_dtype or weight.dtype)
        if self._frozen_weight is None:  # frozen: cast once, not in every step as autocast would
            self._frozen_weight = weight.to(self.head_dtype or weight.dtype)
        return self._frozen_weight

    def forward(self, input_ids, attention_mask, labels):
        # A head that is trained (full fine-tuning) needs its weight gradient: transformers' path.
        compiled = self._compiled if torch.is_grad_enabled() else None
        if self.head is None or (torch.is_grad_enabled() and self.head.weight.requires_grad):
            model = self.model if compiled is None else compiled
            return model(input_ids=input_ids, attention_mask=attention_mask, labels=labels).loss
        decoder = self.decoder if compiled is None else compiled
        hidden = decoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        hidden = hidden[:, :-1].reshape(-1, hidden.shape[-1])
        targets = labels[:, 1:].reshape(-1)
        return _ChunkedHeadLoss.apply(hidden, self.head_weight(), targets)

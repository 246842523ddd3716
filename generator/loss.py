"""Next-token loss without materializing the whole logits tensor.

A step of 4 × 128 tokens over SmolLM2's 49,152-token vocabulary makes 25 M logits. The
transformers path keeps them in bf16, copies them to fp32, log-softmaxes them (another 100 MB),
and in backward fills a zero tensor of the same size before scattering into it: on a 2-core CPU
that was 17 % + 7 % of a training step (bench/README.md, "Where a step's time goes"). Here the
head runs on chunks of positions (`chunk_for`) and each chunk's gradient is made during the
forward pass, so nothing vocabulary-sized outlives its chunk and backward is one multiply. A
chunk's logits are passed over four times (max, exp, sum, the gradient's matmul); nothing else
touches them.
Positions without a target (padding) get no head at all. Same maths as `transformers`'
ForCausalLMLoss: mean over positions whose label is not -100, labels shifted by one.
"""

from __future__ import annotations

import torch

# Positions per head matmul, (chunk × hidden) @ (hidden × vocab), by the head's dtype. In fp32 a
# 4 × 128 step's head is one chunk (100 MB of logits, freed with it): the tall matmuls run 1.1-1.2×
# faster at 512 rows than at 128, and an fp32 step takes 0.93-0.94× the time. A bf16 head is
# faster at 128 (12 MB of logits) (bench/README.md, "The head's chunk").
CHUNK = 128
CHUNK_FP32 = 512
IGNORE = -100


def chunk_for(dtype) -> int:
    """Positions per head matmul for a head computing in `dtype`."""
    return CHUNK_FP32 if dtype == torch.float32 else CHUNK


class _ChunkedHeadLoss(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hidden, weight, targets):  # hidden (n, d); weight (vocab, d), frozen; targets (n,)
        valid = targets != IGNORE
        count = max(int(valid.sum()), 1)
        needs_grad = ctx.needs_input_grad[0]
        grad = torch.empty_like(hidden) if needs_grad else None
        total = torch.zeros((), dtype=torch.float32, device=hidden.device)
        chunk = chunk_for(weight.dtype)
        for start in range(0, hidden.shape[0], chunk):
            h = hidden[start : start + chunk].to(weight.dtype)
            t = targets[start : start + chunk]
            keep = valid[start : start + chunk].float()
            safe = t.clamp_min(0)
            logits = h @ weight.t()  # (chunk, vocab) in the head's dtype
            picked = logits.gather(1, safe[:, None]).squeeze(1).float()
            top = logits.amax(dim=-1, keepdim=True).float()
            # exp(logits − max): one pass, which also widens bf16 logits to fp32 (in place in fp32)
            e = (logits.sub_(top) if logits.dtype == torch.float32 else logits - top).exp_()
            z = e.sum(dim=-1)
            total += ((top.squeeze(1) + z.log() - picked) * keep).sum()
            if needs_grad:
                # d loss/d h = (softmax − one-hot) @ W / count. The softmax's 1/z and the mean's
                # 1/count scale rows after the matmul and the one-hot is W's target rows, so the
                # vocabulary-sized e is read once more, by the matmul, and never rewritten.
                scale = keep / count
                g = (e.to(weight.dtype) @ weight).float() * (scale / z)[:, None]
                g -= weight[safe].float() * scale[:, None]
                grad[start : start + chunk] = g.to(grad.dtype)
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
    `head_dtype`: the dtype the head's matmul runs in (bf16 under bf16 autocast).
    `prefix`: a `generator.frozen.FrozenPrefix` of the model's frozen lower layers; a call that
    names its rows' blocks (`keys`) reads their lower layers' states from it and runs only the
    layers above."""

    def __init__(self, model, head_dtype=None, prefix=None):
        super().__init__()
        self.model = model
        self.head = output_head(model)
        self.head_dtype = head_dtype
        self._frozen_weight = None
        if self.head is not None:
            core = model.get_base_model() if hasattr(model, "get_base_model") else model
            self.decoder = core.get_decoder()
        self.__dict__["prefix"] = prefix if self.head is not None else None  # not a submodule
        self.__dict__["_compiled"] = {}  # kept out of the module tree: no second set of weights
        self.__dict__["_compiled_rows"] = None  # the rows of the batches compiled for
        self.__dict__["_vocab"] = None  # (token ids a training step normalizes over, id → row)
        self._vocab_weight = None

    def restrict_vocabulary(self, token_ids) -> None:
        """Training steps (not evaluations) normalize over `token_ids` only: the head's rows for
        those tokens, targets renumbered into them. Every training target must be among them."""
        ids = torch.tensor(sorted(set(int(t) for t in token_ids)), dtype=torch.long)
        row = torch.full((self.head.weight.shape[0],), IGNORE, dtype=torch.long)
        row[ids] = torch.arange(len(ids))
        self.__dict__["_vocab"] = (ids.to(self.head.weight.device), row.to(self.head.weight.device))
        self._vocab_weight = None

    @property
    def vocabulary(self):
        """The token ids training steps normalize over (sorted), or None: the whole vocabulary."""
        return None if self._vocab is None else self._vocab[0]

    def _chunked(self) -> bool:
        """Whether a training step takes the chunked head (a frozen, plain head)."""
        return self.head is not None and not self.head.weight.requires_grad

    def compile_for_training(self, rows: int | None = None) -> None:
        """torch.compile what a training step runs (the layers above a frozen prefix, the decoder,
        or the whole model when the head is trained or not chunkable); evaluations, under
        no_grad, keep the plain modules and compile nothing. With `rows` (a full batch's rows in
        this process), only such batches take the compiled modules: an epoch's last, shorter
        batch runs eager rather than make torch.compile compile the whole step again for its
        shape (minutes on a CPU)."""
        self.__dict__["_compiled_rows"] = rows
        if not self._chunked():
            self._compiled["model"] = torch.compile(self.model)
        elif self.prefix is not None:
            self._compiled["upper"] = torch.compile(self.prefix.upper_view)
        else:
            self._compiled["decoder"] = torch.compile(self.decoder)

    def _compiled_or(self, name: str, module, rows: int):
        if name not in self._compiled or not torch.is_grad_enabled():
            return module
        return self._compiled[name] if self._compiled_rows in (None, rows) else module

    def head_weight(self):
        weight = self.head.weight.detach()
        if self.head.weight.requires_grad:  # being trained: cast its current values
            return weight.to(self.head_dtype or weight.dtype)
        if self._frozen_weight is None:  # frozen: cast once, not in every step as autocast would
            self._frozen_weight = weight.to(self.head_dtype or weight.dtype)
        return self._frozen_weight

    def hidden_states(self, input_ids, attention_mask, keys=None):
        """The decoder's last hidden state: from the frozen prefix's cache and the layers above
        it when the rows' blocks are named, else from the whole decoder."""
        if self.prefix is not None and keys is not None:
            lower = self.prefix.hidden(input_ids, attention_mask, keys)
            upper = self._compiled_or("upper", self.prefix.upper_view, len(input_ids))
            out = upper(inputs_embeds=lower, attention_mask=attention_mask, use_cache=False)
            return out.last_hidden_state
        decoder = self._compiled_or("decoder", self.decoder, len(input_ids))
        return decoder(input_ids=input_ids, attention_mask=attention_mask, use_cache=False).last_hidden_state

    def forward(self, input_ids, attention_mask, labels, keys=None):
        # A head that is trained (full fine-tuning) needs its weight gradient: transformers' path.
        if self.head is None or (torch.is_grad_enabled() and self.head.weight.requires_grad):
            model = self._compiled_or("model", self.model, len(input_ids))
            return model(input_ids=input_ids, attention_mask=attention_mask, labels=labels).loss
        hidden = self.hidden_states(input_ids, attention_mask, keys)
        hidden = hidden[:, :-1].reshape(-1, hidden.shape[-1])
        targets = labels[:, 1:].reshape(-1)
        keep = targets != IGNORE
        if not bool(keep.all()):  # padding has no target: no head for it (exact: it adds nothing)
            hidden, targets = hidden[keep], targets[keep]
        weight = self.head_weight()
        if self._vocab is not None and torch.is_grad_enabled():
            ids, row = self._vocab
            if self._vocab_weight is None:  # the head is frozen here: its rows, taken once
                self._vocab_weight = weight[ids].contiguous()
            weight, targets = self._vocab_weight, row[targets]
        return _ChunkedHeadLoss.apply(hidden, weight, targets)

"""The frozen lower layers of a LoRA model: run once per block, then read from a cache.

With LoRA on the top `lora_layers` decoder layers only, everything below them is frozen: the
hidden state a block of tokens has when it enters the first adapted layer never changes during
training. So a block's lower layers run once, without a graph, the first time the block is seen
(the first epoch); every later step that sees the block again (the second epoch, every held-out
evaluation after the first) starts from the cached state and runs only the adapted layers and
the head. Backward stops at the first adapted layer either way: nothing below it needs a gradient.

Exact: the cached state is the very tensor the full forward would feed the upper layers (same
ops, same dtype; the residual stream stays fp32 under bf16 autocast and is cached in fp32). Blocks
are right-padded and attention is causal, so a block's real positions never see another row or its
own padding: a cached block can be batched with any others.

The upper part runs through the model's own decoder `forward` (masks, rotary positions, final
norm), on a view of the decoder that holds only the upper layers and gets the cached states as
`inputs_embeds`. That is exact for decoders that feed `inputs_embeds` to their first layer as they
are; models that rescale them (Gemma multiplies by √hidden) are not in `EXACT_TYPES` and run the
full stack every step (LoRA on the upper layers still saves the backward below them).
"""

from __future__ import annotations

import copy

import torch

# Decoders whose forward feeds `inputs_embeds` unchanged into layers[0] and loops over `layers`.
EXACT_TYPES = frozenset({"llama", "mistral", "qwen2", "qwen3"})
BUDGET_BYTES = 1 << 30  # cached states at most (1 GiB); blocks beyond it are recomputed each time


def decoder_of(model):
    """The decoder stack (embeddings, layers, final norm) inside a causal LM or its peft wrapper."""
    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    return core.get_decoder()


def n_layers(model) -> int:
    return len(decoder_of(model).layers)


def first_adapted_layer(model) -> int:
    """The index of the lowest decoder layer with a trainable parameter (len(layers) if none)."""
    layers = decoder_of(model).layers
    for index, layer in enumerate(layers):
        if any(p.requires_grad for p in layer.parameters()):
            return index
    return len(layers)


def _view(decoder, start: int, stop: int, final_norm: bool):
    """The same decoder module with only layers[start:stop] (and, without `final_norm`, no final
    norm): a shallow copy sharing every weight, so nothing in the model itself is changed."""
    view = copy.copy(decoder)
    view._modules = dict(decoder._modules)  # its own table of submodules: the same submodules
    view._modules["layers"] = decoder.layers[start:stop]
    if not final_norm:
        view._modules["norm"] = torch.nn.Identity()
    return view


class FrozenPrefix:
    """Hidden states of blocks at the input of decoder layer `split`, computed once per block.

    `hidden(ids, mask, keys)` returns the (batch, width, hidden) states entering layer `split` for
    a batch whose rows are the blocks named by `keys` (any hashable ids, e.g. block indices);
    `upper_view(inputs_embeds=states, attention_mask=mask)` runs layers[split:] and the final
    norm on them."""

    def __init__(self, model, split: int, budget_bytes: int = BUDGET_BYTES):
        decoder = decoder_of(model)
        self.split = split
        self.lower = _view(decoder, 0, split, final_norm=False)
        self.upper_view = _view(decoder, split, len(decoder.layers), final_norm=True)
        self.store: dict = {}
        self.budget = budget_bytes
        self.bytes = 0
        self.computed = self.reused = 0  # blocks whose lower layers ran / were read from the cache
        self.tokens_computed = 0  # tokens of the blocks whose lower layers ran
        # The keys of the blocks computed together, call by call: in bf16 a row's result depends
        # (in its last bits) on the rows beside it, so a resumed run recomputes the same groups.
        self.groups: list[list] = []

    @staticmethod
    def supported(model, split: int) -> bool:
        config = decoder_of(model).config
        return 0 < split < len(decoder_of(model).layers) and config.model_type in EXACT_TYPES

    def hidden(self, input_ids, attention_mask, keys) -> torch.Tensor:
        lengths = attention_mask.sum(dim=1).tolist()
        missing = [row for row, key in enumerate(keys) if key not in self.store]
        fresh = {}
        if missing:
            rows = torch.tensor(missing, device=input_ids.device)
            width = max(lengths[row] for row in missing)
            with torch.no_grad():
                out = self.lower(
                    input_ids=input_ids[rows, :width],
                    attention_mask=attention_mask[rows, :width],
                    use_cache=False,
                ).last_hidden_state
            for i, row in enumerate(missing):
                state = out[i, : lengths[row]].clone()
                fresh[keys[row]] = state
                size = state.numel() * state.element_size()
                if self.bytes + size <= self.budget:
                    self.store[keys[row]] = state
                    self.bytes += size
            self.computed += len(missing)
            self.tokens_computed += sum(lengths[row] for row in missing)
            self.groups.append([keys[row] for row in missing])
        self.reused += len(keys) - len(missing)
        states = [self.store.get(key, fresh.get(key)) for key in keys]
        first = states[0]
        batch = first.new_zeros((len(keys), input_ids.shape[1], first.shape[-1]))
        for row, state in enumerate(states):
            batch[row, : state.shape[0]] = state
        return batch

    def stats(self) -> dict:
        return {
            "blocks_computed": self.computed,
            "blocks_reused": self.reused,
            "tokens_computed": self.tokens_computed,
            "cache_mib": round(self.bytes / 2**20, 1),
        }

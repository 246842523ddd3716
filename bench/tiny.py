"""A tiny random-init Llama with the bundled tokenizer, for smoke runs (the bench code, not the figures)."""

from __future__ import annotations

from pathlib import Path


def make_tiny_model(folder: Path) -> Path:
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from generator.basemodel import bundled_dir, quiet_transformers

    if (folder / "config.json").is_file():
        return folder
    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(bundled_dir())
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=2048,  # the original recipe packs 1024-token blocks
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=True,
    )
    folder.mkdir(parents=True, exist_ok=True)
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder

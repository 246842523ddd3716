"""A tiny random-init Llama with the bundled tokenizer: training logic in seconds, not minutes.
The same one the bench's smoke runs use."""

from bench.tiny import make_tiny_model

__all__ = ["make_tiny_model"]

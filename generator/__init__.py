"""htsite: turn social-media exports into fine-tuned bots and a browsable gallery."""

__version__ = "0.1.0"

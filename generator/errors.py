"""Errors a user can act on: one line, naming the file and the fix."""

from __future__ import annotations

from pathlib import Path


class HtsiteError(Exception):
    """A problem with the user's input or environment, reported without a traceback (exit 1)."""

    def __init__(self, message: str, path: Path | str | None = None, hint: str | None = None):
        self.path = Path(path) if path is not None else None
        self.hint = hint
        super().__init__(message)

    def one_line(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(f"{self.path}:")
        parts.append(str(self))
        if self.hint:
            parts.append(f"— {self.hint}")
        return " ".join(parts)


class InputError(HtsiteError):
    """An export or settings file that cannot be read as what it claims to be."""


class NotEnoughText(InputError):
    """Too little curated text to train on."""

"""The built example gallery, for the tests that use it (`make build` builds it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BOTS = sorted(p.stem for p in (ROOT / "site_src" / "bots").glob("*.yaml"))


def unavailable(reason: str) -> None:
    """Skip, or fail where the example must be there (CI sets HTSITE_EXAMPLE_REQUIRED)."""
    if os.environ.get("HTSITE_EXAMPLE_REQUIRED"):
        pytest.fail(reason)
    pytest.skip(reason)


def models_built() -> bool:
    return all((ROOT / "models" / b / "metrics.json").is_file() for b in BOTS)


def copy(tmp_path_factory, name: str) -> Path:
    """A copy of the example gallery (site_src, docs, overrides, mkdocs.yml) whose models/ is the
    real one, read-only (a symlink): pages can be rebuilt there without training or touching it."""
    if not models_built():
        unavailable("the example site is not built (run `make build`)")
    root = tmp_path_factory.mktemp(name) / "gallery"
    root.mkdir()
    for folder in ("site_src", "docs", "overrides"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "models").symlink_to(ROOT / "models")
    return root

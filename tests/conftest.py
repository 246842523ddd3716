"""Shared fixtures. Keep this file small: test modules own their helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "tests" / "fixtures"


def shared_path() -> Path:
    """`../shared` beside the repository (or $HTSITE_SHARED): real data that is never committed."""
    return Path(os.environ.get("HTSITE_SHARED") or REPO_ROOT.parent / "shared")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not path.is_dir():
        pytest.skip("../shared not present")
    return path

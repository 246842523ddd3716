"""`htsite new`: an empty site from the skeleton that ships inside the package."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

from generator.errors import HtsiteError

SKELETON = files("generator") / "skeleton"
ASSETS = "docs/assets/htsite"  # the theme's own files (logo, CSS, diagram): refreshed on each build


def scaffold(directory: Path) -> None:
    if directory.exists() and any(directory.iterdir()):
        raise HtsiteError("folder is not empty", directory, "pick a new folder name")
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        SKELETON, directory, dirs_exist_ok=True, ignore=shutil.ignore_patterns("models_README.md")
    )
    (directory / "models").mkdir(exist_ok=True)
    shutil.copy(SKELETON / "models_README.md", directory / "models" / "README.md")


def sync_assets(docs: Path) -> None:
    """Copy the package's theme assets into docs/assets/htsite/ when they differ."""
    target = docs / "assets" / "htsite"
    target.mkdir(parents=True, exist_ok=True)
    for src in (SKELETON / ASSETS).iterdir():
        dest = target / src.name
        data = src.read_bytes()
        if not dest.is_file() or dest.read_bytes() != data:
            dest.write_bytes(data)

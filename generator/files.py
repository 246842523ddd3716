"""Nothing half-written: files and folders are written under a temporary name, then renamed.

A model folder is staged as `models/.<bot>.tmp-XXXX` (same filesystem, so the rename is atomic)
and put in place by `put_in_place`; whoever writes it — the build itself, a Ray worker that sees
the same `models/`, or the build receiving a remote worker's files as bytes — goes through here.
A process killed midway leaves only dot-named staging folders, which the next build sweeps.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING = ".tmp-"  # in `.<name>.tmp-XXXX`: a folder or file being written
RETIRED = ".old-"  # in `.<name>.old-XXXX`: the previous version, moments before it is deleted


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _read_umask()  # read once, at import: setting it to read it is not thread-safe


def staging_dir(dest: Path) -> Path:
    """A fresh, empty folder beside `dest`, to write `dest`'s new contents into (with the usual
    permissions, not mkdtemp's owner-only ones: a model folder is published)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{dest.name}{STAGING}", dir=dest.parent))
    folder.chmod(0o777 & ~UMASK)
    return folder


def put_in_place(staged: Path, dest: Path) -> None:
    """Replace `dest` by the complete folder `staged`. Readers see the old folder, then (for a
    moment) none, then the new one — never a mix. If another writer put an equal folder in place
    meanwhile (a retried task whose first attempt finished after all), theirs stays."""
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}{RETIRED}{uuid.uuid4().hex[:8]}")
        try:
            dest.rename(old)
        except FileNotFoundError:
            old = None
    try:
        staged.rename(dest)
    except OSError:
        if not dest.is_dir():
            raise
        shutil.rmtree(staged, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def staged(dest: Path) -> Iterator[Path]:
    """`with staged(dest) as folder:` write `dest`'s new contents into `folder`; when the block
    ends without an error the folder replaces `dest` (put_in_place), else it is removed."""
    folder = staging_dir(dest)
    try:
        yield folder
        put_in_place(folder, dest)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """One file, atomically (a unique temp name: several writers may race)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{STAGING}", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def plain_name(name: str, where: str) -> None:
    """A model folder's files are flat and visible: no path separators, no dot names."""
    if "/" in name or name.startswith("."):
        raise ValueError(f"unexpected file name {name!r} {where}")


def read_folder(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """A flat folder's files as {name: bytes} (what a remote worker returns, or is sent)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name not in skip}


def write_folder(dest: Path, files: dict[str, bytes]) -> None:
    """A whole folder from {name: bytes}, staged and put in place."""
    with staged(dest) as folder:
        for name, data in files.items():
            plain_name(name, "in a model folder")
            (folder / name).write_bytes(data)


def keyed(folder: Path, name: str, suffix: str = "") -> list[Path]:
    """`folder`'s entries named `<name>-<key><suffix>`, a key being 16 hex digits (a checkpoint,
    a publish stage): whatever its key, never another name's (`ada-bo-<key>` is not `ada`'s)."""
    exact = re.compile(re.escape(name) + "-[0-9a-f]{16}" + re.escape(suffix))
    return sorted(
        p for p in folder.glob(f"{glob.escape(name)}-*{glob.escape(suffix)}") if exact.fullmatch(p.name)
    )


def sweep(folder: Path) -> list[str]:
    """Remove what killed writers left in `folder`: staging folders and files, retired folders."""
    removed = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if entry.name.startswith(".") and (".tmp" in entry.name or RETIRED in entry.name):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed

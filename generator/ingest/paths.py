"""Where an export's files may come from: inside its account folder, never through a link out of it.

An account folder may contain symbolic links. A link that resolves outside the folder (an avatar linked
to /etc/passwd, say) is never followed: avatars behind one are ignored, and a data file behind one is
refused with an `InputError`. Readers also accept entries of a zip (`zipped.ZipPath`); those are checked
for escapes when the zip is opened, so the checks here pass them through.
"""

from __future__ import annotations

import logging
from pathlib import Path

from generator.errors import InputError

log = logging.getLogger(__name__)


def inside(file, root) -> bool:
    """True if `file` (followed through any links) is inside `root`; entries of a zip always are."""
    if not isinstance(file, Path) or not isinstance(root, Path):
        return True
    try:
        return file.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop, or unreadable
        return False


def checked(file: Path, root: Path) -> Path:
    """`file`, found by scanning `root`; an `InputError` if it is a link to somewhere outside `root`."""
    if not inside(file, root):
        raise InputError(
            "is a link to a file outside the account folder (not followed)",
            file,
            "copy the file into the folder instead of linking it",
        )
    return file


def avatar_inside(file, root):
    """`file` if it may be used as an avatar; None (with a warning) for a link out of `root`."""
    if file is None or inside(file, root):
        return file
    log.warning("%s: avatar links outside the account folder; ignored", file)
    return None


def where(path) -> Path:
    """A `Path` naming `path` in messages (an entry of a zip reads `archive.zip/data/tweets.js`)."""
    return path if isinstance(path, Path) else Path(str(path))


def fetched_avatar(folder: Path, record: dict) -> Path | None:
    """The profile picture `htsite fetch` saved in `folder`, as its `fetch.json` (`record`) names it:
    a plain file name, inside the folder, that is there; else None."""
    name = record.get("avatar") if isinstance(record, dict) else None
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    file = folder / name
    return avatar_inside(file, folder) if file.is_file() else None

"""An account folder as `htsite fetch` keeps it: reading what an earlier fetch saved, and writing a
fetch's result so that nothing is ever half-written.

Files (Mastodon / Bluesky): `statuses.json` / `feed.json` (every post saved, newest first, as the
server sent it), `account.json` / `profile.json` (the profile), `avatar.<png|jpg|gif|webp>` (the
profile picture) and `fetch.json`, the record: what the last run added, the totals, where the next
run continues (`newest_id`, `gaps`), and a line per run (`runs`). Each file is written to a temporary
name beside it and renamed over it, and only if its bytes changed (a fetch that added nothing leaves
the posts file as it was); `fetch.json` last, so that it describes files that are there.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.fetch.service import FetchError

POSTS = {"mastodon": "statuses.json", "bsky": "feed.json"}
PROFILE = {"mastodon": "account.json", "bsky": "profile.json"}
RECORD = "fetch.json"
AVATAR = "avatar"  # avatar.png, avatar.jpg, …
MAX_AVATAR = 8 << 20  # bytes an avatar download may have (Mastodon's own limit is 8 MB)
IMAGE_TYPES = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
RUNS_KEPT = 100  # lines of history in fetch.json


@dataclass
class Stored:
    items: list  # the posts saved before (statuses or feed items), newest first; [] if none
    record: dict  # the last fetch.json, or {}


def _load(path: Path):
    return json.loads(path.read_bytes().decode("utf-8", errors="replace"))


def read(folder: Path, service: str, full: bool, spec: str) -> Stored:
    """What an earlier fetch left in `folder`. A damaged posts file stops an incremental fetch (which
    would otherwise forget it); `--full` fetches everything again and replaces it."""
    record: dict = {}
    if (folder / RECORD).is_file():
        try:
            record = _load(folder / RECORD)
        except (OSError, ValueError):
            record = {}  # only cursors and counts: a fetch can do without it
    record = record if isinstance(record, dict) else {}
    path = folder / POSTS[service]
    if not path.is_file():
        return Stored([], record)
    try:
        data = _load(path)
        items = data if service == "mastodon" else data.get("feed") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ValueError("not the shape htsite fetch saves")
    except (OSError, ValueError) as exc:
        if full:
            return Stored([], record)
        raise FetchError(
            f"cannot read the posts fetched before ({str(exc).splitlines()[0][:120]})",
            path,
            f"run `htsite fetch --full {spec}` to fetch everything again",
        ) from None
    return Stored([i for i in items if isinstance(i, dict)], record)


def dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def write_bytes(path: Path, data: bytes) -> bool:
    """`data` at `path` (temp file beside it, then renamed over it); False if it was there already."""
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)  # a temp file is private (0600); an export is the user's ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_json(path: Path, data) -> bool:
    return write_bytes(path, dumps(data))


def avatar_name(data: bytes) -> str:
    """`avatar.<ext>` for a downloaded image, decoded with the guard archive avatars get (its size
    is checked before it is decoded); `ImageRefused` saying why it is not used."""
    from generator.avatar import ImageRefused, read_checked

    img = read_checked(io.BytesIO(data))
    kind = img.info.get("format")
    if kind not in IMAGE_TYPES:
        raise ImageRefused(f"is a {kind} image, not PNG, JPEG, GIF or WebP")
    return f"{AVATAR}.{IMAGE_TYPES[kind]}"


def save(folder: Path, files: dict, avatar: tuple[str, bytes] | None, old_avatar: str | None, record: dict):
    """Write `files` (name → JSON value), the avatar (name, bytes) and `record`; the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [name for name, data in files.items() if write_json(folder / name, data)]
    if avatar is not None and write_bytes(folder / avatar[0], avatar[1]):
        written.append(avatar[0])
    keep = avatar[0] if avatar else record.get("avatar")
    if old_avatar and old_avatar != keep and is_avatar_name(old_avatar):
        (folder / old_avatar).unlink(missing_ok=True)  # a new picture in another format, or none now
    write_json(folder / RECORD, record)
    return [*written, RECORD]


def is_avatar_name(name) -> bool:
    """True for a name `save` gives an avatar (never a path: a record's value is not trusted)."""
    return isinstance(name, str) and name in {f"{AVATAR}.{ext}" for ext in IMAGE_TYPES.values()}

"""Mastodon statuses saved from the public REST API (what `htsite fetch mastodon:@user@host` writes).

An account folder holds `statuses.json`, a JSON array of statuses exactly as
`GET /api/v1/accounts/:id/statuses` returned them (pages joined), and `account.json`, the
`GET /api/v1/accounts/lookup` response (`username`, `display_name`, `note`). `fetch.json`, written
by `htsite fetch`, records how many non-public statuses it dropped before saving (`withheld`) and
the profile picture it downloaded (`avatar`, a file in the folder).

A status whose `reblog` is set is a boost (counted as a retweet, never trained on). Only
`visibility` public or unlisted is read; any other status in the file (followers-only, direct — the
API returns them only to an authorised client) is counted as withheld and its text never read.
Status `content` is the same HTML as in an archive's outbox, so it is turned into text the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.errors import InputError
from generator.ingest.mastodon import html_to_text
from generator.ingest.model import Account, Post
from generator.ingest.paths import checked, fetched_avatar, inside

STATUSES = "statuses.json"
ACCOUNT = "account.json"
META = "fetch.json"
VISIBLE = {"public", "unlisted"}
PEEK = 4096  # bytes read to tell a statuses array from a Bluesky feed page


def is_statuses_file(file: Path) -> bool:
    """True for a .json file holding a JSON array (a Bluesky feed page is an object)."""
    try:
        with file.open("rb") as fh:
            head = fh.read(PEEK).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"[")


def find(folder: Path) -> Path | None:
    file = folder / STATUSES
    return file if file.is_file() else None


def _read(file: Path, hint: str):
    try:
        return json.loads(file.read_bytes().decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise InputError(f"JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})", file, hint) from None


def _side_file(folder: Path, name: str) -> dict:
    """`account.json` / `fetch.json` beside the statuses, if present, inside the folder, an object."""
    file = folder / name
    if not file.is_file() or not inside(file, folder):
        return {}
    data = _read(file, "fetch the account again")
    return data if isinstance(data, dict) else {}


def _post(status: dict) -> Post | None:
    """The status as a Post; None for one without usable text. Its id is the status's `uri` (the
    ActivityPub id an archive's outbox uses too; for a boost, the Announce activity's)."""
    created = _str(status.get("created_at"))
    uri = _str(status.get("uri"))
    if status.get("reblog"):
        return Post(text="", is_repost=True, created_at=created, id=uri)
    content = status.get("content")
    return Post(text=html_to_text(content), created_at=created, id=uri) if isinstance(content, str) else None


def load(file: Path, handle: str | None = None, folder: Path | None = None) -> Account:
    statuses = _read(file, "fetch the account again (`htsite fetch mastodon:@user@host`)")
    if not isinstance(statuses, list):
        raise InputError(
            "expected a JSON array of Mastodon statuses",
            file,
            "save /api/v1/accounts/:id/statuses as it came",
        )
    posts: list[Post] = []
    withheld = bad = 0
    for status in statuses:
        if not isinstance(status, dict):
            bad += 1
        elif status.get("visibility") not in VISIBLE:
            withheld += 1  # followers-only or direct: never read its text
        elif (post := _post(status)) is None:
            bad += 1
        else:
            posts.append(post)
    actor = _side_file(folder, ACCOUNT) if folder else {}
    meta = _side_file(folder, META) if folder else {}
    if isinstance(meta.get("withheld"), int) and meta["withheld"] > 0:
        withheld += meta["withheld"]
    username = handle or _str(actor.get("username")) or (folder.name if folder else file.stem)
    return Account(
        handle=username,
        name=_str(actor.get("display_name")) or username,
        format="mastodon",
        source=folder or file,
        posts=posts,
        bio=html_to_text(_str(actor.get("note")) or ""),
        avatar=fetched_avatar(folder, meta) if folder else None,
        withheld=withheld,
        bad_rows=bad,
    )


def load_folder(folder: Path, handle: str | None = None) -> Account:
    return load(checked(folder / STATUSES, folder), handle, folder)


def _str(value) -> str | None:
    return value if isinstance(value, str) and value else None

"""X / Twitter "Download your data" archives: data/tweets.js (+ parts), account.js, profile.js."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post

TWEET_FILES = re.compile(r"^(tweets?)(-part\d+)?\.js$")


def data_dir(path: Path) -> Path | None:
    """The folder holding tweets.js, if `path` is (or contains) an X archive."""
    for candidate in (path / "data", path):
        if candidate.is_dir() and any(TWEET_FILES.match(p.name) for p in candidate.iterdir()):
            return candidate
    return None


def read_ytd(path: Path) -> list:
    """Parse a `window.YTD.<type>.partN = [...]` file."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    head, sep, body = raw.partition("=")
    if not sep or not head.strip().startswith("window.YTD."):
        raise InputError("not an X archive data file (expected 'window.YTD.… = [')", path, "re-download it")
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"archive JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})",
            path,
            "re-download or re-extract the archive",
        ) from None
    if not isinstance(data, list):
        raise InputError("expected a JSON array after '='", path, "re-download the archive")
    return data


def _unwrap(entry: dict, key: str) -> dict:
    # Newer archives wrap each entry ({"tweet": {...}}); the oldest do not.
    return entry.get(key, entry) if isinstance(entry, dict) else {}


def load(path: Path, handle: str | None = None) -> Account:
    data = data_dir(path)
    if data is None:
        raise InputError("no data/tweets.js in this X archive", path, "unpack the whole archive")
    posts: list[Post] = []
    for file in sorted(p for p in data.iterdir() if TWEET_FILES.match(p.name)):
        for entry in read_ytd(file):
            tweet = _unwrap(entry, "tweet")
            text = tweet.get("full_text") or tweet.get("text")
            if isinstance(text, str):
                posts.append(
                    Post(text=text, is_repost=text.startswith("RT @"), created_at=tweet.get("created_at"))
                )

    username, display, bio, avatar = handle, None, "", None
    if (data / "account.js").is_file():
        accounts = read_ytd(data / "account.js")
        acct = _unwrap(accounts[0], "account") if accounts else {}
        username = handle or acct.get("username")
        display = acct.get("accountDisplayName")
    if (data / "profile.js").is_file():
        profiles = read_ytd(data / "profile.js")
        prof = _unwrap(profiles[0], "profile") if profiles else {}
        bio = ((prof.get("description") or {}).get("bio")) or ""
        avatar = _find_avatar(data / "profile_media", prof.get("avatarMediaUrl") or "")
    username = username or path.name
    return Account(
        handle=username,
        name=display or username,
        format="x-archive",
        source=path,
        posts=posts,
        bio=bio,
        avatar=avatar,
    )


def _find_avatar(media: Path, url: str) -> Path | None:
    """The avatar is the file in profile_media/ whose name ends with the URL's last part."""
    if not media.is_dir() or not url:
        return None
    last = url.rstrip("/").rsplit("/", 1)[-1]
    for file in sorted(media.iterdir()):
        if file.is_file() and last and file.name.endswith(last):
            return file
    return None

"""X / Twitter "Download your data" archives: data/tweets.js (+ parts), account.js, profile.js.

`path` may be a folder or the root of an archive inside a zip (`zipped.ZipPath`). Tweets holding bytes
that are not UTF-8 are skipped and counted in `bad_rows`; the rest of the file is still read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post
from generator.ingest.paths import avatar_inside, checked, inside, where

TWEET_FILES = re.compile(r"^(tweets?)(-part\d+)?\.js$")
NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8, kept by errors="surrogateescape"


def _part(file) -> tuple[int, str]:
    """tweets.js, tweets-part1.js, tweets-part2.js, …, tweets-part10.js (numeric order)."""
    match = TWEET_FILES.match(file.name)
    return (int(match.group(2)[5:]) if match and match.group(2) else 0, file.name)


def data_dir(path: Path) -> Path | None:
    """The folder holding tweets.js, if `path` is (or contains) an X archive."""
    for candidate in (path / "data", path):
        if candidate.is_dir() and any(TWEET_FILES.match(p.name) for p in candidate.iterdir()):
            return candidate
    return None


def read_ytd(path: Path, errors: str = "replace") -> list:
    """Parse a `window.YTD.<type>.partN = [...]` file."""
    raw = path.read_bytes().decode("utf-8", errors=errors)
    head, sep, body = raw.partition("=")
    if not sep or not head.strip().lstrip("\ufeff").startswith("window.YTD."):
        raise InputError(
            "not an X archive data file (expected 'window.YTD.… = [')", where(path), "re-download it"
        )
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"archive JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})",
            where(path),
            "re-download or re-extract the archive",
        ) from None
    if not isinstance(data, list):
        raise InputError("expected a JSON array after '='", where(path), "re-download the archive")
    return data


def _unwrap(entry: dict, key: str) -> dict:
    # Newer archives wrap each entry ({"tweet": {...}}); the oldest do not.
    return entry.get(key, entry) if isinstance(entry, dict) else {}


def load(path: Path, handle: str | None = None, default_handle: str | None = None) -> Account:
    data = data_dir(path)
    if data is None:
        raise InputError("no data/tweets.js in this X archive", where(path), "unpack the whole archive")
    posts: list[Post] = []
    bad = 0
    for file in sorted((p for p in data.iterdir() if TWEET_FILES.match(p.name)), key=_part):
        for entry in read_ytd(checked(file, path), errors="surrogateescape"):
            tweet = _unwrap(entry, "tweet")
            text = tweet.get("full_text") or tweet.get("text")
            if isinstance(text, str):
                created = tweet.get("created_at")
                if NOT_UTF8.search(text) or (isinstance(created, str) and NOT_UTF8.search(created)):
                    bad += 1  # bytes that are not UTF-8: skipped, never half-read
                    continue
                posts.append(
                    Post(text=text, is_repost=text.startswith("RT @"), created_at=created, id=tweet_id(tweet))
                )

    username, display, bio, avatar = handle, None, "", None
    if (data / "account.js").is_file() and inside(data / "account.js", path):
        accounts = read_ytd(data / "account.js")
        acct = _unwrap(accounts[0], "account") if accounts else {}
        username = handle or acct.get("username")
        display = acct.get("accountDisplayName")
    if (data / "profile.js").is_file() and inside(data / "profile.js", path):
        profiles = read_ytd(data / "profile.js")
        prof = _unwrap(profiles[0], "profile") if profiles else {}
        bio = ((prof.get("description") or {}).get("bio")) or ""
        avatar = avatar_inside(_find_avatar(data / "profile_media", prof.get("avatarMediaUrl") or ""), path)
    username = username or default_handle or path.name
    return Account(
        handle=username,
        name=display or username,
        format="x-archive",
        source=path,
        posts=posts,
        bio=bio,
        avatar=avatar,
        bad_rows=bad,
    )


def tweet_id(tweet: dict) -> str | None:
    """The tweet's id as a string (archives store `id_str`; the oldest, a number in `id`)."""
    value = tweet.get("id_str") or tweet.get("id")
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def _find_avatar(media: Path, url: str) -> Path | None:
    """The avatar is the file in profile_media/ whose name ends with the URL's last part."""
    if not media.is_dir() or not url:
        return None
    last = url.rstrip("/").rsplit("/", 1)[-1]
    for file in sorted(media.iterdir(), key=lambda f: f.name):
        if file.is_file() and last and file.name.endswith(last):
            return file
    return None

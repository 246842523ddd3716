"""What every importer returns: one account with its raw posts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Post:
    text: str  # raw text as exported (entities and URLs still in it)
    is_repost: bool = False  # retweet / boost / repost: counted, never trained on
    created_at: str | None = None


@dataclass
class Account:
    handle: str
    name: str
    format: str  # x-archive | mastodon | bluesky | csv | jsonl | txt
    source: Path
    posts: list[Post] = field(default_factory=list)
    bio: str = ""
    avatar: Path | None = None
    withheld: int = 0  # private posts (followers-only, direct) that were never read into training
    bad_rows: int = 0  # rows that could not be decoded and were skipped

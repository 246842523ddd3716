"""What every importer returns: one account with its raw posts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Post:
    text: str  # raw text as exported (entities and URLs still in it)
    is_repost: bool = False  # retweet / boost / repost: counted, never trained on
    created_at: str | None = None
    # The post's identity within its service, where the export has one: a tweet id, a Mastodon
    # status URI (an archive's outbox and the API agree on it), a Bluesky at:// URI. Used to drop
    # a post that an archive and a fetch of the same account both hold.
    id: str | None = None


@dataclass
class Account:
    handle: str
    name: str
    format: str  # x-archive | mastodon | bluesky | csv | jsonl | txt (combined: "x-archive + mastodon")
    source: Path
    posts: list[Post] = field(default_factory=list)
    bio: str = ""
    avatar: Path | None = None
    withheld: int = 0  # private posts (followers-only, direct) that were never read into training
    bad_rows: int = 0  # rows that could not be decoded and were skipped
    kind: str = ""  # the export as `detect_format` names it: x-archive-zip, mastodon-api, bluesky-feed, …
    duplicates: int = 0  # posts dropped because an earlier source of the same service held them
    # The sources an account folder combined (an archive, then fetched posts), each with its own
    # posts after duplicates were dropped; empty for an account read from one export.
    parts: list[Account] = field(default_factory=list)

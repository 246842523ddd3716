"""Curation, kept exactly as huggingtweets did it:

downloaded → minus retweets → unescape HTML entities, remove http(s) URLs, collapse whitespace
→ minus short posts (fewer than 3 words that contain none of `http`, `@`, `#`) → kept
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from generator.ingest.model import Account

URL = re.compile(r"https?://\S+")
WORD = re.compile(r"\S+")  # the words str.split() gives (\s is str.isspace), found one at a time
SPACE = re.compile(r"\s{2,}|[^\S ]")  # runs to collapse: not single spaces, which stay as they are
BORING = ("http", "@", "#")


@dataclass
class Curated:
    handle: str
    name: str
    downloaded: int
    retweets: int
    short: int
    kept: int
    withheld: int = 0
    bad_rows: int = 0
    texts: list[str] = field(default_factory=list, repr=False)
    source: str = ""  # the export it came from, as `ingest.detect_format` names it
    duplicates: int = 0  # posts an earlier source of the same account already held (not counted above)
    parts: list[Curated] = field(default_factory=list, repr=False)  # per source, for a combined folder

    @property
    def kept_chars(self) -> int:
        return sum(len(t) for t in self.texts)

    def counts(self) -> dict:
        return {
            "handle": self.handle,
            "name": self.name,
            "downloaded": self.downloaded,
            "retweets": self.retweets,
            "short": self.short,
            "kept": self.kept,
            "withheld": self.withheld,
        }

    def sources(self) -> list[dict]:
        """`counts()` for each source of the account (one, or an archive and fetched posts), with
        the export it is and the duplicates dropped from it."""
        return [
            {"source": c.source, **c.counts(), "duplicates": c.duplicates} for c in (self.parts or [self])
        ]


# Both functions give exactly what `" ".join(text.split())` and a list of words would, but without
# turning a post of megabytes into a million small strings (~16× its size in memory).


def clean(text: str) -> str:
    text = html.unescape(text)
    text = URL.sub(" ", text)
    return SPACE.sub(" ", text).strip()


def is_short(text: str) -> bool:
    """Fewer than 3 words that contain none of http, @, # (case-insensitive)."""
    words = 0
    for match in WORD.finditer(text):
        word = match.group().lower()
        if not any(b in word for b in BORING):
            words += 1
            if words == 3:
                return False
    return True


def curate(account: Account) -> Curated:
    """The account's training texts and the counts of what was dropped; an account combined from
    several sources is curated source by source and summed (its texts in the same order)."""
    if account.parts:
        parts = [curate(part) for part in account.parts]
        return Curated(
            handle=account.handle,
            name=account.name,
            downloaded=sum(c.downloaded for c in parts),
            retweets=sum(c.retweets for c in parts),
            short=sum(c.short for c in parts),
            kept=sum(c.kept for c in parts),
            withheld=sum(c.withheld for c in parts),
            bad_rows=sum(c.bad_rows for c in parts),
            texts=[t for c in parts for t in c.texts],
            source=account.kind,
            duplicates=sum(c.duplicates for c in parts),
            parts=parts,
        )
    originals = [p.text for p in account.posts if not p.is_repost]
    cleaned = [clean(t) for t in originals]
    kept = [t for t in cleaned if not is_short(t)]
    return Curated(
        handle=account.handle,
        name=account.name,
        downloaded=len(account.posts),
        retweets=len(account.posts) - len(originals),
        short=len(cleaned) - len(kept),
        kept=len(kept),
        withheld=account.withheld,
        bad_rows=account.bad_rows,
        texts=kept,
        source=account.kind,
        duplicates=account.duplicates,
    )

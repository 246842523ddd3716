"""Pre-2018 X / Twitter archives ("Grailbird"): `data/js/tweets/YYYY_MM.js` and `tweets.csv`.

Archives Twitter sent until about 2018 hold one file per month,
`Grailbird.data.tweets_2013_01 = [ {...}, ... ]`, with API-style tweets (`text`, `created_at`,
`user.screen_name`, `user.name`), plus `data/js/user_details.js` (`var user_details = {screen_name,
full_name, bio}`) and `tweets.csv` (one row per tweet, a `text` column) at the top. The JS files
are read when present (they name the account); a folder with only `tweets.csv` is read as a CSV.

Retweets are found as everywhere else: text starting `RT @` (the original's rule; old native
retweets carry that prefix in `text` too). Tweets holding bytes that are not UTF-8 are skipped and
counted in `bad_rows`. `path` may be a folder or the root of an archive inside a zip.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.errors import InputError
from generator.ingest import plaintext
from generator.ingest.model import Account, Post
from generator.ingest.paths import checked, inside, where
from generator.ingest.xarchive import NOT_UTF8, tweet_id

MONTH_FILE = re.compile(r"^\d{4}_\d{2}\.js$")
MONTH_MEMBER = re.compile(r"(^|/)data/js/tweets/\d{4}_\d{2}\.js$")  # inside a zip
CSV_NAME = "tweets.csv"
CSV_MARK = "tweet_id"  # a column only Twitter's tweets.csv has


def tweets_dir(path: Path) -> Path | None:
    """The folder of monthly files, if `path` is (or is the data/ folder of) a Grailbird archive."""
    for candidate in (path / "data" / "js" / "tweets", path / "js" / "tweets"):
        if candidate.is_dir() and any(MONTH_FILE.match(p.name) for p in candidate.iterdir()):
            return candidate
    return None


def csv_file(path: Path) -> Path | None:
    """`tweets.csv` at the top of an archive, recognised by its `tweet_id` column."""
    file = path / CSV_NAME
    if not file.is_file():
        return None
    with file.open("rb") as fh:
        head = fh.readline(4096).decode("utf-8", errors="replace")
    return file if CSV_MARK in head else None


def is_grailbird(path: Path) -> bool:
    return tweets_dir(path) is not None or csv_file(path) is not None


def read_js(file: Path, errors: str = "surrogateescape"):
    """Parse `<name> = <JSON>` (Grailbird.data.tweets_YYYY_MM or var user_details)."""
    raw = file.read_bytes().decode("utf-8", errors=errors)
    _, sep, body = raw.partition("=")
    if not sep:
        raise InputError("not a Twitter archive data file (expected '… = ')", where(file), "re-download it")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"archive JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})",
            where(file),
            "re-download or re-extract the archive",
        ) from None


def _tweets(folder: Path, root: Path) -> tuple[list[Post], dict, int]:
    """Posts of every monthly file (oldest month first), the last tweet's `user`, bad rows."""
    posts: list[Post] = []
    user: dict = {}
    bad = 0
    for file in sorted((p for p in folder.iterdir() if MONTH_FILE.match(p.name)), key=lambda p: p.name):
        entries = read_js(checked(file, root))
        if not isinstance(entries, list):
            raise InputError("expected a JSON array after '='", where(file), "re-download the archive")
        for tweet in entries:
            text = tweet.get("text") if isinstance(tweet, dict) else None
            if not isinstance(text, str):
                bad += 1
                continue
            created = tweet.get("created_at") if isinstance(tweet.get("created_at"), str) else None
            if NOT_UTF8.search(text) or (created and NOT_UTF8.search(created)):
                bad += 1  # bytes that are not UTF-8: skipped, never half-read
                continue
            posts.append(
                Post(text=text, is_repost=text.startswith("RT @"), created_at=created, id=tweet_id(tweet))
            )
            if isinstance(tweet.get("user"), dict):
                user = tweet["user"]
    return posts, user, bad


def _details(js: Path, root: Path) -> dict:
    """`js/user_details.js` beside the monthly files: screen_name, full_name, bio."""
    file = js / "user_details.js"
    if not file.is_file() or not inside(file, root):
        return {}
    data = read_js(file, errors="replace")
    return data if isinstance(data, dict) else {}


def load(path: Path, handle: str | None = None, default_handle: str | None = None) -> Account:
    folder = tweets_dir(path)
    if folder is None:
        file = csv_file(path)
        if file is None:
            raise InputError("no data/js/tweets/ or tweets.csv here", where(path), "unpack the whole archive")
        posts, bad = plaintext.read_csv(checked(file, path))
        details, user = {}, {}
    else:
        posts, user, bad = _tweets(folder, path)
        details = _details(folder.parent, path)
    username = handle or details.get("screen_name") or user.get("screen_name") or default_handle or path.name
    return Account(
        handle=str(username),
        name=str(details.get("full_name") or user.get("name") or username),
        format="x-archive",
        source=path,
        posts=posts,
        bio=str(details.get("bio") or ""),
        bad_rows=bad,
    )

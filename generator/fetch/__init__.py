"""`htsite fetch`: download an account's public posts into `site_src/accounts/<handle>/`, and keep
them current.

The only networked code in htsite, and never called by a build: it saves the servers' JSON, which
the ordinary importers then read offline. Mastodon is fetched through Mastodon.py, Bluesky through
the atproto SDK (`fetch.mastodon`, `fetch.bluesky`); `fetch.service` holds the retry and error
policy both share, `fetch.store` the folder's files.

- `bsky:<handle>`: the public AppView, no login: the profile, then the author feed.
- `mastodon:@user@instance`: the instance's public API: the account, then its statuses; only public
  and unlisted ones are saved (others are counted as withheld and never written).

The first fetch takes the newest posts, up to `--limit`. Every later fetch asks only for what is
newer than what the folder holds (Mastodon: `min_id`; Bluesky: paging stops at the first known
post), adds it, and keeps the rest, including posts since deleted upstream; `--full` fetches
everything again and replaces what was saved. The profile picture is downloaded too (size-capped
and decoded with the guard archive avatars get). An account folder may also hold an archive of the
same person: `ingest` reads both and counts a post they share once. Nothing is written until every
page has arrived, and each file is replaced whole, so a failed fetch leaves the previous files as
they were and running it again completes it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator import __version__
from generator.errors import InputError
from generator.fetch import store
from generator.fetch.service import MAX_WAIT, RETRIES, FetchError, retry_wait  # noqa: F401 (the API)
from generator.ingest import find_sources

BSKY_APPVIEW = "https://public.api.bsky.app"
DEFAULT_LIMIT = 3200  # posts per run; the Twitter API the original used stopped at 3,200 too
# A Bluesky handle is a domain name; a DID (did:plc:…) is accepted too.
BSKY_HANDLE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", re.I)
BSKY_DID = re.compile(r"^did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$")
MASTODON_USER = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$")
HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?$")


@dataclass
class Spec:
    service: str  # bsky | mastodon
    handle: str  # alice.bsky.social | user@instance
    user: str  # alice.bsky.social | user
    instance: str | None = None  # mastodon only

    @property
    def folder(self) -> str:
        """The account folder's name: the full handle (safe: no '/', never '.' or '..')."""
        return self.handle

    def __str__(self) -> str:
        return f"bsky:{self.handle}" if self.service == "bsky" else f"mastodon:@{self.handle}"


def parse_spec(text: str) -> Spec:
    """`bsky:<handle>` or `mastodon:@user@instance`; a ValueError explains what is wrong."""
    service, sep, rest = text.strip().partition(":")
    service = service.lower()
    if not sep or service not in ("bsky", "bluesky", "mastodon"):
        raise ValueError("use bsky:<handle> or mastodon:@user@instance")
    if service in ("bsky", "bluesky"):
        handle = rest.lstrip("@").lower()
        if not (BSKY_HANDLE.match(handle) or BSKY_DID.match(handle)):
            raise ValueError(f"{rest!r} is not a Bluesky handle (like alice.bsky.social)")
        return Spec("bsky", handle, handle)
    user, at, instance = rest.lstrip("@").partition("@")
    if not at or not MASTODON_USER.match(user) or not HOST.match(instance) or ".." in instance:
        raise ValueError(f"{rest!r} is not a Mastodon handle (like @user@mastodon.social)")
    return Spec("mastodon", f"{user}@{instance.lower()}", user, instance.lower())


def base_url(spec: Spec, override: str | None = None) -> str:
    """The API root: `override`, else $HTSITE_BSKY_APPVIEW / $HTSITE_MASTODON_BASE, else the public one."""
    env = "HTSITE_BSKY_APPVIEW" if spec.service == "bsky" else "HTSITE_MASTODON_BASE"
    default = BSKY_APPVIEW if spec.service == "bsky" else f"https://{spec.instance}"
    url = (override or os.environ.get(env) or default).rstrip("/")
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


# -- the folder -----------------------------------------------------------------------------------


def target_folder(accounts_dir: Path, spec: Spec) -> Path:
    """`accounts_dir/<handle>`, refused if it would resolve outside `accounts_dir` (a link out)."""
    folder = accounts_dir / spec.folder
    if (
        not folder.resolve().is_relative_to(accounts_dir.resolve())
        or folder.resolve() == accounts_dir.resolve()
    ):
        raise FetchError(
            "is a link to a folder outside the site (not followed)", folder, "remove the link and fetch again"
        )
    return folder


def check_folder(folder: Path) -> None:
    """Refuse to fetch into a folder holding a plain CSV / JSONL / TXT export: its posts have no ids
    to combine with fetched ones, and it would no longer be read. An archive is fine."""
    if not folder.is_dir():
        return
    try:
        found = find_sources(folder)
    except InputError:
        return  # nothing importable there yet (maybe just account.yaml), or an archive to fix later
    if found == ["plain"]:
        raise FetchError(
            "already holds a plain export (CSV/JSONL/TXT), which cannot be combined with fetched posts",
            folder,
            "move that export to a folder of its own, or fetch into a new site",
        )


# -- one run --------------------------------------------------------------------------------------


@dataclass
class Result:
    """What a run got, before anything is written."""

    profile: dict
    items: list  # every post to save, newest first
    new: list  # the posts this run added
    withheld_new: int = 0  # private statuses dropped this run (Mastodon)
    complete: bool = True  # False when --limit stopped it before the end / the posts it had
    pages: int = 0
    cursor: dict = field(default_factory=dict)  # where the next run continues (newest_id, gaps)
    avatar_url: str | None = None


def _mastodon(service, spec: Spec, stored: store.Stored, limit: int, progress) -> Result:
    from generator.fetch.mastodon import id_order, status_id

    account = service.lookup(spec.user)
    account_id = status_id(account)
    old, record = stored.items, stored.record
    if old:
        ids = [status_id(s) for s in old] + [record.get("newest_id")]
        since = max((i for i in ids if isinstance(i, str) and i), key=id_order)
        new, withheld, newest, done, pages = service.walk_up(account_id, since, limit, progress)
        older, below = [], record.get("older_than") if isinstance(record.get("older_than"), str) else None
        if below and len(new) < limit:  # an earlier run stopped at its limit: go on down from there
            older, more, _, below, pages = service.walk_down(
                account_id, limit - len(new), progress, below, pages
            )
            withheld += more
        have = {status_id(s) for s in old}
        new = [s for s in new if status_id(s) not in have]
        older = [s for s in older if status_id(s) not in have]
        items, added, complete = new + old + older, new + older, done and below is None
    else:
        new, withheld, newest, below, pages = service.walk_down(account_id, limit, progress)
        items, added, complete = new, new, below is None
    avatar = account.get("avatar_static") or account.get("avatar")
    if isinstance(avatar, str) and avatar.endswith("/missing.png"):
        avatar = None  # the instance's placeholder: initials look better
    return Result(
        profile=account,
        items=items,
        new=added,
        withheld_new=withheld,
        complete=complete,
        pages=pages,
        cursor={"newest_id": newest or record.get("newest_id"), "older_than": below},
        avatar_url=avatar,
    )


def _bluesky(service, spec: Spec, stored: store.Stored, limit: int, progress) -> Result:
    from generator.ingest.bluesky import item_key

    profile = service.profile(spec.user)
    old = stored.items
    known = {k for k in map(item_key, old) if k is not None}
    top, resume, pages = service.walk(spec.user, None, known, limit, progress)
    # Where the limit stopped it: below the newest posts (a gap above the saved ones), or, on a
    # first fetch, at the old end. Either is a gap the next run fills first.
    gaps = [{"cursor": resume, "after": item_key(top[-1])}] if resume and top else []
    known |= {k for k in map(item_key, top) if k is not None}
    filled: dict = {}
    budget = limit - len(top)
    earlier = stored.record.get("gaps") if old and isinstance(stored.record.get("gaps"), list) else []
    for gap in earlier:
        if not (isinstance(gap, dict) and all(isinstance(gap.get(k), str) for k in ("cursor", "after"))):
            continue
        if budget <= 0:
            gaps.append(gap)  # not reached this time: next time
            continue
        got, more, pages = service.walk(spec.user, gap["cursor"], known, budget, progress, pages)
        budget -= len(got)
        known |= {k for k in map(item_key, got) if k is not None}
        filled.setdefault(gap["after"], []).extend(got)
        if more:
            gaps.append({"cursor": more, "after": item_key(got[-1]) if got else gap["after"]})
    items = top + _insert(old, filled)
    return Result(
        profile=profile,
        items=items,
        new=top + [i for got in filled.values() for i in got],
        complete=resume is None and not gaps,
        pages=pages,
        cursor={"gaps": gaps},
        avatar_url=profile.get("avatar"),
    )


def _insert(old: list, filled: dict) -> list:
    """`old` with each gap's items put right after the item they follow (or first, if it is gone)."""
    from generator.ingest.bluesky import item_key

    if not filled:
        return old
    placed = {item_key(i) for i in old} & set(filled)
    out = [i for after, got in filled.items() if after not in placed for i in got]
    for item in old:
        out.append(item)
        out.extend(filled.get(item_key(item), []) if item_key(item) in placed else [])
    return out


def _is_repost(item: dict, service: str) -> bool:
    if service == "mastodon":
        return bool(item.get("reblog"))
    reason = item.get("reason")
    return isinstance(reason, dict) and reason.get("$type") == "app.bsky.feed.defs#reasonRepost"


def _key(item: dict, service: str) -> str | None:
    if service == "mastodon":
        from generator.fetch.mastodon import status_id

        return status_id(item)
    from generator.ingest.bluesky import item_key

    return item_key(item)


def _avatar(service, url: str | None, stored: store.Stored, folder: Path, full: bool):
    """(file name, bytes to write or None when the saved one stands, its URL), or (None, None, None)
    for no avatar. A failed or refused download keeps the picture fetched before, with a warning."""
    from generator.avatar import ImageRefused

    old_name, old_url = stored.record.get("avatar"), stored.record.get("avatar_url")
    has_old = store.is_avatar_name(old_name) and (folder / old_name).is_file()
    if not isinstance(url, str) or urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        return None, None, None
    if url == old_url and has_old and not full:
        return old_name, None, old_url  # the same picture as last time (its URL names its content)
    try:
        data = service.download(url, store.MAX_AVATAR)
        name = store.avatar_name(data)
    except FetchError as exc:
        service.warn(f"avatar not downloaded: {exc.one_line()}")
    except ImageRefused as exc:
        service.warn(f"{service.label}: the avatar at {url} {exc}; not saved (pages show initials)")
    else:
        service.info(f"{service.label}: avatar saved ({len(data):,} bytes)")
        return name, data, url
    return (old_name, None, old_url) if has_old else (None, None, None)


def fetch(
    spec: Spec, accounts_dir: Path, base: str, limit: int = DEFAULT_LIMIT, full: bool = False, progress=None
) -> dict:
    """Fetch `spec` into `accounts_dir/<handle>/`, adding to what is there (all again with `full`);
    the summary `htsite fetch --json` prints."""
    from generator.fetch.bluesky import BlueskyService
    from generator.fetch.mastodon import MastodonService

    folder = target_folder(accounts_dir, spec)
    check_folder(folder)
    stored = store.read(folder, spec.service, full, str(spec))
    incremental = bool(stored.items) and not full
    start = stored if incremental else store.Stored([], stored.record)  # what the run adds to
    run = _bluesky if spec.service == "bsky" else _mastodon
    service = (BlueskyService if spec.service == "bsky" else MastodonService)(str(spec), base, progress)
    what = "new posts" if incremental else "posts"

    def report(pages: int, count: int) -> None:
        service.info(f"{spec}: page {pages}, {count} {what}")

    # stdout is for the result (--json): anything a client library prints goes to stderr instead.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            got = run(service, spec, start, limit, report)
            avatar_file, avatar_bytes, avatar_url = _avatar(service, got.avatar_url, stored, folder, full)
        finally:
            service.close()

    kind = spec.service
    kept = {_key(i, kind) for i in got.items}
    removed = sum(1 for i in stored.items if _key(i, kind) not in kept) if full else 0
    previous = stored.record.get("withheld") if isinstance(stored.record.get("withheld"), int) else 0
    withheld = got.withheld_new + (previous if incremental else 0)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    this_run = {
        "fetched_at": now,
        "mode": "incremental" if incremental else "full",
        "added": len(got.new),
        "removed": removed,
        "withheld": got.withheld_new,
        "requests": service.requests,
        "complete": got.complete,
    }
    runs = stored.record.get("runs") if isinstance(stored.record.get("runs"), list) else []
    record = {
        "source": str(spec),
        "api": base,
        "fetched_at": now,
        "mode": this_run["mode"],
        "complete": got.complete,
        # What is saved now: totals (`withheld` counts every private status ever dropped, which
        # `ingest.mastodon_api` adds to the account's).
        "posts": len(got.items),
        "reposts": sum(_is_repost(i, kind) for i in got.items),
        "withheld": withheld,
        # What this run added (or, with --full, dropped as gone upstream).
        "added": len(got.new),
        "added_ids": [_key(i, kind) for i in got.new],
        "removed": removed,
        **got.cursor,  # where the next run continues
        "avatar": avatar_file,
        "avatar_url": avatar_url,
        "runs": [*runs, this_run][-store.RUNS_KEPT :],  # a line per run, this one last
        "htsite": __version__,
    }
    posts = got.items if kind == "mastodon" else {"feed": got.items}  # the shape of one API answer
    files = {store.PROFILE[kind]: got.profile, store.POSTS[kind]: posts}
    avatar = (avatar_file, avatar_bytes) if avatar_bytes is not None else None
    written = store.save(folder, files, avatar, stored.record.get("avatar"), record)
    return {
        "source": str(spec),
        "folder": str(folder),
        "mode": this_run["mode"],
        "files": written,
        "pages": got.pages,
        "requests": service.requests,
        "posts": record["posts"],
        "reposts": record["reposts"],
        "withheld": withheld,
        "added": len(got.new),
        "added_reposts": sum(_is_repost(i, kind) for i in got.new),
        "added_withheld": got.withheld_new,
        "removed": removed,
        "avatar": avatar_file,
        "complete": got.complete,
    }

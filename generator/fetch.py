"""`htsite fetch`: download an account's public posts into `site_src/accounts/<handle>/`.

The only networked code in htsite, and never called by a build: it saves raw API responses that
the ordinary importers then read offline.

- `bsky:<handle>`: the public AppView (no login) — `app.bsky.actor.getProfile`, then
  `app.bsky.feed.getAuthorFeed` pages (100 items each, following `cursor` until it is absent).
  Saved as `profile.json` and `feed.json` (`{"feed": [...all items...]}`, the shape of one page),
  which `ingest.bluesky` reads as saved feed pages.
- `mastodon:@user@instance`: the instance's public REST API — `/api/v1/accounts/lookup`, then
  `/api/v1/accounts/:id/statuses` pages (40 each, `max_id` = the last id seen) until a page is
  empty. Only public and unlisted statuses are saved (followers-only and direct ones are dropped
  before anything is written, and counted); saved as `account.json` and `statuses.json`, which
  `ingest.mastodon_api` reads.

Both record what was fetched in `fetch.json`. Nothing is written until every page has arrived;
then each file is written to a temporary name beside its target and renamed, so a failed fetch
leaves the previous files whole. Servers that answer HTTP 429 (or 5xx) are waited for as their
`Retry-After` / `ratelimit-reset` headers ask, a few times; one that asks for more than a minute
gets a clear error at once instead of a hung command.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from generator import __version__
from generator.errors import HtsiteError, InputError
from generator.ingest import detect_format

BSKY_APPVIEW = "https://public.api.bsky.app"
BSKY_PAGE = 100  # getAuthorFeed's maximum
MASTODON_PAGE = 40  # the statuses API's maximum
DEFAULT_LIMIT = 3200  # posts; the Twitter API the original used stopped at 3,200 too
MAX_WAIT = 60.0  # seconds: the longest wait honoured; a server asking for more gets an error at once
RETRIES = 4  # retries of one request after 429 / 5xx
TIMEOUT = 30.0  # seconds per request
MAX_BODY = 32 << 20  # bytes one response may have; a feed page is well under 1 MB
RETRYABLE = {429, 500, 502, 503, 504}
VISIBLE = {"public", "unlisted"}
# A Bluesky handle is a domain name; a DID (did:plc:…) is accepted too.
BSKY_HANDLE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", re.I)
BSKY_DID = re.compile(r"^did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$")
MASTODON_USER = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$")
HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?$")


def pause(seconds: float) -> None:
    time.sleep(seconds)


class FetchError(HtsiteError):
    """The server could not be reached, refused, or answered something unusable."""


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


# -- HTTP ------------------------------------------------------------------------------------------


def retry_wait(headers, attempt: int, now: float | None = None) -> float:
    """Seconds to wait before retrying: Retry-After (seconds or a date), else the rate-limit reset
    time (Bluesky: epoch seconds; Mastodon: an ISO date), else exponential back-off (1, 2, 4, … s)."""
    now = time.time() if now is None else now
    value = headers.get("Retry-After")
    wait = None
    if value:
        wait = _seconds(value, now, relative=True)
    for name in ("ratelimit-reset", "x-ratelimit-reset"):
        if wait is None and headers.get(name):
            wait = _seconds(headers.get(name), now, relative=False)
    if wait is None:
        wait = float(2**attempt)
    return max(wait, 0.0)


def _seconds(value: str, now: float, relative: bool) -> float | None:
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        return number if relative else number - now
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - now


@dataclass
class Client:
    """GET JSON with retries on 429 / 5xx; every failure becomes a one-line FetchError."""

    label: str  # names the fetch in errors: "bsky:alice.bsky.social"
    log: object = None  # a Reporter (warnings about waits), or None
    sleep: object = None  # how to wait; default `pause` (tests replace it)
    requests: int = field(default=0, init=False)

    def get(self, url: str, not_found: str = "not found"):
        for attempt in range(RETRIES + 1):
            self.requests += 1
            try:
                return self._once(url)
            except urllib.error.HTTPError as exc:
                if exc.code in RETRYABLE and attempt < RETRIES:
                    wait = retry_wait(exc.headers, attempt)
                    if wait > MAX_WAIT:  # minutes or hours away: say so now rather than hang
                        raise FetchError(
                            f"{self.label}: rate-limited by {_host(url)} for another {wait:,.0f} s",
                            hint="try again later",
                        ) from None
                    self._warn(f"{self.label}: HTTP {exc.code} from {_host(url)}; retrying in {wait:.0f} s")
                    (self.sleep or pause)(wait)
                    continue
                raise self._http_error(exc, url, not_found) from None
        raise AssertionError("unreachable")

    def _once(self, url: str):
        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": f"htsite/{__version__}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                body = response.read(MAX_BODY + 1)
        except urllib.error.HTTPError:
            raise
        except urllib.error.URLError as exc:
            reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
            raise FetchError(f"{self.label}: cannot reach {_host(url)} ({reason})", hint=_NET) from None
        except TimeoutError:
            raise FetchError(f"{self.label}: {_host(url)} did not answer in time", hint=_NET) from None
        except OSError as exc:  # connection reset mid-body, and the like
            raise FetchError(f"{self.label}: connection to {_host(url)} failed ({exc})", hint=_NET) from None
        if len(body) > MAX_BODY:
            raise FetchError(f"{self.label}: {_host(url)} sent more than {MAX_BODY >> 20} MB for one page")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise FetchError(
                f"{self.label}: {_host(url)} did not answer with JSON", hint="check --base-url"
            ) from None

    def _http_error(self, exc: urllib.error.HTTPError, url: str, not_found: str) -> FetchError:
        detail = _server_message(exc)
        if exc.code == 404 or (exc.code == 400 and "not found" in detail.lower()):
            return FetchError(f"{self.label}: {not_found} (HTTP {exc.code}{detail})", hint="check the handle")
        if exc.code == 429:
            return FetchError(f"{self.label}: still rate-limited by {_host(url)}", hint="try again later")
        if exc.code in (401, 403):
            return FetchError(
                f"{self.label}: {_host(url)} refuses anonymous reads (HTTP {exc.code}{detail})",
                hint="this account or server does not allow public fetching; ask for an archive",
            )
        return FetchError(f"{self.label}: HTTP {exc.code} from {_host(url)}{detail}", hint="try again later")

    def _warn(self, message: str) -> None:
        if self.log is not None:
            self.log.warn(message)


_NET = "check the network and the handle, or set --base-url"


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def _server_message(exc: urllib.error.HTTPError) -> str:
    """': <message>' from a JSON error body ({"error", "message"}), or ''."""
    try:
        data = json.loads(exc.read(64 << 10).decode("utf-8", errors="replace"))
    except (OSError, ValueError):
        return ""
    if not isinstance(data, dict):
        return ""
    text = data.get("message") or data.get("error_description") or data.get("error")
    return f": {' '.join(str(text).split())[:200]}" if text else ""


def _query(**params) -> str:
    return urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})


# -- the two services -----------------------------------------------------------------------------


@dataclass
class Fetched:
    """What a fetch got: files to save (name → JSON value) and counts for the summary."""

    files: dict = field(default_factory=dict)
    posts: int = 0  # items saved (posts and reposts / boosts)
    reposts: int = 0
    withheld: int = 0  # private statuses dropped before saving (Mastodon)
    pages: int = 0
    complete: bool = True  # False when --limit stopped it before the end


def fetch_bsky(spec: Spec, base: str, limit: int, client: Client, progress=None) -> Fetched:
    actor = urllib.parse.quote(spec.user, safe="")
    profile = client.get(f"{base}/xrpc/app.bsky.actor.getProfile?actor={actor}", "no such Bluesky account")
    out = Fetched(files={"profile.json": profile})
    items: list = []
    cursor = None
    while len(items) < limit:
        size = min(BSKY_PAGE, limit - len(items))
        url = f"{base}/xrpc/app.bsky.feed.getAuthorFeed?" + _query(actor=spec.user, limit=size, cursor=cursor)
        page = client.get(url, "no such Bluesky account")
        feed = page.get("feed") if isinstance(page, dict) else None
        if not isinstance(feed, list):
            raise FetchError(f"{spec}: {_host(base)} answered without a feed list", hint="check --base-url")
        out.pages += 1
        items.extend(feed[: limit - len(items)])
        _report(progress, spec, out.pages, len(items))
        next_cursor = page.get("cursor")
        if not feed or not isinstance(next_cursor, str) or next_cursor == cursor:
            break  # the end (a repeated cursor would loop forever)
        cursor = next_cursor
    else:
        out.complete = False
    out.files["feed.json"] = {"feed": items}
    out.posts = len(items)
    out.reposts = sum(_is_bsky_repost(item) for item in items)
    return out


def _is_bsky_repost(item) -> bool:
    reason = item.get("reason") if isinstance(item, dict) else None
    return isinstance(reason, dict) and reason.get("$type") == "app.bsky.feed.defs#reasonRepost"


def fetch_mastodon(spec: Spec, base: str, limit: int, client: Client, progress=None) -> Fetched:
    lookup = f"{base}/api/v1/accounts/lookup?" + _query(acct=spec.user)
    account = client.get(lookup, "no such Mastodon account")
    if not isinstance(account, dict) or not isinstance(account.get("id"), str | int):
        raise FetchError(f"{spec}: {_host(base)} answered the lookup without an id", hint="check --base-url")
    out = Fetched(files={"account.json": account})
    statuses: list = []
    max_id = None
    account_id = urllib.parse.quote(str(account["id"]), safe="")
    while len(statuses) < limit:
        url = f"{base}/api/v1/accounts/{account_id}/statuses?" + _query(limit=MASTODON_PAGE, max_id=max_id)
        page = client.get(url, "no such Mastodon account")
        if not isinstance(page, list):
            raise FetchError(f"{spec}: {_host(base)} answered without a list of statuses")
        out.pages += 1
        for status in page:
            if not isinstance(status, dict):
                continue
            if status.get("visibility") not in VISIBLE:
                out.withheld += 1  # followers-only or direct: dropped here, never written
            elif len(statuses) < limit:
                statuses.append(status)
        _report(progress, spec, out.pages, len(statuses))
        last = page[-1].get("id") if page and isinstance(page[-1], dict) else None
        if not page or last is None or last == max_id:
            break
        max_id = last
    else:
        out.complete = False
    out.files["statuses.json"] = statuses
    out.posts = len(statuses)
    out.reposts = sum(bool(s.get("reblog")) for s in statuses)
    return out


def _report(progress, spec: Spec, pages: int, count: int) -> None:
    if progress is not None:
        progress.info(f"{spec}: page {pages}, {count} posts")


# -- saving ---------------------------------------------------------------------------------------


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


def write_json(path: Path, data) -> None:
    """`data` as JSON at `path`: written to a temporary file beside it, then renamed over it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(folder: Path, spec: Spec, base: str, got: Fetched) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    meta = {
        "source": str(spec),
        "api": base,
        "fetched_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "posts": got.posts,
        "reposts": got.reposts,
        "withheld": got.withheld,
        "complete": got.complete,
        "htsite": __version__,
    }
    written = []
    # Each file is replaced whole; fetch.json last, so that it describes files that are there.
    for name, data in [*got.files.items(), ("fetch.json", meta)]:
        write_json(folder / name, data)
        written.append(folder / name)
    return written


def check_folder(folder: Path, spec: Spec) -> None:
    """Refuse to fetch into a folder holding another export, which would be read instead."""
    if not folder.is_dir():
        return
    try:
        found = detect_format(folder)
    except InputError:
        return  # nothing importable there yet (maybe just account.yaml)
    wanted = "bluesky-feed" if spec.service == "bsky" else "mastodon-api"
    if found != wanted:
        raise FetchError(
            f"already holds a {found} export, which would be read instead of the fetched posts",
            folder,
            "move that export elsewhere, or fetch into a new site",
        )


def fetch(
    spec: Spec, accounts_dir: Path, base: str, limit: int = DEFAULT_LIMIT, progress=None, sleep=None
) -> dict:
    """Fetch `spec` into `accounts_dir/<handle>/`; the summary `htsite fetch --json` prints."""
    folder = target_folder(accounts_dir, spec)
    check_folder(folder, spec)
    client = Client(str(spec), log=progress, sleep=sleep)
    fetcher = fetch_bsky if spec.service == "bsky" else fetch_mastodon
    got = fetcher(spec, base, limit, client, progress)
    files = save(folder, spec, base, got)  # only once everything was fetched: no half-saved account
    return {
        "source": str(spec),
        "folder": str(folder),
        "files": [f.name for f in files],
        "pages": got.pages,
        "requests": client.requests,
        "posts": got.posts,
        "reposts": got.reposts,
        "withheld": got.withheld,
        "complete": got.complete,
    }

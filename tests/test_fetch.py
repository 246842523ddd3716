"""`htsite fetch` against a fake Bluesky AppView / Mastodon instance on 127.0.0.1 (never the internet),
through the real clients (atproto SDK, Mastodon.py): pagination, incremental fetches that ask only for
what is new, rate limits, private statuses never saved, failures that leave the previous files whole,
avatars (a decompression bomb refused), archives and fetched posts in one folder, clean errors."""

from __future__ import annotations

import errno
import io
import ipaddress
import json
import socket
import threading
import time
import urllib.parse
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image, ImageFile
from typer.testing import CliRunner

from generator import fetch as fetching
from generator.cli import app
from generator.curate import curate
from generator.errors import InputError
from generator.fetch import service, store
from generator.ingest import detect_format, load_account
from generator.scaffold import scaffold
from tests.test_avatar import bomb_png, png_bytes

runner = CliRunner()
DID = "did:plc:wrenfictional000000000000"
WREN = {"did": DID, "handle": "wren.example.com", "displayName": "Wren Fieldnotes"}
SECRET = "PRIVATE-WORDS-NEVER-SAVED"
LOOPBACK = {"127.0.0.1", "localhost"}


# -- a fake API server ---------------------------------------------------------------------------


class Drop:
    """A response cut off mid-body: headers promising the whole page, half of it, then the socket
    closes (a server or proxy failing mid-page)."""

    def __init__(self, body):
        self.body = json.dumps(body).encode()


class FakeAPI:
    """Routes path → handler(query dict) → (status, JSON-able body, bytes or Drop, headers)."""

    def __init__(self):
        self.routes: dict = {}
        self.log: list[tuple[str, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                outer.log.append((url.path, query))
                route = outer.routes.get(url.path)
                status, body, headers = route(query) if route else (404, {"error": "NotFound"}, {})
                if isinstance(body, Drop):
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body.body)))
                    self.end_headers()
                    self.wfile.write(body.body[: len(body.body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def calls(self, path: str) -> list[dict]:
        return [q for p, q in self.log if p == path]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def api():
    server = FakeAPI()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def guard(monkeypatch):
    """No test reaches past 127.0.0.1. Every socket connection (urllib3 under Mastodon.py and httpx
    under the atproto SDK alike) and every name lookup is checked; one to anywhere else is refused
    *and* fails the test at teardown, even where a client turned the refusal into a clean error."""
    blocked: list = []
    real_connect, real_connect_ex, real_getaddrinfo = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.getaddrinfo,
    )

    def allowed(address) -> bool:
        return isinstance(address, tuple) and address[0] in LOOPBACK

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not allowed(address):
            blocked.append(address)
            raise OSError(errno.ENETUNREACH, "blocked by the test guard")
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not allowed(address):
            blocked.append(address)
            return errno.ENETUNREACH
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in LOOPBACK and not is_address(name):  # an address literal needs no lookup
            blocked.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "blocked by the test guard")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield blocked
    assert not blocked, f"a test tried to reach past 127.0.0.1: {blocked}"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """No test really waits for a rate limit (the waits asked for are recorded), and no test reads
    the developer's own fetch settings."""
    for var in ("HTSITE_BSKY_APPVIEW", "HTSITE_MASTODON_BASE", "HTSITE_SITE"):
        monkeypatch.delenv(var, raising=False)
    waits: list[float] = []
    monkeypatch.setattr(service, "pause", waits.append)
    return waits


@pytest.fixture
def site(tmp_path) -> Path:
    root = tmp_path / "site"
    scaffold(root)
    return root


def is_address(name) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def account_folders(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "site_src" / "accounts").iterdir() if not p.name.startswith("."))


def invoke(*args, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200", **(env or {})})


def assert_clean_failure(result, *needles: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.output
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


def inspect_json(path: Path) -> dict:
    result = invoke("inspect", "--json", path)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["accounts"][0]


def counts(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "sources"}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def fetch_ok(*args, **env) -> dict:
    result = invoke(*args, "--json", env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def png(colour=(200, 30, 30), size=(64, 64)) -> bytes:
    return png_bytes(size, colour)


# -- Bluesky -------------------------------------------------------------------------------------


def bsky_items(n_posts: int, n_reposts: int, start: int = 0) -> list[dict]:
    """`n_posts` of Wren's own posts (every 10th one short) and `n_reposts` reposts, interleaved;
    shaped as the AppView sends them (the SDK checks each page against the lexicon)."""
    items = []
    for i in range(start, start + n_posts + n_reposts):
        if i % 10 == 9 and n_reposts:
            n_reposts -= 1
            author = {"did": f"did:plc:other{i:021d}", "handle": f"p{i}.example.org"}
            items.append(
                {
                    "post": {
                        "uri": f"at://{author['did']}/app.bsky.feed.post/{i}",
                        "cid": f"bafyother{i}",
                        "author": author,
                        "record": {
                            "$type": "app.bsky.feed.post",
                            "text": f"someone else's note {i}",
                            "createdAt": "2024-05-01T00:00:00Z",
                        },
                        "indexedAt": "2024-05-01T00:00:00Z",
                    },
                    "reason": {
                        "$type": "app.bsky.feed.defs#reasonRepost",
                        "by": WREN,
                        "uri": f"at://{DID}/app.bsky.feed.repost/{i}",
                        "indexedAt": "2024-05-02T00:00:00Z",
                    },
                }
            )
            continue
        text = "Moss!" if i % 10 == 4 else f"note {i} on moss and lichen https://example.org/{i}"
        items.append(
            {
                "post": {
                    "uri": f"at://{DID}/app.bsky.feed.post/{i}",
                    "cid": f"bafywren{i}",
                    "author": WREN,
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": text,
                        "createdAt": "2024-05-01T00:00:00Z",
                    },
                    "indexedAt": "2024-05-01T00:00:00Z",
                }
            }
        )
    return items


def serve_bsky(api: FakeAPI, items: list[dict], fail_first: dict | None = None, avatar: bytes | None = None):
    """getProfile and getAuthorFeed over `items` (newest first; the list may grow at the front
    between fetches). A cursor counts the items after the page, so it stays valid as posts arrive,
    as the AppView's time-based cursors do."""
    profile = {**WREN, "description": "Field notes on small green things."}
    if avatar is not None:
        profile["avatar"] = f"{api.url}/img/avatar/wren.png"
        api.routes["/img/avatar/wren.png"] = lambda q: (200, avatar, {"Content-Type": "image/png"})
    api.routes["/xrpc/app.bsky.actor.getProfile"] = lambda q: (
        (200, profile, {})
        if q.get("actor") == WREN["handle"]
        else (400, {"error": "InvalidRequest", "message": "Profile not found"}, {})
    )
    pending = dict(fail_first or {})

    def feed(q):
        if q.get("actor") != WREN["handle"]:
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}, {}
        if pending.get("count", 0) > 0 and pending.get("after", 0) <= 0:
            pending["count"] -= 1
            return pending["status"], {"error": "RateLimitExceeded"}, pending.get("headers", {})
        pending["after"] = pending.get("after", 0) - 1
        start = len(items) - int(q["cursor"]) if "cursor" in q else 0
        end = start + int(q["limit"])
        page = {"feed": items[start:end]}
        if end < len(items):
            page["cursor"] = str(len(items) - end)
        if pending.get("drop") and start > 0:
            return 200, Drop(page), {}
        return 200, page, {}

    api.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = feed


FEED = "/xrpc/app.bsky.feed.getAuthorFeed"


def test_bsky_pages_followed_and_saved_folder_imports(api, site):
    items = bsky_items(230, 20)
    serve_bsky(api, items)
    result = invoke(
        "fetch", "bsky:@Wren.Example.com", "--site", site, "--json", env={"HTSITE_BSKY_APPVIEW": api.url}
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    folder = site / "site_src" / "accounts" / "wren.example.com"
    assert Path(summary["folder"]) == folder.resolve()
    assert (summary["pages"], summary["posts"], summary["reposts"], summary["complete"]) == (3, 250, 20, True)
    assert (summary["mode"], summary["added"]) == ("full", 250)
    # Three pages of 100, each asking for the cursor the previous one gave.
    pages = api.calls(FEED)
    assert [q.get("cursor") for q in pages] == [None, "150", "50"]
    assert all(q["limit"] == "100" for q in pages)
    assert sorted(p.name for p in folder.iterdir()) == ["feed.json", "fetch.json", "profile.json"]
    assert not list(folder.glob("*.tmp")) and not list(folder.glob(".*"))
    assert json.loads((folder / "feed.json").read_text()) == {"feed": items}  # saved as the server sent it

    assert detect_format(folder) == "bluesky-feed"
    account = load_account(folder)
    assert account.bio == "Field notes on small green things."
    assert account.avatar is None  # the profile has none: pages show initials
    # 230 own posts, 25 of them "Moss!" (short); 20 reposts.
    expected = {
        "handle": "wren.example.com",
        "name": "Wren Fieldnotes",
        "downloaded": 250,
        "retweets": 20,
        "short": 25,
        "kept": 205,
        "withheld": 0,
    }
    row = inspect_json(folder)
    assert counts(row) == expected
    assert row["sources"] == [{"source": "bluesky-feed", **expected, "duplicates": 0}]


def test_bsky_second_fetch_asks_only_until_the_first_known_post(api, site):
    items = bsky_items(150, 0)
    serve_bsky(api, items, avatar=png())
    first = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert first["added"] == 150 and first["avatar"] == "avatar.png"
    folder = site / "site_src" / "accounts" / "wren.example.com"
    api.log.clear()

    new = bsky_items(30, 3, start=1000)
    items[:0] = new  # 33 new items at the top of the feed
    second = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    # One page from the top: 33 new items, then a known one, where it stops.
    assert api.calls(FEED) == [{"actor": "wren.example.com", "limit": "100", **_defaults()}]
    assert "/img/avatar/wren.png" not in [p for p, _ in api.log]  # the same picture is not downloaded again
    assert (second["mode"], second["added"], second["added_reposts"], second["posts"]) == (
        "incremental",
        33,
        3,
        183,
    )
    assert json.loads((folder / "feed.json").read_text()) == {"feed": items}  # appended, server order
    record = json.loads((folder / "fetch.json").read_text())
    assert record["added"] == 33 and len(record["added_ids"]) == 33
    assert record["added_ids"][0] == new[0]["post"]["uri"]
    assert [r["added"] for r in record["runs"]] == [150, 33]
    assert inspect_json(folder)["downloaded"] == 183


def _defaults() -> dict:
    """The query parameters the SDK adds to every getAuthorFeed call (its lexicon's defaults)."""
    return {"filter": "posts_with_replies", "includePins": "false"}


def test_bsky_limit_leaves_a_gap_that_the_next_fetch_fills(api, site):
    items = bsky_items(100, 0)
    serve_bsky(api, items)
    fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    items[:0] = bsky_items(250, 0, start=1000)
    folder = site / "site_src" / "accounts" / "wren.example.com"

    api.log.clear()
    stopped = fetch_ok(
        "fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url, "--limit", "120"
    )
    assert (stopped["added"], stopped["complete"]) == (120, False)
    assert [(q.get("cursor"), q["limit"]) for q in api.calls(FEED)] == [(None, "100"), ("250", "20")]
    gap = json.loads((folder / "fetch.json").read_text())["gaps"]
    assert gap == [{"cursor": "230", "after": items[119]["post"]["uri"]}]

    api.log.clear()
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0 and "added 130 new posts" in result.stdout, result.output
    # The top is known at once; then the gap is walked from where the last run stopped.
    assert [q.get("cursor") for q in api.calls(FEED)] == [None, "230", "130"]
    assert json.loads((folder / "feed.json").read_text()) == {"feed": items}  # no post skipped, in order
    assert json.loads((folder / "fetch.json").read_text())["gaps"] == []


def test_bsky_limit_stops_early_and_the_next_run_goes_on(api, site):
    items = bsky_items(300, 0)
    serve_bsky(api, items)
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--limit", "150", "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert "saved 150 posts" in result.stdout and "stopped at --limit 150" in result.stdout
    assert [q["limit"] for q in api.calls(FEED)] == ["100", "50"]
    feed = site / "site_src" / "accounts" / "wren.example.com" / "feed.json"
    assert json.loads(feed.read_text()) == {"feed": items[:150]}

    api.log.clear()
    more = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    # The newest is known at once; then on down from where the first run stopped, to the end.
    assert [q.get("cursor") for q in api.calls(FEED)] == [None, "150", "50"]
    assert (more["added"], more["complete"]) == (150, True)
    assert json.loads(feed.read_text()) == {"feed": items}


def test_bsky_429_then_success(api, site, offline):
    serve_bsky(
        api, bsky_items(120, 0), fail_first={"count": 2, "status": 429, "headers": {"Retry-After": "7"}}
    )
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert offline == [7.0, 7.0]  # Retry-After honoured, twice
    assert "HTTP 429" in result.output and "retrying in 7 s" in result.output
    assert len(api.calls(FEED)) == 4  # 2 refused + 2 pages


def test_bsky_rate_limit_never_lifts(api, site, offline):
    serve_bsky(
        api, bsky_items(50, 0), fail_first={"count": 99, "status": 429, "headers": {"Retry-After": "3"}}
    )
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "bsky:wren.example.com", "still rate-limited", "try again later")
    assert offline == [3.0] * fetching.RETRIES  # a few tries, then give up
    assert not (site / "site_src" / "accounts" / "wren.example.com").exists()  # nothing written


def test_bsky_rate_limit_far_away_fails_at_once(api, site, offline):
    reset = str(int(time.time()) + 3600)  # Bluesky's ratelimit-reset: epoch seconds
    serve_bsky(
        api, bsky_items(50, 0), fail_first={"count": 99, "status": 429, "headers": {"ratelimit-reset": reset}}
    )
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    line = assert_clean_failure(result, "rate-limited by 127.0.0.1", "for another 3,", "try again later")
    assert offline == [] and "s —" in line  # no pointless hour-long wait
    assert not (site / "site_src" / "accounts" / "wren.example.com").exists()


def test_bsky_unknown_handle(api, site):
    serve_bsky(api, [])
    result = invoke("fetch", "bsky:nobody.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "bsky:nobody.example.com", "no such Bluesky account", "Profile not found")
    assert not (site / "site_src" / "accounts" / "nobody.example.com").exists()


def test_bsky_answer_the_sdk_cannot_read(api, site):
    serve_bsky(api, [])
    api.routes[FEED] = lambda q: (200, {"feed": [{"post": {"uri": 5}}]}, {})
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "app.bsky.feed.getAuthorFeed", "atproto SDK cannot read")
    assert account_folders(site) == []


def test_server_error_midway_keeps_previous_files(api, site):
    serve_bsky(api, bsky_items(150, 0))
    assert invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url).exit_code == 0
    folder = site / "site_src" / "accounts" / "wren.example.com"
    before = snapshot(folder)
    serve_bsky(api, bsky_items(150, 0), fail_first={"count": 99, "status": 502})
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url, "--full")
    assert_clean_failure(result, "HTTP 502")
    assert snapshot(folder) == before


@pytest.mark.parametrize("how", ["dropped", "http 500"])
def test_bsky_fails_mid_page_then_rerun_completes(api, site, how):
    items = bsky_items(50, 0)
    serve_bsky(api, items)
    fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "wren.example.com"
    before = snapshot(folder)
    items[:0] = bsky_items(150, 0, start=1000)
    # The first page comes; the second fails (cut off mid-body, or 500 on every retry).
    fail = {"drop": True} if how == "dropped" else {"count": 99, "status": 500, "after": 1}
    serve_bsky(api, items, fail_first=fail)
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "bsky:wren.example.com", "127.0.0.1")
    assert snapshot(folder) == before and not list(folder.glob(".*"))

    serve_bsky(api, items)
    api.log.clear()
    again = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert again["added"] == 150 and [q.get("cursor") for q in api.calls(FEED)] == [None, "100"]
    assert json.loads((folder / "feed.json").read_text()) == {"feed": items}


def test_bsky_full_resync_drops_posts_deleted_upstream(api, site):
    items = bsky_items(40, 0)
    serve_bsky(api, items)
    fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    del items[5:15]  # deleted upstream
    kept = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert (kept["added"], kept["posts"]) == (0, 40)  # an incremental fetch keeps them
    full = fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url, "--full")
    assert (full["mode"], full["posts"], full["removed"]) == ("full", 30, 10)
    feed = site / "site_src" / "accounts" / "wren.example.com" / "feed.json"
    assert json.loads(feed.read_text()) == {"feed": items}


# -- Mastodon ------------------------------------------------------------------------------------

TILLY = {
    "id": "109",
    "username": "tilly",
    "acct": "tilly",
    "display_name": "Tilly Kitewright",
    "note": "<p>Kites &amp; string.</p>",
}
STATUS_URI = "https://kites.example/users/tilly/statuses/{}"


def mastodon_statuses(n: int, top: int = 10_000) -> list[dict]:
    """Newest first, ids descending from `top`; a mix of visibilities, boosts and a short one."""
    out = []
    for i in range(n):
        sid = str(top - i)
        visibility = ["public", "unlisted", "private", "direct", "public"][i % 5]
        status = {
            "id": sid,
            "uri": STATUS_URI.format(sid),
            "created_at": "2024-03-01T10:00:00.000Z",
            "visibility": visibility,
            "content": f'<p>Kite log {sid}: wind &amp; string <a href="https://x.example/{i}">x.example/{i}</a></p>',
            "reblog": None,
            "account": {"id": "109", "username": "tilly"},
        }
        if visibility in ("private", "direct"):
            status["content"] = f"<p>{SECRET} {i}</p>"
        elif i % 10 == 0:
            status["uri"] += "/activity"  # a boost's URI is its Announce activity's
            status["content"], status["reblog"] = "", {"id": "1", "content": "<p>someone else</p>"}
        elif i % 10 == 4:
            status["content"] = "<p>Windy!</p>"
        out.append(status)
    return out


STATUSES = "/api/v1/accounts/109/statuses"


def serve_mastodon(api: FakeAPI, statuses: list[dict], avatar: bytes | None = None, fail: dict | None = None):
    """lookup and statuses over `statuses` (newest first; may grow at the front), with Mastodon's
    paging: `max_id` (older than), `min_id` (the page just newer than, returned newest first)."""
    account = {
        **TILLY,
        "avatar": f"{api.url}/system/avatars/tilly.png" if avatar else "/avatars/original/missing.png",
    }
    api.routes["/api/v1/accounts/lookup"] = lambda q: (
        (200, account, {}) if q.get("acct") == "tilly" else (404, {"error": "Record not found"}, {})
    )
    if avatar is not None:
        api.routes["/system/avatars/tilly.png"] = lambda q: (200, avatar, {"Content-Type": "image/png"})
    good_pages = [fail["after"] if fail else None]  # pages served before one is cut off

    def page(q):
        assert q["limit"] == "40"
        if good_pages[0] is not None:
            if good_pages[0] == 0:
                return 200, Drop(statuses[:40]), {}
            good_pages[0] -= 1
        if "min_id" in q:
            newer = sorted(
                (s for s in statuses if int(s["id"]) > int(q["min_id"])), key=lambda s: int(s["id"])
            )
            return 200, newer[:40][::-1], {}
        rest = [s for s in statuses if "max_id" not in q or int(s["id"]) < int(q["max_id"])]
        return 200, rest[:40], {}

    api.routes[STATUSES] = page


def test_mastodon_pages_public_only_and_imports(api, site):
    serve_mastodon(api, mastodon_statuses(100))
    result = invoke(
        "fetch",
        "mastodon:@tilly@kites.example",
        "--site",
        site,
        "--json",
        env={"HTSITE_MASTODON_BASE": api.url},
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["pages"], summary["posts"], summary["withheld"]) == (4, 60, 40)  # 40+40+20, then empty
    assert [q.get("max_id") for q in api.calls(STATUSES)] == [None, "9961", "9921", "9901"]
    assert [p for p, _ in api.log] == ["/api/v1/accounts/lookup"] + [STATUSES] * 4  # nothing else asked
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    assert sorted(p.name for p in folder.iterdir()) == ["account.json", "fetch.json", "statuses.json"]
    for file in folder.iterdir():  # followers-only and direct statuses are never written anywhere
        assert SECRET not in file.read_text()
    saved = json.loads((folder / "statuses.json").read_text())
    assert {s["visibility"] for s in saved} == {"public", "unlisted"}
    assert saved[0]["created_at"] == "2024-03-01T10:00:00.000Z"  # the server's JSON, not the client's types
    assert json.loads((folder / "fetch.json").read_text())["newest_id"] == "10000"

    assert detect_format(folder) == "mastodon-api"
    account = load_account(folder)
    assert (account.name, account.bio, account.avatar) == ("Tilly Kitewright", "Kites & string.", None)
    # 60 public/unlisted: 10 boosts (i % 10 == 0), 10 "Windy!" (i % 10 == 4), 40 kept.
    assert counts(inspect_json(folder)) == {
        "handle": "tilly",
        "name": "Tilly Kitewright",
        "downloaded": 60,
        "retweets": 10,
        "short": 10,
        "kept": 40,
        "withheld": 40,
    }


def test_mastodon_second_fetch_asks_min_id_and_appends(api, site):
    statuses = mastodon_statuses(100)
    serve_mastodon(api, statuses)
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    old = json.loads((folder / "statuses.json").read_text())

    new = mastodon_statuses(50, top=10_050)  # ids 10001 … 10050
    statuses[:0] = new
    api.log.clear()
    second = fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    # Only what is newer than the newest status seen, a page at a time upwards, until an empty page.
    assert [q for q in api.calls(STATUSES)] == [
        {"min_id": "10000", "limit": "40"},
        {"min_id": "10040", "limit": "40"},
        {"min_id": "10050", "limit": "40"},
    ]
    public_new = [s for s in new if s["visibility"] in ("public", "unlisted")]
    assert (second["mode"], second["added"], second["added_withheld"]) == ("incremental", 30, 20)
    assert (second["posts"], second["withheld"]) == (90, 60)
    assert json.loads((folder / "statuses.json").read_text()) == public_new + old
    record = json.loads((folder / "fetch.json").read_text())
    assert record["added_ids"] == [s["id"] for s in public_new] and record["newest_id"] == "10050"
    assert inspect_json(folder)["withheld"] == 60


def test_mastodon_fetch_that_adds_nothing_changes_no_training_text(api, site):
    from generator.build import train_key
    from generator.settings import Site

    serve_mastodon(api, mastodon_statuses(60))
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    settings = Site(site)
    key = train_key(settings, [curate(load_account(folder))])
    before = (folder / "statuses.json").stat().st_mtime_ns, (folder / "statuses.json").read_bytes()

    api.log.clear()
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0 and "no new posts" in result.stdout, result.output
    assert api.calls(STATUSES) == [{"min_id": "10000", "limit": "40"}]  # one empty page, nothing more
    assert ((folder / "statuses.json").stat().st_mtime_ns, (folder / "statuses.json").read_bytes()) == before
    assert train_key(settings, [curate(load_account(folder))]) == key  # a rebuild retrains nothing
    assert json.loads((folder / "fetch.json").read_text())["added"] == 0


def test_mastodon_limit_continues_without_a_gap(api, site):
    statuses = mastodon_statuses(20)
    serve_mastodon(api, statuses)
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    statuses[:0] = mastodon_statuses(100, top=10_100)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    first = fetch_ok(
        "fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url, "--limit", "25"
    )
    assert (first["added"], first["complete"]) == (25, False)  # the 25 oldest new ones: no hole behind
    second = fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert (second["added"], second["complete"]) == (35, True)
    visible = [s for s in statuses if s["visibility"] in ("public", "unlisted")]
    assert json.loads((folder / "statuses.json").read_text()) == visible
    assert second["withheld"] == len(statuses) - len(visible)  # each private one counted once


def test_mastodon_limit_on_the_first_fetch_is_continued_downwards(api, site):
    statuses = mastodon_statuses(100)
    serve_mastodon(api, statuses)
    first = fetch_ok(
        "fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url, "--limit", "25"
    )
    assert (first["added"], first["complete"]) == (25, False)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    below = json.loads((folder / "fetch.json").read_text())["older_than"]
    api.log.clear()
    second = fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert [q for q in api.calls(STATUSES)][:2] == [
        {"min_id": "10000", "limit": "40"},  # nothing newer
        {"max_id": below, "limit": "40"},  # then on down from where the first run stopped
    ]
    visible = [s for s in statuses if s["visibility"] in ("public", "unlisted")]
    assert (second["added"], second["complete"], second["withheld"]) == (35, True, 40)
    assert json.loads((folder / "statuses.json").read_text()) == visible
    assert json.loads((folder / "fetch.json").read_text())["older_than"] is None


def test_mastodon_fails_mid_page_then_rerun_completes(api, site):
    statuses = mastodon_statuses(30)
    serve_mastodon(api, statuses)
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    before = snapshot(folder)

    statuses[:0] = mastodon_statuses(60, top=10_060)
    serve_mastodon(api, statuses, fail={"after": 1})  # the second page is cut off mid-body
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "mastodon:@tilly@kites.example", "127.0.0.1")
    assert snapshot(folder) == before and not list(folder.glob(".*"))

    serve_mastodon(api, statuses)
    api.log.clear()
    again = fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert api.calls(STATUSES)[0] == {"min_id": "10000", "limit": "40"}  # from where the saved posts end
    visible = [s for s in statuses if s["visibility"] in ("public", "unlisted")]
    assert again["added"] == 36 and json.loads((folder / "statuses.json").read_text()) == visible


def test_mastodon_unknown_account(api, site):
    serve_mastodon(api, [])
    result = invoke("fetch", "mastodon:@nobody@kites.example", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "mastodon:@nobody@kites.example", "no such Mastodon account", "HTTP 404")
    assert account_folders(site) == []


def test_mastodon_429_waits_as_x_ratelimit_reset_says(api, site, offline):
    serve_mastodon(api, mastodon_statuses(10))
    page = api.routes[STATUSES]
    refused = [2]

    def limited(q):
        if refused[0]:
            refused[0] -= 1
            reset = formatdate(time.time() + 20, usegmt=False)  # Mastodon: a date
            return 429, {"error": "Too many requests"}, {"X-RateLimit-Reset": reset}
        return page(q)

    api.routes[STATUSES] = limited
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert len(offline) == 2 and all(17 < w <= 21 for w in offline)


def test_mastodon_statuses_file_read_directly(tmp_path):
    path = tmp_path / "statuses.json"
    path.write_text(json.dumps(mastodon_statuses(10)))
    assert detect_format(path) == "mastodon-api"
    account = load_account(path)
    assert account.withheld == 4 and len(account.posts) == 6  # privates in a file are never read
    assert all(SECRET not in p.text for p in account.posts)
    path.write_text(path.read_text()[:300])
    with pytest.raises(InputError, match="cut off or corrupt") as exc:
        load_account(path)
    assert exc.value.path == path
    path.write_text('{"statuses": []}')
    assert detect_format(path) == "bluesky-feed"  # an object is not a statuses array


def test_corrupt_saved_posts_stop_an_incremental_fetch(api, site):
    serve_mastodon(api, mastodon_statuses(10))
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    saved = site / "site_src" / "accounts" / "tilly@kites.example" / "statuses.json"
    saved.write_text(saved.read_text()[:200])
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, str(saved), "cannot read the posts fetched before", "--full")
    assert (
        fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url, "--full")[
            "posts"
        ]
        == 6
    )


# -- avatars -------------------------------------------------------------------------------------


def test_avatar_downloaded_and_used_on_pages(api, site):
    from generator.avatar import avatar_circle

    serve_mastodon(api, mastodon_statuses(10), avatar=png((200, 30, 30)))
    summary = fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    assert summary["avatar"] == "avatar.png" and (folder / "avatar.png").read_bytes() == png((200, 30, 30))
    account = load_account(folder)
    assert account.avatar == folder / "avatar.png"
    assert avatar_circle(account.avatar, account.name, account.handle, 32).getpixel((16, 16)) == (
        200,
        30,
        30,
        255,
    )

    # A new picture (a new URL) replaces it; the same URL is not downloaded again.
    api.log.clear()
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert "/system/avatars/tilly.png" not in [p for p, _ in api.log]
    jpeg = io.BytesIO()
    Image.new("RGB", (32, 32), (20, 60, 220)).save(jpeg, format="JPEG")
    api.routes["/system/avatars/new.jpg"] = lambda q: (200, jpeg.getvalue(), {"Content-Type": "image/jpeg"})
    lookup = api.routes["/api/v1/accounts/lookup"]
    api.routes["/api/v1/accounts/lookup"] = lambda q: (
        200,
        {**lookup(q)[1], "avatar_static": f"{api.url}/system/avatars/new.jpg"},
        {},
    )
    assert fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)[
        "avatar"
    ] == ("avatar.jpg")
    assert sorted(p.name for p in folder.glob("avatar.*")) == ["avatar.jpg"]
    assert load_account(folder).avatar == folder / "avatar.jpg"


def test_bsky_avatar_downloaded(api, site):
    serve_bsky(api, bsky_items(5, 0), avatar=png((10, 200, 90)))
    fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    folder = site / "site_src" / "accounts" / "wren.example.com"
    assert load_account(folder).avatar == folder / "avatar.png"


def test_avatar_decompression_bomb_refused_cleanly(api, site, monkeypatch):
    """A 20000×20000 PNG (a few hundred bytes) is refused before any pixel is decoded; the posts
    are saved and pages fall back to initials."""
    decoded = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self, *a, **k: decoded.append(self))
    serve_mastodon(api, mastodon_statuses(10), avatar=bomb_png(20_000, 20_000))
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert "avatar" in result.output and "declares 400,000,000 pixels; not saved" in result.output
    assert decoded == []
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    assert not list(folder.glob("avatar.*")) and load_account(folder).avatar is None
    assert json.loads((folder / "fetch.json").read_text())["avatar"] is None


def test_avatar_too_big_or_not_an_image_is_skipped(api, site, monkeypatch):
    monkeypatch.setattr(store, "MAX_AVATAR", 10_000)
    serve_mastodon(api, mastodon_statuses(10), avatar=png(size=(300, 300)) + b"\0" * 20_000)
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0 and "the avatar is over" in result.output, result.output
    serve_mastodon(api, mastodon_statuses(10), avatar=b"<html>not a picture</html>")
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url, "--full")
    assert result.exit_code == 0 and "unreadable" in result.output, result.output
    api.routes["/system/avatars/tilly.png"] = lambda q: (404, {"error": "gone"}, {})
    result = invoke("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url, "--full")
    assert result.exit_code == 0 and "avatar not found (HTTP 404" in result.output, result.output
    assert not list((site / "site_src" / "accounts" / "tilly@kites.example").glob("avatar.*"))


# -- an archive and fetched posts in one folder --------------------------------------------------


def mastodon_outbox(statuses: list[dict]) -> dict:
    """A Mastodon archive's outbox.json holding these (public) statuses, oldest first."""
    items = []
    for s in reversed(statuses):
        if s["reblog"]:
            items.append({"id": s["uri"], "type": "Announce", "published": s["created_at"], "to": [PUBLIC]})
            continue
        note = {
            "id": s["uri"],
            "type": "Note",
            "content": s["content"],
            "to": [PUBLIC],
            "published": s["created_at"],
        }
        items.append({"id": s["uri"] + "/activity", "type": "Create", "to": [PUBLIC], "object": note})
    return {"type": "OrderedCollection", "orderedItems": items}


PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def test_mastodon_archive_and_fetch_combined_without_duplicates(api, site):
    statuses = mastodon_statuses(100)  # 60 public: 10 boosts, 10 short, 40 kept
    visible = [s for s in statuses if s["visibility"] in ("public", "unlisted")]
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    folder.mkdir()
    # The archive was made earlier: it holds the 40 oldest public statuses (and one it alone has).
    archived = visible[20:]
    (folder / "outbox.json").write_text(json.dumps(mastodon_outbox(archived)))
    (folder / "actor.json").write_text(json.dumps({"preferredUsername": "tilly", "name": "Tilly (archive)"}))
    serve_mastodon(api, statuses[:60])  # the server still has the newest 60 (36 public)
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)

    assert detect_format(folder) == "mastodon+mastodon-api"
    row = inspect_json(folder)
    archive, fetched = row["sources"]
    assert (archive["source"], archive["downloaded"], archive["duplicates"]) == ("mastodon", 40, 0)
    # 36 fetched, 16 of them already in the archive: 20 new.
    assert (fetched["source"], fetched["downloaded"], fetched["duplicates"]) == ("mastodon-api", 20, 16)
    assert row["downloaded"] == 60 and row["kept"] == 40 and row["retweets"] == 10
    assert row["name"] == "Tilly Kitewright"  # the profile as fetched: the newest
    assert row["withheld"] == 24
    account = load_account(folder)
    assert len({p.id for p in account.posts}) == len(account.posts) == 60

    result = invoke("inspect", folder)
    assert result.exit_code == 0, result.output
    for needle in ("mastodon-api", "total", "Duplicates (dropped)"):
        assert needle in result.output
    dup_row = next(line for line in result.output.splitlines() if "Duplicates" in line)
    assert [c.strip() for c in dup_row.split("│")[2:5]] == ["0", "16", "16"]


def test_bluesky_repository_export_and_fetch_combined_without_duplicates(api, site):
    from tests.test_formats import fictional_repo

    folder = site / "site_src" / "accounts" / "wren.example.com"
    folder.mkdir()
    fictional_repo(folder / "wren.example.com.20240306.car", did=DID)  # 4 posts + 1 repost (3k001…3k005)
    items = bsky_items(6, 0, start=2000)  # posted since the export
    for rkey in ("3k004", "3k001"):  # two the export holds too
        item = bsky_items(1, 0)[0]
        item["post"]["uri"] = f"at://{DID}/app.bsky.feed.post/{rkey}"
        items.append(item)
    repost = bsky_items(0, 1, start=9)[0]  # the export's repost, as the AppView shows it
    repost["reason"]["uri"] = f"at://{DID}/app.bsky.feed.repost/3k005"
    items.append(repost)
    serve_bsky(api, items)
    fetch_ok("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)

    assert detect_format(folder) == "bluesky-car+bluesky-feed"
    row = inspect_json(folder)
    car, feed = row["sources"]
    assert (car["source"], car["downloaded"], car["retweets"], car["duplicates"]) == ("bluesky-car", 5, 1, 0)
    assert (feed["source"], feed["downloaded"], feed["duplicates"]) == ("bluesky-feed", 6, 3)
    assert row["downloaded"] == 11
    account = load_account(folder)
    assert (account.format, account.avatar) == ("bluesky", None)
    assert account.bio == "Field notes on small green things."  # the fetched profile: the newest


def test_x_archive_and_mastodon_fetch_side_by_side(api, site, fixtures_dir):
    import shutil

    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    shutil.copytree(fixtures_dir / "x_small", folder)
    x_only = inspect_json(fixtures_dir / "x_small")
    serve_mastodon(api, mastodon_statuses(20))
    fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", site, "--base-url", api.url)
    row = inspect_json(folder)
    assert [s["source"] for s in row["sources"]] == ["x-archive", "mastodon-api"]
    assert [s["duplicates"] for s in row["sources"]] == [0, 0]  # tweet ids are not Mastodon ids
    assert row["sources"][0]["downloaded"] == x_only["downloaded"]
    assert row["downloaded"] == x_only["downloaded"] + 12
    assert row["kept"] == sum(s["kept"] for s in row["sources"])
    assert load_account(folder).format == "x-archive + mastodon"


# -- the keep-current workflow: fetch, build, fetch again, build -----------------------------------


def test_fetch_build_fetch_again_build(api, tmp_path):
    """What the README shows, end to end with the tiny model: a bot built on fetched posts shows the
    fetched avatar; a fetch that adds nothing leaves the next build nothing to train; a fetch that
    adds posts retrains the bot."""
    from generator.avatar import PAGE_SIZE
    from generator.build import GENERATED
    from tests.test_build import make_site
    from tests.tinymodel import make_tiny_model

    root = make_site(tmp_path / "site", make_tiny_model(tmp_path / "tiny"))
    (root / "site_src" / "bots" / "ada-bo.yaml").unlink()
    (root / "site_src" / "bots" / "tilly.yaml").write_text("accounts: ['tilly@kites.example']\n")
    statuses = mastodon_statuses(150)
    serve_mastodon(api, statuses, avatar=png((200, 30, 30)))

    def fetch_and_build() -> dict:
        fetch_ok("fetch", "mastodon:@tilly@kites.example", "--site", root, "--base-url", api.url)
        result = invoke("build", "--site", root, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout[result.stdout.index("{") :])

    first = fetch_and_build()
    assert sorted(first["trained"]) == ["ada", "tilly"]
    with Image.open(root / "docs" / GENERATED / "tilly.png") as page_avatar:
        assert page_avatar.convert("RGBA").getpixel((PAGE_SIZE // 2, PAGE_SIZE // 2)) == (200, 30, 30, 255)

    again = fetch_and_build()  # nothing new upstream
    assert again["trained"] == [] and "tilly" in again["skipped"]

    statuses[:0] = mastodon_statuses(10, top=10_010)
    more = fetch_and_build()
    assert more["trained"] == ["tilly"]


# -- bad specs, unreachable servers, unsafe folders ----------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        "twitter:jack",
        "bsky",
        "bsky:",
        "bsky:../../etc",
        "bsky:a/b.example",
        "mastodon:@tilly",
        "mastodon:@../x@kites.example",
        "mastodon:@tilly@kites.example/../..",
        "mastodon:tilly@",
    ],
)
def test_bad_spec_is_a_usage_error(site, spec):
    result = invoke("fetch", spec, "--site", site)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert account_folders(site) == []


def test_base_url_must_be_http(site):
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", "file:///etc")
    assert result.exit_code == 2 and "--base-url" in result.output


@pytest.mark.parametrize(
    ("spec", "service_name", "handle"),
    [
        ("bsky:alice.bsky.social", "bsky", "alice.bsky.social"),
        ("bluesky:@Alice.Bsky.Social", "bsky", "alice.bsky.social"),
        ("bsky:did:plc:abcdefghijklmnopqrstuvwx", "bsky", "did:plc:abcdefghijklmnopqrstuvwx"),
        ("mastodon:@Gargron@Mastodon.Social", "mastodon", "Gargron@mastodon.social"),
        ("mastodon:tilly@kites.example:8443", "mastodon", "tilly@kites.example:8443"),
    ],
)
def test_parse_spec(spec, service_name, handle):
    parsed = fetching.parse_spec(spec)
    assert (parsed.service, parsed.handle) == (service_name, handle)


@pytest.mark.parametrize("spec", ["bsky:wren.example.com", "mastodon:@tilly@kites.example"])
def test_unreachable_server(site, spec):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = invoke("fetch", spec, "--site", site, "--base-url", f"http://127.0.0.1:{port}")
    assert_clean_failure(result, spec, "cannot reach 127.0.0.1", "Connection refused")


@pytest.mark.parametrize("spec", ["bsky:wren.example.com", "mastodon:@tilly@kites.example"])
def test_not_json_answer(api, site, spec):
    api.routes["/xrpc/app.bsky.actor.getProfile"] = lambda q: (200, b"<html>hello</html>", {})
    api.routes["/api/v1/accounts/lookup"] = lambda q: (200, b"<html>hello</html>", {})
    result = invoke("fetch", spec, "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "did not answer with JSON")


def test_not_a_site(tmp_path):
    result = invoke("fetch", "bsky:wren.example.com", "--site", tmp_path, "--base-url", "http://127.0.0.1:9")
    assert_clean_failure(result, "no site_src/site.yaml here")


def test_folder_holding_a_plain_export_is_refused(api, site):
    serve_bsky(api, bsky_items(10, 0))
    folder = site / "site_src" / "accounts" / "wren.example.com"
    folder.mkdir()
    (folder / "posts.csv").write_text("text\nmy own words here\n")
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "already holds a plain export")
    assert sorted(p.name for p in folder.iterdir()) == ["posts.csv"] and api.log == []


def test_folder_linked_outside_the_site_is_refused(api, site, tmp_path):
    serve_bsky(api, bsky_items(10, 0))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (site / "site_src" / "accounts" / "wren.example.com").symlink_to(outside)
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "outside the site")
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("spec", ["bsky:wren.example.com", "mastodon:@tilly@kites.example"])
@pytest.mark.parametrize(
    ("base", "target"), [("http://192.0.2.1", ("192.0.2.1", 80)), ("https://kites.example", "kites.example")]
)
def test_guard_stops_both_clients_reaching_past_loopback(site, guard, spec, base, target):
    """The guard itself: each client's attempt at another address, or at a name lookup, is refused
    (a clean error here) and recorded, which fails any other test at teardown."""
    result = invoke("fetch", spec, "--site", site, "--base-url", base)
    assert_clean_failure(result, spec, "blocked by the test guard")
    assert guard and set(guard) == {target}
    guard.clear()  # expected here; anywhere else it fails the test


def test_retry_wait():
    now = 1_700_000_000.0
    assert fetching.retry_wait({"Retry-After": "12"}, 0, now) == 12
    assert fetching.retry_wait({"retry-after": formatdate(now + 30, usegmt=True)}, 0, now) == 30
    assert fetching.retry_wait({"ratelimit-reset": str(int(now) + 5)}, 0, now) == 5  # Bluesky: epoch
    iso = "2023-11-14T22:13:40.000Z"  # Mastodon: an ISO date (now + 20 s)
    assert fetching.retry_wait({"X-RateLimit-Reset": iso}, 0, now) == pytest.approx(20)
    assert fetching.retry_wait({"Retry-After": "86400"}, 0, now) == 86400  # the client then gives up
    assert fetching.retry_wait({"Retry-After": "soon"}, 2, now) == 4  # unreadable: back-off
    assert fetching.retry_wait({}, 0, now) == 1 and fetching.retry_wait({"Retry-After": "-5"}, 0, now) == 0


def test_only_fetch_touches_the_network(repo_root):
    """No other module imports a network library or client, and only the CLI's `fetch` command
    imports the fetch package: a build never fetches."""
    import ast

    network = {"urllib", "http", "socket", "requests", "httpx", "ssl", "urllib3", "mastodon", "atproto"}
    network |= {"atproto_client", "httpcore", "aiohttp", "websockets"}
    for path in sorted((repo_root / "generator").rglob("*.py")):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        name = path.relative_to(repo_root).as_posix()
        in_fetch = name.startswith("generator/fetch/")
        if not in_fetch:
            assert not {m for m in imported if m.split(".")[0] in network}, name
        if not in_fetch and name != "generator/cli.py":
            assert not {m for m in imported if m.startswith("generator.fetch")}, name

"""`htsite fetch` against a fake Bluesky AppView / Mastodon instance on 127.0.0.1 (never the internet):
pagination, rate limits, private statuses never saved, clean errors, and the saved folder importing."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import fetch as fetching
from generator.cli import app
from generator.errors import InputError
from generator.ingest import detect_format, load_account
from generator.scaffold import scaffold

runner = CliRunner()
DID = "did:plc:wrenfictional000000000000"
WREN = {"did": DID, "handle": "wren.example.com", "displayName": "Wren Fieldnotes"}
SECRET = "PRIVATE-WORDS-NEVER-SAVED"


# -- a fake API server ---------------------------------------------------------------------------


class FakeAPI:
    """Routes path → handler(query dict) → (status, JSON-able body or bytes, headers)."""

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
def offline(monkeypatch):
    """No test reaches past 127.0.0.1, and no test really waits for a rate limit."""
    real = socket.create_connection

    def local_only(address, *args, **kwargs):
        assert address[0] in ("127.0.0.1", "localhost"), f"test tried to reach {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", local_only)
    for var in ("HTSITE_BSKY_APPVIEW", "HTSITE_MASTODON_BASE", "HTSITE_SITE"):
        monkeypatch.delenv(var, raising=False)
    waits: list[float] = []
    monkeypatch.setattr(fetching, "pause", waits.append)
    return waits


@pytest.fixture
def site(tmp_path) -> Path:
    root = tmp_path / "site"
    scaffold(root)
    return root


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


# -- Bluesky -------------------------------------------------------------------------------------


def bsky_items(n_posts: int, n_reposts: int) -> list[dict]:
    """`n_posts` of Wren's own posts (every 10th one short) and `n_reposts` reposts, interleaved."""
    items = []
    for i in range(n_posts + n_reposts):
        if i % 10 == 9 and n_reposts:
            n_reposts -= 1
            author = {"did": f"did:plc:other{i:021d}", "handle": f"p{i}.example.org"}
            items.append(
                {
                    "post": {
                        "uri": f"at://{author['did']}/app.bsky.feed.post/{i}",
                        "author": author,
                        "record": {"text": f"someone else's note {i}", "createdAt": "2024-05-01T00:00:00Z"},
                    },
                    "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": WREN},
                }
            )
            continue
        text = "Moss!" if i % 10 == 4 else f"note {i} on moss and lichen https://example.org/{i}"
        items.append(
            {
                "post": {
                    "uri": f"at://{DID}/app.bsky.feed.post/{i}",
                    "author": WREN,
                    "record": {"text": text, "createdAt": "2024-05-01T00:00:00Z"},
                }
            }
        )
    return items


def serve_bsky(api: FakeAPI, items: list[dict], fail_first: dict | None = None) -> None:
    profile = {**WREN, "description": "Field notes on small green things."}
    api.routes["/xrpc/app.bsky.actor.getProfile"] = lambda q: (
        (200, profile, {})
        if q.get("actor") == WREN["handle"]
        else (400, {"error": "InvalidRequest", "message": "Profile not found"}, {})
    )
    pending = dict(fail_first or {})

    def feed(q):
        if q.get("actor") != WREN["handle"]:
            return 400, {"error": "InvalidRequest", "message": "Profile not found"}, {}
        if pending.get("count", 0) > 0:
            pending["count"] -= 1
            return pending["status"], {"error": "RateLimitExceeded"}, pending.get("headers", {})
        start = int(q.get("cursor", "0"))
        end = start + int(q["limit"])
        page = {"feed": items[start:end]}
        if end < len(items):
            page["cursor"] = str(end)
        return 200, page, {}

    api.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = feed


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
    # Three pages of 100, each asking for the cursor the previous one gave.
    pages = api.calls("/xrpc/app.bsky.feed.getAuthorFeed")
    assert [q.get("cursor") for q in pages] == [None, "100", "200"]
    assert all(q["limit"] == "100" for q in pages)
    assert sorted(p.name for p in folder.iterdir()) == ["feed.json", "fetch.json", "profile.json"]
    assert not list(folder.glob("*.tmp")) and not list(folder.glob(".*"))

    assert detect_format(folder) == "bluesky-feed"
    account = load_account(folder)
    assert account.bio == "Field notes on small green things."
    # 230 own posts, 25 of them "Moss!" (short); 20 reposts.
    assert inspect_json(folder) == {
        "handle": "wren.example.com",
        "name": "Wren Fieldnotes",
        "downloaded": 250,
        "retweets": 20,
        "short": 25,
        "kept": 205,
        "withheld": 0,
    }
    assert (
        "stopped at --limit"
        not in invoke(
            "fetch", "bsky:wren.example.com", "--site", site, env={"HTSITE_BSKY_APPVIEW": api.url}
        ).output
    )


def test_bsky_limit_stops_early(api, site):
    serve_bsky(api, bsky_items(300, 0))
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--limit", "150", "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert "saved 150 posts" in result.stdout and "stopped at --limit 150" in result.stdout
    assert [q["limit"] for q in api.calls("/xrpc/app.bsky.feed.getAuthorFeed")] == ["100", "50"]
    feed = json.loads((site / "site_src" / "accounts" / "wren.example.com" / "feed.json").read_text())
    assert len(feed["feed"]) == 150


def test_bsky_429_then_success(api, site, offline):
    serve_bsky(
        api, bsky_items(120, 0), fail_first={"count": 2, "status": 429, "headers": {"Retry-After": "7"}}
    )
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert result.exit_code == 0, result.output
    assert offline == [7.0, 7.0]  # Retry-After honoured, twice
    assert "HTTP 429" in result.output and "retrying in 7 s" in result.output
    assert len(api.calls("/xrpc/app.bsky.feed.getAuthorFeed")) == 4  # 2 refused + 2 pages


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


def test_server_error_midway_keeps_previous_files(api, site):
    serve_bsky(api, bsky_items(150, 0))
    assert invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url).exit_code == 0
    folder = site / "site_src" / "accounts" / "wren.example.com"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    serve_bsky(api, bsky_items(150, 0), fail_first={"count": 99, "status": 502})
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "HTTP 502")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# -- Mastodon ------------------------------------------------------------------------------------


def mastodon_statuses(n: int) -> list[dict]:
    """Newest first, ids descending; a mix of visibilities, boosts and a short one."""
    out = []
    for i in range(n):
        sid = str(10_000 - i)
        visibility = ["public", "unlisted", "private", "direct", "public"][i % 5]
        status = {
            "id": sid,
            "created_at": "2024-03-01T10:00:00.000Z",
            "visibility": visibility,
            "content": f'<p>Kite log {i}: wind &amp; string <a href="https://x.example/{i}">x.example/{i}</a></p>',
            "reblog": None,
            "account": {"id": "109", "username": "tilly"},
        }
        if visibility in ("private", "direct"):
            status["content"] = f"<p>{SECRET} {i}</p>"
        elif i % 10 == 0:
            status["content"], status["reblog"] = "", {"id": "1", "content": "<p>someone else</p>"}
        elif i % 10 == 4:
            status["content"] = "<p>Windy!</p>"
        out.append(status)
    return out


def serve_mastodon(api: FakeAPI, statuses: list[dict]) -> None:
    account = {
        "id": "109",
        "username": "tilly",
        "acct": "tilly",
        "display_name": "Tilly Kitewright",
        "note": "<p>Kites &amp; string.</p>",
        "avatar": "https://x.example/a.png",
    }
    api.routes["/api/v1/accounts/lookup"] = lambda q: (
        (200, account, {}) if q.get("acct") == "tilly" else (404, {"error": "Record not found"}, {})
    )

    def page(q):
        assert q["limit"] == "40"
        rest = [s for s in statuses if "max_id" not in q or int(s["id"]) < int(q["max_id"])]
        return 200, rest[:40], {}

    api.routes["/api/v1/accounts/109/statuses"] = page


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
    assert [q.get("max_id") for q in api.calls("/api/v1/accounts/109/statuses")] == [
        None,
        "9961",
        "9921",
        "9901",
    ]
    folder = site / "site_src" / "accounts" / "tilly@kites.example"
    assert sorted(p.name for p in folder.iterdir()) == ["account.json", "fetch.json", "statuses.json"]
    for file in folder.iterdir():  # followers-only and direct statuses are never written anywhere
        assert SECRET not in file.read_text()
    saved = json.loads((folder / "statuses.json").read_text())
    assert {s["visibility"] for s in saved} == {"public", "unlisted"}

    assert detect_format(folder) == "mastodon-api"
    account = load_account(folder)
    assert (account.name, account.bio) == ("Tilly Kitewright", "Kites & string.")
    # 60 public/unlisted: 10 boosts (i % 10 == 0), 10 "Windy!" (i % 10 == 4), 40 kept.
    assert inspect_json(folder) == {
        "handle": "tilly",
        "name": "Tilly Kitewright",
        "downloaded": 60,
        "retweets": 10,
        "short": 10,
        "kept": 40,
        "withheld": 40,
    }


def test_mastodon_unknown_account(api, site):
    serve_mastodon(api, [])
    result = invoke("fetch", "mastodon:@nobody@kites.example", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "mastodon:@nobody@kites.example", "no such Mastodon account", "HTTP 404")
    assert account_folders(site) == []


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
    ("spec", "service", "handle"),
    [
        ("bsky:alice.bsky.social", "bsky", "alice.bsky.social"),
        ("bluesky:@Alice.Bsky.Social", "bsky", "alice.bsky.social"),
        ("bsky:did:plc:abcdefghijklmnopqrstuvwx", "bsky", "did:plc:abcdefghijklmnopqrstuvwx"),
        ("mastodon:@Gargron@Mastodon.Social", "mastodon", "Gargron@mastodon.social"),
        ("mastodon:tilly@kites.example:8443", "mastodon", "tilly@kites.example:8443"),
    ],
)
def test_parse_spec(spec, service, handle):
    parsed = fetching.parse_spec(spec)
    assert (parsed.service, parsed.handle) == (service, handle)


def test_unreachable_server(site):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = invoke(
        "fetch", "bsky:wren.example.com", "--site", site, "--base-url", f"http://127.0.0.1:{port}"
    )
    assert_clean_failure(result, "bsky:wren.example.com", "cannot reach 127.0.0.1")


def test_not_json_answer(api, site):
    api.routes["/xrpc/app.bsky.actor.getProfile"] = lambda q: (200, b"<html>hello</html>", {})
    result = invoke("fetch", "bsky:wren.example.com", "--site", site, "--base-url", api.url)
    assert_clean_failure(result, "did not answer with JSON")


def test_not_a_site(tmp_path):
    result = invoke("fetch", "bsky:wren.example.com", "--site", tmp_path, "--base-url", "http://127.0.0.1:9")
    assert_clean_failure(result, "no site_src/site.yaml here")


def test_folder_holding_another_export_is_refused(api, site):
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


def test_retry_wait():
    now = 1_700_000_000.0
    assert fetching.retry_wait({"Retry-After": "12"}, 0, now) == 12
    assert fetching.retry_wait({"Retry-After": formatdate(now + 30, usegmt=True)}, 0, now) == 30
    assert fetching.retry_wait({"ratelimit-reset": str(int(now) + 5)}, 0, now) == 5  # Bluesky: epoch
    iso = "2023-11-14T22:13:40.000Z"  # Mastodon: an ISO date (now + 20 s)
    assert fetching.retry_wait({"x-ratelimit-reset": iso}, 0, now) == pytest.approx(20)
    assert fetching.retry_wait({"Retry-After": "86400"}, 0, now) == 86400  # the client then gives up
    assert fetching.retry_wait({"Retry-After": "soon"}, 2, now) == 4  # unreadable: back-off
    assert fetching.retry_wait({}, 0, now) == 1 and fetching.retry_wait({"Retry-After": "-5"}, 0, now) == 0


def test_only_fetch_touches_the_network(repo_root):
    """No other module imports a network library, and only the CLI's `fetch` command imports fetch.py:
    a build never fetches."""
    import ast

    network = {"urllib", "http", "socket", "requests", "httpx", "ssl"}
    for path in sorted((repo_root / "generator").rglob("*.py")):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        name = path.relative_to(repo_root).as_posix()
        if name != "generator/fetch.py":
            assert not {m for m in imported if m.split(".")[0] in network}, name
        if name not in ("generator/fetch.py", "generator/cli.py"):
            assert "generator.fetch" not in imported, name

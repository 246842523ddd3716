"""The built example gallery in a real browser: Playwright drives Debian's chromium against site/
served on 127.0.0.1. Cards, search, navigation, the copy button, the theme toggle, and that no page
logs an error or asks any other host for anything. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import functools
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
BOTS = sorted(p.stem for p in (ROOT / "site_src" / "bots").glob("*.yaml"))
PAGES = sorted(  # every built page, as a path under the server's root ("" is the gallery)
    "" if p.parent == SITE else f"{p.parent.relative_to(SITE).as_posix()}/" for p in SITE.rglob("index.html")
)
TIMEOUT_MS = 15_000
# Material's copy button: `md-clipboard` up to 9.6, `md-code__button` with data-md-type="copy" since.
COPY_BUTTON = "button.md-clipboard, button.md-code__button[data-md-type='copy']"

pytestmark = pytest.mark.browser


def _unavailable() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    if not (SITE / "index.html").is_file():
        return "the example site is not built (run `make build`)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="module")
def server():
    """site/ over http on a free port of 127.0.0.1, in a thread, for the whole module."""
    reason = _unavailable()
    if reason:
        if os.environ.get("HTSITE_EXAMPLE_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(SITE)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def chromium(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


class Tab:
    """A page in a fresh context, recording console errors, failures and every request's host."""

    def __init__(self, chromium, base: str):
        self.base = base
        self.context = chromium.new_context(
            base_url=base, viewport={"width": 1280, "height": 800}, color_scheme="light"
        )
        self.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
        self.context.set_default_timeout(TIMEOUT_MS)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url} {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.errors.append(f"{r.status}: {r.url}"))

    def open(self, path: str):
        self.page.goto(path, wait_until="networkidle")
        return self.page

    def foreign(self) -> list[str]:
        """Requests to anything but the local server (data: and blob: URLs stay in the page)."""
        own = urlsplit(self.base).netloc
        return [
            u
            for u in self.requests
            if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != own
        ]


@pytest.fixture
def tab(chromium, server):
    t = Tab(chromium, server)
    yield t
    t.context.close()


def _words(text: str) -> str:
    """A display name as a search query: its words, without emoji and punctuation."""
    return " ".join(re.findall(r"[^\W_]+(?:-[^\W_]+)*", text))


# -- the gallery ---------------------------------------------------------------------------------


def test_index_shows_one_card_per_bot_with_retina_avatars(tab):
    page = tab.open("")
    cards = page.locator(".md-content .grid.cards > ul > li")
    assert cards.count() == len(BOTS) == 5
    hrefs = sorted(
        cards.locator("a[href^='bots/']").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    )
    assert hrefs == sorted(f"bots/{b}/" for b in BOTS)
    avatars = page.locator("img.htsite-card-avatars")
    assert avatars.count() == 5
    for i in range(5):
        natural, shown = avatars.nth(i).evaluate("img => [img.naturalHeight, img.clientHeight]")
        assert shown == 96 and natural == 2 * shown  # drawn at 2× for retina screens
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    assert tab.errors == [] and tab.foreign() == []


def test_clicking_a_card_opens_its_page(tab):
    page = tab.open("")
    link = page.locator(".grid.cards a[href='bots/z80ziggy/']")
    name = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/bots/z80ziggy/$"))
    assert page.locator(".htsite-names").inner_text() == name
    assert tab.errors == []


@pytest.mark.parametrize("bot", [b for b in BOTS if "-" not in b])
def test_search_for_a_display_name_finds_its_page(tab, bot):
    page = tab.open(f"bots/{bot}/")
    query = _words(page.locator(".htsite-names").inner_text())
    assert query
    page.keyboard.press("/")  # Material's shortcut: opens search and focuses the box
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    box.press_sequentially(query)  # typed: the search listens to key events, not a pasted value
    hit = page.locator(f".md-search-result__item > a.md-search-result__link[href*='/bots/{bot}/']")
    hit.wait_for(state="visible")
    hit.click()
    page.wait_for_url(re.compile(rf"/bots/{re.escape(bot)}/(\?[^#]*)?(#.*)?$"))
    assert page.locator(".htsite-names").inner_text().startswith(query.split()[0])
    assert tab.errors == [] and tab.foreign() == []


@pytest.mark.parametrize("bot", BOTS)
def test_copy_button_copies_exactly_the_snippet(tab, bot):
    page = tab.open(f"bots/{bot}/")
    block = page.locator(".md-typeset pre").filter(has_text="from transformers import pipeline")
    assert block.count() == 1
    snippet = block.locator("code").inner_text().rstrip("\n")
    assert snippet.startswith("from transformers import pipeline\n")
    assert f"model='models/{bot}'" in snippet
    page.evaluate("navigator.clipboard.writeText('')")
    block.hover()
    block.locator(COPY_BUTTON).click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    assert tab.errors == []


def test_bot_page_header_tags_diagram_and_social_meta(tab):
    bot = next(b for b in BOTS if b.count("-") == 2)  # the three-account cyborg
    page = tab.open(f"bots/{bot}/")
    natural, shown = page.locator("img.htsite-avatars").evaluate(
        "img => [img.naturalHeight, img.clientHeight]"
    )
    assert shown == 192 and natural == 2 * shown
    for img in ("img[src$='pipeline.svg']", ".md-logo img"):
        assert page.locator(img).first.evaluate("i => i.complete && i.naturalWidth > 0"), img
    tags = page.locator(".md-tag").all_inner_texts()
    assert "cyborg" in tags and len(tags) >= 3
    image = page.locator("meta[property='og:image']").get_attribute("content")
    assert image == f"../../assets/generated/{bot}-social.png"
    assert page.locator("meta[name='twitter:image']").get_attribute("content") == image
    assert page.locator("meta[name='twitter:card']").get_attribute("content") == "summary_large_image"
    title = page.locator("meta[property='og:title']").get_attribute("content")
    assert title and "AI CYBORG" in title
    assert " & " in title and " & " in page.title() and "\uff06" not in page.title() + title
    assert page.locator("meta[property='og:description']").get_attribute("content")
    size = page.evaluate(
        "async u => { const i = new Image(); i.src = u; await i.decode(); return [i.width, i.height]; }",
        image,
    )
    assert size == [1200, 630]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{bot}.png"), full_page=True)
    assert tab.errors == [] and tab.foreign() == []


def test_tags_page_lists_every_bot_under_its_kind(tab):
    page = tab.open("tags/")
    text = page.locator(".md-content").inner_text()
    for tag in ("bot", "cyborg"):
        assert tag in text.split("\n")
    hrefs = page.locator(".md-content a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    for b in BOTS:
        assert any(h and h.rstrip("/").endswith(f"bots/{b}") for h in hrefs), b
    assert tab.errors == []


def test_light_dark_toggle(tab):
    page = tab.open("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function(f"{scheme} === 'slate'")
    page.reload(wait_until="networkidle")  # the choice is remembered
    assert page.evaluate(scheme) == "slate"
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function(f"{scheme} === 'default'")
    assert tab.errors == []


@pytest.mark.parametrize("path", PAGES or ["(site not built)"])
def test_page_has_no_errors_and_no_foreign_requests(tab, path):
    page = tab.open(path)
    assert "\uff06" not in page.title()  # names as written: never the full-width look-alike of &
    assert tab.errors == []
    assert tab.foreign() == []
    assert len(tab.requests) > 1  # the page's own CSS and scripts did load, from the local server

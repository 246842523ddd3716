"""Sharing the gallery, in Chromium: with site_url set, every page's social tags are absolute URLs
under it and their images load (1200×630); names display exactly as written — in the tab title,
the header, the meta tags, search results — with hostile ones (`<script>`, quotes, `&`) inert,
and no title holding the U+FF06 look-alike."""

from __future__ import annotations

import functools
import json
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from tests import examplesite
from tests.test_browser import CHROMIUM, Tab, _Quiet
from tests.test_build import make_site
from tests.tinymodel import make_tiny_model

ROOT = examplesite.ROOT
BOTS = examplesite.BOTS
HOSTILE = '<script>alert("x")</script> & "Ada\'s" 🌊 <b>bold</b> Zed'
runner = CliRunner()
pytestmark = pytest.mark.browser


def _unavailable() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


class Served:
    """A folder over http on a free port of 127.0.0.1 (the folder may be replaced while served)."""

    def __init__(self, folder: Path):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def chromium():
    if reason := _unavailable():
        examplesite.unavailable(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


def pages_with_site_url(root: Path, served: Served) -> None:
    result = runner.invoke(
        app, ["pages", "--site", str(root)], env={"HTSITE_SITE_URL": served.url, "COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "site_url is not set" not in result.output


@pytest.fixture(scope="module")
def example(chromium, tmp_path_factory):
    """The example gallery rebuilt (pages only, never training) with site_url = where it is served."""
    root = examplesite.copy(tmp_path_factory, "shared")
    served = Served(root / "site")
    pages_with_site_url(root, served)
    yield served
    served.close()


@pytest.fixture(scope="module")
def hostile(chromium, tmp_path_factory):
    """A small site on the tiny model whose names are hostile, served with site_url set."""
    tiny = make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")
    root = make_site(tmp_path_factory.mktemp("hostile") / "s", tiny)
    name = json.dumps(HOSTILE, ensure_ascii=False)
    (root / "site_src" / "accounts" / "bo" / "account.yaml").write_text(f"name: {name}\n", encoding="utf-8")
    (root / "site_src" / "bots" / "bo.yaml").write_text("accounts: [bo]\n")
    served = Served(root / "site")
    result = runner.invoke(
        app, ["build", "--site", str(root), "-q"], env={"HTSITE_SITE_URL": served.url, "COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    yield served
    served.close()


def meta(page, key: str) -> str | None:
    attr = "property" if key.startswith("og:") else "name"
    found = page.locator(f"meta[{attr}='{key}']")
    return found.get_attribute("content") if found.count() else None


def image_size(page, url: str) -> list[int]:
    return page.evaluate(
        "async u => { const i = new Image(); i.src = u; await i.decode(); return [i.width, i.height]; }", url
    )


@pytest.mark.parametrize("path", ["", *[f"bots/{b}/" for b in BOTS], "style-matrix/", "about/"])
def test_social_tags_are_absolute_under_site_url_and_load(chromium, example, path):
    tab = Tab(chromium, example.url)
    try:
        page = tab.open(path)
        image = meta(page, "og:image")
        expected = (
            f"assets/generated/{path.split('/')[1]}-social.png"
            if path.startswith("bots/")
            else ("assets/generated/gallery-social.png")
        )
        assert image == example.url + expected
        assert meta(page, "twitter:image") == image
        assert meta(page, "og:url") == example.url + path
        assert meta(page, "twitter:card") == "summary_large_image"
        assert image_size(page, image) == [1200, 630]
        title = page.title()
        assert "\uff06" not in title and "\uff06" not in (meta(page, "og:title") or "")
        if path.startswith("bots/") and "-" in path:  # a cyborg: names joined with a plain &
            assert " & " in title and " & " in meta(page, "og:title")
        assert tab.errors == [] and tab.foreign() == []
    finally:
        tab.context.close()


def test_hostile_names_display_exactly_and_stay_inert(chromium, hostile):
    tab = Tab(chromium, hostile.url)
    dialogs: list[str] = []
    tab.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        expected = " ".join(HOSTILE.split())
        page = tab.open("bots/bo/")
        assert page.title() == f"{expected} (AI BOT) - htsite gallery"
        assert meta(page, "og:title") == meta(page, "twitter:title") == f"{expected} (AI BOT)"
        assert expected in meta(page, "description")
        assert page.locator(".md-header__topic .md-ellipsis").last.inner_text() == f"{expected} (AI BOT)"
        assert page.locator(".htsite-names").inner_text() == expected
        assert page.locator("b").count() == 0 and page.locator(".md-content script").count() == 0
        cyborg = tab.open("bots/ada-bo/")
        assert cyborg.title() == f"ada & {expected} (AI CYBORG) - htsite gallery"

        page = tab.open("")
        page.keyboard.press("/")
        box = page.locator("input.md-search__input")
        box.wait_for(state="visible")
        box.press_sequentially("Zed")  # a word on its own: Material's search splits at spaces only
        hit = page.locator(".md-search-result__item > a[href*='bots/bo/'] h1").first
        hit.wait_for(state="visible")
        assert hit.inner_text() == f"{expected} (AI BOT)"  # no "&#38;" shown, nothing run

        tags = tab.open("tags/")
        assert f"{expected} (AI BOT)" in tags.locator(".md-content").inner_text()
        assert dialogs == [] and tab.errors == [] and tab.foreign() == []
    finally:
        tab.context.close()

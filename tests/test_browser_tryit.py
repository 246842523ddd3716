"""The Try it box in a real browser: Playwright drives Debian's chromium against the built example
site/ on 127.0.0.1. A bot writes in the page; greedy tokens equal onnxruntime's in Python on the
same files; the base is downloaded once for the whole gallery; nothing comes from another host;
markup stays text; a cut download is retried; without WebAssembly the page says so and works."""

from __future__ import annotations

import json
import re

import pytest

from generator import export
from tests.test_browser import ARTIFACTS, SITE, Tab, _unavailable, chromium, server  # noqa: F401

pytestmark = pytest.mark.browser
BOX = ".htsite-tryit"
STATE = f"document.querySelector('{BOX}').dataset.state"
GENERATE_MS = 60_000  # click → at least 10 new tokens, download and all
GREEDY_TOKENS = 10


def boxed_bots() -> list[str]:
    """Bot pages with a box, in gallery order (the first one is visited first)."""
    pages = sorted((SITE / "bots").glob("*/index.html")) if SITE.is_dir() else []
    return [p.parent.name for p in pages if 'class="htsite-tryit"' in p.read_text(encoding="utf-8")]


def box_config(bot: str) -> dict:
    page = (SITE / "bots" / bot / "index.html").read_text(encoding="utf-8")
    import html

    return json.loads(html.unescape(re.search(r'data-tryit="([^"]*)"', page).group(1)))


def generate(page, length: int, greedy: bool, prompt: str | None = None) -> dict:
    if prompt is not None:
        page.fill(f"{BOX} textarea", prompt)
    page.select_option(f"{BOX} select[name=length]", str(length))
    page.set_checked(f"{BOX} input[name=greedy]", greedy)
    page.click(f"{BOX} button[name=generate]")
    page.wait_for_function(f"['done', 'error'].includes({STATE})", timeout=GENERATE_MS)
    return page.locator(BOX).evaluate("b => ({...b.dataset})")


@pytest.fixture(scope="module")
def bots():
    reason = _unavailable()
    found = boxed_bots()
    if reason is None and len(found) < 2:
        reason = "the example site has fewer than 2 bots with a Try it box (run `make build`)"
    if reason:
        pytest.skip(reason)
    return found


@pytest.fixture(scope="module")
def visit(chromium, server, bots):  # noqa: F811 - fixtures from test_browser
    """One visitor: opens the first bot page, generates greedily, then opens a second bot page in
    the same browser (a new page load) and generates there. Records requests and bytes."""
    tab = Tab(chromium, server)
    sizes: dict[str, int] = {}
    tab.page.on("requestfinished", lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"]))
    first, second = bots[0], bots[1]
    page = tab.open(f"bots/{first}/")
    before_click = list(tab.requests)
    data = generate(page, 20, greedy=True)
    text = page.locator(f"{BOX}__text").inner_text()
    page.screenshot(path=str(_artifact("tryit-first.png")))
    first_requests = list(tab.requests)
    tab.requests.clear()
    sizes_first = dict(sizes)
    sizes.clear()
    page2 = tab.context.new_page()
    page2.on("request", lambda r: tab.requests.append(r.url))
    page2.on("requestfinished", lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"]))
    page2.on("pageerror", lambda e: tab.errors.append(f"page error: {e}"))
    page2.goto(f"bots/{second}/", wait_until="networkidle")
    data2 = generate(page2, GREEDY_TOKENS, greedy=True)
    yield {
        "tab": tab,
        "page": page,
        "first": first,
        "second": second,
        "before_click": before_click,
        "data": data,
        "text": text,
        "requests": first_requests,
        "sizes": sizes_first,
        "data2": data2,
        "requests2": list(tab.requests),
        "sizes2": dict(sizes),
    }
    tab.context.close()


def _artifact(name: str):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def test_nothing_is_downloaded_before_the_click(visit):
    assert not [u for u in visit["before_click"] if "/assets/models/" in u or "transformers-" in u]


def test_generate_writes_at_least_ten_tokens_within_a_minute(visit):
    data = visit["data"]
    assert data["state"] == "done", visit["page"].locator(f"{BOX}__status").inner_text()
    assert len(json.loads(data["tokens"])) >= GREEDY_TOKENS
    assert visit["text"].startswith("My dream is") and len(visit["text"]) > len("My dream is")
    page = visit["page"]
    assert page.locator(f"{BOX}__label").inner_text().strip().lower() == "ai-generated"
    assert re.fullmatch(r"[\d.]+ / [\d.]+ MB", page.locator(f"{BOX}__bytes").inner_text())
    assert float(data["loadSeconds"]) > 0 and float(data["tokensPerSecond"]) > 0


def test_browser_greedy_tokens_equal_onnxruntime_in_python(visit):
    """The same files, read from site/ as a visitor gets them, run by onnxruntime in Python."""
    cfg = box_config(visit["first"])
    folder = SITE / "assets" / "models" / cfg["model"]
    base = (folder / cfg["external"][0]["data"]).parent
    session = export.open_session(folder, base)
    tokenizer = export.load_tokenizer(folder)
    prompt_ids = tokenizer.encode("My dream is", add_special_tokens=True).ids
    assert prompt_ids[0] == config_eos(folder)  # the post separator first, as htsite samples
    assert json.loads(visit["data"]["promptTokens"]) == prompt_ids
    config = json.loads((folder / "config.json").read_text())
    want = export.greedy(session, prompt_ids, GREEDY_TOKENS, config, cfg["min_new_tokens"])
    assert json.loads(visit["data"]["tokens"])[:GREEDY_TOKENS] == want


def test_browser_tokenizes_like_python(visit):
    cfg = box_config(visit["first"])
    tokenizer = export.load_tokenizer(SITE / "assets" / "models" / cfg["model"])
    texts = [
        "My dream is",
        "  two  spaces",
        "Tide pools 🌊 at 6am — who's in?",
        "naïve café\nnew line",
        "<b>x</b>",
    ]
    got = visit["page"].evaluate(
        "async ts => Promise.all(ts.map(t => htsiteTryIt.boxes[0].tokenize(t)))", texts
    )
    assert got == [tokenizer.encode(t, add_special_tokens=False).ids for t in texts]


def test_no_request_leaves_the_site(visit):
    assert visit["tab"].foreign() == []
    assert visit["tab"].errors == []


def test_second_bot_page_does_not_download_the_base_again(visit):
    cfg1, cfg2 = box_config(visit["first"]), box_config(visit["second"])
    base1 = [e for e in cfg1["external"] if e["data"].startswith("../base-")]
    assert base1 and [e["data"] for e in base1] == [
        e["data"] for e in cfg2["external"] if e["data"].startswith("../base-")
    ]
    first_base = sum(b for u, b in visit["sizes"].items() if "/assets/models/base-" in u)
    assert first_base == sum(e["bytes"] for e in base1)  # the first page did download it
    assert visit["data2"]["state"] == "done"
    assert not [u for u in visit["requests2"] if "/assets/models/base-" in u]
    assert sum(b for u, b in visit["sizes2"].items() if "/assets/models/base-" in u) == 0
    own = [u for u in visit["requests2"] if f"/assets/models/{cfg2['model']}/" in u]
    assert any(u.endswith(cfg2["external"][-1]["data"]) for u in own)  # its own adapter, yes


def test_hostile_prompt_is_shown_as_text(visit):
    page = visit["page"]
    hostile = '<img src=x onerror="document.title=1"><b>bold</b> {{ 7*7 }}'
    data = generate(page, 10, greedy=True, prompt=hostile)
    assert data["state"] == "done"
    out = page.locator(f"{BOX}__text")
    assert out.inner_text().startswith(hostile)
    assert out.locator("img, b").count() == 0
    assert page.title() != "1"


# Stop is clicked from inside the page only while it is still enabled: a sampled run may end
# on its own (end-of-text) before a click from outside arrives, which is not a failure of Stop.
STOP_IF_RUNNING = f"""() => {{
    const b = document.querySelector('{BOX} button[name=stop]');
    if (b.disabled) return false;
    b.click();
    return true;
}}"""


def test_stop_ends_the_generation_early(visit):
    page = visit["page"]
    page.select_option(f"{BOX} select[name=length]", "200")
    page.set_checked(f"{BOX} input[name=greedy]", False)
    tokens = f"JSON.parse(document.querySelector('{BOX}').dataset.tokens).length"
    for _ in range(5):
        page.fill(f"{BOX} textarea", "My dream is")
        page.click(f"{BOX} button[name=generate]")
        # the click sets "loading" at once; "generating" resets the tokens to []
        running = f"({STATE} === 'generating' && {tokens} >= 3) || {STATE} === 'done'"
        page.wait_for_function(running, timeout=GENERATE_MS)
        stopped = page.evaluate(STOP_IF_RUNNING)
        page.wait_for_function(f"{STATE} === 'done'", timeout=GENERATE_MS)
        if stopped:
            break
    assert stopped, "every sampled run ended on its own before Stop could be clicked"
    assert page.locator(f"{BOX}__status").inner_text().startswith("Stopped")
    assert len(json.loads(page.locator(BOX).get_attribute("data-tokens"))) < 200


def test_interrupted_download_says_so_and_retry_works(chromium, server, bots):  # noqa: F811
    tab = Tab(chromium, server)
    cfg = box_config(bots[0])
    cut = cfg["external"][1]["data"].split("/")[-1]  # the second base chunk
    aborted = []

    def abort_once(route):
        if not aborted:
            aborted.append(route.request.url)
            return route.abort("connectionreset")
        return route.continue_()

    try:
        page = tab.open(f"bots/{bots[0]}/")
        page.route(f"**/{cut}", abort_once)
        data = generate(page, GREEDY_TOKENS, greedy=True)
        assert data["state"] == "error" and aborted
        status = page.locator(f"{BOX}__status").inner_text()
        assert "interrupted" in status.lower() and "retry" in status.lower()
        assert page.locator(f"{BOX} button[name=generate]").inner_text() == "Retry"
        cached = page.evaluate(
            "async u => !!(await (await caches.open('transformers-cache')).match(u))", aborted[0]
        )
        assert not cached  # nothing half-downloaded is kept
        data = generate(page, GREEDY_TOKENS, greedy=True)
        assert data["state"] == "done" and len(json.loads(data["tokens"])) >= 1
    finally:
        tab.context.close()


def test_a_cut_copy_in_the_cache_is_dropped_not_used(chromium, server, bots):  # noqa: F811
    tab = Tab(chromium, server)
    try:
        page = tab.open(f"bots/{bots[1]}/")
        cfg = box_config(bots[1])
        lora = page.evaluate("u => new URL(u, location.href).href", f"../../assets/models/{cfg['model']}/")
        url = lora + cfg["external"][-1]["data"]
        page.evaluate(
            "async u => (await caches.open('transformers-cache')).put(u, new Response(new Uint8Array(1000)))",
            url,
        )
        data = generate(page, GREEDY_TOKENS, greedy=True)
        assert data["state"] == "done"
        cached = "async u => (await (await caches.open('transformers-cache')).match(u)).arrayBuffer()"
        size = page.evaluate(f"async u => (await ({cached})(u)).byteLength", url)
        assert size == cfg["external"][-1]["bytes"]
    finally:
        tab.context.close()


def test_without_webassembly_the_page_says_so_and_still_works(chromium, server, bots):  # noqa: F811
    """As in a browser whose policy turns WebAssembly off (e.g. a locked-down mode)."""
    tab = Tab(chromium, server)
    try:
        tab.context.add_init_script("delete globalThis.WebAssembly")
        page = tab.open(f"bots/{bots[0]}/")
        assert page.evaluate("typeof WebAssembly") == "undefined"
        notice = page.locator(".htsite-tryit__notice")
        assert notice.count() == 1 and "WebAssembly" in notice.inner_text()
        assert page.locator(BOX).count() == 0
        assert page.locator(".md-content li").count() > 0  # the predictions are still there
        assert tab.errors == [] and tab.foreign() == []
    finally:
        tab.context.close()


def config_eos(folder) -> int:
    return json.loads((folder / "config.json").read_text())["eos_token_id"]

"""Benchmark 7 (try it): the bots exported for the browser, and the Try it box in chromium.

A temp copy of the example site reuses the repository's trained bots (hard links of models/,
as `make build` left them) without their browser exports, and is built in its own process:
that build exports the shared base once (the template) and each bot. A second build with no
change must export nothing and import no torch. Then site/ is served on 127.0.0.1 and headless
chromium (Playwright) plays a visitor: the first bot page downloads the base and its bot, the
second bot page (same browser) only its own files. Recorded: export seconds, bytes (base, each
bot, the largest file), browser load seconds (click → model ready, click → first token) and
tokens per second, greedy and sampled.

Smoke runs build a tiny-model copy of the example (one bot, two steps of training) instead.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.buildbench import copy_example
from bench.common import REPO, log, machine, run_worker

CHROMIUM = Path("/usr/bin/chromium")
BOX = ".htsite-tryit"


def prepare(root: Path, opts) -> dict[str, str] | None:
    """The site to build, and its environment; None when the repository's bots are not built."""
    if opts.smoke:
        copy_example(root, ["tidepoolmara", "crumbshift"])
        return {"HTSITE_BASE_MODEL": str(opts.tiny), "HTSITE_MAX_STEPS": "2", "HTSITE_MAX_MINUTES": "0.05"}
    bots = sorted(p.stem for p in (REPO / "site_src" / "bots").glob("*.yaml"))
    if not all((REPO / "models" / b / "metrics.json").is_file() for b in bots):
        return None
    copy_example(root)
    for item in (REPO / "models").iterdir():
        if item.name in (".web", ".checkpoints") or not item.is_dir():
            continue
        shutil.copytree(item, root / "models" / item.name, copy_function=os.link, ignore=_skip_web)
    return {}


def _skip_web(folder, names):
    return ["web"] if Path(folder).parent.name == "models" else []


def export_figures(root: Path, report: dict) -> dict:
    templates = list((root / "models" / ".web").glob("*/template.json"))
    template = json.loads(templates[0].read_text()) if templates else {}
    if templates:
        template.update(json.loads((templates[0].parent / "timings.json").read_text()))
    bots = []
    for bot in report["try_it"]:
        manifest = json.loads((root / "models" / bot / "web" / "export.json").read_text())
        manifest.update(json.loads((root / "models" / bot / "web" / "timings.json").read_text()))
        metrics = json.loads((root / "models" / bot / "metrics.json").read_text())
        bots.append(
            {
                "bot": bot,
                "export_s": manifest["seconds"],
                "write_s": manifest["write_seconds"],
                "bot_bytes": manifest["bot_bytes"],
                "perplexity": manifest["perplexity"],
                "trained_perplexity": metrics.get("perplexity"),
                "perplexity_ratio": round(manifest["perplexity"] / metrics["perplexity"], 4)
                if metrics.get("perplexity")
                else None,
            }
        )
    files = [p for p in (root / "site" / "assets" / "models").rglob("*") if p.is_file()]
    base_bytes = template and sum(f["bytes"] for f in template["base_files"])
    return {
        "template_s": template.get("seconds"),
        "template_trace_s": template.get("trace_seconds"),
        "base_bytes": base_bytes,
        "base_files": len(template.get("base_files", [])),
        "bots": bots,
        "first_bot_bytes": base_bytes + bots[0]["bot_bytes"] if bots else None,
        "further_bot_bytes": max((b["bot_bytes"] for b in bots[1:]), default=None),
        "largest_file_bytes": max((p.stat().st_size for p in files), default=0),
        "site_models_bytes": sum(p.stat().st_size for p in files),
    }


def serve(folder: Path):
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def visit(page, bot: str, tokens: int, greedy: bool, fetched: dict) -> dict:
    fetched.clear()
    page.goto(f"bots/{bot}/", wait_until="networkidle")
    page.select_option(f"{BOX} select[name=length]", str(tokens))
    page.set_checked(f"{BOX} input[name=greedy]", greedy)
    page.click(f"{BOX} button[name=generate]")
    page.wait_for_function(
        f"['done', 'error'].includes(document.querySelector('{BOX}').dataset.state)", timeout=300_000
    )
    data = page.locator(BOX).evaluate("b => ({...b.dataset})")
    if data["state"] != "done":
        raise RuntimeError(page.locator(f"{BOX}__status").inner_text())
    out = {
        "bot": bot,
        "greedy": greedy,
        "tokens": len(json.loads(data["tokens"])),
        "tokens_per_second": float(data["tokensPerSecond"]),
        "downloaded_bytes": sum(fetched.values()),
        "base_bytes_downloaded": sum(b for u, b in fetched.items() if "/assets/models/base-" in u),
    }
    if "loadSeconds" in data:
        out["load_s"] = float(data["loadSeconds"])
        out["first_token_s"] = float(data["firstTokenSeconds"])
    return out


def browser_figures(site: Path, bots: list[str], tokens: int) -> dict:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "playwright is not installed"}
    if not CHROMIUM.is_file():
        return {"skipped": f"{CHROMIUM} is missing"}
    served = Path(tempfile.mkdtemp(prefix="htsite-bench-served-"))
    shutil.copytree(site, served / "site", copy_function=os.link)  # site/ alone, as a visitor gets it
    httpd, url = serve(served / "site")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            context = browser.new_context(base_url=url)
            page = context.new_page()
            fetched: dict[str, int] = {}
            record = lambda r: fetched.__setitem__(r.url, max(0, r.sizes()["responseBodySize"]))  # noqa: E731
            page.on("requestfinished", record)
            runs = [visit(page, bots[0], tokens, True, fetched)]  # cold: base + bot downloaded
            runs.append(visit(page, bots[0], tokens, False, fetched))  # reloaded: all from the cache
            page2 = context.new_page()
            page2.on("requestfinished", record)
            runs.append(visit(page2, bots[1], tokens, True, fetched))  # warm: base from the cache
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
        shutil.rmtree(served, ignore_errors=True)
    return {"runs": runs, "threads": 1, "note": "plain http.server: not cross-origin isolated, 1 WASM thread"}


def bench_tryit(opts) -> dict:
    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-tryit-"))
    try:
        root = tmp / "site"
        env = prepare(root, opts)
        if env is None:
            return {"machine": info, "skipped": "the example's bots are not built (run `make build`)"}
        settings = root / "site_src" / "site.yaml"
        if "try_it:" not in settings.read_text():
            settings.write_text(settings.read_text() + "try_it: all\n")
        log("try it: build (export the base once, then each bot)")
        fresh = run_worker(["build", str(root)], env)
        report = fresh["report"]
        if not report["try_it"]:
            return {"machine": info, "skipped": f"no bot got a box: {report['warnings'][-1:]}"}
        figures = export_figures(root, report)
        log("try it: rebuild, nothing changed")
        again = run_worker(["build", str(root)], env)
        figures["no_change"] = {
            "build_s": again["build_s"],
            "process_wall_s": again["process_wall_s"],
            "exported": again["report"]["exported"],
            "torch_imported": again["torch_imported"],
        }
        figures["build_s"] = fresh["build_s"]
        log("try it: chromium as a visitor")
        figures["browser"] = browser_figures(root / "site", report["try_it"], 10 if opts.smoke else 60)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"machine": info, **figures}

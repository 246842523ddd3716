"""Try it: the box on bot pages where a bot writes in the visitor's browser.

The build asks `TryIt.prepare()` for each bot with try-it on (site.yaml `try_it`): the bot's
browser export (generator.export) is reused when its train key and template are unchanged, made
otherwise. `publish()` then lays the files out under docs/ (hard links, so nothing is copied
twice) for mkdocs to put in site/:

    docs/assets/models/base-<template>/model_quantized.onnx_data{,_1,_2}   the shared base (~135 MB)
    docs/assets/models/<bot>-<hash>/         config, tokenizer, onnx/ graph + LoRA file (~15 MB)
    docs/assets/htsite/transformers-<ver>/   transformers.js + onnxruntime-web (WebAssembly)

Folder names change with their content, so a browser never mixes a cached old file with a new
one. A bot whose export fails keeps its page, without the box, and the build says why. Nothing
here imports torch or onnxruntime: a build that changes nothing only reads export.json files.
"""

from __future__ import annotations

import html
import json
import os
import shutil
from pathlib import Path

from generator import export, webruntime
from generator.train import split_posts

MODELS = "assets/models"  # under docs/
SCRIPT = "assets/htsite/tryit.js"  # the box's own code (skeleton), loaded by mkdocs.yml
PERPLEXITY_TOLERANCE = 0.05  # the exported model's held-out perplexity may be this much worse
LENGTHS = (10, 20, 40, 60, 120, 200)  # new tokens the visitor can ask for


class TryIt:
    def __init__(self, site, reporter, warnings: list[str]):
        self.site = site
        self.reporter = reporter
        self.warnings = warnings  # the build report's
        self.ready: dict[str, dict] = {}  # bot id → its export manifest
        self.exported: list[str] = []  # bots exported (not reused) by this build
        self._runtime = webruntime.installed() if site.settings.try_it != "none" else None
        self._runtime_said = False
        self._template_error: str | None = None

    def wanted(self, bot_id: str) -> bool:
        return self.site.settings.try_it_for(bot_id)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            self.reporter.warn(message)

    # -- per bot: export or reuse ----------------------------------------------------------------
    def prepare(self, bot_id: str, model_dir: Path, train_key: str, corpora, base_path: str) -> dict | None:
        """The bot's export manifest, exporting it when needed; None (and a warning) when the
        page gets no box."""
        if not self.wanted(bot_id):
            return None
        if self._runtime is None:
            if not self._runtime_said:
                self._runtime_said = True
                self.warn(f"Try it boxes left out: {webruntime.missing_hint()}")
            return None
        try:
            manifest = self._reuse(model_dir, train_key, Path(base_path))
            if manifest is None:
                manifest = self._export(bot_id, model_dir, train_key, corpora, Path(base_path))
        except export.ExportError as exc:
            self.warn(f"Try it for {bot_id} left out: {exc.one_line()}")
            return None
        except Exception as exc:  # an exporter's failure costs this box, not the build
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            self.warn(f"Try it for {bot_id} left out: the export failed ({reason})")
            return None
        self.ready[bot_id] = manifest
        return manifest

    def _template(self, base_path: Path, model_dir: Path) -> tuple[Path, dict]:
        """The template folder an export of this bot uses. Only reads models/: reusing an export
        (every page build) writes nothing there, not even the digest memo."""
        lora = export.LoraShape.of(model_dir)
        memo = self.site.models / ".web" / export.BASE_DIGESTS
        key = export.template_key(base_path, lora, memo, remember=False)
        return self.site.models / ".web" / key, lora

    def _reuse(self, model_dir: Path, train_key: str, base_path: Path) -> dict | None:
        web = model_dir / "web"
        manifest = _read_json(web / export.MANIFEST)
        if manifest.get("train_key") != train_key or manifest.get("export_version") != export.EXPORT_VERSION:
            return None
        template, _ = self._template(base_path, model_dir)
        if manifest.get("template") != template.name or not (template / "template.json").is_file():
            return None
        for name, size in manifest.get("files", {}).items():
            file = web / name
            if not file.is_file() or file.stat().st_size != size:
                return None
        return manifest

    def _export(self, bot_id, model_dir: Path, train_key: str, corpora, base_path: Path) -> dict:
        if self._template_error:
            raise export.ExportError(self._template_error)
        lora = export.LoraShape.of(model_dir)
        try:
            template, info = export.ensure_template(
                self.site.models,
                base_path,
                lora,
                lambda key: self.reporter.info(f"try it: exporting the base model for the browser ({key})…"),
            )
        except Exception as exc:
            self._template_error = f"the base model's export failed ({type(exc).__name__}: {exc})"
            raise
        cfg = self.site.settings
        eval_texts = [
            t for c in corpora for t in split_posts(c.texts, cfg.train.seed, cfg.train.eval_fraction).eval
        ]
        manifest = export.export_bot(
            model_dir,
            base_path,
            template,
            info,
            model_dir / "web",
            train_key,
            eval_texts,
            cfg.sample.prompts[0],
            cfg.train.block_size,
            cfg.sample.min_new_tokens,
        )
        self.exported.append(bot_id)
        metrics = _read_json(model_dir / "metrics.json")
        ppl, trained = manifest["perplexity"], metrics.get("perplexity")
        own, base = manifest["bot_bytes"] / 1e6, manifest["base_bytes"] / 1e6
        seconds = _read_json(model_dir / "web" / export.TIMINGS).get("seconds")
        self.reporter.info(
            f"  try it {bot_id}: {own:.1f} MB (+ {base:.0f} MB shared base), held-out perplexity "
            f"{ppl} (trained: {trained}) in {seconds} s"
        )
        if trained and ppl > trained * (1 + PERPLEXITY_TOLERANCE):
            self.warn(
                f"Try it for {bot_id}: the browser model's held-out perplexity {ppl} is over "
                f"{PERPLEXITY_TOLERANCE:.0%} above the trained bot's {trained}"
            )
        return manifest

    # -- the site: files under docs/, the box on the page ----------------------------------------
    def folder(self, bot_id: str) -> str:
        manifest = self.ready[bot_id]
        return f"{bot_id}-{export.digest([manifest['train_key'], manifest['template']])[:10]}"

    def publish(self, docs: Path, bot_ids: list[str]) -> None:
        """Link every ready bot's files, the shared base and the runtime under docs/; drop the
        rest of docs/assets/models/ (bots removed, retrained or with try-it turned off)."""
        models = docs / MODELS
        wanted: set[str] = set()
        for bot_id in bot_ids:
            if bot_id not in self.ready:
                continue
            manifest = self.ready[bot_id]
            base = f"base-{manifest['template']}"
            folder = self.folder(bot_id)
            web = self.site.models / bot_id / "web"
            template = self.site.models / ".web" / manifest["template"]
            _link_tree({n: web / n for n in manifest["files"]}, models / folder)
            _link_tree({f["path"]: template / f["path"] for f in manifest["base_files"]}, models / base)
            wanted |= {folder, base}
        if models.is_dir():
            for stale in models.iterdir():
                if stale.name not in wanted:
                    shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            if not wanted:
                models.rmdir()
        runtime_dir = docs / "assets" / "htsite" / self.runtime_folder
        for old in (docs / "assets" / "htsite").glob("transformers-*"):
            if old != runtime_dir or not wanted:
                shutil.rmtree(old)
        if wanted and self._runtime:
            _link_tree({n: webruntime.RUNTIME / n for n in webruntime.FILES}, runtime_dir)
        if wanted and SCRIPT not in _read_text(self.site.mkdocs_yml):
            self.warn(
                f"{self.site.mkdocs_yml}: the Try it boxes need `extra_javascript: [{{path: {SCRIPT}, "
                "type: module}]` (as `htsite new` writes it); without it they stay hidden"
            )

    @property
    def runtime_folder(self) -> str:
        version = (self._runtime or {}).get("versions", {}).get("@huggingface/transformers", "none")
        return f"transformers-{version}"

    def box(self, bot_id: str) -> str | None:
        """The box's HTML for the bot page (raw HTML in the Markdown), or None."""
        if bot_id not in self.ready:
            return None
        manifest = self.ready[bot_id]
        sample = self.site.settings.sample
        base = f"../base-{manifest['template']}/"
        external = [
            {"path": f["path"], "data": base + f["path"], "bytes": f["bytes"]} for f in manifest["base_files"]
        ]
        lora = manifest["lora_file"]
        external.append({"path": lora.rsplit("/", 1)[-1], "data": lora, "bytes": manifest["files"][lora]})
        files = {n: b for n, b in manifest["files"].items() if n != export.MANIFEST}
        files |= {base + f["path"]: f["bytes"] for f in manifest["base_files"]}
        cfg = {
            "model": self.folder(bot_id),
            "runtime": self.runtime_folder,
            "external": external,
            "files": files,
            "total_bytes": sum(files.values()),
            "min_new_tokens": sample.min_new_tokens,
            "top_p": sample.top_p,
            "temperature": sample.temperature,
        }
        default = min(LENGTHS, key=lambda n: abs(n - sample.max_new_tokens))
        options = "".join(
            f'<option value="{n}"{" selected" if n == default else ""}>{n} tokens</option>' for n in LENGTHS
        )
        size = f"{cfg['total_bytes'] / 1e6:.0f} MB"
        plain = (  # the box runs one model; contrastive sampling needs the base beside it
            " It samples plainly; the predictions below were drawn by contrastive sampling, which"
            " reads more like the account (see How it works)."
            if sample.contrast > 0
            else ""
        )
        shared = f"{manifest['base_bytes'] / 1e6:.0f} MB"
        return (
            f'<div class="htsite-tryit" data-tryit="{html.escape(json.dumps(cfg), quote=True)}" hidden>\n'
            '<form class="htsite-tryit__form">\n'
            '<label class="htsite-tryit__prompt">Prompt '
            f'<textarea name="prompt" rows="2" maxlength="1000">{html.escape(sample.prompts[0])}</textarea>'
            "</label>\n"
            '<div class="htsite-tryit__controls">'
            '<button type="submit" name="generate" class="md-button md-button--primary">Generate</button> '
            '<button type="button" name="stop" class="md-button" disabled>Stop</button> '
            f'<label>Length <select name="length">{options}</select></label> '
            '<label><input type="checkbox" name="greedy"> same answer every time (greedy)</label>'
            "</div>\n</form>\n"
            '<div class="htsite-tryit__progress" hidden><progress max="100" value="0"></progress> '
            '<span class="htsite-tryit__bytes"></span></div>\n'
            '<p class="htsite-tryit__status" role="status"></p>\n'
            '<div class="htsite-tryit__output" hidden><span class="htsite-tryit__label">AI-generated</span>'
            '<p class="htsite-tryit__text" aria-live="polite"></p></div>\n'
            f'<p class="htsite-tryit__note">Runs in your browser, on this site\'s own files: the first '
            f"time it downloads {size} (of which {shared} are the base model that every bot here "
            "shares, downloaded once), then it loads from the browser's cache. What you type stays "
            f"on this page. This in-browser copy (int8) has a held-out perplexity of "
            f"{manifest['perplexity']}.{plain}</p>\n"
            "</div>\n"
            "<noscript><p>Try it needs JavaScript.</p></noscript>\n"
        )


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _link_tree(files: dict[str, Path], dest: Path) -> None:
    """Make `dest` hold exactly `files` (relative name → source): hard links where possible."""
    dest.mkdir(parents=True, exist_ok=True)
    for name, src in files.items():
        target = dest / name
        if target.is_file() and (_same(target, src) or _equal(target, src)):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        tmp.replace(target)
    keep = {dest / n for n in files}
    for path in sorted(dest.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _equal(a: Path, b: Path) -> bool:
    return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()

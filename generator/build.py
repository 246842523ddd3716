"""`htsite build`: exports → curated posts → trained bots → predictions → avatars → pages → site.

Each stage is its own module; this one only wires them together and decides what to skip. A bot
is retrained only when its key changes: the curated text of its accounts, the training settings,
the base model and htsite's version. Predictions are redone when that key or the sampling
settings change. One bad account fails only the bots that use it; the rest still build.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator import (
    __version__,
    avatar,
    basemodel,
    charts,
    distributed,
    evaluate,
    pages,
    publish,
    sample,
    socialcard,
    train,
    voice,
)
from generator.curate import Curated, curate
from generator.errors import HtsiteError, NotEnoughText
from generator.ingest import Account, load_account
from generator.progress import Reporter
from generator.scaffold import sync_assets
from generator.settings import BotSpec, Site
from generator.site import build_site
from generator.tryit import TryIt

GENERATED = "assets/generated"  # under docs/: avatars and charts written by the build
VOICE_SEED = 1  # sample.seed + this: the voice figure's samples, never those shown
BASE_SEED = 2  # sample.seed + this: the base model's samples, the voice classifier's "base" class


@dataclass
class BuildReport:
    trained: list[str] = field(default_factory=list)
    sampled: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # bots reused from models/ unchanged
    failed: dict[str, str] = field(default_factory=dict)  # bot id → one-line reason
    warnings: list[str] = field(default_factory=list)
    try_it: list[str] = field(default_factory=list)  # bots whose pages have the Try it box
    exported: list[str] = field(default_factory=list)  # bots exported for the browser by this build
    cut_short: dict[str, str] = field(default_factory=dict)  # bot id → "120 of 300 steps (max_minutes 1.5)"
    voice: dict[str, float | None] = field(default_factory=dict)  # bot id → its voice figure
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "trained": self.trained,
            "sampled": self.sampled,
            "skipped": self.skipped,
            "failed": self.failed,
            "warnings": self.warnings,
            "try_it": self.try_it,
            "exported": self.exported,
            "cut_short": self.cut_short,
            "voice": self.voice,
            "seconds": round(self.seconds, 2),
        }


def digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def train_key(site: Site, corpora: list[Curated]) -> str:
    s = site.settings
    return digest(
        {
            "texts": [c.texts for c in corpora],
            "train": s.train.model_dump(
                exclude={"checkpoint_every"}
            ),  # how often to save can't change the model
            "base_model": s.base_model,
            "version": __version__,
        }
    )


def sample_key(tkey: str, site: Site) -> str:
    s = site.settings
    return digest({"train_key": tkey, "sample": s.sample.model_dump(), "voice": s.voice.model_dump()})


def base_samples_key(site: Site) -> str:
    s = site.settings
    return digest(
        {
            "base_model": s.base_model,
            "sample": s.sample.model_dump(),
            "n": s.voice.base_samples,
            "version": __version__,
        }
    )


def read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


class Builder:
    def __init__(
        self, site: Site, reporter: Reporter, allow_training: bool = True, allow_eval: bool | None = None
    ):
        self.site = site
        self.allow_training = allow_training  # False for `htsite pages`: reuse models as they are
        self.allow_eval = allow_training if allow_eval is None else allow_eval
        self.matrix: dict | None = None
        self.reporter = reporter
        self.report = BuildReport()
        self._accounts: dict[str, Account | HtsiteError] = {}
        self._curated: dict[str, Curated] = {}  # by account folder name
        self._base = None
        self._compute = None
        self._drawn: dict[str, dict] = {}  # bot id → its predictions.json (the voice samples)
        self.voices: dict | None = None  # models/voice.json: every bot's voice figure
        self.write_cards = True  # models/<bot>/README.md; False for `htsite publish`
        self.published = publish.load_state(site)  # site_src/published.json: what is on the Hub
        self.tryit = TryIt(site, reporter, self.report.warnings)

    # -- lazily loaded heavy things: a no-change rebuild never imports torch -------------
    @property
    def base(self) -> basemodel.BaseModel:
        if self._base is None:
            self._base = basemodel.resolve(self.site.settings.base_model)
        return self._base

    @property
    def compute(self):
        if self._compute is None:
            from generator.device import pick

            cfg = self.site.settings.train
            self._compute = pick(cfg.device, cfg.dtype)
        return self._compute

    # -- stages ---------------------------------------------------------------------------
    def account(self, key: str) -> Account:
        if key not in self._accounts:
            try:
                self._accounts[key] = load_account(self.site.account_path(key))
            except HtsiteError as exc:
                self._accounts[key] = exc
        found = self._accounts[key]
        if isinstance(found, HtsiteError):
            raise found
        return found

    def check_text(self, bot: BotSpec, corpora: list[Curated]) -> None:
        c = self.site.settings.curate
        for corpus, key in zip(corpora, bot.accounts, strict=False):
            chars = corpus.kept_chars
            path = self.site.account_path(key)
            if corpus.kept == 0:  # say why, rather than "0 characters": the table explains it
                private = f", {corpus.withheld} private withheld" if corpus.withheld else ""
                raise NotEnoughText(
                    f"no posts kept ({corpus.downloaded} downloaded: {corpus.retweets} retweets, "
                    f"{corpus.short} short{private})",
                    path,
                    "this export has nothing to train on; check it with `htsite inspect`",
                )
            if chars < c.min_chars:
                raise NotEnoughText(
                    f"only {chars:,} characters kept (at least {c.min_chars:,} needed to train)",
                    path,
                    "add more posts or a larger export",
                )
            if chars < c.warn_chars:
                message = (
                    f"{path}: only {chars:,} characters kept; "
                    f"the bot may learn little (≥ {c.warn_chars:,} is better)"
                )
                if message not in self.report.warnings:
                    self.report.warnings.append(message)
                    self.reporter.warn(message)

    def build_bot(self, bot: BotSpec) -> pages.BotView | None:
        accounts = [self.account(key) for key in bot.accounts]
        corpora = [self._curated.get(k) or curate(a) for k, a in zip(bot.accounts, accounts, strict=True)]
        self._curated.update(zip(bot.accounts, corpora, strict=True))
        self.check_text(bot, corpora)
        model_dir = self.site.models / bot.id
        tkey = train_key(self.site, corpora)
        skey = sample_key(tkey, self.site)
        metrics = read_json(model_dir / "metrics.json")
        trained = None
        if metrics.get("train_key") != tkey and not (metrics and not self.allow_training):
            if not self.allow_training:
                raise HtsiteError(
                    "not trained yet", model_dir, f"run `htsite train {bot.id}` or `htsite build`"
                )
            trained = self.train_bot(bot, corpora, tkey)
            if not distributed.is_main():
                return None  # a helper process of `accelerate launch`: its share of training is done
            metrics = read_json(model_dir / "metrics.json")
        predictions = read_json(model_dir / "predictions.json")
        if predictions.get("key") != skey and self.allow_training:
            texts = [t for c in corpora for t in c.texts]
            predictions = self.sample_bot(bot, model_dir, trained, skey, texts)
        self._drawn[bot.id] = predictions
        if trained is None and bot.id not in self.report.sampled:
            self.report.skipped.append(bot.id)
        if short := pages.cut_short(metrics):
            self.report.cut_short[bot.id] = short
            self.reporter.warn(f"{bot.id}: training cut short by the time cap: {short}")
        if metrics:  # the browser's copy of the bot, for the page's Try it box
            self.tryit.prepare(bot.id, model_dir, tkey, corpora, self.base.path)

        rows = [
            pages.AccountRow(
                handle=a.handle,
                name=a.name,
                format=a.format,
                downloaded=c.downloaded,
                retweets=c.retweets,
                short=c.short,
                kept=c.kept,
                withheld=c.withheld,
                key=key,
            )
            for key, a, c in zip(bot.accounts, accounts, corpora, strict=False)
        ]
        files = self.images(bot, accounts, metrics)
        view = pages.BotView(
            id=bot.id,
            accounts=rows,
            metrics=metrics,
            predictions=predictions.get("predictions", []),
            sample_stats=predictions.get("stats", {}),
            avatar_file=files["page"],
            card_file=files["card"],
            curve_file=files.get("curve"),
            tags=self.tags(accounts),
            hub=publish.hub_link(self.published, bot.id, metrics),
        )
        return view

    def train_bot(self, bot: BotSpec, corpora: list[Curated], tkey: str):
        settings = self.site.settings
        base = self.base
        self.reporter.info(f"train {bot.id}: {sum(c.kept for c in corpora)} posts, {settings.train.method}")
        checkpoint = self.site.models / ".checkpoints" / f"{bot.id}-{tkey}.pt"
        if checkpoint.is_file():
            self.reporter.info(f"  resuming {bot.id} from its last checkpoint")
        with self.reporter.training(f"train {bot.id}") as on_step:
            result = train.train(
                corpora, base, settings.train, self.compute, lambda: basemodel.load(base), on_step, checkpoint
            )
        if not distributed.is_main():
            return result  # the main process saves the (identical) model
        extra = {
            "train_key": tkey,
            "bot": bot.id,
            "accounts": [c.counts() for c in corpora],
            "settings": {"base_model": settings.base_model, **settings.train.model_dump()},
        }
        train.link_base_into_site(self.site.models, base)
        train.save(result, self.site.models / bot.id, base, settings.train, extra)
        for stale in checkpoint.parent.glob(f"{bot.id}-*.pt"):  # this bot's old and finished runs
            stale.unlink()
        m, t = result.metrics, result.timings
        self.reporter.info(
            f"  {bot.id}: held-out perplexity {m['base_perplexity']} → {m['perplexity']} "
            f"in {m['steps']} steps, {t['train_seconds']} s ({t['tokens_per_second']} tok/s)"
        )
        self.report.trained.append(bot.id)
        return result

    def sample_bot(self, bot: BotSpec, model_dir: Path, trained, skey: str, texts: list[str]) -> dict:
        cfg = self.site.settings.sample
        if trained is not None:
            model, tokenizer = trained.model, trained.tokenizer
        else:
            model, tokenizer = sample.load_bot_model(model_dir, self.base.path, self.compute)
        stats: dict = {}
        predictions = self.predictions(model, tokenizer, texts, stats)
        # The voice figure's own samples: drawn the same way with another seed, never shown.
        voice_stats: dict = {}
        per_prompt = -(-self.site.settings.voice.samples // len(cfg.prompts))
        seed = cfg.seed + VOICE_SEED
        voiced = sample.generate(model, tokenizer, cfg, self.compute, texts, voice_stats, per_prompt, seed)
        extra = {"voice_samples": voiced, "voice_stats": voice_stats}
        sample.write(model_dir / "predictions.json", predictions, cfg, skey, stats, **extra)
        self.report.sampled.append(bot.id)
        return read_json(model_dir / "predictions.json")

    def predictions(self, model, tokenizer, texts: list[str], stats: dict) -> list[dict]:
        """The predictions a page shows: the first ones drawn, or, with `sample.choose_from`, the
        most characteristic of that many per prompt (stats say so, for the page)."""
        cfg = self.site.settings.sample
        if cfg.choose_from <= cfg.num_return_sequences:
            return sample.generate(model, tokenizer, cfg, self.compute, texts, stats)
        pool = sample.generate(model, tokenizer, cfg, self.compute, texts, stats, cfg.choose_from)
        base = None
        if not hasattr(model, "disable_adapter"):  # full fine-tuning: the base model is separate
            base, _ = basemodel.load(self.base)
            base.to(self.compute.device)
        scores = sample.characteristic(model, tokenizer, pool, self.compute, base)
        for item, score in zip(pool, scores, strict=True):
            item["characteristic"] = score
        stats.update(pool=len(pool), chosen=min(len(pool), cfg.num_return_sequences * len(cfg.prompts)))
        return sample.most_characteristic(pool, scores, cfg.num_return_sequences)

    def images(self, bot: BotSpec, accounts: list[Account], metrics: dict) -> dict:
        out = self.site.docs / GENERATED
        people = [(a.avatar, a.name, a.handle) for a in accounts]
        files = avatar.bot_avatars(people, out, bot.id)
        if metrics.get("curve"):
            charts.loss_curve(metrics["curve"], metrics.get("base_eval_loss"), out / f"{bot.id}-loss.png")
            files["curve"] = f"{bot.id}-loss.png"
        return files

    def tags(self, accounts: list[Account]) -> list[str]:
        kind = "cyborg" if len(accounts) > 1 else "bot"
        formats = sorted({a.format for a in accounts})
        return [kind, *formats, self.base.label.split(" ")[0]]

    # -- the whole build --------------------------------------------------------------------
    def run(self, only: str | None = None) -> BuildReport:
        started = time.monotonic()
        bots = self.site.bots
        if only:
            bots = [b for b in bots if b.id == only.lower()]  # `--only BarackObama` is barackobama
            if not bots:
                raise HtsiteError(f"no bot named {only!r}", self.site.bots_dir, "see site_src/bots/*.yaml")
        views: dict[str, pages.BotView] = {}
        for bot in bots:
            try:
                view = self.build_bot(bot)
            except HtsiteError as exc:
                self.report.failed[bot.id] = exc.one_line()
                self.reporter.error(f"bot {bot.id} skipped: {exc.one_line()}")
                continue
            if view is not None:
                views[bot.id] = view
        if not only and distributed.is_main():
            # The gallery shows every bot whose model exists, even when --only rebuilt one.
            built = [views[b.id] for b in self.site.bots if b.id in views]
            self.matrix = self.style_matrix(built) if built else None
            self.voices = self.voice_figures(built) if built else None
            self.write_pages(built, self.matrix, self.voices)
            self.reporter.info("mkdocs build --strict …")
            site_url = build_site(
                self.site.root, self.site.mkdocs_yml, self.site.site_dir, self.site.settings.site_url
            )
            if not site_url:
                self.warn_once(
                    "site_url is not set: links to the gallery shared on social media will show no "
                    "preview (set site_url in site_src/site.yaml to where the site will live)"
                )
        elif distributed.is_main():
            self.model_cards(list(views.values()))  # --only: the model cards, not the site
        self.report.exported = list(self.tryit.exported)
        self.report.seconds = time.monotonic() - started
        return self.report

    def warn_once(self, message: str) -> None:
        if message not in self.report.warnings:
            self.report.warnings.append(message)
            self.reporter.warn(message)

    def _members(self, views: list[pages.BotView]) -> dict[str, list[str]]:
        """Each built bot's accounts, by bot id, in the site's order."""
        built = {v.id for v in views}
        return {b.id: b.accounts for b in self.site.bots if b.id in built}

    def style_matrix(self, views: list[pages.BotView]) -> dict | None:
        """Recomputed only when some bot's model or an account's text changed."""
        members = self._members(views)
        corpora = {k: self._curated[k] for k in sorted({a for accts in members.values() for a in accts})}
        row_keys = {v.id: v.metrics.get("train_key") for v in views}  # which model each bot is
        key = digest({"models": row_keys, "accounts": list(corpora)})
        path = self.site.models / "eval.json"
        matrix = read_json(path)
        if matrix.get("key") != key and self.allow_eval:
            self.reporter.info(f"style matrix: {len(members)} bots × {len(corpora)} accounts")
            matrix = evaluate.style_matrix(
                corpora,
                members,
                self.site.models,
                self.base,
                self.site.settings.train,
                self.compute,
                row_keys,
                previous=matrix,
            )
            matrix["key"] = key
            evaluate.write(path, matrix)
        return matrix if matrix.get("key") == key else None

    def voice_figures(self, views: list[pages.BotView]) -> dict | None:
        """Every bot's voice (generator/voice.py), in models/voice.json and each bot's metrics.json.
        Recomputed only when an account's posts, a bot's samples or the base model's change."""
        s = self.site.settings
        members = self._members(views)
        members = {b: a for b, a in members.items() if self._drawn.get(b, {}).get("voice_samples")}
        if not members:
            return None
        posts = {h: self._curated[h].texts for h in sorted({h for a in members.values() for h in a})}
        key = digest(
            {
                "posts": {h: digest(texts) for h, texts in posts.items()},
                "members": members,
                "samples": {b: self._drawn[b].get("key") for b in members},
                "base": base_samples_key(self.site),
                "split": [s.train.seed, s.train.eval_fraction],
                "version": __version__,
            }
        )
        path = self.site.models / "voice.json"
        found = read_json(path)
        if found.get("key") != key and self.allow_eval:
            self.reporter.info(f"voice: {len(members)} bots × {len(posts) + 1} classes")
            found = voice.gallery(
                posts,
                members,
                {b: self._drawn[b]["voice_samples"] for b in members},
                self.base_samples(),
                s.train.seed,
                s.train.eval_fraction,
            )
            found["key"] = key
            write_text(path, json.dumps(found, indent=2, ensure_ascii=False) + "\n")
        if found.get("key") != key:
            return None
        for v in views:
            if figure := found["bots"].get(v.id):
                v.metrics["voice"] = figure
                self.report.voice[v.id] = figure["score"]
                write_text(
                    self.site.models / v.id / "metrics.json",
                    json.dumps(v.metrics, indent=2, ensure_ascii=False) + "\n",
                )
        return found

    def base_samples(self) -> list[dict]:
        """The base model's own generations from the site's prompts and sampling settings: the
        voice classifier's "base" class. Drawn once per base model and settings (models/voice-base.json)."""
        path = self.site.models / "voice-base.json"
        key = base_samples_key(self.site)
        found = read_json(path)
        if found.get("key") == key:
            return found["samples"]
        s = self.site.settings
        self.reporter.info(f"voice: {s.voice.base_samples} samples of the base model")
        model, tokenizer = basemodel.load(self.base)
        sample.start_posts_with_separator(tokenizer)  # prompted exactly as the bots are
        model.to(self.compute.device)
        per_prompt = -(-s.voice.base_samples // len(s.sample.prompts))
        stats: dict = {}
        drawn = sample.generate(
            model, tokenizer, s.sample, self.compute, [], stats, per_prompt, s.sample.seed + BASE_SEED
        )
        write_text(
            path,
            json.dumps({"key": key, "samples": drawn, "stats": stats}, indent=2, ensure_ascii=False) + "\n",
        )
        return drawn

    def model_cards(self, views: list[pages.BotView]) -> None:
        """Each bot's model card, models/<bot>/README.md (after the voice stage: it shows the voice)."""
        if not self.write_cards:
            return
        for v in views:
            write_text(
                self.site.models / v.id / "README.md", pages.model_card(v, self.site.settings, self.base)
            )

    def write_pages(
        self, views: list[pages.BotView], matrix: dict | None = None, voices: dict | None = None
    ) -> None:
        docs = self.site.docs
        sync_assets(docs)
        self.model_cards(views)
        matrix_page = docs / "style-matrix.md"
        if matrix or voices:
            names = {v.id: v.names for v in views} | {"base": "Base model"}
            if matrix:
                evaluate.heatmap(matrix, names, docs / GENERATED / "style-matrix.png")
            write_text(matrix_page, pages.style_matrix_page(matrix, names, voices))
        elif matrix_page.exists():
            matrix_page.unlink()
        bots_dir = docs / "bots"
        bots_dir.mkdir(parents=True, exist_ok=True)
        wanted = {f"{v.id}.md" for v in views}
        for stale in bots_dir.glob("*.md"):
            if stale.name not in wanted:
                stale.unlink()
        self.tryit.publish(docs, [v.id for v in views])
        for v in views:
            v.tryit = self.tryit.box(v.id)
            if v.tryit:
                self.report.try_it.append(v.id)
            v.social_file = socialcard.write(v, docs / GENERATED, self.site.settings.title)
            write_text(bots_dir / f"{v.id}.md", pages.bot_page(v, self.site.settings, self.base))
        socialcard.write_gallery(views, docs / GENERATED, self.site.settings)
        write_text(docs / "index.md", pages.index_page(views, self.site.settings))


def write_text(path: Path, text: str) -> None:
    """Write only when the content changed (keeps mtimes, and mkdocs serve, quiet); atomically."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def clean_generated(site: Site) -> None:
    for path in (site.docs / "bots", site.docs / GENERATED):
        shutil.rmtree(path, ignore_errors=True)

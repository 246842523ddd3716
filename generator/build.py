"""`htsite build`: exports → curated posts → trained bots → predictions → avatars → pages → site.

Each stage is its own module; this one only wires them together and decides what to skip. A bot
is retrained only when its key changes: the curated text of its accounts, the training settings,
the base model and htsite's version. Predictions are redone when that key or the sampling
settings change. One bad account fails only the bots that use it; the rest still build.

The build plans on its own process (curate, keys, what each bot needs), hands each bot's work to
a `BotJob` (generator/botjob.py: train, sample, score → the bot's model folder), runs the jobs
here one after another or as Ray tasks (generator/fanout.py), then draws, writes the pages and
the style matrix and runs mkdocs, once.
"""

from __future__ import annotations

import dataclasses
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
    botjob,
    charts,
    distributed,
    evaluate,
    fanout,
    pages,
    publish,
    sample,
    socialcard,
    train,
    variety,
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
VOICE_BASE = "voice-base.json"  # in models/: the base model's samples, the voice's "base" class
BASE_JOB = "(base model)"  # in the report: the job that scores the base model's style-matrix row


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
    ran_on: dict[str, str] = field(default_factory=dict)  # bot id → the worker that ran its job this time
    job_seconds: dict[str, float] = field(default_factory=dict)  # bot id → its job's wall time
    runner: str = "in this process"
    voice: dict[str, float | None] = field(default_factory=dict)  # bot id → its voice figure
    variety: dict[str, float | None] = field(default_factory=dict)  # bot id → its variety ratio
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
            "variety": self.variety,
            "ran_on": self.ran_on,
            "job_seconds": self.job_seconds,
            "runner": self.runner,
            "seconds": round(self.seconds, 2),
        }

    def in_order(self, bots: list[str]) -> None:
        """Jobs finish in any order on a cluster; the report lists bots in the site's order."""
        rank = {b: i for i, b in enumerate(bots)}
        for name in ("trained", "sampled", "skipped"):
            setattr(self, name, sorted(getattr(self, name), key=lambda b: rank.get(b, len(rank))))
        self.failed = dict(sorted(self.failed.items(), key=lambda kv: rank.get(kv[0], len(rank))))


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
            # the base model samples plainly: the contrast settings do not change its samples
            "sample": s.sample.model_dump(exclude=sample.CONTRAST_SETTINGS),
            "n": s.voice.base_samples,
            "version": __version__,
        }
    )


def read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


@dataclass
class BotPlan:
    """What the build knows about a bot before its job runs: its posts, keys and model folder."""

    bot: BotSpec
    accounts: list[Account]
    corpora: list[Curated]
    train_key: str  # what its posts and the settings would train now
    model_dir: Path
    metrics: dict  # metrics.json as found


class Builder:
    def __init__(
        self,
        site: Site,
        reporter: Reporter,
        allow_training: bool = True,
        allow_eval: bool | None = None,
        scale: fanout.Scale | None = None,
    ):
        self.site = site
        self.allow_training = allow_training  # False for `htsite pages`: reuse models as they are
        self.allow_eval = allow_training if allow_eval is None else allow_eval
        self.scale = scale or fanout.Scale()
        self.matrix: dict | None = None
        self.reporter = reporter
        self.report = BuildReport()
        self._accounts: dict[str, Account | HtsiteError] = {}
        self._curated: dict[str, Curated] = {}  # by account folder name
        self._base = None
        self.base_cells: dict = {}  # the base model's style-matrix cells: {account: cell}
        self.reused_cells = 0  # style-matrix cells that still held: not measured again
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

    def plan_bot(self, bot: BotSpec) -> BotPlan:
        """Curate the bot's accounts and compare keys with what models/<bot>/ holds."""
        accounts = [self.account(key) for key in bot.accounts]
        corpora = [self._curated.get(k) or curate(a) for k, a in zip(bot.accounts, accounts, strict=True)]
        self._curated.update(zip(bot.accounts, corpora, strict=True))
        self.check_text(bot, corpora)
        model_dir = self.site.models / bot.id
        metrics = read_json(model_dir / "metrics.json")
        if not metrics and not self.allow_training:
            raise HtsiteError("not trained yet", model_dir, f"run `htsite train {bot.id}` or `htsite build`")
        return BotPlan(bot, accounts, corpora, train_key(self.site, corpora), model_dir, metrics)

    def job_for(self, plan: BotPlan, probes: dict[str, evaluate.Probe], token: str) -> botjob.BotJob | None:
        """The bot's job — train, sample, score what is missing — or None when all is up to date."""
        tkey = plan.train_key
        skey = sample_key(tkey, self.site)
        retrain = self.allow_training and plan.metrics.get("train_key") != tkey
        resample = self.allow_training and (
            retrain or read_json(plan.model_dir / botjob.PREDICTIONS).get("key") != skey
        )
        model_key = tkey if retrain else plan.metrics.get("train_key")
        cells = {} if retrain else evaluate.read_cells(plan.model_dir, model_key)
        keep = evaluate.still_held(cells, probes)
        self.reused_cells += len(keep)
        missing = [probes[a] for a in probes if a not in keep] if (self.allow_eval or retrain) else []
        if not (retrain or resample or missing):
            return None
        return botjob.BotJob(
            bot=plan.bot.id,
            settings=self.site.settings,
            models=str(self.site.models),
            site_token=token,
            train_key=model_key or "",
            sample_key=skey,
            # A job needs the posts, not each source's share of them (a combined folder's parts)
            corpora=[dataclasses.replace(c, parts=[]) for c in plan.corpora] if (retrain or resample) else [],
            train=retrain,
            sample=resample,
            probes=missing,
            keep_cells=keep,
        )

    def finish_job(self, job: botjob.BotJob, outcome, done: int, total: int) -> None:
        """A job came back: put a remote worker's files in place and report."""
        if isinstance(outcome, HtsiteError):
            self.fail(job.bot or "base model", outcome)
            return
        if outcome.folder is not None or outcome.updates:
            botjob.land(outcome, self.site.models)
        if not job.bot:
            self.base_cells.update(outcome.cells)
            if outcome.base_samples is not None:
                found = {"key": base_samples_key(self.site), **outcome.base_samples}
                write_text(
                    self.site.models / VOICE_BASE, json.dumps(found, indent=2, ensure_ascii=False) + "\n"
                )
        if outcome.trained:
            self.report.trained.append(job.bot)
        if outcome.sampled:
            self.report.sampled.append(job.bot)
        self.report.ran_on[job.bot or BASE_JOB] = outcome.worker
        self.report.job_seconds[job.bot or BASE_JOB] = outcome.seconds
        where = f" on {outcome.worker}" if self.scale.parallel else ""
        what = outcome.summary or job.work()
        self.reporter.info(f"  [{done}/{total}] {job.label}: {what} ({outcome.seconds:.0f} s{where})")

    def fail(self, bot: str, exc: HtsiteError) -> None:
        self.report.failed[bot] = exc.one_line()
        self.reporter.error(f"bot {bot} skipped: {exc.one_line()}")

    def build_bot(self, bot: BotSpec) -> pages.BotView:
        """One bot's page view from models/ as it is, building nothing (`htsite publish`)."""
        return self.view(self.plan_bot(bot))

    def view(self, plan: BotPlan) -> pages.BotView:
        """What the bot's page shows, from its model folder; its browser export for Try it."""
        bot, model_dir = plan.bot, plan.model_dir
        metrics = read_json(model_dir / "metrics.json")
        predictions = read_json(model_dir / botjob.PREDICTIONS)
        self._drawn[bot.id] = predictions
        if bot.id not in self.report.trained and bot.id not in self.report.sampled:
            self.report.skipped.append(bot.id)
        if short := pages.cut_short(metrics):
            self.report.cut_short[bot.id] = short
            self.reporter.warn(f"{bot.id}: training cut short by the time cap: {short}")
        if metrics:  # the browser's copy of the bot, for the page's Try it box (on the driver)
            self.tryit.prepare(bot.id, model_dir, metrics.get("train_key"), plan.corpora, self.base.path)
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
            for key, a, c in zip(bot.accounts, plan.accounts, plan.corpora, strict=False)
        ]
        files = self.images(bot, plan.accounts, metrics)
        view = pages.BotView(
            id=bot.id,
            accounts=rows,
            metrics=metrics,
            predictions=predictions.get("predictions", []),
            sample_stats=predictions.get("stats", {}),
            avatar_file=files["page"],
            card_file=files["card"],
            curve_file=files.get("curve"),
            tags=self.tags(plan.accounts),
            hub=publish.hub_link(self.published, bot.id, metrics),
        )
        return view

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
        self.report_implicit_bots()
        plans: dict[str, BotPlan] = {}
        for bot in bots:
            try:
                plans[bot.id] = self.plan_bot(bot)
            except HtsiteError as exc:
                self.fail(bot.id, exc)
        if (self.allow_training or self.allow_eval) and distributed.is_main():
            # What a killed build or worker left: half-written folders, finished runs' checkpoints
            finished = {b: p.train_key for b, p in plans.items() if p.metrics.get("train_key") == p.train_key}
            botjob.clean_up(self.site.models, finished)

        # The style matrix's accounts and their probes; each bot's job scores the cells it lacks.
        accounts = sorted({a for p in plans.values() for a in p.bot.accounts})
        probes = {a: evaluate.probe_for(a, self._curated[a], self.site.settings) for a in accounts}
        token = botjob.site_token(self.site.models) if self.allow_training or self.allow_eval else ""
        jobs = []
        for plan in plans.values():
            own = plan.bot.accounts
            wanted = own if only else evaluate.wanted(plan.bot.id, own, accounts, self.site.settings)
            if job := self.job_for(plan, {a: probes[a] for a in wanted}, token):
                jobs.append(job)
        # The voice's "base" class is drawn only for a site whose bots have (or will have) voice samples.
        voiced = any(j.sample for j in jobs) or any(
            read_json(p.model_dir / botjob.PREDICTIONS).get("voice_samples") for p in plans.values()
        )
        if not only and (base_job := self.base_row(probes, token, voiced)):
            jobs.append(base_job)
        self.run_jobs(jobs)

        views: dict[str, pages.BotView] = {}
        if distributed.is_main():
            for bot_id, plan in plans.items():
                if bot_id not in self.report.failed:
                    views[bot_id] = self.view(plan)
        if not only and distributed.is_main():
            # The gallery shows every bot whose model exists, even when --only rebuilt one.
            built = [views[b.id] for b in self.site.bots if b.id in views]
            self.matrix = self.style_matrix(built, plans, probes) if built else None
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
        self.report.in_order([b.id for b in self.site.bots])
        self.report.seconds = time.monotonic() - started
        return self.report

    def report_implicit_bots(self) -> None:
        """Say which account folders are bots without a bot file, and which are no bot's (`Site`)."""
        if named := [f"{i} ({a})" if a.lower() != i else i for i, a in self.site.implicit.items()]:
            self.reporter.info(
                f"no bot files yet, so each account folder is a bot: {', '.join(named)} "
                "(site_src/bots/<id>.yaml files choose the bots, titles and mixes instead)"
            )
        if not self.site.unused:
            return
        folders = ", ".join(f"site_src/accounts/{f}" for f in self.site.unused)
        if all(b.id in self.site.implicit for b in self.site.bots):
            # No bot files: writing one would end the other folders' bots, so renaming is the way.
            self.reporter.info(
                f"no bot id can be made of {folders} (letters, digits, - and _; or the id is taken): "
                "rename the folder to make it a bot"
            )
        else:
            self.reporter.info(
                f"no bot uses {folders}: a site_src/bots/<id>.yaml with accounts: [{self.site.unused[0]}] "
                "would train one"
            )

    def warn_once(self, message: str) -> None:
        if message not in self.report.warnings:
            self.report.warnings.append(message)
            self.reporter.warn(message)

    def run_jobs(self, jobs: list[botjob.BotJob]) -> None:
        if not jobs:
            return
        if any(j.train for j in jobs) and distributed.is_main():
            train.link_base_into_site(self.site.models, self.base)  # what the adapters point at
        device = self.site.settings.train.device
        with fanout.runner(self.scale, self.reporter, device) as runner:
            self.report.runner = runner.description
            if self.scale.parallel:
                self.reporter.info(f"{len(jobs)} job{'s' if len(jobs) != 1 else ''} on {runner.description}")
            for done, (job, outcome) in enumerate(runner.run(jobs), start=1):
                self.finish_job(job, outcome, done, len(jobs))

    def base_row(self, probes: dict[str, evaluate.Probe], token: str, voiced: bool) -> botjob.BotJob | None:
        """The base model's cells that still hold (kept in eval.json), and a job for the rest and
        for the base model's voice samples when models/voice-base.json is not theirs."""
        old = read_json(self.site.models / "eval.json").get("base_cells", {})
        self.base_cells = evaluate.still_held(old, probes)
        self.reused_cells += len(self.base_cells)
        missing = [probes[a] for a in probes if a not in self.base_cells]
        samples = self.site.settings.voice.base_samples if voiced and self.base_samples() is None else 0
        if not ((missing or samples) and self.allow_eval):
            return None
        site = self.site
        return botjob.BotJob("", site.settings, str(site.models), token, probes=missing, base_samples=samples)

    def _members(self, views: list[pages.BotView]) -> dict[str, list[str]]:
        """Each built bot's accounts, by bot id, in the site's order."""
        built = {v.id for v in views}
        return {b.id: b.accounts for b in self.site.bots if b.id in built}

    def style_matrix(
        self, views: list[pages.BotView], plans: dict[str, BotPlan], probes: dict[str, evaluate.Probe]
    ) -> dict | None:
        """Assembled from the cells each bot's job measured (models/<bot>/style.json) and the base
        model's; written to models/eval.json when it changed."""
        rows, members = {}, {}
        for view in views:
            plan = plans[view.id]
            cells = evaluate.read_cells(plan.model_dir, view.metrics.get("train_key"))
            rows[view.id] = evaluate.still_held(cells, probes)
            members[view.id] = plan.bot.accounts
        if not any(rows.values()) and not self.base_cells:
            return None
        settings = self.site.settings
        matrix = evaluate.assemble(members, list(probes), rows, self.base_cells, settings, self.reused_cells)
        path = self.site.models / "eval.json"
        stored = read_json(path)
        if stored.get("key") != matrix["key"]:
            m = matrix["measured"]
            self.reporter.info(
                f"style matrix: {len(rows)} bots × {len(probes)} accounts, "
                f"{m['cells']} of {m['of']} cells measured, {self.reused_cells} reused"
            )
            evaluate.write(path, matrix)
            return matrix
        return stored

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
        base = self.base_samples()
        if found.get("key") != key and self.allow_eval and base is not None:
            self.reporter.info(f"voice: {len(members)} bots × {len(posts) + 1} classes")
            found = voice.gallery(
                posts,
                members,
                {b: self._drawn[b]["voice_samples"] for b in members},
                base,
                s.train.seed,
                s.train.eval_fraction,
            )
            found["key"] = key
            write_text(path, json.dumps(found, indent=2, ensure_ascii=False) + "\n")
        if found.get("key") != key:
            return None
        for v in views:
            if figure := found["bots"].get(v.id):
                v.metrics["voice"] = {k: x for k, x in figure.items() if k != "variety"}
                v.metrics["variety"] = {**(figure.get("variety") or {}), **variety.shown(v.predictions)}
                self.report.voice[v.id] = figure["score"]
                self.report.variety[v.id] = v.metrics["variety"].get("ratio")
                if warning := voice.shortfall(v.id, figure, s.voice.samples):
                    self.reporter.warn(warning)
                write_text(
                    self.site.models / v.id / "metrics.json",
                    json.dumps(v.metrics, indent=2, ensure_ascii=False) + "\n",
                )
        return found

    def base_samples(self) -> list[dict] | None:
        """The base model's own generations from the site's prompts and sampling settings: the
        voice classifier's "base" class. Drawn once per base model and settings by the base
        model's job (botjob), kept in models/voice-base.json; None until then."""
        found = read_json(self.site.models / VOICE_BASE)
        return found["samples"] if found.get("key") == base_samples_key(self.site) else None

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
            grid = bool(matrix) and evaluate.shows_grid(matrix)
            if grid:
                evaluate.heatmap(matrix, names, docs / GENERATED / "style-matrix.png")
            write_text(matrix_page, pages.style_matrix_page(matrix, names, voices, grid))
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

"""One bot's work, start to finish: train (or resume), sample, score its style-matrix cells.

A `BotJob` carries everything that work needs — the bot's curated posts, the site's settings, the
keys the build computed, the probes to score — and `run` needs nothing else: no CLI, no Builder,
no site folder besides models/. `htsite build` runs jobs in its own process, one after another;
`--workers N` / `--cluster ADDRESS` run the same `run` as Ray tasks (generator/fanout.py).

Where the model folder goes (nothing half-written either way, generator/files.py):

* a worker that sees the build's models/ folder — the build's own process, a local Ray cluster,
  a cluster on a shared filesystem; recognised by the random token in models/.htsite-site —
  stages the folder as models/.<bot>.tmp-XXXX and renames it to models/<bot> itself. Its
  checkpoints go to models/.checkpoints/, so a retried task resumes wherever it runs, and a bot
  that finished is in place even if the build that asked for it was killed;
* any other worker writes into a local temp folder and returns the files as bytes; the build
  puts them in place the same way (`land`). Its checkpoints stay on its node
  (HTSITE_CACHE/checkpoints/), so a retry on the same node resumes; elsewhere it starts over.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__, basemodel, device, distributed, evaluate, files, sample, train
from generator.curate import Curated
from generator.errors import HtsiteError
from generator.progress import Reporter
from generator.settings import SiteSettings, cache_dir

SITE_TOKEN = ".htsite-site"  # in models/: a random token that says "this is that build's folder"
CHECKPOINTS = ".checkpoints"  # in models/: <bot>-<train key>.pt while a bot trains
PREDICTIONS = "predictions.json"
NOT_MODEL = ("README.md", PREDICTIONS, evaluate.STYLE, train.TIMINGS)  # not needed to load a model
VOICE_SEED = 1  # sample.seed + this: the voice figure's samples, never those shown
BASE_SEED = 2  # sample.seed + this: the base model's samples, the voice classifier's "base" class


@dataclass
class BotJob:
    bot: str  # bot id; "" for the base model's own row of the style matrix
    settings: SiteSettings
    models: str  # the site's models/ folder, as the build sees it
    site_token: str  # the content of models/.htsite-site
    train_key: str = ""  # of the model this job makes (train) or uses
    sample_key: str = ""
    corpora: list[Curated] = field(default_factory=list)  # the bot's curated posts, per account
    train: bool = False
    sample: bool = False
    probes: list[evaluate.Probe] = field(default_factory=list)  # style-matrix cells to measure
    keep_cells: dict = field(default_factory=dict)  # cells of style.json that still hold
    base_samples: int = 0  # the base model's job: its own samples to draw (the voice's "base" class)
    model_files: dict[str, bytes] | None = None  # the model, for a worker that can't see models/
    threads: int | None = None  # torch threads (a Ray task's CPUs); None: as device.pick decides
    device: str | None = None  # where a Ray task runs ("cuda": the GPU Ray gave it); None: settings'
    version: str = __version__

    @property
    def label(self) -> str:
        return self.bot or "base model"

    def work(self) -> str:
        """'train, sample, 5 cells' — for progress lines."""
        parts = [w for w, on in (("train", self.train), ("sample", self.sample)) if on]
        if self.base_samples:
            parts.append(f"{self.base_samples} voice samples")
        if self.probes:
            parts.append(f"{len(self.probes)} style cell{'s' if len(self.probes) != 1 else ''}")
        return ", ".join(parts)


class NeedsModelFiles(Exception):
    """Raised by a worker that can't see models/ when a job reuses a model it wasn't sent: the
    build sends the model's files and submits the job again."""


@dataclass
class JobResult:
    bot: str
    worker: str  # host and process that ran it
    trained: bool = False
    sampled: bool = False
    cells: dict = field(default_factory=dict)  # measured by this job: {account: cell}
    base_samples: dict | None = None  # the base model's job: {"samples": [...], "stats": {...}}
    summary: str = ""  # one line about the training, for the build's log
    folder: dict[str, bytes] | None = None  # a new model folder, from a worker without models/
    updates: dict[str, bytes] | None = None  # files to replace in models/<bot>/, likewise
    seconds: float = 0.0


# -- the worker's side ----------------------------------------------------------------------------
def run(job: BotJob, reporter: Reporter | None = None) -> JobResult:
    """Do the job; raise HtsiteError (one line) when the bot can't be made."""
    started = time.monotonic()
    if job.version != __version__:
        raise HtsiteError(
            f"this worker runs htsite {__version__}, the build htsite {job.version}",
            hint="install the same htsite on every node of the cluster",
        )
    reporter = reporter or Reporter(quiet=True)
    settings = job.settings
    compute = device.pick(job.device or settings.train.device, settings.train.dtype)
    device.use_threads(job.threads or device.default_threads())  # the same count, every job
    result = JobResult(bot=job.bot, worker=f"{platform.node()} pid {os.getpid()}")
    try:
        if not job.bot:
            if distributed.is_main():
                _run_base(job, compute, result)
        else:
            _run_bot(job, compute, reporter, result)
    except Exception as exc:
        if is_out_of_memory(exc):
            raise HtsiteError(
                f"ran out of memory ({job.work()})",
                Path(job.models) / job.bot,
                "give each bot more memory or a smaller train.batch_size / block_size",
            ) from None
        raise
    result.seconds = round(time.monotonic() - started, 2)
    return result


def _run_base(job: BotJob, compute, result: JobResult) -> None:
    """The base model's row of the style matrix, and its own samples for the voice figure: drawn
    from the site's prompts with the site's sampling settings (another seed), prompted as the bots
    are. In a job like a bot's, so they come out the same wherever and on how many threads it ran."""
    settings = job.settings
    model, tokenizer = basemodel.load(basemodel.resolve(settings.base_model))
    model.to(compute.device)
    result.cells = evaluate.score(model, tokenizer, job.probes, settings, compute)
    if job.base_samples:
        cfg = settings.sample
        sample.start_posts_with_separator(tokenizer)
        per_prompt = -(-job.base_samples // len(cfg.prompts))
        stats: dict = {}
        drawn = sample.generate(model, tokenizer, cfg, compute, [], stats, per_prompt, cfg.seed + BASE_SEED)
        result.base_samples = {"samples": drawn, "stats": stats}


def _run_bot(job: BotJob, compute, reporter: Reporter, result: JobResult) -> None:
    settings = job.settings
    dest = Path(job.models) / job.bot
    shared = shares_models(job)
    base = basemodel.resolve(settings.base_model)
    with tempfile.TemporaryDirectory(prefix="htsite-job-") as local:
        local = Path(local)
        model = tokenizer = None
        if job.train:
            trained = train_model(job, base, compute, reporter, checkpoint_path(job, shared))
            if not distributed.is_main():
                return  # a helper process of `accelerate launch`: its share of training is done
            staged = files.staging_dir(dest) if shared else local / job.bot
            staged.mkdir(exist_ok=True)
            extra = {
                "train_key": job.train_key,
                "bot": job.bot,
                "accounts": [c.counts() for c in job.corpora],
                "settings": {"base_model": settings.base_model, **settings.train.model_dump()},
            }
            train.write_model(trained, staged, base, settings.train, extra)
            model, tokenizer = trained.model, trained.tokenizer
            result.trained = True
            m, t = trained.metrics, trained.timings
            result.summary = (
                f"held-out perplexity {m['base_perplexity']} → {m['perplexity']} "
                f"in {m['steps']} steps, {t['train_seconds']} s ({t['tokens_per_second']} tok/s)"
            )
        elif not distributed.is_main():
            return
        else:
            staged = None
            source = dest if shared else _unpack(job.model_files, local / "model")
            if job.sample or job.probes:
                model, tokenizer = sample.load_bot_model(source, base.path, compute)

        outputs: dict[str, str] = {}
        if job.sample:
            outputs[PREDICTIONS] = sample_predictions(job, model, tokenizer, compute, base)
            result.sampled = True
        if job.probes or job.train:
            result.cells = evaluate.score(model, tokenizer, job.probes, settings, compute)
            outputs[evaluate.STYLE] = evaluate.style_json(job.train_key, {**job.keep_cells, **result.cells})

        if staged is not None:  # a new model folder: everything in it, then in place at once
            try:
                for name, text in outputs.items():
                    (staged / name).write_text(text, encoding="utf-8")
                if shared:
                    files.put_in_place(staged, dest)
                else:
                    result.folder = files.read_folder(staged)
            finally:
                shutil.rmtree(staged, ignore_errors=True)  # gone already when put in place
            for stale in checkpoints_of(checkpoint_path(job, shared).parent, job.bot):
                stale.unlink(missing_ok=True)  # this bot's old and finished runs
        elif shared:
            for name, text in outputs.items():
                files.write_bytes(dest / name, text.encode("utf-8"))
        else:
            result.updates = {name: text.encode("utf-8") for name, text in outputs.items()}


def train_model(job: BotJob, base, compute, reporter: Reporter, checkpoint: Path) -> train.TrainResult:
    cfg = job.settings.train
    reporter.info(f"train {job.bot}: {sum(c.kept for c in job.corpora)} posts, {cfg.method}")
    if checkpoint.is_file():
        reporter.info(f"  resuming {job.bot} from its last checkpoint")
    with reporter.training(f"train {job.bot}") as on_step:
        return train.train(job.corpora, base, cfg, compute, lambda: basemodel.load(base), on_step, checkpoint)


def sample_predictions(job: BotJob, model, tokenizer, compute, base) -> str:
    """predictions.json's text: the seeded samples a page shows (with `sample.choose_from`, the
    most characteristic of that many per prompt), and the voice figure's own samples (another
    seed, never shown); none repeats 8 words of the bot's posts."""
    cfg = sample.for_bot(job.settings.sample, len(job.corpora))
    texts = [t for c in job.corpora for t in c.texts]
    stats: dict = {}
    chooses = cfg.choose_from > cfg.num_return_sequences
    base_model = sample.base_beside(model, base, compute) if chooses or cfg.contrast > 0 else None
    if not chooses:
        predictions = sample.generate(
            model, tokenizer, cfg, compute, texts, stats, base_model=base_model, distinct_openings=True
        )
    else:
        n = cfg.choose_from
        pool = sample.generate(model, tokenizer, cfg, compute, texts, stats, n, base_model=base_model)
        scores = sample.characteristic(model, tokenizer, pool, compute, base_model)
        for item, score in zip(pool, scores, strict=True):
            item["characteristic"] = score
        stats.update(pool=len(pool), chosen=min(len(pool), cfg.num_return_sequences * len(cfg.prompts)))
        predictions = sample.most_characteristic(pool, scores, cfg.num_return_sequences)
    if cfg.contrast > 0:
        stats["contrast"] = cfg.contrast  # the page says how its predictions were drawn
        if cfg.plain_start:
            stats["plain_start"] = cfg.plain_start
    voice_stats: dict = {}
    per_prompt = -(-job.settings.voice.samples // len(cfg.prompts))
    seed = cfg.seed + VOICE_SEED
    shown = {p["text"] for p in predictions}  # the voice never scores a text the page shows
    voiced = sample.generate(
        model, tokenizer, cfg, compute, texts, voice_stats, per_prompt, seed, base_model, shown
    )
    extra = {"voice_samples": voiced, "voice_stats": voice_stats}
    return sample.predictions_json(predictions, cfg, job.sample_key, stats, **extra)


def _unpack(model_files: dict[str, bytes] | None, folder: Path) -> Path:
    if not model_files:
        raise NeedsModelFiles()
    folder.mkdir(parents=True)
    for name, data in model_files.items():
        (folder / name).write_bytes(data)
    return folder


def shares_models(job: BotJob) -> bool:
    """Whether this process sees the build's own models/ folder (not merely one at the same path)."""
    try:
        return (Path(job.models) / SITE_TOKEN).read_text().strip() == job.site_token
    except OSError:
        return False


def checkpoint_path(job: BotJob, shared: bool) -> Path:
    folder = Path(job.models) / CHECKPOINTS if shared else cache_dir() / "checkpoints" / job.site_token
    return checkpoint_file(folder, job.bot, job.train_key)


def checkpoint_file(folder: Path, bot: str, train_key: str) -> Path:
    """Where the run that trains `bot` with `train_key` keeps its checkpoint in `folder`."""
    return folder / f"{bot}-{train_key}.pt"


def checkpoints_of(folder: Path, bot: str) -> list[Path]:
    """The bot's checkpoints in `folder`, any train key; never another bot's (bot `ada` is not
    the cyborg `ada-bo`, whose checkpoints also start with "ada-")."""
    return files.keyed(folder, bot, ".pt")


def is_out_of_memory(exc: BaseException) -> bool:
    if isinstance(exc, MemoryError):
        return True
    import torch

    return isinstance(exc, torch.OutOfMemoryError)


# -- the build's side -------------------------------------------------------------------------------
def site_token(models: Path) -> str:
    """models/.htsite-site's token, made on first use."""
    path = models / SITE_TOKEN
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        files.write_bytes(path, uuid.uuid4().hex.encode())
        return path.read_text().strip()


def model_files(folder: Path) -> dict[str, bytes]:
    """What a worker that can't see models/ needs to load a bot: its weights and tokenizer."""
    return files.read_folder(folder, skip=NOT_MODEL)


def land(result: JobResult, models: Path) -> None:
    """Put a remote worker's files in place: a whole new folder, or single files, atomically."""
    dest = models / result.bot
    if result.folder is not None:
        files.write_folder(dest, result.folder)
    for name, data in (result.updates or {}).items():
        files.plain_name(name, "from a worker")
        files.write_bytes(dest / name, data)


def clean_up(models: Path, finished: dict[str, str]) -> list[str]:
    """What killed builds and workers left behind: staging folders in models/, .checkpoints/ temp
    files, and the checkpoints of runs whose model is in place (`finished`: bot → the train key
    of its model; a build killed between the two leaves one). The checkpoints of unfinished runs
    stay: the next build resumes from them."""
    removed = files.sweep(models) + files.sweep(models / CHECKPOINTS)
    for bot, key in finished.items():
        done = checkpoint_file(models / CHECKPOINTS, bot, key)
        if key and done.is_file():
            done.unlink(missing_ok=True)
            removed.append(done.name)
    return removed

"""Where bot jobs run: one after another in the build's own process, or as tasks on a Ray cluster.

Training bots is embarrassingly parallel, and people who outgrow one machine already run Ray, so
htsite uses it rather than growing a scheduler of its own:

* `htsite build` (no flag) runs each job in its own process, in order; Ray is never imported;
* `htsite build --workers N` starts a Ray cluster on this machine for the build and runs up to N
  bots at a time, each on its share of the cores (`num_cpus = cores // N`, and torch gets exactly
  that many threads: never more threads than cores) or on a GPU of its own (`num_gpus = 1`);
* `htsite build --cluster ADDRESS` connects to a running cluster (`ray.init(address=…)`; `auto`
  for the one on this machine) and runs a task per bot there.

Each job is one task (`generator.botjob.run`); pages, the style matrix page and mkdocs stay with
the build. A task whose worker dies (killed, out of memory, node lost) is retried `retries` times
and resumes from the bot's checkpoint; a task that fails (bad account) fails only its bot.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import botjob
from generator.errors import HtsiteError
from generator.progress import Reporter

CLUSTER_CPUS_PER_BOT = 4  # --cluster without --cpus-per-bot: threads per bot on a CPU node
RAY_HINT = "install Ray on this machine (and on every node): pip install 'htsite[ray]'"

Outcome = botjob.JobResult | HtsiteError


@dataclass
class Scale:
    """How widely a build runs (CLI flags, or HTSITE_* variables)."""

    workers: int | None = None  # --workers N: a Ray cluster of this machine, N bots at a time
    cluster: str | None = None  # --cluster ADDRESS: an existing Ray cluster
    cpus_per_bot: float | None = None  # default: cores // workers, or 4 on a cluster
    gpus_per_bot: float | None = None  # default: 1 where the cluster has GPUs (and the device allows)
    retries: int = 3  # times a task is retried after its worker died

    @property
    def parallel(self) -> bool:
        return bool(self.workers or self.cluster)


def runner(scale: Scale, reporter: Reporter, device: str = "auto"):
    return RayRunner(scale, reporter, device) if scale.parallel else InProcess(reporter)


class InProcess:
    """Jobs in this process, one after another: the default build."""

    description = "in this process"

    def __init__(self, reporter: Reporter):
        self.reporter = reporter

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, jobs: Iterable[botjob.BotJob]) -> Iterator[tuple[botjob.BotJob, Outcome]]:
        for job in jobs:
            try:
                try:
                    outcome = botjob.run(job, self.reporter)
                except botjob.NeedsModelFiles:  # models/.htsite-site unreadable: send the model along
                    job = dataclasses.replace(job, model_files=botjob.model_files(Path(job.models) / job.bot))
                    outcome = botjob.run(job, self.reporter)
            except HtsiteError as exc:
                outcome = exc
            yield job, outcome


# -- Ray ---------------------------------------------------------------------------------------------
def import_ray():
    try:
        import ray
    except ImportError:
        raise HtsiteError("--workers and --cluster need Ray, which is not installed", hint=RAY_HINT) from None
    return ray


def task_body(job: botjob.BotJob) -> botjob.JobResult:
    """What a Ray task runs (a module-level function, so workers import it rather than unpickle it)."""
    return botjob.run(job, Reporter())


@dataclass(frozen=True)
class Placement:
    cpus: float  # per task (and torch threads: at least 1)
    gpus: float  # per task
    slots: int  # tasks that can run at once on the cluster as it is now
    device: str | None  # what a task trains on: "cuda" (the GPU Ray gave it), "cpu", or as set


def place(scale: Scale, nodes: list[dict], device: str, local_cores: int | None = None) -> Placement:
    """Resources per task from what the cluster has. `nodes`: [{"CPU": n, "GPU": m}, …] of the
    live nodes. A task never asks for more than the largest node has (it would wait forever)."""
    max_cpus = max((n.get("CPU", 0) for n in nodes), default=1) or 1
    total_cpus = sum(n.get("CPU", 0) for n in nodes) or 1
    total_gpus = sum(n.get("GPU", 0) for n in nodes)
    wants_gpu = device == "auto" or device.startswith("cuda")
    gpus = scale.gpus_per_bot
    if gpus is None:
        gpus = 1.0 if total_gpus and wants_gpu else 0.0
    if scale.cpus_per_bot is not None:
        cpus = scale.cpus_per_bot
    elif scale.workers:
        cpus = max(1, int((local_cores or max_cpus) // scale.workers))
    else:
        cpus = 1 if gpus else CLUSTER_CPUS_PER_BOT
    cpus = min(cpus, max_cpus)
    slots = int(total_cpus // cpus)
    if gpus:
        slots = min(slots, int(total_gpus // gpus))
    if scale.workers:
        slots = min(slots, scale.workers)
    task_device = "cuda" if gpus else ("cpu" if wants_gpu and device == "auto" else None)
    return Placement(cpus, gpus, max(1, slots), task_device)


class RayRunner:
    """Jobs as Ray tasks: a local cluster (--workers) or an existing one (--cluster)."""

    def __init__(self, scale: Scale, reporter: Reporter, device: str = "auto"):
        self.scale, self.reporter, self.device = scale, reporter, device
        self.started = False
        self.placement: Placement | None = None
        self.description = ""

    def __enter__(self):
        ray = import_ray()
        if not ray.is_initialized():  # else: a program (or test) that embeds htsite is connected
            if not self.reporter.tty:
                os.environ.setdefault("RAY_COLOR_PREFIX", "0")  # workers' lines in logs: no colour codes
            common = {"logging_level": logging.ERROR, "log_to_driver": not self.reporter.quiet}
            try:
                if self.scale.cluster:
                    self.reporter.info(f"connecting to the Ray cluster at {self.scale.cluster} …")
                    ray.init(address=self.scale.cluster, **common)
                else:
                    workers = self.scale.workers
                    # Ray starts workers at niceness 15 so its own daemons stay responsive; on a
                    # machine that also runs anything else the trainers then get a sliver of the
                    # cores. The trainers are the work here.
                    os.environ.setdefault("RAY_worker_niceness", "0")
                    self.reporter.info(f"starting a Ray cluster on this machine for {workers} workers …")
                    ray.init(
                        address="local",  # a new cluster, whatever RAY_ADDRESS says
                        num_cpus=os.cpu_count() or 1,
                        include_dashboard=False,
                        object_store_memory=512 * 2**20,
                        _system_config={"task_oom_retries": self.scale.retries},
                        **common,
                    )
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise self.cannot_connect(exc) from None
            self.started = True
        nodes = [n["Resources"] for n in ray.nodes() if n.get("Alive")]
        local = os.cpu_count() if self.scale.workers and not self.scale.cluster else None
        self.placement = p = place(self.scale, nodes, self.device, local)
        gpu = f", {p.gpus:g} GPU" if p.gpus else ""
        self.description = (
            f"Ray: {len(nodes)} node{'s' if len(nodes) != 1 else ''}, {p.slots} bot"
            f"{'s' if p.slots != 1 else ''} at a time, {p.cpus:g} CPU{gpu} each"
        )
        if self.scale.workers and p.slots < self.scale.workers:
            self.reporter.warn(
                f"--workers {self.scale.workers}: this machine has room for {p.slots} at a time "
                f"({p.cpus:g} core{'s' if p.cpus != 1 else ''} each, never more threads than cores)"
            )
        return self

    def cannot_connect(self, exc: BaseException) -> HtsiteError:
        where = self.scale.cluster or "this machine"
        chain, cause = [], exc
        while cause is not None and len(chain) < 5:
            chain.append(cause)
            cause = cause.__cause__ or cause.__context__
        if any("Authentication" in type(e).__name__ for e in chain):
            hint = (
                "the cluster asks for its token: set RAY_AUTH_MODE=token and RAY_AUTH_TOKEN (what "
                "`ray get-auth-token` prints on the head node) here"
            )
        else:
            hint = "check the address (`ray status` on the head node) and that this machine has the same Ray"
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return HtsiteError(f"cannot start or reach a Ray cluster at {where} ({detail})", hint=hint)

    def __exit__(self, *exc):
        if self.started:
            import ray

            ray.shutdown()
        return False

    def run(self, jobs: Iterable[botjob.BotJob]) -> Iterator[tuple[botjob.BotJob, Outcome]]:
        import ray
        from ray.exceptions import RayError, RayTaskError

        p = self.placement
        task = ray.remote(task_body)
        queue = iter(jobs)
        pending: dict = {}

        def submit(job: botjob.BotJob) -> None:
            job = dataclasses.replace(job, threads=max(1, int(p.cpus)), device=p.device)
            options = {
                "num_cpus": p.cpus,
                "num_gpus": p.gpus,
                "max_retries": self.scale.retries,
                "retry_exceptions": False,
                "name": f"htsite:{job.bot or 'base'}",
            }
            pending[task.options(**options).remote(job)] = job

        def fill() -> None:
            while len(pending) < 2 * p.slots:  # a window: 300 bots' posts aren't all in flight at once
                job = next(queue, None)
                if job is None:
                    return
                submit(job)

        fill()
        while pending:
            (ref,), _ = ray.wait(list(pending), num_returns=1)
            job = pending.pop(ref)
            try:
                outcome = ray.get(ref)
            except RayTaskError as exc:
                cause = getattr(exc, "cause", None)
                if isinstance(cause, botjob.NeedsModelFiles):  # that node can't see models/: send it
                    folder = Path(job.models) / job.bot
                    submit(dataclasses.replace(job, model_files=botjob.model_files(folder)))
                    continue
                if not isinstance(cause, HtsiteError):
                    raise  # a bug, not the bot's input: stop, as a build in one process would
                outcome = cause
            except RayError as exc:  # the worker or node died, more often than `retries` allows
                outcome = HtsiteError(
                    f"its Ray worker was lost {self.scale.retries + 1} times ({type(exc).__name__}: "
                    f"{str(exc).strip().splitlines()[0][:160] if str(exc).strip() else 'no detail'})",
                    Path(job.models) / job.bot if job.bot else None,
                    "out of memory? give each bot more (--cpus-per-bot) or see the Ray logs",
                )
            yield job, outcome
            fill()

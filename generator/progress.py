"""Progress on stderr: a rich progress bar on a terminal, a few plain lines otherwise (CI, logs)."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

console = Console(stderr=True, highlight=False)


class Reporter:
    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.tty = sys.stderr.isatty()

    def info(self, message: str) -> None:
        if not self.quiet:
            console.print(message, markup=False, soft_wrap=True)

    def warn(self, message: str) -> None:
        console.print(f"warning: {message}", style="yellow", markup=False, soft_wrap=True)

    def error(self, message: str) -> None:
        console.print(f"error: {message}", style="red", markup=False, soft_wrap=True)

    def training(self, label: str):
        return _TrainProgress(self, label)


class _TrainProgress:
    """A callback for train(): on_step(step, total, loss, tokens_per_second)."""

    def __init__(self, reporter: Reporter, label: str):
        self.reporter, self.label = reporter, label
        self.bar = None
        self.last_line = 0.0

    def __enter__(self):
        if self.reporter.tty and not self.reporter.quiet:
            self.bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn(
                    "{task.completed}/{task.total} steps · loss {task.fields[loss]}"
                    " · {task.fields[tps]} tok/s"
                ),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=None, loss="…", tps="…")
        return self

    def __call__(self, step: int, total: int, loss: float, tps: float) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=step, total=total, loss=f"{loss:.3f}", tps=f"{tps:.0f}")
        elif not self.reporter.quiet and (time.monotonic() - self.last_line > 15 or step == total):
            self.last_line = time.monotonic()
            self.reporter.info(f"  {self.label}: step {step}/{total} · loss {loss:.3f} · {tps:.0f} tok/s")

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False

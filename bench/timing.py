"""Time each stage of `htsite build` from outside: a Builder subclass plus temporary wrappers around
the module-level functions the build calls. Nothing in generator/ is changed.

Stages: ingest (load exports, curate), train, sample, tryit (browser exports), images (avatars,
loss charts), style_matrix (scoring the style cells, in the bots' jobs and the base model's, and
assembling the matrix), pages (Markdown pages, model cards, heatmap), mkdocs; `other` is the rest
of Builder.run (loading the bots' and base model for sampling and scoring, among others).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from contextlib import contextmanager

from generator.build import Builder

STAGES = ["ingest", "train", "sample", "tryit", "images", "style_matrix", "pages", "mkdocs", "other"]


class TimedBuilder(Builder):
    forbid_training = False  # scale runs: stub models must be reused, never trained

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.times: dict[str, float] = defaultdict(float)
        self.calls: Counter = Counter()
        self._depth = 0
        prepare = self.tryit.prepare
        self.tryit.prepare = lambda *a, **k: self.timed("tryit", prepare, *a, **k)

    def timed(self, stage: str, fn, *args, **kwargs):
        if self._depth:  # nested inside another timed stage: already counted there
            return fn(*args, **kwargs)
        self._depth += 1
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.times[stage] += time.perf_counter() - started
            self.calls[stage] += 1
            self._depth -= 1

    def account(self, key):
        return self.timed("ingest", super().account, key)

    def run_jobs(self, jobs):
        if self.forbid_training and any(j.train or j.sample for j in jobs):
            raise RuntimeError("a stub model or its predictions were not reused (their keys do not match)")
        return super().run_jobs(jobs)

    def images(self, *args, **kwargs):
        return self.timed("images", super().images, *args, **kwargs)

    def style_matrix(self, *args, **kwargs):
        return self.timed("style_matrix", super().style_matrix, *args, **kwargs)

    def write_pages(self, *args, **kwargs):
        return self.timed("pages", super().write_pages, *args, **kwargs)

    def stage_report(self, total_s: float) -> dict:
        times = {s: self.times.get(s, 0.0) for s in STAGES if s != "other"}
        times["other"] = max(0.0, total_s - sum(times.values()))
        return {
            "seconds": {s: round(t, 2) for s, t in times.items()},
            "share": {s: round(t / total_s, 3) if total_s else None for s, t in times.items()},
            "calls": dict(self.calls),
        }


@contextmanager
def module_stages(builder: TimedBuilder):
    """Route the build's module-level calls (curate, the bot jobs' training, sampling and scoring,
    model cards, mkdocs) through builder.timed. The jobs run in this process (no --workers)."""
    import generator.botjob as botjob_module
    import generator.build as build_module
    import generator.evaluate as evaluate_module
    import generator.pages as pages_module

    patches = [
        (build_module, "curate", "ingest"),
        (build_module, "build_site", "mkdocs"),
        (pages_module, "model_card", "pages"),
        (botjob_module, "train_model", "train"),
        (botjob_module, "sample_predictions", "sample"),
        (evaluate_module, "score", "style_matrix"),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for (module, name, stage), (_, _, original) in zip(patches, saved, strict=True):
        setattr(module, name, lambda *a, _f=original, _s=stage, **k: builder.timed(_s, _f, *a, **k))
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)

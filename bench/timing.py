"""Time each stage of `htsite build` from outside: a Builder subclass plus temporary wrappers around
the module-level functions the build calls. Nothing in generator/ is changed.

Stages: ingest (load exports, curate), train, sample, tryit (browser exports), images (avatars,
loss charts), style_matrix, pages (Markdown pages, model cards, heatmap), mkdocs; `other` is the
rest of Builder.run.
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

    def train_bot(self, *args, **kwargs):
        if self.forbid_training:
            raise RuntimeError("a stub model was not reused (its train_key does not match)")
        return self.timed("train", super().train_bot, *args, **kwargs)

    def sample_bot(self, *args, **kwargs):
        if self.forbid_training:
            raise RuntimeError("stub predictions were not reused (their key does not match)")
        return self.timed("sample", super().sample_bot, *args, **kwargs)

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
    """Route the build's module-level calls (curate, model cards, mkdocs) through builder.timed."""
    import generator.build as build_module
    import generator.pages as pages_module

    saved = (build_module.curate, build_module.build_site, pages_module.model_card)
    curate, build_site, model_card = saved
    build_module.curate = lambda *a, **k: builder.timed("ingest", curate, *a, **k)
    build_module.build_site = lambda *a, **k: builder.timed("mkdocs", build_site, *a, **k)
    pages_module.model_card = lambda *a, **k: builder.timed("pages", model_card, *a, **k)
    try:
        yield
    finally:
        build_module.curate, build_module.build_site, pages_module.model_card = saved

"""Benchmark 2 (build): the example site (site_src/: 3 accounts, 5 bots) copied to a temp folder,
built fresh, rebuilt with no change, and rebuilt after one account's export changed.

Each build runs in its own process (bench.worker build), as `htsite build` would: the wall time
includes Python start-up and imports, and each build has its own peak RSS.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

from bench.common import REPO, env_vars, log, machine, run_worker

GENERATED = {"bots", "generated", "htsite", "index.md", "style-matrix.md"}  # written by the build


def copy_example(root: Path, bots: list[str] | None = None) -> None:
    """The example site's sources only: site_src/, mkdocs.yml, overrides/ (theme), docs/ (hand-written),
    models/README.md.
    With `bots`, only those bots are kept (smoke runs)."""
    root.mkdir(parents=True)
    shutil.copytree(REPO / "site_src", root / "site_src")
    if bots is not None:
        for path in (root / "site_src" / "bots").glob("*.yaml"):
            if path.stem not in bots:
                path.unlink()
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides")
    shutil.copytree(
        REPO / "docs", root / "docs", ignore=lambda d, names: [n for n in names if n in GENERATED]
    )
    (root / "models").mkdir()
    if (REPO / "models" / "README.md").is_file():
        shutil.copy2(REPO / "models" / "README.md", root / "models" / "README.md")


def touch_account(root: Path) -> tuple[str, list[str]]:
    """Change one post of the account used by the fewest bots; returns it and the bots using it."""
    from generator.settings import Site

    site = Site(root)
    users: dict[str, list[str]] = {}
    for bot in site.bots:
        for handle in bot.accounts:
            users.setdefault(handle, []).append(bot.id)
    for handle in sorted(users, key=lambda h: (len(users[h]), h)):
        folder = site.account_path(handle)
        tweets = folder / "data" / "tweets.js"
        if tweets.is_file():  # an X archive: edit the first post's text
            text = tweets.read_text(encoding="utf-8")
            for marker in ('"full_text": "', '"full_text" : "'):
                if marker in text:
                    tweets.write_text(text.replace(marker, marker + "Edited for the benchmark. ", 1))
                    return handle, sorted(users[handle])
        for table in sorted(folder.glob("*.csv")):  # a CSV export: add a post
            with open(table, newline="", encoding="utf-8") as fh:
                header = next(csv.reader(fh))
            post = "A new post, added by the benchmark to change this account's training text."
            values = {"id": "999999999", "created_at": "2025-12-31T12:00:00Z", "text": post}
            row = [values.get(col, "") for col in header]
            if "text" not in header:
                row[-1] = post
            with open(table, "a", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerow(row)
            return handle, sorted(users[handle])
    raise RuntimeError("no account with an X archive or a CSV export to edit")


def summarize(label: str, result: dict) -> dict:
    stages = result["stages"]["seconds"]
    slowest = max(stages, key=stages.get)
    report = result["report"]
    out = {
        "label": label,
        "process_wall_s": result["process_wall_s"],
        "build_s": result["build_s"],
        "imports_s": result["imports_s"],
        "trained": report["trained"],
        "sampled": report["sampled"],
        "reused": report["skipped"],
        "failed": report["failed"],
        "torch_imported": result["torch_imported"],
        "peak_rss_mib": result["peak_rss_mib"],
        "stages": result["stages"],
        "slowest_stage": slowest,
        "slowest_share": result["stages"]["share"][slowest],
        "grouped_share": grouped(result["stages"]["seconds"], result["build_s"]),
    }
    log(
        f"build: {label}: {result['process_wall_s']:.1f} s wall ({result['build_s']:.1f} s in Builder.run), "
        f"trained {len(report['trained'])}, slowest stage {slowest} "
        f"({out['slowest_share']:.0%}), peak RSS {result['peak_rss_mib']:.0f} MiB"
    )
    return out


def grouped(seconds: dict, total: float) -> dict:
    """The four figures asked for: train / sample / pages+images / mkdocs (+ the rest)."""
    groups = {
        "train": seconds.get("train", 0),
        "sample": seconds.get("sample", 0),
        "try_it": seconds.get("tryit", 0),
        "pages+images": seconds.get("pages", 0) + seconds.get("images", 0),
        "mkdocs": seconds.get("mkdocs", 0),
        "style_matrix": seconds.get("style_matrix", 0),
        "ingest+other": seconds.get("ingest", 0) + seconds.get("other", 0),
    }
    return {k: round(v / total, 3) if total else None for k, v in groups.items()}


def bench_build(opts) -> dict:
    env: dict[str, str] = {}
    if opts.smoke:
        env = {"HTSITE_BASE_MODEL": str(opts.tiny), "HTSITE_MAX_STEPS": "2"}
    elif opts.build_minutes:
        env["HTSITE_MAX_MINUTES"] = str(opts.build_minutes)
    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="htsite-bench-build-"))
    try:
        root = tmp / "site"
        copy_example(root, opts.build_bots)
        from generator.settings import Site

        with env_vars(**env):
            max_minutes = Site(root).settings.train.max_minutes
        log(f"build: fresh build of the example site in {root}")
        fresh = summarize("fresh", run_worker(["build", str(root)], env))
        log("build: rebuild, nothing changed")
        unchanged = summarize("no change", run_worker(["build", str(root)], env))
        handle, expected = touch_account(root)
        log(f"build: rebuild after @{handle} changed (used by {', '.join(expected)})")
        changed = summarize(f"@{handle} changed", run_worker(["build", str(root)], env))
        changed["changed_account"] = handle
        changed["expected_retrained"] = expected
        changed["retrained_as_expected"] = sorted(changed["trained"]) == expected
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "machine": info,
        "site": "example (site_src/ of the repo)"
        + (f", bots {', '.join(opts.build_bots)} only" if opts.build_bots else ""),
        "env_overrides": env,
        "max_minutes_per_bot": max_minutes,
        "goal_no_change_s": 10,
        "builds": [fresh, unchanged, changed],
    }

"""Scale-out on a real Ray cluster of this machine (no GPU, no remote nodes here).

One local cluster with 2 single-CPU workers serves the whole module: this process starts it with
`ray.init` and builds through it in-process (`--cluster` finds Ray connected and uses it); other
drivers connect to its address from a subprocess, as `htsite build --cluster ADDRESS` would on a
real cluster. `--workers 2` starts a cluster of its own. Ray's start-up is the slow part (~10 s).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import botjob
from generator.cli import app
from tests.test_build import TOPICS, make_site, write_account
from tests.tinymodel import make_tiny_model

pytestmark = pytest.mark.cluster
if os.environ.get("CI"):
    import ray  # CI installs the ray extra: these tests must run there, not skip
else:
    ray = pytest.importorskip("ray")

runner = CliRunner()
BOTS = ["ada-bo", "ada", "cy", "dee"]  # the site's order: site_src/bots/*.yaml by name
LONG = "train: {max_steps: 200, epochs: 1000, checkpoint_every: 0.2, batch_size: 2, block_size: 32}"


@pytest.fixture(scope="module")
def cluster():
    """A real Ray cluster of 2 CPUs: 2 bots at a time with --cpus-per-bot 1."""
    import logging

    context = ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        object_store_memory=200 * 2**20,
        logging_level=logging.ERROR,
    )
    yield context.address_info["gcs_address"]
    ray.shutdown()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")


def four_bots(root: Path, tiny: Path, train: str | None = None) -> Path:
    """ada, bo (hostile name), cy, dee; bots ada, ada-bo (a cyborg), cy, dee."""
    make_site(root, tiny)
    TOPICS.setdefault("cy", ["kelp", "tide pool", "gull feather", "hermit crab", "sea glass"])
    TOPICS.setdefault("dee", ["jazz chord", "brass section", "reed", "snare drum", "walking bass"])
    for handle in ("cy", "dee"):
        write_account(root / "site_src" / "accounts" / handle, handle)
        (root / "site_src" / "bots" / f"{handle}.yaml").write_text(f"accounts: [{handle}]\n")
    if train:
        site_yaml = root / "site_src" / "site.yaml"
        lines = [line for line in site_yaml.read_text().splitlines() if not line.startswith("train:")]
        site_yaml.write_text("\n".join([*lines, train]) + "\n")
    return root


def build(root: Path, *args):
    result = runner.invoke(app, ["build", "--site", str(root), "--json", *args])
    report = json.loads(result.stdout[result.stdout.index("{") :]) if "{" in result.stdout else {}
    return result, report


def driver(root: Path, *args) -> subprocess.Popen:
    """`htsite build` in a process of its own (a driver that the test can kill)."""
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--site", str(root), "--json", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def outputs(root: Path) -> dict[str, bytes]:
    """Everything a build writes that must not depend on where it ran: each model folder (but the
    clock's timings.json), the style matrix, the pages."""
    models = root / "models"
    files = [p for p in models.rglob("*") if p.is_file() and p.name != "timings.json"]
    files = [p for p in files if not p.relative_to(models).parts[0].startswith((".", "base"))]
    files += sorted((root / "docs" / "bots").glob("*.md"))
    files += [root / "docs" / "style-matrix.md", root / "docs" / "index.md"]
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(files)}


def task_pids(bot: str) -> list[int]:
    """Ray names a worker's process after the task it runs: ray::htsite:<bot>."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            title = cmdline.read_bytes().split(b"\0")[0].decode()
        except (OSError, UnicodeDecodeError):
            continue
        if title == f"ray::htsite:{bot}":
            pids.append(int(cmdline.parent.name))
    return pids


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := predicate():
            return found
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def kill_worker_of(root: Path, bot: str) -> int:
    """SIGKILL the worker training `bot`, once it has saved a checkpoint."""
    checkpoints = root / "models" / ".checkpoints"
    wait_for(lambda: botjob.checkpoints_of(checkpoints, bot), 240, f"a checkpoint of {bot}")
    pid = wait_for(lambda: task_pids(bot), 30, f"the worker of {bot}")[0]
    os.kill(pid, signal.SIGKILL)
    return pid


@pytest.fixture(scope="module")
def sequential(tmp_path_factory, tiny):
    """The reference: the 4-bot site built in this process, one bot after another, 1 thread each
    (what each of the cluster's single-CPU workers gets)."""
    root = four_bots(tmp_path_factory.mktemp("seq") / "s", tiny)
    saved = os.environ.get("HTSITE_THREADS")
    os.environ["HTSITE_THREADS"] = "1"
    try:
        result, report = build(root)
    finally:
        os.environ.pop("HTSITE_THREADS") if saved is None else os.environ.update(HTSITE_THREADS=saved)
    assert result.exit_code == 0, result.output
    assert report["trained"] == BOTS and report["runner"] == "in this process"
    return root


def test_four_bots_in_parallel_are_the_sequential_build(cluster, sequential, tmp_path, tiny, monkeypatch):
    import generator.build as build_module

    root = four_bots(tmp_path / "s", tiny)
    calls = {"mkdocs": 0, "pages": 0}
    build_site, write_pages = build_module.build_site, build_module.Builder.write_pages

    def counted_site(*args, **kwargs):
        calls["mkdocs"] += 1
        return build_site(*args, **kwargs)

    def counted_pages(self, *args, **kwargs):
        calls["pages"] += 1
        return write_pages(self, *args, **kwargs)

    monkeypatch.setattr(build_module, "build_site", counted_site)
    monkeypatch.setattr(build_module.Builder, "write_pages", counted_pages)
    result, report = build(root, "--cluster", cluster, "--cpus-per-bot", "1")
    assert result.exit_code == 0, result.output
    assert report["trained"] == BOTS and report["sampled"] == BOTS and report["failed"] == {}
    assert report["runner"] == "Ray: 1 node, 2 bots at a time, 1 CPU each"
    assert len(set(report["ran_on"].values())) == 2  # two workers shared the four bots
    assert calls == {"mkdocs": 1, "pages": 1}  # pages, style matrix and site: once, here

    first, second = outputs(sequential), outputs(root)
    assert first.keys() == second.keys() and len(first) > 40
    for name in first:
        assert first[name] == second[name], f"{name} differs between the sequential and the Ray build"
    matrix = json.loads((root / "models" / "eval.json").read_text())
    assert matrix["measured"]["cells"] == matrix["measured"]["of"] == 16  # a small site: every cell
    assert (root / "site" / "bots" / "ada-bo" / "index.html").is_file()

    result, report = build(root, "--cluster", cluster, "--cpus-per-bot", "1")  # nothing changed
    assert result.exit_code == 0 and report["trained"] == [] and report["skipped"] == BOTS


def test_workers_start_a_cluster_of_their_own(sequential, tmp_path, tiny):
    """`--workers 2` (no cluster running for it): Ray starts on this machine for the build and
    stops after; the models are the sequential build's bytes."""
    root = four_bots(tmp_path / "s", tiny)
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--site", str(root), "--workers", "2", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert report["trained"] == BOTS and report["runner"].endswith("2 bots at a time, 1 CPU each")
    assert done.stderr.count("mkdocs build --strict") == 1
    assert outputs(root) == outputs(sequential)


def test_killed_worker_is_retried_and_resumes_from_its_checkpoint(cluster, tmp_path, tiny):
    root = four_bots(tmp_path / "s", tiny, LONG)
    for bot in ("ada-bo", "dee"):
        (root / "site_src" / "bots" / f"{bot}.yaml").unlink()
    proc = driver(root, "--cluster", cluster, "--cpus-per-bot", "1")
    try:
        kill_worker_of(root, "ada")
        stdout, stderr = proc.communicate(timeout=600)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr[-3000:]
    report = json.loads(stdout[stdout.index("{") :])
    assert report["trained"] == ["ada", "cy"] and report["failed"] == {}
    timings = json.loads((root / "models" / "ada" / "timings.json").read_text())
    metrics = json.loads((root / "models" / "ada" / "metrics.json").read_text())
    assert timings["resumed_from_step"] > 0  # the retried task picked up where the killed one was
    assert metrics["steps"] == metrics["planned_steps"] == 200 and metrics["stopped_by"] == "plan"
    assert not list((root / "models" / ".checkpoints").glob("*.pt"))


def test_failures_stay_with_their_bot(cluster, tmp_path, tiny):
    """A bad account fails its bots before any task; a worker lost more often than --retries
    allows fails its bot; the other bots build and the command exits 1 listing both."""
    root = four_bots(tmp_path / "s", tiny, LONG)
    (root / "site_src" / "accounts" / "bo" / "posts.csv").write_text("id,body\n1,hello there friend\n")
    proc = driver(root, "--cluster", cluster, "--cpus-per-bot", "1", "--retries", "0")
    try:
        kill_worker_of(root, "ada")
        stdout, stderr = proc.communicate(timeout=600)
    finally:
        proc.kill()
    assert proc.returncode == 1 and "Traceback" not in stderr
    report = json.loads(stdout[stdout.index("{") :])
    assert list(report["failed"]) == ["ada-bo", "ada"] and report["trained"] == ["cy", "dee"]
    assert "posts.csv" in report["failed"]["ada-bo"]
    assert "Ray worker was lost 1 times" in report["failed"]["ada"]
    assert "failed: ada:" in stderr and "failed: ada-bo:" in stderr
    assert not (root / "models" / "ada").exists()
    assert (root / "site" / "bots" / "cy" / "index.html").is_file()
    assert not (root / "site" / "bots" / "ada").exists()


MODEL_FILES = {"metrics.json", "predictions.json", "style.json", "adapter_model.safetensors", "README.md"}


def test_killed_driver_leaves_nothing_half_written_and_finished_bots_are_reused(cluster, tmp_path, tiny):
    root = four_bots(tmp_path / "s", tiny, LONG)
    models = root / "models"
    proc = driver(root, "--cluster", cluster, "--cpus-per-bot", "1")
    try:
        finished = wait_for(lambda: [b for b in BOTS if (models / b).is_dir()], 300, "a first finished bot")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        proc.kill()
    # Ray ends a dead driver's tasks; then what is in models/ is what the next build finds.
    wait_for(lambda: not any(task_pids(b) for b in BOTS), 60, "the driver's tasks to end")
    finished = sorted(b for b in BOTS if (models / b).is_dir())
    assert finished and len(finished) < len(BOTS)
    for bot in finished:  # every visible model folder is whole (README.md is written by the driver)
        assert MODEL_FILES - {"README.md"} <= {p.name for p in (models / bot).iterdir()}, bot
    # A bot killed after its folder was in place may keep a checkpoint; the next build drops it.
    in_flight = [b for b in BOTS if b not in finished and botjob.checkpoints_of(models / ".checkpoints", b)]

    result, report = build(root, "--cluster", cluster, "--cpus-per-bot", "1")
    assert result.exit_code == 0, result.output
    assert report["skipped"] == finished and sorted(report["trained"]) == sorted(set(BOTS) - set(finished))
    for bot in in_flight:
        assert json.loads((models / bot / "timings.json").read_text())["resumed_from_step"] > 0, bot
    assert not [p for p in models.iterdir() if ".tmp" in p.name or ".old-" in p.name]
    assert not list((models / ".checkpoints").glob("*"))
    for bot in BOTS:
        assert {p.name for p in (models / bot).iterdir()} >= MODEL_FILES, bot

"""Data-parallel training: `torchrun` / `accelerate launch` start one process per device.

GPUs aren't here, so the test runs two CPU processes with torchrun (accelerate's own multi-CPU
launcher needs MPI); the code path is the one `accelerate launch --multi_gpu` takes on GPUs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_build import make_site
from tests.tinymodel import make_tiny_model

BIN = Path(sys.executable).parent


def launch(launcher: list[str], root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HTSITE_THREADS": "1"}
    command = [*launcher, "-m", "generator", "train", "ada", "--site", str(root)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=root)


def test_two_processes_train_one_model(tmp_path):
    root = make_site(tmp_path / "s", make_tiny_model(tmp_path / "tiny"))
    done = launch([str(BIN / "torchrun"), "--nproc-per-node", "2"], root)
    assert done.returncode == 0, done.stderr[-2000:]
    metrics = json.loads((root / "models" / "ada" / "metrics.json").read_text())
    assert metrics["processes"] == 2 and metrics["steps"] == 4
    assert len(json.loads((root / "models" / "ada" / "predictions.json").read_text())["predictions"]) >= 5
    assert done.stdout.count("built in") == 1  # only the main process reports
    assert not (root / "models" / "ada-bo").exists()


def test_accelerate_launch_single_process(tmp_path):
    root = make_site(tmp_path / "s", make_tiny_model(tmp_path / "tiny"))
    launcher = [str(BIN / "accelerate"), "launch", "--cpu", "--num_processes", "1", "--num_machines", "1"]
    done = launch([*launcher, "--mixed_precision", "no", "--dynamo_backend", "no"], root)
    assert done.returncode == 0, done.stderr[-2000:]
    metrics = json.loads((root / "models" / "ada" / "metrics.json").read_text())
    assert "processes" not in metrics and metrics["steps"] == 4

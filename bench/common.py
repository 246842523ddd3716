"""What every benchmark shares: paths, the machine record, a CPU/contention meter, peak RSS, results."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
CORPUS_FILE = "BarackObama.csv"
GIB = 1024**3


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# -- data ---------------------------------------------------------------------------------------
def shared_dir() -> Path:
    """../shared beside the repository, or $HTSITE_SHARED."""
    env = os.environ.get("HTSITE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def corpus_path() -> Path | None:
    path = shared_dir() / "corpora" / CORPUS_FILE
    return path if path.is_file() else None


def load_corpus(limit: int | None = None, synthetic_ok: bool = False):
    """The curated real corpus (generator.ingest + generator.curate), or None when absent.
    With `synthetic_ok` (smoke runs), a synthetic corpus stands in for a missing one."""
    from generator.curate import Curated, curate
    from generator.ingest import load_account

    path = corpus_path()
    if path is not None:
        curated = curate(load_account(path))
    elif synthetic_ok:
        texts = [synthetic_post(i) for i in range(400)]
        curated = Curated("synthetic", "Synthetic", len(texts), 0, 0, len(texts), texts=texts)
    else:
        return None
    if limit:
        curated.texts = curated.texts[:limit]
        curated.kept = len(curated.texts)
    return curated


TOPICS = ["the harbour", "a new bridge", "the school board", "our volunteers", "the night market"]


def synthetic_post(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    return f"Post {i}: today I went to {topic} and talked with {i % 7 + 2} neighbours about what comes next."


# -- the machine ----------------------------------------------------------------------------------
PEAK_SIZES = [512, 1024]  # smoke runs time n=512 only


def matmul_peaks() -> dict:
    """Measured matmul GFLOP/s per dtype: n=512 (what generator.device.pick times) and n=1024.
    The larger of the two is the 'peak' that achieved FLOP/s are compared with."""
    import torch

    from generator.device import matmul_gflops

    out = {}
    for name, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
        speeds = {n: matmul_gflops(dtype, n=n, reps=8 if n <= 512 else 6) for n in PEAK_SIZES}
        for n, speed in speeds.items():
            out[f"{name}_gflops_n{n}"] = round(speed, 1)
        out[f"{name}_gflops"] = round(max(speeds.values()), 1)
    out["bf16_over_fp32"] = round(out["bf16_gflops"] / max(out["fp32_gflops"], 1e-9), 2)
    return out


MATMUL_OPS = ("aten.mm.default", "aten.addmm.default", "aten.bmm.default", "aten.baddbmm.default")


def matmul_flops(op: str, shapes: list[tuple]) -> int:
    """2·m·n·k (times the batch for bmm) of one matmul call, from its operands' shapes."""
    a, b = (shapes[1], shapes[2]) if "addmm" in op else (shapes[0], shapes[1])
    batch = a[0] if len(a) == 3 else 1
    m, k, n = a[-2], a[-1], b[-1]
    return 2 * batch * m * k * n


def count_step(fn) -> dict:
    """Run `fn` (one training step) once and count what it computes: all FLOPs (torch's
    FlopCounterMode: matmuls, attention) and every matmul call (op, operands' shapes, strides,
    dtype), so that `time_matmuls` can time the step's own matmuls alone."""
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode
    from torch.utils.flop_counter import FlopCounterMode

    calls: list[tuple] = []

    class Recorder(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            if str(func) in MATMUL_OPS:
                tensors = [a for a in args if isinstance(a, torch.Tensor)]
                calls.append(
                    (
                        str(func),
                        tuple(tuple(t.shape) for t in tensors),
                        tuple(tuple(t.stride()) for t in tensors),
                        str(tensors[-1].dtype).removeprefix("torch."),
                    )
                )
            return func(*args, **(kwargs or {}))

    with FlopCounterMode(display=False) as counter, Recorder():
        fn()
    matmul = sum(matmul_flops(op, shapes) for op, shapes, _, _ in calls)
    return {"flops": counter.get_total_flops(), "matmul_flops": matmul, "matmuls": calls}


def time_matmuls(calls: list[tuple], reps: int = 3) -> float:
    """Seconds that a step's matmuls take alone, back to back: each distinct call (same op, shapes,
    strides, dtype) timed `reps` times after a warm-up, times how often the step makes it."""
    import collections

    import torch

    seconds = 0.0
    for (op, shapes, strides, dtype), count in collections.Counter(calls).items():
        torch_dtype = getattr(torch, dtype)
        args = []
        for shape, stride in zip(shapes, strides, strict=True):
            tensor = torch.empty_strided(shape, stride, dtype=torch_dtype)
            args.append(tensor.normal_() if tensor.numel() else tensor)
        fn = getattr(torch.ops.aten, op.split(".")[1]).default
        fn(*args)  # warm-up
        started = time.perf_counter()
        for _ in range(reps):
            fn(*args)
        seconds += count * (time.perf_counter() - started) / reps
    return seconds


def git_state() -> dict:
    def git(*args):
        try:
            return subprocess.run(
                ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def machine(with_torch: bool = True) -> dict:
    """Recorded with every result: CPU capability, measured matmul speed, load, versions."""
    from importlib.metadata import PackageNotFoundError, version

    import generator

    info = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "host_cpus": os.cpu_count(),
        "cpu_model": cpu_model(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "htsite": generator.__version__,
        "git": git_state(),
    }
    for package in ("torch", "transformers", "peft", "mkdocs", "mkdocs-material"):
        try:
            info[package] = version(package)
        except PackageNotFoundError:
            info[package] = None
    if with_torch:
        import torch

        from generator.device import pick

        compute = pick()  # sets torch's thread count as htsite does (HTSITE_THREADS or all cores)
        info["cpu_capability"] = torch.backends.cpu.get_cpu_capability()
        info["torch_threads"] = torch.get_num_threads()
        info["htsite_pick"] = {"device": compute.device, "dtype": compute.dtype}
        info.update(matmul_peaks())
    return info


# -- contention: how much of the CPU we got while measuring -------------------------------------
def _proc_stat_busy() -> float | None:
    """Seconds of busy CPU time on the whole machine (all processes) since boot."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


@dataclass
class Meter:
    """Wall time, our CPU time, and the machine's CPU time spent by *other* processes meanwhile.
    others_share ≈ 0: we had the cores to ourselves; ≈ 0.5 on 2 cores: someone took one."""

    wall_s: float = 0.0
    cpu_s: float = 0.0
    others_share: float | None = None
    loadavg_end: list = field(default_factory=list)

    def as_dict(self) -> dict:
        cpus = os.cpu_count() or 1
        return {
            "wall_s": round(self.wall_s, 2),
            "cpu_s": round(self.cpu_s, 2),
            "own_share": round(self.cpu_s / max(self.wall_s * cpus, 1e-9), 2),
            "others_share": None if self.others_share is None else round(self.others_share, 2),
            "loadavg_end": self.loadavg_end,
        }


@contextmanager
def metered():
    meter = Meter()
    wall0, cpu0, busy0 = time.perf_counter(), _own_cpu(), _proc_stat_busy()
    try:
        yield meter
    finally:
        meter.wall_s = time.perf_counter() - wall0
        meter.cpu_s = _own_cpu() - cpu0
        busy1 = _proc_stat_busy()
        if busy0 is not None and busy1 is not None and meter.wall_s > 0:
            others = (busy1 - busy0) - meter.cpu_s
            meter.others_share = max(0.0, others / (meter.wall_s * (os.cpu_count() or 1)))
        meter.loadavg_end = [round(x, 2) for x in os.getloadavg()]


# -- memory -----------------------------------------------------------------------------------
def reset_peak_rss() -> bool:
    """Reset this process's peak RSS (VmHWM) so the next reading covers only what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_rss_mib() -> float:
    """VmHWM (resettable) where Linux has it, else ru_maxrss (the process's lifetime peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError):
        pass
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round((kib / 1024 if sys.platform != "darwin" else kib / 1024**2), 1)


# -- subprocesses -------------------------------------------------------------------------------
def run_worker(args: list[str], env: dict | None = None, timeout: float = 1800) -> dict:
    """Run `python -m bench.worker ARGS` in a fresh process; its last stdout line is JSON."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), full_env.get("PYTHONPATH")]))
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.worker", *args],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"bench.worker {' '.join(args)} failed (exit {proc.returncode}):\n{tail}")
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    data = json.loads(lines[-1])
    data["process_wall_s"] = round(wall, 2)
    return data


@contextmanager
def env_vars(**values: str | None):
    """Set (or, with None, unset) environment variables for the duration of the block."""
    saved = {k: os.environ.get(k) for k in values}
    try:
        for key, value in values.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# -- results ------------------------------------------------------------------------------------
def write_result(out_dir: Path, name: str, data: dict) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def ratio(a, b, digits: int = 2):
    if a is None or b in (None, 0):
        return None
    return round(a / b, digits)

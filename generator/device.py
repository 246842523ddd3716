"""Pick the device and the compute dtype for training and sampling.

CPUs differ a lot: with native bf16 (AVX-512 BF16 / AMX) a bf16 matmul runs 2-4× faster than
fp32, while on an AVX2-only CPU it runs ~100× slower. So on a CPU we never assume: we ask the CPU
whether it computes bf16 natively and use bf16 autocast only then. The answer is a property of
the CPU, not of how busy it is, so the same machine always trains in the same dtype (timing two
matmuls, as this module once did, could flip the choice on a loaded machine).
"""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Compute:
    device: str  # cpu | cuda | cuda:N | mps
    dtype: str  # float32 | bfloat16: the autocast dtype for matmuls
    cpu_capability: str


def matmul_gflops(dtype, n: int = 512, reps: int = 8) -> float:
    import torch

    a = torch.randn(n, n, dtype=dtype)
    b = torch.randn(n, n, dtype=dtype)
    for _ in range(2):  # warm-up: the first bf16 call also JIT-compiles its kernel
        a @ b
    started = time.perf_counter()
    for _ in range(reps):
        a @ b
    return 2 * n**3 * reps / (time.perf_counter() - started) / 1e9


@functools.cache
def pick(device: str = "auto", dtype: str = "auto") -> Compute:
    import torch

    torch.set_num_threads(default_threads())
    capability = torch.backends.cpu.get_cpu_capability()
    if device == "auto":
        if torch.cuda.is_available():
            device = "cuda"
        elif torch.backends.mps.is_available():
            device = "mps"
        else:
            device = "cpu"
    if device.startswith("cuda"):  # cuda or cuda:N
        bf16_ok = torch.cuda.is_bf16_supported()
        return Compute(
            device, dtype if dtype != "auto" else ("bfloat16" if bf16_ok else "float32"), capability
        )
    if device == "mps":
        return Compute("mps", "float32" if dtype == "auto" else dtype, capability)
    if dtype != "auto":
        return Compute("cpu", dtype, capability)
    return Compute("cpu", "bfloat16" if native_bf16() else "float32", capability)


def default_threads() -> int:
    """HTSITE_THREADS, else OMP_NUM_THREADS (torchrun / accelerate set it per process so that
    processes don't oversubscribe the cores), else every core."""
    threads = int(os.environ.get("HTSITE_THREADS") or os.environ.get("OMP_NUM_THREADS") or 0)
    return threads or os.cpu_count() or 1


def use_threads(threads: int) -> None:
    """Run torch on `threads` cores: a worker's share of its node (generator/fanout.py), so that
    bots trained side by side never ask for more threads than there are cores."""
    import torch

    torch.set_num_threads(max(1, int(threads)))


def native_bf16() -> bool:
    """Whether this CPU multiplies bf16 matrices in hardware (AVX-512 BF16 or AMX): there bf16
    autocast trains ~1.5-4× faster than fp32 (bench/README.md); elsewhere bf16 is emulated and
    far slower."""
    import torch

    probes = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, name, lambda: False)() for name in probes)


def autocast(compute: Compute):
    import contextlib

    import torch

    if compute.dtype == "bfloat16":
        return torch.autocast(device_type=compute.device.split(":")[0], dtype=torch.bfloat16)
    return contextlib.nullcontext()

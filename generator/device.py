"""Pick the device and the compute dtype for training and sampling.

CPUs differ a lot: with native bf16 (AVX-512 BF16 / AMX) a bf16 matmul runs 2-4× faster than
fp32, while on an AVX2-only CPU it runs ~100× slower. So on a CPU we never assume: we time a
small matmul in both dtypes once per process and keep the faster one.
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
    fp32_gflops: float | None = None  # measured matmul throughput, when timed
    bf16_gflops: float | None = None


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

    # torchrun / accelerate set OMP_NUM_THREADS per process so that processes don't oversubscribe.
    threads = int(os.environ.get("HTSITE_THREADS") or os.environ.get("OMP_NUM_THREADS") or 0)
    threads = threads or os.cpu_count() or 1
    torch.set_num_threads(threads)
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
    fp32 = matmul_gflops(torch.float32)
    bf16 = matmul_gflops(torch.bfloat16)
    # bf16 autocast also pays for casts and fp32 optimizer state: demand a clear win.
    chosen = "bfloat16" if bf16 > 1.5 * fp32 else "float32"
    return Compute("cpu", chosen, capability, round(fp32, 1), round(bf16, 1))


def autocast(compute: Compute):
    import contextlib

    import torch

    if compute.dtype == "bfloat16":
        return torch.autocast(device_type=compute.device.split(":")[0], dtype=torch.bfloat16)
    return contextlib.nullcontext()

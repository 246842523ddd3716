"""Data-parallel training when launched as several processes (`accelerate launch`, `torchrun`).

One process per device; each trains on its share of every batch and DistributedDataParallel
averages the gradients, so the model is the same everywhere. Only the main process saves,
samples and writes pages. Launched as a single process (the usual `htsite build`), `Team` is a
pass-through and nothing here imports accelerate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


def world_size() -> int:
    return int(os.environ.get("WORLD_SIZE") or 1)


def is_main() -> bool:
    return int(os.environ.get("RANK") or 0) == 0


@dataclass
class Team:
    accelerator: object | None = None  # accelerate.Accelerator when there are several processes

    @property
    def size(self) -> int:
        return self.accelerator.num_processes if self.accelerator else 1

    @property
    def rank(self) -> int:
        return self.accelerator.process_index if self.accelerator else 0

    @property
    def device(self) -> str | None:
        return str(self.accelerator.device) if self.accelerator else None

    def prepare(self, model, optimizer):
        if not self.accelerator:
            return model, optimizer
        return self.accelerator.prepare(model, optimizer)

    def unwrap(self, model):
        return self.accelerator.unwrap_model(model) if self.accelerator else model

    def share(self, batch: list) -> list:
        """This process's part of a batch (the parts of all processes make the whole batch)."""
        return batch[self.rank :: self.size]

    def backward(self, loss) -> None:
        if self.accelerator:
            self.accelerator.backward(loss)
        else:
            loss.backward()

    def reduce(self, value: float, op: str) -> float:
        """The sum or max of a number over all processes, so they all take the same decisions."""
        if not self.accelerator:
            return value
        import torch
        import torch.distributed as dist

        tensor = torch.tensor([float(value)], device=self.accelerator.device)
        dist.all_reduce(tensor, op=dist.ReduceOp.MAX if op == "max" else dist.ReduceOp.SUM)
        return float(tensor.item())


def team(device: str) -> Team:
    if world_size() <= 1:
        return Team()
    from accelerate import Accelerator

    # Autocast is ours (generator.device); accelerate only places the model and syncs gradients.
    return Team(Accelerator(cpu=device == "cpu", mixed_precision="no"))

"""`htsite eval`: the style matrix — how well each bot fits each account's held-out posts.

A bot should fit its own accounts best. Scoring every bot on every account's held-out posts costs
bots × accounts × posts: at 300 bots, days. So the cost is kept linear in the number of bots:

* **a fixed probe per account**: `probe_tokens` tokens of its held-out posts (held out by the same
  seeded hash training uses, so no bot trained on them), in a seeded order. Every bot is scored on
  the same tokens of an account, whatever the account's size;
* **a fixed number of cells per bot**: its own accounts plus `other_accounts` others, picked by a
  seeded hash of (bot, account) — rendezvous hashing, so adding an account moves few picks. A small
  site (≤ other_accounts + 1 accounts) gets the full matrix;
* **measured where the model already is**: a bot's cells are scored in its own job, right after
  training, and kept in `models/<bot>/style.json` with the probe each was measured on. A cell is
  reused while neither the bot's model nor the account's probe changed;
* **the base model's row**: one cell per account, kept in `models/eval.json`.

The build assembles the matrix from these cells (`assemble`), once, and writes the page.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

from generator import train
from generator.curate import Curated
from generator.device import Compute
from generator.settings import SiteSettings

STYLE = "style.json"  # in a bot's model folder: {"train_key", "cells": {account: cell}}
GRID_ACCOUNTS = 12  # up to this many accounts, the page shows the whole grid and a heatmap
GRID_BOTS = 60


@dataclass
class Probe:
    """What a job needs to score one account: its held-out posts, in the probe's seeded order."""

    account: str
    key: str  # changes when the posts, the probe's size, the block size or the base model do
    texts: list[str]


def digest(parts: list[str]) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def probe_for(account: str, corpus: Curated, settings: SiteSettings) -> Probe:
    t = settings.train
    held = train.split_posts(corpus.texts, t.seed, t.eval_fraction).eval
    texts = sorted(held, key=lambda text: hashlib.sha256(f"{t.seed}:probe:{text}".encode()).digest())
    key = digest([settings.base_model, str(t.block_size), str(settings.style_matrix.probe_tokens), *texts])
    return Probe(account, key, texts)


def probe_blocks(tokenizer, texts: list[str], tokens: int, block_size: int) -> list[list[int]]:
    """The probe's first `tokens` tokens (0: all) of posts joined with EOS, in blocks. Full blocks
    need no padding, so a probe of 1,024 tokens is one forward pass of 8 × 128."""
    stream = [t for block in train.to_blocks(tokenizer, texts, block_size) for t in block]
    stream = stream[:tokens] if tokens else stream
    return [stream[i : i + block_size] for i in range(0, len(stream), block_size)]


def others(bot: str, own: list[str], accounts: list[str], k: int, seed: int) -> list[str]:
    """The `k` accounts besides its own that a bot is scored on: highest seeded hash of (bot,
    account) first. Stable: an account added or removed changes only the picks it enters or leaves."""
    rank = {a: hashlib.sha256(f"{seed}:{bot}:{a}".encode()).digest() for a in accounts if a not in own}
    return sorted(rank, key=rank.get)[:k]


def wanted(bot: str, own: list[str], accounts: list[str], settings: SiteSettings) -> list[str]:
    """The accounts a bot is scored on, in the site's account order."""
    k, seed = settings.style_matrix.other_accounts, settings.train.seed
    picked = set(own) | set(others(bot, own, accounts, k, seed))
    return [a for a in accounts if a in picked]


def score(model, tokenizer, probes: list[Probe], settings: SiteSettings, compute: Compute) -> dict:
    """{account: {"probe", "loss", "tokens"}}: the model's mean next-token loss on each probe."""
    t = settings.train
    batch = max(t.batch_size, 8)
    cells = {}
    for probe in probes:
        blocks = probe_blocks(tokenizer, probe.texts, settings.style_matrix.probe_tokens, t.block_size)
        loss = train.evaluate(model, blocks, compute, batch, tokenizer.pad_token_id)
        cells[probe.account] = {"probe": probe.key, "loss": round(loss, 4), "tokens": sum(map(len, blocks))}
    return cells


def read_cells(model_dir: Path, train_key: str | None) -> dict:
    """A bot's measured cells, if they were measured on its current model."""
    try:
        data = json.loads((model_dir / STYLE).read_text())
    except (OSError, ValueError):
        return {}
    return data.get("cells", {}) if train_key and data.get("train_key") == train_key else {}


def still_held(cells: dict, probes: dict[str, Probe]) -> dict:
    """The cells measured on the accounts' current probes (a probe's key changes with its text)."""
    return {a: c for a, c in cells.items() if a in probes and c.get("probe") == probes[a].key}


def style_json(train_key: str, cells: dict) -> str:
    return json.dumps({"train_key": train_key, "cells": dict(sorted(cells.items()))}, indent=2) + "\n"


def assemble(
    members: dict[str, list[str]],
    accounts: list[str],
    rows: dict[str, dict],
    base: dict,
    settings: SiteSettings,
    reused: int = 0,
) -> dict:
    """The matrix the page and `htsite eval` show, from measured cells ({bot: {account: cell}}
    and the base model's {account: cell})."""
    loss = {b: {a: rows[b][a]["loss"] for a in accounts if a in rows[b]} for b in members if b in rows}
    best = {
        a: min((b for b in loss if a in loss[b]), key=lambda b: loss[b][a], default=None) for a in accounts
    }
    own_best = [a for a in accounts if best[a] is not None and a in members[best[a]]]
    tokens = {a: base[a]["tokens"] for a in accounts if a in base}
    matrix = {
        "accounts": accounts,
        "bots": list(loss),
        "members": members,
        "loss": loss,
        "base": {a: base[a]["loss"] for a in accounts if a in base},
        "best_bot": best,
        "own_best": len(own_best),
        "diagonal_dominant": len(own_best) == len(accounts),
        "measured": {
            "cells": sum(len(r) for r in loss.values()),
            "of": len(loss) * len(accounts),
            "probe_tokens": settings.style_matrix.probe_tokens,
            "other_accounts": settings.style_matrix.other_accounts,
            "tokens": tokens,
        },
        "base_model": settings.base_model,
        "base_cells": {a: base[a] for a in accounts if a in base},
    }
    matrix["key"] = digest([json.dumps(matrix, sort_keys=True)])
    matrix["reused_cells"] = reused  # how many cells this run did not have to measure
    return matrix


def write(path: Path, matrix: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(matrix, indent=2) + "\n")
    tmp.replace(path)


def shows_grid(matrix: dict) -> bool:
    return len(matrix["accounts"]) <= GRID_ACCOUNTS and len(matrix["bots"]) <= GRID_BOTS


def heatmap(matrix: dict, names: dict[str, str], path: Path) -> None:
    """Perplexity per (bot, account); darker = lower perplexity = better fit; grey = not measured.
    Names are drawn as written (emoji too, where an emoji font is installed; see textdraw), cut
    with … to fit."""
    from PIL import Image, ImageDraw

    from generator import textdraw
    from generator.avatar import save_png

    rows = ["base", *matrix["bots"]]
    cols = matrix["accounts"]
    table = {"base": matrix["base"], **matrix["loss"]}
    cell_w, cell_h, left, top = 150, 44, 300, 60
    img = Image.new("RGB", (left + cell_w * len(cols) + 10, top + cell_h * len(rows) + 10), "white")
    draw = ImageDraw.Draw(img)
    font = textdraw.font(14)
    values = [v for row in rows for v in table.get(row, {}).values()] or [0.0]
    lo, hi = min(values), max(values)
    for j, col in enumerate(cols):
        label = textdraw.ellipsize(f"@{col}", font, cell_w - 12)
        textdraw.draw_text(img, (left + j * cell_w + 8, top - 30), label, font, "black")
    for i, row in enumerate(rows):
        label = textdraw.ellipsize(names.get(row, row), font, left - 16)
        textdraw.draw_text(img, (8, top + i * cell_h + 14), label, font, "black")
        for j, col in enumerate(cols):
            box = (
                left + j * cell_w,
                top + i * cell_h,
                left + (j + 1) * cell_w - 4,
                top + (i + 1) * cell_h - 4,
            )
            loss = table.get(row, {}).get(col)
            if loss is None:
                draw.rectangle(box, fill=(236, 236, 236))
                draw.text((box[0] + 10, box[1] + 12), "not measured", fill=(140, 140, 140), font=font)
                continue
            shade = (loss - lo) / ((hi - lo) or 1)  # 0 = best
            colour = (int(49 + 190 * shade), int(27 + 200 * shade), int(146 + 100 * shade))
            draw.rectangle(box, fill=colour)
            text_colour = "white" if shade < 0.5 else "black"
            draw.text((box[0] + 10, box[1] + 12), f"ppl {math.exp(loss):.1f}", fill=text_colour, font=font)
    save_png(img, path)

"""`htsite eval`: the style matrix — every bot's held-out loss on every account's held-out posts.

A bot should fit its own accounts best: each account's column should have its lowest loss in a
row of a bot trained on that account. The held-out posts are the same ones training held out
(same seeded hash), so no bot has seen the text it is scored on.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

from generator import basemodel, train
from generator.curate import Curated
from generator.device import Compute
from generator.settings import TrainSettings


def held_out_blocks(tokenizer, corpus: Curated, cfg: TrainSettings):
    return train.to_blocks(
        tokenizer, train.split_posts(corpus.texts, cfg.seed, cfg.eval_fraction).eval, cfg.block_size
    )


def style_matrix(
    corpora: dict[str, Curated],
    bots: dict[str, list[str]],
    models_dir: Path,
    base: basemodel.BaseModel,
    cfg: TrainSettings,
    compute: Compute,
    row_keys: dict[str, str] | None = None,
    previous: dict | None = None,
) -> dict:
    """{"accounts", "bots", "loss": {bot: {account: loss}}, "base": {account: loss}, "diagonal_dominant"}.

    `row_keys` names each bot's model (its train key). A cell of `previous` is reused when its
    bot's key and its account's held-out text are unchanged, so one retrained bot costs one row."""
    from peft import PeftModel

    from generator.frozen import FrozenPrefix, adapted_from

    row_keys = row_keys or {}
    split = [str(v) for v in (cfg.seed, cfg.eval_fraction, cfg.block_size)]  # what held out which text
    account_keys = {h: digest([*split, *c.texts]) for h, c in corpora.items()}
    old = previous or {}
    same_text = {h for h in corpora if old.get("account_keys", {}).get(h) == account_keys[h]}

    def kept(row: dict | None, same_model: bool) -> dict[str, float]:
        """The cells of an old row that still hold: same model, same held-out text."""
        return {h: v for h, v in (row or {}).items() if same_model and h in same_text}

    model, tokenizer = basemodel.load(base)
    model.to(compute.device)
    batch = max(cfg.batch_size, 8)
    blocks: dict[str, list] = {}  # tokenized held-out posts, by account, made when first needed
    # The layers below every bot's adapters are the base model's in every row: their states for
    # an account's held-out blocks are computed once and serve every row (generator/frozen.py).
    below = min((adapted_from(models_dir / b) for b in bots), default=0)
    prefixes: dict[str, object] = {}

    def losses(m, row: dict[str, float]) -> dict[str, float]:
        for h in corpora:
            if h not in row:
                if h not in blocks:
                    blocks[h] = held_out_blocks(tokenizer, corpora[h], cfg)
                if h not in prefixes and FrozenPrefix.supported(model, below):
                    prefixes[h] = FrozenPrefix(model, below)
                loss = train.evaluate(m, blocks[h], compute, batch, tokenizer.pad_token_id, prefixes.get(h))
                row[h] = round(loss, 4)
        return {h: row[h] for h in corpora}

    base_row = kept(old.get("base"), old.get("base_model") == base.name)
    reused = len(base_row)
    table = {"base": losses(model, base_row)}
    for bot in bots:
        folder = models_dir / bot
        if not (folder / "adapter_config.json").is_file():
            continue
        same = row_keys.get(bot) is not None and old.get("row_keys", {}).get(bot) == row_keys[bot]
        row = kept(old.get("loss", {}).get(bot), same)
        reused += len(row)
        if len(row) < len(corpora):
            adapted = PeftModel.from_pretrained(model, folder).to(compute.device)
            row = losses(adapted, row)
            model = adapted.unload()  # the base again, without this bot's LoRA layers
        table[bot] = row
    best = {h: min((b for b in bots if b in table), key=lambda b: table[b][h], default=None) for h in corpora}
    return {
        "accounts": list(corpora),
        "bots": [b for b in bots if b in table],
        "members": bots,
        "loss": {b: table[b] for b in bots if b in table},
        "base": table["base"],
        "best_bot": best,
        "diagonal_dominant": all(best[h] is not None and h in bots[best[h]] for h in corpora),
        "base_model": base.name,
        "account_keys": account_keys,
        "row_keys": {b: row_keys.get(b) for b in bots if b in table},
        "reused_cells": reused,
    }


def digest(texts: list[str]) -> str:
    return hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]


def write(path: Path, matrix: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(matrix, indent=2) + "\n")
    tmp.replace(path)


def heatmap(matrix: dict, names: dict[str, str], path: Path) -> None:
    """Perplexity per (bot, account); darker = lower perplexity = better fit. Names are drawn as
    written (emoji too, where an emoji font is installed; see textdraw), cut with … to fit."""
    from PIL import Image, ImageDraw

    from generator import textdraw
    from generator.avatar import save_png

    rows = ["base", *matrix["bots"]]
    cols = matrix["accounts"]
    cell_w, cell_h, left, top = 150, 44, 300, 60
    img = Image.new("RGB", (left + cell_w * len(cols) + 10, top + cell_h * len(rows) + 10), "white")
    draw = ImageDraw.Draw(img)
    font = textdraw.font(14)
    values = [matrix["base"][c] for c in cols] + [matrix["loss"][b][c] for b in matrix["bots"] for c in cols]
    lo, hi = min(values), max(values)
    for j, col in enumerate(cols):
        label = textdraw.ellipsize(f"@{col}", font, cell_w - 12)
        textdraw.draw_text(img, (left + j * cell_w + 8, top - 30), label, font, "black")
    for i, row in enumerate(rows):
        label = textdraw.ellipsize(names.get(row, row), font, left - 16)
        textdraw.draw_text(img, (8, top + i * cell_h + 14), label, font, "black")
        for j, col in enumerate(cols):
            loss = matrix["base"][col] if row == "base" else matrix["loss"][row][col]
            shade = (loss - lo) / ((hi - lo) or 1)  # 0 = best
            colour = (int(49 + 190 * shade), int(27 + 200 * shade), int(146 + 100 * shade))
            box = (
                left + j * cell_w,
                top + i * cell_h,
                left + (j + 1) * cell_w - 4,
                top + (i + 1) * cell_h - 4,
            )
            draw.rectangle(box, fill=colour)
            text_colour = "white" if shade < 0.5 else "black"
            draw.text((box[0] + 10, box[1] + 12), f"ppl {math.exp(loss):.1f}", fill=text_colour, font=font)
    save_png(img, path)

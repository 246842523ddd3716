"""A small loss-curve chart drawn with Pillow (no plotting library, no fonts to fetch)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from generator.avatar import image_key, save_keyed_png, stored_key

WIDTH, HEIGHT, PAD = 720, 320, 48
TRAIN, EVAL, AXIS = (76, 110, 245), (240, 120, 40), (120, 120, 120)


def loss_curve(curve: list[dict], base_eval_loss: float | None, path: Path) -> None:
    """Train loss per step (line), held-out loss (dots), the base model's held-out loss (dashed).
    Not redrawn when the curve is the one already drawn there."""
    key = image_key(curve, base_eval_loss, code=__file__)
    if stored_key(path) == key:
        return
    img = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=13)
    steps = [p["step"] for p in curve] or [1]
    values = [p["train_loss"] for p in curve] + [p["eval_loss"] for p in curve if "eval_loss" in p]
    if base_eval_loss is not None:
        values.append(base_eval_loss)
    lo, hi = min(values, default=0.0), max(values, default=1.0)
    lo, hi = lo - 0.05 * (hi - lo or 1), hi + 0.05 * (hi - lo or 1)
    max_step = max(steps)

    def xy(step, loss):
        x = PAD + (WIDTH - 2 * PAD) * (step / max_step)
        y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * ((loss - lo) / (hi - lo))
        return x, y

    draw.line([(PAD, PAD), (PAD, HEIGHT - PAD), (WIDTH - PAD, HEIGHT - PAD)], fill=AXIS, width=1)
    for frac in (0, 0.5, 1):
        loss = lo + frac * (hi - lo)
        draw.text((4, xy(0, loss)[1] - 7), f"{loss:.2f}", fill=AXIS, font=font)
    draw.text((WIDTH - PAD - 40, HEIGHT - PAD + 8), f"step {max_step}", fill=AXIS, font=font)
    if base_eval_loss is not None:
        y = xy(0, base_eval_loss)[1]
        for x in range(PAD, WIDTH - PAD, 12):
            draw.line([(x, y), (x + 6, y)], fill=EVAL, width=1)
    points = [xy(p["step"], p["train_loss"]) for p in curve]
    if len(points) > 1:
        draw.line(points, fill=TRAIN, width=2)
    for p in curve:
        if "eval_loss" in p:
            x, y = xy(p["step"], p["eval_loss"])
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=EVAL)
    draw.text((PAD + 8, 10), "— train loss", fill=TRAIN, font=font)
    draw.text((PAD + 120, 10), "● held-out loss   - - base model held-out", fill=EVAL, font=font)
    save_keyed_png(img, path, key)

"""1200×630 social cards (Open Graph / Twitter image): one per bot (avatars, names, @handles, one
prediction and a visible "AI-generated" label) and one for the gallery (title, description, the
bots' avatars).

User text is drawn as pixels, so nothing needs escaping here; textdraw draws emoji with the colour
emoji font where there is one, and leaves out what no font can draw rather than draw boxes. A card
is redrawn only when what it shows, its avatars, the fonts or this code change (the inputs'
digest is kept in the PNG's text chunk).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw

from generator import textdraw
from generator.avatar import file_digest, image_key, open_checked, save_keyed_png, stored_key
from generator.textdraw import drawable, font, length

if TYPE_CHECKING:
    from generator.pages import BotView
    from generator.settings import SiteSettings

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
AVATAR_HEIGHT = 200
TOP, BOTTOM = (49, 27, 146), (94, 53, 177)  # the gallery's deep purple, darker at the top
TEXT, MUTED = (255, 255, 255), (209, 196, 233)
ACCENT, ON_ACCENT = (255, 193, 7), (33, 33, 33)  # the gallery's amber
LABEL = "AI-GENERATED"
GALLERY_AVATARS = 6  # bots shown on the gallery's card, at most
TEXTDRAW = Path(textdraw.__file__)


def ellipsize(text: str, f, width: int) -> str:
    return textdraw.ellipsize(text, f, width)


def fit(text: str, width: int, sizes: range, bold: bool) -> tuple[str, object]:
    """The largest of `sizes` at which `text` fits on one line; cut with … at the smallest."""
    for size in sizes:
        f = font(size, bold)
        line = drawable(text, f)
        if length(line, f) <= width:
            return line, f
    return ellipsize(line, f, width), f


def wrap(text: str, f, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines; the last is cut with … if text remains."""
    lines: list[str] = []
    current = ""
    words = drawable(text, f).split(" ")
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if length(candidate, f) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while length(current, f) > width:  # a word longer than a line: break it between clusters
            parts = textdraw.clusters(current)
            cut = len(parts)
            while cut > 1 and length("".join(parts[:cut]), f) > width:
                cut -= 1
            lines.append("".join(parts[:cut]))
            current = "".join(parts[cut:])
        if len(lines) >= max_lines:
            rest = " ".join([current, *words[i + 1 :]]).strip()
            lines = lines[:max_lines]
            lines[-1] = ellipsize(f"{lines[-1]} {rest}", f, width)
            return lines
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [ellipsize(" ".join(lines[max_lines - 1 :]), f, width)]
    return lines


def background() -> Image.Image:
    return _gradient().copy()  # a fresh copy to draw on


@cache  # the same for every card: draw it once (6 ms of a card's 8)
def _gradient() -> Image.Image:
    top, bottom = Image.new("RGB", (WIDTH, HEIGHT), TOP), Image.new("RGB", (WIDTH, HEIGHT), BOTTOM)
    mask = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    return Image.composite(bottom, top, mask)


def render(
    names: str, handles: str, kind: str, prediction: str | None, avatars: Image.Image | None, site_title: str
) -> Image.Image:
    img = background()
    draw = ImageDraw.Draw(img)
    inner = WIDTH - 2 * MARGIN

    # The label, top right: always drawn, whatever else is shown.
    label_font = font(30, bold=True)
    pad_x, pad_y = 22, 12
    left, top, right, bottom = draw.textbbox((0, 0), LABEL, font=label_font)
    box_w, box_h = right - left + 2 * pad_x, bottom - top + 2 * pad_y
    x0, y0 = WIDTH - MARGIN - box_w, MARGIN
    draw.rounded_rectangle((x0, y0, x0 + box_w, y0 + box_h), radius=box_h // 2, fill=ACCENT)
    draw.text((x0 + pad_x - left, y0 + pad_y - top), LABEL, font=label_font, fill=ON_ACCENT)
    kind_font = font(28, bold=True)
    draw.text((WIDTH - MARGIN, y0 + box_h + 18), kind, font=kind_font, fill=TEXT, anchor="ra")

    # Avatars, top left, at most as wide as what the label leaves.
    if avatars is not None:
        scale = min(AVATAR_HEIGHT / avatars.height, (x0 - 2 * MARGIN) / avatars.width)
        size = (max(1, round(avatars.width * scale)), max(1, round(avatars.height * scale)))
        shown = avatars.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
        img.paste(shown, (MARGIN, MARGIN - 8), shown)

    y = MARGIN + AVATAR_HEIGHT + 24
    line, f = fit(names, inner, range(60, 43, -4), bold=True)
    if line.endswith("…"):  # long names (a cyborg's three) take two lines rather than being cut
        f = font(42, bold=True)
        lines = wrap(names, f, inner, 2)
    else:
        lines = [line]
    for text in lines:
        textdraw.draw_text(img, (MARGIN, y), text, f, TEXT)
        y += round(f.size * 1.2)
    y += 2
    line, f = fit(handles, inner, range(30, 21, -2), bold=False)
    textdraw.draw_text(img, (MARGIN, y), line, f, MUTED)
    y += f.size + 30

    footer_y = HEIGHT - MARGIN + 14
    f = font(32)
    line_h = round(f.size * 1.3)
    if prediction:
        lines = wrap(f"“{prediction}”", f, inner - 28, max(1, (footer_y - 28 - y) // line_h))
    else:
        lines = ["(no predictions yet)"]
    draw.rectangle((MARGIN, y + 4, MARGIN + 5, y + line_h * len(lines) - 8), fill=ACCENT)
    for i, text in enumerate(lines):
        textdraw.draw_text(img, (MARGIN + 28, y + i * line_h), text, f, TEXT)

    small = font(22)
    textdraw.draw_text(img, (MARGIN, footer_y), ellipsize(site_title, small, inner // 2), small, MUTED, "ls")
    note = "Written by a language model, not by the people named"
    draw.text((WIDTH - MARGIN, footer_y), note, font=small, fill=MUTED, anchor="rs")
    return img


def write(view: BotView, out_dir: Path, site_title: str) -> str:
    """Write `<bot>-social.png` into `out_dir` (from the page avatar already there); its file name."""
    name = f"{view.id}-social.png"
    avatar_path = out_dir / view.avatar_file
    avatar_digest = file_digest(avatar_path)
    parts = (view.names, view.handles, view.kind, view.prediction, site_title, avatar_digest)
    key = image_key(*parts, file_digest(TEXTDRAW), textdraw.fonts_key(), code=__file__)
    if stored_key(out_dir / name) == key:
        return name
    avatars = open_checked(avatar_path) if avatar_digest else None
    img = render(view.names, view.handles, view.kind, view.prediction, avatars, site_title)
    save_keyed_png(img, out_dir / name, key)
    return name


def render_gallery(title: str, description: str, counts: str, avatars: list[Image.Image]) -> Image.Image:
    """The gallery's own card: its title, description, how many bots, and a row of their avatars."""
    img = background()
    inner = WIDTH - 2 * MARGIN
    y = MARGIN
    line, f = fit(title, inner, range(72, 47, -4), bold=True)
    lines = [line] if not line.endswith("…") else wrap(title, font(48, bold=True), inner, 2)
    f = f if len(lines) == 1 else font(48, bold=True)
    for text in lines:
        textdraw.draw_text(img, (MARGIN, y), text, f, TEXT)
        y += round(f.size * 1.2)
    y += 12
    f = font(32)
    for text in wrap(description, f, inner, 3 if avatars else 6):
        textdraw.draw_text(img, (MARGIN, y), text, f, MUTED)
        y += round(f.size * 1.3)

    row_height = 150
    row_top = HEIGHT - MARGIN - 40 - row_height
    x = MARGIN
    for avatar_img in avatars:
        scale = row_height / avatar_img.height
        size = (max(1, round(avatar_img.width * scale)), row_height)
        if x + size[0] > WIDTH - MARGIN:
            break
        shown = avatar_img.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
        img.paste(shown, (x, row_top), shown)
        x += size[0] + 28

    footer_y = HEIGHT - MARGIN + 14
    small = font(22)
    textdraw.draw_text(img, (MARGIN, footer_y), counts, small, MUTED, "ls")
    note = "Small language models: everything they write is AI-generated"
    textdraw.draw_text(img, (WIDTH - MARGIN, footer_y), note, small, MUTED, "rs")
    return img


def write_gallery(views: list[BotView], out_dir: Path, settings: SiteSettings) -> str:
    """Write the gallery's card (`gallery-social.png`) from the bots' gallery avatars; its name."""
    from generator.pages import GALLERY_CARD

    cyborgs = sum(len(v.accounts) > 1 for v in views)
    counts = f"{len(views)} bot{'s' if len(views) != 1 else ''}" + (
        f", {cyborgs} of them AI CYBORG{'s' if cyborgs != 1 else ''}" if cyborgs else ""
    )
    shown = [out_dir / v.card_file for v in views[:GALLERY_AVATARS]]
    digests = [file_digest(p) for p in shown]
    key = image_key(
        settings.title,
        settings.description,
        counts,
        digests,
        file_digest(TEXTDRAW),
        textdraw.fonts_key(),
        code=__file__,
    )
    if stored_key(out_dir / GALLERY_CARD) == key:
        return GALLERY_CARD
    avatars = [img for p, d in zip(shown, digests, strict=True) if d and (img := open_checked(p)) is not None]
    save_keyed_png(
        render_gallery(settings.title, settings.description, counts, avatars), out_dir / GALLERY_CARD, key
    )
    return GALLERY_CARD

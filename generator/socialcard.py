"""A 1200×630 social card per bot (Open Graph / Twitter image): avatars, names, @handles, one
prediction and a visible "AI-generated" label.

User text is drawn as pixels, so nothing needs escaping here; characters the font has no glyph for
(emoji, mostly) are left out rather than drawn as boxes. A card is redrawn only when what it shows,
its avatars or this module change (the inputs' digest is kept in the PNG's text chunk).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont

from generator.avatar import file_digest, image_key, open_checked, save_keyed_png, stored_key

if TYPE_CHECKING:
    from generator.pages import BotView

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
AVATAR_HEIGHT = 200
TOP, BOTTOM = (49, 27, 146), (94, 53, 177)  # the gallery's deep purple, darker at the top
TEXT, MUTED = (255, 255, 255), (209, 196, 233)
ACCENT, ON_ACCENT = (255, 193, 7), (33, 33, 33)  # the gallery's amber
LABEL = "AI-GENERATED"
KEY = "htsite-card-key"

# System fonts with wide coverage when present; otherwise Pillow's bundled font.
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation", "/Library/Fonts")
REGULAR = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf")
BOLD = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf")
NO_GLYPH = "\U0010fffd"  # a private-use code point no font draws: its mask is the font's "missing" box


def _font_path(bold: bool) -> str | None:
    for name in BOLD if bold else REGULAR:
        for folder in FONT_DIRS:
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    return None


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = _font_path(bold)
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def _pixels(f: ImageFont.FreeTypeFont, ch: str) -> tuple:
    left, top, right, bottom = f.getbbox(ch)
    size = (max(1, right - left), max(1, bottom - top))
    img = Image.new("L", size)
    ImageDraw.Draw(img).text((-left, -top), ch, font=f, fill=255)
    return size, img.tobytes()


@cache
def _missing(f: ImageFont.FreeTypeFont) -> tuple:
    return _pixels(f, NO_GLYPH)


@cache
def _has_glyph(f: ImageFont.FreeTypeFont, ch: str) -> bool:
    if ch.isspace():
        return True
    try:
        return _pixels(f, ch) != _missing(f)
    except (OSError, ValueError):
        return False


def drawable(text: str, f: ImageFont.FreeTypeFont) -> str:
    """`text` on one line, without characters `f` cannot draw."""
    text = "".join(ch for ch in " ".join(str(text).split()) if _has_glyph(f, ch))
    return " ".join(text.split())


def ellipsize(text: str, f: ImageFont.FreeTypeFont, width: int) -> str:
    if f.getlength(text) <= width:
        return text
    while text and f.getlength(text.rstrip() + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit(text: str, width: int, sizes: range, bold: bool) -> tuple[str, ImageFont.FreeTypeFont]:
    """The largest of `sizes` at which `text` fits on one line; cut with … at the smallest."""
    for size in sizes:
        f = font(size, bold)
        line = drawable(text, f)
        if f.getlength(line) <= width:
            return line, f
    return ellipsize(line, f, width), f


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines; the last is cut with … if text remains."""
    lines: list[str] = []
    current = ""
    words = drawable(text, f).split(" ")
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if f.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while f.getlength(current) > width:  # a word longer than a line: break it anywhere
            cut = len(current)
            while cut > 1 and f.getlength(current[:cut]) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
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
        draw.text((MARGIN, y), text, font=f, fill=TEXT)
        y += round(f.size * 1.2)
    y += 2
    line, f = fit(handles, inner, range(30, 21, -2), bold=False)
    draw.text((MARGIN, y), line, font=f, fill=MUTED)
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
        draw.text((MARGIN + 28, y + i * line_h), text, font=f, fill=TEXT)

    small = font(22)
    title = ellipsize(drawable(site_title, small), small, inner // 2)
    draw.text((MARGIN, footer_y), title, font=small, fill=MUTED, anchor="ls")
    note = "Written by a language model, not by the people named"
    draw.text((WIDTH - MARGIN, footer_y), note, font=small, fill=MUTED, anchor="rs")
    return img


def write(view: BotView, out_dir: Path, site_title: str) -> str:
    """Write `<bot>-social.png` into `out_dir` (from the page avatar already there); its file name."""
    name = f"{view.id}-social.png"
    avatar_path = out_dir / view.avatar_file
    avatar_digest = file_digest(avatar_path)
    parts = (view.names, view.handles, view.kind, view.prediction, site_title, avatar_digest)
    key = image_key(*parts, code=__file__)
    if stored_key(out_dir / name) == key:
        return name
    avatars = open_checked(avatar_path) if avatar_digest else None
    img = render(view.names, view.handles, view.kind, view.prediction, avatars, site_title)
    save_keyed_png(img, out_dir / name, key)
    return name

"""Text drawn into PNGs (social cards, the style matrix): people's names exactly as written.

A line is split into grapheme clusters. Each is drawn with the text font when it has the glyphs,
else with the colour emoji font (Noto Color Emoji on Debian: `fonts-noto-color-emoji`) scaled to
the text's size, else left out: a name never shows a missing-glyph box, and a machine without the
emoji font draws the rest of the name, cleanly spaced. User text is pixels here: nothing to escape.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# System fonts with wide coverage when present; otherwise Pillow's bundled font.
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation", "/Library/Fonts")
REGULAR = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf")
BOLD = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf")
EMOJI_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",
    "/System/Library/Fonts/Apple Color Emoji.ttc",
)
EMOJI_SIZE = 109  # the one size Noto Color Emoji's bitmaps come in; scaled to the text's size
NO_GLYPH = "\U0010fffd"  # a private-use code point no font draws: its mask is the font's "missing" box
ZWJ, VS15, VS16, KEYCAP = "\u200d", "\ufe0e", "\ufe0f", "\u20e3"


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


@cache
def emoji_font() -> ImageFont.FreeTypeFont | None:
    for path in EMOJI_FONTS:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, EMOJI_SIZE)
            except OSError:
                continue
    return None


def fonts_key() -> str:
    """Which fonts draw text here (a card drawn before the emoji font was installed is redrawn)."""
    paths = [_font_path(False), _font_path(True), next((p for p in EMOJI_FONTS if Path(p).is_file()), None)]
    return hashlib.sha256(repr(paths).encode()).hexdigest()[:16]


# -- clusters and glyphs ------------------------------------------------------------------------
def _joins_previous(ch: str, previous: str) -> bool:
    cp = ord(ch)
    return (
        previous == ZWJ
        or ch in (ZWJ, VS15, VS16, KEYCAP)
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or unicodedata.combining(ch) != 0
    )


def clusters(text: str) -> list[str]:
    """Grapheme clusters, enough for names: combining marks, emoji ZWJ sequences, skin tones,
    variation selectors, keycaps and regional-indicator flags stay together."""
    out: list[str] = []
    for ch in text:
        regional = 0x1F1E6 <= ord(ch) <= 0x1F1FF
        if out and _joins_previous(ch, out[-1][-1]):
            out[-1] += ch
        elif out and regional and len(out[-1]) == 1 and 0x1F1E6 <= ord(out[-1]) <= 0x1F1FF:
            out[-1] += ch  # the second letter of a flag
        else:
            out.append(ch)
    return out


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
def has_glyphs(f: ImageFont.FreeTypeFont, cluster: str) -> bool:
    """Whether the text font draws every visible character of `cluster` (not its missing box)."""
    if cluster.isspace():
        return True
    if VS16 in cluster or any(ord(c) >= 0x1F000 for c in cluster):
        return False  # emoji presentation: the emoji font's business
    try:
        return all(_pixels(f, c) != _missing(f) for c in cluster if not unicodedata.combining(c))
    except (OSError, ValueError):
        return False


@cache
def emoji_glyph(cluster: str) -> Image.Image | None:
    """The cluster drawn by the emoji font at its native size, baseline at EMOJI_ASCENT; or None."""
    ef = emoji_font()
    if ef is None or cluster.isspace():
        return None
    ascent, descent = ef.getmetrics()
    width = max(1, round(ef.getlength(cluster)))
    img = Image.new("RGBA", (width, ascent + descent), (0, 0, 0, 0))
    try:
        ImageDraw.Draw(img).text((0, ascent), cluster, font=ef, anchor="ls", embedded_color=True)
    except (OSError, ValueError):
        return None
    return img if img.getbbox() else None


def _scale(f: ImageFont.FreeTypeFont) -> float:
    return f.size / EMOJI_SIZE


def pieces(text: str, f: ImageFont.FreeTypeFont) -> list[tuple[str, bool]]:
    """(run, is_emoji) pieces of `text` on one line; clusters no font draws are dropped, and so
    is the space they leave doubled."""
    kept: list[tuple[str, bool]] = []
    for cluster in clusters(" ".join(str(text).split())):
        if has_glyphs(f, cluster):
            kept.append((cluster, False))
        elif emoji_glyph(cluster) is not None:
            kept.append((cluster, True))
        elif VS16 in cluster and has_glyphs(f, plain := cluster.replace(VS16, "")):
            kept.append((plain, False))  # ❤️ without an emoji font: the text heart
    tidy: list[tuple[str, bool]] = []
    for i, (cluster, is_emoji) in enumerate(kept):
        if cluster == " " and (not tidy or tidy[-1][0].endswith(" ") or i == len(kept) - 1):
            continue
        if tidy and not is_emoji and not tidy[-1][1]:
            tidy[-1] = (tidy[-1][0] + cluster, False)
        else:
            tidy.append((cluster, is_emoji))
    if tidy and not tidy[-1][1]:
        tidy[-1] = (tidy[-1][0].rstrip(), False)
    return [p for p in tidy if p[0]]


def drawable(text: str, f: ImageFont.FreeTypeFont) -> str:
    """`text` on one line, without what no font can draw, spaces tidied where it was."""
    return " ".join("".join(run for run, _ in pieces(text, f)).split())


def length(text: str, f: ImageFont.FreeTypeFont) -> float:
    total = 0.0
    for run, is_emoji in pieces(text, f):
        total += emoji_glyph(run).width * _scale(f) if is_emoji else f.getlength(run)
    return total


def draw_text(
    img: Image.Image, xy: tuple[float, float], text: str, f: ImageFont.FreeTypeFont, fill, anchor: str = "la"
) -> None:
    """Draw one line. Anchors: l/r (left, right) × a/s (top of the ascender, baseline)."""
    x, y = xy
    if anchor[0] == "r":
        x -= length(text, f)
    baseline = y if anchor[1] == "s" else y + f.getmetrics()[0]
    draw = ImageDraw.Draw(img)
    scale = _scale(f)
    for run, is_emoji in pieces(text, f):
        if is_emoji:
            glyph = emoji_glyph(run)
            ascent = emoji_font().getmetrics()[0]
            size = (max(1, round(glyph.width * scale)), max(1, round(glyph.height * scale)))
            shown = glyph.resize(size, Image.Resampling.LANCZOS)
            img.paste(shown, (round(x), round(baseline - ascent * scale)), shown)
            x += glyph.width * scale
        else:
            draw.text((x, baseline), run, font=f, fill=fill, anchor="ls")
            x += f.getlength(run)


def ellipsize(text: str, f: ImageFont.FreeTypeFont, width: float) -> str:
    """`text` cut at a cluster boundary, with …, to fit `width`."""
    text = drawable(text, f)
    if length(text, f) <= width:
        return text
    parts = clusters(text)
    while parts and length("".join(parts).rstrip() + "…", f) > width:
        parts.pop()
    return "".join(parts).rstrip() + "…"

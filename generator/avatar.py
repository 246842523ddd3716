"""Circular avatar thumbnails, side by side for cyborgs, with an initials fallback.

Edges are anti-aliased by drawing the circle mask at 4× and downsampling. An image is never
decoded before its declared size is checked (a "decompression bomb" falls back to initials).
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import json
import logging
import re
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont, PngImagePlugin, UnidentifiedImageError

log = logging.getLogger(__name__)

MAX_PIXELS = 40_000_000  # a sane avatar is far smaller; bigger ones are refused unread
SUPERSAMPLE = 4
PAGE_SIZE = 384  # px per avatar on a bot page (192 css px at 2× for retina screens)
CARD_SIZE = 192  # px per avatar on a gallery card (96 css px at 2×)
OVERLAP = 0.18  # of a circle's width, overlap between neighbours in a cyborg composite


class ImageRefused(ValueError):
    """An avatar that is not read: unreadable, or declaring more pixels than an avatar has."""


def read_checked(path) -> Image.Image:
    """The image at `path` (a file, or a binary file object) decoded, RGBA, its format in
    `.info["format"]`; `ImageRefused` saying why if it is unreadable or declares too many pixels.
    The size is checked before anything is decoded."""
    try:
        with Image.open(path) as probe:  # reads the header only
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise ImageRefused(f"declares {width}x{height} pixels")
            probe.load()
            img = probe.convert("RGBA")
            img.info["format"] = probe.format
            return img
    except ImageRefused:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own limit, checked as it opens: far bigger
        found = re.search(r"\((\d+) pixels\)", str(exc))
        pixels = f"{int(found.group(1)):,}" if found else f"over {Image.MAX_IMAGE_PIXELS * 2:,}"
        raise ImageRefused(f"declares {pixels} pixels") from None
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise ImageRefused(f"unreadable ({exc})") from None


def open_checked(path: Path) -> Image.Image | None:
    """The image at `path`, or None (with a warning) if it is unreadable or declares too many pixels."""
    try:
        return read_checked(path)
    except ImageRefused as exc:
        log.warning("%s: avatar %s; using initials", path, exc)
        return None


def colour_for(handle: str) -> tuple[int, int, int]:
    """A stable, mid-dark colour derived from the handle (white initials stay readable on it)."""
    digest = hashlib.sha256(handle.lower().encode()).digest()

    r, g, b = colorsys.hls_to_rgb(digest[0] / 255, 0.38 + digest[1] / 255 * 0.1, 0.45 + digest[2] / 255 * 0.3)
    return int(r * 255), int(g * 255), int(b * 255)


def initials_of(name: str, handle: str) -> str:
    words = [w for w in "".join(c if c.isalnum() else " " for c in name).split() if w]
    letters = "".join(w[0] for w in words[:2]) or handle[:2]
    return letters.upper()


def initials_image(name: str, handle: str, size: int) -> Image.Image:
    img = Image.new("RGBA", (size, size), colour_for(handle) + (255,))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=int(size * 0.42))
    text = initials_of(name, handle)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(
        ((size - (right - left)) / 2 - left, (size - (bottom - top)) / 2 - top), text, font=font, fill="white"
    )
    return img


def square(img: Image.Image) -> Image.Image:
    side = min(img.size)
    left, top = (img.width - side) // 2, (img.height - side) // 2
    return img.crop((left, top, left + side, top + side))


def circle(img: Image.Image, size: int) -> Image.Image:
    """`img` cropped to a centred square and masked to a smooth circle of `size` px."""
    img = img if img.mode == "RGBA" else img.convert("RGBA")  # RGB, L, P… have no alpha channel
    big = size * SUPERSAMPLE
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    mask = mask.resize((size, size), Image.Resampling.LANCZOS)
    out = square(img).resize((size, size), Image.Resampling.LANCZOS)
    out.putalpha(ImageChops.multiply(out.getchannel("A"), mask))  # keep the source's own transparency
    return out


def avatar_circle(path: Path | None, name: str, handle: str, size: int) -> Image.Image:
    """The circle for one person; callers compose copies and never draw on it."""
    try:
        stamp = (path.stat().st_mtime_ns, path.stat().st_size) if path else None
    except OSError:
        stamp = None
    return _circle(path, stamp, name, handle, size)


@functools.lru_cache(maxsize=256)  # an account appears in several bots (its own and cyborgs)
def _circle(path: Path | None, stamp: tuple | None, name: str, handle: str, size: int) -> Image.Image:
    img = open_checked(path) if path else None
    return circle(img if img is not None else initials_image(name, handle, size), size)


def compose(circles: list[Image.Image]) -> Image.Image:
    """Circles side by side, overlapping a little, like the huggingtweets cyborg header."""
    size = circles[0].height
    step = int(size * (1 - OVERLAP))
    canvas = Image.new("RGBA", (size + step * (len(circles) - 1), size), (0, 0, 0, 0))
    for i, img in enumerate(circles):
        canvas.alpha_composite(img, (i * step, 0))
    return canvas


def save_png(img: Image.Image, path: Path, pnginfo: PngImagePlugin.PngInfo | None = None) -> None:
    """Write a PNG atomically (temp file, then rename). Pillow's default zlib level: `optimize=True`
    saves under 1 % of the bytes on these images at about 5× the time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=f".{path.stem}-", suffix=".png", delete=False
    ) as fh:
        try:
            img.save(fh, format="PNG", pnginfo=pnginfo)
        except BaseException:
            fh.close()
            Path(fh.name).unlink(missing_ok=True)
            raise
    Path(fh.name).chmod(0o644)  # a temp file is private (0600); the site's files are for anyone
    Path(fh.name).replace(path)


KEY = "htsite-key"  # a PNG text chunk: what the image was drawn from


def image_key(*parts, code: str) -> str:
    """A digest of what an image shows and of the code (a module's file) that draws it."""
    source = hashlib.sha256(Path(code).read_bytes()).hexdigest()
    return hashlib.sha256(json.dumps([*parts, source], default=str).encode()).hexdigest()


def stored_key(path: Path) -> str | None:
    try:
        with Image.open(path) as img:  # text chunks come before the image data: nothing is decoded
            return img.info.get(KEY)
    except (OSError, ValueError):
        return None


def save_keyed_png(img: Image.Image, path: Path, key: str) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text(KEY, key)
    save_png(img, path, info)


def file_digest(path: Path | None) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path else None
    except OSError:
        return None


def bot_avatars(people: list[tuple[Path | None, str, str]], out_dir: Path, bot_id: str) -> dict[str, str]:
    """Write `<bot>.png` (page) and `<bot>-card.png` (gallery) for people = [(avatar, name, handle)].
    An image whose inputs did not change is left as it is (a rebuild of 1,000 bots redraws nothing)."""
    files = {}
    sources = [(file_digest(path), name, handle) for path, name, handle in people]
    for label, size in (("page", PAGE_SIZE), ("card", CARD_SIZE)):
        filename = f"{bot_id}.png" if label == "page" else f"{bot_id}-card.png"
        key = image_key(sources, size, code=__file__)
        if stored_key(out_dir / filename) != key:
            img = compose([avatar_circle(path, name, handle, size) for path, name, handle in people])
            save_keyed_png(img, out_dir / filename, key)
        files[label] = filename
    return files

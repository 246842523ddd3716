"""Avatars: smooth circles, cyborg composites, initials fallback, and images that are never decoded."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from generator import avatar


def png_bytes(size=(16, 16), colour=(30, 140, 90)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def bomb_png(width: int, height: int) -> bytes:
    """A real tiny PNG whose IHDR claims width × height (CRC fixed, so the header is valid)."""
    data = bytearray(png_bytes())
    assert data[12:16] == b"IHDR"  # 8-byte signature, 4-byte length, then the chunk type
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.fixture
def no_decode(monkeypatch):
    """Fail the test if any image data gets decoded."""
    calls = []

    def spy(self, *args, **kwargs):
        calls.append(self)
        raise AssertionError("image data was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    return calls


def alpha(img: Image.Image, x: int, y: int) -> int:
    return img.getpixel((x, y))[3]


# -- circles -------------------------------------------------------------------------------------


def test_circle_is_rgba_with_transparent_corners_and_smooth_edge():
    src = Image.new("RGBA", (120, 80), (200, 30, 30, 255))  # not square: centre-cropped first
    out = avatar.circle(src, 64)
    assert out.mode == "RGBA" and out.size == (64, 64)
    for x, y in ((0, 0), (63, 0), (0, 63), (63, 63)):
        assert alpha(out, x, y) == 0
    assert alpha(out, 32, 32) == 255
    assert out.getpixel((32, 32))[:3] == (200, 30, 30)
    alphas = list(out.getchannel("A").tobytes())
    partial = [a for a in alphas if 0 < a < 255]
    assert len(partial) >= 20, "edge should be anti-aliased"
    # Roughly a disc: π/4 of the square is opaque-ish.
    coverage = sum(alphas) / 255 / (64 * 64)
    assert 0.74 < coverage < 0.83


def test_circle_keeps_source_transparency():
    src = Image.new("RGBA", (40, 40), (0, 0, 255, 0))
    assert avatar.circle(src, 32).getchannel("A").getextrema() == (0, 0)


def test_square_crops_centre():
    src = Image.new("RGB", (100, 40))
    src.paste((255, 0, 0), (30, 0, 70, 40))  # the centre 40 columns are red
    sq = avatar.square(src)
    assert sq.size == (40, 40)
    assert sq.getcolors() == [(1600, (255, 0, 0))]


@pytest.mark.parametrize("n", [1, 2, 3])
def test_compose(n):
    size = 100
    colours = [(255, 0, 0, 255), (0, 255, 0, 255), (0, 0, 255, 255)]
    circles = [avatar.circle(Image.new("RGBA", (size, size), colours[i]), size) for i in range(n)]
    out = avatar.compose(circles)
    step = int(size * (1 - avatar.OVERLAP))
    assert out.mode == "RGBA"
    assert out.size == (size + step * (n - 1), size)
    assert alpha(out, 0, 0) == 0 and alpha(out, out.width - 1, 0) == 0
    for i in range(n):  # each circle's centre shows its own colour
        assert out.getpixel((i * step + size // 2, size // 2)) == colours[i]
    if n > 1:  # later circles are drawn over earlier ones where they overlap
        assert out.getpixel((step + 2, size // 2)) == colours[1]


# -- initials ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "handle", "letters"),
    [
        ("Ada Lovelace", "ada", "AL"),
        ("Ada Augusta King Lovelace", "ada", "AA"),
        ("cher", "cher", "C"),
        ("", "xy_z", "XY"),
        ("<script>alert(1)</script>", "h", "SA"),
        ("🙂 ✨", "zed", "ZE"),
    ],
)
def test_initials_of(name, handle, letters):
    assert avatar.initials_of(name, handle) == letters


def test_colour_for_is_stable_and_case_insensitive():
    assert avatar.colour_for("Ada") == avatar.colour_for("ada")
    assert avatar.colour_for("ada") != avatar.colour_for("bob")
    assert all(0 <= c <= 255 for c in avatar.colour_for("ada"))


def test_initials_fallback_when_no_path():
    out = avatar.avatar_circle(None, "Ada Lovelace", "ada", 96)
    assert out.mode == "RGBA" and out.size == (96, 96)
    assert alpha(out, 0, 0) == 0 and alpha(out, 48, 48) == 255
    colours = {rgb for _, rgb in out.convert("RGB").getcolors(96 * 96)}
    assert avatar.colour_for("ada") in colours  # the background colour
    assert (255, 255, 255) in colours  # the white letters
    assert out.tobytes() == avatar.circle(avatar.initials_image("Ada Lovelace", "ada", 96), 96).tobytes()


def test_real_avatar_used(tmp_path):
    path = tmp_path / "face.png"
    path.write_bytes(png_bytes((40, 30), (10, 200, 220)))
    out = avatar.avatar_circle(path, "Ada", "ada", 32)
    assert out.getpixel((16, 16)) == (10, 200, 220, 255)


# -- images that must not be decoded ------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(100_000, 100_000), (8_000, 8_000), (1, 50_000_000)])
def test_decompression_bomb_never_decoded(tmp_path, no_decode, width, height):
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(width, height))
    assert path.stat().st_size < 200
    assert avatar.open_checked(path) is None
    assert no_decode == []


def test_decompression_bomb_falls_back_to_initials(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(100_000, 100_000))
    out = avatar.avatar_circle(path, "Ada Lovelace", "ada", 64)
    assert out.tobytes() == avatar.avatar_circle(None, "Ada Lovelace", "ada", 64).tobytes()


def test_bomb_header_is_really_read_as_that_size(tmp_path):
    """Guards the crafted file itself: Pillow sees the patched size (PIL's own limit aside)."""
    path = tmp_path / "big.png"
    path.write_bytes(bomb_png(8_000, 8_000))
    with Image.open(path) as img:
        assert img.size == (8_000, 8_000)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"this is not an image at all",
        png_bytes()[:40],  # header fine, data cut off
        png_bytes()[:8] + b"\x00" * 64,  # signature, then garbage
    ],
    ids=["empty", "text", "truncated", "garbage"],
)
def test_corrupt_file_falls_back(tmp_path, content):
    path = tmp_path / "avatar.png"
    path.write_bytes(content)
    assert avatar.open_checked(path) is None
    out = avatar.avatar_circle(path, "Bo Jo", "bo", 48)
    assert out.tobytes() == avatar.avatar_circle(None, "Bo Jo", "bo", 48).tobytes()


def test_missing_file_falls_back(tmp_path):
    assert avatar.open_checked(tmp_path / "nope.png") is None


# -- files ---------------------------------------------------------------------------------------


def test_bot_avatars_writes_two_pngs(tmp_path):
    face = tmp_path / "face.png"
    face.write_bytes(png_bytes((50, 50), (250, 200, 0)))
    out_dir = tmp_path / "out" / "generated"  # created on demand
    people: list[tuple[Path | None, str, str]] = [(face, "Ada", "ada"), (None, "Bo Jo", "bo")]
    files = avatar.bot_avatars(people, out_dir, "ada-bo")
    assert files == {"page": "ada-bo.png", "card": "ada-bo-card.png"}
    assert sorted(p.name for p in out_dir.iterdir()) == ["ada-bo-card.png", "ada-bo.png"]  # no temp files
    for name, size in ((files["page"], avatar.PAGE_SIZE), (files["card"], avatar.CARD_SIZE)):
        with Image.open(out_dir / name) as img:
            assert img.format == "PNG" and img.mode == "RGBA"
            assert img.size == (size + int(size * (1 - avatar.OVERLAP)), size)


def test_bot_avatars_overwrites(tmp_path):
    avatar.bot_avatars([(None, "Ada", "ada")], tmp_path, "ada")
    avatar.bot_avatars([(None, "Ada", "ada"), (None, "Bo", "bo")], tmp_path, "ada")
    with Image.open(tmp_path / "ada.png") as img:
        assert img.width > img.height


@pytest.mark.parametrize("mode", ["RGB", "L", "P", "LA", "CMYK"])
def test_circle_accepts_any_mode(mode):
    src = Image.new("RGB", (50, 40), (200, 30, 30)).convert(mode)
    out = avatar.circle(src, 32)
    assert out.mode == "RGBA" and out.size == (32, 32)
    assert alpha(out, 0, 0) == 0 and alpha(out, 16, 16) == 255


def test_rgb_jpeg_avatar_used(tmp_path):
    path = tmp_path / "face.jpg"
    Image.new("RGB", (64, 48), (10, 200, 220)).save(path, format="JPEG", quality=95)
    out = avatar.avatar_circle(path, "Ada", "ada", 32)
    r, g, b, a = out.getpixel((16, 16))
    assert a == 255 and abs(r - 10) + abs(g - 200) + abs(b - 220) < 12


def test_save_png_is_atomic_and_readable_by_all(tmp_path):
    path = tmp_path / "out.png"
    avatar.save_png(Image.new("RGBA", (8, 8)), path)
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]
    assert path.stat().st_mode & 0o777 == 0o644


def test_save_png_failure_leaves_nothing(tmp_path):
    class Broken(Image.Image):
        def save(self, *args, **kwargs):
            raise OSError("disk full")

    with pytest.raises(OSError):
        avatar.save_png(Broken(), tmp_path / "out.png")
    assert list(tmp_path.iterdir()) == []

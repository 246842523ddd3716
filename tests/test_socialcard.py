"""Social cards: the 1200×630 PNG per bot, redrawn only when needed, and the Open Graph / Twitter
meta tags that the theme override (overrides/main.html) writes from a page's front matter."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from generator import avatar, socialcard, textdraw
from generator.pages import AccountRow, BotView, yaml_scalar
from generator.scaffold import SKELETON, scaffold
from generator.site import build_site

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<script>alert(1)</script> \"q\" & 'a' {{ 7*7 }} ](javascript:x)"


def bot(names: list[str], prediction: str | None = "My dream is to bake", **kw) -> BotView:
    rows = [
        AccountRow(handle=f"h{i}", name=n, format="csv", downloaded=9, retweets=1, short=1, kept=7)
        for i, n in enumerate(names)
    ]
    return BotView(
        id=kw.pop("id", "ada"),
        accounts=rows,
        metrics={},
        predictions=[{"text": prediction}] if prediction else [],
        avatar_file=kw.pop("avatar_file", "ada.png"),
        card_file="ada-card.png",
        **kw,
    )


def has_colour(img: Image.Image, box: tuple[int, int, int, int], colour: tuple[int, int, int]) -> bool:
    return any(rgb == colour for _, rgb in img.crop(box).getcolors(1_000_000))


# -- the picture ---------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3])
def test_render_size_label_and_avatars(n):
    people = [(None, f"Person {i}", f"p{i}") for i in range(n)]
    avatars = avatar.compose([avatar.avatar_circle(*p, avatar.PAGE_SIZE) for p in people])
    img = socialcard.render("A & B", "@a @b", "AI CYBORG", "My dream is", avatars, "Gallery")
    assert img.size == (1200, 630) and img.mode == "RGB"
    w, m = socialcard.WIDTH, socialcard.MARGIN
    assert has_colour(img, (w // 2, 0, w, m + 60), socialcard.ACCENT)  # the AI-GENERATED label
    assert has_colour(img, (w // 2, 0, w, m + 60), socialcard.ON_ACCENT)  # its lettering
    # Each avatar's initials colour shows in the top-left band, none past the label.
    for _, _, handle in people:
        assert has_colour(img, (0, 0, w - 300, m + socialcard.AVATAR_HEIGHT), avatar.colour_for(handle))


def test_render_without_avatar_or_prediction_and_with_hostile_text():
    names = " ".join([HOSTILE] * 6) + " 🌊 日本語"
    img = socialcard.render(names, "@" + "x" * 300, "AI BOT", None, None, HOSTILE)
    assert img.size == (1200, 630)


def test_drawable_keeps_emoji_where_a_font_draws_them_and_drops_the_rest():
    f = socialcard.font(40, bold=True)
    emoji = textdraw.emoji_font() is not None
    assert socialcard.drawable("Mara  Quillfeather 🌊\n", f) == (
        "Mara Quillfeather 🌊" if emoji else "Mara Quillfeather"
    )
    assert socialcard.drawable("Ines Ferreira-Holt 🥐 & Otto", f) == (
        "Ines Ferreira-Holt 🥐 & Otto" if emoji else "Ines Ferreira-Holt & Otto"
    )
    assert socialcard.drawable("Café", f) == "Café"
    assert socialcard.drawable("x \U0010fffd y", f) == "x y"  # no font draws it: gone, spaces tidied


def test_wrap_and_ellipsize_stay_inside_the_width():
    f = socialcard.font(32)
    text = "word " * 80 + "x" * 200
    lines = socialcard.wrap(text, f, 600, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(f.getlength(line) <= 600 for line in lines)
    assert socialcard.wrap("short one", f, 600, 3) == ["short one"]
    long_word = socialcard.wrap("y" * 200, f, 300, 2)
    assert len(long_word) == 2 and all(f.getlength(line) <= 300 for line in long_word)
    assert socialcard.ellipsize("fits", f, 600) == "fits"


# -- the file ------------------------------------------------------------------------------------


def test_write_reuses_an_unchanged_card_and_redraws_a_changed_one(tmp_path):
    avatar.bot_avatars([(None, "Ada", "ada")], tmp_path, "ada")
    name = socialcard.write(bot(["Ada"]), tmp_path, "Gallery")
    assert name == "ada-social.png"
    path = tmp_path / name
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size == (1200, 630)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada-card.png", "ada-social.png", "ada.png"]
    os.utime(path, (1, 1))
    socialcard.write(bot(["Ada"]), tmp_path, "Gallery")
    assert path.stat().st_mtime == 1  # same inputs: not redrawn
    socialcard.write(bot(["Ada"], prediction="My dream is new"), tmp_path, "Gallery")
    assert path.stat().st_mtime != 1
    os.utime(path, (1, 1))
    avatar.bot_avatars([(None, "Ada Lovelace", "ada")], tmp_path, "ada")  # new avatar pixels
    socialcard.write(bot(["Ada"], prediction="My dream is new"), tmp_path, "Gallery")
    assert path.stat().st_mtime != 1


def test_write_without_its_avatar_file(tmp_path):
    socialcard.write(bot(["Ada"], avatar_file="missing.png"), tmp_path, "Gallery")
    assert (tmp_path / "ada-social.png").is_file()


# -- the meta tags -------------------------------------------------------------------------------


SITE_NAME = "htsite gallery"


class Shown(HTMLParser):
    """<title>, the header's topic, the h1 and the meta description, as the browser shows them."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.title = self.header = self.h1 = self.description = None
        self._in: str | None = None
        self._depth = 0
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        if tag == "title" or tag == "h1":
            self._in, self._text = tag, ""
        elif (
            tag == "span"
            and self.header is None
            and self._in is None
            and "md-ellipsis" in (a.get("class") or "")
        ):
            self._in, self._text = "span", ""

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        if self._in == tag:
            text = " ".join(self._text.split())
            if tag == "title":
                self.title = text
            elif tag == "h1" and self.h1 is None:
                self.h1 = text
            elif tag == "span" and self.header is None and text != SITE_NAME:
                self.header = text
            self._in = None


class Meta(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, str] = {}
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        key = a.get("property") or a.get("name")
        if tag == "meta" and key and (key.startswith(("og:", "twitter:"))):
            self.tags[key] = a.get("content") or ""


def test_override_is_the_same_in_the_skeleton_and_the_example_site():
    assert (ROOT / "overrides" / "main.html").read_text() == (
        SKELETON / "overrides" / "main.html"
    ).read_text()
    for config in (ROOT / "mkdocs.yml", SKELETON / "mkdocs.yml"):
        assert "custom_dir: overrides" in config.read_text()


@pytest.mark.parametrize("site_url", [None, "https://bots.example.org/gallery/"])
def test_meta_tags_from_front_matter_are_escaped(tmp_path, site_url):
    root = tmp_path / "s"
    scaffold(root)
    if site_url:
        config = root / "mkdocs.yml"
        config.write_text(f"site_url: {site_url}\n" + config.read_text())
    docs = root / "docs"
    (docs / "index.md").write_text("---\ndescription: The gallery.\n---\n\n# Gallery\n")
    (docs / "bots").mkdir()
    (docs / "bots" / "ada.md").write_text(  # front matter as htsite writes it (pages.yaml_scalar)
        f"---\ntitle: {yaml_scalar(HOSTILE)}\ndescription: {yaml_scalar('Posts by Ada & co')}\n"
        "image: assets/generated/ada-social.png\n---\n\nAda's page.\n"
    )
    build_site(root, root / "mkdocs.yml", root / "site")
    page = (root / "site" / "bots" / "ada" / "index.html").read_text()
    meta = Meta(page).tags
    assert meta["og:title"] == meta["twitter:title"] == HOSTILE  # escaped, so it survives intact
    assert meta["og:description"] == "Posts by Ada & co"
    shown = Shown(page)  # what MkDocs-Material itself prints unescaped, decoded as a browser would
    assert shown.title == f"{HOSTILE} - {SITE_NAME}"
    assert shown.header == HOSTILE and shown.h1 == HOSTILE
    assert shown.description == "Posts by Ada & co"
    assert "＆" not in page
    expected = (site_url or "../../") + "assets/generated/ada-social.png"
    assert meta["og:image"] == meta["twitter:image"] == expected
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:image:width"] == "1200" and meta["og:image:height"] == "630"
    assert "<script>alert" not in page
    index = Meta((root / "site" / "index.html").read_text()).tags
    assert index["og:description"] == "The gallery." and index["twitter:card"] == "summary_large_image"
    assert index["og:image"] == (site_url or "") + "assets/generated/gallery-social.png"
    if site_url:
        assert meta["og:url"] == f"{site_url}bots/ada/" and index["og:url"] == site_url

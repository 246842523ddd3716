"""More export formats and hostile input: Bluesky (.car repository exports, saved getAuthorFeed
pages), X and Mastodon archives as .zip, X archive variants, and files that are damaged, lie about
their format, hold bad bytes or huge posts, or link outside the account folder."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import stat
import struct
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from generator.cli import app
from generator.curate import curate
from generator.errors import InputError
from generator.ingest import bluesky, detect_format, load_account, zipped

REPO_ROOT = Path(__file__).resolve().parents[1]
FORMATS = REPO_ROOT / "tests" / "fixtures" / "formats"
FIXTURES = REPO_ROOT / "tests" / "fixtures"
runner = CliRunner()


def shared_formats() -> Path:
    """Real export samples, beside the repository (or under $HTSITE_SHARED); never committed."""
    path = Path(os.environ.get("HTSITE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
    path = path / "formats"
    if not path.is_dir():
        pytest.skip(f"{path} not present")
    return path


def ytd(kind: str, entries: list) -> str:
    return f"window.YTD.{kind}.part0 = {json.dumps(entries, indent=1)}"


def counts(account) -> tuple[int, int, int, int]:
    c = curate(account)
    return c.downloaded, c.retweets, c.short, c.kept


def png_bytes(colour=(30, 140, 90)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buf, format="PNG")
    return buf.getvalue()


def inspect_fails(path: Path, *needles: str) -> str:
    """`htsite inspect PATH` exits 1 with one `error:` line (no traceback) containing `needles`."""
    result = runner.invoke(app, ["inspect", str(path)], env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- a tiny DAG-CBOR / CAR writer, to build fictional Bluesky repositories -------------------------


class Link(bytes):
    """A CID link (CBOR tag 42)."""


def cbor(value) -> bytes:
    def head(major: int, n: int) -> bytes:
        if n < 24:
            return bytes([major << 5 | n])
        for extra, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
            if n < 1 << (8 * struct.calcsize(fmt)):
                return bytes([major << 5 | extra]) + struct.pack(fmt, n)
        raise ValueError(n)

    if value is None:
        return b"\xf6"
    if isinstance(value, bool):
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, Link):
        return b"\xd8\x2a" + head(2, len(value) + 1) + b"\x00" + bytes(value)
    if isinstance(value, bytes):
        return head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode()
        return head(3, len(data)) + data
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):  # DAG-CBOR: keys sorted by length, then bytes
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        return head(5, len(keys)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(value)


def varint(n: int) -> bytes:
    out = b""
    while True:
        low, n = n & 0x7F, n >> 7
        if not n:
            return out + bytes([low])
        out += bytes([low | 0x80])


class Car:
    def __init__(self):
        self.blocks: list[tuple[Link, bytes]] = []

    def put(self, value) -> Link:
        data = cbor(value)
        cid = Link(b"\x01\x71\x12\x20" + hashlib.sha256(data).digest())
        self.blocks.append((cid, data))
        return cid

    def node(self, entries: list[tuple[str, Link, Link | None]], left: Link | None = None) -> Link:
        """An MST node: keys prefix-compressed against the previous key in the node."""
        out, prev = [], b""
        for key, value, right in entries:
            k = key.encode()
            p = 0
            while p < min(len(k), len(prev)) and k[p] == prev[p]:
                p += 1
            out.append({"k": k[p:], "p": p, "t": right, "v": value})
            prev = k
        return self.put({"e": out, "l": left})

    def write(self, path: Path, root: Link) -> Path:
        header = cbor({"roots": [root], "version": 1})
        body = b"".join(varint(len(cid) + len(data)) + cid + data for cid, data in self.blocks)
        path.write_bytes(varint(len(header)) + header + body)
        return path


def fictional_repo(path: Path, did: str = "did:plc:fictionalwren") -> Path:
    """A two-level MST: a left subtree, entries, a right subtree; posts, a repost, a like, a profile,
    and one post whose block is missing from the file."""
    car = Car()

    def post(text, at, **kw):
        return car.put({"$type": "app.bsky.feed.post", "text": text, "createdAt": at, **kw})

    p1 = post("First walk of the season, the moss is glowing", "2024-03-01T08:00:00Z")
    p2 = post("ok", "2024-03-02T08:00:00Z")
    text = "Map of the trail: example.org/trails/ri... bring boots"
    start = len(b"Map of the trail: ")
    facet = {
        "index": {"byteStart": start, "byteEnd": start + len(b"example.org/trails/ri...")},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/trails/ridge"}],
    }
    p3 = post(text, "2024-03-03T08:00:00Z", facets=[facet], langs=["en"])
    p4 = post("Lichen on every stone wall around here", "2024-03-04T08:00:00Z")
    repost = car.put(
        {
            "$type": "app.bsky.feed.repost",
            "createdAt": "2024-03-05T08:00:00Z",
            "subject": {"cid": "bafyfictional", "uri": "at://did:plc:other/app.bsky.feed.post/3x"},
        }
    )
    like = car.put({"$type": "app.bsky.feed.like", "createdAt": "2024-03-05T09:00:00Z"})
    profile = car.put({"$type": "app.bsky.actor.profile", "displayName": "Wren", "description": "Mosses."})
    missing = Link(b"\x01\x71\x12\x20" + hashlib.sha256(b"not in the file").digest())
    left = car.node(
        [("app.bsky.actor.profile/self", profile, None), ("app.bsky.feed.like/3k001", like, None)]
    )
    right = car.node([("app.bsky.feed.post/3k004", p4, None), ("app.bsky.feed.repost/3k005", repost, None)])
    root = car.node(
        [
            ("app.bsky.feed.post/3k001", p1, None),
            ("app.bsky.feed.post/3k002", p2, None),
            ("app.bsky.feed.post/3k003", p3, None),
            ("app.bsky.feed.post/3k0035", missing, right),
        ],
        left=left,
    )
    commit = car.put({"did": did, "version": 3, "data": root, "rev": "3k005", "prev": None, "sig": b"x"})
    return car.write(path, commit)


# -- Bluesky repository export (.car) --------------------------------------------------------------


def test_car_fictional_repo(tmp_path):
    car = fictional_repo(tmp_path / "wren.example.com.20250310005405.car")
    assert detect_format(car) == "bluesky-car"
    account = load_account(car)
    assert account.format == "bluesky" and account.source == car
    assert (account.handle, account.name, account.bio) == ("wren.example.com", "Wren", "Mosses.")
    assert [p.text for p in account.posts if not p.is_repost] == [
        "First walk of the season, the moss is glowing",
        "ok",
        "Map of the trail: https://example.org/trails/ridge bring boots",  # shortened link → its URL
        "Lichen on every stone wall around here",
    ]
    assert [p.is_repost for p in account.posts] == [False, False, False, False, True]
    assert account.posts[0].created_at == "2024-03-01T08:00:00Z"
    assert account.posts[-1].created_at == "2024-03-05T08:00:00Z"
    assert account.bad_rows == 1  # the post whose block is not in the file
    assert counts(account) == (5, 1, 1, 3)
    assert "Map of the trail: bring boots" in curate(account).texts


def test_car_in_a_folder_and_handle_fallbacks(tmp_path):
    folder = tmp_path / "wren"
    folder.mkdir()
    fictional_repo(folder / "repo.car")  # a generic name: the folder names the account
    assert detect_format(folder) == "bluesky-car"
    account = load_account(folder)
    assert account.handle == "wren" and account.source == folder
    (folder / "account.yaml").write_text("name: Wren of the Woods\n")
    assert load_account(folder).name == "Wren of the Woods"
    # Given directly, a generic file name leaves only the DID; a handle argument wins over all.
    assert load_account(folder / "repo.car").handle == "did:plc:fictionalwren"
    assert load_account(folder / "repo.car", handle="wrenbot").handle == "wrenbot"


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("bnewbold.robocracy.org.20250310005405.car", "bnewbold.robocracy.org"),
        ("alice.bsky.social-2025-01-31.car", "alice.bsky.social"),
        ("alice.bsky.social_20250131T120000Z.car", "alice.bsky.social"),
        ("paul_staging.repo.car", "paul_staging"),
        ("@alice.example.car", "alice.example"),
        ("repo.car", None),
        ("did:plc:abc.car", None),
        ("my export (1).car", None),
    ],
)
def test_car_handle_from_file_name(name, handle):
    assert bluesky.handle_from_name(Path(name)) == handle


@pytest.mark.parametrize(
    ("name", "posts", "reposts", "kept", "who"),
    [
        (
            "bnewbold.robocracy.org.20250310005405.car",
            24,
            1,
            11,
            ("bnewbold.robocracy.org", "now roaming free"),
        ),
        ("paul_staging.repo.car", 116, 15, 39, ("paul_staging", "Paul")),
    ],
)
def test_car_real_samples(name, posts, reposts, kept, who):
    path = shared_formats() / "bluesky-car" / name
    if not path.is_file():
        pytest.skip(f"{path} not present")
    account = load_account(path)
    assert (account.handle, account.name) == who and account.bio
    assert len(account.posts) == posts and sum(p.is_repost for p in account.posts) == reposts
    assert account.bad_rows == 0
    c = curate(account)
    assert c.kept == kept and c.kept + c.short == posts - reposts
    assert all(p.created_at for p in account.posts)


def test_car_that_is_not_a_car(tmp_path):
    fake = tmp_path / "posts.car"
    fake.write_text("this is a text file wearing a .car suffix\n")
    with pytest.raises(InputError, match="not a readable CAR file") as exc:
        load_account(fake)
    assert exc.value.path == fake
    inspect_fails(fake, str(fake), "not a readable CAR file")

    cut = tmp_path / "cut.car"
    data = fictional_repo(tmp_path / "whole.car").read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cut off or not a CAR"):
        load_account(cut)

    empty = tmp_path / "empty.car"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="not a readable CAR file"):
        load_account(empty)


def test_car_without_a_repository_commit(tmp_path):
    car = Car()
    root = car.put({"hello": "a CAR, but not a repository"})
    path = car.write(tmp_path / "other.car", root)
    with pytest.raises(InputError, match="no repository commit"):
        load_account(path)


@pytest.mark.parametrize(
    ("text", "facets", "out"),
    [
        ("see example.org/a... ok", [(4, 20, "https://example.org/abc")], "see https://example.org/abc ok"),
        ("read this article now", [(5, 17, "https://example.org/x")], "read this article now"),  # words kept
        ("café x.io/… end", [(6, 14, "https://x.io/long")], "café https://x.io/long end"),
        ("no facets here", [], "no facets here"),
        ("bad range", [(5, 99, "https://x.io")], "bad range"),
    ],
)
def test_link_facets(text, facets, out):
    raw = [
        {"index": {"byteStart": s, "byteEnd": e}, "features": [{"$type": bluesky.LINK, "uri": u}]}
        for s, e, u in facets
    ]
    assert bluesky.with_links(text, raw) == out


def test_inspect_bluesky_json(tmp_path):
    car = fictional_repo(tmp_path / "wren.example.com.car")
    result = runner.invoke(app, ["inspect", "--json", str(car), str(FORMATS / "bluesky_feed")])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["accounts"]
    assert [(r["handle"], r["downloaded"], r["retweets"], r["kept"]) for r in rows] == [
        ("wren.example.com", 5, 1, 3),
        ("wren.example.com", 4, 1, 2),
    ]


# -- Bluesky saved getAuthorFeed pages ---------------------------------------------------------------


def test_feed_pages_merged(tmp_path):
    folder = tmp_path / "wren"
    shutil.copytree(FORMATS / "bluesky_feed", folder)
    assert detect_format(folder) == "bluesky-feed"
    account = load_account(folder)
    assert account.format == "bluesky" and account.source == folder
    assert (account.handle, account.name) == ("wren.example.com", "Wren Fieldnotes")
    assert account.bio == "Mosses, lichens, slow walks."  # from profile.json beside the pages
    # The pinned post and the post seen on both pages count once; the repost is Wren's, not Heron's.
    assert [(p.text, p.is_repost) for p in account.posts] == [
        ("Pinned: notes on moss, lichen and slow walks", False),
        ("", True),
        ("Field guide to mosses https://example.org/guides/mosses-of-the-north worth a read", False),
        ("Rain", False),
    ]
    assert account.posts[1].created_at == "2024-11-04T09:00:00.000Z"  # when Wren reposted it
    assert counts(account) == (4, 1, 1, 2)
    assert "Someone else's words" not in " ".join(curate(account).texts)


def test_feed_single_page_file():
    page = FORMATS / "bluesky_feed" / "page-2.json"
    assert detect_format(page) == "bluesky-feed"
    account = load_account(page)
    assert account.handle == "wren.example.com" and account.bio == ""
    assert counts(account) == (3, 0, 1, 2)


def test_feed_real_sample():
    path = shared_formats() / "bluesky-feed" / "getAuthorFeed.json"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    for source in (path, path.parent):
        account = load_account(source)
        assert (account.handle, account.name) == ("benoist.dev", "Erik ❤️")
        assert len(account.posts) == 30 and sum(p.is_repost for p in account.posts) == 28
        assert counts(account) == (30, 28, 0, 2)


def test_feed_errors(tmp_path):
    other = tmp_path / "notes.json"
    other.write_text('{"posts": []}')
    with pytest.raises(InputError, match="not a saved Bluesky feed") as exc:
        load_account(other)
    assert exc.value.path == other

    cut = tmp_path / "cut.json"
    cut.write_text((FORMATS / "bluesky_feed" / "page-1.json").read_text()[:500])
    with pytest.raises(InputError, match="cut off or corrupt"):
        load_account(cut)
    inspect_fails(cut, str(cut), "cut off or corrupt")

    # Pages of two different accounts in one folder.
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(FORMATS / "bluesky_feed" / "page-1.json", folder / "a.json")
    page = json.loads((FORMATS / "bluesky_feed" / "page-2.json").read_text())
    for item in page["feed"]:
        item["post"]["author"] = {"did": "did:plc:someoneelse", "handle": "else.example"}
    (folder / "b.json").write_text(json.dumps(page))
    with pytest.raises(InputError, match="several accounts") as exc:
        load_account(folder)
    assert exc.value.path == folder / "b.json"


# -- X and Mastodon archives as .zip ---------------------------------------------------------------


def zip_folder(folder: Path, target: Path, prefix: str = "", extra: dict | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                zf.write(file, prefix + file.relative_to(folder).as_posix())
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return target


@pytest.mark.parametrize("prefix", ["", "twitter-2024-05-01-abc123/"])
def test_x_archive_zip(tmp_path, prefix):
    media = {prefix + "data/profile_media/4242-a.png": png_bytes()}
    path = zip_folder(FIXTURES / "x_small", tmp_path / "twitter-2024-05-01-abc123.zip", prefix, media)
    assert detect_format(path) == "x-archive-zip"
    account = load_account(path)
    folder = load_account(FIXTURES / "x_small")
    assert account.format == "x-archive" and account.source == path
    assert (account.handle, account.name, account.bio) == (folder.handle, folder.name, folder.bio)
    assert [p.text for p in account.posts] == [p.text for p in folder.posts]
    assert counts(account) == counts(folder) == (4, 1, 1, 2)
    # The avatar is copied out of the zip into a private temporary folder, never beside the zip.
    assert account.avatar is not None and account.avatar.name == "4242-a.png"
    assert not account.avatar.is_relative_to(tmp_path)
    assert account.avatar.read_bytes() == media[prefix + "data/profile_media/4242-a.png"]
    with Image.open(account.avatar) as img:
        assert img.size == (8, 8)


def test_x_archive_zip_in_account_folder(tmp_path):
    folder = tmp_path / "ada"
    folder.mkdir()
    zip_folder(FIXTURES / "x_small", folder / "twitter-2024-05-01-abc123.zip")
    (folder / "account.yaml").write_text("bio: Set in account.yaml\n")
    assert detect_format(folder) == "x-archive-zip"
    account = load_account(folder)
    assert account.handle == "ada_bakes" and account.bio == "Set in account.yaml"
    assert account.avatar is None  # profile.js names an avatar that is not in the zip


def test_x_archive_zip_without_account_js_uses_zip_name(tmp_path):
    path = tmp_path / "old-tweets.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/tweets.js", ytd("tweets", [{"tweet": {"full_text": "one two three four"}}]))
    assert load_account(path).handle == "old-tweets"


def test_mastodon_zip(tmp_path):
    avatar = png_bytes((200, 50, 50))
    path = zip_folder(
        FIXTURES / "mastodon_small", tmp_path / "archive-20240501-abc.zip", extra={"avatar.png": avatar}
    )
    assert detect_format(path) == "mastodon-zip"
    account = load_account(path)
    assert account.format == "mastodon" and account.source == path
    assert (account.handle, account.withheld) == ("tilly", 2)
    assert counts(account) == (4, 1, 1, 2)
    assert account.avatar is not None and account.avatar.read_bytes() == avatar


def test_zip_truncated_or_corrupt(tmp_path):
    good = zip_folder(FIXTURES / "x_small", tmp_path / "good.zip")
    data = good.read_bytes()
    cut = tmp_path / "twitter-cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="corrupt zip") as exc:
        load_account(cut)
    assert exc.value.path == cut and "re-download" in exc.value.one_line()
    inspect_fails(cut, str(cut), "corrupt zip", "re-download")

    # The directory at the end is intact but a member's bytes are damaged (bad CRC or bad deflate).
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("data/tweets.js")
    offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 5
    damaged = bytearray(data)
    for i in range(offset, offset + 40):
        damaged[i] ^= 0x5A
    bad = tmp_path / "twitter-damaged.zip"
    bad.write_bytes(bytes(damaged))
    with pytest.raises(InputError, match="corrupt zip") as exc:
        load_account(bad)
    assert exc.value.path == bad

    notzip = tmp_path / "archive.zip"
    notzip.write_text("<html>Rate limit exceeded</html>")
    inspect_fails(notzip, str(notzip), "corrupt zip")


def test_zip_empty_or_without_an_archive(tmp_path):
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w"):
        pass
    with pytest.raises(InputError, match="zip is empty") as exc:
        load_account(empty)
    assert exc.value.path == empty
    inspect_fails(empty, str(empty), "zip is empty")

    folders_only = tmp_path / "dirs.zip"
    with zipfile.ZipFile(folders_only, "w") as zf:
        zf.writestr("data/", b"")
    with pytest.raises(InputError, match="zip is empty"):
        load_account(folders_only)

    photos = tmp_path / "photos.zip"
    with zipfile.ZipFile(photos, "w") as zf:
        zf.writestr("cat.png", png_bytes())
    with pytest.raises(InputError, match="no X archive .* or Mastodon archive"):
        load_account(photos)


@pytest.mark.parametrize("evil", ["../../escape.txt", "data/../../x.js", "/etc/cron.d/evil", "C:\\evil.js"])
def test_zip_slip_refused(tmp_path, evil):
    path = zip_folder(FIXTURES / "x_small", tmp_path / "twitter-evil.zip", extra={evil: "owned"})
    with pytest.raises(InputError, match="unsafe entry") as exc:
        load_account(path)
    assert exc.value.path == path and repr(evil) in str(exc.value)
    inspect_fails(path, str(path), "unsafe entry")
    assert not (tmp_path.parent / "escape.txt").exists()


def patch_central_directory(path: Path, member: str, offset: int, value: bytes) -> None:
    """Overwrite bytes of `member`'s central-directory record (flags at 8, method at 10)."""
    data = bytearray(path.read_bytes())
    pos = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len].decode() == member:
            break
        extra, comment = struct.unpack_from("<HH", data, pos + 30)
        pos = data.index(b"PK\x01\x02", pos + 46 + name_len + extra + comment)
    data[pos + offset : pos + offset + len(value)] = value
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("offset", "value", "message"),
    [
        (8, struct.pack("<H", 0x1), "password-protected"),
        (10, struct.pack("<H", 9), "compression Python cannot read"),  # Deflate64
    ],
)
def test_zip_encrypted_or_unreadable_compression(tmp_path, offset, value, message):
    path = zip_folder(FIXTURES / "x_small", tmp_path / "twitter-locked.zip")
    patch_central_directory(path, "data/tweets.js", offset, value)
    with pytest.raises(InputError, match=message) as exc:
        load_account(path)
    assert exc.value.path == path and "unzip it yourself" in exc.value.one_line()
    inspect_fails(path, str(path), message)


def test_zip_symlink_entry_not_followed(tmp_path):
    path = zip_folder(FIXTURES / "x_small", tmp_path / "twitter-link.zip")
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("data/profile_media/4242-a.png")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    account = load_account(path)
    assert account.avatar is None and len(account.posts) == 4


def test_zip_bomb_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipped, "BOMB_MIN", 10_000)
    path = tmp_path / "twitter-bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [" + " " * 2_000_000 + "]")
    with pytest.raises(InputError, match="declares 2,000,028 bytes unpacked"):
        load_account(path)


def test_zip_cut_off_tweets_js_names_the_member(tmp_path):
    path = tmp_path / "twitter-x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/tweets.js", 'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "cut off')
    with pytest.raises(InputError, match="cut off or corrupt") as exc:
        load_account(path)
    assert exc.value.path == path / "data" / "tweets.js"
    inspect_fails(path, "twitter-x.zip/data/tweets.js", "cut off or corrupt")


# -- X archive variants ------------------------------------------------------------------------------


def test_x_split_parts_in_numeric_order(tmp_path):
    data = tmp_path / "big" / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_text(ytd("tweets", [{"tweet": {"full_text": "part zero"}}]))
    for n in (1, 2, 10):
        (data / f"tweets-part{n}.js").write_text(
            f"window.YTD.tweets.part{n} = " + json.dumps([{"tweet": {"full_text": f"part {n}"}}])
        )
    account = load_account(tmp_path / "big")
    assert [p.text for p in account.posts] == ["part zero", "part 1", "part 2", "part 10"]
    # The same archive zipped reads the same.
    zipped_account = load_account(zip_folder(tmp_path / "big", tmp_path / "big.zip"))
    assert [p.text for p in zipped_account.posts] == [p.text for p in account.posts]


def test_x_legacy_tweet_js_mixed_wrappers(tmp_path):
    data = tmp_path / "old" / "data"
    data.mkdir(parents=True)
    entries = [
        {"tweet": {"full_text": "Wrapped entry from a newer export"}},
        {"full_text": "Bare entry from the oldest exports", "created_at": "Mon Jan 01 00:00:00 +0000 2018"},
        {"text": "RT @pal: bare retweet with plain text"},
        "not an object",
    ]
    (data / "tweet.js").write_text(ytd("tweet", entries))
    account = load_account(tmp_path / "old")
    assert [p.text for p in account.posts] == [
        "Wrapped entry from a newer export",
        "Bare entry from the oldest exports",
        "RT @pal: bare retweet with plain text",
    ]
    assert account.posts[1].created_at == "Mon Jan 01 00:00:00 +0000 2018"
    assert counts(account) == (3, 1, 0, 2)


def test_x_tweets_js_garbage(tmp_path):
    data = tmp_path / "junk" / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_bytes(random.Random(7).randbytes(2000).replace(b"=", b"-"))
    with pytest.raises(InputError, match="not an X archive data file") as exc:
        load_account(tmp_path / "junk")
    assert exc.value.path == data / "tweets.js"
    inspect_fails(tmp_path / "junk", str(data / "tweets.js"), "not an X archive data file")


def test_x_tweets_js_cut_off_mid_json(tmp_path):
    data = tmp_path / "cut" / "data"
    data.mkdir(parents=True)
    whole = ytd("tweets", [{"tweet": {"full_text": f"tweet number {i} here"}} for i in range(50)])
    (data / "tweets.js").write_text(whole[: len(whole) * 2 // 3])
    line = inspect_fails(tmp_path / "cut", str(data / "tweets.js"), "cut off or corrupt", "re-download")
    assert "line" in line


def test_x_invalid_utf8_tweets_skipped_and_counted(tmp_path):
    data = tmp_path / "bytes" / "data"
    data.mkdir(parents=True)
    good = ytd("tweets", [{"tweet": {"full_text": "a fine tweet about bread", "created_at": "x"}}])
    body = good[: good.rindex("]")] + ',\n{"tweet": {"full_text": "caf\xe9 latin-1 tweet"}},\n'
    body += '{"tweet": {"full_text": "BROKEN_CAFE"}},\n{"tweet": {"full_text": "another good tweet here"}}]'
    raw = (
        body.encode("utf-8").replace("caf\xe9".encode(), b"caf\xe9").replace(b"BROKEN_CAFE", b"\xff\xfe\xfd")
    )
    (data / "tweets.js").write_bytes(raw)
    account = load_account(tmp_path / "bytes")
    assert [p.text for p in account.posts] == ["a fine tweet about bread", "another good tweet here"]
    assert account.bad_rows == 2 and curate(account).bad_rows == 2


def test_csv_invalid_utf8_and_malformed_rows(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_bytes(
        b'text\nfirst good post here\ncaf\xe9 latin-1 row\nbare\rcarriage return\n"second good post here"\n'
    )
    account = load_account(path)
    assert [p.text for p in account.posts] == ["first good post here", "second good post here"]
    assert account.bad_rows == 2


# -- enormous posts --------------------------------------------------------------------------------

HUGE = 5_000_000


def test_enormous_csv_row(tmp_path):
    path = tmp_path / "posts.csv"
    words = "moss " * (HUGE // 5)
    path.write_text(f'text\n"{words}"\na normal post after it\n')
    started = time.monotonic()
    account = load_account(path)
    c = curate(account)
    assert [len(p.text) for p in account.posts] == [HUGE, 22]
    assert c.kept == 2 and c.bad_rows == 0
    assert time.monotonic() - started < 10


def test_enormous_tweet(tmp_path):
    data = tmp_path / "huge" / "data"
    data.mkdir(parents=True)
    text = "lichen " * (HUGE // 7)
    (data / "tweets.js").write_text(
        ytd("tweets", [{"tweet": {"full_text": text}}, {"tweet": {"full_text": "and a small one after"}}])
    )
    started = time.monotonic()
    c = curate(load_account(tmp_path / "huge"))
    assert c.kept == 2 and len(c.texts[0]) == len(text.strip())
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("kind", ["csv", "x-archive"])
def test_enormous_post_memory_stays_proportional(tmp_path, kind):
    """Reading and curating one 5 MB post peaks at a small multiple of its size. (Splitting it into
    words, as `text.split()` would, made a million small strings: 16× its size, growing with it.)"""
    import tracemalloc

    if kind == "csv":
        path = tmp_path / "posts.csv"
        path.write_text(f'text\n"{"moss " * (HUGE // 5)}"\n')
    else:
        path = tmp_path / "huge"
        (path / "data").mkdir(parents=True)
        (path / "data" / "tweets.js").write_text(
            ytd("tweets", [{"tweet": {"full_text": "moss " * (HUGE // 5)}}])
        )
    tracemalloc.start()
    try:
        c = curate(load_account(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert c.kept == 1 and c.kept_chars == HUGE - 1
    assert peak < 12 * HUGE, f"{peak / HUGE:.1f}× the post's size"


# -- links out of the account folder ---------------------------------------------------------------


def test_x_avatar_symlink_outside_is_ignored(tmp_path):
    root = tmp_path / "ada"
    shutil.copytree(FIXTURES / "x_small", root)
    (root / "data" / "profile_media").mkdir()
    (root / "data" / "profile_media" / "4242-a.png").symlink_to("/etc/passwd")
    account = load_account(root)
    assert account.avatar is None and len(account.posts) == 4
    # A link that stays inside the folder is fine.
    (root / "real.png").write_bytes(png_bytes())
    (root / "data" / "profile_media" / "4242-a.png").unlink()
    (root / "data" / "profile_media" / "4242-a.png").symlink_to(root / "real.png")
    assert load_account(root).avatar is not None


def test_mastodon_and_yaml_avatar_symlinks_outside_are_ignored(tmp_path):
    folder = tmp_path / "tilly"
    shutil.copytree(FIXTURES / "mastodon_small", folder)
    (folder / "avatar.png").symlink_to("/etc/passwd")  # actor.json names avatar.png
    assert load_account(folder).avatar is None
    (folder / "account.yaml").write_text("avatar: avatar.png\n")
    with pytest.raises(InputError, match="avatar must be a file inside the account folder"):
        load_account(folder)


def test_data_file_symlink_outside_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "tweets.js").write_text(ytd("tweets", [{"tweet": {"full_text": "outside words here"}}]))
    (outside / "posts.csv").write_text("text\nsecret outside post\n")

    x = tmp_path / "x" / "data"
    x.mkdir(parents=True)
    (x / "tweets.js").symlink_to(outside / "tweets.js")
    with pytest.raises(InputError, match="outside the account folder"):
        load_account(tmp_path / "x")

    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "posts.csv").symlink_to(outside / "posts.csv")
    with pytest.raises(InputError, match="outside the account folder") as exc:
        load_account(plain)
    assert exc.value.path == plain / "posts.csv"
    inspect_fails(plain, "outside the account folder")


# -- pre-2018 X archives ("Grailbird": data/js/tweets/YYYY_MM.js, tweets.csv) -----------------------


def grailbird(root: Path, months: dict[str, list[dict]], details: bool = True) -> Path:
    """A fictional pre-2018 archive: monthly files, user_details.js, tweets.csv, index.html."""
    tweets = root / "data" / "js" / "tweets"
    tweets.mkdir(parents=True)
    for month, entries in months.items():
        (tweets / f"{month}.js").write_text(
            f"Grailbird.data.tweets_{month} = \n{json.dumps(entries, indent=1)}"
        )
    if details:
        (root / "data" / "js" / "user_details.js").write_text(
            'var user_details =  {\n "screen_name" : "oldbird",\n "full_name" : "Old Bird",\n'
            ' "bio" : "Tweeting since 2009",\n "id" : "42"\n}'
        )
    (root / "index.html").write_text("<html>Your Twitter archive</html>")
    rows = [t for entries in months.values() for t in entries]
    with open(root / "tweets.csv", "w", newline="") as fh:
        fh.write('"tweet_id","in_reply_to_status_id","timestamp","source","text","retweeted_status_id"\n')
        for i, t in enumerate(rows):
            fh.write(f'"{i}","","{t["created_at"]}","web","{t["text"]}",""\n')
    return root


def old_tweet(text: str, **extra) -> dict:
    user = {"screen_name": "oldbird", "name": "Old Bird"}
    return {"id_str": "1", "text": text, "created_at": "2013-01-31 19:50:50 +0000", "user": user, **extra}


OLD_MONTHS = {
    "2013_01": [
        old_tweet("Snow on the roofs &amp; chimneys this morning http://t.co/abc"),
        old_tweet("RT @pal: a native retweet from 2013", retweeted_status={"text": "a native retweet"}),
    ],
    "2012_12": [old_tweet("Thanks!"), old_tweet("Writing letters by the fire tonight")],
}


def test_grailbird_folder(tmp_path):
    root = grailbird(tmp_path / "tweets-2013", OLD_MONTHS)
    assert detect_format(root) == "x-grailbird"
    account = load_account(root)
    assert (account.handle, account.name, account.bio) == ("oldbird", "Old Bird", "Tweeting since 2009")
    assert account.format == "x-archive"
    # Months oldest first; inside a month, the file's own order.
    assert account.posts[0].text == "Thanks!" and account.posts[0].created_at == "2013-01-31 19:50:50 +0000"
    assert counts(account) == (4, 1, 1, 2)
    assert curate(account).texts == [
        "Writing letters by the fire tonight",
        "Snow on the roofs & chimneys this morning",
    ]
    # Pointing at the archive's data/ folder works too; without user_details.js, the tweets' user.
    (root / "data" / "js" / "user_details.js").unlink()
    assert load_account(root / "data").handle == "oldbird"


def test_grailbird_zip_and_csv_only(tmp_path):
    root = grailbird(tmp_path / "archive", OLD_MONTHS)
    path = zip_folder(root, tmp_path / "tweets.zip", prefix="tweets-2013/")
    assert detect_format(path) == "x-grailbird-zip"
    account = load_account(path)
    assert account.handle == "oldbird" and counts(account) == (4, 1, 1, 2)
    # An archive folder with only tweets.csv left: read as a CSV (handle from the folder).
    shutil.rmtree(root / "data")
    assert detect_format(root) == "x-grailbird"
    account = load_account(root)
    assert account.handle == "archive" and counts(account) == (4, 1, 1, 2)


def test_grailbird_bad_input(tmp_path):
    root = grailbird(tmp_path / "old", OLD_MONTHS)
    month = root / "data" / "js" / "tweets" / "2013_01.js"
    whole = month.read_text()
    month.write_text(whole[: len(whole) // 2])
    inspect_fails(root, str(month), "cut off or corrupt")
    month.write_bytes(
        whole.encode()
        .replace(b"Snow on the roofs", b"Snow \xff\xfe roofs")
        .replace(b"Grailbird", b"Grailbird", 1)
    )
    account = load_account(root)
    assert account.bad_rows == 1 and len(account.posts) == 3  # the bad tweet skipped and counted
    month.write_text("no equals sign here")
    inspect_fails(root, str(month), "not a Twitter archive data file")


# -- plain files that are not text -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "txt"])
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (png_bytes(), "a PNG image"),
        (b"PK\x03\x04" + bytes(200), "a zip archive"),
        (b"hello\x00\x01\x02 binary garbage", "binary data"),
    ],
    ids=["png", "zip", "nul"],
)
def test_plain_file_that_is_not_text(tmp_path, suffix, data, kind):
    path = tmp_path / f"posts.{suffix}"
    path.write_bytes(data)
    with pytest.raises(InputError, match="not a text file") as exc:
        load_account(path)
    assert exc.value.path == path
    inspect_fails(path, str(path), f"not a text file ({kind})")
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing written


def test_utf16_csv_from_a_spreadsheet_is_read(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_bytes("text\nein Beitrag über Brötchen\nnoch ein Beitrag hier\n".encode("utf-16"))
    account = load_account(path)
    assert [p.text for p in account.posts] == ["ein Beitrag über Brötchen", "noch ein Beitrag hier"]
    assert account.bad_rows == 0

"""Importers: format detection, X archives, Mastodon archives, CSV/JSONL/TXT, account.yaml overrides."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from generator.curate import curate
from generator.errors import InputError
from generator.ingest import detect_format, load_account
from generator.ingest.mastodon import html_to_text
from generator.ingest.xarchive import read_ytd

SECRETS = ("SECRETFOLLOWERS", "SECRETDIRECT")


def ytd(kind: str, entries: list) -> str:
    return f"window.YTD.{kind}.part0 = {json.dumps(entries, indent=1)}"


@pytest.fixture
def x_archive(tmp_path, fixtures_dir) -> Path:
    """The small X archive, with its avatar file (profile_media/<accountId>-a.png)."""
    root = tmp_path / "x_small"
    shutil.copytree(fixtures_dir / "x_small", root)
    (root / "data" / "profile_media").mkdir()
    Image.new("RGB", (8, 8), (200, 120, 40)).save(root / "data" / "profile_media" / "4242-a.png")
    return root


# -- format detection ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("x_small", "x-archive"),
        ("mastodon_small", "mastodon"),
        ("small.csv", "csv"),
        ("small.jsonl", "jsonl"),
        ("small.txt", "txt"),
    ],
)
def test_detect_format(fixtures_dir, name, fmt):
    assert detect_format(fixtures_dir / name) == fmt


def test_detect_format_plain_file_in_folder(tmp_path, fixtures_dir):
    shutil.copy(fixtures_dir / "small.jsonl", tmp_path / "posts.jsonl")
    assert detect_format(tmp_path) == "plain"
    account = load_account(tmp_path)
    assert account.format == "jsonl" and account.handle == tmp_path.name


def test_detect_format_archive_data_folder_itself(fixtures_dir):
    # Pointing at data/ (not the archive's root) works too.
    assert detect_format(fixtures_dir / "x_small" / "data") == "x-archive"


def test_detect_format_errors_name_the_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(InputError) as exc:
        detect_format(missing)
    assert exc.value.path == missing and str(missing) in exc.value.one_line()

    odd = tmp_path / "posts.xml"
    odd.write_text("<posts/>")
    with pytest.raises(InputError, match="unknown export format"):
        detect_format(odd)

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no export found"):
        detect_format(empty)


# -- X archives ----------------------------------------------------------------------------------


def test_x_archive_small(x_archive):
    account = load_account(x_archive)
    assert account.format == "x-archive"
    assert account.handle == "ada_bakes" and account.name == "Ada Baker"
    assert account.bio == "Bakes bread, writes about flour."
    assert account.avatar is not None and account.avatar.name == "4242-a.png"
    assert [p.is_repost for p in account.posts] == [False, False, True, False]
    assert account.posts[0].created_at == "Wed Oct 10 20:19:24 +0000 2018"
    # Raw text as exported: entities and links are curation's business.
    assert account.posts[1].text == "Rye &amp; spelt make a dense but lovely loaf &lt;3"
    c = curate(account)
    assert (c.downloaded, c.retweets, c.short, c.kept) == (4, 1, 1, 2)
    assert c.texts == [
        "The sourdough starter finally rose today",
        "Rye & spelt make a dense but lovely loaf <3",
    ]


def test_x_archive_handle_argument_overrides(x_archive):
    assert load_account(x_archive, handle="someone").handle == "someone"


def test_x_archive_without_account_or_profile(tmp_path):
    root = tmp_path / "bare"
    (root / "data").mkdir(parents=True)
    (root / "data" / "tweets.js").write_text(ytd("tweets", [{"tweet": {"full_text": "one two three"}}]))
    account = load_account(root)
    assert account.handle == "bare" and account.name == "bare"
    assert account.bio == "" and account.avatar is None


def test_x_archive_legacy_tweet_js_without_wrapper(tmp_path):
    # Archives before 2020: data/tweet.js, window.YTD.tweet.part0, entries not wrapped in {"tweet": …},
    # and some entries with `text` instead of `full_text`.
    data = tmp_path / "old" / "data"
    data.mkdir(parents=True)
    entries = [
        {"id_str": "1", "full_text": "An old tweet from the before times", "favorite_count": "7"},
        {"id_str": "2", "text": "RT @pal: another old one"},
        {"id_str": "3", "retweet_count": "2"},  # no text at all: skipped
    ]
    (data / "tweet.js").write_text(ytd("tweet", entries))
    (data / "account.js").write_text(ytd("account", [{"username": "oldie", "accountDisplayName": "Old One"}]))
    account = load_account(tmp_path / "old")
    assert [p.text for p in account.posts] == [
        "An old tweet from the before times",
        "RT @pal: another old one",
    ]
    assert [p.is_repost for p in account.posts] == [False, True]
    assert (account.handle, account.name) == ("oldie", "Old One")


def test_x_archive_split_parts(tmp_path):
    data = tmp_path / "big" / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_text(
        ytd("tweets", [{"tweet": {"full_text": f"part zero {i}"}} for i in range(3)])
    )
    (data / "tweets-part1.js").write_text(
        ytd("tweets", [{"tweet": {"full_text": f"part one {i}", "favorite_count": "1"}} for i in range(2)])
    )
    (data / "tweets-part2.js").write_text(ytd("tweets", [{"tweet": {"full_text": "RT @x: part two"}}]))
    (data / "tweets.js.bak").write_text("not read")
    account = load_account(tmp_path / "big")
    assert sorted(p.text for p in account.posts) == sorted(
        [f"part zero {i}" for i in range(3)] + [f"part one {i}" for i in range(2)] + ["RT @x: part two"]
    )
    assert sum(p.is_repost for p in account.posts) == 1


def test_x_archive_corrupt_data_file(tmp_path):
    data = tmp_path / "cut" / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_text('window.YTD.tweets.part0 = [ {"tweet": {"full_text": "cut off')
    with pytest.raises(InputError, match="cut off or corrupt") as exc:
        load_account(tmp_path / "cut")
    assert exc.value.path == data / "tweets.js"
    (data / "tweets.js").write_text("[]")
    with pytest.raises(InputError, match="not an X archive data file"):
        read_ytd(data / "tweets.js")


def test_x_archive_real(shared_dir):
    path = shared_dir / "formats" / "x-archive"
    if not path.is_dir():
        pytest.skip("../shared/formats/x-archive not present")
    account = load_account(path)
    assert account.format == "x-archive"
    assert len(account.posts) == 1986
    assert sum(p.is_repost for p in account.posts) == 643
    assert account.handle == "andreruffert" and account.name == "André Ruffert"
    assert "Self-taught Software Engineer" in account.bio
    assert account.avatar is not None and account.avatar.name == "ens-GMMR.jpg"
    c = curate(account)
    assert c.downloaded == 1986 and c.retweets == 643 and c.kept + c.short == 1986 - 643


# -- Mastodon ------------------------------------------------------------------------------------


def test_mastodon_small(fixtures_dir):
    account = load_account(fixtures_dir / "mastodon_small")
    assert account.format == "mastodon"
    assert (account.handle, account.name) == ("tilly", "Tilly Kitewright")
    assert account.bio == "Kites, wind & #weather"
    assert account.avatar is None  # actor.json names avatar.png, which is not in the folder
    assert account.withheld == 2  # one followers-only, one direct
    assert len(account.posts) == 4  # public, unlisted, the boost, a short public one
    assert [p.is_repost for p in account.posts] == [False, False, True, False]
    assert account.posts[2].text == ""  # a boost is counted, its text never read
    first = account.posts[0].text
    assert first == (
        "Hello @bob see https://example.com/kites for kites & string Second paragraph line two #kites <3"
    )
    assert account.posts[1].text == "An unlisted note about flying kites on the beach"


def test_mastodon_private_posts_never_read(fixtures_dir):
    account = load_account(fixtures_dir / "mastodon_small")
    for post in account.posts:
        for secret in SECRETS:
            assert secret not in post.text
    c = curate(account)
    assert c.withheld == 2 and c.counts()["withheld"] == 2
    assert not any(secret in t for t in c.texts for secret in SECRETS)
    assert (c.downloaded, c.retweets, c.short, c.kept) == (4, 1, 1, 2)


def test_mastodon_plain_links_removed_by_curation(fixtures_dir):
    c = curate(load_account(fixtures_dir / "mastodon_small"))
    assert c.texts[0] == "Hello @bob see for kites & string Second paragraph line two #kites <3"
    assert not any("http" in t or "example.com" in t for t in c.texts)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>one</p><p>two</p>", "one two"),
        ("<p>line<br>break<br/>again</p>", "line break again"),
        ('<p><a href="https://m.example/@ann" class="u-url mention">@<span>ann</span></a> hi</p>', "@ann hi"),
        (
            '<p><a href="https://m.example/tags/x" class="mention hashtag" rel="tag">#<span>x</span></a></p>',
            "#x",
        ),
        (
            '<p>see <a href="https://example.org/a?b=1&amp;c=2"><span class="invisible">https://</span>'
            "example.org/a</a>!</p>",
            "see https://example.org/a?b=1&c=2 !",
        ),
        (
            "<p>fish &amp; chips &lt;b&gt; &quot;q&quot; &#39;s&#39; caf&eacute;</p>",
            "fish & chips <b> \"q\" 's' café",
        ),
        ("<p>  spaced \n\t out  </p>", "spaced out"),
        ("", ""),
    ],
)
def test_mastodon_html_to_text(html, text):
    assert html_to_text(html) == text


def test_mastodon_audience_variants(tmp_path):
    public = "https://www.w3.org/ns/activitystreams#Public"

    def note(i, to, cc=()):
        return {
            "type": "Create",
            "to": to,
            "cc": list(cc),
            "object": {"type": "Note", "to": to, "cc": list(cc), "content": f"<p>note number {i} here</p>"},
        }

    items = [
        note(1, public),  # a bare string, not a list
        note(2, ["as:Public"]),
        note(3, [], [public]),
        note(4, ["https://m.example/users/a/followers"]),
        {"type": "Create", "to": [public], "object": {"type": "Question", "content": "<p>poll</p>"}},
        {"type": "Delete", "to": [public], "object": "https://m.example/x"},
        "not a dict",
    ]
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "outbox.json").write_text(json.dumps({"orderedItems": items}))
    account = load_account(folder)
    assert [p.text for p in account.posts] == [
        "note number 1 here",
        "note number 2 here",
        "note number 3 here",
    ]
    assert account.withheld == 1
    assert account.handle == "m" and account.name == "m"  # no actor.json


def test_mastodon_bad_outbox(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "outbox.json").write_text('{"orderedItems": [')
    with pytest.raises(InputError, match="cut off or corrupt") as exc:
        load_account(folder)
    assert exc.value.path == folder / "outbox.json"
    (folder / "outbox.json").write_text('{"type": "OrderedCollection"}')
    with pytest.raises(InputError, match="no orderedItems"):
        load_account(folder)


def test_mastodon_avatar_inside_folder_only(tmp_path, fixtures_dir):
    folder = tmp_path / "m"
    shutil.copytree(fixtures_dir / "mastodon_small", folder)
    Image.new("RGB", (4, 4)).save(folder / "avatar.png")
    assert load_account(folder).avatar == (folder / "avatar.png").resolve()

    Image.new("RGB", (4, 4)).save(tmp_path / "outside.png")
    actor = json.loads((folder / "actor.json").read_text())
    actor["icon"]["url"] = "../outside.png"
    (folder / "actor.json").write_text(json.dumps(actor))
    assert load_account(folder).avatar is None


# -- CSV, JSONL, TXT -----------------------------------------------------------------------------


def test_csv(fixtures_dir):
    account = load_account(fixtures_dir / "small.csv")
    assert account.format == "csv" and account.handle == "small" and account.bad_rows == 0
    assert len(account.posts) == 5
    assert account.posts[0].created_at == "2024-01-01T09:00:00Z"
    assert account.posts[1].is_repost
    assert account.posts[4].text == 'A post with a comma, "quotes" and\na second line inside'
    c = curate(account)
    assert (c.downloaded, c.retweets, c.short, c.kept) == (5, 1, 1, 3)
    assert "Fixed the bike chain & oiled it, ready for the hills" in c.texts


def test_csv_without_text_column_names_the_file(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("id,body\n1,hello there friend\n")
    with pytest.raises(InputError, match="no 'text' column") as exc:
        load_account(path)
    assert exc.value.path == path and str(path) in exc.value.one_line()
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(InputError, match="no 'text' column"):
        load_account(empty)


def test_csv_with_bom_and_no_created_at(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufefftext\nfirst post in the file\n\n".encode())
    posts = load_account(path).posts
    assert [p.text for p in posts] == ["first post in the file"] and posts[0].created_at is None


def test_jsonl(fixtures_dir):
    account = load_account(fixtures_dir / "small.jsonl")
    assert account.format == "jsonl" and account.bad_rows == 0
    assert [p.is_repost for p in account.posts] == [False, True, False, False]
    assert account.posts[0].created_at == "2024-05-01"


def test_jsonl_bad_rows_counted(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text(
        '{"text": "a good row of words"}\n'
        "{not json\n"
        '["a", "list"]\n'
        '{"body": "no text key"}\n'
        '{"text": 42}\n'
        "\n"
        '{"text": "another good row"}\n'
    )
    account = load_account(path)
    assert [p.text for p in account.posts] == ["a good row of words", "another good row"]
    assert account.bad_rows == 4


def test_txt(fixtures_dir):
    account = load_account(fixtures_dir / "small.txt")
    assert account.format == "txt" and account.bad_rows == 0
    assert [p.text for p in account.posts] == [
        "Reading a book about lighthouses and their keepers",
        "RT @lighthousefan: Photos from the northern coast",
        "Storm tonight, the lamp keeps turning",
        "Hmm",
    ]
    assert [p.is_repost for p in account.posts] == [False, True, False, False]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "txt"])
def test_invalid_utf8_rows_skipped_and_counted(tmp_path, suffix):
    good = ["first good post here", "second good post here"]
    rows = {
        "csv": [b"text", good[0].encode(), b"caf\xe9 latin-1 row", good[1].encode(), b"\xff\xfe\xfd"],
        "jsonl": [
            json.dumps({"text": good[0]}).encode(),
            b'{"text": "caf\xe9 latin-1 row"}',
            json.dumps({"text": good[1]}).encode(),
            b'{"text": "\xff\xfe"}',
        ],
        "txt": [good[0].encode(), b"caf\xe9 latin-1 row", good[1].encode(), b"\xff\xfe\xfd"],
    }[suffix]
    path = tmp_path / f"posts.{suffix}"
    path.write_bytes(b"\n".join(rows) + b"\n")
    account = load_account(path)
    assert [p.text for p in account.posts] == good
    assert account.bad_rows == 2


def test_unreadable_export_is_an_input_error(tmp_path):
    # A folder named like an export: reading it fails with an OSError, reported as an InputError.
    (tmp_path / "posts.csv").mkdir()
    with pytest.raises(InputError, match="cannot read") as exc:
        load_account(tmp_path)
    assert exc.value.path == tmp_path / "posts.csv"


# -- account.yaml overrides ----------------------------------------------------------------------


def test_account_yaml_overrides(x_archive):
    (x_archive / "me.png").write_bytes((x_archive / "data" / "profile_media" / "4242-a.png").read_bytes())
    (x_archive / "account.yaml").write_text("name: Ada B.\nbio: Flour, water, salt.\navatar: me.png\n")
    account = load_account(x_archive)
    assert account.name == "Ada B." and account.bio == "Flour, water, salt."
    assert account.avatar == (x_archive / "me.png").resolve()
    assert account.handle == "ada_bakes"  # the handle is not overridable


def test_account_yaml_partial_keeps_export_values(x_archive):
    (x_archive / "account.yaml").write_text("name: Only The Name\n")
    account = load_account(x_archive)
    assert account.name == "Only The Name"
    assert account.bio == "Bakes bread, writes about flour." and account.avatar.name == "4242-a.png"


def test_account_yaml_for_plain_folder(tmp_path, fixtures_dir):
    shutil.copy(fixtures_dir / "small.txt", tmp_path / "posts.txt")
    (tmp_path / "account.yaml").write_text("name: Lighthouse Keeper\nbio: Watches the sea.\n")
    account = load_account(tmp_path)
    assert account.name == "Lighthouse Keeper" and account.bio == "Watches the sea."


@pytest.mark.parametrize("avatar", ["../outside.png", "/etc/hostname", "missing.png", "link.png"])
def test_account_yaml_avatar_outside_folder_refused(tmp_path, fixtures_dir, avatar):
    folder = tmp_path / "acct"
    folder.mkdir()
    shutil.copy(fixtures_dir / "small.txt", folder / "posts.txt")
    Image.new("RGB", (4, 4)).save(tmp_path / "outside.png")
    (folder / "link.png").symlink_to(tmp_path / "outside.png")  # resolves outside the folder
    (folder / "account.yaml").write_text(f"avatar: {avatar}\n")
    with pytest.raises(InputError, match="avatar must be a file inside the account folder") as exc:
        load_account(folder)
    assert exc.value.path == folder / "account.yaml"


@pytest.mark.parametrize(
    ("content", "message"), [("name: [unclosed\n", "cannot read YAML"), ("- a\n- list\n", "expected")]
)
def test_account_yaml_invalid(tmp_path, fixtures_dir, content, message):
    shutil.copy(fixtures_dir / "small.txt", tmp_path / "posts.txt")
    (tmp_path / "account.yaml").write_text(content)
    with pytest.raises(InputError, match=message) as exc:
        load_account(tmp_path)
    assert exc.value.path == tmp_path / "account.yaml"


# -- a folder holding an archive and fetched posts --------------------------------------------------


def test_archive_and_saved_statuses_combine(tmp_path, fixtures_dir):
    """A Mastodon archive and API statuses of the same account: a status both hold (same URI) is
    counted once, under the archive; the texts are the archive's, then the new ones; the fetched
    profile is the newer one, and account.yaml still overrides it."""
    folder = tmp_path / "tilly"
    shutil.copytree(fixtures_dir / "mastodon_small", folder)
    archive = load_account(fixtures_dir / "mastodon_small")
    uri = "https://social.example/users/tilly/statuses/{}"
    statuses = [
        {
            "id": "9",
            "uri": uri.format(9),
            "visibility": "public",
            "content": "<p>A brand new kite flew today</p>",
        },
        {
            "id": "1",
            "uri": uri.format(1),
            "visibility": "public",
            "content": "<p>edited since the archive</p>",
        },
    ]
    (folder / "statuses.json").write_text(json.dumps(statuses))
    (folder / "account.json").write_text(json.dumps({"username": "tilly", "display_name": "Tilly Now"}))
    assert detect_format(folder) == "mastodon+mastodon-api"

    account = load_account(folder)
    assert [(p.kind, len(p.posts), p.duplicates) for p in account.parts] == [
        ("mastodon", len(archive.posts), 0),
        ("mastodon-api", 1, 1),
    ]
    assert account.name == "Tilly Now" and account.format == "mastodon" and account.duplicates == 1
    c = curate(account)
    assert c.texts == curate(archive).texts + ["A brand new kite flew today"]
    assert c.downloaded == len(archive.posts) + 1 and c.withheld == archive.withheld
    assert [s["source"] for s in c.sources()] == ["mastodon", "mastodon-api"]

    (folder / "account.yaml").write_text("name: Tilly K.\n")
    assert load_account(folder).name == "Tilly K."


def test_plain_file_beside_an_archive_is_not_read(tmp_path, fixtures_dir):
    folder = tmp_path / "ada"
    shutil.copytree(fixtures_dir / "x_small", folder)
    (folder / "notes.txt").write_text("a readme the person keeps next to the archive\n")
    assert detect_format(folder) == "x-archive"
    assert load_account(folder).parts == []

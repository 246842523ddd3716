"""Curation follows the huggingtweets rules exactly; real corpora give the reference figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.curate import clean, curate, is_short
from generator.ingest import load_account
from generator.ingest.model import Account, Post

# ../shared/corpora/INDEX.md, "Reference figures with the huggingtweets curation rules".
REFERENCE = {
    # account: (downloaded, retweets, short, kept, kept characters)
    "BarackObama": (3234, 352, 27, 2855, 282_632),
    "elonmusk": (2819, 485, 230, 2104, 189_283),
    "neiltyson": (3217, 30, 10, 3177, 345_689),
    "realDonaldTrump": (3227, 791, 144, 2292, 443_339),
}
# The published huggingtweets model card for @BarackObama: downloaded, retweets, short, kept.
HUGGINGTWEETS_OBAMA_CARD = (3234, 353, 25, 2856)


def account_of(*texts: str, reposts: tuple[str, ...] = ()) -> Account:
    posts = [Post(text=t, is_repost=t.startswith("RT @")) for t in texts]
    posts += [Post(text=t, is_repost=True) for t in reposts]
    return Account(handle="h", name="H", format="txt", source=Path("h.txt"), posts=posts)


# -- the rules -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Fish &amp; chips &lt;3 &gt; &quot;ok&quot; &#39;x&#39;", "Fish & chips <3 > \"ok\" 'x'"),
        ("Read this https://t.co/AbC123 now", "Read this now"),
        ("two links http://a.example/x and https://b.example/y?z=1", "two links and"),
        ("link at the end https://t.co/xyz", "link at the end"),
        ("glued:https://t.co/xyz", "glued:"),
        ("  lots \n of\twhitespace\r\n here  ", "lots of whitespace here"),
        ("no links here, just http talk", "no links here, just http talk"),  # 'http' alone is no URL
        ("&amp;amp; is unescaped once", "&amp; is unescaped once"),
        ("", ""),
    ],
)
def test_clean(raw, cleaned):
    assert clean(raw) == cleaned


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("", True),
        ("Thanks!", True),
        ("Thank you all", False),  # exactly 3 words: kept
        ("Great game", True),
        ("@someone thanks so", True),  # the @ word does not count
        ("@someone thanks so much", False),
        ("#tbt good times", True),
        ("#tbt good times everyone", False),
        ("see http and https", True),  # words containing "http" do not count
        ("HTTP words too", True),  # the check is case-insensitive
        ("email me@example.org now", True),
        ("tea, biscuits, cake", False),
    ],
)
def test_is_short(text, short):
    assert is_short(text) is short


def test_retweet_is_rt_at_prefix_only(tmp_path):
    path = tmp_path / "posts.txt"
    path.write_text(
        "RT @pal: something they said earlier\n"
        "RT: not a retweet, just shouting\n"
        "rt @pal lowercase is not a retweet either\n"
        "I said RT @pal in the middle of this one\n"
    )
    account = load_account(path)
    assert [p.is_repost for p in account.posts] == [True, False, False, False]


def test_curate_pipeline_order():
    # A URL-only post is cleaned to nothing and counts as short, not as a retweet.
    account = account_of(
        "RT @pal: a retweet is dropped before anything else",
        "https://t.co/only",
        "Look at this https://t.co/abc",  # 3 words before cleaning, 3 after: kept
        "Wow https://t.co/abc",  # cleaned to one word: short
        "Fish &amp; chips tonight",
        "@a @b #c d",
        reposts=("a boost from Mastodon",),
    )
    c = curate(account)
    assert (c.downloaded, c.retweets, c.short, c.kept) == (7, 2, 3, 2)
    assert c.texts == ["Look at this", "Fish & chips tonight"]
    assert c.kept_chars == len("Look at this") + len("Fish & chips tonight")
    assert c.downloaded == c.retweets + c.short + c.kept


def test_counts_dict():
    account = account_of("one two three four")
    account.withheld, account.bad_rows = 5, 2
    c = curate(account)
    assert c.counts() == {
        "handle": "h",
        "name": "H",
        "downloaded": 1,
        "retweets": 0,
        "short": 0,
        "kept": 1,
        "withheld": 5,
    }
    assert c.bad_rows == 2
    assert "texts" not in repr(c)  # the corpus stays out of logs


# -- real corpora --------------------------------------------------------------------------------


def test_reference_table_matches_index(shared_dir):
    """The figures above are INDEX.md's, and every corpus there has figures."""
    corpora = shared_dir / "corpora"
    if not (corpora / "INDEX.md").is_file():
        pytest.skip("../shared/corpora not present")
    index = (corpora / "INDEX.md").read_text(encoding="utf-8")
    table = {}
    for m in re.finditer(
        r"^\| (\w+) \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \|$", index, re.M
    ):
        table[m.group(1)] = tuple(int(g.replace(",", "")) for g in m.groups()[1:])
    assert table == REFERENCE
    assert {p.stem for p in corpora.glob("*.csv")} == set(REFERENCE)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_real_corpus_reference_figures(shared_dir, name):
    path = shared_dir / "corpora" / f"{name}.csv"
    if not path.is_file():
        pytest.skip(f"../shared/corpora/{name}.csv not present")
    account = load_account(path)
    assert account.bad_rows == 0
    c = curate(account)
    assert (c.downloaded, c.retweets, c.short, c.kept, c.kept_chars) == REFERENCE[name]


def test_obama_close_to_published_huggingtweets_card(shared_dir):
    # huggingtweets' card for @BarackObama says 3234 downloaded, 353 retweets, 25 short, 2856 kept.
    # The shared snapshot has the same 3234 tweets but 352 rows starting with `RT @`: the card's data
    # was fetched from the API at a different time (tweets deleted or edited in between), so the
    # figures differ by a retweet or two. The rules are the same; the data is not quite.
    path = shared_dir / "corpora" / "BarackObama.csv"
    if not path.is_file():
        pytest.skip("../shared/corpora/BarackObama.csv not present")
    c = curate(load_account(path))
    ours = (c.downloaded, c.retweets, c.short, c.kept)
    assert ours[0] == HUGGINGTWEETS_OBAMA_CARD[0]
    for mine, theirs in zip(ours, HUGGINGTWEETS_OBAMA_CARD, strict=True):
        assert abs(mine - theirs) <= 3, (ours, HUGGINGTWEETS_OBAMA_CARD)


# -- too little text (thresholds in settings, as the original: error < 6,000, warning < 40,000) ---


def test_text_thresholds_are_settings():
    from generator.settings import CurateSettings

    assert (CurateSettings().min_chars, CurateSettings().warn_chars) == (6_000, 40_000)


@pytest.fixture
def small_site(tmp_path):
    from generator.scaffold import scaffold

    root = tmp_path / "site"
    scaffold(root)
    (root / "site_src" / "site.yaml").write_text("curate: {min_chars: 100, warn_chars: 1000}\n")
    return root


def corpus_of(chars: int, **counts):
    from generator.curate import Curated

    texts = ["x" * 50] * (chars // 50)
    fields = {"downloaded": len(texts), "retweets": 0, "short": 0, "kept": len(texts), **counts}
    return Curated(handle="h", name="H", texts=texts, **fields)


def test_too_little_text_errors_and_warns_per_settings(small_site):
    from generator.build import Builder
    from generator.errors import NotEnoughText
    from generator.progress import Reporter
    from generator.settings import BotSpec, Site

    builder = Builder(Site(small_site), Reporter(quiet=True))
    bot = BotSpec(id="b", accounts=["h"])
    with pytest.raises(NotEnoughText, match=r"only 50 characters kept \(at least 100 needed") as exc:
        builder.check_text(bot, [corpus_of(50)])
    assert exc.value.path == Site(small_site).account_path("h")
    builder.check_text(bot, [corpus_of(500)])
    assert len(builder.report.warnings) == 1 and "only 500 characters kept" in builder.report.warnings[0]
    builder.check_text(bot, [corpus_of(5000)])
    assert len(builder.report.warnings) == 1  # enough: no new warning


def test_zero_kept_posts_fail_only_that_bot_cleanly(small_site):
    """An export where nothing survives curation: the bot fails with the counts, nothing trains."""
    import json

    from typer.testing import CliRunner

    from generator.cli import app

    folder = small_site / "site_src" / "accounts" / "zed"
    folder.mkdir()
    (folder / "posts.csv").write_text("text\nRT @a: someone else's words here\nThanks!\nhttps://t.co/x\n")
    (small_site / "site_src" / "bots" / "zed.yaml").write_text("accounts: [zed]\n")
    result = CliRunner().invoke(app, ["build", "--site", str(small_site), "--json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    report = json.loads(result.stdout[result.stdout.index("{") :])
    assert report["failed"]["zed"].endswith(
        "no posts kept (3 downloaded: 1 retweets, 2 short) — "
        "this export has nothing to train on; check it with `htsite inspect`"
    )
    assert str(folder) in report["failed"]["zed"]
    assert not (small_site / "models" / "zed").exists()

"""The `htsite` command's contract: exit codes, one-line errors, `inspect` output, `new`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from generator.cli import app

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
COUNT_KEYS = ["handle", "name", "downloaded", "retweets", "short", "kept", "withheld"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in list(os.environ):
        if var.startswith("HTSITE_") and var != "HTSITE_SHARED":
            monkeypatch.delenv(var)


def invoke(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def assert_one_line_error(result, *needles: str | Path) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: ")
    for needle in needles:
        assert str(needle) in lines[0]


# -- help, version, usage errors -----------------------------------------------------------------


def test_every_command_expected():
    assert {"new", "inspect", "build", "train", "sample", "pages", "serve"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]], ids=["htsite", *COMMANDS])
def test_help_exits_zero(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.startswith("htsite ")


@pytest.mark.parametrize(
    "args",
    [["inspect", "--bogus", "x"], ["build", "--nope"], ["no-such-command"], ["new"]],
    ids=["unknown-option", "unknown-build-option", "unknown-command", "missing-dir"],
)
def test_usage_errors_exit_two(args):
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


# -- inspect -------------------------------------------------------------------------------------


def test_inspect_table(fixtures_dir):
    result = invoke("inspect", fixtures_dir / "x_small", fixtures_dir / "mastodon_small")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Ada Baker (@ada_bakes)" in out and "Tilly Kitewright (@tilly)" in out
    for label in ("Posts downloaded", "Retweets", "Short posts", "Withheld (private)", "Posts kept"):
        assert label in out
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if line.count("│") >= 3}
    assert [c.strip() for c in rows["Withheld (private)"].split("│")[2:4]] == ["0", "2"]
    assert [c.strip() for c in rows["Posts kept"].split("│")[2:4]] == ["2", "2"]


def test_inspect_table_hides_withheld_when_zero(fixtures_dir):
    result = invoke("inspect", fixtures_dir / "small.csv")
    assert result.exit_code == 0, result.output
    assert "Posts kept" in result.output and "Withheld" not in result.output


def test_inspect_json(fixtures_dir):
    paths = ["x_small", "mastodon_small", "small.csv", "small.jsonl", "small.txt"]
    result = invoke("inspect", "--json", *[fixtures_dir / p for p in paths])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["accounts"]
    accounts = data["accounts"]
    assert [list(a) for a in accounts] == [[*COUNT_KEYS, "sources"]] * len(paths)
    ada = {
        "handle": "ada_bakes",
        "name": "Ada Baker",
        "downloaded": 4,
        "retweets": 1,
        "short": 1,
        "kept": 2,
        "withheld": 0,
    }
    # One source each: the per-source row is the account's own, named by its export.
    assert accounts[0] == {**ada, "sources": [{"source": "x-archive", **ada, "duplicates": 0}]}
    assert [a["sources"][0]["source"] for a in accounts] == ["x-archive", "mastodon", "csv", "jsonl", "txt"]
    assert accounts[1]["handle"] == "tilly" and accounts[1]["withheld"] == 2
    assert [(a["downloaded"], a["retweets"], a["short"], a["kept"]) for a in accounts[2:]] == [
        (5, 1, 1, 3),
        (4, 1, 1, 2),
        (4, 1, 1, 2),
    ]


def test_inspect_json_keeps_unicode(tmp_path):
    folder = tmp_path / "acct"
    folder.mkdir()
    (folder / "posts.txt").write_text("ein Beitrag über Brötchen und Kaffee\n")
    (folder / "account.yaml").write_text("name: Jürgen ☕\n")
    result = invoke("inspect", "--json", folder)
    assert result.exit_code == 0, result.output
    assert "Jürgen ☕" in result.stdout
    assert json.loads(result.stdout)["accounts"][0]["name"] == "Jürgen ☕"


def test_inspect_missing_path(tmp_path):
    missing = tmp_path / ("a-rather-long-folder-name-" * 4) / "export"
    assert_one_line_error(invoke("inspect", missing), missing, "no such file or folder")


def test_inspect_stops_at_first_bad_path(tmp_path, fixtures_dir):
    bad = tmp_path / "posts.csv"
    bad.write_text("id,body\n1,hi\n")
    result = invoke("inspect", "--json", fixtures_dir / "small.txt", bad)
    assert_one_line_error(result, bad, "no 'text' column")
    assert "{" not in result.output  # no partial JSON


def test_inspect_without_paths_reads_the_site(tmp_path, fixtures_dir):
    """`htsite inspect` in a site: every account folder (hidden ones and loose files are not)."""
    import shutil

    root = tmp_path / "site"
    assert invoke("new", root).exit_code == 0
    accounts = root / "site_src" / "accounts"
    shutil.copytree(fixtures_dir / "x_small", accounts / "xs")
    shutil.copytree(fixtures_dir / "mastodon_small", accounts / "ms")
    (accounts / ".trash").mkdir()
    (accounts / "notes.txt").write_text("not an account\n")
    result = invoke("inspect", "--json", "--site", root)
    assert result.exit_code == 0, result.output
    both = json.loads(result.stdout)["accounts"]
    alone = [
        json.loads(invoke("inspect", "--json", accounts / n).stdout)["accounts"][0] for n in ("ms", "xs")
    ]
    assert both == alone  # sorted by folder name


def test_inspect_without_paths_needs_a_site_with_accounts(tmp_path):
    assert_one_line_error(invoke("inspect", "--site", tmp_path), tmp_path, "no site_src/site.yaml here")
    root = tmp_path / "site"
    assert invoke("new", root).exit_code == 0
    assert_one_line_error(
        invoke("inspect", "--site", root), root / "site_src" / "accounts", "no account folders"
    )


# -- commands that need a site -------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["build"], ["pages"], ["eval"], ["serve"], ["train", "ada"], ["sample", "ada"]],
    ids=lambda a: a[0],
)
def test_no_site_here(tmp_path, args):
    if args[0] not in COMMANDS:
        pytest.skip(f"no {args[0]} command")
    result = invoke(*args, "--site", tmp_path)
    assert_one_line_error(result, tmp_path, "no site_src/site.yaml here")


def test_site_from_environment(tmp_path):
    result = runner.invoke(app, ["build"], env={"HTSITE_SITE": str(tmp_path), "COLUMNS": "200"})
    assert_one_line_error(result, tmp_path)


# -- new -----------------------------------------------------------------------------------------


def test_new_creates_a_site(tmp_path):
    target = tmp_path / "nested" / "mysite"
    result = invoke("new", target)
    assert result.exit_code == 0, result.output
    assert (target / "site_src" / "site.yaml").is_file()
    assert (target / "site_src" / "accounts").is_dir() and (target / "site_src" / "bots").is_dir()
    assert (target / "mkdocs.yml").is_file()
    assert (target / "docs").is_dir() and (target / "docs" / "about.md").is_file()
    assert (target / "models" / "README.md").is_file()
    assert not (target / "models_README.md").exists()
    assert str(target) in result.output


def test_new_in_empty_existing_dir(tmp_path):
    assert invoke("new", tmp_path).exit_code == 0
    assert (tmp_path / "site_src" / "site.yaml").is_file()


def test_new_refuses_non_empty_dir(tmp_path):
    (tmp_path / "keep.txt").write_text("mine")
    assert_one_line_error(invoke("new", tmp_path), tmp_path, "not empty")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


# -- invalid settings ----------------------------------------------------------------------------


@pytest.fixture
def site(tmp_path) -> Path:
    root = tmp_path / "site"
    assert invoke("new", root).exit_code == 0
    return root


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("titel: typo\n", "titel"),
        ("train:\n  max_stepz: 3\n", "max_stepz"),
        ("train:\n  method: magic\n", "train.method"),
        ("train: {max_steps: lots}\n", "train.max_steps"),
        ("title: [unclosed\n", "cannot read YAML"),
        ("title: 'x\n", "cannot read YAML"),
        ("- a\n- list\n", "expected a mapping"),
        ("\tbad: indent\n", "cannot read YAML"),
    ],
    ids=["bad-key", "bad-nested-key", "bad-choice", "bad-number", "bad-yaml", "unterminated", "list", "tab"],
)
def test_invalid_site_yaml(site, content, needle):
    path = site / "site_src" / "site.yaml"
    path.write_text(content)
    result = invoke("build", "--site", site)
    assert_one_line_error(result, path, needle)


def test_site_yaml_not_utf8(site):
    path = site / "site_src" / "site.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    assert_one_line_error(invoke("pages", "--site", site), path, "cannot read YAML")


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("ok.yaml", "accounts: [a]\nextra: 1\n", "extra"),
        ("ok.yaml", "accounts: []\n", "accounts"),
        ("ok.yaml", "accounts: [a, b, c, d]\n", "accounts"),
        ("Bad Name.yaml", "accounts: [a]\n", "id"),
        ("ok.yaml", "accounts: [a\n", "cannot read YAML"),
    ],
    ids=["bad-key", "no-accounts", "four-accounts", "bad-id", "bad-yaml"],
)
def test_invalid_bot_file(site, name, content, needle):
    path = site / "site_src" / "bots" / name
    path.write_text(content)
    assert_one_line_error(invoke("build", "--site", site), path, needle)


def test_env_override_validated(site):
    result = runner.invoke(
        app, ["build", "--site", str(site)], env={"HTSITE_MAX_STEPS": "many", "COLUMNS": "200"}
    )
    assert_one_line_error(result, site / "site_src" / "site.yaml", "train.max_steps")


def test_bad_device_is_a_usage_error(site):
    result = invoke("build", "--site", site, "--device", "tpu")
    assert result.exit_code == 2 and "--device" in result.output and "Traceback" not in result.output


def test_device_flag_overrides_site_yaml(site, monkeypatch):
    from generator import cli

    monkeypatch.delenv("HTSITE_DEVICE", raising=False)
    assert cli.open_site(site, "cpu").settings.train.device == "cpu"
    assert cli.open_site(site, "cuda:1").settings.train.device == "cuda:1"
    assert cli.open_site(site).settings.train.device == "auto"
    monkeypatch.setenv("HTSITE_DEVICE", "mps")  # the flag's env var is site.yaml's override too
    assert cli.open_site(site).settings.train.device == "mps"


def test_time_cap_is_off_unless_asked_for(site, monkeypatch):
    from generator import cli

    monkeypatch.delenv("HTSITE_MAX_MINUTES", raising=False)
    assert cli.open_site(site).settings.train.max_minutes is None  # the default: the plan decides
    monkeypatch.setenv("HTSITE_MAX_MINUTES", "2.5")
    assert cli.open_site(site).settings.train.max_minutes == 2.5
    (site / "site_src" / "site.yaml").write_text("train: {max_minutes: 3}\n")
    monkeypatch.setenv("HTSITE_MAX_MINUTES", "off")  # lifts a cap that site.yaml sets
    assert cli.open_site(site).settings.train.max_minutes is None


def test_bot_ids_are_lower_cased_handles(site):
    """BarackObama.yaml and `accounts: [BarackObama]` work, as huggingtweets took handles."""
    from generator.settings import Site

    (site / "site_src" / "accounts" / "BarackObama").mkdir(parents=True)
    (site / "site_src" / "bots" / "BarackObama.yaml").write_text("accounts: [BarackObama]\n")
    (site / "site_src" / "bots" / "Both.yaml").write_text("accounts: [barackobama]\n")  # any case
    bots = {b.id: b.accounts for b in Site(site).bots}
    assert bots == {"barackobama": ["BarackObama"], "both": ["BarackObama"]}
    assert Site(site).account_path("BARACKOBAMA") == site.resolve() / "site_src" / "accounts" / "BarackObama"


def test_without_bot_files_each_account_folder_is_a_bot(site):
    """Drop exports in site_src/accounts/ and build: with no bot file yet, every account folder is a
    bot of its own, named by its handle (hidden folders and loose files are not accounts)."""
    from generator.settings import Site, implicit_ids

    accounts = site / "site_src" / "accounts"
    for name in ("Ada", "tilly@mastodon.social", "alice.bsky.social", "tilly@b.example", "@@", ".trash"):
        (accounts / name).mkdir(parents=True)
    (accounts / "notes.txt").write_text("x")
    (site / "site_src" / "site.yaml").write_text("try_it: [tilly-mastodon-social]\n")  # may name one
    s = Site(site)
    assert [(b.id, b.accounts) for b in s.bots] == [
        ("ada", ["Ada"]),
        ("alice", ["alice.bsky.social"]),
        ("tilly", ["tilly@b.example"]),  # first in name order
        ("tilly-mastodon-social", ["tilly@mastodon.social"]),  # `tilly` is taken
    ]
    assert s.unused == ["@@"]  # no id can be made of it
    result = invoke("pages", "--site", site)  # renaming it, not a bot file (that would end the others' bots)
    assert (
        "no bot id can be made of site_src/accounts/@@" in result.output
        and "bots/<id>.yaml with" not in result.output
    )
    assert implicit_ids("@Tilly@Mastodon.Social") == ["tilly", "tilly-mastodon-social"]
    assert implicit_ids("did:plc:abc") == ["did-plc-abc"] and implicit_ids("__") == []


def test_bot_files_choose_the_bots(site):
    """Once there is a bot file, the bots are the files: a folder none names is no bot's."""
    from generator.settings import Site

    accounts, bots = site / "site_src" / "accounts", site / "site_src" / "bots"
    for name in ("Ada", "bo", "cy"):
        (accounts / name).mkdir(parents=True)
    (bots / "pair.yaml").write_text("accounts: [ada, bo]\n")  # any case
    s = Site(site)
    assert [(b.id, b.accounts) for b in s.bots] == [("pair", ["Ada", "bo"])]
    assert s.implicit == {} and s.unused == ["cy"]
    result = invoke("pages", "--site", site)
    assert "no bot uses site_src/accounts/cy: a site_src/bots/<id>.yaml with accounts: [cy]" in result.output


def test_build_names_the_bots_without_a_file(site):
    (site / "site_src" / "accounts" / "ann").mkdir(parents=True)
    result = invoke("pages", "--site", site)
    assert "no bot files yet, so each account folder is a bot: ann" in result.output
    assert result.exit_code == 1 and "ann: " in result.output  # an empty folder fails its bot only


def test_bot_ids_that_collide_once_lower_cased(site):
    (site / "site_src" / "bots" / "BarackObama.yaml").write_text("accounts: [a]\n")
    path = site / "site_src" / "bots" / "barackobama.yaml"
    path.write_text("accounts: [a]\n")
    assert_one_line_error(invoke("build", "--site", site), path, "taken by BarackObama.yaml")


def test_sample_contrast_out_of_range_is_a_usage_error(tmp_path):
    result = invoke("sample", "ada", "--site", tmp_path, "--contrast", "-1")
    assert result.exit_code == 2
    assert "--contrast" in result.output

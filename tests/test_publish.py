"""`htsite publish` and `htsite deploy`, offline: a small site built on the tiny model, uploaded to a
fake Hub on 127.0.0.1 (tests/fakehub.py), its files compared byte for byte, published again
(nothing uploaded), cut off mid-upload and resumed, and the gallery pushed to a local bare git
repository as GitHub Pages would receive it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from generator.cli import app
from tests.fakehub import FakeHub
from tests.snippet import run_snippet, snippet_from_html
from tests.test_build import make_site
from tests.tinymodel import make_tiny_model

runner = CliRunner()
OWNER = "htsite-tester"
BOTS = ["ada", "ada-bo"]


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The small site, built once: two bots (one a cyborg with a hostile name) on the tiny model."""
    tiny = make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")
    root = make_site(tmp_path_factory.mktemp("built") / "s", tiny)
    result = runner.invoke(app, ["build", "--site", str(root), "-q"])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def site(built, tmp_path) -> Path:
    """A copy of the built site per test: publishing records what it did in site_src/."""
    root = tmp_path / "s"
    shutil.copytree(built, root, symlinks=True)
    return root


@pytest.fixture
def hub():
    server = FakeHub(user=OWNER)
    yield server
    server.close()


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    """Nothing past 127.0.0.1; no token but the test's own; uploads without Xet (see the issue:
    the client decides, a fake Hub cannot steer it); the client's retry waits recorded, not slept."""
    import huggingface_hub.constants as hf_constants
    import huggingface_hub.utils._http as hf_http

    real = socket.create_connection

    def local_only(address, *args, **kwargs):
        assert address[0] in ("127.0.0.1", "localhost"), f"test tried to reach {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", local_only)
    monkeypatch.setattr(hf_constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setattr(hf_constants, "HF_TOKEN_PATH", str(tmp_path / "no-token"))
    monkeypatch.setattr(hf_constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "no-tokens"))
    for var in list(os.environ):
        if var.startswith(("HTSITE_", "HF_")) and var != "HTSITE_SHARED":
            monkeypatch.delenv(var)
    waits: list[float] = []

    class Clock:
        sleep = staticmethod(waits.append)

        def __getattr__(self, name):
            import time

            return getattr(time, name)

    monkeypatch.setattr(hf_http, "time", Clock())
    return waits


def invoke(hub: FakeHub | None, *args, token: str | None = "valid", env: dict | None = None):
    variables = {"COLUMNS": "200", "HF_HUB_DISABLE_XET": "1"}
    if hub is not None:
        variables["HF_ENDPOINT"] = hub.url
        if token:
            variables["HF_TOKEN"] = hub.token if token == "valid" else token
    return runner.invoke(app, [str(a) for a in args], env={**variables, **(env or {})})


def publish(hub, site: Path, *args, **kwargs):
    return invoke(hub, "publish", "--site", site, "--owner", OWNER, *args, **kwargs)


def state(site: Path) -> dict:
    return json.loads((site / "site_src" / "published.json").read_text())


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_one_error(result, *needles: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, result.output
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


def merged_state_dict(site: Path, bot: str):
    """The bot's weights merged independently of htsite's publish code: W + (α/r)·B·A."""
    from safetensors.torch import load_file

    config = json.loads((site / "models" / bot / "adapter_config.json").read_text())
    base_dir = Path(yaml.safe_load((site / "site_src" / "site.yaml").read_text())["base_model"])
    weights = {k: v.float() for k, v in load_file(base_dir / "model.safetensors").items()}
    adapter = load_file(site / "models" / bot / "adapter_model.safetensors")
    scale = config["lora_alpha"] / config["r"]
    for key in [k for k in adapter if k.endswith("lora_A.weight")]:
        target = key.removeprefix("base_model.model.").replace(".lora_A.weight", ".weight")
        delta = adapter[key.replace("lora_A", "lora_B")].float() @ adapter[key].float()
        weights[target] = weights[target] + scale * delta
    return weights


# -- publish: the normal journey -----------------------------------------------------------------


def test_publish_uploads_every_file_then_nothing_the_second_time(site, hub):
    models_before = tree_digest(site / "models")
    result = publish(hub, site)
    assert result.exit_code == 0, result.output
    assert "published 2 bots" in result.output and "htsite pages" in result.output
    record = state(site)["bots"]
    for bot in BOTS:
        repo = f"{OWNER}/{bot}"
        received = hub.files(repo)
        entry = record[bot]
        assert entry["repo"] == repo and entry["mode"] == "merged" and entry["url"] == f"{hub.url}/{repo}"
        assert (
            sorted(received)
            == sorted(entry["files"])
            == sorted(
                [
                    "README.md",
                    "chat_template.jinja",
                    "config.json",
                    "generation_config.json",
                    "model.safetensors",
                    "tokenizer.json",
                    "tokenizer_config.json",
                ]
            )
        )
        for path, data in received.items():  # what arrived is what publish meant to send
            assert hashlib.sha256(data).hexdigest() == entry["files"][path]["sha256"], path
            assert len(data) == entry["files"][path]["size"], path
        local = site / "models" / bot
        assert received["tokenizer.json"] == (local / "tokenizer.json").read_bytes()
        assert received["chat_template.jinja"] == (local / "chat_template.jinja").read_bytes()
        config = json.loads(received["config.json"])
        assert config["dtype"] == "float32" and config["architectures"] == ["LlamaForCausalLM"]
        generation = json.loads(received["generation_config.json"])
        assert generation["do_sample"] is True and generation["max_new_tokens"] == 12  # the site's sampling
        tokenizer_config = json.loads(received["tokenizer_config.json"])
        assert "is_local" not in tokenizer_config and tokenizer_config["model_max_length"] == 2048

        # The weights: the adapter folded into the base, byte for byte in the dtype publish chose.
        import torch
        from safetensors.torch import load

        check = entry["check"]
        assert set(check) == {"training", "adapter", "float32", "bfloat16"}
        assert abs(check["adapter"] / check["training"] - 1) < 0.01  # the same model training measured
        dtype = getattr(torch, entry["dtype"])
        assert entry["dtype"] == ("bfloat16" if check["bfloat16"] <= 1.01 * check["training"] else "float32")
        got = load(received["model.safetensors"])
        expected = merged_state_dict(site, bot)
        for name, tensor in got.items():
            assert tensor.dtype == dtype, name
            want = expected[name].to(dtype)
            assert torch.equal(tensor, want) or torch.allclose(tensor.float(), want.float(), atol=1e-6), name

    puts, commits = sum(hub.puts.values()), len(hub.commits)
    assert puts == 2 and commits == 2  # one LFS upload (the weights) and one commit per bot
    assert tree_digest(site / "models") == models_before  # publishing never touches models/

    again = publish(hub, site)
    assert again.exit_code == 0, again.output
    assert "0 files uploaded" in again.output and "unchanged" in again.output
    assert sum(hub.puts.values()) == puts and len(hub.commits) == commits
    assert not [p for m, p, _ in hub.log if m == "POST" and "/preupload/" in p][2:]  # none the second time
    assert not (site / ".htsite-publish").exists() or not any((site / ".htsite-publish").iterdir())


def test_token_never_printed_nor_written(site, hub):
    hub.token = "hf_" + "S3cr3t" * 6
    result = publish(hub, site, "--json")
    assert result.exit_code == 0, result.output
    assert hub.token not in result.output
    for path in site.rglob("*"):
        if path.is_file():
            assert hub.token.encode() not in path.read_bytes(), path


def test_model_card_front_matter_parses_and_names_the_hub_id(site, hub):
    from huggingface_hub import ModelCard

    assert publish(hub, site).exit_code == 0
    text = hub.files(f"{OWNER}/ada")["README.md"].decode()
    data = ModelCard(text).data.to_dict()  # offline: validate() would call the Hub
    assert data["library_name"] == "transformers" and data["pipeline_tag"] == "text-generation"
    assert data["license"] == "apache-2.0" and "htsite" in data["tags"]
    assert data["widget"] == [{"text": "My dream is"}]
    assert f"model='{OWNER}/ada'" in text and "pip install transformers torch" in text
    assert "from the site's root folder" not in text


def test_adapter_mode_points_at_the_base_hub_id_and_runs_with_peft(site, hub):
    """--adapter: only the adapter goes up, naming the base's Hub id; a visitor with peft runs it."""
    from huggingface_hub import ModelCard

    tiny = Path(yaml.safe_load((site / "site_src" / "site.yaml").read_text())["base_model"])
    with (site / "site_src" / "site.yaml").open("a") as fh:
        fh.write(f"publish: {{base_hub_id: {OWNER}/tiny-llama}}\n")
    hub.seed(f"{OWNER}/tiny-llama", {p.name: p.read_bytes() for p in tiny.iterdir() if p.is_file()})
    result = publish(hub, site, "--adapter", "ada")
    assert result.exit_code == 0, result.output
    received = hub.files(f"{OWNER}/ada")
    assert sorted(received) == sorted(
        [
            "README.md",
            "adapter_config.json",
            "adapter_model.safetensors",
            "chat_template.jinja",
            "tokenizer.json",
            "tokenizer_config.json",
        ]
    )
    local = site / "models" / "ada"
    assert received["adapter_model.safetensors"] == (local / "adapter_model.safetensors").read_bytes()
    config = json.loads(received["adapter_config.json"])
    assert config["base_model_name_or_path"] == f"{OWNER}/tiny-llama"
    assert {k: v for k, v in config.items() if k != "base_model_name_or_path"} == {
        k: v
        for k, v in json.loads((local / "adapter_config.json").read_text()).items()
        if k != "base_model_name_or_path"
    }
    card = ModelCard(received["README.md"].decode())
    assert card.data.library_name == "peft" and card.data.base_model == f"{OWNER}/tiny-llama"
    assert "lora" in card.data.tags and "pip install transformers peft torch" in card.text
    assert "LoRA adapter" in card.text

    code = (
        "from transformers import pipeline\n"
        f"generator = pipeline('text-generation', model='{OWNER}/ada')\n"
        'generator("My dream is", num_return_sequences=2, max_new_tokens=5)'
    )
    outputs = run_on_hub(code, hub, site)
    assert len(outputs) == 2 and all(o["generated_text"].startswith("My dream is") for o in outputs)

    # Back to merged weights: the adapter files go, or transformers would still read an adapter.
    result = publish(hub, site, "--merged", "ada")
    assert result.exit_code == 0, result.output
    received = hub.files(f"{OWNER}/ada")
    assert "adapter_config.json" not in received and "model.safetensors" in received
    assert hub.commits[-1]["deleted"] == ["adapter_config.json", "adapter_model.safetensors"]


def test_adapter_needs_a_base_hub_id(site, hub):
    result = publish(hub, site, "--adapter")
    assert_one_error(result, "site.yaml", "base_hub_id")
    assert hub.log == []


def run_on_hub(code: str, hub: FakeHub, site: Path) -> list:
    """The visitor: a fresh Python with an empty HF cache, the fake Hub as its only Hub."""
    env = {
        "HF_ENDPOINT": hub.url,
        "HF_HOME": str(site.parent / "visitor-hf-home"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
    }
    shutil.rmtree(env["HF_HOME"], ignore_errors=True)
    outputs = run_snippet(code, cwd=site.parent, env=env, local_only=True)
    assert any("/resolve/" in p for _, p, _ in hub.log)  # it did download from the fake Hub
    return outputs


# -- pages after publishing ----------------------------------------------------------------------


def test_pages_point_at_the_hub_once_published_and_the_snippet_runs_there(site, hub):
    assert publish(hub, site, "ada").exit_code == 0  # ada only: ada-bo stays unpublished
    result = invoke(None, "pages", "--site", site)
    assert result.exit_code == 0, result.output
    assert ": 0 trained, 0 sampled" in result.output  # pages never retrain
    page = site / "site" / "bots" / "ada" / "index.html"
    text = page.read_text()
    url = f"{hub.url}/{OWNER}/ada"
    assert f'href="{url}"' in text and "View on the Hub" in text
    header = re.search(r'<div class="htsite-hub">(.*?)</div>', text, re.S).group(1)
    assert f'<a href="{url}" title="View on the Hub">{OWNER}/ada</a>' in header
    snippet = snippet_from_html(page)
    assert f"pipeline('text-generation', model='{OWNER}/ada')" in snippet
    other = (site / "site" / "bots" / "ada-bo" / "index.html").read_text()
    assert "models/ada-bo" in other and "htsite publish" in other and "View on the Hub" not in other
    index = (site / "site" / "index.html").read_text()
    assert index.count(f'href="{url}"') == 1
    card = (site / "models" / "ada" / "README.md").read_text()  # the build's card names the Hub id too
    assert f"model='{OWNER}/ada'" in card

    outputs = run_on_hub(snippet, hub, site)
    assert len(outputs) == 5 and all(o["generated_text"].startswith("My dream is") for o in outputs)


def test_retrained_bot_keeps_the_local_snippet_until_published_again(site, hub):
    assert publish(hub, site, "ada").exit_code == 0
    record = json.loads((site / "site_src" / "published.json").read_text())
    record["bots"]["ada"]["train_key"] = "an-older-training"
    (site / "site_src" / "published.json").write_text(json.dumps(record))
    assert invoke(None, "pages", "--site", site).exit_code == 0
    text = (site / "site" / "bots" / "ada" / "index.html").read_text()
    assert "models/ada" in text and "View on the Hub" not in text


# -- dry run, settings, exit codes ---------------------------------------------------------------


def test_dry_run_lists_repos_and_files_with_sizes_and_sends_nothing(site, hub):
    result = invoke(None, "publish", "--site", site, "--owner", OWNER, "--dry-run", "--json", token=None)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    assert sorted(summary["bots"]) == BOTS and summary["dry_run"] is True
    for bot, plan in summary["bots"].items():
        assert plan["repo"] == f"{OWNER}/{bot}"
        sizes = {f["path"]: f["size"] for f in plan["files"]}
        assert sizes["model.safetensors"] > 1_000_000 and sizes["README.md"] > 1000
    # Both stages are kept for the real run: staging ada never takes the cyborg ada-bo's.
    assert sorted(p.name.rsplit("-", 1)[0] for p in (site / ".htsite-publish").iterdir()) == BOTS
    text = invoke(None, "publish", "--site", site, "--owner", OWNER, "--dry-run", token=None)
    assert text.exit_code == 0 and f"{OWNER}/ada-bo (merged):" in text.output
    assert re.search(r"model\.safetensors\s+\d+ MB", text.output)
    assert "nothing was uploaded" in text.output and hub.log == []
    assert not (site / "site_src" / "published.json").exists()


def test_missing_token_exits_1_in_one_line(site, hub):
    result = publish(hub, site, token=None)
    assert_one_error(result, "no Hugging Face token", "HF_TOKEN")
    assert hub.log == []


def test_rejected_token_exits_1_in_one_line_and_uploads_nothing(site, hub):
    result = publish(hub, site, token="hf_not_a_real_token")
    line = assert_one_error(result, "rejected the token", "401", "HF_TOKEN")
    assert "hf_not_a_real_token" not in result.output and "hf_not" not in line
    assert hub.repos == {} and not hub.puts
    assert not (site / "site_src" / "published.json").exists()


def test_bad_owner_is_a_usage_error_and_sends_nothing(site, hub):
    result = invoke(hub, "publish", "--site", site, "--owner", "bad--owner")
    assert result.exit_code == 2 and "--owner" in result.output and "Traceback" not in result.output
    assert hub.log == []


def test_bot_id_the_hub_refuses_is_refused_before_any_upload(site, hub):
    (site / "site_src" / "bots" / "ada.yaml").rename(site / "site_src" / "bots" / "ada--x.yaml")
    result = publish(hub, site)
    assert_one_error(result, "ada--x", "not a valid Hub repo name")
    assert [p for _, p, _ in hub.log if p != "/api/whoami-v2"] == []


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("publish: {hub_owner: 'no spaces'}\n", "publish.hub_owner"),
        ("publish: {hub_ownr: x}\n", "hub_ownr"),
        ("publish: {base_hub_id: nope}\n", "publish.base_hub_id"),
        ("site_url: ftp://example.org/\n", "site_url"),
    ],
    ids=["bad-owner", "typo", "bad-base-id", "bad-site-url"],
)
def test_bad_publish_settings_name_site_yaml(site, hub, content, needle):
    path = site / "site_src" / "site.yaml"
    path.write_text(path.read_text() + content)
    result = publish(hub, site)
    assert_one_error(result, str(path), needle)
    assert hub.log == []


def test_owner_from_site_yaml_environment_or_token(site, hub):
    path = site / "site_src" / "site.yaml"
    path.write_text(path.read_text() + "publish: {hub_owner: from-yaml}\n")
    dry = ["publish", "--site", site, "--dry-run", "--json"]
    result = invoke(None, *dry, token=None)
    assert json.loads(result.stdout)["bots"]["ada"]["repo"] == "from-yaml/ada"
    result = invoke(None, *dry, token=None, env={"HTSITE_HUB_OWNER": "from-env"})
    assert json.loads(result.stdout)["bots"]["ada"]["repo"] == "from-env/ada"
    path.write_text(path.read_text().replace("publish: {hub_owner: from-yaml}\n", ""))
    result = invoke(hub, *dry)  # no owner anywhere: the token's user
    assert json.loads(result.stdout)["bots"]["ada"]["repo"] == f"{OWNER}/ada"


@pytest.mark.parametrize(
    "args",
    [["publish", "--owner"], ["publish", "--bogus"], ["deploy", "--remote"], ["deploy", "extra-arg"]],
    ids=["owner-without-value", "unknown-option", "remote-without-value", "extra-argument"],
)
def test_usage_errors_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "Traceback" not in result.output


# -- failures mid-upload -------------------------------------------------------------------------


def test_dropped_connection_exits_1_naming_the_bot_then_resumes_without_resending(site, hub):
    # ada-bo goes first (bots are in file-name order); ada's commit is cut off after its upload.
    hub.drop(lambda method, path: method == "POST" and path == f"/api/models/{OWNER}/ada/commit/main")
    result = publish(hub, site)
    line = assert_one_error(result, "publishing ada", "connection", "run `htsite publish` again")
    assert "ada-bo" not in line
    assert set(state(site)["bots"]) == {"ada-bo"}  # what did land is recorded
    assert list((site / ".htsite-publish").glob("ada-*"))  # ada's stage is kept for the next run
    uploaded = dict(hub.puts)
    assert len(uploaded) == 2 and set(uploaded.values()) == {1}

    hub.drop(None)
    result = publish(hub, site)
    assert result.exit_code == 0, result.output
    assert hub.puts == uploaded  # the weights already on the Hub were not sent again
    assert sorted(state(site)["bots"]) == BOTS and hub.files(f"{OWNER}/ada")
    assert f"{OWNER}/ada-bo: unchanged" in result.output


def test_network_failure_retries_a_bounded_number_of_times(site, hub, offline):
    hub.drop(lambda method, path: method == "PUT")  # every LFS upload is cut off
    result = publish(hub, site, "ada")
    assert_one_error(result, "publishing ada", "connection")
    assert offline == [1, 2, 4, 8, 8]  # huggingface_hub's 5 retries, waits recorded rather than slept
    assert not hub.commits and not (site / "site_src" / "published.json").exists()


# -- site_url, deploy ------------------------------------------------------------------------------


def test_site_url_makes_social_tags_absolute_and_its_absence_warns_once(site):
    result = invoke(None, "pages", "--site", site)
    assert result.exit_code == 0 and result.output.count("site_url is not set") == 1
    path = site / "site_src" / "site.yaml"
    path.write_text(path.read_text() + "site_url: https://ada.example.org/gallery\n")
    result = invoke(None, "pages", "--site", site)
    assert result.exit_code == 0 and "site_url" not in result.output
    page = (site / "site" / "bots" / "ada-bo" / "index.html").read_text()
    base = "https://ada.example.org/gallery/"
    assert f'<meta property="og:image" content="{base}assets/generated/ada-bo-social.png">' in page
    assert f'<meta name="twitter:image" content="{base}assets/generated/ada-bo-social.png">' in page
    assert f'<meta property="og:url" content="{base}bots/ada-bo/">' in page
    index = (site / "site" / "index.html").read_text()
    assert f'<meta property="og:image" content="{base}assets/generated/gallery-social.png">' in index
    card = (site / "models" / "ada" / "README.md").read_text()
    assert f"{base}bots/ada/" in card and f"{base}how-it-works/" in card
    result = invoke(None, "pages", "--site", site, env={"HTSITE_SITE_URL": "https://other.example/"})
    assert result.exit_code == 0
    assert "https://other.example/bots/ada/" in (site / "site" / "bots" / "ada" / "index.html").read_text()


def git(*args, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


def test_deploy_pushes_the_site_to_gh_pages_of_a_bare_remote(site, tmp_path):
    remote = tmp_path / "remote.git"
    git("init", "--bare", "-q", str(remote), cwd=tmp_path)
    git("init", "-q", cwd=site)
    git("config", "user.name", "Ada Tester", cwd=site)
    git("config", "user.email", "ada@example.org", cwd=site)
    git("add", "site_src", cwd=site)
    git("commit", "-q", "-m", "the gallery", cwd=site)
    git("remote", "add", "origin", str(remote), cwd=site)

    result = invoke(None, "deploy", "--site", site)
    assert result.exit_code == 0, result.output
    assert "deployed site/ to gh-pages on origin" in result.output
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    assert {"index.html", ".nojekyll", "bots/ada/index.html", "bots/ada-bo/index.html"} <= files
    assert files == {str(p.relative_to(site / "site")) for p in (site / "site").rglob("*") if p.is_file()} | {
        ".nojekyll"
    }
    deployed = git("show", "gh-pages:bots/ada/index.html", cwd=remote)
    assert deployed == (site / "site" / "bots" / "ada" / "index.html").read_text()

    result = invoke(None, "deploy", "--site", site, "-m", "again")  # a second deploy adds a commit
    assert result.exit_code == 0, result.output
    assert git("log", "-1", "--format=%s", "gh-pages", cwd=remote).strip() == "again"


def test_deploy_outside_a_git_repository_exits_1(site):
    result = invoke(None, "deploy", "--site", site)
    assert_one_error(result, "not in a git repository", "git init")


def test_deploy_needs_a_built_site(site):
    shutil.rmtree(site / "site")
    assert_one_error(invoke(None, "deploy", "--site", site), "no built site", "htsite build")


def test_deploy_to_an_unreachable_remote_exits_1(site, tmp_path):
    git("init", "-q", cwd=site)
    git("config", "user.name", "Ada Tester", cwd=site)
    git("config", "user.email", "ada@example.org", cwd=site)
    result = invoke(None, "deploy", "--site", site, "--remote", str(tmp_path / "missing.git"))
    assert_one_error(result, "deploy failed")


# -- the pieces ----------------------------------------------------------------------------------


def test_bfloat16_only_when_perplexity_rises_at_most_1_percent():
    from generator.publish import within_tolerance

    assert within_tolerance({"training": 100.0, "float32": 97.0, "bfloat16": 100.9})
    assert not within_tolerance({"training": 100.0, "float32": 97.0, "bfloat16": 101.2})
    assert within_tolerance({"training": None, "float32": 50.0, "bfloat16": 50.4})


def test_staged_hashes_match_git_and_sha256(tmp_path):
    from generator.publish import Staged

    path = tmp_path / "f.bin"
    path.write_bytes(b"hello\n" * 1000)
    staged = Staged.of("f.bin", path)
    assert staged.git_sha1 == git("hash-object", str(path), cwd=tmp_path).strip()
    assert staged.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert Staged.of("f.bin", path.read_bytes()).record() == staged.record()


@pytest.mark.parametrize(
    ("owner", "bot", "ok"),
    [
        ("me", "ada", True),
        ("me-org", "ada_2.x", True),
        ("bad--owner", "ada", False),
        ("-me", "ada", False),
        ("me", "a--b", False),
        ("me", "ada-", False),
        ("me", "x" * 97, False),
    ],
)
def test_repo_ids_the_hub_would_refuse_are_refused(owner, bot, ok, tmp_path):
    from generator.errors import InputError
    from generator.publish import check_repo_id

    if ok:
        assert check_repo_id(owner, bot, tmp_path) == f"{owner}/{bot}"
    else:
        with pytest.raises(InputError):
            check_repo_id(owner, bot, tmp_path)

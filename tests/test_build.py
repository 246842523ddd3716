"""`htsite build` end to end on a small site, with the tiny random-init model as base (seconds)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.scaffold import scaffold
from tests.tinymodel import make_tiny_model

runner = CliRunner()
HOSTILE = '<script>alert("x")</script> ](javascript:alert(1)) {{ 7*7 }}'
TOPICS = {
    "ada": ["sourdough", "rye crumb", "oven spring", "proofing basket", "laminated dough"],
    "bo": ["floppy drive", "Z80 opcode", "CRT bezel", "serial cable", "tape loader"],
}


def write_account(folder: Path, handle: str, n: int = 60, extra: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "posts.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "created_at", "text"])
        for i in range(n):
            topic = TOPICS[handle][i % 5]
            w.writerow([i, "2024-01-01T00:00:00Z", f"today the {topic} number {i} went well {extra}"])
        w.writerow([n, "", "RT @someone: not mine"])
        w.writerow([n + 1, "", "Short one"])


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")


def make_site(root: Path, tiny: Path) -> Path:
    scaffold(root)
    (root / "site_src" / "site.yaml").write_text(
        f"title: Test gallery\nbase_model: {tiny}\n"
        "curate: {min_chars: 500, warn_chars: 1000}\n"
        "train: {max_steps: 4, batch_size: 2, block_size: 32}\n"
        "sample: {max_new_tokens: 12, min_new_tokens: 2, num_return_sequences: 5}\n"
    )
    write_account(root / "site_src" / "accounts" / "ada", "ada")
    write_account(root / "site_src" / "accounts" / "bo", "bo")
    (root / "site_src" / "accounts" / "bo" / "account.yaml").write_text(f"name: {json.dumps(HOSTILE)}\n")
    bots = root / "site_src" / "bots"
    (bots / "ada.yaml").write_text("accounts: [ada]\n")
    (bots / "ada-bo.yaml").write_text("accounts: [ada, bo]\n")
    return root


def build(root: Path, *args):
    result = runner.invoke(app, ["build", "--site", str(root), "--json", *args])
    report = json.loads(result.stdout[result.stdout.index("{") :]) if "{" in result.stdout else {}
    return result, report


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_path):
    root = make_site(tmp_path_factory.mktemp("site") / "s", tiny_path)
    result, report = build(root)
    assert result.exit_code == 0, result.output
    return root, report


def test_first_build_trains_every_bot(built):
    root, report = built
    assert sorted(report["trained"]) == ["ada", "ada-bo"] and report["failed"] == {}
    for bot in ("ada", "ada-bo"):
        metrics = json.loads((root / "models" / bot / "metrics.json").read_text())
        for key in (
            "base_eval_loss",
            "eval_loss",
            "base_perplexity",
            "perplexity",
            "train_tokens",
            "steps",
            "planned_steps",
            "stopped_by",
            "settings",
        ):
            assert key in metrics
        assert metrics["stopped_by"] == "plan" and metrics["steps"] == metrics["planned_steps"]
        timings = json.loads((root / "models" / bot / "timings.json").read_text())
        assert timings["train_seconds"] > 0 and timings["tokens_per_second"] > 0
        assert not {"train_seconds", "tokens_per_second", "resumed_from_step"} & set(metrics)
        predictions = json.loads((root / "models" / bot / "predictions.json").read_text())["predictions"]
        assert len(predictions) >= 5 and all(p["text"].startswith("My dream is") for p in predictions)
        assert all("\n" not in p["text"] for p in predictions)
        assert (root / "models" / bot / "README.md").read_text().startswith("---\n")


def test_every_bot_gets_a_voice_figure(built):
    """metrics.json, the bot's page and the style-matrix page carry the voice figure, computed on
    samples of its own that are never the ones shown."""
    root, report = built
    voices = json.loads((root / "models" / "voice.json").read_text())
    assert voices["classes"] == ["ada", "bo", "(base model)"] and voices["check"]["accuracy"] is not None
    for bot, own in (("ada", ["ada"]), ("ada-bo", ["ada", "bo"])):
        metrics = json.loads((root / "models" / bot / "metrics.json").read_text())
        figure, variety = metrics["voice"], metrics["variety"]
        stored = dict(voices["bots"][bot])
        assert variety.items() >= stored.pop("variety").items()  # + the shown predictions' checks
        assert figure == stored and figure["samples"] >= 20
        assert variety["shown"] >= 1 and report["variety"][bot] == variety["ratio"]
        assert figure["own"] == sum(figure["attributed"][h] for h in own)
        assert figure["score"] == round(figure["own"] / figure["samples"], 3) == report["voice"][bot]
        drawn = json.loads((root / "models" / bot / "predictions.json").read_text())
        shown = {p["text"] for p in drawn["predictions"]}
        assert len(drawn["voice_samples"]) >= 20 and not shown & {p["text"] for p in drawn["voice_samples"]}
        page = (root / "docs" / "bots" / f"{bot}.md").read_text()
        assert f"**Voice {figure['score']:.2f}.**" in page and "never shown" in page
        # The shown predictions are the first drawn, contrastively, and the page says so.
        assert "pool" not in drawn["stats"] and drawn["stats"]["contrast"] == 1.5
        assert "Drawn by contrastive sampling (contrast 1.5)" in page
    matrix_page = (root / "site" / "style-matrix" / "index.html").read_text()
    assert "Voice" in matrix_page and "Base model" in matrix_page


def test_site_has_a_card_per_bot_and_full_pages(built):
    root, _ = built
    index = (root / "site" / "index.html").read_text()
    assert index.count('class="htsite-card-avatars"') == 2
    page = (root / "site" / "bots" / "ada-bo" / "index.html").read_text()
    for needle in (
        "AI CYBORG",
        "@ada",
        "@bo",
        "Posts downloaded",
        "Posts kept",
        "Training procedure",
        "How to use",
        "Limitations and bias",
        "models/ada-bo",
    ):
        assert needle in page
    assert "AI BOT" in (root / "site" / "bots" / "ada" / "index.html").read_text()
    assert (root / "docs" / "assets" / "generated" / "ada-bo.png").is_file()


def test_hostile_names_render_as_text_everywhere(built):
    root, _ = built
    for html in (root / "site").rglob("*.html"):
        text = html.read_text()
        assert "<script>alert" not in text, html
        assert 'href="javascript:' not in text, html
        assert "{{ 7*7 }}" not in text, html  # braces arrive as character references


def test_no_change_rebuild_trains_nothing(built):
    root, _ = built
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["trained"] == [] and report["sampled"] == []
    assert sorted(report["skipped"]) == ["ada", "ada-bo"]
    assert sorted(report["voice"]) == ["ada", "ada-bo"]  # read back, not recomputed


def test_changed_account_retrains_only_its_bots(tmp_path, tiny_path):
    root = make_site(tmp_path / "s", tiny_path)
    (root / "site_src" / "bots" / "bo.yaml").write_text("accounts: [bo]\n")
    assert build(root)[0].exit_code == 0
    write_account(root / "site_src" / "accounts" / "bo", "bo", extra="indeed")
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert sorted(report["trained"]) == ["ada-bo", "bo"] and report["skipped"] == ["ada"]
    matrix = json.loads((root / "models" / "eval.json").read_text())
    assert matrix["reused_cells"] == 2  # base and ada on ada's unchanged posts; nothing else holds


def test_bad_account_fails_its_bots_and_the_rest_build(tmp_path, tiny_path):
    root = make_site(tmp_path / "s", tiny_path)
    bad = root / "site_src" / "accounts" / "bo" / "posts.csv"
    bad.write_text("id,body\n1,hello there friend\n")
    result, report = build(root)
    assert result.exit_code == 1
    assert report["trained"] == ["ada"] and set(report["failed"]) == {"ada-bo"}
    assert "posts.csv" in report["failed"]["ada-bo"] and "Traceback" not in result.output
    assert (root / "site" / "bots" / "ada" / "index.html").is_file()


def test_too_little_text_is_refused(tmp_path, tiny_path):
    root = make_site(tmp_path / "s", tiny_path)
    write_account(root / "site_src" / "accounts" / "bo", "bo", n=3)
    result, report = build(root)
    assert result.exit_code == 1 and "characters kept" in report["failed"]["ada-bo"]


def test_pages_never_trains(tmp_path, tiny_path):
    root = make_site(tmp_path / "s", tiny_path)
    result = runner.invoke(app, ["pages", "--site", str(root)])
    assert result.exit_code == 1 and "not trained yet" in result.output
    assert not (root / "models" / "ada" / "metrics.json").exists()


def test_style_matrix_is_built_and_shown(built):
    root, _ = built
    matrix = json.loads((root / "models" / "eval.json").read_text())
    assert matrix["accounts"] == ["ada", "bo"] and sorted(matrix["bots"]) == ["ada", "ada-bo"]
    assert set(matrix["loss"]["ada-bo"]) == {"ada", "bo"} and "diagonal_dominant" in matrix
    assert "Style matrix" in (root / "site" / "style-matrix" / "index.html").read_text()
    result = runner.invoke(app, ["eval", "--site", str(root), "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout[result.stdout.index("{") :])
    assert printed["key"] == matrix["key"]
    assert printed["voice"] == json.loads((root / "models" / "voice.json").read_text())["bots"]
    result = runner.invoke(app, ["eval", "--site", str(root)])
    assert result.exit_code == 0 and "(base model)" in result.output


def test_killed_build_resumes_from_its_checkpoint(tmp_path, tiny_path):
    import signal
    import subprocess
    import sys
    import time

    root = make_site(tmp_path / "s", tiny_path)
    (root / "site_src" / "bots" / "ada-bo.yaml").unlink()
    site_yaml = root / "site_src" / "site.yaml"
    site_yaml.write_text(
        site_yaml.read_text().replace(
            "train: {max_steps: 4,",
            "train: {max_steps: 100000, epochs: 100000, max_minutes: 0.15, checkpoint_every: 1,",
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--site", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    checkpoints = root / "models" / ".checkpoints"
    deadline = time.monotonic() + 120
    while not list(checkpoints.glob("ada-*.pt")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list(checkpoints.glob("ada-*.pt")), "no checkpoint was written before the kill"
    assert not (root / "models" / "ada" / "metrics.json").exists()  # never a half-written model

    result, report = build(root)
    assert result.exit_code == 0, result.output
    metrics = json.loads((root / "models" / "ada" / "metrics.json").read_text())
    timings = json.loads((root / "models" / "ada" / "timings.json").read_text())
    assert timings["resumed_from_step"] > 0 and metrics["steps"] > timings["resumed_from_step"]
    assert not list(checkpoints.glob("*.pt"))
    # The cap, not the plan, ended this run: the build summary and the page say so.
    assert metrics["stopped_by"] == "max_minutes" and metrics["steps"] < metrics["planned_steps"]
    assert "max_minutes: 0.15" in report["cut_short"]["ada"]
    assert "Training was cut short" in (root / "docs" / "bots" / "ada.md").read_text()


def test_a_bot_finishing_leaves_other_bots_checkpoints_and_a_build_drops_finished_ones(tmp_path, tiny_path):
    root = make_site(tmp_path / "s", tiny_path)
    checkpoints = root / "models" / ".checkpoints"
    checkpoints.mkdir(parents=True)
    cyborg = checkpoints / "ada-bo-0123456789abcdef.pt"  # the cyborg ada-bo's run, killed midway
    cyborg.write_bytes(b"state")
    result, report = build(root, "--only", "ada")
    assert result.exit_code == 0, result.output
    assert report["trained"] == ["ada"] and cyborg.is_file()  # ada's finish took only its own

    # A build killed after ada's model was in place, before its checkpoint was removed:
    key = json.loads((root / "models" / "ada" / "metrics.json").read_text())["train_key"]
    (checkpoints / f"ada-{key}.pt").write_bytes(b"state")
    result, report = build(root, "--only", "ada")
    assert result.exit_code == 0, result.output
    assert report["skipped"] == ["ada"] and [p.name for p in checkpoints.iterdir()] == [cyborg.name]


MODEL_FILES = (
    "metrics.json",
    "predictions.json",
    "adapter_model.safetensors",
    "adapter_config.json",
    "README.md",
)


def model_bytes(root: Path) -> dict[str, bytes]:
    """What must not depend on the machine's load: each bot's metrics, predictions and adapter,
    and the pages made from them."""
    files = [root / "models" / bot / name for bot in ("ada", "ada-bo") for name in MODEL_FILES]
    files += sorted((root / "docs" / "bots").glob("*.md")) + [root / "docs" / "style-matrix.md"]
    files += [root / "models" / name for name in ("eval.json", "voice.json", "voice-base.json")]
    return {str(f.relative_to(root)): f.read_bytes() for f in files}


def test_same_inputs_same_bots_on_an_idle_and_a_loaded_machine(built, tmp_path, tiny_path):
    """The training plan is fixed by data and settings, not the clock: a second build of the same
    site, with CPU-bound processes competing for every core, writes byte-identical models."""
    import os
    import subprocess
    import sys

    root, _ = built
    again = make_site(tmp_path / "s", tiny_path)
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 1)]
    try:
        result, report = build(again)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    assert result.exit_code == 0, result.output
    assert sorted(report["trained"]) == ["ada", "ada-bo"] and report["cut_short"] == {}
    first, second = model_bytes(root), model_bytes(again)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], f"{name} differs between the idle and the loaded build"


def test_without_bot_files_each_account_is_a_bot(tmp_path, tiny_path):
    """A site with exports and no bot file builds a bot per account; writing the bot file that says
    the same later retrains nothing, and from then on the files choose the bots."""
    root = make_site(tmp_path / "s", tiny_path)
    for path in (root / "site_src" / "bots").glob("*.yaml"):
        path.unlink()
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["trained"] == ["ada", "bo"]
    assert sorted(p.name for p in (root / "site" / "bots").iterdir()) == ["ada", "bo"]
    (root / "site_src" / "bots" / "ada.yaml").write_text("accounts: [ada]\n")
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["trained"] == [] and report["skipped"] == ["ada"]
    assert "no bot uses site_src/accounts/bo" in result.output
    assert sorted(p.name for p in (root / "site" / "bots").iterdir()) == ["ada"]


def test_a_handle_as_people_write_it(tmp_path, tiny_path):
    """BarackObama.yaml with `accounts: [BarackObama]`: the bot id is lower-cased (its URL and
    models/ folder), its page shows the handle as written."""
    root = make_site(tmp_path / "s", tiny_path)
    for path in (root / "site_src" / "bots").glob("*.yaml"):
        path.unlink()
    (root / "site_src" / "accounts" / "ada").rename(root / "site_src" / "accounts" / "AdaLovelace")
    (root / "site_src" / "bots" / "AdaLovelace.yaml").write_text("accounts: [AdaLovelace]\n")
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["trained"] == ["adalovelace"]
    assert (root / "models" / "adalovelace" / "adapter_model.safetensors").is_file()
    page = (root / "site" / "bots" / "adalovelace" / "index.html").read_text()
    assert "@AdaLovelace" in page
    result = runner.invoke(app, ["sample", "AdaLovelace", "--site", str(root), "-n", "1", "--json"])
    assert result.exit_code == 0, result.output

"""A bot's job without a cluster: where its files go, how the build places jobs, the style
matrix's cells, and the CLI's scale-out flags (tiny random-init model, seconds)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import botjob, evaluate, files
from generator.cli import app
from generator.fanout import Scale, place
from generator.settings import SiteSettings
from tests.test_build import build, make_site
from tests.tinymodel import make_tiny_model

runner = CliRunner()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")


# -- placement: never more threads than cores, one bot per GPU -----------------------------------
def test_local_workers_share_the_cores():
    two = place(Scale(workers=2), [{"CPU": 2}], "auto", local_cores=2)
    assert (two.cpus, two.gpus, two.slots, two.device) == (1, 0, 2, "cpu")
    one = place(Scale(workers=1), [{"CPU": 16}], "auto", local_cores=16)
    assert (one.cpus, one.slots) == (16, 1)
    too_many = place(Scale(workers=4), [{"CPU": 2}], "auto", local_cores=2)
    assert (too_many.cpus, too_many.slots) == (1, 2)  # 2 at a time, not 4 oversubscribed


def test_one_bot_per_gpu():
    node = {"CPU": 64, "GPU": 8}
    local = place(Scale(workers=8), [node], "auto", local_cores=64)
    assert (local.cpus, local.gpus, local.slots, local.device) == (8, 1, 8, "cuda")
    cluster = place(Scale(cluster="head:6379"), [node, node], "auto")
    assert (cluster.cpus, cluster.gpus, cluster.slots) == (1, 1, 16)
    halves = place(Scale(cluster="x", gpus_per_bot=0.5), [node], "auto")
    assert halves.slots == 16
    on_cpu = place(Scale(cluster="x"), [node], "cpu")  # device: cpu in site.yaml: GPUs unused
    assert (on_cpu.gpus, on_cpu.cpus, on_cpu.slots, on_cpu.device) == (0, 4, 16, None)


def test_a_task_never_asks_for_more_than_a_node_has():
    small = place(Scale(cluster="x"), [{"CPU": 2}, {"CPU": 2}], "auto")
    assert (small.cpus, small.slots) == (2, 2)
    asked = place(Scale(cluster="x", cpus_per_bot=8), [{"CPU": 4}], "auto")
    assert asked.cpus == 4


# -- the style matrix: cells linear in bots, stable picks ---------------------------------------
def test_each_bot_is_scored_on_its_own_accounts_and_a_fixed_number_of_others():
    settings = SiteSettings()
    accounts = [f"acct{i:03d}" for i in range(100)]
    bots = {f"bot{b:03d}": [accounts[b]] for b in range(100)}
    for b in range(3, 100, 4):  # every 4th bot a cyborg
        bots[f"bot{b:03d}"].append(accounts[(b + 1) % 100])
    cells = {b: evaluate.wanted(b, own, accounts, settings) for b, own in bots.items()}
    for bot, own in bots.items():
        assert set(own) <= set(cells[bot]) and len(cells[bot]) == len(own) + 4
    assert sum(map(len, cells.values())) == 525  # 100 bots × (own + 4), not 100 × 100
    # Every account is scored by its own bot and, on average, by 4 others.
    scored = {a: sum(a in c for c in cells.values()) for a in accounts}
    assert min(scored.values()) >= 1 and sum(scored.values()) / len(accounts) == 5.25
    # A new account moves few picks: only where it ranks among a bot's 4 others.
    grown = {b: evaluate.wanted(b, own, [*accounts, "newcomer"], settings) for b, own in bots.items()}
    moved = [b for b in bots if grown[b] != cells[b]]
    assert 0 < len(moved) < 15 and all("newcomer" in grown[b] for b in moved)


def test_a_small_site_gets_the_full_matrix():
    settings = SiteSettings()
    accounts = ["a", "b", "c", "d", "e"]
    assert evaluate.wanted("x", ["c"], accounts, settings) == accounts


def test_a_probe_is_a_fixed_number_of_held_out_tokens(tiny):
    from generator import basemodel, train
    from generator.curate import Curated

    _, tokenizer = basemodel.load(basemodel.resolve(str(tiny)))
    texts = [f"post {i} about the harbour and the {i % 7} boats in it today" for i in range(600)]
    settings = SiteSettings.model_validate({"style_matrix": {"probe_tokens": 256}})
    probe = evaluate.probe_for("a", Curated("a", "A", 600, 0, 0, 600, texts=texts), settings)
    held = set(train.split_posts(texts, 1234, 0.1).eval)
    assert set(probe.texts) == held and probe.texts != sorted(probe.texts)  # held out, seeded order
    blocks = evaluate.probe_blocks(tokenizer, probe.texts, 256, 128)
    assert [len(b) for b in blocks] == [128, 128]
    again = evaluate.probe_for("a", Curated("a", "A", 600, 0, 0, 600, texts=texts), settings)
    assert again.key == probe.key and again.texts == probe.texts
    fewer = evaluate.probe_for("a", Curated("a", "A", 599, 0, 0, 599, texts=texts[:-1]), settings)
    assert (fewer.key == probe.key) == (fewer.texts == probe.texts)  # the key follows the text


# -- files: staged, renamed, swept -----------------------------------------------------------------
def test_a_folder_is_replaced_whole(tmp_path):
    dest = tmp_path / "models" / "bot"
    files.write_folder(dest, {"a.json": b"1", "b.bin": b"2"})
    files.write_folder(dest, {"a.json": b"3"})
    assert sorted(p.name for p in dest.iterdir()) == ["a.json"] and (dest / "a.json").read_bytes() == b"3"
    assert sorted(p.name for p in dest.parent.iterdir()) == ["bot"]
    with pytest.raises(ValueError):
        files.write_folder(dest, {"../escape": b"x"})
    assert (dest / "a.json").read_bytes() == b"3" and sorted(p.name for p in dest.parent.iterdir()) == ["bot"]


def test_a_staged_folder_replaces_its_destination_only_when_complete(tmp_path):
    """What export, the Try it runtime and train.save write through: an error inside the block
    leaves the old folder and no staging folder behind."""
    dest = tmp_path / "web"
    with files.staged(dest) as folder:
        (folder / "graph.onnx").write_bytes(b"old")
    with pytest.raises(RuntimeError), files.staged(dest) as folder:
        (folder / "graph.onnx").write_bytes(b"half")
        raise RuntimeError("export failed")
    assert [p.name for p in tmp_path.iterdir()] == ["web"] and (dest / "graph.onnx").read_bytes() == b"old"
    with files.staged(dest) as folder:
        (folder / "graph.onnx").write_bytes(b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["web"] and (dest / "graph.onnx").read_bytes() == b"new"


def test_what_killed_writers_left_is_swept(tmp_path):
    models = tmp_path / "models"
    files.staging_dir(models / "ada").joinpath("adapter_model.safetensors").write_bytes(b"half")
    (models / ".ada.old-1234").mkdir()
    (models / ".eval.json.tmp").write_text("{")
    (models / "ada").mkdir()
    (models / ".htsite-site").write_text("token")
    checkpoints = models / botjob.CHECKPOINTS
    checkpoints.mkdir()
    for name in ("ada-0123456789abcdef.pt", "ada-fedcba9876543210.pt", "ada-bo-0123456789abcdef.pt"):
        (checkpoints / name).write_bytes(b"state")
    # ada's model (key 0123…) is in place: its run's checkpoint is done with; the others resume.
    assert len(botjob.clean_up(models, {"ada": "0123456789abcdef", "cy": ""})) == 4
    assert sorted(p.name for p in models.iterdir()) == [".checkpoints", ".htsite-site", "ada"]
    assert sorted(p.name for p in checkpoints.iterdir()) == [
        "ada-bo-0123456789abcdef.pt",
        "ada-fedcba9876543210.pt",
    ]


def test_a_bots_checkpoints_are_never_another_bots(tmp_path):
    """Bot `ada` finishing must not take the checkpoint of the cyborg `ada-bo` training beside it."""
    for name in ("ada-0123456789abcdef.pt", "ada-bo-0123456789abcdef.pt", "ada-[x]-0123456789abcdef.pt"):
        (tmp_path / name).write_bytes(b"state")
    (tmp_path / "ada-0123456789abcdef.pt.tmp").write_bytes(b"half")
    assert [p.name for p in botjob.checkpoints_of(tmp_path, "ada")] == ["ada-0123456789abcdef.pt"]
    assert [p.name for p in botjob.checkpoints_of(tmp_path, "ada-bo")] == ["ada-bo-0123456789abcdef.pt"]
    assert [p.name for p in botjob.checkpoints_of(tmp_path, "ada-[x]")] == ["ada-[x]-0123456789abcdef.pt"]
    (tmp_path / "ada-bo-fedcba9876543210").mkdir()  # a publish stage: a folder, no suffix
    assert files.keyed(tmp_path, "ada") == [] and len(files.keyed(tmp_path, "ada-bo")) == 1


# -- a worker that can't see models/ returns the files as bytes --------------------------------
def model_folder_bytes(root: Path) -> dict[str, bytes]:
    models = root / "models"
    return {
        str(p.relative_to(models)): p.read_bytes()
        for p in sorted(models.glob("*/*"))
        if p.is_file() and p.name != "timings.json" and not p.parent.name.startswith((".", "base"))
    }


def test_a_worker_without_the_models_folder_returns_bytes(tmp_path, tiny, monkeypatch):
    """The job's worker doesn't find the build's token in models/ (another machine): it writes in
    a temp folder of its own and returns the files; the build puts them in place. A later job
    that only samples is sent the model, and returns just predictions.json."""
    here = make_site(tmp_path / "here", tiny)
    assert build(here)[0].exit_code == 0

    away = make_site(tmp_path / "away", tiny)
    monkeypatch.setenv("HTSITE_CACHE", str(tmp_path / "node-cache"))  # the worker's own disk
    monkeypatch.setattr(botjob, "site_token", lambda models: "no-worker-finds-this-token")
    landed = []
    land = botjob.land
    monkeypatch.setattr(botjob, "land", lambda result, models: landed.append(result) or land(result, models))
    result, report = build(away)
    assert result.exit_code == 0, result.output
    assert sorted(report["trained"]) == ["ada", "ada-bo"]
    assert {r.bot for r in landed if r.folder} == {"ada", "ada-bo"}
    assert not (away / "models" / ".checkpoints").exists()  # its checkpoints stayed on its node
    assert model_folder_bytes(away) == model_folder_bytes(here)
    for name in ("voice-base.json", "voice.json"):  # the base model's job returned its samples too
        assert (away / "models" / name).read_bytes() == (here / "models" / name).read_bytes()

    site_yaml = away / "site_src" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text().replace("num_return_sequences: 5", "num_return_sequences: 6"))
    landed.clear()
    result, report = build(away)
    assert result.exit_code == 0, result.output
    assert report["trained"] == [] and sorted(report["sampled"]) == ["ada", "ada-bo"]
    assert {r.bot: sorted(r.updates) for r in landed if r.bot} == {
        "ada": ["predictions.json"],
        "ada-bo": ["predictions.json"],
    }
    predictions = json.loads((away / "models" / "ada" / "predictions.json").read_text())
    assert predictions["settings"]["num_return_sequences"] == 6


def test_the_base_models_job_draws_the_voices_base_samples_once_and_only_for_voiced_sites(tmp_path, tiny):
    """The voice's "base" class (the base model's own samples) is drawn in the base model's job,
    like a bot's samples, and kept in models/voice-base.json until the base or sampling changes; a
    site whose bots have no voice samples (built before the voice) draws none."""
    from generator.build import Builder
    from generator.progress import Reporter
    from generator.settings import Site

    root = make_site(tmp_path / "s", tiny)
    result, report = build(root)
    assert result.exit_code == 0, result.output
    drawn = json.loads((root / "models" / "voice-base.json").read_text())
    assert drawn["samples"] and drawn["key"] and report["job_seconds"]["(base model)"] >= 0
    builder = Builder(Site(root), Reporter(quiet=True))
    assert builder.base_row({}, "token", voiced=True) is None  # drawn already: kept
    (root / "models" / "voice-base.json").unlink()
    assert builder.base_row({}, "token", voiced=False) is None
    job = builder.base_row({}, "token", voiced=True)
    assert job.bot == "" and job.base_samples == builder.site.settings.voice.base_samples
    assert job.work() == f"{job.base_samples} voice samples"


# -- the CLI ---------------------------------------------------------------------------------------
def test_workers_and_cluster_are_usage_errors_together_or_at_zero(tmp_path):
    result = runner.invoke(app, ["build", "--site", str(tmp_path), "--workers", "2", "--cluster", "auto"])
    assert result.exit_code == 2 and "not both" in result.output
    result = runner.invoke(app, ["build", "--site", str(tmp_path), "--workers", "0"])
    assert result.exit_code == 2


def test_without_ray_installed_the_flags_say_what_to_install(tmp_path, tiny, monkeypatch):
    root = make_site(tmp_path / "s", tiny)
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as if it were not installed
    result = runner.invoke(app, ["build", "--site", str(root), "--workers", "2"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "pip install 'htsite[ray]'" in result.output


def test_a_plain_build_never_imports_ray(tmp_path, tiny):
    root = make_site(tmp_path / "s", tiny)
    code = (
        "import sys; from generator.cli import app\n"
        f"try: app(['build', '--site', {str(root)!r}, '--quiet'])\n"
        "except SystemExit as exc: assert not exc.code, exc.code\n"
        "print('ray' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_the_page_says_what_was_measured_and_shows_large_sites_per_account():
    from generator import pages

    settings = SiteSettings()
    accounts = [f"acct{i:02d}" for i in range(20)]
    members = {f"bot{i:02d}": [accounts[i]] for i in range(20)}
    cell = {"probe": "k", "tokens": 1024}
    rows = {
        bot: {
            a: {**cell, "loss": 2.0 if a in own else 3.0}
            for a in evaluate.wanted(bot, own, accounts, settings)
        }
        for bot, own in members.items()
    }
    base = {a: {**cell, "loss": 4.0, "tokens": 700 if a == "acct03" else 1024} for a in accounts}
    matrix = evaluate.assemble(members, accounts, rows, base, settings)
    assert matrix["measured"]["cells"] == 100 and matrix["measured"]["of"] == 400
    assert matrix["diagonal_dominant"] and matrix["own_best"] == 20
    assert not evaluate.shows_grid(matrix)
    page = pages.style_matrix_page(matrix, {b: b.upper() for b in members}, grid=False)
    assert "the first 1,024 tokens of its held-out posts" in page and "@acct03 700" in page
    assert "on 4 other accounts" in page and "100 of 400 cells" in page
    assert "style-matrix.png" not in page and page.count("| @acct") == 20
    assert "Every account's held-out posts are best fit by a bot trained on that account." in page

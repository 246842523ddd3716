"""The example gallery's five bots (real SmolLM2 models, as `make build` leaves them) published to a
fake Hub on 127.0.0.1: every received file compared byte for byte, a second publish that uploads
nothing, then the snippet from a rebuilt page run as a visitor would — a fresh Python, an empty
Hugging Face cache, only the fake Hub to reach — generating text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from generator.cli import app
from tests import examplesite
from tests.fakehub import FakeHub
from tests.snippet import run_snippet, snippet_from_html
from tests.test_publish import offline  # noqa: F401 - the same guard: loopback only, no stray token

ROOT = examplesite.ROOT
BOTS = examplesite.BOTS
OWNER = "htsite-example"
RESULTS = ROOT / "tests" / "artifacts" / "publish-example.json"  # sizes and perplexities, for people
runner = CliRunner()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    """A copy of the built example site whose models/ is the real one, read-only (a symlink)."""
    return examplesite.copy(tmp_path_factory, "example")


def digest_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".checkpoints" not in p.parts
    }


def test_example_bots_published_byte_for_byte_then_nothing_then_the_page_snippet_runs(example):
    import torch
    from huggingface_hub import ModelCard
    from safetensors.torch import load

    hub = FakeHub(user=OWNER)
    env = {"HF_ENDPOINT": hub.url, "HF_TOKEN": hub.token, "COLUMNS": "200"}
    try:
        models_before = digest_tree(ROOT / "models")
        result = runner.invoke(app, ["publish", "--site", str(example), "--json"], env=env)
        assert result.exit_code == 0, result.output
        summary = json.loads(result.stdout[result.stdout.index("{") :])
        record = json.loads((example / "site_src" / "published.json").read_text())["bots"]
        assert sorted(record) == BOTS
        report = {}
        for bot in BOTS:
            repo = f"{OWNER}/{bot}"
            received = hub.files(repo)
            entry = record[bot]
            assert sorted(received) == sorted(entry["files"])
            for path, data in received.items():
                assert hashlib.sha256(data).hexdigest() == entry["files"][path]["sha256"], (bot, path)
            local = ROOT / "models" / bot
            for name in ("tokenizer.json", "chat_template.jinja"):
                assert received[name] == (local / name).read_bytes(), (bot, name)
            metrics = json.loads((local / "metrics.json").read_text())
            check = entry["check"]
            assert check["training"] == metrics["perplexity"]
            # float32 here; training may have measured under bf16 autocast: a few % apart at most
            assert abs(check["adapter"] / metrics["perplexity"] - 1) < 0.05
            assert check["float32"] == check["adapter"]  # merging changes nothing but the layout
            assert check[entry["dtype"]] <= 1.01 * metrics["perplexity"]  # the 1 % rule
            weights = load(received["model.safetensors"])
            assert {t.dtype for t in weights.values()} == {getattr(torch, entry["dtype"])}
            card = ModelCard(received["README.md"].decode())
            assert card.data.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
            assert card.data.library_name == "transformers" and "htsite" in card.data.tags
            assert card.data.widget == [
                {"text": p}
                for p in yaml.safe_load((ROOT / "site_src" / "site.yaml").read_text())["sample"]["prompts"]
            ]
            assert f"model='{repo}'" in card.text
            report[bot] = {
                "files": {p: len(d) for p, d in sorted(received.items())},
                "total_bytes": sum(len(d) for d in received.values()),
                "dtype": entry["dtype"],
                "perplexity": check,
                "adapter_bytes": (local / "adapter_model.safetensors").stat().st_size,
            }
        assert summary["failed"] == {}
        assert digest_tree(ROOT / "models") == models_before  # publishing never touches models/

        puts = dict(hub.puts)
        again = runner.invoke(app, ["publish", "--site", str(example)], env=env)
        assert again.exit_code == 0, again.output
        assert "0 files uploaded" in again.output and hub.puts == puts

        # The gallery now points at the Hub, without retraining; its snippet runs for a stranger.
        pages = runner.invoke(app, ["pages", "--site", str(example)], env={"COLUMNS": "200"})
        assert pages.exit_code == 0 and ": 0 trained, 0 sampled" in pages.output, pages.output
        bot = BOTS[-1]
        page = example / "site" / "bots" / bot / "index.html"
        snippet = snippet_from_html(page)
        assert f"pipeline('text-generation', model='{OWNER}/{bot}')" in snippet
        assert f'href="{hub.url}/{OWNER}/{bot}"' in page.read_text()
        visitor = {"HF_ENDPOINT": hub.url, "HF_HOME": str(example.parent / "visitor"), "HF_TOKEN": ""}
        outputs = run_snippet(snippet, cwd=example.parent, env=visitor, local_only=True)
        assert len(outputs) == 5
        assert all(o["generated_text"].startswith("My dream is") for o in outputs)
        assert len({o["generated_text"] for o in outputs}) > 1  # sampled, as the site's predictions
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    finally:
        hub.close()

"""One end-to-end build with the real bundled model (a few steps), and the page's snippet run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.scaffold import scaffold
from tests.snippet import run_snippet, snippet_from_html

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_bundled_model_end_to_end(tmp_path):
    site = tmp_path / "site"
    scaffold(site)
    shutil.copytree(
        ROOT / "site_src" / "accounts" / "crumbshift", site / "site_src" / "accounts" / "crumbshift"
    )
    (site / "site_src" / "bots" / "crumbshift.yaml").write_text("accounts: [crumbshift]\n")
    (site / "site_src" / "site.yaml").write_text(
        "title: Slow test\n"
        "train: {max_steps: 3, batch_size: 4, block_size: 64}\n"
        "sample: {max_new_tokens: 20}\n"
    )
    result = CliRunner().invoke(app, ["build", "--site", str(site)])
    assert result.exit_code == 0, result.output

    metrics = json.loads((site / "models" / "crumbshift" / "metrics.json").read_text())
    assert metrics["settings"]["base_model"] == "bundled:smollm2-135m"
    assert metrics["perplexity"] < metrics["base_perplexity"]  # even 3 steps must help
    page = site / "site" / "bots" / "crumbshift" / "index.html"
    text = page.read_text()
    assert "AI BOT" in text and "@crumbshift" in text and "Posts kept" in text
    assert text.count("My dream is") >= 5

    snippet = snippet_from_html(page)
    assert "pipeline('text-generation', model='models/crumbshift')" in snippet
    outputs = run_snippet(snippet, cwd=site)
    assert len(outputs) == 5 and all(o["generated_text"].startswith("My dream is") for o in outputs)

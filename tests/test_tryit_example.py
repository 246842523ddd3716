"""The example gallery's browser models as `make build` leaves them: every bot has its Try it box,
the in-browser (int8) copy is still the bot (held-out perplexity within 5 % of metrics.json),
one base is shared, and no file is too large for a static host."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import export, tryit
from generator.curate import curate
from generator.ingest import load_account
from generator.settings import Site
from generator.train import split_posts

ROOT = Path(__file__).resolve().parents[1]
BOTS = sorted(p.stem for p in (ROOT / "site_src" / "bots").glob("*.yaml"))
MAX_FILE = 95 * 1024 * 1024  # GitHub refuses files over 100 MB
MAX_BOT = 25 * 1000 * 1000  # each bot after the first: the goal


@pytest.fixture(scope="module")
def manifests() -> dict[str, dict]:
    found = {b: ROOT / "models" / b / "web" / export.MANIFEST for b in BOTS}
    if not all(p.is_file() for p in found.values()) or not (ROOT / "site" / "index.html").is_file():
        reason = "the example site's browser exports are not built (run `make build`)"
        if os.environ.get("HTSITE_EXAMPLE_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    return {b: json.loads(p.read_text()) for b, p in found.items()}


@pytest.mark.parametrize("bot", BOTS)
def test_browser_copy_perplexity_is_within_5_percent_of_the_bot(manifests, bot):
    trained = json.loads((ROOT / "models" / bot / "metrics.json").read_text())["perplexity"]
    assert manifests[bot]["perplexity"] <= trained * (1 + tryit.PERPLEXITY_TOLERANCE)
    assert manifests[bot]["perplexity"] >= trained * (1 - tryit.PERPLEXITY_TOLERANCE)


def test_perplexity_recomputed_from_the_site_files(manifests):
    """Independently of the build: the files in site/, the held-out posts as training split them."""
    bot = BOTS[0]
    site = Site(ROOT)
    spec = next(b for b in site.bots if b.id == bot)
    cfg = site.settings.train
    texts = [
        t
        for handle in spec.accounts
        for t in split_posts(
            curate(load_account(site.account_path(handle))).texts, cfg.seed, cfg.eval_fraction
        ).eval
    ]
    (folder,) = (ROOT / "site" / tryit.MODELS).glob(f"{bot}-??????????")
    base = ROOT / "site" / tryit.MODELS / f"base-{manifests[bot]['template']}"
    tokenizer = export.load_tokenizer(folder)
    eos = json.loads((folder / "config.json").read_text())["eos_token_id"]
    blocks = export.held_out_blocks(tokenizer, texts, cfg.block_size, eos)
    assert sum(len(b) for b in blocks) == manifests[bot]["eval_tokens"]
    ppl = export.perplexity(export.open_session(folder, base), blocks)
    assert ppl == pytest.approx(manifests[bot]["perplexity"], rel=1e-3)


def test_one_shared_base_and_small_bots(manifests):
    models = ROOT / "site" / tryit.MODELS
    bases = [p for p in models.iterdir() if p.name.startswith("base-")]
    assert len(bases) == 1 and len({m["template"] for m in manifests.values()}) == 1
    for m in manifests.values():
        assert m["bot_bytes"] <= MAX_BOT
    assert all(p.stat().st_size <= MAX_FILE for p in models.rglob("*") if p.is_file())
    assert 100e6 < sum(p.stat().st_size for p in bases[0].iterdir()) < 150e6  # ~135 MB at int8

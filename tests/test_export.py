"""The browser export (generator.export) and the Try it box in the build (generator.tryit), with the
tiny random-init Llama as base and random LoRA adapters: the graph computes what transformers and
peft compute, the KV cache agrees with a full forward pass, bots share one byte-identical base."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from generator import export, tryit, webruntime
from tests.test_build import HOSTILE, build, make_site
from tests.tinymodel import make_tiny_model

TEXTS = [
    "My dream is",
    "Tide pools at 6am 🌊 — who's in?",
    "<b>bold</b> & {{ x }}\nnew line",
    "naïve café ✨",
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-llama")


def make_bot(
    tiny: Path, folder: Path, seed: int, targets=("q_proj", "v_proj", "down_proj"), layers=None
) -> Path:
    """A saved LoRA adapter with random A and B (B is zero when peft initializes it); with `layers`,
    on those decoder layers only (train.lora_layers)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.float32)
    config = LoraConfig(r=4, lora_alpha=8, target_modules=list(targets), init_lora_weights=False)
    if layers is not None:
        config.layers_to_transform, config.layers_pattern = list(layers), "layers"
    peft_model = get_peft_model(model, config)
    with torch.no_grad():
        for name, p in peft_model.named_parameters():
            if "lora_" in name:
                p.normal_(0, 0.2)
    peft_model.save_pretrained(folder)
    from generator.sample import start_posts_with_separator

    start_posts_with_separator(AutoTokenizer.from_pretrained(tiny)).save_pretrained(folder)  # as train saves
    return folder


def peft_logits(tiny: Path, bot: Path, ids: list[int]) -> np.ndarray:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny, dtype=torch.float32), bot)
    with torch.no_grad():
        return model.eval()(torch.tensor([ids])).logits[0].numpy()


@pytest.fixture(scope="module")
def exported(tiny, tmp_path_factory):
    """Two bots exported on one template: (template folder, template info, [bot web folders])."""
    root = tmp_path_factory.mktemp("export")
    bots = [make_bot(tiny, root / f"bot{i}", seed=i) for i in (1, 2)]
    lora = export.LoraShape.of(bots[0])
    template, info = export.ensure_template(root / "models", tiny, lora)
    webs = []
    for i, bot in enumerate(bots):
        web = root / f"web{i}"
        export.export_bot(bot, tiny, template, info, web, f"key{i}", TEXTS * 3, "My dream is", 16)
        webs.append(web)
    return template, info, bots, webs


def ort_logits(session, ids: list[int]) -> np.ndarray:
    feeds = {"input_ids": np.array([ids]), "attention_mask": np.ones((1, len(ids)), dtype=np.int64)}
    feeds["position_ids"] = np.arange(len(ids))[None]
    return session.run(["logits"], {**feeds, **export._empty_past(session, 1)})[0][0]


def test_exported_graph_computes_what_peft_computes(tiny, exported):
    template, _, bots, webs = exported
    ids = [5965, 7456, 314, 288, 1464, 253, 905, 338]
    for bot, web in zip(bots, webs, strict=True):
        session = export.open_session(web, template)
        got, want = ort_logits(session, ids), peft_logits(tiny, bot, ids)
        # int8 base weights and float16 adapters: close, not equal
        assert np.abs(got - want).max() < 0.05 * np.abs(want).max()
        assert np.corrcoef(got.ravel(), want.ravel())[0, 1] > 0.999


def test_a_bot_adapted_on_its_upper_layers_only_exports_exactly(tiny, exported, tmp_path):
    """train.lora_layers: adapters on the top layers only (peft's layers_to_transform). The
    template has LoRA slots on those layers alone, under a key of its own."""
    all_layers_template = exported[0]
    bot = make_bot(tiny, tmp_path / "top1", seed=3, layers=[1])
    lora = export.LoraShape.of(bot)
    assert lora.layers == (1,)
    template, info = export.ensure_template(tmp_path / "models", tiny, lora)
    assert template.name != all_layers_template.name
    assert {slot["name"].split(".")[1] for slot in info["lora"]} == {"1"}
    web = tmp_path / "web"
    export.export_bot(bot, tiny, template, info, web, "top1", TEXTS * 3, "My dream is", 16)
    ids = [5965, 7456, 314, 288, 1464, 253, 905, 338]
    got, want = ort_logits(export.open_session(web, template), ids), peft_logits(tiny, bot, ids)
    assert np.abs(got - want).max() < 0.05 * np.abs(want).max()
    assert np.corrcoef(got.ravel(), want.ravel())[0, 1] > 0.999


def test_kv_cache_steps_agree_with_a_full_forward_pass(exported):
    template, _, _, webs = exported
    session = export.open_session(webs[0], template)
    config = {"eos_token_id": -1}
    cached = export.greedy(session, [5965, 7456, 314], 8, config)
    ids = [5965, 7456, 314]
    for _ in range(8):  # no cache: the whole sequence each step
        ids.append(int(ort_logits(session, ids)[-1].argmax()))
    assert cached == ids[3:]


def test_batched_left_padding_matches_single_rows(exported):
    """transformers.js batches with left padding: masked positions must not leak into a row."""
    template, _, _, webs = exported
    session = export.open_session(webs[0], template)
    short, long = [5965, 7456], [288, 1464, 253, 905]
    ids = np.array([[2, 2] + short, long], dtype=np.int64)
    mask = np.array([[0, 0, 1, 1], [1, 1, 1, 1]], dtype=np.int64)
    positions = np.array([[1, 1, 0, 1], [0, 1, 2, 3]], dtype=np.int64)  # as transformers.js makes them
    feeds = {"input_ids": ids, "attention_mask": mask, "position_ids": positions}
    logits = session.run(["logits"], {**feeds, **export._empty_past(session, 2)})[0]
    np.testing.assert_allclose(logits[0, -1], ort_logits(session, short)[-1], rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(logits[1, -1], ort_logits(session, long)[-1], rtol=1e-4, atol=1e-4)


def test_every_bot_shares_one_base_and_differs_only_in_its_adapter(exported):
    template, info, _, webs = exported
    graphs = [(w / "onnx" / export.ONNX_FILE).read_bytes() for w in webs]
    assert graphs[0] == graphs[1]  # one graph for every bot of a template
    adapters = [(w / "onnx" / info["lora_file"]).read_bytes() for w in webs]
    assert adapters[0] != adapters[1] and len(adapters[0]) == info["lora_bytes"]
    for f in info["base_files"]:
        data = (template / f["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"]
    # no base tensor in a bot folder; the graph says where each tensor is
    assert sorted(p.name for p in (webs[0] / "onnx").iterdir()) == sorted(
        [export.ONNX_FILE, info["lora_file"]]
    )
    manifest = json.loads((webs[0] / export.MANIFEST).read_text())
    assert manifest["base_bytes"] == sum(f["bytes"] for f in info["base_files"])
    assert manifest["bot_bytes"] == sum(manifest["files"].values())


def test_the_template_is_the_same_bytes_when_made_again(tiny, exported, tmp_path, monkeypatch):
    """Stable tensor names, sorted and aligned: a rebuild (or another machine) makes the same
    base files, so a visitor's cached base stays valid. Chunks respect the size limit."""
    template, info, bots, _ = exported
    monkeypatch.setattr(export, "CHUNK_LIMIT", 600_000)
    again = export.build_template(tiny, export.LoraShape.of(bots[0]), tmp_path / "again")
    largest = max(_tensor_sizes(template))
    assert len(again["base_files"]) > 1
    for f in again["base_files"]:
        assert f["bytes"] <= max(600_000, largest) + export.ALIGN
    joined = b"".join((tmp_path / "again" / f["path"]).read_bytes() for f in again["base_files"])
    original = b"".join((template / f["path"]).read_bytes() for f in info["base_files"])
    assert hashlib.sha256(joined).digest() == hashlib.sha256(original).digest()
    import onnx

    graph = onnx.load(str(tmp_path / "again" / "graph.onnx"), load_external_data=False)
    for tensor in graph.graph.initializer:
        meta = {e.key: e.value for e in tensor.external_data}
        if meta:
            assert int(meta["offset"]) % export.ALIGN == 0


def _tensor_sizes(template: Path) -> list[int]:
    import onnx

    graph = onnx.load(str(template / "graph.onnx"), load_external_data=False)
    return [int({e.key: e.value for e in t.external_data}.get("length", 0)) for t in graph.graph.initializer]


def test_browser_tokenizer_settings_match_training(exported):
    """No start token, EOS <|im_end|> (what train.to_blocks appends), the same ids as transformers."""
    from transformers import AutoTokenizer

    _, _, bots, webs = exported
    config = json.loads((webs[0] / "tokenizer_config.json").read_text())
    assert config["add_bos_token"] is False and config["eos_token"] == "<|im_end|>"
    python = AutoTokenizer.from_pretrained(bots[0])
    assert python.eos_token_id == 2
    assert json.loads((webs[0] / "generation_config.json").read_text())["eos_token_id"] == 2
    web = export.load_tokenizer(webs[0])
    for text in TEXTS:
        for special in (False, True):  # with special tokens, both put the post separator first
            assert (
                web.encode(text, add_special_tokens=special).ids
                == python(text, add_special_tokens=special)["input_ids"]
            )


def test_unsupported_bots_are_refused_with_a_reason(tmp_path, tiny):
    (tmp_path / "full").mkdir()
    with pytest.raises(export.ExportError, match="LoRA"):
        export.LoraShape.of(tmp_path / "full")
    dora = tmp_path / "dora"
    dora.mkdir()
    (dora / "adapter_config.json").write_text(
        json.dumps({"r": 4, "target_modules": ["q_proj"], "use_dora": True})
    )
    with pytest.raises(export.ExportError, match="use_dora"):
        export.LoraShape.of(dora)


def test_runtime_counts_as_installed_only_when_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(webruntime, "RUNTIME", tmp_path)
    assert webruntime.installed() is None
    files = {}
    for name in webruntime.FILES:
        (tmp_path / name).write_bytes(b"x" * 10)
        files[name] = {"bytes": 10, "sha256": ""}
    (tmp_path / webruntime.VERSION_FILE).write_text(json.dumps({"versions": {}, "files": files}))
    assert webruntime.installed() is not None
    (tmp_path / "transformers.min.js").write_bytes(b"cut")
    assert webruntime.installed() is None


# -- in the build --------------------------------------------------------------------------------
def try_it_site(root: Path, tiny: Path, try_it: str = "all", prompt: str = "My dream is") -> Path:
    make_site(root, tiny)
    settings = root / "site_src" / "site.yaml"
    text = settings.read_text().replace("sample: {", f"sample: {{prompts: [{json.dumps(prompt)}], ")
    settings.write_text(text + f"try_it: {try_it}\n")
    return root


needs_runtime = pytest.mark.skipif(webruntime.installed() is None, reason=webruntime.missing_hint())


@pytest.fixture(scope="module")
def tried(tmp_path_factory, tiny):
    if webruntime.installed() is None:
        pytest.skip(webruntime.missing_hint())
    root = try_it_site(tmp_path_factory.mktemp("tryit") / "s", tiny, prompt=HOSTILE)
    with pytest.MonkeyPatch.context() as mp:  # no node, no npm: the runtime ships with htsite
        mp.setenv("PATH", str(tmp_path_factory.mktemp("empty-path")))
        result, report = build(root)
    assert result.exit_code == 0, result.output
    return root, report


@needs_runtime
def test_build_exports_each_bot_and_publishes_one_base(tried):
    root, report = tried
    assert sorted(report["try_it"]) == sorted(report["exported"]) == ["ada", "ada-bo"]
    models = root / "docs" / tryit.MODELS
    bases = [p for p in models.iterdir() if p.name.startswith("base-")]
    bots = sorted(p.name.rsplit("-", 1)[0] for p in models.iterdir() if not p.name.startswith("base-"))
    assert len(bases) == 1 and bots == ["ada", "ada-bo"]
    for bot in ("ada", "ada-bo"):  # hard links of the bot's export, not copies
        web = root / "models" / bot / "web"
        (folder,) = models.glob(f"{bot}-??????????")
        assert (folder / "onnx" / export.ONNX_FILE).samefile(web / "onnx" / export.ONNX_FILE)
        assert not (folder / export.MANIFEST).exists()
    site_models = root / "site" / tryit.MODELS
    assert sorted(p.name for p in site_models.iterdir()) == sorted(p.name for p in models.iterdir())
    assert (
        root / "site" / "assets" / "htsite" / "transformers-4.3.2" / "ort-wasm-simd-threaded.wasm"
    ).is_file()


@needs_runtime
def test_box_on_the_page_escapes_the_prompt_and_loads_nothing_by_itself(tried):
    root, _ = tried
    page = (root / "site" / "bots" / "ada" / "index.html").read_text()
    assert 'class="htsite-tryit"' in page and "AI-generated" in page
    assert "<script>alert" not in page  # the hostile prompt is in the textarea as text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'type="module"' in page and "tryit.js" in page
    assert "transformers.min.js" not in page  # imported by tryit.js on the first click only


@needs_runtime
def test_no_change_rebuild_reuses_the_exports(tried):
    root, _ = tried
    result, report = build(root)
    assert (
        result.exit_code == 0 and report["exported"] == [] and sorted(report["try_it"]) == ["ada", "ada-bo"]
    )


@needs_runtime
def test_a_bot_whose_export_fails_keeps_its_page_without_the_box(tmp_path, tiny):
    root = try_it_site(tmp_path / "s", tiny)
    result, _ = build(root)
    assert result.exit_code == 0
    shutil.rmtree(root / "models" / "ada" / "web")
    (root / "models" / "ada" / "adapter_model.safetensors").write_bytes(b"not safetensors")
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["try_it"] == ["ada-bo"]
    (warning,) = [w for w in report["warnings"] if w.startswith("Try it for ada left out")]
    assert "export failed" in warning and "\n" not in warning
    assert 'class="htsite-tryit"' not in (root / "site" / "bots" / "ada" / "index.html").read_text()
    assert 'class="htsite-tryit"' in (root / "site" / "bots" / "ada-bo" / "index.html").read_text()


def test_without_the_runtime_the_build_says_how_to_get_it(tmp_path, tiny, monkeypatch):
    monkeypatch.setattr(webruntime, "installed", lambda: None)
    root = try_it_site(tmp_path / "s", tiny)
    result, report = build(root)
    assert result.exit_code == 0, result.output
    assert report["try_it"] == [] and report["exported"] == []
    (warning,) = [w for w in report["warnings"] if "runtime" in w]
    assert "make runtime" in warning and "\n" not in warning
    assert not (root / "docs" / tryit.MODELS).exists()


@needs_runtime
def test_try_it_for_a_list_of_bots_and_then_for_none(tmp_path, tiny):
    root = try_it_site(tmp_path / "s", tiny, try_it="[ada-bo]")
    result, report = build(root)
    assert result.exit_code == 0 and report["try_it"] == ["ada-bo"]
    settings = root / "site_src" / "site.yaml"
    settings.write_text(settings.read_text().replace("try_it: [ada-bo]", "try_it: false"))
    result, report = build(root)
    assert result.exit_code == 0 and report["try_it"] == []
    assert not (root / "docs" / tryit.MODELS).exists() and not (root / "site" / tryit.MODELS).exists()


@needs_runtime
def test_a_site_whose_mkdocs_yml_does_not_load_the_box_is_told_how(tmp_path, tiny):
    root = try_it_site(tmp_path / "s", tiny)
    mkdocs = root / "mkdocs.yml"
    lines = mkdocs.read_text().splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("extra_javascript:"))
    mkdocs.write_text("".join(lines[:at] + lines[at + 3 :]))  # an older site's mkdocs.yml
    result, report = build(root)
    assert result.exit_code == 0
    assert any("extra_javascript" in w and "mkdocs.yml" in w for w in report["warnings"])


def test_try_it_naming_an_unknown_bot_is_a_one_line_error(tmp_path, tiny):
    root = try_it_site(tmp_path / "s", tiny, try_it="[ada, nobody]")
    result, _ = build(root)
    assert result.exit_code == 1
    assert "try_it: no bot named 'nobody'" in result.output and "site.yaml" in result.output
    assert "Traceback" not in result.output

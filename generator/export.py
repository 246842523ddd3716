"""Export a bot for the browser: an int8 ONNX decoder with KV cache that transformers.js runs.

Every LoRA bot is the same frozen base plus small adapter matrices, so the export splits the two:

1. the *template* (once per base model and LoRA shape, cached in models/.web/<key>/): the Llama
   decoder written as a plain torch module — embedding, RMSNorm, rotary attention with a KV
   cache, SiLU MLP, tied head — with the LoRA branches as separate MatMuls, traced by
   torch.onnx.export, then int8-quantized (onnxruntime.quantization.quantize_dynamic). Tensor
   names are the module's own (`layers.3.q.w`), so they are the same on every run. The base
   tensors go, sorted and 64-byte aligned, into chunk files of at most CHUNK_LIMIT bytes that are
   byte-identical for every bot of the gallery: the visitor's browser downloads them once.
2. each *bot* (seconds, numpy only): its adapter's A and B matrices (B scaled by alpha/r) in
   float16 in one small file beside a copy of the template's graph, plus config.json,
   generation_config.json, tokenizer.json and tokenizer_config.json — the folder layout
   transformers.js loads. Then onnxruntime checks it: the held-out perplexity (against the
   bot's metrics.json) and the greedy continuation of the site's first prompt, kept in
   export.json for the page, the tests and the bench.

The LoRA stays float16, not int8: int8 adapters drifted between onnxruntime in Python and in the
browser. The embedding is int8 per row and doubles as the (tied) output head, so the 28 MB
matrix ships once. This is the only module that imports torch.onnx and onnxruntime; a build that
changes nothing reads export.json and imports neither.
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator import files as staging
from generator.errors import HtsiteError

EXPORT_VERSION = 1  # bump when the graph or the file layout changes: every template is remade
ONNX_FILE = "model_quantized.onnx"  # what transformers.js loads for dtype "q8"
DATA_PREFIX = f"{ONNX_FILE}_data"  # transformers.js names external data files <model>.onnx_data[_N]
CHUNK_LIMIT = 64 * 1024 * 1024  # bytes per base chunk (GitHub refuses files over 100 MB; the
# Cache API refused a 538 MB entry, 134 MB ones worked): 135 MB → 3 chunks of ~45 MB
ALIGN = 64  # bytes: every tensor starts at a multiple of this in its file
EXTERNAL_MIN = 1024  # bytes: smaller tensors (scales, zero points) stay inside the graph
TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
SHORT = {"q_proj": "q", "k_proj": "k", "v_proj": "v", "o_proj": "o", "gate_proj": "gate"}
SHORT |= {"up_proj": "up", "down_proj": "down"}
MANIFEST = "export.json"
TIMINGS = "timings.json"  # seconds: beside the manifest, which must not change from run to run
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json")
BASE_DIGESTS = "base-digests.json"  # in models/.web/: SHA-256 of base weights by size and mtime


class ExportError(HtsiteError):
    """This bot cannot run in the browser; its page is built without the box."""


def digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]


# -- what a bot needs: the LoRA shape and the template key ---------------------------------------
@dataclass(frozen=True)
class LoraShape:
    rank: int
    targets: tuple[str, ...]  # peft module names, sorted
    layers: tuple[int, ...] | None = None  # the decoder layers with adapters (None: every layer)

    @classmethod
    def of(cls, model_dir: Path) -> LoraShape:
        """Read from the bot's adapter_config.json; only what the graph depends on."""
        path = model_dir / "adapter_config.json"
        if not path.is_file():
            raise ExportError(
                "try-it needs a LoRA bot (train.method: lora); this one has full weights", model_dir
            )
        config = json.loads(path.read_text())
        unsupported = [k for k in ("use_dora", "rank_pattern", "alpha_pattern") if config.get(k)]
        if unsupported:
            raise ExportError(f"LoRA options {unsupported} are not supported by the export", path)
        targets = config.get("target_modules") or []
        if isinstance(targets, str) or not set(targets) <= set(TARGETS):
            raise ExportError(f"LoRA target_modules {targets!r}: try-it supports {list(TARGETS)}", path)
        layers = config.get("layers_to_transform")  # train.lora_layers: the top N layers only
        if isinstance(layers, int):
            layers = [layers]
        if layers and config.get("layers_pattern") not in (None, "layers", ["layers"]):
            raise ExportError(f"LoRA layers_pattern {config['layers_pattern']!r} is not supported", path)
        layers = tuple(sorted(int(i) for i in layers)) if layers else None
        return cls(rank=int(config["r"]), targets=tuple(sorted(targets)), layers=layers)

    def scale(self, model_dir: Path) -> float:
        config = json.loads((model_dir / "adapter_config.json").read_text())
        alpha = float(config.get("lora_alpha", self.rank))
        return alpha / math.sqrt(self.rank) if config.get("use_rslora") else alpha / self.rank


def base_identity(base_path: Path, memo: Path | None = None, remember: bool = True) -> dict:
    """The base's config and the SHA-256 of its weights: the same on every machine. Hashing
    270 MB takes a second, so the digests are remembered in `memo` by file size and mtime; a
    reader that must leave models/ as it is (pages after a publish) passes `remember=False`."""
    files = sorted(base_path.glob("*.safetensors"))
    if not files or not (base_path / "config.json").is_file():
        raise ExportError("try-it needs a local base model folder with safetensors weights", base_path)
    known = _read_json(memo) if memo else {}
    digests = {}
    for f in files:
        stamp = f"{f.resolve()}:{f.stat().st_size}:{f.stat().st_mtime_ns}"
        if stamp not in known:
            sha = hashlib.sha256()
            with open(f, "rb") as fh:
                while chunk := fh.read(1 << 24):
                    sha.update(chunk)
            known[stamp] = sha.hexdigest()
        digests[f.name] = known[stamp]
    if memo and remember and known != _read_json(memo):
        memo.parent.mkdir(parents=True, exist_ok=True)
        _write_json(memo, known)
    return {"config": json.loads((base_path / "config.json").read_text()), "weights": digests}


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def template_key(base_path: Path, lora: LoraShape, memo: Path | None = None, remember: bool = True) -> str:
    from importlib.metadata import version

    return digest(
        {
            "base": base_identity(base_path, memo, remember),
            # a template made for adapters on every layer keeps its key
            "lora": [lora.rank, list(lora.targets)] + ([list(lora.layers)] if lora.layers else []),
            "export_version": EXPORT_VERSION,
            "torch": version("torch"),  # its exporter writes the graph
        }
    )


# -- 1. the template: base weights in int8, LoRA slots in float16 --------------------------------
def _decoder(config: dict, weights: dict, lora: LoraShape):
    """A torch module with the Llama decoder's arithmetic, shaped for export: weights stored
    [in, out] (no transposes in the graph), LoRA A/B as float16 parameters cast at run time (the
    cast is folded when the session loads), the embedding int8 per row and reused as the head."""
    import torch
    from torch import nn

    hidden = config["hidden_size"]
    heads = config["num_attention_heads"]
    kv_heads = config.get("num_key_value_heads") or heads
    head_dim = config.get("head_dim") or hidden // heads
    eps = float(config.get("rms_norm_eps", 1e-6))
    rope = config.get("rope_parameters") or config.get("rope_scaling") or {}
    if rope.get("rope_type", "default") != "default":
        raise ExportError(f"rope type {rope.get('rope_type')!r} is not supported by the export")
    theta = float(rope.get("rope_theta") or config.get("rope_theta") or 10000.0)
    if config.get("model_type") != "llama" or config.get("attention_bias") or config.get("mlp_bias"):
        raise ExportError(
            f"try-it supports Llama-architecture bases (this one is {config.get('model_type')})"
        )
    layers = config["num_hidden_layers"]
    seed = torch.Generator().manual_seed(0)

    def param(t, dtype=torch.float32):
        return nn.Parameter(t.detach().to(dtype).contiguous(), requires_grad=False)

    class Linear(nn.Module):
        def __init__(self, weight, target: bool):
            super().__init__()
            w = weight.t().float()  # [in, out]: int8 per output column, scaled back when loaded
            scale = w.abs().amax(dim=0, keepdim=True).clamp(min=1e-8) / 127.0
            self.w_q = param(torch.round(w / scale).clamp(-127, 127), torch.int8)
            self.w_s = param(scale)
            if target:  # random, so that the exporter cannot merge equal slots into one tensor
                self.lora_a = param(torch.randn(weight.shape[1], lora.rank, generator=seed), torch.float16)
                self.lora_b = param(torch.randn(lora.rank, weight.shape[0], generator=seed), torch.float16)
            self.target = target

        def forward(self, x):
            y = x @ (self.w_q.float() * self.w_s)
            if self.target:
                y = y + (x @ self.lora_a.float()) @ self.lora_b.float()
            return y

    class Norm(nn.Module):
        def __init__(self, weight):
            super().__init__()
            self.w = param(weight)

        def forward(self, x):
            return self.w * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps))

    class Layer(nn.Module):
        def __init__(self, i):
            super().__init__()
            p = f"model.layers.{i}."
            adapted = lora.layers is None or i in lora.layers  # no LoRA slots below the adapters
            for name in TARGETS:
                part = "self_attn" if name in ("q_proj", "k_proj", "v_proj", "o_proj") else "mlp"
                target = adapted and name in lora.targets
                setattr(self, SHORT[name], Linear(weights[f"{p}{part}.{name}.weight"], target))
            self.norm_in = Norm(weights[f"{p}input_layernorm.weight"])
            self.norm_post = Norm(weights[f"{p}post_attention_layernorm.weight"])

        def forward(self, x, cos, sin, bias, past_k, past_v):
            b, s = x.shape[0], x.shape[1]
            h = self.norm_in(x)
            q = self.q(h).view(b, s, heads, head_dim).transpose(1, 2)
            k = self.k(h).view(b, s, kv_heads, head_dim).transpose(1, 2)
            v = self.v(h).view(b, s, kv_heads, head_dim).transpose(1, 2)
            q, k = q * cos + rotate(q) * sin, k * cos + rotate(k) * sin
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
            groups = heads // kv_heads
            t = k.shape[2]
            kk = k[:, :, None].expand(b, kv_heads, groups, t, head_dim).reshape(b, heads, t, head_dim)
            vv = v[:, :, None].expand(b, kv_heads, groups, t, head_dim).reshape(b, heads, t, head_dim)
            scores = (q @ kk.transpose(2, 3)) * (head_dim**-0.5) + bias
            attn = torch.softmax(scores, dim=-1) @ vv
            x = x + self.o(attn.transpose(1, 2).reshape(b, s, heads * head_dim))
            h = self.norm_post(x)
            x = x + self.down(torch.nn.functional.silu(self.gate(h)) * self.up(h))
            return x, k, v

    def rotate(x):
        half = x.shape[-1] // 2
        return torch.cat([-x[..., half:], x[..., :half]], dim=-1)

    class Decoder(nn.Module):
        def __init__(self):
            super().__init__()
            embed = weights["model.embed_tokens.weight"].float()
            scale = embed.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127.0
            self.embed_q = param(torch.round(embed / scale).clamp(-127, 127), torch.int8)
            self.embed_scale = param(scale)
            head = weights.get("lm_head.weight")
            self.untied = head is not None and not config.get("tie_word_embeddings", True)
            if self.untied:
                self.head = Linear(head, False)
            self.layers = nn.ModuleList(Layer(i) for i in range(layers))
            self.norm = Norm(weights["model.norm.weight"])
            inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim))
            self.inv_freq = param(inv)

        def forward(self, input_ids, attention_mask, position_ids, *past):
            x = self.embed_q[input_ids].float() * self.embed_scale[input_ids]
            freqs = position_ids.unsqueeze(-1).float() * self.inv_freq
            emb = torch.cat([freqs, freqs], dim=-1)
            cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)
            s, past_len = input_ids.shape[1], past[0].shape[2]
            total = attention_mask.shape[1]
            key_pos = torch.arange(total, dtype=torch.int64)
            query_pos = torch.arange(s, dtype=torch.int64) + past_len
            allowed = (key_pos[None, :] <= query_pos[:, None])[None, None] & (
                attention_mask[:, None, None, :] > 0
            )
            bias = torch.where(allowed, 0.0, torch.finfo(torch.float32).min)
            present = []
            for i, layer in enumerate(self.layers):
                x, k, v = layer(x, cos, sin, bias, past[2 * i], past[2 * i + 1])
                present += [k, v]
            x = self.norm(x)
            if self.untied:
                return (self.head(x), *present)
            # tied: the int8 embedding, transposed and scaled (folded once when the session loads)
            return (x @ (self.embed_q.t().float() * self.embed_scale.t()), *present)

    return Decoder().eval(), (layers, kv_heads, head_dim)


def io_names(layers: int) -> tuple[list[str], list[str]]:
    """transformers.js's names: past_key_values.N.key/value in, present.N.key/value out."""
    past = [f"past_key_values.{i}.{kv}" for i in range(layers) for kv in ("key", "value")]
    present = [f"present.{i}.{kv}" for i in range(layers) for kv in ("key", "value")]
    return ["input_ids", "attention_mask", "position_ids", *past], ["logits", *present]


def load_base_weights(base_path: Path) -> dict:
    import torch
    from safetensors.torch import load_file

    weights = {}
    for file in sorted(base_path.glob("*.safetensors")):
        weights.update({k: v.to(torch.float32) for k, v in load_file(file).items()})
    return weights


def build_template(base_path: Path, lora: LoraShape, out_dir: Path) -> dict:
    """Trace the decoder with the base weights, quantize it, split the tensors; into `out_dir`."""
    import torch

    started = time.perf_counter()
    config = json.loads((base_path / "config.json").read_text())
    module, (layers, kv_heads, head_dim) = _decoder(config, load_base_weights(base_path), lora)
    inputs, outputs = io_names(layers)
    ids = torch.tensor([[1, 2, 3]], dtype=torch.int64)
    past = [torch.zeros(1, kv_heads, 2, head_dim) for _ in range(2 * layers)]
    example = (ids, torch.ones(1, 5, dtype=torch.int64), torch.tensor([[2, 3, 4]]), *past)
    dynamic = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "total"}}
    dynamic["position_ids"] = {0: "batch", 1: "seq"}
    dynamic["logits"] = {0: "batch", 1: "seq"}
    for name in inputs[3:]:
        dynamic[name] = {0: "batch", 2: "past"}
    for name in outputs[1:]:
        dynamic[name] = {0: "batch", 2: "total"}
    tmp = Path(tempfile.mkdtemp(prefix="htsite-export-"))
    try:
        fp32 = tmp / "model.onnx"  # int8 weights, float32 arithmetic
        with torch.no_grad(), warnings.catch_warnings():
            # The TorchScript exporter (deprecated, still in the pinned torch) traces this plain
            # module in seconds; the dynamo exporter needs onnxscript and minutes.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module,
                example,
                str(fp32),
                input_names=inputs,
                output_names=outputs,
                dynamic_axes=dynamic,
                opset_version=17,
                do_constant_folding=False,  # keeps the int8 head and the LoRA casts as they are
                dynamo=False,
            )
        del module
        traced = time.perf_counter() - started
        info = split_template(fp32, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    timings = {"trace_seconds": round(traced, 1), "seconds": round(time.perf_counter() - started, 1)}
    _write_json(out_dir / TIMINGS, timings)  # kept apart: the one file that differs run to run
    info.update(layers=layers, kv_heads=kv_heads, head_dim=head_dim)
    return info


def is_lora(name: str) -> bool:
    return name.endswith((".lora_a", ".lora_b"))


def split_template(quantized: Path, out_dir: Path) -> dict:
    """Base tensors → sorted, aligned chunk files; LoRA tensors → described for the bots; the
    graph keeps only the small tensors. Written to a temp folder, then renamed to `out_dir`."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(quantized))
    tensors = {t.name: t for t in model.graph.initializer}
    base = sorted(n for n, t in tensors.items() if not is_lora(n) and _nbytes(t) >= EXTERNAL_MIN)
    lora = sorted(n for n in tensors if is_lora(n))
    total = sum(_aligned(_nbytes(tensors[n])) for n in base)
    chunks = max(1, math.ceil(total / CHUNK_LIMIT))
    target = math.ceil(total / chunks)
    with staging.staged(out_dir) as tmp:
        # Sorted tensors fill the chunks in turn, each up to its share of the total.
        chunks_of: list[list[str]] = [[]]
        filled = 0
        for name in base:
            size = _aligned(_nbytes(tensors[name]))
            if filled and filled + size > target and len(chunks_of) < chunks:
                chunks_of.append([])
                filled = 0
            chunks_of[-1].append(name)
            filled += size
        files: list[dict] = []
        for index, names in enumerate(chunks_of):
            location = DATA_PREFIX if index == 0 else f"{DATA_PREFIX}_{index}"
            offset = 0
            with open(tmp / location, "wb") as handle:
                for name in names:
                    data = numpy_helper.to_array(tensors[name]).tobytes()
                    _point_external(tensors[name], location, offset, len(data))
                    handle.write(data + b"\0" * (_aligned(len(data)) - len(data)))
                    offset += _aligned(len(data))
            files.append({"path": location, "bytes": offset})
        lora_location = f"{DATA_PREFIX}_{len(files)}"
        slots, offset = [], 0
        for name in lora:
            tensor = tensors[name]
            n = _nbytes(tensor)
            slots.append({"name": name, "shape": list(tensor.dims), "offset": offset, "bytes": n})
            _point_external(tensor, lora_location, offset, n)
            offset += _aligned(n)
        (tmp / "graph.onnx").write_bytes(model.SerializeToString())
        for f in files:
            f["sha256"] = hashlib.sha256((tmp / f["path"]).read_bytes()).hexdigest()
        info = {"base_files": files, "lora_file": lora_location, "lora_bytes": offset, "lora": slots}
        (tmp / "template.json").write_text(json.dumps(info, indent=1) + "\n")
    return info


def _nbytes(tensor) -> int:
    from onnx import helper

    if tensor.HasField("raw_data") or tensor.data_location == 1:
        if tensor.data_location == 1:
            return int({e.key: e.value for e in tensor.external_data}["length"])
        return len(tensor.raw_data)
    size = helper.tensor_dtype_to_np_dtype(tensor.data_type).itemsize
    return size * math.prod(tensor.dims)


def _aligned(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def _point_external(tensor, location: str, offset: int, length: int) -> None:
    from onnx import TensorProto

    tensor.ClearField("raw_data")
    for field in ("float_data", "int32_data", "int64_data", "double_data", "uint64_data", "string_data"):
        tensor.ClearField(field)
    tensor.data_location = TensorProto.EXTERNAL
    del tensor.external_data[:]
    for key, value in (("location", location), ("offset", str(offset)), ("length", str(length))):
        entry = tensor.external_data.add()
        entry.key, entry.value = key, value


def ensure_template(models_dir: Path, base_path: Path, lora: LoraShape, on_build=None) -> tuple[Path, dict]:
    """The cached template for this base and LoRA shape, built when missing (the slow part)."""
    key = template_key(base_path, lora, models_dir / ".web" / BASE_DIGESTS)
    folder = models_dir / ".web" / key
    info_path = folder / "template.json"
    if not info_path.is_file():
        if on_build:
            on_build(key)
        info = build_template(base_path, lora, folder)
        info_path.write_text(json.dumps(info, indent=1) + "\n")
        for stale in folder.parent.iterdir():  # one template per site is the common case
            if stale.is_dir() and stale.name != key and not stale.name.startswith("."):
                shutil.rmtree(stale, ignore_errors=True)
    return folder, json.loads(info_path.read_text())


# -- 2. one bot: its LoRA in the template's slots, the transformers.js folder --------------------
def lora_bytes(model_dir: Path, lora: LoraShape, info: dict) -> bytes:
    """The bot's adapter in the template's slot order: A [in, r], B·scale [r, out], float16."""
    import numpy as np
    from safetensors.numpy import load_file

    scale = lora.scale(model_dir)
    adapter = load_file(str(model_dir / "adapter_model.safetensors"))
    by_module = {}
    for name, value in adapter.items():  # base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight
        parts = name.split(".")
        if "layers" not in parts or parts[-2] not in ("lora_A", "lora_B"):
            continue
        layer = parts[parts.index("layers") + 1]
        short = SHORT[parts[-3]]
        by_module[f"layers.{layer}.{short}.{'lora_a' if parts[-2] == 'lora_A' else 'lora_b'}"] = value
    out = bytearray(info["lora_bytes"])
    for slot in info["lora"]:
        value = by_module.pop(slot["name"], None)
        if value is None:
            raise ExportError(f"the adapter has no weights for {slot['name']}", model_dir)
        value = value.T if slot["name"].endswith("lora_a") else value.T * scale
        array = np.ascontiguousarray(value, dtype=np.float16)
        if list(array.shape) != slot["shape"]:
            raise ExportError(f"{slot['name']}: shape {array.shape}, expected {slot['shape']}", model_dir)
        out[slot["offset"] : slot["offset"] + slot["bytes"]] = array.tobytes()
    if by_module:
        raise ExportError(f"adapter weights with no place in the graph: {sorted(by_module)[:3]}", model_dir)
    return bytes(out)


def web_tokenizer_config(model_dir: Path) -> dict:
    """The Python tokenizer's settings, said so that transformers.js tokenizes alike: a
    byte-level BPE that adds no start token, ending texts with the EOS that training used."""
    config = json.loads((model_dir / "tokenizer_config.json").read_text())
    keep = ("bos_token", "eos_token", "pad_token", "unk_token", "model_max_length")
    out = {k: config[k] for k in keep if k in config}
    out.update(tokenizer_class="GPT2Tokenizer", add_bos_token=False, add_eos_token=False)
    out.setdefault("pad_token", out.get("eos_token"))
    out["clean_up_tokenization_spaces"] = False
    return out


def model_configs(base_path: Path, tokenizer: dict) -> tuple[dict, dict]:
    config = json.loads((base_path / "config.json").read_text())
    vocab = json.loads((base_path / "tokenizer.json").read_text(encoding="utf-8"))
    ids = {t["content"]: t["id"] for t in vocab.get("added_tokens", [])}
    eos = ids.get(tokenizer.get("eos_token"), config.get("eos_token_id"))
    config.update(eos_token_id=eos, pad_token_id=ids.get(tokenizer.get("pad_token"), eos), use_cache=True)
    config["transformers.js_config"] = {"dtype": "q8", "kv_cache_dtype": "float32"}
    generation = {"bos_token_id": config.get("bos_token_id"), "eos_token_id": eos, "pad_token_id": eos}
    return config, generation


def export_bot(
    model_dir: Path,
    base_path: Path,
    template: Path,
    info: dict,
    out_dir: Path,
    train_key: str,
    eval_texts: list[str],
    prompt: str,
    block_size: int,
    min_new_tokens: int = 0,
) -> dict:
    """Write models/<bot>/web/ (temp folder, then rename) and check it with onnxruntime."""
    started = time.perf_counter()
    lora = LoraShape.of(model_dir)
    with staging.staged(out_dir) as tmp:
        onnx_dir = tmp / "onnx"
        onnx_dir.mkdir()
        shutil.copyfile(template / "graph.onnx", onnx_dir / ONNX_FILE)
        (onnx_dir / info["lora_file"]).write_bytes(lora_bytes(model_dir, lora, info))
        tokenizer = web_tokenizer_config(model_dir)
        config, generation = model_configs(base_path, tokenizer)
        shutil.copyfile(model_dir / "tokenizer.json", tmp / "tokenizer.json")
        _write_json(tmp / "tokenizer_config.json", tokenizer)
        _write_json(tmp / "config.json", config)
        _write_json(tmp / "generation_config.json", generation)
        written = time.perf_counter() - started
        session = open_session(tmp, template)
        tok = load_tokenizer(tmp)
        blocks = held_out_blocks(tok, eval_texts, block_size, config["eos_token_id"])
        ppl = perplexity(session, blocks)
        prompt_ids = tok.encode(prompt, add_special_tokens=True).ids  # the separator first, as sampled
        greedy_ids = greedy(session, prompt_ids, 10, config, min_new_tokens)
        files = {
            p.relative_to(tmp).as_posix(): p.stat().st_size for p in sorted(tmp.rglob("*")) if p.is_file()
        }
        manifest = {
            "train_key": train_key,
            "template": template.name,
            "export_version": EXPORT_VERSION,
            "htsite_version": __version__,
            "files": files,
            "bot_bytes": sum(files.values()),
            "base_files": [{k: f[k] for k in ("path", "bytes", "sha256")} for f in info["base_files"]],
            "base_bytes": sum(f["bytes"] for f in info["base_files"]),
            "lora_file": f"onnx/{info['lora_file']}",
            "perplexity": round(ppl, 2),
            "eval_tokens": sum(len(b) for b in blocks),
            "prompt": prompt,
            "greedy_ids": greedy_ids,
        }
        _write_json(tmp / MANIFEST, manifest)
        timings = {"write_seconds": round(written, 2), "seconds": round(time.perf_counter() - started, 2)}
        _write_json(tmp / TIMINGS, timings)
    return manifest


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# -- onnxruntime in Python: the same files the browser loads --------------------------------------
def open_session(folder: Path, base_dir: Path):
    """An onnxruntime session of a bot folder whose base chunks live in `base_dir`."""
    import onnx
    import onnxruntime as ort

    model = onnx.load(str(folder / "onnx" / ONNX_FILE), load_external_data=False)
    cache: dict[str, bytes] = {}
    for tensor in model.graph.initializer:
        if tensor.data_location != onnx.TensorProto.EXTERNAL:
            continue
        meta = {e.key: e.value for e in tensor.external_data}
        location = meta["location"]
        if location not in cache:
            path = folder / "onnx" / location
            cache[location] = (path if path.is_file() else base_dir / location).read_bytes()
        offset, length = int(meta.get("offset", 0)), int(meta["length"])
        tensor.raw_data = cache[location][offset : offset + length]
        tensor.data_location = onnx.TensorProto.DEFAULT
        del tensor.external_data[:]
    options = ort.SessionOptions()
    options.log_severity_level = 3
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def load_tokenizer(folder: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(folder / "tokenizer.json"))


def held_out_blocks(tokenizer, texts: list[str], block_size: int, eos: int) -> list[list[int]]:
    """As generator.train.to_blocks: posts joined with EOS, packed into blocks."""
    stream: list[int] = []
    for enc in tokenizer.encode_batch(texts, add_special_tokens=False):
        stream.extend(enc.ids)
        stream.append(eos)
    return [stream[i : i + block_size] for i in range(0, len(stream), block_size)]


def _empty_past(session, batch: int) -> dict:
    import numpy as np

    feeds = {}
    for inp in session.get_inputs()[3:]:
        feeds[inp.name] = np.zeros((batch, inp.shape[1], 0, inp.shape[3]), dtype=np.float32)
    return feeds


def perplexity(session, blocks: list[list[int]]) -> float:
    """exp(mean next-token loss over every held-out token), as training measures it."""
    import numpy as np

    total, count = 0.0, 0
    for block in blocks:
        if len(block) < 2:
            continue
        ids = np.array([block], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        feeds["position_ids"] = np.arange(len(block), dtype=np.int64)[None]
        logits = session.run(["logits"], {**feeds, **_empty_past(session, 1)})[0][0, :-1]
        logits = logits - logits.max(-1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
        total -= float(logp[np.arange(len(block) - 1), block[1:]].sum())
        count += len(block) - 1
    return math.exp(total / max(count, 1))


def greedy(
    session, prompt_ids: list[int], new_tokens: int, config: dict, min_new_tokens: int = 0
) -> list[int]:
    """Greedy decoding with the KV cache, one token per step, as the browser runs it (EOS is
    ruled out before `min_new_tokens`, as generate's min_new_tokens does)."""
    import numpy as np

    names = [o.name for o in session.get_outputs()]
    ids = list(prompt_ids)
    step = np.array([ids], dtype=np.int64)
    past = _empty_past(session, 1)
    out: list[int] = []
    for _ in range(new_tokens):
        start = len(ids) - step.shape[1]
        feeds = {"input_ids": step, "attention_mask": np.ones((1, len(ids)), dtype=np.int64)}
        feeds["position_ids"] = np.arange(start, len(ids), dtype=np.int64)[None]
        results = session.run(names, {**feeds, **past})
        logits = results[0][0, -1]
        if len(out) < min_new_tokens and config.get("eos_token_id") is not None:
            logits[config["eos_token_id"]] = -np.inf
        token = int(logits.argmax())
        out.append(token)
        if token == config.get("eos_token_id"):
            break
        ids.append(token)
        step = np.array([[token]], dtype=np.int64)
        past = {
            n.replace("present", "past_key_values"): v for n, v in zip(names[1:], results[1:], strict=True)
        }
    return out

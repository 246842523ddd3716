"""`htsite publish`: every bot to the Hugging Face Hub as a model repo `<owner>/<bot-id>`; and
`htsite deploy`: the built site/ to GitHub Pages with mkdocs' own gh-deploy.

Publishing a bot, read top to bottom:

1. **Stage** the files its repo needs, in `<site>/.htsite-publish/` (never in models/). By default
   the LoRA adapter is folded into the base weights, so that `pipeline('text-generation',
   model='<owner>/<bot-id>')` works with transformers alone; they are stored in bfloat16 (half
   the download) when that keeps the held-out perplexity within 1 % of what training measured,
   else in float32. With `--adapter`, only the adapter goes up, pointing at the base's Hub id.
   Tokenizer, config, generation settings (the site's sampling) and the model card go with it.
2. **Compare** with what the repo holds (sha256 for LFS files, git blob sha1 for the rest) and
   commit only the files that differ; files an earlier publish put there and that are no longer
   wanted (merged weights after switching to `--adapter`, say) are deleted in the same commit.
3. **Record** the repo, its commit and every file's hash in `site_src/published.json`, which the
   pages read: a published bot's page, gallery card and snippet name its Hub id.

A stage is kept until its commit lands, so a run cut off mid-upload resumes from the same bytes
and the Hub, which already holds them, is not sent them twice. An unchanged bot costs one listing
of its repo and no upload. The token comes from HF_TOKEN or `hf auth login` and goes only into
the Authorization header: it is never printed, logged or written anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__, files
from generator.errors import HtsiteError, InputError

STATE = "published.json"  # under site_src/: what is on the Hub, for pages and the next publish
STAGING = ".htsite-publish"  # under the site root: staged repos, removed once committed
PPL_TOLERANCE = 0.01  # bfloat16 weights are published when held-out perplexity rises at most 1 %
DEFAULT_ENDPOINT = "https://huggingface.co"
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
)
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
MERGED_FILES = ("config.json", "model.safetensors", "generation_config.json")
# What a repo may hold from an earlier publish in the other mode; deleted when no longer wanted,
# since transformers would read an adapter_config.json left beside merged weights as an adapter.
MODE_FILES = (*ADAPTER_FILES, *MERGED_FILES, "model.safetensors.index.json")
REPO_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.]|-(?!-)|\.(?!\.))*$")
NETWORK_HINT = (
    "check the connection and run `htsite publish` again: files already uploaded are not sent twice"
)
TOKEN_HINT = (
    "set HF_TOKEN to a token with write access (https://huggingface.co/settings/tokens) "
    "or run `hf auth login`"
)


# -- the record of what was published (read by pages; no network, no torch) ----------------------
def state_path(site) -> Path:
    return site.src / STATE


def load_state(site) -> dict:
    try:
        data = json.loads(state_path(site).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"bots": {}}
    except (OSError, ValueError) as exc:
        raise InputError(
            f"cannot read the publish record ({exc})", state_path(site), "delete it and run `htsite publish`"
        ) from None
    return data if isinstance(data.get("bots"), dict) else {"bots": {}}


def save_state(site, state: dict) -> None:
    path = state_path(site)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(state, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def hub_link(state: dict, bot_id: str, metrics: dict) -> dict | None:
    """What pages show of a published bot, or None when it is not on the Hub, or the Hub holds an
    older training of it (then the page keeps the local snippet until the next publish)."""
    entry = state.get("bots", {}).get(bot_id)
    if not entry or entry.get("train_key") != metrics.get("train_key"):
        return None
    return {k: entry.get(k) for k in ("repo", "url", "mode", "base_model", "base_url", "dtype", "check")} | {
        "size_label": human_size(entry.get("weights_bytes", 0)),
        "quantized_base": entry.get("quantized_base", False),
    }


def human_size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


# -- what a repo holds ------------------------------------------------------------------------
@dataclass
class Staged:
    path: str  # in the repo
    size: int
    sha256: str
    git_sha1: str  # the git blob id, what the Hub reports for files it does not keep in LFS
    source: Path | bytes

    @classmethod
    def of(cls, path: str, source: Path | bytes) -> Staged:
        sha256, sha1 = hashlib.sha256(), hashlib.sha1()
        size = len(source) if isinstance(source, bytes) else source.stat().st_size
        sha1.update(b"blob %d\0" % size)
        chunks = [source] if isinstance(source, bytes) else _chunks(source)
        for chunk in chunks:
            sha256.update(chunk)
            sha1.update(chunk)
        return cls(path, size, sha256.hexdigest(), sha1.hexdigest(), source)

    def record(self) -> dict:
        return {"size": self.size, "sha256": self.sha256, "git_sha1": self.git_sha1}


def _chunks(path: Path, size: int = 1 << 20):
    with open(path, "rb") as fh:
        while chunk := fh.read(size):
            yield chunk


def same_as_remote(record: dict, remote) -> bool:
    """`remote`: huggingface_hub's RepoFile for the path, or None."""
    if remote is None or remote.size != record["size"]:
        return False
    if remote.lfs is not None:
        return remote.lfs.sha256 == record["sha256"]
    return remote.blob_id == record["git_sha1"]


@dataclass
class BotPlan:
    bot: str
    repo: str
    mode: str  # merged | adapter
    files: list[Staged] = field(default_factory=list)
    staged_dir: Path | None = None
    entry: dict = field(default_factory=dict)  # what published.json will say once committed


# -- options and their checks (before any upload) -----------------------------------------------
@dataclass
class Options:
    bots: list[str] = field(default_factory=list)  # empty: every bot
    owner: str | None = None
    adapter: bool | None = None  # None: site.yaml's publish.adapter
    dry_run: bool = False
    private: bool | None = None


def check_repo_id(owner: str, bot_id: str, where: Path) -> str:
    """The Hub's naming rules, checked here so that nothing is uploaded under a refused name."""
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    from generator.settings import HUB_OWNER

    if not HUB_OWNER.match(owner):
        raise InputError(
            f"{owner!r} is not a Hub user or organization name",
            where,
            "use letters, digits and single '-' (publish.hub_owner in site.yaml or --owner)",
        )
    repo = f"{owner}/{bot_id}"
    try:
        validate_repo_id(repo)
        if not REPO_NAME.match(bot_id) or bot_id.endswith(("-", ".")) or len(bot_id) > 96:
            raise HFValidationError(repo)
    except HFValidationError:
        raise InputError(
            f"bot id {bot_id!r} is not a valid Hub repo name (no '--' or '..', no '-' at the end)",
            where,
            "rename site_src/bots/<id>.yaml",
        ) from None
    return repo


def endpoint() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


# -- staging ------------------------------------------------------------------------------------
def staging_key(model_dir: Path, mode: str, base, base_hub_id: str | None, sample_cfg) -> str:
    """What the staged weights, config and tokenizer depend on (not the card: it is cheap)."""
    parts = {
        "mode": mode,
        "files": {
            p.name: Staged.of(p.name, p).sha256
            for p in sorted(model_dir.iterdir())
            if p.is_file() and p.name not in ("README.md", "predictions.json", "metrics.json")
        },
        "base": base.name,
        "base_hub_id": base_hub_id,
        "sample": sample_cfg.model_dump(),
        "version": __version__,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def held_out_blocks(corpora, tokenizer, cfg) -> list[list[int]]:
    """Exactly the blocks training measured its held-out perplexity on (train.train, step 1)."""
    from generator import train

    splits = [train.split_posts(c.texts, cfg.seed, cfg.eval_fraction) for c in corpora]
    return train.to_blocks(tokenizer, [t for s in splits for t in s.eval], cfg.block_size)


def perplexity(model, blocks, tokenizer, cfg) -> float:
    from generator import train
    from generator.device import Compute

    compute = Compute("cpu", "float32", "")
    loss = train.evaluate(model, blocks, compute, max(cfg.batch_size, 8), tokenizer.pad_token_id)
    return round(math.exp(loss), 3)


def within_tolerance(check: dict) -> bool:
    """Whether bfloat16 weights keep held-out perplexity within PPL_TOLERANCE of training's figure
    (metrics.json). One-sided: training may have measured under bf16 autocast, which the float32
    evaluation here beats by a few %; that is no reason to ship twice the bytes."""
    reference = check.get("training") or check["float32"]
    return check["bfloat16"] <= reference * (1 + PPL_TOLERANCE)


def stage_merged(model_dir: Path, base, corpora, train_cfg, sample_cfg, metrics: dict, out: Path) -> dict:
    """Fold the adapter into the base, measure held-out perplexity in float32 and with the
    weights rounded to bfloat16, save in the smaller dtype that stays within PPL_TOLERANCE."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

    from generator.basemodel import quiet_transformers

    quiet_transformers()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    blocks = held_out_blocks(corpora, tokenizer, train_cfg)
    check = {"training": metrics.get("perplexity")}
    if (model_dir / "adapter_config.json").is_file():
        from peft import PeftModel

        model = AutoModelForCausalLM.from_pretrained(base.path, dtype=torch.float32)
        model = PeftModel.from_pretrained(model, model_dir)
        check["adapter"] = perplexity(model, blocks, tokenizer, train_cfg)
        model = model.merge_and_unload()
    else:  # full fine-tuning: the weights are already whole
        model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    check["float32"] = perplexity(model, blocks, tokenizer, train_cfg)
    exact = {n: p.detach().clone() for n, p in model.state_dict().items() if p.is_floating_point()}
    with torch.no_grad():
        for tensor in model.state_dict().values():
            if tensor.is_floating_point():
                tensor.copy_(tensor.to(torch.bfloat16).to(torch.float32))
    check["bfloat16"] = perplexity(model, blocks, tokenizer, train_cfg)
    dtype = "bfloat16" if within_tolerance(check) else "float32"
    if dtype == "float32":
        model.load_state_dict(exact, strict=False)
    model.to(getattr(torch, dtype)).save_pretrained(out)

    # config: transformers loads the weights as float32 (fast on every CPU; a bfloat16 matmul can
    # be 100× slower on one without native support). Also the keys transformers 4.x reads.
    config = json.loads((out / "config.json").read_text())
    config["dtype"] = config["torch_dtype"] = "float32"
    rope = config.get("rope_parameters") or {}
    if "rope_theta" in rope:
        config.setdefault("rope_theta", rope["rope_theta"])
    config["_name_or_path"] = base.hub_id or base.label
    (out / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    generation = GenerationConfig.from_model_config(model.config)
    generation.update(
        do_sample=True,
        top_p=sample_cfg.top_p,
        temperature=sample_cfg.temperature,
        max_new_tokens=sample_cfg.max_new_tokens,
        pad_token_id=tokenizer.pad_token_id,
    )
    generation.save_pretrained(out)
    copy_tokenizer(model_dir, out, config.get("max_position_embeddings"))
    return {"dtype": dtype, "check": check}


def stage_adapter(model_dir: Path, base, base_hub_id: str, out: Path) -> dict:
    config = json.loads((model_dir / "adapter_config.json").read_text())
    config["base_model_name_or_path"] = base_hub_id
    (out / "adapter_config.json").write_text(json.dumps(config, indent=2) + "\n")
    shutil.copy2(model_dir / "adapter_model.safetensors", out / "adapter_model.safetensors")
    try:
        max_length = json.loads((Path(base.path) / "config.json").read_text()).get("max_position_embeddings")
    except (OSError, ValueError):
        max_length = None
    copy_tokenizer(model_dir, out, max_length)
    return {"dtype": None, "check": None}


def copy_tokenizer(model_dir: Path, out: Path, max_length: int | None) -> None:
    """The bot's tokenizer files, with what only made sense on this machine taken out."""
    for name in TOKENIZER_FILES:
        if (model_dir / name).is_file():
            shutil.copy2(model_dir / name, out / name)
    path = out / "tokenizer_config.json"
    if path.is_file():
        config = json.loads(path.read_text())
        for local in ("is_local", "local_files_only", "name_or_path"):
            config.pop(local, None)
        if max_length:
            config["model_max_length"] = max_length
        path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


# -- publishing ---------------------------------------------------------------------------------
class Publisher:
    def __init__(self, site, reporter, options: Options):
        self.site, self.reporter, self.options = site, reporter, options
        self.settings = site.settings
        self.state = load_state(site)
        self.api = None
        self.endpoint = endpoint()
        self.summary = {"dry_run": options.dry_run, "bots": {}, "failed": {}}
        self._builder = None
        self._user = None

    # -- setup --------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        adapter = self.options.adapter if self.options.adapter is not None else self.settings.publish.adapter
        return "adapter" if adapter else "merged"

    @property
    def builder(self):
        if self._builder is None:
            from generator.build import Builder

            self._builder = Builder(self.site, self.reporter, allow_training=False)
            self._builder.write_cards = False  # publishing never writes into models/
        return self._builder

    def chosen_bots(self) -> list:
        wanted = [b.lower() for b in self.options.bots]  # bot ids are lower-cased handles
        unknown = [b for b in wanted if b not in {s.id for s in self.site.bots}]
        if unknown:
            raise InputError(f"no bot named {unknown[0]!r}", self.site.bots_dir, "see site_src/bots/*.yaml")
        return [b for b in self.site.bots if not wanted or b.id in wanted]

    def owner(self) -> str:
        owner = self.options.owner or self.settings.publish.hub_owner
        if owner:
            return owner
        if self.options.dry_run and self.token() is None:
            raise InputError(
                "no Hub owner to publish under",
                self.site.src / "site.yaml",
                "set publish: {hub_owner: NAME} or pass --owner NAME",
            )
        return self.whoami()

    def token(self) -> str | None:
        from huggingface_hub import get_token

        return get_token()

    def connect(self):
        from huggingface_hub import HfApi
        from huggingface_hub.utils import disable_progress_bars
        from huggingface_hub.utils import logging as hf_logging

        token = self.token()
        if token is None:
            raise HtsiteError("no Hugging Face token found", hint=TOKEN_HINT)
        if self.reporter.quiet or not self.reporter.tty:  # upload bars only on a terminal
            disable_progress_bars()
        hf_logging.set_verbosity_error()
        self.api = HfApi(endpoint=self.endpoint, token=token)

    def whoami(self) -> str:
        if self.api is None:
            self.connect()
        if self._user is None:
            with self.hub_errors(None):
                self._user = self.api.whoami()["name"]
        return self._user

    @contextlib.contextmanager
    def hub_errors(self, bot: str | None):
        """Hub and network failures as one line naming the bot; never the token."""
        import httpx2
        from huggingface_hub.errors import HfHubHTTPError

        doing = f"publishing {bot}" if bot else "checking the token"
        try:
            yield
        except (HfHubHTTPError, httpx2.TransportError, RuntimeError) as raised:
            exc = raised  # huggingface_hub wraps a failed LFS upload in RuntimeError: find the cause
            while not isinstance(exc, (HfHubHTTPError, httpx2.TransportError)) and exc.__cause__:
                exc = exc.__cause__
            if isinstance(exc, HfHubHTTPError):
                status = exc.response.status_code if exc.response is not None else None
                if status == 401:
                    raise HtsiteError("the Hub rejected the token (HTTP 401)", hint=TOKEN_HINT) from None
                if status == 403:
                    raise HtsiteError(
                        f"the token may not write there (HTTP 403, {doing})",
                        hint="use a token with write access to the owner, or another publish.hub_owner",
                    ) from None
                detail = exc.server_message.splitlines()[0] if exc.server_message else f"HTTP {status}"
                raise HtsiteError(f"the Hub refused {doing}: {detail}", hint=NETWORK_HINT) from None
            if isinstance(exc, httpx2.TransportError):
                raise HtsiteError(
                    f"connection to {self.endpoint} lost while {doing} ({type(exc).__name__})",
                    hint=NETWORK_HINT,
                ) from None
            raise

    # -- the run ------------------------------------------------------------------------------
    def run(self) -> dict:
        bots = self.chosen_bots()
        mode = self.mode
        base_hub_id = self.base_hub_id()
        if mode == "adapter" and not base_hub_id:
            raise InputError(
                f"--adapter needs the base model's Hub id; {self.settings.base_model!r} is a local folder",
                self.site.src / "site.yaml",
                "set publish: {base_hub_id: owner/name} or publish merged weights (without --adapter)",
            )
        if mode == "adapter" and self.settings.train.method != "lora":
            raise InputError(
                "--adapter: these bots were trained with full fine-tuning, there is no adapter",
                self.site.src / "site.yaml",
                "publish merged weights (without --adapter)",
            )
        if not self.options.dry_run:
            self.connect()
        owner = self.owner()
        repos = {b.id: check_repo_id(owner, b.id, self.site.bots_dir / f"{b.id}.yaml") for b in bots}
        if not self.options.dry_run:
            self.whoami()  # a missing or rejected token stops here, before anything is uploaded
        for spec in bots:
            try:
                plan = self.plan(spec, repos[spec.id], mode, base_hub_id)
            except HtsiteError as exc:
                self.summary["failed"][spec.id] = exc.one_line()
                self.reporter.error(f"bot {spec.id} skipped: {exc.one_line()}")
                continue
            if self.options.dry_run:
                self.summary["bots"][spec.id] = self.describe(plan)
                continue
            with self.hub_errors(spec.id):
                self.summary["bots"][spec.id] = self.upload(plan)
        return self.summary

    def base_hub_id(self) -> str | None:
        from generator import basemodel

        return self.settings.publish.base_hub_id or basemodel.resolve(self.settings.base_model).hub_id

    # -- one bot ------------------------------------------------------------------------------
    def plan(self, spec, repo: str, mode: str, base_hub_id: str | None) -> BotPlan:
        from generator import pages
        from generator.build import train_key

        builder = self.builder
        view = builder.build_bot(spec)  # pages' view of it: no training, nothing in models/
        model_dir = self.site.models / spec.id
        metrics = view.metrics
        corpora = [builder._curated[k] for k in spec.accounts]
        if metrics.get("train_key") != train_key(self.site, corpora):
            self.reporter.warn(
                f"{spec.id}: its data or settings changed since it was trained (run `htsite build`)"
            )
        if mode == "adapter" and not (model_dir / "adapter_config.json").is_file():
            raise HtsiteError("no adapter in this model folder", model_dir, "publish merged weights instead")
        base = builder.base
        key = staging_key(model_dir, mode, base, base_hub_id, self.settings.sample)
        old = self.state["bots"].get(spec.id, {})
        entry = {
            "repo": repo,
            "url": f"{self.endpoint}/{repo}",
            "mode": mode,
            "base_model": base_hub_id,
            "base_url": f"{self.endpoint}/{base_hub_id}" if base_hub_id else None,
            "quantized_base": mode == "adapter" and base.name.startswith("bundled:"),
            "train_key": metrics.get("train_key"),
            "staging_key": key,
        }
        plan = BotPlan(spec.id, repo, mode, entry=entry)
        reuse = old.get("staging_key") == key and old.get("repo") == repo
        staged = self.site.root / STAGING / f"{spec.id}-{key}"
        if reuse and not staged.is_dir():
            # Published before from these very files: their hashes are on record, no need to rebuild.
            entry.update({k: old.get(k) for k in ("dtype", "check", "weights_bytes")})
            plan.files = [
                Staged(p, r["size"], r["sha256"], r["git_sha1"], None)
                for p, r in old.get("files", {}).items()
                if p != "README.md"
            ]
        else:
            plan.staged_dir = self.stage(spec, model_dir, mode, base, base_hub_id, corpora, metrics, staged)
            info = json.loads((plan.staged_dir / ".htsite-stage.json").read_text())
            entry.update(info)
            plan.files = [
                Staged.of(p.name, p) for p in sorted(plan.staged_dir.iterdir()) if not p.name.startswith(".")
            ]
        view.hub = hub_link({"bots": {spec.id: entry}}, spec.id, metrics)
        card = pages.model_card(view, self.settings, base)
        plan.files.append(Staged.of("README.md", card.encode()))
        return plan

    def stage(self, spec, model_dir, mode, base, base_hub_id, corpora, metrics, target: Path) -> Path:
        """Build the repo's files into `target` (a temp folder renamed when complete)."""
        from generator.settings import TrainSettings

        if target.is_dir():
            return target
        for stale in files.keyed(target.parent, spec.id):  # an older stage of this bot (not ada-bo's for ada)
            shutil.rmtree(stale, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            if mode == "adapter":
                info = stage_adapter(model_dir, base, base_hub_id, tmp)
            else:
                self.reporter.info(f"{spec.id}: merging the adapter into the base, checking perplexity …")
                trained = {k: v for k, v in (metrics.get("settings") or {}).items() if k != "base_model"}
                try:
                    cfg = TrainSettings.model_validate(trained)
                except ValueError:
                    cfg = self.settings.train
                info = stage_merged(model_dir, base, corpora, cfg, self.settings.sample, metrics, tmp)
                c = info["check"]
                self.reporter.info(
                    f"  {spec.id}: held-out perplexity {c['training']} in training, "
                    + (f"{c['adapter']} adapter, " if "adapter" in c else "")
                    + f"{c['float32']} merged float32, {c['bfloat16']} bfloat16 → {info['dtype']}"
                )
            weights = "adapter_model.safetensors" if mode == "adapter" else "model.safetensors"
            info["weights_bytes"] = (tmp / weights).stat().st_size
            (tmp / ".htsite-stage.json").write_text(json.dumps(info, indent=2) + "\n")
            tmp.rename(target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return target

    def describe(self, plan: BotPlan) -> dict:
        old = self.state["bots"].get(plan.bot, {}).get("files", {})
        files = [
            {
                "path": f.path,
                "size": f.size,
                "unchanged": old.get(f.path, {}).get("sha256") == f.sha256,
            }
            for f in plan.files
        ]
        self.reporter.info(f"{plan.repo} ({plan.mode}):")
        for f in files:
            note = "  (unchanged since the last publish)" if f["unchanged"] else ""
            self.reporter.info(f"  {f['path']:<28} {human_size(f['size']):>8}{note}")
        return {
            "repo": plan.repo,
            "mode": plan.mode,
            "files": files,
            "bytes": sum(f["size"] for f in files),
            "dtype": plan.entry.get("dtype"),
            "check": plan.entry.get("check"),
        }

    def upload(self, plan: BotPlan) -> dict:
        from huggingface_hub import CommitOperationAdd, CommitOperationDelete

        private = self.options.private if self.options.private is not None else self.settings.publish.private
        self.api.create_repo(plan.repo, repo_type="model", private=private, exist_ok=True)
        remote = {
            f.path: f for f in self.api.list_repo_tree(plan.repo, recursive=True) if hasattr(f, "blob_id")
        }
        changed = [f for f in plan.files if not same_as_remote(f.record(), remote.get(f.path))]
        if any(f.source is None for f in changed):  # the Hub lost what the record says it has
            plan = self.restage(plan)
            changed = [f for f in plan.files if not same_as_remote(f.record(), remote.get(f.path))]
        wanted = {f.path for f in plan.files}
        earlier = set(self.state["bots"].get(plan.bot, {}).get("files", {})) | set(MODE_FILES)
        deleted = sorted(p for p in remote if p in earlier and p not in wanted)
        operations = [CommitOperationAdd(f.path, f.source) for f in changed]
        operations += [CommitOperationDelete(p) for p in deleted]
        revision = None
        if operations:
            self.reporter.info(
                f"{plan.repo}: uploading {len(changed)} file(s), "
                f"{human_size(sum(f.size for f in changed))}"
                + (f", deleting {len(deleted)}" if deleted else "")
            )
            info = self.api.create_commit(
                plan.repo,
                operations,
                commit_message=f"htsite {__version__}: {plan.mode} model for {plan.bot}",
                repo_type="model",
            )
            revision = info.oid
        else:
            self.reporter.info(f"{plan.repo}: unchanged, nothing uploaded")
        if revision is None:
            revision = self.state["bots"].get(plan.bot, {}).get("revision")
        entry = dict(plan.entry, revision=revision, files={f.path: f.record() for f in plan.files})
        self.state["bots"][plan.bot] = entry
        self.state["endpoint"] = self.endpoint
        save_state(self.site, self.state)
        if plan.staged_dir is not None:
            shutil.rmtree(plan.staged_dir, ignore_errors=True)
            with contextlib.suppress(OSError):
                plan.staged_dir.parent.rmdir()  # .htsite-publish/ goes once nothing is left staged
        return {
            "repo": plan.repo,
            "url": entry["url"],
            "mode": plan.mode,
            "uploaded": [f.path for f in changed],
            "uploaded_bytes": sum(f.size for f in changed),
            "deleted": deleted,
            "files": {f.path: f.size for f in plan.files},
            "dtype": entry.get("dtype"),
            "check": entry.get("check"),
        }

    def restage(self, plan: BotPlan) -> BotPlan:
        spec = next(b for b in self.site.bots if b.id == plan.bot)
        self.state["bots"].get(plan.bot, {}).pop("staging_key", None)
        return self.plan(spec, plan.repo, plan.mode, plan.entry["base_model"])


def publish(site, reporter, options: Options) -> dict:
    return Publisher(site, reporter, options).run()


# -- GitHub Pages -----------------------------------------------------------------------------
class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def deploy(site, remote: str, branch: str, message: str | None, force: bool = False) -> dict:
    """Push site/ as it was built to `branch` of `remote` with mkdocs' gh-deploy (ghp-import):
    one commit holding the site, plus .nojekyll so that GitHub Pages serves it as it is."""
    from mkdocs.commands.gh_deploy import gh_deploy
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    if not (site.site_dir / "index.html").is_file():
        raise HtsiteError("no built site to deploy", site.site_dir, "run `htsite build` first")
    inside = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=site.root, capture_output=True, text=True
    )
    if inside.returncode != 0:
        raise HtsiteError(
            "the site folder is not in a git repository",
            site.root,
            "run `git init` and `git remote add origin <your GitHub repo>` there",
        )
    overrides = {"site_dir": str(site.site_dir), "remote_name": remote, "remote_branch": branch}
    if site.settings.site_url:
        overrides["site_url"] = site.settings.site_url
    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    propagate, log.propagate = log.propagate, False  # its notes are summed up by the caller
    try:
        with contextlib.chdir(site.root):  # gh-deploy runs git in the current folder
            config = load_config(str(site.mkdocs_yml), **overrides)
            gh_deploy(config, message=message, force=force, ignore_version=force)
    except subprocess.CalledProcessError as exc:  # ghp-import's git push (git said why on stderr)
        raise HtsiteError(
            f"deploy failed: `git {' '.join(exc.cmd[1:2])}` to {remote} exited {exc.returncode}",
            site.root,
            "check the remote and that you may push to it",
        ) from None
    except (Abort, ConfigurationError) as exc:
        errors = [r.getMessage() for r in collect.records if r.levelno >= logging.ERROR]
        detail = (errors[0] if errors else str(exc)).strip().splitlines()
        raise HtsiteError(
            f"deploy failed: {' '.join(line.strip() for line in detail if line.strip())[:300]}",
            site.root,
            "check the remote and that you may push to it",
        ) from None
    finally:
        log.removeHandler(collect)
        log.propagate = propagate
    shown = [r.getMessage() for r in collect.records if "available" in r.getMessage()]
    return {"remote": remote, "branch": branch, "note": shown[-1] if shown else None}

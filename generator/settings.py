"""The site's settings: `site_src/site.yaml` and `site_src/bots/*.yaml`, with every default in one place.

Environment variables override site.yaml (handy for CI and quick experiments):

    HTSITE_BASE_MODEL    base_model
    HTSITE_MAX_MINUTES   train.max_minutes (an optional wall-clock cap; "off" removes one set in site.yaml)
    HTSITE_MAX_STEPS     train.max_steps
    HTSITE_DEVICE        train.device
    HTSITE_DTYPE         train.dtype
    HTSITE_COMPILE       train.compile (auto, true or false)
    HTSITE_SITE_URL      site_url
    HTSITE_HUB_OWNER     publish.hub_owner
    HTSITE_CACHE         where the dequantized bundled model is cached (default ~/.cache/htsite)
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from generator.errors import InputError

BUNDLED_BASE = "bundled:smollm2-135m"
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Hub names: a user or organization, and owner/name ids (huggingface_hub's validate_repo_id rules).
HUB_OWNER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?!-)){0,38}[A-Za-z0-9]$|^[A-Za-z0-9]$")
HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+$")
SITE_URL = re.compile(r"^https?://[^\s/?#]+(/[^\s?#]*)?$")
ALL_LINEAR = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CurateSettings(Strict):
    min_chars: int = 6_000  # kept characters below which a bot is refused (as the original did)
    warn_chars: int = 40_000  # kept characters below which the build warns


class TrainSettings(Strict):
    method: Literal["lora", "full"] = "lora"
    # The training plan is fixed by the data and these settings, never by the clock: the same
    # inputs train the same bot on an idle laptop and a loaded CI runner. `max_steps` caps a large
    # archive (300 × 4 × 128 tokens: a few minutes on 2 CPU cores, however many posts).
    max_steps: int = 300  # optimizer steps, at most
    # Optional wall-clock cap per bot, minutes (training only); off by default. When it stops a run
    # before its plan, the model depends on the machine's speed and load, and the build summary and
    # the bot's page say so.
    max_minutes: float | None = Field(default=None, gt=0)
    # Passes over the training blocks, at most. At lr 2e-3 more overfits the small corpora people
    # bring: @tidepoolmara's held-out perplexity was 0.37× the base after 2 epochs, 0.68× after 4.
    epochs: float = 2.0
    # Batch 4 × lr 2e-3: twice the optimizer steps of 8 × 5e-4 in the same time, each one larger;
    # on the Obama corpus it reached 0.28× the base perplexity in 90 s, against 0.45× (bench/README.md).
    batch_size: int = 4  # sequences per optimizer step
    block_size: int = 128  # tokens per sequence
    # What a training sequence is. stream: posts joined by the separator (end-of-text) and cut
    # into full blocks, a post split where a block ends. posts: whole posts, each after the
    # separator, packed into blocks without splitting one, the rest padded.
    packing: Literal["stream", "posts"] = "stream"
    learning_rate: float = 2e-3  # peak learning rate (LoRA); use ~1e-4 for method: full
    # Of the planned steps: a linear warm-up over them, then cosine decay to 10 % of the peak. 0:
    # the peak from the first step (LoRA's B starts at zero, so the first steps are small anyway).
    # 5 % (12 of the Obama corpus's 238 steps) cost 16-21 % more steps to 0.3× the base perplexity,
    # whole plans ending level (bench/README.md, "Without the warm-up").
    warmup_fraction: float = 0.0
    weight_decay: float = 0.0
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0
    # LoRA+ (Hayou et al., 2024): LoRA's B matrices, which start at zero, learn at this many
    # times learning_rate, its A matrices at learning_rate (1: plain LoRA). Same FLOPs a step; at
    # 4 a large account read ~20 % fewer tokens to a given perplexity in fp32 runs that a
    # max_minutes cap cut short, but counted over whole plans and seeds only 2.2-2.5 % fewer, a
    # whole plan ends at a higher held-out perplexity, and on the example it collapsed one bot's
    # samples (bench/README.md, "LoRA+ is opt-in again", "Counted in steps, not seconds").
    lora_plus_ratio: float = Field(default=1.0, ge=1.0)
    lora_targets: list[str] = Field(default_factory=lambda: list(ALL_LINEAR))
    # LoRA on the top N decoder layers only (None: all). The layers below are frozen: backward
    # stops above them, and each block's state entering the adapted layers is computed once and
    # cached, so later epochs and evaluations run only the top N (generator/frozen.py). "auto":
    # the plan follows the data — the top 16 for a plan of 200 steps or more (a large account:
    # 1.5× faster than all layers, 0.19-0.32× the base's perplexity on real corpora), every layer
    # for a smaller one, whose few steps learn too little on 16: the example's bots went from
    # 0.38-0.42× to 0.33-0.37× the base, and their samples vary more (bench/README.md, issue 36).
    lora_layers: Literal["auto"] | Annotated[int, Field(ge=1)] | None = "auto"
    eval_fraction: float = 0.1  # of posts held out (per account), by seeded hash
    eval_every: int = 50  # steps between held-out evaluations for the loss curve
    checkpoint_every: float = 30.0  # seconds of training between checkpoints (resume after a kill)
    seed: int = 1234
    device: str = "auto"  # auto | cpu | cuda | mps
    dtype: Literal["auto", "float32", "bfloat16"] = "auto"  # auto: time both once, keep the faster
    # torch.compile the training step (generator/train.py, compile_wanted): faster steps after a
    # one-off compile, kept on disk under HTSITE_CACHE so that a machine compiles once. "auto":
    # only for a bot whose plan has at least 200 steps, where it pays within a gallery of 3 such
    # bots (bench/README.md: on the Obama corpus, 238 steps, 1.45× the tokens/s in bf16 once
    # compiled, 1.26× in fp32; the first compile on a machine takes ~1-1.5 min on 2 CPU cores).
    # Smaller bots (the example's) never compile: loading the compiled step costs more than it saves.
    compile: Literal["auto"] | bool = "auto"
    # The vocabulary a training step's loss normalizes over. full: all of the tokenizer's tokens
    # (exact cross-entropy). corpus: only the tokens the bot's training posts use (a sampled
    # softmax: the head's matmuls shrink by the vocabulary's ratio, ~9× on the Obama corpus);
    # evaluations and sampling always use the full head. Measured (bench/README.md): corpus gave
    # 1.46× the tokens/s in fp32 but no sooner to quality — each token teaches it less.
    head_vocabulary: Literal["full", "corpus"] = "full"


class SampleSettings(Strict):
    prompts: list[str] = Field(default_factory=lambda: ["My dream is"])
    num_return_sequences: int = 5  # predictions shown per prompt
    # Samples drawn per prompt to choose the shown ones from: the most characteristic of the bot
    # (mean log-likelihood per token under the bot minus under the base model). 0: show the first
    # ones drawn. Pages say which; the voice figure never scores these. Off by default since
    # contrastive sampling (below): on top of it, choosing the most characteristic of 20 showed
    # caricatures ("a square square square square…", hashtags alone), while the first drawn read
    # like the person already (bench/README.md, "Voice").
    choose_from: int = 0
    min_new_tokens: int = 10
    max_new_tokens: int = 60
    top_p: float = 0.95
    temperature: float = 1.0
    # Contrastive sampling (generator/sample.py): each next token from log p_bot − contrast ×
    # log p_base (the bot's own base, adapter off) over the tokens the bot gives at least
    # `plausible` × its likeliest token's probability; then temperature and top-p. 0: plain
    # sampling. `sharpen: true` is the form before issue 36, log p_bot + contrast × (log p_bot −
    # log p_base), which also raises p_bot to the power 1 + contrast: a bot then returns to its
    # person's favourite phrases (variety 0.62-0.72× the person's own on the example). Measured
    # on the example's bots, 48 fresh samples each (bench/README.md, "Voice and variety"): plain
    # .83/.. voice; this default 0.96-0.98 voice at 0.90-0.93× variety. The model is unchanged:
    # held-out perplexity does not move, only how predictions are drawn. The Try it box and the
    # pipeline snippet sample plainly (their pages say so).
    contrast: float = Field(default=1.5, ge=0, le=10)
    plausible: float = Field(default=0.02, gt=0, le=1)
    sharpen: bool = False
    # Tokens at the start of every sample drawn plainly, before contrast sets in. "auto": 1 for a
    # cyborg, whose opening then comes from the blend of its accounts (contrast alone follows the
    # loudest: the example's crumbshift-z80ziggy 33 / 11 of 48 samples, with it 24 / 20), 0 for a
    # single account's bot (it cost @z80ziggy's voice, 0.96 → 0.83). bench/README.md, issue 36.
    plain_start: Literal["auto"] | Annotated[int, Field(ge=0)] = "auto"
    seed: int = 0


class StyleMatrixSettings(Strict):
    """The style matrix scores each bot on a fixed sample of held-out tokens of its own accounts
    and of a fixed number of others, so its cost grows with the number of bots, not bots × accounts."""

    # Held-out tokens per account, a seeded sample of posts that no bot trained on: every bot is
    # scored on the same tokens of an account. 0: all held-out posts (costly on large sites).
    probe_tokens: int = Field(default=1024, ge=0)
    # Accounts besides its own that each bot is scored on, chosen by a seeded hash of (bot,
    # account): adding an account moves few cells. A site with at most this many + 1 accounts gets
    # the full matrix.
    other_accounts: int = Field(default=4, ge=0)


class VoiceSettings(Strict):
    """The voice figure (generator/voice.py): the share of a bot's generations that read like its
    own account(s) rather than the gallery's other accounts or the base model."""

    # generations per bot scored, never shown (≥ 20); 48 puts a figure's standard error near 0.04 at 0.9
    samples: int = Field(default=48, ge=20)
    base_samples: int = Field(default=100, ge=10)  # the base model's: 80 % fit its class, 20 % check it


class PublishSettings(Strict):
    """`htsite publish`: where the bots go on the Hugging Face Hub."""

    hub_owner: str | None = None  # user or organization; default: the token's user
    adapter: bool = False  # upload only the LoRA adapter (needs peft), not merged weights
    private: bool = False  # create new repos private
    # The base model's Hub id, for adapters, when base_model is a local folder of a Hub model.
    base_hub_id: str | None = None

    @field_validator("hub_owner")
    @classmethod
    def _owner(cls, value: str | None) -> str | None:
        if value is not None and not HUB_OWNER.match(value):
            raise ValueError(f"{value!r} is not a Hub user or organization name (letters, digits, '-')")
        return value

    @field_validator("base_hub_id")
    @classmethod
    def _hub_id(cls, value: str | None) -> str | None:
        if value is not None and not HUB_ID.match(value):
            raise ValueError(f"{value!r} is not a Hub model id (owner/name)")
        return value


class SiteSettings(Strict):
    title: str = "htsite gallery"
    description: str = "Small language models fine-tuned on social-media exports."
    # Where the built site will live, e.g. https://me.github.io/gallery/ (mkdocs' site_url): makes
    # the social-card and page URLs in link previews absolute, as Open Graph requires.
    site_url: str | None = None
    base_model: str = BUNDLED_BASE  # bundled:smollm2-135m, a local folder, or a hub id
    language: str = "en"
    license: str = "apache-2.0"
    curate: CurateSettings = Field(default_factory=CurateSettings)
    train: TrainSettings = Field(default_factory=TrainSettings)
    sample: SampleSettings = Field(default_factory=SampleSettings)
    style_matrix: StyleMatrixSettings = Field(default_factory=StyleMatrixSettings)
    voice: VoiceSettings = Field(default_factory=VoiceSettings)
    publish: PublishSettings = Field(default_factory=PublishSettings)
    # "Try it" box on bot pages (the bot writes in the visitor's browser): all, none, or a list
    # of bot ids (true/false mean all/none). Adds ~135 MB to site/ for the base, which every bot
    # shares and a visitor downloads once, plus ~15 MB per bot.
    try_it: Literal["all", "none"] | list[str] = "none"

    @field_validator("site_url")
    @classmethod
    def _site_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not SITE_URL.match(value):
            raise ValueError(f"{value!r} is not an http(s) URL like https://me.github.io/gallery/")
        return value if value.endswith("/") else value + "/"

    @field_validator("try_it", mode="before")
    @classmethod
    def _try_it_bool(cls, value):
        if isinstance(value, bool):
            return "all" if value else "none"
        if isinstance(value, list):  # bot ids, lower-cased as the bots' own are
            return [str(v).lower() for v in value]
        return value

    def try_it_for(self, bot_id: str) -> bool:
        return self.try_it == "all" or (isinstance(self.try_it, list) and bot_id in self.try_it)


class BotSpec(Strict):
    # Lower-cased, as huggingtweets did with handles: BarackObama.yaml is the bot `barackobama`
    # (models/barackobama, bots/barackobama/); pages show the accounts' handles as written.
    id: str
    accounts: list[str] = Field(min_length=1, max_length=3)
    title: str | None = None  # optional display title; defaults to the accounts' names

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        value = value.lower()
        if not SLUG.match(value):
            raise ValueError("bot ids use letters, digits, '-' and '_' (and are lower-cased)")
        return value


class Site:
    """Paths of one site and its parsed settings."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.src = self.root / "site_src"
        self.accounts_dir = self.src / "accounts"
        self.bots_dir = self.src / "bots"
        self.models = self.root / "models"
        self.docs = self.root / "docs"
        self.site_dir = self.root / "site"
        self.mkdocs_yml = self.root / "mkdocs.yml"
        if not (self.src / "site.yaml").is_file():
            raise InputError(
                "no site_src/site.yaml here",
                self.root,
                "run in a site folder, pass --site DIR, or create one with `htsite new DIR`",
            )
        self.settings = load_settings(self.src / "site.yaml")
        self.bots = [
            bot.model_copy(update={"accounts": [self.account_key(a) for a in bot.accounts]})
            for bot in load_bots(self.bots_dir)
        ]
        self.implicit: dict[str, str] = {}  # bot id → its account folder, while there are no bot files
        self.unused: list[str] = []  # account folders that are no bot's
        self._add_implicit_bots()
        if isinstance(self.settings.try_it, list):
            unknown = sorted(set(self.settings.try_it) - {b.id for b in self.bots})
            if unknown:
                raise InputError(
                    f"try_it: no bot named {unknown[0]!r}",
                    self.src / "site.yaml",
                    "list bot ids from site_src/bots/, or write all / none",
                )

    def _add_implicit_bots(self) -> None:
        """Zero configuration: while site_src/bots/ holds no bot file, every account folder is a bot
        of its own, as if `site_src/bots/<id>.yaml` said `accounts: [<folder>]` (so writing that file
        later retrains nothing). The id is the handle, lower-cased: `tilly@mastodon.social` is
        `tilly`, `alice.bsky.social` is `alice`. Once there are bot files, the bots are what they
        say, and `unused` lists the folders none of them names (the build says so)."""
        folders = self.account_folders()
        if self.bots:
            used = {a.lower() for bot in self.bots for a in bot.accounts}
            self.unused = [f for f in folders if f.lower() not in used]
            return
        for folder in folders:
            bot_id = next((i for i in implicit_ids(folder) if i not in self.implicit), None)
            if bot_id is None:
                self.unused.append(folder)  # no id for it: a name of symbols, or both ids taken
                continue
            self.implicit[bot_id] = folder
            self.bots.append(BotSpec(id=bot_id, accounts=[folder]))

    def account_folders(self) -> list[str]:
        """The names of site_src/accounts/'s folders (hidden ones and loose files are not accounts)."""
        if not self.accounts_dir.is_dir():
            return []
        return sorted(
            p.name for p in self.accounts_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
        )

    def account_path(self, handle: str) -> Path:
        return self.accounts_dir / self.account_key(handle)

    def account_key(self, handle: str) -> str:
        """The account folder a bot file's handle names: `accounts: [barackobama]` finds
        accounts/BarackObama/ when that is the only folder with that name in any case."""
        if (self.accounts_dir / handle).exists() or not self.accounts_dir.is_dir():
            return handle
        same = [p.name for p in self.accounts_dir.iterdir() if p.name.lower() == handle.lower()]
        return same[0] if len(same) == 1 else handle


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0]
        raise InputError(f"cannot read YAML ({reason})", path, "fix the file's syntax") from None
    if not isinstance(data, dict):
        raise InputError("expected a mapping of settings", path, "see the README for the format")
    return data


def _validation_message(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "(top level)"
    return f"{where}: {err['msg']}"


def apply_env(data: dict) -> dict:
    """Overlay HTSITE_* environment variables on raw site.yaml data."""
    train = dict(data.get("train") or {})
    env_map = {
        "HTSITE_MAX_MINUTES": ("train", "max_minutes"),
        "HTSITE_MAX_STEPS": ("train", "max_steps"),
        "HTSITE_DEVICE": ("train", "device"),
        "HTSITE_DTYPE": ("train", "dtype"),
        "HTSITE_COMPILE": ("train", "compile"),
    }
    for var, (_, key) in env_map.items():
        if os.environ.get(var):
            train[key] = os.environ[var]
    if str(train.get("max_minutes", "")).lower() in ("off", "none", "0"):
        train["max_minutes"] = None
    out = dict(data)
    if train:
        out["train"] = train
    if os.environ.get("HTSITE_BASE_MODEL"):
        out["base_model"] = os.environ["HTSITE_BASE_MODEL"]
    if os.environ.get("HTSITE_SITE_URL"):
        out["site_url"] = os.environ["HTSITE_SITE_URL"]
    if os.environ.get("HTSITE_HUB_OWNER"):
        out["publish"] = {**(data.get("publish") or {}), "hub_owner": os.environ["HTSITE_HUB_OWNER"]}
    return out


def load_settings(path: Path) -> SiteSettings:
    try:
        return SiteSettings.model_validate(apply_env(_read_yaml(path)))
    except ValidationError as exc:
        raise InputError(_validation_message(exc), path, "fix or remove that setting") from None


def load_bots(bots_dir: Path) -> list[BotSpec]:
    bots: list[BotSpec] = []
    where: dict[str, Path] = {}  # bot id → the file that defined it
    for path in sorted(bots_dir.glob("*.yaml")):
        data = _read_yaml(path)
        data.setdefault("id", path.stem)
        try:
            bot = BotSpec.model_validate(data)
        except ValidationError as exc:
            raise InputError(_validation_message(exc), path, "fix the bot file") from None
        if bot.id in where:
            raise InputError(
                f"bot id {bot.id!r} is taken by {where[bot.id].name} (ids are lower-cased)",
                path,
                "rename one of the two bot files",
            )
        where[bot.id] = path
        bots.append(bot)
    return bots


def implicit_ids(folder: str) -> list[str]:
    """Bot ids for an account folder without a bot file, the preferred first: the handle without
    its server (`tilly@mastodon.social`, `alice.bsky.social` → `tilly`, `alice`), then the whole
    folder name (`tilly-mastodon-social`)."""
    name = folder.lower().lstrip("@")
    short = name.split("@")[0] if "@" in name else name.removesuffix(".bsky.social")
    ids = [re.sub(r"[^a-z0-9_-]+", "-", n)[:64].strip("-_") for n in (short, name)]
    return [i for i in dict.fromkeys(ids) if SLUG.match(i)]


def cache_dir() -> Path:
    return Path(os.environ.get("HTSITE_CACHE") or Path.home() / ".cache" / "htsite")

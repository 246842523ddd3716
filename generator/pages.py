"""Markdown pages (one per bot, the gallery index) and the Hugging Face model card.

Every user-derived string goes through `md_escape`: all ASCII punctuation becomes a numeric
character reference, so HTML, Markdown links, emphasis and template braces all render as text.
"""

from __future__ import annotations

import functools
import json
import re
import string
from dataclasses import dataclass, field

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.basemodel import BaseModel
from generator.settings import SiteSettings

# Punctuation that Markdown, HTML or templates could act on. Left out: , . ' ? ; / @ - %, which
# are inert mid-line (pages never start a line with user text).
ESCAPED = set(string.punctuation) - set(",.'?;/@-%")
LIST_START = re.compile(r"^(\d*)([-.])")
CARD_CHARS = 160  # longest prediction shown on a gallery card
GALLERY_CARD = "gallery-social.png"  # the index's 1200×630 social card, in docs/assets/generated/
# Front matter values reach HTML unescaped: MkDocs-Material writes page.meta.title into <title>,
# the header and the search index, and page.meta.description into <meta name="description">,
# all as they are (MkDocs templates do not autoescape). So these characters go in as numeric
# character references, which every one of those places displays as the character itself
# (template braces too, so that nothing downstream ever sees a raw "{{").
HTML_SPECIAL = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'{}"})


def md_escape(value) -> str:
    """Text → Markdown/HTML that displays exactly that text (newlines become spaces)."""
    text = " ".join(str(value).split())
    out = "".join(f"&#{ord(c)};" if c in ESCAPED else c for c in text)
    # A value may open a line (a prediction's list item): a leading "-" or "1." would start a list.
    return LIST_START.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", out)


def yaml_scalar(value) -> str:
    """A YAML string for front matter that the theme shows exactly as written (see HTML_SPECIAL);
    overrides/main.html decodes it once (striptags) before escaping it for its own meta tags."""
    text = " ".join(str(value).split()).translate(HTML_SPECIAL)
    return json.dumps(text, ensure_ascii=False)


@functools.cache  # one environment per process: templates compile once, not once per page
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown output: escaping is explicit, with the md filter
    )
    env.filters["md"] = md_escape
    env.filters["yaml"] = yaml_scalar
    return env


@dataclass
class AccountRow:
    handle: str
    name: str
    format: str
    downloaded: int
    retweets: int
    short: int
    kept: int
    withheld: int = 0
    key: str = ""  # the account's folder under site_src/accounts/ (the voice figure's class)


@dataclass
class BotView:
    """Everything a page needs about one bot, gathered by the build."""

    id: str
    accounts: list[AccountRow]
    metrics: dict
    predictions: list[dict]
    avatar_file: str
    card_file: str
    curve_file: str | None = None
    social_file: str | None = None  # the 1200×630 Open Graph card, under docs/assets/generated/
    tags: list[str] = field(default_factory=list)
    sample_stats: dict = field(default_factory=dict)  # drawn, memorized, looped, contrast, pool
    # Where `htsite publish` put it: {"repo", "url", "mode": merged|adapter, ...}; None if not yet.
    hub: dict | None = None
    tryit: str | None = None  # the Try it box's HTML (generator.tryit), when the bot has one

    @property
    def kind(self) -> str:
        return "AI CYBORG" if len(self.accounts) > 1 else "AI BOT"

    @property
    def names(self) -> str:
        return " & ".join(a.name for a in self.accounts)

    @property
    def handles(self) -> str:
        return " ".join(f"@{a.handle}" for a in self.accounts)

    @property
    def prediction(self) -> str | None:
        """The first prediction, shortened for a gallery card."""
        if not self.predictions:
            return None
        text = self.predictions[0]["text"]
        return text if len(text) <= CARD_CHARS else text[: CARD_CHARS - 1].rsplit(" ", 1)[0] + "…"

    @property
    def base_perplexity(self):
        return self.metrics.get("base_perplexity")

    @property
    def perplexity(self):
        return self.metrics.get("perplexity")


def cut_short(metrics: dict) -> str | None:
    """'120 of 300 planned steps (max_minutes: 1.5)' when the wall-clock cap ended training early."""
    if metrics.get("stopped_by") != "max_minutes":
        return None
    cap = metrics.get("settings", {}).get("max_minutes")
    limit = f" (max_minutes: {cap:g})" if cap else ""
    return f"{metrics.get('steps')} of {metrics.get('planned_steps')} planned steps{limit}"


def adapted_layers(metrics: dict, s) -> str:
    """' of the top 16 layers' / ' of every layer': what training adapted (metrics.json), or what
    the settings say for a model trained before metrics recorded it."""
    layers = metrics.get("lora_layers", s.lora_layers)
    if layers == "auto":
        return ""
    return f" of the top {layers} layers" if layers else " of every layer"


def voice_summary(bot: BotView) -> dict | None:
    """The bot's voice figure with its attributions named for a page: its own accounts' handles,
    the gallery's other accounts together, and the base model."""
    figure = bot.metrics.get("voice")
    if not figure or figure.get("score") is None:
        return None
    counts = figure["attributed"]
    own = [(f"@{a.handle}", counts.get(a.key or a.handle, 0)) for a in bot.accounts]
    base = sum(n for c, n in counts.items() if c.startswith("("))  # "(base model)"
    others = figure["samples"] - sum(n for _, n in own) - base
    return {**figure, "own_parts": own, "others": others, "base": base}


def _context(bot: BotView, settings: SiteSettings, base: BaseModel, for_site: bool) -> dict:
    m, s = bot.metrics, settings.train
    # A model card is read away from the site (models/, the Hub): link into the site where it lives.
    home = settings.site_url or "https://github.com/htsite/htsite"
    elsewhere = {"how": f"{home}how-it-works/", "about": f"{home}about/"} if settings.site_url else {}
    method = s.method
    ratio = m["perplexity"] / m["base_perplexity"] if m.get("base_perplexity") else float("nan")
    return {
        "kind": bot.kind,
        "names": bot.names,
        "handles": bot.handles,
        "handles_count": len(bot.accounts),
        "accounts": bot.accounts,
        "any_withheld": any(a.withheld for a in bot.accounts),
        "m": m,
        "s": s,
        "cut_short": cut_short(m),
        "voice": voice_summary(bot),
        "variety": bot.metrics.get("variety") if (bot.metrics.get("variety") or {}).get("ratio") else None,
        "ppl_ratio": f"{ratio:.2f}",
        "held_out_pct": round(s.eval_fraction * 100),
        "method_label": "LoRA" if method == "lora" else "full fine-tuning",
        "method_detail": (
            f"LoRA r={s.lora_r}, α={s.lora_alpha} on {', '.join(s.lora_targets)}"
            + adapted_layers(m, s)
            + (f"; LoRA+: B at {s.lora_plus_ratio:g}× the learning rate" if s.lora_plus_ratio != 1 else "")
            if method == "lora"
            else "full fine-tuning"
        ),
        "base_label": base.label,
        "base_link": f"https://huggingface.co/{base.hub_id}"
        if base.hub_id
        else ("../about.md" if for_site else elsewhere.get("about", home)),
        "predictions": bot.predictions,
        "sample_stats": bot.sample_stats,
        "prompts": settings.sample.prompts,
        "model_ref": bot.hub["repo"] if bot.hub else f"models/{bot.id}",
        "hub": bot.hub,
        "bot_id": bot.id,
        "pipeline_img": "../assets/htsite/pipeline.svg" if for_site else None,
        "curve_img": f"../assets/generated/{bot.curve_file}" if for_site and bot.curve_file else None,
        "how_link": "../how-it-works.md" if for_site else elsewhere.get("how", home),
        "about_link": "../about.md" if for_site else elsewhere.get("about", home),
        "avatar_file": bot.avatar_file,
    }


def bot_page(bot: BotView, settings: SiteSettings, base: BaseModel) -> str:
    ctx = _context(bot, settings, base, for_site=True)
    ctx["title"] = f"{bot.names} ({bot.kind})"
    ctx["description"] = f"A language model fine-tuned on posts by {bot.names}. AI-generated text."
    ctx["tags"] = bot.tags
    ctx["tryit"] = bot.tryit
    ctx["image"] = f"assets/generated/{bot.social_file}" if bot.social_file else None
    return environment().get_template("bot_page.md.j2").render(**ctx)


def model_card(bot: BotView, settings: SiteSettings, base: BaseModel) -> str:
    """The model's README.md: models/<bot>/README.md, and on the Hub once published (then
    `bot.hub` says how: merged weights or only the adapter, and the base's Hub id)."""
    ctx = _context(bot, settings, base, for_site=False)
    hub = bot.hub or {}
    adapter = hub.get("mode") == "adapter" or (not hub and settings.train.method == "lora")
    front = {
        "language": settings.language,
        "license": settings.license,
        "tags": ["htsite", "text-generation", "huggingtweets", *(["lora"] if adapter else [])],
        "library_name": "peft" if adapter else "transformers",
        "pipeline_tag": "text-generation",
        "widget": [{"text": p} for p in settings.sample.prompts],
    }
    base_hub_id = hub.get("base_model") or base.hub_id
    if base_hub_id:
        front["base_model"] = base_hub_id
        if hub:
            front["base_model_relation"] = "adapter" if adapter else "finetune"
    ctx["front_matter"] = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    ctx["gallery_url"] = f"{settings.site_url}bots/{bot.id}/" if settings.site_url else None
    return environment().get_template("model_card.md.j2").render(**ctx)


def style_matrix_page(
    matrix: dict | None, names: dict[str, str], voices: dict | None = None, grid: bool = True
) -> str:
    """The style matrix (perplexities) and the voice table (attributions); either may be missing.
    The matrix is the whole grid (and heatmap) on small sites, one row per account on large ones."""
    import math

    accounts, short, scored = [], [], {}
    if matrix:
        accounts = matrix["accounts"]
        measured = matrix["measured"]
        wanted = measured["probe_tokens"]
        short = [a for a in accounts if wanted and measured["tokens"].get(a, wanted) < wanted]
        scored = {a: sum(a in row for row in matrix["loss"].values()) for a in accounts}
    return (
        environment()
        .get_template("style_matrix.md.j2")
        .render(
            matrix=matrix,
            accounts=accounts,
            names=names,
            ppl=math.exp,
            grid=grid,
            short=short,
            scored=scored,
            voices=voices,
            classes=voices["classes"] if voices else [],
        )
    )


def index_page(bots: list[BotView], settings: SiteSettings) -> str:
    return (
        environment()
        .get_template("index.md.j2")
        .render(
            title=settings.title,
            description=settings.description,
            bots=bots,
            image=f"assets/generated/{GALLERY_CARD}",
        )
    )

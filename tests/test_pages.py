"""Pages and model cards: hostile names and predictions render as inert text; the card's metadata parses."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from generator.basemodel import BaseModel
from generator.pages import AccountRow, BotView, bot_page, index_page, md_escape, model_card, yaml_scalar
from generator.settings import SiteSettings

EXTENSIONS = ["attr_list", "md_in_html", "tables"]
SECTIONS = [
    "How does it work?",
    "Training data",
    "Training procedure",
    "Predictions",
    "How to use",
    "Limitations and bias",
    "About",
]
HOSTILE = [
    "<script>alert(1)</script>",
    "](javascript:alert(1))",
    "{{ 7*7 }}",
    "*bold* _x_ [a](b)",
    "| pipe |",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "`code` ~~del~~ **strong** \\*",
    "{% raw %} {# c #} &lt;b&gt; &amp;",
    "![img](javascript:alert(1)){ onclick=alert(1) }",
    "- starts like a list",
    "1. starts like an ordered list",
    "# starts like a heading",
    "> starts like a quote",
    "<!-- comment --> <?php ?> <![CDATA[x]]>",
    "https://example.com/a_b_c www.example.com",
]
BASE = BaseModel(
    name="bundled:smollm2-135m",
    path="/nonexistent",
    hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
    label="SmolLM2-135M-Instruct (bundled)",
)
METRICS = {
    "base_perplexity": 48.2,
    "perplexity": 21.7,
    "steps": 120,
    "train_tokens": 153_600,
    "planned_steps": 120,
    "stopped_by": "plan",
    "device": "cpu",
    "dtype": "float32",
    "base_eval_loss": 3.875,
    "eval_loss": 3.077,
}


class Parsed(HTMLParser):
    """Visible text, tags, attributes and headings of rendered HTML."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.h2: list[str] = []
        self._in_h2 = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)
        if tag == "h2":
            self._in_h2 = True
            self.h2.append("")

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_h2:
            self.h2[-1] += data

    @property
    def visible(self) -> str:
        return " ".join("".join(self.text).split())


def split_front_matter(page: str) -> tuple[dict, str]:
    assert page.startswith("---\n")
    head, body = page[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def to_html(page: str) -> tuple[dict, str]:
    front, body = split_front_matter(page)
    return front, markdown.markdown(body, extensions=EXTENSIONS)


def assert_inert(rendered: str) -> None:
    lower = rendered.lower()
    assert "<script" not in lower
    assert "{{" not in rendered and "{%" not in rendered
    parsed = Parsed(rendered)
    assert "script" not in parsed.tags
    for name, value in parsed.attrs:
        assert not name.startswith("on"), (name, value)
        assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (name, value)


def row(name: str, handle: str = "ada", withheld: int = 0, fmt: str = "csv") -> AccountRow:
    return AccountRow(
        handle=handle, name=name, format=fmt, downloaded=100, retweets=10, short=5, kept=85, withheld=withheld
    )


def view(accounts: list[AccountRow], predictions: list[str] | None = None, **kw) -> BotView:
    return BotView(
        id=kw.pop("id", "ada"),
        accounts=accounts,
        metrics=kw.pop("metrics", dict(METRICS)),
        predictions=[
            {"text": t} for t in (predictions if predictions is not None else ["My dream is to bake"])
        ],
        avatar_file="ada.png",
        card_file="ada-card.png",
        curve_file=kw.pop("curve_file", "ada-loss.png"),
        tags=kw.pop("tags", ["bot", "csv"]),
        **kw,
    )


@pytest.fixture
def settings() -> SiteSettings:
    return SiteSettings(title="Test gallery", description="Bots for tests.")


# -- md_escape -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_is_inert_and_shows_the_text(text):
    escaped = md_escape(text)
    bare = re.sub(r"&#\d+;", "", escaped)  # what is left outside numeric character references
    assert not re.search(r"[<>\[\](){}*_`|\\!#&\"]", bare)
    rendered = markdown.markdown(f"- {escaped}", extensions=EXTENSIONS)
    assert_inert(rendered)
    assert Parsed(rendered).visible == " ".join(text.split())
    assert html.unescape(escaped) == " ".join(text.split())


def test_md_escape_collapses_whitespace_and_stringifies():
    assert md_escape("a\n\nb\t c") == "a b c"
    assert md_escape(42) == "42"
    assert md_escape("plain words, with commas. And @handles 50% off/on?") == (
        "plain words, with commas. And @handles 50% off/on?"
    )


@pytest.mark.parametrize("text", [*HOSTILE, "Mara 🌊 & Ines", "AT&amp;T fan", "＆ stays ＆"])
def test_yaml_scalar_is_safe_front_matter(text):
    """The theme prints front matter unescaped: markup characters arrive as numeric references,
    which display as exactly the text written (never as look-alikes such as U+FF06)."""
    value = yaml.safe_load(f"title: {yaml_scalar(text)}\n")["title"]
    assert not set(value) & set("<>\"'{}")
    assert not re.search(r"&(?!#\d+;)", value)  # every & starts a numeric reference
    assert html.unescape(value) == " ".join(text.split())
    assert value.count("＆") == text.count("＆")


# -- bot page ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
def test_bot_page_hostile_name_and_prediction(settings, name):
    bot = view([row(name, handle="ada")], predictions=[name, "a normal prediction"])
    page = bot_page(bot, settings, BASE)
    front, rendered = to_html(page)
    assert_inert(rendered)
    visible = Parsed(rendered).visible
    expected = " ".join(name.split())
    assert visible.count(expected) >= 4  # header, training data, table, prediction, attribution
    items = [Parsed(li).visible for li in re.findall(r"<li>(.*?)</li>", rendered, re.S)]
    assert items == [expected, "a normal prediction"]  # each prediction is one plain list item
    assert front["title"] == f"{json.loads(yaml_scalar(name))} (AI BOT)"
    assert html.unescape(front["title"]) == f"{expected} (AI BOT)"
    assert not set(front["title"] + front["description"]) & set("<>\"'")


def test_bot_page_hostile_handle(settings):
    handle = "<script>x</script>](javascript:alert(1))"
    page = bot_page(view([row("Ada", handle=handle)]), settings, BASE)
    _, rendered = to_html(page)
    assert_inert(rendered)
    assert f"@{handle}" in Parsed(rendered).visible


def test_bot_page_sections_in_order(settings):
    _, rendered = to_html(bot_page(view([row("Ada")]), settings, BASE))
    assert Parsed(rendered).h2 == SECTIONS


@pytest.mark.parametrize(("n", "kind"), [(1, "AI BOT"), (2, "AI CYBORG"), (3, "AI CYBORG")])
def test_bot_page_kind_and_one_column_per_account(settings, n, kind):
    names = ["Ada Baker", "| pipe |", "Cy <b>Three</b>"][:n]
    accounts = [row(name, handle=f"h{i}") for i, name in enumerate(names)]
    page = bot_page(view(accounts), settings, BASE)
    front, rendered = to_html(page)
    parsed = Parsed(rendered)
    assert f"🤖 {kind} 🤖" in parsed.visible
    assert front["title"].endswith(f"({kind})")
    assert ("AI CYBORG" in parsed.visible) is (n > 1)
    table = data_table(rendered)
    assert table[0] == ["Data", *names]
    assert all(len(r) == n + 1 for r in table)
    assert table[1] == ["Posts downloaded", *["100"] * n]
    assert " & ".join(names) in parsed.visible
    assert " ".join(f"@h{i}" for i in range(n)) in parsed.visible


def data_table(rendered: str) -> list[list[str]]:
    """Rows of the training-data table (the one whose first header cell is "Data")."""
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        rows = []
        for tr in re.findall(r"<tr>(.*?)</tr>", table, re.S):
            rows.append([Parsed(c).visible for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)])
        if rows and rows[0][0] == "Data":
            return rows
    raise AssertionError("no training-data table")


def test_withheld_row_only_when_nonzero(settings):
    none = data_table(to_html(bot_page(view([row("A"), row("B", "b")]), settings, BASE))[1])
    assert "Withheld (private)" not in [r[0] for r in none]
    some = data_table(to_html(bot_page(view([row("A"), row("B", "b", withheld=3)]), settings, BASE))[1])
    assert ["Withheld (private)", "0", "3"] in some
    labels = [r[0] for r in some]
    assert labels.index("Short posts") < labels.index("Withheld (private)") < labels.index("Posts kept")


def test_bot_page_metrics_and_images(settings):
    _, rendered = to_html(bot_page(view([row("Ada")]), settings, BASE))
    visible = Parsed(rendered).visible
    assert "153,600" in visible and "cpu (float32)" in visible
    assert "48.2 (base) → 21.7 (fine-tuned), 0.45 ×" in visible
    assert " s on " not in visible and "cut short" not in visible  # no clock on a page
    capped = {**METRICS, "steps": 80, "stopped_by": "max_minutes", "settings": {"max_minutes": 1.5}}
    visible = Parsed(to_html(bot_page(view([row("Ada")], metrics=capped), settings, BASE))[1]).visible
    assert "Training was cut short" in visible and "80 of 120 planned steps (max_minutes: 1.5)" in visible
    srcs = [v for k, v in Parsed(rendered).attrs if k == "src"]
    assert "../assets/generated/ada.png" in srcs and "../assets/generated/ada-loss.png" in srcs
    _, no_curve = to_html(bot_page(view([row("Ada")], curve_file=None), settings, BASE))
    assert "ada-loss.png" not in no_curve


def test_bot_page_social_image_in_front_matter(settings):
    front, _ = to_html(bot_page(view([row("Ada")], social_file="ada-social.png"), settings, BASE))
    assert front["image"] == "assets/generated/ada-social.png"  # docs-relative, for overrides/main.html
    assert front["tags"] == ["bot", "csv"] and front["title"] == "Ada (AI BOT)"
    front, _ = to_html(bot_page(view([row("Ada")]), settings, BASE))
    assert "image" not in front


def test_bot_page_prompts_escaped(settings):
    settings.sample.prompts = ["<b>{{x}}</b>", "My dream is"]
    _, rendered = to_html(bot_page(view([row("Ada")]), settings, BASE))
    assert_inert(rendered)
    assert '"<b>{{x}}</b>", "My dream is"' in Parsed(rendered).visible


def test_bot_page_memorization_note(settings):
    bot = view([row("Ada")], sample_stats={"drawn": 8, "memorized": 3})
    visible = Parsed(to_html(bot_page(bot, settings, BASE))[1]).visible
    assert "3 of 8 samples drawn were dropped" in visible and "37.5 %" in visible
    assert "three times in a row" not in visible
    bot = view([row("Ada")], sample_stats={"drawn": 8, "memorized": 3, "looped": 2})
    visible = Parsed(to_html(bot_page(bot, settings, BASE))[1]).visible
    assert "(memorization rate 37.5 %), and 2 for saying one word three times in a row." in visible
    visible = Parsed(to_html(bot_page(view([row("Ada")]), settings, BASE))[1]).visible
    assert "samples drawn were dropped" not in visible


def test_bot_page_says_predictions_were_drawn_contrastively(settings):
    """The page says how its predictions were drawn, and that the snippet samples plainly."""
    bot = view([row("Ada <b>L</b>")], sample_stats={"drawn": 8, "memorized": 0, "contrast": 1.0})
    _, rendered = to_html(bot_page(bot, settings, BASE))
    assert_inert(rendered)
    visible = Parsed(rendered).visible
    assert "Drawn by contrastive sampling (contrast 1.0)" in visible
    assert "learned from Ada <b>L</b> weighs more" in visible
    assert "This samples plainly" in visible
    assert 'href="../how-it-works.md#contrastive-sampling"' in rendered
    plain = Parsed(to_html(bot_page(view([row("Ada")]), settings, BASE))[1]).visible
    assert "contrastive" not in plain  # plain sampling (contrast 0, or an older build): nothing said


# -- index ---------------------------------------------------------------------------------------


def test_index_page_hostile(settings):
    hostile = " ".join(HOSTILE[:5])
    settings.title = "<script>t</script> {{ t }}"
    settings.description = "](javascript:alert(1)) *d*"
    bots = [
        view([row(hostile)], predictions=[hostile], id="ada"),
        view([row("Bo", "bo"), row("Cy", "cy")], predictions=[], id="bo-cy"),
    ]
    front, rendered = to_html(index_page(bots, settings))
    assert_inert(rendered)
    assert not set(front["title"]) & set("<>")
    assert html.unescape(front["title"]) == settings.title
    assert front["image"] == "assets/generated/gallery-social.png"
    parsed = Parsed(rendered)
    visible = parsed.visible
    assert "<script>t</script> {{ t }}" in visible and "](javascript:alert(1)) *d*" in visible
    assert hostile in visible
    assert "AI BOT" in visible and "AI CYBORG" in visible and "(no predictions yet)" in visible
    hrefs = [v for k, v in parsed.attrs if k == "href"]
    assert hrefs == ["bots/ada.md", "bots/bo-cy.md"]
    assert "2 bots" in visible


def test_index_card_shortens_long_prediction(settings):
    long = "word " * 100
    bot = view([row("Ada")], predictions=[long.strip()])
    assert bot.prediction.endswith("…") and len(bot.prediction) <= 160
    assert bot.prediction in Parsed(to_html(index_page([bot], settings))[1]).visible


def test_index_of_one_bot_says_one_bot(settings):
    visible = Parsed(to_html(index_page([view([row("Ada")])], settings))[1]).visible
    assert "One bot, a small language model" in visible and "Open it to see" in visible
    assert "Perplexity on held-out posts" in visible  # base → bot, on posts it never trained on
    assert "1 bots" not in visible


# -- model card ----------------------------------------------------------------------------------


def test_model_card_metadata(settings):
    from huggingface_hub import ModelCard

    text = model_card(view([row("<script>x</script> {{ y }}")]), settings, BASE)
    card = ModelCard(text)
    data = card.data
    assert data.language == "en"
    assert data.license == "apache-2.0"
    assert {"htsite", "text-generation"} <= set(data.tags)
    assert data.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert data.pipeline_tag == "text-generation"
    assert data.library_name == "peft"
    assert data.widget == [{"text": "My dream is"}]


def test_model_card_without_hub_base_and_full_method(settings):
    from huggingface_hub import ModelCard

    settings.train.method = "full"
    local = BaseModel(name="/models/tiny", path="/models/tiny", hub_id=None, label="tiny")
    data = ModelCard(model_card(view([row("Ada")]), settings, local)).data
    assert data.base_model is None and data.library_name == "transformers"


def test_model_card_method_names_the_layers_and_a_lora_plus_ratio(settings):
    settings.train.lora_layers = 16
    text = model_card(view([row("Ada")]), settings, BASE)
    assert "of the top 16 layers |" in text and "LoRA+" not in text  # the default: plain LoRA
    settings.train.lora_plus_ratio = 4.0
    text = model_card(view([row("Ada")]), settings, BASE)
    assert "of the top 16 layers; LoRA+: B at 4× the learning rate |" in text
    settings.train.lora_layers = "auto"  # what the plan chose is in metrics.json
    bot = view([row("Ada")])
    bot.metrics["lora_layers"] = None
    assert "down_proj of every layer; LoRA+" in model_card(bot, settings, BASE)


@pytest.mark.parametrize(("n", "kind"), [(1, "AI BOT"), (2, "AI CYBORG")])
def test_model_card_body(settings, n, kind):
    name = "*bold* _x_ [a](b) | pipe | {{ 7*7 }} <script>alert(1)</script>"
    accounts = [row(name, "ada"), row("Bo", "bo", withheld=2)][:n]
    _, rendered = to_html(model_card(view(accounts, predictions=[name]), settings, BASE))
    assert_inert(rendered)
    parsed = Parsed(rendered)
    assert parsed.h2 == SECTIONS
    assert f"🤖 {kind} 🤖" in parsed.visible
    assert name in parsed.visible
    table = data_table(rendered)
    assert len(table[0]) == n + 1
    assert ("Withheld (private)" in [r[0] for r in table]) is (n == 2)
    # The card stands alone: no links into the site's relative pages or images.
    for key, value in parsed.attrs:
        if key in ("href", "src"):
            assert value.startswith("https://"), value


def test_the_variety_figure_stands_beside_the_voice(settings):
    metrics = dict(METRICS)
    metrics["variety"] = {
        "ratio": 0.934,
        "distinct2": 0.879,
        "own_distinct2": 0.941,
        "samples": 48,
        "draws": 20,
        "shared_openings": 0,
        "repeated_phrases": 1,
        "shown": 5,
    }
    page = bot_page(view([row("Ada")], metrics=metrics), settings, BASE)
    assert "| Variety | **0.93 ×** the person's own: 88 % of word pairs distinct" in page
    assert "**Variety 0.93 ×.**" in page and "0 pairs open with the same three words" in page
    assert "and 1 repeats a four-word phrase three times." in page
    assert "Variety" not in bot_page(view([row("Ada")]), settings, BASE)  # not measured: not shown

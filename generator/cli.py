"""The `htsite` command: a thin layer over the library. Each command's help reads like its docs."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from generator import __version__
from generator.errors import HtsiteError, InputError
from generator.progress import Reporter, console

app = typer.Typer(
    help="Turn social-media exports into fine-tuned bots and a browsable gallery, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SiteOpt = Annotated[
    Path,
    typer.Option("--site", help="The site folder (holds site_src/). Env: HTSITE_SITE.", envvar="HTSITE_SITE"),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only warnings and errors on stderr.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
DeviceOpt = Annotated[
    str | None,
    typer.Option(
        "--device",
        help="Where to train and sample: auto (CUDA, then Apple MPS, then CPU), cpu, cuda, cuda:N or mps."
        " Overrides site.yaml's train.device. Env: HTSITE_DEVICE.",
        envvar="HTSITE_DEVICE",
        show_default=False,
    ),
]
DEVICES = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Train up to N bots at a time on this machine, each on its share of the cores (or a GPU of"
        " its own), as tasks of a Ray cluster started for the build. Needs `pip install 'htsite[ray]'`."
        " Env: HTSITE_WORKERS.",
        envvar="HTSITE_WORKERS",
        show_default=False,
    ),
]
ClusterOpt = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        metavar="ADDRESS",
        help="Run each bot's training as a task on a running Ray cluster: its address (host:port, or"
        " ray://host:10001, or auto for the one on this machine). Every node needs the same htsite."
        " Env: HTSITE_CLUSTER.",
        envvar="HTSITE_CLUSTER",
        show_default=False,
    ),
]
CpusOpt = Annotated[
    float | None,
    typer.Option(
        "--cpus-per-bot",
        min=0.01,
        help="CPU cores (and torch threads) per bot with --workers/--cluster. Default: cores ÷ workers,"
        " or 4 on a cluster (1 where bots get a GPU). Env: HTSITE_CPUS_PER_BOT.",
        envvar="HTSITE_CPUS_PER_BOT",
        show_default=False,
    ),
]
GpusOpt = Annotated[
    float | None,
    typer.Option(
        "--gpus-per-bot",
        min=0,
        help="GPUs per bot with --workers/--cluster. Default: 1 where the cluster has GPUs (one bot per"
        " GPU at a time), else 0. Env: HTSITE_GPUS_PER_BOT.",
        envvar="HTSITE_GPUS_PER_BOT",
        show_default=False,
    ),
]
RetriesOpt = Annotated[
    int,
    typer.Option(
        "--retries",
        min=0,
        help="With --workers/--cluster: how often a bot's task is retried when its worker dies (killed,"
        " out of memory, node lost); it resumes from its checkpoint. Env: HTSITE_RETRIES.",
        envvar="HTSITE_RETRIES",
    ),
]


def scale_of(workers, cluster, cpus_per_bot, gpus_per_bot, retries):
    from generator.fanout import Scale

    if workers and cluster:
        raise typer.BadParameter("give --workers or --cluster, not both", param_hint="--workers")
    return Scale(workers, cluster, cpus_per_bot, gpus_per_bot, retries)


def fail(exc: HtsiteError) -> None:
    console.print(f"error: {exc.one_line()}", style="red", markup=False, soft_wrap=True)
    raise typer.Exit(1)


def open_site(path: Path, device: str | None = None):
    from generator.settings import Site

    site = Site(path)
    if device:
        if not DEVICES.match(device):
            raise typer.BadParameter(
                f"{device!r} is not one of auto, cpu, cuda, cuda:N, mps", param_hint="--device"
            )
        site.settings.train.device = device
    return site


def site_accounts(path: Path) -> list[Path]:
    """The account folders of the site at `path`, for `inspect` without arguments."""
    site = open_site(path)
    if not (found := site.account_folders()):
        raise InputError(
            "no account folders yet",
            site.accounts_dir,
            "add one export per account folder, or run `htsite fetch`",
        )
    return [site.accounts_dir / name for name in found]


def version_callback(value: bool):
    if value:
        typer.echo(f"htsite {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")
    ] = False,
):
    """htsite builds one small language model per bot from exports in site_src/, then a gallery
    site of them in site/. Run `htsite new mysite` to start, `htsite build` to build."""


@app.command()
def new(directory: Annotated[Path, typer.Argument(help="Folder to create (must not exist or be empty).")]):
    """Scaffold an empty site: site_src/ (site.yaml, accounts/, bots/), docs/, mkdocs.yml."""
    from generator.scaffold import scaffold

    try:
        scaffold(directory)
    except HtsiteError as exc:
        fail(exc)
    typer.echo(
        f"created {directory}: add one export folder per account under site_src/accounts/ "
        "(each is a bot until site_src/bots/ holds bot files), then run `htsite build`"
    )


@app.command()
def inspect(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Exports: folders or files (X, Mastodon, Bluesky, fetched, CSV, JSONL, TXT). "
            "Default: every account folder of the site.",
            show_default=False,
        ),
    ] = None,
    site: SiteOpt = Path("."),
    as_json: JsonOpt = False,
):
    """Show the training-data table for exports, without writing anything.

    Without paths: the site's site_src/accounts/*/ (the folder, or --site).

    Counts follow the huggingtweets rules: retweets dropped; entities decoded, URLs removed;
    posts with fewer than 3 words (not counting words with http, @ or #) dropped as short.
    A folder holding an archive and fetched posts shows a column per source and the total; a post
    both hold is counted once, under the archive (the fetch's column counts it as a duplicate)."""
    from generator.curate import curate
    from generator.ingest import load_account

    try:
        curated = [curate(load_account(path)) for path in paths or site_accounts(site)]
    except HtsiteError as exc:
        fail(exc)
    if as_json:
        rows = [{**c.counts(), "sources": c.sources()} for c in curated]
        typer.echo(json.dumps({"accounts": rows}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    columns: list[tuple[str, dict]] = []  # (header, counts) for each column
    for c in curated:
        title = f"{c.name} (@{c.handle})"
        if len(c.parts) > 1:
            columns += [(f"{title}\n{s['source']}", s) for s in c.sources()]
            columns.append((f"{title}\ntotal", {**c.counts(), "duplicates": c.duplicates}))
        else:
            columns.append((title, {**c.counts(), "duplicates": c.duplicates}))
    table = Table("Data", *[header for header, _ in columns])
    for label, key in (
        ("Posts downloaded", "downloaded"),
        ("Retweets", "retweets"),
        ("Short posts", "short"),
        ("Withheld (private)", "withheld"),
        ("Duplicates (dropped)", "duplicates"),
        ("Posts kept", "kept"),
    ):
        if key in ("withheld", "duplicates") and not any(counts[key] for _, counts in columns):
            continue
        table.add_row(label, *[str(counts[key]) for _, counts in columns])
    Console(highlight=False).print(table)


@app.command()
def fetch(
    spec: Annotated[str, typer.Argument(metavar="SPEC", help="bsky:<handle> or mastodon:@user@instance")],
    site: SiteOpt = Path("."),
    limit: Annotated[int, typer.Option("--limit", min=1, help="Posts to fetch at most in this run.")] = 3200,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="Fetch everything again (up to --limit) and replace what was saved: posts deleted "
            "upstream go too. Without it, only posts newer than the saved ones are fetched and added.",
        ),
    ] = False,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="API root (default https://public.api.bsky.app, or https://<instance>). "
            "Env: HTSITE_BSKY_APPVIEW, HTSITE_MASTODON_BASE.",
            show_default=False,
        ),
    ] = None,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
):
    """Download an account's public posts and profile picture into site_src/accounts/<handle>/,
    or add the new ones since the last fetch (networked, like publish and deploy; a build never is).

    Bluesky through the public AppView with the atproto SDK, Mastodon through the instance's public
    API with Mastodon.py (public and unlisted posts only). Saves the raw JSON, which `htsite inspect`
    and `htsite build` then read offline; an archive of the same account may sit in the same folder
    (a post both hold counts once). Run it again to keep a bot current: it asks only for newer posts,
    and a build after a fetch that added nothing retrains nothing. A build never fetches."""
    from generator import fetch as fetching

    try:
        parsed = fetching.parse_spec(spec)
        base = fetching.base_url(parsed, base_url)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--base-url" if "URL" in str(exc) else "SPEC") from None
    try:
        accounts = open_site(site).accounts_dir
        summary = fetching.fetch(parsed, accounts, base, limit, full, Reporter(quiet=quiet))
    except HtsiteError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    s = summary
    more = "" if s["complete"] else f" (stopped at --limit {limit}; run it again for the rest)"
    if s["mode"] == "full":
        private = f", {s['withheld']} private ones withheld" if s["withheld"] else ""
        removed = f"; {s['removed']} no longer there were dropped" if s["removed"] else ""
        typer.echo(
            f"saved {s['posts']} posts ({s['reposts']} reposts{private}) "
            f"from {s['source']} to {s['folder']}{removed}{more}"
        )
    elif s["added"] or s["added_withheld"]:
        private = f", {s['added_withheld']} private ones withheld" if s["added_withheld"] else ""
        typer.echo(
            f"added {s['added']} new posts ({s['added_reposts']} reposts{private}) from {s['source']} "
            f"to {s['folder']}: {s['posts']} saved{more}"
        )
    else:
        typer.echo(f"no new posts from {s['source']} since the last fetch: {s['posts']} in {s['folder']}")


@app.command()
def build(
    site: SiteOpt = Path("."),
    only: Annotated[str | None, typer.Option("--only", help="Build just this bot (no site rebuild).")] = None,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    device: DeviceOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
    cpus_per_bot: CpusOpt = None,
    gpus_per_bot: GpusOpt = None,
    retries: RetriesOpt = 3,
):
    """Build everything: curate, train what changed, sample, draw avatars, write pages, mkdocs.

    Bots whose data and settings did not change are reused from models/. One bad account fails
    only its bots; the rest build, and the command exits 1 at the end listing what failed.

    With --workers N or --cluster ADDRESS, each changed bot is trained, sampled and scored as a
    Ray task; the voice figures, Try it exports, pages, style matrix and mkdocs run here once they
    are done. The models are the same bytes as a build in one process with the same threads per bot."""
    scale = scale_of(workers, cluster, cpus_per_bot, gpus_per_bot, retries)
    run_build(site, only, quiet, as_json, allow_training=True, device=device, scale=scale)


def run_build(
    site: Path,
    only: str | None,
    quiet: bool,
    as_json: bool,
    allow_training: bool,
    device: str | None = None,
    scale=None,
) -> None:
    from generator import distributed
    from generator.build import Builder

    main_process = distributed.is_main()  # under `accelerate launch`, only the main one reports
    reporter = Reporter(quiet=quiet or not main_process)
    try:
        report = Builder(open_site(site, device), reporter, allow_training, scale=scale).run(only=only)
    except HtsiteError as exc:
        fail(exc)
    if not main_process:
        return
    summary = (
        f"built in {report.seconds:.1f} s: {len(report.trained)} trained, {len(report.sampled)} sampled, "
        f"{len(report.skipped)} unchanged, {len(report.failed)} failed"
    )
    if report.cut_short:  # the clock, not the plan, ended these: they depend on the machine's load
        summary += f"; {len(report.cut_short)} cut short by max_minutes ({', '.join(report.cut_short)})"
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        typer.echo(summary)
    if report.failed:
        for bot, reason in report.failed.items():
            console.print(f"failed: {bot}: {reason}", style="red", markup=False, soft_wrap=True)
        raise typer.Exit(1)


@app.command("train")
def train_cmd(
    bot: Annotated[str, typer.Argument(help="Bot id (site_src/bots/<id>.yaml).")],
    site: SiteOpt = Path("."),
    device: DeviceOpt = None,
):
    """Train (or reuse) one bot and sample its predictions; pages and site are not rebuilt."""
    run_build(site, bot, quiet=False, as_json=False, allow_training=True, device=device)


@app.command("sample")
def sample_cmd(
    bot: Annotated[str, typer.Argument(help="Bot id.")],
    site: SiteOpt = Path("."),
    prompt: Annotated[
        list[str] | None, typer.Option("--prompt", help="Prompt(s); default: site.yaml's.")
    ] = None,
    n: Annotated[int | None, typer.Option("-n", help="Predictions per prompt.")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Sampling seed.")] = None,
    contrast: Annotated[
        float | None,
        typer.Option(
            "--contrast",
            min=0,
            max=10,
            help="Contrastive sampling: each token by log p_bot − C × log p_base among the bot's "
            "plausible tokens, so what the bot learned counts more than the base model's habits; "
            "0: plain sampling. Default: site.yaml's sample.contrast (1.5).",
        ),
    ] = None,
    as_json: JsonOpt = False,
    device: DeviceOpt = None,
):
    """Sample from a trained bot (models/<bot>) and print the predictions; writes nothing."""
    from generator import basemodel, sample
    from generator.device import pick

    try:
        s = open_site(site, device)
        bot = bot.lower()  # bot ids are lower-cased handles
        model_dir = s.models / bot
        if not (model_dir / "metrics.json").is_file():
            raise HtsiteError("no trained model here", model_dir, f"run `htsite train {bot}` first")
        cfg = s.settings.sample.model_copy(
            update={
                k: v for k, v in {"prompts": prompt, "num_return_sequences": n, "seed": seed}.items() if v
            }
            | ({"contrast": contrast} if contrast is not None else {})
        )
        spec = next((b for b in s.bots if b.id == bot), None)
        cfg = sample.for_bot(cfg, len(spec.accounts) if spec else 1)
        compute = pick(s.settings.train.device, s.settings.train.dtype)
        base = basemodel.resolve(s.settings.base_model)
        model, tokenizer = sample.load_bot_model(model_dir, base.path, compute)
        base_model = sample.base_beside(model, base, compute) if cfg.contrast > 0 else None
        predictions = sample.generate(  # as the pages draw theirs: openings differ
            model, tokenizer, cfg, compute, base_model=base_model, distinct_openings=True
        )
    except HtsiteError as exc:
        fail(exc)
    if as_json:
        typer.echo(json.dumps({"predictions": predictions}, ensure_ascii=False, indent=2))
    else:
        for p in predictions:
            typer.echo(p["text"])


@app.command()
def pages(site: SiteOpt = Path("."), quiet: QuietOpt = False):
    """Rewrite pages and rebuild the site from existing models (never trains)."""
    run_build(site, None, quiet=quiet, as_json=False, allow_training=False)


@app.command()
def publish(
    bots: Annotated[
        list[str] | None, typer.Argument(metavar="[BOT]...", help="Bot ids to publish (default: every bot).")
    ] = None,
    site: SiteOpt = Path("."),
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            help="Hub user or organization to publish under (default: site.yaml's publish.hub_owner, "
            "else the token's user). Env: HTSITE_HUB_OWNER.",
            show_default=False,
        ),
    ] = None,
    adapter: Annotated[
        bool | None,
        typer.Option(
            "--adapter/--merged",
            help="Upload only the LoRA adapter (users need peft; the card says so), or merged weights "
            "that run with transformers alone. Default: site.yaml's publish.adapter, else merged.",
            show_default=False,
        ),
    ] = None,
    private: Annotated[
        bool | None,
        typer.Option("--private/--public", help="Visibility of repos created now.", show_default=False),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List the repos and files (with sizes); upload nothing.")
    ] = False,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
):
    """Upload every bot to the Hugging Face Hub as a model repo <owner>/<bot-id>.

    By default the adapter is merged into the base weights, so that anyone can run
    pipeline('text-generation', model='<owner>/<bot-id>') with transformers alone; they are
    stored in bfloat16 when that keeps the held-out perplexity within 1 % of training's, else
    float32. The model card, tokenizer and the site's sampling settings go with them. Only files
    that differ from the repo's are uploaded: publishing an unchanged site uploads nothing.

    The token comes from HF_TOKEN or `hf auth login` and is never printed or written anywhere.
    What was published is recorded in site_src/published.json; then `htsite pages` points each
    bot's page, gallery card and snippet at the Hub. Publishing never touches models/."""
    from generator import publish as publishing
    from generator.settings import HUB_OWNER

    if owner is not None and not HUB_OWNER.match(owner):
        raise typer.BadParameter(
            f"{owner!r} is not a Hub user or organization name (letters, digits, single '-')",
            param_hint="--owner",
        )
    options = publishing.Options(
        bots=bots or [], owner=owner, adapter=adapter, dry_run=dry_run, private=private
    )
    try:
        summary = publishing.publish(open_site(site), Reporter(quiet=quiet), options)
    except HtsiteError as exc:
        fail(exc)
    done = summary["bots"]
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    elif dry_run:
        files = sum(len(b["files"]) for b in done.values())
        size = sum(b["bytes"] for b in done.values())
        typer.echo(
            f"dry run: {len(done)} repos, {files} files, {publishing.human_size(size)}; nothing was uploaded"
        )
    else:
        uploaded = sum(len(b["uploaded"]) for b in done.values())
        size = sum(b["uploaded_bytes"] for b in done.values())
        unchanged = sum(not b["uploaded"] and not b["deleted"] for b in done.values())
        if uploaded == 0 and unchanged == len(done):
            typer.echo(f"{len(done)} bots already on the Hub and unchanged: 0 files uploaded")
        else:
            typer.echo(
                f"published {len(done)} bots: {uploaded} files uploaded ({publishing.human_size(size)}), "
                f"{unchanged} unchanged — run `htsite pages` to point the gallery at the Hub"
            )
    if summary["failed"]:
        for bot, reason in summary["failed"].items():
            console.print(f"failed: {bot}: {reason}", style="red", markup=False, soft_wrap=True)
        raise typer.Exit(1)


@app.command()
def deploy(
    site: SiteOpt = Path("."),
    remote: Annotated[
        str, typer.Option("--remote", help="Git remote (name or URL) to push the site to.")
    ] = "origin",
    branch: Annotated[str, typer.Option("--branch", help="Branch GitHub Pages serves.")] = "gh-pages",
    message: Annotated[
        str | None, typer.Option("--message", "-m", help="Commit message.", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Force the push.")] = False,
):
    """Deploy the built site/ to GitHub Pages: mkdocs gh-deploy, without rebuilding.

    Commits site/ (as `htsite build` or `htsite pages` left it) to the gh-pages branch of the
    site's git repository and pushes it. On GitHub, set Settings → Pages → Branch to gh-pages.
    Set site_url in site.yaml first so that shared links show their preview cards."""
    from generator import publish as publishing

    try:
        result = publishing.deploy(open_site(site), remote, branch, message, force)
    except HtsiteError as exc:
        fail(exc)
    typer.echo(
        f"deployed site/ to {result['branch']} on {result['remote']}"
        + (f": {result['note']}" if result["note"] else "")
    )


@app.command("eval")
def eval_cmd(
    site: SiteOpt = Path("."),
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    device: DeviceOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
    cpus_per_bot: CpusOpt = None,
    gpus_per_bot: GpusOpt = None,
    retries: RetriesOpt = 3,
):
    """The style matrix and the voices: each bot's held-out perplexity on its own accounts and a
    few others, and the share of each bot's own samples attributed to its own account(s).

    Every account has a probe (site.yaml `style_matrix.probe_tokens` held-out tokens, 1,024 by
    default); each bot is scored on its own accounts and `style_matrix.other_accounts` others (4),
    so the cost grows with the number of bots, not bots × accounts. Cells already measured on the
    same model and probe are reused. Written to models/eval.json and models/voice.json and shown
    on the site's "Style matrix" page. Never trains: bots must be built first. Each account should
    be fit best by a bot that includes it; with --json, the voices are under "voice"."""
    import math

    from generator.build import Builder

    scale = scale_of(workers, cluster, cpus_per_bot, gpus_per_bot, retries)
    try:
        builder = Builder(
            open_site(site, device), Reporter(quiet=quiet), allow_training=False, allow_eval=True, scale=scale
        )
        builder.run()
    except HtsiteError as exc:
        fail(exc)
    matrix = builder.matrix
    if matrix is None:
        fail(HtsiteError("no trained bots to evaluate", site, "run `htsite build` first"))
    voices = builder.voices or {}
    if as_json:
        typer.echo(json.dumps({**matrix, "voice": voices.get("bots", {})}, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    def ppl(row: dict, account: str) -> str:
        return f"{math.exp(row[account]):.1f}" if account in row else "—"

    table = Table("perplexity", *[f"@{a}" for a in matrix["accounts"]])
    table.add_row("base model", *[ppl(matrix["base"], a) for a in matrix["accounts"]])
    for bot in matrix["bots"]:
        table.add_row(bot, *[ppl(matrix["loss"][bot], a) for a in matrix["accounts"]])
    Console(highlight=False).print(table)
    m = matrix["measured"]
    typer.echo(
        f"{m['cells']} of {m['of']} cells measured (— : not measured); diagonal dominant: "
        f"{'yes' if matrix['diagonal_dominant'] else 'no'}"
    )
    if voices:
        classes = voices["classes"]
        heads = [c if c.startswith("(") else f"@{c}" for c in classes]
        table = Table("voice", "share", "variety", *heads)
        for bot, v in voices["bots"].items():
            var = f"{v['variety']['ratio']:.2f}×" if v.get("variety") else "—"
            table.add_row(bot, f"{v['score']:.2f}", var, *[str(v["attributed"][c]) for c in classes])
        Console(highlight=False).print(table)


@app.command()
def serve(
    site: SiteOpt = Path("."),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8000,
):
    """Browse the gallery: mkdocs serve on 127.0.0.1 (build first with `htsite build`)."""
    try:
        s = open_site(site)
    except HtsiteError as exc:
        fail(exc)
    os.execv(
        sys.executable,
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(s.mkdocs_yml), "-a", f"127.0.0.1:{port}"],
    )

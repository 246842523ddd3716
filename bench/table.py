"""bench/results/*.json → bench/results/table.md (whatever results are there, newest run of each)."""

from __future__ import annotations

import json
from pathlib import Path

ORDER = [
    "train",
    "profile",
    "build",
    "scale",
    "sampling",
    "memory",
    "loop",
    "tryit",
    "voice",
    "voice-example",
    "scaleout",
    "matrix",
]  # as numbered in bench/README.md


def fmt(value, digits: int = 1, suffix: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.{digits}f}{suffix}"
    if isinstance(value, int):
        return f"{value:,}{suffix}"
    return f"{value}{suffix}"


def row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def pct(value) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def machine_line(m: dict) -> str:
    if not m:
        return ""
    parts = [
        f"{m.get('cpu_capability', '?')} ({m.get('cpu_model', '?')}), {m.get('torch_threads', '?')} threads",
        f"matmul fp32 {fmt(m.get('fp32_gflops'))} / bf16 {fmt(m.get('bf16_gflops'))} GFLOP/s "
        f"({fmt(m.get('bf16_over_fp32'), 2)}×)",
        f"load avg {', '.join(str(x) for x in m.get('loadavg', []))}",
        f"git {m.get('git', {}).get('commit', '?')}{'+dirty' if m.get('git', {}).get('dirty') else ''}",
        m.get("time", ""),
    ]
    return "Machine: " + "; ".join(parts)


DTYPE_SHORT = {"bfloat16": "bf16", "float32": "fp32"}


def subset_kind(data: dict) -> str:
    """Which held-out posts a train result evaluated: spread over the corpus (bench.trainbench.spread,
    since 2026-12-04) or, in older results, the corpus's newest ones (one era: bench/README.md)."""
    n = data["eval_subset_posts"]
    return (
        f"{n} posts spread over the corpus"
        if data.get("eval_subset") == "spread"
        else f"its newest {n} posts"
    )


def train_table(r: dict) -> list[str]:
    q, d = r["quality"], r["data"]
    original = next((run for run in r["runs"] if run["recipe"] == "original"), None)
    lines = [
        f"{r['seconds_per_run']:g} s of training per run (the original: "
        f"{r.get('original_seconds', r['seconds_per_run']):g} s), {d['train_posts']:,} training posts of "
        f"@{d['source']}; held-out subset: {subset_kind(d)} ({d['eval_subset_tokens']:,} "
        f"tokens, {d['eval_dtype']}); base perplexity {q['base_perplexity']}, target ≤ "
        f"{q['target_perplexity']} ({q['target_fraction']}× base). A run ends at its budget or at the "
        "end of its plan (2 epochs), whichever comes first. Held-out evaluations every "
        f"{q.get('eval_every_s', 5):g} s of training (out of the clock): *0.3× base ppl at* is the first "
        "at or below the target, up to an interval late (more trained tokens for a faster recipe); "
        "*crossed 0.3× at* is where the loss crossed it between that evaluation and the one before.",
        "",
    ]
    lines += summary_table(r["runs"], r.get("dtypes") or [], original)
    lines += [
        "",
        "| run | dtype | recipe | tokens/s | × original | median-step tokens/s | epochs | MFLOP/token | "
        "GFLOP/s | of peak | of the step's matmuls | time to 0.3× base ppl | × original | "
        "time to 0.7× / 0.5× | final ppl | peak RSS (in-process) | others' CPU |",
        "| --- | --- | --- |" + " ---: |" * 14,
    ]
    for run in r["runs"]:
        reached = run["time_to_quality_s"]
        lines.append(
            row(
                run["recipe"],
                run["dtype"],
                run["label"],
                fmt(run["tokens_per_second"], 0),
                fmt(run["speedup_vs_original"], 2, "×"),
                fmt(run["median_tokens_per_second"], 0),
                fmt(run["epochs_done"], 2),
                fmt(run.get("flops_per_token", 0) / 1e6, 0),
                fmt(run["achieved_gflops"]),
                f"{pct(run['peak_fraction'])} of {fmt(run['peak_gflops'], 0)}",
                f"{pct(run.get('step_matmul_fraction'))} of {fmt(run.get('step_matmul_gflops'), 0)}",
                "not reached" if reached is None else fmt(reached, 0, " s"),
                quality_speedup(run, original),
                " / ".join(fmt(t, 0, " s") for k, t in run["time_to_fraction_s"].items() if k != "0.3"),
                fmt(run["final_perplexity"]),
                fmt(run["peak_rss_mib"] / 1024, 2, " GiB"),
                pct(run["meter"]["others_share"]),
            )
        )
    return lines


def summary_table(runs: list[dict], dtypes: list[str], original: dict | None) -> list[str]:
    """One row per recipe, one group of columns per dtype: the issue's figures side by side."""
    dtypes = dtypes or sorted({run["dtype"] for run in runs})
    by = {(run["recipe"], run["dtype"]): run for run in runs}
    recipes = list(dict.fromkeys(run["recipe"] for run in runs if run["recipe"] != "original"))
    head = ["recipe"]
    for dtype in dtypes:
        short = DTYPE_SHORT.get(dtype, dtype)
        head += [f"{short} tokens/s (× original)", f"{short} 0.3× base ppl at (× original)"]
        head += [f"{short} crossed 0.3× at (× original)", f"{short} final ppl"]
    lines = [row(*head), "| --- |" + " ---: |" * (4 * len(dtypes))]

    def cells(run: dict, faster: str, sooner: str, crossed: str) -> list[str]:
        reached, at = run["time_to_quality_s"], run.get("crossed_quality_s")
        return [
            f"{fmt(run['tokens_per_second'], 0)} ({faster})",
            "not reached" if reached is None else f"{fmt(reached, 0, ' s')} ({sooner})",
            "—" if at is None else f"{fmt(at, 1, ' s')} ({crossed})",
            fmt(run["final_perplexity"]),
        ]

    if original is not None:
        same = cells(original, "1.00×", "1.0×", "1.00×")
        lines.append(row("original (fp32, the same run in every column)", *(same * len(dtypes))))
    for name in recipes:
        line = [name]
        for dtype in dtypes:
            run = by.get((name, dtype))
            if run is None:
                line += ["—"] * 4
            else:
                faster = fmt(run["speedup_vs_original"], 2, "×")
                crossed = quality_speedup(run, original, "crossed_quality_s", 2)
                line += cells(run, faster, quality_speedup(run, original), crossed)
        lines.append(row(*line))
    return lines


def quality_speedup(run: dict, original: dict | None, key: str = "time_to_quality_s", digits: int = 1) -> str:
    """How many times sooner than the original a run reached 0.3× the base perplexity (by `key`:
    the first evaluation at or below it, or `crossed_quality_s`, the crossing); a lower bound
    ("> N×") when the original did not reach it within its budget."""
    if original is None or run.get(key) is None:
        return "—"
    if original.get(key) is None:
        return f"> {original['train_seconds'] / run[key]:.{digits}f}×"
    return f"{original[key] / run[key]:.{digits}f}×"


def profile_table(r: dict) -> list[str]:
    from bench.profilebench import why

    s, profiles = r["settings"], r["profiles"]
    lines = [
        f"The default recipe's steps, eager (batch {s['batch_size']} × {s['block_size']} tokens, LoRA r "
        f"{s['lora_r']} on the top {s['lora_layers'] or 'all'} layers; as every bot under 200 planned "
        "steps runs them — a longer plan's compiled step fuses much of what is not a matmul: table 1, "
        f"`default` against `eager`), {r['steps_per_phase']} steps per phase: **first sight** runs "
        "the frozen lower layers (the first epoch), **cached** reads "
        "their states (later epochs). Share of peak ≈ the matmuls' share of the step's time × the "
        "GFLOP/s they reach inside the step ÷ the peak.",
        "",
        "| dtype | phase | ms a step | GFLOP/s | of the dtype's peak | matmuls: share of the time | "
        "matmuls: GFLOP/s in the step |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for p in profiles:
        lines.append(
            row(
                DTYPE_SHORT.get(p["dtype"], p["dtype"]),
                p["phase"],
                fmt(p["step_ms"], 0),
                fmt(p["step_gflops"], 0),
                f"{pct(p['peak_fraction'])} of {fmt(p['peak_gflops'], 0)}",
                pct(p["matmul_share"]),
                fmt(p["matmul_gflops"], 0),
            )
        )
    names = list(dict.fromkeys(k for p in profiles for k in p["categories"]))
    heads = [f"{DTYPE_SHORT.get(p['dtype'], p['dtype'])} {p['phase']}" for p in profiles]
    lines += ["", "Where the time goes, by kind of operator (share of the step's self CPU time):", ""]
    lines += [
        row("kind", *heads, "what it is; why it is not a matmul"),
        "| --- |" + " ---: |" * len(heads) + " --- |",
    ]
    for name in names:
        lines.append(row(name, *(pct(p["categories"].get(name)) for p in profiles), why(name)))
    last = profiles[-1] if profiles else None
    if last is not None:
        title = f"{DTYPE_SHORT.get(last['dtype'], last['dtype'])} {last['phase']}"
        lines += [
            "",
            f"The top operators of the {title} step, by self time:",
            "",
            "| operator | kind | ms a step | share | calls a step | GFLOP/s |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for op in last["ops"]:
            lines.append(
                row(
                    f"`{op['op']}`",
                    op["category"],
                    fmt(op["ms_per_step"], 1),
                    pct(op["share"]),
                    fmt(op["calls_per_step"], 0),
                    fmt(op["gflops"], 0),
                )
            )
    return lines


def sampling_table(r: dict) -> list[str]:
    s = r["settings"]
    lines = [
        f"{len(s['prompts'])} prompts × {s['num_return_sequences']} predictions, "
        f"{s['min_new_tokens']}-{s['max_new_tokens']} new tokens, {r['compute']['dtype']}; best of "
        f"{r['reps']}.",
        "",
        row(
            "mode",
            "generate calls",
            "predictions",
            "seconds",
            "predictions/s",
            "× one at a time",
            "others' CPU",
        ),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, label in (("batched", "all prompts in one batch"), ("per_prompt", "one prompt at a time")):
        b = r["best"][name]
        speedup = r["batched_speedup"] if name == "batched" else 1.0
        lines.append(
            f"| {label} | {b['generate_calls']} | {b['predictions']} | {fmt(b['seconds'])} | "
            f"{fmt(b['predictions_per_s'], 2)} | {fmt(speedup, 2, '×')} | {pct(b['meter']['others_share'])} |"
        )
    return lines


def memory_table(r: dict) -> list[str]:
    lines = [
        f"Each recipe in a fresh process for {r['seconds_per_run']:g} s of training; goal ≤ "
        f"{r['goal_mib'] / 1024:.0f} GiB.",
        "",
        "| recipe | dtype | peak RSS | before training | within goal |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for run in r["runs"]:
        lines.append(
            f"| {run['recipe']} | {run['dtype']} | {fmt(run['peak_rss_mib'] / 1024, 2, ' GiB')} | "
            f"{fmt(run['peak_rss_before_training_mib'] / 1024, 2, ' GiB')} | {fmt(run['within_goal'])} |"
        )
    return lines


def build_table(r: dict) -> list[str]:
    lines = [
        f"{r['site']}, "
        + (
            f"{r['max_minutes_per_bot']:g} min training cap per bot"
            if r.get("max_minutes_per_bot")
            else "no training time cap (the planned steps)"
        )
        + (f", env {r['env_overrides']}" if r["env_overrides"] else "")
        + f". Goal: no-change rebuild ≤ {r['goal_no_change_s']} s.",
        "",
        "| build | wall (process) | Builder.run | trained | reused | torch imported | slowest stage | "
        "train | sample | try it export | pages+images | mkdocs | style matrix | ingest+other | peak RSS |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |" + " ---: |" * 8,
    ]
    for b in r["builds"]:
        g = b["grouped_share"]
        trained = f"{len(b['trained'])}"
        if "expected_retrained" in b:
            trained += f" (expected {len(b['expected_retrained'])})"
        lines.append(
            row(
                b["label"],
                fmt(b["process_wall_s"], 1, " s"),
                fmt(b["build_s"], 1, " s"),
                trained,
                len(b["reused"]),
                fmt(b["torch_imported"]),
                f"{b['slowest_stage']} ({pct(b['slowest_share'])})",
                *(
                    pct(g.get(k))
                    for k in (
                        "train",
                        "sample",
                        "try_it",
                        "pages+images",
                        "mkdocs",
                        "style_matrix",
                        "ingest+other",
                    )
                ),
                fmt(b["peak_rss_mib"] / 1024, 2, " GiB"),
            )
        )
    return lines


def scale_table(r: dict) -> list[str]:
    goal = r["goal"]
    lines = [
        f"Stub models (nothing trained or sampled), {r['accounts']} accounts; goal: "
        f"{goal['bots']} bots ≤ {goal['seconds']} s (met: {fmt(r['goal_met'])}).",
        "",
        "| bots | Builder.run | per bot | × per bot at smallest | images | pages | mkdocs | mkdocs share | "
        "peak RSS | wall (process) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in r["sizes"]:
        lines.append(
            row(
                f"{s['bots']:,}",
                fmt(s["build_s"], 1, " s"),
                fmt(s["per_bot_ms"], 0, " ms"),
                fmt(s["per_bot_vs_smallest"], 2, "×"),
                fmt(s["images_s"], 1, " s"),
                fmt(s["pages_s"], 1, " s"),
                fmt(s["mkdocs_s"], 1, " s"),
                pct(s["mkdocs_share"]),
                fmt(s["peak_rss_mib"], 0, " MiB"),
                fmt(s["process_wall_s"], 1, " s"),
            )
        )
    return lines


def loop_table(r: dict) -> list[str]:
    s = r["settings"]
    lines = [
        f"{r['steps']} optimizer steps of batch {s['batch_size']} × {s['block_size']} tokens, LoRA r "
        f"{s['lora_r']}, {r['compute']['dtype']}; the faster of each's runs.",
        "",
        row(
            "training code",
            "tokens/s",
            "× Trainer",
            "seconds in steps",
            "mean loss, last 5 steps",
            "others' CPU",
        ),
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, label in (("loop", "htsite's loop (train.train)"), ("trainer", "transformers Trainer")):
        b = r["best"][name]
        speedup = r["loop_over_trainer"] if name == "loop" else 1.0
        lines.append(
            f"| {label} | {fmt(b['tokens_per_second'], 0)} | {fmt(speedup, 2, '×')} | {fmt(b['seconds'])} | "
            f"{fmt(b['last_losses'], 3)} | {pct(b['meter']['others_share'])} |"
        )
    return lines


def scaleout_table(r: dict) -> list[str]:
    t, w, p = r["threads"], r["workers"], r["projection"]
    lines = [
        f"**Threads** — trainers side by side on {t['cores']} cores, {t['seconds_each']:g} s of "
        "training each (default recipe):",
        "",
        "| trainers × threads | tokens/s each | together | × one trainer | others' CPU |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    one = t["runs"][0]["tokens_per_second_total"]
    for run in t["runs"]:
        lines.append(
            row(
                f"{run['trainers']} × {run['threads_each']}",
                ", ".join(fmt(x, 0) for x in run["tokens_per_second_each"]),
                fmt(run["tokens_per_second_total"], 0),
                fmt(run["tokens_per_second_total"] / one if one else None, 2, "×"),
                pct(run["meter"]["others_share"]),
            )
        )
    lines += [
        "",
        f"**Workers** — a fresh build of {w['bots']} bots ({w['steps_per_bot']} steps each); Ray's start-up "
        f"here: {fmt(w['ray_start_s'], 1, ' s')}:",
        "",
        "| build | runner | wall (process) | workers used | mean job | × in one process |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    sequential = w["builds"][0]["wall_s"]
    for b in w["builds"]:
        jobs = list(b["job_seconds"].values())
        lines.append(
            row(
                b["label"],
                b["runner"],
                fmt(b["wall_s"], 1, " s"),
                b["workers_used"],
                fmt(sum(jobs) / len(jobs) if jobs else None, 1, " s"),
                fmt(sequential / b["wall_s"], 2, "×"),
            )
        )
    a = p["gpu_assumed"]
    lines += [
        "",
        f"**Projection, {p['bots']} bots** (a bot: {fmt(p['measured_fixed_per_bot_s'], 1, ' s')} "
        f"measured fixed + 300 steps × {fmt(p['measured_per_step_s'], 2, ' s')} measured = "
        f"{fmt(p['per_bot_full_plan_s'], 0, ' s')}): this machine in one process "
        f"{fmt(p['this_machine_sequential_h'], 1, ' h')}, with 2 workers "
        f"{fmt(p['this_machine_2_workers_h'], 1, ' h')}; on {p['gpus']} GPUs, one bot per GPU, on paper "
        f"(assumed, not measured: {a['step_s']:g} s a step, {a['fixed_s']:g} s fixed per bot) "
        f"{p['gpu_rounds']} rounds × {fmt(p['gpu_per_bot_s'], 0, ' s')} + pages "
        f"{fmt(p['pages_s'], 0, ' s')} ≈ {fmt(p['gpus_min'], 0, ' min')}.",
    ]
    return lines


def matrix_table(r: dict) -> list[str]:
    lines = [
        "`htsite eval` from scratch on stub bots, each in its own process: **full** = every bot on every "
        "account's held-out posts (before), **default** = a 1,024-token probe per account, own accounts "
        "+ 4 others. Measured:",
        "",
        "| site | model | cells measured | + base | tokens scored | scoring | jobs (load + score) | "
        "per bot | with pages + mkdocs |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in r["runs"]:
        lines.append(
            row(
                run["label"],
                run.get("model", ""),
                f"{run['cells']:,} of {run['of']:,}",
                run["base_cells"],
                fmt(run["tokens_scored"]),
                fmt(run["scoring_s"], 1, " s"),
                fmt(run["jobs_s"], 1, " s"),
                fmt(run["per_bot_s"], 2, " s"),
                fmt(run["build_s"], 1, " s"),
            )
        )
    rate = r.get("real_rate")
    lines += [
        "",
        "What each setting scores (exact, from the probes) and the real model's time for it"
        + (
            f" at the measured {1000 * rate['s_per_token']:.1f} ms per token and "
            f"{rate['s_per_load']:.1f} s per loaded bot:"
            if rate
            else ":"
        ),
        "",
        "| site, setting | cells + base | tokens | real model |",
        "| --- | ---: | ---: | ---: |",
    ]
    for c in r.get("counted", []):
        seconds = c.get("real_model_s")
        time = (
            "—"
            if seconds is None
            else (fmt(seconds / 3600, 1, " h") if seconds >= 3600 else fmt(seconds / 60, 1, " min"))
        )
        lines.append(row(c["label"], f"{c['cells']:,} + {c['base_cells']:,}", fmt(c["tokens"]), time))
    return lines


def voice_table(r: dict) -> list[str]:
    if not r["runs"]:
        return ["No recipe ran."]
    first = r["runs"][0]
    acc = first["check_accuracy"]
    lines = [
        f"One bot per account ({', '.join('@' + a for a in r['accounts'])}), built by `htsite build`. "
        f"**voice**: the product's figure (share of the bot's voice samples attributed to its own "
        f"account; chance {1 / (len(r['accounts']) + 1):.2f} with the base class). **check**: the "
        f"bench's independent naive-Bayes check (chance {1 / len(r['accounts']):.2f}), which gets "
        f"{pct(acc['accuracy'])} of real held-out posts right "
        f"({', '.join(f'@{h} {pct(v)}' for h, v in acc['per_account'].items())}); the product's "
        f"classifier gets {pct(first['classifier_check']['accuracy'])} of held-out posts and base "
        "generations right. **check (shown)**: the check on the predictions a page shows.",
        "",
        "| recipe | bot | voice | check | check (shown) | ppl ratio | steps | train s | memorized |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in r["runs"]:
        for bot, f in run["bots"].items():
            lines.append(
                row(
                    run["recipe"],
                    bot,
                    fmt(f["voice"], 2),
                    fmt(f["check"], 2),
                    fmt(f["check_shown"], 2),
                    fmt(f["ppl_ratio"], 2),
                    fmt(f["steps"]),
                    fmt(f["train_seconds"]),
                    f"{f['memorized']} of {f['drawn']}",
                )
            )
    lines += [
        "",
        "Recipes: " + "; ".join(f"`{run['recipe']}` {run['overrides'] or 'defaults'}" for run in r["runs"]),
    ]
    return lines


def tryit_table(r: dict) -> list[str]:
    mb = lambda n: fmt(n / 1e6 if n is not None else None, 1, " MB")  # noqa: E731
    nc = r["no_change"]
    lines = [
        f"Export: the shared base (template) in {fmt(r['template_s'])} s "
        f"(trace {fmt(r['template_trace_s'])} s), "
        f"{mb(r['base_bytes'])} in {r['base_files']} files; the first bot costs {mb(r['first_bot_bytes'])}, "
        f"each further bot ≤ {mb(r['further_bot_bytes'])}; largest file {mb(r['largest_file_bytes'])}; "
        f"site/assets/models {mb(r['site_models_bytes'])}. No-change rebuild: {fmt(nc['process_wall_s'])} s, "
        f"exported {len(nc['exported'])}, torch imported: {fmt(nc['torch_imported'])}.",
        "",
        "| bot | export s (checks included) | files written s | bot's own bytes | held-out ppl (browser) | "
        "trained | ratio |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for b in r["bots"]:
        lines.append(
            row(
                b["bot"],
                fmt(b["export_s"]),
                fmt(b["write_s"], 2),
                mb(b["bot_bytes"]),
                fmt(b["perplexity"], 2),
                fmt(b["trained_perplexity"], 2),
                fmt(b["perplexity_ratio"], 3),
            )
        )
    browser = r.get("browser", {})
    if "skipped" in browser:
        return lines + ["", f"Browser: skipped ({browser['skipped']})."]
    lines += [
        "",
        f"Browser: headless chromium, {browser.get('note', '')}.",
        "",
        "| visit | tokens | load s (click → ready) | first token s | tokens/s | downloaded | of it base |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    labels = ["first bot, greedy (cold)", "same bot reloaded, sampled", "second bot, greedy (base cached)"]
    for label, v in zip(labels, browser.get("runs", []), strict=False):
        lines.append(
            row(
                f"{label}: {v['bot']}",
                v["tokens"],
                fmt(v.get("load_s"), 2),
                fmt(v.get("first_token_s"), 2),
                fmt(v["tokens_per_second"], 1),
                mb(v["downloaded_bytes"]),
                mb(v["base_bytes_downloaded"]),
            )
        )
    return lines


RENDER = {
    "tryit": ("7. Try it in the browser", tryit_table),
    "loop": ("6. Training loop vs Trainer", loop_table),
    "train": ("1. Training", train_table),
    "profile": ("1b. Where a training step's time goes", profile_table),
    "sampling": ("4. Sampling", sampling_table),
    "memory": ("5. Memory", memory_table),
    "build": ("2. Build of the example site", build_table),
    "scale": ("3. Scale", scale_table),
    "voice": ("8. Voice", voice_table),
    "voice-example": ("8b. Voice of the example site's single bots", voice_table),
    "scaleout": ("9. Scale-out (Ray workers)", scaleout_table),
    "matrix": ("10. Style matrix", matrix_table),
}


def render(out_dir: Path) -> str:
    lines = ["# htsite benchmarks", ""]
    for name in ORDER:
        path = out_dir / f"{name}.json"
        if not path.is_file():
            continue
        result = json.loads(path.read_text())
        title, table = RENDER[name]
        lines += [f"## {title}", ""]
        if "skipped" in result:
            lines += [f"Skipped: {result['skipped']}", ""]
            continue
        if "error" in result:
            lines += [f"Failed: {result['error']}", ""]
            continue
        if result.get("smoke"):
            lines += ["*Smoke run (tiny model, seconds): checks the code, the figures mean nothing.*", ""]
        lines += table(result) + ["", machine_line(result.get("machine", {})), ""]
    return "\n".join(lines).rstrip() + "\n"


def write_table(out_dir: Path) -> Path:
    path = out_dir / "table.md"
    path.write_text(render(out_dir))
    return path


def sections(markdown: str) -> dict[str, str]:
    """A page's `## title` sections: title → the section's text, heading included."""
    parts = ("\n" + markdown).split("\n## ")[1:]
    return {part.split("\n", 1)[0]: "## " + part.rstrip() + "\n" for part in parts}


def write_page(out_dir: Path, page: Path) -> Path:
    """The site's "Benchmarks" page (docs/benchmarks.md): the tables under a short intro. The
    benchmarks with results in `out_dir` replace their sections; the page's other sections stay
    as they were (a run of some benchmarks updates only theirs), and so do sections written by
    hand (a title no benchmark renders), each after the section it followed."""
    fresh = sections(render(out_dir))
    kept = sections(page.read_text()) if page.is_file() else {}
    titles = [RENDER[name][0] for name in ORDER]
    order = [t for t in titles if t in fresh or t in kept]
    before = None  # the section a hand-written one followed on the page (None: the first)
    for title in kept:
        if title not in titles:
            order.insert(order.index(before) + 1 if before in order else 0, title)
        before = title
    body = "\n".join(fresh.get(t) or kept[t] for t in order)
    intro = (
        "---\ntitle: Benchmarks\ndescription: Where htsite's time goes, against the original recipe.\n---\n\n"
        "# Benchmarks\n\n"
        "Measured by `make bench` on the machine named under each table (method and findings: "
        "`bench/README.md` in the repository). Ratios compare runs of one invocation only.\n\n"
    )
    tmp = page.with_name(f".{page.name}.tmp")
    tmp.write_text(intro + body)
    tmp.replace(page)
    return page

"""How much of the softmax a head's backward could skip: a benchmark experiment.

The vocabulary head's input gradient is (softmax − one-hot) @ W: a dense (positions × 49,152)
by (49,152 × 576) matmul, ~56 MFLOP a trained token, an eighth of the default's first-sight
step. Cut cross-entropy (Wijmans et al., 2024) skips the vocabulary columns whose probability is
below ε at every position of a block ("gradient filtering"); on a GPU in bf16, where ε = 2⁻¹²
is below the gradient's own precision, that is exact. This measures, for a model and its posts,
per block of 128 positions (the chunks `generator.loss` computes a bf16 head on): the share of
the vocabulary a filter at ε keeps, the relative error of the filtered input gradient, its
lowest per-position cosine to the exact one, and the most probability mass a position loses.

    python -m bench.headtail                        # the base model on the Obama corpus
    python -m bench.headtail --bot models/crumbshift --account site_src/accounts/crumbshift

Findings: bench/README.md, "The head's backward: the softmax's tail is too heavy to skip".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EPSILONS = (1e-3, 1e-4, 1e-5, 1e-6)


def blocks_of(tokenizer, texts: list[str], blocks: int = 4, block_size: int = 128) -> list[list[int]]:
    """The first `blocks` full training blocks of `texts`, packed as `generator.train.to_blocks`
    packs them."""
    from generator.train import to_blocks

    packed = [b for b in to_blocks(tokenizer, texts, block_size) if len(b) == block_size][:blocks]
    if len(packed) < blocks:
        raise ValueError(f"{len(texts)} posts give {len(packed)} full blocks; {blocks} needed")
    return packed


def tail_table(model, blocks: list[list[int]], epsilons=EPSILONS) -> list[dict]:
    """Per ε, the medians over `blocks` (token ids, one head block each) of: the share of the
    vocabulary a filter at ε keeps, the filtered input gradient's relative error, its lowest
    per-position cosine to the exact one, and the most probability mass a position loses."""
    import statistics

    import torch

    from generator.loss import output_head

    weight = output_head(model).weight.detach().float()
    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    rows: dict[float, list[dict]] = {eps: [] for eps in epsilons}
    with torch.no_grad():
        for ids in blocks:
            block = torch.tensor(ids)[None]
            hidden = core.get_decoder()(input_ids=block).last_hidden_state[0, :-1].float()
            p = (hidden @ weight.t()).softmax(-1)
            target_rows = weight[torch.tensor(ids[1:])]  # the one-hot's part: never filtered
            exact = p @ weight - target_rows  # d loss / d hidden, up to the mean's 1/n
            top = p.amax(0)  # a column is needed if any position puts ≥ ε on it
            for eps in epsilons:
                cols = (top >= eps).nonzero().squeeze(1)
                kept = p[:, cols]
                approx = kept @ weight[cols] - target_rows
                cosine = torch.nn.functional.cosine_similarity(approx, exact, dim=1)
                rows[eps].append(
                    {
                        "kept": len(cols) / weight.shape[0],
                        "rel_error": float((approx - exact).norm() / exact.norm()),
                        "min_cosine": float(cosine.min()),
                        "lost_mass": float((1 - kept.sum(1)).max()),
                    }
                )
    return [
        {"epsilon": eps, **{k: statistics.median(r[k] for r in rows[eps]) for k in rows[eps][0]}}
        for eps in epsilons
    ]


def main(argv: list[str] | None = None) -> None:
    from generator import basemodel

    ap = argparse.ArgumentParser(prog="python -m bench.headtail", description=__doc__.split("\n\n")[0])
    ap.add_argument("--bot", type=Path, help="a bot's model folder (default: the base model)")
    ap.add_argument("--account", type=Path, help="an export to take posts from (default: the Obama corpus)")
    ap.add_argument("--blocks", type=int, default=4)
    args = ap.parse_args(argv)
    base = basemodel.resolve("bundled:smollm2-135m")
    if args.bot:
        from generator.device import pick
        from generator.sample import load_bot_model

        model, tokenizer = load_bot_model(args.bot, base.path, pick("cpu", "float32"))
    else:
        model, tokenizer = basemodel.load(base)
    if args.account:
        from generator.curate import curate
        from generator.ingest import load_account

        texts = curate(load_account(args.account)).texts
    else:
        from bench.common import load_corpus

        corpus = load_corpus()
        if corpus is None:
            raise SystemExit("the Obama corpus is not in ../shared/corpora: pass --account")
        texts = corpus.texts
    model.eval()
    print(json.dumps(tail_table(model, blocks_of(tokenizer, texts, args.blocks)), indent=1))


if __name__ == "__main__":
    main()

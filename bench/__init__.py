"""htsite's benchmarks: training recipes, build times, scale, sampling and memory (see bench/README.md).

Run with `make bench` or `python -m bench [--smoke] [--only NAME] [--seconds N]`.
"""

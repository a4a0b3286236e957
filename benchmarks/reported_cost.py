"""What reported speech adds to the parse: CPU time per polnear-train article with and without it.

    .venv/bin/python benchmarks/reported_cost.py [--repeat N]

Each article is parsed ``--repeat`` times with reported speech and as many times without it
(``reported.find_reported`` answering nothing), the two alternating, and the least CPU time
(``time.process_time``) of each kept: other processes on a shared machine only add time, so the
least is the article's own, and alternating keeps a change of load from favouring one side.
The issue's limit: reported speech adds at most 25%. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time

from common import EVAL, read_texts
from tuiread.parser import parse
from tuiread.parser.quotes import reported

TRAIN = "polnear-train"
LIMIT = 0.25


def _cpu(text: str) -> float:
    t0 = time.process_time()
    parse(text)
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="parses of each article in each condition (default 3)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    texts = [text for _, text in read_texts(TRAIN)]
    find = reported.find_reported

    def nothing(*_args: object, **_kwargs: object) -> list[reported.Found]:
        return []

    for text in texts[:40]:
        parse(text)  # warm up: imports, compiled patterns, caches
    with_total = without_total = 0.0
    gc.disable()
    try:
        for text in texts:
            with_best = without_best = float("inf")
            for _ in range(args.repeat):
                reported.find_reported = find
                with_best = min(with_best, _cpu(text))
                reported.find_reported = nothing
                without_best = min(without_best, _cpu(text))
            with_total += with_best
            without_total += without_best
            gc.collect()
    finally:
        reported.find_reported = find
        gc.enable()
    n = len(texts)
    added = with_total / without_total - 1
    print(
        f"{TRAIN} ({n} articles, least of {args.repeat} parses each): {with_total / n * 1000:.2f} ms CPU with reported "
        f"speech, {without_total / n * 1000:.2f} ms without; reported speech adds {added:.1%} "
        f"({(with_total - without_total) / n * 1000:.2f} ms; limit {LIMIT:.0%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

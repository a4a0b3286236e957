"""What the parser moves out of clean copy: every line taken for a related link, credit or ad on
the clean PolNeAR texts, to be read one by one (each must really be page furniture).

    python benchmarks/furniture.py                         # polnear-train and polnear-dev
    python benchmarks/furniture.py --sets polnear-dev --counts

Clean copy has little furniture, so what is moved out of it is where a shape rule takes real
text. Prints each distinct line with how often it was moved and where it stood (``end``: after the
last paragraph), then the totals. Parses the texts in this process (nothing is copied into the
repository).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from common import read_texts
from tuiread.parser import parse


def moved_lines(text: str) -> list[tuple[str, str, bool]]:
    """``(kind, line, at the end)`` for every line moved out of ``text``."""
    article = parse(text)
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip()
    return [
        (kind, line, line == last)
        for kind, lines in (("related", article.related), ("credit", article.credits), ("ad", article.boilerplate))
        for line in lines
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="+", default=["polnear-train", "polnear-dev"])
    ap.add_argument("--counts", action="store_true", help="print the totals only")
    args = ap.parse_args()
    for name in args.sets:
        seen: Counter[tuple[str, str, bool]] = Counter()
        articles = 0
        for _file, text in read_texts(name):
            articles += 1
            seen.update(moved_lines(text))
        if not args.counts:
            for (kind, line, at_end), n in sorted(seen.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
                print(f"{name}  {kind:7}  {'end ' if at_end else '    '} {n:3}×  {line[:140]!r}")
        by_kind = Counter(kind for (kind, _, _), n in seen.items() for _ in range(n))
        total = sum(seen.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
        print(f"{name}: {articles} articles, {total} lines moved out ({kinds}), {len(seen)} distinct")
    return 0


if __name__ == "__main__":
    sys.exit(main())

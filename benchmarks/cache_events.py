"""Where parse time goes beyond instructions: cache misses and branch mispredictions per article,
simulated by valgrind's cachegrind, for this tree and another.

    .venv/bin/python benchmarks/cache_events.py --base /tmp/base/src [--articles N]

On a virtual machine ``perf stat`` shows no hardware counters (instructions, cycles and cache
misses are "<not supported>"), and CPU time on a shared machine moves with the load; cachegrind's
counts are the same from run to run. Each tree parses the first 30 ``polnear-train`` articles (a
warm-up: imports, compiled patterns) and then ``--articles`` more, under cachegrind, with one hash
seed; the same warm-up alone is run too, and its counts taken off, so what is left is the articles'
own. Prints one row a tree (per article: instructions, first-level instruction and data cache
misses, last-level misses, branch mispredictions) and the ratio of this tree's to the base's.
Needs ``valgrind``; about two minutes a tree for 200 articles. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import EVAL, ROOT

TRAIN = "polnear-train"
WARM_UP = 30
# cachegrind's summary lines, by the names printed here
EVENTS = {
    "instructions": "I   refs",
    "I1 misses": "I1  misses",
    "D1 misses": "D1  misses",
    "LL misses": "LL misses",
    "mispredicts": "Mispredicts",
}
# The child: parse WARM_UP articles, then N more (argv: eval file, N).
CHILD = f"""
import json, sys
from tuiread.parser import parse
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for text in texts[:{WARM_UP}]:
    parse(text)
for text in texts[{WARM_UP}:{WARM_UP} + int(sys.argv[2])]:
    parse(text)
"""


def _counts(src: Path, articles: int, script: Path) -> dict[str, int]:
    """cachegrind's totals for ``src`` parsing the warm-up and ``articles`` more."""
    # (one hash seed for every run: with random ones, set and dict orders move the counts by a few percent)
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=yes",
                "--branch-sim=yes",
                f"--cachegrind-out-file={tmp}/out",
                sys.executable,
                str(script),
                str(EVAL / f"{TRAIN}.jsonl"),
                str(articles),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    counts: dict[str, int] = {}
    for name, label in EVENTS.items():
        m = re.search(rf"{re.escape(label)}:\s+([\d,]+)", run.stderr)
        counts[name] = int(m.group(1).replace(",", "")) if m else 0
    return counts


def per_article(src: Path, articles: int, script: Path) -> dict[str, float]:
    """Each event per article of ``src``: the run with the articles less the warm-up's alone."""
    warm = _counts(src, 0, script)
    full = _counts(src, articles, script)
    return {name: (full[name] - warm[name]) / articles for name in EVENTS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the src folder of the tree to compare with")
    ap.add_argument("--articles", type=int, default=200, help="articles measured after the warm-up (default 200)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        rows = {
            "base": per_article(args.base.resolve(), args.articles, script),
            "this": per_article(ROOT / "src", args.articles, script),
        }
    print(f"{TRAIN}, per article ({args.articles} articles after {WARM_UP} of warm-up; cachegrind)")
    print(f"{'':6}" + "".join(f"{name:>15}" for name in EVENTS))
    for label, row in rows.items():
        print(f"{label:6}" + "".join(f"{row[name]:>15,.0f}" for name in EVENTS))
    ratio = {name: rows["this"][name] / rows["base"][name] if rows["base"][name] else float("nan") for name in EVENTS}
    print(f"{'ratio':6}" + "".join(f"{ratio[name]:>15.2f}" for name in EVENTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Article extraction from real web pages: word 4-gram F1/P/R and pages per second.

    .venv/bin/python benchmarks/web.py [--show-worst N] [--trafilatura]

The 91 pages of ``../shared/eval/web-dev/`` (gzipped HTML from the public
article-extraction benchmark) are written un-gzipped to a temporary folder as ``.html``
files, parsed end to end by ``tuiread parse --format jsonl`` in one subprocess (as a
user runs it), and scored by ``../shared/eval/score_web.py`` against
``web-dev-truth.json``: a page's body is its section titles and paragraphs.

``--trafilatura`` also scores trafilatura's own text for the same pages (its
``extract`` with comments left out), in this process, and prints its time per page:
the figure opening a page may not cost much more than, plus the parse.

Prints the figures; asserts nothing (tests never read the evaluation data).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import EVAL, child_environment, tuiread_command

PAGES = EVAL / "web-dev"
TRUTH = EVAL / "web-dev-truth.json"


def unpack(folder: Path) -> list[Path]:
    """Every page of web-dev as ``FOLDER/<id>.html``."""
    paths = []
    for packed in sorted(PAGES.glob("*.html.gz")):
        path = folder / packed.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(packed.read_bytes()))
        paths.append(path)
    return paths


def score(pred: Path, show_worst: int) -> str:
    command = [sys.executable, str(EVAL / "score_web.py"), "--truth", str(TRUTH), "--pred", str(pred)]
    if show_worst:
        command += ["--show-worst", str(show_worst)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def summary(scored: str) -> dict[str, str]:
    return dict(line.split(None, 1) for line in scored.splitlines() if line and not line.startswith("worst"))


def trafilatura_alone(paths: list[Path], folder: Path) -> tuple[Path, float]:
    """trafilatura's own text for each page, as JSONL records score_web reads; and its seconds."""
    from trafilatura import extract

    pred = folder / "trafilatura.jsonl"
    start = time.perf_counter()
    records = []
    for path in paths:
        text = extract(path.read_bytes(), include_comments=False) or ""
        records.append({"file": path.name, "title": None, "sections": [{"title": None, "paragraphs": [text]}]})
    seconds = time.perf_counter() - start
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return pred, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-worst", type=int, default=0, metavar="N", help="list the N pages scored worst")
    ap.add_argument("--trafilatura", action="store_true", help="score trafilatura's own text too")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tuiread-web-") as tmp:
        folder = Path(tmp)
        paths = unpack(folder)
        pred = folder / "pred.jsonl"
        start = time.perf_counter()
        with pred.open("wb") as out:
            run = subprocess.run(
                [*tuiread_command(), "parse", *map(str, paths), "--format", "jsonl"],
                stdout=out,
                stderr=subprocess.PIPE,
                env=child_environment(),
            )
        seconds = time.perf_counter() - start
        for line in run.stderr.decode("utf-8", "replace").splitlines():
            print(f"stderr | {line}")
        scored = score(pred, args.show_worst)
        figures = summary(scored)
        print(
            f"tuiread      F1 {figures['f1']}  P {figures['precision']}  R {figures['recall']}  "
            f"exact {figures['exact']}  {len(paths) / seconds:.1f} pages/s ({len(paths)} pages in {seconds:.1f} s, "
            "one `tuiread parse` process)"
        )
        for line in scored.splitlines():
            if line.startswith("worst"):
                print(line)
        if args.trafilatura:
            alone, alone_seconds = trafilatura_alone(paths, folder)
            figures = summary(score(alone, 0))
            print(
                f"trafilatura  F1 {figures['f1']}  P {figures['precision']}  R {figures['recall']}  "
                f"exact {figures['exact']}  {len(paths) / alone_seconds:.1f} pages/s (extract, in this process)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

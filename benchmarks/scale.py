"""How parsing scales: one article of 1 to 20 MB, and a folder of 5,000 articles.

    .venv/bin/python benchmarks/scale.py [--sizes 1,2,5,10,20] [--files 5000] [--no-folder] [--no-app]

Inputs are real news, read by path from ``../shared/eval`` (nothing is copied into the
repository): the articles of ``polnear-train.jsonl``, ``polnear-dev.jsonl`` and
``messy-dev.jsonl`` one after another, repeated until the size is reached, as
``benchmarks/speed.py`` builds its 2 MB article.

* One big article per size, each in a fresh Python process (a process that parsed
  the smaller sizes would still hold their memory): the wall and CPU time of the full
  `tuiread.parser.parse`, and the process's peak RSS before and after it. Memory per MB
  is the growth of the peak over the process's size before parsing.
  Growth is no worse than linear when the CPU time per MB and the memory per MB at the
  largest size are within 1.5× of those at the smallest (CPU time, not wall time: on a
  shared machine other processes stretch the wall clock, not the work done).
* A folder of ``--files`` article files: ``tuiread parse FOLDER/*.txt --format jsonl >
  /dev/null`` through the installed command, as a user runs it (the file names passed as
  a shell glob would pass them). Wall time, articles per second, and the peak total RSS
  of the command and its worker processes, sampled from /proc every 50 ms.
* Then ``benchmarks/app_latency.py``, when it is there, in its own process.

Prints tables; asserts nothing (tests never time anything).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import EVAL, ROOT, read_texts, tree_rss_mb, tuiread_command, write_folder

SETS = ("polnear-train", "polnear-dev", "messy-dev")
MB = 1024 * 1024
LINEAR_SLACK = 1.5  # within this factor per MB counts as linear (machine noise, cache effects)

# The child: build the article from the given texts, then parse it once, reporting JSON.
_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])  # benchmarks/, for common.py
from common import big_article
from tuiread.parser import parse

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux

size = int(sys.argv[1])
parse("Warm up\n\nThe mayor said “this loads the parser’s tables,” on Monday.\n")
texts = json.load(sys.stdin)
article = big_article(texts, size)
del texts
before = rss_mb()
c0, t0 = time.process_time(), time.perf_counter()
parsed = parse(article)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({
    "bytes": len(article.encode("utf-8")),
    "seconds": seconds,
    "cpu_seconds": cpu,
    "rss_before_mb": before,
    "rss_peak_mb": rss_mb(),
    "paragraphs": len(parsed.paragraphs),
    "quotes": len(parsed.quotes),
}))
"""


@dataclass(frozen=True)
class SizeRow:
    megabytes: float
    seconds: float
    cpu_seconds: float
    rss_before_mb: float
    rss_peak_mb: float
    paragraphs: int
    quotes: int

    @property
    def cpu_per_mb(self) -> float:
        return self.cpu_seconds / self.megabytes

    @property
    def growth_mb(self) -> float:
        return self.rss_peak_mb - self.rss_before_mb

    @property
    def memory_per_mb(self) -> float:
        return self.growth_mb / self.megabytes


def read_all_texts() -> list[tuple[str, str]]:
    """The articles of every set in SETS that is there."""
    return [item for name in SETS if (EVAL / f"{name}.jsonl").exists() for item in read_texts(name)]


def measure_size(megabytes: float, texts: Sequence[str]) -> SizeRow:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(int(megabytes * MB)), str(Path(__file__).resolve().parent)],
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"parsing {megabytes} MB failed:\n{proc.stderr}")
    r = json.loads(proc.stdout)
    return SizeRow(
        r["bytes"] / MB,
        r["seconds"],
        r["cpu_seconds"],
        r["rss_before_mb"],
        r["rss_peak_mb"],
        r["paragraphs"],
        r["quotes"],
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:>{w}}}" for w in widths)
    print(fmt.format(*header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt.format(*row))


def print_sizes(rows: Sequence[SizeRow]) -> None:
    _table(
        ("MB", "paragraphs", "quotes", "parse s", "CPU s", "CPU s per MB", "RSS before MB", "RSS peak MB", "MB per MB"),
        [
            (
                f"{r.megabytes:.1f}",
                str(r.paragraphs),
                str(r.quotes),
                f"{r.seconds:.2f}",
                f"{r.cpu_seconds:.2f}",
                f"{r.cpu_per_mb:.2f}",
                f"{r.rss_before_mb:.0f}",
                f"{r.rss_peak_mb:.0f}",
                f"{r.memory_per_mb:.1f}",
            )
            for r in rows
        ],
    )
    if len(rows) < 2:
        return
    small, large = rows[0], rows[-1]
    time_ratio = large.cpu_per_mb / small.cpu_per_mb
    memory_ratio = large.memory_per_mb / small.memory_per_mb if small.memory_per_mb > 0 else float("inf")
    linear = time_ratio <= LINEAR_SLACK and memory_ratio <= LINEAR_SLACK
    print(
        f"\n{large.megabytes:.0f} MB against {small.megabytes:.0f} MB: CPU time per MB ×{time_ratio:.2f}, "
        f"memory per MB ×{memory_ratio:.2f} -> "
        + ("no worse than linear" if linear else f"WORSE than linear (more than ×{LINEAR_SLACK} per MB)")
    )


def measure_folder(paths: Sequence[Path], size: int) -> None:
    cmd = [*tuiread_command(), "parse", *map(str, paths), "--format", "jsonl"]
    peak = 0.0
    with open(os.devnull, "wb") as sink:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE)
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - t0
    assert proc.stderr is not None
    errors = proc.stderr.read().decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        raise SystemExit(f"tuiread parse exited {proc.returncode}: {errors[:500]}")
    _table(
        ("articles", "MB", "seconds", "articles/s", "MB/s", "peak RSS MB (all processes)"),
        [
            (
                str(len(paths)),
                f"{size / MB:.1f}",
                f"{seconds:.1f}",
                f"{len(paths) / seconds:.0f}",
                f"{size / MB / seconds:.2f}",
                f"{peak:.0f}",
            )
        ],
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,2,5,10,20", help="article sizes in MB, comma-separated (default 1,2,5,10,20)")
    ap.add_argument("--files", type=int, default=5000, help="article files in the folder run (default 5000)")
    ap.add_argument("--no-folder", action="store_true", help="skip the folder run")
    ap.add_argument("--no-app", action="store_true", help="skip benchmarks/app_latency.py")
    args = ap.parse_args()
    try:
        sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes takes numbers of megabytes, like 1,2: {args.sizes!r}")
    articles = read_all_texts()
    if not articles:
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    texts = [text for _, text in articles]
    print(f"tuiread scale ({sys.implementation.name} {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    print(f"source: {len(articles)} articles from {', '.join(SETS)} in {EVAL}\n")

    print("One article, parsed in a fresh process per size (tuiread.parser.parse)\n")
    rows: list[SizeRow] = []
    for megabytes in sizes:
        rows.append(measure_size(megabytes, texts))
        print(f"  {megabytes:g} MB done in {rows[-1].seconds:.1f} s", file=sys.stderr, flush=True)
    print_sizes(rows)

    if not args.no_folder:
        print(f"\nA folder of {args.files} articles: tuiread parse FOLDER/*.txt --format jsonl > /dev/null\n")
        tmp = Path(tempfile.mkdtemp(prefix="tuiread-scale-"))
        try:
            paths, size = write_folder(tmp / "articles", articles, args.files)
            measure_folder(paths, size)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    app_latency = ROOT / "benchmarks" / "app_latency.py"
    if not args.no_app and app_latency.exists():
        print("\nbenchmarks/app_latency.py\n", flush=True)
        proc = subprocess.run([sys.executable, str(app_latency)], capture_output=True, text=True)
        print(proc.stdout.rstrip())
        if proc.returncode != 0:
            print(f"(app_latency.py exited {proc.returncode}: {proc.stderr.strip()[-500:]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

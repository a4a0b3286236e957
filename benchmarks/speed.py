"""Parse speed and memory on the shared evaluation articles.

    .venv/bin/python benchmarks/speed.py [--repeat N] [--files N]

Inputs, read by path from ``../shared/eval`` (nothing is copied into the repository):
the articles of ``messy-dev.jsonl`` and ``polnear-dev.jsonl``, and one ~2 MB article
made by concatenating them. Two ways of running:

* in-process: ``tuiread.parser.parse`` on each text; the best of ``--repeat`` timed
  runs, then one more run under tracemalloc for its peak (tracemalloc slows parsing,
  so it is never timed);
* end to end: ``tuiread parse FOLDER --format jsonl`` in one subprocess, as a user
  runs it, over a folder of ``--files`` article files (the dev articles repeated under
  distinct names), and over the 2 MB article as one file; its peak RSS comes from
  ``wait4`` on that process alone.

Then the figure the speed target is set in (issue 15: at most 4 ms): the CPU time
(``time.process_time``) of ``tuiread.parser.parse`` per ``polnear-train`` article on one core,
in-process, the best of ``--repeat`` runs over all of them. CPU time, not wall time: on a shared
machine other processes stretch the wall clock, not the work.

Prints a table; asserts nothing (tests never time anything).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from common import EVAL, big_article, read_texts, tuiread_command, write_folder
from tuiread.parser import parse

SETS = ("messy-dev", "polnear-dev")
TRAIN = "polnear-train"
TARGET_MS = 4.0
BIG_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    input: str
    mode: str
    articles: int
    megabytes: float
    seconds: float
    tracemalloc_mb: float | None
    maxrss_mb: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else float("inf")


def _mb(n: int | float) -> float:
    return n / (1024 * 1024)


def _maxrss_mb(kilobytes: int) -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    return kilobytes / (1024 * 1024) if sys.platform == "darwin" else kilobytes / 1024


def in_process(label: str, texts: Sequence[str], repeat: int) -> Row:
    def run() -> None:
        for text in texts:
            parse(text)

    run()  # warm up: imports, compiled regular expressions, ftfy's tables
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    gc.collect()
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = sum(len(t.encode("utf-8")) for t in texts)
    rss = _maxrss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return Row(label, "in-process", len(texts), _mb(size), best, _mb(peak), rss)


def cpu_ms_per_article(texts: Sequence[str], repeat: int) -> float:
    """CPU milliseconds per article of parsing ``texts`` on one core: the best of ``repeat`` runs."""
    for text in texts[:40]:
        parse(text)  # warm up, as in_process does
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        for text in texts:
            parse(text)
        best = min(best, time.process_time() - t0)
    return best / len(texts) * 1000


# Runs the command and reports its wall time and peak RSS. A forked child's ru_maxrss starts at
# its parent's RSS, and this process holds every article in memory: a small launcher keeps
# the figure the command's own.
_LAUNCHER = """
import os, resource, subprocess, sys, time
with open(os.devnull, "wb") as sink:
    t0 = time.perf_counter()
    code = subprocess.call(sys.argv[1:], stdout=sink)
    seconds = time.perf_counter() - t0
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
"""


def end_to_end(label: str, target: Path, articles: int, size: int) -> Row:
    """One `tuiread parse TARGET --format jsonl` process: wall time and its own peak RSS."""
    cmd = [sys.executable, "-c", _LAUNCHER, *tuiread_command(), "parse", str(target), "--format", "jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"tuiread parse exited {proc.returncode} on {target}: {proc.stderr.strip()}")
    seconds, maxrss = proc.stdout.split()
    return Row(label, "end to end", articles, _mb(size), float(seconds), None, _maxrss_mb(int(maxrss)))


def print_table(rows: Sequence[Row]) -> None:
    header = ("input", "mode", "articles", "MB", "seconds", "articles/s", "MB/s", "tracemalloc peak MB", "max RSS MB")
    lines = [
        (
            r.input,
            r.mode,
            str(r.articles),
            f"{r.megabytes:.2f}",
            f"{r.seconds:.3f}",
            f"{r.per_second:.1f}",
            f"{r.mb_per_second:.3f}",
            "-" if r.tracemalloc_mb is None else f"{r.tracemalloc_mb:.1f}",
            f"{r.maxrss_mb:.1f}",
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    fmt = "  ".join(f"{{:<{w}}}" if i < 2 else f"{{:>{w}}}" for i, w in enumerate(widths))
    print(fmt.format(*header))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt.format(*line))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed in-process runs; the best is kept (default 3)")
    ap.add_argument("--files", type=int, default=1000, help="article files in the end-to-end folder (default 1000)")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    sets = {name: read_texts(name) for name in SETS}
    everything = [text for name in SETS for _, text in sets[name]]
    big = big_article(everything, BIG_BYTES)
    rows = [in_process(name, [t for _, t in sets[name]], args.repeat) for name in SETS]
    rows.append(in_process("one 2 MB article", [big], args.repeat))
    tmp = Path(tempfile.mkdtemp(prefix="tuiread-speed-"))
    try:
        pool = [item for name in SETS for item in sets[name]]
        _paths, size = write_folder(tmp / "articles", pool, args.files)
        rows.append(end_to_end(f"{args.files} article files", tmp / "articles", args.files, size))
        big_path = tmp / "big-article.txt"
        big_path.write_text(big, encoding="utf-8")
        rows.append(end_to_end("one 2 MB article", big_path, 1, len(big.encode("utf-8"))))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"tuiread parse speed ({sys.implementation.name} {sys.version.split()[0]}, {os.cpu_count()} CPUs)\n")
    print_table(rows)
    print(
        "\nin-process: best of the timed runs; tracemalloc peak from one more run; max RSS is this process's so far."
        "\nend to end: one `tuiread parse FOLDER --format jsonl` process, start-up included; max RSS of that process."
    )
    train = [text for _, text in read_texts(TRAIN)]
    ms = cpu_ms_per_article(train, args.repeat)
    print(
        f"\n{TRAIN}: {ms:.2f} ms CPU per article per core (in-process, best of {args.repeat} runs over "
        f"{len(train)} articles; target ≤ {TARGET_MS:g} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

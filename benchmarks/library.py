"""A library of 10,000 articles: index time, re-open time, search and a person's quotes, memory.

    .venv/bin/python benchmarks/library.py [--articles 10000] [--workers N] [--keep FOLDER]

The library is built from the articles of ``../shared/eval/polnear-train.jsonl`` (840), read
by path (nothing is copied into the repository), in a temporary folder: the first copy of
each article as it is, the later ones varied as an archive varies them (a title updated or
retitled, a paragraph dropped, two swapped, figures changed, a correction appended; each
copy a different mix), so no two files are the same. Then, as the library screen and
``tuiread index`` do it (`tuiread.library.opening`):

* **index**: a new index of the whole folder, parsed in worker processes (one per core). The
  wall time; the workers' parse CPU time and this process's CPU time writing the index; and from
  them what it would take on idle cores (on a shared machine others stretch the wall time, not
  the work). Target ≤ 60 s.
* **re-open**: the index opened again and brought up to date with nothing changed (every file
  stat'ed, none read). Target ≤ 1 s.
* **search**: 200 queries (single words, two-word phrases, people's names, awkward input such
  as ``haven't`` or ``"U.S.``), each `search(library, q)` for 50 hits: p50, p95, max. Target p95 ≤ 100 ms.
* **a person's quotes**: `person_quotes(library, find_person(library, name))` for the 50 most
  quoted people and 50 others: p95, max. Target ≤ 200 ms.
* **an article's kept parse**: `library.stored_article(path)` (what the reader opens instead of
  parsing the file again) for 100 articles: p95, max; and the index's size on disk.
* **memory**: the peak resident memory of this process and its workers together, sampled every
  250 ms while indexing, and of this process alone at the end. Target ≤ 500 MB.

Figures on a shared machine are noisy: other processes stretch wall times, not the work done.
Prints a table; asserts nothing (tests never time anything).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from common import read_texts, tree_rss_mb
from tuiread.library.index import Library
from tuiread.library.opening import plan_library
from tuiread.library.people import find_person, people, person_quotes
from tuiread.library.search import search

_NUMBER = re.compile(r"\b\d+\b")
_WORD = re.compile(r"[A-Za-z][a-z]{4,}")
_AWKWARD = [
    "haven't",
    '"U.S.',
    "Jean-Pierre",
    "“we will”",
    "Clément",
    "AND OR NOT",
    "NEAR(",
    "o'brien",
    "*",
    "-",
    "e-mail",
    "Trump's",
    "‘",
    "(said)",
    "50%",
    "don’t know",
    "^title",
    "col:umn",
    "étude",
    "ÉTATS",
]


def varied(text: str, copy: int, rng: random.Random) -> str:
    """The ``copy``-th copy of an article (0: as it is), changed as an archive's copies differ."""
    if copy == 0:
        return text
    lines = text.strip().split("\n\n")
    title, body = lines[0], lines[1:]
    edits = rng.sample(["retitle", "drop", "swap", "figures", "correction", "update"], k=rng.randint(2, 4))
    if "retitle" in edits:
        title = f"{title} ({rng.choice(['updated', 'live', 'analysis', 'corrected'])} {copy})"
    if "update" in edits:
        title = f"UPDATE {copy}: {title}"
    if "drop" in edits and len(body) > 3:
        body.pop(rng.randrange(1, len(body)))
    if "swap" in edits and len(body) > 4:
        a, b = rng.sample(range(1, len(body)), 2)
        body[a], body[b] = body[b], body[a]
    if "figures" in edits and body:
        k = rng.randrange(len(body))
        body[k] = _NUMBER.sub(lambda m: str(int(m.group()) + copy), body[k])
    if "correction" in edits:
        body.append(f"Correction: an earlier version of this article (copy {copy}) misstated a date.")
    return "\n\n".join([title, *body]) + "\n"


def build_folder(folder: Path, count: int) -> int:
    """``count`` varied article files in ``folder``; their total size in bytes."""
    texts = read_texts("polnear-train")
    rng = random.Random(15)
    size = 0
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        name, text = texts[k % len(texts)]
        data = varied(text, k // len(texts), rng).encode("utf-8")
        (folder / f"{k:05d}-{Path(name).stem}.txt").write_bytes(data)
        size += len(data)
    return size


class MemoryPeak:
    """The peak resident memory of this process and its children, sampled in a thread."""

    def __init__(self) -> None:
        self.peak = 0.0
        self.cpu = 0.0  # the sampling's own CPU time (it reads all of /proc), not the indexer's
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            started = time.thread_time()
            self.peak = max(self.peak, tree_rss_mb(os.getpid()))
            self.cpu += time.thread_time() - started

    def __enter__(self) -> MemoryPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed(calls: Sequence[Callable[[], object]]) -> list[float]:
    out = []
    for call in calls:
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def queries(texts: Sequence[str], names: Sequence[str], rng: random.Random) -> list[str]:
    words = sorted({w for t in texts[:200] for w in _WORD.findall(t)})
    pairs = []
    for text in rng.sample(list(texts), 50):
        tokens = text.split()
        k = rng.randrange(max(1, len(tokens) - 1))
        pairs.append(" ".join(tokens[k : k + 2]))
    return [*rng.sample(words, 100), *pairs, *rng.sample(list(names), min(30, len(names))), *_AWKWARD]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="how many article files (default 10,000)")
    parser.add_argument("--workers", type=int, default=None, help="parse processes (default: one per core)")
    parser.add_argument("--keep", type=Path, help="build the library in this folder and keep it (and its index)")
    args = parser.parse_args(argv)

    temp = Path(tempfile.mkdtemp(prefix="tuiread-library-"))
    root = args.keep or temp
    folder, index = root / "articles", root / "library.sqlite"
    try:
        started = time.perf_counter()
        size = build_folder(folder, args.articles)
        print(f"built {args.articles:,} articles ({size / 2**20:.1f} MB) in {time.perf_counter() - started:.1f} s")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{index}{suffix}").unlink(missing_ok=True)
        plan = plan_library([str(folder)], str(index))
        workers = args.workers or len(os.sched_getaffinity(0))

        files = [str(p) for p in sorted(folder.iterdir())]
        with MemoryPeak() as memory, Library.open(index) as library:
            cpu = time.process_time()
            built = library.update(files, inputs=plan.inputs, workers=args.workers)
            writing_cpu = time.process_time() - cpu - memory.cpu
        started = time.perf_counter()
        with Library.open(index) as library:
            again = plan.update(library)
        reopen = time.perf_counter() - started

        rng = random.Random(7)
        with Library.open(index) as library:
            everyone = people(library, kind="person")
            texts = [t for _, t in read_texts("polnear-train")]
            asked = queries(texts, [p.name for p in everyone[:300]], rng)
            search_ms = timed([lambda q=q: search(library, q) for q in asked])
            chosen = [p.name for p in everyone[:50]] + [p.name for p in rng.sample(everyone[50:], 50)]
            person_ms = timed([lambda n=n: person_quotes(library, find_person(library, n)) for n in chosen])
            opened = rng.sample(files, min(100, len(files)))
            model_ms = timed([lambda f=f: library.stored_article(f) for f in opened])
            not_kept = sum(library.stored_article(f) is None for f in opened)
            articles = library.article_count()
        own_peak = _own_peak_mb()
        index_mb = sum(Path(f"{index}{s}").stat().st_size for s in ("", "-wal") if Path(f"{index}{s}").exists()) / 2**20
    finally:
        if args.keep is None:
            shutil.rmtree(temp, ignore_errors=True)

    # What the index would take on idle cores: the CPU work spread over them (the workers parse,
    # this process writes), but never less than this process's own share.
    idle = max((built.parse_seconds + writing_cpu) / workers, writing_cpu)
    rows = [
        (
            "index (new)",
            f"{built.seconds:.1f} s",
            "≤ 60 s",
            f"{built.parsed:,} parsed: parsing {built.parse_seconds:.1f} CPU-s in {workers} workers "
            f"({built.parse_seconds / max(1, built.parsed) * 1000:.1f} ms/article), writing {writing_cpu:.1f} "
            f"CPU-s here; on {workers} idle cores ≈ {idle:.0f} s",
        ),
        (
            "re-open, nothing changed",
            f"{reopen * 1000:.0f} ms",
            "≤ 1 s",
            f"{again.parsed} parsed, {again.unchanged:,} unchanged",
        ),
        (
            "search p95",
            f"{percentile(search_ms, 0.95):.0f} ms",
            "≤ 100 ms",
            f"p50 {statistics.median(search_ms):.1f} ms, max {max(search_ms):.0f} ms over {len(search_ms)} queries",
        ),
        (
            "a person's quotes p95",
            f"{percentile(person_ms, 0.95):.0f} ms",
            "≤ 200 ms",
            f"max {max(person_ms):.0f} ms over {len(person_ms)} people",
        ),
        (
            "an article's kept parse p95",
            f"{percentile(model_ms, 0.95):.0f} ms",
            "",
            f"max {max(model_ms):.0f} ms over {len(model_ms)} articles ({not_kept} without one); "
            f"the index {index_mb:.0f} MB on disk",
        ),
        ("peak memory (all processes)", f"{memory.peak:.0f} MB", "≤ 500 MB", f"this process alone {own_peak:.0f} MB"),
    ]
    print(f"\n{articles:,} articles indexed, {len(everyone):,} people\n")
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)))
    return 0


def _own_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())

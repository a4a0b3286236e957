"""Where reported speech's reading goes: each cue word read on polnear-train, and what came of it.

    .venv/bin/python benchmarks/reported_reads.py [--articles N]

Each article is parsed once with `reported._read_cue` (the reading of one cue word) and the subject
searches it calls wrapped, and each read is put in one class: its item listed (in what
`reported.find_reported` answers), an item found but not listed (dropped by its sentence or by the
kinds' filter), no item with a subject looked for (the costly part was done), or no item before any
subject search. Prints reads and CPU time (``time.process_time``, the wrappers' own cost included)
per class, the subject searches' share, and the CPU of finding the items and of resolving their
speakers per article. For issue 16's question "which reads end in nothing, and what would have said
so cheaply". Asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from common import EVAL, read_texts
from tuiread.parser import parse
from tuiread.parser import quotes as quotes_stage
from tuiread.parser.quotes import cues, reported

TRAIN = "polnear-train"
# The subject searches `_read_cue` may call (module, name).
SUBJECT_SEARCHES = (
    (reported, "_short_subject"),
    (reported, "_plain_subject"),
    (reported, "_subject_before_aside"),
    (reported, "_whole_subject"),
    (reported, "_opening_subject"),
    (cues, "_subject_before"),
    (cues, "_sentence_subject"),
)
CLASSES = ("listed", "item, not listed", "no item, subject sought", "no item, none sought")


class Tally:
    """The reads of one article and the CPU they and their subject searches took."""

    def __init__(self) -> None:
        self.reads: list[tuple[float, Any, bool]] = []  # (CPU, what the read gave, a subject sought)
        self.depth = 0  # inside a read (a subject search elsewhere is not counted)
        self.sought = False
        self.subject_cpu = 0.0
        self.listed: set[tuple[int, int, int]] = set()
        self.cpu: Counter[str] = Counter()


def _timed(tally: Tally, key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        out = fn(*args, **kwargs)
        tally.cpu[key] += time.process_time() - t0
        return out

    return run


def _wrap(tally: Tally) -> None:
    read_cue, find = reported._read_cue, reported.find_reported

    def read(*args: Any, **kwargs: Any) -> Any:
        tally.depth += 1
        tally.sought = False
        t0 = time.process_time()
        try:
            out = read_cue(*args, **kwargs)
        finally:
            tally.depth -= 1
        tally.reads.append((time.process_time() - t0, out, tally.sought))
        return out

    def found(*args: Any, **kwargs: Any) -> Any:
        out = find(*args, **kwargs)
        tally.listed.update((f.start, f.end, f.cue.cue_start) for f in out)
        return out

    def search(fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            if not tally.depth:
                return fn(*args, **kwargs)
            tally.sought = True
            t0 = time.process_time()
            out = fn(*args, **kwargs)
            tally.subject_cpu += time.process_time() - t0
            return out

        return run

    reported._read_cue = read
    quotes_stage.reported_speech.find_reported = _timed(tally, "find_reported", found)
    quotes_stage._reported = _timed(tally, "resolving speakers", quotes_stage._reported)
    for module, name in SUBJECT_SEARCHES:
        setattr(module, name, search(getattr(module, name)))


def _class(out: Any, sought: bool, listed: set[tuple[int, int, int]]) -> str:
    if out is not None:
        return CLASSES[0] if (out[0], out[1], out[2].cue_start) in listed else CLASSES[1]
    return CLASSES[2] if sought else CLASSES[3]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=0, help="the first N articles only (default: all)")
    limit = ap.parse_args().articles
    if not EVAL.is_dir():
        sys.exit(f"no evaluation data at {EVAL}")
    texts = [text for _, text in read_texts(TRAIN)][: limit or None]
    for text in texts[:30]:
        parse(text)  # warm up: imports, compiled patterns, caches
    tally = Tally()
    _wrap(tally)
    reads: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    gc.disable()
    try:
        for text in texts:
            first = len(tally.reads)
            tally.listed.clear()
            parse(text)
            for spent, out, sought in tally.reads[first:]:
                kind = _class(out, sought, tally.listed)
                reads[kind] += 1
                cpu[kind] += spent
    finally:
        gc.enable()
    n, total = len(texts), sum(cpu.values())
    print(f"{TRAIN}: {n} articles, {sum(reads.values())} cue words read, {total / n * 1000:.2f} ms CPU an article")
    for kind in CLASSES:
        print(f"  {kind:26} {reads[kind]:6} reads  {cpu[kind] / total:6.1%} of their CPU")
    print(f"  subject searches: {tally.subject_cpu / total:.1%} of the reads' CPU")
    # What a test that knew, free, which reads list nothing could save at most.
    print(f"  reads listing nothing: {(total - cpu[CLASSES[0]]) / n * 1000:.2f} ms an article (at most saved)")
    for key, spent in tally.cpu.items():
        print(f"{key}: {spent / n * 1000:.2f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Parse time and memory on inputs that are not prose, at growing sizes: does every stage stay linear?

    python benchmarks/shapes.py                     # every shape at 50, 100, 200, 400 KB (1.6 MB: the cheap ones)
    python benchmarks/shapes.py --shapes qa,nested  # only the shapes whose name holds one of these
    python benchmarks/shapes.py --sizes 100,200 --no-big

The shapes are built by ``tests/adversarial/inputshapes.py`` (lyrics, Q&A transcripts, cues in
other languages, every quotation-mark style as openers only, closers only, alternating, nested and
with no spaces, tag lists, testimonials, mojibake and entity-encoded marks, full-width text, a
page's script, JSON, CSV, tables, heading-like lines, many short lines, a roster of people of one
surname, a run of pronouns) next to news prose.

Each measurement runs in a fresh forked process: what ``tuiread parse FILE --format jsonl`` does
(decode the bytes, parse, write the JSON line, here to the null device), timed as the best of up
to thirty runs (one for a slow parse; for a quick one at least three and a second and a half in
all). Its peak memory is the growth of the process's peak resident set over what it held before
(``/proc/self/status``, peak reset through ``/proc/self/clear_refs``; Linux only, else not shown),
after a small parse of the same shape has warmed it up.

Printed per shape: the time at each size, the growth when the size doubles (×2 is linear), the
growth of the peak resident set per MB of input at the largest size (a forked child: what the
parse itself took), and the peak resident set of a real ``tuiread parse FILE --format jsonl`` on
the shape at 4 MB (``--memory-size``), as the command has it, interpreter included: the measure
the issue that asked for this used. Both with their ratio to news prose's. The last lines say
whether every growth is within ×2.5, every 400 KB input under 5 s, and every shape's command
peak within 3× of prose's at the same size; the exit status is 1 if not.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "adversarial"))

from inputshapes import BY_NAME, SHAPES

from common import tuiread_command

KB = 1000
RUNS = 30
SIZES = (50 * KB, 100 * KB, 200 * KB, 400 * KB)
BIG = 1600 * KB
# A 400 KB parse under this (seconds) also runs at 1.6 MB.
CHEAP = 1.0
TIMEOUT = 120.0
MAX_GROWTH = 2.5
MAX_SECONDS_400KB = 5.0
MAX_MEMORY_RATIO = 3.0


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _parse_and_write(data: bytes, sink: TextIO) -> None:
    """What ``tuiread parse FILE --format jsonl`` does with the file's bytes."""
    from tuiread.json_record import record_pieces
    from tuiread.parser import parse_bytes

    for piece in record_pieces(parse_bytes(data, "shape.txt")):
        sink.write(piece)
    sink.write("\n")


def _measure(name: str, size: int, results: mp.Queue) -> None:
    # Imported before the measure, as the command has them by the time it parses.
    import tuiread.json_record
    import tuiread.parser  # noqa: F401

    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (the child's whole life)
    # A small parse first: it compiles what is compiled on first use and touches the modules'
    # pages this forked child shares with its parent (each page it writes to becomes its own and
    # would count as memory the measured parse took).
    _parse_and_write(BY_NAME[name].build(20_000).encode("utf-8"), sink)
    data = BY_NAME[name].build(size).encode("utf-8")
    gc.collect()
    before = _status_kb("VmRSS")
    peak_known = _reset_peak() and before is not None
    best = math.inf
    peak: float | None = None
    spent = 0.0
    for run in range(RUNS):
        start = time.perf_counter()
        _parse_and_write(data, sink)
        elapsed = time.perf_counter() - start
        if run == 0 and peak_known:
            high = _status_kb("VmHWM")
            peak = (high - before) / 1024 if high is not None and before is not None else None
        best = min(best, elapsed)
        spent += elapsed
        if best > 0.5 or (run >= 2 and spent > 1.5):
            break  # a slow parse once; a quick one until it has had a second and a half of runs
    results.put((best, peak, len(data)))


def measure(name: str, size: int) -> tuple[float, float | None, int] | None:
    """(seconds, peak MB, bytes) of one shape at one size, or None when it ran past TIMEOUT."""
    ctx = mp.get_context("fork")
    results: mp.Queue = ctx.Queue()
    child = ctx.Process(target=_measure, args=(name, size, results))
    child.start()
    child.join(TIMEOUT)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return results.get(timeout=5) if child.exitcode == 0 else None


def command_peak_rss(name: str, size: int, folder: Path) -> float | None:
    """The peak resident set (MB) of ``tuiread parse FILE --format jsonl`` on the shape at ``size``,
    as the command has it: interpreter and imports included (None where the system does not say)."""
    path = folder / "shape.txt"
    path.write_text(BY_NAME[name].build(size), encoding="utf-8")
    child = subprocess.Popen(
        [*tuiread_command(), "parse", str(path), "--format", "jsonl"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _, status, usage = os.wait4(child.pid, 0)
    except (AttributeError, ChildProcessError):
        child.wait()
        return None
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024 if child.returncode == 0 else None


def _size_label(size: int) -> str:
    return f"{size / 1000 / 1000:g} MB" if size >= 1000 * KB else f"{size // KB} KB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shapes", default="", help="comma-separated parts of shape names (default: all)")
    ap.add_argument("--sizes", default=",".join(str(s // KB) for s in SIZES), help="sizes in KB")
    ap.add_argument("--no-big", action="store_true", help="skip the 1.6 MB run of the cheap shapes")
    ap.add_argument("--memory-size", type=int, default=4000, help="KB for the command's peak memory (0: not measured)")
    args = ap.parse_args()
    memory_size = args.memory_size * KB
    wanted = [w for w in args.shapes.split(",") if w]
    shapes = [s for s in SHAPES if not wanted or any(w in s.name for w in wanted)]
    if wanted and not any(s.name == "prose" for s in shapes):
        shapes.insert(0, BY_NAME["prose"])  # the reference for memory
    sizes = [int(s) * KB for s in args.sizes.split(",")]

    head = "".join(f"{_size_label(s):>9}" for s in sizes) + f"{_size_label(BIG):>9}"
    print("tuiread parse on shapes of input (best of up to 30 runs, seconds; growth per doubling of size)\n")
    memory_head = f"RSS at {_size_label(memory_size)}" if memory_size else ""
    memory_cols = f"{'+MB/MB':>7} {'× prose':>8}   {memory_head:>13} {'× prose':>8}"
    print(f"{'shape':<26}{head}   {'growth per doubling':<28} {memory_cols}")
    failures: list[str] = []
    prose_per_mb: float | None = None
    prose_rss: float | None = None
    scratch = Path(tempfile.mkdtemp(prefix="tuiread-shapes-"))
    for shape in shapes:
        times: list[tuple[int, float]] = []
        peak: tuple[float, int] | None = None
        cells: list[str] = []
        for size in [*sizes, BIG]:
            if size == BIG and (args.no_big or not times or times[-1][1] > CHEAP or times[-1][0] != 400 * KB):
                cells.append(f"{'':>9}")
                continue
            got = measure(shape.name, size)
            if got is None:
                cells.append(f"{'>' + format(TIMEOUT, 'g') + ' s':>9}")
                failures.append(f"{shape.name}: over {TIMEOUT:g} s at {_size_label(size)}")
                break
            seconds, peak_mb, nbytes = got
            times.append((size, seconds))
            if peak_mb is not None:
                peak = (peak_mb, nbytes)  # the largest size measured
            cells.append(f"{seconds:9.3f}")
            if size == 400 * KB and seconds > MAX_SECONDS_400KB:
                failures.append(f"{shape.name}: {seconds:.1f} s at 400 KB")
        growths = []
        for (s1, t1), (s2, t2) in itertools.pairwise(times):
            doublings = math.log2(s2 / s1)
            growth = (t2 / t1) ** (1 / doublings) if t1 > 0 else 0.0
            growths.append(growth)
            if growth > MAX_GROWTH:
                failures.append(f"{shape.name}: ×{growth:.2f} from {_size_label(s1)} to {_size_label(s2)}")
        per_mb = ratio = ""
        if peak is not None:
            mb_per_mb = max(peak[0], 0.0) / (peak[1] / 1e6)
            if shape.name == "prose":
                prose_per_mb = mb_per_mb
            per_mb = f"{mb_per_mb:.1f}"
            if prose_per_mb:
                ratio = f"{mb_per_mb / prose_per_mb:.2f}"
        rss_cell = rss_ratio = ""
        rss = command_peak_rss(shape.name, memory_size, scratch) if memory_size and times else None
        if rss is not None:
            if shape.name == "prose":
                prose_rss = rss
            rss_cell = f"{rss:.0f} MB"
            if prose_rss:
                r = rss / prose_rss
                rss_ratio = f"{r:.2f}"
                if r > MAX_MEMORY_RATIO:
                    failures.append(f"{shape.name}: {rss:.0f} MB at {_size_label(memory_size)}, {r:.1f}× prose's")
        growth_text = " ".join(f"×{g:.2f}" for g in growths)
        memory_cells = f"{per_mb:>7} {ratio:>8}   {rss_cell:>13} {rss_ratio:>8}"
        print(f"{shape.name:<26}{''.join(cells)}   {growth_text:<28} {memory_cells}", flush=True)
    shutil.rmtree(scratch, ignore_errors=True)

    print()
    print(
        f"limits: growth ≤ ×{MAX_GROWTH} per doubling, 400 KB under {MAX_SECONDS_400KB:g} s, "
        f"the command's peak memory within {MAX_MEMORY_RATIO:g}× of prose's at the same size"
    )
    if failures:
        print("over the limits:")
        for f in failures:
            print(f"  {f}")
        return 1
    print("every shape within the limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())

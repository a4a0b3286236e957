"""Time to first paint: tuiread on the founding sample and on a 2 MB article, next to a bare Textual app.

Each run is a fresh Python process (imports included, as for a user), the app
running headless at 160×48. "Painted" is measured the same way for every app:
the moment a refresh has gone through after the content is in place
(``call_after_refresh``): for the bare app, its one ``Static`` mounted; for
tuiread, the parsed article shown in every pane. tuiread's first frame (the
loading indicator, before the parse is done) is reported too. Peak memory is
the process's maximum resident set (``ru_maxrss``).

    python benchmarks/first_paint.py [--runs 5] [--megabytes 2]

Aims (from the issue): the sample within 1.3× of the bare app; the 2 MB
article under 2 s. The figures are medians over the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "nato-russia-dialogue.txt"
SIZE = (160, 48)


# ---------------------------------------------------------------------------- the child process


def child(case: str, path: str | None) -> None:
    """Run one app until painted; print JSON with the in-process and wall-clock times."""
    started = time.perf_counter()
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.perf_counter() - started)
        marks.setdefault(f"{name}_wall", time.time())

    if case == "breakdown":
        # Where tuiread's start-up goes: imports, then the parse of the article (the app's worker does it).
        t0 = time.perf_counter()
        import textual.app  # noqa: F401

        t1 = time.perf_counter()
        import tuiread.parser

        t2 = time.perf_counter()
        import tuiread.app.app
        import tuiread.app.screens.main

        t3 = time.perf_counter()
        assert path is not None
        tuiread.parser.parse_path(path)
        t4 = time.perf_counter()
        print(json.dumps({"textual": t1 - t0, "parser_import": t2 - t1, "app_import": t3 - t2, "parse": t4 - t3}))
        return
    if case == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Static

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Static("Hello")

            def on_mount(self) -> None:
                self.call_after_refresh(self.painted)

            def painted(self) -> None:
                mark("painted")
                self.exit()

        app: App[None] = Bare()
    else:
        # As `tuiread ARTICLE` starts (tuiread.app.launch.run_app): read the input, start the parse
        # process, then import the interface while it parses ("thread": no process, as on one core).
        from tuiread.app.source import ArticleSource
        from tuiread.parser.load import load_path

        assert path is not None
        source = ArticleSource(loaded=load_path(path))
        if case == "tuiread":
            source.start_parse_process()
        from tuiread.app.app import TuireadApp

        class Timed(TuireadApp):
            def on_mount(self) -> None:
                # Textual calls TuireadApp.on_mount as well (handlers run for each class).
                self.call_after_refresh(lambda: mark("first_frame"))

        no_settings = Path(tempfile.gettempdir()) / "tuiread-benchmark-no-settings.json"
        app = Timed(source, settings_path=no_settings, remember=False)

        def shown(article: object) -> None:
            mark("text_painted")  # a long article's text comes before its quotes
            mark("painted")
            app.exit()

        app.text_callbacks.append(lambda article: mark("text_painted"))
        # A long article shows a preview of its start first (the whole text follows).
        app.preview_callbacks.append(lambda article: mark("preview_painted"))
        app.ready_callbacks.append(shown)
    app.run(headless=True, size=SIZE)
    import resource

    marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(marks))


# ---------------------------------------------------------------------------- the parent


def long_article(megabytes: float) -> Path:
    """A long article: the founding sample's paragraphs, again and again, under numbered headings."""
    body = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    parts = [body[0], ""]
    total, n = 0, 0
    while total < megabytes * 1_000_000:
        n += 1
        chunk = f"Part {n} of the long story\n\n" + "\n\n".join(body[2:])
        parts.append(chunk)
        total += len(chunk.encode("utf-8"))
    fd, name = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(parts))
    return Path(name)


def child_environment() -> dict[str, str]:
    """As a user runs it: byte-code cached (pip compiles on install; a warm-up run writes the cache here)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TEXTUAL_ANIMATIONS"] = "none"
    return env


def measure(case: str, path: Path | None, runs: int) -> dict[str, float]:
    results: list[dict[str, float]] = []
    command = [sys.executable, __file__, "--child", case, str(path or "")]
    subprocess.run(command, capture_output=True, check=True, env=child_environment())  # warm-up, not timed
    for _ in range(runs):
        spawned = time.time()
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=child_environment())
        marks = json.loads(out.stdout.strip().splitlines()[-1])
        marks["painted_from_spawn"] = marks["painted_wall"] - spawned
        if "text_painted_wall" in marks:
            marks["text_from_spawn"] = marks["text_painted_wall"] - spawned
        if "preview_painted_wall" in marks:
            marks["preview_from_spawn"] = marks["preview_painted_wall"] - spawned
        if "first_frame_wall" in marks:
            marks["first_frame_from_spawn"] = marks["first_frame_wall"] - spawned
        results.append(marks)
    keys = [k for k in results[0] if not k.endswith("_wall")]
    return {k: statistics.median(r[k] for r in results) for k in keys}


def measure_breakdown(path: Path, runs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", "breakdown", str(path)]
    results = []
    for _ in range(max(runs // 2, 1)):
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=child_environment())
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--child", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1] or None)
        return
    big = long_article(args.megabytes)
    try:
        parts = {name: measure_breakdown(path, args.runs) for name, path in (("sample", SAMPLE), ("big", big))}
        rows = [
            ("bare Textual app (one Static)", measure("bare", None, args.runs)),
            ("tuiread, founding sample", measure("tuiread", SAMPLE, args.runs)),
            (f"tuiread, {big.stat().st_size / 1e6:.1f} MB article", measure("tuiread", big, args.runs)),
            # The same without the parse process, as on a one-core machine: what the process saves.
            ("  sample, parse in a thread", measure("thread", SAMPLE, args.runs)),
            (f"  {args.megabytes:g} MB, parse in a thread", measure("thread", big, args.runs)),
        ]
    finally:
        big.unlink()
    bare = rows[0][1]
    print(f"First paint at {SIZE[0]}×{SIZE[1]}, headless, median of {args.runs} fresh processes")
    print("  painted: the article's whole text on screen, from the process's spawn; all panes: quotes too;")
    print("  start shown: a long article's first screens, parsed on their own while the rest is parsed")
    header = f"{'':34} {'start shown':>11} {'painted':>9} {'× bare':>7} {'all panes':>10} {'first frame':>12}"
    print(f"{header} {'peak RSS':>9}")
    for name, r in rows:
        first = f"{r['first_frame']:.3f} s" if "first_frame" in r else "-"
        start = f"{r['preview_from_spawn']:.3f} s" if "preview_from_spawn" in r else "-"
        text = r.get("text_from_spawn", r["painted_from_spawn"])
        ratio = text / bare["painted_from_spawn"]
        print(
            f"{name:34} {start:>11} {text:7.3f} s {ratio:6.2f}× {r['painted_from_spawn']:8.3f} s {first:>12} "
            f"{r['peak_rss_mb']:6.0f} MB"
        )
    print()
    print("Where the time goes (median, same runs' machine): imports, and the parse the app's worker runs")
    sample, large = parts["sample"], parts["big"]
    print(
        f"  import textual.app {sample['textual']:.3f} s · import tuiread.parser {sample['parser_import']:.3f} s · "
        f"import the app's modules {sample['app_import']:.3f} s"
    )
    print(f"  parse: founding sample {sample['parse']:.3f} s · {args.megabytes:g} MB article {large['parse']:.3f} s")
    sample_ratio = rows[1][1].get("text_from_spawn", rows[1][1]["painted_from_spawn"]) / bare["painted_from_spawn"]
    big_time = rows[2][1].get("text_from_spawn", rows[2][1]["painted_from_spawn"])
    print()
    print(f"sample within 1.3× of the bare app: {'yes' if sample_ratio <= 1.3 else 'no'} ({sample_ratio:.2f}×)")
    print(f"2 MB article's whole text under 2 s: {'yes' if big_time < 2 else 'no'} ({big_time:.2f} s)")
    if "preview_from_spawn" in rows[2][1]:
        start = rows[2][1]["preview_from_spawn"]
        print(f"2 MB article's start readable under 2 s: {'yes' if start < 2 else 'no'} ({start:.2f} s)")


if __name__ == "__main__":
    main()

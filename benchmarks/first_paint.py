"""Time to first paint: tuiread on the founding sample and on a 2 MB article, next to a bare Textual app.

Each run is a fresh Python process (imports included, as for a user), the app
running headless at 160×48, started as `tuiread ARTICLE` starts it (the input
read, the parse process started, then the interface imported, with the style
cache an earlier start wrote; one row shows a first start without it). "First paint" is
measured the same way for every app: the moment Textual hands the terminal the
first frame rendered after the content is in place — the bare app's one
``Static``, the article for tuiread (for a long article, its first screens: the
rest is still being parsed). Also: the whole text on screen, every pane filled (the
quotes too) and the app idle, and peak memory (the process's maximum resident
set, and the parse process's). The cases run interleaved, so a busy moment on
the machine lands on all of them.

    python benchmarks/first_paint.py [--runs 5] [--megabytes 2]

Aims (from the issue): the sample within 1.3× of the bare app; the 2 MB
article under 2 s. The figures are medians over the runs.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import ROOT, child_environment

SAMPLE = ROOT / "samples" / "nato-russia-dialogue.txt"
SIZE = (160, 48)


# ---------------------------------------------------------------------------- the child process


def child(case: str, path: str | None) -> None:
    """Run one app until every pane is filled; print JSON with the wall-clock times of each mark."""
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.time())

    if case != "bare":
        # As `tuiread ARTICLE` starts (tuiread.cli, then tuiread.app.launch.run_app): read the input,
        # then what launch.start_loading does before anything imports Textual (the parse process
        # started, so the parse runs while the interface loads; "thread": no process, as on one core).
        import tuiread.cli  # noqa: F401 - the command line's own imports come first in a real start
        from tuiread.app.launch import start_loading
        from tuiread.parser.load import load_path

        assert path is not None
        source = start_loading(load_path(path), parse_process=case in ("tuiread", "first"))

    from textual.app import App

    class FirstPaint(App[None]):
        """Marks "first_paint" at the first frame handed to the terminal once the content is in place."""

        def content_in_place(self) -> bool:
            raise NotImplementedError

        def keys_in_place(self) -> bool:
            return False

        def _display(self, screen: Any, renderable: Any) -> None:
            # Frames are rendered here, on the app's thread, from the widgets as they are now: the first
            # one after the content was put in place holds it. (Textual's private hook, overridden
            # here rather than through tuiread.app.compat.watch_frames: the bare app's baseline must
            # not import tuiread.)
            if renderable is not None and "first_paint" not in marks and self.content_in_place():
                marks["first_paint"] = time.time()
                marks["first_paint_cpu_s"] = time.process_time()  # this process's CPU time (no parse process)
            if renderable is not None and "footer_keys" not in marks and self.keys_in_place():
                marks["footer_keys"] = time.time()
            super()._display(screen, renderable)

    if case == "bare":
        from textual.app import ComposeResult
        from textual.widgets import Static

        class Bare(FirstPaint):
            def compose(self) -> ComposeResult:
                yield Static("Hello")

            def content_in_place(self) -> bool:
                return bool(self.screen.query(Static))

            def on_mount(self) -> None:
                self.call_after_refresh(self.settled)

            def settled(self) -> None:
                mark("settled")
                self.exit()

        app: App[None] = Bare()
    else:
        from tuiread.app import style_cache
        from tuiread.app.app import TuireadApp
        from tuiread.app.compat import FooterKey

        class Timed(TuireadApp, FirstPaint):
            def content_in_place(self) -> bool:
                return getattr(self.screen, "article", None) is not None  # the main screen shows an article

            def keys_in_place(self) -> bool:
                # Textual's Footer builds its keys once the screen's bindings are known: a frame later.
                return bool(self.screen.query(FooterKey))

        no_settings = Path(tempfile.gettempdir()) / "tuiread-benchmark-no-settings.json"
        # As the real program: the stylesheet parsed at an earlier start ("first": none, as at a first start).
        cache = None if case == "first" else style_cache.default_path()
        app = Timed(source, settings_path=no_settings, remember=False, style_cache=cache)

        def ready(article: object) -> None:
            mark("whole_text")  # a long article's text comes before its quotes
            mark("settled")
            exit_once_keys_shown()

        def exit_once_keys_shown() -> None:
            if "footer_keys" in marks or time.time() - marks["settled"] > 5:
                app.exit()
            else:
                app.set_timer(0.005, exit_once_keys_shown)

        app.text_callbacks.append(lambda article: mark("whole_text"))
        app.ready_callbacks.append(ready)
    app.run(headless=True, size=SIZE)
    import resource

    marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The parse process, ended and waited for when the app closed.
    marks["parse_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
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


def web_page(megabytes: float) -> Path:
    """A saved web page of that size: the same paragraphs as ``long_article``, as HTML."""
    text = long_article(megabytes)
    try:
        blocks = text.read_text(encoding="utf-8").split("\n\n")
    finally:
        text.unlink()
    body = "".join(
        f"<h2>{html.escape(b)}</h2>" if b.startswith("Part ") else f"<p>{html.escape(b)}</p>" for b in blocks[1:]
    )
    title = html.escape(blocks[0])
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    fd, name = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(page)
    return Path(name)


def run_once(case: str, path: Path | None) -> dict[str, float]:
    """One fresh process; each mark as seconds from the moment it was spawned."""
    command = [sys.executable, __file__, "--child", case, str(path or "")]
    spawned = time.time()
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=child_environment())
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: (v - spawned if not k.endswith(("_mb", "_s")) else v) for k, v in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--page-megabytes", type=float, default=1.0, help="the saved web page's size")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1] or None)
        return
    big = long_article(args.megabytes)
    page = web_page(args.page_megabytes)
    cases = [
        ("bare Textual app (one Static)", "bare", None),
        ("tuiread, founding sample", "tuiread", SAMPLE),
        (f"tuiread, {big.stat().st_size / 1e6:.1f} MB article", "tuiread", big),
        (f"tuiread, {page.stat().st_size / 1e6:.1f} MB web page", "tuiread", page),
        # A first start ever: Textual parses the stylesheet (later starts read it from the style cache).
        ("  sample, first start", "first", SAMPLE),
        # The same without the parse process, as on a one-core machine: what the process saves.
        ("  sample, parse in a thread", "thread", SAMPLE),
        (f"  {args.megabytes:g} MB, parse in a thread", "thread", big),
    ]
    results: dict[str, list[dict[str, float]]] = {name: [] for name, *_ in cases}
    try:
        for _, case, path in cases:
            run_once(case, path)  # warm-up (byte-code cache, page cache, style cache), not counted
        for _ in range(args.runs):
            for name, case, path in cases:
                results[name].append(run_once(case, path))
    finally:
        big.unlink()
        page.unlink()

    def median(name: str, key: str) -> float | None:
        values = [r[key] for r in results[name] if key in r]
        return statistics.median(values) if values else None

    bare = median(cases[0][0], "first_paint")
    assert bare is not None
    print(f"First paint at {SIZE[0]}×{SIZE[1]}, headless, median of {args.runs} fresh processes (seconds from spawn)")
    print("  first paint: the first frame handed to the terminal with the content in it (tuiread: the article)")
    print("  keys: the footer's keys in place (Textual's Footer adds them once the screen's bindings are known)")
    print("  whole text: a long article's whole text in place; all panes: its quotes too, and the app idle")
    print("  app CPU: the app process's CPU time at its first paint (the parse process not counted)")
    header = f"{'':34} {'first paint':>11} {'× bare':>7} {'keys':>8} {'whole text':>11} {'all panes':>10}"
    print(f"{header} {'app CPU':>9} {'peak RSS':>9} {'parse RSS':>10}")
    for name, case, *_ in cases:
        first, settled = median(name, "first_paint"), median(name, "settled")
        whole = median(name, "whole_text") if case != "bare" else None
        keys = median(name, "footer_keys") if case != "bare" else None
        parse_rss = median(name, "parse_rss_mb") if case in ("tuiread", "first") else None
        print(
            f"{name:34} {first:9.3f} s {first / bare:6.2f}× {f'{keys:.3f} s' if keys is not None else '-':>8} "
            f"{f'{whole:.3f} s' if whole is not None else '-':>11} {settled:8.3f} s "
            f"{median(name, 'first_paint_cpu_s'):7.3f} s {median(name, 'peak_rss_mb'):6.0f} MB "
            f"{f'{parse_rss:.0f} MB' if parse_rss else '-':>10}"
        )
    sample_first = median(cases[1][0], "first_paint")
    big_first, big_whole = median(cases[2][0], "first_paint"), median(cases[2][0], "whole_text")
    assert sample_first is not None and big_first is not None and big_whole is not None
    print()
    ratio, size = sample_first / bare, f"{args.megabytes:g} MB"
    # Each round's own ratio too: the machine's pace drifts between rounds, and a round runs both apps.
    paired = zip(results[cases[1][0]], results[cases[0][0]], strict=True)
    rounds = [sample["first_paint"] / bare_run["first_paint"] for sample, bare_run in paired]
    spread = statistics.quantiles(rounds, n=4) if len(rounds) > 1 else [rounds[0]] * 3
    print(
        f"sample within 1.3× of the bare app: {'yes' if ratio <= 1.3 else 'no'} ({ratio:.2f}×; round by round"
        f" median {statistics.median(rounds):.2f}×, middle half {spread[0]:.2f}–{spread[2]:.2f}×)"
    )
    print(f"{size} article's first paint under 2 s: {'yes' if big_first < 2 else 'no'} ({big_first:.2f} s)")
    print(f"{size} article's whole text under 2 s: {'yes' if big_whole < 2 else 'no'} ({big_whole:.2f} s)")
    page_first = median(cases[3][0], "first_paint")
    assert page_first is not None
    print(
        f"{args.page_megabytes:g} MB web page's text under 2 s: {'yes' if page_first < 2 else 'no'}"
        f" ({page_first:.2f} s)"
    )


if __name__ == "__main__":
    main()

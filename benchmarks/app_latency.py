"""Keypress latency in the app: the founding sample, a 2 MB and a 20 MB article, scrolled and jumped through.

Each size runs in a fresh Python process, the app headless at 160×48 under
``App.run_test()``. As in ``first_paint.py``, a moment is "painted" when a
refresh has gone through after it (``call_after_refresh``); the screen's
compositor renders every refresh in headless mode too, so the time includes
drawing the lines, only not writing them to a terminal. A keypress's latency
is the time from the key event reaching the app (as the terminal driver sends
it) to the refresh after every message it caused was handled.

The big articles are real news: the PolNeAR training articles in
``../shared/eval`` one after another, each under its title as a heading,
until the size is reached.

While a big article is still being parsed (in the parse process, as `tuiread
ARTICLE` runs it), keys are timed too:
the help screen opening and closing, the main screen answering.

    python benchmarks/app_latency.py [--sizes sample,2,20] [--presses 30]
    python benchmarks/app_latency.py --sizes '' --library 3000   # the library screen while it indexes

With ``--library N`` the library screen opens on N articles made from the PolNeAR
training articles (as ``benchmarks/library.py`` makes them) and, while it indexes
them in worker processes, keys move through the lists, switch views, filter, sort, search, and
open an article and a person's quotes (escape back).

The aim: every action's p95 under 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import EVAL, ROOT, child_environment, read_texts
from tuiread.app import compat

SAMPLE = ROOT / "samples" / "nato-russia-dialogue.txt"
TRAIN = "polnear-train"  # the big articles are made of these
SIZE = (160, 48)
AIM_MS = 100.0
UNTIL_TIMEOUT_S = 20.0  # a key's result that takes longer is a failure, not a figure
CHARACTERS = {"slash": "/", "question_mark": "?", "space": " ", "enter": "\r", "escape": "\x1b"}


# ---------------------------------------------------------------------------- the child process


class KeyTimer:
    """Times keys pressed in a running app, each to the screen update after it (see the module's note)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.timings: dict[str, list[float]] = {}
        # The interface thread's CPU time over the same span: what the key cost the app itself,
        # which other processes on a shared machine do not stretch (the wall time is what counts).
        self.cpu: dict[str, list[float]] = {}

    async def refreshed(self) -> None:
        done = asyncio.Event()
        self.app.call_after_refresh(done.set)
        await done.wait()

    async def settled(self, pilot: Any) -> None:
        """Every message the key caused is handled (a pane's message to the screen, the screen's to the panes)."""
        app = self.app
        for _ in range(20):
            await compat.wait_for_screen(pilot)
            if not any(compat.messages_pending(node) for node in [app, *app.screen.walk_children(with_self=True)]):
                return

    async def timed(self, pilot: Any, label: str, key: str, until: Callable[[], bool] | None = None) -> None:
        """Press ``key``; the time to the refresh after it was handled is one sample of ``label``.

        The key goes in as the driver sends it. Not ``pilot.press``: it waits for the process to look
        idle in 20 ms steps (60 ms on a bare app), and with a parse thread busy it waits a second.
        ``until``: what the key brings about in a worker (a search's hits, an article's text) is
        there too, before the refresh that shows it.
        """
        from textual import events

        event = events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None))
        event.set_sender(self.app)
        t0, cpu0 = time.perf_counter(), time.thread_time()
        compat.send_as_terminal(self.app, event)
        await self.settled(pilot)
        waited_until = time.monotonic() + UNTIL_TIMEOUT_S
        while until is not None and not until():
            if time.monotonic() > waited_until:
                raise SystemExit(
                    f"{label}: what {key!r} brings about never came in {UNTIL_TIMEOUT_S:.0f} s"
                    f" (on {self.app.screen!r}, focus on {self.app.focused!r})"
                )
            await asyncio.sleep(0.002)
            await self.settled(pilot)
        await self.refreshed()
        self.timings.setdefault(label, []).append((time.perf_counter() - t0) * 1000)
        self.cpu.setdefault(label, []).append((time.thread_time() - cpu0) * 1000)
        await asyncio.sleep(0.01)  # keys a person types are apart; the next one does not queue behind this one


async def run_child(path: str, presses: int) -> dict[str, object]:

    from tuiread.app import style_cache
    from tuiread.app.app import TuireadApp
    from tuiread.app.launch import start_loading
    from tuiread.app.screens.main import MainScreen
    from tuiread.parser.load import load_path

    loaded = load_path(path)
    no_settings = Path(tempfile.gettempdir()) / "tuiread-benchmark-no-settings.json"
    started = time.perf_counter()
    marks: dict[str, float] = {}
    text_event = asyncio.Event()
    ready_event = asyncio.Event()

    def mark(name: str, event: asyncio.Event) -> Callable[[object], None]:
        def done(_article: object) -> None:
            marks.setdefault(name, time.perf_counter() - started)
            event.set()

        return done

    source = start_loading(loaded)  # as `tuiread ARTICLE` does: the parse runs in another process
    # The style cache as the real program has it (written by an earlier start: a warm-up's or the last run's).
    app = TuireadApp(source, settings_path=no_settings, remember=False, style_cache=style_cache.default_path())
    app.animation_level = "none"
    app.text_callbacks.append(mark("text", text_event))
    app.ready_callbacks.append(mark("ready", ready_event))
    keys = KeyTimer(app)
    timed = keys.timed

    async with app.run_test(size=SIZE) as pilot:
        # While the parse runs: the keys a waiting user presses.
        while not text_event.is_set():
            await timed(pilot, "help while loading (?, escape)", "question_mark")
            await timed(pilot, "help while loading (?, escape)", "escape")
            await asyncio.sleep(0.2)
        await text_event.wait()
        await ready_event.wait()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.article is not None
        article = screen.article
        for _ in range(presses):
            await timed(pilot, "j (next paragraph)", "j")
        for _ in range(presses):
            await timed(pilot, "k (previous paragraph)", "k")
        for _ in range(presses):
            await timed(pilot, "pagedown", "pagedown")
        for _ in range(presses):
            await timed(pilot, "pageup", "pageup")
        for _ in range(max(presses // 3, 3)):
            await timed(pilot, "End / Home", "end")
            await timed(pilot, "End / Home", "home")
        for _ in range(presses):
            await timed(pilot, "n (next quote)", "n")
        # Outline jumps: down a section, enter.
        await pilot.press("1")
        step = max(len(article.sections) // presses, 1)
        for _ in range(presses):
            for _ in range(step - 1):
                await pilot.press("j")
            await timed(pilot, "outline j", "j")
            await timed(pilot, "outline enter (jump)", "enter")
        await timed(pilot, "outline G", "G")
        # The quotes list: down a quote, enter.
        await pilot.press("3")
        for _ in range(presses):
            await timed(pilot, "quotes j", "j")
            await timed(pilot, "quotes enter (jump)", "enter")
        await pilot.press("2")
        # Search as you type (each letter searches the whole text), then n through the matches.
        await timed(pilot, "/ (open search)", "slash")
        for letter in "president":
            await timed(pilot, "search, each letter typed", letter)
        await timed(pilot, "search enter", "enter")
        for _ in range(presses):
            await timed(pilot, "n (next match)", "n")
        await timed(pilot, "escape (clear search)", "escape")
        await timed(pilot, "? (help)", "question_mark")
        await timed(pilot, "escape (close help)", "escape")
        lines = screen.text_view.text_layout.line_count
        quotes = len(article.quotes)
        sections = len(article.sections)
    import resource

    return {
        "chars": len(loaded.text),
        "lines": lines,
        "quotes": quotes,
        "sections": sections,
        "text_s": marks["text"],
        "ready_s": marks["ready"],
        "timings": keys.timings,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


async def run_library_child(count: int, presses: int) -> dict[str, object]:
    """The library screen on ``count`` articles while it indexes them (in worker processes, as
    `tuiread FOLDER` does): moving in the lists, switching views, filtering, sorting, searching,
    opening an article and a person's quotes and coming back, all timed."""
    from library import build_folder
    from tuiread.app import style_cache
    from tuiread.app.app import TuireadApp
    from tuiread.app.screens.library import ARTICLE_ORDERS, LibraryScreen
    from tuiread.app.screens.main import MainScreen
    from tuiread.app.screens.person_quotes import PersonQuotesScreen
    from tuiread.library.opening import plan_library

    work = Path(tempfile.mkdtemp(prefix="tuiread-latency-library-"))
    build_folder(work / "articles", count)
    plan = plan_library([str(work / "articles")], str(work / "index.sqlite"))
    no_settings = Path(tempfile.gettempdir()) / "tuiread-benchmark-no-settings.json"
    app = TuireadApp(library=plan, settings_path=no_settings, export_dir=work, style_cache=style_cache.default_path())
    app.animation_level = "none"
    keys = KeyTimer(app)
    rounds = 0
    switch = "2 / 1 (people / articles)"
    screen: Any = None

    def hits_shown() -> bool:
        return bool(screen.hits_query == screen.query_text)

    def reading() -> bool:
        return isinstance(app.screen, MainScreen) and app.screen.article is not None

    def back() -> bool:
        return app.screen is screen

    def quotes_listed() -> bool:
        # (the screen shows at once; the quotes come from a worker: timed until they are listed)
        return isinstance(app.screen, PersonQuotesScreen) and app.screen.loaded

    # (what is timed, the keys: each a key, or a key and what it brings about in a worker)
    opening_a_row = ("enter (an article: to its text shown)", "escape (from an article)")
    needs_a_row = {*opening_a_row, "enter, escape (a person's quotes)"}
    round_of_keys: list[tuple[str, list[str | tuple[str, Callable[[], bool]]]]] = [
        ("j / k (articles)", list("jjjjk")),
        ("G / g (articles)", ["G", "g"]),
        (switch, ["2"]),
        ("j / k (people)", list("jjk")),
        (switch, ["1"]),
        ("f, letters, escape (filter)", ["f", *"tru", "escape"]),
        ("s (sort articles)", ["s"] * len(ARTICLE_ORDERS)),  # round the orders, back to the first
        ("/, letters, escape (search field)", ["slash", *"said"]),
        ("enter (search: to its hits shown)", [("enter", hits_shown)]),
        ("/, letters, escape (search field)", ["escape"]),
        (opening_a_row[0], [("enter", reading)]),
        (opening_a_row[1], [("escape", back)]),
        (switch, ["2"]),
        ("enter, escape (a person's quotes)", [("enter", quotes_listed), ("escape", back)]),
        (switch, ["1"]),
    ]
    async with app.run_test(size=SIZE) as pilot:
        while not (isinstance(app.screen, LibraryScreen) and app.screen.indexing):
            await asyncio.sleep(0.01)
        screen = app.screen
        # Until the first update is done (coming back from an article checks the files again: a
        # second, short update, which is not the one measured).
        first = None
        while first is None and rounds < presses:
            rounds += 1
            for label, pressed in round_of_keys:
                if label in needs_a_row and screen.table.row_count == 0:
                    continue  # nothing written yet to open (the list fills when the keys rest)
                for key in pressed:
                    key, until = key if isinstance(key, tuple) else (key, None)
                    await keys.timed(pilot, label, key, until)
                    first = first or screen.report
            await asyncio.sleep(0.6)  # a pause longer than the list waits for (keys first): it fills
        indexed_while = first is None
        while screen.report is None:
            await asyncio.sleep(0.1)
        report = first or screen.report
    import resource
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return {
        "articles": count,
        "rounds": rounds,
        "all_while_indexing": indexed_while,
        "index_s": report.seconds,
        "timings": keys.timings,
        "cpu": keys.cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# ---------------------------------------------------------------------------- the parent


def long_article(megabytes: float) -> Path:
    """Real news articles one after another, each under its title as a ``##`` heading."""
    if not (EVAL / f"{TRAIN}.jsonl").exists():
        raise SystemExit(f"needs {EVAL / f'{TRAIN}.jsonl'} (the evaluation data) for the big articles")
    articles = [text for _name, text in read_texts(TRAIN)]
    parts = [articles[0].partition("\n")[0].strip(), ""]
    total, i = 0, 0
    while total < megabytes * 1_000_000:
        title, _, body = articles[i % len(articles)].partition("\n")
        chunk = f"## {title.strip()}\n\n{body.strip()}\n"
        parts.append(chunk)
        total += len(chunk.encode("utf-8"))
        i += 1
    fd, name = tempfile.mkstemp(suffix=".txt", prefix="tuiread-latency-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
    return Path(name)


# The first sample of these is the first article (person) opened: (what it is, the action's label).
FIRST_OPENS = (
    ("article", "enter (an article: to its text shown)"),
    ("a person's quotes", "enter, escape (a person's quotes)"),
)


def measure(path: Path | None, presses: int, library: int = 0) -> dict[str, object]:
    what = ["--library-child", str(library)] if library else ["--child", str(path)]
    command = [sys.executable, __file__, *what, "--presses", str(presses)]
    out = subprocess.run(command, capture_output=True, text=True, env=child_environment())
    if out.returncode:
        raise SystemExit(f"child failed on {path or f'a library of {library}'}:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(round(p * (len(ordered) - 1)), len(ordered) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="sample,2,20", help="comma-separated: 'sample' or megabytes")
    parser.add_argument("--presses", type=int, default=30)
    parser.add_argument(
        "--library",
        type=int,
        default=0,
        metavar="N",
        help="also the library screen on N articles (made from polnear-train) while it indexes them",
    )
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--library-child", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(run_child(args.child, args.presses))))
        return
    if args.library_child:
        print(json.dumps(asyncio.run(run_library_child(args.library_child, args.presses))))
        return
    results: list[tuple[str, dict[str, object]]] = []
    for size in filter(None, args.sizes.split(",")):
        if size == "sample":
            results.append(("founding sample", measure(SAMPLE, args.presses)))
            continue
        path = long_article(float(size))
        try:
            results.append((f"{path.stat().st_size / 1e6:.1f} MB article", measure(path, args.presses)))
        finally:
            path.unlink()
    print(f"Keypress to screen update at {SIZE[0]}×{SIZE[1]}, headless (App.run_test), one fresh process per size")
    print(f"  aim: p95 under {AIM_MS:.0f} ms for every action")
    worst: list[tuple[float, str, str]] = []
    if args.library:
        name = f"library of {args.library:,} articles, while indexing"
        results.append((name, measure(None, args.presses, args.library)))
    for name, r in results:
        print()
        if "articles" in r:
            print(
                f"{name}: indexed in {r['index_s']:.1f} s, {r['rounds']} rounds of keys"
                f"{'' if r['all_while_indexing'] else ' (the index was done before the last round)'} · "
                f"peak RSS of the app {r['peak_rss_mb']:.0f} MB"
            )
        else:
            print(
                f"{name}: {r['chars']:,} characters, {r['lines']:,} display lines, {r['sections']:,} sections, "
                f"{r['quotes']:,} quotes"
            )
            print(
                f"  text painted {r['text_s']:.2f} s · all panes ready {r['ready_s']:.2f} s · "
                f"peak RSS {r['peak_rss_mb']:.0f} MB"
            )
        cpu: dict[str, list[float]] = r.get("cpu", {})  # type: ignore[assignment]
        print(f"  {'action':38} {'n':>4} {'median':>9} {'p95':>9} {'max':>9}" + ("  UI-thread CPU p95" if cpu else ""))
        timings: dict[str, list[float]] = r["timings"]  # type: ignore[assignment]
        for action, values in timings.items():
            p95 = percentile(values, 0.95)
            spent = f"  {percentile(cpu[action], 0.95):9.1f} ms" if action in cpu else ""
            print(
                f"  {action:38} {len(values):4} {statistics.median(values):6.1f} ms {p95:6.1f} ms "
                f"{max(values):6.1f} ms{spent}"
            )
            worst.append((p95, name, action))
        firsts = [f"{what} {timings[label][0]:.1f} ms" for what, label in FIRST_OPENS if timings.get(label)]
        if firsts and cpu:
            cpus = [f"{cpu[label][0]:.1f}" for _what, label in FIRST_OPENS if cpu.get(label)]
            # The first of each builds nothing when the library built the screen ahead (screens.kept).
            print(f"  first opened: {' · '.join(firsts)} (UI-thread CPU {' and '.join(cpus)} ms)")
    print()
    p95, name, action = max(worst)
    verdict = "yes" if p95 < AIM_MS else "no"
    print(f"every action's p95 under {AIM_MS:.0f} ms: {verdict} (worst: {action} on the {name}, {p95:.1f} ms)")


if __name__ == "__main__":
    main()

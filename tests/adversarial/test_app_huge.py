"""A long article in the app (a few MB, built from the repository's samples): it loads, scrolls and jumps.

No timing is asserted here (``benchmarks/app_latency.py`` measures that); these
tests check that every way of moving through a long article lands where it
should and that keys are answered while the article is still being parsed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tuiread.app.app import TuireadApp
from tuiread.app.compat import notifications
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.screens.help import HelpScreen
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource
from tuiread.app.widgets import quotes as quotes_widget
from tuiread.app.widgets.quotes import FIRST_BATCH
from tuiread.parser.load import LoadedText

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
WIDE = (160, 48)
NARROW = (80, 24)
LAST_WORDS = "The closing zebrafinch paragraph ends the long article."


def long_article(folder: Path, size: int = 2_000_000) -> Path:
    """Every sample's body, again and again, each under a numbered heading; a last paragraph to find."""
    bodies = []
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        bodies.append(text.partition("\n\n")[2].strip())
    parts = ["A very long article made of the samples", ""]
    total, n = 0, 0
    while total < size:
        body = bodies[n % len(bodies)]
        n += 1
        parts.append(f"## Part {n} of the long article\n\n{body}\n")
        total += len(body) + 40
    parts.append(f"## The end\n\n{LAST_WORDS}\n")
    path = folder / "long.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


async def wait_until(pilot: Pilot[None], done: Callable[[], bool], what: str) -> None:
    """Poll until ``done`` (a guard of two minutes against a hang, not a timing assertion)."""
    for _ in range(1200):
        if done():
            return
        await pilot.pause(0.1)
    raise AssertionError(f"never happened: {what}")


def on_screen(screen: MainScreen, words: str) -> bool:
    return " ".join(words.split()) in " ".join(screen.text_view.visible_text().split())


async def test_keys_are_answered_while_a_long_article_loads(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    release = threading.Event()

    class SlowSource(ArticleSource):
        def read(self) -> LoadedText:
            release.wait(60)  # the file "takes a long time" to read until the test has pressed its keys
            return super().read()

    # Long enough for the text to come before the quotes; how long the load takes is the test's to say.
    app = open_app(SlowSource(long_article(tmp_path, 120_000)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_until(pilot, lambda: screen.query_one("#panes").loading, "the loading indicator")
        assert "Loading" in screen.status.text
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("j", "G", "n", "slash", "e", "1", "enter", "3", "enter")  # nothing to act on yet
        assert app.is_running and app.screen is screen
        release.set()
        await wait_until(pilot, lambda: app.article is not None, "the article")
        await pilot.pause()
        assert on_screen(screen, "A very long article made of the samples")
        await pilot.press("q")
        await wait_until(pilot, lambda: not app.is_running, "q to quit")


async def test_a_long_article_scrolls_and_jumps(
    tmp_path: Path, open_app: Callable[..., TuireadApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 120 KB: long enough for every move to cross a thousand lines and the quotes list to fill in
    # batches, short enough to keep the suite quick (benchmarks/app_latency.py opens 20 MB).
    # The later batches in one: the filling is test_the_quotes_list_fills_in_only_while_no_key_is_pressed's;
    # a frame after each small batch was a quarter of this test's time.
    monkeypatch.setattr(quotes_widget, "BATCH_BUDGET", 60.0)
    app = open_app(ArticleSource(long_article(tmp_path, 120_000)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.article is not None, "the article")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        article = screen.article
        assert article is not None and len(article.text) > 100_000
        view = screen.text_view
        last = len(article.paragraphs) - 1
        assert view.text_layout.line_count > 1_000

        # Scrolling: j/k by paragraph, a page, half a page, the end and the start.
        await pilot.press("j", "j", "j")
        assert view.cursor == 3
        await pilot.press("k")
        assert view.cursor == 2
        top = view.scroll_y
        await pilot.press("pagedown", "pagedown")
        assert view.scroll_y > top
        assert view.text_layout.paragraph_lines(view.cursor)[1] >= view.scroll_y  # the cursor stays on screen
        await pilot.press("ctrl+d", "ctrl+u", "pageup")
        await pilot.press("G")
        assert view.cursor == last and on_screen(screen, LAST_WORDS)
        await pilot.press("home")
        assert view.cursor == 0 and view.scroll_y == 0
        await pilot.press("end")
        assert view.cursor == last

        # The outline: its last entry, then one in the middle, shown in the text.
        await pilot.press("1", "G", "enter")
        assert on_screen(screen, "The end") and view.marks.target is not None
        await pilot.press("g", "ctrl+d", "ctrl+d", "j", "enter")
        entry = screen.outline.highlighted_target
        assert entry is not None and entry.kind == "section"
        heading = article.sections[entry.index].heading
        assert heading is not None and view.marks.target == heading
        assert on_screen(screen, article.text[heading.start : heading.end])

        # The quotes: the last one in the list, then n and N walk on from it in the text.
        # The list fills in batches while no key is pressed: a reader's pause lets it finish.
        await wait_until(pilot, lambda: screen.quote_list.complete, "every quote listed")
        await pilot.press("3", "G", "enter")
        quote = article.quotes[-1]
        assert view.marks.target is not None and view.marks.target.start <= quote.start
        assert on_screen(screen, quote.text.split()[0])
        await pilot.press("2", "n")
        target = view.marks.target
        assert target is not None and target.start <= article.quotes[0].start  # wrapped to the first
        await pilot.press("N")
        assert on_screen(screen, article.quotes[-1].text.split()[0])

        # Search: every match counted, the one at the very end found and shown.
        await pilot.press("g", "slash", *"zebrafinch", "enter")
        assert "/zebrafinch: 1/1" in screen.status.text
        assert on_screen(screen, LAST_WORDS)
        await pilot.press("escape", "g", "slash", *"the", "enter")
        assert view.match_count > 1000
        first = view.match_index
        await pilot.press("n", "n", "N")
        assert view.match_index == first + 1
        await pilot.press("escape")

        # The narrow layout and back: the reading place is kept.
        await pilot.press("G")
        await pilot.resize_terminal(*NARROW)
        assert on_screen(screen, LAST_WORDS)
        await pilot.resize_terminal(*WIDE)
        assert on_screen(screen, LAST_WORDS)

        # Export the whole long article: the preview is cut, the dialog opens and closes.
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert "more characters" in str(dialog.query_one("#export-preview-text").render())
        await pilot.press("escape")
        assert app.screen is screen and app.is_running


async def test_the_quotes_list_fills_in_only_while_no_key_is_pressed(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    # A key just pressed holds the filling back (it must not wait behind a batch of quotes); once
    # the keys pause, the list fills in. "Just pressed" is pinned far ahead to make this exact.
    # 80 KB: a few hundred quotes and reported speech, several batches past the first.
    app = open_app(ArticleSource(long_article(tmp_path, 80_000)))
    async with app.run_test(size=WIDE) as pilot:
        app.last_input = float("inf")
        await wait_until(pilot, lambda: app.article is not None, "the article")
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.article is not None
        assert len(screen.article.quotes) + len(screen.article.reported) > 2 * FIRST_BATCH
        listed = screen.quote_list.option_count
        await pilot.pause(0.5)
        assert not screen.quote_list.complete and screen.quote_list.option_count == listed
        app.last_input = 0.0
        await wait_until(pilot, lambda: screen.quote_list.complete, "every quote listed once the keys pause")


async def test_the_garbage_collector_is_given_back_as_it_was(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    # While it runs, the app freezes the article out of the collector and makes full collections
    # rarer (a long article's keys are not held up); after it, a process that goes on (a test run,
    # a program embedding the app) gets its collector back: nothing frozen, thresholds as they were.
    import gc

    before = gc.get_threshold()
    app = open_app(ArticleSource(long_article(tmp_path, 50_000)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.article is not None, "the article")
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[2] > before[2]
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


async def test_a_start_gets_the_collector_back_after_its_first_frame(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    # `tuiread ARTICLE` pauses the cyclic collector while the interface loads (launch.start_loading);
    # left off, a session's cyclic garbage would pile up for as long as it runs.
    import gc

    from tuiread.app.launch import start_loading
    from tuiread.parser.load import load_path

    try:
        source = start_loading(load_path(long_article(tmp_path, 50_000)), parse_process=False)
        assert not gc.isenabled()
        app = open_app(source)
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            for _ in range(50):  # a few frames at most (5 s: a guard, not a timing)
                if gc.isenabled():
                    break
                await pilot.pause(0.1)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0  # what the start made, out of the collector's sight
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


@pytest.mark.usefixtures("short_stages")
async def test_export_while_only_the_start_is_in_says_so_and_then_exports_all(
    tmp_path: Path, open_app: Callable[..., TuireadApp]
) -> None:
    """e then enter while "Reading the rest of the article…" showed wrote the 40 KB preview as the
    whole article. Now it says the article is still being read and writes nothing; chosen paragraphs
    (whole already) export; once all of it is in, the export has the last words too."""
    from tuiread.parser import stages as staged

    release = threading.Event()

    class HeldSource(ArticleSource):
        def stages(self):  # type: ignore[no-untyped-def]
            for stage in staged.parse_in_stages(self.read()):
                if stage.kind != "preview":
                    release.wait(60)  # the rest of the article "takes long" until the test has tried
                yield stage

    out = tmp_path / "out"
    app = open_app(HeldSource(long_article(tmp_path, 60_000)))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_until(pilot, lambda: "Reading the rest" in screen.status.text, "the preview of the start")
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is screen, "no dialog for an export that would be cut short"
        assert any("Still reading the article" in str(n.message) for n in notifications(app))
        await pilot.press("enter")
        assert not list(out.glob("*.md"))
        # A paragraph chosen in the preview is whole: it exports.
        await pilot.press("space", "e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(list(out.glob("*.md"))) == 1, "the paragraph's export")
        next(out.glob("*.md")).unlink()
        await pilot.press("escape")
        release.set()
        await wait_until(pilot, lambda: app.article is not None, "the whole article")
        await pilot.pause()
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await pilot.press("enter")
        await wait_until(pilot, lambda: len(list(out.glob("*.md"))) == 1, "the whole export")
        assert LAST_WORDS in next(out.glob("*.md")).read_text(encoding="utf-8")

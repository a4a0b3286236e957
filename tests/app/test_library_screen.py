"""The library screen: a folder of articles, the people quoted in them, search, and back again."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from apphelpers import ROOT, SHARED_STYLES, TIMEOUT, WIDE, wait_for
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tuiread.app.app import TuireadApp
from tuiread.app.compat import compositor
from tuiread.app.dialogs.correct import CorrectQuote
from tuiread.app.screens.library import LibraryScreen, state_path
from tuiread.app.screens.main import MainScreen
from tuiread.app.screens.person_quotes import PersonQuotesScreen
from tuiread.app.widgets.library_tables import QuoteTable
from tuiread.app.widgets.row_table import Rows
from tuiread.library.opening import plan_library

SAMPLES = ROOT / "samples"


def library_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    return folder


def make_library_app(tmp_path: Path, folder: Path) -> TuireadApp:
    plan = plan_library([str(folder)], str(tmp_path / "index" / "library.sqlite"))
    (tmp_path / "out").mkdir(exist_ok=True)
    app = TuireadApp(
        library=plan, settings_path=tmp_path / "settings.json", export_dir=tmp_path / "out", style_cache=SHARED_STYLES
    )
    app.animation_level = "none"
    return app


async def indexed(pilot: Pilot[None]) -> LibraryScreen:
    """Wait until the library is indexed and its lists are filled; the library screen."""
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    await wait_for(pilot, lambda: screen.report is not None, "indexing")
    return screen


def cells(table: Rows | QuoteTable, column: int) -> list[str]:
    return [str(table.get_row_at(row)[column]) for row in range(table.row_count)]


def showing(screen: LibraryScreen, rows: Rows) -> bool:
    """Whether the screen's list shows ``rows`` and has the keys."""
    return screen.table.shown is rows and screen.table.has_focus


async def test_a_folder_opens_as_a_library_of_its_articles_and_the_people_in_them(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        titles = cells(screen.lists["articles"], 0)
        assert len(titles) == len(list(SAMPLES.glob("*.txt")))
        assert "despite “major differences”, the dialogue remains open" in titles
        await pilot.press("2")
        people = screen.lists["people"]
        assert showing(screen, people)
        names = cells(people, 0)
        sherman = names.index("Wendy Sherman")
        assert cells(people, 3)[sherman] == "2"  # quotes
        assert cells(people, 4)[sherman] == "1"  # articles
        # Sorting by name, then filtering, keeps the list readable.
        await pilot.press("s")
        assert screen.people_order == "name"
        assert cells(people, 0) == sorted(cells(people, 0), key=str.casefold)
        await pilot.press("f")
        await pilot.press(*"sherman")
        await wait_for(pilot, lambda: cells(people, 0) == ["Wendy Sherman"], "the filter")
        # A filter that keeps nobody: moving and opening in the empty list do nothing (Textual
        # sends a highlight with no row for k there, which once ended the app).
        await pilot.press(*"zzz", "enter")
        await wait_for(pilot, lambda: people.row_count == 0 and showing(screen, people), "the empty list")
        await pilot.press("k", "up", "enter", "j", "G", "g", "1", "k", "enter")
        assert app.screen is screen and app.return_code is None


async def test_search_jumps_into_the_article_and_escape_comes_back(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        await pilot.press("slash")
        await wait_for(pilot, lambda: screen.query_one("#library-query", Input).has_focus, "the search field")
        await pilot.press(*"Sherman", "enter")
        hits = screen.lists["results"]
        await wait_for(pilot, lambda: hits.row_count >= 2 and showing(screen, hits), "the hits")
        assert all(title.startswith("despite “major differences”") for title in cells(hits, 0))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen) and app.article is not None, "the article")
        reader = app.screen
        assert isinstance(reader, MainScreen)
        # The quote found is in hand and shown.
        await wait_for(pilot, lambda: reader.quote_list.highlighted_quote is not None, "the quote in hand")
        quote = reader.article.quotes[reader.quote_list.highlighted_quote]  # type: ignore[union-attr, index]
        assert quote.speaker == "Wendy Sherman"
        # The reader gives that quote to someone else: back in the library, the people index says so.
        await pilot.press("3", "c")
        await wait_for(pilot, lambda: isinstance(app.screen, CorrectQuote), "the correction dialog")
        await pilot.press(*"Sergei Ryabkov", "enter")
        await wait_for(pilot, lambda: app.screen is reader, "the dialog to close")
        assert reader.article is not None and "Sergei Ryabkov" in [q.speaker for q in reader.article.quotes]
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, "back in the library")
        assert screen.view == "results" and hits.row_count >= 2  # where the reader was
        await wait_for(pilot, lambda: "Sergei Ryabkov" in [p.name for p in screen.people_list], "the correction")
        await pilot.press("2")
        sherman = cells(screen.lists["people"], 0).index("Wendy Sherman")
        assert cells(screen.lists["people"], 3)[sherman] == "1"  # quotes: the other one is Ryabkov's now


async def test_a_persons_quotes_across_the_library_open_and_export_as_markdown(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        await pilot.press("2", "f", *"Wendy", "enter")
        people = screen.lists["people"]
        await wait_for(pilot, lambda: cells(people, 0) == ["Wendy Sherman"], "the filter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PersonQuotesScreen), "her quotes")
        await wait_for(pilot, lambda: app.screen.loaded, "her quotes read")  # type: ignore[attr-defined]
        quotes = app.screen.query_one(QuoteTable)
        assert [q.split("”")[0].lstrip("“") for q in cells(quotes, 2)] == [
            "I haven’t heard anything new",
            "Some Russian requests are not even questionable",
        ]
        await pilot.press("e")
        exported = tmp_path / "out" / "wendy-sherman-quotes.md"
        await wait_for(pilot, exported.exists, "the export")
        text = exported.read_text(encoding="utf-8")
        assert text.startswith("# Quotes by Wendy Sherman\n")
        assert "## despite “major differences”, the dialogue remains open" in text
        assert "> “I haven’t heard anything new”" in text and "Source: " in text
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, "back in the library")


async def test_the_library_remembers_its_view_sort_and_filter(tmp_path: Path) -> None:
    folder = library_folder(tmp_path)
    app = make_library_app(tmp_path, folder)
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        await pilot.press("2", "s", "f", *"Tom", "enter")
        await wait_for(pilot, lambda: screen.filter_text == "Tom", "the filter")
    assert state_path(screen.plan.index).exists()
    again = make_library_app(tmp_path, folder)
    async with again.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        assert (screen.view, screen.people_order, screen.filter_text) == ("people", "name", "Tom")
        assert all("tom" in name.casefold() for name in cells(screen.lists["people"], 0))


async def test_opening_an_article_remembers_its_row_before_the_library_closes(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        await pilot.press("G")
        row = screen.lists["articles"].highlighted_key
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.article is not None, "it")
        path = state_path(screen.plan.index)

        def remembered() -> object:
            return path.exists() and json.loads(path.read_text(encoding="utf-8"))["article"] == row

        # Written as the article opens (in a thread): a crash while reading still comes back to this row.
        await wait_for(pilot, remembered, "the row written down")


async def test_titles_and_names_from_articles_are_text_not_markup(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "markup.txt").write_text(
        "[b]Harbour[/b] vote [red]today[/]\n\n"
        "The council met on Monday to vote on the harbour plan after a long debate.\n\n"
        "“We will not sign anything until the families have been heard,” said Councilman Greg [i]Pavlik.\n",
        encoding="utf-8",
    )
    app = make_library_app(tmp_path, folder)
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        assert cells(screen.lists["articles"], 0) == ["[b]Harbour[/b] vote [red]today[/]"]


async def test_a_library_big_enough_for_worker_processes_indexes_from_the_screen(tmp_path: Path) -> None:
    """Inside the app, standard error is Textual's print capture (file number -1), which
    multiprocessing's helper process could not be started with: the pool failed, nothing indexed."""
    from tuiread.library.work import PARALLEL_FROM

    folder = tmp_path / "articles"
    folder.mkdir()
    founding = (SAMPLES / "nato-russia-dialogue.txt").read_text(encoding="utf-8")
    count = PARALLEL_FROM + 2
    for n in range(count):
        (folder / f"story-{n:02d}.txt").write_text(f"Story number {n}\n\n" + founding.split("\n\n", 2)[2])
    app = make_library_app(tmp_path, folder)
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        assert screen.report is not None and screen.report.parsed == count
        assert screen.lists["articles"].row_count == count


async def test_switching_views_keeps_each_lists_row_and_a_filter_typed_without_a_pause_counts_whole(
    tmp_path: Path,
) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        articles, people = screen.lists["articles"], screen.lists["people"]
        await pilot.press("j", "j")
        article = articles.highlighted_key
        await pilot.press("2", "j")
        person = people.highlighted_key
        await pilot.press("1")
        assert showing(screen, articles) and articles.highlighted_key == article
        await pilot.press("2")
        assert showing(screen, people) and people.highlighted_key == person
        # Letters typed faster than the filter's pause, then escape at once: every letter counts.
        await pilot.press("1", "f", *"despite", "escape")
        assert screen.filter_text == "despite"
        assert cells(articles, 0) == ["despite “major differences”, the dialogue remains open"]
        await pilot.press("2", "1")
        assert screen.filter_text == "despite" and articles.row_count == 1
        # Any case finds it, and escape in the list clears the filter.
        await pilot.press("f", *"DESPITE", "enter")
        await wait_for(pilot, lambda: articles.row_count == 1, "the filter in capitals")
        await pilot.press("escape")
        assert screen.filter_text == "" and articles.row_count == len(list(SAMPLES.glob("*.txt")))


async def test_the_footer_shows_the_fields_keys_while_it_is_open_and_the_lists_keys_after(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))

    def footer() -> str:
        return [strip.text for strip in compositor(app.screen).render_strips()][-1]

    async with app.run_test(size=WIDE) as pilot:
        await indexed(pilot)
        await pilot.pause()
        built = footer()  # as the footer was made when the screen opened
        palette = built[built.rindex("▏") :]
        assert "Filter" in built and "Open" in built and palette.strip() == "▏ctrl+p palette"
        for opened in ("f", "slash"):
            await pilot.press(opened)
            await wait_for(pilot, lambda: "Filter" not in footer(), "the field's keys")
            # The letters go to the field: its keys are fewer, the palette's key where it was.
            assert "Search" in footer() and "Open" not in footer()
            assert footer().endswith(palette)
            await pilot.press("escape")
            await wait_for(pilot, lambda: footer() == built, "the lists' keys again")


def status_line(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-status", Static).render())


def stoltenbergs(screen: LibraryScreen) -> bool:
    """Whether every hit listed is Stoltenberg's or about him."""
    return bool(screen.hits) and all("Stoltenberg" in hit.snippet + (hit.speaker or "") for hit in screen.hits)


async def test_a_search_answers_when_ready_and_a_newer_search_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search runs in a worker: the screen answers keys meanwhile, the hits show when they come,
    and a search overtaken by a newer one never shows its hits, however late they come."""
    from tuiread.app.screens import library as library_screen

    real_search = library_screen.search
    release, slow_done = threading.Event(), threading.Event()

    def search(library: object, query: str, limit: int = 50) -> object:
        if query == "Sherman":  # a slow search (a big library)
            release.wait(TIMEOUT)
            try:
                return real_search(library, query, limit)  # type: ignore[arg-type]
            finally:
                slow_done.set()
        return real_search(library, query, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(library_screen, "search", search)
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        hits = screen.lists["results"]
        await pilot.press("slash", *"Sher")
        await wait_for(pilot, lambda: screen.hits_query == "Sher", "the hits of the words typed so far")
        assert hits.row_count > 0
        # Submitted while slow: the view says it is searching, with no hits of the older words under that.
        await pilot.press(*"man", "enter")
        await wait_for(pilot, lambda: showing(screen, hits), "the results view")
        assert hits.row_count == 0 and "searching for “Sherman”" in status_line(screen)
        await pilot.press("2")  # the keys answer while it searches
        assert showing(screen, screen.lists["people"])
        await pilot.press("slash", *["backspace"] * len("Sherman"), *"Stoltenberg", "enter")
        await wait_for(pilot, lambda: hits.row_count > 0 and showing(screen, hits), "the newer search's hits")
        assert stoltenbergs(screen)
        release.set()
        await wait_for(pilot, slow_done.is_set, "the older search to end")
        await pilot.pause(0.1)
        assert screen.hits_query == "Stoltenberg" and stoltenbergs(screen) and hits.row_count == len(screen.hits)
        assert "found for “Stoltenberg”" in status_line(screen)


async def test_an_article_opens_from_the_parse_the_index_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening an article of the library does not parse it again: the reader shows the parse the
    index keeps, the same as a fresh parse of the file. A file changed since is parsed again."""
    from tuiread.app import source
    from tuiread.parser import load_path, parse_loaded

    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        path = screen.lists["articles"].highlighted_key
        assert path is not None

        def parse_in_stages(*args: object, **kwargs: object) -> object:
            raise AssertionError("parsed again")

        with monkeypatch.context() as patched:
            patched.setattr(source, "parse_in_stages", parse_in_stages)
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.article, "the article")
            assert app.screen.article == parse_loaded(load_path(path))  # type: ignore[attr-defined]
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is screen, "the library again")
        changed = Path(path).read_text(encoding="utf-8").replace("\n", "\nA line added since it was indexed.\n", 1)
        Path(path).write_text(changed, encoding="utf-8")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.article, "the changed article")
        assert app.screen.article == parse_loaded(load_path(path))  # type: ignore[attr-defined]


async def test_one_persons_quotes_screen_serves_each_person_with_nothing_of_the_last(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await indexed(pilot)
        people = screen.lists["people"]

        async def quotes_of(name: str) -> PersonQuotesScreen:
            await pilot.press("2", "f", *name, "enter")
            await wait_for(pilot, lambda: bool(cells(people, 0)) and cells(people, 0)[0].endswith(name), name)
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, PersonQuotesScreen) and app.screen.loaded, "quotes")
            return app.screen  # type: ignore[return-value]

        first = await quotes_of("Sherman")
        wendy = cells(first.query_one(QuoteTable), 2)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, "back in the library")
        second = await quotes_of("Valente")
        assert second is first  # kept, not composed again
        title = str(second.query_one("#person-title", Static).render())
        assert "Valente" in title and "Sherman" not in title
        theirs = cells(second.query_one(QuoteTable), 2)
        assert theirs and not set(theirs) & set(wendy)

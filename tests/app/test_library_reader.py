"""The library's reader: one screen shows every article the library opens, each as if it were the first."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

import pytest
from apphelpers import NARROW, WIDE, wait_for
from test_library_screen import cells, indexed, library_folder, make_library_app
from textual.color import Color
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tuiread.app import compat
from tuiread.app.app import TuireadApp
from tuiread.app.contrast import READABLE, contrast, theme_backgrounds
from tuiread.app.messages import ArticleFailed, ArticleLoaded
from tuiread.app.screens import person_quotes
from tuiread.app.screens.kept import PERSON_QUOTES, READER, build_ahead
from tuiread.app.screens.library import LibraryScreen
from tuiread.app.screens.main import MainScreen
from tuiread.app.screens.person_quotes import PersonQuotesScreen
from tuiread.app.widgets.library_tables import MadeRows, QuoteTable, quote_rows
from tuiread.library.people import LibraryQuote
from tuiread.selection import KINDS

NATO = "despite “major differences”, the dialogue remains open"
DAYTON = "Dayton Council Votes to Keep Branch Libraries Open on Sundays"


async def open_row(pilot: Pilot[None], key: str, title: str) -> MainScreen:
    """Press ``key`` on a list of the library (or of a person's quotes), then enter: the reader with that article."""
    app = pilot.app
    await pilot.press(key, "enter")

    def reading() -> bool:
        screen = app.screen
        return isinstance(screen, MainScreen) and screen.article is not None and screen.article.title == title

    await wait_for(pilot, reading, f"the article {title!r}")
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def back_to(pilot: Pilot[None], screen: object) -> None:
    await wait_for(pilot, lambda: pilot.app.screen is screen, "back where the article was opened from")


def quote_list_texts(reader: MainScreen) -> list[str]:
    lists = reader.quote_list
    return [str(lists.get_option_at_index(i).prompt).split("\n")[0] for i in range(lists.option_count)]


def assert_fresh(reader: MainScreen, title: str, cursor: int = 0) -> None:
    """The reader shows only ``title``'s article, as a screen opened on it first would (its cursor
    on the paragraph the reader left it at last time)."""
    article = reader.article
    assert article is not None and article.title == title
    view = reader.text_view
    assert view.article is article and view.scroll_y == 0 and view.cursor == cursor
    assert view.query == "" and view.match_count == 0 and view.marks.target is None and not view.range.mode
    assert view.visible_text().startswith(article.title or "")
    assert reader.outline.entries[0] == title and len(reader.outline.entries) == len(article.sections) + 1
    assert reader.outline.highlighted == 0
    quotes = reader.quote_list
    assert (quotes.kinds, quotes.speaker_filter, quotes.doubtful_only) == ("both", None, False)
    assert quotes.highlighted == 0 and quotes.scroll_y == 0
    first = min([*article.quotes, *article.reported], key=lambda item: item.start)
    assert " ".join(first.text.split())[:20] in quote_list_texts(reader)[0]
    title_shown = Content.from_markup(str(quotes.border_title)).plain
    assert title_shown == f"Quotes {len(article.quotes)}❝ {len(article.reported)}≈"  # no filter named
    speakers = {v.name for v in reader.speakers_view.voices}
    assert speakers == {q.speaker for q in (*article.quotes, *article.reported)}
    assert not reader.selection and "selected" not in reader.status.text and "/" not in reader.status.text
    assert reader.active_pane == "text" and reader.focused is view


async def test_an_article_opened_after_another_shows_nothing_of_the_one_before(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        nato = await open_row(pilot, "G", NATO)  # the founding sample: last by path
        assert_fresh(nato, NATO)
        # The reader makes the article its own: a quote filtered, one kind only, the outline moved,
        # a section selected, a search, a stretch of text marked as a range.
        await pilot.press("3", "f", "t")
        await wait_for(pilot, lambda: nato.quote_list.speaker_filter is not None, "the speaker filter")
        assert nato.quote_list.kinds == KINDS[1]
        await pilot.press("1", "j", "space", "2", "v", "j")
        await wait_for(pilot, lambda: bool(nato.selection), "the selection")
        await pilot.press("slash", *"Moscow", "enter")
        await wait_for(pilot, lambda: nato.text_view.match_count > 0, "the search")
        left_at = nato.text_view.cursor
        assert left_at > 0
        await pilot.press("escape", "escape", "escape", "escape")  # the range, the selection, the search, back
        await back_to(pilot, library)

        dayton = await open_row(pilot, "g", DAYTON)  # the first by path
        assert dayton is nato  # the same reader, with another article in it
        assert_fresh(dayton, DAYTON)
        assert "Moscow" not in dayton.text_view.visible_text()
        # Left with a selection and a search still there (as by any way out), the next article has neither.
        await pilot.press("3", "space", "slash", *"Sunday", "enter")
        await wait_for(pilot, lambda: bool(dayton.selection) and dayton.text_view.match_count > 0, "them")
        dayton.dismiss()
        await back_to(pilot, library)
        again = await open_row(pilot, "G", NATO)
        assert_fresh(again, NATO, cursor=left_at)  # back where the reader was in it
        assert "Sunday" not in again.search_bar.value


async def test_an_article_opens_again_at_a_quotes_place_and_comes_back_where_the_reader_was(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        reader = await open_row(pilot, "G", NATO)
        await pilot.press("escape")
        await back_to(pilot, library)
        await open_row(pilot, "g", DAYTON)
        await pilot.press("escape")
        await back_to(pilot, library)
        # Wendy Sherman's second quote, from her quotes across the library.
        await pilot.press("2", "f", *"Wendy", "enter")
        await wait_for(pilot, lambda: cells(library.lists["people"], 0) == ["Wendy Sherman"], "the filter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PersonQuotesScreen), "her quotes")
        await wait_for(pilot, lambda: app.screen.loaded, "her quotes read")  # type: ignore[attr-defined]
        person = app.screen
        again = await open_row(pilot, "j", NATO)
        assert again is reader
        article = again.article
        assert article is not None
        wanted = next(q for q in article.quotes if q.text.startswith("Some Russian requests"))
        await wait_for(pilot, lambda: again.quote_list.highlighted_quote == wanted.index, "her quote in hand")
        target = again.text_view.marks.target
        assert (
            target is not None and target.start <= wanted.start < wanted.end <= target.end
        )  # the quote, its marks too
        assert "Some Russian requests" in again.text_view.visible_text()
        # Escape comes back to her quotes, then to the people index as it was left.
        await pilot.press("escape")
        await back_to(pilot, person)
        await pilot.press("escape")
        await back_to(pilot, library)
        assert library.view == "people" and cells(library.lists["people"], 0) == ["Wendy Sherman"]


async def test_the_reader_keeps_no_article_it_closed(tmp_path: Path) -> None:
    """Each article opened from the library and closed stays out of memory (about 2 MB each): the
    reader kept between articles holds only the last one, and nothing is frozen out of the collector's sight."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        opened = []
        for key, title in (("G", NATO), ("g", DAYTON)):
            reader = await open_row(pilot, key, title)
            opened.append(weakref.ref(reader.article))
            await pilot.press("escape")
            await back_to(pilot, library)
        assert isinstance(app.screen, LibraryScreen) and gc.get_freeze_count() == 0

        def let_go() -> bool:
            gc.collect()
            return opened[0]() is None

        await wait_for(pilot, let_go, "the first article to be let go", timeout=10)


async def test_the_reader_follows_a_theme_and_a_size_changed_while_it_was_closed(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        reader = await open_row(pilot, "G", NATO)
        pane = reader.query_one("#text-pane")
        dark_surface = pane.styles.background
        await pilot.press("escape")
        await back_to(pilot, library)
        app.theme = "textual-light"
        await pilot.resize_terminal(*NARROW)
        await wait_for(pilot, lambda: library.size.width == NARROW[0], "the library at its new size")
        again = await open_row(pilot, "g", DAYTON)
        assert again is reader
        # Styled in the light theme, its speakers in its colours, laid out as a narrow screen is.
        await wait_for(pilot, lambda: again.narrow and again.has_class("-narrow"), "the narrow layout")
        light_surface = Color.parse(app.get_css_variables()["surface"])
        assert pane.styles.background == light_surface != dark_surface
        assert again.query_one("#pane-tabs").display and not again.query_one("#outline").display
        backgrounds = theme_backgrounds(app.current_theme)
        for color in again.palette.values():
            assert min(contrast(Color.parse(color), b) for b in backgrounds) >= READABLE


async def test_a_late_stage_of_the_article_before_never_shows_in_the_next(tmp_path: Path) -> None:
    """The reader's parse of an article it left may post one last stage (or failure) before it stops:
    the next article stays as it is."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        reader = await open_row(pilot, "G", NATO)
        left, left_article = reader.source, reader.article
        assert left_article is not None
        await pilot.press("escape")
        await back_to(pilot, library)
        await open_row(pilot, "g", DAYTON)
        reader.post_message(ArticleLoaded(left_article, source=left))
        reader.post_message(ArticleFailed("the file went away", source=left))
        await wait_for(pilot, lambda: not compat.messages_pending(reader), "the late messages handled")
        await pilot.pause()
        assert_fresh(reader, DAYTON)
        assert reader.load_error is None and reader.quote_list.article is reader.article


def built_ahead(app: object, name: str) -> Screen[None] | None:
    """The screen the library built ahead and keeps under ``name``, once it is ready (else None)."""
    assert isinstance(app, TuireadApp)
    return app.get_screen(name) if app.is_screen_installed(name) else None  # type: ignore[return-value]


async def test_the_first_article_opens_in_a_reader_built_ahead_and_shows_as_the_next_ones(tmp_path: Path) -> None:
    """While the library rests, its reader is composed and laid out off-screen: the first article
    opened shows in it at once (no screen composed on the key), as any later one does."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        await wait_for(pilot, lambda: built_ahead(app, READER) is not None, "the reader built ahead")
        ahead = built_ahead(app, READER)
        assert isinstance(ahead, MainScreen) and ahead not in app.screen_stack and app.screen is library
        # Composed and laid out at the terminal's size before any article is asked for.
        assert ahead.is_mounted and ahead.size == app.size and ahead.text_view.size.width > 0
        assert ahead.article is None and not ahead.text_view.visible_text().strip()
        reader = await open_row(pilot, "G", NATO)
        assert reader is ahead
        assert_fresh(reader, NATO)
        await pilot.press("escape")
        await back_to(pilot, library)
        assert library.view == "articles" and library.table.cursor_row == library.table.row_count - 1


async def test_a_persons_first_quotes_show_in_a_screen_built_ahead(tmp_path: Path) -> None:
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        await wait_for(pilot, lambda: built_ahead(app, PERSON_QUOTES) is not None, "the quotes screen built ahead")
        ahead = built_ahead(app, PERSON_QUOTES)
        assert isinstance(ahead, PersonQuotesScreen) and ahead.size == app.size and ahead.person is None
        await pilot.press("2", "f", *"Wendy", "enter")
        await wait_for(pilot, lambda: cells(library.lists["people"], 0) == ["Wendy Sherman"], "the filter")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is ahead and ahead.loaded, "her quotes")
        assert len(cells(ahead.query_one(QuoteTable), 2)) == 2
        assert "Wendy Sherman" in str(ahead.query_one("#person-title", Static).render())


async def test_a_persons_first_quotes_show_without_the_screen_laid_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quotes screen built ahead is laid out whole off-screen, the layouts its widgets ask for as
    they take their sizes included; showing a person's heading, status and quotes, and the footer's
    export and copy keys coming on as they load, each redraws a line or the list, never lays the
    screen out again (two layouts made the first person opened the slowest key of the library)."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        await wait_for(pilot, lambda: built_ahead(app, PERSON_QUOTES) is not None, "the quotes screen built ahead")
        ahead = built_ahead(app, PERSON_QUOTES)
        assert isinstance(ahead, PersonQuotesScreen) and not compat.layout_pending(ahead)
        await pilot.press("2", "f", *"Wendy", "enter")
        await wait_for(pilot, lambda: cells(library.lists["people"], 0) == ["Wendy Sherman"], "the filter")
        laid_out: list[Screen[None]] = []
        lay_out = Screen._refresh_layout

        def counted(screen: Screen[None], *args: object, **kwargs: object) -> None:
            laid_out.append(screen)
            lay_out(screen, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        made_in: list[threading.Thread] = []

        def rows_made(quotes: list[LibraryQuote]) -> MadeRows:
            made_in.append(threading.current_thread())
            return quote_rows(quotes)

        monkeypatch.setattr(person_quotes, "quote_rows", rows_made)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is ahead and ahead.loaded, "her quotes")
        await pilot.pause()
        assert ahead not in laid_out
        assert "Wendy Sherman" in str(ahead.query_one("#person-title", Static).render())
        assert "enter opens the article" in str(ahead.query_one("#person-status", Static).render())
        assert len(cells(ahead.query_one(QuoteTable), 2)) == 2
        assert made_in and threading.main_thread() not in made_in  # her quotes' rows: made in the worker
        keys = {key.description: key for key in ahead.query(compat.FooterKey)}
        assert not keys["Export"].has_class("-disabled") and keys["Export"].display


async def test_a_reader_built_ahead_gives_way_to_one_opened_before_it_was_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user may open an article before the reader built ahead is ready: the one opened is kept,
    the other let go (never a second reader, nor one refilled while its panes still mount)."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        await wait_for(pilot, lambda: built_ahead(app, READER) is not None, "the reader built ahead")
        kept = built_ahead(app, READER)
        assert isinstance(kept, MainScreen)
        late = MainScreen()
        assert not await build_ahead(app, READER, late)
        assert built_ahead(app, READER) is kept and not late.is_attached
        # One kept while another was being built (under a name of its own here: the library builds
        # its reader and quotes screen again if they go): the one kept stays.
        opened = MainScreen()
        start_screen = compat.start_screen

        async def opened_meanwhile(app: TuireadApp, screen: MainScreen) -> None:
            await start_screen(app, screen)
            if screen is later:
                app.install_screen(opened, "spare")

        later = MainScreen()
        monkeypatch.setattr(compat, "start_screen", opened_meanwhile)
        assert not await build_ahead(app, "spare", later)
        assert app.get_screen("spare") is opened and not later.is_attached
        assert await open_row(pilot, "g", DAYTON) is kept
        await pilot.press("escape")
        await back_to(pilot, library)


async def test_a_reader_kept_is_laid_out_again_at_a_size_changed_while_the_library_shows(tmp_path: Path) -> None:
    """Resized under the library, the kept reader takes the new size while the library rests: it
    opens narrow, as a reader opened at that size first would, with nothing to lay out on the key."""
    app = make_library_app(tmp_path, library_folder(tmp_path))
    async with app.run_test(size=WIDE) as pilot:
        library = await indexed(pilot)
        await wait_for(pilot, lambda: built_ahead(app, PERSON_QUOTES) is not None, "both screens built ahead")
        reader = built_ahead(app, READER)
        assert isinstance(reader, MainScreen) and reader.size == WIDE
        await pilot.resize_terminal(*NARROW)
        await wait_for(pilot, lambda: library.size == NARROW, "the library at its new size")
        await wait_for(pilot, lambda: reader.size == NARROW, "the kept reader laid out at the new size")
        assert built_ahead(app, PERSON_QUOTES).size == NARROW  # type: ignore[union-attr]
        assert await open_row(pilot, "G", NATO) is reader
        await wait_for(pilot, lambda: reader.has_class("-narrow"), "the narrow layout")
        assert reader.query_one("#pane-tabs").display and not reader.query_one("#outline").display
        assert_fresh(reader, NATO)

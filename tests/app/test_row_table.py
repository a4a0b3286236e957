"""The library's table (`RowTable`): thousands of rows, the cursor and its keys, columns fitted to the pane."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult

from tuiread.app.compat import compositor
from tuiread.app.widgets.library_tables import LibraryTable
from tuiread.app.widgets.row_table import RowTable, fitted_widths

STYLES = Path(__file__).resolve().parents[2] / "src" / "tuiread" / "app" / "tuiread.tcss"


def rows(n: int, tag: str = "") -> list[tuple[str, tuple[str, str, str]]]:
    return [(f"a{i}", (f"Article {i}{tag} about the harbour strike", "2024-03-14", str(i % 7))) for i in range(n)]


class TableApp(App[None]):
    CSS_PATH = STYLES

    def __init__(self, initial: list[tuple[str, tuple[str, str, str]]]) -> None:
        super().__init__()
        self.initial = initial
        self.selected: list[str] = []
        self.highlighted: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield LibraryTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(LibraryTable)
        table.set_columns("Title", "Date", "Quotes")
        table.set_rows(self.initial)
        table.focus()

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        self.selected.append(event.key)

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        self.highlighted.append(event.key)


def screen_text(app: App[None]) -> str:
    return "\n".join(strip.text for strip in compositor(app.screen).render_strips())


def test_columns_give_way_widest_first() -> None:
    assert fitted_widths([40, 10, 6], 60) == [40, 10, 6]  # 58 with the gaps: it fits
    assert fitted_widths([40, 10, 6], 40) == [22, 10, 6]
    assert fitted_widths([10, 10], 8) == [4, 4]  # never under the least a column keeps


def test_an_optional_column_empty_in_every_row_is_left_out() -> None:
    from tuiread.app.widgets.row_table import Rows, _plain_line

    listed = Rows("Title", "Date", "Source", "Quotes", name="articles", optional=("Date", "Source"))
    listed.set_rows([("a", ("Harbour strike ends", "", "AFP", "3")), ("b", ("Ferries retire", "", "", "9"))])
    assert listed.widths == [19, 0, 6, 6]  # no article has a date: no Date column
    assert _plain_line(listed.columns, listed.widths) == "Title               Source Quotes"
    assert fitted_widths(listed.widths, 31) == [17, 0, 6, 6]  # two gaps, not three: none for the column left out
    listed.set_rows([("a", ("Harbour strike ends", "2024-03-14", "AFP", "3"))])
    assert listed.widths == [19, 10, 6, 6]


async def test_ten_thousand_rows_move_jump_and_open() -> None:
    app = TableApp(rows(10_000))
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(LibraryTable)
        await pilot.pause()
        assert table.row_count == 10_000 and table.highlighted_key == "a0"
        await pilot.press("j", "j", "k")
        assert table.highlighted_key == "a1"
        await pilot.press("G")
        await pilot.pause()
        assert table.highlighted_key == "a9999"
        assert "Article 9999 about" in screen_text(app)  # scrolled to it, under the header
        assert "Title" in screen_text(app).splitlines()[0]
        await pilot.press("g", "pagedown")
        assert table.cursor_row == 19  # a screen of rows: 20 lines less the header
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == ["a19"]
        assert app.highlighted[-1] == "a19"


async def test_a_refill_keeps_the_cursor_on_its_row_and_an_empty_table_takes_keys() -> None:
    app = TableApp(rows(50))
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(LibraryTable)
        await pilot.pause()
        table.move_to_key("a30")
        table.set_rows(list(reversed(rows(50, " (sorted)"))))
        assert table.highlighted_key == "a30" and table.cursor_row == 19
        await pilot.pause()
        assert "Article 30 (sorted)" in screen_text(app)
        table.clear()
        await pilot.press("k", "j", "G", "enter")  # nothing to move to or open: no error
        assert table.highlighted_key is None and app.selected == []


async def test_a_narrow_pane_cuts_the_widest_column_and_shows_every_column() -> None:
    long_title = "A very long title " * 6
    app = TableApp([("k", (long_title, "2024-03-14", "12"))])
    async with app.run_test(size=(50, 8)) as pilot:
        await pilot.pause()
        line = screen_text(app).splitlines()[1]
        assert line.rstrip().endswith("2024-03-14 12")
        assert "…" in line and len(line) <= 50


async def test_cells_are_drawn_as_text_never_as_markup() -> None:
    app = TableApp([("k", ("[bold red]Harbour[/] vote", "2024", Text("[link=x]3[/link]")))])  # type: ignore[list-item]
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        assert "[bold red]Harbour[/] vote" in screen_text(app)


async def test_a_column_of_wide_characters_is_as_wide_as_its_cells_not_its_letters() -> None:
    # Two cells a character: a column measured by its letters would cut the title and pull the
    # date under it.
    app = TableApp([("k", ("東京の港でストライキ", "2024-03-14", "3")), ("l", ("Harbour", "2024-03-15", "4"))])
    async with app.run_test(size=(80, 8)) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert "東京の港でストライキ 2024-03-14 3" in lines[1]
        assert lines[2].index("2024-03-15") == lines[1].index("2024-03-14") + len("東京の港でストライキ")

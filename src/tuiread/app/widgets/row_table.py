"""A table that draws only the rows on screen: the library's lists of thousands of articles.

Textual's DataTable measures and lays out every row it holds: with 1,500 articles a cursor move
took about 130 ms and refilling the list (a filter, a sort, the index growing) 2.7 s, so keys
waited while a library indexed. Here the rows are a list of ``(key, cells)``; a refill swaps the
list, and a frame draws the header and the rows that show, each a line cut to the column widths.

A cell is a `str` (plain text, drawn as it is: the caller makes article data inert with
`plain.shown` first) or a `rich.text.Text` where a cell needs a style of its own; never markup.
Plain strings cost least: a refill of 10,000 rows builds no Text, only the rows drawn do.

What a table shows is a `Rows` (columns, rows, the cursor's row and the scroll): one table can
show several in turn (the library's views), each keeping its own cursor. Swapping them, or
refilling one with more or fewer rows, is a redraw of the table alone, never a layout of the
screen: the table always has its scrollbar (a row count that changed does not change its width),
and its scrollable height is set without the layout Textual would run for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiread.app.compat import set_scroll_height

# Between two columns, and before the first.
GAP = 1
PAD = 1
# A column squeezed to fit the pane keeps at least this many cells.
MIN_COLUMN = 4

Cell = str | Text


def _width(cell: Cell) -> int:
    if isinstance(cell, str):
        return len(cell) if cell.isascii() else cell_len(cell)
    return cell.cell_len


def _column_width(column: Sequence[Cell]) -> int:
    """The widest cell of a column. A refill (each letter of a filter) measures thousands of
    cells: a column of plain ASCII text, the usual one, is measured by its lengths alone."""
    if all(type(cell) is str for cell in column) and "".join(column).isascii():  # type: ignore[arg-type]
        return max(map(len, column), default=0)  # type: ignore[arg-type]
    return max(map(_width, column), default=0)


def _plain_line(cells: Sequence[Cell], widths: Sequence[int]) -> str | None:
    """A row of printable ASCII cells as one string, each cut or padded to its width as Rich would
    (an ellipsis where cut); None if a cell needs Rich (a style, a wide or unusual character).
    A screen of rows drawn after a jump or a refill no longer builds a Text for every cell."""
    pieces = []
    for cell, width in zip(cells, widths, strict=False):
        if width == 0:
            continue  # a column hidden: empty in every row (`Rows`' optional columns)
        if type(cell) is not str or not (cell.isascii() and cell.isprintable()):
            return None
        if len(cell) > width:
            cell = cell[: width - 1] + "…"
        pieces.append(cell.ljust(width))
    return (" " * GAP).join(pieces)


def fitted_widths(widths: Sequence[int], room: int) -> list[int]:
    """The column widths cut down to fit ``room`` cells (gaps included): the widest gives first."""
    fitted = list(widths)
    shown = sum(1 for width in fitted if width)
    excess = sum(fitted) + GAP * max(shown - 1, 0) - room
    while excess > 0:
        widest = max(range(len(fitted)), key=lambda i: fitted[i])
        if fitted[widest] <= MIN_COLUMN:
            break
        fitted[widest] -= 1
        excess -= 1
    return fitted


def column_widths(
    columns: Sequence[str], rows: Sequence[tuple[str, Sequence[Cell]]], optional: Iterable[int] = ()
) -> list[int]:
    """Each column's width: its widest cell or its name; 0 for an ``optional`` column (by index)
    empty in every row. Pure: a worker thread can measure rows before a table shows them."""
    optional = set(optional)
    widths = [cell_len(name) for name in columns]
    cells_by_column = zip(*(cells for _key, cells in rows), strict=False)
    for i, column in zip(range(len(widths)), cells_by_column, strict=False):
        cells = _column_width(column)
        widths[i] = 0 if i in optional and cells == 0 else max(widths[i], cells)
    if not rows:
        for i in optional:
            widths[i] = 0
    return widths


class Rows:
    """What a `RowTable` shows: column names, rows ``(key, cells)`` with their widths, and where
    the cursor and the scroll are. A table shows one `Rows` at a time (`RowTable.show`); one not
    shown can be refilled, and keeps its cursor's row for when it is shown again."""

    def __init__(self, *columns: str, name: str = "", optional: Iterable[str] = ()) -> None:
        self.name = name
        self.columns = list(columns)
        # Columns left out while no row has anything in them ("Date" in a folder of plain text).
        optional = set(optional)
        self._optional = [i for i, column in enumerate(columns) if column in optional]
        self.rows: list[tuple[str, Sequence[Cell]]] = []
        self.widths: list[int] = [cell_len(column) for column in columns]
        self.cursor_row = 0
        self.scroll_y = 0
        self._index: dict[str, int] | None = None
        self._table: RowTable | None = None  # the table showing them, told when they change

    def set_rows(self, rows: Iterable[tuple[str, Sequence[Cell]]], widths: Sequence[int] | None = None) -> None:
        """These rows instead, the cursor staying on its row if still listed. ``widths``: the rows'
        `column_widths`, measured already (in a worker thread: thousands of rows take a while)."""
        keep = self.highlighted_key
        self.rows = list(rows)
        self._index = None
        if widths is None:
            self._measure()
        else:
            self.widths = list(widths)
        row = self.row_index(keep) if keep is not None else None
        self.cursor_row = row if row is not None else min(self.cursor_row, max(self.row_count - 1, 0))
        if self._table is not None:
            self._table._rows_changed()

    def _measure(self) -> None:
        self.widths = column_widths(self.columns, self.rows, self._optional)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def get_row_at(self, row: int) -> Sequence[Cell]:
        return self.rows[row][1]

    def row_index(self, key: str) -> int | None:
        if self._index is None:
            self._index = {row_key: i for i, (row_key, _cells) in enumerate(self.rows)}
        return self._index.get(key)

    @property
    def highlighted_key(self) -> str | None:
        """The key of the row under the cursor (None when there are no rows)."""
        return self.rows[self.cursor_row][0] if 0 <= self.cursor_row < len(self.rows) else None


class _RowMessage(Message):
    """What a table says about one of its rows (by the row's key)."""

    def __init__(self, table: RowTable, key: str | None) -> None:
        super().__init__()
        self.table = table
        self.rows = table.shown  # which of the table's lists
        self.key = key

    @property
    def control(self) -> RowTable:
        return self.table


class RowTable(ScrollView, can_focus=True):
    """Rows of cells under a header, one row under the cursor; each row has a key (what enter opens)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-table--header", "row-table--cursor", "row-table--even-row"}

    class RowHighlighted(_RowMessage):
        """The cursor is on another row (``key`` None: the table is empty)."""

    class RowSelected(_RowMessage):
        """Enter (or a click on the row under the cursor) on the row of ``key``."""

        key: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown = Rows()
        self.shown._table = self
        self._fitted: tuple[int, list[int]] = (-1, [])
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(256)
        # The four looks a line can take, read once: a widget's style is a walk up the DOM.
        self._looks: tuple[Style, Style, Style, Style] | None = None

    # -- the rows --------------------------------------------------------------------------------

    def show(self, rows: Rows) -> None:
        """Show ``rows`` instead of the rows shown now (which keep their cursor and scroll)."""
        if rows is self.shown:
            return
        self.shown.scroll_y = int(self.scroll_y)
        self.shown._table = None
        self.shown = rows
        rows._table = self
        self._rows_changed(scroll_y=rows.scroll_y)

    def set_columns(self, *names: str) -> None:
        self.shown.columns = list(names)
        self.shown._measure()
        self._rows_changed()

    def set_rows(self, rows: Iterable[tuple[str, Sequence[Cell]]], widths: Sequence[int] | None = None) -> None:
        """Show these ``(key, cells)`` rows instead, the cursor staying on its row if still listed
        (``widths``: as `Rows.set_rows`)."""
        self.shown.set_rows(rows, widths)

    def clear(self) -> None:
        self.set_rows(())

    @property
    def cursor_row(self) -> int:
        return self.shown.cursor_row

    @property
    def row_count(self) -> int:
        return self.shown.row_count

    def get_row_at(self, row: int) -> Sequence[Cell]:
        return self.shown.get_row_at(row)

    def row_index(self, key: str) -> int | None:
        return self.shown.row_index(key)

    @property
    def highlighted_key(self) -> str | None:
        """The key of the row under the cursor (None when the table is empty)."""
        return self.shown.highlighted_key

    def move_to_key(self, key: str | None) -> None:
        """Put the cursor on the row of ``key``, if there is one (else it stays)."""
        row = self.row_index(key) if key is not None else None
        if row is not None:
            self.move_cursor(row)

    def move_cursor(self, row: int) -> None:
        self._move(row, announce=False)

    def _move(self, row: int, *, announce: bool) -> None:
        row = min(max(row, 0), max(self.row_count - 1, 0))
        old, top = self.cursor_row, int(self.scroll_y)
        changed = row != old
        self.shown.cursor_row = row
        self._show_cursor()
        if announce or int(self.scroll_y) != top:
            self.refresh()
        elif changed:  # the two rows whose look changed, not the whole table
            for line in (old - top + 1, row - top + 1):
                self.refresh_lines(line)
        if changed or announce:
            self.post_message(self.RowHighlighted(self, self.highlighted_key))

    def _rows_changed(self, scroll_y: int | None = None) -> None:
        """The rows shown are others, or more or fewer: drawn again, without a layout of the screen."""
        self._fitted = (-1, [])
        self._lines.clear()
        # One line a row and the header; no wider than the pane (the columns are fitted to it).
        set_scroll_height(self, self.row_count + 1)
        if scroll_y is not None:
            self.scroll_to(y=scroll_y, animate=False, immediate=True, force=True)
        self._move(self.cursor_row, announce=True)

    # -- moving ----------------------------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)  # the header takes a line

    def _show_cursor(self) -> None:
        top, page = int(self.scroll_y), self._page
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True, force=True)
        elif self.cursor_row >= top + page:
            self.scroll_to(y=self.cursor_row - page + 1, animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.row_count - 1)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * self._page)

    def action_half_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(self._page // 2, 1))

    def action_select_cursor(self) -> None:
        key = self.highlighted_key
        if key is not None:
            self.post_message(self.RowSelected(self, key))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        row = int(self.scroll_y) + event.y - 1
        if not 0 <= row < self.row_count:
            return
        if row == self.cursor_row:
            self.action_select_cursor()
        else:
            self.move_cursor(row)

    # -- drawing ---------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyle()

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        self._looks = None
        self._lines.clear()
        self.refresh()

    def _styles(self) -> tuple[Style, Style, Style, Style]:
        """Plain row, even row, cursor row, header."""
        if self._looks is None:
            base = self.rich_style
            even = base + self.get_component_rich_style("row-table--even-row")
            cursor = self.get_component_rich_style("row-table--cursor")
            header = self.get_component_rich_style("row-table--header")
            self._looks = (base, even, cursor, base + header)
        return self._looks

    def _widths_for(self, room: int) -> list[int]:
        if self._fitted[0] != room:
            self._fitted = (room, fitted_widths(self.shown.widths, room))
        return self._fitted[1]

    def render_line(self, y: int) -> Strip:
        room = self.scrollable_content_region.width
        plain, even, cursor_look, header = self._styles()
        if y == 0:
            key: tuple[object, ...] = ("header", room)
            cells: Sequence[Cell] = self.shown.columns
            style = header
        else:
            row = int(self.scroll_y) + y - 1
            if not 0 <= row < self.row_count:
                return Strip.blank(room, plain)
            cursor = row == self.cursor_row
            key = (row, cursor, room)
            cells = self.shown.rows[row][1]
            style = even if row % 2 else plain
            if cursor:
                style += cursor_look
        cached = self._lines.get(key)
        if cached is None:
            cached = self._line(cells, self._widths_for(room - PAD), room, style)
            self._lines[key] = cached
        return cached

    def _line(self, cells: Sequence[Cell], widths: Sequence[int], room: int, style: Style) -> Strip:
        plain = _plain_line(cells, widths)
        if plain is not None:
            return Strip([Segment(" " * PAD + plain)]).adjust_cell_length(room).apply_style(style)
        line = Text(no_wrap=True, end="")
        first = True
        for cell, width in zip(cells, widths, strict=False):
            if width == 0:
                continue  # a hidden column
            if not first:
                line.append(" " * GAP)
            first = False
            piece = Text(cell) if isinstance(cell, str) else cell.copy()
            piece.truncate(width, overflow="ellipsis", pad=True)
            line.append_text(piece)
        segments = [Segment(" " * PAD), *line.render(self.app.console)]
        return Strip(segments).adjust_cell_length(room).apply_style(style)

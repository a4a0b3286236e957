"""What cleaning did to the article: every kind of fix with its count, and every line taken out of
the text (related links, agency credits, ads and prompts). A fix with a place in the text goes
there on enter; opened again, the log goes on to that fix's next place (enter or n), or back (N).
A fix with no place says why."""

from __future__ import annotations

import weakref
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tuiread.app.plain import shown
from tuiread.fix_places import FixPlaces, no_place
from tuiread.model import Article, Fix, Span


def _header(text: str) -> Option:
    return Option(Content.styled(text, "bold"), disabled=True)


class FixesScreen(ModalScreen[Span | None]):
    """The fix log and what was removed; enter on a fix goes to its first place in the text, and
    again (the log opened anew) to the next; n and N step to the next and previous place."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i", "close", "Close", id="fixes.close", tooltip="Back to the article"),
        Binding("n", "step(1)", "Next place", id="fixes.next", tooltip="The highlighted fix's next place"),
        Binding("N", "step(-1)", "Previous place", id="fixes.previous", tooltip="The highlighted fix's place before"),
    ]

    # The place the reader went to last: its article (held weakly), its kind and its number. The log
    # is made anew at each opening; the walk through one kind's places goes on from here.
    last: ClassVar[tuple[weakref.ref[Article], str, int] | None] = None

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        # Every place of each kind of fix in the text (`tuiread.fix_places`).
        self.places = FixPlaces(article)

    def compose(self) -> ComposeResult:
        with Vertical(id="fixes-box") as box:
            box.border_title = "What cleaning changed"
            box.border_subtitle = "enter goes to a place, again or n to the next · N back · escape closes"
            yield OptionList(*self._options(), id="fixes-list")

    def _visited(self) -> tuple[str, int] | None:
        """The kind and number of the place the reader went to last in this article, if any."""
        last = FixesScreen.last
        if last is None or last[0]() is not self.article:
            return None
        return last[1], last[2]

    def _step_from(self, kind: str, step: int) -> int:
        """The number of ``kind``'s place ``step`` on from the one visited (the first, or the last
        going back, when none of its places was)."""
        count = self.places.count(kind)
        visited = self._visited()
        if visited is None or visited[0] != kind:
            return 0 if step > 0 else count - 1
        return (visited[1] + step) % count

    def _where(self, kind: str) -> str:
        count = self.places.count(kind)
        if not count:
            return f"  (no place: {no_place(kind)})"
        visited = self._visited()
        if visited is None or visited[0] != kind:
            return "  ↵ first place" if count == 1 else f"  ↵ first of {count:,} places"
        return "  ↵ its place" if count == 1 else f"  ↵ next: {self._step_from(kind, 1) + 1:,} of {count:,}"

    def _options(self) -> list[Option]:
        article = self.article
        options: list[Option] = [_header(f"Fixed ({article.fixes.total:,})" if article.fixes else "Nothing fixed")]
        for fix in article.fixes:
            where = self.places.count(fix.kind) > 0
            text = Content.assemble(f"  {fix.describe()}", (self._where(fix.kind), "dim"))
            options.append(Option(text, id=f"fix:{fix.kind}" if where else None, disabled=not where))
        for title, lines in (
            ("Related links taken out", article.related),
            ("Credits taken out", article.credits),
            ("Ads and prompts taken out", article.boilerplate),
        ):
            if lines:
                options.append(_header(f"{title} ({len(lines):,})"))
                # Content, not a string: an option's string is markup, and these lines are the article's.
                options.extend(Option(Content(f"  {shown(line)}"), disabled=True) for line in lines)
        return options

    def on_mount(self) -> None:
        fixes = self.query_one("#fixes-list", OptionList)
        fixes.focus()
        enabled = [i for i in range(fixes.option_count) if not fixes.get_option_at_index(i).disabled]
        visited = self._visited()
        if visited is not None and self.places.count(visited[0]):
            fixes.highlighted = fixes.get_option_index(f"fix:{visited[0]}")
        else:
            fixes.highlighted = enabled[0] if enabled else None

    def _go(self, kind: str, step: int) -> None:
        number = self._step_from(kind, step)
        FixesScreen.last = (weakref.ref(self.article), kind, number)
        count = self.places.count(kind)
        if count > 1:
            # The log closes on the place: how to go on from it.
            self.app.notify(f"{Fix(kind, count).label}: {number + 1:,} of {count:,} · i, enter: the next", timeout=3)
        self.dismiss(self.places.at(kind, number))

    @on(OptionList.OptionSelected, "#fixes-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("fix:"):
            self._go(option_id.removeprefix("fix:"), 1)

    def action_step(self, step: int) -> None:
        """The highlighted fix's next (``step`` 1) or previous (-1) place."""
        fixes = self.query_one("#fixes-list", OptionList)
        option = fixes.highlighted_option
        if option is not None and (option.id or "").startswith("fix:"):
            self._go((option.id or "").removeprefix("fix:"), step)

    def action_close(self) -> None:
        self.dismiss(None)

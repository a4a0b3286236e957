"""What cleaning did to the article: every kind of fix with its count, and every line taken out of
the text (related links, agency credits, ads and prompts). A fix with a place in the text goes
there on enter."""

from __future__ import annotations

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
from tuiread.fix_places import fix_places
from tuiread.model import Article, Span


def _header(text: str) -> Option:
    return Option(Content.styled(text, "bold"), disabled=True)


class FixesScreen(ModalScreen[Span | None]):
    """The fix log and what was removed; enter on a fix goes to its first place in the text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i", "close", "Close", id="fixes.close", tooltip="Back to the article"),
    ]

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        # The first place of each kind of fix that has one in the text (`tuiread.fix_places`).
        self.places = fix_places(article)

    def compose(self) -> ComposeResult:
        with Vertical(id="fixes-box") as box:
            box.border_title = "What cleaning changed"
            box.border_subtitle = "enter goes to the first place · escape closes"
            yield OptionList(*self._options(), id="fixes-list")

    def _options(self) -> list[Option]:
        article = self.article
        options: list[Option] = [_header(f"Fixed ({article.fixes.total:,})" if article.fixes else "Nothing fixed")]
        for fix in article.fixes:
            where = self.places.get(fix.kind)
            text = Content.assemble(f"  {fix.describe()}", ("  ↵ first place" if where else "", "dim"))
            options.append(Option(text, id=f"fix:{fix.kind}" if where else None, disabled=where is None))
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
        fixes.highlighted = enabled[0] if enabled else None

    @on(OptionList.OptionSelected, "#fixes-list")
    def _go(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("fix:"):
            self.dismiss(self.places.get(option_id.removeprefix("fix:")))

    def action_close(self) -> None:
        self.dismiss(None)

"""Correct a quote: choose its speaker from the article's people, type a name, or say it is not a quote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tuiread.app.plain import shown
from tuiread.app.widgets.inert_input import InertInput
from tuiread.evidence import explain
from tuiread.model import Article, Quote

NOT_A_QUOTE = "-not-a-quote"
NO_SPEAKER = "-no-speaker"
MAX_SHOWN = 160


@dataclass(frozen=True)
class Choice:
    """What the reader chose: a speaker's name, no speaker (``speaker=None``), or not a quote."""

    speaker: str | None = None
    not_quote: bool = False


class CorrectQuote(ModalScreen[Choice | None]):
    """Type to narrow the article's people (or to name someone new); enter chooses; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="correct.cancel", tooltip="Close without changing the quote"),
        Binding("down", "move(1)", "Next person", show=False, id="correct.down"),
        Binding("up", "move(-1)", "Previous person", show=False, id="correct.up"),
    ]

    def __init__(self, article: Article, quote: Quote) -> None:
        super().__init__()
        self.article = article
        self.quote = quote
        self.people = article.speaker_names()

    def compose(self) -> ComposeResult:
        quote = " ".join(self.quote.text.split())
        if len(quote) > MAX_SHOWN:
            quote = quote[: MAX_SHOWN - 1].rstrip() + "…"
        with Vertical(id="correct-box") as box:
            box.border_title = "Who said this?"
            box.border_subtitle = "enter chooses · escape cancels"
            yield Static(Content.styled(f"“{shown(quote)}”", "italic"), id="correct-quote")
            now = explain(self.article, self.quote) if self.quote.speaker else "No speaker now."
            yield Static(Content.styled(f"Now: {shown(now)}", "dim"), id="correct-now")
            yield InertInput(placeholder="Type a name, or choose below", id="correct-name")
            yield OptionList(*self._options(""), id="correct-people")

    def _options(self, typed: str) -> list[Option]:
        needle = typed.casefold().strip()
        options = [
            Option(Content.assemble(shown(name), (f"  ({role})", "dim") if role else ""), id=f"person:{i}")
            for i, (name, role) in enumerate((s.name, s.role) for s in self.article.speakers)
            if not needle or needle in name.casefold()
        ]
        if needle and not any(name.casefold() == needle for name in self.people):
            # After the people it matches: "sherm" means Wendy Sherman; a name no one has is the only choice.
            options.append(Option(Content.assemble("Someone new: ", (shown(typed.strip()), "bold")), id="typed"))
        if not needle:
            options.append(Option(Content.styled("No speaker (unattributed)", "italic"), id=NO_SPEAKER))
            not_a_quote = Content.styled("Not a quote (a phrase, a title, a scare quote)", "italic")
            options.append(Option(not_a_quote, id=NOT_A_QUOTE))
        return options

    def on_mount(self) -> None:
        self.query_one("#correct-name", Input).focus()
        people = self.query_one("#correct-people", OptionList)
        people.highlighted = 0 if people.option_count else None

    @on(Input.Changed, "#correct-name")
    def _narrow(self, event: Input.Changed) -> None:
        people = self.query_one("#correct-people", OptionList)
        people.clear_options()
        people.add_options(self._options(event.value))
        people.highlighted = 0 if people.option_count else None

    @on(Input.Submitted, "#correct-name")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        people = self.query_one("#correct-people", OptionList)
        if people.highlighted is None:
            return
        self._choose(people.get_option_at_index(people.highlighted).id or "")

    @on(OptionList.OptionSelected, "#correct-people")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id or "")

    def _choose(self, option_id: str) -> None:
        if option_id == NOT_A_QUOTE:
            self.dismiss(Choice(not_quote=True))
        elif option_id == NO_SPEAKER:
            self.dismiss(Choice(None))
        elif option_id == "typed":
            name = " ".join(self.query_one("#correct-name", Input).value.split())
            if name:
                self.dismiss(Choice(name))
        elif option_id.startswith("person:"):
            self.dismiss(Choice(self.article.speakers[int(option_id.split(":", 1)[1])].name))

    def action_move(self, step: int) -> None:
        """Up and down move through the people while the name field keeps the keys typed."""
        people = self.query_one("#correct-people", OptionList)
        if step > 0:
            people.action_cursor_down()
        else:
            people.action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)

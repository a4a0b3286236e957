"""The quotes: every direct quote with its speaker, role and cue; filterable by speaker."""

from __future__ import annotations

import time
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.signal import Signal
from textual.widgets.option_list import Option, OptionDoesNotExist

from tuiread.app.messages import (
    CorrectionRequested,
    JumpRequested,
    SelectRequested,
    Target,
    UndoCorrectionRequested,
)
from tuiread.app.plain import shown
from tuiread.app.widgets.vim import VimOptionList, vim_list_bindings
from tuiread.evidence import confidence_label, is_doubtful
from tuiread.export import quote_attribution
from tuiread.model import Article, Quote

# Long quotes are cut in the list (the text view shows them whole).
MAX_QUOTE_CHARS = 280
SELECTED_MARK = "● "
DOUBTFUL_MARK = "?"
CORRECTED_MARK = "✎ "
# Quotes put in the list at once; the rest follow in batches. A batch holds up keys while it is
# measured (about half a millisecond a quote): a later batch stops after BATCH_BUDGET seconds, so
# a key pressed while a 20 MB article's 40,000 quotes fill in waits a few milliseconds at most.
FIRST_BATCH = 100
LATER_CHUNK = 10
BATCH_BUDGET = 0.006
BATCH_GAP = 0.01
# Keys pressed less than this long ago hold the filling back.
INPUT_PAUSE = 0.3


def quote_with_attribution(article: Article, quote: Quote) -> str:
    """“…” — Wendy Sherman, US Deputy Secretary of State (insisted): what a reader pastes elsewhere."""
    words = " ".join(quote.text.split())
    cue = f" ({quote.cue})" if quote.cue else ""
    return f"“{words}” — {quote_attribution(quote, article)}{cue}"


def quote_prompt(quote: Quote, selected: bool, color: str | None) -> Content:
    """Two or more lines: the quote in its marks, then ``— speaker, role · cue``.

    A doubtful attribution says so in words ("? … doubtful 0.62"), not in colour alone; a
    corrected one says "corrected".
    """
    text = shown(" ".join(quote.text.split()))
    if len(text) > MAX_QUOTE_CHARS:
        text = text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
    speaker_style = f"bold {color}" if color else "bold"
    doubtful = is_doubtful(quote)
    parts: list[str | tuple[str, str] | Content] = [
        (SELECTED_MARK, "bold") if selected else "",
        f"“{text}”",
        "\n",
        ("— ", "dim"),
    ]
    if quote.speaker:
        if doubtful:
            parts.append((DOUBTFUL_MARK, "bold reverse"))
        parts.append((shown(quote.speaker), speaker_style))
    else:
        parts.append(("unattributed", "dim italic"))
    if quote.role:
        parts.append((f", {shown(quote.role)}", "dim"))
    if quote.cue:
        parts.append((f" · {shown(quote.cue)}", "dim italic"))
    label = confidence_label(quote)
    if quote.corrected:
        parts.append((f" · {CORRECTED_MARK}{label}", "bold"))
    elif doubtful and label:
        parts.append((f" · {label}", "bold italic"))
    return Content.assemble(*parts)


class QuoteList(VimOptionList):
    """Every quote in article order. Enter shows it in the text; space selects it; f filters by speaker.

    | Key | Description |
    | :- | :- |
    | j, k, up, down | Move. |
    | g, G, home, end | First / last quote. |
    | ctrl+d, ctrl+u | Half a page down / up. |
    | enter | Show the quote in the text, highlighted. |
    | space | Select or unselect the quote. |
    | f | Show one speaker's quotes (press again for the next speaker, then all). |
    | d | Show only the doubtful ones (no speaker, or found with low confidence); again for all. |
    | c | Correct the quote: choose or type its speaker, or mark it as not a quote. |
    | u | Undo your correction of the quote. |
    | y | Copy the quote with its speaker (“…” — Wendy Sherman, role (cue)) to the clipboard. |

    The line under the list says how the speaker of the quote in hand was found; the text marks the words.
    """

    class Filtered(Message):
        """The list shows only some quotes (``label`` says which, "Quotes · Tomás Valente 5/8"), or all (None)."""

        def __init__(self, label: str | None) -> None:
            super().__init__()
            self.label = label

    HELP = (
        "The quotes: enter shows one in the text, space selects it, f filters by speaker, "
        "d shows the doubtful ones, c corrects one."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        *vim_list_bindings("quotes"),
        Binding("enter", "select", "Go to", id="quotes.jump", tooltip="Show the quote in the text"),
        Binding("space", "toggle_quote", "Select", id="quotes.select", tooltip="Select or unselect the quote"),
        Binding("f", "cycle_filter", "Filter speaker", id="quotes.filter", tooltip="Show one speaker's quotes"),
        Binding(
            "d",
            "toggle_doubtful",
            "Doubtful",
            id="quotes.doubtful",
            tooltip="Show only the quotes whose speaker is doubtful or missing",
        ),
        Binding("c", "correct", "Correct", id="quotes.correct", tooltip="Correct the quote's speaker"),
        Binding("u", "undo_correction", "Undo fix", id="quotes.undo", tooltip="Undo your correction of the quote"),
        Binding(
            "y",
            "copy_quote",
            "Copy",
            show=False,
            id="quotes.copy",
            tooltip="Copy the quote with its speaker to the clipboard",
        ),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.speaker_filter: str | None = None
        self.doubtful_only = False
        # The quote in hand, as last announced: the highlight moves it.
        self._in_hand: int | None = None
        # Published as the highlight moves, to subscribers called at once (the screen marks the quote's
        # evidence): a message would arrive after the list had drawn its new highlight, and the key
        # would take two frames to show, not one (60 ms instead of 38 on a long article).
        self.quote_in_hand: Signal[int] = Signal(self, "quote_in_hand")
        self._selected: frozenset[int] = frozenset()
        self._palette: dict[str, str] = {}
        self._generation = 0
        self.border_title = "Quotes"

    def show_article(self, article: Article) -> None:
        self.article = article
        self.speaker_filter = None
        self._rebuild()

    def refresh_quotes(self, article: Article) -> None:
        """The same article with its quotes changed (a correction): filters and place kept."""
        self.article = article
        if self.speaker_filter is not None and self.speaker_filter not in self.speakers:
            self.speaker_filter = None
        self._rebuild()

    @property
    def speakers(self) -> list[str]:
        if self.article is None:
            return []
        names: list[str] = []
        for quote in self.article.quotes:
            if quote.speaker and quote.speaker not in names:
                names.append(quote.speaker)
        return names

    @property
    def shown(self) -> list[Quote]:
        if self.article is None:
            return []
        quotes = self.article.quotes
        if self.doubtful_only:
            quotes = tuple(q for q in quotes if is_doubtful(q))
        if self.speaker_filter is None:
            return list(quotes)
        return [q for q in quotes if q.speaker == self.speaker_filter]

    def _rebuild(self) -> None:
        highlighted = self.highlighted_quote
        self.clear_options()
        self._generation += 1
        shown = self.shown
        self._in_hand = None
        if not shown:
            message = "No quotes found in this article." if self.article is not None else ""
            if self.article is not None and self.article.quotes and self.doubtful_only:
                message = "No doubtful quotes: every one has a speaker found with confidence (d shows all)."
            if message:
                self.add_option(Option(Content.styled(message, "dim italic"), disabled=True))
        else:
            # The first screenful now; the rest in batches after the first paint (an option's height
            # is measured when it is added, which takes a while for thousands of quotes).
            self._add_batch(shown, 0, FIRST_BATCH, self._generation)
            indexes = [q.index for q in shown]
            if highlighted in indexes and indexes.index(highlighted) < FIRST_BATCH:
                self.highlighted = indexes.index(highlighted)
            else:
                self.highlighted = 0
            # Set to the same number, the highlight sends no message: the quote in hand is announced here.
            self._announce(self.highlighted_quote)
        self._update_title()

    def _add_batch(self, shown: list[Quote], start: int, count: int, generation: int) -> None:
        if generation != self._generation:
            return  # rebuilt since: this batch is stale
        idle = getattr(self.app, "input_idle", None)
        if start and idle is not None and not idle(INPUT_PAUSE):
            # The reader is pressing keys: they come first; the list fills in when they pause.
            self.set_timer(INPUT_PAUSE, lambda: self._add_batch(shown, start, count, generation))
            return
        started = time.perf_counter()
        end = start
        while end < len(shown) and (end == start or time.perf_counter() - started < BATCH_BUDGET):
            batch = shown[end : end + count]
            self.add_options(Option(self._prompt(q), id=str(q.index)) for q in batch)
            end += len(batch)
            count = LATER_CHUNK
        if end < len(shown):
            # After the next refresh, so the screen paints (and keys are answered) before each batch.
            self.call_after_refresh(
                self.set_timer, BATCH_GAP, lambda: self._add_batch(shown, end, LATER_CHUNK, generation)
            )

    @property
    def complete(self) -> bool:
        """Every quote shown is in the list (the last batch was added)."""
        return self.option_count >= len(self.shown)

    def _update_title(self) -> None:
        total = len(self.article.quotes) if self.article is not None else 0
        doubtful = "doubtful" if self.doubtful_only else ""
        tab_label: str | None = None
        if self.speaker_filter is None and not doubtful:
            self.border_title = Content.assemble("Quotes", (f" {total}", "dim"))
        else:
            count = len(self.shown)
            label = [shown(self.speaker_filter)] if self.speaker_filter is not None else []
            if doubtful:
                label.append(doubtful)
            self.border_title = Content.assemble("Quotes · ", " · ".join(label), (f" {count}/{total}", "dim"))
            tab_label = f"Quotes · {' · '.join(label)} {count}/{total}"
        # The narrow layout's tab names the filter too (its pane has no border to carry the title).
        self.post_message(self.Filtered(tab_label))
        self.border_subtitle = Content("f: filter") if self.speakers else None

    @property
    def highlighted_quote(self) -> int | None:
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return int(option_id) if option_id is not None else None

    def set_selection(self, quotes: frozenset[int]) -> None:
        old, self._selected = self._selected, quotes
        if self.article is None:
            return
        for index in old ^ quotes:
            self._redraw(index)

    def _prompt(self, quote: Quote) -> Content:
        return quote_prompt(quote, quote.index in self._selected, self._palette.get(quote.speaker or ""))

    def _redraw(self, index: int) -> None:
        if self.article is None or not 0 <= index < len(self.article.quotes):
            return
        try:
            self.replace_option_prompt(str(index), self._prompt(self.article.quotes[index]))
        except OptionDoesNotExist:
            return  # filtered out of the list: nothing to redraw

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and not (option := self.get_option_at_index(highlighted)).disabled:
            self._announce(int(option.id) if option.id is not None else None)

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()  # announced already, as `quote_in_hand`

    def _announce(self, index: int | None) -> None:
        """The quote in hand: the screen shows how its speaker was found (`EvidenceLine`) and marks the text."""
        if index == self._in_hand:
            return
        self._in_hand = index
        if index is not None:
            self.quote_in_hand.publish(index)

    def set_palette(self, palette: dict[str, str]) -> None:
        self._palette = palette
        if self.article is not None:
            self._rebuild()

    def show_quote(self, index: int) -> None:
        """Put the list's cursor on a quote (after a jump from elsewhere), if it is listed."""
        try:
            self.highlighted = self.get_option_index(str(index))
        except OptionDoesNotExist:
            return

    def set_filter(self, speaker: str | None) -> None:
        self.speaker_filter = speaker
        self._rebuild()

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(JumpRequested(Target("quote", int(event.option.id))))

    def action_toggle_quote(self) -> None:
        index = self.highlighted_quote
        if index is not None:
            self.post_message(SelectRequested("quotes", (index,), None))

    def action_cycle_filter(self) -> None:
        names = self.speakers
        if not names:
            self.notify("No attributed quotes to filter", timeout=3)
            return
        if self.speaker_filter is None:
            self.set_filter(names[0])
        else:
            i = names.index(self.speaker_filter) if self.speaker_filter in names else -1
            self.set_filter(names[i + 1] if i + 1 < len(names) else None)

    def action_toggle_doubtful(self) -> None:
        self.doubtful_only = not self.doubtful_only
        self._rebuild()
        if self.doubtful_only and self.article is not None:
            count = len(self.shown)
            self.notify(f"{count} doubtful quote{'s' if count != 1 else ''} of {len(self.article.quotes)}", timeout=3)

    def action_correct(self) -> None:
        index = self.highlighted_quote
        if index is not None:
            self.post_message(CorrectionRequested(index))

    def action_undo_correction(self) -> None:
        index = self.highlighted_quote
        if index is not None:
            self.post_message(UndoCorrectionRequested(index))

    def action_copy_quote(self) -> None:
        """The quote in hand, in its marks, with who said it: to the clipboard (OSC 52)."""
        index = self.highlighted_quote
        if index is None or self.article is None:
            return
        quote = self.article.quotes[index]
        text = quote_with_attribution(self.article, quote)
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied: {shown(text[:80])}{'…' if len(text) > 80 else ''}", timeout=3, markup=False)

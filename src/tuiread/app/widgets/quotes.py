"""The quotes: every direct quote and every piece of reported speech, with speaker, role and cue.

Reported speech is paraphrase, not anyone's words: it shows without quotation marks, after a
``≈`` and in italics, so no reader takes it for a quotation. One key (t) shows both kinds, direct
quotes only or reported speech only; f filters either by speaker.
"""

from __future__ import annotations

import time
from typing import ClassVar, Literal

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
    item_at,
)
from tuiread.app.plain import shown
from tuiread.app.widgets.vim import VimOptionList, vim_list_bindings
from tuiread.evidence import confidence_label, is_doubtful
from tuiread.export import cue_words, quote_attribution
from tuiread.model import Article, Quote, Reported
from tuiread.selection import KINDS

# Long quotes are cut in the list (the text view shows them whole).
MAX_QUOTE_CHARS = 280
SELECTED_MARK = "● "
DOUBTFUL_MARK = "?"
CORRECTED_MARK = "✎ "
# Reported speech: a mark in words' stead (not colour alone), and no quotation marks.
REPORTED_MARK = "≈ "
# What the pane's title and tab say for each kind shown (`tuiread.selection.KINDS`).
KIND_LABELS = {"both": "", "direct": "direct only", "reported": "reported only"}
KIND_SAID = {"both": "Quotes and reported speech", "direct": "Direct quotes only", "reported": "Reported speech only"}
# Said of reported content that is a belief or a finding ("X believes", "the poll shows"), not speech.
NOT_SPEECH = "belief or finding"
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
    cue = f" ({said})" if (said := cue_words(quote.cue)) else ""
    return f"“{words}” — {quote_attribution(quote, article)}{cue}"


def reported_with_attribution(article: Article, item: Reported) -> str:
    """Jens Stoltenberg, Secretary General of NATO (according to): The Moscow delegation arrived…

    Attributed paraphrase, as the export writes it: never in quotation marks a reader could take
    for the speaker's own words."""
    cue = f" ({said})" if (said := cue_words(item.cue)) else ""
    return f"{quote_attribution(item, article)}{cue}: {' '.join(item.text.split())}"


def _cut(text: str) -> str:
    text = shown(" ".join(text.split()))
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


def _speaker_line(item: Quote | Reported, color: str | None) -> list[str | tuple[str, str]]:
    """``— speaker, role · cue``: who said it, doubtful in words ("? … doubtful 0.62"), not in colour alone."""
    speaker_style = f"bold {color}" if color else "bold"
    doubtful = is_doubtful(item)
    parts: list[str | tuple[str, str]] = [("— ", "dim")]
    if item.speaker:
        if doubtful:
            parts.append((DOUBTFUL_MARK, "bold reverse"))
        parts.append((shown(item.speaker), speaker_style))
    else:
        parts.append(("unattributed", "dim italic"))
    if item.role:
        parts.append((f", {shown(item.role)}", "dim"))
    if said := cue_words(item.cue):
        parts.append((f" · {shown(said)}", "dim italic"))
    if isinstance(item, Reported) and item.kind != "speech":
        parts.append((f" · {NOT_SPEECH}", "italic"))
    label = confidence_label(item)
    if isinstance(item, Quote) and item.corrected:
        parts.append((f" · {CORRECTED_MARK}{label}", "bold"))
    elif doubtful and label:
        parts.append((f" · {label}", "bold italic"))
    return parts


def quote_prompt(quote: Quote, selected: bool, color: str | None) -> Content:
    """Two or more lines: the quote in its marks, then ``— speaker, role · cue``.

    A doubtful attribution says so in words ("? … doubtful 0.62"), not in colour alone; a
    corrected one says "corrected".
    """
    return Content.assemble(
        (SELECTED_MARK, "bold") if selected else "",
        f"“{_cut(quote.text)}”",
        "\n",
        *_speaker_line(quote, color),
    )


def reported_prompt(item: Reported, selected: bool, color: str | None) -> Content:
    """Reported speech: ``≈`` and the paraphrase in italics, no quotation marks; then its speaker line."""
    return Content.assemble(
        (SELECTED_MARK, "bold") if selected else "",
        (REPORTED_MARK, "bold"),
        (_cut(item.text), "italic"),
        "\n",
        *_speaker_line(item, color),
    )


def item_target(item: Quote | Reported) -> Target:
    """A listed item as somewhere to go: a quote or reported speech, by its index."""
    return Target("quote", item.index) if isinstance(item, Quote) else Target("reported", item.index)


def option_id(target: Target) -> str:
    """A quote's option is its index ("3", as before reported speech was listed); reported speech "r3"."""
    return str(target.index) if target.kind == "quote" else f"r{target.index}"


def target_of(option: str | None) -> Target | None:
    if not option:
        return None
    if option.startswith("r"):
        return Target("reported", int(option[1:]))
    return Target("quote", int(option))


def in_reading_order(quotes: list[Quote], reported: list[Reported]) -> list[Quote | Reported]:
    """Quotes and reported speech by where they start in the text (reported speech is numbered in
    the order it was found, which is not always the order it reads in)."""
    return sorted([*quotes, *reported], key=lambda item: item.start)


Kinds = Literal["both", "direct", "reported"]


class QuoteList(VimOptionList):
    """Every quote and piece of reported speech in article order. Enter shows it in the text; space
    selects it; t shows one kind or both; f filters by speaker.

    | Key | Description |
    | :- | :- |
    | j, k, up, down | Move. |
    | g, G, home, end | First / last entry. |
    | ctrl+d, ctrl+u | Half a page down / up. |
    | enter | Show the quote (or reported speech) in the text, highlighted. |
    | space | Select or unselect it. |
    | t | Show quotes and reported speech, direct quotes only, or reported speech only. |
    | f | Show one speaker's (press again for the next speaker, then all). |
    | d | Show only the doubtful ones (no speaker, or found with low confidence); again for all. |
    | c | Correct the quote: choose or type its speaker, or mark it as not a quote. |
    | u | Undo your correction of the quote. |
    | y | Copy it with its speaker (“…” — Wendy Sherman, role (cue)) to the clipboard. |

    Reported speech shows after ``≈``, in italics and without quotation marks: it is paraphrase.
    The line under the list says how the speaker of the entry in hand was found; the text marks the words.
    """

    class Filtered(Message):
        """The list shows only some entries (``label`` says which, "Quotes · Tomás Valente 5/8"), or all (None)."""

        def __init__(self, label: str | None) -> None:
            super().__init__()
            self.label = label

    HELP = (
        "The quotes, and reported speech after ≈ (paraphrase, no quotation marks): enter shows one in the "
        "text, space selects it, t shows one kind or both, f filters by speaker, d shows the doubtful ones, "
        "c corrects a quote."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        *vim_list_bindings("quotes"),
        Binding("enter", "select", "Go to", id="quotes.jump", tooltip="Show the quote in the text"),
        Binding("space", "toggle_quote", "Select", id="quotes.select", tooltip="Select or unselect the quote"),
        Binding(
            "t",
            "cycle_kinds",
            "Kinds",
            id="quotes.kinds",
            tooltip="Show quotes and reported speech, direct quotes only, or reported speech only",
        ),
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
        # Which kinds are listed: quotes and reported speech, or one of them (t cycles).
        self.kinds: Kinds = "both"
        # The entry in hand, as last announced: the highlight moves it.
        self._in_hand: Target | None = None
        # Published as the highlight moves, to subscribers called at once (the screen marks the entry's
        # evidence): a message would arrive after the list had drawn its new highlight, and the key
        # would take two frames to show, not one (60 ms instead of 38 on a long article).
        self.quote_in_hand: Signal[Target] = Signal(self, "quote_in_hand")
        self._selected: frozenset[Target] = frozenset()
        self._palette: dict[str, str] = {}
        self._generation = 0
        self._listed: list[Quote | Reported] = []
        self.border_title = "Quotes"

    def clear(self) -> None:
        """No article: empty, every kind listed, no filter, nothing selected or in hand, at the top."""
        self.article = None
        self.speaker_filter = None
        self.doubtful_only = False
        self.kinds = "both"
        self._selected = frozenset()
        self._in_hand = None
        self._listed = []
        self._generation += 1  # batches of the article before are stale
        self.clear_options()
        self.border_title, self.border_subtitle = "Quotes", None
        self.post_message(self.Filtered(None))

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

    def _of_kinds(self) -> tuple[list[Quote], list[Reported]]:
        if self.article is None:
            return [], []
        quotes = list(self.article.quotes) if self.kinds != "reported" else []
        reported = list(self.article.reported) if self.kinds != "direct" else []
        return quotes, reported

    @property
    def speakers(self) -> list[str]:
        """Who the kinds listed are given to: the quoted first, then those only reported."""
        names: dict[str, None] = {}
        quotes, reported = self._of_kinds()
        for item in (*quotes, *reported):
            if item.speaker:
                names.setdefault(item.speaker)
        return list(names)

    @property
    def shown(self) -> list[Quote | Reported]:
        """The entries the list shows (or is filling in), in reading order."""
        quotes, reported = self._of_kinds()
        items = in_reading_order(quotes, reported)
        if self.doubtful_only:
            items = [item for item in items if is_doubtful(item)]
        if self.speaker_filter is None:
            return items
        return [item for item in items if item.speaker == self.speaker_filter]

    def _empty_message(self) -> str:
        article = self.article
        if article is None:
            return ""
        quotes, reported = self._of_kinds()
        if (quotes or reported) and self.doubtful_only:
            what = "No doubtful quotes" if self.kinds == "direct" else "Nothing doubtful"
            return f"{what}: every one has a speaker found with confidence (d shows all)."
        if self.kinds == "direct":
            return (
                "No direct quotes in this article (t shows reported speech)."
                if article.reported
                else ("No quotes found in this article.")
            )
        if self.kinds == "reported":
            return "No reported speech found in this article (t shows quotes)."
        return "No quotes found in this article."

    def _rebuild(self) -> None:
        in_hand = self.highlighted_item
        self.clear_options()
        self._generation += 1
        self._listed = shown = self.shown
        self._in_hand = None
        if not shown:
            message = self._empty_message()
            if message:
                self.add_option(Option(Content.styled(message, "dim italic"), disabled=True))
        else:
            # The first screenful now; the rest in batches after the first paint (an option's height
            # is measured when it is added, which takes a while for thousands of quotes).
            self._add_batch(shown, 0, FIRST_BATCH, self._generation)
            at = next((i for i, item in enumerate(shown[:FIRST_BATCH]) if item_target(item) == in_hand), 0)
            self.highlighted = at
            # Set to the same number, the highlight sends no message: the entry in hand is announced here.
            self._announce(self.highlighted_item)
        self._update_title()

    def _add_batch(self, shown: list[Quote | Reported], start: int, count: int, generation: int) -> None:
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
            self.add_options(Option(self._prompt(item), id=option_id(item_target(item))) for item in batch)
            end += len(batch)
            count = LATER_CHUNK
        if end < len(shown):
            # After the next refresh, so the screen paints (and keys are answered) before each batch.
            self.call_after_refresh(
                self.set_timer, BATCH_GAP, lambda: self._add_batch(shown, end, LATER_CHUNK, generation)
            )

    @property
    def complete(self) -> bool:
        """Every entry shown is in the list (the last batch was added)."""
        return self.option_count >= len(self._listed)

    def _update_title(self) -> None:
        article = self.article
        quotes = len(article.quotes) if article is not None else 0
        reported = len(article.reported) if article is not None else 0
        label = [shown(self.speaker_filter)] if self.speaker_filter is not None else []
        if self.doubtful_only:
            label.append("doubtful")
        if KIND_LABELS[self.kinds]:
            label.append(KIND_LABELS[self.kinds])
        tab_label: str | None = None
        if not label:
            # ❝ counts direct quotes, ≈ reported speech (as the outline and the speakers do).
            counts = f" {quotes}❝ {reported}≈" if reported else f" {quotes}"
            self.border_title = Content.assemble("Quotes", (counts, "dim"))
        else:
            # Out of the kinds listed: "direct only 4/4" when every direct quote shows.
            listed = (quotes if self.kinds != "reported" else 0) + (reported if self.kinds != "direct" else 0)
            count, total = len(self._listed), listed
            self.border_title = Content.assemble("Quotes · ", " · ".join(label), (f" {count}/{total}", "dim"))
            tab_label = f"Quotes · {' · '.join(label)} {count}/{total}"
        # The narrow layout's tab names the filter too (its pane has no border to carry the title).
        self.post_message(self.Filtered(tab_label))
        keys = ["f: filter"] if self.speakers else []
        if reported:
            keys.append("t: kinds")
        self.border_subtitle = Content(" · ".join(keys)) if keys else None

    @property
    def highlighted_item(self) -> Target | None:
        """The quote or reported speech under the cursor."""
        if self.highlighted is None or self.highlighted >= self.option_count:
            return None
        return target_of(self.get_option_at_index(self.highlighted).id)

    @property
    def highlighted_quote(self) -> int | None:
        """The direct quote under the cursor (None on reported speech)."""
        target = self.highlighted_item
        return target.index if target is not None and target.kind == "quote" else None

    def set_selection(self, quotes: frozenset[int], reported: frozenset[int] = frozenset()) -> None:
        selected = frozenset(Target("quote", i) for i in quotes) | frozenset(Target("reported", i) for i in reported)
        old, self._selected = self._selected, selected
        if self.article is None:
            return
        for target in old ^ selected:
            self._redraw(target)

    def _item(self, target: Target) -> Quote | Reported | None:
        return item_at(self.article, target) if self.article is not None else None

    def _prompt(self, item: Quote | Reported) -> Content:
        selected = item_target(item) in self._selected
        color = self._palette.get(item.speaker or "")
        if isinstance(item, Quote):
            return quote_prompt(item, selected, color)
        return reported_prompt(item, selected, color)

    def _redraw(self, target: Target) -> None:
        item = self._item(target)
        if item is None:
            return
        try:
            self.replace_option_prompt(option_id(target), self._prompt(item))
        except OptionDoesNotExist:
            return  # filtered out of the list: nothing to redraw

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and not (option := self.get_option_at_index(highlighted)).disabled:
            self._announce(target_of(option.id))

    def on_option_list_option_highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        event.stop()  # announced already, as `quote_in_hand`

    def _announce(self, target: Target | None) -> None:
        """The entry in hand: the screen shows how its speaker was found (`EvidenceLine`) and marks the text."""
        if target == self._in_hand:
            return
        self._in_hand = target
        if target is not None:
            self.quote_in_hand.publish(target)

    def set_palette(self, palette: dict[str, str]) -> None:
        self._palette = palette
        if self.article is not None:
            self._rebuild()

    def show_quote(self, index: int) -> None:
        """Put the list's cursor on a quote (after a jump from elsewhere), if it is listed."""
        self.show_item(Target("quote", index))

    def show_item(self, target: Target) -> None:
        """Put the list's cursor on a quote or reported speech, if it is listed."""
        try:
            self.highlighted = self.get_option_index(option_id(target))
        except OptionDoesNotExist:
            return

    def set_filter(self, speaker: str | None) -> None:
        self.speaker_filter = speaker
        self._rebuild()

    def set_kinds(self, kinds: Kinds) -> None:
        """List both kinds, direct quotes only or reported speech only (a speaker filter stays if it still applies)."""
        self.kinds = kinds
        if self.speaker_filter is not None and self.speaker_filter not in self.speakers:
            self.speaker_filter = None
        self._rebuild()

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        target = target_of(event.option.id)
        if target is not None:
            self.post_message(JumpRequested(target))

    def action_toggle_quote(self) -> None:
        target = self.highlighted_item
        if target is not None:
            self.post_message(SelectRequested("quotes" if target.kind == "quote" else "reported", (target.index,)))

    def action_cycle_kinds(self) -> None:
        kinds: Kinds = KINDS[(KINDS.index(self.kinds) + 1) % len(KINDS)]  # type: ignore[assignment]
        self.set_kinds(kinds)
        self.notify(KIND_SAID[kinds], timeout=2)

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
            count = len(self._listed)
            quotes, reported = self._of_kinds()
            self.notify(f"{count} doubtful of {len(quotes) + len(reported)}", timeout=3)

    def _quote_to_correct(self) -> int | None:
        target = self.highlighted_item
        if target is not None and target.kind == "reported":
            self.notify("Only direct quotes can be corrected", timeout=3)
            return None
        return self.highlighted_quote

    def action_correct(self) -> None:
        index = self._quote_to_correct()
        if index is not None:
            self.post_message(CorrectionRequested(index))

    def action_undo_correction(self) -> None:
        index = self._quote_to_correct()
        if index is not None:
            self.post_message(UndoCorrectionRequested(index))

    def action_copy_quote(self) -> None:
        """The entry in hand with who said it: a quote in its marks, reported speech as attributed
        paraphrase; to the clipboard (OSC 52)."""
        target = self.highlighted_item
        item = self._item(target) if target is not None else None
        if item is None or self.article is None:
            return
        if isinstance(item, Quote):
            text = quote_with_attribution(self.article, item)
        else:
            text = reported_with_attribution(self.article, item)
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied: {shown(text[:80])}{'…' if len(text) > 80 else ''}", timeout=3, markup=False)

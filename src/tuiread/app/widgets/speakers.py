"""The speakers: who is quoted or reported, how often and at what length, drawn as bars to show the
balance of voices.

Each speaker's figures read ``2❝ 3≈ · 57 words``: two direct quotes, three pieces of reported
speech, 57 words given to them in all. The bar is solid for the words quoted and shaded (░) for
the words reported, so the two show apart without colour.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from tuiread.app.messages import SelectRequested, SpeakerChosen
from tuiread.app.plain import shown
from tuiread.app.widgets.vim import VimOptionList, vim_list_bindings
from tuiread.model import Article

BAR_FULL = "█"
BAR_EIGHTHS = " ▏▎▍▌▋▊▉"
BAR_REPORTED = "░"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class Voice:
    """A speaker's share of the article: quotes and words quoted, reported speech and its words
    (``name`` None: what has no speaker)."""

    name: str | None
    role: str | None
    quotes: tuple[int, ...]
    words: int
    reported: tuple[int, ...] = ()
    reported_words: int = 0


def voices(article: Article) -> list[Voice]:
    """Every speaker, from the parser's speaker list or else from the quotes, then those only
    reported, then what has no speaker; each with their reported speech."""
    found: dict[str, Voice] = {}
    if article.speakers:
        for s in article.speakers:
            quotes = tuple(s.quotes)
            words = s.words or sum(article.quotes[i].words for i in quotes if 0 <= i < len(article.quotes))
            found[s.name] = Voice(s.name, s.role, quotes, words)
    for q in article.quotes:
        if q.speaker and q.speaker not in found:
            found[q.speaker] = Voice(q.speaker, q.role, (), 0)
        if q.speaker and q.index not in found[q.speaker].quotes:
            v = found[q.speaker]
            found[q.speaker] = Voice(v.name, v.role or q.role, (*v.quotes, q.index), v.words + q.words)
    for r in article.reported:
        if r.speaker:
            v = found.get(r.speaker) or Voice(r.speaker, r.role, (), 0)
            found[r.speaker] = replace(
                v, role=v.role or r.role, reported=(*v.reported, r.index), reported_words=v.reported_words + r.words
            )
    result = list(found.values())
    orphans = tuple(q.index for q in article.quotes if not q.speaker)
    unsaid = tuple(r.index for r in article.reported if not r.speaker)
    if orphans or unsaid:
        words = sum(article.quotes[i].words for i in orphans)
        result.append(Voice(None, None, orphans, words, unsaid, sum(article.reported[i].words for i in unsaid)))
    return result


def bar(fraction: float, width: int) -> str:
    """A horizontal bar ``fraction`` of ``width`` cells long, to an eighth of a cell."""
    eighths = round(max(min(fraction, 1.0), 0.0) * width * 8)
    full, part = divmod(eighths, 8)
    text = BAR_FULL * full + (BAR_EIGHTHS[part] if part else "")
    return text


def voice_stats(voice: Voice) -> str:
    """``2❝ 3≈ · 57 words``: direct quotes, reported speech (when there is any), words in all."""
    counts = f"{len(voice.quotes)}❝"
    if voice.reported:
        counts += f" {len(voice.reported)}≈"
    return f" {counts} · {voice.words + voice.reported_words} words"


def voice_prompt(voice: Voice, most_words: int, width: int, color: str | None, selected: int = 0) -> Content:
    """Name (and role), then a bar of words quoted (solid) and reported (shaded) with the counts;
    ``selected`` of their quotes and reported speech are selected."""
    name = shown(voice.name) if voice.name else UNATTRIBUTED
    items = len(voice.quotes) + len(voice.reported)
    stats = voice_stats(voice)
    bar_width = max(width - len(stats), 4)
    quoted = bar(voice.words / most_words if most_words else 0.0, bar_width)
    reported_cells = round(voice.reported_words / most_words * bar_width) if most_words else 0
    reported = BAR_REPORTED * max(min(reported_cells, bar_width - len(quoted)), 0)
    name_style = (f"bold {color}" if color else "bold") if voice.name else "dim italic"
    parts: list[str | tuple[str, str]] = [("● " if selected else "", "bold"), (name, name_style)]
    if selected:
        parts.append((f"  {selected}/{items} selected", "italic"))
    if voice.role:
        parts += ["\n", (shown(voice.role), "dim")]
    padding = " " * (bar_width - len(quoted) - len(reported))
    parts += ["\n", (quoted, color or "dim"), (reported, color or "dim"), padding, (stats, "dim")]
    return Content.assemble(*parts)


class SpeakersView(VimOptionList):
    """Each speaker with role, quotes and words quoted; the bars compare how much each one is heard.

    | Key | Description |
    | :- | :- |
    | j, k, up, down | Move. |
    | g, G, home, end | First / last speaker. |
    | enter | Show only this speaker's quotes and reported speech in the quotes pane. |
    | space | Select or unselect all of this speaker's quotes and reported speech. |

    ``2❝ 3≈`` counts direct quotes and reported speech; the bar is solid for words quoted, shaded for words reported.
    """

    HELP = (
        "The speakers: 2❝ 3≈ is two quotes and three reported; the bars compare words quoted (solid) and "
        "reported (shaded). Enter filters the quotes, space selects them all."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        *vim_list_bindings("speakers"),
        Binding("enter", "select", "Their quotes", id="speakers.filter", tooltip="Show only this speaker's quotes"),
        Binding("space", "select_quotes", "Select quotes", id="speakers.select", tooltip="Select all their quotes"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.voices: list[Voice] = []
        self._palette: dict[str, str] = {}
        self._selected_quotes: frozenset[int] = frozenset()
        self._selected_reported: frozenset[int] = frozenset()
        self._width = 0
        self.border_title = "Speakers"

    def clear(self) -> None:
        """No article: empty, nothing selected, at the top (before another article shows)."""
        self.article = None
        self.voices = []
        self._selected_quotes = self._selected_reported = frozenset()
        self.clear_options()
        self.border_title = "Speakers"

    def show_article(self, article: Article) -> None:
        self.article = article
        self.voices = voices(article)
        self._rebuild()

    def set_palette(self, palette: dict[str, str]) -> None:
        self._palette = palette
        self._rebuild()

    def set_selection(self, quotes: frozenset[int], reported: frozenset[int] = frozenset()) -> None:
        if quotes != self._selected_quotes or reported != self._selected_reported:
            self._selected_quotes, self._selected_reported = quotes, reported
            self._rebuild()

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._width:
            self._rebuild()

    def _rebuild(self) -> None:
        if self.article is None:
            return
        self._width = self.scrollable_content_region.width
        highlighted = self.highlighted
        self.clear_options()
        if not self.voices:
            self.add_option(Option(Content.styled("Nobody is quoted in this article.", "dim italic"), disabled=True))
            self.border_title = "Speakers"
            return
        most = max(v.words + v.reported_words for v in self.voices) or 1
        padding = self.get_component_styles("option-list--option").padding.width
        # Room for a scrollbar too, so the figures never wrap under the bar.
        width = max(self._width - padding - self.styles.scrollbar_size_vertical, 12)
        options: list[Option | None] = []
        for i, voice in enumerate(self.voices):
            if i:
                options.append(None)
            color = self._palette.get(voice.name or "")
            selected = sum(1 for q in voice.quotes if q in self._selected_quotes) + sum(
                1 for r in voice.reported if r in self._selected_reported
            )
            options.append(Option(voice_prompt(voice, most, width, color, selected), id=f"voice-{i}"))
        self.add_options(options)
        self.highlighted = highlighted if highlighted is not None and highlighted < self.option_count else 0
        named = sum(1 for v in self.voices if v.name)
        self.border_title = Content.assemble("Speakers", (f" {named}", "dim"))

    @property
    def highlighted_voice(self) -> Voice | None:
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        if not option_id or not option_id.startswith("voice-"):
            return None
        return self.voices[int(option_id.removeprefix("voice-"))]

    def on_option_list_option_selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        voice = self.highlighted_voice
        if voice is not None and voice.name is not None:
            self.post_message(SpeakerChosen(voice.name))

    def action_select_quotes(self) -> None:
        """All of the speaker's quotes and reported speech into the selection (all out, if all were in)."""
        voice = self.highlighted_voice
        if voice is None or not (voice.quotes or voice.reported):
            return
        everything = set(voice.quotes) <= self._selected_quotes and set(voice.reported) <= self._selected_reported
        if voice.quotes:
            self.post_message(SelectRequested("quotes", voice.quotes, not everything))
        if voice.reported:
            self.post_message(SelectRequested("reported", voice.reported, not everything))

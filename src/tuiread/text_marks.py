"""What is marked on the article's text, without Textual: its quotes, speakers' mentions, repairs and
dateline, and the reader's marks (the picked paragraphs, a quote's evidence, the search's matches,
a jump's target, a mouse drag); and the stops n and N go through.

The article view (`tuiread.app.widgets.article_view`) keeps one, draws each line's `layers` in its
styles, and tests ask it directly. Marks are offsets into ``Article.text``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise

from tuiread.fix_places import visible
from tuiread.model import Article, Quote, Reported, Span
from tuiread.target import Target
from tuiread.text_cursor import next_stop
from tuiread.text_layout import SpanIndex, quote_spans
from tuiread.text_search import MAX_MATCHES, SearchText

# A layer of a line: (start, end, the component it is drawn as, the speaker whose colour it takes).
Layer = tuple[int, int, str, str | None]
# Evidence marked in the text: (start, end, "evidence-mention" | "evidence-cue" | "evidence-named").
Mark = tuple[int, int, str]
# The kinds of stops the quotes pane offers n and N: both, direct quotes, reported speech.
STOP_KINDS = ("both", "direct", "reported")


def evidence_of(item: Quote | Reported | None) -> tuple[Mark, ...]:
    """What attributes a quote or reported speech, to mark: where its speaker is named (unless that is
    the mention itself), its cue and its speaker mention. None for a quote the reader corrected."""
    if item is None or (isinstance(item, Quote) and item.corrected) or item.evidence is None:
        return ()
    evidence = item.evidence
    named, mention = evidence.named, evidence.mention
    marks: list[Mark] = []
    if named is not None and (mention is None or not named.overlaps(mention)):
        marks.append((named.start, named.end, "evidence-named"))
    if evidence.cue is not None:
        marks.append((evidence.cue.start, evidence.cue.end, "evidence-cue"))
    if mention is not None:
        marks.append((mention.start, mention.end, "evidence-mention"))
    return tuple(marks)


def _overlaps(span: tuple[int, int] | Span | None, start: int, end: int) -> bool:
    if span is None:
        return False
    a, b = (span.start, span.end) if isinstance(span, Span) else span
    return a < end and start < b


def _repair_spans(article: Article) -> list[tuple[int, int, str]]:
    """The repairs to draw, in order and not overlapping (SpanIndex's terms): a removal's empty place
    on the character beside it, and a place within another (a character fixed in a mark) in it."""
    text = article.text
    spans = sorted(
        (start, end, kind) if start < end else (*visible(text, start, end), kind)
        for start, end, kind in article.repairs.triples()
    )
    if not any(b[0] < a[1] for a, b in pairwise(spans)):
        return spans  # the usual case: nothing to merge
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged


class TextMarks:
    """The marks on one article's text, found by the lines they touch."""

    def __init__(self, article: Article | None = None) -> None:
        self.quotes = SpanIndex()
        self.mentions = SpanIndex()
        self.repairs = SpanIndex()
        self.dateline: Span | None = None
        # For each kind of stops: the starts in order, and what starts there.
        self.stops: dict[str, tuple[list[int], list[Target]]] = {}
        self.selected: frozenset[int] = frozenset()
        self.evidence: tuple[Mark, ...] = ()
        self.target: Span | None = None
        self.dragged: tuple[int, int] | None = None
        self.match_starts: list[int] = []
        self.match_ends: list[int] = []
        self.matches = SpanIndex()
        self.match_index = -1
        if article is not None:
            self.repairs = SpanIndex(_repair_spans(article))
            self.dateline = article.dateline_span
            self.set_quotes(article)

    def set_quotes(self, article: Article) -> None:
        """The article's quotes, their speakers' mentions and the stops (the text stays the same)."""
        self.quotes = SpanIndex(
            (span.start, span.end, quote.speaker) for quote in article.quotes for span in quote_spans(article, quote)
        )
        self.mentions = SpanIndex(
            (q.speaker_mention.start, q.speaker_mention.end, q.speaker)
            for q in article.quotes
            if q.speaker_mention is not None
        )
        quotes = [(q.start, Target("quote", q.index)) for q in article.quotes]
        reported = [(r.start, Target("reported", r.index)) for r in article.reported]
        both = sorted(quotes + reported, key=lambda stop: stop[0])
        self.stops = {
            kinds: ([start for start, _ in stops], [target for _, target in stops])
            for kinds, stops in zip(STOP_KINDS, (both, quotes, reported), strict=True)
        }

    def set_evidence(self, marks: tuple[Mark, ...]) -> list[int]:
        """Mark ``marks`` as the evidence; where the marks it leaves and the new ones begin (none if
        they are the same)."""
        if marks == self.evidence:
            return []
        moved = [a for a, _b, _k in (*self.evidence, *marks)]
        self.evidence = marks
        return moved

    def stop_after(self, position: int, direction: int, kinds: str = "both") -> tuple[Target | None, bool]:
        """The next (``direction`` 1) or previous (-1) stop of ``kinds`` from ``position``; and whether
        it went round the end."""
        starts, targets = self.stops.get(kinds, ([], []))
        i, wrapped = next_stop(starts, position, direction)
        return (targets[i], wrapped) if i >= 0 else (None, False)

    # -- search matches --------------------------------------------------------------

    def set_matches(self, starts: list[int], ends: list[int]) -> None:
        self.match_starts, self.match_ends = starts, ends
        self.matches = SpanIndex.from_sorted(starts, ends)
        self.match_index = -1

    def find(self, search: SearchText, query: str, position: int) -> int:
        """Mark every match of ``query`` in ``search`` as people type it (at most MAX_MATCHES); the
        index of the first one from ``position``, going round to the first (-1: none)."""
        starts, ends = search.find_all(query, MAX_MATCHES)
        self.set_matches(starts, ends)
        if not starts:
            return -1
        i = bisect_left(starts, max(position, 0))
        return i if i < len(starts) else 0

    def clear_matches(self) -> None:
        self.set_matches([], [])

    @property
    def match_spans(self) -> list[Span]:
        """Where the search matches are in the text, in order."""
        return [Span(a, b) for a, b in zip(self.match_starts, self.match_ends, strict=True)]

    @property
    def current_match(self) -> int:
        """The start of the match the reader is on (-1: none)."""
        return self.match_starts[self.match_index] if self.match_index >= 0 else -1

    def match_after(self, position: int, direction: int) -> tuple[int, bool]:
        """The next or previous match from the current one (or from ``position`` when there is none
        yet); (its index, whether it went round). -1 when there are no matches."""
        current = self.current_match
        return next_stop(self.match_starts, current if current >= 0 else position, direction)

    # -- drawing ------------------------------------------------------------------------

    def layers(self, start: int, end: int, *, repairs: bool) -> Iterator[Layer]:
        """The marks on ``[start, end)``, lowest first (later ones are drawn over earlier ones);
        the repairs only when ``repairs`` is on. The drag's layer is "selection"."""
        if _overlaps(self.dateline, start, end):
            assert self.dateline is not None
            yield self.dateline.start, self.dateline.end, "dateline", None
        for a, b, speaker in self.quotes.overlapping(start, end):
            yield a, b, "quote", speaker  # type: ignore[misc]
        for a, b, speaker in self.mentions.overlapping(start, end):
            yield a, b, "mention", speaker  # type: ignore[misc]
        if repairs:
            for a, b, _kind in self.repairs.overlapping(start, end):
                yield a, b, "repair", None
        for a, b, name in self.evidence:
            if a < end and start < b:
                yield a, b, name, None
        if self.matches:
            current = self.current_match
            for a, b, _ in self.matches.overlapping(start, end):
                yield a, b, "match-current" if a == current else "match", None
        if self.target is not None and _overlaps(self.target, start, end):
            yield self.target.start, self.target.end, "target", None
        if self.dragged is not None and _overlaps(self.dragged, start, end):
            yield self.dragged[0], self.dragged[1], "selection", None

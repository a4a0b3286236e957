"""The article model: immutable data that the parser produces and everything else reads.

Every paragraph, heading, quote and mention carries character offsets into
``Article.text`` (the cleaned text), so a viewer can jump to and highlight it
and an exporter can cut exact ranges.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, overload

from tuiread.quick_init import quick_init

# Every character the parser reads as a quotation mark or part of one (two apostrophes or two
# backticks make a double mark); the article view widens a quote's highlight over them.
QUOTE_MARKS = "\"“”„‟«»'‘’‚‹›`"


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in the cleaned text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def __bool__(self) -> bool:
        # A span is a thing, not a count: an empty one is still present.
        return True

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# What each fix kind means, for people: the app and `tuiread parse` show these.
FIX_LABELS: dict[str, str] = {
    "line-ending": "line endings normalised",
    "encoding-fallback": "bytes that were not UTF-8 read as Windows-1252",
    "encoding-declared": "encodings taken from the page's declaration (<meta charset>, <?xml encoding?>)",
    "undecodable": "undecodable bytes replaced with \ufffd",
    "byte-order-mark": "byte-order marks removed",
    "html-entity": "HTML entities decoded",
    "mojibake": "mojibake sequences fixed",
    "broken-mojibake": "broken mojibake remnants replaced",
    "unicode-form": "characters normalised (ligatures, full-width forms)",
    "terminal-escape": "terminal escape sequences removed",
    "control-char": "control characters removed",
    "bidi-control": "bidirectional override characters removed",
    "zero-width": "zero-width characters removed",
    "soft-hyphen": "soft hyphens removed",
    "odd-space": "non-breaking and odd spaces made plain",
    "space-run": "runs of spaces collapsed",
    "hard-wrap": "hard-wrapped lines re-joined",
    "line-end-hyphen": "words broken at a line end re-joined",
    "duplicate-title": "duplicate title lines dropped",
    "related-link": "related-link lines moved out of the text",
    "boilerplate": "ads and share/newsletter prompts moved out of the text",
    "credit": "agency credits moved out of the text",
    "quote-straight": "straight quotation marks curled",
    "quote-style": "quotation marks of another style made curly (« » „ '' ``)",
    "quote-direction": "quotation marks turned the right way",
    "quote-inserted": "missing quotation marks inserted",
    "quote-removed": "stray quotation marks removed",
    "quote-nested": "quotation marks inside a quotation made single (‘ ’)",
    "quote-space": "spaces inside quotation marks removed",
    "cue-case": "reporting verbs wrongly capitalised mid-sentence lower-cased",
    "data-paragraph": "paragraphs read as data (a list, table or code): their marks kept, no quotes sought",
    "unattributed-paragraph": "paragraphs too costly to attribute: their quotes left without speakers",
}


# A legacy encoding the text was read in: the kind is this and the encoding's name
# ("read-as-windows-1251"), the count the characters beyond ASCII it gave.
READ_AS = "read-as-"


# The same for one ("1 duplicate title line dropped"), where it is not FIX_LABELS' plural.
FIX_LABELS_ONE: dict[str, str] = {
    "line-ending": "line ending normalised",
    "encoding-fallback": "byte that was not UTF-8 read as Windows-1252",
    "encoding-declared": "encoding taken from the page's declaration (<meta charset>, <?xml encoding?>)",
    "undecodable": "undecodable byte replaced with \ufffd",
    "byte-order-mark": "byte-order mark removed",
    "html-entity": "HTML entity decoded",
    "mojibake": "mojibake sequence fixed",
    "broken-mojibake": "broken mojibake remnant replaced",
    "unicode-form": "character normalised (a ligature, a full-width form)",
    "terminal-escape": "terminal escape sequence removed",
    "control-char": "control character removed",
    "bidi-control": "bidirectional override character removed",
    "zero-width": "zero-width character removed",
    "soft-hyphen": "soft hyphen removed",
    "odd-space": "non-breaking or odd space made plain",
    "space-run": "run of spaces collapsed",
    "hard-wrap": "hard-wrapped line re-joined",
    "line-end-hyphen": "word broken at a line end re-joined",
    "duplicate-title": "duplicate title line dropped",
    "related-link": "related-link line moved out of the text",
    "boilerplate": "ad or share/newsletter prompt moved out of the text",
    "credit": "agency credit moved out of the text",
    "quote-straight": "straight quotation mark curled",
    "quote-style": "quotation mark of another style made curly (« » „ '' ``)",
    "quote-direction": "quotation mark turned the right way",
    "quote-inserted": "missing quotation mark inserted",
    "quote-removed": "stray quotation mark removed",
    "quote-nested": "quotation mark inside a quotation made single (‘ ’)",
    "quote-space": "space inside quotation marks removed",
    "cue-case": "reporting verb wrongly capitalised mid-sentence lower-cased",
    "data-paragraph": "paragraph read as data (a list, table or code): its marks kept, no quotes sought",
    "unattributed-paragraph": "paragraph too costly to attribute: its quotes left without speakers",
}


@quick_init
@dataclass(frozen=True, slots=True)
class Fix:
    """One kind of change the cleaner made, and how many times."""

    kind: str
    count: int

    @property
    def label(self) -> str:
        if self.kind.startswith(READ_AS):
            return f"characters read as {self.kind.removeprefix(READ_AS)} (not UTF-8)"
        return FIX_LABELS.get(self.kind, self.kind.replace("-", " "))

    def describe(self) -> str:
        if self.kind.startswith(READ_AS) and self.count == 1:
            return f"1 character read as {self.kind.removeprefix(READ_AS)} (not UTF-8)"
        label = FIX_LABELS_ONE.get(self.kind, self.label) if self.count == 1 else self.label
        return f"{self.count:,} {label}"


@quick_init
@dataclass(frozen=True, slots=True)
class FixLog:
    """Every change made on the way from raw text to the article, by kind."""

    fixes: tuple[Fix, ...] = ()

    @classmethod
    def from_counts(cls, counts: Iterable[tuple[str, int]]) -> FixLog:
        merged: dict[str, int] = {}
        for kind, count in counts:
            if count:
                merged[kind] = merged.get(kind, 0) + count
        return cls(tuple(Fix(k, c) for k, c in merged.items()))

    def __iter__(self) -> Iterator[Fix]:
        return iter(self.fixes)

    def __len__(self) -> int:
        return len(self.fixes)

    def __bool__(self) -> bool:
        return bool(self.fixes)

    def count(self, kind: str) -> int:
        return sum(f.count for f in self.fixes if f.kind == kind)

    @property
    def total(self) -> int:
        return sum(f.count for f in self.fixes)

    def merged(self, other: FixLog) -> FixLog:
        return FixLog.from_counts([(f.kind, f.count) for f in (*self.fixes, *other.fixes)])

    def as_dict(self) -> dict[str, int]:
        return {f.kind: f.count for f in self.fixes}


@quick_init
@dataclass(frozen=True, slots=True)
class Repair(Span):
    """Where in the cleaned text a repair was made (a quotation mark, a cue's case) or cleaning
    changed the text (a character mended or removed, a line re-joined: `tuiread.parser.edits`),
    ``kind`` a fix kind of FIX_LABELS. Empty where something was removed and nothing is left."""

    kind: str = ""


class Repairs(Sequence[Repair]):
    """An article's repairs in order, kept as arrays of offsets and yielded as `Repair` objects.

    Copy in straight quotation marks has a repair for every mark: a hundred thousand `Repair`
    objects, each with two integer objects, were more memory than the text they describe.
    Immutable once built (`appended` is for the parser while it builds it).
    """

    __slots__ = ("_ends", "_kinds", "_starts")

    def __init__(self, repairs: Iterable[Repair] = ()) -> None:
        self._starts = array("q")
        self._ends = array("q")
        self._kinds: list[str] = []
        for r in repairs:
            self.appended(r.start, r.end, r.kind)

    def appended(self, start: int, end: int, kind: str) -> None:
        self._starts.append(start)
        self._ends.append(end)
        self._kinds.append(sys.intern(kind))

    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> Repair: ...
    @overload
    def __getitem__(self, index: slice) -> Repairs: ...
    def __getitem__(self, index: int | slice) -> Repair | Repairs:
        if isinstance(index, slice):
            return Repairs(self[i] for i in range(*index.indices(len(self))))
        return Repair(self._starts[index], self._ends[index], kind=self._kinds[index])

    def __iter__(self) -> Iterator[Repair]:
        for start, end, kind in zip(self._starts, self._ends, self._kinds, strict=True):
            yield Repair(start, end, kind=kind)

    def triples(self) -> Iterator[tuple[int, int, str]]:
        """Each repair as ``(start, end, kind)``, no `Repair` made: a viewer reads them all at once."""
        return zip(self._starts, self._ends, self._kinds, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Repairs):
            return self._starts == other._starts and self._ends == other._ends and self._kinds == other._kinds
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._starts.tobytes(), self._ends.tobytes(), tuple(self._kinds)))

    def __repr__(self) -> str:
        return f"Repairs({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_repairs_from, (self._starts, self._ends, self._kinds))


def _repairs_from(starts: array[int], ends: array[int], kinds: list[str]) -> Repairs:
    repairs = Repairs()
    repairs._starts, repairs._ends, repairs._kinds = starts, ends, [sys.intern(k) for k in kinds]
    return repairs


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph(Span):
    """A paragraph of article text. ``index`` counts paragraphs across the article.

    ``data`` marks one that is not prose (a tag list, a table, CSV, a page's script): its
    quotation marks are left as they are and no quotes are sought in it.
    """

    index: int = 0
    section: int = 0
    text: str = ""
    data: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class Section(Span):
    """A run of paragraphs under one heading (the untitled lead has ``title=None``).

    ``start``/``end`` cover the heading and every paragraph.
    """

    index: int = 0
    title: str | None = None
    # Where the heading ends (it starts where the section does); None for the untitled lead. An
    # int, not a Span: a page of thousands of headings held a Span object for each.
    heading_end: int | None = None
    level: int = 2
    paragraphs: tuple[Paragraph, ...] = ()

    @property
    def heading(self) -> Span | None:
        """The heading's place in the text, or None for the untitled lead."""
        return None if self.heading_end is None else Span(self.start, self.heading_end)


@quick_init
@dataclass(frozen=True, slots=True)
class Mention(Span):
    """Words in the text that name someone ("She", "the Vermont senator", "Sanders")."""

    text: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a quote has its speaker, for a reader to check: the rule that decided, how the words
    naming the speaker led to a name, and where in the text each of them is."""

    rule: str  # the attribution rule that decided ("after": “…,” said X; "same-paragraph"; …)
    how: str  # how the mention led to the speaker (a key of tuiread.parser.quotes.resolve.HOW)
    mention: Span | None = None  # the words naming the speaker where the quote is attributed
    cue: Span | None = None  # the reporting verb, if any
    named: Span | None = None  # where the speaker is named, nearest before (the end of the chain)
    from_quote: int | None = None  # the quote whose speaker this one shares, if it borrows it


@quick_init
@dataclass(frozen=True, slots=True)
class Attributed(Span):
    """What direct quotes and reported speech share: the words, and who said them and how.

    ``confidence`` is how likely the speaker is right (0–1): the share of items attributed the same
    way that were right on the annotated news the parser learned from
    (tuiread.parser.quotes.confidence); ``evidence`` what the attribution rests on.
    """

    index: int = 0
    text: str = ""
    speaker: str | None = None
    speaker_mention: Mention | None = None
    role: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    rule: str | None = None
    confidence: float | None = None
    evidence: Evidence | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


@quick_init
@dataclass(frozen=True, slots=True)
class Quote(Attributed):
    """A direct quote. ``start``/``end`` cover the quoted words, without their marks.

    ``segments`` holds one span per paragraph for a quote that runs over several
    paragraphs (opening mark on each, closing only on the last).
    """

    paragraphs: tuple[int, ...] = ()
    segments: tuple[Span, ...] = ()
    repaired: bool = False
    # The speaker was set by the reader (tuiread.corrections), not found by the parser.
    corrected: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class Reported(Attributed):
    """Reported speech: what the text attributes to someone without quoting them word for word
    ("Sherman said Russia had brought nothing new"), or quoting only part of it ("the demands were
    “not even questionable”"). ``start``/``end`` cover the content, in one sentence or (for
    "CONTENT. CONTENT, X said.") two.

    ``kind`` is "speech" (said, told, according to, wrote) or "other" (a belief, a finding, a
    wish: "X believes …", "the poll shows …"). ``paragraph`` is None for content in the title.
    """

    paragraph: int | None = None
    kind: str = "speech"


@quick_init
@dataclass(frozen=True, slots=True)
class Phrase(Span):
    """A short quoted run that is not a quote: a scare quote, a title, a coinage."""

    text: str = ""
    paragraph: int = 0


@quick_init
@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone quoted in the article (a person or an organisation), with every quote given to them.

    ``mentions`` are the places the article refers to them: their name in any form ("Sherman",
    "Ms. Sherman"), and the words that named them as a quote's speaker ("She", "the deputy
    secretary"). ``gender`` ("f" or "m") only where the article shows it (an honorific, a
    pronoun, a first name).
    """

    name: str
    role: str | None = None
    quotes: tuple[int, ...] = ()
    words: int = 0
    kind: str = "person"  # or "organisation" ("the White House", "the agency")
    gender: str | None = None
    mentions: tuple[Mention, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class PageInfo:
    """What a web page says about its article beside the text (`tuiread.parser.html`): its
    metadata, and the page furniture taken out of the text on the way (captions, prompts,
    related-article lists, credits), sorted as plain copy's are."""

    url: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    # Each piece of furniture as ``(kind, line)``: kind is "related", "credit", "boilerplate",
    # "deck" (the standfirst under the headline) or "title" (the headline again, dropped).
    furniture: tuple[tuple[str, str], ...] = ()

    def moved(self, kind: str) -> tuple[str, ...]:
        return tuple(line for k, line in self.furniture if k == kind)


@dataclass(frozen=True)
class Article:
    """A parsed article. ``text`` is the cleaned text every offset points into.

    ``url``, ``author``, ``date`` (ISO, ``2019-11-19``) and ``site_name`` come from a web page's
    metadata, ``deck`` from its standfirst (the sentence under the headline); plain text has
    none of them.
    """

    text: str
    source: str | None = None
    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    byline_span: Span | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # Reported speech, beside the direct quotes (`Reported`): never a quote's words again.
    reported: tuple[Reported, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    related: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    fixes: FixLog = field(default_factory=FixLog)
    repairs: Repairs = field(default_factory=Repairs)
    url: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    deck: str | None = None
    # The paragraphs (by index) whose quotes were too costly to attribute: the fix log shows them.
    unattributed: tuple[int, ...] = ()

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        # Cached: viewers ask for it on every keypress; a frozen dataclass keeps it valid.
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    def speaker_names(self) -> list[str]:
        """Everyone quoted: the speakers found, then any other name a quote is given (a correction's)."""
        names = [s.name for s in self.speakers]
        for quote in self.quotes:
            if quote.speaker and quote.speaker not in names:
                names.append(quote.speaker)
        return names

    def sources(self) -> list[str]:
        """Everyone the article gives words to: the quoted (`speaker_names`), then those only
        reported ("according to the Kremlin")."""
        names = self.speaker_names()
        for item in self.reported:
            if item.speaker and item.speaker not in names:
                names.append(item.speaker)
        return names

    def reported_by(self, name: str) -> tuple[Reported, ...]:
        """The reported speech given to ``name`` (as the speakers table writes it, any case)."""
        key = name.casefold()
        return tuple(r for r in self.reported if r.speaker and r.speaker.casefold() == key)

    def record_items(self) -> Iterator[tuple[str, Any]]:
        """The JSON record's keys and values in order (the shape of DESIGN.md, plus offsets, fixes
        and speakers). The long lists come as iterators of their items, so a writer can turn an
        article of thousands of quotes into text one quote at a time (`tuiread.json_record`)."""
        yield "file", self.source
        yield "title", self.title
        yield "byline", self.byline
        yield "dateline", self.dateline
        yield "sections", (_section_dict(s) for s in self.sections)
        yield "quotes", (_quote_dict(q) for q in self.quotes)
        yield "reported", (_reported_dict(r) for r in self.reported)
        yield "phrases", (p.text for p in self.phrases)
        yield "speakers", (_speaker_dict(s) for s in self.speakers)
        yield "related", list(self.related)
        yield "credits", list(self.credits)
        yield "boilerplate", list(self.boilerplate)
        yield "fixes", self.fixes.as_dict()
        yield "url", self.url
        yield "author", self.author
        yield "date", self.date
        yield "site_name", self.site_name
        yield "deck", self.deck
        yield "unattributed_paragraphs", list(self.unattributed)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record as one dictionary."""
        return {key: list(value) if isinstance(value, Iterator) else value for key, value in self.record_items()}


def _section_dict(s: Section) -> dict[str, Any]:
    return {
        "title": s.title,
        "start": s.start,
        "end": s.end,
        "paragraphs": [p.text for p in s.paragraphs],
        "offsets": [[p.start, p.end] for p in s.paragraphs],
    }


def _speaker_dict(s: Speaker) -> dict[str, Any]:
    return {
        "name": s.name,
        "role": s.role,
        "kind": s.kind,
        "gender": s.gender,
        "quotes": list(s.quotes),
        "words": s.words,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in s.mentions],
    }


def _quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "paragraphs": list(q.paragraphs),
        **_speaker_of(q),
        "rule": q.rule,
        "repaired": q.repaired,
        "confidence": q.confidence,
        "evidence": _evidence_dict(q.evidence) if q.evidence else None,
        "corrected": q.corrected,
    }


def _speaker_of(item: Quote | Reported) -> dict[str, Any]:
    """Who said a quote or reported content, in the words of the text, and by what cue."""
    mention = item.speaker_mention
    return {
        "speaker": item.speaker,
        "speaker_mention": mention.text if mention else None,
        "speaker_mention_span": [mention.start, mention.end] if mention else None,
        "role": item.role,
        "cue": item.cue,
    }


def _reported_dict(r: Reported) -> dict[str, Any]:
    return {
        "text": r.text,
        "start": r.start,
        "end": r.end,
        "paragraph": r.paragraph,
        **_speaker_of(r),
        "kind": r.kind,
        "rule": r.rule,
        "confidence": r.confidence,
        "evidence": _evidence_dict(r.evidence) if r.evidence else None,
    }


def _span_list(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "rule": e.rule,
        "how": e.how,
        "mention": _span_list(e.mention),
        "cue": _span_list(e.cue),
        "named": _span_list(e.named),
        "from_quote": e.from_quote,
    }

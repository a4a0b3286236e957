"""What a library keeps of one article, made from its JSON record.

One mapping, `stored_from_record`, turns the record `tuiread parse --format jsonl` prints (one
line per article; the shards `tuiread parse --dask` writes hold the same) into the rows the
index stores. A parsed `Article` goes through the same mapping (`stored_from_article`: its record
as a dictionary), so a library built from files and one built from shards hold the same rows.

A record from a file a person can edit is checked as it is read: a value of the wrong type is a
`RecordError` (one line), never a crash deeper in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from tuiread.model import Article

__all__ = [
    "TOP_SPEAKERS",
    "Passage",
    "RecordError",
    "StoredArticle",
    "StoredQuote",
    "StoredSpeaker",
    "is_unnamed",
    "stored_from_article",
    "stored_from_record",
]

# How many of an article's speakers (the most quoted first) its row in a list shows.
TOP_SPEAKERS = 3

# Lower-case words that open a name ("de Blasio", "van Gogh", "al-Assad"), not a description.
_NAME_PARTICLES = frozenset("de da di do dos das du del della der den van von ter ten le la al el bin ibn".split())


def is_unnamed(name: str, kind: str = "person") -> bool:
    """A description the parser kept for a speaker it could not name: "a man", "one former aide",
    "her lawyers" (a first word in lower case that opens no name), "the agency" (an organisation
    with no capital at all; "the White House" is a name). Two articles' "a man" are no one person."""
    words = name.split()
    if not words:
        return False
    if kind == "organisation":
        return not any(w[:1].isupper() for w in words)
    return words[0][:1].islower() and words[0].split("-")[0] not in _NAME_PARTICLES


class RecordError(Exception):
    """A JSON record that does not hold an article as `tuiread parse --format jsonl` prints it."""


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """One quote as the library keeps it: enough to list, export and jump to it without parsing again."""

    index: int
    text: str
    start: int
    end: int
    speaker: str | None = None
    kind: str | None = None  # the speaker's: "person" or "organisation"
    role: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class StoredSpeaker:
    """Someone quoted in one article (the article's people table, as the parser resolved it)."""

    name: str
    kind: str = "person"
    role: str | None = None
    gender: str | None = None
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class Passage:
    """A run of text search finds: the title, a paragraph, or a quote's speaker (the quote's own
    words are in its paragraph). ``start`` is its offset in the article's cleaned text (the
    title's is 0; a quote's, the quote's)."""

    kind: str  # "title", "text" or "quote"
    start: int
    text: str
    speaker: str = ""


@dataclass(frozen=True)
class StoredArticle:
    title: str | None
    date: str | None
    source: str | None  # the site or agency it came from, where the record says
    url: str | None
    words: int
    quotes: tuple[StoredQuote, ...]
    speakers: tuple[StoredSpeaker, ...]
    passages: tuple[Passage, ...]

    @property
    def top_speakers(self) -> tuple[str, ...]:
        """The most quoted speakers with a name first (a tie in the order the article quotes them)."""
        ranked = sorted(self.speakers, key=lambda s: -s.quotes)
        return tuple(s.name for s in ranked if s.quotes and not is_unnamed(s.name, s.kind))[:TOP_SPEAKERS]


def stored_from_article(article: Article) -> StoredArticle:
    return stored_from_record(article.to_dict())


def _get(record: Mapping[str, Any], key: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
    value = record.get(key, default)
    if value is None:
        return default
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise RecordError(f"{key!r} is {type(value).__name__}, not {_kind_name(kind)}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", int: "a number", list: "a list", dict: "an object"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _items(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items = _get(record, key, list, [])
    for item in items:
        if not isinstance(item, dict):
            raise RecordError(f"an item of {key!r} is {type(item).__name__}, not an object")
    return items


def stored_from_record(record: Mapping[str, Any]) -> StoredArticle:
    """The rows of one article record; RecordError (one line) for a record that is not one."""
    if not isinstance(record, Mapping):
        raise RecordError(f"the record is {type(record).__name__}, not an object")
    title = _get(record, "title", str)
    passages: list[Passage] = [Passage("title", 0, title)] if title else []
    words = 0
    for section in _items(record, "sections"):
        paragraphs: Sequence[Any] = _get(section, "paragraphs", list, [])
        offsets: Sequence[Any] = _get(section, "offsets", list, [])
        for k, text in enumerate(paragraphs):
            if not isinstance(text, str):
                raise RecordError("a paragraph is not text")
            start = offsets[k][0] if k < len(offsets) and _is_span(offsets[k]) else 0
            passages.append(Passage("text", start, text))
            words += len(text.split())
    kinds: dict[str, str] = {}
    roles: dict[str, str | None] = {}
    speakers: list[StoredSpeaker] = []
    for s in _items(record, "speakers"):
        name = _get(s, "name", str)
        if not name or name in kinds:
            continue
        kind = _get(s, "kind", str, "person")
        kinds[name] = kind
        roles[name] = _get(s, "role", str)
        count = len(_get(s, "quotes", list, []))
        speakers.append(StoredSpeaker(name, kind, roles[name], _get(s, "gender", str), count))
    quotes: list[StoredQuote] = []
    for n, q in enumerate(_items(record, "quotes")):
        speaker = _get(q, "speaker", str)
        quote = StoredQuote(
            index=n,
            text=_get(q, "text", str, ""),
            start=_get(q, "start", int, 0),
            end=_get(q, "end", int, 0),
            speaker=speaker,
            kind=kinds.get(speaker, "person") if speaker else None,
            # A quote's own role, else the one the article gives its speaker (as an export shows it).
            role=_get(q, "role", str) or (roles.get(speaker) if speaker else None),
            cue=_get(q, "cue", str),
        )
        quotes.append(quote)
        if speaker:
            # The quote's words are searched in its paragraph; its speaker's name here, so that
            # searching a name finds what they said even where the paragraph says "she".
            passages.append(Passage("quote", quote.start, "", speaker))
    speakers.extend(_speakers_only_quotes_name(quotes, kinds))
    url = _get(record, "url", str)
    return StoredArticle(
        title=title,
        date=_get(record, "date", str),
        source=_get(record, "site_name", str) or _host(url) or _agency(record),
        url=url,
        words=words,
        quotes=tuple(quotes),
        speakers=tuple(speakers),
        passages=tuple(passages),
    )


def _is_span(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)


def _speakers_only_quotes_name(quotes: Sequence[StoredQuote], known: Mapping[str, str]) -> list[StoredSpeaker]:
    """A speaker a quote is given that the people table lacks (a reader's correction names one)."""
    counts = Counter(q.speaker for q in quotes if q.speaker and q.speaker not in known)
    return [StoredSpeaker(name, "person", None, None, count) for name, count in counts.items()]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _agency(record: Mapping[str, Any]) -> str | None:
    """ "(With AFP)": a plain-text article's agency credit is the nearest thing it has to a source.
    Only an agency's: a photo's credit or "Ana Ruiz contributed to this report" is no source."""
    from tuiread.parser.boilerplate import credited_agency

    credits = _get(record, "credits", list, [])
    return next((a for c in credits if isinstance(c, str) and (a := credited_agency(c))), None)

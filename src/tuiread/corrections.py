"""Corrections that stick: a reader's "this quote is someone else's" or "this is not a quote".

Not part of the parser: the parser finds quotes and speakers; this module remembers
what a reader changed and lays it over a parsed `Article` (`apply_corrections`).

Corrections are kept per article, keyed by its cleaned text (`article_key`: the same
article saved in another encoding or line-ending style shares them), one JSON file an
article in ``<data dir>/corrections/<key>.json``. The data dir is the platform's
(``platformdirs``: ``~/.local/share/tuiread`` on Linux), or ``$TUIREAD_DATA_DIR``::

    {"version": 1, "source": "samples/nato.txt", "title": "…",
     "corrections": [{"quote_start": 1724, "quote_text": "I haven’t heard anything new",
                      "speaker": "Jens Stoltenberg", "not_quote": false,
                      "was": "Wendy Sherman", "made": "2025-01-12T10:00:00+00:00"}]}

Every change is a read-modify-write under a lock on the folder, written atomically
(`files.write_atomic`). A file that is there but cannot be read as corrections (edited
by hand, truncated, not UTF-8) is never replaced: `CorrectionsError` says which and why.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tuiread.files import WriteError, folder_lock, reason, write_atomic
from tuiread.inert import printable
from tuiread.model import Article, Evidence, Phrase, Quote

__all__ = [
    "DATA_ENV",
    "Applied",
    "Correction",
    "CorrectionStore",
    "CorrectionsError",
    "apply_corrections",
    "article_key",
    "corrected_article",
    "corrections_stamp",
    "data_dir",
]

DATA_ENV = "TUIREAD_DATA_DIR"
VERSION = 1
# How much of a quote `Correction.describe` shows.
SHOWN_CHARS = 50
_KEY = re.compile(r"[0-9a-f]{64}")


def data_dir() -> Path:
    """Where tuiread keeps what it learns from the reader: ``$TUIREAD_DATA_DIR`` or the platform's data folder."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("tuiread", appauthor=False)


def article_key(article: Article) -> str:
    """The article's corrections key: the SHA-256 of its cleaned text, in hex."""
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


class CorrectionsError(Exception):
    """A corrections file that cannot be read or written. ``str(err)`` is one line saying which and why."""


@dataclass(frozen=True)
class Correction:
    """One reader's correction of one quote.

    ``speaker`` is the new speaker (None with ``not_quote``, or for "nobody named");
    ``quote_text`` finds the quote again when a newer parser puts it at other offsets;
    ``was`` is the speaker the parser gave, for listing; ``made`` an ISO-8601 UTC time
    (`CorrectionStore.add` stamps it when empty).
    """

    quote_start: int
    quote_text: str
    speaker: str | None
    not_quote: bool = False
    was: str | None = None
    made: str = ""

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise ValueError(problem)

    @classmethod
    def of(cls, quote: Quote, speaker: str | None, *, not_quote: bool = False) -> Correction:
        """A correction of ``quote`` (its speaker now is ``was``), made now."""
        return cls(
            quote_start=quote.start,
            quote_text=quote.text,
            speaker=None if not_quote else speaker,
            not_quote=not_quote,
            was=quote.speaker,
            made=_now(),
        )

    def same_quote(self, other: Correction) -> bool:
        return self.quote_start == other.quote_start and self.quote_text == other.quote_text

    def describe(self) -> str:
        """One line for people: ``“We have nothing new…” → Wendy Sherman (was: Sergei Ryabkov)``."""
        quoted = f"“{_shorten(self.quote_text)}”"
        was = f" (was: {self.was})" if self.was else ""
        if self.not_quote:
            line = f"{quoted} marked not a quote{was}"
        else:
            line = f"{quoted} → {self.speaker or 'no speaker'}{was}"
        return printable(line)

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote_start": self.quote_start,
            "quote_text": self.quote_text,
            "speaker": self.speaker,
            "not_quote": self.not_quote,
            "was": self.was,
            "made": self.made,
        }


def _problem(c: Correction) -> str | None:
    """What makes ``c`` no correction (None when it is one): a file edited by hand may hold anything."""
    if not isinstance(c.quote_start, int) or isinstance(c.quote_start, bool) or c.quote_start < 0:
        return "quote_start is not a whole number from 0"
    if not _is_text(c.quote_text) or not c.quote_text:
        return "quote_text is not text"
    if not isinstance(c.not_quote, bool):
        return "not_quote is not true or false"
    if c.speaker is not None and (
        not _is_text(c.speaker) or not c.speaker.strip() or printable(c.speaker) != c.speaker
    ):
        return "speaker is not a name"
    if c.not_quote and c.speaker is not None:
        return "a quote marked not a quote has no speaker"
    if c.was is not None and not _is_text(c.was):
        return "was is not text"
    if not _is_text(c.made):
        return "made is not text"
    return None


def _is_text(value: object) -> bool:
    """A string that can be written back: JSON's ``"\\ud800"`` reads as a lone surrogate, which cannot."""
    return isinstance(value, str) and not any("\ud800" <= ch <= "\udfff" for ch in value)


def _is_name(value: object) -> bool:
    """Text with a letter or so in it and nothing a terminal would act on (a name is printed as it is)."""
    return _is_text(value) and bool(value.strip()) and printable(value) == value  # type: ignore[union-attr]


def _shorten(text: str) -> str:
    words = " ".join(text.split())
    if len(words) <= SHOWN_CHARS:
        return words
    cut = words[: SHOWN_CHARS - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------
# The store


_FIELDS = ("quote_start", "quote_text", "speaker", "not_quote", "was", "made")


class CorrectionStore:
    """The corrections folder: one file an article, by `article_key`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / "corrections"

    def path_for(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"not an article key: {key!r}")
        return self.folder / f"{key}.json"

    def keys(self) -> set[str]:
        """The keys of the articles that have a corrections file, from one listing of the folder."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return set()
        return {name[:-5] for name in names if name.endswith(".json") and _KEY.fullmatch(name[:-5])}

    def load(self, key: str) -> tuple[Correction, ...]:
        """The article's corrections, oldest first (() when it has none); CorrectionsError if unreadable."""
        found = _read(self.path_for(key))
        return () if found is None else found[1]

    def add(
        self, key: str, correction: Correction, *, source: str | None = None, title: str | None = None
    ) -> tuple[Correction, ...]:
        """Save ``correction`` (it replaces an earlier one of the same quote) and return all of them.

        An earlier correction's ``was`` is kept: it is what the parser said, which undoing brings back.
        """
        if not correction.made:
            correction = replace(correction, made=_now())
        with self._locked(key) as path:
            data, corrections = _read(path) or ({}, ())
            earlier = [c for c in corrections if c.same_quote(correction)]
            if earlier:
                correction = replace(correction, was=earlier[0].was)
            kept = (*(c for c in corrections if not c.same_quote(correction)), correction)
            if source is not None:
                data["source"] = source
            if title is not None:
                data["title"] = title
            _write(path, data, kept)
            return kept

    def undo(self, key: str, quote_start: int | None = None) -> Correction | None:
        """Remove the latest correction (or the latest of the quote at ``quote_start``) and return it.

        None when there was none to remove. The file goes when its last correction does.
        """
        with self._locked(key) as path:
            found = _read(path)
            if found is None:
                return None
            data, corrections = found
            matching = [i for i, c in enumerate(corrections) if quote_start is None or c.quote_start == quote_start]
            if not matching:
                return None
            gone = corrections[matching[-1]]
            _write(path, data, corrections[: matching[-1]] + corrections[matching[-1] + 1 :])
            return gone

    def clear(self, key: str) -> int:
        """Remove every correction of the article; how many there were."""
        with self._locked(key) as path:
            found = _read(path)
            if found is None:
                return 0
            _write(path, found[0], ())
            return len(found[1])

    @contextlib.contextmanager
    def _locked(self, key: str) -> Iterator[Path]:
        """The article's file, its folder made and locked for a read-modify-write."""
        path = self.path_for(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            shown = printable(str(path.parent))
            raise CorrectionsError(f"cannot make the corrections folder {shown}: {reason(err)}") from None
        with folder_lock(path.parent):
            yield path


def _read(path: Path) -> tuple[dict[str, Any], tuple[Correction, ...]] | None:
    """The file's whole object and its corrections; None when there is no file."""
    shown = printable(str(path))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise CorrectionsError(
            f"corrections file {shown} could not be read ({reason(err)}), so it was left as it is"
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        why = f"not UTF-8 at byte {err.start}"
    except json.JSONDecodeError as err:
        why = f"line {err.lineno}: {err.msg}"
    except (ValueError, RecursionError):
        # Valid JSON Python will not read: nesting past the recursion limit, a 5,000-digit number.
        why = "JSON Python cannot read"
    else:
        try:
            return data, _corrections_in(data)
        except _Unreadable as err:
            why = str(err)
    raise CorrectionsError(f"corrections file {shown} is not one tuiread can read ({why}), so it was left as it is")


class _Unreadable(Exception):
    """What makes a file's object no corrections file."""


def _corrections_in(data: object) -> tuple[Correction, ...]:
    """The corrections a file's object holds (_Unreadable saying why not)."""
    if not isinstance(data, dict):
        raise _Unreadable("it does not hold an object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Unreadable("no version number")
    if version != VERSION:
        raise _Unreadable(f"version {version}; this tuiread reads version {VERSION}")
    for name in ("source", "title"):
        if data.get(name) is not None and not _is_text(data[name]):
            raise _Unreadable(f"{name} is not text")
    items = data.get("corrections")
    if not isinstance(items, list):
        raise _Unreadable("corrections is not a list")
    corrections: list[Correction] = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise _Unreadable(f"correction {number} is not an object")
        missing = [k for k in ("quote_start", "quote_text", "speaker") if k not in item]
        if missing:
            raise _Unreadable(f"correction {number} has no {missing[0]}")
        try:
            corrections.append(Correction(**{k: item.get(k, _DEFAULTS.get(k)) for k in _FIELDS}))
        except ValueError as err:
            raise _Unreadable(f"correction {number}: {err}") from None
    return tuple(corrections)


_DEFAULTS: dict[str, Any] = {"not_quote": False, "was": None, "made": ""}


def _write(path: Path, data: dict[str, Any], corrections: Sequence[Correction]) -> None:
    """Write the file with these corrections (remove it when there are none)."""
    if not corrections:
        try:
            path.unlink(missing_ok=True)
        except OSError as err:
            raise CorrectionsError(f"cannot remove {printable(str(path))}: {reason(err)}") from None
        return
    record = {"version": VERSION, "source": data.get("source"), "title": data.get("title")}
    # Keys a person added (a "$comment") stay.
    record.update((k, v) for k, v in data.items() if k not in (*record, "corrections"))
    record["corrections"] = [c.to_dict() for c in corrections]
    try:
        write_atomic(path, json.dumps(record, indent=2, ensure_ascii=False) + "\n", overwrite=True)
    except WriteError as err:
        raise CorrectionsError(str(err)) from None


# ---------------------------------------------------------------------------
# Laying corrections over an article


@dataclass(frozen=True)
class Applied:
    """The article with the corrections laid over it, which applied and which no longer find their quote."""

    article: Article
    applied: tuple[Correction, ...] = ()
    orphaned: tuple[Correction, ...] = ()


def _match(quotes: Sequence[Quote], c: Correction) -> Quote | None:
    """The quote ``c`` is about: at its offset with its words, else the only quote with its words."""
    for q in quotes:
        if q.start == c.quote_start and q.text == c.quote_text:
            return q
    same_words = [q for q in quotes if q.text == c.quote_text]
    return same_words[0] if len(same_words) == 1 else None


def apply_corrections(article: Article, corrections: Sequence[Correction]) -> Applied:
    """``article`` as the reader corrected it.

    A reassigned quote gets the new speaker (``corrected``, confidence 1, the role the person
    has elsewhere in the article, evidence ``correction``, no mention or cue: they named someone
    else). A quote marked not a quote becomes a phrase; the quotes left are numbered again. When
    two corrections find the same quote the later wins (both count as applied).
    """
    if not corrections:
        return Applied(article)
    from tuiread.parser.quotes import speakers_table

    latest: dict[int, Correction] = {}
    applied: list[Correction] = []
    orphaned: list[Correction] = []
    for c in corrections:
        quote = _match(article.quotes, c)
        if quote is None:
            orphaned.append(c)
            continue
        latest[quote.index] = c
        applied.append(c)
    if not latest:
        return Applied(article, (), tuple(orphaned))
    roles = {s.name.casefold(): s.role for s in article.speakers if s.role}
    kept: list[Quote] = []
    phrases = list(article.phrases)
    renumbered: dict[int, int] = {}
    for q in article.quotes:
        c = latest.get(q.index)
        if c is not None and c.not_quote:
            phrases.append(Phrase(q.start, q.end, text=q.text, paragraph=q.paragraphs[0] if q.paragraphs else 0))
            continue
        renumbered[q.index] = len(kept)
        if c is not None:
            q = replace(
                q,
                speaker=c.speaker,
                speaker_mention=None,
                role=roles.get(c.speaker.casefold()) if c.speaker else None,
                cue=None,
                cue_span=None,
                rule="correction",
                confidence=1.0,
                evidence=Evidence(rule="correction", how="corrected"),
                corrected=True,
            )
        kept.append(q)
    quotes = tuple(_renumbered(q, renumbered) for q in kept)
    phrases.sort(key=lambda p: (p.start, p.end))
    article = replace(
        article,
        quotes=quotes,
        phrases=tuple(phrases),
        speakers=speakers_table(quotes, {s.name: s for s in article.speakers}),
    )
    return Applied(article, tuple(applied), tuple(orphaned))


def _renumbered(q: Quote, renumbered: dict[int, int]) -> Quote:
    evidence = q.evidence
    if evidence is not None and evidence.from_quote is not None:
        evidence = replace(evidence, from_quote=renumbered.get(evidence.from_quote))
    if q.index == renumbered[q.index] and evidence is q.evidence:
        return q
    return replace(q, index=renumbered[q.index], evidence=evidence)


def orphans_said(count: int) -> str:
    """ "1 saved correction no longer matches a quote" / "3 saved corrections no longer match a quote"."""
    return f"{count} saved correction{'s' if count != 1 else ''} no longer match{'es' if count == 1 else ''} a quote"


def corrections_stamp(key: str, store: CorrectionStore | None = None) -> str:
    """A fingerprint of the article's corrections file: "" when it has none, "unreadable" when it
    cannot be read. A library index keeps it beside the article it applied them to, and parses the
    article again when it changes, without reading the file as corrections at every opening."""
    path = (store if store is not None else CorrectionStore()).path_for(key)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except FileNotFoundError:
        return ""
    except OSError:
        return "unreadable"


def corrected_article(article: Article, store: CorrectionStore | None = None, *, ignore: bool = False) -> Applied:
    """``article`` with its saved corrections (none with ``ignore``); CorrectionsError if they cannot be read."""
    if ignore:
        return Applied(article)
    store = store if store is not None else CorrectionStore()
    return apply_corrections(article, store.load(article_key(article)))


class ArticleCorrections:
    """The reader's corrections to one open article: the article as parsed, its key, where they are kept.

    The app holds one per article it shows; this says what to show, the screen tells the reader.
    """

    def __init__(self, parsed: Article, store: CorrectionStore | None = None) -> None:
        self.parsed = parsed
        # Hashed once (40 ms on a 20 MB article): the reader's place is kept under it too.
        self.key = article_key(parsed)
        self._store = store
        # Why the saved corrections could not be read: they are then neither shown nor written.
        self.error: str | None = None

    @property
    def store(self) -> CorrectionStore:
        if self._store is None:
            self._store = CorrectionStore()
        return self._store

    def opened(self) -> Applied:
        """The parsed article with the saved corrections; as parsed, with ``error`` set, if they cannot be read."""
        self.error = None
        if not self.parsed.quotes:
            return Applied(self.parsed)
        try:
            return apply_corrections(self.parsed, self.store.load(self.key))
        except CorrectionsError as err:
            self.error = str(err)
            return Applied(self.parsed)

    def add(self, correction: Correction) -> Article:
        """Save ``correction``: the article with every saved one. CorrectionsError or OSError: nothing saved."""
        if self.error is not None:
            raise CorrectionsError(self.error)
        saved = self.store.add(self.key, correction, source=self.parsed.source, title=self.parsed.title)
        return apply_corrections(self.parsed, saved).article

    def undo(self, quote: Quote) -> tuple[Correction | None, Article]:
        """Undo the correction of ``quote`` (one not corrected: the latest); what was undone, and the article."""
        undone = self.store.undo(self.key, quote.start if quote.corrected else None)
        return undone, apply_corrections(self.parsed, self.store.load(self.key)).article

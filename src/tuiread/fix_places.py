"""Where in the text each kind of fix can be seen, for the fix log's jumps (Textual-free).

A repair marks its own place: a quotation mark, a cue's case, and what cleaning changed before the
text was laid out (a character fixed or removed, a re-joined line break), kept by the parser in the
cleaned text's offsets; a mark, space or character removed has an empty place where it stood, shown
on the character after it. A paragraph read as data or left unattributed is its own place; a dropped
duplicate title stood right under the title it repeated; an undecodable byte is the U+FFFD it became.
What changed the whole file (its encoding, its line endings) and the lines moved out of the text
have no place in it: `no_place` says why in a few words.
"""

from __future__ import annotations

from tuiread.model import READ_AS, Article, Span

# Fixes made to the whole file as it was read, never at one place of the text.
_WHOLE_FILE = frozenset({"line-ending", "encoding-fallback", "encoding-declared", "byte-order-mark"})
# Whole lines taken out of the text: the log lists them.
_LINES_OUT = frozenset({"related-link", "credit", "boilerplate"})


def visible(text: str, start: int, end: int) -> tuple[int, int]:
    """A place as a reader can see it: an empty one (something removed there) as the character
    after it, or before it at a line's or the text's end."""
    if start < end:
        return start, end
    if start < len(text) and text[start] != "\n":
        return start, start + 1
    if start > 0 and text[start - 1] != "\n":
        return start - 1, start
    return start, end


class FixPlaces:
    """Every place of each kind of fix in ``article.text``, in order: enter goes to the first, and
    the fix log steps from one to the next."""

    def __init__(self, article: Article) -> None:
        self.article = article
        places: dict[str, list[tuple[int, int]]] = {}
        for start, end, kind in article.repairs.triples():
            places.setdefault(kind, []).append((start, end))
        for spots in places.values():
            spots.sort()
        paragraphs = article.paragraphs
        data = [(p.start, p.end) for p in paragraphs if p.data]
        if data:
            places["data-paragraph"] = data
        left = [(paragraphs[i].start, paragraphs[i].end) for i in article.unattributed if i < len(paragraphs)]
        if left:
            places["unattributed-paragraph"] = left
        if article.title_span is not None and article.fixes.count("duplicate-title"):
            places["duplicate-title"] = [(article.title_span.start, article.title_span.end)]
        if article.fixes.count("undecodable"):
            replaced = _all_of(article.text, "\ufffd")
            if replaced:
                places["undecodable"] = replaced
        self._places = places

    def count(self, kind: str) -> int:
        """How many places ``kind`` has in the text."""
        return len(self._places.get(kind, ()))

    def at(self, kind: str, index: int) -> Span:
        """The ``index``-th place of ``kind`` (going round), as the reader sees it (`visible`)."""
        spots = self._places[kind]
        start, end = spots[index % len(spots)]
        return Span(*visible(self.article.text, start, end))

    def first(self) -> dict[str, Span]:
        """The first place of each kind that has one."""
        return {kind: self.at(kind, 0) for kind in self._places}


def fix_places(article: Article) -> dict[str, Span]:
    """The first place of each kind of fix that has one in ``article.text``, by kind."""
    return FixPlaces(article).first()


def no_place(kind: str) -> str:
    """Why a kind of fix has no place to go to in the text, in a few words."""
    if kind in _WHOLE_FILE or kind.startswith(READ_AS):
        return "the whole file"
    if kind in _LINES_OUT:
        return "lines below"
    if kind == "space-run":
        return "at line ends"
    return "in lines taken out"


def _all_of(text: str, char: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = text.find(char)
    while i >= 0:
        found.append((i, i + 1))
        i = text.find(char, i + 1)
    return found

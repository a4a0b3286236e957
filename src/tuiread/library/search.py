"""Search a library: every article's title, paragraphs and quotes (and who said them), with FTS5.

    hits = search(library, "haven't heard")    # SearchHit rows, best first

A query is read as people type it, the way the article view's search reads it
(`tuiread.text_search`): its words in order, as a phrase, the last one also as the start of a
longer word (``Sherm`` finds "Sherman"); quotation marks, dashes and any other punctuation
between words are only separators, so ``haven't`` finds "haven’t" and ``Jean-Pierre`` finds
"Jean Pierre". Accents never matter (``Clement`` finds "Clément"); case matters only in a query
with a capital (smart case). A query is never FTS5 syntax: no word of it can be an operator or
raise a syntax error. A speaker's name finds their quotes too.

Each hit says where in the article it is (``start``/``end``, offsets into the cleaned text, as
`Article.text` has them), so the reader can open the article there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tuiread.text_search import fold, is_smart_case

if TYPE_CHECKING:
    from tuiread.library.index import Library

__all__ = ["SNIPPET_CHARS", "SearchHit", "fts_query", "search"]

# How much text a hit shows around the words found.
SNIPPET_CHARS = 160
DEFAULT_LIMIT = 50
# The last word counts as a prefix from this many characters: a one- or two-letter prefix
# matches most of a library's words, and costs as much.
_PREFIX_FROM = 3
# FTS5's unicode61 tokenizer splits at whatever is not a letter or digit (underscore too).
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchHit:
    article: int
    path: str
    title: str | None
    kind: str  # "title", "text" or "quote"
    start: int  # where the words found are in the article's cleaned text
    end: int
    snippet: str  # one line of the passage around them
    snippet_start: int  # where they are in the snippet
    snippet_end: int
    speaker: str | None = None  # a quote's speaker


def query_words(query: str) -> list[str]:
    """The query's words as FTS5's tokenizer makes them (case and accents folded)."""
    return _TOKEN.findall(fold(query, lower=True))


def fts_query(query: str) -> str | None:
    """The FTS5 expression for what a person typed: one quoted phrase, nothing of the query's own
    punctuation left to be read as syntax. None when it holds no word at all."""
    words = query_words(query)
    if not words:
        return None
    phrase = '"' + " ".join(words) + '"'
    return phrase + " *" if len(words[-1]) >= _PREFIX_FROM else phrase


def _locator(query: str) -> re.Pattern[str]:
    """Finds the query's words in a passage folded as `fold` folds (smart case as the query says)."""
    lower = is_smart_case(query)
    words = _TOKEN.findall(fold(query, lower=lower))
    tail = r"[^\W_]*" if len(words[-1]) >= _PREFIX_FROM else r"(?![^\W_])"
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + tail)


def search(library: Library, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The passages that hold ``query``, best first (FTS5's rank), at most ``limit``; a quote
    and the paragraph it is in count once."""
    expression = fts_query(query)
    if expression is None or limit <= 0:
        return []
    lower = is_smart_case(query)
    locate = _locator(query)
    conn = library.connection
    hits: list[SearchHit] = []
    seen: set[tuple[int, int]] = set()
    # Smart case and duplicates drop some rows: ask for more than needed, then more again if short.
    asked = limit * 2
    offset = 0
    while len(hits) < limit:
        rows = conn.execute(
            "SELECT s.rowid, s.body, s.speaker, p.article, p.start, p.kind, a.path, a.title "
            "FROM (SELECT rowid, body, speaker, rank FROM search WHERE search MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?) s "
            "JOIN passages p ON p.id = s.rowid JOIN articles a ON a.id = p.article ORDER BY s.rank",
            (expression, asked, offset),
        ).fetchall()
        for _, body, speaker, article, start, kind, path, title in rows:
            hit = _hit(locate, lower, body, speaker, article, start, kind, path, title)
            if hit is None or (hit.article, hit.start) in seen:
                continue
            seen.add((hit.article, hit.start))
            hits.append(hit)
            if len(hits) == limit:
                break
        if len(rows) < asked:
            break
        offset += asked
    return hits


def _hit(
    locate: re.Pattern[str],
    lower: bool,
    body: str,
    speaker: str,
    article: int,
    start: int,
    kind: str,
    path: str,
    title: str | None,
) -> SearchHit | None:
    found = locate.search(fold(body, lower=lower))
    if found is None:
        if not speaker or not locate.search(fold(speaker, lower=lower)):
            return None  # FTS5 matched, but not in the query's case: smart case leaves it out
        at, until = 0, len(body)  # the speaker's name matched: the hit is the whole quote
    else:
        at, until = found.span()
    snippet, s_start, s_end = _snippet(body, at, until)
    return SearchHit(
        article=article,
        path=path,
        title=title,
        kind=kind,
        start=start + at,
        end=start + until,
        snippet=snippet,
        snippet_start=s_start,
        snippet_end=s_end,
        speaker=speaker or None,
    )


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """About SNIPPET_CHARS of ``text`` around ``start:end`` on one line, cut at word edges, with
    ``…`` where it was cut; and where the match is in it."""
    room = max(0, SNIPPET_CHARS - (end - start))
    left = max(0, start - room // 3)
    right = min(len(text), end + room - (start - left))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    lead = "…" if left > 0 else ""
    piece = lead + text[left:right].replace("\n", " ") + ("…" if right < len(text) else "")
    return piece, len(lead) + start - left, len(lead) + end - left

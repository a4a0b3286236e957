"""Search a library: every article's title, paragraphs and quotes (and who said them), with FTS5.

    hits = search(library, "haven't heard")    # SearchHit rows, best first

A query is read as people type it, the way the article view's search reads it
(`tuiread.text_search`): its words in order, as a phrase, the last one also as the start of a
longer word (``Sherm`` finds "Sherman"); quotation marks, dashes and any other punctuation
between words are only separators, so ``haven't`` finds "haven’t" and ``Jean-Pierre`` finds
"Jean Pierre". Accents never matter (``Clement`` finds "Clément"); case matters only in a query
with a capital (smart case). A query is never FTS5 syntax: no word of it can be an operator or
raise a syntax error. A speaker's name finds their quotes too (the whole quote is the hit), and
words inside a quote are a hit of kind "quote" with its speaker.

Each hit says where in the article it is (``start``/``end``, offsets into the cleaned text, as
`Article.text` has them), so the reader can open the article there.
"""

from __future__ import annotations

import re
import sqlite3
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
# Queries found in fewer passages than this are ranked (FTS5's bm25); more, in the library's order.
RANKED_UP_TO = 5000
# At most this many passages are read for each hit asked for (smart case leaves some out).
_SCANNED_PER_HIT = 20


@dataclass(frozen=True)
class SearchHit:
    article: int
    path: str
    title: str | None
    # "title", "text", "quote" (words in a quote), or "speaker" (a quote found by who said it:
    # start and end are the quote's, and the snippet is the quote)
    kind: str
    start: int  # where the words found are in the article's cleaned text
    end: int
    snippet: str  # one line of the passage around them
    snippet_start: int  # where they are in the snippet
    snippet_end: int
    speaker: str | None = None  # the speaker of a "quote" or "speaker" hit


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
    """The passages that hold ``query``, best first (FTS5's rank; for a query found in more than
    RANKED_UP_TO passages, in the library's order), at most ``limit``."""
    expression = fts_query(query)
    if expression is None or limit <= 0:
        return []
    lower = is_smart_case(query)
    locate = _locator(query)
    conn = library.connection
    hits: list[SearchHit] = []
    seen: set[tuple[int, int]] = set()
    # One ranked query read as far as needed: smart case and duplicates drop some rows, and paging
    # with OFFSET would rank every match again for each page.
    # Ranking costs a score for every passage found: a word in tens of thousands of them (“their”)
    # is listed in the library's order instead, where rank would tell its hits little apart anyway.
    probe = "SELECT count(*) FROM (SELECT rowid FROM search WHERE search MATCH ? LIMIT ?)"
    ranked = conn.execute(probe, (expression, RANKED_UP_TO)).fetchone()[0] < RANKED_UP_TO
    rows = conn.execute(
        "SELECT s.rowid, s.body, s.speaker, p.article, p.start, p.kind, a.path, a.title "
        "FROM search s JOIN passages p ON p.id = s.rowid JOIN articles a ON a.id = p.article "
        "WHERE search MATCH ?" + (" ORDER BY s.rank" if ranked else ""),
        (expression,),
    )
    for scanned, (_, body, speaker, article, start, kind, path, title) in enumerate(rows):
        if scanned >= limit * _SCANNED_PER_HIT:
            break  # a query whose case matches few of the words found: the best ones are shown
        hit = _hit(conn, locate, lower, body, speaker, article, start, kind, path, title)
        if hit is None or (hit.article, hit.start) in seen:
            continue
        seen.add((hit.article, hit.start))
        hits.append(hit)
        if len(hits) == limit:
            break
    return hits


def _hit(
    conn: sqlite3.Connection,
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
    """The hit a passage FTS5 matched makes, or None where smart case rules it out."""
    if kind == "quote":  # the speaker's name matched: the hit is their quote, whole
        if not locate.search(fold(speaker, lower=lower)):
            return None
        row = conn.execute("SELECT text, end FROM quotes WHERE article = ? AND start = ?", (article, start)).fetchone()
        body, at, until = (row[0], 0, len(row[0])) if row else ("", 0, 0)
        end = row[1] if row else start
        kind = "speaker"
    else:
        found = locate.search(fold(body, lower=lower))
        if found is None:
            return None
        at, until = found.span()
        end = start + until
        # Words inside a quote are a hit in the quote: say whose it is.
        row = conn.execute(
            "SELECT speaker FROM quotes WHERE article = ? AND start <= ? AND end >= ? AND speaker IS NOT NULL",
            (article, start + at, end),
        ).fetchone()
        if row:
            kind, speaker = "quote", row[0]
    snippet, s_start, s_end = _snippet(body, at, until)
    return SearchHit(
        article=article,
        path=path,
        title=title,
        kind=kind,
        start=start + at,
        end=end,
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

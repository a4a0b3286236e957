"""A long article parsed in stages, so a viewer can show it before the whole parse is done.

1. ``preview``: a very long article's first ~40 KB, cleaned and structured on their
   own (the whole article's start comes out the same: the cut is at a paragraph
   break), so the reader starts reading at once;
2. ``text``: the whole text and outline, without quotes (finding quotes is the
   slowest stage);
3. ``complete``: the article with its quotes.

A short article skips straight to ``complete``, except in a fresh process
(`tuiread.parser.process`), where the first parse also compiles the quotation
rules' patterns (about a third of a second): there it sends its ``text`` first.
The app runs these stages in a worker thread or in that parse process; both call
`parse_in_stages`, so they cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from tuiread.model import Article
from tuiread.parser.load import LoadedText

# Articles this long show a preview of their start first; the preview is about this long.
PREVIEW_MIN_CHARS = 300_000
PREVIEW_CHARS = 40_000
PREVIEW_MAX_CHARS = 200_000
# Articles this long show their text before their quotes are found.
STAGED_PARSE_CHARS = 100_000

_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t]*\r?\n")

StageKind = Literal["preview", "text", "complete"]


@dataclass(frozen=True)
class Stage:
    """One step of a staged parse: what ``article`` holds so far."""

    kind: StageKind
    article: Article


def preview_end(text: str) -> int | None:
    """Where a long article's preview ends (a paragraph break), or None when it needs no preview.

    Structuring 2 MB takes seconds; its first PREVIEW_CHARS take a moment. One vast
    paragraph gets no preview: it would cost as much as the whole.
    """
    if len(text) < PREVIEW_MIN_CHARS:
        return None
    cut = _PARAGRAPH_BREAK.search(text, PREVIEW_CHARS)
    if cut is None or cut.start() > PREVIEW_MAX_CHARS:
        return None
    return cut.start()


def parse_in_stages(loaded: LoadedText, *, text_first: bool = False) -> Iterator[Stage]:
    """The stages of ``loaded``'s parse, each as soon as it is ready (the last is ``complete``).

    ``text_first``: a ``text`` stage whatever the article's length (where finding its quotes will
    be slow for another reason: a fresh process's first parse)."""
    # Looked up on the module at each call (not imported by name): tests slow a stage down there.
    from tuiread.parser import pipeline

    end = preview_end(loaded.text)
    if end is not None:
        yield Stage(
            "preview",
            pipeline.parse_structure(
                loaded.text[:end],
                source=loaded.name,
                fixes=loaded.fixes,
                page=loaded.page,
                places=[p for p in loaded.places if p[1] <= end],
            ),
        )
    article = pipeline.parse_structure(
        loaded.text, source=loaded.name, fixes=loaded.fixes, page=loaded.page, places=loaded.places
    )
    if text_first or end is not None or len(article.text) >= STAGED_PARSE_CHARS:
        yield Stage("text", article)
    yield Stage("complete", pipeline.with_quotes(article))

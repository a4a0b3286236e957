"""Quotes across a library as Markdown: "every quote by Wendy Sherman, grouped by article, each
with its source line". Each quote is set as `tuiread export` sets one (`export.quote_block`), so
a quote reads the same whether exported from one article or from a library::

    # Quotes by Wendy Sherman

    ## despite “major differences”, the dialogue remains open

    Source: samples/nato-russia-dialogue.txt · 2022-01-12

    > “I haven’t heard anything new”\\
    > — Wendy Sherman, US Deputy Secretary of State (declared)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from itertools import groupby

from tuiread.export import escape_markdown, quote_block
from tuiread.library.people import LibraryQuote
from tuiread.model import Quote

__all__ = ["quotes_markdown", "shown_path"]


def shown_path(path: str) -> str:
    """A path as a person reads it: relative to the current folder when it is inside it."""
    if "://" in path or not os.path.isabs(path):
        return path
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def quotes_markdown(
    quotes: Sequence[LibraryQuote], heading: str, *, show_path: Callable[[str], str] = shown_path
) -> str:
    """The quotes as Markdown under ``heading``, article by article, each article with its source line."""
    blocks = [f"# {escape_markdown(heading)}"]
    for _, group in groupby(quotes, key=lambda q: q.article):
        items = list(group)
        first = items[0]
        blocks.append(f"## {escape_markdown(first.title or 'Untitled article')}")
        source = " · ".join(p for p in (show_path(first.path), first.url, first.date, first.source) if p)
        blocks.append(f"Source: {escape_markdown(source)}")
        for q in items:
            quote = Quote(
                start=q.start, end=q.end, index=q.index, text=q.text, speaker=q.speaker, role=q.role, cue=q.cue
            )
            blocks.append(quote_block(quote))
    if not quotes:
        blocks.append("No quotes.")
    return "\n\n".join(blocks) + "\n"

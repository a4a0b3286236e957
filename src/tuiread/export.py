"""Export: a selection of an `Article` as Markdown, and where the file goes.

Pure: no UI imports. The app and ``tuiread export`` both build a `Selection`
(`tuiread.selection`) and call `render_markdown`; neither formats Markdown on its own.

The Markdown has a heading with the article title and its source file, then the
selected sections and paragraphs in article order under their section
headings, then the selected quotes as blockquotes with attribution::

    > “I haven’t heard anything new”
    > — Wendy Sherman, US Deputy Secretary of State

then the selected reported speech as attributed paraphrase, never a blockquote (a
reader must not take it for someone's own words)::

    Jens Stoltenberg, Secretary General of NATO (according to): The Moscow delegation arrived with demands

Article text is data: every piece of it is escaped (`escape_markdown`) so a
paragraph that starts with ``#`` or holds ``[a](b)`` renders as the text it is.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from tuiread.files import WriteError, reason
from tuiread.inert import printable
from tuiread.model import Article, Quote, Reported, Section
from tuiread.selection import Selection

__all__ = [
    "ExportError",
    "default_filename",
    "escape_markdown",
    "output_path",
    "quote_attribution",
    "quote_block",
    "render_markdown",
    "reported_line",
    "source_line",
]


# An export that could not be written: the error of every file write (`tuiread.files`).
ExportError = WriteError


# ---------------------------------------------------------------------------
# Markdown

# Characters with a meaning anywhere in a CommonMark/GFM line: emphasis, code,
# links and images, raw HTML and autolinks, strikethrough, tables, the escape itself.
_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What opens a block at the start of a line: a heading, a list item, a break, a
# numbered item (``1.`` / ``1)``). ``>``, ``*`` and fences are escaped inline already.
_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d+)(?=[.)]))")
# "## Title #": a heading's closing sequence, which Markdown drops.
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")
# CommonMark ends a line at CR as well as LF: "a\r# b" would be a heading.
_LINE_END = re.compile(r"\r\n?|\n")


def escape_markdown(text: str) -> str:
    """Text as one line of Markdown that renders as exactly that text: no emphasis, links, code, HTML or blocks.

    Characters that drive a terminal or reorder a line (escape sequences, controls, bidi
    overrides) show as visible escapes (``\\x1b``): a Markdown file gets printed to terminals.
    """
    line = _LINE_END.sub(" ", text).replace("\t", " ").strip()
    line = printable(line)
    line = _INLINE.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _CLOSING_HASHES.sub(r"\\\1", line)
    match = _BLOCK_START.match(line)
    if match and match.group(1):
        line = "\\" + line
    elif match:
        # "1." or "1)" opens an ordered list: escape the dot or bracket after the number.
        line = f"{match.group(2)}\\{line[match.end() :]}"
    return line


def cue_words(cue: str | None) -> str | None:
    """A cue as a reader is shown it: its words ("said", "according to"); None for a quote that
    punctuation alone introduces (a colon, a dash), whose "cue" shows as a stray mark otherwise."""
    return cue if cue and any(c.isalpha() for c in cue) else None


def quote_attribution(quote: Quote | Reported, article: Article | None = None) -> str:
    """``Wendy Sherman, US Deputy Secretary of State`` (plain text; ``unattributed`` when no speaker)."""
    name = quote.speaker or "unattributed"
    role = quote.role
    if role is None and article is not None and quote.speaker:
        role = next((s.role for s in article.speakers if s.name == quote.speaker and s.role), None)
    return f"{name}, {role}" if role else name


def _heading(section: Section) -> str:
    level = min(max(section.level, 2), 6)
    return f"{'#' * level} {escape_markdown(section.title or '')}"


def source_line(article: Article) -> str | None:
    """Where the article came from, as the reader gave it (a path as typed, ``<stdin>``, an
    address), then a saved page's own address and the date it was published, as a web page
    gives them: ``page.html · https://example.com/story · 2019-11-19``."""
    parts = [article.source or None, article.url if article.url != article.source else None, article.date]
    return " · ".join(p for p in parts if p) or None


def render_markdown(article: Article, selection: Selection) -> str:
    """The selection as Markdown: title heading and source, sections and paragraphs, then quotes
    and reported speech."""
    blocks: list[str] = [f"# {escape_markdown(article.title or 'Untitled article')}"]
    if article.deck:
        blocks.append(f"*{escape_markdown(article.deck)}*")  # a web page's standfirst, under its headline
    source = source_line(article)
    if source:
        blocks.append(f"Source: {escape_markdown(source)}")
    if article.byline:
        blocks.append(escape_markdown(article.byline))
    chosen = set(selection.paragraph_indexes(article))
    for section in article.sections:
        paragraphs = [p for p in section.paragraphs if p.index in chosen]
        if not paragraphs and section.index not in selection.sections:
            continue
        if section.title is not None:
            blocks.append(_heading(section))
        blocks.extend(escape_markdown(p.text) for p in paragraphs)
    quotes = [q for q in article.quotes if q.index in selection.quotes]
    if quotes:
        blocks.append("## Quotes")
        for quote in quotes:
            blocks.append(quote_block(quote, article))
    reported = [r for r in article.reported if r.index in selection.reported]
    if reported:
        blocks.append("## Reported speech")
        blocks.extend(reported_line(article, item) for item in reported)
    if article.credits and article.sections and len(selection.sections) == len(article.sections):
        # The whole article: its agency credits ("(With AFP)") close it, as in the original.
        blocks.extend(escape_markdown(credit) for credit in article.credits)
    return "\n\n".join(blocks) + "\n"


def quote_block(quote: Quote, article: Article | None = None) -> str:
    """A quote as a Markdown blockquote with its attribution (and cue) on the last line. A quote
    over several paragraphs keeps them apart when the article it is in is given."""
    parts = [quote.text]
    if quote.segments and article is not None:
        parts = [article.text[s.start : s.end] for s in quote.segments]
    lines: list[str] = []
    for i, part in enumerate(parts):
        if i:
            lines.append(">")
        closing = "”" if i == len(parts) - 1 else ""
        lines.append(f"> “{escape_markdown(part.strip())}{closing}")
    # A backslash at the line's end is a hard break: without it renderers join the quote and its
    # attribution into one line.
    lines[-1] += "\\"
    cue = f" ({escape_markdown(words)})" if (words := cue_words(quote.cue)) else ""
    lines.append(f"> — {escape_markdown(quote_attribution(quote, article))}{cue}")
    return "\n".join(lines)


def reported_line(article: Article, item: Reported) -> str:
    """``Wendy Sherman, US Deputy Secretary of State (said): Russia had brought nothing new``: who,
    by what cue, then the paraphrase as the article words it, with no quotation marks of its own."""
    cue = f" ({escape_markdown(words)})" if (words := cue_words(item.cue)) else ""
    return f"{escape_markdown(quote_attribution(item, article))}{cue}: {escape_markdown(item.text)}"


def default_filename(article: Article) -> str:
    """A file name from the title: ``despite-major-differences-the-dialogue-remains-open.md``."""
    slug = _slug(article.title or "")
    if not slug and article.source and not article.source.startswith("<"):
        slug = _slug(Path(article.source).stem)
    return f"{slug or 'article'}.md"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^\w]+", "-", ascii_text.lower()).strip("-_")[:60].rstrip("-_")


def output_path(given: str, article: Article) -> Path:
    """Where an export asked to go to ``given`` goes: there, or into it under the article's
    default file name when it names a folder (one that is there, or any name ending in a slash:
    a folder that is not there is an error, not a file of that name)."""
    shown = printable(given)
    path = Path(given)
    try:
        folder = path.is_dir()
    except (OSError, ValueError) as err:
        raise ExportError(f"cannot write {shown}: {reason(err)}") from None
    if folder:
        return path / default_filename(article)
    if given.endswith(("/", os.sep)):
        raise ExportError(f"cannot write {shown}: no such folder")
    return path

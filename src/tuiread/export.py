"""Export: a selection of an `Article` as Markdown, and a file write that never leaves half a file.

Pure: no UI imports. The app and ``tuiread export`` both build a `Selection`
(`tuiread.selection`) and call `render_markdown`; neither formats Markdown on its own.

The Markdown has a heading with the article title and its source file, then the
selected sections and paragraphs in article order under their section
headings, then the selected quotes as blockquotes with attribution::

    > “I haven’t heard anything new”
    > — Wendy Sherman, US Deputy Secretary of State

Article text is data: every piece of it is escaped (`escape_markdown`) so a
paragraph that starts with ``#`` or holds ``[a](b)`` renders as the text it is.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from tuiread.inert import printable
from tuiread.model import Article, Quote, Section
from tuiread.selection import Selection

__all__ = [
    "ExportError",
    "default_filename",
    "escape_markdown",
    "output_path",
    "quote_attribution",
    "reason",
    "render_markdown",
    "write_atomic",
]


class ExportError(Exception):
    """An export that could not be written. ``str(err)`` is a one-line message."""


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


def quote_attribution(quote: Quote, article: Article | None = None) -> str:
    """``Wendy Sherman, US Deputy Secretary of State`` (plain text; ``unattributed`` when no speaker)."""
    name = quote.speaker or "unattributed"
    role = quote.role
    if role is None and article is not None and quote.speaker:
        role = next((s.role for s in article.speakers if s.name == quote.speaker and s.role), None)
    return f"{name}, {role}" if role else name


def _heading(section: Section) -> str:
    level = min(max(section.level, 2), 6)
    return f"{'#' * level} {escape_markdown(section.title or '')}"


def _source_name(article: Article) -> str | None:
    """Where the article came from, as the reader gave it (a path as typed, ``<stdin>``, later a URL)."""
    return article.source or None


def render_markdown(article: Article, selection: Selection) -> str:
    """The selection as Markdown: title heading and source, sections and paragraphs, then quotes."""
    blocks: list[str] = [f"# {escape_markdown(article.title or 'Untitled article')}"]
    source = _source_name(article)
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
            blocks.append(_blockquote(article, quote))
    if article.credits and article.sections and len(selection.sections) == len(article.sections):
        # The whole article: its agency credits ("(With AFP)") close it, as in the original.
        blocks.extend(escape_markdown(credit) for credit in article.credits)
    return "\n\n".join(blocks) + "\n"


def _blockquote(article: Article, quote: Quote) -> str:
    parts = [article.text[s.start : s.end] for s in quote.segments] if quote.segments else [quote.text]
    lines: list[str] = []
    for i, part in enumerate(parts):
        if i:
            lines.append(">")
        closing = "”" if i == len(parts) - 1 else ""
        lines.append(f"> “{escape_markdown(part.strip())}{closing}")
    # A backslash at the line's end is a hard break: without it renderers join the quote and its
    # attribution into one line.
    lines[-1] += "\\"
    cue = f" ({escape_markdown(quote.cue)})" if quote.cue else ""
    lines.append(f"> — {escape_markdown(quote_attribution(quote, article))}{cue}")
    return "\n".join(lines)


def default_filename(article: Article) -> str:
    """A file name from the title: ``despite-major-differences-the-dialogue-remains-open.md``."""
    slug = _slug(article.title or "")
    if not slug and article.source and not article.source.startswith("<"):
        slug = _slug(Path(article.source).stem)
    return f"{slug or 'article'}.md"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^\w]+", "-", ascii_text.lower()).strip("-_")[:60].rstrip("-_")


# ---------------------------------------------------------------------------
# Writing


def reason(err: BaseException) -> str:
    """Why a write failed, in a few words: the system's message for an OSError, lower-cased like
    every other message of ours ("no such file or directory")."""
    if isinstance(err, OSError) and err.strerror:
        return err.strerror[:1].lower() + err.strerror[1:]
    return str(err) or type(err).__name__


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


def write_atomic(path: str | os.PathLike[str], text: str, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` all at once: a temporary file beside it, then a rename.

    A failed write leaves nothing behind, and an existing file is only replaced
    when ``overwrite`` is true. ExportError (one line) otherwise, whatever the path
    holds (a name too long, a folder that cannot be searched, a NUL byte).

    A symbolic link is followed when ``overwrite`` is true: the file it names is
    replaced (atomically, in that file's folder) and the link stays, as a shell's
    ``>`` would do: replacing the link itself with a plain file would quietly cut the
    user's link to the file they meant. A link to nothing, or to something that is not
    a regular file, is refused. Returns the path of the file written.
    """
    shown = printable(str(path))
    try:
        target = _target_of(Path(path), overwrite, shown)
        folder = target.parent
        mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        # The name shortened: a long target name plus the suffixes could pass the file system's limit.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp", dir=folder)
    except (OSError, ValueError) as err:
        raise ExportError(f"cannot write {shown}: {reason(err)}") from None
    tmp = Path(tmp_name)
    try:
        # errors="replace": a lone surrogate is no character; it must not make the export fail.
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_new(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, FileExistsError):
            raise ExportError(f"{shown} already exists (not overwritten)") from None
        raise ExportError(f"cannot write {shown}: {reason(err)}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)
    return target


def _target_of(target: Path, overwrite: bool, shown: str) -> Path:
    """The file to put in place: ``target``, or the file its link names (see `write_atomic`)."""
    if target.is_dir():
        raise ExportError(f"cannot write {shown}: it is a folder")
    if not overwrite and (target.exists() or target.is_symlink()):
        raise ExportError(f"{shown} already exists (not overwritten)")
    if target.is_symlink():
        if not target.exists():
            raise ExportError(f"cannot write {shown}: it is a link to nothing (not followed)")
        target = target.resolve()
    if target.exists() and not target.is_file():
        # /dev/stdout, a FIFO, a socket: replacing it with a file would break it (root can).
        raise ExportError(f"cannot write {shown}: not a regular file")
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash right after could otherwise lose it). Best effort."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _link_new(tmp: Path, target: Path) -> None:
    """Put ``tmp`` at ``target`` only if nothing is there (a hard link cannot replace a file)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: check, then rename (a small race, never a half file).
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask

"""Web pages: a saved page's HTML to the article's plain text, metadata and page furniture.

trafilatura finds the article in the page (the best open-source extractor on the public
article-extraction benchmark) and reads its metadata: title, author, date, site name, URL.
Its output (an XML tree of headings, paragraphs, lists, quotes and tables) is written here as
the plain text the rest of the pipeline reads (title line, blank line, paragraphs; ``## `` and
``### `` before a subheading, ``• `` or ``1. `` before a list item), so clean → structure →
quotes run on it as on any article and every offset points into the same cleaned text.

What trafilatura leaves that is not article text (page furniture) is taken out here, by its
shape, into the `PageInfo`'s related, credits and boilerplate, where plain copy's go
(`furniture_kind`): never into the text.

Pure: bytes or text in, `LoadedText` out; no network (`tuiread.fetch` downloads). trafilatura
is imported on the first page, so loading plain text never pays for it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tuiread.inert import printable
from tuiread.model import FixLog, PageInfo
from tuiread.parser.load import LoadedText, LoadError, decode
from tuiread.parser.structure import is_byline, is_duplicate_title

if TYPE_CHECKING:
    from lxml.etree import _Element

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# What a page starts with (after a byte-order mark, blank space and comments).
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|\?xml[^>]*>\s*<html)", re.I | re.S
)
# Tags that only a page holds, near its start: a fragment saved without <html>.
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title|div|p|article)[\s>]", re.I)
_ANY_TAG = re.compile(rb"</?[a-zA-Z][^>]{0,200}>")
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# The encodings a page may name that Python calls otherwise, and those a browser reads as another.
_CHARSET_ALIASES = {
    "iso-8859-1": "windows-1252",
    "latin1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
}


def looks_like_html(name: str, data: bytes) -> bool:
    """Is this a web page? By its name (``.html``, ``.htm``) and any tag in it, or, whatever its
    name, by how it starts (``<!DOCTYPE html>``, ``<html>``) or page tags near the start."""
    head = data[:4096]
    if _HTML_START.match(head):
        return True
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if f".{suffix}" in HTML_SUFFIXES:
        return bool(_ANY_TAG.search(head))
    return head.lstrip()[:1] == b"<" and len(_HTML_TAGS.findall(head)) >= 2


def meta_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first kilobytes (``<meta charset>``), if any."""
    found = _META_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii", "replace") if found else None


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_declared(data: bytes, name: str, charset: str | None = None) -> tuple[str, FixLog]:
    """The page as text: in ``charset`` (the HTTP header's), else the one its ``<meta>`` declares,
    else read as any text file is (`tuiread.parser.load.decode`)."""
    # A byte-order mark outranks what the page declares, as in a browser.
    declared = () if data.startswith(_BOMS) else (charset, meta_charset(data))
    for given in declared:
        codec = _codec(given)
        if codec is None or codec.startswith(("utf-16", "utf-32")):
            # A page saying UTF-16 in ASCII bytes is not UTF-16 (browsers read it as UTF-8).
            continue
        if codec == "utf-8":
            break
        text = data.decode(codec, errors="replace")
        if "\x00" in text:
            raise LoadError(f"{printable(name)}: not a text file (it contains NUL characters)")
        bad = text.count("\ufffd")
        return text, FixLog.from_counts([("undecodable", bad)])
    loaded = decode(data, name)
    return loaded.text, loaded.fixes


def load_html(data: bytes, name: str, *, url: str | None = None, charset: str | None = None) -> LoadedText:
    """A page's bytes to the article's text and what the page says about it; LoadError (one
    line naming the page) when it holds no article."""
    text, fixes = decode_declared(data, name, charset)
    return extract(text, name, url=url, fixes=fixes)


def extract(page: str, name: str, *, url: str | None = None, fixes: FixLog | None = None) -> LoadedText:
    """The article in ``page`` (HTML text) as plain text for the pipeline, with its `PageInfo`."""
    from trafilatura import bare_extraction

    shown = printable(name)
    # The NUL and the surrogates lxml refuses: a page's text is data, never a crash.
    page = page.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    try:
        doc = bare_extraction(page, url=url, include_comments=False, with_metadata=True)
    except Exception as err:  # trafilatura and lxml raise many kinds on broken markup
        raise LoadError(f"{shown}: cannot read the page ({type(err).__name__})") from None
    if doc is None or doc.body is None:
        raise LoadError(f"{shown}: no article found in the page")
    title = _one_line(doc.title)
    furniture: list[tuple[str, str]] = []
    blocks = list(_blocks(doc.body, furniture))
    if blocks and title and _same_words(blocks[0][1], title):
        blocks.pop(0)  # the page's own headline, read again from its body
    if not title and blocks and blocks[0][0] == "heading":
        title = blocks.pop(0)[1]
    if not any(kind == "paragraph" for kind, _ in blocks):
        raise LoadError(f"{shown}: no article found in the page")
    author = _one_line(doc.author)
    lines = [title or "Untitled page"]
    byline = f"By {author}" if author else None
    if byline and is_byline(byline) and not (blocks and is_byline(blocks[0][1])):
        # The page's author, where the reader looks for it: under the title, as the byline.
        lines.append(byline)
    lines.extend(text for _, text in blocks)
    info = PageInfo(
        # The address it was fetched from; a saved page's own (canonical) address otherwise.
        url=url or _one_line(doc.url),
        author=author,
        date=_one_line(doc.date),
        site_name=_one_line(doc.sitename),
        furniture=tuple(furniture),
    )
    return LoadedText(name, "\n\n".join(lines), "html", fixes or FixLog(), page=info)


def _one_line(text: str | None) -> str | None:
    """Metadata as one plain line: no controls, escapes or runs of space (it is shown as it is)."""
    if not text:
        return None
    from tuiread.parser.characters import clean_characters

    cleaned, _ = clean_characters(" ".join(text.split()))
    return " ".join(cleaned.split()) or None


def _same_words(a: str, b: str) -> bool:
    return is_duplicate_title(a.lstrip("#").strip(), b)


def _text(el: _Element) -> str:
    """An element's words on one line (line breaks inside a paragraph become spaces)."""
    return " ".join("".join(el.itertext()).split())


_HEADING_LEVEL = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}


def _blocks(body: _Element, furniture: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """The body's blocks in order as ``(kind, text)``: ``heading`` (with its ``## ``), ``paragraph``
    (a list item with its bullet). Page furniture goes to ``furniture`` instead."""
    for el in body:
        tag = el.tag
        if tag == "head":
            text = _text(el)
            if text:
                level = _HEADING_LEVEL.get(el.get("rend", "h2"), 2)
                yield "heading", f"{'#' * level} {text}"
        elif tag == "list":
            numbered = el.get("rend") == "ol"
            n = 0
            for item in el.iter("item"):
                text = _text(item)
                if text:
                    n += 1
                    yield "paragraph", f"{n}. {text}" if numbered else f"• {text}"
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_text(c) for c in row.iter("cell")]
                text = " | ".join(c for c in cells if c)
                if text:
                    yield "paragraph", text
        elif tag in ("div", "body"):
            yield from _blocks(el, furniture)
        else:
            text = _text(el)
            if text:
                yield "paragraph", text

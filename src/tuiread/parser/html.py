"""Web pages: a saved page's HTML to the article's plain text, metadata and page furniture.

trafilatura finds the article in the page (the best open-source extractor on the public
article-extraction benchmark) and reads its metadata: title, author, date, site name, URL.
Its output (an XML tree of headings, paragraphs, lists, quotes and tables) is written here as
the plain text the rest of the pipeline reads (title line, blank line, paragraphs; ``## `` and
``### `` before a subheading, ``• `` or ``1. `` before a list item), so clean → structure →
quotes run on it as on any article and every offset points into the same cleaned text.

What trafilatura leaves that is not article text (page furniture) is taken out here, by its
shape, into the `PageInfo`'s related, credits and boilerplate, where plain copy's go
(`sort_furniture`, which names each rule): never into the text.

Pure: bytes or text in, `LoadedText` out; no network (`tuiread.fetch` downloads). trafilatura
is imported on the first page, so loading plain text never pays for it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tuiread.inert import printable
from tuiread.model import FixLog, PageInfo
from tuiread.parser.load import (
    LoadedText,
    LoadError,
    declared_encoding,
    decode,
    encoding_for_label,
    has_byte_order_mark,
    python_codec,
)
from tuiread.parser.structure import is_byline, is_duplicate_title

if TYPE_CHECKING:
    from lxml.etree import _Element

# trafilatura's settings (measured on web-dev: benchmarks/web.py).
TRAFILATURA_OPTIONS: dict[str, bool] = {"include_comments": False, "with_metadata": True, "include_links": True}
# Past this size a page is read the quick way (a 1 MB page in a second, not two):
# - htmldate's extensive search runs its date patterns over the whole page text, about 0.7 s a
#   megabyte; the quick one (meta tags, <time>, the address) found the same date on 89 of
#   web-dev's 91 pages;
# - trafilatura's fast mode skips its second opinion (readability), which changed nothing on
#   web-dev's 8 pages this big (F1 .9825 either way).
BIG_PAGE_CHARS = 400_000
# A page whose article has fewer words is a home page, an index or an error page, not an article.
MIN_ARTICLE_WORDS = 10
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

# What a page starts with (after a byte-order mark, blank space and comments).
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|\?xml[^>]*>\s*<html)", re.I | re.S
)
# Tags that only a page holds, near its start: a fragment saved without <html>.
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title|div|p|article)[\s>]", re.I)
_ANY_TAG = re.compile(rb"</?[a-zA-Z][^>]{0,200}>")


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


def decode_declared(data: bytes, name: str, charset: str | None = None) -> tuple[str, FixLog]:
    """The page as text: in ``charset`` (the HTTP header's), else the one its ``<meta>`` declares,
    else read as any text file is (`tuiread.parser.load.decode`)."""
    # A byte-order mark outranks what the page declares, as in a browser.
    declared = () if has_byte_order_mark(data) else (charset and encoding_for_label(charset), declared_encoding(data))
    for encoding in declared:
        if not encoding:
            continue
        if encoding == "utf-8":
            break
        text = data.decode(python_codec(encoding), errors="replace")
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
    from trafilatura.settings import set_date_params

    from tuiread.parser.characters import strip_terminal_escapes

    shown = printable(name)
    # The NUL and the surrogates lxml refuses: a page's text is data, never a crash.
    page = page.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    # Escape sequences go whole, before lxml drops their ESC and leaves the rest ("[2J") in the text.
    page, escapes = strip_terminal_escapes(page)
    fixes = (fixes or FixLog()).merged(FixLog.from_counts([("terminal-escape", escapes)]))
    big = len(page) > BIG_PAGE_CHARS
    try:
        doc = bare_extraction(
            page, url=url, date_extraction_params=set_date_params(not big), fast=big, **TRAFILATURA_OPTIONS
        )
    except Exception as err:  # trafilatura and lxml raise many kinds on broken markup
        raise LoadError(f"{shown}: cannot read the page ({type(err).__name__})") from None
    if doc is None or doc.body is None:
        raise LoadError(f"{shown}: no article found in the page")
    title = _one_line(doc.title)
    pieces = list(_pieces(doc.body))
    if not title and pieces and pieces[0].kind == "heading":
        title = pieces.pop(0).text
    kept, furniture = sort_furniture(pieces, title, url or _one_line(doc.url))
    if sum(_words(piece.text) for piece in kept if piece.kind == "paragraph") < MIN_ARTICLE_WORDS:
        raise LoadError(f"{shown}: no article found in the page")
    blocks = [piece.line for piece in kept]
    author = _one_line(doc.author)
    lines = [title or "Untitled page"]
    byline = f"By {author}" if author else None
    if byline and is_byline(byline) and not (blocks and is_byline(blocks[0])):
        # The page's author, where the reader looks for it: under the title, as the byline.
        lines.append(byline)
    lines.extend(blocks)
    info = PageInfo(
        # The address it was fetched from; a saved page's own (canonical) address otherwise.
        url=url or _one_line(doc.url),
        author=author,
        date=_one_line(doc.date),
        site_name=_one_line(doc.sitename),
        furniture=tuple(furniture),
    )
    return LoadedText(name, "\n\n".join(lines), "html", fixes, page=info)


def _one_line(text: str | None) -> str | None:
    """Metadata as one plain line: no controls, escapes or runs of space (it is shown as it is)."""
    if not text:
        return None
    from tuiread.parser.characters import clean_characters

    cleaned, _ = clean_characters(" ".join(text.split()))
    return " ".join(cleaned.split()) or None


def _text(el: _Element) -> str:
    """An element's words on one line (line breaks inside a paragraph become spaces)."""
    return " ".join("".join(el.itertext()).split())


def _link_share(el: _Element, text: str) -> float:
    """How much of ``text`` (``el``'s words) is the text of links."""
    if not text:
        return 0.0
    linked = sum(len(" ".join("".join(ref.itertext()).split())) for ref in el.iter("ref"))
    return min(linked / len(text), 1.0)


_HEADING_LEVEL = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}


@dataclass(frozen=True, slots=True)
class Piece:
    """One block of the extracted body: a heading or a paragraph (a list item is a paragraph with
    its bullet in ``marker``), with how much of it is link text and which list it is in."""

    kind: str
    text: str
    marker: str = ""
    links: float = 0.0
    group: int = 0  # the list (or table) it belongs to; 0 for a block of its own

    @property
    def line(self) -> str:
        return self.marker + self.text


# Blocks in trafilatura's output; anything else (a link, emphasis) is inline, part of a paragraph.
_BLOCKS = frozenset({"head", "p", "list", "quote", "table", "div", "body", "lb", "graphic"})


def _pieces(body: _Element) -> Iterator[Piece]:
    """The body's blocks in order. Text standing between blocks (trafilatura leaves a paragraph
    that way when the page did not wrap it in one) is a paragraph too."""
    groups = 0
    run: list[str] = []
    linked = 0

    def flush() -> Iterator[Piece]:
        nonlocal linked
        text = " ".join("".join(run).split())
        if text:
            yield Piece("paragraph", text, "", min(linked / len(text), 1.0))
        run.clear()
        linked = 0

    def walk(container: _Element) -> Iterator[Piece]:
        nonlocal groups, linked
        run.append(container.text or "")
        for el in container:
            tag = el.tag
            if tag not in _BLOCKS:
                inline = "".join(el.itertext())
                run.append(inline)
                if tag == "ref":
                    linked += len(" ".join(inline.split()))
                run.append(el.tail or "")
                continue
            yield from flush()
            if tag in ("div", "body"):
                yield from walk(el)
                yield from flush()
            elif tag == "head":
                text = _text(el)
                if text:
                    level = _HEADING_LEVEL.get(el.get("rend", "h2"), 2)
                    yield Piece("heading", text, "#" * level + " ", _link_share(el, text))
            elif tag == "list":
                groups += 1
                numbered = el.get("rend") == "ol"
                items = [(item, _text(item)) for item in el.iter("item")]
                for n, (item, text) in enumerate([i for i in items if i[1]], start=1):
                    yield Piece("paragraph", text, f"{n}. " if numbered else "• ", _link_share(item, text), groups)
            elif tag == "table":
                groups += 1
                for row in el.iter("row"):
                    text = " | ".join(t for t in (_text(c) for c in row.iter("cell")) if t)
                    if text:
                        yield Piece("paragraph", text, "", _link_share(row, text), groups)
            elif tag in ("p", "quote"):
                text = _text(el)
                if text:
                    yield Piece("paragraph", text, "", _link_share(el, text))
            run.append(el.tail or "")

    for br in body.iter("lb"):
        # A line break inside a paragraph separates words, though it holds no text of its own.
        br.tail = " " + (br.tail or "")
    yield from walk(body)
    yield from flush()


# ---------------------------------------------------------------------------
# Page furniture: what trafilatura leaves that is not article text, by its shape.

RULES: set[str] = {"title-again", "address", "link-list", "link-line", "deck", "tail"}


def sort_furniture(
    pieces: list[Piece], title: str | None, url: str | None
) -> tuple[list[Piece], list[tuple[str, str]]]:
    """The pieces that are article text, and the furniture as ``(kind, line)``, by the rules:

    * ``title-again``: the headline repeated in the body (dropped, as plain copy's duplicate
      title line is);
    * ``address``: a line that is only a web or e-mail address;
    * ``link-list``: a list whose every item is a link (related articles);
    * ``link-line``: a short paragraph or heading that is all link (a related headline);
    * ``deck``: a sentence set as a heading before the first paragraph (the standfirst: kept
      as the article's deck, not as a section);
    * ``tail``: after the last paragraph that is article text, what is no sentence (short
      lines, headings with nothing under them) and prompts.
    """
    kinds = [_furniture_kind(piece, title, url) for piece in pieces]
    if "deck" in RULES:
        # The first heading, before any paragraph, when it reads as a sentence (8 to 40 words, or
        # a full stop at its end) and not as a section's title.
        first = next((i for i, kind in enumerate(kinds) if kind is None), None)
        deck = pieces[first] if first is not None else None
        # A short question ("What happened?") or label opening the body is a section's heading.
        sentence = deck is not None and _words(deck.text) <= 40 and (_words(deck.text) >= 8 or deck.text.endswith("."))
        if deck and deck.kind == "heading" and sentence:
            kinds[first] = "deck"  # type: ignore[index]
    if "tail" in RULES:
        sizes = Counter(piece.group for piece in pieces)
        for i in range(len(pieces) - 1, -1, -1):
            piece = pieces[i]
            if kinds[i] is not None or piece.kind == "heading":
                kinds[i] = kinds[i] or "boilerplate"
                continue
            if piece.links > 0.5 or (piece.group and piece.links >= 0.25):
                # Linked headlines, alone or with their teasers: related articles, sentences or not.
                kinds[i] = "related"
                continue
            if _is_sentence(piece.text, 10) or (piece.group and sizes[piece.group] >= 3):
                break  # article text: a sentence, or a list of the article's own
            kinds[i] = "boilerplate"
    if not any(kind is None and piece.kind == "paragraph" for piece, kind in zip(pieces, kinds, strict=True)):
        # Every paragraph looked like furniture: the rules misread this page, not all of it is furniture.
        kinds = [None] * len(pieces)
    kept = [piece for piece, kind in zip(pieces, kinds, strict=True) if kind is None]
    furniture = [(kind, piece.text) for piece, kind in zip(pieces, kinds, strict=True) if kind is not None]
    return kept, furniture


_SENTENCE_END = re.compile(r"[.!?…:。！？][\"'”’」)\]]*$")
_EMAIL = re.compile(r"^(?:e-?mail(?: us)?:?\s*)?[\w.+-]+@[\w-]+\.[\w.-]+$", re.I)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


@functools.lru_cache(maxsize=1024)
def _words(text: str) -> int:
    """Words in ``text``; in copy without spaces (Chinese, Japanese), every two characters count one.
    Cached: each rule asks again of the same piece."""
    unspaced = 0 if text.isascii() or max(text) < "\u3040" else len(_UNSPACED.findall(text))
    return len(text.split()) + unspaced // 2


def _same_address(text: str, url: str) -> bool:
    """Is ``text`` the page's own address (as printed on the page: with or without its scheme)?"""

    def bare(address: str) -> str:
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", address.strip().lower()).rstrip("/")

    return bare(text) == bare(url)


def _is_headline(text: str) -> bool:
    """A headline: under 20 words, not a sentence ending in a full stop, nor a fragment of one."""
    return _words(text) <= 20 and not text.endswith(".") and not text[:1].islower()


def _is_sentence(text: str, words: int) -> bool:
    """Prose: ``words`` words or more, or words ending as a sentence does."""
    n = _words(text)
    return n >= words or (n >= 2 and bool(_SENTENCE_END.search(text)))


def _furniture_kind(piece: Piece, title: str | None, url: str | None) -> str | None:
    text = piece.text
    if "title-again" in RULES and title and is_duplicate_title(title, text):
        return "title"
    if "address" in RULES and (_EMAIL.match(text) or (url and _same_address(text, url))):
        return "boilerplate"
    if "link-line" in RULES and piece.links > 0.9 and _is_headline(text) and not piece.group:
        return "related"
    if "link-list" in RULES and piece.group and piece.links > 0.8 and piece.marker:
        return "related"
    # A line whose own shape says it is furniture (a credit, a prompt, "Read more: …") is left to
    # the structure stage, which reads a page's text with plain copy's rules (`boilerplate`).
    return None

"""Real page furniture from real web pages: how much of it the plain-copy cleaner takes out, and
how much article text it takes with it.

    python benchmarks/furniture_pages.py                  # the val pages (the measure)
    python benchmarks/furniture_pages.py --split train    # the pages the line model may learn from
    python benchmarks/furniture_pages.py --split all --show 20

The 91 pages of ``../shared/eval/web-dev/`` come from many outlets nobody here wrote for. Each
page's visible text is read with lxml as lines (one per block element; scripts, styles and the
head left out), and every line is sorted by the page's article body (``web-dev-truth.json``):
a line whose words stand in the body is article text (a subheading when an ``h2``-``h6`` holds it),
any other line is page furniture: captions, credits, bylines, timestamps, share bars, newsletter
prompts, "related" lists, ads, comment counts. The *article region* is what a reader copying the
article takes with it: the title (the page's ``h1``), then the lines from ``WINDOW`` lines before
the first body paragraph to ``WINDOW`` lines after the last, furniture where it stood. That copy
goes through the parser as plain copy (`pipeline.parse_structure`, no page information), and the
figures are: furniture lines the cleaner moved out (``caught``), body lines and subheadings it moved
out (``lost``), and subheadings it kept as subheadings.

Pages are split by the first byte of the SHA-256 of their id: ``val`` when it is divisible by 3
(about a third), else ``train``. The line model (``train_furniture.py``) learns only from the
train pages; the val pages are the measure. Nothing from the data is copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from lxml import html as lxml_html

from common import EVAL
from tuiread.parser.load import declared_encoding, python_codec
from tuiread.parser.pipeline import clean
from tuiread.parser.structure import is_duplicate_title, structure

PAGES = EVAL / "web-dev"
TRUTH = EVAL / "web-dev-truth.json"
WINDOW = 10  # furniture lines kept around the article body, before its first and after its last line
MAX_FURNITURE_WORDS = 25  # a longer line is a teaser or a comment: no shape tells it from article text
LONG_BODY_WORDS = 8  # a body line this long anchors the article region

LineKind = Literal["body", "heading", "furniture", "long", "unknown"]
Split = Literal["train", "val", "all"]

_BLOCK = frozenset(
    """address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr td th ul br button label option
    select summary caption tbody thead tfoot""".split()
)
_HIDDEN = frozenset("script style noscript template svg head iframe object embed canvas math select".split())
_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_WORD = re.compile(r"[^\W_]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


@dataclass(frozen=True, slots=True)
class PageLine:
    text: str
    kind: LineKind


@dataclass(frozen=True, slots=True)
class PageCopy:
    """One page's article region as plain copy: the title, then its lines in page order."""

    page: str
    title: str
    lines: tuple[PageLine, ...]

    def text(self) -> str:
        return "\n\n".join([self.title, *(line.text for line in self.lines)]) + "\n"


def norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def split_of(page: str) -> Literal["train", "val"]:
    return "val" if hashlib.sha256(page.encode()).digest()[0] % 3 == 0 else "train"


def page_text(data: bytes) -> str:
    """The page's characters, in the encoding it declares (else UTF-8), without an XML declaration
    (lxml refuses one in a decoded string)."""
    encoding = declared_encoding(data)
    try:
        text = data.decode(python_codec(encoding) if encoding else "utf-8")
    except (UnicodeDecodeError, LookupError):
        text = data.decode("utf-8", "replace")
    return _XML_DECLARATION.sub("", text, count=1)


def visible_lines(page: str) -> list[tuple[str, str]]:
    """The page's visible text as ``(line, tag of the block that holds it)``, in reading order."""
    root = lxml_html.fromstring(page)
    body = root.find("body")
    out: list[tuple[str, str]] = []
    buffer: list[str] = []

    def flush(tag: str) -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text:
            out.append((text, tag))

    # An explicit stack rather than recursion: some pages nest thousands of elements deep.
    stack: list[tuple[object, bool]] = [(body if body is not None else root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""  # type: ignore[attr-defined]
        if closing:
            if tag in _BLOCK:
                flush(tag)
            if element.tail:  # type: ignore[attr-defined]
                buffer.append(element.tail)  # type: ignore[attr-defined]
            continue
        if not tag or tag in _HIDDEN:
            if element.tail:  # type: ignore[attr-defined]
                buffer.append(element.tail)  # type: ignore[attr-defined]
            continue
        if tag in _BLOCK:
            flush("div")
        if element.text:  # type: ignore[attr-defined]
            buffer.append(element.text)  # type: ignore[attr-defined]
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(list(element)))  # type: ignore[call-overload]
    flush("div")
    return out


def _title(root_lines: list[tuple[str, str]], page: str) -> str:
    for text, tag in root_lines:
        if tag == "h1" and len(text.split()) >= 3:
            return text
    found = lxml_html.fromstring(page).findtext(".//title") or ""
    return re.split(r"\s+[|–—-]\s+", found.strip())[0] or "Untitled"


def page_copy(page: str, data: bytes, body: str) -> PageCopy | None:
    """The page's article region as plain copy, each line sorted (None when the body is not found)."""
    text = page_text(data)
    lines = visible_lines(text)
    title = _title(lines, text)
    body_norm = f" {norm(body)} "
    found = [bool(norm(t)) and f" {norm(t)} " in body_norm for t, _ in lines]
    anchors = [k for k, (t, _) in enumerate(lines) if found[k] and len(t.split()) >= LONG_BODY_WORDS]
    if not anchors:
        return None
    first, last = anchors[0], anchors[-1]
    out: list[PageLine] = []
    for k in range(max(0, first - WINDOW), min(len(lines), last + WINDOW + 1)):
        text, tag = lines[k]
        words = norm(text).split()
        if not words or is_duplicate_title(title, text):
            continue  # decoration ("|", "•"), or the title again: the duplicate-title rule's business
        if found[k]:
            inside = first <= k <= last
            kind: LineKind = "unknown" if not inside else "heading" if tag in _HEADINGS else "body"
        elif len(words) > MAX_FURNITURE_WORDS or len(text) > 300:
            kind = "long"
        else:
            kind = "furniture"
        out.append(PageLine(text, kind))
    return PageCopy(page, title, tuple(out))


def page_copies(split: Split) -> Iterator[PageCopy]:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    for packed in sorted(PAGES.glob("*.html.gz")):
        page = packed.name.removesuffix(".html.gz")
        if split != "all" and split_of(page) != split:
            continue
        copy = page_copy(page, gzip.decompress(packed.read_bytes()), truth[page]["articleBody"])
        if copy is not None:
            yield copy


@dataclass
class Tally:
    lines: Counter[str]
    moved: Counter[str]

    def add(self, key: str, moved: bool) -> None:
        self.lines[key] += 1
        self.moved[key] += moved

    def share(self, key: str) -> str:
        return f"{self.moved[key]}/{self.lines[key]} ({self.moved[key] / max(1, self.lines[key]):.4f})"


def _size(text: str) -> str:
    n = len(text.split())
    return "1 word" if n == 1 else "2-4 words" if n <= 4 else "5-16 words" if n <= 16 else "17-25 words"


def measure(copies: list[PageCopy], show: int, *, learned: bool = True) -> Tally:
    tally = Tally(Counter(), Counter())
    missed: list[str] = []
    lost: list[str] = []
    for copy in copies:
        found = structure(clean(copy.text())[0], learned=learned)
        moved = Counter(norm(t) for t in (*found.related, *found.credits, *found.boilerplate))
        headings = Counter(norm(b.text) for b in found.blocks if b.kind == "heading")
        for line in copy.lines:
            key = norm(line.text)
            taken = moved[key] > 0
            if taken:
                moved[key] -= 1
            if line.kind == "furniture":
                tally.add("furniture", taken)
                tally.add(f"furniture {_size(line.text)}", taken)
                if not taken:
                    missed.append(f"{copy.page[:8]} {line.text[:110]!r}")
            elif line.kind in ("body", "heading"):
                tally.add(line.kind, taken)
                if line.kind == "heading":
                    tally.add("heading kept as heading", headings[key] > 0)
                if taken:
                    lost.append(f"{copy.page[:8]} {line.kind:7} {line.text[:110]!r}")
            elif line.kind == "long":
                tally.add("long furniture", taken)
    if show:
        for name, items in (("article lines moved out", lost), ("furniture left in", missed)):
            print(f"  {name}:")
            for item in items[:show]:
                print(f"    {item}")
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "val", "all"), default="val")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="also print N lines of each kind of error")
    ap.add_argument("--rules-only", action="store_true", help="without the learned line model")
    args = ap.parse_args()
    copies = list(page_copies(args.split))
    tally = measure(copies, args.show, learned=not args.rules_only)
    print(
        f"real page furniture, {args.split} pages ({len(copies)} with their body found), as plain copy"
        f"{' (rules only)' if args.rules_only else ''}:"
    )
    print(f"  furniture caught      {tally.share('furniture')}")
    for size in ("1 word", "2-4 words", "5-16 words", "17-25 words"):
        print(f"    {size:17}   {tally.share(f'furniture {size}')}")
    print(f"  body lines lost       {tally.share('body')}")
    print(f"  subheadings lost      {tally.share('heading')}")
    print(f"  subheadings kept as subheadings {tally.share('heading kept as heading')}")
    print(f"  (longer furniture caught {tally.share('long furniture')}: not expected)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

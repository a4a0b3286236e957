"""Structure: units of text to title, byline, headings, paragraphs and what is not article text.

Input is the list of units from `unwrap` (a paragraph, a heading or a stray
line each). Output is a `Structure`: the kept blocks in reading order, and the
lines moved out of the text (related links, credits, boilerplate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from tuiread.parser.boilerplate import QUOTE_MARK, classify_line, classify_lines
from tuiread.parser.edits import Place
from tuiread.parser.furniture_model import refine
from tuiread.parser.unwrap import Unit
from tuiread.quick_init import quick_init

BlockKind = Literal["title", "byline", "heading", "paragraph"]


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    level: int = 0
    # Where cleaning changed it (`tuiread.parser.edits`), in its offsets.
    places: tuple[Place, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Structure:
    blocks: tuple[Block, ...]
    related: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    dropped_titles: int = 0


_WORDS = re.compile(r"\w+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^(={3,}|-{3,})$")
# Names are capitalised (case-sensitive: "By the end of the year" is a sentence); a
# weekday, month or time word after "By" starts a sentence ("By Tuesday, it was over").
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Then|Now|Noon|Midnight|Dawn|Nightfall|Law|Contrast"
    r"|Comparison|Far|Early|Late|Mid|Next|Last|Today|Tomorrow|Tonight|Yesterday)\b)"
)
_BYLINE = re.compile(
    rf"^(?i:by|par|von|por)\s+{_NOT_A_NAME}(?:[A-Z][\w'’.\-]*|[A-Z]\.)"
    r"(?:[\s,]+(?:and\s+|&\s+)?(?:[A-Z][\w'’.\-]*|[A-Z]\.|de|van|von|der|da|di|le|la|bin|al-\w+))*"
    r"(?:\s*[,|/–—-]\s*[^\n]{0,80})?$"
)
_BYLINE_START = re.compile(rf"^(?i:by|par|von|por)\s+{_NOT_A_NAME}[A-Z]")
_TIMESTAMP = re.compile(r"^\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?:\s+[A-Z]{2,4})?\.?$", re.IGNORECASE)


# Each asked of nearly every unit, and each needs a line's first character to be one it starts with:
# that character is looked at first (`re` would be called, and fail at once, for every paragraph).
def _md_heading(unit: str) -> re.Match[str] | None:
    return _MD_HEADING.match(unit) if unit[:1] == "#" else None


def _is_underline(line: str) -> bool:
    return line[:1] in ("=", "-") and _UNDERLINE.match(line) is not None


def _is_timestamp(unit: str) -> bool:
    # (`\d` is a decimal digit, one of the characters `str.isdigit` answers yes for.)
    return unit[:1].isdigit() and _TIMESTAMP.match(unit) is not None


# A heading never ends in these: a sentence, a clause, or a line cut mid-phrase.
_SENTENCE_END = re.compile(r"[.,;:!…\-–—]$")
_DANGLING = frozenset(
    "a an the of to in on at by for with from and or but that which who as is was are were be "
    "said says told his her their its our your my this these those than into over".split()
)
_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 100
# A headline with its deck is never longer; a longer first unit is the body's first paragraph.
_MAX_TITLE_CHARS = 300


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def is_duplicate_title(title: str, line: str) -> bool:
    """The title repeated: exactly, or lower-cased and stripped of punctuation, or nearly so."""
    if len(line) > 3 * len(title) + 40:
        return False  # a paragraph, not the title again (asked of every piece of a web page)
    a, b = _norm(title), _norm(line)
    if not a or not b:
        return False
    if a == b:
        return True
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # (quick_ratio, the characters both share, bounds ratio from above and costs far less: most lines
    # near the title's length share too few for the costlier reading to be asked.)
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def is_byline(unit: str) -> bool:
    return len(unit) <= 120 and bool(_BYLINE_START.match(unit)) and bool(_BYLINE.match(unit))


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def is_all_caps(unit: str) -> bool:
    letters = _letters(unit)
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def looks_like_heading(unit: str) -> bool:
    """A short line that is not a sentence: a subheading, if it stands between paragraphs."""
    if _is_timestamp(unit):
        return True
    if len(unit) > _MAX_HEADING_CHARS:
        return False  # (before the split: most units asked are paragraphs, far longer)
    words = unit.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if QUOTE_MARK.search(unit) or unit.endswith(("?”", '?"')):
        return False
    first = unit[0]
    if not (first.isupper() or first.isdigit()):
        return False
    if _SENTENCE_END.search(unit) and not is_all_caps(unit):
        return False
    if words[-1].lower().strip("?") in _DANGLING:
        return False
    # A long question is a paragraph asking something, not a heading.
    return not (unit.endswith("?") and len(words) > 10)


def _is_paragraph_like(unit: str) -> bool:
    """Body text: a sentence or more, not another short line."""
    return not looks_like_heading(unit) and classify_line(unit) is None


def _next_texts(units: list[Unit], kinds: list[str | None]) -> list[Unit | None]:
    """For each unit, the next one that is article text (skipping links, credits and ads
    inserted after a heading): found for all units in one pass from the end, since looking
    ahead from each unit in turn is quadratic on thousands of heading-like lines."""
    following: list[Unit | None] = [None] * len(units)
    nearest: Unit | None = None
    for i in range(len(units) - 1, -1, -1):
        following[i] = nearest
        if kinds[i] is None:
            nearest = units[i]
    return following


def _places_of(unit: Unit, md: re.Match[str] | None = None, offset: int = 0) -> tuple[Place, ...]:
    """A unit's places in a block made of it (of a Markdown heading's words: its ``#`` cut off),
    ``offset`` on in the block's text."""
    if not unit.places:
        return ()
    if md is None:
        return tuple((a + offset, b + offset, k) for a, b, k in unit.places)
    start, end = md.span(2)
    return tuple(
        (min(max(a, start), end) - start + offset, min(max(b, start), end) - start + offset, k)
        for a, b, k in unit.places
    )


def structure(units: list[Unit], *, learned: bool = True) -> Structure:
    """Sort units into title, byline, headings, paragraphs, and what is not article text.
    ``learned``: the learned model decides the doubtful short lines (plain copy; `furniture_model`)."""
    units = list(units)
    texts = [u.text for u in units]
    # The rules take the lines whose shape is sure; the learned model the doubtful short ones.
    all_kinds = classify_lines(texts)
    if learned:
        all_kinds = refine(texts, all_kinds)
    blocks: list[Block] = []
    moved: dict[str, list[str]] = {"related": [], "credit": [], "boilerplate": []}
    dropped = 0
    i = 0
    n = len(units)
    # The title is the first unit that is article text; a title ending in ";" or ":"
    # goes on in the next unit (a headline with its deck).
    title: str | None = None
    while i < n:
        unit = units[i].text
        kind = all_kinds[i]
        i += 1
        if kind is not None:
            moved[kind].append(unit)
            continue
        if len(unit) > _MAX_TITLE_CHARS:
            # Body text, not a headline: an article with no title (or all of it on one line).
            i -= 1
            break
        md = _md_heading(unit)
        title = md.group(2) if md else unit
        title_places = _places_of(units[i - 1], md)
        if i < n and _is_underline(units[i].text):
            i += 1
        while title.endswith((";", ":")) and i < n and len(title) + len(units[i].text) < _MAX_TITLE_CHARS:
            title_places += _places_of(units[i], offset=len(title) + 1)
            title = f"{title} {units[i].text}"
            i += 1
        blocks.append(Block("title", title, places=title_places))
        break
    while title is not None and i < n and is_duplicate_title(title, units[i].text):
        dropped += 1
        i += 1
    # Byline: one of the first few units after the title.
    for j in range(i, min(i + 3, n)):
        if is_byline(units[j].text):
            byline = units.pop(j)
            blocks.append(Block("byline", byline.text, places=byline.places))
            all_kinds.pop(j)
            n -= 1
            break
    kinds = [kind if k >= i else None for k, kind in enumerate(all_kinds)]
    next_texts = _next_texts(units, kinds)
    while i < n:
        unit = units[i].text
        following = units[i + 1].text if i + 1 < n else None
        md = _md_heading(unit)
        places = units[i].places
        if md:
            blocks.append(Block("heading", md.group(2), level=len(md.group(1)), places=_places_of(units[i], md)))
        elif following is not None and _is_underline(following) and looks_like_heading(unit):
            blocks.append(Block("heading", unit, level=1 if following.startswith("=") else 2, places=places))
            i += 1
        elif (kind := kinds[i]) is not None:
            moved[kind].append(unit)
        elif _is_heading_here(units[i], next_texts[i], blocks):
            blocks.append(Block("heading", unit, level=2, places=places))
        else:
            blocks.append(Block("paragraph", unit, places=places))
        i += 1
    return Structure(
        tuple(blocks), tuple(moved["related"]), tuple(moved["credit"]), tuple(moved["boilerplate"]), dropped
    )


def _is_heading_here(unit: Unit, following: Unit | None, blocks: list[Block]) -> bool:
    """A short line is a subheading when it stands alone between paragraphs (``following``: the
    next unit that is article text)."""
    if not looks_like_heading(unit.text):
        return False
    if _is_timestamp(unit.text):
        return True  # live-blog entries: "6:05 p.m."
    if not unit.alone and not is_all_caps(unit.text):
        return False
    # A block of several short lines after a heading is a list: body text all the same. A live
    # blog's time stamp is no such line: it heads its entry, and a subheading may stand before or
    # after it ("4:40 p.m.", "What comes next", then the entry's text).
    if following is None or (
        following.alone and not _is_paragraph_like(following.text) and not _is_timestamp(following.text)
    ):
        return False
    return not blocks or blocks[-1].kind != "heading" or _is_timestamp(blocks[-1].text)

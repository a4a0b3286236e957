"""Re-join hard-wrapped lines into paragraphs.

Copy saved from e-mail or a terminal arrives wrapped at a fixed width. A line
break was made by the wrapper, not the writer, exactly when the next line's
first word would not have fitted on the line; that is the test used here, with
the width read off the document itself. Documents that are not wrapped (no
consistent width, or one paragraph per line) keep every line as a unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuiread.parser.edits import Place, by_line
from tuiread.quick_init import quick_init

# Fewer non-final lines than this in multi-line blocks is too little to read a width from.
_MIN_EVIDENCE = 3
# Nobody hard-wraps wider than this; longer lines mean one paragraph per line.
_MAX_WRAP_WIDTH = 160
_WORD = re.compile(r"[A-Za-z]+")
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_BULLET = re.compile(r"^(?:[-*•·▪►▶]\s|\d{1,3}[.)]\s|#{1,6}\s)")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
# No word is longer: a hyphenated line end looks this far back for the word it breaks.
_LONGEST_WORD = 200

# Second halves that only occur as the tail of a word split by hyphenation.
_SUFFIX_FRAGMENTS = frozenset(
    """tion tions sion sions ment ments ness nesses ity ities ance ances ence
    ences able ably ible ibly ing ings ed er ers est ly ous ive ives ical ically
    ure ures ant ants ent ents ist ists ism isms ize izes ized ise ised ary
    ory ally ful ial ian ians ated ating ation ations""".split()
)
# First halves that make a real compound whatever follows.
_PREFIXES = frozenset(
    """anti non pre post self ex co re semi multi inter intra pro neo pseudo
    quasi sub super ultra vice mid well all half cross counter""".split()
)


@quick_init
@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph, heading or stray line; ``alone`` when blank lines (or nothing) surround it.
    ``places``: where cleaning changed it (`tuiread.parser.edits`), in its offsets."""

    text: str
    alone: bool = True
    places: tuple[Place, ...] = ()


def split_blocks(text: str) -> list[list[str]]:
    """Lines grouped into blocks separated by blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def wrap_width(blocks: Sequence[Sequence[str]]) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped."""
    lengths = sorted(len(line) for block in blocks for line in block[:-1])
    if len(lengths) < _MIN_EVIDENCE:
        return None
    width = lengths[-1]
    if width > _MAX_WRAP_WIDTH:
        # A few long lines among many wrapped ones: read the width off the rest.
        width = lengths[int(0.9 * (len(lengths) - 1))]
        if width > _MAX_WRAP_WIDTH:
            return None
    near = sum(1 for n in lengths if n >= 0.7 * width)
    if near < 0.6 * len(lengths):
        return None
    # A wrapper breaks mid-sentence nearly always (under 1 line in 10 ends one in wrapped
    # copy); lines that mostly end sentences are short paragraphs, one per line.
    ends = sum(1 for block in blocks for line in block[:-1] if _ends_sentence(line))
    if ends > 0.5 * len(lengths):
        return None
    # Wrapped copy has no line much longer than its width (a long title or URL at most); many
    # such lines mean the "width" came from a few short lines, a list, in unwrapped copy.
    lines = [line for block in blocks for line in block]
    over = sum(1 for line in lines if len(line) > 1.2 * width)
    if over >= 2 and over > 0.2 * len(lines):
        return None
    return width


def _is_soft_break(first: str, last: str, length: int, following: str, width: int) -> bool:
    """Inside a block of wrapped text a break is the wrapper's unless something says otherwise.

    The unit so far is given by its first and last pieces and its length, so it is never
    joined into one string to ask: joining it at every line made long paragraphs quadratic.
    """
    if _UNDERLINE.match(following) or first.startswith("#"):
        return False
    if length == len(first) and following == first:
        return False  # a title repeated on the line after it: the repeat is dropped later, not joined
    if _BULLET.match(following) and (_BULLET.match(first) or last.endswith((".", ":", ";", "?", "!"))):
        return False  # a list item (a dash after an unfinished line is a dash)
    if following.startswith("|") and last.endswith("|"):
        return False  # rows of a table ("| 1 | Ana Ruiz |"), however alike their widths
    room = length + 1 + len(following.split(" ", 1)[0])
    if room <= 0.8 * width and last.endswith((".", "?", "!", ":", "”", '"', "’", ")")):
        return False  # a sentence ended on a line the next word would have fitted on
    # A short line with a capital after it: a heading or a list the writer broke on purpose.
    return not (room <= 0.6 * width and following[:1].isupper())


def join_hyphenated(left: str, right: str, vocabulary: frozenset[str]) -> str:
    """Join a word broken at a line-end hyphen: ``govern-`` + ``ment`` or ``small-`` + ``dollar``.

    The hyphen stays for a real compound: both halves are words of the article,
    the first is a prefix, or the hyphenated form appears elsewhere.
    """
    head = _last_word(left)
    tail = _WORD.match(right)
    if not head or not tail or not right[:1].islower():
        return left + right
    a, b = head.lower(), tail.group(0).lower()
    if f"{a}-{b}" in vocabulary or a in _PREFIXES:
        return left + right
    if (a + b) in vocabulary:
        return left[:-1] + right
    if b in _SUFFIX_FRAGMENTS and a not in vocabulary:
        return left[:-1] + right
    return left + right


def _last_word(text: str) -> str | None:
    """The last run of ASCII letters in ``text``, read from its end (not a scan of all of it)."""
    end = len(text)
    while end and not _is_ascii_letter(text[end - 1]):
        end -= 1
    start = end
    while start and _is_ascii_letter(text[start - 1]):
        start -= 1
    return text[start:end] or None


def _is_ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _vocabulary(blocks: Sequence[Sequence[str]]) -> frozenset[str]:
    # One pass over the whole text, lower-cased once: line by line costs a second on 2 MB.
    text = "\n".join("\n".join(block) for block in blocks).lower()
    return frozenset(_COMPOUND.findall(text)) | frozenset(_WORD.findall(text))


def _ends_sentence(line: str) -> bool:
    return line.endswith((".", "?", "!", ":", ";", "”", '"', "’", ")", "…"))


def _char_before_end(parts: list[str]) -> str:
    """The second-to-last character of the joined parts."""
    if len(parts[-1]) >= 2:
        return parts[-1][-2]
    return parts[-2][-1] if len(parts) >= 2 else ""


def _tail(parts: list[str]) -> str:
    """The end of the joined parts, enough to hold its last word (the letters before the final hyphen).

    Parts are taken from the end until one has a character that is not a letter before that
    hyphen, or the tail is longer than any word: a run of hyphen-joined fragments with no
    space in it (``a-`` ``b-`` ``c-`` …) must not be re-read whole at every line.
    """
    taken: list[str] = []
    size = 0
    for i, part in enumerate(reversed(parts)):
        taken.append(part)
        size += len(part)
        body = part[:-1] if i == 0 else part
        if size > _LONGEST_WORD or not all(_is_ascii_letter(ch) for ch in body):
            break
    return "".join(reversed(taken))


def _drop_last_char(parts: list[str]) -> None:
    parts[-1] = parts[-1][:-1]
    if not parts[-1]:
        parts.pop()


def _line_places(text: str, places: list[Place], blocks: list[list[str]]) -> list[list[list[Place]]]:
    """The places of each line of each block, in the stripped line's offsets."""
    raw = text.split("\n")
    per_line, _across = by_line(places, [len(line) for line in raw])  # one over a line's end has none
    out: list[list[list[Place]]] = []
    k = 0
    for block in blocks:
        while not raw[k].strip():
            k += 1  # blank lines between blocks
        block_places: list[list[Place]] = []
        for line in block:
            here = per_line[k]
            if here:
                lead = len(raw[k]) - len(raw[k].lstrip())
                size = len(line)
                here = [(min(max(a - lead, 0), size), min(max(b - lead, 0), size), kind) for a, b, kind in here]
            block_places.append(here)  # (most lines have no place: their own empty list as it is)
            k += 1
        out.append(block_places)
    return out


def unwrap(text: str, places: list[Place] | None = None) -> tuple[list[Unit], dict[str, int]]:
    """Text to units (paragraphs, headings, other lines), re-joining wrapped lines.

    Without a wrap width, a line still runs on into the next when it stops
    mid-sentence and the next starts in lower case. ``places`` (in ``text``) go to the units they
    fall in; a re-joined line break leaves a place of its own.
    """
    blocks = split_blocks(text)
    line_places = _line_places(text, places, blocks) if places else None
    width = wrap_width(blocks)
    counts = {"hard-wrap": 0, "line-end-hyphen": 0}
    vocabulary: frozenset[str] | None = None  # read only when a line ends in a hyphen
    # With no blank line anywhere, every line stands alone (one paragraph per line).
    single_block = len(blocks) == 1
    units: list[Unit] = []
    for b, block in enumerate(blocks):
        if len(block) == 1:
            # One line, alone: the usual block of copy not wrapped (with what cleaning changed in it).
            spots = line_places[b][0] if line_places else None
            units.append(Unit(block[0], True, _clipped(spots, len(block[0]))) if spots else Unit(block[0]))
            continue
        pieces: list[str] = []
        # Each piece's places, and the one being built's.
        placed: list[list[Place]] = []
        here: list[Place] = list(line_places[b][0]) if line_places else []
        # The unit being built, as the lines it is made of (joined once, at the end): a paragraph
        # of thousands of lines is never copied line by line. Every part is non-empty.
        parts = [block[0]]
        length = len(block[0])
        for n, line in enumerate(block[1:], 1):
            if width:
                soft = _is_soft_break(parts[0], parts[-1], length, line, width)
            else:
                soft = line[:1].islower() and not _ends_sentence(parts[-1]) and not _BULLET.match(line)
            if soft:
                if parts[-1].endswith("-") and _is_ascii_letter(_char_before_end(parts)):
                    if vocabulary is None:
                        vocabulary = _vocabulary(blocks)
                    # The decision needs only the last word of the unit: ask with its tail.
                    tail = _tail(parts)
                    joined = join_hyphenated(tail, line, vocabulary)
                    dropped = len(joined) < len(tail) + len(line)
                    counts["line-end-hyphen"] += dropped
                    if dropped:
                        _drop_last_char(parts)
                        length -= 1
                    here.append((length, length, "hard-wrap"))
                    if dropped:
                        here.append((length, length, "line-end-hyphen"))
                    parts.append(line)
                    length += len(line)
                else:
                    here.append((length, length + 1, "hard-wrap"))  # the space the line break became
                    parts.append(" ")
                    parts.append(line)
                    length += 1 + len(line)
                counts["hard-wrap"] += 1
                if line_places:
                    here.extend((a + length - len(line), c + length - len(line), k) for a, c, k in line_places[b][n])
            else:
                pieces.append("".join(parts))
                placed.append(here)
                here = list(line_places[b][n]) if line_places else []
                parts = [line]
                length = len(line)
        pieces.append("".join(parts))
        placed.append(here)
        alone = len(pieces) == 1 or single_block
        units.extend(
            Unit(piece, alone, _clipped(spots, len(piece))) if spots else Unit(piece, alone)
            for piece, spots in zip(pieces, placed, strict=True)
        )
    return units, counts


def _clipped(places: list[Place], size: int) -> tuple[Place, ...]:
    """Places within a unit of ``size`` characters (a dropped hyphen's place may have stood past it)."""
    return tuple(sorted(((min(a, size), min(b, size), k) for a, b, k in places), key=lambda p: p[0]))

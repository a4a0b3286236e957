"""Assemble: structured, repaired blocks to the cleaned text and the offsets into it.

The cleaned text is the title, the byline, then every heading and paragraph,
separated by blank lines. Lines moved out of the article (related links,
credits, boilerplate) are kept on the Article but not in its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tuiread.model import QUOTE_MARKS, Paragraph, Repairs, Section, Span
from tuiread.parser.dateline import find_dateline
from tuiread.parser.edits import Place, carry
from tuiread.parser.marks import MarkRepair, RepairedText, has_marks, repair_line, repair_paragraphs
from tuiread.parser.structure import Block

SEPARATOR = "\n\n"
# What repairing quotation marks adds, removes or replaces besides spaces (a prime for inches too).
_MARKS_AND_PRIMES = QUOTE_MARKS + "\u2033"


@dataclass(frozen=True)
class Layout:
    """The cleaned text with every block placed in it."""

    text: str
    title: str | None
    title_span: Span | None
    byline: str | None
    byline_span: Span | None
    dateline: str | None
    dateline_span: Span | None
    sections: tuple[Section, ...]
    repairs: Repairs
    repair_counts: dict[str, int]


def _repair_blocks(blocks: Sequence[Block]) -> list[RepairedText | None]:
    """Repair quotation marks: paragraph runs together (quotes may span them), others alone.
    None for a heading, title or byline without a mark: nothing to repair, nothing to keep."""
    out: list[RepairedText | None] = [None] * len(blocks)
    run: list[int] = []

    def flush() -> None:
        for idx, result in zip(run, repair_paragraphs([blocks[j].text for j in run]), strict=True):
            out[idx] = result
        run.clear()

    for i, block in enumerate(blocks):
        if block.kind == "paragraph":
            run.append(i)
            continue
        flush()
        if has_marks(block.text):
            out[i] = repair_line(block.text)
    flush()
    return out


def _with_places(marks: Sequence[MarkRepair], places: Sequence[Place], before: str, after: str) -> list[MarkRepair]:
    """A block's repairs and the places of what cleaning changed in it (`Block.places`), in the
    repaired text's offsets and in order."""
    if after != before:
        places = carry(places, before, after, _MARKS_AND_PRIMES)
    return sorted([*marks, *(MarkRepair(a, b, kind) for a, b, kind in places)], key=lambda r: r.start)


def layout(blocks: list[Block]) -> Layout:
    """The blocks placed one after another in the cleaned text. ``blocks`` is emptied as they are
    placed: a page of a hundred thousand headings held each block until the last was placed."""
    repaired = _repair_blocks(blocks)
    blocks.reverse()
    repaired.reverse()
    pieces: list[str] = []
    pos = 0
    title = title_span = byline = byline_span = dateline = dateline_span = None
    repairs = Repairs()
    counts: dict[str, int] = {}
    sections: list[Section] = []
    # The open section: its title, where its heading starts and ends, its level and paragraphs.
    current_title: str | None = None
    current_heading: tuple[int, int] | None = None
    current_level = 2
    current_paragraphs: list[Paragraph] = []
    paragraph_index = 0

    def close_section() -> None:
        nonlocal current_paragraphs
        if current_heading is None and not current_paragraphs:
            return
        start = current_heading[0] if current_heading else current_paragraphs[0].start
        end = current_paragraphs[-1].end if current_paragraphs else current_heading[1]  # type: ignore[index]
        sections.append(
            Section(
                start,
                end,
                index=len(sections),
                title=current_title,
                heading_end=current_heading[1] if current_heading else None,
                level=current_level,
                paragraphs=tuple(current_paragraphs),
            )
        )
        current_paragraphs = []

    while blocks:
        block, fixed = blocks.pop(), repaired.pop()
        text, fixes, marks = (
            (block.text, (), ()) if fixed is None else (fixed.text, fixed.counts.items(), fixed.repairs)
        )
        for k, v in fixes:
            counts[k] = counts.get(k, 0) + v
        if not text or text.isspace():
            # A block that was only stray quotation marks: nothing is left to read or select.
            continue
        if pieces:
            pieces.append(SEPARATOR)
            pos += len(SEPARATOR)
        end = pos + len(text)  # ints, not a Span: most blocks keep none of their own
        pieces.append(text)
        if block.places:
            marks = _with_places(marks, block.places, block.text, text)
        for r in marks:
            repairs.appended(pos + r.start, pos + r.end, r.kind)
        if block.kind == "title":
            title, title_span = text, Span(pos, end)
        elif block.kind == "byline":
            byline, byline_span = text, Span(pos, end)
        elif block.kind == "heading":
            close_section()
            current_title, current_heading, current_level = text, (pos, end), block.level
        else:
            if paragraph_index == 0 and dateline is None:
                found = find_dateline(text)
                if found:
                    dateline = found[0]
                    dateline_span = Span(pos, pos + found[1])
            current_paragraphs.append(
                Paragraph(
                    pos,
                    end,
                    index=paragraph_index,
                    section=len(sections),
                    text=text,
                    data=fixed is not None and fixed.data,
                )
            )
            paragraph_index += 1
        pos = end
    close_section()
    return Layout(
        text="".join(pieces),
        title=title,
        title_span=title_span,
        byline=byline,
        byline_span=byline_span,
        dateline=dateline,
        dateline_span=dateline_span,
        sections=tuple(sections),
        repairs=repairs,
        repair_counts=counts,
    )

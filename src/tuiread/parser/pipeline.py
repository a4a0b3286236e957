"""The pipeline: load → clean → structure → quotation marks → quotes (and reported speech) → Article."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from tuiread.model import Article, FixLog, PageInfo
from tuiread.parser.assemble import layout
from tuiread.parser.characters import clean_characters, may_need_ftfy, may_need_ftfy_anywhere
from tuiread.parser.edits import Place, Places
from tuiread.parser.load import LoadedText, load_bytes, load_path
from tuiread.parser.structure import structure
from tuiread.parser.unwrap import Unit, unwrap


def clean(text: str, places_before: Sequence[Place] = ()) -> tuple[list[Unit], FixLog]:
    """Character fixes and re-joined lines: the units structure works on (each with the places of
    what was changed in it, and of ``places_before``: what loading changed), and the fix log."""
    units, counts = _cleaned(text, places_before)
    return units, FixLog.from_counts(counts)


def _cleaned(text: str, places_before: Sequence[Place] = ()) -> tuple[list[Unit], list[tuple[str, int]]]:
    """`clean`'s units, and its fixes kind by kind as they were counted (`parse_structure` adds them
    to its own log, as they stand: FixLog.from_counts adds up counts in any grouping)."""
    places = Places(places_before)
    text, counts = clean_characters(text, places)
    units, wrap_counts = unwrap(text, places.places)
    # (A unit is the text's lines, stripped, joined by a space or nothing: its characters are the text's.)
    units, joined_counts = _clean_joined_lines(units) if may_need_ftfy_anywhere(text) else (units, [])
    return units, [*counts.items(), *wrap_counts.items(), *joined_counts]


def _clean_joined_lines(units: list[Unit]) -> tuple[list[Unit], list[tuple[str, int]]]:
    """ftfy reads a line with all its characters, so a paragraph re-joined from wrapped lines can
    read as mojibake where none of its lines did ("0Â 0" then "à¢"). Each such paragraph is
    cleaned again as the one line it now is: cleaning the result again changes nothing.
    Returns the units and the fixes made, kind by kind (FixLog.from_counts adds them up)."""
    counts: list[tuple[str, int]] = []
    cleaned: list[Unit] = []
    for unit in units:
        if may_need_ftfy(unit.text):
            places = Places(unit.places)
            text, more = clean_characters(unit.text, places)
            if text != unit.text:
                unit = replace(unit, text=text, places=tuple(places.places))
                counts.extend(more.items())
        cleaned.append(unit)
    return cleaned, counts


def parse(
    text: str,
    source: str | None = None,
    *,
    fixes: FixLog | None = None,
    page: PageInfo | None = None,
    places: Sequence[Place] = (),
) -> Article:
    """Parse raw article text. ``fixes`` carries what loading already changed, ``places`` where (in
    ``text``); ``page`` what a web page said about it (`tuiread.parser.html`)."""
    return with_quotes(parse_structure(text, source, fixes=fixes, page=page, places=places))


def with_quotes(article: Article) -> Article:
    """The article with its quotes, phrases and speakers found (the slowest stage, run on its own
    so a viewer can show the text of a long article first)."""
    # Imported here, not with the module: compiling the quotation rules' patterns is about half of
    # a fresh process's parser import, and the text stage does without them.
    from tuiread.parser.quotes import extract_quotes

    found = extract_quotes(article.text, article.paragraphs, article.repairs, article.title_span)
    fixes = article.fixes.merged(FixLog.from_counts([("unattributed-paragraph", found.unattributed)]))
    return replace(
        article,
        quotes=found.quotes,
        reported=found.reported,
        phrases=found.phrases,
        speakers=found.speakers,
        fixes=fixes,
        unattributed=found.unattributed_paragraphs,
    )


def parse_structure(
    text: str,
    source: str | None = None,
    *,
    fixes: FixLog | None = None,
    page: PageInfo | None = None,
    places: Sequence[Place] = (),
) -> Article:
    """Clean and structure: the article's text, outline and repairs, without its quotes yet."""
    # The learned model of doubtful lines is fitted on plain copy; a page's text comes out of the
    # extractor with its furniture taken and its headings marked, and the model cost it article text.
    plain_copy = page is None
    page = page or PageInfo()
    related, credits, boilerplate = page.moved("related"), page.moved("credit"), page.moved("boilerplate")
    units, clean_counts = _cleaned(text, places)
    structured = structure(units, learned=plain_copy)
    del units  # not needed past here: a page of short lines makes many, and layout makes as many again
    # The blocks go to layout alone, which lets each go once placed.
    blocks = list(structured.blocks)
    structured = replace(structured, blocks=())
    placed = layout(blocks)
    # One log of loading's fixes, cleaning's and structure's (as merging them in turn would give).
    log = FixLog.from_counts(
        [
            *((f.kind, f.count) for f in fixes or ()),
            *clean_counts,
            ("duplicate-title", len(page.moved("title")) + structured.dropped_titles),
            ("related-link", len(related) + len(structured.related)),
            ("credit", len(credits) + len(structured.credits)),
            ("boilerplate", len(boilerplate) + len(structured.boilerplate)),
            *placed.repair_counts.items(),
        ]
    )
    return Article(
        text=placed.text,
        source=source,
        title=placed.title,
        title_span=placed.title_span,
        byline=placed.byline,
        byline_span=placed.byline_span,
        dateline=placed.dateline,
        dateline_span=placed.dateline_span,
        sections=placed.sections,
        related=related + structured.related,
        credits=credits + structured.credits,
        boilerplate=boilerplate + structured.boilerplate,
        fixes=log,
        repairs=placed.repairs,
        url=page.url,
        author=page.author,
        date=page.date,
        site_name=page.site_name,
        deck=next(iter(page.moved("deck")), None),
    )


def parse_loaded(loaded: LoadedText) -> Article:
    return parse(loaded.text, source=loaded.name, fixes=loaded.fixes, page=loaded.page, places=loaded.places)


def parse_bytes(data: bytes, name: str = "<stdin>") -> Article:
    """Decode and parse, as `parse_path` does a file: a web page (by its name or its first bytes)
    through `tuiread.parser.html`; LoadError for input that is neither text nor a page."""
    return parse_loaded(load_bytes(name, data))


def parse_path(path: str | os.PathLike[str]) -> Article:
    """Read, decode and parse a file (``-`` for stdin); LoadError if it cannot be read."""
    return parse_loaded(load_path(path))

"""Where in the text each kind of fix can be seen, for the fix log's jumps (Textual-free).

A repair marks its own place (a quotation mark, a cue's case); a paragraph read as data is its own
place; a dropped duplicate title stood right under the title it repeated. What the cleaner changed
before the text was laid out (encodings, hard wraps, removed characters) and the lines moved out of
the text have no place left in it.
"""

from __future__ import annotations

from tuiread.model import Article, Span


def fix_places(article: Article) -> dict[str, Span]:
    """The first place of each kind of fix that has one in ``article.text``, by kind."""
    places: dict[str, Span] = {}
    for repair in article.repairs:
        places.setdefault(repair.kind, Span(repair.start, repair.end))
    data = next((p for p in article.paragraphs if p.data), None)
    if data is not None:
        places["data-paragraph"] = Span(data.start, data.end)
    if article.title_span is not None and article.fixes.count("duplicate-title"):
        places["duplicate-title"] = article.title_span
    return places

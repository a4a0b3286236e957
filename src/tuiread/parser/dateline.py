"""Datelines: "MOSCOW —", "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"."""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"""^(?P<dateline>
        [A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){{0,3}}          # MOSCOW, NEW YORK, ST. LOUIS
        (?:,\s[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){{0,2}}){{0,2}}   # , N.Y. / , Mich.
        (?:,?\s{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?)?             # , Sept. 26
        (?:\s?\((?P<agency>[A-Za-z][\w .&\-]{{0,30}})\))?       # (UPI)
    )\s?(?P<dash>—|–|--|-)\s""",
    re.VERBOSE,
)


# A place in Title Case is a dateline only with a news agency after it: "Washington (AFP) –",
# "Paris, France (AP) —" ("Rubio (R-Fla.) — …" is a name and its party).
_AGENCIES = "AP|AFP|Reuters|UPI|Bloomberg|CP|dpa|DPA|Xinhua|ANSA|EFE|Kyodo|TASS|PTI|IANS|CNN|AAP"
_TITLE_CASE_DATELINE = re.compile(
    rf"""^(?P<dateline>
        [A-Z][a-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){{0,3}}          # Washington, New York
        (?:,\s[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){{0,2}}){{0,2}}   # , France
        \s?\((?P<agency>{_AGENCIES})\)
    )\s?(?P<dash>—|–|--|-)\s""",
    re.VERBOSE,
)


def find_dateline(paragraph: str) -> tuple[str, int] | None:
    """The dateline at the start of a paragraph and where its dash ends, or None."""
    m = _DATELINE.match(paragraph)
    if not m:
        titled = _TITLE_CASE_DATELINE.match(paragraph) if "(" in paragraph[:60] else None
        if titled is None or paragraph[titled.end() : titled.end() + 1].islower():
            return None
        return titled.group("dateline").strip(), titled.end("dash")
    place = m.group("dateline")
    first = place.split(",")[0].split("(")[0]
    letters = [c for c in first if c.isalpha()]
    # Two capitals are an acronym ("US - China talks"), not a place.
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return None
    # "NATO — the alliance — met…": an aside in dashes; the story after a dateline starts a sentence.
    if paragraph[m.end() : m.end() + 1].islower():
        return None
    return place.strip(), m.end("dash")

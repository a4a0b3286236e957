"""Input shapes that are not prose: what users paste besides articles, built to any size.

Each shape (one row of ``SHAPES``) builds text of any size by repeating one piece with a
counter in it, so no two pieces are the same string and no cache makes a repeat free.
``benchmarks/shapes.py`` times every shape at growing sizes; the hang guard in
``test_shapes.py`` parses the worst of them at 400 KB; ``shape_texts`` is the Hypothesis
strategy the fuzz tests draw from, mixing the same pieces at random.

The catalogue covers what an adversarial pass found to be slow (quotes that nothing nearby
attributes, unmatched or nested marks of every style, tag lists, testimonials, mojibake and
entity-encoded marks, scripts, heading-like lines) and what users paste besides: Q&A
transcripts, lyrics, JSON, CSV, tables, copy in other languages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from hypothesis import strategies as st

# Quotation-mark styles: (name, opener, closer).
MARK_STYLES: tuple[tuple[str, str, str], ...] = (
    ("curly", "“", "”"),
    ("straight", '"', '"'),
    ("guillemets", "«", "»"),
    ("german", "„", "“"),
    ("latex", "``", "''"),
    ("typewriter", "''", "''"),
    ("single", "‘", "’"),
    ("reversed", "”", "“"),  # machine translation's
)

_WORDS = (
    "the council voted on a plan to widen the bridge and the river path before winter came "
    "while residents asked for more buses and fewer cars in the old town near the market"
).split()


def _words(n: int, k: int) -> str:
    """``k`` words starting at word ``n`` of the stock, with ``n`` in it so no two are the same."""
    picked = [_WORDS[(n * 7 + j) % len(_WORDS)] for j in range(k)]
    return " ".join(picked) + f" {n}"


_PROSE = (
    "The council met on Tuesday {n} to discuss the bridge, which has been closed to lorries since the "
    "spring floods damaged its eastern pier.",
    "Engineers say the repairs will take at least two years and cost more than the city had set aside.",
    "“We have waited long enough for this,” said Mayor Ana Ruiz, who has led the city since 2019.",
    "Residents raised concerns about traffic on the river road, where buses already run late at rush hour.",
    "“The buses will run every ten minutes while the work goes on,” she added.",
    "Work is due to start in the spring of {n}, the council said in a statement on its website.",
    "A temporary footbridge will carry pedestrians and cyclists across the river from next month.",
    "Shops on the eastern bank say they have lost a third of their trade since the closure.",
)


def _prose_paragraph(n: int) -> str:
    """Three sentences of news copy, one of them a quote, about as dense in quotes as PolNeAR's."""
    return " ".join(_PROSE[(n + k) % len(_PROSE)].format(n=n) for k in range(3))


@dataclass(frozen=True)
class Shape:
    """Text of any size made by repeating ``piece(n)`` for n = 0, 1, 2… after ``head``."""

    name: str
    about: str
    head: str
    piece: Callable[[int], str]
    joiner: str = " "
    tail: str = "\n"
    # The shapes an adversarial pass found quadratic or worse: the hang guard parses these.
    worst: bool = False

    def build(self, size: int) -> str:
        """About ``size`` bytes of this shape."""
        out: list[str] = []
        total = len(self.head.encode("utf-8"))
        n = 0
        while total < size:
            piece = self.piece(n)
            out.append(piece)
            total += len(piece.encode("utf-8")) + len(self.joiner)
            n += 1
        return self.head + self.joiner.join(out) + self.tail


def _first_name(n: int) -> str:
    """A different first name for every ``n`` (letters only, as names are)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return (letters[n % 26] + letters[n // 26 % 26] + letters[n // 676 % 26]).capitalize() + "an"


_WIDE = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def _mark_shapes() -> list[Shape]:
    out: list[Shape] = []
    for name, o, c in MARK_STYLES:
        out += [
            Shape(
                f"openers-only/{name}", "opening marks, none closed", "Notes\n\n", lambda n, o=o: f"{o}{_words(n, 5)}."
            ),
            Shape(
                f"closers-only/{name}", "closing marks, none opened", "Notes\n\n", lambda n, c=c: f"{_words(n, 5)}.{c}"
            ),
            Shape(
                f"alternating/{name}",
                "pairs no words attribute",
                "Notes\n\n",
                lambda n, o=o, c=c: f"{o}{_words(n, 5)}{c} and",
            ),
            Shape(
                f"nested/{name}",
                "quotations three deep in the same style",
                "Notes\n\n",
                lambda n, o=o, c=c: f"{o}one {n} {o}two {o}three {_words(n, 3)}{c} back{c} out{c}",
            ),
            Shape(f"no-spaces/{name}", '"x""x""x"…', "Notes\n\n", lambda n, o=o, c=c: f"{o}x{n}{c}", joiner=""),
        ]
    return [replace(shape, worst=True) for shape in out]


SHAPES: tuple[Shape, ...] = (
    Shape("prose", "news copy, the baseline", "Bridge plan approved\n\n", _prose_paragraph, joiner="\n\n"),
    Shape("prose/one-paragraph", "news copy in one paragraph", "Bridge plan approved\n\n", _prose_paragraph),
    Shape(
        "lyrics", "“…” “…” with no cue", "Song notes\n\nThe chorus goes: ", lambda n: f"“{_words(n, 6)}”", worst=True
    ),
    Shape(
        "qa/one-paragraph",
        "Q. “…?” A. “…” in one paragraph",
        "Interview\n\n",
        lambda n: f"Q. “{_words(n, 5)}?” A. “{_words(n + 1, 7)}.”",
        worst=True,
    ),
    Shape(
        "qa/paragraphs",
        "a transcript, a question or answer a paragraph",
        "Interview\n\n",
        lambda n: f"Q: “{_words(n, 5)}?”\n\nA: “{_words(n + 1, 9)}.”",
        joiner="\n\n",
    ),
    Shape(
        "cues/arabic",
        "«…» قال: a cue no English rule knows",
        "تقرير\n\n",
        lambda n: f"«هذا نص مقتبس رقم {n} من البيان» قال المتحدث.",
        worst=True,
    ),
    Shape(
        "cues/cyrillic",
        "«…», — сказал",
        "Отчёт\n\n",
        lambda n: f"«Это цитата номер {n} из заявления», — сказал представитель.",
        worst=True,
    ),
    *_mark_shapes(),
    Shape("tag-list", "Tags: “word”, “word”, … .", "Story\n\nTags: ", lambda n: f"“tag{n}”,", tail=" .\n", worst=True),
    Shape(
        "testimonials", "“…” — Jane Doe, one after another", "Reviews\n\n", lambda n: f"“{_words(n, 8)}.” — Jane Doe{n}"
    ),
    Shape("mojibake/quotes", "â€œ…â€\\x9d", "Story\n\n", lambda n: f"â€œ{_words(n, 5)}â€\x9d", worst=True),
    Shape(
        "mojibake/c1-openers",
        "\\u00e2\\u0080\\u009c repeated",
        "Story\n\n",
        lambda n: f"\u00e2\u0080\u009c{n}",
        joiner="",
        worst=True,
    ),
    Shape(
        "entities",
        "&ldquo;…&rdquo; and &quot;",
        "Story\n\n",
        lambda n: f"&ldquo;{_words(n, 4)}&rdquo; &quot;{n}&quot;",
        worst=True,
    ),
    Shape(
        "full-width",
        "full-width letters and marks",
        "Story\n\n",
        lambda n: f'"{_words(n, 4)}" said {n}.'.translate(_WIDE),
    ),
    Shape(
        "script-line",
        "a page's script: one line of quoted strings",
        "Page\n\nvar data = [",
        lambda n: f'{{"id": "{n}", "name": "item {n}", "tag": "x"}},',
        joiner="",
        tail="];\n",
        worst=True,
    ),
    Shape(
        "json",
        "pretty-printed JSON",
        "{\n",
        lambda n: f'  "key{n}": "value {_words(n, 3)}",',
        joiner="\n",
        tail='\n  "end": true\n}\n',
    ),
    Shape(
        "csv",
        "CSV with quoted fields",
        "id,name,quote,town\n",
        lambda n: f'{n},"Ruiz, Ana","{_words(n, 6)}, she said","Town {n}"',
        joiner="\n",
        worst=True,
    ),
    Shape(
        "table",
        "a Markdown table with quoted cells",
        "| id | name | quote |\n|---|---|---|\n",
        lambda n: f'| {n} | Ana Ruiz | "{_words(n, 5)}" |',
        joiner="\n",
    ),
    Shape(
        "heading-like",
        "short paragraphs like headings and bylines",
        "",
        lambda n: f"Short Title {n}\n\nBy John Smith",
        joiner="\n\n",
        worst=True,
    ),
    Shape("markdown-headings", "# H n lines", "", lambda n: f"# H {n}", joiner="\n", worst=True),
    Shape(
        "roster",
        "a family quoted: thousands of people of one surname",
        "The reunion\n\n",
        lambda n: f"“We came for number {n},” said {_first_name(n)} Doe.",
        worst=True,
    ),
    Shape(
        "pronouns",
        "quotes by men, then by “she”: a pronoun's person sought among them",
        "The debate\n\n",
        lambda n: (
            f"“Point {n} stands,” said {_first_name(n)} Smith." if n % 2000 < 1000 else f"“Point {n} falls,” she said."
        ),
        worst=True,
    ),
    Shape("short-lines", "lines of three words, no blank line", "Poem\n\n", lambda n: _words(n, 3), joiner="\n"),
    Shape(
        "long-words",
        "paragraphs of one 150-letter word (a pasted token or hash): a label's words once read every way",
        "Codes\n\nThe list follows.\n\n",
        lambda n: "Q" + "q" * 149 + ("" if n % 2 else " more"),
        joiner="\n\n",
        worst=True,
    ),
)
BY_NAME = {s.name: s for s in SHAPES}


# ---- the Hypothesis strategy ----------------------------------------------------------------

# Every shape's piece: the strategy mixes them, and the ways they are joined, at random.
_PIECES: tuple[Callable[[int], str], ...] = tuple(shape.piece for shape in SHAPES)
_JOINERS = ("", " ", "\n", "\n\n", ", ", " said Ana Ruiz. ", ": ", " — ")


@st.composite
def shape_texts(draw: st.DrawFn, max_pieces: int = 120) -> str:
    """Text made of the shapes' pieces in any order, joined by spaces, line breaks or cues."""
    pieces = draw(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_JOINERS)), max_size=max_pieces))
    return "".join(piece(n) + joiner for n, (piece, joiner) in enumerate(pieces))

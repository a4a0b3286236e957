"""`tuiread parse --format text`: the article for people, in the terminal or a pipe.

Article text goes into Rich `Text` objects, never into markup strings, so
``[bold]`` in an article prints as itself. The parser has already removed escape
sequences and control characters from the text; the file name has not been
through the parser, so it is printed through `printable`.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from tuiread.evidence import confidence_label, explain
from tuiread.export import cue_words, quote_attribution, source_line
from tuiread.inert import printable
from tuiread.model import Article


def article_text(article: Article) -> Text:
    """The cleaned article with headings styled and quotes marked."""
    out = Text()
    origin = source_line(article)
    if origin:
        out.append(f"{printable(origin)}\n", style="dim")
    if article.title:
        out.append(article.title, style="bold")
        out.append("\n")
    if article.byline:
        out.append(article.byline, style="italic")
        out.append("\n")
    for section in article.sections:
        if section.title:
            out.append("\n")
            out.append(section.title, style="bold underline")
            out.append("\n")
        for paragraph in section.paragraphs:
            out.append("\n")
            out.append_text(_paragraph(article, paragraph.start, paragraph.end))
            out.append("\n")
    quotes = [q for q in article.quotes]
    if quotes:
        out.append("\nQuotes\n", style="bold")
        for q in quotes:
            who = q.speaker or "(unattributed)"
            if q.role:
                who += f", {q.role}"
            out.append(f"  {q.index + 1}. ", style="dim")
            out.append(who, style="bold cyan")
            if said := cue_words(q.cue):
                out.append(f" ({said})", style="dim")
            out.append(": ")
            out.append(f"\u201c{q.text}\u201d\n")
            # How the speaker was found, so a reader can check it in the text above.
            label = confidence_label(q)
            out.append(f"     {explain(article, q)}{f' · {label}' if label else ''}\n", style="dim")
    if article.reported:
        # Paraphrase, not quotation: no quotation marks around it.
        out.append("\nReported speech\n", style="bold")
        for r in article.reported:
            out.append(f"  {r.index + 1}. ", style="dim")
            out.append(quote_attribution(r, article) if r.speaker else "(unattributed)", style="bold cyan")
            if said := cue_words(r.cue):
                out.append(f" ({said})", style="dim")
            out.append(f": {r.text}\n")
            label = confidence_label(r)
            kind = "" if r.kind == "speech" else "belief or finding · "
            out.append(f"     {kind}{explain(article, r)}{f' · {label}' if label else ''}\n", style="dim")
    for label, lines in (
        ("Related", article.related),
        ("Credits", article.credits),
        ("Boilerplate removed", article.boilerplate),
    ):
        if lines:
            out.append(f"\n{label}\n", style="bold")
            for line in lines:
                out.append(f"  {line}\n")
    if article.fixes:
        out.append("\nFixes\n", style="bold")
        for fix in article.fixes:
            out.append(f"  {fix.describe()}\n")
    return out


def _paragraph(article: Article, start: int, end: int) -> Text:
    text = Text(article.text[start:end])
    for q in article.quotes:
        for seg in q.segments or ():
            if start <= seg.start and seg.end <= end:
                text.stylize("green", seg.start - start, seg.end - start)
    return text


def render_article(article: Article, out: TextIO) -> None:
    console = Console(file=out, highlight=False, markup=False, emoji=False, soft_wrap=not out.isatty())
    # Rendered first, then written by us: Rich answers a closed pipe by exiting with status 1
    # itself; written here, the error reaches the command line, which knows what it means.
    with console.capture() as captured:
        console.print(article_text(article))
        console.print()
    out.write(captured.get())

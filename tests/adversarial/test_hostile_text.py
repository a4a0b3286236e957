"""Hostile article text and file names: printed and exported, they stay inert text.

An article can hold Rich/Textual markup, terminal escape sequences (colours, cursor moves,
window titles, OSC 52 clipboard writes, bracketed paste), C1 controls, bidi overrides and
Markdown that would restructure an export. Whatever the output (text in a real terminal,
JSON, JSON lines, Markdown), none of it may style, move, set, write or restructure anything.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from clirun import assert_inert, run, run_in_terminal, visible
from markdown_it import MarkdownIt

from test_characters import _mojibake
from tuiread import cli
from tuiread.export import render_markdown
from tuiread.inert import printable
from tuiread.model import Article, Paragraph, Quote, Section, Span, Speaker
from tuiread.parser import parse
from tuiread.selection import Selection

# Payloads of escape sequences carry marker words: an OSC's body must go with it, not be
# left behind as text (it would be a half-sequence some terminals still act on).
HOSTILE = (
    "[bold red]Breaking[/] news: [link=https://evil.example]council[/link] votes\n\n"
    "The mayor \x1b[31mred\x1b[0m said the plan \x1b]0;TITLEZERO\x07 was \x1b]2;TITLETWO\x1b\\ fine, and "
    "\x1b]52;c;Q0xJUEJPQVJE\x07 that \x1b[200~rm -rf ~\x1b[201~ nobody \x1b[2J\x1b[H\x1b[10A\x1b7 moved. "
    "\x1b]8;;https://evil.example\x1b\\a link\x1b]8;;\x1b\\ and \x9b31m\x9d0;LATE\x9c an end.\n\n"
    "\u201cWe will never [@click=app.quit]quit[/],\u201d said \u202eAna Ruiz\u202c, the [i]mayor[/i] of Lisbon.\n\n"
    "Isolated \u2066text\u2069 and \u202aembedded\u202c and \u202boverride\u202d and \u200fmarks\u200e here, "
    "with :smile: and [/] and [ and ] left as typed.\n"
)
MARKUP = [
    "[bold red]Breaking[/] news: [link=https://evil.example]council[/link] votes",
    "We will never [@click=app.quit]quit[/],",
    "the [i]mayor[/i] of Lisbon",
    ":smile: and [/] and [ and ] left as typed",
]
PAYLOADS = ["TITLEZERO", "TITLETWO", "Q0xJUEJPQVJE", "https://evil.example\x1b"]
BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_text_format_in_a_real_terminal_shows_markup_and_escapes_as_inert_text(hostile_file: Path) -> None:
    code, output = run_in_terminal("parse", str(hostile_file), columns=500)  # wide: no paragraph wraps
    assert code == 0
    # Colour is on (this is the terminal path, not the pipe one), and colour is all there is.
    assert "\x1b[1m" in output
    assert_inert(output)
    seen = visible(output)
    for markup in MARKUP:
        assert markup in seen
    for payload in PAYLOADS:
        assert payload not in seen
    assert "rm -rf ~ nobody moved." in seen  # the pasted text stays, as text, without its brackets
    assert re.search(r"1\. Ana Ruiz.*: “We will never \[@click=app\.quit\]quit\[/\],", seen)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_every_format_through_a_pipe_is_inert(hostile_file: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    # In this process (the terminal test above runs the command itself): output is not a terminal.
    assert cli.main(["parse", str(hostile_file), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert_inert(out)
    assert "\x1b" not in out  # a pipe gets no colours either
    text = out if fmt == "text" else json.loads(out)["sections"][0]["paragraphs"][0]
    for payload in PAYLOADS:
        assert payload not in text
    if fmt != "text":
        record = json.loads(out)
        assert record["title"] == MARKUP[0]
        assert record["quotes"][0]["text"].startswith(MARKUP[1])
        assert record["quotes"][0]["speaker"] == "Ana Ruiz"


def test_bidi_overrides_are_removed_logged_and_offsets_still_slice_the_text() -> None:
    article = parse(HOSTILE)
    assert not BIDI.search(article.text)
    assert article.fixes.count("bidi-control") == len(BIDI.findall(HOSTILE))
    (quote,) = article.quotes
    assert article.text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Ana Ruiz"
    mention = quote.speaker_mention
    assert mention is not None and article.text[mention.start : mention.end] == "Ana Ruiz"
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    assert "Isolated text and embedded and override and marks here" in article.text


@pytest.mark.parametrize(
    "char",
    ["\u202e", "\u202b", "\u2066", "\u200f", "\u061c", "\u200b", "\ufeff", "\u2028"],
    ids=["rlo", "rle", "lri", "rlm", "alm", "zwsp", "bom", "line-separator"],
)
def test_a_bidi_or_invisible_character_spelt_as_mojibake_is_removed_too(char: str) -> None:
    # Found by fuzzing: "â€®" is undone into U+202E after the bidi pass had already run.
    raw = f"Title here\n\nThe mayor {_mojibake(char)}said “no” today, and left.\n"
    assert char not in raw
    article = parse(raw)
    assert article.text == "Title here\n\nThe mayor said “no” today, and left."
    assert article.fixes.count("mojibake") == 1


def test_a_c1_control_never_survives_as_a_control() -> None:
    # U+009B is CSI in one character; ftfy reads a lone C1 as the Windows-1252 byte it was (›).
    article = parse("Title here\n\nThe price \x9b31m went up \x9d0;x\x9c and \x85 down.\n")
    assert not re.search(r"[\x80-\x9f]", article.text)
    assert "went up" in article.text and "down." in article.text


def test_a_very_long_line_of_markup_prints_whole_and_inert(tmp_path: Path) -> None:
    unit = "[bold]x[/bold] \x1b[31m[link=https://e.example]y[/link] "
    line = unit * 4000  # about 200 KB on one line
    path = tmp_path / "long.txt"
    path.write_text("A title\n\n" + line + "\n", encoding="utf-8")
    code, output = run_in_terminal("parse", str(path))
    assert code == 0
    assert_inert(output)
    seen = visible(output).replace("\n", "")  # the terminal wraps it; wrapping is all it does
    assert seen.count("[bold]x[/bold] [link=https://e.example]y[/link]") == 4000


# ---- names that did not go through the parser ----------------------------------------------------

EVIL_NAME = "a\x1b]0;TITLEZERO\x07\u202eb\x9bc.txt"


@pytest.fixture
def evil_file(tmp_path: Path) -> Path:
    path = tmp_path / EVIL_NAME
    path.write_text("A quiet title\n\nThe mayor said nothing at all on Monday.\n", encoding="utf-8")
    return path


def test_a_file_name_with_escape_sequences_prints_escaped(evil_file: Path) -> None:
    code, output = run_in_terminal("parse", str(evil_file))
    assert code == 0
    assert_inert(output)
    seen = visible(output).replace("\n", "")  # a long path wraps at the terminal's width
    assert printable(EVIL_NAME) in seen
    assert "\\x1b]0;TITLEZERO\\x07\\u202eb\\x9bc.txt" in seen


def test_a_file_name_with_escape_sequences_in_an_error_is_one_escaped_line(tmp_path: Path) -> None:
    missing = tmp_path / ("gone\n" + EVIL_NAME)
    code, output = run_in_terminal("parse", str(missing))
    assert code == 1
    assert_inert(output)
    assert visible(output) == f"tuiread: {printable(str(missing))}: no such file\n"
    assert "\\ngone" not in output and "gone\\na" in output  # the newline shown, not obeyed


def test_a_file_name_in_json_is_escaped_but_reads_back_exactly(
    evil_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", str(evil_file), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert_inert(out)
    assert json.loads(out)["file"] == EVIL_NAME


def test_a_file_name_in_exported_markdown_is_escaped(evil_file: Path) -> None:
    code, output = run_in_terminal("export", str(evil_file))
    assert code == 0
    assert_inert(output)
    assert "/a\\\\x1b\\]0;TITLEZERO\\\\x07\\\\u202eb\\\\x9bc.txt" in visible(output)


def test_argument_errors_do_not_echo_escape_sequences() -> None:
    code, output = run_in_terminal("parse", "x.txt", "--\x1b]0;TITLEZERO\x07")
    assert code == 2
    assert_inert(output)
    assert "\\x1b]0;TITLEZERO\\x07" in visible(output)


# ---- Markdown export ----------------------------------------------------------------------------------

INJECTION = """Council vote counted at last #

> This line looks like a block quote but is what the council newsletter printed on Monday.

- Item one of the agenda was the budget, which passed after a long debate in the chamber.

* Item two was the bridge, which the council agreed to repair before the winter storms.

+ Item three was the ferry, which nobody on the council wanted to talk about at all.

1. The first motion failed by a single vote after the mayor abstained from the count.

2) The second motion passed, after an amendment from the opposition benches was accepted.

See [the minutes](https://evil.example/phish) and ![img](https://evil.example/x.png) for details](javascript:x).

<script>alert(1)</script> and <img src=x onerror=alert(1)> and <!-- hidden --> were in the copy.

Use `rm -rf` and ~~struck~~ and **strong** and _under_ and a \\ backslash at the end \\

| a | b | c |

&lt;b&gt; and &amp; and &#x1b; stayed as the copy printed them in the story.

“We will *never* [quit](https://evil.example), <b>ever</b> `x`,” said Ana Ruiz, the mayor of Lisbon.

The budget was approved on Tuesday by nine votes to four after a long session.
"""


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_types(markdown: str) -> set[str]:
    return {child.type for token in _md().parse(markdown) if token.children for child in token.children}


def test_exported_markdown_keeps_article_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "injection.txt"
    path.write_text(INJECTION, encoding="utf-8")
    out = tmp_path / "out.md"
    result = run("export", str(path), "--section", "lead", "--quotes", "-o", str(out))
    assert result.returncode == 0, result.err
    markdown = out.read_text(encoding="utf-8")
    article = parse(INJECTION)
    # Only the export's own structure: the title, the source line, the paragraphs, the quotes
    # heading and one blockquote.
    blocks = [t.type for t in _md().parse(markdown) if t.type.endswith("_open") and t.level == 0]
    paragraphs = ["paragraph_open"] * (1 + len(article.paragraphs))
    assert blocks == ["heading_open", *paragraphs, "heading_open", "blockquote_open"]
    assert _inline_types(markdown) <= {"text", "softbreak", "hardbreak"}  # no links, images, HTML, code, emphasis
    rendered = _md().render(markdown)
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "<h1>Council vote counted at last #</h1>" in rendered
    # The reader sees each paragraph exactly as the article has it.
    shown = [t.content for t in _md().parse(markdown) if t.type == "inline"]
    plain = [_md().renderInline(s) for s in shown]
    for paragraph in article.paragraphs:
        assert any(_unescape(p) == paragraph.text for p in plain), paragraph.text


def _unescape(rendered: str) -> str:
    import html

    return html.unescape(rendered)


def test_quotes_and_speaker_names_are_escaped_in_an_export() -> None:
    text = "Title\n\n# not *a* [heading](x) | cell | `code` <b>bold</b> &amp;"
    start = text.index("#")
    paragraph = Paragraph(start, len(text), index=0, section=0, text=text[start:])
    quote = Quote(
        start,
        len(text),
        index=0,
        text=text[start:],
        paragraphs=(0,),
        segments=(Span(start, len(text)),),
        speaker="Ana *Ruiz* [x](https://evil.example)",
        role="<b>mayor</b> | of `Lisbon` ##",
    )
    article = Article(
        text=text,
        title="1. *Title* ==",
        title_span=Span(0, 5),
        sections=(Section(start, len(text), index=0, paragraphs=(paragraph,)),),
        quotes=(quote,),
        speakers=(Speaker("Ana *Ruiz* [x](https://evil.example)", quote.role, (0,)),),
    )
    markdown = render_markdown(article, Selection(quotes=frozenset({0})))
    assert _inline_types(markdown) <= {"text", "softbreak", "hardbreak"}
    rendered = _md().render(markdown)
    assert "<h1>1. *Title* ==</h1>" in rendered
    assert "— Ana *Ruiz* [x](https://evil.example), &lt;b&gt;mayor&lt;/b&gt; | of `Lisbon` ##" in rendered
    assert "“# not *a* [heading](x) | cell | `code` &lt;b&gt;bold&lt;/b&gt; &amp;amp;”" in rendered


@pytest.mark.parametrize(
    "control",
    ["\x1b]0;TITLEZERO\x07", "\x1b[2J", "\x9b", "\u202e", "\r# heading", "\r===", "\x00", "\u2028"],
    ids=["osc-title", "clear-screen", "c1-csi", "bidi", "cr-heading", "cr-setext", "nul", "line-separator"],
)
def test_exported_markdown_never_carries_a_control_character(control: str) -> None:
    # A hand-built article (the parser would have removed these): the exporter stands on its own.
    title = f"Title {control} end"
    text = f"{title}\n\nBody {control} text."
    body = text.index("Body")
    article = Article(
        text=text,
        title=title,
        title_span=Span(0, len(title)),
        sections=(Section(body, len(text), index=0, paragraphs=(Paragraph(body, len(text), text=text[body:]),)),),
        source=f"/tmp/{control}.txt",
    )
    markdown = render_markdown(article, Selection.whole(article))
    assert_inert(markdown)
    blocks = [t.type for t in _md().parse(markdown) if t.type.endswith("_open")]
    assert blocks == ["heading_open", "paragraph_open", "paragraph_open"]

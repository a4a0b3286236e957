"""Export: selections, Markdown that never lets article text inject structure, atomic writes, `tuiread export`."""

from __future__ import annotations

import html
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tuiread.cli import main
from tuiread.export import (
    ExportError,
    default_filename,
    escape_markdown,
    render_markdown,
)
from tuiread.files import write_atomic
from tuiread.model import Article, Paragraph, Quote, Section, Span
from tuiread.parser import parse_path
from tuiread.selection import Selection, find_section

LEAD, NO_AGREEMENT, CONTINUATION = 0, 1, 2


@pytest.fixture(scope="module")
def article(founding_path: Path) -> Article:
    return parse_path(founding_path)


# ---------------------------------------------------------------- Markdown


FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "nato-russia-dialogue.txt"
# The source as the reader gave it (here, the absolute path the tests open), escaped like any text.
HEADER = f"# despite “major differences”, the dialogue remains open\n\nSource: {escape_markdown(str(FOUNDING))}\n\n"
CONTINUATION_MD = (
    "## Continuation of the dialogue\n\n"
    "The results of the discussions are not, however, entirely negative, as tensions have shifted from the areas "
    "of maneuver to the meeting rooms and above all, the Russians and the Allies have agreed to continue the "
    "dialogue and organize new meetings.\n\n"
    "While the Ukrainian dossier was at the heart of the discussions, broader issues such as disarmament and "
    "ballistic missiles were discussed. So many difficult questions for a tense meeting which ended without "
    "tangible results.\n"
)
SHERMAN_MD = (
    "## Quotes\n\n"
    "> “I haven’t heard anything new”\\\n"
    "> — Wendy Sherman, US Deputy Secretary of State (declared)\n\n"
    "> “Some Russian requests are not even questionable”\\\n"
    "> — Wendy Sherman, US Deputy Secretary of State (insisted)\n"
)


def test_section_and_speaker_quotes_render_as_expected(article: Article) -> None:
    selection = Selection.from_names(article, sections=["Continuation of the dialogue"], speakers=["Wendy Sherman"])
    assert render_markdown(article, selection) == HEADER + CONTINUATION_MD + "\n" + SHERMAN_MD


def test_nothing_named_is_the_whole_article(article: Article) -> None:
    markdown = render_markdown(article, Selection.from_names(article))
    assert markdown.startswith(HEADER)
    assert markdown.count("\n## ") == 2  # the two titled sections; the lead has no heading
    for paragraph in article.paragraphs:
        assert escape_markdown(paragraph.text) in markdown
    assert "## Quotes" not in markdown  # the quotes are in the text already


def test_paragraphs_come_in_article_order_under_their_headings(article: Article) -> None:
    last = article.sections[NO_AGREEMENT].paragraphs[-1].index
    first = article.paragraphs[0].index
    selection = Selection().with_paragraphs(article, [last, first], True)
    markdown = render_markdown(article, selection)
    body = markdown.removeprefix(HEADER)
    assert body.index(escape_markdown(article.paragraphs[0].text)) < body.index("## No agreement between Russians")
    assert body.index("## No agreement between Russians") < body.index(escape_markdown(article.paragraphs[last].text))
    # Only what was picked: nothing of the other paragraphs of that section.
    assert escape_markdown(article.sections[NO_AGREEMENT].paragraphs[0].text) not in markdown


def test_all_quotes_in_article_order_with_attribution(article: Article) -> None:
    markdown = render_markdown(article, Selection.from_names(article, all_quotes=True))
    quoted = re.findall(r"^> “(.*)”\\$", markdown, flags=re.M)
    assert quoted == [escape_markdown(q.text) for q in article.quotes]
    assert re.findall(r"^> — (.*)$", markdown, flags=re.M) == [
        "Jens Stoltenberg, Secretary General of NATO (explained)",
        "Alexander Grouchko, Russian Deputy Foreign Minister (added)",
        "Wendy Sherman, US Deputy Secretary of State (declared)",
        "Wendy Sherman, US Deputy Secretary of State (insisted)",
    ]


def test_a_quote_a_colon_introduces_is_attributed_without_a_stray_mark(tmp_path: Path) -> None:
    path = tmp_path / "geneva.txt"
    path.write_text("Talks end in Geneva\n\nWendy Sherman: “We will not give up on the talks.”\n", encoding="utf-8")
    colon = parse_path(path)
    assert [q.cue for q in colon.quotes] == [":"]  # the parser's evidence keeps the mark
    markdown = render_markdown(colon, Selection.from_names(colon, all_quotes=True))
    assert re.findall(r"^> — (.*)$", markdown, flags=re.M) == ["Wendy Sherman"]


def test_lead_names_the_untitled_section(article: Article) -> None:
    selection = Selection.from_names(article, sections=["lead"])
    assert selection.sections == frozenset({LEAD})
    assert "## " not in render_markdown(article, selection)


def test_names_ignore_case_spacing_and_quotation_marks(article: Article) -> None:
    selection = Selection.from_names(article, sections=["  continuation OF the   dialogue "], speakers=["sherman"])
    assert selection.sections == frozenset({CONTINUATION})
    assert selection.quotes == frozenset({2, 3})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sections": ["Epilogue"]}, "no section titled 'Epilogue' in nato-russia-dialogue.txt (sections: 'lead', "),
        ({"speakers": ["Vladimir Putin"]}, "no speaker named 'Vladimir Putin' in nato-russia-dialogue.txt (speakers: "),
    ],
)
def test_unknown_names_say_what_there_is(article: Article, kwargs: dict[str, list[str]], message: str) -> None:
    with pytest.raises(ValueError) as err:
        Selection.from_names(article, **kwargs)
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_default_filename_comes_from_the_title(article: Article) -> None:
    assert default_filename(article) == "despite-major-differences-the-dialogue-remains-open.md"
    assert default_filename(Article(text="", source="/x/Some File.txt")) == "some-file.md"
    assert default_filename(Article(text="")) == "article.md"


# ---------------------------------------------------------------- the selection model


def test_toggling_a_paragraph_of_a_selected_section_keeps_the_rest(article: Article) -> None:
    section = article.sections[NO_AGREEMENT]
    selection = Selection().toggle_section(article, NO_AGREEMENT)
    assert selection.section_state(article, NO_AGREEMENT) == "all"
    middle = section.paragraphs[1].index
    selection = selection.toggle_paragraph(article, middle)
    assert selection.section_state(article, NO_AGREEMENT) == "some"
    assert selection.paragraph_indexes(article) == [p.index for p in section.paragraphs if p.index != middle]
    selection = selection.toggle_section(article, NO_AGREEMENT)
    assert selection.section_state(article, NO_AGREEMENT) == "all"
    assert selection.toggle_section(article, NO_AGREEMENT).paragraph_indexes(article) == []


def test_selection_describes_itself() -> None:
    assert Selection().describe() == "nothing"
    assert not Selection()
    picked = Selection(paragraphs=frozenset({1, 2}), sections=frozenset({0}), quotes=frozenset({3}))
    assert picked.describe() == "1 section, 2 paragraphs, 1 quote"


# ---------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    "text",
    [
        "# Not a heading",
        "## Nor this",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a numbered list",
        "2008) neither",
        "---",
        "===",
        "a [link](http://example.com) and ![an image](x.png)",
        "[bold] and [link=https://x] stay text",
        "`code` and ``more``",
        "*emphasis* and _this_ and **strong** and __that__",
        "<b>html</b> and <http://autolink.example>",
        "&amp; &copy; &#169; stay as typed",
        "~~struck~~ | a | table |",
        "back\\slash\\*",
        "    four spaces",
        "```python",
    ],
)
def test_article_text_renders_as_the_text_it_is(text: str) -> None:
    assert _rendered_text(escape_markdown(text)) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab 1.#>-+*_`[]()!<>&;~|\\=:/"“”')), min_size=1, max_size=40))
def test_no_text_can_inject_markdown(text: str) -> None:
    expected = " ".join(text.split())
    if not expected:
        return
    assert _rendered_text(escape_markdown(text)) == expected


def test_a_paragraph_cannot_inject_structure_into_an_export() -> None:
    lines = ["# Heading?", "> quote?", "1. list?", "[click](http://evil.example) `x` *y* <b>z</b>"]
    text = "\n\n".join(["Title", *lines])
    paragraphs = []
    pos = len("Title\n\n")
    for i, line in enumerate(lines):
        paragraphs.append(Paragraph(pos, pos + len(line), index=i, section=0, text=line))
        pos += len(line) + 2
    article = Article(
        text=text,
        title="Title",
        title_span=Span(0, 5),
        sections=(Section(7, len(text), index=0, paragraphs=tuple(paragraphs)),),
    )
    markdown = render_markdown(article, Selection.whole(article))
    tokens = [t.type for t in _md().parse(markdown) if t.type.endswith("_open")]
    assert tokens == ["heading_open"] + ["paragraph_open"] * len(lines)
    assert [_rendered_text(block) for block in markdown.split("\n\n")[1:]] == lines


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _rendered_text(markdown: str) -> str:
    """What a reader sees: the text of the HTML, which must be one paragraph and nothing else."""
    rendered = _md().render(markdown)
    assert rendered.startswith("<p>") and rendered.endswith("</p>\n"), rendered
    inner = rendered[3:-5]
    assert "<" not in inner, rendered  # no tags: no emphasis, code, links, line breaks
    return " ".join(html.unescape(inner).split())


# ---------------------------------------------------------------- writing


def test_write_atomic_writes_utf8(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_atomic(target, "“quoted” — text\n")
    assert target.read_text(encoding="utf-8") == "“quoted” — text\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("before")
    with pytest.raises(ExportError, match="already exists"):
        write_atomic(target, "after")
    assert target.read_text() == "before"
    write_atomic(target, "after", overwrite=True)
    assert target.read_text() == "after"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_keeps_the_mode_of_a_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("before")
    target.chmod(0o640)
    write_atomic(target, "after", overwrite=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_write_atomic_into_a_read_only_folder_leaves_nothing(read_only_dir: Path) -> None:
    with pytest.raises(ExportError) as err:
        write_atomic(read_only_dir / "out.md", "text")
    assert str(err.value) == f"cannot write {read_only_dir / 'out.md'}: permission denied"
    assert list(read_only_dir.iterdir()) == []


def test_write_atomic_failure_mid_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("before")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ExportError) as err:
        write_atomic(target, "after", overwrite=True)
    assert str(err.value) == f"cannot write {target}: no space left on device"
    assert target.read_text() == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_into_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"cannot write .*no such file or directory"):
        write_atomic(tmp_path / "missing" / "out.md", "text")


def test_write_atomic_onto_a_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomic(tmp_path, "text", overwrite=True)


# ---------------------------------------------------------------- tuiread export


def test_cli_prints_markdown(founding_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["export", str(founding_path), "--section", "Continuation of the dialogue", "--speaker", "Wendy Sherman"]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == HEADER + CONTINUATION_MD + "\n" + SHERMAN_MD


def test_cli_quotes_only(founding_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(founding_path), "--quotes"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n> — ") == 4
    assert "## Continuation" not in out


def test_cli_writes_a_file_and_will_not_overwrite_it(
    founding_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.md"
    assert main(["export", str(founding_path), "--speaker", "sherman", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == HEADER + SHERMAN_MD
    assert capsys.readouterr().err == f"wrote {target}\n"
    assert main(["export", str(founding_path), "--quotes", "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"tuiread: {target} already exists (not overwritten; --force replaces it)\n"
    assert target.read_text(encoding="utf-8") == HEADER + SHERMAN_MD
    assert main(["export", str(founding_path), "--quotes", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").count("\n> — ") == 4


def test_cli_unknown_section_is_a_clear_error(founding_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(founding_path), "--section", "Epilogue"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("tuiread: no section titled 'Epilogue' in nato-russia-dialogue.txt")
    assert err.count("\n") == 1


def test_a_section_named_by_the_start_of_its_title(article: Article) -> None:
    assert find_section(article, "continuation").title == "Continuation of the dialogue"
    assert find_section(article, "NO AGREEMENT").title == "No agreement between Russians and NATO"
    with pytest.raises(ValueError, match="sections: 'lead', 'No agreement between Russians and NATO'"):
        find_section(article, "epilogue")


def test_cli_bad_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tuiread: ") and "missing.txt" in err and err.count("\n") == 1


def test_markup_in_an_article_exports_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "markup.txt"
    source.write_text("A [bold]title[/bold]\n\n[link=https://evil.example]click[/link] and [@click=app.quit]x[/]\n")
    assert main(["export", str(source)]) == 0
    out = capsys.readouterr().out
    assert "\\[bold\\]title\\[/bold\\]" in out
    assert "\\[link=https://evil.example\\]click\\[/link\\]" in out


def test_hand_built_multi_paragraph_quote_keeps_its_paragraphs() -> None:
    text = "T\n\n“First part.\n\n“Second part,” she said."
    one, two = text.index("“First"), text.index("“Second")
    first = Paragraph(one, two - 2, index=0, section=0, text=text[one : two - 2])
    second = Paragraph(two, len(text), index=1, section=0, text=text[two:])
    quote = Quote(
        one + 1,
        text.index("”"),
        index=0,
        text="First part. Second part,",
        paragraphs=(0, 1),
        segments=(Span(one + 1, two - 2), Span(two + 1, text.index("”"))),
        speaker="Ann Example",
    )
    article = Article(
        text=text,
        title="T",
        title_span=Span(0, 1),
        sections=(Section(3, len(text), index=0, paragraphs=(first, second)),),
        quotes=(quote,),
    )
    markdown = render_markdown(article, Selection(quotes=frozenset({0})))
    assert markdown.endswith("> “First part.\n>\n> “Second part,”\\\n> — Ann Example\n")


def test_a_quote_and_its_attribution_stay_on_two_lines_when_rendered(article: Article) -> None:
    markdown = render_markdown(article, Selection.from_names(article, speakers=["Wendy Sherman"]))
    html_out = MarkdownIt("commonmark").render(markdown)
    assert "“I haven’t heard anything new”<br />\n— Wendy Sherman, US Deputy Secretary of State (declared)" in html_out


def test_the_whole_article_ends_with_its_credits_and_the_source_is_the_path_given(article: Article) -> None:
    whole = render_markdown(article, Selection.from_names(article))
    assert whole.endswith("tangible results.\n\n(With AFP)\n")
    assert f"Source: {escape_markdown(str(FOUNDING))}\n" in whole
    part = render_markdown(article, Selection.from_names(article, sections=["Continuation of the dialogue"]))
    assert "(With AFP)" not in part  # a section is not the whole article

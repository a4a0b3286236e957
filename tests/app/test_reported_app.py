"""Reported speech in the app: listed beside the quotes and told apart from them, one key for the
kinds, the speaker filter over both, jumping to it, and exporting it as attributed paraphrase."""

from __future__ import annotations

from pathlib import Path

from apphelpers import NARROW, WIDE, make_app, quote_prompts, ready, wait_for
from textual.content import Content
from textual.pilot import Pilot

from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource
from tuiread.app.widgets.evidence_line import EvidenceLine
from tuiread.model import Span

# Two quotes and, between them, two pieces of reported speech ("X said CONTENT", "CONTENT, according
# to X"); the first holds markup, which is article text like any other.
BRUSSELS = "\n\n".join(
    [
        "Talks in Brussels end without a deal",
        "“We will keep talking, whatever it takes,” Jens Stoltenberg said on Wednesday.",
        "Wendy Sherman said Russia had brought nothing new to the [b]table[/b] in Brussels.",
        "The alliance will meet again in the spring, according to Alexander Grushko.",
        "“Some requests are not even questionable,” Sherman insisted.",
    ]
)
SHERMAN_SAID = "Russia had brought nothing new to the [b]table[/b] in Brussels"
FILENAME = "talks-in-brussels-end-without-a-deal.md"


def brussels(tmp_path: Path) -> Path:
    path = tmp_path / "brussels.txt"
    path.write_text(BRUSSELS, encoding="utf-8")
    return path


def kinds_listed(screen: MainScreen) -> list[str]:
    return [type(item).__name__ for item in screen.quote_list.shown]


async def opened(pilot: Pilot[None]) -> MainScreen:
    screen = await ready(pilot)
    article = screen.article
    assert article is not None
    assert [q.speaker for q in article.quotes] == ["Jens Stoltenberg", "Wendy Sherman"]
    assert [(r.speaker, r.cue, r.text) for r in article.reported] == [
        ("Wendy Sherman", "said", SHERMAN_SAID),
        ("Alexander Grushko", "according to", "The alliance will meet again in the spring"),
    ]
    await wait_for(pilot, lambda: screen.quote_list.complete, "the quotes pane filled")
    return screen


async def test_the_pane_lists_both_kinds_in_reading_order_and_tells_them_apart(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        assert kinds_listed(screen) == ["Quote", "Reported", "Reported", "Quote"]
        prompts = quote_prompts(screen)
        assert prompts[0].startswith("“We will keep talking")
        # Paraphrase: after ≈, with no quotation marks of its own; the markup in it shows as text.
        assert prompts[1].split("\n") == [f"≈ {SHERMAN_SAID}", "— Wendy Sherman · said"]
        assert prompts[2].split("\n")[0] == "≈ The alliance will meet again in the spring"
        assert "“" not in prompts[1] + prompts[2]
        # In italics too (the mark says it without colour or style).
        prompt = screen.quote_list.get_option_at_index(1).prompt
        assert isinstance(prompt, Content)
        assert any(
            "italic" in str(span.style) and prompt.plain[span.start : span.end] == SHERMAN_SAID for span in prompt.spans
        )
        # The title, the outline and the speakers count each kind: ❝ quotes, ≈ reported speech.
        assert str(screen.quote_list.border_title) == "Quotes[dim] 2❝ 2≈[/dim]"
        assert screen.outline.entries[1] == "  Lead  2❝ 2≈"
        voices = {v.name: v for v in screen.speakers_view.voices}
        assert (len(voices["Wendy Sherman"].quotes), len(voices["Wendy Sherman"].reported)) == (1, 1)
        assert (len(voices["Alexander Grushko"].quotes), len(voices["Alexander Grushko"].reported)) == (0, 1)
        sherman = next(
            str(screen.speakers_view.get_option_at_index(i).prompt)
            for i in range(screen.speakers_view.option_count)
            if "Wendy Sherman" in str(screen.speakers_view.get_option_at_index(i).prompt)
        )
        assert " 1❝ 1≈ · " in sherman and "░" in sherman  # the reported words shaded in the bar


async def test_a_source_only_reported_has_a_colour_of_its_own(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        # Grushko is never quoted word for word: his name on his reported speech is in his colour,
        # one no quoted speaker has.
        grushko = screen.palette.get("Alexander Grushko")
        assert grushko is not None
        assert grushko not in (screen.palette["Jens Stoltenberg"], screen.palette["Wendy Sherman"])
        prompt = screen.quote_list.get_option_at_index(2).prompt
        assert isinstance(prompt, Content)
        start = prompt.plain.index("Alexander Grushko")
        assert any(
            span.start <= start < span.end and grushko.lower() in str(span.style).lower() for span in prompt.spans
        )


async def test_t_shows_both_then_direct_only_then_reported_only(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)))
    async with app.run_test(size=NARROW) as pilot:
        screen = await opened(pilot)
        quotes = screen.quote_list
        tab = screen.query_one("#tab-quotes")
        await pilot.press("3", "t")
        await wait_for(pilot, lambda: kinds_listed(screen) == ["Quote", "Quote"], "direct quotes only")
        assert quotes.option_count == 2
        assert "Quotes · direct only" in str(quotes.border_title) and "2/2" in str(quotes.border_title)
        await wait_for(pilot, lambda: "direct only 2/2" in str(tab.render()), "the kind in the tab")
        await pilot.press("t")
        await wait_for(pilot, lambda: kinds_listed(screen) == ["Reported", "Reported"], "reported speech only")
        assert all(p.startswith("≈ ") for p in quote_prompts(screen))
        assert "reported only" in str(quotes.border_title)
        # n goes through what the pane lists: here reported speech, in the text.
        await pilot.press("n")
        assert screen.text_view.marks.target == Span(screen.article.reported[0].start, screen.article.reported[0].end)  # type: ignore[union-attr]
        await pilot.press("3", "t")
        await wait_for(pilot, lambda: quotes.option_count == 4, "both kinds again")
        assert str(quotes.border_title) == "Quotes[dim] 2❝ 2≈[/dim]"


async def test_the_speaker_filter_takes_both_kinds(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        quotes = screen.quote_list
        # The quoted first, then those only reported.
        assert quotes.speakers == ["Jens Stoltenberg", "Wendy Sherman", "Alexander Grushko"]
        await pilot.press("3", "f", "f")
        assert quotes.speaker_filter == "Wendy Sherman"
        assert kinds_listed(screen) == ["Reported", "Quote"]
        assert "Quotes · Wendy Sherman" in str(quotes.border_title) and "2/4" in str(quotes.border_title)
        await pilot.press("t")  # direct only: the filter stays
        assert quotes.speaker_filter == "Wendy Sherman" and kinds_listed(screen) == ["Quote"]
        await pilot.press("t", "t", "f")  # both kinds; Grushko, heard only in reported speech
        assert quotes.speaker_filter == "Alexander Grushko" and kinds_listed(screen) == ["Reported"]
        # Enter on a speaker in the speakers pane: their quotes and their reported speech.
        await pilot.press("f", "4")
        names = [v.name for v in screen.speakers_view.voices]
        screen.speakers_view.highlighted = names.index("Wendy Sherman")
        await pilot.press("enter")
        assert quotes.speaker_filter == "Wendy Sherman" and kinds_listed(screen) == ["Reported", "Quote"]


async def test_enter_on_reported_speech_shows_it_and_marks_its_evidence(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        article = screen.article
        assert article is not None
        said = article.reported[0]
        await pilot.press("3", "j")
        evidence = screen.query_one(EvidenceLine).text
        assert "Wendy Sherman: named there" in evidence and "cue “said”" in evidence
        await pilot.press("enter")
        await pilot.pause()
        view = screen.text_view
        assert view.marks.target == Span(said.start, said.end)
        assert view.cursor == said.paragraph
        marks = {kind: article.text[a:b] for a, b, kind in view.marks.evidence}
        assert marks == {"evidence-mention": "Wendy Sherman", "evidence-cue": "said"}
        # n goes on from there to the next in the text: the reported speech after it; the pane follows.
        await pilot.press("n")
        after = article.reported[1]
        assert view.marks.target == Span(after.start, after.end)
        assert screen.quote_list.highlighted_item is not None
        assert screen.quote_list.highlighted_item.kind == "reported"
        assert screen.quote_list.highlighted_item.index == 1


async def test_selected_reported_speech_exports_as_attributed_paraphrase(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path, ArticleSource(brussels(tmp_path)), export_dir=out_dir)
    async with app.run_test(size=WIDE) as pilot:
        screen = await opened(pilot)
        await pilot.press("3", "j", "space", "G", "space")  # Sherman's reported speech, then her quote
        await pilot.pause()
        assert screen.selection.reported == {0} and screen.selection.quotes == {1}
        assert quote_prompts(screen)[1].startswith("● ≈ ")
        assert "selected: 1 quote, 1 reported statement" in screen.status.text
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await pilot.press("enter")
        await wait_for(pilot, lambda: (out_dir / FILENAME).exists(), "the export")
        written = (out_dir / FILENAME).read_text(encoding="utf-8")
        quotes, reported = written.split("## Quotes")[1].split("## Reported speech")
        assert "> “Some requests are not even questionable,”" in quotes
        # Never a blockquote, never in quotation marks: who said it, then what the article says they said.
        assert (
            reported.strip()
            == r"Wendy Sherman (said): Russia had brought nothing new to the \[b\]table\[/b\] in Brussels"
        )
        # y copies it the same way.
        await pilot.press("3", "g", "j", "y")
        await pilot.pause()
        assert app.clipboard == f"Wendy Sherman (said): {SHERMAN_SAID}"

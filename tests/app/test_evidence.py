"""The evidence on screen: how a quote's speaker was found, its words marked in the text, doubtful ones set apart."""

from __future__ import annotations

from pathlib import Path

from apphelpers import NARROW, WIDE, make_app, ready, wait_for

from tuiread.app.source import ArticleSource
from tuiread.app.widgets.article_view import ArticleView
from tuiread.app.widgets.evidence_line import EvidenceLine
from tuiread.app.widgets.quotes import DOUBTFUL_MARK

# Three quotes: one sure ("…,” said Councilman Greg Pavlik), two doubtful (a speaker found as the
# sentence's subject, and a paragraph that only continues the quote before it).
COUNCIL = "\n\n".join(
    [
        "Council weighs the harbour plan",
        "The council met on Tuesday to weigh the harbour plan.",
        "Mayor Carla Jimenez dismissed the proposal as “a betrayal of every family on this street and every worker "
        "at the docks” in a long speech.",
        "“We will not sign anything until the families have been heard,” said Councilman Greg Pavlik.",
        "“Nobody asked the fishermen what they think about any of this.”",
    ]
)


def option_text(app: object, index: int) -> str:
    quotes = app.screen.quote_list  # type: ignore[attr-defined]
    return str(quotes.get_option_at_index(index).prompt)


def marked(view: ArticleView) -> dict[str, str]:
    """What the text marks as evidence: kind → the words marked."""
    assert view.article is not None
    return {kind: view.article.text[a:b] for a, b, kind in view.marks.evidence}


async def test_the_quote_in_hand_says_how_its_speaker_was_found_and_the_text_marks_the_words(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3", "t")  # direct quotes only
        evidence = screen.query_one(EvidenceLine)
        # The first quote is in hand: the line under the list says how its speaker was found.
        assert "Jens Stoltenberg: named there" in evidence.text
        await pilot.press("j", "j", "j")  # “Some Russian requests are not even questionable”, She insisted.
        await pilot.pause()
        line = evidence.text
        assert "“She” → Wendy Sherman" in line and "insisted" in line and "confidence 1.00" in line
        # Whole on screen: the line runs under all three panes (in the side column it showed the first
        # 50 characters of a sentence of 120).
        shown = "".join(segment.text for segment in screen.query_one(EvidenceLine).render_line(0)).strip()
        assert shown == line
        assert marked(screen.text_view) == {
            "evidence-mention": "She",
            "evidence-cue": "insisted",
            "evidence-named": "Wendy Sherman",
        }
        # The text followed the quotes list, the reader's place in it unchanged.
        assert screen.focused is screen.quote_list
        view = screen.text_view
        assert view.text_layout.line_of_offset(view.marks.evidence[-1][0]) in range(
            int(view.scroll_y), int(view.scroll_y) + view.viewport_height
        )


async def test_the_evidence_changes_with_the_highlight_so_a_key_draws_one_frame(tmp_path: Path) -> None:
    """The evidence line and the text's marks follow the highlight at once, not a message later: a
    message arrived after the list had drawn, and every key in the quotes list took two frames."""
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3", "t")  # direct quotes only
        evidence = screen.query_one(EvidenceLine)
        quotes = screen.quote_list
        quotes.highlighted = 3  # as j does, with nothing awaited after it
        assert "“She” → Wendy Sherman" in evidence.text
        assert marked(screen.text_view)["evidence-mention"] == "She"


async def test_going_to_a_quote_marks_its_evidence_and_another_target_clears_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        await pilot.press("n")  # the first quote in the text
        await pilot.pause()
        assert marked(screen.text_view)["evidence-mention"] == "Jens Stoltenberg"
        assert marked(screen.text_view)["evidence-cue"] == "explained"
        await pilot.press("1", "G", "enter")  # a section from the outline
        await pilot.pause()
        assert screen.text_view.marks.evidence == ()


async def test_doubtful_quotes_are_marked_in_words_and_d_shows_only_them(tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(COUNCIL, encoding="utf-8")
    app = make_app(tmp_path, ArticleSource(article))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None and len(screen.article.quotes) == 3
        quotes = screen.quote_list
        await pilot.press("3", "t")  # direct quotes only
        first, sure, last = (option_text(app, i) for i in range(3))
        assert "doubtful" not in sure and f"{DOUBTFUL_MARK}Councilman Greg Pavlik" not in sure
        for text in (first, last):
            assert "doubtful 0." in text and DOUBTFUL_MARK in text
        assert "3 quotes" in screen.status.facts and "2 doubtful" in screen.status.facts
        await pilot.press("d")
        await wait_for(pilot, lambda: quotes.option_count == 2, "the doubtful quotes alone")
        assert "doubtful" in str(quotes.border_title) and "2/3" in str(quotes.border_title)
        assert [q.index for q in quotes.shown] == [0, 2]
        await pilot.press("d")
        await wait_for(pilot, lambda: quotes.option_count == 3, "every quote again")
        assert "doubtful" not in str(quotes.border_title)


async def test_d_with_nothing_doubtful_says_so(tmp_path: Path) -> None:
    app = make_app(tmp_path)  # the founding sample: four sure attributions
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3", "t", "d")  # direct quotes only, and of those the doubtful
        await pilot.pause()
        assert screen.quote_list.shown == []
        assert "No doubtful quotes" in option_text(app, 0)


async def test_y_copies_the_quote_in_hand_with_its_speaker(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        await pilot.press("3", "t", "G", "y")  # the last direct quote
        await pilot.pause()
        assert app.clipboard == (
            "“Some Russian requests are not even questionable” — Wendy Sherman, US Deputy Secretary of State (insisted)"
        )

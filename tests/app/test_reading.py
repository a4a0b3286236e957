"""Reading: open an article, walk the outline and the quotes, n/N, search, layouts, text shown as text."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from apphelpers import FOUNDING, NARROW, WIDE, long_article_text, make_app, quote_prompts, ready, wait_for
from textual import events
from textual.geometry import Region
from textual.widgets import LoadingIndicator, Tab, Tabs

from tuiread.app import compat
from tuiread.app.app import TuireadApp
from tuiread.app.screens.main import MainScreen
from tuiread.app.source import ArticleSource
from tuiread.app.widgets.article_view import ArticleView
from tuiread.app.widgets.speakers import BAR_EIGHTHS
from tuiread.model import Article, Span
from tuiread.parser import parse_path, pipeline
from tuiread.parser.load import LoadedText, load_path


def shown_lines(view: ArticleView) -> list[str]:
    """The article text view as drawn: one string per screen row (gutter included)."""
    return [view.render_line(y).text.rstrip() for y in range(view.viewport_height)]


def on_screen(view: ArticleView, words: str) -> bool:
    """Whether ``words`` can be read on screen (they may wrap over lines)."""
    flat = " ".join(" ".join(line.split()) for line in shown_lines(view))
    return " ".join(words.split()) in flat


async def test_opens_the_founding_sample(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        assert screen.focused is screen.text_view
        # Outline: the title, then the sections with their quote counts.
        outline = screen.outline
        assert outline.entries[0] == "despite “major differences”, the dialogue remains open"
        labels = outline.entries[1:]
        # ❝ counts the direct quotes, ≈ the reported speech (how much of that the parser finds is its own affair).
        reported = sum(1 for r in article.reported if article.paragraphs[r.paragraph or 0].section == 1)
        assert reported
        assert labels == [
            "  Lead  2❝",
            f"  No agreement between Russians and NATO  2❝ {reported}≈",
            "  Continuation of the dialogue  1≈",
        ]
        # Quotes: four, each with speaker, role and cue; reported speech among them after ≈.
        every = quote_prompts(screen)
        assert len(every) == len(article.quotes) + len(article.reported)
        prompts = [p for p in every if not p.startswith("≈ ")]
        assert len(prompts) == 4
        assert "— Jens Stoltenberg, Secretary General of NATO · explained" in prompts[0]
        assert "— Alexander Grouchko, Russian Deputy Foreign Minister · added" in prompts[1]
        assert "— Wendy Sherman, US Deputy Secretary of State · declared" in prompts[2]
        assert "“Some Russian requests are not even questionable”" in prompts[3]
        # Speakers: the balance of voices.
        voices = [(v.name, len(v.quotes), v.words) for v in screen.speakers_view.voices]
        assert voices[:3] == [("Jens Stoltenberg", 1, 22), ("Alexander Grouchko", 1, 23), ("Wendy Sherman", 2, 12)]
        sherman = str(screen.speakers_view.get_option_at_index(2).prompt)
        assert "Wendy Sherman" in sherman and "2❝ · 12 words" in sherman
        # Status line.
        status = screen.status.text
        speakers = len(screen.speakers_view.voices)  # everyone quoted or reported (all named here)
        said = f"4 quotes · {len(article.reported)} reported · {speakers} speakers"
        facts = rf"\d+ words · \d+ min read · {said} · \d+ fixes"
        assert re.search(facts, status), status
        assert f"{article.word_count} words" in status
        assert on_screen(screen.text_view, "despite “major differences”, the dialogue remains open")


async def test_bars_compare_words_quoted(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        bars = {}
        for i in range(screen.speakers_view.option_count):
            prompt = str(screen.speakers_view.get_option_at_index(i).prompt)
            drawn = prompt.split("\n")[-1]
            # In eighths of a cell: a narrow pane's bars are short, their last cell a partial block.
            bars[prompt.split("\n")[0]] = 8 * drawn.count("█") + sum(
                BAR_EIGHTHS.index(c) for c in drawn if c in "▏▎▍▌▋▊▉"
            )
        # Grouchko is quoted at the most length: the longest bar; Sherman's 12 words about half of it.
        assert bars["Alexander Grouchko"] > bars["Jens Stoltenberg"] > bars["Wendy Sherman"] > 0
        assert abs(bars["Wendy Sherman"] / bars["Alexander Grouchko"] - 12 / 23) < 0.1


async def test_an_outline_jump_puts_the_section_heading_on_the_top_line(tmp_path: Path) -> None:
    """With text enough below every section, each jump puts its heading on the pane's top line
    (not merely somewhere on screen)."""
    paragraph = "The harbour board met again to weigh the plan for the north quay and its costs."
    sections = "".join(f"\n\nPart {name}\n\n" + "\n\n".join([paragraph] * 40) for name in ("One", "Two", "Three"))
    path = tmp_path / "long.txt"
    path.write_text("The quay plan, weighed at length\n\n" + paragraph + sections + "\n", encoding="utf-8")
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        # Outline line 0 is the title; line i + 1 is section i (the lead, then the three parts).
        headings = [(i + 1, s.heading) for i, s in enumerate(screen.article.sections) if s.heading is not None]
        assert len(headings) == 3
        view = screen.text_view
        for line, span in reversed(headings):
            await pilot.press("1")
            screen.outline.highlighted = line
            await pilot.press("enter")
            top = view.text_layout.line_of_offset(span.start)
            await wait_for(pilot, lambda top=top: int(view.scroll_y) == top, f"the heading of section {line} on top")


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
async def test_enter_on_each_outline_entry_jumps_there(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        entries = [(0, article.title_span, article.title)] + [
            (i + 1, s.heading, s.title) for i, s in enumerate(article.sections) if s.heading is not None
        ]
        assert len(entries) == 3
        # Start from the bottom, so every jump has to move the text.
        for line, span, words in reversed(entries):
            await pilot.press("1")  # the outline pane
            assert screen.focused is screen.outline
            screen.outline.highlighted = line
            await pilot.press("enter")
            await pilot.pause()
            view = screen.text_view
            assert view.marks.target == span
            assert on_screen(view, words or ""), (words, shown_lines(view))
            if line > 0:  # a section opens at its heading, at the top of the pane
                heading = view.text_layout.line_of_offset(span.start)
                assert int(view.scroll_y) == heading or view.scroll_y == view.max_scroll_y
            if size == NARROW:
                assert screen.focused is view  # the text pane comes to the front
        # The untitled lead section jumps to its first paragraph.
        await pilot.press("1")
        screen.outline.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert screen.text_view.cursor == 0


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["wide", "narrow"])
async def test_enter_on_each_quote_jumps_and_highlights_it(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        for quote in reversed(article.quotes):
            await pilot.press("3")  # the quotes pane
            assert screen.focused is screen.quote_list
            screen.quote_list.show_quote(quote.index)
            await pilot.press("enter")
            await pilot.pause()
            view = screen.text_view
            assert view.marks.target is not None
            assert article.text[view.marks.target.start : view.marks.target.end] == f"“{quote.text}”"
            assert view.cursor == quote.paragraphs[0]
            assert on_screen(view, quote.text[:40])
            # Highlighted: the quote's cells are drawn in the jump-target style (reversed), and only those.
            line = view.text_layout.line_of_offset(view.marks.target.start) - int(view.scroll_y)
            strip = view.render_line(line)
            marked = "".join(seg.text for seg in strip if seg.style is not None and seg.style.reverse)
            assert marked and f"“{quote.text}”".startswith(marked), (marked, strip.text)


async def test_n_and_shift_n_walk_the_quotes_in_the_text(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        view = screen.text_view
        screen.quote_list.set_kinds("direct")  # n walks what the quotes pane lists: here the direct quotes
        seen = []
        for _ in range(4):
            await pilot.press("n")
            seen.append(view.marks.target)
            quote = article.quotes[len(seen) - 1]
            assert on_screen(view, quote.text[:30])
        assert [(s.start + 1, s.end - 1) for s in seen if s] == [(q.start, q.end) for q in article.quotes]
        await pilot.press("n")  # past the last: back to the first, with a notice
        assert view.marks.target == seen[0]
        await pilot.press("N")  # before the first: the last
        assert view.marks.target == seen[3]
        await pilot.press("N", "N")
        assert view.marks.target == seen[1]
        assert screen.quote_list.highlighted_quote == 1  # the quotes pane follows


async def test_n_works_from_every_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        for pane in "134":
            await pilot.press(pane, "n")
        assert screen.text_view.marks.target is not None
        article = screen.article
        assert article is not None
        # The third quote or reported speech in reading order.
        third = sorted(item.start for item in (*article.quotes, *article.reported))[2]
        assert screen.text_view.position == third


async def test_search_is_incremental_and_n_walks_the_matches(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        view = screen.text_view
        screen.quote_list.set_kinds("direct")  # so that n, once the search is dropped, goes to a quote
        await pilot.press("slash")
        assert screen.focused is screen.search_bar
        await pilot.press("m", "o", "s")
        # Incremental: "mos" already matches, smart case (lower case matches any case).
        assert view.match_count == len(re.findall("mos", article.text, flags=re.I))
        await pilot.press("c", "o", "w")
        starts = [m.start() for m in re.finditer("moscow", article.text, flags=re.I)]
        assert view.match_count == len(starts) >= 4
        assert view.match_index == 0
        assert "/moscow: 1/" in screen.status.text
        await pilot.press("enter")
        assert not screen.search_bar.display
        assert screen.focused is view
        for i in (1, 2, 3):
            await pilot.press("n")
            assert view.match_index == i
            line = view.text_layout.line_of_offset(starts[i]) - int(view.scroll_y)
            assert 0 <= line < view.viewport_height  # the match is on screen
            assert "Moscow" in shown_lines(view)[line]
        await pilot.press("N")
        assert view.match_index == 2
        assert f"/moscow: 3/{len(starts)}" in screen.status.text
        # Escape drops the matches; n goes back to walking quotes.
        await pilot.press("escape")
        assert view.match_count == 0
        assert "/moscow" not in screen.status.text
        await pilot.press("n")
        assert view.marks.target is not None and article.text[view.marks.target.start] == "“"


async def test_the_search_bar_is_built_hidden_while_the_reader_reads(tmp_path: Path) -> None:
    # Built after the first frame, once no key came for a moment: the first "/" only shows it.
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await wait_for(pilot, lambda: bool(screen.query("#search")), "the search bar built")
        bar = screen.search_bar
        assert not bar.display and screen.focused is screen.text_view
        await pilot.press("slash", *"nato")
        assert bar.display and screen.focused is bar and bar.value == "nato"
        assert screen.text_view.match_count > 0


async def test_a_reader_whose_panes_are_not_mounted_yet_answers_the_footer(tmp_path: Path) -> None:
    # The footer asks every binding's state while it refreshes, which can fall between a reader's
    # mounting and its panes' (one built ahead in a library): no text pane yet means no search in
    # force, never a NoMatches out of the footer.
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        unbuilt = MainScreen()
        assert not unbuilt.query("#text")
        assert unbuilt.search.searching is False


async def test_a_hide_that_comes_after_the_text_is_shown_again_keeps_the_focus(tmp_path: Path) -> None:
    # On a busy machine the Hide of a frame in which the loading indicator covered the panes came after
    # the text had been shown and focused again: Textual blurred it then, and the keys went to the
    # outline (CI saw "G" move the outline). Sent late here, on purpose.
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        assert screen.focused is view and view.is_on_screen
        view.post_message(events.Hide())
        await pilot.pause()
        assert screen.focused is view, screen.focused


async def test_search_with_capitals_matches_case_and_escape_cancels(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        await pilot.press("slash", "N", "A", "T", "O")
        assert screen.text_view.match_count == article.text.count("NATO")
        await pilot.press("escape")
        assert screen.text_view.match_count == 0
        assert not screen.search_bar.display
        await pilot.press("slash", "z", "z", "q")
        assert screen.text_view.match_count == 0
        assert "/zzq: no match" in screen.status.text


async def test_search_finds_curled_apostrophes_and_accented_letters_as_typed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        await pilot.press("slash", *"haven't")
        view = screen.text_view
        assert view.match_count == 1
        match = view.marks.match_spans[0]
        # The match highlights the characters as written: the curled apostrophe.
        assert screen.article.text[match.start : match.end] == "haven’t"
    app = make_app(tmp_path, ArticleSource(FOUNDING.parent / "machine-translated.txt"))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        await pilot.press("slash", *"Clement")
        assert screen.text_view.match_count == screen.article.text.count("Clément") > 0


async def test_narrow_terminal_shows_one_pane_and_tabs(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        assert screen.narrow
        tabs = screen.query_one("#pane-tabs")
        assert tabs.display and tabs.region.height == 2
        for expected in ("quotes", "speakers", "outline", "text"):
            await pilot.press("tab")
            await pilot.pause()
            assert screen.active_pane == expected
            shown = [p for p in ("outline", "text-pane", "quotes", "speakers") if screen.query_one(f"#{p}").region.area]
            assert shown == [{"text": "text-pane"}.get(expected, expected)]
            pane = screen.query_one(f"#{shown[0]}")
            assert pane.region.width >= 78  # the whole width, nothing cut
            assert screen.query_one("#pane-tabs").active == f"tab-{expected}"
        await pilot.press("shift+tab")
        assert screen.active_pane == "outline"
        # The tabs are clickable.
        await pilot.click("#tab-outline")
        await pilot.pause()
        assert screen.active_pane == "outline" and screen.focused is screen.outline
        # Text lines fit the width: no line is cut.
        view = screen.text_view
        await pilot.press("2")
        assert all(len(line) <= view.scrollable_content_region.width for line in shown_lines(view))


async def test_wide_terminal_shows_every_pane_side_by_side(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert not screen.narrow
        assert not [tabs for tabs in screen.query("#pane-tabs") if tabs.display], "no tab bar"
        regions = {p: screen.query_one(f"#{p}").region for p in ("outline", "text-pane", "quotes", "speakers")}
        assert all(r.area for r in regions.values())
        assert regions["outline"].right <= regions["text-pane"].x
        assert regions["text-pane"].right <= regions["quotes"].x
        assert regions["quotes"].bottom <= regions["speakers"].y
        assert regions["text-pane"].width >= 70
        for expected in ("quotes", "speakers", "outline", "text"):
            await pilot.press("tab")
            assert screen.active_pane == expected
            assert screen.focused is screen.pane_widget(expected)


async def test_resizing_keeps_the_place(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        await pilot.press("G")
        last = view.cursor
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert screen.narrow
        assert view.cursor == last
        assert on_screen(view, screen.article.paragraphs[last].text[:30])  # type: ignore[union-attr]
        # The tab bar comes with the narrow layout (a wide start has none) and names the pane in view.
        tabs = screen.query_one("#pane-tabs", Tabs)
        assert tabs.display and tabs.region.height == 2 and tabs.active == "tab-text"
        await pilot.press("tab")
        assert tabs.active == "tab-quotes"
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert not tabs.display and not screen.narrow


async def test_vim_keys_move_in_every_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        await pilot.press("j", "j")
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1
        await pilot.press("G")
        assert view.cursor == len(screen.article.paragraphs) - 1  # type: ignore[union-attr]
        await pilot.press("g")
        assert view.cursor == 0
        await pilot.press("ctrl+d")
        assert view.cursor == 0 or view.scroll_y > 0
        await pilot.press("1", "j", "j", "G")
        assert screen.outline.highlighted == screen.outline.last_index == 3
        await pilot.press("k", "g")
        assert screen.outline.highlighted == 0
        await pilot.press("3", "j", "j")
        assert screen.quote_list.highlighted == 2
        await pilot.press("G", "k", "ctrl+u")
        assert screen.quote_list.highlighted < screen.quote_list.option_count - 2
        await pilot.press("4", "G")
        assert screen.speakers_view.highlighted_voice == screen.speakers_view.voices[-1]


async def test_no_pane_wraps_around_at_its_ends(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        last_paragraph = len(screen.article.paragraphs) - 1
        await pilot.press("G", "j", "down")
        assert screen.text_view.cursor == last_paragraph
        await pilot.press("g", "k", "up")
        assert screen.text_view.cursor == 0
        await pilot.press("1", "G", "j", "down")
        assert screen.outline.highlighted == screen.outline.last_index
        await pilot.press("g", "k", "up")
        assert screen.outline.highlighted == 0
        await pilot.press("3", "G", "j", "down")
        assert screen.quote_list.highlighted == screen.quote_list.option_count - 1
        await pilot.press("g", "k", "up")
        assert screen.quote_list.highlighted == 0
        await pilot.press("4", "G", "j", "down")
        assert screen.speakers_view.highlighted == screen.speakers_view.option_count - 1
        await pilot.press("g", "k", "up")
        assert screen.speakers_view.highlighted == 0


async def test_speaker_enter_filters_the_quotes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("4", "g", "j", "j", "enter")  # Wendy Sherman, the third speaker
        quotes = screen.quote_list
        assert screen.focused is quotes
        assert [q.speaker for q in quotes.shown] == ["Wendy Sherman", "Wendy Sherman"]
        assert quotes.option_count == 2
        names = quotes.speakers
        await pilot.press("f")  # the next speaker after Sherman
        assert quotes.speaker_filter == names[3]
        await pilot.press(*["f"] * (len(names) - 3))  # past the last: everyone again
        assert quotes.speaker_filter is None and quotes.complete
        assert quotes.option_count == len(quotes.shown) == 4 + len(screen.article.reported)  # type: ignore[union-attr]
        await pilot.press("f")
        assert quotes.speaker_filter == "Jens Stoltenberg"
        assert [type(item).__name__ for item in quotes.shown] == ["Quote", "Reported"]


async def test_mouse_clicks_jump_and_move(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        quotes = screen.quote_list
        # Click the third quote: it is shown in the text.
        await pilot.click(quotes, offset=(5, quotes.scrollable_content_region.y - quotes.region.y + 11))
        await pilot.pause()
        assert screen.text_view.marks.target is not None
        clicked = quotes.highlighted_quote
        assert clicked is not None
        assert screen.text_view.cursor == article.quotes[clicked].paragraphs[0]
        # Click a paragraph of the text: the cursor goes there.
        view = screen.text_view
        first, _last = view.text_layout.paragraph_lines(2)
        await pilot.click(view, offset=(10, first - int(view.scroll_y)))
        await pilot.pause()
        assert view.cursor == 2 and screen.focused is view


async def test_the_text_panes_look_follows_the_focus(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view, pane = screen.text_view, screen.query_one("#text-pane")
        cursor_row = view.text_layout.paragraph_lines(view.cursor)[0] - int(view.scroll_y)
        focused = (pane.styles.border_top, view.render_line(cursor_row))
        await pilot.press("tab")
        await wait_for(pilot, lambda: screen.focused is not view, "the focus moved on")
        blurred = (pane.styles.border_top, view.render_line(cursor_row))
        assert blurred[0] != focused[0]  # the pane's border
        assert blurred[1].text == focused[1].text and list(blurred[1]) != list(focused[1])  # the cursor's colour
        await pilot.press("shift+tab")
        await wait_for(pilot, lambda: screen.focused is view, "the focus came back")
        assert (pane.styles.border_top, list(view.render_line(cursor_row))) == (focused[0], list(focused[1]))
        await pilot.press("slash")  # the search bar is in the text pane: the pane keeps its focus border
        await wait_for(pilot, lambda: screen.focused is not view, "the search bar took the focus")
        assert pane.styles.border_top == focused[0]
        await pilot.press("tab")
        await wait_for(pilot, lambda: screen.active_pane != "text", "the next pane")
        assert pane.styles.border_top == blurred[0]


async def test_a_style_change_redraws_the_text_and_a_focus_move_keeps_it(tmp_path: Path) -> None:
    # Every focus move restyles the text pane; the text view builds its lines again only when what
    # they show changed (its own or a component's colours), not on every restyle.
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        row = view.viewport_height - 1  # not the cursor's paragraph, whose colour follows the focus
        first = view.render_line(row)
        await pilot.press("tab", "shift+tab")
        await wait_for(pilot, lambda: screen.focused is view, "the focus back")
        assert view.render_line(row) is first  # kept, not built again
        # A rule that changes the view's background once it has a class (as a theme or a narrow
        # layout restyles it): its lines come in the new colour.
        app.stylesheet.add_source("ArticleView.-test-shade { background: darkblue; }", read_from=("test", ""))
        app.stylesheet.parse()
        view.add_class("-test-shade")
        await pilot.pause()
        assert [s.style for s in view.render_line(row)] != [s.style for s in first]


async def test_no_style_depends_on_the_text_views_own_focus(tmp_path: Path) -> None:
    # ArticleView is not restyled when it gains or loses the focus (see its watch_has_focus): a rule
    # for `ArticleView:focus` (or `*:focus`, `#text:blur`...) would never take effect.
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        names = compat.selector_names(screen.text_view)
        for rule in app.stylesheet.rules:
            for selector in rule.selector_set:
                last = selector.selectors[-1]
                pseudo = set(last.pseudo_classes) & {"focus", "blur"}
                assert not (pseudo and (last.name in names or not last.name)), selector.css


MARKUP = "[bold]Pwned[/bold] [@click=app.quit]quit[/] [link=https://evil.example]link[/link] \x1b[31mred"


def markup_article(tmp_path: Path) -> Path:
    path = tmp_path / "markup.txt"
    path.write_text(
        f"{MARKUP} title\n\n"
        f"Opening paragraph with {MARKUP} inside.\n\n"
        f"[b]Heading[/b] here\n\n"
        f"“[bold]Quoted[/bold] words [@click=app.quit]go[/] here,” said [red]Ann[/red] Example, the chief.\n",
        encoding="utf-8",
    )
    return path


async def test_article_text_is_shown_as_text_in_every_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(markup_article(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        assert article.title and "[bold]Pwned[/bold]" in article.title
        literal = "[bold]Pwned[/bold] [@click=app.quit]quit[/] [link=https://evil.example]link[/link]"
        assert literal in screen.outline.entries[0]
        assert on_screen(screen.text_view, literal)
        for words in ("Opening paragraph with [bold]Pwned[/bold]", "[@click=app.quit]quit[/]"):
            assert on_screen(screen.text_view, words)
        if article.quotes:
            prompt = str(screen.quote_list.get_option_at_index(0).prompt)
            assert "[bold]Quoted[/bold] words [@click=app.quit]go[/]" in prompt
        # Search for markup: the status line shows it as typed.
        await pilot.press("slash")
        await pilot.press(*"[bold]")
        assert "/[bold]: 1/" in screen.status.text
        await pilot.press("escape")
        # Export preview: escaped Markdown, shown as text.
        await pilot.press("e")
        await pilot.pause()
        preview = str(app.screen.query_one("#export-preview-text").render())
        assert "\\[bold\\]Pwned\\[/bold\\]" in preview
        await pilot.press("escape")
        # Clicking the text where "[@click=app.quit]" is shown does not quit.
        await pilot.click(screen.text_view, offset=(12, 0))
        await pilot.pause()
        assert app.is_running
        svg = app.export_screenshot()
        assert "[bold]Pwned[/bold]" in svg.replace("&#160;", " ")


async def test_loading_indicator_until_the_parse_is_done(tmp_path: Path) -> None:
    release = threading.Event()

    class SlowSource(ArticleSource):
        def read(self) -> LoadedText:
            release.wait(120)  # released by the test; the bound only keeps a failed test from hanging
            return super().read()

    app = make_app(tmp_path, SlowSource(FOUNDING))
    try:
        async with app.run_test(size=WIDE) as pilot:
            # The indicator comes after LOADING_DELAY (a quick parse never flashes it): wait until it is
            # on screen, for as long as a busy machine needs; the parse cannot finish before the release.
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
            screen = app.screen
            assert isinstance(screen, MainScreen)
            await wait_for(
                pilot,
                lambda: isinstance(screen.get_widget_at(80, 20)[0], LoadingIndicator),
                "the loading indicator on screen",
            )
            assert screen.query_one("#panes").loading
            assert screen.article is None
            assert "Loading" in screen.status.text
            await pilot.press("e", "n", "slash")  # nothing to act on yet: no crash
            release.set()
            screen = await ready(pilot)
            await wait_for(pilot, lambda: screen.get_widget_at(80, 20)[0] is screen.text_view, "the text on screen")
            assert screen.article is not None
            assert not screen.query_one("#panes").loading
    finally:
        release.set()  # a failed assertion must not leave the parse thread waiting


async def test_an_article_that_comes_while_the_pane_has_no_width_shows_when_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under load the text stage can land while the loading indicator still covers the panes: the
    # text pane has no width then, and Textual sends no resize when it shows again at its old size.
    real_region = ArticleView.scrollable_content_region
    covered = True
    monkeypatch.setattr(
        ArticleView,
        "scrollable_content_region",
        property(lambda view: Region(0, 0, 0, 0) if covered else real_region.fget(view)),  # type: ignore[attr-defined]
    )
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        covered = False
        screen.text_view.refresh()
        await wait_for(pilot, lambda: on_screen(screen.text_view, FIRST_WORDS), "the article's first words")


async def test_an_unreadable_article_is_a_message_not_a_crash(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\x00\x00\x00binary")
    app = make_app(tmp_path, ArticleSource(binary))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is None
        assert screen.load_error and "not a text file" in screen.load_error
        assert "Could not open the article" in shown_lines(screen.text_view)[0]
        await pilot.press("j", "n", "e", "space")
        assert app.is_running


FIRST_WORDS = "During discussions between NATO and Russia"


def _showing(app: TuireadApp, words: str) -> bool:
    """The main screen shows an article, with ``words`` in the text pane."""
    screen = app.screen
    return isinstance(screen, MainScreen) and screen.article is not None and on_screen(screen.text_view, words)


async def test_a_long_article_renders_only_what_is_visible(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_article_text(150_000), encoding="utf-8")
    calls: list[int] = []
    original = ArticleView._render_line

    def counting(self: ArticleView, line: int, width: int):  # type: ignore[no-untyped-def]
        calls.append(line)
        return original(self, line, width)

    ArticleView._render_line = counting  # type: ignore[method-assign]
    try:
        app = make_app(tmp_path, ArticleSource(path))
        async with app.run_test(size=WIDE) as pilot:
            screen = await ready(pilot)
            view = screen.text_view
            assert view.text_layout.line_count > 40 * view.viewport_height
            assert max(calls) < view.viewport_height + 5
            calls.clear()
            last = len(screen.article.paragraphs) - 1  # type: ignore[union-attr]
            await pilot.press("G")
            # Waited for, not assumed after one pause: under load in CI the cursor was once still at
            # the start when checked. If G never lands, the message says where the focus was.
            await wait_for(pilot, lambda: view.cursor == last, f"G to reach the last paragraph ({screen.focused})")
            # Only the lines on screen at the end were drawn, not the ones in between.
            assert calls and min(calls) > view.text_layout.line_count - 3 * view.viewport_height
            assert len(set(calls)) <= 2 * view.viewport_height
    finally:
        ArticleView._render_line = original  # type: ignore[method-assign]


@pytest.mark.usefixtures("short_stages")
async def test_a_long_article_shows_its_text_before_its_quotes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_path = tmp_path / "long.txt"
    copies = 6  # past STAGED_PARSE_CHARS, the length from which the text comes before the quotes
    long_path.write_text((FOUNDING.read_text(encoding="utf-8") + "\n\n") * copies, encoding="utf-8")
    release = threading.Event()
    real_with_quotes = pipeline.with_quotes

    def slow_with_quotes(article: Article) -> Article:
        release.wait(120)  # released by the test; the bound only keeps a failed test from hanging
        return real_with_quotes(article)

    monkeypatch.setattr(pipeline, "with_quotes", slow_with_quotes)
    app = make_app(tmp_path, ArticleSource(long_path))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: _showing(app, FIRST_WORDS), "the article's text on screen, before its quotes")
            screen = app.screen
            assert isinstance(screen, MainScreen) and screen.article is not None
            # The text and the outline are there; the quotes are still being found.
            assert screen.article.quotes == ()
            assert "Finding quotes" in screen.status.text
            await pilot.press("G")
            await pilot.pause()
            place = (screen.text_view.cursor, screen.text_view.scroll_y)
            release.set()
            await ready(pilot)
            await wait_for(pilot, lambda: screen.quote_list.complete, "every quote in the quotes pane")
            # Now the quotes are in every pane, and the reader is where they were.
            assert len(screen.article.quotes) == 4 * copies
            assert screen.quote_list.option_count == 4 * copies + len(screen.article.reported)
            assert "Finding quotes" not in screen.status.text
            assert (screen.text_view.cursor, screen.text_view.scroll_y) == place
    finally:
        release.set()  # a failed assertion must not leave the quotes thread waiting


@pytest.mark.usefixtures("short_stages")
async def test_a_very_long_article_shows_its_start_first_and_keeps_the_place_when_the_rest_comes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_article_text(60_000), encoding="utf-8")
    release = threading.Event()

    real_parse_structure = pipeline.parse_structure

    def slow_rest(text: str, *args: object, **kwargs: object) -> Article:
        if len(text) > 40_000:  # the whole article, after its start
            release.wait(120)  # released by the test; the bound only keeps a failed test from hanging
        return real_parse_structure(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_structure", slow_rest)
    app = make_app(tmp_path, ArticleSource(path))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: _showing(app, FIRST_WORDS), "the start of the article on screen")
            screen = app.screen
            assert isinstance(screen, MainScreen) and screen.article is not None
            preview = screen.article
            # Only the start (the whole text is held back), and readable: text, outline, keys.
            assert len(preview.text) < 40_000 and "Reading the rest" in screen.status.text
            await pilot.press("j", "j", "j", "space", "j")
            place = screen.text_view.cursor
            assert place == 4 and screen.selection.paragraphs
            selected = screen.selection
            release.set()
            await ready(pilot)
            article = screen.article
            assert article is not None and len(article.text) > 55_000
            assert article.text.startswith(preview.text[: preview.paragraphs[-1].start])
            # The reader's place and selection are kept; the quotes and outline are the whole article's.
            assert screen.text_view.cursor == place
            assert screen.selection == selected
            assert screen.text_view.paragraph_count == len(article.paragraphs)
            assert "Reading the rest" not in screen.status.text
            await pilot.press("G")
            assert screen.text_view.cursor == len(article.paragraphs) - 1
    finally:
        release.set()


async def test_the_article_parsed_in_another_process_is_shown_whole(tmp_path: Path) -> None:
    """As `tuiread ARTICLE` opens it: the parse process started before the app, the worker showing its result."""
    source = ArticleSource(loaded=load_path(FOUNDING))
    source.start_parse_process()
    app = make_app(tmp_path, source)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.load_error is None and screen.article is not None
        assert screen.article == parse_path(FOUNDING)
        article = screen.article
        assert article is not None
        listed = 4 + len(article.reported)
        await wait_for(pilot, lambda: screen.quote_list.option_count == listed, "everything listed")
        await pilot.press("n")
        assert screen.text_view.marks.target is not None


async def test_quitting_while_a_long_article_is_parsed_elsewhere_ends_that_parse(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(long_article_text(2_000_000), encoding="utf-8")
    source = ArticleSource(loaded=load_path(path))
    source.start_parse_process()
    if not source.parsing_elsewhere:
        pytest.skip("one usable core: the app parses in a thread here")
    process = source._process._process  # type: ignore[union-attr]
    app = make_app(tmp_path, source)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: _showing(app, FIRST_WORDS), "the start of the article on screen")
        assert process.poll() is None  # still parsing the rest
        await pilot.press("q")
    assert process.poll() is not None


async def test_an_article_parsed_before_the_window_opens_is_in_the_first_frame(tmp_path: Path) -> None:
    """The parse process usually finishes while the interface loads: no frame of empty panes first."""
    source = ArticleSource(loaded=load_path(FOUNDING))
    source.start_parse_process()
    if not source.parsing_elsewhere:
        pytest.skip("one usable core: the app parses in a thread here")
    deadline = time.monotonic() + 30
    while not source._process.has_output():  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "the parse process sent nothing"
        time.sleep(0.01)
    frames: list[bool] = []  # for each frame of the main screen: did it hold the article?

    def seen(screen: object) -> None:
        if isinstance(screen, MainScreen):
            frames.append(screen.article is not None)

    app = TuireadApp(source, settings_path=tmp_path / "settings.json", export_dir=tmp_path)
    compat.watch_frames(app, seen)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None and len(screen.article.quotes) == 4
    assert frames and all(frames)


async def test_the_status_line_says_where_who_said_what_is_not_known(tmp_path: Path) -> None:
    """A paragraph of data (no quotes sought) and one too costly to attribute are counted there."""
    tags = ", ".join(f'"tag number {n}"' for n in range(40))
    chorus = " ".join(f"“we sing the line number {n} again and again”" for n in range(2000))
    article = tmp_path / "mixed.txt"
    article.write_text(
        f"Council backs the plan\n\n“We have waited long enough,” said Mayor Ana Ruiz.\n\nTags: {tags}.\n\n"
        f"The chorus goes: {chorus}\n",
        encoding="utf-8",
    )
    app = make_app(tmp_path, ArticleSource(article))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        status = screen.status.text
        assert "1 paragraph not attributed" in status and "1 paragraph read as data" in status


@pytest.mark.parametrize(("line_width", "longest"), [(None, 100), (60, 60), (0, 150)])
async def test_the_text_wraps_at_a_readable_width_however_wide_the_pane(
    tmp_path: Path, line_width: int | None, longest: int
) -> None:
    from tuiread.settings import Settings, save_settings

    if line_width is not None:
        save_settings(Settings(line_width=line_width), tmp_path / "config" / "settings.json")
    app = make_app(tmp_path)
    async with app.run_test(size=(260, 50)) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        assert view.scrollable_content_region.width > 150
        widest = max(len(line.strip()) for line in shown_lines(view))
        if line_width == 0:
            assert widest > longest  # the pane's whole width
        else:
            assert longest - 15 < widest <= longest


async def test_the_quotes_tab_names_the_filter_in_the_narrow_layout(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        await pilot.press("3", "f")
        tab = screen.query_one("#tab-quotes", Tab)
        await wait_for(pilot, lambda: "Jens Stoltenberg" in str(tab.label), "the filter in the tab")
        total = len(screen.article.quotes) + len(screen.article.reported)  # type: ignore[union-attr]
        assert str(tab.label) == f"Quotes · Jens Stoltenberg 2/{total}"  # a quote and a reported statement
        await pilot.press("t")  # direct quotes only: the tab says so too
        await wait_for(pilot, lambda: "direct only" in str(tab.label), "the kind in the tab")
        assert str(tab.label) == "Quotes · Jens Stoltenberg · direct only 1/4"
        await pilot.press("f", "f", "f", "t", "t")  # the next speakers, then everyone; both kinds again
        await wait_for(pilot, lambda: str(tab.label) == "Quotes", "the plain tab again")


async def test_i_shows_what_cleaning_changed_and_goes_to_a_fix(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from tuiread.app.dialogs.fixes import FixesScreen

    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, FixesScreen), "the cleaning log")
        fixes = app.screen.query_one("#fixes-list", OptionList)
        lines = [str(fixes.get_option_at_index(i).prompt) for i in range(fixes.option_count)]
        assert "  1 duplicate title line dropped  ↵ first place" in lines
        assert "  3 missing quotation marks inserted  ↵ first of 3 places" in lines
        # No place left in the text: the log says why.
        assert "  1 related-link line moved out of the text  (no place: lines below)" in lines
        assert "  (With AFP)" in lines and "Credits taken out (1)" in lines
        # Enter on a repair: the text shows its first place, the repairs marked.
        while fixes.get_option_at_index(fixes.highlighted or 0).id != "fix:quote-inserted":
            await pilot.press("down")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the article again")
        first = next(r for r in screen.article.repairs if r.kind == "quote-inserted")
        assert screen.text_view.marks.target == Span(first.start, first.end)
        assert screen.text_view.highlight_repairs


MESSY = (
    "Storm closes schools across the county\n\n"
    "storm closes schools across the county\n\n"
    "Every school in the county stayed shut on\n"
    "Monday as the storm brought down trees and\n"
    "power lines across the north of the cafÃ©\n"
    "district and the river valley, officials said.\n\n"
    '""Nobody should be on the roads tonight," said\n'
    "Sheriff Dan Olsen, who closed three bridges and\n"
    "asked drivers to stay at home until morning.\n\n"
    '"district","closed","reopening"\n\n'
    '"North","12","Wednesday"\n\n'
    '"South","9","Thursday"\n\n'
    "Crews expect to restore power by the weekend.\n\n"
    "(With AFP)\n"
)


async def test_the_fix_log_goes_to_each_kind_of_fix_and_steps_to_the_next_place(tmp_path: Path) -> None:
    # Hard-wrapped copy with a duplicate title, a mojibake word, a doubled mark, a table and a credit:
    # each kind of fix with a place goes to its first (a paragraph or the title, as repairs do);
    # enter again (the log opened anew) goes on, n on, N back.
    from textual.widgets import OptionList

    from tuiread.app.dialogs.fixes import FixesScreen
    from tuiread.fix_places import FixPlaces

    app = make_app(tmp_path, ArticleSource(article=pipeline.parse(MESSY)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None
        places = FixPlaces(article)

        async def open_log() -> OptionList:
            await pilot.press("i")
            await wait_for(pilot, lambda: isinstance(app.screen, FixesScreen), "the fix log")
            return app.screen.query_one("#fixes-list", OptionList)

        async def go(key: str, kind: str | None = None) -> Span | None:
            """Open the log, highlight ``kind`` by moving to it (unless None: as the log opens),
            press ``key``; the place the text then shows."""
            fixes = await open_log()
            while kind is not None and fixes.get_option_at_index(fixes.highlighted or 0).id != f"fix:{kind}":
                await pilot.press("down")
            await pilot.press(key)
            await wait_for(pilot, lambda: app.screen is screen, "the article again")
            return screen.text_view.marks.target

        for kind in ("duplicate-title", "mojibake", "quote-removed", "data-paragraph", "hard-wrap"):
            place = await go("enter", kind)
            assert place == places.at(kind, 0), kind
            assert on_screen(screen.text_view, article.text[place.start : place.end])
        # A table read as data goes to its first row, a dropped duplicate title to the title it repeated.
        assert places.at("data-paragraph", 0) == next(Span(p.start, p.end) for p in article.paragraphs if p.data)
        assert places.at("duplicate-title", 0) == article.title_span
        assert article.text[places.at("mojibake", 0).start - 3 :].startswith("café")
        assert article.text[places.at("hard-wrap", 0).start - 2 :].startswith("on Monday")

        # The log opens on the fix last gone to, saying where enter goes next.
        fixes = await open_log()
        highlighted = fixes.get_option_at_index(fixes.highlighted or 0)
        assert highlighted.id == "fix:hard-wrap"
        assert str(highlighted.prompt) == "  5 hard-wrapped lines re-joined  ↵ next: 2 of 5"
        lines = [str(fixes.get_option_at_index(i).prompt) for i in range(fixes.option_count)]
        assert "  1 agency credit moved out of the text  (no place: lines below)" in lines
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, "the article again")
        assert await go("enter") == places.at("hard-wrap", 1)
        assert await go("n") == places.at("hard-wrap", 2)
        assert await go("n") == places.at("hard-wrap", 3)
        assert await go("N") == places.at("hard-wrap", 2)
        # Another kind starts at its first place again; N on a kind not yet visited goes to its last.
        assert await go("n", "quote-straight") == places.at("quote-straight", 0)
        assert await go("N", "data-paragraph") == places.at("data-paragraph", 2)
        assert screen.text_view.highlight_repairs


async def test_the_fix_log_goes_to_a_paragraph_left_unattributed(tmp_path: Path) -> None:
    # Three hundred quoted lines and no full stop: too costly to attribute, said in the status line
    # and placed in the fix log.
    from textual.widgets import OptionList

    from tuiread.app.dialogs.fixes import FixesScreen

    chorus = " ".join(f"“we sing the line number {n} again and again”" for n in range(300))
    text = f"Choir sings for the bridge\n\nThe mayor spoke first.\n\nThe chorus goes: {chorus}\n\nThen they voted.\n"
    app = make_app(tmp_path, ArticleSource(article=pipeline.parse(text)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        article = screen.article
        assert article is not None and article.unattributed == (1,)
        await pilot.press("i")
        await wait_for(pilot, lambda: isinstance(app.screen, FixesScreen), "the fix log")
        fixes = app.screen.query_one("#fixes-list", OptionList)
        while fixes.get_option_at_index(fixes.highlighted or 0).id != "fix:unattributed-paragraph":
            await pilot.press("down")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the article again")
        chorus_paragraph = article.paragraphs[1]
        assert screen.text_view.marks.target == Span(chorus_paragraph.start, chorus_paragraph.end)
        assert on_screen(screen.text_view, "The chorus goes:")


async def test_an_article_opens_where_the_reader_left_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "j", "j", "3")
        screen.quote_list.show_quote(2)
        await pilot.pause()
        left = (screen.text_view.cursor, screen.quote_list.highlighted_quote)
        assert left == (3, 2)
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.pause()
        assert (screen.text_view.cursor, screen.quote_list.highlighted_quote) == left
        assert "Back where you were: paragraph 4" in screen.status.text
    # Another article is not affected.
    app = make_app(tmp_path, ArticleSource(FOUNDING.parent / "machine-translated.txt"))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.text_view.cursor == 0


def _long_article_with_a_place(tmp_path: Path) -> Article:
    from tuiread.corrections import article_key
    from tuiread.places import Place, save_place

    path = tmp_path / "long.txt"
    path.write_text(long_article_text(30_000), encoding="utf-8")
    article = parse_path(path)
    save_place(article_key(article), Place(paragraph=40, top=150))
    return article


async def test_an_article_opens_scrolled_to_where_the_reader_left_it(tmp_path: Path) -> None:
    # The place was scrolled to in the moment the article was laid out, before Textual's next layout
    # allowed the pane to scroll: the cursor came back, the text stayed at the top.
    app = make_app(tmp_path, ArticleSource(article=_long_article_with_a_place(tmp_path)))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await wait_for(pilot, lambda: screen.text_view.scroll_y == 150, "the place's first line at the top")
        assert screen.text_view.cursor == 40
        assert "Back where you were: paragraph 41" in screen.status.text


async def test_an_article_that_comes_while_the_text_pane_has_no_width_returns_to_its_place(tmp_path: Path) -> None:
    # On a loaded machine the article can come while the text pane has no width (the loading
    # indicator over the panes): returning to the place raised IndexError and closed the app.
    release = threading.Event()
    article = _long_article_with_a_place(tmp_path)

    class HeldSource(ArticleSource):
        def stages(self):  # type: ignore[no-untyped-def]
            release.wait(60)
            yield from super().stages()

    app = make_app(tmp_path, HeldSource(article=article))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
            screen = app.screen
            assert isinstance(screen, MainScreen)
            screen.text_view.display = False
            await pilot.pause()
            release.set()
            await wait_for(pilot, lambda: app.article is not None, "the article")
            await pilot.pause()
            assert app.is_running and not screen.text_view.text_layout.laid_out
            screen.text_view.display = True
            await wait_for(pilot, lambda: screen.text_view.scroll_y == 150, "the place's first line at the top")
            assert screen.text_view.cursor == 40
    finally:
        release.set()

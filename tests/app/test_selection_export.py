"""Selecting paragraphs, sections and quotes; exporting them as Markdown to a file or the clipboard."""

from __future__ import annotations

from pathlib import Path

from apphelpers import FOUNDING, NARROW, WIDE, make_app, ready, wait_for
from textual.geometry import Offset
from textual.pilot import Pilot
from textual.selection import Selection as TextSelection
from textual.widgets import Input, Static

from tuiread.app.compat import notifications
from tuiread.app.dialogs.confirm import ConfirmOverwrite
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.screens.main import MainScreen
from tuiread.app.screens.reader_search import PREPARE_AFTER
from tuiread.app.widgets.article_view import GUTTER, ArticleView
from tuiread.export import escape_markdown
from tuiread.selection import Selection

FILENAME = "despite-major-differences-the-dialogue-remains-open.md"
EXPECTED = f"""\
# despite “major differences”, the dialogue remains open

Source: {escape_markdown(str(FOUNDING))}

During discussions between NATO and Russia on Wednesday January 12, Moscow stuck to its positions concerning \
the non-enlargement of the Atlantic Alliance, a request categorically refused by NATO.

“The discussion was not easy. Discussions were direct on the situation in Ukraine and major differences were \
noted on security in Europe.”, explained Jens Stoltenberg, Secretary General of NATO, at the end of the meeting \
on Wednesday.

## Continuation of the dialogue

The results of the discussions are not, however, entirely negative, as tensions have shifted from the areas of \
maneuver to the meeting rooms and above all, the Russians and the Allies have agreed to continue the dialogue and \
organize new meetings.

While the Ukrainian dossier was at the heart of the discussions, broader issues such as disarmament and ballistic \
missiles were discussed. So many difficult questions for a tense meeting which ended without tangible results.

## Quotes

> “Some Russian requests are not even questionable”\\
> — Wendy Sherman, US Deputy Secretary of State (insisted)
"""


async def select_two_paragraphs_a_section_and_a_quote(pilot: Pilot[None], screen: MainScreen) -> None:
    await pilot.press("2", "space", "j", "space")  # the first two paragraphs
    await pilot.press("1", "G", "space")  # the last section in the outline
    await pilot.press("3", "t", "G", "space")  # direct quotes only; the last: Wendy Sherman's second
    await pilot.pause()


def gutter_marks(screen: MainScreen) -> dict[int, bool]:
    """For each paragraph, whether the text view draws it as selected (the bar in the margin)."""
    view = screen.text_view
    marks = {}
    for paragraph in range(view.paragraph_count):
        first, _last = view.text_layout.paragraph_lines(paragraph)
        marks[paragraph] = view._render_line(first, 80).text.startswith("▌")
    return marks


async def test_selection_shows_in_every_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        assert screen.selection == Selection(
            paragraphs=frozenset({0, 1}), sections=frozenset({2}), quotes=frozenset({3})
        )
        # Text: the margin bar on the picked paragraphs and those of the picked section.
        assert gutter_marks(screen) == {0: True, 1: True, 2: False, 3: False, 4: False, 5: False, 6: True, 7: True}
        # Outline: the lead is partly selected, the last section wholly.
        labels = screen.outline.entries[1:]
        assert labels[0].startswith("◐ Lead") and labels[1].startswith("  No agreement")
        assert labels[2].startswith("● Continuation")
        # Quotes: the mark on the picked one only.
        quotes = screen.quote_list
        prompts = [str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)]
        assert [p.startswith("● ") for p in prompts] == [False] * (len(prompts) - 1) + [True]
        # Speakers: one of Sherman's two quotes is selected.
        sherman = str(screen.speakers_view.get_option_at_index(2).prompt)
        assert "● Wendy Sherman  1/2 selected" in sherman
        # Status line.
        assert "selected: 1 section, 2 paragraphs, 1 quote" in screen.status.text


async def test_selection_survives_moving_around_and_escape_clears_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        before = screen.selection
        await pilot.press("tab", "tab", "j", "k", "G", "2", "g", "n", "n", "N", "slash", "n", "a", "t", "o", "enter")
        await pilot.press("n", "1", "j", "enter")
        assert screen.selection == before
        await pilot.press("escape")  # the search matches first? no: escape clears the selection
        assert screen.selection == Selection()
        assert not any(gutter_marks(screen).values())
        assert "selected" not in screen.status.text
        assert all(not label.startswith(("●", "◐")) for label in screen.outline.entries[1:])


async def test_space_toggles_and_section_picks_fold_in(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("space")
        assert screen.selection.paragraphs == {0}
        await pilot.press("space")
        assert not screen.selection
        # A whole section, then one of its paragraphs off: the rest stays.
        await pilot.press("1", "j", "j", "space")
        assert screen.selection.sections == {1}
        await pilot.press("2", "j", "j", "j", "j", "space")
        assert screen.text_view.cursor == 4
        assert screen.selection.paragraph_indexes(screen.article) == [3, 5]  # type: ignore[arg-type]
        # Space on the title selects every section; again, none.
        await pilot.press("1", "g", "space")
        assert screen.selection.sections == {0, 1, 2}
        await pilot.press("space")
        assert not screen.selection


async def test_shift_arrows_and_v_extend_a_range(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("j", "shift+down", "shift+down", "shift+down")
        assert screen.selection.paragraphs == {1, 2, 3, 4}
        await pilot.press("shift+up")  # back towards the anchor: the range shrinks
        assert screen.selection.paragraphs == {1, 2, 3}
        await pilot.press("escape")
        await pilot.press("G", "v")
        assert screen.text_view.range.mode
        await pilot.press("k", "k")
        assert screen.selection.paragraphs == {5, 6, 7}
        await pilot.press("escape")  # ends the range, keeps the selection
        assert not screen.text_view.range.mode
        assert screen.selection.paragraphs == {5, 6, 7}
        await pilot.press("k")
        assert screen.selection.paragraphs == {5, 6, 7}
        await pilot.press("escape")  # now it clears
        assert not screen.selection


async def test_clicking_the_margin_selects_a_paragraph(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        first, _ = view.text_layout.paragraph_lines(1)
        await pilot.click(view, offset=(0, first))
        await pilot.pause()
        assert screen.selection.paragraphs == {1}


async def drag(pilot: Pilot[None], view: ArticleView, start: tuple[int, int], end: tuple[int, int]) -> None:
    """What a mouse drag from ``start`` to ``end`` (cells of the view's lines) gives the view.

    Textual's screen turns the mouse into a `Selection` of the widget's line cells (its own,
    tested by Textual); that is set here directly, as the screen sets it: synthetic mouse events
    found the screen's map of the text a frame late once in a while on a loaded machine.
    """
    screen = pilot.app.screen
    screen.selections = {view: TextSelection.from_offsets(Offset(*start), Offset(*end))}
    await wait_for(pilot, lambda: view.marks.dragged == view.dragged_range(screen.selections[view]), "the text marked")


async def test_a_mouse_drag_marks_text_and_copies_it_as_the_article_has_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        # The hidden search bar is built once no key came for a while; an input field clears the
        # screen's selection as it mounts: let that happen first, as it does for a reader.
        await wait_for(pilot, lambda: any(bar.is_mounted for bar in screen.query("#search")), "the search bar built")
        await pilot.pause()
        view = screen.text_view
        paragraph = screen.article.paragraphs[1]
        first, last = view.text_layout.paragraph_lines(1)
        assert last > first  # wrapped on screen
        # The text's lines start after the view's margin: the drag starts on the paragraph's first letter.
        point = view.content_region.offset + Offset(GUTTER, first)
        under_mouse = (view, Offset(GUTTER, first))
        await wait_for(pilot, lambda: screen.get_widget_and_offset_at(*point) == under_mouse, "the text drawn")
        # From the first letter of the paragraph to past the end of its last line.
        await drag(pilot, view, (GUTTER, first), (view.size.width, last))
        marked = view.render_line(first)
        selection_style = screen.get_component_rich_style("screen--selection")
        assert any(segment.style and segment.style.bgcolor == selection_style.bgcolor for segment in marked)
        await pilot.press("ctrl+c")
        # One line, as the article has it, not broken where the pane wraps it.
        assert app.clipboard == paragraph.text
        # The middle of a line to the middle of the next: exactly those words.
        await drag(pilot, view, (GUTTER + 4, first), (GUTTER + 7, first + 1))
        await pilot.press("y")
        second_line = view.render_line(first + 1 - int(view.scroll_y)).text[GUTTER:]
        assert paragraph.text[4:].startswith(app.clipboard)
        assert app.clipboard.endswith(" " + second_line[:7])
        assert notifications(app)[-1].message.startswith("Copied")


async def test_text_selected_right_after_the_start_stays_selected(tmp_path: Path) -> None:
    # The search bar is built, hidden, once no key came for a while: not while text is selected
    # (mounting an input field clears the screen's selection), so ctrl+c still has it to copy.
    app = make_app(tmp_path)
    app.last_input = float("inf")  # a key "just pressed" until the text is selected: no bar before that
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        assert not screen.query("#search")
        first, _last = view.text_layout.paragraph_lines(1)
        await drag(pilot, view, (GUTTER, first), (GUTTER + 10, first))
        app.last_input = 0.0  # as long ago as can be: the bar would be built at its next chance
        await pilot.pause(3 * PREPARE_AFTER)
        assert view in screen.selections and not screen.query("#search")
        await pilot.press("ctrl+c")
        assert app.clipboard == screen.article.paragraphs[1].text[:10]
        screen.clear_selection()
        await wait_for(pilot, lambda: screen.query("#search"), "the search bar built once nothing is selected")


async def test_y_in_the_text_copies_the_selected_paragraphs_or_the_one_under_the_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        screen.text_view.focus()
        paragraphs = screen.article.paragraphs
        await pilot.press("j", "y")
        assert app.clipboard == paragraphs[1].text
        await pilot.press("space", "j", "space", "y")
        assert app.clipboard == f"{paragraphs[1].text}\n\n{paragraphs[2].text}"


async def open_export(pilot: Pilot[None]) -> ExportDialog:
    await pilot.press("e")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportDialog), "the export dialog")
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


async def test_export_to_a_file(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        dialog = await open_export(pilot)
        # The live preview is the Markdown that will be written.
        preview = str(dialog.query_one("#export-preview-text", Static).render())
        assert preview == EXPECTED
        assert dialog.query_one("#export-path", Input).value == FILENAME
        assert "Selected: 1 section, 2 paragraphs, 1 quote" in str(dialog.query_one("#export-summary").render())
        await pilot.press("enter")
        await pilot.pause()
        assert (out_dir / FILENAME).read_text(encoding="utf-8") == EXPECTED
        assert [p.name for p in out_dir.iterdir()] == [FILENAME]
        assert app.screen is screen
        assert screen.selection  # still selected after the export
        assert app.clipboard == ""
        assert any(f"Exported to {out_dir / FILENAME}" in n.message for n in notifications(app))


async def test_nothing_selected_exports_the_whole_article(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        dialog = await open_export(pilot)
        assert "Nothing selected: the whole article" in str(dialog.query_one("#export-summary").render())
        await pilot.press("enter")
        await pilot.pause()
        written = (out_dir / FILENAME).read_text(encoding="utf-8")
        assert written.count("\n## ") == 2
        assert all(p.text[:40] in written for p in screen.article.paragraphs)  # type: ignore[union-attr]


async def test_export_to_the_clipboard(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        await open_export(pilot)
        await pilot.click("#dest-clipboard")
        await pilot.click("#export-go")
        await pilot.pause()
        assert app.clipboard == EXPECTED
        assert list(out_dir.iterdir()) == []
        assert app.screen is screen


async def test_export_to_file_and_clipboard_with_the_keyboard(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        dialog = await open_export(pilot)
        assert app.focused is dialog.query_one("#export-path")
        await pilot.press("tab")  # from the file name to the destinations
        await pilot.press("right", "right", "space")  # "File and clipboard"
        assert dialog.destination == "both"
        await pilot.press("shift+tab")
        assert app.focused is dialog.query_one("#export-path")
        await pilot.press("ctrl+u", *"mine.md", "enter")  # a name of one's own
        await pilot.pause()
        assert (out_dir / "mine.md").read_text(encoding="utf-8") == EXPECTED
        assert app.clipboard == EXPECTED


async def test_enter_exports_from_the_destinations_and_with_the_file_field_disabled(
    tmp_path: Path, out_dir: Path
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        await open_export(pilot)
        await pilot.press("tab", "right", "space")  # "Clipboard": the file field is disabled now
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert app.clipboard == EXPECTED
        assert not any(out_dir.iterdir())
        await open_export(pilot)
        await pilot.press("tab", "enter")  # still "File", the focus on the destinations
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert (out_dir / FILENAME).read_text(encoding="utf-8") == EXPECTED


async def test_enter_on_cancel_cancels(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        dialog = await open_export(pilot)
        dialog.query_one("#export-cancel").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert not any(out_dir.iterdir())


async def test_overwriting_asks_first(tmp_path: Path, out_dir: Path) -> None:
    target = out_dir / FILENAME
    target.write_text("keep me", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        dialog = await open_export(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        assert str(target) in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert app.screen is dialog
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("escape")  # escape keeps it too
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == EXPECTED
        assert app.screen is screen
        assert [p.name for p in out_dir.iterdir()] == [FILENAME]


async def test_a_failed_write_keeps_the_selection_and_says_why(tmp_path: Path, read_only_dir: Path) -> None:
    app = make_app(tmp_path, export_dir=read_only_dir)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await select_two_paragraphs_a_section_and_a_quote(pilot, screen)
        before = screen.selection
        dialog = await open_export(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # still open: the user can pick another place
        error = dialog.query_one("#export-error", Static)
        assert error.display
        message = f"cannot write {read_only_dir / FILENAME}: permission denied"
        assert str(error.render()) == message
        assert any(n.message == message and n.severity == "error" for n in notifications(app))
        assert list(read_only_dir.iterdir()) == []
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.selection == before


async def test_an_empty_file_name_is_refused(tmp_path: Path, out_dir: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        dialog = await open_export(pilot)
        await pilot.press("ctrl+u", "enter")
        await pilot.pause()
        assert app.screen is dialog
        assert str(dialog.query_one("#export-error", Static).render()) == "Give the file a name"
        assert list(out_dir.iterdir()) == []

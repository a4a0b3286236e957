"""Corrections in the app: reassign a quote's speaker or unmark it, and it sticks across restarts and into exports."""

from __future__ import annotations

from pathlib import Path

from apphelpers import WIDE, make_app, ready, wait_for
from textual.pilot import Pilot

from tuiread.app.compat import notifications
from tuiread.app.dialogs.correct import CorrectQuote
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.screens.main import MainScreen
from tuiread.corrections import CorrectionStore, article_key

FILENAME = "despite-major-differences-the-dialogue-remains-open.md"


async def open_correction(pilot: Pilot[None], quote: int) -> CorrectQuote:
    """Put the quotes list's cursor on ``quote`` and press c."""
    await pilot.press("3")
    pilot.app.screen.quote_list.show_quote(quote)  # type: ignore[attr-defined]
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CorrectQuote), "the correction dialog")
    dialog = pilot.app.screen
    assert isinstance(dialog, CorrectQuote)
    return dialog


async def export_selection(pilot: Pilot[None], out_dir: Path) -> str:
    await pilot.press("e")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ExportDialog), "the export dialog")
    await pilot.press("enter")
    await wait_for(pilot, lambda: (out_dir / FILENAME).exists(), "the export")
    return (out_dir / FILENAME).read_text(encoding="utf-8")


def quote_line(app: object, index: int) -> str:
    quotes = app.screen.quote_list  # type: ignore[attr-defined]
    return str(quotes.get_option_at_index(index).prompt)


async def test_a_typed_speaker_is_saved_survives_a_restart_and_is_exported(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    app = make_app(tmp_path, export_dir=out_dir)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None and screen.article.quotes[1].speaker == "Alexander Grouchko"
        dialog = await open_correction(pilot, 1)
        await pilot.press(*"Sergei Ryabkov")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        quote = screen.article.quotes[1]
        assert (quote.speaker, quote.corrected, quote.confidence) == ("Sergei Ryabkov", True, 1.0)
        assert "Sergei Ryabkov" in [s.name for s in screen.article.speakers]
        assert "corrected" in quote_line(app, 1)
        assert "1 corrected" in screen.status.facts
        assert dialog is not None
    # Quit, and open the same article again: the correction is still there, shown as one.
    app = make_app(tmp_path, export_dir=out_dir)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        quote = screen.article.quotes[1]
        assert (quote.speaker, quote.corrected) == ("Sergei Ryabkov", True)
        await pilot.press("3", "g", "j", "space")  # select the corrected quote, and export it
        assert "corrected" in quote_line(app, 1)
        written = await export_selection(pilot, out_dir)
    assert "Sergei Ryabkov" in written and "the situation in Ukraine" not in written
    assert "Alexander Grouchko" not in written


async def test_choose_a_person_from_the_article_then_undo(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await open_correction(pilot, 0)
        await pilot.press(*"sherm")  # narrows the article's people to Wendy Sherman
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert screen.article is not None and screen.article.quotes[0].speaker == "Wendy Sherman"
        assert [s.quotes for s in screen.article.speakers if s.name == "Wendy Sherman"] == [(0, 2, 3)]
        await pilot.press("u")
        await pilot.pause()
        assert screen.article.quotes[0].speaker == "Jens Stoltenberg"
        assert not screen.article.quotes[0].corrected
        assert CorrectionStore().load(article_key(screen.article)) == ()


async def test_not_a_quote_takes_it_out_of_the_quotes_and_the_selection_follows(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        last = screen.article.quotes[3].text
        await pilot.press("3", "t", "G", "space", "t", "t")  # select the last quote (direct only), then both kinds
        await pilot.pause()
        assert screen.selection.quotes == {3}
        await open_correction(pilot, 2)
        await pilot.press("up")  # from the first person up to the end of the list: "Not a quote"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert len(screen.article.quotes) == 3
        assert screen.article.quotes[2].text == last
        assert screen.selection.quotes == {2}  # still the same quote, now numbered 2
        assert screen.quote_list.option_count == 3 + len(screen.article.reported)
        # The outline counts what is left: one quote under "No agreement…" now.
        assert screen.outline.entries[2].startswith("  No agreement between Russians and NATO  1❝ ")


async def test_escape_changes_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        before = screen.article
        await open_correction(pilot, 0)
        await pilot.press(*"Someone", "escape")
        await wait_for(pilot, lambda: app.screen is screen, "the dialog to close")
        assert screen.article is before
        folder = CorrectionStore().folder
        assert not folder.exists() or not any(folder.iterdir())


async def test_a_corrupt_corrections_file_is_reported_never_overwritten_and_the_app_goes_on(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        key = article_key(screen.article)
    path = CorrectionStore().path_for(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"version": 1, "corrections": [ {"quote_start": "oops"')
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert isinstance(screen, MainScreen) and screen.article is not None
        assert screen.reading.corrections is not None and screen.reading.corrections.error is not None
        assert any(n.title == "Corrections not read" for n in notifications(app))
        assert screen.article.quotes[0].speaker == "Jens Stoltenberg"  # as parsed
        await pilot.press("3", "c")
        await pilot.pause()
        assert app.screen is screen  # no dialog: a correction could not be saved
        assert any(n.title == "Cannot save corrections" for n in notifications(app))
        await pilot.press("u")
        await pilot.pause()
    assert path.read_bytes() == b'{"version": 1, "corrections": [ {"quote_start": "oops"'

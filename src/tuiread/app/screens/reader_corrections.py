"""The reader's corrections of the main screen's quotes: the dialog that gives a quote to someone
else (or says it is none), undoing, and the article shown as now corrected.

The quotes list asks (`CorrectionRequested`, `UndoCorrectionRequested`); the screen
(`tuiread.app.screens.main`) passes that on here. What is saved and what the reader is told are
pure functions (`tuiread.reading`) over the article's saved corrections (`tuiread.corrections`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuiread.reading import Corrected, cannot_correct, correct_quote, first_quote_from, undo_correction

if TYPE_CHECKING:
    from tuiread.app.dialogs.correct import Choice
    from tuiread.app.screens.main import MainScreen


class ReaderCorrections:
    """Corrections of the quotes of a main screen's article."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen

    def correct(self, index: int) -> None:
        """Ask the reader who said quote ``index``, and save the answer."""
        screen = self._screen
        found = screen.reading.correctable(index)
        if found is None or screen.article is None:
            return
        corrections, quote = found
        refusal = cannot_correct(corrections)
        if refusal is not None:
            screen.tell(refusal)
            return
        from tuiread.app.dialogs.correct import CorrectQuote

        def chosen(choice: Choice | None) -> None:
            if choice is not None:
                self._show(correct_quote(corrections, quote, choice.speaker, choice.not_quote))

        screen.app.push_screen(CorrectQuote(screen.article, quote), chosen)

    def undo(self, index: int) -> None:
        """Undo the correction of quote ``index``; on a quote not corrected, the latest correction."""
        found = self._screen.reading.correctable(index)
        if found is not None:
            self._show(undo_correction(*found))

    def _show(self, corrected: Corrected) -> None:
        """Show the article as now corrected (if it changed), the selection and the quotes list's place
        kept, and say what was done."""
        screen = self._screen
        screen.tell(corrected.notice)
        article = corrected.article
        if screen.reading.corrected(corrected) is None or article is None:
            return
        screen.app.article = article
        screen.apply_palette()
        screen.panes.show_corrected(article)
        screen.panes.show_selection(article, screen.selection)
        here = first_quote_from(article, corrected.at)
        if here is not None:
            screen.quote_list.show_quote(here)

"""The dialogs the main screen opens over its article, and its one option: the export dialog, the
fix log (a fix chosen there shown in the text), and the repairs highlighted or not.

The keys are the screen's (`tuiread.app.screens.main`); what they open and what they say is here.
Whether an export can go ahead, and what the toggle says, are pure (`tuiread.reading`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuiread.reading import export_refusal, repairs_note

if TYPE_CHECKING:
    from tuiread.app.screens.main import MainScreen
    from tuiread.model import Span


class ReaderDialogs:
    """The dialogs and options of a main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen

    def export(self) -> None:
        """The export dialog, for the selection (or the whole article), unless it cannot be exported yet."""
        screen = self._screen
        refusal = export_refusal(screen.article is not None, screen.reading.preview_only, screen.selection)
        if refusal is not None:
            screen.tell(refusal)
            return
        assert screen.article is not None  # refused above without one
        from tuiread.app.dialogs.export import ExportDialog

        screen.app.push_screen(ExportDialog(screen.article, screen.selection, screen.app.export_dir))

    def show_fixes(self) -> None:
        """The fix log and the lines taken out; a fix chosen there is shown in the text, repairs marked."""
        screen = self._screen
        if screen.article is None:
            return
        from tuiread.app.dialogs.fixes import FixesScreen

        def chosen(span: Span | None) -> None:
            if span is not None:
                screen.moves.show_fix(span)

        screen.app.push_screen(FixesScreen(screen.article), chosen)

    def toggle_repairs(self) -> None:
        """Highlight the repaired spots, or stop (remembered for next time)."""
        screen = self._screen
        on = not screen.text_view.highlight_repairs
        screen.text_view.set_highlight_repairs(on)
        screen.app.remember_highlight_repairs(on)
        count = len(screen.article.repairs) if screen.article else 0
        screen.notify(repairs_note(on, count), timeout=2)

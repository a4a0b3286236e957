"""An Input that keeps control characters out: a paste can carry escape sequences, typing cannot."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tuiread.app.plain import typed


class InertInput(Input):
    """A stock Input whose pastes lose their control and bidi characters (the first line only, as Input does).

    Input shows its value as it is, so a pasted ``ESC ] 0 ; …`` would reach the
    terminal; a search or a file name never needs one.
    """

    def _on_paste(self, event: events.Paste) -> None:
        # Replaces Input's own paste handling (which would insert the raw text).
        event.prevent_default()
        event.stop()
        lines = event.text.splitlines()
        text = typed(lines[0]) if lines else ""
        if not text:
            return
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)

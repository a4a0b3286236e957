"""The main screen's panes laid out: side by side on a wide terminal, one at a time under a tab bar
on a narrow one, and which of them is active (the one with the focus).

The screen (`tuiread.app.screens.main`) says when the focus moved, the terminal was resized or a pane
was asked for; this keeps the active pane, the width and the tab bar. Which widgets show and which pane
comes next are pure functions (`tuiread.reading`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal, Vertical

from tuiread.reading import PANE_TITLES, focused_pane, pane_after, pane_display

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget

    from tuiread.app.widgets.pane_tabs import PaneTabs


class Row(Horizontal):
    """Panes side by side, filling it whole: nothing of its own is ever seen (see `MainScreen.BLANK`)."""

    BLANK = True


class Column(Vertical):
    """Panes one above the other, filling it whole: nothing of its own is ever seen."""

    BLANK = True


# Under this many columns one pane fills the screen and a tab bar switches them.
NARROW_BELOW = 110


class PaneLayout:
    """The layout of a main screen's panes (built with the screen, before it composes)."""

    def __init__(self, screen: Screen[None]) -> None:
        self._screen = screen
        self.active = "text"
        self.width = 0  # the width the screen was last resized to (0: not yet)
        self.tabs: PaneTabs | None = None  # the narrow layout's tab bar, once there was one
        self._quotes_label = PANE_TITLES["quotes"]

    @property
    def narrow(self) -> bool:
        # The width the screen was last resized to, else the terminal's (before the first layout).
        return (self.width or self._screen.app.size.width) < NARROW_BELOW

    def new_tabs(self) -> PaneTabs:
        """The narrow layout's tab bar, built (the screen mounts it)."""
        from tuiread.app.widgets.pane_tabs import PaneTabs

        self.tabs = PaneTabs({**PANE_TITLES, "quotes": self._quotes_label}, self.active, id="pane-tabs")
        return self.tabs

    def mark_active(self, pane: str) -> None:
        self.active = pane
        self.apply()
        if self.tabs is not None:
            self.tabs.show_active(pane)

    def apply(self) -> None:
        """Show every pane (wide) or only the active one (narrow).

        ``display`` is set on the few widgets concerned rather than through a class
        on the screen: a screen class restyles every widget, which costs a frame.
        """
        screen = self._screen
        narrow = self.narrow
        if self.tabs is None:
            if narrow:
                screen.mount(self.new_tabs(), before="#panes")
        elif self.tabs.display != narrow:
            self.tabs.display = narrow
        for selector, visible in pane_display(narrow, self.active).items():
            widget = screen.query_one(selector)
            if widget.display != visible:
                widget.display = visible

    def resized(self, width: int) -> None:
        self.width = width
        self.apply()

    def show(self, pane: str) -> None:
        """Make ``pane`` the active one and give it the focus."""
        self.mark_active(pane)
        widget = self._screen.query_one(f"#{pane}")
        # At once (``Widget.focus`` waits its turn behind keys already queued): the next key,
        # typed fast or sent by a script, goes to this pane.
        self._screen.set_focus(widget, scroll_visible=False)

    def step(self, direction: int) -> None:
        """The next pane (tab: ``direction`` 1) or the one before (shift+tab: -1)."""
        self.show(pane_after(self.active, direction))

    def reveal_text(self) -> None:
        """Show the text pane, if the layout shows one pane at a time (a jump lands in the text)."""
        if self.narrow and self.active != "text":
            self.show("text")

    def focus_moved(self, focused: Widget | None) -> None:
        """Make the pane holding the focus the active one."""
        if focused is None:
            return
        pane = focused_pane([focused.id, *(node.id for node in focused.ancestors)])
        if pane is not None and pane != self.active:
            self.mark_active(pane)

    def mark_focus(self, focused: Widget | None) -> None:
        """Mark the text pane focused or not, as the focus just moved.

        Through a class, not Textual's :focus-within: that restyled the pane and everything in it (the
        text view's fifteen component classes) once more at the start."""
        for pane in self._screen.query("#text-pane"):  # none while the screen is being built or taken down
            pane.set_class(focused is not None and pane in focused.ancestors, "-has-focus")

    def label_quotes(self, label: str | None) -> None:
        """Name the quotes' tab (with their filter, if any)."""
        self._quotes_label = label or PANE_TITLES["quotes"]
        if self.tabs is not None:
            self.tabs.set_label("quotes", self._quotes_label)

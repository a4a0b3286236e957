"""The tab bar of the narrow layout: it names the pane in view; a click switches to another.

Only a narrow screen has one: the main screen builds it when it first becomes
narrow (a wide start never pays for the tab widgets).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.message import Message
from textual.widgets import Tab, Tabs


class PaneTabs(Tabs, can_focus=False):
    """One tab per pane (``tab-PANE``); it shows the pane in view, a click switches (tab and shift+tab too)."""

    class PaneClicked(Message):
        def __init__(self, pane: str) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, titles: Mapping[str, str], active: str, *, id: str | None = None) -> None:
        # Content, not a string: a tab's label is markup otherwise, and a speaker's name is text.
        tabs = (Tab(Content(title), id=f"tab-{pane}") for pane, title in titles.items())
        super().__init__(*tabs, active=f"tab-{active}", id=id)
        self._wanted = f"tab-{active}"

    def show_active(self, pane: str) -> None:
        """Name ``pane`` as the one in view, now or, if the bar is not built yet, once it is.

        The screen mounts the bar when the window first narrows, and a key in that same moment
        asks for another pane before the bar has its tabs: Textual refuses an active tab it
        cannot find (``ValueError``), so the wish waits until the bar is mounted.
        """
        self._wanted = f"tab-{pane}"
        if self.active != self._wanted and self.query(f"#{self._wanted}"):
            self.active = self._wanted

    def set_label(self, pane: str, label: str) -> None:
        """Name a pane's tab (the quotes' says their filter: "Quotes · Tomás Valente 5/8")."""
        for tab in self.query(f"#tab-{pane}").results(Tab):
            tab.label = Content(label)

    def on_mount(self) -> None:
        # Later, not now: Tabs' own mount handler runs after this one and makes the tab the bar
        # was built with active.
        self.call_later(self._show_wanted)

    def _show_wanted(self) -> None:
        if self.active != self._wanted:
            self.active = self._wanted

    async def _on_tab_clicked(self, event: Tab.Clicked) -> None:
        event.stop()
        if event.tab.id:
            self.post_message(self.PaneClicked(event.tab.id.removeprefix("tab-")))

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        # The screen sets the active tab to follow focus; that needs no answer.
        event.stop()

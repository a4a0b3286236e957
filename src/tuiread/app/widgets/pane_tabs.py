"""The tab bar of the narrow layout: it names the pane in view; a click switches to another.

Only a narrow screen has one: the main screen builds it when it first becomes
narrow (a wide start never pays for the tab widgets).
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.message import Message
from textual.widgets import Tab, Tabs


class PaneTabs(Tabs, can_focus=False):
    """One tab per pane (``tab-PANE``); it shows the pane in view, a click switches (tab and shift+tab too)."""

    class PaneClicked(Message):
        def __init__(self, pane: str) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, titles: Mapping[str, str], active: str, *, id: str | None = None) -> None:
        tabs = (Tab(title, id=f"tab-{pane}") for pane, title in titles.items())
        super().__init__(*tabs, active=f"tab-{active}", id=id)

    def show_active(self, pane: str) -> None:
        if self.active != f"tab-{pane}":
            self.active = f"tab-{pane}"

    async def _on_tab_clicked(self, event: Tab.Clicked) -> None:
        event.stop()
        if event.tab.id:
            self.post_message(self.PaneClicked(event.tab.id.removeprefix("tab-")))

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        # The screen sets the active tab to follow focus; that needs no answer.
        event.stop()

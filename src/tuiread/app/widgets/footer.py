"""The footer: Textual's, redrawn only when the keys it shows change.

Textual's Footer rebuilds all its key widgets whenever the screen's bindings
*may* have changed: every focus move, every ``refresh_bindings``. Opening the
app fired that six times before the first paint, each rebuild styling a few
dozen widgets (a fifth of the time to first paint). Most of those signals
change nothing the footer shows, so this one compares first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.screen import Screen


class QuietFooter(Footer):
    """A Footer that rebuilds once per change of the keys shown, not once per signal."""

    _shown: tuple[object, ...] | None = None
    _pending = False

    def _signature(self) -> tuple[object, ...]:
        """What the footer would show: each shown binding's key, label, action and whether it is enabled."""
        app = self.app
        return (
            app.ansi_color,
            self.compact,
            *(
                (binding.key, app.get_key_display(binding), binding.description, binding.action, enabled, tooltip)
                for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
                if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
            ),
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen or self._pending:
            return
        self._pending = True
        self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        shown = self._signature()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

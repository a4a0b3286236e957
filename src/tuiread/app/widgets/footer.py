"""The footer: Textual's, redrawn only when the keys it shows change.

Textual's Footer rebuilds all its key widgets whenever the screen's bindings
*may* have changed: every focus move, every ``refresh_bindings``. Opening the
app fired that six times before the first paint, each rebuild styling a few
dozen widgets (a fifth of the time to first paint). Most of those signals
change nothing the footer shows, so this one compares first; and when only
labels change (most focus moves), it relabels the keys it has instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

from tuiread.app.compat import (
    FooterKey,
    compose_context,
    copy_footer_key_disabled,
    footer_bindings_ready,
    mark_footer_bindings_ready,
)

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen
    from textual.widget import Widget

# Shown first, in this order, whatever pane has the focus.
ESSENTIAL = ("main.export", "main.search", "app.help", "app.quit")


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

    def compose(self) -> ComposeResult:
        """Textual's footer keys (one per action, command palette last), the essential ones first."""
        if not footer_bindings_ready(self):
            return
        active = self.screen.active_bindings
        first_per_action: dict[str, tuple[object, ...]] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show:
                first_per_action.setdefault(binding.action, (binding, enabled, tooltip))
        items = sorted(
            first_per_action.values(),
            key=lambda item: ESSENTIAL.index(item[0].id) if item[0].id in ESSENTIAL else len(ESSENTIAL),  # type: ignore[attr-defined]
        )
        self.styles.grid_size_columns = len(items)
        app = self.app
        for binding, enabled, tooltip in items:
            yield FooterKey(
                binding.key,  # type: ignore[attr-defined]
                app.get_key_display(binding),  # type: ignore[arg-type]
                binding.description,  # type: ignore[attr-defined]
                binding.action,  # type: ignore[attr-defined]
                disabled=not enabled,
                tooltip=str(tooltip or ""),
            ).data_bind(compact=Footer.compact)
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            yield FooterKey(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def bindings_changed(self, screen: Screen[object]) -> None:
        mark_footer_bindings_ready(self)
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
            if not self._relabel():
                await self.recompose()

    def keys_wanted(self) -> list[Widget]:
        """The keys Textual's Footer would build now: new, unmounted widgets, only to be read."""
        with compose_context(self):  # compose binds them to this footer, wherever this is called from
            return list(self.compose())

    def _relabel(self) -> bool:
        """Give the keys on show their new bindings, in place; False if the footer must be rebuilt.

        Moving between panes, opening the search or finding matches changes a few labels, not how
        many keys there are: relabelling them redraws the footer alone, where a rebuild mounted and
        styled every key again (about 20 ms, on keys that must answer within a frame or two). A
        field taking the focus shows fewer keys (the letters are typed there): the keys left over
        are hidden, not removed, and shown again with their new labels when the field closes.
        """
        current = list(self.children)
        wanted = self.keys_wanted()
        if not current or len(current) < len(wanted):
            return False
        if not all(isinstance(key, FooterKey) for key in (*current, *wanted)):
            return False  # groups and labels: rebuilt
        for old, new in zip(current, wanted, strict=False):
            assert isinstance(old, FooterKey) and isinstance(new, FooterKey)
            palette = new.has_class("-command-palette")
            # As compose makes them: the palette's key is compact, the others as the footer is.
            compact = True if palette else self.compact
            moved = old.has_class("-command-palette") != palette or old.compact != compact or not old.display
            resized = moved or (old.key_display, old.description) != (new.key_display, new.description)
            if not resized and _looks(old) == _looks(new):
                continue  # drawn as it is: redrawing every key would cost a switch of views ~15 ms
            old.set_class(palette, "-command-palette")
            old.compact = compact
            if not old.display:
                old.display = True  # (set when shown already, it lays the screen out again)
            old.key, old.key_display, old.description, old.action = (
                new.key,
                new.key_display,
                new.description,
                new.action,
            )
            copy_footer_key_disabled(old, new)
            old.tooltip = new.tooltip
            old.refresh(layout=resized)
        for spare in current[len(wanted) :]:
            spare.display = False
        self.styles.grid_size_columns = sum(not key.has_class("-command-palette") for key in wanted)
        return True


def _looks(key: FooterKey) -> tuple[object, ...]:
    """What a footer key shows and does."""
    return key.key, key.action, key.has_class("-disabled"), key.tooltip

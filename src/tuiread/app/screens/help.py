"""The help screen (? or F1): every key, pane by pane, read from the bindings themselves.

The table is built from each class's ``BINDINGS`` with the user's keymap
applied (the sections and their bindings come from `tuiread.app.keys`), so it
cannot fall out of date; each row shows the binding id that a keymap in the
settings file can remap.
"""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tuiread.app.compat import app_bindings
from tuiread.app.keys import MOVES, action_name, collected_sections
from tuiread.app.plain import shown
from tuiread.settings import default_path


def _merged(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One row per key ("n  Next match / Next quote"), and the four pane keys on one row."""
    by_keys: dict[str, list[str]] = {}
    for keys, description in rows:
        by_keys.setdefault(keys, []).append(description)
    merged = [(keys, " / ".join(descriptions)) for keys, descriptions in by_keys.items()]
    panes = [(k, d) for k, d in merged if k.isdigit() and d.endswith(" pane")]
    if len(panes) > 1:
        names = ", ".join(d.removesuffix(" pane").lower() for _k, d in panes)
        first = merged.index(panes[0])
        merged = [row for row in merged if row not in panes]
        merged.insert(first, (f"{panes[0][0]}–{panes[-1][0]}", f"Panes: {names}"))
    return merged


class HelpScreen(ModalScreen[None]):
    """tuiread's keys, grouped, on one screen; how to remap them at the end. Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("g,home", "scroll('home')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('end')", "Bottom", show=False, id="help.bottom"),
        Binding("ctrl+d,pagedown", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("ctrl+u,pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    # Two columns of sections from this width on.
    TWO_COLUMNS_FROM = 100

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "tuiread keys"
            body.border_subtitle = "escape closes"
            yield Static(
                Content.styled(
                    "Read an article, walk its outline and quotes, select and export as Markdown.", "italic"
                ),
                id="help-intro",
            )
            with Horizontal(id="help-grid"):
                # Two columns of sections, balanced by height (a grid's rows would wait for the tallest).
                sections = [(title, self._section(title, rows), len(rows) + 2) for title, rows in self.sections()]
                total = sum(height for _t, _c, height in sections)
                left, used = [], 0
                for section in sections:
                    if used < total / 2:
                        left.append(section)
                        used += section[2]
                right = sections[len(left) :]
                # One Static a column, not one a section: each widget is styled and laid out, and the
                # help opens while a long article is still loading.
                for column in (left, right):
                    content = Content("\n").join(section for _title, section, _height in column)
                    yield Static(content, classes="help-column", markup=False)
            yield Static(self.remap_content(), id="help-remap", markup=False)

    def on_mount(self) -> None:
        self._fit(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        # Narrow: the columns one under the other.
        self.query_one("#help-grid").styles.layout = "horizontal" if width >= self.TWO_COLUMNS_FROM else "vertical"

    def _keymap(self) -> dict[str, str]:
        settings = getattr(self.app, "settings", None)
        return dict(settings.keymap) if settings is not None else {}

    @cached_property
    def _collected(self) -> list[tuple[str, list[tuple[list[Binding], str]]]]:
        """Each help section's bindings (keymap applied), gathered once for the keys and the ids."""
        # The library's keys only in a library (the help of one article fits one screen).
        library = getattr(self.app, "library", None) is not None
        return collected_sections(tuple(sorted(self._keymap().items())), library)

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(title, [(keys, description)]) for each group: everywhere, moving, then pane by pane."""
        app = self.app

        def keys(bindings: list[Binding]) -> str:
            # Remapped keys come from the settings file: shown inert.
            return shown(" ".join(dict.fromkeys(app.get_key_display(b) for b in bindings)))

        moving: dict[str, list[Binding]] = {}
        found: list[tuple[str, list[tuple[str, str]]]] = []
        for title, collected in self._collected:
            rows: list[tuple[str, str]] = []
            for bindings, description in collected:
                if action_name(bindings[0]) in MOVES and title != "Everywhere":
                    moving.setdefault(description, []).extend(bindings)
                    continue
                rows.append((keys(bindings), description))
            if title == "Everywhere":
                # The command palette binding is added to the app instance, not its class.
                palette = [b for _k, b in app_bindings(app) if b.action in ("app.command_palette", "command_palette")]
                if palette:
                    rows.append((keys(palette[:1]), "Command palette: the app's commands, themes"))
            if rows:
                found.append((title, _merged(rows)))
        # One row per set of keys: the text's "First paragraph" and a list's "First" are both g/home.
        by_keys: dict[frozenset[str], tuple[str, str]] = {}
        for description, bindings in moving.items():
            shown_keys = keys(bindings)
            token = frozenset(shown_keys.split())
            known_keys, said = by_keys.get(token, (shown_keys, description))
            by_keys[token] = (known_keys, min(said, description, key=len))
        moves = list(by_keys.values())
        found.insert(1, ("Moving, in every pane", moves))
        return found

    @staticmethod
    def _section(title: str, rows: list[tuple[str, str]]) -> Content:
        width = max((len(k) for k, _ in rows), default=0)
        width = min(max(width, 6), 16)
        lines = [Content.styled(title, "bold underline")]
        lines.extend(Content.assemble((f" {k.ljust(width)} ", "bold $accent"), d) for k, d in rows)
        return Content("\n").join(lines) + Content("\n")

    def remap_content(self) -> Content:
        """How to remap a key: the settings file, and every binding id with its key."""
        app = self.app
        ids: dict[str, str] = {}
        for _title, collected in self._collected:
            for bindings, _description in collected:
                for binding in bindings:
                    ids.setdefault(binding.id or "", shown(app.get_key_display(binding)))
        ids.pop("", None)
        listed = "  ·  ".join(f"{ident} {key}" for ident, key in sorted(ids.items()))
        path = shown(str(getattr(app, "settings_path", None) or default_path()))
        return Content.assemble(
            ("Settings: remapping keys\n", "bold underline"),
            ("Give a key's id and the new key in ", "dim"),
            (path, "dim bold"),
            (' — e.g. {"keymap": {"main.export": "x"}}. The ids:\n', "dim"),
            (listed, "dim"),
            ("\n\nMouse: click a pane, an entry or a paragraph; click the left margin to select.", "dim"),
        )

    @property
    def help_text(self) -> str:
        """Everything the screen says, as plain text (for people, and for tests)."""
        parts = [str(static.render()) for static in self.query(Static)]
        return "\n".join(parts)

    def action_scroll(self, where: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        {
            "down": body.scroll_down,
            "up": body.scroll_up,
            "home": body.scroll_home,
            "end": body.scroll_end,
            "page_down": body.scroll_page_down,
            "page_up": body.scroll_page_up,
        }[where]()

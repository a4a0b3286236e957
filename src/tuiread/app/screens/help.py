"""The help screen (? or F1): every key, pane by pane, read from the bindings themselves.

The table is built from each class's ``BINDINGS`` with the user's keymap
applied, so it cannot fall out of date; each row shows the binding id that a
keymap in the settings file can remap.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from tuiread.app.plain import shown
from tuiread.settings import default_path


def help_sections() -> list[tuple[str, list[type[DOMNode]]]]:
    from tuiread.app.app import TuireadApp
    from tuiread.app.dialogs.correct import CorrectQuote
    from tuiread.app.dialogs.export import ExportDialog
    from tuiread.app.dialogs.fixes import FixesScreen
    from tuiread.app.screens.main import MainScreen
    from tuiread.app.widgets.article_view import ArticleView
    from tuiread.app.widgets.outline import OutlineTree
    from tuiread.app.widgets.quotes import QuoteList
    from tuiread.app.widgets.search_bar import SearchBar
    from tuiread.app.widgets.speakers import SpeakersView

    return [
        ("Everywhere", [TuireadApp, MainScreen]),
        ("Article text", [ArticleView]),
        ("Outline", [OutlineTree]),
        ("Quotes", [QuoteList]),
        ("Speakers", [SpeakersView]),
        ("Search bar", [SearchBar]),
        ("Export dialog", [ExportDialog]),
        ("Correcting a quote", [CorrectQuote]),
        ("Cleaning log", [FixesScreen]),
    ]


def collect_bindings(classes: Iterable[type[DOMNode]], keymap: dict[str, str]) -> list[tuple[list[Binding], str]]:
    """Bindings of the classes (keymap applied), grouped by action: ([bindings...], description)."""
    rows: dict[tuple[str, str], list[Binding]] = {}
    for cls in classes:
        bindings = cls._merge_bindings()
        if keymap:
            bindings.apply_keymap(keymap)
        for _key, binding in bindings:
            if binding.system or not binding.description:
                continue
            rows.setdefault((binding.action, binding.description), []).append(binding)
    return [(found, description) for (_action, description), found in rows.items()]


class HelpScreen(ModalScreen[None]):
    """Every key of every pane. Escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("j,down", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", "Scroll up", show=False, id="help.up"),
        Binding("g,home", "scroll('home')", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll('end')", "Bottom", show=False, id="help.bottom"),
        Binding("ctrl+d,pagedown", "scroll('page_down')", "Page down", show=False, id="help.page_down"),
        Binding("ctrl+u,pageup", "scroll('page_up')", "Page up", show=False, id="help.page_up"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "tuiread keys"
            body.border_subtitle = "escape closes"
            yield Static(self.help_content(), id="help-text", markup=False)

    def help_content(self) -> Content:
        app = self.app
        settings = getattr(app, "settings", None)
        keymap: dict[str, str] = dict(settings.keymap) if settings is not None else {}
        lines: list[Content] = [
            Content.assemble(
                ("Read an article, walk its outline and quotes, select and export as Markdown.", "italic"),
            ),
            Content(""),
        ]
        sections = help_sections()
        # The command palette binding is added to the app instance, not its class.
        palette = [b for _k, b in app._bindings if b.action == "app.command_palette" or b.action == "command_palette"]
        for title, classes in sections:
            rows = collect_bindings(classes, keymap)
            if title == "Everywhere" and palette:
                rows.append((palette[:1], "Command palette: the app's commands, themes"))
            lines.append(Content.styled(title, "bold underline"))
            for bindings, description in rows:
                # Remapped keys come from the settings file: shown inert.
                keys = shown(" ".join(dict.fromkeys(app.get_key_display(b) for b in bindings)))
                ident = next((b.id for b in bindings if b.id), "")
                lines.append(
                    Content.assemble(
                        ("  " + keys.ljust(22), "bold $accent"),
                        description.ljust(26),
                        (f" {ident}" if ident else "", "dim"),
                    )
                )
            lines.append(Content(""))
        lines.append(
            Content.styled("Mouse: click a pane, an entry or a paragraph; click the left margin to select.", "dim")
        )
        lines.append(
            Content.assemble(
                ("Remap keys and keep your theme in ", "dim"),
                (shown(str(getattr(app, "settings_path", None) or default_path())), "dim bold"),
                (' — e.g. {"keymap": {"main.export": "x"}}', "dim"),
            )
        )
        return Content("\n").join(lines)

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

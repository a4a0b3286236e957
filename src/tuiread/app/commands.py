"""The command palette's own commands (ctrl+p): go to a section or quote, export, search, themes, repairs.

Section titles, speakers and quotes are article text: they go into the palette
as `Content`, highlighted by hand, never through markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tuiread.app.messages import Target
from tuiread.app.plain import shown

if TYPE_CHECKING:
    from tuiread.app.screens.main import MainScreen

Command = tuple[str, Callable[[], object], str]


def _highlight(text: str, offsets: tuple[int, ...]) -> Content:
    content = Content(text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize("reverse", offset, offset + 1)
    return content


class TuireadCommands(Provider):
    """Commands over the open article."""

    def _main(self) -> MainScreen | None:
        from tuiread.app.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def commands(self) -> list[Command]:
        screen = self._main()
        if screen is None:
            return []
        app = self.app
        found: list[Command] = [
            ("Export selection as Markdown", screen.action_export, "Open the export dialog (e)"),
            ("Search the article", screen.action_search, "Find text as you type (/)"),
            (
                "Toggle repairs highlighting",
                screen.action_toggle_repairs,
                "Mark where quotation marks were repaired (r)",
            ),
            ("Clear selection", lambda: screen.set_selection(type(screen.selection)()), "Unselect everything (escape)"),
            ("Change theme", app.action_change_theme, "Pick one of Textual's themes (remembered)"),
            ("Show keys", app.action_help, "Every key, pane by pane (?)"),
        ]
        article = screen.article
        if article is None:
            return found
        for section in article.sections:
            label = shown(section.title) if section.title is not None else "Lead"
            found.append((f"Go to section: {label}", partial(screen.jump, Target("section", section.index)), ""))
        for quote in article.quotes:
            words = " ".join(quote.text.split())
            words = words if len(words) <= 60 else words[:59] + "…"
            who = shown(quote.speaker) if quote.speaker else "unattributed"
            found.append(
                (f"Go to quote: {who} — “{shown(words)}”", partial(screen.jump, Target("quote", quote.index)), "")
            )
        speakers: list[str] = []
        for quote in article.quotes:
            if quote.speaker and quote.speaker not in speakers:
                speakers.append(quote.speaker)
        for name in speakers:
            indexes = tuple(q.index for q in article.quotes if q.speaker == name)
            found.append((f"Show quotes of {shown(name)}", partial(screen.quote_list.set_filter, name), ""))
            found.append(
                (f"Select quotes of {shown(name)}", partial(screen.select_quotes, indexes), "Add them to the selection")
            )
        return found

    async def discover(self) -> Hits:
        for text, callback, help_text in self.commands():
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self.commands():
            score, offsets = matcher.fuzzy_search.match(query, text)
            if score > 0:
                yield Hit(score, _highlight(text, offsets), callback, text=text, help=help_text or None)

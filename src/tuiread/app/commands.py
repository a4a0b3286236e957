"""The command palette's own commands (ctrl+p): go to a section or quote, export, search, themes, repairs.

Section titles, speakers and quotes are article text: they go into the palette
as `Content`, highlighted by hand, never through markup.
"""

from __future__ import annotations

import asyncio
import heapq
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

# The palette lists at most this many hits for what is typed, and this many commands before
# anything is typed; matching gives the app a turn every YIELD_EVERY commands.
MAX_HITS = 100
MAX_DISCOVERED = 200
YIELD_EVERY = 200


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
            ("Show what cleaning changed", screen.action_show_fixes, "The fix log and the lines taken out (i)"),
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
        for item in article.reported:
            words = " ".join(item.text.split())
            words = words if len(words) <= 60 else words[:59] + "…"
            who = shown(item.speaker) if item.speaker else "unattributed"
            # Paraphrase, not anyone's words: no quotation marks, as in the quotes pane.
            target = Target("reported", item.index)
            found.append((f"Go to reported speech: {who} ≈ {shown(words)}", partial(screen.jump, target), ""))
        for name in article.speaker_names():
            indexes = tuple(q.index for q in article.quotes if q.speaker == name)
            if not indexes:
                continue  # (someone the speakers table holds for reported speech alone)
            found.append((f"Show quotes of {shown(name)}", partial(screen.quote_list.set_filter, name), ""))
            found.append(
                (f"Select quotes of {shown(name)}", partial(screen.select_quotes, indexes), "Add them to the selection")
            )
        return found

    async def discover(self) -> Hits:
        for i, (text, callback, help_text) in enumerate(self.commands()):
            if i == MAX_DISCOVERED:
                break  # the palette opens at once on any article; typing finds the rest
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text or None)

    async def search(self, query: str) -> Hits:
        """The best MAX_HITS commands for ``query``.

        A long article has tens of thousands of commands (a 20 MB one, 40,000 quotes): matching
        them all in one go, and listing every hit, froze the app for seconds at every key typed
        in the palette. So the event loop gets a turn every YIELD_EVERY commands (a key typed
        meanwhile cancels this search and starts the next), and only the best hits are listed.
        """
        matcher = self.matcher(query)
        best: list[tuple[float, int, str, tuple[int, ...], Callable[[], object], str]] = []
        for i, (text, callback, help_text) in enumerate(self.commands()):
            if i % YIELD_EVERY == YIELD_EVERY - 1:
                await asyncio.sleep(0)
            score, offsets = matcher.fuzzy_search.match(query, text)
            if score <= 0:
                continue
            # Ties keep the article's order: the earlier command (smaller i) ranks first.
            entry = (score, -i, text, tuple(offsets), callback, help_text)
            if len(best) < MAX_HITS:
                heapq.heappush(best, entry)  # type: ignore[misc]
            elif entry[:2] > best[0][:2]:
                heapq.heapreplace(best, entry)  # type: ignore[misc]
        for score, _order, text, offsets, callback, help_text in sorted(best, key=lambda e: e[:2], reverse=True):
            yield Hit(score, _highlight(text, offsets), callback, text=text, help=help_text or None)

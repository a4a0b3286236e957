"""The keymap's home: every key binding the app has, by id, and the help's sections of them.

The ids are gathered from the classes that declare bindings, so the list cannot fall behind them;
a keymap naming an id that is not here gets a warning that names it (a typo would otherwise
leave the key as it was without a word). The help screen (`tuiread.app.screens.help`) shows the
sections listed here, each with its classes' bindings.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from textual.binding import Binding
from textual.dom import DOMNode

from tuiread.app.compat import merged_bindings

# Sections shown only when the app is a library's.
LIBRARY_SECTIONS = frozenset({"Library", "A person's quotes"})

# Moving is the same in every pane: listed once, not under each.
MOVES = frozenset({"cursor_down", "cursor_up", "first", "last", "half_page", "page", "scroll_home", "scroll_end"})

# A section's bindings: each row's bindings (one action) and its description.
_Rows = list[tuple[list[Binding], str]]


def help_sections(*, library: bool = True) -> list[tuple[str, list[type[DOMNode]]]]:
    """The help's sections and the classes whose keys each lists; ``library``: with the library's
    (whose modules an app of one article need not load to show its help)."""
    # Imported here: the app imports this module.
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

    sections: list[tuple[str, list[type[DOMNode]]]] = [
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
    if library:
        from tuiread.app.screens.library import LibraryScreen
        from tuiread.app.screens.person_quotes import PersonQuotesScreen
        from tuiread.app.widgets.library_tables import LibraryTable

        sections += [("Library", [LibraryScreen, LibraryTable]), ("A person's quotes", [PersonQuotesScreen])]
    return sections


def bound_classes() -> list[type]:
    """Every class that declares key bindings: the help's sections, and the dialogs and screens it leaves out."""
    # Imported here: the app imports this module.
    from tuiread.app.dialogs.confirm import ConfirmOverwrite
    from tuiread.app.screens.help import HelpScreen

    return [cls for _title, classes in help_sections() for cls in classes] + [ConfirmOverwrite, HelpScreen]


@cache
def binding_ids() -> frozenset[str]:
    """The id of every binding of tuiread's own (Textual's stock bindings have none)."""
    ids: set[str] = set()
    for cls in bound_classes():
        for klass in cls.__mro__:
            for binding in klass.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding) and binding.id:
                    ids.add(binding.id)
    return frozenset(ids)


def unknown_ids(keymap: Iterable[str]) -> list[str]:
    """The ids in a keymap that no binding has, in the keymap's order."""
    known = binding_ids()
    return [binding_id for binding_id in keymap if binding_id not in known]


def action_name(binding: Binding) -> str:
    """A binding's action without its arguments ("half_page(1)": "half_page")."""
    return binding.action.split("(", 1)[0]


def collect_bindings(classes: Iterable[type[DOMNode]], keymap: dict[str, str]) -> _Rows:
    """tuiread's own bindings of the classes (keymap applied; those with an id: Textual's stock keys,
    such as a text field's editing keys, are Textual's to document), grouped by action:
    ([bindings...], description)."""
    rows: dict[tuple[str, str], list[Binding]] = {}
    for cls in classes:
        bindings = merged_bindings(cls)
        if keymap:
            bindings.apply_keymap(keymap)
        for _key, binding in bindings:
            if binding.system or not binding.description or not binding.id:
                continue
            rows.setdefault((binding.action, binding.description), []).append(binding)
    return [(found, description) for (_action, description), found in rows.items()]


@lru_cache(maxsize=8)
def collected_sections(keymap: tuple[tuple[str, str], ...], library: bool) -> list[tuple[str, _Rows]]:
    """Each help section's bindings with ``keymap`` applied: gathered once per keymap, not at every
    opening of the help (a fifth of its time)."""
    return [(title, collect_bindings(classes, dict(keymap))) for title, classes in help_sections(library=library)]

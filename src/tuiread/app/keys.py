"""Every key binding the app has, by id: what a keymap in the settings may remap.

The ids are gathered from the classes that declare bindings, so the list cannot fall behind them;
a keymap naming an id that is not here gets a warning that names it (a typo would otherwise
leave the key as it was without a word).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from textual.binding import Binding


def bound_classes() -> list[type]:
    """Every class that declares key bindings: the help's sections, and the dialogs and screens it leaves out."""
    # Imported here: the app imports this module.
    from tuiread.app.dialogs.confirm import ConfirmOverwrite
    from tuiread.app.screens.help import HelpScreen, help_sections

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

"""Screens the library keeps between uses (its reader, a person's quotes), and builds ahead.

A screen pushed for the first time is composed, mounted, styled, laid out and drawn in the frame
that shows it; its widgets then take their sizes and draw again. A kept screen skips all that the
next time: it only shows its next content (`push_kept`). `build_ahead` does the first time's work
while the library is idle, off-screen, so even the first article opened shows as a kept one does.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.screen import Screen

from tuiread.app import compat

if TYPE_CHECKING:
    from textual.app import App
    from textual.geometry import Size

KeptT = TypeVar("KeptT", bound=Screen)  # a screen `push_kept` keeps between uses

READER = "reader"  # the name the library's reader screen is installed under
PERSON_QUOTES = "person-quotes"  # the name a person's quotes screen is installed under


def push_kept(
    app: App[Any],
    name: str,
    kind: type[KeptT],
    build: Callable[[], KeptT],
    refill: Callable[[KeptT], None],
    keep: bool = True,
) -> None:
    """Push the screen kept (installed) under ``name``, ``refill``ed with what it shows next; or a new
    one from ``build`` where none is kept, the kept one is on the stack already, or ``keep`` is False
    (then the new one is not kept either). A kept screen shows its next content in its first frame,
    where a new one is composed, styled and drawn each time."""
    screen = app.get_screen(name) if app.is_screen_installed(name) else None
    if not isinstance(screen, kind) or not keep or screen in app.screen_stack:
        screen = build()
        if keep and not app.is_screen_installed(name):
            app.install_screen(screen, name)
    else:
        refill(screen)
    app.push_screen(screen)


async def build_ahead(app: App[Any], name: str, screen: Screen[Any]) -> bool:
    """Compose, mount and lay out ``screen`` while another shows, then keep it under ``name`` for
    `push_kept`. False (and the screen let go) if one was kept under that name meanwhile: the user
    opened one before this was ready.

    Kept only once ready, so `push_kept` never refills a screen whose widgets are still mounting.
    """
    if app.is_screen_installed(name):
        return False
    await compat.start_screen(app, screen)
    if app.is_screen_installed(name):
        await screen.remove()
        return False
    await lay_out_kept(screen, app.size)
    if app.is_screen_installed(name):
        await screen.remove()
        return False
    app.install_screen(screen, name)
    return True


# Layouts of a kept screen in one go at most: its widgets' resize handlers may ask for another,
# which asks for none (a loop of them is not waited out here; the frame that shows it does it).
_LAYOUTS = 3
_HANDLED_WITHIN = 1.0  # seconds


async def lay_out_kept(screen: Screen[Any], size: Size) -> None:
    """Lay out a kept screen (not on show) at the terminal's ``size``: its widgets take their sizes
    and handle their resize now, and the layouts those ask for are done too. In the frame that
    shows a screen laid out at another size, or with a layout asked for since, it would lay out
    again, whole, and draw everything twice (the first person's quotes opened: 2 layouts, 30-40 ms)."""
    for _ in range(_LAYOUTS):
        if screen in screen.app.screen_stack:
            return  # shown meanwhile: laid out as the screen shown is
        compat.lay_out_screen(screen, size)
        await _handled(screen)  # the resize events the layout sent
        if not compat.layout_pending(screen):
            break
    if screen not in screen.app.screen_stack:
        # Drawn once, off-screen: each widget's first draw (its lines and styles cached) is done here,
        # not in the frame that shows it, where only what changed since is drawn again.
        compat.compositor(screen).render_update(full=True)


async def _handled(screen: Screen[Any]) -> None:
    """Until ``screen`` and each of its widgets have handled the messages queued for them now (or a
    second has gone: a widget removed meanwhile never answers)."""
    waits = []
    for node in screen.walk_children(with_self=True):
        done = asyncio.Event()
        node.call_later(done.set)
        waits.append(done.wait())
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.gather(*waits), _HANDLED_WITHIN)

"""Every place tuiread reaches into Textual's private API, in one module.

Textual's public API does not offer these; each is a measured gain or a fix (the reason is next to
it). ``tests/app/test_compat.py`` checks that each still exists in the installed Textual, so an
upgrade that moves one fails there, by name, rather than somewhere in a widget.

Overridden private handlers are listed in ``OVERRIDDEN`` (the override lives with its widget;
the test checks the method it replaces is still there to replace).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from textual.geometry import Size
from textual.widget import AwaitMount, Widget
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual._compositor import Compositor
    from textual.app import App
    from textual.binding import Binding, BindingsMap
    from textual.css.stylesheet import Stylesheet
    from textual.dom import DOMNode
    from textual.message import Message
    from textual.notifications import Notification
    from textual.pilot import Pilot
    from textual.screen import Screen
    from textual.widgets import Footer, OptionList

__all__ = [
    "OVERRIDDEN",
    "FooterKey",
    "app_bindings",
    "compose_context",
    "compositor",
    "copy_footer_key_disabled",
    "footer_bindings_ready",
    "key_bindings",
    "lay_out_screen",
    "layout_pending",
    "mark_footer_bindings_ready",
    "merged_bindings",
    "messages_pending",
    "notifications",
    "option_lines",
    "refresh_options",
    "selector_names",
    "send_as_terminal",
    "set_scroll_height",
    "start_screen",
    "stylesheet_parse_cache",
    "stylesheet_variables",
    "wait_for_screen",
    "watch_frames",
]

# (module, class, method): private handlers tuiread overrides, and why.
OVERRIDDEN: tuple[tuple[str, str, str, str], ...] = (
    # A resume restyled every widget again: after mount (a tenth of the time to first paint), and each
    # time the library's reader shows another article.
    ("textual.screen", "Screen", "_on_screen_resume", "tuiread.app.screens.main.MainScreen"),
    # A paste is the one way escape sequences reach a text field: made inert before it is inserted.
    ("textual.widgets", "Input", "_on_paste", "tuiread.app.widgets.inert_input.InertInput"),
    # The search bar acts on its keys itself, so the keys typed fast after "/" all land in it.
    ("textual.widgets", "Input", "_on_key", "tuiread.app.widgets.search_bar.SearchBar"),
    # A click on a tab says which pane to show; the screen decides (the bar follows the focus).
    ("textual.widgets", "Tabs", "_on_tab_clicked", "tuiread.app.widgets.pane_tabs.PaneTabs"),
    # A Hide that comes after the text is shown again (the loading indicator gone) keeps the focus.
    ("textual.widget", "Widget", "_on_hide", "tuiread.app.widgets.article_view.ArticleView"),
)


def footer_bindings_ready(footer: Footer) -> bool:
    """Whether Textual's footer has had its first bindings (it composes nothing before)."""
    return bool(footer._bindings_ready)


def mark_footer_bindings_ready(footer: Footer) -> None:
    footer._bindings_ready = True


def copy_footer_key_disabled(old: FooterKey, new: FooterKey) -> None:
    """Relabel a footer key in place (the footer is rebuilt otherwise: ~20 ms a focus move)."""
    old._disabled = new._disabled
    old.set_class(new._disabled, "-disabled")


def merged_bindings(cls: type[DOMNode]) -> BindingsMap:
    """A class's bindings with those it inherits (the help lists them from the classes)."""
    return cls._merge_bindings()


def app_bindings(app: App[Any]) -> list[tuple[str, Binding]]:
    """The app instance's own bindings (the command palette's key is added to it, not to its class)."""
    return list(app._bindings)


def key_bindings(node: DOMNode, key: str) -> list[Binding]:
    """The bindings of ``node`` itself for ``key`` (the search bar acts on submit and cancel itself,
    whatever keys they are mapped to)."""
    return list(node._bindings.key_to_bindings.get(key, ()))


def compose_context(widget: Widget) -> AbstractContextManager[None]:
    """The context Textual composes a widget's children in (the footer reads the keys its compose
    would build, from wherever it is asked)."""
    return widget._context()


async def start_screen(app: App[Any], screen: Screen[Any]) -> None:
    """Compose and mount ``screen`` without showing it, as its first push would (the library builds
    its reader ahead). Textual mounts a screen only as it is pushed; `install_screen` keeps one but
    no longer mounts it (whatever its docstring says)."""
    await AwaitMount(screen, app._register(app, screen))


def lay_out_screen(screen: Screen[Any], size: Size) -> None:
    """Lay out a screen that is not shown at ``size``: its widgets take their sizes now (Textual lays
    out only the screen shown, and a screen shown the first time lays out, draws and draws again)."""
    screen._refresh_layout(size)
    # Done: Textual clears this only for the screen shown (its update timer), so a screen laid out
    # off-screen would lay out again, whole, in the frame that first shows it.
    screen._layout_required = False


def layout_pending(screen: Screen[Any]) -> bool:
    """Whether a widget of ``screen`` asked for a layout since the last (a resize handler, a widget
    whose content changed size): the screen shown would lay out again in its next frame."""
    return bool(screen._layout_required or screen._layout_widgets)


def send_as_terminal(app: App[Any], event: Message) -> None:
    """Queue ``event`` as the terminal driver does (tests and benchmarks: keys all at once, as a
    paste or a fast typist sends them, none waited for)."""
    driver = app._driver
    if driver is None:
        raise RuntimeError("the app is not running: no driver to send through")
    driver.send_message(event)


def selector_names(node: DOMNode) -> set[str]:
    """The names a stylesheet's selectors can match ``node`` by (type, id, classes, pseudo-classes)."""
    return set(node._selector_names)


def watch_frames(app: App[Any], seen: Callable[[Screen[Any]], None]) -> None:
    """Call ``seen(screen)`` for every frame the app hands to its terminal, just before it does
    (first-paint benchmarks, and tests of what the first frame holds)."""
    display = app._display

    def watched(screen: Screen[Any], renderable: Any) -> None:
        if renderable is not None:
            seen(screen)
        display(screen, renderable)

    app._display = watched  # type: ignore[method-assign]


async def wait_for_screen(pilot: Pilot[Any]) -> None:
    """Wait until the screen's widgets have no messages left to handle (Pilot's own wait)."""
    await pilot._wait_for_screen()


def messages_pending(node: DOMNode) -> bool:
    """Whether ``node`` has messages queued that it has not handled yet."""
    return not node._message_queue.empty()


def notifications(app: App[Any]) -> list[Notification]:
    """The notifications on show (for tests: Textual has no public reader)."""
    return list(app._notifications)


def compositor(screen: Screen[Any]) -> Compositor:
    """What a screen draws, as the terminal gets it (for tests that read the screen's output)."""
    return screen._compositor


def stylesheet_variables(stylesheet: Stylesheet) -> dict[str, str]:
    """The theme variables the stylesheet was parsed with (part of the style cache's key)."""
    return dict(stylesheet._variables)


def stylesheet_parse_cache(stylesheet: Stylesheet) -> Any:
    """The stylesheet's cache of parsed rules, which the style cache saves and preloads."""
    return stylesheet._parse_cache


def set_scroll_height(widget: Widget, height: int) -> None:
    """Make ``widget`` scroll over ``height`` lines, redrawing it alone.

    `virtual_size` is a reactive that lays the whole screen out again when it changes: the library's
    list, refilled at each pause in a filter, spent most of that key's time laying out a screen whose
    regions had not moved. Only for a widget whose scrollbars never come or go (``overflow-y: scroll``,
    no horizontal scrolling), so nothing around it moves: its scrollbar is told the new height here.
    """
    size = Size(widget.virtual_size.width, height)
    if size == widget.virtual_size:
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)
    widget.refresh()


def option_lines(option_list: OptionList, index: int) -> tuple[int, int] | None:
    """The first line and the number of lines of option ``index`` in the list's content (None while
    the list has not measured it): OptionList keeps them in a private cache."""
    line = option_list._index_to_line.get(index)
    height = option_list._heights.get(index)
    return None if line is None or height is None else (line, height)


def refresh_options(option_list: OptionList, *indexes: int | None) -> None:
    """Redraw only the lines of these options (the whole list if one is not measured yet).

    Textual's OptionList redraws every line when its highlight moves; a highlight moving from one
    option to the next needs those two redrawn (the outline's 44 lines a key against 2)."""
    spans = []
    for index in indexes:
        if index is None:
            continue
        lines = option_lines(option_list, index)
        if lines is None:
            option_list.refresh()
            return
        spans.append(lines)
    for line, height in spans:
        option_list.refresh_lines(line, height)

"""Each way tuiread reaches into Textual's private API still works in the installed Textual.

When one of these fails after a Textual upgrade, the reason is named here: mend it in
``tuiread.app.compat`` (or drop the workaround if Textual now does the job).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from apphelpers import WIDE, make_app, ready

from tuiread.app import compat
from tuiread.app.app import TuireadApp
from tuiread.app.widgets.footer import QuietFooter


@pytest.mark.parametrize(("module", "cls", "method", "ours"), compat.OVERRIDDEN, ids=[o[3] for o in compat.OVERRIDDEN])
def test_each_private_handler_we_override_is_still_there(module: str, cls: str, method: str, ours: str) -> None:
    base = getattr(importlib.import_module(module), cls)
    assert callable(getattr(base, method, None)), f"Textual's {cls} has no {method} any more"
    owner_module, _, owner_name = ours.rpartition(".")
    owner = getattr(importlib.import_module(owner_module), owner_name)
    assert method in owner.__dict__, f"{ours} no longer overrides {method}: drop it from compat.OVERRIDDEN"
    assert issubclass(owner, base)


async def test_each_private_accessor_reads_what_it_says(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        footer = screen.query_one(QuietFooter)
        assert compat.footer_bindings_ready(footer)
        keys = list(footer.query(compat.FooterKey))
        assert keys and all(isinstance(k.description, str) for k in keys)
        compat.copy_footer_key_disabled(keys[0], keys[0])
        assert any(binding.id == "app.quit" for _key, binding in compat.merged_bindings(TuireadApp))
        assert any(binding.action.endswith("command_palette") for _key, binding in compat.app_bindings(app))
        app.notify("a notice")
        await pilot.pause()
        assert [n.message for n in compat.notifications(app)][-1] == "a notice"
        assert compat.compositor(app.screen).render_strips()
        variables = compat.stylesheet_variables(app.stylesheet)
        assert "primary" in variables
        cache = compat.stylesheet_parse_cache(app.stylesheet)
        assert hasattr(cache, "keys") and len(list(cache.keys())) > 0
        assert "ArticleView" in compat.selector_names(screen.text_view)
        assert isinstance(compat.messages_pending(screen.text_view), bool)
        await compat.wait_for_screen(pilot)
        frames: list[object] = []
        compat.watch_frames(app, frames.append)
        screen.refresh()
        await pilot.pause()
        await pilot.pause()
        assert frames and frames[-1] is app.screen
        from textual import events

        compat.send_as_terminal(app, events.Key("2", "2"))
        await pilot.pause()
        await pilot.press("slash")
        bar = screen.query_one("#search")
        assert {b.action for b in compat.key_bindings(bar, "enter")} >= {"submit"}
        with compat.compose_context(footer):
            assert any(isinstance(w, compat.FooterKey) for w in footer.compose())


async def test_a_scroll_height_set_without_a_layout_scrolls_that_far() -> None:
    from textual.app import App, ComposeResult

    from tuiread.app.widgets.row_table import RowTable

    class OneTable(App[None]):
        CSS = "RowTable { overflow-y: scroll; height: 10; }"

        def compose(self) -> ComposeResult:
            yield RowTable()

    app = OneTable()
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(RowTable)
        compat.set_scroll_height(table, 500)
        await pilot.pause()
        assert table.virtual_size.height == 500
        assert table.vertical_scrollbar.window_virtual_size == 500  # the scrollbar knows it too
        table.scroll_end(animate=False, immediate=True)
        assert table.scroll_y == table.max_scroll_y == 500 - table.scrollable_content_region.height


async def test_an_options_lines_are_where_the_list_draws_them() -> None:
    """`refresh_options` redraws an option by these lines: wrong ones would leave a highlight behind."""
    from textual.app import App, ComposeResult

    from tuiread.app.widgets.vim import VimOptionList

    class OneList(App[None]):
        def compose(self) -> ComposeResult:
            yield VimOptionList("one", "two\nlines", "three", "four")

    app = OneList()
    async with app.run_test(size=(30, 10)) as pilot:
        options = app.query_one(VimOptionList)
        await pilot.pause()
        assert [compat.option_lines(options, i) for i in range(4)] == [(0, 1), (1, 2), (3, 1), (4, 1)]
        assert [options.render_line(line).text.strip(" ▊▌▐") for line in (0, 3)] == ["one", "three"]


async def test_a_screen_started_and_laid_out_off_screen_is_ready_before_it_shows() -> None:
    """The library builds its reader ahead so: composed, mounted and laid out, never shown until pushed."""
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import Label, Static

    class Hidden(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Static("ahead", id="ahead")

    class Shown(App[None]):
        def compose(self) -> ComposeResult:
            yield Label("the screen on show")

    app = Shown()
    async with app.run_test(size=(40, 12)) as pilot:
        shown_before = app.screen
        hidden = Hidden()
        await compat.start_screen(app, hidden)
        assert hidden.is_mounted and hidden.query_one("#ahead").is_mounted and hidden not in app.screen_stack
        compat.lay_out_screen(hidden, app.size)
        assert hidden.size == app.size and hidden.query_one("#ahead").size.width == 40
        await pilot.pause()
        hidden.query_one("#ahead").refresh(layout=True)  # (a widget off-screen asks for a layout)
        await pilot.pause()
        assert compat.layout_pending(hidden)
        compat.lay_out_screen(hidden, app.size)
        assert not compat.layout_pending(hidden)
        assert app.screen is shown_before  # nothing of it shown
        app.push_screen(hidden)
        await pilot.pause()
        assert app.screen is hidden and "ahead" in compat.compositor(hidden).render_strips()[0].text

"""Keys (help, completeness, command palette), settings remembered between runs, and starting the app."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from apphelpers import FOUNDING, WIDE, make_app, ready, wait_for
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette

from tuiread.app import launch
from tuiread.app.compat import merged_bindings, notifications
from tuiread.app.dialogs.export import ExportDialog
from tuiread.app.keys import (
    LIBRARY_SECTIONS,
    action_name,
    binding_ids,
    bound_classes,
    collect_bindings,
    help_sections,
)
from tuiread.app.screens.help import HelpScreen
from tuiread.settings import Settings, load_settings, save_settings

# Keys that tmux and many terminals take for themselves: never the only way to do something.
CLASHING = {"ctrl+j", "ctrl+o", "ctrl+s"}


def every_binding_class() -> list[type]:
    return bound_classes()


def test_every_binding_has_a_description_and_an_id() -> None:
    for cls in every_binding_class():
        for binding in cls.__dict__.get("BINDINGS", []):
            assert binding.description, (cls.__name__, binding)
            assert binding.id and "." in binding.id, (cls.__name__, binding)
        # Inherited stock bindings are described too (the footer and help show them).
        for _key, binding in merged_bindings(cls):
            assert binding.system or binding.description, (cls.__name__, binding)


def test_no_action_is_reachable_only_by_a_clashing_key() -> None:
    for cls in every_binding_class():
        keys_by_action: dict[str, set[str]] = {}
        for key, binding in merged_bindings(cls):
            keys_by_action.setdefault(binding.action, set()).add(key)
        for action, keys in keys_by_action.items():
            assert keys - CLASHING, (cls.__name__, action, keys)


def test_binding_ids_are_unique() -> None:
    seen: dict[str, str] = {}
    for cls in every_binding_class():
        for binding in cls.__dict__.get("BINDINGS", []):
            owner = seen.setdefault(binding.id, f"{cls.__name__}.{binding.action}")
            assert owner == f"{cls.__name__}.{binding.action}", binding.id


async def test_the_footer_shows_the_keys_of_the_pane_in_use(tmp_path: Path) -> None:
    """Moving between panes relabels the footer's keys (QuietFooter): they must be what a footer built
    afresh for that pane would show, and the keys seen are the pane's own."""
    from tuiread.app.compat import FooterKey
    from tuiread.app.widgets.footer import QuietFooter

    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        footer = screen.query_one(QuietFooter)

        def shown() -> list[tuple[str, str, bool]]:
            # Keys left over when a pane shows fewer are hidden, not removed: only those on show count.
            keys = [k for k in footer.query(FooterKey) if k.display]
            return [(k.key_display, k.description, k.has_class("-disabled")) for k in keys]

        def afresh() -> list[tuple[str, str, bool]]:
            keys = [k for k in footer.keys_wanted() if isinstance(k, FooterKey)]
            return [(k.key_display, k.description, k.has_class("-disabled")) for k in keys]

        seen = {}
        for pane in ("3", "4", "1", "2", "slash", "escape"):
            await pilot.press(pane)
            await wait_for(pilot, lambda: shown() == afresh(), what=f"the footer's keys after {pane}")
            seen[pane] = [description for _key, description, _off in shown()]
        assert "Filter speaker" in seen["3"] and "Filter speaker" not in seen["2"]
        assert "Cancel search" in seen["slash"] and "Cancel search" not in seen["escape"]


async def test_help_fits_tuireads_keys_on_one_screen_and_leaves_out_textuals_editing_keys(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.pause()
        body = app.screen.query_one("#help-body")
        grid = app.screen.query_one("#help-grid")
        # Every section of keys shows without scrolling (the remap ids follow below them).
        assert grid.region.bottom <= body.region.bottom, (grid.region, body.region)
        text = app.screen.help_text  # type: ignore[attr-defined]
        assert "Delete" not in text and "cursor" not in text.lower()  # a text field's own keys
        assert text.count("Half page down") == 1  # moving: once, not in every pane


async def test_help_lists_every_key(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = help_screen.help_text
        assert "Panes: outline, article, quotes, speakers" in text  # the four pane keys on one row
        for title, classes in help_sections():
            if title in LIBRARY_SECTIONS:
                continue  # a library's keys: in its help, not an article's
            for bindings, description in collect_bindings(classes, {}):
                if description.endswith(" pane"):
                    continue
                assert description.split()[0] in text
                for binding in bindings:
                    assert app.get_key_display(binding) in text, (description, binding.key)
        for words in ("Next quote", "Next match", "Export", "Search", "Select", "Extend down", "Filter speaker"):
            assert words in text
        assert "Command palette" in text and "ctrl+p" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_the_palette_offers_one_theme_command(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Theme" not in titles and "Quit" in titles  # ours, "Change theme", is the one


async def test_command_palette_has_the_apps_own_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)

        async def run_command(query: str, expected: str) -> None:
            """Type ``query`` in the palette, wait for its search (it runs as a task) to list
            ``expected`` first, and run it."""
            await pilot.press("ctrl+p")
            await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), "the command palette")
            await pilot.press(*query)
            commands = app.screen.query_one(CommandList)

            def listed_first() -> bool:
                return commands.option_count > 0 and expected in str(commands.get_option_at_index(0).prompt)

            await wait_for(pilot, listed_first, f"{expected!r} first in the palette")
            await wait_for(pilot, lambda: commands.highlighted == 0, "the first command highlighted")
            await pilot.press("enter")
            await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette), "the palette to close")

        await run_command("contin", "Continuation of the dialogue")
        assert app.screen is screen
        assert screen.text_view.marks.target == screen.article.sections[2].heading  # type: ignore[union-attr]
        # A quote by speaker, from the palette.
        await run_command("sherman some", "Some Russian requests")
        assert screen.text_view.marks.target is not None
        quote = screen.article.quotes[3]  # type: ignore[union-attr]
        assert screen.text_view.marks.target.start == quote.start - 1
        # Export from the palette.
        await run_command("export sel", "Export selection as Markdown")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")


async def test_repairs_highlighting_toggles_and_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        view = screen.text_view
        article = screen.article
        assert article is not None and article.repairs
        repair = article.repairs[0]
        line = view.text_layout.line_of_offset(repair.start)

        def repair_drawn() -> bool:
            under = view.line_background(view.text_layout.paragraph_at_line(line) or -1)
            wanted = view.line_styles.style("repair", under).bgcolor
            return any(s.style is not None and s.style.bgcolor == wanted for s in view._render_line(line, 100))

        assert not repair_drawn()
        await pilot.press("r")
        assert view.highlight_repairs and repair_drawn()
    assert load_settings(tmp_path / "config" / "settings.json").settings.highlight_repairs
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.text_view.highlight_repairs


async def test_theme_and_keymap_come_back_next_time(tmp_path: Path) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    save_settings(Settings(keymap={"main.export": "x", "main.next_quote": "right_square_bracket"}), settings_path)
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")
        assert screen.text_view.marks.target is not None  # the remapped "next quote"
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")  # no longer bound
        await pilot.pause()
        assert app.screen is screen
        app.theme = "nord"
        await pilot.pause()
    saved = json.loads(settings_path.read_text(encoding="utf-8"))
    assert saved["theme"] == "nord"
    assert saved["keymap"] == {"main.export": "x", "main.next_quote": "right_square_bracket"}
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        assert app.theme == "nord"


async def test_help_shows_remapped_keys(tmp_path: Path) -> None:
    save_settings(Settings(keymap={"main.export": "x"}), tmp_path / "config" / "settings.json")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = help_screen.help_text
        export_row = next(line for line in text.splitlines() if line.strip().endswith(" Export"))
        assert export_row.split()[0] == "x"
        assert "main.export x" in text  # the ids, for remapping, with the key now


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"theme": 3, "keymap": {"main.export": 4}}'], ids=["bad", "list", "types"]
)
async def test_a_corrupt_settings_file_is_ignored_with_a_notice(tmp_path: Path, content: str) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(content, encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.article is not None
        assert any(n.severity == "warning" and str(settings_path) in n.message for n in notifications(app))
        assert app.theme == App().theme


async def test_a_corrupt_settings_file_is_never_overwritten_by_a_change(tmp_path: Path) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    settings_path.parent.mkdir(parents=True)
    mine = '{"theme": "nord", "keymap": {"main.export": "x"},,}'  # one comma too many: the user's keymap
    settings_path.write_text(mine, encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        app.theme = "gruvbox"
        await pilot.press("r")  # and the repairs highlighting: two saves
        await wait_for(pilot, lambda: any("Settings not saved" in n.message for n in notifications(app)), "a notice")
    assert settings_path.read_text(encoding="utf-8") == mine
    assert [p.name for p in settings_path.parent.iterdir()] == ["settings.json"]


def test_settings_are_written_atomically(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    save_settings(Settings(theme="nord", keymap={"app.quit": "ctrl+q"}, highlight_repairs=True), path)
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]
    assert load_settings(path).settings == Settings(theme="nord", keymap={"app.quit": "ctrl+q"}, highlight_repairs=True)
    assert load_settings(tmp_path / "missing.json").warning is None


def test_settings_live_in_the_platform_config_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread import settings

    monkeypatch.delenv(settings.CONFIG_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent-config-home")
    if sys.platform.startswith("linux"):
        assert settings.default_path() == Path("/nonexistent-config-home/tuiread/settings.json")


# ---------------------------------------------------------------- starting


def test_a_bad_path_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert launch.run_app(str(tmp_path / "missing.txt")) == 1
    err = capsys.readouterr().err
    assert err == f"tuiread: {tmp_path / 'missing.txt'}: no such file\n"


def test_a_binary_file_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02binary")
    assert launch.run_app(str(binary)) == 1
    assert capsys.readouterr().err.startswith(f"tuiread: {binary}: not a text file")


def test_no_argument_opens_the_bundled_sample() -> None:
    loaded = launch.read_input(None)
    assert loaded.text == FOUNDING.read_text(encoding="utf-8")


def test_stdin_is_read_then_keys_come_from_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """``tuiread -``: the article from stdin; then descriptor 0 is the terminal for Textual's driver."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FOUNDING.read_bytes())))
    loaded = launch.read_input("-")
    assert loaded.name == "<stdin>" and "NATO" in loaded.text
    opened: list[str] = []
    dup2: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "isatty", lambda fd: False)
    monkeypatch.setattr(os, "open", lambda path, flags: opened.append(path) or 99)
    monkeypatch.setattr(os, "dup2", lambda a, b: dup2.append((a, b)))
    monkeypatch.setattr(os, "close", lambda fd: None)
    assert launch.reattach_terminal()
    assert opened == ["/dev/tty"] and dup2 == [(99, 0)]


def test_stdin_without_a_terminal_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FOUNDING.read_bytes())))
    monkeypatch.setattr(launch, "reattach_terminal", lambda: False)
    assert launch.run_app("-") == 1
    assert "no terminal to read keys from" in capsys.readouterr().err


@pytest.mark.skipif(not Path(sys.executable).with_name("tuiread").exists(), reason="tuiread is not installed")
def test_the_installed_command_prints_one_line_for_a_bad_path(tmp_path: Path) -> None:
    tuiread = Path(sys.executable).with_name("tuiread")
    result = subprocess.run([str(tuiread), str(tmp_path / "nope.txt")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == f"tuiread: {tmp_path / 'nope.txt'}: no such file\n"


async def test_an_unknown_theme_in_the_settings_is_named_and_the_default_kept(tmp_path: Path) -> None:
    save_settings(Settings(theme="no-such-theme"), tmp_path / "config" / "settings.json")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        assert app.theme == App().theme
        assert any("Unknown theme 'no-such-theme'" in n.message for n in notifications(app))


def test_every_binding_id_the_docs_name_exists() -> None:
    """The ids in settings.py's docstring and the README's keymap examples are real ones."""
    import re

    import tuiread.settings

    root = Path(__file__).resolve().parents[2]
    documented = set(re.findall(r'"([a-z]+\.[a-z_]+)"', tuiread.settings.__doc__ or ""))
    documented |= set(re.findall(r'"([a-z]+\.[a-z_]+)":', (root / "README.md").read_text(encoding="utf-8")))
    assert {"main.export", "main.next_quote"} <= documented
    assert documented <= binding_ids(), documented - binding_ids()


async def test_an_unknown_binding_id_in_the_keymap_is_named(tmp_path: Path) -> None:
    save_settings(Settings(keymap={"main.exprt": "x", "main.export": "E"}), tmp_path / "config" / "settings.json")
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        warnings = [n.message for n in notifications(app) if n.title == "Unknown key id"]
        assert len(warnings) == 1 and "'main.exprt'" in warnings[0] and "main.export'" not in warnings[0]


def test_a_bindings_action_is_named_without_its_arguments() -> None:
    # The help lists "Half page down" under moving, whatever the half_page action's argument.
    assert action_name(Binding("ctrl+d", "half_page(1)", "Half page down")) == "half_page"
    assert action_name(Binding("j", "cursor_down", "Down")) == "cursor_down"

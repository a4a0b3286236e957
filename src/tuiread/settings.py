"""Settings remembered between runs: the theme, remapped keys, repair highlighting, line width.

Pure persistence, no UI: a small JSON file in the platform's config directory
(``platformdirs``: ``~/.config/tuiread/settings.json`` on Linux), or in
``$TUIREAD_CONFIG_DIR`` when that is set. Written atomically, so a crash
mid-write cannot corrupt it; a corrupt or unreadable file is ignored with a
notice for the user, never a crash.

The keymap maps a binding id (``main.next_quote``, ``main.export``: the help
screen shows every id) to keys, as in Textual's ``App.set_keymap``::

    {"theme": "nord",
     "keymap": {"main.export": "x", "main.next_quote": "right_square_bracket"},
     "highlight_repairs": true, "line_width": 100}

``line_width`` is the longest line the article text is wrapped to (as glow's ``-w``), however wide
the pane; 0 wraps at the pane's edge.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tuiread.files import WriteError, folder_lock, reason, write_atomic
from tuiread.inert import printable

CONFIG_ENV = "TUIREAD_CONFIG_DIR"
# About 15 words: lines much longer than this are hard to follow back to their start.
DEFAULT_LINE_WIDTH = 100
FILENAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    highlight_repairs: bool = False
    line_width: int = DEFAULT_LINE_WIDTH

    def with_theme(self, theme: str) -> Settings:
        return replace(self, theme=theme)

    def with_highlight_repairs(self, on: bool) -> Settings:
        return replace(self, highlight_repairs=on)

    def to_dict(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "keymap": dict(self.keymap),
            "highlight_repairs": self.highlight_repairs,
            "line_width": self.line_width,
        }


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("tuiread", appauthor=False)


def default_path() -> Path:
    return config_dir() / FILENAME


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    warning: str | None = None


def load_settings(path: Path | None = None) -> Loaded:
    """The saved settings, or the defaults with a one-line warning when the file is unusable."""
    path = path or default_path()
    shown = printable(str(path))
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(Settings())
    except (OSError, UnicodeDecodeError) as err:
        return Loaded(Settings(), f"settings not read from {shown}: {reason(err)}; using defaults")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        return Loaded(Settings(), f"settings file {shown} is not valid JSON (line {err.lineno}); using defaults")
    except (ValueError, RecursionError):
        # Valid JSON Python will not read: nesting deeper than the recursion limit, an integer
        # longer than 4300 digits.
        return Loaded(Settings(), f"settings file {shown} is not usable JSON; using defaults")
    if not isinstance(data, dict):
        return Loaded(Settings(), f"settings file {shown} does not hold an object; using defaults")
    problems: list[str] = []
    theme = data.get("theme")
    if theme is not None and not _is_text(theme):
        problems.append("theme")
        theme = None
    keymap_raw = data.get("keymap", {})
    keymap: dict[str, str] = {}
    if isinstance(keymap_raw, dict):
        for key, value in keymap_raw.items():
            if _is_text(key) and _is_text(value) and value.strip():
                keymap[key] = value
            else:
                problems.append(printable(f"keymap.{key}"))
    else:
        problems.append("keymap")
    repairs = data.get("highlight_repairs", False)
    if not isinstance(repairs, bool):
        problems.append("highlight_repairs")
        repairs = False
    line_width = data.get("line_width", DEFAULT_LINE_WIDTH)
    if isinstance(line_width, bool) or not isinstance(line_width, int) or not 0 <= line_width <= 10_000:
        problems.append("line_width")
        line_width = DEFAULT_LINE_WIDTH
    warning = f"settings {shown}: ignored {', '.join(problems)}" if problems else None
    return Loaded(Settings(theme=theme, keymap=keymap, highlight_repairs=repairs, line_width=line_width), warning)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write every setting of ``settings`` into the file (OSError if it cannot be: see `update_settings`)."""
    update_settings(settings.to_dict(), path)


def update_settings(changes: dict[str, Any], path: Path | None = None) -> None:
    """Set these keys in the settings file and leave every other key as it is there.

    Read, changed and written back under a lock on the folder: a key added by hand or by
    another tuiread since this one started (another theme, a remapped key, a ``"$comment"``)
    is kept, and two instances saving at once both get their change in. A file that is there
    but cannot be read as settings is never replaced: OSError says why, and the user's file
    stays for them to mend. The write is atomic (`files.write_atomic`).
    """
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(path.parent):
        data = _current_file(path)
        data.update(changes)
        try:
            write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n", overwrite=True)
        except WriteError as err:
            raise OSError(str(err)) from None


def _current_file(path: Path) -> dict[str, Any]:
    """What the settings file holds now, every key of it ({} when there is none)."""
    shown = printable(str(path))
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        raise OSError(f"{shown} could not be read ({reason(err)}), so it was left as it is") from None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise OSError(f"{shown} is not a settings file tuiread can read, so it was left as it is")
    return data


def _is_text(value: object) -> bool:
    """A string that can be written back: JSON's ``"\\ud800"`` reads as a lone surrogate, which cannot."""
    return isinstance(value, str) and not any("\ud800" <= ch <= "\udfff" for ch in value)

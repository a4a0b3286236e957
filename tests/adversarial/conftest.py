"""Fixtures of the adversarial suite (its helpers are in advhelpers.py)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tmuxterm import Terminal

# -- the app's adversarial tests (test_app_*.py) --------------------------------------------


@pytest.fixture
def open_app(tmp_path: Path) -> object:
    """A function building the app on a source, settings and exports in the test's folder (Textual loads only here)."""
    from apphelpers import SHARED_STYLES

    from tuiread.app.app import TuireadApp
    from tuiread.app.source import ArticleSource

    def build(source: ArticleSource, *, remember: bool = True) -> TuireadApp:
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        app = TuireadApp(
            source,
            settings_path=tmp_path / "config" / "settings.json",
            export_dir=out,
            remember=remember,
            style_cache=SHARED_STYLES,
        )
        app.animation_level = "none"
        return app

    return build


# -- the tests that run the real program in tmux (tmuxterm.py) ------------------------------


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """A private tmux server for the test; killed with everything in it afterwards."""
    from advhelpers import child_environment

    env = child_environment(tmp_path)
    term = Terminal(f"adv-{os.getpid()}-{time.monotonic_ns()}", env)
    try:
        yield term
    finally:
        subprocess.run([*term.base, "kill-server"], capture_output=True, env=env)

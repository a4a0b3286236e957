"""Fixtures of the adversarial suite (its helpers are in advhelpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

# -- the app's adversarial tests (test_app_*.py) --------------------------------------------


@pytest.fixture
def open_app(tmp_path: Path) -> object:
    """A function building the app on a source, settings and exports in the test's folder (Textual loads only here)."""
    from tuiread.app.app import TuireadApp
    from tuiread.app.source import ArticleSource

    def build(source: ArticleSource, *, remember: bool = True) -> TuireadApp:
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        app = TuireadApp(source, settings_path=tmp_path / "config" / "settings.json", export_dir=out, remember=remember)
        app.animation_level = "none"
        return app

    return build

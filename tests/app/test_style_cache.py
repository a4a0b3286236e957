"""The stylesheet parsed at one start is used by the next (style_cache), and only when it can be trusted."""

from __future__ import annotations

import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
import textual.css.stylesheet
from apphelpers import WIDE, make_app, ready

from tuiread.app.style_cache import preload


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each CSS source Textual parses from now on, by where it was read from."""
    parsed: list[str] = []
    real_parse = textual.css.stylesheet.parse

    def parse(scope: str, css: str, read_from: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(f"{read_from[0]}:{read_from[1]}")
        return real_parse(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(textual.css.stylesheet, "parse", parse)
    return parsed


async def screenshot(tmp_path: Path, style_cache: Path | None) -> str:
    """The main screen with the founding sample, as an SVG."""
    app = make_app(tmp_path, remember=False, style_cache=style_cache)
    async with app.run_test(size=WIDE) as pilot:
        await ready(pilot)
        return app.export_screenshot()


async def test_the_next_start_uses_the_stylesheet_parsed_by_this_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "stylesheet.pickle"
    parsed = counting_parses(monkeypatch)
    first = await screenshot(tmp_path, cache)
    assert any(source.endswith("tuiread.tcss:") for source in parsed)
    assert cache.exists(), "the parsed stylesheet is kept when the app closes"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600

    parsed.clear()
    second = await screenshot(tmp_path, cache)
    assert not any(source.endswith("tuiread.tcss:") for source in parsed), parsed
    assert second == first, "the app looks the same with the cached stylesheet"
    assert second == await screenshot(tmp_path, None)


@pytest.mark.parametrize("damage", ["garbage", "other textual", "writable by others"])
async def test_a_cache_that_cannot_be_trusted_is_parsed_afresh_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    cache = tmp_path / "stylesheet.pickle"
    await screenshot(tmp_path, cache)
    if damage == "garbage":
        cache.write_bytes(b"\x80\x05not a pickle at all")
    elif damage == "other textual":
        saved = pickle.loads(cache.read_bytes())
        saved["signature"] = ("another build", *saved["signature"][1:])
        cache.write_bytes(pickle.dumps(saved))
    else:
        os.chmod(cache, 0o666)
    parsed = counting_parses(monkeypatch)

    shown = await screenshot(tmp_path, cache)
    assert any(source.endswith("tuiread.tcss:") for source in parsed)
    assert shown == await screenshot(tmp_path, None)
    app = make_app(tmp_path)
    assert preload(app.stylesheet, cache), "closing the app wrote a usable cache in its place"


async def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert await screenshot(tmp_path, blocked / "stylesheet.pickle") == await screenshot(tmp_path, None)


def test_the_cache_lives_in_the_platform_cache_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread.app import style_cache

    monkeypatch.setenv(style_cache.CACHE_ENV, "/somewhere/else")
    assert style_cache.default_path() == Path("/somewhere/else/stylesheet.pickle")
    monkeypatch.delenv(style_cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "/nonexistent-cache-home")
    if sys.platform.startswith("linux"):
        assert style_cache.default_path() == Path("/nonexistent-cache-home/tuiread/stylesheet.pickle")

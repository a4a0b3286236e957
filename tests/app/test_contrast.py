"""Every speaker's colour can be read on its background in every built-in theme (WCAG AA, 4.5:1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from apphelpers import WIDE, make_app, ready, wait_for
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from tuiread.app.contrast import READABLE, TEXT_TINTS, contrast, speaker_palette, theme_backgrounds

MEASURABLE = sorted(name for name in BUILTIN_THEMES if not name.startswith("ansi"))


def test_contrast_is_wcags() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(0xFF, 0xA6, 0x2B), Color(0xE0, 0xE0, 0xE0)) < 2  # the orange the reader could not read


@pytest.mark.parametrize("name", MEASURABLE)
def test_every_speaker_colour_reads_on_every_background(name: str) -> None:
    theme = BUILTIN_THEMES[name]
    backgrounds = theme_backgrounds(theme)
    assert len(backgrounds) == 2 + len(TEXT_TINTS)  # the text's, the panes', the cursor's and the selection's
    colors = [theme.accent, theme.primary, theme.success, theme.warning, theme.error, theme.secondary]
    palette = speaker_palette(colors, [f"speaker {i}" for i in range(14)], backgrounds, dark=theme.dark)
    for speaker, color in palette.items():
        for background in backgrounds:
            ratio = contrast(Color.parse(color), background)
            assert ratio >= READABLE, f"{name}: {speaker} {color} on {background.hex} is {ratio:.2f}:1"


async def test_the_app_draws_speakers_in_readable_colours_after_a_theme_change(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        app.theme = "textual-light"
        await wait_for(pilot, lambda: app.theme == "textual-light" and screen.palette, "the light theme")
        await pilot.pause()
        backgrounds = theme_backgrounds(app.current_theme)
        for color in screen.palette.values():
            assert min(contrast(Color.parse(color), b) for b in backgrounds) >= READABLE


async def test_a_highlighted_rows_text_reads_on_the_cursor_in_every_theme(tmp_path: Path) -> None:
    """On the quotes pane's highlighted row the speaker's name sat on the cursor's colour (dracula:
    pink on violet, 1:1): whatever is drawn in a side pane reads on what is behind it."""
    app = make_app(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3")
        quotes = screen.quote_list
        for name in MEASURABLE:
            app.theme = name
            await pilot.pause()
            # The options' lines as drawn (the pane's border and its title are the theme's own).
            strips = [quotes.render_line(y) for y in range(quotes.scrollable_content_region.height)]
            for y, strip in enumerate(strips):
                for segment in strip:
                    style = segment.style
                    if (
                        not any(ch.isalnum() for ch in segment.text)
                        or style is None
                        or None in (style.color, style.bgcolor)
                    ):
                        continue  # (text only: a border is no text)
                    fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
                    ratio = contrast(fg, bg)
                    assert ratio >= READABLE, f"{name}, line {y}: {segment.text!r} {fg.hex} on {bg.hex}, {ratio:.2f}:1"


def test_the_text_tints_measured_are_the_ones_the_stylesheet_lays() -> None:
    """The cursor's and the selection's tints in tuiread.tcss, as contrast.TEXT_TINTS measures them."""
    import re

    from tuiread.app import app as app_module

    tcss = (Path(app_module.__file__).parent / "tuiread.tcss").read_text(encoding="utf-8")
    for rule, (variable, share) in zip(("cursor", "selected"), TEXT_TINTS, strict=True):
        m = re.search(rf"ArticleView > \.article-view--{rule} \{{\s*background: \$(\w+) (\d+)%;", tcss)
        assert m is not None, rule
        assert (m.group(1), int(m.group(2)) / 100) == (variable, share)

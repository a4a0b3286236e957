"""A line's marks as Rich styles, blended over the line's background."""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.css.styles import Styles

from tuiread.app.looks import blended_style


def test_a_half_transparent_mark_blends_over_the_line() -> None:
    # A search match's translucent red over a dark line: a dark red, bold.
    styles = Styles()
    styles.background = Color(255, 0, 0, 0.5)
    styles.text_style = "bold"
    style = blended_style(styles, Color(0, 0, 0))
    assert style.bgcolor is not None and style.bgcolor.triplet == (127, 0, 0)
    assert style.bold and style.color is None


def test_a_mark_without_colours_keeps_the_lines() -> None:
    styles = Styles()
    styles.text_style = "underline"
    assert blended_style(styles, Color(10, 10, 10)) == Style(underline=True)
    styles.color = Color(0, 0, 255)
    assert blended_style(styles, Color(10, 10, 10)).color.triplet == (0, 0, 255)  # type: ignore[union-attr]

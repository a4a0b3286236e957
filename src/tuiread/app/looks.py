"""How a line of the article view looks: a component's style as a Rich style, blended over the
line's own background (a cursor's or a selection's colour under a quote's keeps showing)."""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.css.styles import StylesBase


def blended_style(styles: StylesBase, back: Color) -> Style:
    """``styles``' background, colour and text style as a Rich style, the colours blended over ``back``
    (a component class without its own background or colour leaves the line's)."""
    style = Style()
    if styles.has_rule("background") and styles.background.a > 0:
        style += Style(bgcolor=(back + styles.background).rich_color)
    if styles.has_rule("color") and styles.color.a > 0:
        style += Style(color=(back + styles.color).rich_color)
    style += styles.text_style
    return style

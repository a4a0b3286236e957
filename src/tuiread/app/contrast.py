"""Colours that can be read: WCAG contrast, and a theme colour moved until it reaches it.

Speakers' quotes are drawn in the theme's accent, primary, success… colours, and some of those sit
too close to the theme's own background (textual-light's orange on light grey is 1.5:1). Each is
lightened on a dark theme, darkened on a light one, until it reaches WCAG AA's 4.5:1 against every
background it is drawn on.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.color import Color

# WCAG 2 level AA for body text.
READABLE = 4.5
_STEP = 0.04


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: Color) -> float:
    """WCAG relative luminance (0 black … 1 white)."""
    return 0.2126 * _channel(color.r) + 0.7152 * _channel(color.g) + 0.0722 * _channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = luminance(a), luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


def readable(color: Color, backgrounds: Sequence[Color], *, dark: bool) -> Color:
    """``color``, lightened (dark theme) or darkened (light theme) just enough to read on every background."""
    if not backgrounds:
        return color
    for _ in range(int(1 / _STEP) + 1):
        if min(contrast(color, b) for b in backgrounds) >= READABLE:
            return color
        color = color.lighten(_STEP) if dark else color.darken(_STEP)
    return Color(255, 255, 255) if dark else Color(0, 0, 0)

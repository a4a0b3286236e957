"""Colours that can be read: WCAG contrast, and a theme colour moved until it reaches it.

Speakers' quotes are drawn in the theme's accent, primary, success… colours, and some of those sit
too close to the theme's own background (textual-light's orange on light grey is 1.5:1). Each is
lightened on a dark theme, darkened on a light one, until it reaches WCAG AA's 4.5:1 against every
background it is drawn on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.color import Color
from textual.theme import Theme

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


def speaker_palette(
    theme_colors: Iterable[str | None],
    speakers: list[str],
    backgrounds: Sequence[Color] = (),
    *,
    dark: bool = True,
) -> dict[str, str]:
    """A colour for each speaker, in order of appearance, from the theme's colours; each readable
    (WCAG AA) on every one of ``backgrounds``."""
    base = [Color.parse(c) for c in theme_colors if c]
    if not base:
        base = [Color.parse("ansi_bright_cyan")]
    colors: list[str] = []
    for i in range(len(speakers)):
        color = base[i % len(base)]
        round_ = i // len(base)
        if round_:
            color = color.lighten(0.15 * round_) if round_ % 2 else color.darken(0.15 * round_)
        if color.ansi is None:  # an ANSI colour is the terminal's to choose: nothing to measure
            color = readable(color, backgrounds, dark=dark)
        colors.append(color.hex)
    return dict(zip(speakers, colors, strict=True))


def theme_palette(theme: Theme, speakers: list[str]) -> dict[str, str]:
    """A readable colour for each speaker in ``theme``: its accent, primary, success… colours in turn."""
    colors = [theme.accent, theme.primary, theme.success, theme.warning, theme.error, theme.secondary]
    return speaker_palette(colors, speakers, theme_backgrounds(theme), dark=theme.dark)


# The tints tuiread.tcss lays over the text for the paragraph under the cursor and the selection
# ("ArticleView > .article-view--cursor", "--selected"): speakers' quotes are drawn on them too.
TEXT_TINTS = (("primary", 0.14), ("accent", 0.22))


def theme_backgrounds(theme: Theme) -> list[Color]:
    """The backgrounds speakers' colours are drawn on: the text's, the side panes', and the text's
    under the cursor and the selection (none for ANSI themes)."""
    variables = theme.to_color_system().generate()
    found = []
    for name in ("background", "surface"):
        try:
            color = Color.parse(variables[name])
        except (KeyError, ValueError):
            continue
        if color.ansi is None and color.a > 0:
            found.append(color)
    if found:
        for name, share in TEXT_TINTS:
            try:
                tint = Color.parse(variables[name])
            except (KeyError, ValueError):
                continue
            if tint.ansi is None:
                found.append(found[0].blend(tint, share))
    return found

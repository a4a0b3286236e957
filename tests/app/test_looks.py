"""A line's marks as Rich styles, blended over the line's background."""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.css.styles import Styles

from tuiread.app.looks import LineStyles, blended_style


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


class Sheet:
    """Component styles by name, as a widget gives them, and how often they were asked for."""

    def __init__(self) -> None:
        self.styles: dict[str, Styles] = {"quote": Styles(), "cursor": Styles(), "selected": Styles()}
        self.styles["quote"].color = Color(255, 200, 0)
        self.styles["cursor"].background = Color(255, 255, 255, 0.2)
        self.styles["selected"].background = Color(0, 0, 255, 0.5)
        self.asked = 0

    def __call__(self, name: str) -> Styles:
        self.asked += 1
        return self.styles[name]


def line_styles(sheet: Sheet) -> LineStyles:
    return LineStyles(sheet, lambda: (Style(color="white"), Color(0, 0, 0)), sheet.styles)


def test_a_components_style_is_made_once_for_each_background() -> None:
    sheet = Sheet()
    styles = line_styles(sheet)
    quote = styles.style("quote")
    assert quote.color is not None and quote.color.triplet == (255, 200, 0)
    assert styles.style("quote") is quote and sheet.asked == 1
    # Over the cursor's tint: a style of its own, kept too.
    under = styles.background("selected", "cursor")
    assert under.rgb == (51, 51, 152)  # blue at half, then white at a fifth, over black
    assert styles.style("quote", under) is styles.style("quote", under)


def test_a_restyle_drops_the_styles_only_when_what_they_are_made_of_changed() -> None:
    sheet = Sheet()
    styles = line_styles(sheet)
    assert not styles.changed()  # never restyled
    styles.restyled()
    assert styles.changed()  # the first look at the sheet
    quote = styles.style("quote")
    styles.restyled()
    assert not styles.changed() and styles.style("quote") is quote  # a focus move: nothing changed
    sheet.styles["quote"].color = Color(0, 128, 0)
    styles.restyled()
    assert styles.changed()
    assert styles.style("quote").color.triplet == (0, 128, 0)  # type: ignore[union-attr]

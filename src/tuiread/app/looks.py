"""How a line of the article view looks: a component's style as a Rich style, blended over the
line's own background (a cursor's or a selection's colour under a quote's keeps showing)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.style import Style
from textual.color import Color
from textual.css.styles import StylesBase

# The article view's component classes (``article-view--NAME``): its blocks, the marks on its lines
# (`tuiread.text_marks.TextMarks.layers`), the cursor's and picked paragraphs' tints, the placeholder.
ARTICLE_COMPONENTS = (
    *("title", "byline", "dateline", "heading", "quote", "mention", "repair"),
    *("cursor", "cursor-blurred", "selected", "gutter", "match", "match-current", "target"),
    *("evidence-mention", "evidence-cue", "evidence-named", "placeholder"),
)


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


class LineStyles:
    """A widget's component styles as Rich styles, each blended over a line's background, kept until
    what they are made of changes (the article view's lines are built from them, many per line).

    ``component`` gives a component class's styles by name, ``own`` the widget's own style and
    background; tests give it styles of their own, without an app.
    """

    def __init__(
        self, component: Callable[[str], StylesBase], own: Callable[[], tuple[Style, Color]], names: Iterable[str]
    ) -> None:
        self._component = component
        self._own = own
        self._names = sorted(names)
        self._base: tuple[Style, Color] | None = None
        self._restyled = False
        self._looks: tuple[object, ...] = ()
        self._styles: dict[tuple[str, Color], Style] = {}

    @property
    def base(self) -> tuple[Style, Color]:
        """The widget's own style and background, worked out once per redraw (they look up every ancestor)."""
        if self._base is None:
            self._base = self._own()
        return self._base

    def forget_base(self) -> None:
        self._base = None

    def restyled(self) -> None:
        """The widget was restyled: whether its lines change is decided at the next `changed`."""
        self._base = None
        self._restyled = True

    def changed(self) -> bool:
        """Whether anything the lines are drawn with changed since the widget was restyled (Textual
        restyles often with nothing changed: every focus move in or out of the pane). The styles made
        before are dropped if so."""
        if not self._restyled:
            return False
        self._restyled = False
        components = (self._component(name) for name in self._names)
        looks = (*self.base, *((c.background, c.color, c.text_style) for c in components))
        if looks == self._looks:
            return False
        self._looks = looks
        self._styles.clear()
        return True

    def style(self, name: str, under: Color | None = None) -> Style:
        """Component ``name``'s style, its colours blended over ``under`` (else the widget's background)."""
        back = under if under is not None else self.base[1]
        key = (name, back)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = blended_style(self._component(name), back)
        return style

    def background(self, *tints: str) -> Color:
        """The widget's background under the backgrounds of components ``tints``, in order."""
        back = self.base[1]
        for name in tints:
            back = back + self._component(name).background
        return back

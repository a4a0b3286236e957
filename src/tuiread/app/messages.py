"""Messages the panes send up to the main screen, which owns the article and the selection.

Widgets never reach into each other: a pane posts what the user asked for
(`JumpRequested`, `SelectRequested`, `SpeakerChosen`), the screen decides and
tells every pane what changed by calling it (``set_selection``, ``show_article``).
"""

from __future__ import annotations

from typing import Literal

from textual.message import Message

from tuiread.model import Article
from tuiread.parser.stages import Stage

# Re-exported: the panes take Target and item_at from here with their messages.
from tuiread.target import Target as Target
from tuiread.target import TargetKind as TargetKind
from tuiread.target import item_at as item_at


class ArticleLoaded(Message):
    """A stage of the parse arrived (from the parse worker): the article every pane shows.

    ``partial``: a long article's text and outline, its quotes still being found; a
    second message with the whole article follows. ``preview``: only the start of a
    very long article; the whole text follows (partial), then its quotes. ``source``: where the
    article came from (the library's reader drops a stage of an article it no longer shows).
    """

    def __init__(
        self, article: Article, partial: bool = False, *, preview: bool = False, source: object = None
    ) -> None:
        super().__init__()
        self.article = article
        self.partial = partial or preview
        self.preview = preview
        self.source = source

    @classmethod
    def of(cls, stage: Stage, source: object = None) -> ArticleLoaded:
        """The message for one stage of the parse (`tuiread.parser.stages`)."""
        return cls(stage.article, partial=stage.kind == "text", preview=stage.kind == "preview", source=source)


class ArticleFailed(Message):
    """The parse worker could not read the input (``message`` is one line for people; ``source``
    as in `ArticleLoaded`)."""

    def __init__(self, message: str, source: object = None) -> None:
        super().__init__()
        self.message = message
        self.source = source


class JumpRequested(Message):
    """Show ``target`` in the article text and highlight it."""

    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target


SelectKind = Literal["paragraphs", "section", "quotes", "reported"]


class SelectRequested(Message):
    """Add (``selected=True``), remove (``False``) or toggle (``None``) paragraphs, a section, quotes
    or reported speech."""

    def __init__(self, kind: SelectKind, indexes: tuple[int, ...], selected: bool | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.indexes = indexes
        self.selected = selected


class SpeakerChosen(Message):
    """Show only this speaker's quotes and reported speech (``None``: everyone's)."""

    def __init__(self, speaker: str | None) -> None:
        super().__init__()
        self.speaker = speaker


class CursorMoved(Message):
    """The paragraph cursor in the article text moved (the screen updates the status line)."""

    def __init__(self, paragraph: int) -> None:
        super().__init__()
        self.paragraph = paragraph


class SearchChanged(Message):
    """The search query changed (``""`` clears the search); ``final`` when the user pressed enter."""

    def __init__(self, query: str, final: bool = False) -> None:
        super().__init__()
        self.query = query
        self.final = final


class SearchClosed(Message):
    """The search bar closed; ``cancelled`` clears the matches."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__()
        self.cancelled = cancelled


class CorrectionRequested(Message):
    """The reader wants to correct quote ``index`` (reassign its speaker, or say it is not a quote)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class UndoCorrectionRequested(Message):
    """Take back the reader's correction of quote ``index``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

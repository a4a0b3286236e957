"""Somewhere in the article to go to (Textual-free: the panes' messages and the text's marks share it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tuiread.model import Article, Quote, Reported

TargetKind = Literal["title", "section", "paragraph", "quote", "reported"]


@dataclass(frozen=True)
class Target:
    """Somewhere in the article to go to: the title, a section, a paragraph, a quote or reported
    speech (by its index in `Article.quotes` or `Article.reported`)."""

    kind: TargetKind
    index: int = 0


def item_at(article: Article, target: Target) -> Quote | Reported | None:
    """The quote or reported speech a target names (None for any other target, or one not there)."""
    if target.kind not in ("quote", "reported"):
        return None
    items = article.quotes if target.kind == "quote" else article.reported
    return items[target.index] if 0 <= target.index < len(items) else None

"""tuiread: read and dissect news articles in a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tuiread.model import Article
    from tuiread.parser import parse

__all__ = ["Article", "__version__", "parse"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Imported on first use: `tuiread --version` and the app's first paint should not wait for
    # the parser's regular expressions and ftfy to load.
    if name == "parse":
        from tuiread.parser import parse

        return parse
    if name == "Article":
        from tuiread.model import Article

        return Article
    raise AttributeError(f"module 'tuiread' has no attribute {name!r}")

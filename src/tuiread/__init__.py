"""tuiread: read and dissect news articles in a terminal."""

from __future__ import annotations

from tuiread.model import Article
from tuiread.parser import parse

__all__ = ["Article", "__version__", "parse"]
__version__ = "0.1.0"

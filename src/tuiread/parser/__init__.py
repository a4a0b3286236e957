"""The shared parser: raw article text to an `Article`.

One direction of flow: load → clean → structure → quotes → Article. Nothing
here imports the UI; the app, the command line and the exporters all read the
`Article` this returns and never parse text themselves.

Loading is cheap to import; the pipeline (ftfy, the quotation rules' regular
expressions) is imported on first use, so a program can open its window or
read its input before paying for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tuiread.parser.load import LoadedText, LoadError, decode, load_path

if TYPE_CHECKING:
    from tuiread.parser.pipeline import (
        clean,
        parse,
        parse_bytes,
        parse_loaded,
        parse_path,
        parse_structure,
        with_quotes,
    )

__all__ = [
    "LoadError",
    "LoadedText",
    "clean",
    "decode",
    "load_path",
    "parse",
    "parse_bytes",
    "parse_loaded",
    "parse_path",
    "parse_structure",
    "with_quotes",
]

_PIPELINE = frozenset({"clean", "parse", "parse_bytes", "parse_loaded", "parse_path", "parse_structure", "with_quotes"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from tuiread.parser import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'tuiread.parser' has no attribute {name!r}")

"""An article as one JSON record (`tuiread parse --format json|jsonl`), safe to print to a terminal.

`record_pieces` gives the one-line record as pieces, item by item, so a writer never holds
the whole record of a long article as a dictionary and a string at once: on an article of
a hundred thousand quotes those two were most of the memory a parse took.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

from tuiread.inert import NOT_TEXT, TERMINAL_CONTROLS
from tuiread.model import Article

# JSON escapes C0 controls itself; these it prints as they are, and a terminal showing the JSON
# would obey them (C1 controls, bidi overrides) or cannot encode them (lone surrogates of a file
# name's undecodable bytes). They only occur inside strings, where \uXXXX means the same.
_JSON_UNSAFE = re.compile(f"[{TERMINAL_CONTROLS}{NOT_TEXT}]")


def _inert(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _file_label(source: str | None) -> str | None:
    """The record names the file, not the folders it came through (an address stays whole)."""
    return source if source in (None, "<stdin>") or "://" in source else os.path.basename(source)


def _value(value: Any) -> str:
    return _inert(json.dumps(value, ensure_ascii=False))


def record_pieces(article: Article) -> Iterator[str]:
    """The record on one line, in pieces: joined, exactly ``json.dumps`` of `record` (made inert)."""
    for n, (key, value) in enumerate(article.record_items()):
        yield ("{" if n == 0 else ", ") + json.dumps(key) + ": "
        if key == "file":
            value = _file_label(value)
        if isinstance(value, Iterator):
            yield "["
            for k, item in enumerate(value):
                yield (", " if k else "") + _value(item)
            yield "]"
        else:
            yield _value(value)
    yield "}"


def record(article: Article) -> dict[str, Any]:
    """The record as a dictionary (``file`` the file's name, not its path)."""
    data = article.to_dict()
    data["file"] = _file_label(data["file"])
    return data


def record_text(article: Article, indent: int | None = None) -> str:
    """The whole record as text: on one line, or indented by ``indent``."""
    if indent is None:
        return "".join(record_pieces(article))
    return _inert(json.dumps(record(article), ensure_ascii=False, indent=indent))


def error_record_text(source: str, error: str) -> str:
    """The record of an input that gave no article (a batch's shards keep one per input):
    ``{"file": …, "error": "the one-line message `tuiread parse` prints"}``."""
    return _value({"file": _file_label(source), "error": error})


def inert_json(value: Any) -> str:
    """``value`` as JSON on one line (UTF-8 as it is), safe to print to a terminal: what the
    library's commands print a line of (`tuiread search --format jsonl`)."""
    return _value(value)

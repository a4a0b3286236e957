"""Where the reader was in each article (paragraph, scroll, quote in hand), to come back there.

One small JSON file in the platform data folder (``places.json`` beside ``corrections/``), keyed
like the corrections by the article's cleaned text, so a copy saved elsewhere opens at the same
place. It is a convenience: a file that cannot be read or written is left alone and the article
opens at its start, without a word.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from tuiread.corrections import data_dir
from tuiread.files import WriteError, folder_lock, write_atomic

FILENAME = "places.json"
# Places of the articles read most recently; older ones are forgotten.
KEPT = 500


@dataclass(frozen=True)
class Place:
    paragraph: int = 0
    top: int = 0  # the first line shown of the text
    quote: int | None = None  # the quote in hand in the quotes list


def at_start(place: Place) -> bool:
    """Where an article opens anyway: nothing to remember or come back to."""
    return place.paragraph == 0 and place.top == 0 and not place.quote


def places_path() -> Path:
    return data_dir() / FILENAME


def _read(path: Path) -> dict[str, dict] | None:
    """The places kept ({} when there is no file yet); None when the file is not one we can read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _int(value: object, default: int | None) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def load_place(key: str, path: Path | None = None) -> Place | None:
    """Where the reader left the article with this key, if anywhere."""
    entry = (_read(path or places_path()) or {}).get(key)
    if not isinstance(entry, dict):
        return None
    return Place(
        paragraph=_int(entry.get("paragraph"), 0) or 0,
        top=_int(entry.get("top"), 0) or 0,
        quote=_int(entry.get("quote"), None),
    )


def save_place(key: str, place: Place, path: Path | None = None) -> None:
    """Remember the place (quietly: a file that cannot be written keeps the old places)."""
    path = path or places_path()
    with contextlib.suppress(OSError, WriteError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with folder_lock(path.parent):
            places = _read(path)
            if places is None:
                return  # not ours to overwrite: a file we cannot read stays as it is
            places[key] = {"paragraph": place.paragraph, "top": place.top, "quote": place.quote, "at": time.time()}
            if len(places) > KEPT:
                recent = sorted(places.items(), key=lambda item: _stamp(item[1]), reverse=True)[:KEPT]
                places = dict(recent)
            write_atomic(path, json.dumps(places, ensure_ascii=False) + "\n", overwrite=True)


def _stamp(entry: object) -> float:
    at = entry.get("at") if isinstance(entry, dict) else None
    return float(at) if isinstance(at, (int, float)) and not isinstance(at, bool) else 0.0

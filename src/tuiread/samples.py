"""The founding sample ships inside the package, so `tuiread` with no argument has an article."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

FOUNDING_SAMPLE = "nato-russia-dialogue.txt"


def founding_sample_path() -> Path:
    resource = files("tuiread.data").joinpath(FOUNDING_SAMPLE)
    with as_file(resource) as path:
        return Path(path)

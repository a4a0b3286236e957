"""Naming a library and bringing its index up to date: what the CLI and a library screen share.

    plan = plan_library(["news/"], index=None)          # LibraryPlan, or LibraryError (one line)
    library = Library.open(plan.index)                  # fast: what was indexed before is there at once
    report = plan.update(library, progress=callback)    # slow: parse what changed (a worker's job)

A library is named by its inputs (folders, files, globs; or JSONL shards with ``from_jsonl``),
by ``--index PATH`` (an index remembers the inputs it was made from), or by neither: then the
index updated last is used.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuiread.inert import printable
from tuiread.library.index import IndexReport, Library, LibraryError, ProgressCallback, jsonl_shards
from tuiread.library.sources import cache_dir, default_index_path, library_files

__all__ = ["LibraryPlan", "last_index", "plan_library"]


@dataclass(frozen=True)
class LibraryPlan:
    """Where a library's index is and what it is made from. ``problems`` are the inputs that gave
    nothing (one line each); ``skipped`` the files of other kinds its folders hold."""

    index: Path
    inputs: tuple[str, ...]
    from_jsonl: bool = False
    markdown: bool = False
    problems: tuple[str, ...] = ()
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def update(
        self, library: Library, progress: ProgressCallback | None = None, *, background: bool = False
    ) -> IndexReport:
        """Parse (or import) what changed since the index was last updated; drop what is gone
        (``background``: parsing at a lower priority, under a screen that must answer keys)."""
        if self.from_jsonl:
            shards, _ = jsonl_shards(self.inputs)
            return library.import_records(shards, inputs=self.inputs, progress=progress)
        files = library_files(self.inputs, markdown=self.markdown).files
        return library.update(files, inputs=self.inputs, progress=progress, background=background)


def plan_library(
    inputs: Sequence[str], index: str | None = None, *, from_jsonl: bool = False, markdown: bool = False
) -> LibraryPlan:
    """The library ``inputs`` (or ``index``, or the last one indexed) name; LibraryError when none."""
    if not inputs:
        return _remembered(Path(index) if index else last_index())
    absolute = tuple(os.path.abspath(i) for i in inputs)
    problems: tuple[str, ...]
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if from_jsonl:
        shards, errors = jsonl_shards(absolute)
        problems, found = tuple(errors), bool(shards)
    else:
        files = library_files(absolute, markdown=markdown)
        problems, skipped, found = files.errors, files.skipped, bool(files.files)
    if not found:
        raise LibraryError(problems[0] if len(problems) == 1 else "; ".join(problems) or "no articles named")
    path = Path(index) if index else default_index_path(absolute)
    return LibraryPlan(path, absolute, from_jsonl, markdown, problems, skipped)


def _remembered(index: Path | None) -> LibraryPlan:
    if index is None:
        raise LibraryError("no library indexed yet: name a folder of articles (tuiread index FOLDER)")
    if not index.is_file():
        raise LibraryError(f"{printable(str(index))}: no such index; name the library's folder to make it")
    with Library.open(index) as library:
        kind, inputs = library.reopen_inputs()
    if not inputs:
        raise LibraryError(f"{printable(str(index))}: the index names no articles; name the library's folder")
    return LibraryPlan(index, tuple(inputs), from_jsonl=kind == "jsonl")


def last_index() -> Path | None:
    """The library index written to last, of those in the cache folder."""
    folder = cache_dir() / "libraries"
    try:
        indexes = [p for p in folder.iterdir() if p.suffix == ".sqlite"]
    except OSError:
        return None
    return max(indexes, key=_last_written, default=None)


def _last_written(index: Path) -> float:
    times = []
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            times.append(Path(f"{index}{suffix}").stat().st_mtime)
    return max(times, default=0.0)

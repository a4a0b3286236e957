"""Which files make a library, and where its index lives.

A folder stands for the article files in it (sorted; hidden files and files of another kind,
such as a README.md beside the articles, skipped): the same rule `tuiread parse FOLDER` reads a
folder by. A glob the shell did not expand (``'news/*.txt'``) is expanded here.

The index of a library lives in the platform's cache folder (``~/.cache/tuiread/libraries`` on
Linux; ``$TUIREAD_CACHE_DIR`` overrides it), named by a hash of the library's inputs (their
absolute paths, sorted): naming the same folder again finds the same index.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuiread.inert import printable

__all__ = [
    "ARTICLE_SUFFIXES",
    "CACHE_ENV",
    "MARKDOWN_SUFFIXES",
    "FolderListing",
    "LibraryFiles",
    "cache_dir",
    "default_index_path",
    "library_files",
    "list_folder",
]

# What a folder's files must be called to be read as articles (a file named on its own is always read).
ARTICLE_SUFFIXES = frozenset({".txt", ".text", "", ".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
CACHE_ENV = "TUIREAD_CACHE_DIR"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class FolderListing:
    """A folder's article files (sorted), the names of the other files skipped, or why it cannot be listed."""

    articles: tuple[str, ...] = ()  # paths: the folder joined with each name
    skipped: tuple[str, ...] = ()
    error: str | None = None


def list_folder(folder: str | os.PathLike[str], *, markdown: bool = False) -> FolderListing:
    """The article files directly in ``folder`` (``.md`` too with ``markdown``), and what was skipped."""
    wanted = ARTICLE_SUFFIXES | (MARKDOWN_SUFFIXES if markdown else frozenset())
    try:
        # scandir, and names sorted as strings: a folder of ten thousand articles is listed
        # without a stat or a Path comparison for each (a library re-opens in well under a second).
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if not e.name.startswith(".") and e.is_file())
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        return FolderListing(error=f"{printable(str(folder))}: cannot list folder ({reason})")
    # Strings, not Paths: ten thousand Path objects take longer to make than the listing.
    return FolderListing(
        articles=tuple(os.path.join(folder, n) for n in names if os.path.splitext(n)[1].lower() in wanted),
        skipped=tuple(n for n in names if os.path.splitext(n)[1].lower() not in wanted),
    )


@dataclass(frozen=True)
class LibraryFiles:
    """The files a library's inputs stand for, what was skipped in its folders, and the inputs
    that gave nothing (one line each: no such file, an empty folder)."""

    files: tuple[str, ...] = ()  # absolute paths
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (folder, names skipped in it)
    errors: tuple[str, ...] = field(default=())


def library_files(inputs: Iterable[str], *, markdown: bool = False) -> LibraryFiles:
    """Folders, files and globs to the article files they stand for, each once, in order."""
    files: dict[str, None] = {}
    skipped: list[tuple[str, tuple[str, ...]]] = []
    errors: list[str] = []
    for given in inputs:
        paths = [given]
        if not os.path.exists(given) and _GLOB_CHARS & set(given):
            paths = sorted(glob.glob(given))
            if not paths:
                errors.append(f"{printable(given)}: no file matches")
                continue
        for path in paths:
            if os.path.isdir(path):
                listing = list_folder(os.path.abspath(path), markdown=markdown)
                if listing.error:
                    errors.append(listing.error)
                    continue
                if listing.skipped:
                    skipped.append((path, listing.skipped))
                if not listing.articles:
                    errors.append(f"{printable(path)}: folder holds no article files")
                files.update(dict.fromkeys(listing.articles))
            elif os.path.isfile(path):
                files[os.path.abspath(path)] = None
            else:
                errors.append(f"{printable(path)}: no such file or folder")
    return LibraryFiles(tuple(files), tuple(skipped), tuple(errors))


def cache_dir() -> Path:
    """tuiread's cache folder: ``$TUIREAD_CACHE_DIR`` or the platform's (``~/.cache/tuiread``)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("tuiread", appauthor=False)


def library_key(inputs: Sequence[str]) -> str:
    """The same inputs, however written (relative, repeated, in another order), give the same key."""
    canonical = sorted({os.path.abspath(i) for i in inputs})
    return hashlib.sha256("\0".join(canonical).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def default_index_path(inputs: Sequence[str]) -> Path:
    """Where the index of the library made of ``inputs`` is kept when no ``--index`` is given."""
    name = Path(os.path.abspath(inputs[0])).name if inputs else "library"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:40] or "library"
    return cache_dir() / "libraries" / f"{safe}-{library_key(inputs)}.sqlite"

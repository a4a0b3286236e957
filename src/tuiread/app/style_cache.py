"""The app's parsed stylesheet, kept between runs.

At every start Textual parses the default CSS of each widget class and
``tuiread.tcss``: about 45 ms, more than a tenth of the time to the first
frame, for a result that only changes when Textual, the CSS or the theme does.
The parsed rules are kept in the platform's cache directory
(``~/.cache/tuiread/stylesheet.pickle`` on Linux, ``$TUIREAD_CACHE_DIR`` when
that is set) and handed to the next start's stylesheet before it parses
anything.

Each cached entry is keyed, as in Textual's own in-memory cache, by the CSS text
it was parsed from, so a changed stylesheet is parsed afresh; the file as a whole
is used only with the same Textual build, the same Python and the same CSS variables
(the theme). A missing, stale or unreadable file costs the parse, nothing else,
and the file is loaded only if it belongs to the user and no one else may write
to it (it is a pickle). This reaches into ``Stylesheet._parse_cache``, a private
attribute: Textual is pinned below 9, and the tests check the rules still come
from the cache.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuiread.app.compat import stylesheet_parse_cache, stylesheet_variables
from tuiread.files import is_private_file, write_atomic

if TYPE_CHECKING:
    from textual.css.stylesheet import Stylesheet

FILENAME = "stylesheet.pickle"
CACHE_ENV = "TUIREAD_CACHE_DIR"


def default_path() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override) / FILENAME
    from platformdirs import user_cache_path

    return user_cache_path("tuiread", appauthor=False) / FILENAME


def signature(stylesheet: Stylesheet) -> tuple[str, ...]:
    """What parsed rules depend on besides their CSS text: Textual's and Python's builds, the variables."""
    return (_textual_build(), sys.version, repr(sorted(stylesheet_variables(stylesheet).items())))


def _textual_build() -> str:
    """Which Textual is installed: where, and the size and time of the modules that make parsed rules.

    (``textual.__version__`` reads the package metadata, which costs more than the parse saved.)
    """
    from textual.css import model, parse, styles

    stats = [os.stat(module.__file__ or "") for module in (model, parse, styles)]
    return repr([model.__file__, *((s.st_size, s.st_mtime_ns) for s in stats)])


def _cached_entries(stylesheet: Stylesheet) -> dict[tuple[Any, ...], Any]:
    cache = stylesheet_parse_cache(stylesheet)
    return {key: cache[key] for key in list(cache.keys())}


def preload(stylesheet: Stylesheet, path: Path) -> frozenset[tuple[Any, ...]]:
    """Fill the stylesheet's parse cache from ``path``; the keys loaded (none if the file is unusable)."""
    if not is_private_file(path):
        return frozenset()
    try:
        with path.open("rb") as handle:
            saved = pickle.load(handle)
        if saved["signature"] != signature(stylesheet):
            return frozenset()
        entries: dict[tuple[Any, ...], Any] = saved["entries"]
        for key, rules in entries.items():
            stylesheet_parse_cache(stylesheet)[key] = rules
    except Exception:  # any damage to the file only means parsing as usual
        return frozenset()
    return frozenset(entries)


def save(stylesheet: Stylesheet, path: Path, loaded: frozenset[tuple[Any, ...]]) -> None:
    """Keep the stylesheet's parsed rules in ``path`` if they differ from those loaded (atomically; errors ignored)."""
    entries = _cached_entries(stylesheet)
    if not entries or frozenset(entries) == loaded:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        blob = pickle.dumps({"signature": signature(stylesheet), "entries": entries}, protocol=pickle.HIGHEST_PROTOCOL)
        # Private: loading a pickle runs what it says (see `tuiread.files.is_private_file`).
        write_atomic(path, blob, overwrite=True, mode=0o600)
    except Exception:  # a cache that cannot be written is only a slower next start
        pass

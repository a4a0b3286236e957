"""Shared fixtures: everything a test reads lives in this repository; a folder that refuses writes.

Also tuiread's modules compiled once, before any test runs (see `pytest_configure`).
"""

from __future__ import annotations

import compileall
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def pytest_configure(config: pytest.Config) -> None:
    """Compile tuiread's modules to bytecode once, in the first pytest process (not in each xdist worker).

    The suite starts a few hundred tuiread processes (the command line, the program in tmux, parse
    and indexing processes). Where PYTHONDONTWRITEBYTECODE is set, as on our CI machines, none of
    them may write the bytecode it compiles, so each compiled tuiread afresh: about a quarter of a
    second of CPU apiece (test_cli.py with test_broken_files.py: 62 s of CPU without, 50 s with).
    Written explicitly here, the bytecode is read by every one of them, as a normal install's is.
    """
    _keep_hypothesis_as_installed(config)
    if hasattr(config, "workerinput"):
        return
    import tuiread

    # quiet=2: a checkout that cannot be written to only misses the saving.
    compileall.compile_dir(Path(tuiread.__file__).parent, quiet=2)


def _keep_hypothesis_as_installed(config: pytest.Config) -> None:
    """Import Hypothesis from its installed bytecode, not rewritten for pytest's assertions.

    pytest rewrites the asserts of every module of a package that ships a pytest plugin, and
    Hypothesis is one: each xdist worker, and the controller for its closing summary, parsed and
    compiled Hypothesis's hundred modules afresh (where PYTHONDONTWRITEBYTECODE is set, the
    rewritten modules are never cached), about 3 s of CPU apiece. Its asserts are its own, not
    ours. Should pytest change how it marks modules, this only stops saving the time.
    """
    hook = getattr(config.pluginmanager, "rewrite_hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if isinstance(marked, set):
        marked.discard("hypothesis")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def founding_path() -> Path:
    return SAMPLES / "nato-russia-dialogue.txt"


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings never come from (or go to) the real config folder, nor the style cache from the real cache."""
    folder = tmp_path / "config"
    monkeypatch.setenv("TUIREAD_CONFIG_DIR", str(folder))
    monkeypatch.setenv("TUIREAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TUIREAD_DATA_DIR", str(tmp_path / "data"))
    return folder


@pytest.fixture
def short_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The staged parse's thresholds (`tuiread.parser.stages`) at a tenth: a 60 KB article gets a
    preview of its start and its text before its quotes, as a 600 KB one does for a user. The stages
    are the same; a test of them need not parse half a megabyte (seconds of CPU apiece)."""
    from tuiread.parser import stages

    monkeypatch.setattr(stages, "PREVIEW_MIN_CHARS", 30_000)
    monkeypatch.setattr(stages, "PREVIEW_CHARS", 4_000)
    monkeypatch.setattr(stages, "PREVIEW_MAX_CHARS", 20_000)
    monkeypatch.setattr(stages, "STAGED_PARSE_CHARS", 10_000)


@pytest.fixture
def read_only_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder nothing can be written into. Root ignores permissions, so for root the refusal is
    simulated where the write starts (creating the temporary file), with the error a read-only folder gives."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    real_mkstemp = tempfile.mkstemp

    def refusing_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        where = kwargs.get("dir")
        if where is not None and Path(str(where)).resolve() == folder.resolve():
            raise PermissionError(13, "Permission denied", str(folder))
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", refusing_mkstemp)
    yield folder

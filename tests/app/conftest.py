"""Fixtures for the app's tests: a private config folder, an export folder, a folder that refuses writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


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

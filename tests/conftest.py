"""Shared fixtures: everything a test reads lives in this repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


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

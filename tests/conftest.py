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

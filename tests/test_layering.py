"""One direction of flow: the parser never loads the UI, and the model never loads the parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def loaded_modules(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "statement",
    ["import tuiread.parser", "from tuiread.parser import parse; parse('Title\\n\\nBody text here.')"],
)
def test_the_parser_loads_nothing_from_textual_or_rich(statement: str) -> None:
    modules = loaded_modules(statement)
    assert "tuiread.parser" in modules
    assert not {m for m in modules if m.split(".")[0] in ("textual", "rich", "tuiread.app")}
    assert not {m for m in modules if m.startswith("tuiread.app")}


def test_the_model_loads_no_parser() -> None:
    modules = loaded_modules("import tuiread.model")
    assert not {m for m in modules if m.startswith("tuiread.parser")}


def test_importing_tuiread_is_cheap_until_parse_is_used() -> None:
    modules = loaded_modules("import tuiread; tuiread.__version__")
    assert "ftfy" not in modules and "tuiread.parser" not in modules
    modules = loaded_modules("import tuiread; tuiread.parse")
    assert "tuiread.parser" in modules


def test_the_parse_process_starts_before_the_interface_loads() -> None:
    """`tuiread ARTICLE` starts the parse through tuiread.app.source before Textual is imported (they
    load side by side); importing it must not pull Textual or the pipeline in."""
    modules = loaded_modules("import tuiread.app.source, tuiread.parser.process")
    assert not {m for m in modules if m.split(".")[0] in ("textual", "rich", "ftfy")}
    assert "tuiread.parser.pipeline" not in modules


def test_a_clean_article_is_parsed_without_ftfy() -> None:
    """ftfy takes a tenth of a second to import; lines with no possible mojibake never need it."""
    modules = loaded_modules("from tuiread.parser import parse; parse('Title\\n\\nA “quote” — read more »')")
    assert "ftfy" not in modules
    modules = loaded_modules("from tuiread.parser import parse; parse('Title\\n\\nCafÃ© society')")
    assert "ftfy" in modules


def test_the_parser_never_loads_the_downloader() -> None:
    """The network lives in tuiread.fetch alone: reading a page parses bytes, it fetches nothing."""
    page = "<html><head><title>T</title></head><body><article>" + "<p>A paragraph of words for the test.</p>" * 4
    read = f"parse_loaded(extract({page!r}, 'page.html'))"
    modules = loaded_modules(
        f"from tuiread.parser import parse_loaded; from tuiread.parser.html import extract; {read}"
    )
    assert "tuiread.parser.html" in modules and "trafilatura" in modules
    assert "tuiread.fetch" not in modules


def test_plain_text_never_loads_trafilatura() -> None:
    sample = Path(__file__).resolve().parents[1] / "samples" / "nato-russia-dialogue.txt"
    modules = loaded_modules(f"from tuiread.parser import parse_path; parse_path({str(sample)!r})")
    assert "trafilatura" not in modules and "tuiread.parser.html" in modules

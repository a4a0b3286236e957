"""One direction of flow: the parser never loads the UI, and the model never loads the parser."""

from __future__ import annotations

import subprocess
import sys

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

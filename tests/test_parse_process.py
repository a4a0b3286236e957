"""The parse process: the same stages as a parse in this process, failures as messages, never a hang."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from apphelpers import FOUNDING, long_article_text

from tuiread.app.source import ArticleSource
from tuiread.model import FixLog
from tuiread.parser.load import LoadedText, load_path
from tuiread.parser.process import ParseFailed, ParseProcess, ParseProcessLost
from tuiread.parser.stages import PREVIEW_MIN_CHARS, parse_in_stages


def start(loaded: LoadedText) -> ParseProcess:
    process = ParseProcess.start(loaded)
    if process is None:
        pytest.skip("one usable core: the app parses in a thread here")
    return process


def long_loaded(chars: int) -> LoadedText:
    return LoadedText(name="long.txt", text=long_article_text(chars), encoding="utf-8", fixes=FixLog())


def test_the_founding_sample_comes_back_whole_and_the_same_with_its_text_first() -> None:
    loaded = load_path(FOUNDING)
    process = start(loaded)
    stages = list(process.stages())
    # The child's first parse compiles the quote patterns: the text comes before, even for a short one.
    assert [s.kind for s in stages] == ["text", "complete"]
    assert stages[0].article.quotes == ()
    assert stages[0].article.text == stages[1].article.text
    here = list(parse_in_stages(loaded))
    assert [s.kind for s in here] == ["complete"]
    assert stages[-1].article == here[0].article
    assert len(stages[-1].article.quotes) == 4


def test_a_long_article_comes_back_in_the_same_stages_as_a_parse_here() -> None:
    loaded = long_loaded(PREVIEW_MIN_CHARS + 20_000)
    process = start(loaded)
    there = list(process.stages())
    here = list(parse_in_stages(loaded))
    assert [s.kind for s in there] == [s.kind for s in here] == ["preview", "text", "complete"]
    for a, b in zip(there, here, strict=True):
        assert a.article == b.article


def test_a_parse_that_fails_comes_back_as_its_message() -> None:
    broken = dataclasses.replace(load_path(FOUNDING), text=None)  # type: ignore[arg-type]
    process = start(broken)
    with pytest.raises(ParseFailed) as err:
        list(process.stages())
    assert str(err.value)  # one line saying why, as a parse in a thread would raise


def test_a_child_that_dies_is_reported_and_the_source_parses_here_instead() -> None:
    loaded = long_loaded(PREVIEW_MIN_CHARS + 20_000)
    process = start(loaded)
    process._process.kill()  # as the out-of-memory killer would
    with pytest.raises(ParseProcessLost):
        list(process.stages())

    source = ArticleSource(loaded=loaded)
    source.start_parse_process()
    if not source.parsing_elsewhere:
        pytest.skip("one usable core")
    stages = source.stages()
    first = next(stages)  # the preview, from the child
    assert first.kind == "preview"
    source._process._process.kill()  # type: ignore[union-attr]
    rest = list(stages)
    # The preview is not sent twice; the whole text and its quotes come from a parse here.
    assert [s.kind for s in rest] == ["text", "complete"]
    assert rest[-1].article == list(parse_in_stages(loaded))[-1].article


def test_stopping_ends_the_child_and_its_stages_quietly() -> None:
    process = start(long_loaded(PREVIEW_MIN_CHARS + 20_000))
    stages = process.stages()
    next(stages)
    process.stop()
    assert process._process.returncode is not None
    assert list(stages) == []


def test_the_child_imports_nothing_from_the_folder_it_was_started_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles are opened from any folder (Downloads); a ``tuiread/`` or ``ftfy.py`` there is not ours."""
    for name in ("tuiread/__init__.py", "ftfy.py", "pickle.py"):
        planted = tmp_path / name
        planted.parent.mkdir(exist_ok=True)
        planted.write_text("raise SystemExit('imported from the current folder')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    loaded = dataclasses.replace(load_path(FOUNDING), text="Ã©tÃ© « mojibake »\n\nHe said: “Fine.”")
    stages = list(start(loaded).stages())
    assert stages[-1].article.text.startswith("été")


def test_the_child_has_ended_once_its_last_stage_is_read() -> None:
    """No zombie process for as long as the app stays open."""
    process = start(load_path(FOUNDING))
    list(process.stages())
    assert process._process.returncode == 0

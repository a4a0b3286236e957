"""`tuiread index`, `tuiread search` and `tuiread quotes`, end to end: output, files, exit codes
and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run, run_in_terminal, visible
from libhelpers import write_articles

from tuiread.cli import main
from tuiread.library import database

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_index_then_search_and_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    write_articles(folder)
    (folder / "README.md").write_text("# not an article\n")
    code, out, err = _main(capsys, "index", str(folder))
    assert code == 0 and out == ""
    assert "skipped 1 file that is not an article" in err
    assert "3 articles in" in err and "(3 parsed" in err

    code, out, err = _main(capsys, "index", str(folder))
    assert code == 0 and "3 unchanged" in err and "0 parsed" in err

    code, out, err = _main(capsys, "search", "haven't heard", str(folder), "--format", "jsonl")
    assert code == 0 and err == ""
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert (hit["kind"], hit["speaker"], hit["title"]) == (
        "quote",
        "Wendy Sherman",
        "Talks end without a deal in Geneva",
    )

    # No library named: the one indexed last.
    code, out, err = _main(capsys, "quotes", "--speaker", "Clement Verdier")
    assert code == 0
    assert "  Clément Verdier, French minister (said): “There will be no more delays on this line,”" in out


def test_quiet_index_says_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_articles(tmp_path / "news")
    assert _main(capsys, "index", str(tmp_path / "news"), "--quiet") == (0, "", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("index", "{tmp}/missing"), "missing: no such file or folder"),
        (("index", "{tmp}/empty"), "empty: folder holds no article files"),
        (("search", "x"), "no library indexed yet"),
        (("quotes", "--index", "{tmp}/none.sqlite"), "none.sqlite: no such index"),
    ],
)
def test_bad_input_is_one_line_and_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = _main(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert code == 1 and out == ""
    assert message in _one_line(err)


def test_a_python_without_fts5_is_told_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "news")
    monkeypatch.setattr(database, "_fts5_missing", lambda: "no such module: fts5")
    code, out, err = _main(capsys, "index", str(tmp_path / "news"))
    assert code == 1 and out == ""
    assert "lacks FTS5" in _one_line(err)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _main(capsys, "search")
    assert code == 2 and "tuiread search --help" in err
    code, _, err = _main(capsys, "quotes", "--format", "html")
    assert code == 2


def test_an_ambiguous_speaker_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_articles(tmp_path / "news")
    code, out, err = _main(capsys, "quotes", "--speaker", "Sherman", str(tmp_path / "news"), "--quiet")
    assert code == 1 and out == ""
    assert "Sherman could be any of 2 people (Wendy Sherman, Brad Sherman)" in _one_line(err)


def test_a_damaged_index_is_rebuilt_and_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_articles(tmp_path / "news")
    index = tmp_path / "lib.sqlite"
    index.write_bytes(b"\x00garbage" * 1000)
    code, _, err = _main(capsys, "index", str(tmp_path / "news"), "--index", str(index))
    assert code == 0
    assert "was damaged" in err and "rebuilt" in err and "3 articles" in err


def test_markdown_export_of_one_persons_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = {
        "geneva.txt": "Talks end without a deal in Geneva\n\nWendy Sherman, the US Deputy Secretary of State, met "
        "Russian officials on Monday.\n\n“We haven’t heard *anything* [new] <b>here</b>,” Sherman said after the "
        "meeting.\n",
        "later.txt": "Talks go on in Brussels\n\nNegotiators met again on Wednesday.\n\n“The door stays open to "
        "all of them,” Wendy Sherman said in Brussels.\n",
    }
    write_articles(tmp_path / "news", articles)
    target = tmp_path / "sherman.md"
    args = ("quotes", "--speaker", "wendy sherman", str(tmp_path / "news"), "--format", "markdown", "-o", str(target))
    code, out, err = _main(capsys, *args)
    assert code == 0 and out == ""
    markdown = target.read_text(encoding="utf-8")
    assert markdown.startswith("# Quotes by Wendy Sherman\n")
    sections = markdown.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections] == ["Talks end without a deal in Geneva", "Talks go on in Brussels"]
    assert "Source: " in sections[0] and "geneva.txt" in sections[0]
    # The article's markup is text: escaped, never emphasis, a link or HTML.
    assert "> “We haven’t heard \\*anything\\* \\[new\\] \\<b\\>here\\</b\\>,”\\\n" in sections[0]
    assert "> — Wendy Sherman (said)" in sections[0]

    code, _, err = _main(capsys, *args)
    assert code == 1 and "already exists" in _one_line(err) and "--force" in err
    assert _main(capsys, *args, "--force")[0] == 0


def test_the_founding_sample_has_two_quotes_by_wendy_sherman(tmp_path: Path) -> None:
    result = run("quotes", "--speaker", "Wendy Sherman", str(SAMPLES), "--index", str(tmp_path / "lib.sqlite"))
    assert result.returncode == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("despite “major differences”, the dialogue remains open")
    assert lines[1:] == [
        "  Wendy Sherman, US Deputy Secretary of State (declared): “I haven’t heard anything new”",
        "  Wendy Sherman, US Deputy Secretary of State (insisted): “Some Russian requests are not even questionable”",
    ]


def test_a_library_from_jsonl_records_is_not_parsed_again(tmp_path: Path) -> None:
    parsed = run("parse", str(SAMPLES), "--format", "jsonl")
    assert parsed.returncode == 0
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "part-0.jsonl").write_bytes(parsed.stdout)
    index = str(tmp_path / "lib.sqlite")
    built = run("index", "--from-jsonl", str(shards), "--index", index)
    assert built.returncode == 0, built.err
    assert "7 articles" in built.err and "7 imported" in built.err
    quotes = run("quotes", "--speaker", "Wendy Sherman", "--index", index, "--format", "jsonl")
    assert quotes.returncode == 0, quotes.err
    records = [json.loads(line) for line in quotes.out.splitlines()]
    assert [r["text"] for r in records] == [
        "I haven’t heard anything new",
        "Some Russian requests are not even questionable",
    ]
    assert {r["path"] for r in records} == {"nato-russia-dialogue.txt"}


def test_index_shows_a_progress_bar_in_a_terminal(tmp_path: Path) -> None:
    write_articles(tmp_path / "news")
    code, received = run_in_terminal("index", str(tmp_path / "news"), "--index", str(tmp_path / "lib.sqlite"))
    assert code == 0
    shown = visible(received)
    assert "indexing" in shown and "3/3" in shown
    assert "3 articles in" in shown

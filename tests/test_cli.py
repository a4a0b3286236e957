"""The installed `tuiread` command, run as a user runs it: a subprocess, its output and exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tuiread

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FOUNDING = SAMPLES / "nato-russia-dialogue.txt"
JSONL_KEYS = {"file", "title", "sections", "quotes", "related", "credits", "fixes"}


def _command() -> str:
    # The console script installed next to this interpreter: what `pip install` gave the user.
    exe = shutil.which("tuiread", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail(f"the tuiread console script is not installed next to {sys.executable}")
    return exe


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")}
    env.update(PYTHONUTF8="1", TERM="dumb", COLUMNS="100")
    proc = subprocess.run(
        [_command(), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def _no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def _jsonl(proc: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.splitlines()]


# ---- the basics -------------------------------------------------------------------------------


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"tuiread {tuiread.__version__}"


def test_help_lists_the_commands() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "usage: tuiread" in proc.stdout
    assert "tuiread parse PATH" in proc.stdout and "export" in proc.stdout


def test_parse_help() -> None:
    proc = run("parse", "--help")
    assert proc.returncode == 0
    assert "--format {text,json,jsonl}" in proc.stdout


# ---- parse --format jsonl / json ------------------------------------------------------------------


def test_jsonl_record_has_the_documented_keys() -> None:
    proc = run("parse", str(FOUNDING), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    (record,) = _jsonl(proc)
    assert record.keys() >= JSONL_KEYS
    assert record["file"] == "nato-russia-dialogue.txt"  # the base name, not the path given
    assert record["title"] == "despite “major differences”, the dialogue remains open"
    assert [s["title"] for s in record["sections"]] == [
        None,
        "No agreement between Russians and NATO",
        "Continuation of the dialogue",
    ]
    for section in record["sections"]:
        assert section["paragraphs"] and all(isinstance(p, str) and p for p in section["paragraphs"])
    assert isinstance(record["quotes"], list)
    for quote in record["quotes"]:
        assert {"text", "speaker", "speaker_mention", "cue"} <= quote.keys()
    assert record["related"] == [
        "► To read also: Wendy Sherman, seasoned American diplomat, at the negotiating table with the Russians"
    ]
    assert record["credits"] == ["(With AFP)"]
    assert record["fixes"]["duplicate-title"] == 1
    assert proc.stdout.count("\n") == 1  # one line per input


def test_jsonl_is_utf8_not_escaped() -> None:
    proc = run("parse", str(SAMPLES / "mojibake-windows-1252.txt"), "--format", "jsonl")
    assert "Montréal’s métro" in proc.stdout
    assert "\\u" not in proc.stdout


def test_json_for_one_path_is_one_object() -> None:
    proc = run("parse", str(FOUNDING), "--format", "json")
    assert proc.returncode == 0
    record = json.loads(proc.stdout)
    assert isinstance(record, dict)
    assert record.keys() >= JSONL_KEYS
    assert record["file"] == "nato-russia-dialogue.txt"


def test_json_for_several_paths_is_an_array_in_order() -> None:
    names = ["machine-translated.txt", "nato-russia-dialogue.txt", "allcaps-nyt-quotes.txt"]
    proc = run("parse", *(str(SAMPLES / n) for n in names), "--format", "json")
    assert proc.returncode == 0
    records = json.loads(proc.stdout)
    assert isinstance(records, list)
    assert [r["file"] for r in records] == names


def test_folder_argument_parses_every_file_in_it(tmp_path: Path) -> None:
    names = ["b-second.txt", "a-first.txt", "c-third.txt"]
    for name, sample in zip(names, ["machine-translated.txt", FOUNDING.name, "hard-wrapped-dateline.txt"], strict=True):
        shutil.copy(SAMPLES / sample, tmp_path / name)
    (tmp_path / ".hidden.txt").write_text("not an article", encoding="utf-8")
    (tmp_path / "subfolder").mkdir()
    proc = run("parse", str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    records = _jsonl(proc)
    assert [r["file"] for r in records] == sorted(names)
    assert records[0]["title"] == "despite “major differences”, the dialogue remains open"


def test_a_folder_skips_what_is_not_an_article_and_says_so(tmp_path: Path) -> None:
    shutil.copy(FOUNDING, tmp_path / "article.txt")
    (tmp_path / "README.md").write_text("# About these articles\n\nThey were saved in May.\n", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    proc = run("parse", str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 0
    assert [r["file"] for r in _jsonl(proc)] == ["article.txt"]
    assert proc.stderr == (
        f"tuiread: skipped 2 files that are not articles (.txt, .html) in {tmp_path}: README.md, notes.json; "
        "--markdown reads .md files too, or name a file to read it\n"
    )
    proc = run("parse", str(tmp_path), "--format", "jsonl", "--markdown")
    assert [r["file"] for r in _jsonl(proc)] == ["README.md", "article.txt"]
    proc = run("parse", str(tmp_path / "README.md"), "--format", "jsonl")  # named: read
    assert proc.returncode == 0 and len(_jsonl(proc)) == 1


def test_a_sub_commands_usage_error_points_to_its_own_help() -> None:
    proc = run("export")
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[-1] == "Try `tuiread export --help`."


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    proc = run("parse", str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip() == f"tuiread: {tmp_path}: folder holds no article files"


def test_stdin_dash() -> None:
    proc = run("parse", "-", "--format", "jsonl", stdin=FOUNDING.read_bytes())
    assert proc.returncode == 0
    (record,) = _jsonl(proc)
    assert record["file"] == "<stdin>"
    assert record["credits"] == ["(With AFP)"]


def test_stdin_windows_1252_bytes() -> None:
    raw = "Café owners “wait”\n\nThe café’s owner said “no.”\n".encode("cp1252")
    proc = run("parse", "-", "--format", "jsonl", stdin=raw)
    assert proc.returncode == 0
    (record,) = _jsonl(proc)
    assert record["title"] == "Café owners “wait”"


# ---- bad input ---------------------------------------------------------------------------------


def test_one_bad_path_among_good_ones(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = run(
        "parse", str(FOUNDING), str(missing), str(SAMPLES / "machine-translated.txt"), str(binary), "--format", "jsonl"
    )
    assert proc.returncode == 1
    _no_traceback(proc)
    # The good ones still print, in order.
    assert [r["file"] for r in _jsonl(proc)] == ["nato-russia-dialogue.txt", "machine-translated.txt"]
    errors = proc.stderr.splitlines()
    assert errors == [
        f"tuiread: {missing}: no such file",
        f"tuiread: {binary}: not a text file (it contains NUL bytes)",
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_only_bad_input_exits_1_with_one_line(tmp_path: Path, fmt: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("parse", str(empty), "--format", fmt)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == f"tuiread: {empty}: is empty\n"


@pytest.mark.parametrize(
    "args",
    [
        ("parse",),  # no path
        ("parse", "x.txt", "--format", "xml"),
        ("parse", "--bogus", "x.txt"),
        ("one.txt", "--index", "library.sqlite"),
    ],
    ids=["no-path", "bad-format", "unknown-option", "an-index-for-one-article"],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    _no_traceback(proc)
    assert proc.stdout == ""
    assert proc.stderr.startswith("tuiread")
    help_of = "tuiread parse" if args[0] == "parse" else "tuiread"  # a sub-command's own help
    assert proc.stderr.endswith(f"Try `{help_of} --help`.\n")


# ---- --format text ------------------------------------------------------------------------------


def test_text_format_shows_the_article() -> None:
    proc = run("parse", str(SAMPLES / "markdown-subheadings.txt"))
    assert proc.returncode == 0
    out = proc.stdout
    assert "Norway's last diesel ferries to retire as battery fleet grows" in out
    assert "How the switch was paid for" in out
    assert "Read more: Battery ferries face their first real test in Arctic ice" in out  # under Related
    assert "\x1b" not in out  # a pipe gets no colour codes


def test_text_format_says_how_each_speaker_was_found() -> None:
    proc = run("parse", str(FOUNDING))
    assert proc.returncode == 0
    assert "“She” → Wendy Sherman: the last one speaking, named in this paragraph" in proc.stdout
    assert "confidence 1.00" in proc.stdout


def test_the_fix_log_counts_in_good_english() -> None:
    from tuiread.model import FIX_LABELS, FIX_LABELS_ONE, Fix

    assert set(FIX_LABELS_ONE) == set(FIX_LABELS)  # every kind has its singular
    assert Fix("duplicate-title", 1).describe() == "1 duplicate title line dropped"
    assert Fix("duplicate-title", 2).describe() == "2 duplicate title lines dropped"
    out = run("parse", str(FOUNDING)).stdout
    assert "  1 duplicate title line dropped\n" in out and "  3 missing quotation marks inserted\n" in out


def test_rich_markup_in_article_text_prints_literally() -> None:
    raw = (
        "A [bold red]warning[/] in the [link=https://example.invalid]title[/link]\n\n"
        "The council's [i]report[/i] said [bold red]x[/] and :smile: were [b]fine[/b], "
        "according to the clerk [1].\n"
    )
    proc = run("parse", "-", stdin=raw.encode("utf-8"))
    assert proc.returncode == 0
    _no_traceback(proc)
    assert "A [bold red]warning[/] in the [link=https://example.invalid]title[/link]" in proc.stdout
    assert "[i]report[/i] said [bold red]x[/] and :smile: were [b]fine[/b]" in proc.stdout
    assert "according to the clerk [1]." in proc.stdout


def test_terminal_escapes_in_an_article_never_reach_the_terminal() -> None:
    raw = b"Title\n\nThe \x1b]0;owned\x07minister \x1b[2Jsaid\x1b[31m so.\n"
    proc = run("parse", "-", stdin=raw)
    assert proc.returncode == 0
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
    assert "The minister said so." in proc.stdout


def test_several_paths_or_a_folder_open_a_library_and_what_names_no_articles_is_one_line(tmp_path: Path) -> None:
    proc = run("one.txt", "two.txt", cwd=tmp_path)
    assert proc.returncode == 1
    _no_traceback(proc)
    assert proc.stderr.startswith("tuiread: ") and proc.stderr.count("\n") == 1
    assert "one.txt" in proc.stderr
    # A folder of articles is a library: here with no terminal to draw on, which it says in one line.
    proc = run(str(SAMPLES), cwd=tmp_path)
    assert proc.returncode == 1
    _no_traceback(proc)
    assert proc.stderr.startswith("tuiread: ") and "terminal" in proc.stderr

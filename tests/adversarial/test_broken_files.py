"""Broken input and broken output for `tuiread parse` and `tuiread export`.

Each broken input costs one line on stderr naming it, the other inputs are still
printed, the exit code is 1, and there is never a traceback and never a hang.
Output that cannot be written is one line too; a reader that goes away (`| head`) is
no error at all.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from pathlib import Path

import pytest
from brokenfiles import ARTICLE, ARTICLE_BYTES, BROKEN
from clirun import TIMEOUT, Result, clean_env, command, run

from tuiread import cli


def _good(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_bytes(ARTICLE_BYTES)
    return path


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_each_broken_input_among_good_ones_is_one_line_and_the_rest_still_prints(tmp_path: Path, fmt: str) -> None:
    # All of them in one run, between good ones: one bad input must not stop or hide the next.
    broken = {kind: make(tmp_path) for kind, make in BROKEN.items()}
    args = [str(_good(tmp_path, "first.txt"))]
    for i, (path, _) in enumerate(broken.values()):
        args += [str(path), str(_good(tmp_path, f"good-{i:02d}.txt"))]
    result = run("parse", *args, "--format", fmt)
    assert result.returncode == 1
    result.assert_no_traceback()
    lines = result.err.splitlines()
    assert len(lines) == len(broken), result.err
    for line, (kind, (path, reason)) in zip(lines, broken.items(), strict=True):
        assert line.startswith(f"tuiread: {path}: ") and reason in line, (kind, line)
    expected = ["first.txt", *(f"good-{i:02d}.txt" for i in range(len(broken)))]
    if fmt == "jsonl":
        assert [json.loads(line)["file"] for line in result.out.splitlines()] == expected
    else:
        assert result.out.count("A title for the good article") == len(expected)


@pytest.mark.parametrize("kind", ["nul-bytes", "fifo"])
def test_export_of_a_broken_input_is_one_line(tmp_path: Path, kind: str) -> None:
    broken, reason = BROKEN[kind](tmp_path)
    result = run("export", str(broken))
    assert result.returncode == 1
    result.assert_no_traceback()
    assert result.out == ""
    assert result.err == f"tuiread: {broken}: {result.err.split(': ', 2)[2]}"
    assert reason in result.err and result.err.count("\n") == 1


def _in_process(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_file_that_disappears_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        _good(folder, name)
    real_open = os.open

    def vanishing_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        # The folder was listed and b.txt stat()ed; then someone deleted it.
        if Path(path).name == "b.txt":
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", vanishing_open)
    code, out, err = _in_process(["parse", str(folder), "--format", "jsonl"], capsys)
    assert code == 1
    assert err == f"tuiread: {folder / 'b.txt'}: no such file (it disappeared while being read)\n"
    assert [json.loads(line)["file"] for line in out.splitlines()] == ["a.txt", "c.txt"]


@pytest.mark.parametrize(
    "error",
    [
        PermissionError(errno.EACCES, "Permission denied"),
        IsADirectoryError(errno.EISDIR, "Is a directory"),
        OSError(errno.EIO, "Input/output error"),
    ],
    ids=["unreadable", "became-a-folder", "io-error"],
)
def test_a_file_that_cannot_be_opened_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], error: OSError
) -> None:
    # Root reads any file whatever its mode, so the refusal is simulated where it happens: at open.
    good, bad = _good(tmp_path, "good.txt"), _good(tmp_path, "bad.txt")
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        if Path(path) == bad:
            raise error
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing_open)
    code, out, err = _in_process(["parse", str(bad), str(good)], capsys)
    assert code == 1
    assert err.startswith(f"tuiread: {bad}: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert "A title for the good article" in out


def test_a_folder_that_cannot_be_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    _good(folder)
    real_iterdir, real_scandir = Path.iterdir, os.scandir

    def refusing_iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    def refusing_scandir(path: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    # Either way of listing a folder is refused (the folder listing reads it with os.scandir).
    monkeypatch.setattr(Path, "iterdir", refusing_iterdir)
    monkeypatch.setattr(os, "scandir", refusing_scandir)
    code, out, err = _in_process(["parse", str(folder), str(_good(tmp_path))], capsys)
    assert code == 1
    assert err == f"tuiread: {folder}: cannot list folder (permission denied)\n"
    assert "A title for the good article" in out


# ---- standard input and output ----------------------------------------------------------------------


def test_stdin_at_end_of_file() -> None:
    result = run("parse", "-", stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert result.err == "tuiread: <stdin>: is empty\n"


def _close_stdin() -> None:
    os.close(0)


@pytest.mark.parametrize("args", [["parse", "-", "--format", "jsonl"], ["export", "-"]])
def test_stdin_closed_entirely(args: list[str]) -> None:
    result = run(*args, stdin=subprocess.DEVNULL, preexec=_close_stdin)
    assert result.returncode == 1
    result.assert_no_traceback()
    assert result.err == "tuiread: <stdin>: standard input is closed\n"


def _close_stdout() -> None:
    os.close(1)


@pytest.mark.parametrize("args", [["parse"], ["export"]])
def test_stdout_closed_entirely(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, str(_good(tmp_path)), preexec=_close_stdout)
    assert result.returncode == 1
    result.assert_no_traceback()
    assert result.err == "tuiread: cannot write output (standard output is closed)\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", [["parse"], ["parse", "--format", "jsonl"], ["export"]])
def test_stdout_on_a_full_disk(tmp_path: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [command(), *args, str(_good(tmp_path))],
            stdout=full,
            stderr=subprocess.PIPE,
            env=clean_env(),
            timeout=TIMEOUT,
        )
    result = Result(proc.returncode, b"", proc.stderr)
    assert result.returncode == 1
    result.assert_no_traceback()
    assert result.err == "tuiread: cannot write output (no space left on device)\n"


def _close_stderr() -> None:
    os.close(2)


def test_stderr_closed_keeps_error_messages_out_of_the_output(tmp_path: Path) -> None:
    result = run(
        "parse", str(tmp_path / "missing.txt"), str(_good(tmp_path)), "--format", "jsonl", preexec=_close_stderr
    )
    assert result.returncode == 1
    # Only JSON on stdout: a program reading it must not meet "tuiread: …" in the middle.
    assert [json.loads(line)["file"] for line in result.out.splitlines()] == ["good.txt"]


@pytest.mark.parametrize(
    ("args", "count", "paragraphs"),
    [
        (["parse"], 3, 3000),
        (["parse", "--format", "jsonl"], 3, 3000),
        (["parse", "--format", "json"], 3, 3000),
        # Enough inputs to parse them in parallel processes, which must stop too.
        (["parse", "--format", "jsonl"], 40, 300),
        (["export"], 1, 6000),
    ],
    ids=["text", "jsonl", "json", "jsonl-parallel", "export"],
)
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, args: list[str], count: int, paragraphs: int) -> None:
    # More output than a pipe holds (64 KB), so tuiread is still writing when the reader leaves.
    article = ARTICLE + "\n".join(f"\nParagraph {i} of the article says something." for i in range(paragraphs))
    paths = []
    for i in range(count):
        path = tmp_path / f"article-{i:03d}.txt"
        path.write_text(article, encoding="utf-8")
        paths.append(str(path))
    proc = subprocess.Popen([command(), *args, *paths], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=clean_env())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()  # `| head -1`
    proc.stdout.close()
    try:
        err = proc.stderr.read()
        code = proc.wait(TIMEOUT)
    finally:
        proc.kill()
    assert err == b"", err.decode()
    assert code == 0

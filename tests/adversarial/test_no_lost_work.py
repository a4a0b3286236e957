"""No lost work outside the app: exports and settings are written whole or not at all.

`tuiread export -o FILE` and the settings file go through a temporary file in the same
folder and a rename. A failed write (missing folder, read-only folder, full disk, a failed
rename) leaves the old file as it was and no temporary file behind, and says why in one
line. A settings file that is corrupt, truncated, not UTF-8 or of the wrong shape gives the
defaults and a warning. (Processes killed mid-write, the app's export dialog and the
``--force`` refusal are in ``test_crash_safety.py``.)
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tuiread import cli
from tuiread.settings import Settings, load_settings, save_settings

ARTICLE = "A title for the export\n\n“We will see,” said Ana Ruiz, the mayor, on Monday.\n\nThe vote is on Friday.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "source" / "article.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["export", *args])
    return code, capsys.readouterr().err


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_export_will_not_replace_a_dangling_symlink_without_force(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "out.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    code, err = _export(capsys, str(article), "-o", str(link))
    assert code == 1 and err == f"tuiread: {link} already exists (not overwritten; --force replaces it)\n"
    assert link.is_symlink()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_export_will_not_replace_something_that_is_not_a_file(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `-o /dev/stdout --force` as root would otherwise replace /dev/stdout with a file; a FIFO stands in.
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    code, err = _export(capsys, str(article), "-o", str(fifo), "--force")
    assert code == 1
    assert err == f"tuiread: cannot write {fifo}: not a regular file\n"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert _names(tmp_path) == ["pipe.md", "source"]


def test_export_into_a_missing_folder(tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "out.md"
    code, err = _export(capsys, str(article), "-o", str(target))
    assert code == 1
    assert err == f"tuiread: cannot write {target}: no such file or directory\n"
    assert _names(tmp_path) == ["source"]


def test_export_into_a_read_only_folder(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "out.md").write_text("before\n")

    # Root writes anywhere: the refusal a read-only folder gives is simulated where it comes.
    def refusing_mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(folder))

    monkeypatch.setattr(tempfile, "mkstemp", refusing_mkstemp)
    code, err = _export(capsys, str(article), "-o", str(folder / "out.md"), "--force")
    assert code == 1
    assert err == f"tuiread: cannot write {folder / 'out.md'}: permission denied\n"
    assert (folder / "out.md").read_text() == "before\n"
    assert _names(folder) == ["out.md"]


class _FillingUp:
    """A file handle on a disk that fills up after ``room`` characters: a partial write, then ENOSPC."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, text: str) -> int:
        self._handle.write(text[: self._room])
        self._handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FillingUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@pytest.mark.parametrize("force", [False, True])
def test_a_full_disk_mid_export_leaves_no_partial_file(
    tmp_path: Path,
    article: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    force: bool,
) -> None:
    target = tmp_path / "out.md"
    if force:
        target.write_text("before\n")
    real_fdopen = os.fdopen

    def fdopen_on_a_full_disk(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _FillingUp(real_fdopen(fd, *args, **kwargs), room=10)

    monkeypatch.setattr(os, "fdopen", fdopen_on_a_full_disk)
    code, err = _export(capsys, str(article), "-o", str(target), *(["--force"] if force else []))
    assert code == 1
    assert err == f"tuiread: cannot write {target}: no space left on device\n"
    if force:
        assert target.read_text() == "before\n"
    assert _names(tmp_path) == (["out.md", "source"] if force else ["source"])


def test_a_failed_rename_keeps_the_old_export(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.md"
    target.write_text("before\n")

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", failing_replace)
    code, err = _export(capsys, str(article), "-o", str(target), "--force")
    assert code == 1
    assert err == f"tuiread: cannot write {target}: input/output error\n"
    assert target.read_text() == "before\n"
    assert _names(tmp_path) == ["out.md", "source"]


def test_an_export_with_a_long_name_is_written_whole(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("x" * 250 + ".md")  # a valid name; the temporary file's name must fit too
    code, err = _export(capsys, str(article), "-o", str(target))
    assert code == 0, err
    markdown = target.read_text(encoding="utf-8")
    assert markdown.startswith("# A title for the export\n") and markdown.endswith("The vote is on Friday.\n")
    assert _names(tmp_path) == sorted([target.name, "source"])


# ---- settings ----------------------------------------------------------------------------------------


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings-folder" / "settings.json"


def test_settings_round_trip_and_leave_no_temporary_file(settings_path: Path) -> None:
    settings = Settings(theme="nord", keymap={"main.export": "x"}, highlight_repairs=True)
    save_settings(settings, settings_path)
    assert load_settings(settings_path).settings == settings
    assert _names(settings_path.parent) == ["settings.json"]


def test_a_failed_rename_mid_save_keeps_the_old_settings(settings_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = Settings(theme="nord")
    save_settings(old, settings_path)
    written: list[str] = []

    def fail_after_the_temporary_file_is_written(src: Any, dst: Any) -> None:
        written.append(Path(src).read_text(encoding="utf-8"))
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", fail_after_the_temporary_file_is_written)
    with pytest.raises(OSError, match="input/output error"):
        save_settings(Settings(theme="gruvbox"), settings_path)
    assert json.loads(written[0])["theme"] == "gruvbox"  # the new file was complete; only the rename failed
    assert load_settings(settings_path).settings == old
    assert load_settings(settings_path).warning is None
    assert _names(settings_path.parent) == ["settings.json"]


def test_a_full_disk_mid_save_keeps_the_old_settings(settings_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(theme="nord"), settings_path)
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FillingUp(real_fdopen(fd, *a, **k), room=5))
    with pytest.raises(OSError, match="no space left on device"):
        save_settings(Settings(theme="gruvbox"), settings_path)
    monkeypatch.undo()
    assert load_settings(settings_path).settings.theme == "nord"
    assert _names(settings_path.parent) == ["settings.json"]


CORRUPT: dict[str, bytes] = {
    "truncated": b'{"theme": "nord", "keymap": {"main.ex',
    "empty": b"",
    "not-json": b"theme = nord\n",
    "not-utf8": b'{"theme": "caf\xe9"}',
    "utf16": '\ufeff{"theme": "nord"}'.encode("utf-16-le"),
    "binary": bytes(range(256)),
    "list": b'["nord"]',
    "null": b"null",
    "deeply-nested": b"[" * 100_000 + b"]" * 100_000,
    "huge-integer": b'{"theme": ' + b"9" * 5000 + b"}",
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_an_unusable_settings_file_gives_the_defaults_and_a_warning(settings_path: Path, kind: str) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(CORRUPT[kind])
    loaded = load_settings(settings_path)
    assert loaded.settings == Settings()
    assert loaded.warning is not None and str(settings_path) in loaded.warning
    assert "\n" not in loaded.warning


@pytest.mark.parametrize(
    ("content", "ignored"),
    [
        ({"theme": 3, "highlight_repairs": True}, "theme"),
        ({"theme": "nord", "highlight_repairs": "yes"}, "highlight_repairs"),
        ({"theme": "nord", "keymap": ["x"]}, "keymap"),
        ({"theme": "nord", "keymap": {"main.export": 1, "main.quit": "q"}}, "keymap.main.export"),
        ({"theme": "\ud800nord"}, "theme"),  # a lone surrogate could never be saved again
    ],
    ids=["theme-number", "repairs-string", "keymap-list", "keymap-value", "lone-surrogate"],
)
def test_wrong_types_in_settings_are_ignored_one_by_one(settings_path: Path, content: dict, ignored: str) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(json.dumps(content), encoding="utf-8")
    loaded = load_settings(settings_path)
    assert loaded.warning == f"settings {settings_path}: ignored {ignored}"
    kept = Settings(
        theme=content["theme"] if ignored != "theme" else None,
        keymap={"main.quit": "q"} if ignored == "keymap.main.export" else {},
        highlight_repairs=content.get("highlight_repairs") is True,
    )
    assert loaded.settings == kept
    save_settings(loaded.settings, settings_path)  # what was kept can be written back
    assert load_settings(settings_path).settings == kept


def test_a_settings_path_that_is_a_folder(settings_path: Path) -> None:
    settings_path.mkdir(parents=True)
    loaded = load_settings(settings_path)
    assert loaded.settings == Settings()
    assert loaded.warning is not None and "using defaults" in loaded.warning


# ---- settings written by more than one hand ------------------------------------------------

_EDITOR = """
import sys
from pathlib import Path
from tuiread.settings import update_settings
path, key, times = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for n in range(1, times + 1):
    update_settings({key: n}, path)
"""


def test_settings_saved_by_several_processes_at_once_lose_nothing(settings_path: Path) -> None:
    """Each process sets its own key again and again; without a lock on the read-modify-write one
    would write back another's older value, and the file would end with less than everyone's last."""
    import subprocess
    import sys

    settings_path.parent.mkdir(parents=True)
    settings_path.write_text('{"$comment": "mine", "keymap": {"main.export": "x"}}\n', encoding="utf-8")
    times = 150
    editors = [
        subprocess.Popen([sys.executable, "-c", _EDITOR, str(settings_path), f"count-{k}", str(times)])
        for k in range(3)
    ]
    for editor in editors:
        assert editor.wait(timeout=120) == 0
    data = json.loads(settings_path.read_text(encoding="utf-8"))
    assert data == {"$comment": "mine", "keymap": {"main.export": "x"}, **{f"count-{k}": times for k in range(3)}}
    assert _names(settings_path.parent) == ["settings.json"]


@pytest.mark.parametrize("kind", ["truncated", "not-json", "list", "binary"])
def test_a_settings_file_that_cannot_be_read_is_never_replaced(settings_path: Path, kind: str) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(CORRUPT[kind])
    with pytest.raises(OSError, match="left as it is"):
        save_settings(Settings(theme="nord"), settings_path)
    assert settings_path.read_bytes() == CORRUPT[kind]
    assert _names(settings_path.parent) == ["settings.json"]


# ---- odd export targets: one line and exit 1, or exactly what was asked -----------------


def test_export_to_a_name_too_long_is_one_line(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("n" * 300 + ".md")
    code, err = _export(capsys, str(article), "-o", str(target))
    assert code == 1
    assert err == f"tuiread: cannot write {target}: file name too long\n"
    assert _names(tmp_path) == ["source"]


def test_export_into_a_folder_that_cannot_be_searched_is_one_line(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "out.md"
    if os.geteuid() != 0:
        locked.chmod(0o600)  # no search (x) permission: even looking at out.md fails
    else:
        # Root may search any folder: the refusal the system gives everyone else, made by hand.
        real_stat = os.stat

        def refuse(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            if str(path).startswith(str(locked) + os.sep):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_stat(path, *args, **kwargs)

        monkeypatch.setattr(os, "stat", refuse)
    try:
        code, err = _export(capsys, str(article), "-o", str(target))
    finally:
        locked.chmod(0o700)
    assert code == 1
    assert err == f"tuiread: cannot write {target}: permission denied\n"
    assert _names(locked) == []


def test_export_to_a_folder_name_that_is_not_there_writes_no_file(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = _export(capsys, str(article), "-o", "notadir/")
    assert code == 1
    assert err == "tuiread: cannot write notadir/: no such folder\n"
    assert _names(tmp_path) == ["source"]  # not a file named "notadir"


@pytest.mark.parametrize("slash", ["/", ""])
def test_export_to_a_folder_writes_the_article_s_file_in_it(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str], slash: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    code, err = _export(capsys, str(article), "-o", f"{folder}{slash}")
    assert code == 0
    (written,) = folder.iterdir()
    assert written.name == "a-title-for-the-export.md"
    assert err == f"wrote {written}\n"
    assert written.read_text(encoding="utf-8").startswith("# A title for the export")


def test_export_with_force_onto_a_link_replaces_the_file_it_names_and_keeps_the_link(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "report.md"
    real.write_text("# Last week's report\n", encoding="utf-8")
    link = tmp_path / "report.md"
    link.symlink_to(real)
    code, _ = _export(capsys, str(article), "-o", str(link), "--force")
    assert code == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8").startswith("# A title for the export")
    assert _names(shared) == ["report.md"]  # written whole beside the file, no temporary left
    # A link to nothing is not followed, even with --force: it would make a file where it points.
    dangling = tmp_path / "gone.md"
    dangling.symlink_to(tmp_path / "nowhere" / "gone.md")
    code, err = _export(capsys, str(article), "-o", str(dangling), "--force")
    assert code == 1 and err == f"tuiread: cannot write {dangling}: it is a link to nothing (not followed)\n"
    assert dangling.is_symlink() and not (tmp_path / "nowhere").exists()

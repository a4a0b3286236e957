"""The library's index: only what changed is parsed again, a stopped or killed indexer leaves a
usable database, a damaged file is rebuilt, and two processes can open one library at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from libhelpers import ARTICLES, indexed, write_articles

from tuiread.library import index as index_module
from tuiread.library.index import IndexProgress, Library
from tuiread.library.people import people, person_quotes
from tuiread.library.search import search


def test_a_new_library_parses_every_article_and_lists_them(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "news")
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = library.update(paths, workers=1)
        assert (report.parsed, report.unchanged) == (3, 0)
        listed = {a.title: a for a in library.articles(order="title")}
    assert set(listed) == {
        "Talks end without a deal in Geneva",
        "Congressman presses regulators over bank rules",
        "Tunnel works resume in the Alps",
    }
    geneva = listed["Talks end without a deal in Geneva"]
    assert geneva.quotes == 2 and geneva.top_speakers == ("Wendy Sherman",)


def test_a_plain_articles_source_is_the_agency_its_credit_names(tmp_path: Path) -> None:
    """Plain copy names no outlet; an agency credit is the nearest thing to one, a photo's is not."""
    body = "“We will see,” the minister said on Monday.\n\n"
    library = indexed(
        tmp_path / "news",
        tmp_path / "lib.sqlite",
        {
            "agency.txt": f"Talks resume in Geneva\n\n{body}(With AFP)\n",
            "photo.txt": f"Talks resume in Vienna\n\n{body}Jim Lee / Reuters.\n",
        },
    )
    sources = {a.title: a.source for a in library.articles(order="title")}
    library.close()
    assert sources == {"Talks resume in Geneva": "AFP", "Talks resume in Vienna": None}


def test_reopening_parses_only_the_file_that_changed(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    library = indexed(folder, tmp_path / "lib.sqlite")
    paths = sorted(folder.iterdir())
    geneva, hearing, tunnel = (folder / n for n in ("geneva.txt", "hearing.txt", "tunnel.txt"))

    assert library.update(paths, workers=1).parsed == 0

    hearing.write_text(ARTICLES["hearing.txt"].replace("Tuesday", "Wednesday"), encoding="utf-8")
    os.utime(tunnel, ns=(tunnel.stat().st_atime_ns, tunnel.stat().st_mtime_ns + 5_000_000_000))  # touched only
    report = library.update(paths, workers=1)
    assert report.parsed == 1, "only the edited file is parsed again"
    assert report.rehashed == 1, "the touched file is read again, its content found unchanged, and not parsed"
    assert report.unchanged == 1
    assert [h.path for h in search(library, "Wednesday")] == [str(hearing)]

    geneva.unlink()
    report = library.update([hearing, tunnel], workers=1)
    assert (report.parsed, report.removed) == (0, 1)
    assert search(library, "haven't") == []
    library.close()


def test_a_readers_correction_is_in_the_index_and_its_undoing_too(tmp_path: Path) -> None:
    """A quote the reader gave to someone else in the app is theirs in the library as well."""
    from tuiread.corrections import Correction, CorrectionStore, article_key
    from tuiread.parser import parse_path

    folder = tmp_path / "news"
    library = indexed(folder, tmp_path / "lib.sqlite")
    paths = sorted(folder.iterdir())
    article = parse_path(folder / "geneva.txt")
    haven_t = next(q for q in article.quotes if q.text.startswith("We haven"))
    assert [q.text for q in person_quotes(library, "Wendy Sherman")] == [q.text for q in article.quotes]

    store, key = CorrectionStore(), article_key(article)
    store.add(key, Correction.of(haven_t, "Sergei Ryabkov"))
    report = library.update(paths, workers=1)
    assert (report.parsed, report.unchanged) == (1, 2), "only the corrected article is parsed again"
    assert [q.text for q in person_quotes(library, "Sergei Ryabkov")] == [haven_t.text]
    assert haven_t.text not in [q.text for q in person_quotes(library, "Wendy Sherman")]
    assert library.update(paths, workers=1).parsed == 0, "the same corrections are not applied twice"

    store.undo(key)
    assert library.update(paths, workers=1).parsed == 1
    assert len(person_quotes(library, "Wendy Sherman")) == 2
    assert "Sergei Ryabkov" not in [p.name for p in people(library)]
    library.close()


def test_unreadable_corrections_leave_the_article_as_parsed_and_the_file_alone(tmp_path: Path) -> None:
    from tuiread.corrections import CorrectionStore, article_key
    from tuiread.parser import parse_path

    folder = tmp_path / "news"
    write_articles(folder)
    store = CorrectionStore()
    broken = store.path_for(article_key(parse_path(folder / "geneva.txt")))
    broken.parent.mkdir(parents=True)
    broken.write_text("{ not json", encoding="utf-8")
    with Library.open(tmp_path / "lib.sqlite") as library:
        assert library.update(sorted(folder.iterdir()), workers=1).failed == ()
        assert len(person_quotes(library, "Wendy Sherman")) == 2
    assert broken.read_text(encoding="utf-8") == "{ not json"


def test_a_new_parser_parses_everything_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    library = indexed(folder, tmp_path / "lib.sqlite")
    monkeypatch.setattr(index_module, "parser_version", lambda: "a-newer-parser")
    assert library.update(sorted(folder.iterdir()), workers=1).parsed == 3
    library.close()


def test_an_update_stopped_midway_keeps_what_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ctrl+c after the first batch: that batch stays, the rest is parsed on the next update."""
    monkeypatch.setattr(index_module, "BATCH_ARTICLES", 1)
    paths = write_articles(tmp_path / "news")

    def interrupt_after_one(state: IndexProgress) -> None:
        if state.written >= 1:
            raise KeyboardInterrupt

    library = Library.open(tmp_path / "lib.sqlite")
    with pytest.raises(KeyboardInterrupt):
        library.update(paths, workers=1, progress=interrupt_after_one)
    library.close()

    with Library.open(tmp_path / "lib.sqlite") as library:
        assert library.article_count() == 1
        written = library.articles()[0].title
        assert search(library, written.split()[0])  # searchable at once
        report = library.update(paths, workers=1)
        assert report.parsed == 2 and library.article_count() == 3


_KILLED_INDEXER = """
import os, signal, sys
from tuiread.library import index
from tuiread.library.index import Library

index.BATCH_ARTICLES = 1

def progress(state):
    if state.written >= 2:
        os.kill(os.getpid(), signal.SIGKILL)  # as a crash or `kill -9` would stop it: no clean-up at all

library = Library.open(sys.argv[1])
library.update(sys.argv[2:], workers=1, progress=progress)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_indexer_killed_midway_leaves_a_usable_database(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "news")
    index = tmp_path / "lib.sqlite"
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_KILLED_INDEXER), str(index), *map(str, paths)],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    with Library.open(index) as library:
        assert not library.notices, "a killed indexer's database is not damaged"
        assert library.article_count() == 2
        report = library.update(paths, workers=1)
        assert report.parsed == 1
        assert len(person_quotes(library, "Wendy Sherman")) == 2


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 200, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_index_is_rebuilt_with_a_notice(tmp_path: Path, garbage: bytes) -> None:
    index = tmp_path / "lib.sqlite"
    index.write_bytes(garbage)
    paths = write_articles(tmp_path / "news")
    with Library.open(index) as library:
        assert len(library.notices) == 1
        assert "damaged" in library.notices[0] and "rebuilt" in library.notices[0]
        assert library.update(paths, workers=1).parsed == 3
        assert search(library, "Verdier")


def test_an_index_of_another_schema_is_rebuilt(tmp_path: Path) -> None:
    import sqlite3

    index = tmp_path / "lib.sqlite"
    conn = sqlite3.connect(index)
    conn.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema', '0')")
    conn.commit()
    conn.close()
    with Library.open(index) as library:
        assert "another version" in library.notices[0]
        assert library.article_count() == 0


_OPENER = """
import sys
from tuiread.library.index import Library
from tuiread.library.search import search

with Library.open(sys.argv[1]) as library:
    report = library.update(sys.argv[2:], workers=1)
    print(report.parsed, library.article_count(), len(search(library, "Sherman")))
"""


def test_two_processes_open_one_library_at_once(tmp_path: Path) -> None:
    """Both work: one indexes while the other waits its turn, then finds nothing left to parse."""
    paths = write_articles(tmp_path / "news")
    index = tmp_path / "lib.sqlite"
    command = [sys.executable, "-c", textwrap.dedent(_OPENER), str(index), *map(str, paths)]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
    results = sorted(tuple(map(int, out.split())) for out, _ in outputs)
    # Each process sees the whole library and finds the same; the articles were parsed once between them.
    assert [r[1] for r in results] == [3, 3]
    assert results[0][2] == results[1][2] > 0
    assert sorted(r[0] for r in results) == [0, 3]


def test_an_unreadable_file_is_reported_once_and_not_retried(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "news")
    empty = tmp_path / "news" / "empty.txt"
    empty.write_bytes(b"")
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = library.update([*paths, empty], workers=1)
        assert len(report.failed) == 1 and "empty.txt" in report.failed[0]
        assert library.article_count() == 3
        assert library.update([*paths, empty], workers=1).failed == ()


def test_records_and_articles_give_the_same_rows(tmp_path: Path) -> None:
    """A library imported from `tuiread parse --format jsonl` records holds what parsing gives."""
    from tuiread.json_record import record_text
    from tuiread.parser import parse_path

    paths = write_articles(tmp_path / "news")
    shard = tmp_path / "shard.jsonl"
    shard.write_text("".join(record_text(parse_path(p)) + "\n" for p in paths), encoding="utf-8")
    parsed = indexed(tmp_path / "news", tmp_path / "parsed.sqlite")
    with Library.open(tmp_path / "imported.sqlite") as imported:
        report = imported.import_records([shard])
        assert report.parsed == 3
        assert imported.import_records([shard]).parsed == 0, "unchanged records are not imported again"
        strip = [(a.title, a.quotes, a.top_speakers, a.words) for a in imported.articles(order="title")]
        assert strip == [(a.title, a.quotes, a.top_speakers, a.words) for a in parsed.articles(order="title")]
        assert [q.text for q in person_quotes(imported, "Wendy Sherman")] == [
            q.text for q in person_quotes(parsed, "Wendy Sherman")
        ]
    parsed.close()


def test_a_bad_record_line_is_one_line_and_the_others_go_in(tmp_path: Path) -> None:
    shard = tmp_path / "shard.jsonl"
    shard.write_text(
        '{"file": "a.txt", "title": "A title", "sections": [], "quotes": []}\n'
        "not json\n"
        '{"file": "b.txt", "title": 5}\n'
        '{"file": "c.bin", "error": "c.bin: not a text file (binary data)"}\n',
        encoding="utf-8",
    )
    with Library.open(tmp_path / "lib.sqlite") as library:
        report = library.import_records([shard])
        assert len(report.failed) == 3
        assert all("\n" not in line for line in report.failed)
        # A batch's error record keeps the line `tuiread parse` printed for its input.
        assert "c.bin: not a text file (binary data)" in report.failed
        assert library.article_count() == 1


def test_the_library_loads_nothing_from_the_interface() -> None:
    code = (
        "import sys, tuiread.library.opening, tuiread.library.search, tuiread.library.people, "
        "tuiread.library.export\nprint('\\n'.join(sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(loaded.stdout.split())
    assert "tuiread.library.index" in modules
    assert not {m for m in modules if m.split(".")[0] in ("textual", "rich") or m.startswith("tuiread.app")}


def test_the_index_keeps_each_articles_parse_while_it_is_still_the_files(tmp_path: Path) -> None:
    """The reader opens an article of a library from the parse the index keeps: it must be the
    parse of the file as it is (the same as parsing it afresh), and none once the file changed."""
    from tuiread.parser import load_path, parse_loaded

    folder = tmp_path / "news"
    library = indexed(folder, tmp_path / "lib.sqlite")
    geneva = str(folder / "geneva.txt")
    assert library.stored_article(geneva) == parse_loaded(load_path(geneva))
    (folder / "geneva.txt").write_text(ARTICLES["geneva.txt"].replace("Monday", "Sunday morning"), encoding="utf-8")
    assert library.stored_article(geneva) is None, "the file changed: its kept parse is not its own"
    library.update(sorted(folder.iterdir()), workers=1)
    assert library.stored_article(geneva) == parse_loaded(load_path(geneva))
    assert library.stored_article(str(folder / "missing.txt")) is None
    library.close()


def test_an_index_others_may_write_is_never_unpickled(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    index = tmp_path / "lib.sqlite"
    indexed(folder, index).close()
    index.chmod(0o666)  # anyone may write it: what it keeps could run code when unpickled
    with Library.open(index) as library:
        assert library.stored_article(str(folder / "geneva.txt")) is None
        assert library.article_count() == 3  # the rest of it is data, read as before


def test_indexing_under_a_screen_leaves_it_a_core() -> None:
    """Under the library screen one core is left to the keys; `tuiread index` uses them all."""
    from tuiread.library.work import worker_count

    assert worker_count(None, 2, background=True) == 1
    assert worker_count(None, 8, background=True) == 7
    assert worker_count(None, 1, background=True) == 1
    assert worker_count(None, 2) == 2
    assert worker_count(3, 2, background=True) == 3  # asked for: as asked

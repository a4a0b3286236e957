"""Corrections that stick: a reader's speaker or "not a quote", saved per article and laid over the parse."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tuiread import cli
from tuiread.cli import main
from tuiread.corrections import (
    DATA_ENV,
    ArticleCorrections,
    Correction,
    CorrectionsError,
    CorrectionStore,
    apply_corrections,
    article_key,
    corrected_article,
    data_dir,
)
from tuiread.model import Article
from tuiread.parser import parse_bytes, parse_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FOUNDING = SAMPLES / "nato-russia-dialogue.txt"
# The founding sample's quotes, as the parser finds them.
STOLTENBERG, GROUCHKO, SHERMAN_NEW, SHERMAN_REQUESTS = 0, 1, 2, 3


@pytest.fixture(scope="module")
def article() -> Article:
    article = parse_path(FOUNDING)
    # What these tests take for granted about the sample: if the parser changes, say so here.
    assert [q.speaker for q in article.quotes] == [
        "Jens Stoltenberg",
        "Alexander Grouchko",
        "Wendy Sherman",
        "Wendy Sherman",
    ]
    assert article.quotes[SHERMAN_NEW].text == "I haven’t heard anything new"
    return article


def reassign(article: Article, index: int, speaker: str | None) -> Correction:
    return Correction.of(article.quotes[index], speaker)


def not_a_quote(article: Article, index: int) -> Correction:
    return Correction.of(article.quotes[index], None, not_quote=True)


# ---- where they live --------------------------------------------------------------------------


def test_the_data_folder_is_the_override_or_the_platforms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_dir() == tmp_path / "data"
    assert CorrectionStore().folder == tmp_path / "data" / "corrections"
    monkeypatch.delenv(DATA_ENV)
    from platformdirs import user_data_path

    assert data_dir() == user_data_path("tuiread", appauthor=False)


def test_the_key_is_the_cleaned_text_so_another_encoding_or_line_ending_shares_it(article: Article) -> None:
    raw = FOUNDING.read_bytes()
    crlf = parse_bytes(raw.replace(b"\n", b"\r\n"), "crlf.txt")
    utf16 = parse_bytes(raw.decode("utf-8").encode("utf-16"), "utf16.txt")
    assert article_key(crlf) == article_key(utf16) == article_key(article)
    assert len(article_key(article)) == 64
    other = parse_bytes(raw.replace(b"anything new", b"anything at all"), "edited.txt")
    assert article_key(other) != article_key(article)


def test_a_key_that_is_not_one_names_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        CorrectionStore(tmp_path).path_for("../../etc/passwd")


# ---- reassigning --------------------------------------------------------------------------------


def test_a_reassigned_speaker_survives_a_new_store_and_applies(article: Article, tmp_path: Path) -> None:
    key = article_key(article)
    saved = CorrectionStore().add(
        key, reassign(article, SHERMAN_NEW, "Jens Stoltenberg"), source=article.source, title=article.title
    )
    assert len(saved) == 1 and saved[0].made  # stamped
    path = tmp_path / "data" / "corrections" / f"{key}.json"
    assert json.loads(path.read_text(encoding="utf-8"))["source"] == article.source

    loaded = CorrectionStore().load(key)  # as after a restart
    assert loaded == saved
    applied = apply_corrections(article, loaded)
    assert applied.applied == loaded and applied.orphaned == ()
    quotes = applied.article.quotes
    moved = quotes[SHERMAN_NEW]
    assert moved.speaker == "Jens Stoltenberg"
    assert moved.corrected and moved.confidence == 1.0
    assert moved.role == "Secretary General of NATO"  # the role he has elsewhere in the article
    assert moved.speaker_mention is None and moved.cue is None and moved.cue_span is None
    assert moved.evidence is not None and (moved.evidence.rule, moved.evidence.how) == ("correction", "corrected")
    assert moved.text == article.quotes[SHERMAN_NEW].text and moved.start == article.quotes[SHERMAN_NEW].start
    for i in (STOLTENBERG, GROUCHKO, SHERMAN_REQUESTS):
        assert quotes[i] == article.quotes[i]
    table = {s.name: s.quotes for s in applied.article.speakers}
    assert table == {"Jens Stoltenberg": (0, 2), "Alexander Grouchko": (1,), "Wendy Sherman": (3,)}
    assert article.quotes[SHERMAN_NEW].speaker == "Wendy Sherman"  # the parse itself is untouched


def test_someone_not_quoted_elsewhere_has_no_role(article: Article) -> None:
    quote = apply_corrections(article, [reassign(article, GROUCHKO, "Pierre Benazet")]).article.quotes[GROUCHKO]
    assert quote.speaker == "Pierre Benazet" and quote.role is None and quote.corrected


def test_a_later_correction_of_the_same_quote_wins(article: Article) -> None:
    store, key = CorrectionStore(), article_key(article)
    store.add(key, reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))
    store.add(key, reassign(article, STOLTENBERG, "Alexander Grouchko"))
    # Made where the reader sees the article as corrected: the quote is Stoltenberg's there.
    shown = corrected_article(article).article
    kept = store.add(key, Correction.of(shown.quotes[SHERMAN_NEW], "Alexander Grouchko"))
    assert [(c.quote_start, c.speaker) for c in kept] == [
        (article.quotes[STOLTENBERG].start, "Alexander Grouchko"),
        (article.quotes[SHERMAN_NEW].start, "Alexander Grouchko"),
    ]
    assert kept[-1].was == "Wendy Sherman"  # what the parser said, not the first correction
    assert CorrectionStore().load(key) == kept
    applied = apply_corrections(article, kept).article
    assert [q.speaker for q in applied.quotes] == [
        "Alexander Grouchko",
        "Alexander Grouchko",
        "Alexander Grouchko",
        "Wendy Sherman",
    ]


def test_a_quote_is_found_by_its_words_when_the_offsets_moved(article: Article) -> None:
    moved = replace(reassign(article, SHERMAN_NEW, "Jens Stoltenberg"), quote_start=5)
    gone = Correction(quote_start=article.quotes[GROUCHKO].start, quote_text="words no parser found", speaker="X")
    applied = apply_corrections(article, [moved, gone])
    assert applied.article.quotes[SHERMAN_NEW].speaker == "Jens Stoltenberg"
    assert applied.applied == (moved,) and applied.orphaned == (gone,)
    assert applied.article.quotes[GROUCHKO].speaker == "Alexander Grouchko"


def test_no_corrections_leave_the_article_as_it_is(article: Article) -> None:
    assert apply_corrections(article, []).article is article
    assert corrected_article(article).article is article  # nothing saved
    CorrectionStore().add(article_key(article), reassign(article, GROUCHKO, "Wendy Sherman"))
    assert corrected_article(article, ignore=True).article is article
    assert corrected_article(article).article.quotes[GROUCHKO].speaker == "Wendy Sherman"


# ---- not a quote ---------------------------------------------------------------------------------


def test_not_a_quote_becomes_a_phrase_and_the_rest_are_renumbered(article: Article) -> None:
    first = article.quotes[STOLTENBERG]
    applied = apply_corrections(article, [not_a_quote(article, STOLTENBERG)]).article
    assert [q.index for q in applied.quotes] == [0, 1, 2]
    assert [q.text for q in applied.quotes] == [q.text for q in article.quotes[1:]]
    assert not any(q.corrected for q in applied.quotes)
    assert [(p.start, p.end, p.text, p.paragraph) for p in applied.phrases] == [
        (first.start, first.end, first.text, first.paragraphs[0])
    ]
    assert {s.name: s.quotes for s in applied.speakers} == {"Alexander Grouchko": (0,), "Wendy Sherman": (1, 2)}


def test_a_borrowed_speaker_follows_its_quote_to_its_new_number(article: Article) -> None:
    # Quote 3 borrows its speaker from quote 2 (as "She insisted" can).
    evidence = replace(article.quotes[SHERMAN_REQUESTS].evidence, from_quote=SHERMAN_NEW)
    borrowing = replace(article, quotes=(*article.quotes[:3], replace(article.quotes[3], evidence=evidence)))
    renumbered = apply_corrections(borrowing, [not_a_quote(borrowing, GROUCHKO)]).article
    assert renumbered.quotes[-1].evidence.from_quote == SHERMAN_NEW - 1
    lost = apply_corrections(borrowing, [not_a_quote(borrowing, SHERMAN_NEW)]).article
    assert lost.quotes[-1].evidence.from_quote is None


# ---- undo ----------------------------------------------------------------------------------------


def test_undo_the_latest_then_a_given_one_and_the_file_goes_with_the_last(article: Article) -> None:
    store, key = CorrectionStore(), article_key(article)
    assert store.undo(key) is None  # nothing saved
    a = store.add(key, reassign(article, STOLTENBERG, "Wendy Sherman"))[-1]
    b = store.add(key, not_a_quote(article, GROUCHKO))[-1]
    c = store.add(key, reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))[-1]
    assert store.undo(key) == c
    assert store.load(key) == (a, b)
    assert store.undo(key, quote_start=article.quotes[STOLTENBERG].start) == a
    assert store.undo(key, quote_start=article.quotes[SHERMAN_NEW].start) is None
    assert store.load(key) == (b,)
    assert store.undo(key) == b
    assert not store.path_for(key).exists()
    assert store.load(key) == ()


def test_clear_removes_every_correction(article: Article) -> None:
    store, key = CorrectionStore(), article_key(article)
    assert store.clear(key) == 0
    store.add(key, reassign(article, STOLTENBERG, "Wendy Sherman"))
    store.add(key, not_a_quote(article, GROUCHKO))
    assert store.clear(key) == 2
    assert not store.path_for(key).exists()
    assert list(store.folder.iterdir()) == []  # and no temporary file left behind


# ---- files that are not corrections ---------------------------------------------------------------


def _one(**fields: object) -> bytes:
    """A corrections file holding one correction with these fields."""
    return json.dumps({"version": 1, "corrections": [fields]}).encode()


CORRUPT = {
    "not JSON": b'{"version": 1, "corrections": [\n',
    "not UTF-8": b'{"version": 1, "corrections": [], "title": "caf\xe9"}',
    "a list": b"[]",
    "no version": b'{"corrections": []}',
    "a newer version": b'{"version": 2, "corrections": []}',
    "a bool for a number": _one(quote_start=True, quote_text="x", speaker=None),
    "a string for a number": _one(quote_start="7", quote_text="x", speaker=None),
    "a speaker that is not text": _one(quote_start=7, quote_text="x", speaker=3),
    "an escape in a speaker": _one(quote_start=7, quote_text="x", speaker="\x1b]0;owned\x07"),
    "a lone surrogate": _one(quote_start=7, quote_text="\ud800", speaker=None),
    "not_quote not a bool": _one(quote_start=7, quote_text="x", speaker=None, not_quote="yes"),
    "no quote text": _one(quote_start=7, speaker=None),
    "corrections not a list": b'{"version": 1, "corrections": {}}',
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=CORRUPT.keys())
def test_an_unreadable_file_is_reported_and_never_touched(article: Article, content: bytes) -> None:
    store, key = CorrectionStore(), article_key(article)
    path = store.path_for(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    for attempt in (
        lambda: store.load(key),
        lambda: store.add(key, reassign(article, STOLTENBERG, "Wendy Sherman")),
        lambda: store.undo(key),
        lambda: store.clear(key),
        lambda: corrected_article(article),
    ):
        with pytest.raises(CorrectionsError) as raised:
            attempt()
        message = str(raised.value)
        assert str(path) in message and "left as it is" in message and "\n" not in message
    assert path.read_bytes() == content
    assert corrected_article(article, ignore=True).article is article


def test_an_open_article_saves_and_undoes_corrections_and_refuses_to_write_over_a_bad_file(
    article: Article,
) -> None:
    open_article = ArticleCorrections(article)
    assert open_article.opened().article is article
    corrected = open_article.add(not_a_quote(article, GROUCHKO))
    assert [q.speaker for q in corrected.quotes] == ["Jens Stoltenberg", "Wendy Sherman", "Wendy Sherman"]
    # Opened again (a new session), the correction is there; undone, it is gone.
    again = ArticleCorrections(article)
    assert len(again.opened().article.quotes) == 3
    undone, restored = again.undo(corrected.quotes[0])  # not corrected itself: the latest goes
    assert undone is not None and undone.not_quote
    assert restored.quotes == article.quotes
    # A corrections file that cannot be read: shown as parsed, nothing written over it.
    path = CorrectionStore().path_for(again.key)
    path.write_bytes(b"{not json")
    broken = ArticleCorrections(article)
    assert broken.opened().article is article and broken.error is not None
    with pytest.raises(CorrectionsError):
        broken.add(reassign(article, STOLTENBERG, "Wendy Sherman"))
    assert path.read_bytes() == b"{not json"


def test_the_line_of_bad_json_is_named(article: Article) -> None:
    store, key = CorrectionStore(), article_key(article)
    store.folder.mkdir(parents=True)
    store.path_for(key).write_text('{\n  "version": 1,\n  "corrections": [,]\n}\n', encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"\(line 3: "):
        store.load(key)


# ---- the corrections themselves -------------------------------------------------------------------


def test_describe_is_one_short_inert_line(article: Article) -> None:
    c = reassign(article, SHERMAN_NEW, "Jens Stoltenberg")
    assert c.describe() == "“I haven’t heard anything new” → Jens Stoltenberg (was: Wendy Sherman)"
    long = not_a_quote(article, STOLTENBERG).describe()
    assert long == "“The discussion was not easy. Discussions were…” marked not a quote (was: Jens Stoltenberg)"
    hostile = Correction(quote_start=0, quote_text="a\x1b]0;owned\x07\nb", speaker=None, was="\u202eX")
    assert hostile.describe() == "“a\\x1b]0;owned\\x07 b” → no speaker (was: \\u202eX)"


@pytest.mark.parametrize(
    "fields",
    [
        {"quote_start": True, "quote_text": "x", "speaker": "A"},
        {"quote_start": -1, "quote_text": "x", "speaker": "A"},
        {"quote_start": 1, "quote_text": "", "speaker": "A"},
        {"quote_start": 1, "quote_text": "x", "speaker": "  "},
        {"quote_start": 1, "quote_text": "x", "speaker": "A\x1b[2J"},
        {"quote_start": 1, "quote_text": "x", "speaker": "A", "not_quote": True},
        {"quote_start": 1, "quote_text": "x", "speaker": "A", "not_quote": 1},
    ],
)
def test_a_correction_that_is_none_is_refused(fields: dict) -> None:
    with pytest.raises(ValueError):
        Correction(**fields)


# ---- the command line -----------------------------------------------------------------------------


def _quotes_of(out: str) -> list[dict]:
    return json.loads(out)["quotes"]


def test_parse_applies_corrections_unless_told_not_to(article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    CorrectionStore().add(article_key(article), reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))
    assert main(["parse", str(FOUNDING), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    quotes = _quotes_of(out)
    assert (quotes[SHERMAN_NEW]["speaker"], quotes[SHERMAN_NEW]["corrected"]) == ("Jens Stoltenberg", True)
    assert [q["corrected"] for q in quotes] == [False, False, True, False]
    assert err == ""
    assert main(["parse", str(FOUNDING), "--format", "jsonl", "--no-corrections"]) == 0
    quotes = _quotes_of(capsys.readouterr().out)
    assert (quotes[SHERMAN_NEW]["speaker"], quotes[SHERMAN_NEW]["corrected"]) == ("Wendy Sherman", False)
    assert main(["parse", str(FOUNDING)]) == 0
    assert "3. Jens Stoltenberg, Secretary General of NATO: “I haven’t heard anything new”" in capsys.readouterr().out


def test_parse_applies_corrections_in_its_worker_processes(
    article: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(FOUNDING, folder / name)
    monkeypatch.setattr(cli, "_PARALLEL_FROM", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    CorrectionStore().add(article_key(article), not_a_quote(article, STOLTENBERG))
    assert main(["parse", str(folder), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [len(r["quotes"]) for r in records] == [3, 3]
    assert main(["parse", str(folder), "--format", "jsonl", "--no-corrections"]) == 0
    assert [len(json.loads(line)["quotes"]) for line in capsys.readouterr().out.splitlines()] == [4, 4]


def test_export_shows_the_corrected_speaker(article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    CorrectionStore().add(article_key(article), reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))
    assert main(["export", str(FOUNDING), "--quotes"]) == 0
    out = capsys.readouterr().out
    assert "> “I haven’t heard anything new”\\\n> — Jens Stoltenberg, Secretary General of NATO" in out
    assert main(["export", str(FOUNDING), "--quotes", "--no-corrections"]) == 0
    assert "> “I haven’t heard anything new”\\\n> — Wendy Sherman, US Deputy Secretary of State" in (
        capsys.readouterr().out
    )


@pytest.mark.parametrize("command", ["parse", "export"])
def test_an_unreadable_corrections_file_is_one_line_and_status_1(
    article: Article, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = CorrectionStore().path_for(article_key(article))
    path.parent.mkdir(parents=True)
    path.write_bytes(CORRUPT["not JSON"])
    args = [command, str(FOUNDING), *(["--format", "jsonl"] if command == "parse" else [])]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"tuiread: corrections file {path} is not one tuiread can read (line 2: ")
    assert err.endswith(f"; pass --no-corrections to {command} without them\n")
    assert main([*args, "--no-corrections"]) == 0
    assert path.read_bytes() == CORRUPT["not JSON"]


def test_corrections_that_no_longer_find_their_quote_are_reported(
    article: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same text, a newer parser: the words this correction was about are no quote any more.
    store, key = CorrectionStore(), article_key(article)
    store.add(key, Correction(quote_start=10, quote_text="words the parser no longer finds", speaker="X"))
    store.add(key, reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))
    notice = f"tuiread: 1 saved correction no longer matches a quote (tuiread corrections list {FOUNDING})\n"
    assert main(["export", str(FOUNDING), "--quotes"]) == 0
    out, err = capsys.readouterr()
    assert err == notice and "— Jens Stoltenberg" in out
    assert main(["parse", str(FOUNDING), "--format", "jsonl"]) == 0
    assert capsys.readouterr().err == notice
    assert main(["corrections", "list", str(FOUNDING)]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0] == "“words the parser no longer finds” → X (no longer matches a quote)"
    )


def test_corrections_list_undo_and_path(article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, key = CorrectionStore(), article_key(article)
    where = tmp_path / "data" / "corrections" / f"{key}.json"
    assert main(["corrections", "path", str(FOUNDING)]) == 0
    assert capsys.readouterr().out == f"{where}\n"
    assert main(["corrections", "list", str(FOUNDING)]) == 0
    assert capsys.readouterr().out == f"no corrections for {FOUNDING}\n"

    store.add(key, reassign(article, SHERMAN_NEW, "Jens Stoltenberg"))
    store.add(key, not_a_quote(article, GROUCHKO))
    assert main(["corrections", "list", str(FOUNDING)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "“I haven’t heard anything new” → Jens Stoltenberg (was: Wendy Sherman)",
        "“the conversation was very frank, direct, deep…” marked not a quote (was: Alexander Grouchko)",
    ]
    assert err == f"2 corrections in {where}\n"

    assert main(["corrections", "undo", str(FOUNDING)]) == 0
    assert capsys.readouterr().out.startswith("undid: “the conversation was very frank")
    assert [c.speaker for c in store.load(key)] == ["Jens Stoltenberg"]
    store.add(key, not_a_quote(article, GROUCHKO))
    assert main(["corrections", "undo", str(FOUNDING), "--all"]) == 0
    assert capsys.readouterr().out == "undid 2 corrections\n"
    assert not where.exists()
    assert main(["corrections", "undo", str(FOUNDING)]) == 0
    assert capsys.readouterr().out == f"no corrections for {FOUNDING}\n"


def test_corrections_of_bad_input_are_one_line_and_status_1(
    article: Article, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["corrections", "list", str(tmp_path / "missing.txt")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "missing.txt" in err
    path = CorrectionStore().path_for(article_key(article))
    path.parent.mkdir(parents=True)
    path.write_bytes(CORRUPT["a list"])
    for action in (["list"], ["undo"], ["undo", "--all"]):
        assert main(["corrections", *action, str(FOUNDING)]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err == f"tuiread: corrections file {path} is not one tuiread can read " + (
            "(it does not hold an object), so it was left as it is\n"
        )
    assert path.read_bytes() == CORRUPT["a list"]
    assert main(["corrections", "path", str(FOUNDING)]) == 0  # still says where to look
    assert main(["corrections", str(FOUNDING)]) == 2


def test_corrections_print_hand_edited_text_inert(article: Article, capsys: pytest.CaptureFixture[str]) -> None:
    path = CorrectionStore().path_for(article_key(article))
    path.parent.mkdir(parents=True)
    record = {
        "version": 1,
        "corrections": [{"quote_start": 1, "quote_text": "\x1b]0;owned\x07", "speaker": None, "was": "\x9b2J"}],
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    assert main(["corrections", "list", str(FOUNDING)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\\x1b]0;owned\\x07" in out


def test_help_names_the_corrections_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "tuiread corrections list PATH" in out and "--no-corrections" in out

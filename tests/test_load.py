"""Load: bytes and paths to text, and a clear one-line refusal for everything that is not an article."""

from __future__ import annotations

import codecs
import os
import sys
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from tuiread.parser import LoadError, parse_bytes, parse_path
from tuiread.parser.load import decode, load_path

ARTICLE = "Café owners in Montréal “will not wait”, says Hélène — again\n\nThe city’s cafés are open.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- encodings ---------------------------------------------------------------------


def test_utf8_without_bom(tmp_path: Path) -> None:
    loaded = load_path(_write(tmp_path, "plain.txt", ARTICLE.encode("utf-8")))
    assert loaded.text == ARTICLE
    assert loaded.encoding == "utf-8"
    assert not loaded.fixes


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    loaded = load_path(_write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")))
    assert loaded.text == ARTICLE
    assert "\ufeff" not in loaded.text
    assert loaded.fixes.count("byte-order-mark") == 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    # "utf-16" writes a little-endian BOM; big-endian gets one written by hand.
    data = ARTICLE.encode(codec) if codec == "utf-16" else codecs.BOM_UTF16_BE + ARTICLE.encode(codec)
    loaded = load_path(_write(tmp_path, "wide.txt", data))
    assert loaded.text == ARTICLE
    assert loaded.encoding.startswith("utf-16")


def test_windows_1252_file_is_read_as_windows_1252(tmp_path: Path) -> None:
    loaded = load_path(_write(tmp_path, "legacy.txt", ARTICLE.encode("cp1252")))
    assert loaded.text == ARTICLE
    assert loaded.encoding == "windows-1252"
    assert loaded.fixes.count("encoding-fallback") > 0


def test_mostly_utf8_with_a_few_bad_bytes_keeps_the_good_characters(tmp_path: Path) -> None:
    # One stray Windows-1252 curly quote (0x93) pasted into otherwise good UTF-8.
    data = ARTICLE.encode("utf-8") + b"A pasted \x93quote\x94 from Word.\n"
    loaded = load_path(_write(tmp_path, "mixed.txt", data))
    assert "Montréal “will not wait”" in loaded.text  # the UTF-8 survived as UTF-8
    assert "A pasted “quote” from Word." in loaded.text  # the two bad bytes read as 1252
    assert loaded.fixes.count("encoding-fallback") == 2


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"], ids=["crlf", "lone-cr"])
def test_crlf_and_lone_cr_make_the_same_paragraphs(newline: bytes) -> None:
    raw = b"Bridge to reopen\n\nThe bridge reopens on Monday.\n\nTraffic will be light.\n"
    article = parse_bytes(raw.replace(b"\n", newline), "old-mac.txt")
    assert article.title == "Bridge to reopen"
    assert [p.text for p in article.paragraphs] == ["The bridge reopens on Monday.", "Traffic will be light."]
    assert "\r" not in article.text
    assert article.fixes.count("line-ending") == 5


# ---- legacy encodings, as a browser would read them ------------------------------------

RUSSIAN = (
    "Лавров: переговоры с НАТО были трудными\n\n"
    "Министр иностранных дел России Сергей Лавров заявил в среду, что переговоры с НАТО {o}были трудными{c}, "
    "но диалог будет продолжен.\n\nПо его словам, Москва ждёт письменного ответа на свои предложения.\n"
)
LEGACY_ARTICLES = [
    ("windows-1251", "cp1251", RUSSIAN.format(o="«", c="»")),
    ("koi8-r", "koi8_r", RUSSIAN.format(o='"', c='"')),  # KOI8-R has no guillemets
    (
        "shift_jis",
        "cp932",
        "岸田首相、経済対策を指示\n\n岸田文雄首相は水曜日、首相官邸で記者団に対し「物価高に対応する経済対策を急ぐ」と述べた。"
        "\n\n政府は来月にも補正予算案を国会に提出する方針だ。\n",
    ),
    (
        "gb18030",
        "gb18030",
        "国务院：经济总体稳定\n\n国务院总理李强周三在北京表示，中国经济“总体稳定”，政府将继续推动改革开放。"
        "\n\n他说，明年的增长目标将在三月的全国人大会议上公布。\n",
    ),
    (
        "iso-8859-15",
        "iso8859_15",
        "Montréal: 40 millions d'€ pour les cafés\n\nLe gouvernement a débloqué 40 millions d'€ pour les cafés, "
        "a déclaré mercredi Hélène Dubœuf, qui veut « redonner du cœur » au quartier.\n",
    ),
    (
        "windows-1250",
        "cp1250",
        "Prezydent: rząd nie będzie czekał\n\nPrezydent Andrzej Duda powiedział w środę, że rząd „nie będzie czekał” "
        "na decyzję Brukseli w sprawie środków z funduszu odbudowy.\n",
    ),
]


@pytest.mark.parametrize(("encoding", "codec", "text"), LEGACY_ARTICLES, ids=[a[0] for a in LEGACY_ARTICLES])
def test_a_legacy_encoding_is_found_from_the_bytes(encoding: str, codec: str, text: str) -> None:
    loaded = decode(text.encode(codec), "legacy.txt")
    assert loaded.encoding == encoding
    assert loaded.text == text
    # The fix log says which encoding was used, and for how many characters.
    (fix,) = [f for f in loaded.fixes if f.kind == f"read-as-{encoding}"]
    assert fix.count == sum(1 for ch in text if not ch.isascii())
    assert fix.describe() == f"{fix.count:,} characters read as {encoding} (not UTF-8)"
    article = parse_bytes(text.encode(codec), "legacy.txt")
    # (Cleaning makes full-width forms plain: "：" is ":" in the article.)
    assert article.title == unicodedata.normalize("NFKC", text.split("\n", 1)[0])


@pytest.mark.parametrize(
    ("declaration", "encoding", "codec"),
    [
        ('<meta charset="windows-1251">', "windows-1251", "cp1251"),
        ("<meta charset=koi8-r>", "koi8-r", "koi8_r"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r", "koi8_r"),
        ('<?xml version="1.0" encoding="Shift_JIS"?>', "shift_jis", "cp932"),
        ('<meta charset="gb2312">', "gb18030", "gb18030"),  # browsers read GB2312 as GB18030
        ("<meta charset='iso-8859-15'>", "iso-8859-15", "iso8859_15"),
    ],
)
def test_an_html_or_xml_declaration_names_the_encoding(declaration: str, encoding: str, codec: str) -> None:
    body = {"cp932": "政府は来月にも補正予算案を提出する。", "gb18030": "国务院总理周三表示。"}.get(
        codec, "Министр заявил в среду" if "8859" not in codec else "Le cœur coûte 5 €"
    )
    page = f"{declaration}\n<html><body><p>{body}</p></body></html>\n"
    loaded = decode(page.encode(codec), "page.html")
    assert loaded.encoding == encoding
    assert body in loaded.text
    assert loaded.fixes.count("encoding-declared") == 1


def test_valid_utf8_stays_utf8_whatever_a_stale_declaration_says() -> None:
    page = '<meta charset="windows-1251">\n<p>Министр заявил в среду</p>\n'
    loaded = decode(page.encode("utf-8"), "page.html")
    assert loaded.encoding == "utf-8"
    assert "Министр" in loaded.text


def test_a_page_declared_utf8_that_is_not_is_read_in_the_encoding_its_bytes_say() -> None:
    page = '<meta charset="utf-8">\n<p>Министр иностранных дел заявил в среду, что диалог продолжится.</p>\n'
    loaded = decode(page.encode("cp1251"), "page.html")
    assert loaded.encoding == "windows-1251"
    assert "Министр иностранных дел" in loaded.text


def test_a_declaration_the_bytes_cannot_be_read_in_is_overruled() -> None:
    page = '<meta charset="euc-jp">\n<p>Министр иностранных дел заявил в среду, что диалог продолжится.</p>\n'
    loaded = decode(page.encode("cp1251"), "page.html")
    assert loaded.encoding == "windows-1251"
    assert loaded.fixes.count("encoding-declared") == 0


def test_windows_1252_with_curly_quotes_is_not_taken_for_latin_9() -> None:
    text = "Café “open” again — a 5 € coffee, says Hélène.\n"
    loaded = decode(text.encode("cp1252"), "legacy.txt")
    assert loaded.encoding == "windows-1252"
    assert loaded.text == text


# ---- what is refused ---------------------------------------------------------------


def _refusal(call: Callable[..., object], *args: object) -> str:
    with pytest.raises(LoadError) as info:
        call(*args)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    "data",
    [
        b"Title\n\nSome text\x00with a NUL in it.\n",
        bytes(range(256)) * 8,  # a binary file
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 text",  # mostly control bytes
    ],
    ids=["nul", "binary", "png", "controls"],
)
def test_binary_input_is_refused_naming_the_file(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "photo.bin", data)
    message = _refusal(parse_path, path)
    assert str(path) in message
    assert "not a text file" in message


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    message = _refusal(load_path, path)
    assert message == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    message = _refusal(load_path, tmp_path)
    assert message.startswith(f"{tmp_path}:") and "directory" in message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", ARTICLE.encode("utf-8"))
    path.chmod(0)
    try:
        message = _refusal(load_path, path)
    finally:
        path.chmod(0o644)
    assert message.startswith(f"{path}: cannot read")


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", b"")
    assert _refusal(load_path, path) == f"{path}: is empty"


@pytest.mark.parametrize("data", [b"   \n\n\t \r\n", "\u00a0\u3000\n".encode(), codecs.BOM_UTF8 + b"\n\n"])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "blank.txt", data)
    assert _refusal(load_path, path) == f"{path}: holds only whitespace"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list[BaseException | object] = []

    def attempt() -> None:
        try:
            result.append(load_path(fifo))
        except BaseException as err:
            result.append(err)

    # In a thread, so a regression that blocks on open() fails this test instead of hanging the run.
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        # Unblock the reader so the thread can finish, then fail.
        with open(fifo, "wb"):
            pass
        pytest.fail("loading a FIFO blocked")
    assert len(result) == 1 and isinstance(result[0], LoadError)
    assert str(result[0]) == f"{fifo}: not a regular file"


def test_decode_names_the_input_it_was_given() -> None:
    message = _refusal(decode, b"\x00\x00\x00binary", "upload-42")
    assert message.startswith("upload-42: ")


def test_stdin_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _write(tmp_path, "stdin.txt", ARTICLE.encode("utf-8"))
    with path.open("rb") as fh:
        monkeypatch.setattr(sys, "stdin", _BinaryStdin(fh))
        loaded = load_path("-")
    assert loaded.name == "<stdin>"
    assert loaded.text == ARTICLE


class _BinaryStdin:
    """What load reads from ``sys.stdin``: its ``buffer``."""

    closed = False

    def __init__(self, buffer: object) -> None:
        self.buffer = buffer

"""Odd but readable files simply work: no blank lines, one huge line, bad bytes, UTF-16, BOMs, a dust of paragraphs."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from clirun import run

from tuiread.model import Article
from tuiread.parser import decode, parse, parse_bytes, parse_path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FOUNDING = SAMPLES / "nato-russia-dialogue.txt"
ARTICLE = (
    "Café owners “wait” for the mayor of Montréal\n\n"
    "The mayor said on Tuesday that the naïve plan — a “fresh start” — would cost €2 million.\n\n"
    "“We will see,” said Hélène Tremblay, the mayor, after the meeting in the hall.\n"
)


@pytest.fixture(scope="module")
def founding() -> Article:
    return parse_path(FOUNDING)


def _offsets_hold(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text


def test_no_blank_lines_one_line_per_paragraph_gives_the_same_article(founding: Article) -> None:
    lines = [founding.title or ""]
    for section in founding.sections:
        if section.title:
            lines.append(section.title)
        lines.extend(p.text for p in section.paragraphs)
    article = parse("\n".join(lines) + "\n")
    _offsets_hold(article)
    assert article.title == founding.title
    assert [p.text for p in article.paragraphs] == [p.text for p in founding.paragraphs]
    assert [(q.text, q.speaker) for q in article.quotes] == [(q.text, q.speaker) for q in founding.quotes]


def test_a_single_one_megabyte_line(tmp_path: Path) -> None:
    sentence = "The council met on Monday to discuss the budget [and] the new bridge, costing €40 million. "
    line = sentence * (1_000_000 // len(sentence.encode("utf-8")) + 1)
    path = tmp_path / "one-line.txt"
    path.write_text("A title above one long line\n\n" + line + "\n", encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    article = parse_path(path)
    assert article.title == "A title above one long line"
    (paragraph,) = article.paragraphs
    assert paragraph.text == line.strip()


def test_invalid_utf8_bytes_in_the_middle_keep_every_good_character() -> None:
    data = ARTICLE.encode("utf-8")
    cut = data.index("the naïve".encode())
    broken = data[:cut] + b"\xff\x80 " + data[cut:]
    article = parse_bytes(broken, "broken.txt")
    # No mojibake anywhere: the UTF-8 around the bad bytes is read as UTF-8.
    for word in ("Café", "Montréal", "naïve", "€2 million", "Hélène", "“fresh start”"):
        assert word in article.text
    assert not re.search(r"Ã|â€", article.text)
    assert article.fixes.count("encoding-fallback") == 2
    (fix,) = [f for f in article.fixes if f.kind == "encoding-fallback"]
    assert fix.describe() == "2 bytes that were not UTF-8 read as Windows-1252"


def test_a_windows_1252_file_among_utf8_reads_as_windows_1252() -> None:
    data = ARTICLE.replace("€", "EUR").encode("cp1252")
    loaded = decode(data, "legacy.txt")
    assert loaded.encoding == "windows-1252"
    assert "Café owners “wait” for the mayor of Montréal" in loaded.text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: told by the NUL of every other byte
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32-le"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32-le-bom"],
)
def test_unicode_encodings_with_and_without_a_byte_order_mark(data: bytes, encoding: str) -> None:
    loaded = decode(data, "article.txt")
    assert loaded.encoding == encoding
    assert loaded.text == ARTICLE
    article = parse_bytes(data, "article.txt")
    assert article.title == "Café owners “wait” for the mayor of Montréal"
    assert article.quotes[-1].speaker == "Hélène Tremblay"


def test_utf16_cut_off_mid_character_keeps_the_text() -> None:
    # A copy cut short: the last character's second byte is missing.
    data = codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")[:-1]
    article = parse_bytes(data, "cut.txt")
    assert article.title == "Café owners “wait” for the mayor of Montréal"
    assert "after the meeting in the hall" in article.text
    assert article.fixes.count("undecodable") == 1


def test_bytes_that_only_start_like_utf16_are_still_refused() -> None:
    data = codecs.BOM_UTF16_LE + bytes([0x00, 0xD8]) * 200  # lone surrogates: no text at all
    with pytest.raises(Exception, match="not valid UTF-16-LE text"):
        decode(data, "fake.txt")


def test_very_many_tiny_paragraphs() -> None:
    count = 20_000
    raw = "A title for many\n\n" + "\n\n".join(f"Item {i} ok." for i in range(count)) + "\n"
    article = parse(raw)
    assert len(article.paragraphs) == count
    assert article.paragraphs[-1].text == f"Item {count - 1} ok."
    _offsets_hold(article)


def test_odd_files_through_the_command_line(tmp_path: Path) -> None:
    files = {
        "bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        "utf16.txt": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        "crlf-no-final-newline.txt": ARTICLE.replace("\n", "\r\n").rstrip().encode("utf-8"),
        "bad-bytes.txt": ARTICLE.encode("utf-8").replace(b"Tuesday", b"Tues\x81day"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = run("parse", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.err
    records = [json.loads(line) for line in result.out.splitlines()]
    assert sorted(r["file"] for r in records) == sorted(files)
    for record in records:
        assert record["title"] == "Café owners “wait” for the mayor of Montréal", record["file"]

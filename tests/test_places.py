"""Where the reader left each article: kept, and a file that is not ours to read is never written over."""

from __future__ import annotations

from pathlib import Path

from tuiread.places import Place, load_place, save_place


def test_a_place_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    save_place("abc", Place(paragraph=4, top=12, quote=2), path)
    assert load_place("abc", path) == Place(paragraph=4, top=12, quote=2)
    assert load_place("other", path) is None


def test_an_unreadable_places_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    for content in (b"{not json", b"[1, 2]", b"\xff\xfe not text"):
        path.write_bytes(content)
        save_place("abc", Place(paragraph=4), path)
        assert path.read_bytes() == content
        assert load_place("abc", path) is None


def test_an_empty_places_file_is_written(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_text("{}\n", encoding="utf-8")
    save_place("abc", Place(paragraph=1), path)
    assert load_place("abc", path) == Place(paragraph=1)

"""Search folds what people cannot type or do not bother to: quotes, dashes, accents, case."""

from __future__ import annotations

import pytest

from tuiread.text_search import SearchText, fold

TEXT = "“I haven’t seen Clément since the vote — not once,” said Ms. Løvås. HAVEN'T"


def found(text: str, query: str) -> list[str]:
    starts, ends = SearchText(text).find_all(query)
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("query", "matches"),
    [
        ("haven't", ["haven’t", "HAVEN'T"]),  # a straight apostrophe finds the curled one; any case
        ("Haven't", []),  # a capital asks for that case
        ("HAVEN'T", ["HAVEN'T"]),
        ("clement", ["Clément"]),
        ("Clement", ["Clément"]),  # the accent is folded even when the case is not
        ("Clément", ["Clément"]),
        ("vote - not", ["vote — not"]),  # any dash
        ('"i haven', ["“I haven"]),  # straight double quote finds the curly one
        ("lovas", ["Løvås"]) if fold("ø", lower=True) == "o" else ("løvas", ["Løvås"]),
        ("nowhere", []),
    ],
)
def test_search_matches_the_way_people_type(query: str, matches: list[str]) -> None:
    assert found(TEXT, query) == matches


def test_folding_keeps_every_offset() -> None:
    text = "Straße İstanbul ﬁnance ÉCOLE “quoted” — x\u00a0y"
    for lower in (True, False):
        assert len(fold(text, lower=lower)) == len(text)
    assert found(text, "ecole") == ["ÉCOLE"]
    assert found(text, "istanbul") == ["İstanbul"]
    assert found(text, "x y") == ["x\u00a0y"]

"""quick_init: a frozen dataclass built by its quicker __init__ is the object dataclasses builds."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from tuiread.model import Mention, Quote, Span
from tuiread.quick_init import quick_init


def test_a_quick_class_takes_the_same_arguments_and_stays_frozen() -> None:
    quote = Quote(3, 9, 1, "hello!", speaker="Jane Doe", paragraphs=(2,))
    assert (quote.start, quote.end, quote.index, quote.text, quote.speaker) == (3, 9, 1, "hello!", "Jane Doe")
    assert quote.paragraphs == (2,) and quote.role is None and quote.repaired is False  # the defaults
    assert quote == Quote(start=3, end=9, index=1, text="hello!", speaker="Jane Doe", paragraphs=(2,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.speaker = "someone else"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1)  # type: ignore[call-arg]
    moved = dataclasses.replace(Mention(1, 4, text="She"), start=2)
    assert moved == Mention(2, 4, "She") and hash(moved) == hash(Mention(2, 4, "She"))
    assert pickle.loads(pickle.dumps(quote)) == quote


def test_quick_init_refuses_what_it_cannot_build() -> None:
    with pytest.raises(TypeError):

        @quick_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Listed:
            items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):

        @quick_init
        @dataclasses.dataclass(slots=True)
        class Mutable:
            value: int = 0

    with pytest.raises(TypeError):

        @quick_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Checked:
            value: int = 0

            def __post_init__(self) -> None:
                if self.value < 0:
                    raise ValueError(self.value)

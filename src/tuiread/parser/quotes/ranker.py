"""Which of the people before a pronoun it stands for: a ranking learned from annotated news.

Each person mentioned within reach before a "he" or "she" (and each of the last speakers) is a
candidate, described by a few cheap facts (`FEATURES`): how far back they were named, in
sentences and paragraphs; whether they were the last to speak; whether that mention was a
sentence's subject, the agent of a reporting verb or introduced with a role; how often they were
named. ``benchmarks/train_ranker.py`` learns a weight per fact from PolNeAR train (on the
pronouns whose person the genders of the people around settle, blind to gender, so that what it
learns is where a pronoun's person stands) and writes ``ranker.json`` beside this module; here a
candidate's score is only the sum of the weights of its facts.

The ranking is used only if it beat the rules on the articles held back from learning it
(train_ranker.py says so in the table).
"""

from __future__ import annotations

import functools
import json
from importlib import resources

FEATURES = (
    "chars-back",  # characters from the mention to the pronoun, in thousands
    "sentences-back",  # sentences between them (up to 6), in threes
    "paragraphs-back",  # paragraphs between them (up to 4), in twos
    "same-sentence",
    "previous-sentence",
    "same-paragraph",
    "nearest",  # the latest person named
    "second-nearest",
    "third-nearest",
    "last-speaker",  # the speaker of the last quotation before
    "earlier-speaker",  # one of the two speakers before that
    "subject",  # the latest mention opens its sentence or clause
    "agent",  # it follows a reporting verb ("…, said Jane Roe")
    "who-said",  # it is followed by "who said"
    "introduced",  # it is followed by a role ("Jane Roe, the mayor of …")
    "subject-before",  # an earlier mention within reach stands in one of those places
    "possessive",  # "Roe's": the latest mention is a possessive
    "attributive",  # "the Roe campaign", "Roe spokesman Ed Ma": it names someone or something else
    "after-preposition",  # "with Roe", "to Roe"
    "object",  # "attacked Roe": named after a verb, not its agent
    "mentions",  # how often named before, log scale
    "mentions-in-reach",  # how often named within reach (up to 5), in fives
    "full-name",  # the latest mention is the name in full
    "speaker-only",  # a speaker not named within reach outside quotations
    "rules-choice",  # the one the rules pick: the person in focus (resolve.Resolver._in_focus)
)


@functools.cache
def weights() -> tuple[float, ...] | None:
    """The weight of each of FEATURES, as train_ranker.py wrote them; None when the ranking did
    not beat the rules on the articles held back from learning it (``"use": false``), or without
    a table for these features: the rules decide then (`resolve.Resolver._in_focus`)."""
    try:
        data = json.loads(resources.files(__package__).joinpath("ranker.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    table = data.get("weights", {})
    if not data.get("use") or not isinstance(table, dict) or set(table) != set(FEATURES):
        return None
    return tuple(float(table[name]) for name in FEATURES)


def score(features: tuple[float, ...], table: tuple[float, ...]) -> float:
    return sum(w * x for w, x in zip(table, features, strict=True))

"""Every article in samples/ comes out clean: the mess each one carries is gone from the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from tuiread.model import Article
from tuiread.parser import parse_path
from tuiread.samples import FOUNDING_SAMPLE, founding_sample_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
NAMES = [p.name for p in SAMPLE_FILES]


@dataclass(frozen=True)
class Expected:
    title: str
    sections: tuple[str | None, ...]
    byline: str | None = None
    dateline: str | None = None
    related: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    # Phrases that must appear in the cleaned text, exactly.
    contains: tuple[str, ...] = field(default=())


EXPECTED: dict[str, Expected] = {
    "nato-russia-dialogue.txt": Expected(
        title="despite “major differences”, the dialogue remains open",
        sections=(None, "No agreement between Russians and NATO", "Continuation of the dialogue"),
        related=(
            "► To read also: Wendy Sherman, seasoned American diplomat, at the negotiating table with the Russians",
        ),
        credits=("(With AFP)",),
        contains=("“I haven’t heard anything new”",),
    ),
    "hard-wrapped-dateline.txt": Expected(
        title="Portugal to cut red tape for small firms as growth slows",
        sections=(None,),
        byline="By Ana Ruiz",
        dateline="LISBON (Reuters)",
        contains=(
            "an approach which the government borrowed from Estonia",  # "govern-" + "ment" re-joined
            "approximately 9,000 small-business owners",  # the compound keeps its hyphen
            "“We are asking a baker to fill in the same forms as a cement plant, and that has to stop,” "
            "Valente told reporters after a cabinet meeting.",
        ),
    ),
    "mojibake-windows-1252.txt": Expected(
        title="Montréal’s métro drivers vote to strike over night-shift pay",
        sections=(None,),
        contains=(
            "“Nobody takes this step lightly,” said Hélène Tremblay, president of the drivers’ local.",
            "the answer has always been ‘next year.’”",
            "He added: “We respect the vote.",
            "the Green & Orange lines",
            "Jean-François Ménard",
            "on Thursday — the first walkout",
            "after 1 a.m.",
            "said Amélie Côté, who owns a café",
        ),
    ),
    "markdown-subheadings.txt": Expected(
        title="Norway's last diesel ferries to retire as battery fleet grows",
        sections=(None, "How the switch was paid for", "The grid is the hard part", "What comes next"),
        related=("Read more: Battery ferries face their first real test in Arctic ice",),
        credits=("(With Reuters)",),
        boilerplate=("Advertisement", "Share this article"),
        contains=("Reuters could not independently confirm the ministry's estimate",),
    ),
    "allcaps-nyt-quotes.txt": Expected(
        title="Dayton Council Votes to Keep Branch Libraries Open on Sundays",
        sections=(None, "THE BUDGET GAP", "SUNDAY AS A LIFELINE", "WHAT HAPPENS NEXT"),
        dateline="DAYTON, Ohio",
        contains=(
            "“We can live with old parking meters for another year,” she said.",
            "“He told me, ‘I don't have internet at home and I have an interview Tuesday,’ and he sat",
            "“I'm against pretending we solved something tonight.\n\n“We moved it twelve months down the road",
        ),
    ),
    "machine-translated.txt": Expected(
        title="Lyon-Turin tunnel: Paris and Rome promise “no more delays”",
        sections=(None, "A financing still incomplete", "A calendar under pressure"),
        related=("► To read also: In the Maurienne valley, the construction site that divides the mountain",),
        credits=("(With AFP)",),
        contains=(
            "“The tunnel will be ready, the question is whether the trains will be able to reach it”, declared",
            "cannot wait for fundamental questions” added the Italian Minister",
            "“Each announcement costs more and says less”",
            "“the objective of the two States”",
            "“We will not let a tunnel of this price wait for its rails” insisted the minister",
        ),
    ),
    "crlf-lists-invisibles.txt": Expected(
        title="Mombasa tea auction to move fully online after record season",
        sections=(None,),
        dateline="MOMBASA, Kenya (AP)",
        contains=(
            "the highest in four years",  # zero-width space removed
            "foreign exchange after remittances",  # soft hyphen removed
            "“Every shilling that [the auction] saves on costs",
            "Under the plan:\n\n- sales will run on Tuesdays and Wednesdays, as now;\n\n- brokers",
            "1. a second data centre in Nairobi;\n\n2. a paper fallback",
        ),
    ),
}


@cache
def _parsed(name: str) -> Article:
    return parse_path(SAMPLES / name)


def test_there_are_samples_and_each_is_described() -> None:
    assert len(SAMPLE_FILES) >= 6
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"`{name}`" in readme, f"{name} is not described in samples/README.md"
        assert name in EXPECTED, f"{name} has no expectations in this test module"


@pytest.mark.parametrize("name", NAMES)
def test_no_straight_or_foreign_quotation_marks_left(name: str) -> None:
    article = _parsed(name)
    for text in [
        article.title or "",
        *(p.text for p in article.paragraphs),
        *(s.title or "" for s in article.sections),
    ]:
        assert not re.search(r"[\"«»„‟]|''|``", text), text


@pytest.mark.parametrize("name", NAMES)
def test_quotation_marks_pair_up_in_every_paragraph(name: str) -> None:
    paragraphs = _parsed(name).paragraphs
    for i, paragraph in enumerate(paragraphs):
        depth = 0
        for mark in re.findall(r"[“”]", paragraph.text):
            depth += 1 if mark == "“" else -1
            assert depth in (0, 1), paragraph.text
        if depth:
            # Open only where the quotation runs on: the next paragraph opens with a mark.
            assert i + 1 < len(paragraphs) and paragraphs[i + 1].text.startswith("“"), paragraph.text


@pytest.mark.parametrize("name", NAMES)
def test_no_mojibake_left(name: str) -> None:
    article = _parsed(name)
    everything = "\n".join([article.text, *article.related, *article.credits, *article.boilerplate])
    assert not re.search(r"â€|Ã[\u0080-\u00bf©§¨´]|Â|\u009d|\ufffd", everything)


@pytest.mark.parametrize("name", NAMES)
def test_no_invisible_or_control_characters_left(name: str) -> None:
    text = _parsed(name).text
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]", text)
    assert "  " not in text


@pytest.mark.parametrize("name", NAMES)
def test_title_outline_and_moved_lines(name: str) -> None:
    article = _parsed(name)
    expected = EXPECTED[name]
    assert article.title == expected.title
    assert tuple(s.title for s in article.sections) == expected.sections
    assert article.byline == expected.byline
    assert article.dateline == expected.dateline
    assert article.related == expected.related
    assert article.credits == expected.credits
    assert article.boilerplate == expected.boilerplate


@pytest.mark.parametrize("name", NAMES)
def test_moved_lines_are_out_of_the_text(name: str) -> None:
    article = _parsed(name)
    for line in (*article.related, *article.credits, *article.boilerplate):
        assert line not in article.text
    body = "\n".join(p.text for p in article.paragraphs)
    assert not re.search(r"^(?:► |Read more:|\(With |Advertisement$|Share this)", body, re.MULTILINE)


@pytest.mark.parametrize("name", NAMES)
def test_expected_phrases_in_the_cleaned_text(name: str) -> None:
    article = _parsed(name)
    for phrase in EXPECTED[name].contains:
        assert phrase in article.text


@pytest.mark.parametrize("name", NAMES)
def test_offsets_slice_the_text(name: str) -> None:
    article = _parsed(name)
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
    for s in article.sections:
        if s.heading is not None:
            assert article.text[s.heading.start : s.heading.end] == s.title


# Quotes (by their first words) and who said them: explicit names, titles before names,
# pronouns and surnames resolved to the full name seen earlier.
SPEAKERS: dict[str, dict[str, str]] = {
    "hard-wrapped-dateline.txt": {
        "We are asking a baker": "Tomás Valente",
        "Cutting forms is welcome": "Rita Figueiredo",
        "If you inspect a kitchen": "Duarte Sequeira",
        "People are right to doubt it": "Tomás Valente",
    },
    "mojibake-windows-1252.txt": {
        "Nobody takes this step lightly": "Hélène Tremblay",
        "We respect the vote": "Jean-François Ménard",
        "A strike in November": "Amélie Côté",
        "That depends on one phone call": "Hélène Tremblay",
    },
    "markdown-subheadings.txt": {
        "Ten years ago people told us": "Kari Solberg-Nes",
        "On a crossing that runs": "Per Arne Lothe",
        "We are being asked to deliver": "Ingrid Haugland",
        "If anything, it will be earlier": "Kari Solberg-Nes",
    },
    "allcaps-nyt-quotes.txt": {
        "I learned to read": "Denise Holloway",
        "Nobody in my office": "Raymond Oduya",
        "He told me": "Kevin Marsh",
        # "…Mayor Carla Jimenez, who has said she will sign it. In a statement, she called…"
        "the right decision": "Carla Jimenez",
    },
    "machine-translated.txt": {
        # "Declared the French Minister of Transport Clément Verdier": the name, not "French Minister".
        "The tunnel will be ready": "Clément Verdier",
        "Italy has done its share": "Lucia Benvenuti",
        "Each announcement costs more": "Marie Dufresne",
    },
    "crlf-lists-invisibles.txt": {
        "The floor has served us well": "Faith Wanjiru",
        "If it fails on a sale day": "Samuel Kiprotich",
        "Every shilling that [the auction]": "Daniel Otieno",
    },
}


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_quotes_are_attributed(name: str) -> None:
    quotes = _parsed(name).quotes
    for opening, speaker in SPEAKERS[name].items():
        found = [q for q in quotes if q.text.startswith(opening)]
        assert found, f"no quote starting {opening!r}"
        assert found[0].speaker == speaker, (opening, found[0].speaker)


def test_duplicate_title_lines_dropped() -> None:
    for name in ("nato-russia-dialogue.txt", "machine-translated.txt"):
        article = _parsed(name)
        assert article.fixes.count("duplicate-title") == 1
        assert article.text.count(article.title or "") == 1


def test_each_mess_is_reported_in_the_fix_log() -> None:
    raw = (SAMPLES / "hard-wrapped-dateline.txt").read_text(encoding="utf-8")
    # Every line break inside a paragraph was the wrapper's.
    breaks = sum(block.strip().count("\n") for block in raw.split("\n\n"))
    assert breaks > 25
    assert _parsed("hard-wrapped-dateline.txt").fixes.count("hard-wrap") == breaks
    assert _parsed("hard-wrapped-dateline.txt").fixes.count("line-end-hyphen") == 1
    mojibake = _parsed("mojibake-windows-1252.txt").fixes
    assert mojibake.count("mojibake") >= 20 and mojibake.count("html-entity") == 3
    assert mojibake.count("unicode-form") == 0
    assert _parsed("allcaps-nyt-quotes.txt").fixes.count("quote-style") >= 20
    crlf = _parsed("crlf-lists-invisibles.txt").fixes
    assert crlf.count("line-ending") >= 20 and crlf.count("zero-width") == 1 and crlf.count("soft-hyphen") == 1


def test_founding_sample_ships_byte_for_byte() -> None:
    shipped = founding_sample_path()
    assert shipped.name == FOUNDING_SAMPLE
    assert shipped.read_bytes() == (SAMPLES / FOUNDING_SAMPLE).read_bytes()


def test_mojibake_sample_really_is_mojibake() -> None:
    # The sample must keep its mess, or the tests above prove nothing.
    raw = (SAMPLES / "mojibake-windows-1252.txt").read_text(encoding="utf-8")
    for broken in ("â€œ", "â€\u009d", "â€™", "â€”", "Ã©", "Â\u00a0", "&amp;", "&#8220;"):
        assert broken in raw
    wrapped = (SAMPLES / "hard-wrapped-dateline.txt").read_text(encoding="utf-8")
    assert "govern-\nment" in wrapped and "small-\nbusiness" in wrapped
    assert max(len(line) for line in wrapped.splitlines()) <= 68
    assert b"\r\n" in (SAMPLES / "crlf-lists-invisibles.txt").read_bytes()

"""Quotation-mark repair: every quotation ends up in a matched pair of curly marks.

Copy arrives with straight marks, ``''``/````…''``, « », „ “, marks that point
the wrong way (machine translation opens with ” and closes with “ or »), and
marks that are simply missing. For each paragraph this module decides, for
every double mark, whether it opens or closes a quotation, and where a missing
mark must go, by choosing the cheapest consistent reading:

* how a mark sits in the text (space before and a word after: it opens; a word
  or punctuation before and a space or punctuation after: it closes) is strong
  evidence; its glyph is weak evidence (the glyph is what machine translation
  gets wrong);
* a quotation that would contain a clause of attribution in the narrative
  ("declared the US Deputy Secretary of State Wendy Sherman") is unlikely;
* a missing mark costs something, less where copy puts one (before a cue:
  "…questions Added Russian Deputy Foreign Minister…"; after "said:"; at the
  start of a paragraph).

Then single marks inside (and outside) quotations are paired as ‘ ’ where they
are quotation marks and left alone where they are apostrophes. Capitalised
reporting verbs right after a closing mark are lower-cased. Every change is
counted by kind and its place in the repaired text recorded.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from tuiread.model import QUOTE_MARKS
from tuiread.parser.lexicon import INVERTED_CUES, REPORTING_VERBS, WEAK_VERBS, alternation
from tuiread.parser.sentences import is_abbreviation, last_sentence_end
from tuiread.quick_init import quick_init

OPEN = "\u201c"
CLOSE = "\u201d"
OPEN_SINGLE = "\u2018"
CLOSE_SINGLE = "\u2019"

# Each one-character mark its own branch, not a class: a pattern whose every branch starts with a
# character is searched for by those characters; with a class among them, re tries every position.
_DOUBLE_MARK = re.compile(r"'''|''|``|’’|‘‘|\"|“|”|„|‟|«|»|″")
_SINGLE_MARK = re.compile(r"['‘’‚‹›]")
# A single mark but one between two letters or digits ("don’t", "O’Brien"), which `_single_role`
# reads as an apostrophe and `repair_singles` leaves alone: most of them, passed over by `re`.
# (``[^\W_]`` is what ``str.isalnum`` says of one character.)
_SINGLE_MARK_NOT_INSIDE_A_WORD = re.compile(r"['‘’‚‹›](?!(?<=[^\W_].)[^\W_])")
_CLOSER_PUNCT = frozenset(".,;:!?)]}…")
_OPENER_PUNCT = frozenset("([{—–/")
_SENTENCE_END = re.compile(r"[.?!…][)\]]?(?=\s)")
_FIRST_WORD = re.compile(r"\s*\S+")
_SENTENCE_START = re.compile(r"(?<=[.?!…])\s+(?=[A-Z0-9])")

_STRONG_VERBS = REPORTING_VERBS - WEAK_VERBS
_VERB_ALT = alternation(_STRONG_VERBS)
# A clause of attribution in narrative: ", said Smith" / "Added Russian Deputy…" /
# "Smith said" / "he insisted". Names are capitalised words; "the" may precede a title.
_NAME = r"(?:(?:the|a|an)\s+)?[A-Z][\w.’'\-]*"
_INVERTED_ALT = alternation(INVERTED_CUES)
_CLAUSE_VERB_FIRST = re.compile(
    rf"(?:,\s*|\s)(?P<verb>(?i:{_INVERTED_ALT}))\s+(?:{_NAME}|(?:he|she|they)(?=\s*[,.;:]|\s*$))", re.UNICODE
)
# ", said one source who …", ", added a spokeswoman.": an inverted verb after a comma, then a
# description in lower case (inside speech, "I said the plan was" has no comma before the verb).
_CLAUSE_VERB_FIRST_DESCRIBED = re.compile(
    rf",\s*(?P<verb>{_INVERTED_ALT})\s+(?:the|a|an|one|another)\s+(?:[a-z][\w’'\-]*\s+){{0,3}}[a-z][\w’'\-]*"
    r"(?=\s*[,.;]|\s+(?:who|of|for|at|in|with|close|familiar)\b)"
)
# ", the statement said.", ", a spokeswoman added in an email": a description in lower case, then the verb.
_CLAUSE_DESCRIBED_SUBJECT = re.compile(
    rf",\s*(?:the|a|an|one|another)\s+(?:[a-z][\w’'\-]*\s+){{0,3}}[a-z][\w’'\-]*\s+(?P<verb>{_VERB_ALT})\b"
    r"(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|during|when|after|of|about|to)\b)"
)
# A name set off by an apposition, then the verb: ", Amy Pope, deputy homeland security adviser, said".
_CLAUSE_NAME_APPOSITION = re.compile(
    rf",\s*(?:[A-Z][\w’'.\-]*\s+){{1,3}}[A-Z][\w’'.\-]*,\s+[^,.;:!?“”\"]{{2,80}},\s+(?P<verb>{_VERB_ALT})\b"
    r"(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|during|when|after|of|about|to)\b"
    r"|(?<=told)\s+(?:reporters|journalists|him|her|them|us|me|the|a|an)\b)"
)
# Subject first: only where narrative attribution stands, after a comma or a sentence's end,
# and with the verb closing the clause ("…, Trump said." / "He said in a statement").
_CLAUSE_SUBJECT_FIRST = re.compile(
    rf"(?:^\s*|,\s*|[.?!…]\s+)(?P<subject>(?:[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|press|foreign|deputy|chief)){{0,5}})"
    rf"|[Hh]e|[Ss]he|[Tt]hey)"
    rf"\s+(?P<verb>{_VERB_ALT})\b(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|during|when|after|before|of|about|to|on)\b"
    rf"|(?<=told)\s+(?:The\s+)?[A-Z]|(?<=told)\s+(?:reporters|journalists|him|her|them|us|me|the|a|an)\b)"
)
_NEXT_SENTENCE_REPORTS = re.compile(
    rf"[.?!](?=\s+(?:(?:[A-Z][\w’'.\-]*|press|foreign|deputy|chief)\s+){{0,5}}(?:[A-Z][\w’'.\-]*|He|She|They)"
    rf"\s+(?:{_VERB_ALT})\b)"
)
_NAMED_REPORTER = re.compile(rf"\b[A-Z][\w’'\-]+\s+(?:{_VERB_ALT})\b")
_CLAUSE_MIDWAY = re.compile(
    rf",\s+(?:he|she|they|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+(?:{_VERB_ALT})\b"
    r"(?:\s+(?:in|on|at|during|when|after|of|about|to)\b[^.?!“”\"«»]{0,40})?\.\s+\S"
)
_NARRATIVE_GOES_ON = re.compile(
    r",\s+(?:a|an)\s+(?:swipe|reference|nod|jab|dig|shot|response|apparent|veiled)\b"
    r"|,\s+(?:referring|saying|adding|noting|citing|calling|alluding|echoing|according)\b"
    rf"|\s+and\s+(?:then\s+|also\s+)?(?:{_VERB_ALT})\b"
)
_SAYING_WORD = re.compile(rf"\b(?:{alternation(REPORTING_VERBS)})\b")
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|I’m|I'm|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")
_REPORTED_CLAUSE = re.compile(r"\b(?:because|that|whether)\s+")
# "how big is that wall", "on that day": after a preposition or a copula, "that" points at a thing;
# it joins no reported clause.
_THAT_POINTS = re.compile(r"(?i)\b(?:is|was|are|were|of|in|on|at|for|with|to|about|from|by|all|like|than|into)\s+$")
_JOINING_WORDS = re.compile(r",?\s(?:and|or|but|as well as)(?:\s+(?:a|an|the|as))?\s*$")
_CAPITALISED_VERB = re.compile(rf"(?<=[a-z,;])\s+(?P<verb>{alternation({v.capitalize() for v in _STRONG_VERBS})})\b")
# Words that open what someone says and never name who says it: after a verb of saying with no
# comma or colon ("She declared What a Super Tuesday!”", "saying Hey, vote for me.”"), the speech
# begins there ("said Trump" names the speaker instead).
_SPEECH_OPENERS = "I|We|You|It|This|That|There|What|How|Why|Hey|Well|Yes|No|Let|Our|My|If|When|Thank|Please|Now|Look|Oh"
_CUE_INTRO = re.compile(
    rf"(?:\b(?:{_VERB_ALT})\b[^.!?:]{{0,60}}?:|\b(?:{_VERB_ALT}),|\b(?:{_VERB_ALT})(?:\s+\w+){{0,3}}\s+that)\s+"
    r"|:\s+(?=[A-Z])"
    rf"|\b(?:{_VERB_ALT})\s+(?P<speech>(?=(?:{_SPEECH_OPENERS})\b))"
)
# After a closing mark, the sentence going on in lower case ("… yet” comment", "… hunt” by Democrats").
_PHRASE_GOES_ON = re.compile(r"[ \t]+[a-z]")
# "… welcome the governor - my new best friend.”: a spaced dash, where no cue or colon stands.
_DASH_INTRO = re.compile(r"\s[-—–]\s+")
# A sentence that starts with "I" or "We" is speech far more often than narrative: the run's first,
# or one after end punctuation and spaces. (Two patterns, the second led by its punctuation, which
# `re` scans for: one choice of the two, led by a look back, was tried at every character.)
_FIRST_PERSON_FIRST = re.compile(r"\s*(?:I|We)(?=[\s’'])")
_FIRST_PERSON_AFTER_AN_END = re.compile(r"[.?!…]\s+(?:I|We)(?=[\s’'])")
# A verb of saying capitalised after its subject, which no sentence starts with ("Barkley Said", "He
# Added"): title case that machine translation or a converter left in prose. Only verbs that report
# on their own ("Reports", "Notes" and "States" end names: "Consumer Reports").
_SUBJECT = r"(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
_CAPITALISED_STRONG_WORDS = frozenset(v.capitalize() for v in _STRONG_VERBS)
# After a closing mark: the verb first ("…,” Explained Jens Stoltenberg") or after its subject.
_CUE_CASE = re.compile(
    rf",?\s+(?:(?P<subject>{_SUBJECT})\s+)?(?P<verb>{alternation({v.capitalize() for v in REPORTING_VERBS})})\b"
)
_SUBJECT_BEFORE = re.compile(rf"\b{_SUBJECT}\s+\Z")

# Families of double marks: copy that mixes two usually nests one inside the other
# ("… “Equal Justice Under Law” …" inside straight marks).
_FAMILY = {
    '"': "straight",
    # A double prime for both ends (″so″), where " was typed or converted as ″; after a digit it may
    # still stand for inches, as a straight mark may.
    "″": "straight",
    "“": "curly",
    "”": "curly",
    "„": "curly",
    "‟": "curly",
    "’’": "curly",
    "‘‘": "curly",
    "«": "guillemet",
    "»": "guillemet",
    "''": "latex",
    "``": "latex",
}

# Costs of the reading; only their order matters.
_WRONG_SIDE = 2.0
_UNSURE = 0.5
_GLYPH = 0.3
# « opens and » closes in every language that uses them; copy that turns one the wrong way is rarer
# than copy with curly marks the wrong way.
_GUILLEMET_GLYPH = 1.0
_QUOTE_HOLDS_CLAUSE = 3.0
_NARRATIVE_IN_FIRST_PERSON = 3.0
_INSERT = 1.5
_INSERT_AT_CUE = 0.5
_INSERT_AT_START = 1.0
_REMOVE = 3.5
_REMOVE_DUPLICATE = 0.3
# The least a lost mark's place costs (`_opener_position`, `_closer_position`): `_choose` seeks the
# place only where a reading with it can still be the cheapest.
_LEAST_INSERT = min(_INSERT, _INSERT_AT_CUE, _INSERT_AT_START)
_RUN_ON_MIDWAY = 1.0
_RUN_ON_INLINE = 2.5
# Verbs that name something rather than report speech: “…” after them is a label, never a speech.
_LABEL_VERBS = frozenset("called calls call dubbed termed labeled labelled branded named".split())
_SAID_CLAUSE = re.compile(
    rf"\b(?P<verb>{_VERB_ALT})\s+(?:(?:[^\s.?!,;:“”\"«»]+\s+){{0,6}}?that\s+)?"
    # "many commentators called him the grownup on the stage”": a label after its object.
    rf"|\b(?P<label>{alternation(_LABEL_VERBS)})\s+(?:him|her|them|it|us|me)\s+"
)
_PRIME = 0.8


@quick_init
@dataclass(frozen=True, slots=True)
class MarkRepair:
    """A repair at ``[start, end)`` of the repaired paragraph."""

    start: int
    end: int
    kind: str


@quick_init
@dataclass(frozen=True, slots=True)
class RepairedText:
    text: str
    repairs: tuple[MarkRepair, ...]
    counts: Mapping[str, int]
    open_at_end: bool
    # A quotation left open at the end had its closing mark inserted there.
    closed_at_end: bool = False
    # Not prose (a list, a table, code): its marks were left as they are (`reads_as_data`).
    data: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    raw: str
    cost_open: float
    cost_close: float
    after_digit: bool


def _is_space(ch: str) -> bool:
    return not ch or ch.isspace()


# The costs a mark can have, made once: each mark of a paragraph of a hundred thousand held
# two new floats, and its glyph a new string (only Latin-1 ones are shared by Python).
_COSTS: dict[tuple[float, float], tuple[float, float]] = {}


def _shared(costs: tuple[float, float]) -> tuple[float, float]:
    return _COSTS.setdefault(costs, costs)


# What may stand before a mark that opens, and after one that closes, besides a space or nothing.
_OPENS_AFTER = _OPENER_PUNCT | frozenset("“‘«„")
_CLOSES_BEFORE = _CLOSER_PUNCT | frozenset("”’»")


def _glyph_costs(place: tuple[float, float], raw: str) -> tuple[float, float]:
    """A mark's costs of opening and closing: those of its place, and what its glyph adds."""
    cost_open, cost_close = place
    if raw == "«":
        cost_close += _GUILLEMET_GLYPH
    elif raw == "»":
        cost_open += _GUILLEMET_GLYPH
    elif raw in ("“", "„", "``", "‘‘"):
        cost_close += _GLYPH
    elif raw in ("”", "’’"):
        cost_open += _GLYPH
    return _shared((cost_open, cost_close))


# Every place's costs with every glyph's, made once: a mark's costs are looked up, not added up.
_PLACES = ((0.0, _WRONG_SIDE), (_WRONG_SIDE, 0.0), (_UNSURE, _UNSURE))
_MARK_COSTS = {(place, raw): _glyph_costs(place, raw) for place in _PLACES for raw in _FAMILY}


def _score_mark(text: str, start: int, end: int) -> _Mark:
    raw = sys.intern(text[start:end])
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    # (`_is_space` written out: it was asked up to five times a mark.)
    space_before = not before or before.isspace()
    space_after = not after or after.isspace()
    opens_left = space_before or before in _OPENS_AFTER
    closes_right = space_after or after in _CLOSES_BEFORE
    if opens_left and not space_after and after not in _CLOSER_PUNCT:
        place = _PLACES[0]
    elif not opens_left and closes_right:
        place = _PLACES[1]
    elif space_before and after in _CLOSER_PUNCT:
        # ` “, Explained…`: a mark left floating before a comma closes what came before.
        place = _PLACES[1]
    else:
        place = _PLACES[2]
    cost_open, cost_close = _MARK_COSTS[place, raw]
    return _Mark(start, end, raw, cost_open, cost_close, raw in ('"', "″") and before.isdigit())


@functools.lru_cache(maxsize=4096)
def _has_clause(segment: str) -> bool:
    """Does this run of text hold narrative attribution, which a quotation would not?"""
    if (
        _CLAUSE_VERB_FIRST.search(segment)
        or _CAPITALISED_VERB.search(segment)
        or ("," in segment and _CLAUSE_VERB_FIRST_DESCRIBED.search(segment))
        or (segment.count(",") >= 3 and _CLAUSE_NAME_APPOSITION.search(segment))
        or ("," in segment and _CLAUSE_DESCRIBED_SUBJECT.search(segment))
    ):
        return True
    m = _CLAUSE_SUBJECT_FIRST.search(segment)
    return bool(m and m.group("subject") not in ("I", "We"))


def _outside_cost(segment: str) -> float:
    """What it costs to read this run as narrative (outside any quotation)."""
    first_person = _FIRST_PERSON_FIRST.match(segment) or _FIRST_PERSON_AFTER_AN_END.search(segment)
    return _NARRATIVE_IN_FIRST_PERSON if first_person else 0.0


def _clause_start(text: str, start: int, end: int) -> int | None:
    """Where a clause of attribution begins in ``text[start:end]``, after some quoted words."""
    segment = text[start:end]
    found: list[int] = []
    for pattern in (
        _CAPITALISED_VERB,
        _CLAUSE_VERB_FIRST,
        _CLAUSE_VERB_FIRST_DESCRIBED,
        _CLAUSE_NAME_APPOSITION,
        _CLAUSE_DESCRIBED_SUBJECT,
        _CLAUSE_SUBJECT_FIRST,
    ):
        m = pattern.search(segment)
        if m:
            found.append(m.start())
    for pos in sorted(found):
        if segment[:pos].strip(" ,"):
            return start + pos
    return None


def _closer_position(text: str, start: int, end: int, at_end: bool) -> tuple[int, float]:
    """Where a missing closing mark goes in ``text[start:end]`` (after an opener), and its cost."""
    # “fanatic recklessness. South Korean President Park Geun-hye said …: a new sentence whose
    # subject reports something ends the quotation before it.
    m = _NEXT_SENTENCE_REPORTS.search(text, start, end)
    if m and text[start : m.start() + 1].strip():
        return m.start() + 1, _INSERT_AT_CUE
    clause = _clause_start(text, start, end)
    if clause is not None:
        pos = clause
        # After the comma or full stop that ends the quoted words: “…,” said X / “… .” X said.
        while pos < end and text[pos] in ",.?!…":
            pos += 1
        return pos, _INSERT_AT_CUE
    stripped_end = start + len(text[start:end].rstrip())
    if at_end:
        # A quotation opened mid-sentence ("called on them to “really call out …") most likely
        # ends with that sentence, not with the paragraph.
        before = text[max(0, start - 40) : max(0, start - 1)].rstrip()
        if before[-1:].isalpha():
            first_end = _sentence_end(text, start, stripped_end)
            # … or sooner, where the narrative goes on ("would “not get beat up at his rally, a swipe
            # at …", "“should be wrapped up by Cleveland, referring to …", "“another super Tuesday for
            # our campaign and said it was …").
            goes_on = _NARRATIVE_GOES_ON.search(text, start, first_end or stripped_end)
            if goes_on is not None and text[start : goes_on.start()].strip():
                return goes_on.start(), _INSERT
            if first_end is not None and first_end < stripped_end:
                return first_end, _INSERT
        return stripped_end, _INSERT
    # “human leech who will bleed the country and a “spoiled brat”: the conjunction joins two quotations.
    conj = _JOINING_WORDS.search(text, start, stripped_end)
    if conj and text[start : conj.start()].strip():
        return conj.start(), _INSERT
    last = last_sentence_end(_SENTENCE_END, text, start, stripped_end)
    if last is not None:
        return last, _INSERT
    # No sentence in it: a short phrase whose closer was lost; close after its first word. (A
    # word that runs past ``end`` gives a place past it, which the caller refuses: no need to
    # read the rest of it, which in a paragraph with no spaces is the rest of the paragraph.)
    m = _FIRST_WORD.match(text, start, end + 1)
    return (m.end() if m else stripped_end), _INSERT


def _past_spaces(text: str, pos: int, end: int) -> int:
    """Where ``text[pos:end]`` stops being spaces (``end`` if it is all spaces)."""
    return pos + len(text[pos:end]) - len(text[pos:end].lstrip())


def _closed_and_reopened(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """In a quotation's ``text[start:end]`` holding a clause of attribution that ends a sentence, where a
    lost closer goes before the clause and a lost opener after it; None when the clause does not end a
    sentence with quoted words on both sides."""
    clause = _clause_start(text, start, end)
    if clause is None or not text[start:clause].strip(" ,"):
        return None
    close_at = clause
    while close_at < end and text[close_at] in ",.?!…":
        close_at += 1
    stop = _sentence_end(text, close_at, end)
    if stop is None or not text[stop:end].strip() or _has_clause(text[stop:end]):
        return None
    return close_at, CLOSE, _past_spaces(text, stop, end)


def _sentence_end(text: str, start: int, end: int) -> int | None:
    """The end of the first sentence in ``text[start:end]`` ("Sens." and "U.S." end none)."""
    for m in _SENTENCE_END.finditer(text, start, end):
        if not is_abbreviation(text, m.start()):
            return m.end()
    return None


def _cue_follows(text: str, pos: int) -> bool:
    """A clause of attribution right after ``pos`` (“…,” said X / “…,” X said)."""
    window = text[pos : pos + 120]
    m = _CLAUSE_VERB_FIRST.match(window) or _CLAUSE_SUBJECT_FIRST.match(window) or _CAPITALISED_VERB.match(window)
    return m is not None


def _after_reporting_verb(text: str, start: int, end: int) -> int | None:
    """Where what a verb of saying reports begins in the last sentence of ``text[start:end]`` (after
    "that" when it follows within a few words), when the narrative before it is in the third person;
    None when no such verb stands there or fewer than two words follow it."""
    body_end = start + len(text[start:end].rstrip())
    sentence = last_sentence_end(_SENTENCE_END, text, start, body_end - 1) or start
    last = None
    for m in _SAID_CLAUSE.finditer(text, sentence, body_end):
        # "the difficulty in predicting who …" reports nothing; a clause set off by a comma does
        # (", shouting she wins, we lose!”").
        if not (m.group("verb") or "").endswith("ing") or text[m.start() - 2 : m.start()] == ", ":
            last = m
    if last is None or _FIRST_OR_SECOND_PERSON.search(text, sentence, last.start()):
        return None
    if len(text[last.end() : body_end].split()) < 2:
        return None
    return last.end()


def _after_narrative(segment: str, lead: int) -> int:
    """Where the quoted words begin in a paragraph's ``segment`` that ends with a closing mark: after the
    sentences that open it as narrative ("State party chairman John Burton has also urged delegates to
    unite. We’ve got a common enemy,” Burton said"): sentences that report, in the third person."""
    begin = lead
    for m in _SENTENCE_START.finditer(segment, lead):
        sentence = segment[begin : m.start() + 1]
        if is_abbreviation(segment, m.start()) or not (
            _SAYING_WORD.search(sentence) and not _FIRST_OR_SECOND_PERSON.search(sentence)
        ):
            break
        begin = m.end()
    return begin if segment[begin:].strip() else lead


class _OwnWords:
    """Is a place in ``segment`` in a sentence in the first or second person ("It’s a slope where I say I
    want …”): the speaker's own words, where no quotation of theirs begins. The segment's sentence ends
    and first- or second-person words are found once; each place is then looked up (a paragraph of
    thousands of cues read each sentence back from its start once per cue, quadratic)."""

    def __init__(self, segment: str) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(segment) if not is_abbreviation(segment, m.start())]
        self.persons = [(m.start(), m.end()) for m in _FIRST_OR_SECOND_PERSON.finditer(segment)]

    def at(self, pos: int) -> bool:
        k = bisect.bisect_left(self.ends, pos) - 1
        sentence = self.ends[k] if k >= 0 else 0
        j = bisect.bisect_left(self.persons, (sentence, 0))
        return j < len(self.persons) and self.persons[j][1] <= pos


def _opener_position(text: str, start: int, end: int, at_start: bool) -> tuple[int, float]:
    """Where a missing opening mark goes in ``text[start:end]`` (before a closer), and its cost."""
    segment = text[start:end]
    body = segment.rstrip()  # (words after a match: it ends before len(body))
    cue_follows = _cue_follows(text, end + 1)  # (read once: most branches below ask)
    # "Obama said it gets me mad” every time …", "X says Cruz will leave here with momentum.”": with
    # no attribution after the closer, the quoted words are what the narrative's verb reports.
    reported = _after_reporting_verb(text, start, end) if not cue_follows else None
    own_words: _OwnWords | None = None
    for intro in (_CUE_INTRO, _DASH_INTRO):
        last = None
        for m in intro.finditer(segment):
            if m.end() >= len(body):
                continue
            if m.lastgroup == "speech":
                own_words = own_words or _OwnWords(segment)
                if own_words.at(m.start()):
                    continue
            last = m
        # "Some changes need to be made — he’s addressing them,” he said: a dash inside the quoted
        # words; one that ends narrative follows a verb of saying ("asked the crowd to welcome the
        # governor - my new best friend.”"). (A verb in a later sentence reports the quoted words.)
        if (
            last is not None
            and (intro is _CUE_INTRO or _SAYING_WORD.search(segment, 0, last.start()))
            and (reported is None or reported <= start + last.end())
        ):
            return start + last.end(), _INSERT_AT_CUE
    lead = len(segment) - len(segment.lstrip())
    if reported is not None:
        return reported, _INSERT
    if end > 0 and text[end - 1].isalnum() and _PHRASE_GOES_ON.match(text, end + 1) and not cue_follows:
        # "Pence was asked about the not there yet” comment": a closing mark between two words of one
        # sentence ends a phrase, not a quotation from the paragraph's start; its opener stood a word
        # or two back.
        cut = body.rfind(" ")
        return start + (cut + 1 if cut >= 0 else lead), _INSERT
    if cue_follows:
        # "… was worth examining because most people don’t know,” she said: the quotation began
        # after the clause that reports it.
        # ("Vos said she asked for the meeting because she wanted …": the clause follows narrative that
        # reports; in "I'm the catcher because there’s no other …,” he said" it is the speaker's own.)
        joins = [
            m
            for m in _REPORTED_CLAUSE.finditer(segment)
            if _SAYING_WORD.search(segment, 0, m.start())
            and not (m.group().startswith("that") and _THAT_POINTS.search(segment, max(0, m.start() - 8), m.start()))
        ]
        # (Words enough for a clause after it: in "come up with that statement,” said X", "that" is
        # no conjunction.)
        if joins and len(segment[joins[-1].end() :].split()) >= 3:
            after_join = start + joins[-1].end()
            ended = last_sentence_end(_SENTENCE_END, text, after_join, end)
            if ended is None:
                return after_join, _INSERT_AT_CUE
            # "… because she wanted it on a professional footing. You don’t want to be the story,” she
            # said": a sentence ended after the conjunction; the quotation is the last sentence.
            last = _past_spaces(text, ended, end)
            if text[last:end].strip():
                return last, _INSERT_AT_CUE
    # The paragraph's start, when the quotation is short or a cue follows its closing mark;
    # a long run of narrative before a lone closing mark lost the opener of a short phrase.
    if at_start and (len(segment.split()) <= 30 or cue_follows):
        return start + _after_narrative(segment, lead), _INSERT_AT_START
    if (
        start >= 2
        and text[start - 2] in ".?!…"
        and not text[start - 1].isspace()
        and cue_follows
        and _sentence_end(text, start + lead, start + len(body) - 1) is None
        and not _has_clause(segment)
    ):
        # "… correctness-free zone.” So afterwards, his supporters feel justified,” he said: a sentence
        # that opens after a quotation's closing mark, with a cue after its own closer, was quoted whole
        # (one sentence: past a sentence's end, narrative may have come between).
        return start + lead, _INSERT_AT_START
    m = _SENTENCE_START.search(segment)
    if m and not _NAMED_REPORTER.search(segment, m.end()):
        if _has_clause(segment[: m.start() + 1]):
            # "“…,” Ward said. If they make one discredited leak, …,” he added.", "“…,” Rear Admiral
            # Guan Youfei told reporters. The U.S. action … countries.”": a sentence of attribution,
            # then the next quotation; its opener went missing.
            return start + m.end(), _INSERT_AT_CUE
        return start + m.end(), _INSERT
    # "These employees, Stumpf explained earlier, were well-paid,”: a sentence with its own
    # reporter is narrative; the lost opener belonged to the last word or two.
    cut = body.rfind(" ")
    return start + (cut + 1 if cut >= 0 else lead), _INSERT


@quick_init
@dataclass(frozen=True, slots=True)
class _Step:
    """What was done at a mark: its new role and any mark inserted before it (at most two: a closer
    and an opener lost around a clause of attribution, "« A, said X. B »")."""

    role: str  # "open", "close", "remove", "prime"
    insert_at: int | None = None
    insert: str = ""
    reopen_at: int | None = None  # where an opener was inserted after ``insert_at``'s closer


def _alternating(marks: Sequence[_Mark], continues: bool | str) -> tuple[list[_Step], int | None, bool] | None:
    """Marks that open and close in turn, each where its place says: the reading needs no search.

    Most paragraphs of clean copy are like this; only messy ones pay for the full search.
    """
    for i, mark in enumerate(marks):
        if (mark.cost_open if i % 2 == 0 else mark.cost_close) > 0.0:
            return None
    if len(marks) % 2 == 0:
        return [_OPEN_STEP if i % 2 == 0 else _CLOSE_STEP for i in range(len(marks))], None, False
    return None  # one left open: whether it runs on is the search's to weigh


def _clause_midway(text: str, marks: Sequence[_Mark]) -> bool:
    """Does a quotation in well-placed marks hold a sentence of attribution between its words ("“There’s
    so much more to be done, she said. The truth is …”": the closer before "she said" and the opener after
    it were lost)? Then the full search weighs it."""
    return any(_CLAUSE_MIDWAY.search(text, marks[i].end, marks[i + 1].start) for i in range(0, len(marks) - 1, 2))


# The steps that insert nothing, made once: a paragraph of a hundred thousand marks offered
# several for each mark, and kept two.
_OPEN_STEP = _Step("open")
_CLOSE_STEP = _Step("close")
_REMOVE_STEP = _Step("remove")
_PRIME_STEP = _Step("prime")


def _choose(
    text: str, marks: Sequence[_Mark], continues: bool | str, after_unclosed: bool = False
) -> tuple[list[_Step], int | None, bool]:
    """The cheapest reading: a step per mark, where a closer is inserted at the end, and open_at_end."""
    easy = _alternating(marks, continues)
    if easy is not None and not _clause_midway(text, marks):
        return easy
    inf = float("inf")
    # cost[state]: the cheapest reading so far ending closed (0) or open (1). For each mark and
    # state, the state before it and the step taken (flat arrays: a paragraph can have a hundred
    # thousand marks, and a list of tuples for each was most of the parse's memory).
    cost = [0.0, inf]
    opened_at = 0  # where the open quotation of state 1 began
    back_prev = (bytearray(), bytearray())
    back_step: tuple[list[_Step | None], list[_Step | None]] = ([], [])
    best = [inf, inf]
    choice: list[tuple[int, _Step] | None] = [None, None]
    opened = 0
    mark_start = 0

    def offer(state: int, value: float, prev: int, step: _Step) -> None:
        nonlocal opened
        if value < best[state]:
            best[state] = value
            choice[state] = (prev, step)
            if state == 1:
                opened = mark_start if step.role == "open" else opened_at

    seg_start = 0
    for i, mark in enumerate(marks):
        seg_end = mark.start
        # An opening mark needs words after it before the next mark or the paragraph's end.
        next_start = marks[i + 1].start if i + 1 < len(marks) else len(text)
        # `"“You…`: the same mark twice in a row; drop one. An opener typed twice (` ““You…`) may lose
        # its first, which has no words before the next mark to open on (`.”“Your` and `."“Your` close,
        # then open; `pic="" author` is an empty value).
        duplicate = (i > 0 and marks[i - 1].end == mark.start) or (
            i + 1 < len(marks)
            and next_start == mark.end
            and marks[i + 1].raw == mark.raw
            and text[marks[i + 1].end : marks[i + 1].end + 1].isalnum()
            and (mark.start == 0 or text[mark.start - 1].isspace() or text[mark.start - 1] in _OPENER_PUNCT)
        )
        can_open = any(ch.isalnum() for ch in text[mark.end : next_start])
        best[0] = best[1] = inf
        choice[0] = choice[1] = None
        opened = opened_at
        mark_start = mark.start

        if cost[1] < inf:
            # (Read before the closed state's readings: closing the open quotation here bounds them.)
            penalty = _QUOTE_HOLDS_CLAUSE if _has_clause(text[seg_start:seg_end]) else 0.0
        if cost[0] < inf:
            outside = _outside_cost(text[seg_start:seg_end])
            if can_open:
                offer(1, cost[0] + mark.cost_open + outside, 0, _OPEN_STEP)
            # A lost opener's reading costs at least _LEAST_INSERT besides the mark's closing: where a
            # reading offered after it (removing the mark, closing the quotation open before it) is sure
            # to cost less, it cannot be the cheapest, and its place is not sought (`offer` keeps the
            # first of the cheapest, so a dearer offer changes nothing).
            later = cost[0] + (_REMOVE_DUPLICATE if duplicate else _REMOVE + outside)
            if cost[1] < inf:
                later = min(later, cost[1] + mark.cost_close + penalty)
            pos, c = (
                _opener_position(text, seg_start, seg_end, at_start=(i == 0))
                if cost[0] + mark.cost_close + _LEAST_INSERT <= later
                else (seg_end, 0.0)
            )
            if pos < seg_end and text[pos:seg_end].strip():
                c += _outside_cost(text[seg_start:pos])
                # A guessed place (not after a cue, not the paragraph's start) in a run of
                # narrative attribution is no place for a quotation to begin.
                guessed = c >= _INSERT
                c += _QUOTE_HOLDS_CLAUSE if _has_clause(text[seg_start if guessed else pos : seg_end]) else 0.0
                if text[pos:seg_end].rstrip().endswith(":"):
                    c += _QUOTE_HOLDS_CLAUSE  # "Williams then said: ” To see him …": a colon opens what follows
                offer(0, cost[0] + mark.cost_close + c, 0, _Step("close", pos, OPEN))
            if i == 0 and after_unclosed and not text[mark.end :].strip() and len(text[:seg_end].split()) <= 12:
                # `Former NAACP president Ben Jealous."` under a quotation left open: the
                # speaker's line caught inside the marks; the mark belongs to the quotation.
                offer(0, cost[0] + _REMOVE_DUPLICATE, 0, _REMOVE_STEP)
            if mark.after_digit:
                offer(0, cost[0] + _PRIME + outside, 0, _PRIME_STEP)
            offer(0, cost[0] + (_REMOVE_DUPLICATE if duplicate else _REMOVE + outside), 0, _REMOVE_STEP)
        if cost[1] < inf:
            offer(0, cost[1] + mark.cost_close + penalty, 1, _CLOSE_STEP)
            if penalty:
                around = _closed_and_reopened(text, seg_start, seg_end)
                if around is not None:
                    # "« Big city mayors … don’t matter, said Sheinkopf. What matters is … now »": the
                    # closer before the clause and the opener after it both went missing.
                    offer(0, cost[1] + mark.cost_close + 2 * _INSERT_AT_CUE, 1, _Step("close", *around))
            # A lost closer's reading costs at least _LEAST_INSERT besides the mark's opening: its place
            # is sought only where a word follows the mark to open on, and where neither opening here from
            # the closed state (offered before) costs no more nor removing the mark (after) less.
            floor = cost[1] + mark.cost_open + _LEAST_INSERT
            sought = (
                can_open
                and not (cost[0] < inf and cost[0] + mark.cost_open + outside <= floor)
                and floor <= cost[1] + (_REMOVE_DUPLICATE if duplicate else _REMOVE + penalty)
            )
            pos, c = _closer_position(text, seg_start, seg_end, at_end=False) if sought else (seg_start, 0.0)
            if can_open and seg_start < pos <= seg_end and text[seg_start:pos].strip():
                c += _QUOTE_HOLDS_CLAUSE if _has_clause(text[seg_start:pos]) else 0.0
                offer(1, cost[1] + mark.cost_open + c, 1, _Step("open", pos, CLOSE))
            offer(1, cost[1] + (_REMOVE_DUPLICATE if duplicate else _REMOVE + penalty), 1, _REMOVE_STEP)
        for state in (0, 1):
            entry = choice[state]
            back_prev[state].append(entry[0] if entry is not None else 0)
            back_step[state].append(entry[1] if entry is not None else None)
        cost = [best[0], best[1]]
        opened_at = opened
        seg_start = mark.end
    # The end of the paragraph: a quotation still open is closed here (a mark inserted)
    # or, when the next paragraph opens with a mark, runs on into it.
    end_insert: int | None = None
    tail_pos, tail_cost = _closer_position(text, seg_start, len(text), at_end=True)
    tail_ok = seg_start < tail_pos and text[seg_start:tail_pos].strip()
    close_here = inf
    if tail_ok:
        close_here = cost[1] + tail_cost + (_QUOTE_HOLDS_CLAUSE if _has_clause(text[seg_start:tail_pos]) else 0.0)
    run_on = inf
    if continues:
        # A quotation that runs on opens its paragraph or follows a colon ("He said:").
        lead = text[:opened_at].rstrip()
        run_on = cost[1] + (_QUOTE_HOLDS_CLAUSE if _has_clause(text[seg_start:]) else 0.0)
        run_on += _run_on_cost(lead)
        opener = next((m for m in marks if m.start == opened_at), None)
        if opener is not None and continues is not True and _FAMILY[opener.raw] != continues:
            # A block quote in straight marks runs on into paragraphs that open with a straight
            # mark; a paragraph opening with “ starts a quotation of its own.
            run_on = inf
    final_open = min(close_here, run_on)
    final_closed = cost[0] + _outside_cost(text[seg_start:])
    state = 1 if final_open < final_closed else 0
    open_at_end = False
    if state == 1:
        if run_on <= close_here:
            open_at_end = True
        else:
            end_insert = tail_pos
    steps: list[_Step] = []
    for i in range(len(marks) - 1, -1, -1):
        step = back_step[state][i]
        assert step is not None
        steps.append(step)
        state = back_prev[state][i]
    steps.reverse()
    return steps, end_insert, open_at_end


def _run_on_cost(lead: str) -> float:
    """What it costs for a quotation opened after ``lead`` to run on into the next paragraph.

    One that opens its paragraph or follows a colon often does; one opened inside a sentence
    ("called on them to “really call out …") is a phrase of that sentence and hardly ever does.
    """
    if not lead or lead.endswith(":"):
        return 0.0
    last = lead.rsplit(None, 1)[-1].lower()
    if lead[-1:].isalpha() and (last not in REPORTING_VERBS or last in _LABEL_VERBS):
        return _RUN_ON_INLINE
    return _RUN_ON_MIDWAY


def _style_kind(raw: str, new: str) -> str | None:
    if raw == new:
        return None
    if raw in ('"', "'"):
        return "quote-straight"
    if raw in ("“", "”", "‘", "’"):
        return "quote-direction"
    return "quote-style"


_START_AND_END = operator.itemgetter(0, 1)  # an edit's place, what edits are applied in the order of


class _Builder:
    """Applies edits (replacements and insertions at offsets of the input) and tracks repairs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str, str | None]] = []

    def replace(self, start: int, end: int, new: str, kind: str | None) -> None:
        self.edits.append((start, end, new, kind))

    def build(self) -> tuple[str, list[MarkRepair], dict[str, int]]:
        if not self.edits:
            return self.text, [], {}  # each pass builds once a paragraph, and most change nothing
        out: list[str] = []
        repairs: list[MarkRepair] = []
        counts: dict[str, int] = {}
        pos = 0
        length = 0
        for start, end, new, kind in sorted(self.edits, key=_START_AND_END):
            if start < pos:
                continue  # overlapping edit: the first one wins
            out.append(self.text[pos:start])
            length += start - pos
            out.append(new)
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
                # A mark or space removed leaves an empty place where it stood, for the fix log.
                repairs.append(MarkRepair(length, length + len(new), kind))
            length += len(new)
            pos = end
        out.append(self.text[pos:])
        return "".join(out), repairs, counts


def _space_edits(builder: _Builder, text: str, start: int, end: int, role: str) -> None:
    """An opener hugs the word after it, a closer the word before it."""
    if role == "open" and end < len(text) and text[end] == " " and end + 1 < len(text):
        builder.replace(end, end + 1, "", "quote-space")
        if start > 0 and text[start - 1].isalnum():
            builder.replace(start, start, " ", None)  # the space moves to the outside
    if role == "close" and start > 0 and text[start - 1] == " " and start > 1:
        builder.replace(start - 1, start, "", "quote-space")
        if end < len(text) and text[end].isalnum():
            builder.replace(end, end, " ", None)


def _find_marks(text: str) -> list[_Mark]:
    marks: list[_Mark] = []
    for m in _DOUBLE_MARK.finditer(text):
        start, end = m.start(), m.end()
        if end - start == 3:
            # Three apostrophes are a single mark and a double one: `country,'''`
            # closes both (single first), `'''Yeah` opens both (double first).
            after = text[end : end + 1]
            start, end = (start + 1, end) if _is_space(after) or after in _CLOSER_PUNCT else (start, start + 2)
        marks.append(_score_mark(text, start, end))
    return marks


def _nested_reading(text: str, marks: list[_Mark], continues: bool | str) -> tuple[list[_Step], bool, set[int]] | None:
    """Two families of marks, one cleanly inside the other: the inner pairs are nested quotes.

    Returns steps for the outer marks, open_at_end, and the indexes of the inner
    marks. Only a reading with no mark inserted or removed, and inner marks that
    pair by how they sit, is accepted.
    """
    families = {_FAMILY[m.raw] for m in marks}
    if len(families) != 2:
        return None
    for outer in sorted(families):
        if _FAMILY[marks[0].raw] != outer:
            # The paragraph's first mark would be inner, before every outer mark and so inside no
            # quotation of theirs: `_inner_marks_pair` refuses such a reading, which is not sought.
            continue
        outer_idx = [i for i, m in enumerate(marks) if _FAMILY[m.raw] == outer]
        inner_idx = [i for i, m in enumerate(marks) if _FAMILY[m.raw] != outer]
        steps, end_insert, open_at_end = _choose(text, [marks[i] for i in outer_idx], continues)
        if end_insert is not None or any(st.insert_at is not None or st.role in ("remove", "prime") for st in steps):
            continue
        spans: list[tuple[int, int]] = []
        opened: int | None = None
        for i, st in zip(outer_idx, steps, strict=True):
            if st.role == "open":
                opened = marks[i].end
            elif opened is not None:
                spans.append((opened, marks[i].start))
                opened = None
        if opened is not None:
            spans.append((opened, len(text)))
        if _inner_marks_pair(text, marks, inner_idx, spans):
            return steps, open_at_end, set(inner_idx)
    return None


# After a comma, a subject of a few words and a verb of saying: ", » the businessman replied. «".
_SUBJECT_AND_VERB = re.compile(rf"\s*(?:[\w’'.\-]+\s+){{1,4}}?(?:{_VERB_ALT})\b")


def _inner_holds_clause(text: str, mark_start: int, start: int, end: int) -> bool:
    """Does the run between an inner pair's marks hold narrative attribution? (A comma before its
    opener belongs to the clause: "…, » the businessman replied. « …".)"""
    inner = text[start:end]
    if _has_clause(inner):
        return True
    before = mark_start
    while before and text[before - 1].isspace():
        before -= 1
    if text[before - 1 : before] != ",":
        return False
    m = _SUBJECT_AND_VERB.match(inner)
    return m is not None and not _FIRST_OR_SECOND_PERSON.search(inner, 0, m.end())


def _inner_marks_pair(text: str, marks: list[_Mark], inner_idx: list[int], spans: list[tuple[int, int]]) -> bool:
    """Each inner mark sits inside an outer span, opening and closing in turn as its place says, and
    no inner pair holds narrative attribution ("“… wall, » Calderon told CNBC. « It’s …”" is two
    quotations in mixed marks, not one with a quotation inside)."""
    expect_open: dict[int, bool] = {}
    opener_start = opened_at = 0
    for i in inner_idx:
        m = marks[i]
        span = next((k for k, (a, b) in enumerate(spans) if a <= m.start and m.end <= b), None)
        if span is None:
            return False
        want_open = expect_open.get(span, True)
        if (m.cost_open if want_open else m.cost_close) >= _WRONG_SIDE:
            return False
        if want_open:
            opener_start, opened_at = m.start, m.end
        elif _inner_holds_clause(text, opener_start, opened_at, m.start):
            return False
        expect_open[span] = not want_open
    return all(expect_open.values())


def repair_doubles(text: str, continues: bool | str = False, after_unclosed: bool = False) -> RepairedText:
    """Repair the double quotation marks of one paragraph.

    ``continues``: the next paragraph opens with a mark, so a quotation may stay
    open at the end of this one (the multi-paragraph convention); when it names
    that mark's family ("straight", "curly"…), only a quotation opened with the
    same family may.
    ``after_unclosed``: the paragraph before left a quotation open and had it closed.
    """
    marks = _find_marks(text)
    if not marks:
        return RepairedText(text, (), {}, False)
    b = _Builder(text)
    end_insert: int | None = None
    nested = _nested_reading(text, marks, continues)
    if nested is not None:
        steps, open_at_end, inner = nested
        outer_marks = [m for i, m in enumerate(marks) if i not in inner]
        for n, i in enumerate(sorted(inner)):
            b.replace(marks[i].start, marks[i].end, CLOSE_SINGLE if n % 2 else OPEN_SINGLE, "quote-nested")
    else:
        outer_marks = marks
        steps, end_insert, open_at_end = _choose(text, marks, continues, after_unclosed)
    for mark, step in zip(outer_marks, steps, strict=True):
        if step.insert_at is not None:
            b.replace(step.insert_at, step.insert_at, step.insert, "quote-inserted")
        if step.reopen_at is not None:
            b.replace(step.reopen_at, step.reopen_at, OPEN, "quote-inserted")
        if step.role == "remove":
            b.replace(mark.start, mark.end, "", "quote-removed")
        elif step.role == "prime":
            b.replace(mark.start, mark.end, "\u2033", "quote-straight")
        else:
            new = OPEN if step.role == "open" else CLOSE
            if new != mark.raw:
                # (A curly mark already as it reads changes nothing: in clean copy, none changes, and
                # the paragraph is not built again. Such a mark is one character: no edit stands inside it.)
                b.replace(mark.start, mark.end, new, _style_kind(mark.raw, new))
            _space_edits(b, text, mark.start, mark.end, step.role)
    if end_insert is not None:
        b.replace(end_insert, end_insert, CLOSE, "quote-inserted")
    new_text, repairs, counts = b.build()
    return RepairedText(new_text, tuple(repairs), counts, open_at_end, end_insert == len(text.rstrip()))


# ---- single marks -----------------------------------------------------------------

_ELISIONS = re.compile(r"(?i)(?:em|til|tis|twas|cause|n|s|d|re|ve|ll|m|t|bout|round|nuff)\b")


def _single_role(text: str, start: int) -> str:
    """``"open"``, ``"close"``, ``"either"`` (s’ at a word end) or ``"apostrophe"``."""
    raw = text[start]
    before = text[start - 1] if start > 0 else ""
    after = text[start + 1] if start + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return "apostrophe"  # don’t, O’Brien
    if (_is_space(before) or before in _OPENER_PUNCT or before in '“”"') and (after.isalnum() or after in '“"'):
        if after.isdigit() and re.match(r"\d0s\b|\d\d\b", text[start + 1 : start + 5]):
            return "apostrophe"  # ’90s, ’16
        if (
            raw in ("'", "’")
            and _ELISIONS.match(text, start + 1)
            and not re.match(r"(?i)(?:s|d|t|m|n)\w", text[start + 1 : start + 3])
        ):
            return "apostrophe"  # ’em, ’til, rock ’n’ roll
        return "open"
    if not _is_space(before) and (_is_space(after) or after in _CLOSER_PUNCT or after in '”"'):
        if before in "sS" or raw == "‘":
            return "either"
        return "close"
    return "apostrophe"


def repair_singles(text: str) -> RepairedText:
    """Pair single quotation marks (nested quotes, headline quotes) as ‘ ’; leave apostrophes."""
    b = _Builder(text)
    open_at: int | None = None
    for m in _SINGLE_MARK_NOT_INSIDE_A_WORD.finditer(text):
        i = m.start()
        role = _single_role(text, i)
        if role == "open":
            open_at = i
        elif role in ("close", "either") and open_at is not None:
            # A pair must not straddle a double mark: that would cross a quotation's edge.
            if not _DOUBLE_MARK.search(text, open_at + 1, i):
                for pos, new in ((open_at, OPEN_SINGLE), (i, CLOSE_SINGLE)):
                    if text[pos] != new:  # (as with the doubles: one already as it reads changes nothing)
                        b.replace(pos, pos + 1, new, _style_kind(text[pos], new))
            open_at = None
        elif role == "close" and text[i] in "‘‚‹":
            b.replace(i, i + 1, CLOSE_SINGLE, "quote-direction")
    new_text, repairs, counts = b.build()
    return RepairedText(new_text, tuple(repairs), counts, False)


def _capitalised_verb_before(text: str, pos: int) -> int | None:
    """Where a capitalised verb of saying after its subject stands right before ``pos`` (an opening
    mark): "He Added, “", "Maria Bartiromo Asked: “". The word before the mark is read from a few
    characters back (no verb of saying is longer), and the subject only when it is such a verb."""
    before = text[max(0, pos - 20) : pos].rstrip(" ,:\u00a0")
    word = before[before.rfind(" ") + 1 :]
    if word not in _CAPITALISED_STRONG_WORDS:
        return None
    start = pos - (len(text[max(0, pos - 20) : pos]) - len(before)) - len(word)
    return start if _SUBJECT_BEFORE.search(text, max(0, start - 48), start) else None


def _title_case(text: str) -> bool:
    """A line in title case (a subheading left in a paragraph: "“Broad City” Star Asked Actors To …"),
    where a capitalised verb is the line's style: most of its words are capitalised."""
    words = text.split()
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def lower_capitalised_cues(text: str, after_subject: bool = True) -> RepairedText:
    """``“…,” Explained Jens Stoltenberg`` to ``“…,” explained Jens Stoltenberg``.

    Only right after a closing mark, where a sentence cannot have started: after
    a comma, or after a quotation that did not end a sentence. With ``after_subject``
    (prose, not a title in title case), also a verb capitalised after its subject
    next to a quotation: ``“…,” Barkley Said``, ``He Added, “…``.
    """
    b = _Builder(text)
    after_subjects: list[int] = []
    for m in _CLOSING_MARK.finditer(text):
        cue = _CUE_CASE.match(text, m.end())
        if not cue:
            continue
        if cue.group("subject"):
            if after_subject and cue.group("verb") in _CAPITALISED_STRONG_WORDS:
                after_subjects.append(cue.start("verb"))
            continue
        inner_end = text[m.start() - 1 : m.start()]
        comma = "," in text[m.end() : cue.start("verb")] or inner_end == ","
        if comma or inner_end not in (".", "?", "!", "…"):
            start = cue.start("verb")
            b.replace(start, start + 1, text[start].lower(), "cue-case")
    if after_subject:
        pos = text.find(OPEN)
        while pos >= 0:
            start = _capitalised_verb_before(text, pos)
            if start is not None:
                after_subjects.append(start)
            pos = text.find(OPEN, pos + 1)
    # Whether the paragraph is in title case is read once, and only when such a verb stands in it.
    if after_subjects and not _title_case(text):
        for start in after_subjects:
            b.replace(start, start + 1, text[start].lower(), "cue-case")
    new_text, repairs, counts = b.build()
    return RepairedText(new_text, tuple(repairs), counts, False)


# The characters a double mark starts with (`_DOUBLE_MARK`'s): most paragraphs open with none.
_DOUBLE_MARK_STARTS = frozenset("'`’‘\"“”„‟«»″")


def _leading_family(text: str) -> str | bool:
    """The family of the mark a paragraph opens with, or False when it opens with none."""
    lead = text.lstrip()
    if lead[:1] not in _DOUBLE_MARK_STARTS:
        return False
    m = _DOUBLE_MARK.match(lead)
    if not m:
        return False
    raw = m.group(0)
    return _FAMILY.get(raw[-2:] if len(raw) == 3 else raw, True)


# Shared by every block without a mark (a page of thousands of headings has thousands of them).
_NO_COUNTS: Mapping[str, int] = MappingProxyType({})
_ANY_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}″]")
_CLOSING_MARK = re.compile(CLOSE)  # compiled once: it is sought in every paragraph with marks


def has_marks(text: str) -> bool:
    """Any quotation mark (or apostrophe) at all: without one there is nothing to repair."""
    if text.isascii():
        # (Most paragraphs: three of the marks are ASCII, and a search for one character is a scan in C.)
        return '"' in text or "'" in text or "`" in text
    return _ANY_MARK.search(text) is not None


def _holds_single_mark(text: str) -> bool:
    if text.isascii() and "'" not in text:
        return False  # (the one single mark ASCII has)
    return _SINGLE_MARK_NOT_INSIDE_A_WORD.search(text) is not None


def _holds_closing_mark(text: str) -> bool:
    return CLOSE in text


# The passes after the doubles, each with what a text must hold for it to find anything: most
# paragraphs hold apostrophes alone, or quotations with no cue after them, and a pass that finds
# nothing changes nothing.
_LATER_PASSES = ((repair_singles, _holds_single_mark), (lower_capitalised_cues, _holds_closing_mark))


def _chain(text: str, continues: bool | str, after_unclosed: bool = False, line: bool = False) -> RepairedText:
    """Doubles, then singles, then cue case; repairs re-based through each pass."""
    if not has_marks(text):
        return RepairedText(text, (), _NO_COUNTS, False)
    doubles = repair_doubles(text, continues, after_unclosed)
    # The passes that find something, each asked of the doubles' text: the singles pass writes ‘ and ’
    # alone, in place of single marks, so the closing marks the cue case needs it leaves as they were.
    passes = [run for run, needed in _LATER_PASSES if needed(doubles.text)]
    if not passes:
        # Most paragraphs: no later pass finds anything, and the doubles' repairs are all there is,
        # in order already (`_Builder.build` makes them in order).
        return doubles
    repairs = list(doubles.repairs)
    counts = dict(doubles.counts)
    text = doubles.text
    for run in passes:
        # A title in title case capitalises every verb: only the cue right after a mark is lowered there.
        title = line and run is lower_capitalised_cues
        result = lower_capitalised_cues(text, after_subject=False) if title else run(text)
        # Earlier repairs keep their place: later passes only replace characters one for one
        # (singles, cue case), so offsets from the first pass stay valid.
        repairs.extend(result.repairs)
        for k, v in result.counts.items():
            counts[k] = counts.get(k, 0) + v
        text = result.text
    return RepairedText(
        text, tuple(sorted(repairs, key=lambda r: r.start)), counts, doubles.open_at_end, doubles.closed_at_end
    )


# A paragraph with at least this many double marks, and fewer words than this per mark, is
# not prose but a tag list, a table, CSV, JSON or a page's script. News copy has at most 14
# double marks in a paragraph (PolNeAR train, dev and messy-dev), so the bar is far above it.
_DATA_MARKS = 64
_DATA_WORDS_PER_MARK = 2.5
_DOUBLE_GLYPHS = '"“”„‟«»″'
_DATA_MARK_CHARACTERS = re.compile(f"[{_DOUBLE_GLYPHS}'`‘]")


def reads_as_data(text: str) -> bool:
    """Is this paragraph data rather than prose: marks everywhere, few words between them? (Rows
    of a table are data too, told by their neighbours: `_data`.)

    Counted with ``str.count``, so deciding costs next to nothing even on megabytes. Searching
    such a paragraph for the best reading of its marks and for who said each "quotation" is the
    costliest thing the parser could do with it, and nothing in it is anyone's words.
    """
    # Each mark counted below is one of these characters or two (`''`, ````): fewer of them than
    # the bar, fewer marks. One scan settles it for prose, instead of eleven counts; in ASCII (most
    # paragraphs), three counts of the only ones it can hold.
    if text.isascii():
        if text.count('"') + text.count("'") + text.count("`") < _DATA_MARKS:
            return False
    elif len(_DATA_MARK_CHARACTERS.findall(text)) < _DATA_MARKS:
        return False
    # Double marks, and single ones that open (‘ opens a quotation far more often than it stands
    # for a letter left out; ’ is every apostrophe, so it is not counted).
    marks = sum(map(text.count, _DOUBLE_GLYPHS)) + text.count("''") + text.count("``") + text.count("‘")
    if marks < _DATA_MARKS:
        return False
    words = text.count(" ") + text.count("\n") + 1
    return words < _DATA_WORDS_PER_MARK * marks


# The edge of a quoted CSV field: a mark right after a comma with a character after it, or right
# before a comma with one before it ("1,"Ruiz, Ana","…"), as prose never writes them. The mark
# comes first and the look back after it: a pattern that starts with a literal is searched for
# fast, one that starts with a look back is tried at every character of every paragraph.
_CSV_FIELD_EDGE = re.compile(r'"(?:(?<=,")(?=[^\s,])|(?<=[^\s,]")(?=,))')
# This many table rows in a row make a table.
_TABLE_ROWS = 3


def _table_row(text: str) -> bool:
    """A row of a Markdown table (``| … | … |``) or of CSV with quoted fields."""
    if "|" not in text and '"' not in text:
        return False  # (most paragraphs: neither a pipe nor a straight mark to read)
    line = text.strip()
    if line.startswith("|") and line.endswith("|") and line.count("|") >= 3:
        return True
    return len(_CSV_FIELD_EDGE.findall(line, 0, 2000)) >= 3


def _data(paragraphs: Sequence[str]) -> list[bool]:
    """Which paragraphs read as data: each on its own (`reads_as_data`), or as rows of a table
    (``_TABLE_ROWS`` or more table rows one after another: one row alone is little to go on)."""
    data = [reads_as_data(text) for text in paragraphs]
    rows = [_table_row(text) for text in paragraphs]
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end]:
            end += 1
        if end - start >= _TABLE_ROWS:
            data[start:end] = [True] * (end - start)
        start = end + 1
    return data


def repair_paragraphs(paragraphs: Sequence[str]) -> list[RepairedText]:
    """Repair a run of consecutive paragraphs; a quotation may run on into the next one.

    A paragraph that reads as data keeps its marks (and is counted as such), and no
    quotation runs on into it or out of it.
    """
    data = _data(paragraphs)
    out: list[RepairedText] = []
    for i, text in enumerate(paragraphs):
        if data[i]:
            out.append(RepairedText(text, (), {"data-paragraph": 1}, False, data=True))
            continue
        following = i + 1 < len(paragraphs) and not data[i + 1]
        continues = _leading_family(paragraphs[i + 1]) if following else False
        out.append(_chain(text, continues, after_unclosed=bool(out) and out[-1].closed_at_end))
    return out


def repair_line(text: str) -> RepairedText:
    """Repair a title or heading on its own."""
    return _chain(text, False, line=True)

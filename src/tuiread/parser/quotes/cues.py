"""Cues: a reporting verb next to a quotation, and the phrase that names the speaker.

Each function looks at one side of one quotation and returns a `Cue` (the
speaker phrase, the verb, where both stand) or None. They are the building
blocks of the attribution rules in `rules.py`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuiread.parser.dateline import find_dateline
from tuiread.parser.lexicon import (
    FAMILY_NOUNS,
    INVERTED_CUES,
    LY_NOUNS,
    ORG_WORDS,
    PARTY_MEMBERS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEAK_VERBS,
    alternation,
)
from tuiread.parser.quotes.names import (
    _ASIDE,
    _POSSESSIVE_END,
    DOCUMENT_NOUNS,
    MONTHS_AS_SURNAMES,
    NAME_ONLY,
    NOT_A_PLACE_BASED,
    PLACE_BASED_NEXT,
    NounPhrase,
    a_lone_role_noun,
    a_plural_person_noun,
    is_title_word,
    may_speak,
    parse_noun_phrase,
    parse_speaker_phrase,
    portfolio_start,
)
from tuiread.parser.sentences import is_abbreviation
from tuiread.quick_init import quick_init

_STRONG = REPORTING_VERBS - WEAK_VERBS
_STRONG_ALT = alternation(_STRONG)
_ANY_ALT = alternation(REPORTING_VERBS)
_INVERTED_ALT = alternation(INVERTED_CUES)

# Adverbs and auxiliaries between a subject and its verb ("Trump also said", "she has said").
_AUX_WORDS = frozenset(
    """also later then again once quickly simply further has had have would will may might could did does
    previously recently often repeatedly publicly privately flatly bluntly angrily cheerfully happily
    once famously reportedly always usually sometimes""".split()
)
_AUX = rf"(?:{alternation(_AUX_WORDS)}\s+)*"
# A speaker phrase: words that can name someone, with appositions and a parenthesis.
_PHRASE_WORD = r"[\w’'.\-&]+"
_VERB_AFTER = re.compile(rf"^\s*,?\s*(?P<verb>(?i:{_INVERTED_ALT}))\b")
_SUBJECT_THEN_VERB = re.compile(
    rf"^\s*,?\s*(?P<np>[^;:!?“”]{{1,220}}?)\s+{_AUX}(?P<verb>{_ANY_ALT})\b(?![’'-])",
)
_ANY_VERB = re.compile(rf"\b(?<![-’'])(?P<verb>{_ANY_ALT})\b(?![’'-])")  # (not "self-described")
# A past-tense cue written with a capital after a comma: "…, Tweeted on Friday".
_CAPITALISED_VERB = re.compile(
    rf",\s+(?P<verb>{alternation({w.capitalize() for w in INVERTED_CUES if w.endswith('ed')})})\b(?!\s+[A-Z])"
)
# (``(?:,\s*|\s)`` with its first character a class of its own: `re` scans for it, not tries every place.)
_INVERTED_VERB = re.compile(rf"[,\s](?:(?<=,)\s*)?(?P<verb>(?i:{_INVERTED_ALT}))\b")
_AUX_TAIL = re.compile(rf"\s{_AUX}$")
# What someone says by habit, before the verb: "likes to say", "used to say".
# (Not "a term Rubio has used to describe": a verb of its own, then its purpose.)
_HABIT_TAIL = re.compile(r"(?<!\bhas)(?<!\bhad)(?<!\bhave)\s(?:likes|liked|loves|loved|used)\s+to\s+\Z")
_ACCORDING = re.compile(
    r"\b(?P<lead>[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of|[Tt]o\s+quote)\s+(?P<np>[^.;:!?“”]{1,200}?)"
    r"(?=\s*(?:[,.;:!?“”]|$|\s+(?:in|on|at|who|which)\b))"
)
# "In Winston Churchill’s words, “…”": whose words, before them.
_IN_WHOSE_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<np>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)[’']s?\s+(?:own\s+)?words\s*,?\s*\Z"
)
_DASH = re.compile(r"\s*[—–―-]{1,2}\s*(?P<np>[^;!?“”]{2,200}?)\s*(?:[.;]?\s*$)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+$")
# "For Doucette, the answer is simple", "To her, it is plain": whose view a colon then gives.
_FOR_SOMEONE = re.compile(
    r"(?:For|To)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*|him|her|them),\s+(?:it|the\s+\w+)\s+(?:is|was|seems|seemed)"
    r"\s+(?:\w+\s+){0,2}?(?:simple|clear|plain|obvious|easy|straightforward)\Z"
)
_COLON_LEAD = re.compile(r"(?P<np>[^.;:!?“”]{1,120}?)\s*:\s*$")
# A passive's agent before a colon: "… echoed by [Julie Arsenault]: “…”".
_BY_AT_COLON = re.compile(r"\bby[ \t]+(?P<np>[A-Z][^.;:!?“”,]{1,80}?)[ \t]*:[ \t]*$")
# Words after an inverted verb that end the speaker phrase.
_NP_STOP = re.compile(
    r"\s+(?:in|at|on|during|after|before|when|while|who|whose|which|as|because|to|on|about|from|with|by|"
    r"that|adding|referring|noting|speaking|citing|calling|saying|according|for|into|over|under|via|"
    r"today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|"
    r"earlier|later|recently|told|said|says|and\s+(?:added|said)|but|if|though|although|where|since|"
    r"until|outside|inside|before|behind|near|through|against|among|between|without)\b",
    re.IGNORECASE,
)


@quick_init
@dataclass(frozen=True, slots=True)
class Cue:
    """A speaker phrase and a cue next to a quotation (offsets are global)."""

    phrase: NounPhrase
    phrase_start: int
    cue: str
    cue_start: int
    cue_end: int


def _cue_of(np: NounPhrase, m: re.Match[str], base: int) -> Cue:
    """The cue a match of a region at ``base`` found: its ``np`` group the speaker, its ``verb`` the cue."""
    return Cue(np, base + m.start("np"), m.group("verb").lower(), base + m.start("verb"), base + m.end("verb"))


def _inside_a_name(text: str, stop: re.Match[str]) -> bool:
    """A stop word between two capitalised words is part of a name ("the collective No to the Tunnel",
    "Commission on Presidential Debates"), in an apposition."""
    before = text[: stop.start()].split()
    after = [w for w in text[stop.end() :].split()[:2] if w.lower() != "the"]
    return bool(before) and before[-1][:1].isupper() and bool(after) and after[0][:1].isupper()


def _whose_document(text: str, stop: re.Match[str]) -> bool:
    """ "a statement from the White House", "an editorial in The Des Moines Register": the words
    after a document noun that say whose it is are part of the phrase; and "a Wednesday editorial"
    is one phrase."""
    after = [w for w in text[stop.end() :].split()[:2] if w.lower() != "the"]
    if stop.group(0).strip().lower() not in ("in", "from", "by"):
        return bool(after) and after[0].lower().strip(".,").rstrip("s") in DOCUMENT_NOUNS
    before = text[: stop.start()].split()[-1:]
    return bool(before and after) and before[0].lower().rstrip("s") in DOCUMENT_NOUNS and after[0][:1].isupper()


def _trim_phrase(text: str, *, apposition: bool = False) -> str:
    """The speaker phrase after an inverted verb: up to a clause that is not part of it."""
    # "said Mr. Burman (a view echoed by everyone)": an aside in brackets is not part of the name;
    # "(D-N.Y.)" is.
    aside = _ASIDE_OPENS.search(text)
    if aside:
        text = text[: aside.start()]
    m = _NP_STOP.search(text)
    while m and (
        (apposition and _inside_a_name(text, m)) or _KNOWN_AS.search(text, 0, m.end()) or _whose_document(text, m)
    ):
        m = _NP_STOP.search(text, m.end())
    if m:
        # "Secretary General of NATO" keeps its "of"; "the head of the committee" too.
        text = text[: m.start()]
    # "Donna Rawlings of Clinton, Md.": after a person's name, "of" says where they are from.
    m = _OF.search(text)
    if m:
        before = text[: m.start()].split()
        if len(before) >= 2 and all(w[:1].isupper() for w in before[-2:]) and not is_title_word(before[-1]):
            text = text[: m.start()]
    return text.rstrip(" ,")


def _phrase_end(body: str) -> int:
    """Where a speaker phrase after a verb must stop: a sentence end (not "Rep." or "G.K."), a mark, a dash."""
    for m in _PHRASE_STOP.finditer(body):
        if m.group(0) == "." and is_abbreviation(body, m.start()):
            continue
        return m.start()
    return len(body)


def _phrase_after_verb(text: str, start: int, limit: int) -> tuple[NounPhrase, int] | None:
    """``said Michael Steele, the former head of the Republican National Committee.``"""
    region = text[start:limit]
    m = _SPACES.match(region)
    skip = m.end() if m else 0
    body = region[skip:]
    # Up to the end of the sentence or the next mark.
    body = body[: _phrase_end(body)]
    whole_head, *apps = _COMMA_KEPT.split(body, maxsplit=1)
    head = _trim_phrase(whole_head)
    phrase_text = head
    if apps:
        # One apposition: ", Secretary General of NATO," / ", 55, of Brigantine".
        rest = apps[1] if len(apps) > 1 else ""
        apposition = _COMMA.split(rest, maxsplit=1)[0]
        if not _ARTICLE.match(apposition):
            whole = _trim_phrase(apposition, apposition=True)
            # A name running on past the length of a role is cut where a clause would be.
            apposition = whole if len(whole.split()) <= 16 else _trim_phrase(apposition)
        if apposition and len(apposition.split()) <= 16:
            phrase_text = f"{head}, {apposition}"
    if not head or len(head.split()) > 12:
        return None
    np = parse_noun_phrase(phrase_text)
    if np is None:
        return None
    if phrase_text != head and np.mention_offset >= len(head) + 2:
        # "said his best friend at Lehigh, Bruce Turry": the name is the apposition's, which stands
        # after the whole head and its comma (the head was read cut short: "his best friend").
        return np, start + skip + len(whole_head) + len(apps[0]) - (len(head) + 2)
    return np, start + skip


def after_closing(text: str, close_at: int, limit: int) -> Cue | None:
    """``“…,” said X`` / ``“…,” X said`` / ``“…,” X, the Y, said``: the cue right after a quotation."""
    region_start = close_at + 1
    region = text[region_start:limit]
    m = _VERB_AFTER.match(region) or _READS_AFTER.match(region)
    if m:
        found = _phrase_after_verb(text, region_start + m.end(), limit)
        # "“…,” reads a Wednesday editorial in The Des Moines Register": only a document reads.
        if found and (m.re is _VERB_AFTER or _names_a_document(found[0])):
            np, at = found
            return Cue(np, at, m.group("verb").lower(), region_start + m.start("verb"), region_start + m.end("verb"))
    # Subject first: try each reporting verb in turn ("the note says": "note" is no verb here); a
    # capitalised one after a comma too ("Murphy, the head of Right to Rise USA, Tweeted on Friday").
    for m in itertools.chain(_ANY_VERB.finditer(region), _CAPITALISED_VERB.finditer(region)):
        lead = region[: m.start()]
        if _NEGATED.search(lead, max(0, len(lead) - 12)):
            continue  # "But Mr. Trump, again, did not respond in kind": no one spoke
        if lead.endswith(" of "):
            continue  # "the former secretary of state replied": a noun after "of", the verb is later
        # "“…,” as my late mother used to say" (the pattern ends "to", then spaces: sought only then)
        habit = _HABIT_TAIL.search(lead) if lead[-1:].isspace() and lead.rstrip().endswith("to") else None
        if habit is not None:
            lead = lead[: habit.start()]
        aux = _AUX_TAIL.search(" " + lead)
        subject_region = lead[: len(lead) - (aux.end() - aux.start() - 1)] if aux else lead
        sm = _SUBJECT_REGION.match(subject_region)
        if not sm:
            if len(lead.split()) > 24:
                break
            continue
        subject = sm.group("np").rstrip(" ,")
        at = region_start + sm.start("np")
        as_said = subject.startswith("as ") and len(subject) > 3
        if as_said:
            subject, at = subject[3:], at + 3  # "“…,” as Churchill said": the clause that says whose
        # "“…” income, he said" / "…, the dawn of a movement, Bozell says": the piece that names someone.
        plausible = _plausible_subject(subject) or (
            "," in subject
            and not as_said  # ("as Heather Childers recently did, or …": a clause of its own)
            # ("“… people.” The party will keep pressing, he added": a sentence ended inside the
            # marks, and the clause before the subject is a new one, what the cue reports.)
            and not _ends_a_sentence(text, close_at)
            and any(_plausible_subject(p) for p in _split_pieces(subject))
        )
        a_month = subject.istitle() and subject.lower() in MONTHS_AS_SURNAMES
        if len(subject.split()) <= 30 and (plausible or a_month):
            np = parse_speaker_phrase(subject)
            if np is None and a_month:
                np = NounPhrase("name", subject, 0, subject)  # "“…,” May said": Elizabeth May, no month
            if as_said and np is not None and np.kind == "description" and not may_speak(np.mention):
                np = None  # "as the old saying goes": no one
            if np is not None:
                if _ends_sentence_before_cue(text, close_at, region_start + m.end()):
                    return None
                verb_at = region_start + m.start("verb")
                return Cue(np, at, m.group("verb").lower(), verb_at, region_start + m.end("verb"))
        if len(lead.split()) > 24:
            break
    return None


def _ends_a_sentence(text: str, close_at: int) -> bool:
    """Does the quotation closing at ``close_at`` end with a full stop, "!" or "?" inside its marks?"""
    return text[max(0, close_at - 2) : close_at].rstrip().endswith((".", "!", "?"))


def a_new_sentence_after(text: str, close_at: int) -> bool:
    """Does the quotation closing at ``close_at`` end a sentence, and a new one start after it (“…
    families.” That claim is accurate, according to …): nothing after it is its cue."""
    if not _ends_a_sentence(text, close_at):
        return False
    rest = text[close_at + 1 : close_at + 4].lstrip(" ")
    return rest[:1].isupper()


def _names_a_document(np: NounPhrase) -> bool:
    """ "a Wednesday editorial in The Des Moines Register", "the statement": a document, by its head noun."""
    words = [w.lower().strip(".,") for w in np.mention.split()]
    cut = next((k for k, w in enumerate(words) if k and w in ("in", "from", "by")), len(words))
    return np.kind == "description" and cut > 0 and words[cut - 1].rstrip("s") in DOCUMENT_NOUNS


def _split_pieces(subject: str) -> list[str]:
    return [p.strip() for p in _PLAIN_COMMA.split(subject) if p.strip()]


def _ends_sentence_before_cue(text: str, close_at: int, verb_end: int) -> bool:
    """“… tomorrow.” He’s predicting he will …: a full stop inside the marks, then a new sentence, not a cue."""
    inner_end = text[max(0, close_at - 2) : close_at].rstrip()
    if not inner_end.endswith("."):
        return False
    # Only the words up to the next full stop count, and seven of them settle it: looking further
    # (to the article's end, in a paragraph with no full stop) would be quadratic.
    stop = text.find(".", verb_end, verb_end + _SEVEN_WORDS)
    while stop >= 0 and is_abbreviation(text, stop):
        # "… said he was “utterly ashamed” that Mr. Thiel …": the sentence goes on past "Mr."
        stop = text.find(".", stop + 1, verb_end + _SEVEN_WORDS)
    rest = text[verb_end : stop if stop >= 0 else verb_end + _SEVEN_WORDS]
    return len(rest.split(None, 7)) > 6


# Where seven words surely end, for the look past a cue.
_SEVEN_WORDS = 400


def _plausible_subject(subject: str) -> bool:
    """A subject phrase, not a clause: no sentence end and no verb of its own before the cue."""
    words = subject.split()
    if not words:
        return False
    for m in _STOP_THEN_SPACE.finditer(subject):
        if not is_abbreviation(subject, m.start()):
            return False
    first = words[0].lower()
    starters = (
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "the",
        "a",
        "an",
        "one",
        "two",
        "some",
        "several",
        "many",
        "his",
        "her",
        "their",
        "its",
        "my",
        "our",
    )
    if not (words[0][:1].isupper() or first in starters or first in TITLE_WORDS or first in ROLE_NOUNS):
        # "election law expert Rick Hasen": lower-case words before a name are its title,
        # but "of Trump, whom he" or "until Haley" is no subject.
        lower = [w.lower() for w in words if not w[:1].isupper()]
        if "," in subject or len(words) > 8 or any(w in _FUNCTION_WORDS for w in lower):
            return False
        np = parse_noun_phrase(subject)
        if np is None or np.kind != "name":
            return False
    # "“…,” the senator, who is running for re-election, said": a relative clause is fine.
    core = _RELATIVE_CLAUSE.sub(",", subject)
    return not _FINITE_VERB.search(core.split(",")[0])


# Patterns of the hot paths, compiled once: a pattern written inline is looked up in `re`'s cache
# at every call, and the per-article patterns of a long article push it out of that cache.
_VERB_AND = re.compile(r"\s+[a-z]+(?:ed|s)?\s+and$")
_ASIDE_OPENS = re.compile(r"\s\((?=[^)]*\s)")
_OF = re.compile(r"\s+of\s+")
# Verbs that say what a document says ("the report found", "the study shows"): no reporting verbs
# of a person ("police found the car").
_FINDING_VERB = re.compile(r"\b(?P<verb>found|finds|shows|showed|concluded|concludes)\s+(?:that\s+)?\Z")
_FINDING_VERB_ENDS = ("found", "finds", "shows", "showed", "concluded", "concludes", "that")  # (its last words)
# "“…,” reads the editorial": a verb that is a cue only before a document.
_READS_AFTER = re.compile(r"\s*,?\s*(?P<verb>reads|read)\b")
# "Said Brandt, “…”": an inverted cue opening the sentence, before the quotation.
_SAID_FIRST = re.compile(rf"\s*(?P<verb>(?i:{_INVERTED_ALT}))\s+(?P<np>[^,:;“”]{{1,80}}?)\s*[,:]?\s*\Z")
# The same after a comma, mid-sentence, with a comma or colon before the quotation.
_SAID_LAST = re.compile(rf",\s*(?P<verb>{_INVERTED_ALT})\s+(?P<np>[^,:;“”]{{1,80}}?)\s*[,:]\s*\Z")
_SAID_LAST_REACH = 100
# Words that open no speaker's phrase after an inverted verb ("said of Mr. Rubio:").
_NOT_AN_AGENT = frozenset("of to about on in at for with by from that this".split())
_WRITERS_ASIDE = re.compile(r"\s*(?:(?i:we|i|you)(?:[’'](?:ve|d|ll|re|m))?\b|$)")
# "the base chief known as Bob": the "as" that brings in a name is no clause's start.
_KNOWN_AS = re.compile(r"\s(?:known|identified)(?:\s+only)?\s+as$")
_PHRASE_STOP = re.compile(r"[.;:!?](?=\s|$)|[“”]|\s[—–―]\s")
_SPACES = re.compile(r"\s*")
_PLAIN_COMMA = re.compile(rf",{NOT_A_PLACE_BASED}")  # (the spaces after it kept)
_COMMA_KEPT = re.compile(rf"(,{NOT_A_PLACE_BASED}\s*)")
_COMMA = re.compile(rf",{NOT_A_PLACE_BASED}\s*")
_ARTICLE = re.compile(r"(?i)the\b|a\b|an\b")
_SUBJECT_REGION = re.compile(r"^\s*,?\s*(?P<np>[^;:!?“”]{1,220}?)\s*$")
_STOP_THEN_SPACE = re.compile(r"\.(?=\s)")
_FULL_STOP = re.compile(r"\.")
_AND_AT_END = re.compile(r"\sand$")
_NP_THEN_WORDS = re.compile(r"(?P<np>.+?)((?:\s+[a-z]\w*){1,3})$")
_NAME_AT_END = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*$")
_SENTENCE_STOP = re.compile(r"[.!?;](?=\s)")
_LY_WORD = re.compile(r"[a-z]+ly")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which)\b[^,]*,")
_FINITE_VERB = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would|did|does|do)\b")

_FUNCTION_WORDS = frozenset(
    """of to in on at by for with from as until unless whom who which that than then when while if and or but
    so because after before about into over under like since though although whether""".split()
)


def later_in_sentence(text: str, close_at: int, limit: int) -> Cue | None:
    """``“…” in the positions expressed by X, declared Y``: an inverted cue further on in the sentence."""
    region_start = close_at + 1
    region = text[region_start:limit]
    if len(region.split()) > 40:
        region = " ".join(region.split()[:40])
    for m in _INVERTED_VERB.finditer(region):
        found = _phrase_after_verb(text, region_start + m.end(), limit)
        if found and found[0].kind in ("name", "pronoun", "org"):
            np, at = found
            verb = m.group("verb")
            return Cue(np, at, verb.lower(), region_start + m.start("verb"), region_start + m.end("verb"))
    # "“I held and hugged” grieving family members …, he said.": the clause closing the sentence.
    m = _CLOSING_CLAUSE.search(region)
    if m:
        np = parse_noun_phrase(m.group("np"))
        if np is not None and np.kind in ("name", "pronoun", "org"):
            return _cue_of(np, m, region_start)
    return None


_CLOSING_CLAUSE = re.compile(
    rf",\s*(?P<np>(?:[A-Z][\w’'.\-]*\s+){{0,3}}[A-Z][\w’'.\-]*|he|she|they)\s+{_AUX}(?P<verb>{_STRONG_ALT})\b[^,.;:!?]{{0,40}}[.!?]?\s*$"
)


def according_to(text: str, start: int, limit: int) -> Cue | None:
    """``according to X`` (or ``in the words of X``) in ``text[start:limit]``."""
    if (
        text.find("ccording", start, limit) < 0
        and text.find("words", start, limit) < 0
        and text.find("quote ", start, limit) < 0
    ):
        return None  # the usual answer: none of the leads below stands there ("words of" holds "words")
    if text.find("words", start, limit) >= 0:
        whose = _IN_WHOSE_WORDS.search(text, start, limit)
        if whose is not None:
            np = parse_noun_phrase(whose.group("np"))
            if np is not None and np.kind in ("name", "org"):
                return Cue(np, whose.start("np"), "in the words of", whose.start(), whose.start("np") - 1)
    if all(text.find(lead, start, limit) < 0 for lead in ("ccording", "words of", "quote ")):
        return None  # the usual answer, found far faster than by the pattern
    # The full stop of an abbreviation ("according to Mr. Rhodes", "Dr.", "U.S.") does not end the
    # phrase: searched with those stops hidden (the same length, so the offsets hold).
    region = _abbreviations_hidden(text[start:limit])
    m = _ACCORDING.search(region)
    if not m:
        return None
    phrase = text[start + m.start("np") : start + m.end("np")]
    named = _NAME_SET_OFF.match(region, m.end("np")) if phrase.split()[0] in _SET_OFF_LEADS else None
    if named is not None:
        # "According to his aunt, Jane Starner, “…”": the name the description sets off.
        phrase = text[start + m.start("np") : start + named.end()]
    np = parse_noun_phrase(phrase)
    if np is None:
        return None
    lead = m.group("lead")[0]
    said = "according to" if lead in "Aa" else "to quote" if lead in "Tt" else "in the words of"
    return Cue(np, start + m.start("np"), said, start + m.start(), start + m.start("np") - 1)


def _abbreviations_hidden(region: str) -> str:
    """``region`` with every full stop that ends an abbreviation or initial replaced by a letter."""
    if "." not in region:
        return region
    chars = list(region)
    for m in _FULL_STOP.finditer(region):
        if is_abbreviation(region, m.start()):
            chars[m.start()] = "x"
    return "".join(chars)


def dash_after(text: str, close_at: int, limit: int) -> Cue | None:
    """``“…” — Wendy Sherman``: a dash and a name after the closing mark."""
    m = _DASH.match(text, close_at + 1, limit)
    if not m:
        return None
    np = parse_noun_phrase(m.group("np"))
    if np is None or np.kind == "pronoun":
        return None
    return Cue(np, m.start("np"), "—", m.start(), m.start() + 1)


# "…, to which Martin O'Malley replied: “…”": a relative "which" after a preposition, then the subject.
_TO_WHICH_SUBJECT = re.compile(
    r"\b(?:to|at|upon|after)\s+which\s+(?P<np>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*|he|she|they)\s+$"
)


def _after_to_which(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """The subject between "to which" and its verb ending ``region[:verb_start]``, if a name or pronoun."""
    m = _TO_WHICH_SUBJECT.search(region, max(0, verb_start - 60), verb_start)
    if m is None:
        return None
    np = parse_noun_phrase(m.group("np"))
    if np is None or np.kind not in ("name", "pronoun"):
        return None
    return np, m.start("np") + np.mention_offset


def before_opening(text: str, open_at: int, floor: int) -> Cue | None:
    """``X said: “…”`` / ``X said that “…”`` / ``X told reporters, “…”``: the cue right before a quotation."""
    region = text[floor:open_at]
    if not region.strip():
        return None
    # (The verb is the region's first word, so a capital opens the region wherever it matches.)
    said_first = _SAID_FIRST.match(region) if region.lstrip()[:1].isupper() else None
    if said_first is not None and said_first.group("verb")[:1].isupper():
        # "Said Brandt, “…”": the verb opens the sentence, the speaker after it.
        np = parse_noun_phrase(_trim_phrase(said_first.group("np")))
        if np is not None and np.kind in ("name", "pronoun", "org", "description"):
            return _cue_of(np, said_first, floor)
    said_last = _SAID_LAST.search(region, max(0, len(region) - _SAID_LAST_REACH))
    if said_last is not None:
        # "In other words, explained moderator Nancy Cordes: “…”": an inverted verb after a
        # sentence's opening phrase, the speaker's name after it, then the quotation.
        np = parse_noun_phrase(_trim_phrase(said_last.group("np")))
        if np is not None and np.kind in ("name", "org") and said_last.group("np").split()[0] not in _NOT_AN_AGENT:
            return _cue_of(np, said_last, floor)
    # (Sought only where the region ends with one of its words: before the quotation's mark, most end otherwise.)
    found_by = (
        _FINDING_VERB.search(region, max(0, len(region) - 20)) if region.rstrip().endswith(_FINDING_VERB_ENDS) else None
    )
    if found_by is not None:
        # "A 2014 House Intelligence Committee report found “…”": a document's finding is what it says.
        subject = _subject_before(region, found_by.start("verb"))
        if subject is not None and subject[0].kind == "description":
            head = subject[0].mention.split()[-1].lower().strip(".,")
            if head.rstrip("s") in DOCUMENT_NOUNS or head in DOCUMENT_NOUNS:
                verb_at = floor + found_by.start("verb")
                return Cue(
                    subject[0], floor + subject[1], found_by.group("verb"), verb_at, floor + found_by.end("verb")
                )
    verbs = list(_ANY_VERB.finditer(region))
    for m in reversed(verbs):
        verb = m.group("verb").lower()
        tail = region[m.end() :]
        relative = _RELATIVE_BEFORE.search(region, max(0, m.start() - 40), m.start())
        introduces = tail.rstrip().endswith((":", ",", " that")) or not tail.strip() or " that " in tail
        if relative is not None:
            # "Stevie Wonder, who joked of the museum, “…”": the one named right before "who"
            # speaks. Any other relative clause is no speaker's verb ("a woman who suggested").
            # The mention is "who" itself (the resolver takes it to the name, as for "…, who said").
            # ("…, who said he intended to get “recharged …”": a few words of what was said before it.)
            # (A colon ends an introduction: "who told Congress when asked last month about it: “…”".)
            limit = 12 if tail.rstrip().endswith(":") else 8 if introduces else 6
            # (where it was said does not count: "who lamented in an interview with the Business
            # Insider politics editor Oliver Darcy, “…”")
            where = WHERE_IT_WAS_SAID.match(tail.lstrip())
            counted = tail.lstrip()[where.end() :] if where is not None else tail
            named = _named_before_who(region, relative) if len(counted.split()) <= limit else None
            who = parse_noun_phrase(relative.group(0).strip()) if named is not None else None
            if who is not None and not _crosses_sentence(tail):
                return Cue(who, floor + relative.start(), verb, floor + m.start(), floor + m.end())
            document = _document_before_which(region, relative) if len(counted.split()) <= limit else None
            if document is not None and not _crosses_sentence(tail):
                # "… linked to a CBC report, which notes, “…”": the document says it, not the sentence's subject.
                np, at = document
                return Cue(np, floor + at, verb, floor + m.start(), floor + m.end())
            continue
        reach = 30 if verb in _STRONG else 25 if introduces else 10
        if len(tail.split()) > reach or _crosses_sentence(tail):
            continue
        if verb in _GOING_ON and tail.strip(" ,:") and not tail.lstrip().startswith("to "):
            continue  # "once the Senate goes on recess, “…”": going on to something else, not speaking
        if _NEGATED.search(region, max(0, m.start() - 12), m.start()):
            continue  # "She would not say “…”"
        owned = _owner_of_noun(region, m.start(), verb)
        if owned is True:
            continue  # "the claim that “…”": a noun, and no one's words
        if owned:
            np, at = owned
            return Cue(np, floor + at, verb, floor + m.start(), floor + m.end())
        chained = _chained_subject(region, m.start()) if introduces else None
        if chained is not None:
            # "Mr. Trump was prompted to say, “…”", "he began by saying, “…”": the subject of the
            # verbs that lead to the reporting one.
            np, at = chained
            return Cue(np, floor + at, verb, floor + m.start(), floor + m.end())
        if verb in _CALLING and _names_what_is_called(region, m, tail):
            # "Former Rep. Jane Harman called it “…”", "what aide Kevin Phillips called “…”", "one
            # lawmaker called Trump “…”": whoever calls a thing that speaks the words it is called.
            found = _caller_after_relative(region, m.start())
            if found is None and tail.strip():
                # (With nothing called between, "a formula called “chained CPI”" names a thing.)
                found = _subject_before(region, m.start())
            if found is not None:
                np, at = found
                return Cue(np, floor + at, verb, floor + m.start(), floor + m.end())
            continue
        if verb in WEAK_VERBS and not tail.rstrip().endswith((":", ",")):
            continue
        lead = region[: m.start()].rstrip()
        if verb.endswith("ing") and not lead.endswith(","):
            # "footage of Hillary Clinton asking, “…”": the name the participle hangs on.
            found = (
                _name_a_participle_hangs_on(region, m.start())
                or _document_a_participle_hangs_on(region, m.start())
                or _sentence_subject(region, m.start())
            )
        elif verb.endswith("ing") and (said := _SAID_BEFORE_PARTICIPLE.search(lead, max(0, len(lead) - 40))):
            # "Ryan and Trump will meet next week, Spicer said, adding, “…”": whoever said the
            # sentence adds to it, not its subject.
            found = _subject_before(region, said.start("verb"))
        elif verb.endswith("ing") or _AND_AT_END.search(lead):
            # "He dismissed the critique, saying “…”" / "Trump bemoaned the unrest and said
            # he thought …": the subject of the main clause speaks.
            found = _sentence_subject(region, m.start())
        else:
            found = _subject_before(region, m.start(), as_clause=True, hyphen_dashes=True) or _after_to_which(
                region, m.start()
            )
        if found is None:
            continue
        np, at = found
        return Cue(np, floor + at, verb, floor + m.start(), floor + m.end())
    # Only a region ending in a colon can match (and the search is slow on a long one).
    m = _BY_AT_COLON.search(region, max(0, len(region) - 100)) if region.rstrip().endswith(":") else None
    if m:
        # "It is a sentiment echoed by Julie Arsenault: “…”", "as put by the mayor:": the agent speaks.
        np = parse_noun_phrase(m.group("np"))
        if np is not None and np.kind in ("name", "org"):
            return Cue(np, floor + m.start("np"), "by", floor + m.start(), floor + m.start("np") - 1)
    m = _COLON_LEAD.search(region) if region.rstrip().endswith(":") else None
    if m:
        view = _FOR_SOMEONE.match(m.group("np"))
        if view is not None:
            # "For Doucette, the answer is simple: “…”": whose view the sentence gives.
            np = parse_noun_phrase(view.group("who"))
            if np is not None and np.kind in ("name", "pronoun"):
                return Cue(
                    np,
                    floor + m.start("np") + view.start("who"),
                    ":",
                    floor + len(region.rstrip()) - 1,
                    floor + len(region.rstrip()),
                )
        sent = _WORDS_FROM.search(m.group("np"))
        if sent is not None:
            # "The message from Ann Vos: “…”": whose message it is.
            np = parse_noun_phrase(sent.group("who"))
            if np is not None and np.kind in ("name", "org"):
                end = floor + len(region.rstrip())
                return Cue(np, floor + m.start("np") + sent.start("who"), ":", end - 1, end)
        owned = _OWNED_WORDS.search(m.group("np"))
        if owned is not None:
            # "My answer was simple: “…”", "Her reply: “…”", "The premier’s message was clear: “…”":
            # whose words they are (My: the writer's own; Her, His: as she and he).
            owner = owned.group("owner")
            np = (
                NounPhrase("pronoun", owner, 0)
                if owner in ("My", "Her", "His")
                else parse_noun_phrase(_POSSESSIVE_END.sub("", owner))
            )
            if np is not None and np.kind in ("pronoun", "name", "description", "org"):
                at = floor + m.start("np") + owned.start("owner") + np.mention_offset
                end = floor + len(region.rstrip())
                return Cue(np, at, ":", end - 1, end)
        # "Mr. Smith shot back: “…”": a name and a few words of any verb before a colon.
        clause = _last_clause(m.group("np").split(",")[-1], hyphen_dashes=True)
        lead = _NP_THEN_WORDS.match(clause)
        for candidate in ([lead.group("np")] if lead else []) + [clause]:
            np = parse_noun_phrase(candidate)
            if np is not None and np.kind in ("name", "org", "pronoun"):
                at = floor + m.start("np") + m.group("np").find(candidate)
                end = floor + len(region.rstrip())
                return Cue(np, at, ":", end - 1, end)
    return None


# A verb said not to have happened: "did not respond", "never said", "wouldn’t say".
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+\Z")
_CALLING = frozenset("called calls call".split())
# What may stand between "called" and the words it quotes: what is called ("it", "Trump", "the use of
# executive orders"), never a particle ("called off", "called up") or a clause.
_CALLED_OBJECT = re.compile(r"\s*(?:[\w’'.\-]+\s+){0,5}?(?:an?\s+)?\Z")
_NOUN_MARKERS = frozenset("the a an his her their its our my your this that these those every each".split())
_NOT_CALLED = frozenset("off up out back in for upon".split())


_RELATIVE_THEN_CALLER = re.compile(r"\b(?:what|which|whom?|that)\s+(?P<np>[^,;:.!?“”\"]{1,60}?)\s*\Z")


def _caller_after_relative(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """ "Bannon, who Beck on Wednesday called", "what aide Kevin Phillips called": the one after the
    relative word calls it."""
    m = _RELATIVE_THEN_CALLER.search(region, max(0, verb_start - 70), verb_start)
    if m is None:
        return None
    np = parse_noun_phrase(m.group("np"))
    return (np, m.start("np")) if np is not None and np.kind != "org" else None


def _names_what_is_called(region: str, verb: re.Match[str], tail: str) -> bool:
    """``called`` right before a quotation, with at most a short object between ("called it", "called
    Obama a"), and not the "-called" of "so-called"."""
    lead = region[: verb.start()].rstrip()
    if lead.endswith("-"):
        return False  # "so-called", "so- called"
    last = lead.rsplit(None, 1)[-1:]
    if last and (last[0].endswith(("’s", "'s", "s’")) or last[0].lower() in _NOUN_MARKERS):
        return False  # "Clinton’s call earlier in the night to “…”", "the calls for": a noun
    words = tail.split()
    return (
        _CALLED_OBJECT.fullmatch(tail) is not None
        and not (words and words[0].lower() in _NOT_CALLED)
        and not any(w.endswith((".", ",", ";", ":")) for w in words)
    )


# Words someone sent or gave, then a colon: "The message from Ann Vos:", "the reply from the ministry:".
_WORDS_FROM = re.compile(
    r"(?:^\s*|[.!?]\s+)(?:[Tt]he|[Aa]|[Hh]er|[Hh]is)\s+(?:\w+\s+)?(?:message|word|response|reply|answer|verdict|"
    r"reaction|view|warning|advice)\s+from\s+(?P<who>[^,.;:!?“”]{2,60}?)\s*\Z"
)
# Cue words that are nouns after an owner ("his claim", "their hopes"); any word in -ion or -ment too.
NOUN_CUES = frozenset(
    """claim call vow promise pledge warning threat demand request hope hopes concern worry fear fears belief view
    argument suggestion statement comment remarks insistence contention denial allegation accusation prediction
    estimate assessment conclusion finding findings report testimony message response reply admission complaint
    criticism proposal caution case position stance theory notion idea impression charge""".split()
)
# An owner right before a cue word, a modifier or two between ("her claim", "Trump’s repeated call",
# "the claim"): the cue word is a noun there. No modifier ends in "s" ("Trump’s advisers claim" is a
# plural subject and its verb); "he’s", "it’s" are no owners.
_OWNER_OF_NOUN = re.compile(
    r"(?:(?P<pronoun>(?<![\w’'])(?i:his|her|their|its|our|my))"
    r"|(?P<name>(?<![\w’'])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s)"
    r"|(?P<article>(?<![\w’'])(?i:the|an?|this|that)))"
    r"(?:\s+[a-z][\w-]*[a-rt-z]){0,2}\s+$"
)
# What follows a noun of saying when it brings in what was said: "her claim that she “…”", "his call
# for “…”", "their pledge to “…”"; a noun before the quotation itself is a topic ("called Trump’s
# remarks “racist”", "said Trump’s remarks “have had …”").
_WHAT_THE_NOUN_SAYS = re.compile(r"\s+(?:that|for|to)\b")
# "he’s", "it’s", "there’s": a pronoun and a verb, no owner.
CONTRACTED = re.compile(r"(?<![\w’'])(?i:he|she|it|that|there|what|who|here|where|this)[’']s$")


def _owner_of_noun(region: str, verb_start: int, verb: str) -> tuple[NounPhrase, int] | bool | None:
    """The owner of a cue word that is a noun there: "her claim that she “…”" is hers, "Trump’s
    call for “…”" Trump’s (the noun brings in what follows it: "that", "for", "to"). True when the
    noun has no owner who speaks ("the claim that “…”", "a call for “…”"): the word is no verb, and
    no subject before it says the quotation. None when the word is a verb after all."""
    after = verb_start + len(verb)
    if (
        not (verb in NOUN_CUES or verb.endswith(("ion", "ment")))
        or not _WHAT_THE_NOUN_SAYS.match(region, after)
        # ("his claim that more spending would … to Republican arguments “…”": someone else's words)
        or len(region[after:].split()) > 4
    ):
        return None
    m = _OWNER_OF_NOUN.search(region, max(0, verb_start - 80), verb_start)
    if m is None:
        return None
    if m.group("article") is not None:
        return True
    if m.group("pronoun") is not None:
        return NounPhrase("pronoun", m.group("pronoun"), 0), m.start("pronoun")
    owner = m.group("name")
    if CONTRACTED.search(owner):
        return None
    np = parse_noun_phrase(_POSSESSIVE_END.sub("", owner))
    if np is None or np.kind not in ("name", "org"):
        return None
    return np, m.start("name") + np.mention_offset


# Someone's own words introduced by what they said, then a colon: "My answer was simple:", "Her reply:",
# "The premier’s message was clear:".
_OWNED_WORDS = re.compile(
    r"(?:^\s*|[.!?]\s+)(?P<owner>My|Her|His|(?:[Tt]he\s+)?[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}[’']s)\s+"
    r"(?:(?:own|first|only|short|simple|final|favourite|favorite)\s+)?"
    r"(?:answer|response|reply|advice|message|verdict|retort|reaction)\b[^.!?:]{0,40}\Z"
)
_PLACE_OR_ASIDE_AT_END = re.compile(r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s*\([^)]{1,20}\))$")


def _chained_subject(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """The name or pronoun before a chain of verbs leading to the reporting verb at ``verb_start``
    with "to" or "by" ("Mr. Trump was prompted to", "he began by", "Clinton went on to")."""
    words = region[max(0, verb_start - _CHAIN_REACH) : verb_start].split()
    n = len(words)
    if n < 2 or words[-1] not in ("to", "by"):
        return None
    k = n - 1
    while k > 0 and words[k - 1] in _CHAIN_WORDS and n - k < 5:
        k -= 1
    if k == n - 1 or k == 0:
        return None  # "to say" alone: no verb of the subject's before it
    j = k
    while j > 0 and words[j - 1][:1].isupper() and k - j < 4:
        j -= 1
    kinds: tuple[str, ...] = ("name", "pronoun")
    if j == k:
        if k >= 2 and words[k - 2].lower() in ("my", "his", "her", "their", "our"):
            # "as my grandmother used to say, “…”": someone described by whose they are.
            j, kinds = k - 2, ("description",)
        elif words[k - 1].lower() not in ("he", "she", "they", "i", "we"):
            return None
        else:
            j = k - 1
    phrase = " ".join(words[j:k])
    np = parse_noun_phrase(phrase)
    if np is None or np.kind not in kinds:
        return None
    return np, region.rfind(phrase, 0, verb_start)


# Words of a chain of verbs that leads a subject to the reporting verb ("was prompted to", "began by").
_CHAIN_WORDS = frozenset(
    """was were is are has have had been be then also later quickly first finally began begun begins begin
    started starts went goes on continued continues decided decides wanted wants tried tries prompted moved
    rushed used seemed appeared chose hastened felt compelled forced pushed""".split()
)
_CHAIN_REACH = 100


_CLEFT = re.compile(r"(?:^|[.!?]\s+)[Ii]t\s+(?:was|is|’s|'s)\s+(?P<name>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*)\Z")


def _named_before_who(region: str, relative: re.Match[str]) -> tuple[NounPhrase, int] | None:
    """The name a "who" clause hangs on: "…, Patti LaBelle and Stevie Wonder, who" → Stevie Wonder."""
    if not relative.group(0).startswith("who"):
        return None
    before = region[: relative.start()].rstrip()
    if not before.endswith(","):
        cleft = _CLEFT.search(before, max(0, len(before) - 80))
        if cleft is None:
            return None
        # "It was Winston Churchill who said, “…”": the name the cleft puts first.
        np = parse_noun_phrase(cleft.group("name"))
        return (np, cleft.start("name")) if np is not None and np.kind in ("name", "org") else None
    # "Sen. Marco Rubio of Florida, who", "Rubio (R-Fla.), who": the name before the place.
    gap = _PLACE_OR_ASIDE_AT_END.search(before, 0, len(before) - 1)
    return _name_just_before(region, gap.start() if gap else len(before) - 1)


def _document_before_which(region: str, relative: re.Match[str]) -> tuple[NounPhrase, int] | None:
    """The document a ", which" clause hangs on ("linked to a CBC report, which notes"), or None."""
    if not relative.group(0).startswith("which"):
        return None
    before = region[: relative.start()].rstrip()
    if not before.endswith(","):
        return None
    words = before[:-1].split()[-6:]
    if not words or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    lead = max((k for k, w in enumerate(words) if w.lower() in ("a", "an", "the")), default=None)
    if lead is None:
        return None
    phrase = " ".join(words[lead:])
    np = parse_noun_phrase(phrase)
    if np is None or np.kind != "description":
        return None
    return np, before.rfind(phrase)


# Someone's document right before a participle: "the newspaper's editorial telling him" (not "issued a
# statement saying", whose issuer speaks).
_DOCUMENT_BEFORE = re.compile(
    r"(?:\b[Tt]he[ \t]+)?[\w.-]+[’']s(?:[ \t]+[\w’'-]+){0,2}?[ \t]+"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})[ \t]+\Z"
)


def _document_a_participle_hangs_on(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """ "the newspaper's editorial telling him to leave his “…”": the document says it, not the
    sentence's subject."""
    found = _DOCUMENT_BEFORE.search(region, max(0, verb_start - 60), verb_start)
    if found is None:
        return None
    np = parse_noun_phrase(found.group(0).strip())
    if np is None or np.kind != "description":
        return None
    return np, found.start() + np.mention_offset


def _name_just_before(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """A name (with any title) that ends right where the verb starts."""
    before = region[:verb_start].rstrip()
    m = _NAME_AT_END.search(before)
    if not m:
        return None
    np = parse_noun_phrase(m.group(0))
    if np is None or np.kind not in ("name", "org"):
        return None
    return np, m.start()


def _name_a_participle_hangs_on(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """ "footage of Hillary Clinton asking, “…”", "with Donald Trump tweeting that …": the name right
    before the participle, unless a preposition makes it whom the words were for ("in a statement to
    Wired explaining why"); an adverb may stand between ("with Ford reportedly yelling:")."""
    before = region[:verb_start].rstrip()
    last = before.rsplit(None, 1)[-1:]
    if last and _LY_WORD.fullmatch(last[0]):
        verb_start = len(before) - len(last[0])
    found = _name_just_before(region, verb_start)
    if found is not None:
        word_before = region[: found[1]].rsplit(None, 1)[-1:]
        if word_before and word_before[0] in _OBJECT_PREPOSITIONS:
            return None
    return found


def _crosses_sentence(tail: str) -> bool:
    """Does this stretch hold the end of a sentence (not just "Ms." or "U.S.")?"""
    return any(m.group(0) != "." or not is_abbreviation(tail, m.start()) for m in _SENTENCE_STOP.finditer(tail))


def _placed(np: NounPhrase, region: str, piece: str, floor: int) -> tuple[NounPhrase, int] | None:
    """``np``, read from ``piece`` of a subject's head, with where it is read from in ``region`` (so
    that its mention's offsets cut the mention: the head may have a quotation opening it blanked,
    "“Every time you say that,” Tester said"), or None if it stands nowhere there."""
    at = region.find(piece, floor)
    if at >= 0 and region.startswith(np.mention, at + np.mention_offset):
        return np, at
    # (The piece's spaces are a blanked quotation's, or the mention was read from its words joined:
    # where the mention itself stands in the piece.)
    core = region.find(piece.strip(), floor)
    mention = region.find(np.mention, core) if core >= 0 else -1
    return (np, mention - np.mention_offset) if mention >= 0 else None


def _sentence_subject(region: str, verb_start: int) -> tuple[NounPhrase, int] | None:
    """The subject that opens the sentence: the words before its first verb ("Hillary Clinton posted …").

    A name (with any title before it) or a pronoun heads it; a description is a
    determiner and a few words ending in a role noun ("The council", "The GOP candidate").
    """
    head = region[:verb_start].rstrip(" ,")
    floor = 0  # (where the subject may start: past a quotation opening the sentence)
    if head[:1] in _OPENING_MARKS:
        # "“I think John Kasich would be the best nominee,” Graham said …, adding": the sentence opens
        # with a quotation, and its subject comes after it (blanked, so offsets hold).
        quoted = _LEADING_QUOTATION.match(head)
        if quoted is not None:
            head = " " * quoted.end() + head[quoted.end() :]
            floor = quoted.end()
    if head[1:2].isupper() or (head[:1].isupper() and "(" in head[:60]):
        # "WASHINGTON, Dec. 8 (UPI) — In response …, Clinton said", "Washington (AFP) – Democrat Hillary
        # Clinton has taken a swipe …, saying": the sentence starts after a dateline.
        dateline = find_dateline(head)
        if dateline is not None:
            head = head[dateline[1] :].lstrip()  # (each piece is found in the region by its words)
    pieces = [p for p in _COMMA.split(head) if p.strip()]
    for k, piece in enumerate(pieces):
        words = piece.split()
        if len(words) > 1 and words[0].lower() in _CONNECTIVES:
            # "And then Trump went on the attack, saying": the words that join it to the sentence before.
            lead = 1 + (len(words) > 2 and words[1].lower() in _CONNECTIVES)
            piece = piece[piece.find(words[lead]) :]
            words = words[lead:]
        if words[-1].lower() in _TIME_CLOSERS and len(words) <= 6 and words[0].lower() not in _SUBJECT_PRONOUNS:
            continue  # "And a couple of years later, he echoed …": when, not who
        if k + 1 < len(pieces) and words[0].lower() in ("the", "a", "an", "one", "its", "his", "her", "their", "our"):
            # "the other candidate on the stage, former Secretary of State Hillary Clinton, drew …",
            # "Its executive director, Paul Theriault, credits …": the name the description sets off.
            # ("One ad, “Balanced Rebellion,” stars …": a work's title, not a person's name.)
            titled = pieces[k + 1].lstrip()[:1] in _OPENING_MARKS or words[-1].lower() in DOCUMENT_NOUNS
            named = (
                parse_noun_phrase(pieces[k + 1])
                if pieces[k + 1].split()[0].lower() not in _LISTING and not titled
                else None
            )
            if named is not None and named.kind == "name" and pieces[k + 1].rstrip().endswith(named.mention):
                return _placed(named, region, pieces[k + 1], floor)
        first = words[0].lower()
        if (
            # (not a surname that ends so, with its verb after it: "Manning nodded.", "King said")
            (
                first.endswith("ing")
                and not (k == len(pieces) - 1 and _verb_after_surname(words))
                # "Housing Minister Ahmed Hussen stood …": a portfolio in -ing before a title, no participle
                and not (len(words) > 2 and words[1][:1].isupper() and is_title_word(words[1]))
            )
            or first in _INTRODUCERS
            or first in _TIME_OPENERS
            # "Led by Council Speaker Melissa Mark-Viverito, the rally …": a participle's phrase.
            or (first.endswith("ed") and len(words) > 1 and words[1] == "by")
        ):
            # An introductory phrase ("Speaking to MSNBC, …", "Hours later, …", "Reached by phone, …").
            continue
        if k and len(words) <= 3 and all(w[:1].isupper() for w in words) and _PLACE_END.search(pieces[k - 1]):
            # "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton …", "the shootings in San Bernardino,
            # Calif., and …": the rest of a place named in the phrase before, not its subject.
            continue
        if first in _QUANTIFIERS:
            return None  # "Some Clinton backers are concerned": a group, not the person named in it
        if k < len(pieces) - 1 and words[0][:1].isupper():
            # "Former US secretary of state Madeleine Albright, a Clinton supporter, fanned …": a
            # name with its title, an apposition after it; not the name inside the apposition.
            np = parse_noun_phrase(piece)
            if np is not None and np.kind == "name" and piece.rstrip().endswith(np.mention):
                return _placed(np, region, piece, floor)
        # The first run of capitalised words (a name, maybe after lower-case title words).
        n = 0
        while (
            n < len(words)
            and n < 8
            and not words[n][:1].isupper()
            and words[n].lower() not in ("he", "she", "they", "it", "we", "i")
        ):
            n += 1
        if n >= len(words) or n >= 8:
            np = _description_subject(words)
            if np is not None:
                return _placed(np, region, piece, floor)
            continue
        while (
            n < len(words)
            and (
                words[n][:1].isupper()
                or words[n].lower() in _NP_GLUE
                # "Ward 11 Coun. Mike Nickel": a numbered seat is part of the title.
                or (n > 0 and words[n].isdigit() and words[n - 1].lower() in _NUMBERED_SEATS)
                # "Republican presidential hopeful Sen. Ted Cruz": a role word between capitalised ones.
                or (n > 0 and _role_words_then_name(words, n))
            )
            and words[n].lower() not in _NP_STOPWORDS
        ):
            if words[n].lower() in ("he", "she", "they", "it", "we", "i"):
                n += 1
                break
            n += 1
        if 0 < n < len(words) and words[n - 1].endswith(("’s", "'s")):
            # "Hillary Clinton’s campaign manager Robby Mook": past the owner, through the role, to the name;
            # "President Helena Aragão's office": the owner's office speaks.
            m = n
            while m < len(words) and words[m].lower().strip(",") in _OWNED_ROLE_WORDS:
                m += 1
            body = _owned_body_end(words, n) if m == n else None
            if body is not None:
                # "Quebec's public health department has confirmed …": the owner's body, not the owner.
                np = parse_noun_phrase(" ".join(words[:body]))
                if np is not None:
                    return _placed(np, region, piece, floor)
            if m > n and m < len(words) and words[m][:1].isupper():
                while m < len(words) and words[m][:1].isupper():
                    m += 1
            elif (
                m > n
                and words[m - 1].lower().strip(",") in ROLE_NOUNS | _KIN_WORDS
                and words[m - 1].lower().strip(",") not in _OWNERS_OWN
                # Not an apposition of a name ("When Robby Mook, Clinton’s campaign manager, was …",
                # "Schilling’s son, Grant, said").
                and not (k and _names_someone(pieces[k - 1]))
                and not (k + 1 < len(pieces) and pieces[k + 1][:1].isupper())
            ):
                # "Hillary Clinton’s right-hand woman rallied …": someone described by their tie to
                # the owner, unnamed; never the owner.
                mention = " ".join(words[:m]).rstrip(",")
                return _placed(NounPhrase("description", mention, 0), region, piece, floor)
            n = m
        if 1 < n < len(words) and words[0].lower() == "the" and _role_word(words[n]):
            # "The Florida senator sought …": the name of a place or party is the senator's, not a body.
            m = n + 1
            while m < len(words) and _role_word(words[m]):
                m += 1
            if m == len(words) or not words[m][:1].isupper():
                np = parse_noun_phrase(" ".join(words[:m]))
                if np is not None and np.kind == "description":
                    return _placed(np, region, piece, floor)
        last_piece = k == len(pieces) - 1
        if 0 < n < len(words) and words[n].lower().strip(".,;:") in _RECORDS:
            # "Court documents say Smith “acted with …”", "Police records show": the records, not the body.
            return _placed(NounPhrase("description", " ".join(words[: n + 1]).rstrip(".,;:"), 0), region, piece, floor)
        if n < len(words) or not last_piece:
            np = parse_noun_phrase(" ".join(words[:n]))
            if np is not None and (
                np.kind in ("name", "pronoun", "org")
                # "Ryan’s campaign shrugged off …": what speaks as its owner.
                or (np.kind == "description" and n > 1 and words[n - 1].lower() in _OWNERS_OWN)
                # "the Wisconsin Republican criticized …": a party member described by their state.
                or (
                    np.kind == "description"
                    and words[0].lower() in ("the", "a")
                    and words[n - 1].lower().strip(".,’'") in PARTY_MEMBERS
                )
                # "King nodded.": one capitalised role noun, a surname the resolver may know.
                or (np.kind == "description" and n == 1 and a_lone_role_noun(words[0]))
                # "Attorneys for Clinton appeared …": a group opening the sentence, and whose they are.
                or (np.kind == "description" and a_plural_person_noun(words[0]))
            ):
                return _placed(np, region, piece, floor)
        # "The report, released Tuesday by the auditor general, states …", "The minister, speaking in
        # Ottawa, said …": a description set off by an aside before its verb of saying.
        set_off = (
            k + 2 < len(pieces)
            and _AN_ASIDE.match(pieces[k + 1]) is not None
            and pieces[k + 2].split()[0].lower() in _REPORTING_WORDS
        )
        np = _description_subject(words, set_off=set_off)
        if np is not None:
            return _placed(np, region, piece, floor)
    return None


# A piece after a comma that is an aside, not the sentence's verb: a relative clause or a participle's
# phrase ("which was released …", "released Tuesday by …", "speaking in Ottawa").
_AN_ASIDE = re.compile(r"\s*(?:which|who|whose|[a-z]+(?:ed|en|ing))\b")


# Records a body's name may qualify, which then speak ("Court documents", "Police records").
_RECORDS = frozenset("documents records filings papers files emails transcripts".split())
_NUMBERED_SEATS = frozenset("ward district division riding precinct zone".split())


# A verb right after a one-word subject ending like a participle, which makes it a surname ("King
# nodded", "Manning says"), not a participle's phrase ("Looking ahead", "Doing so").
_VERB_AFTER_SURNAME = re.compile(r"[a-z]{2,}ed|said|says|told|tells|wrote|writes|added|adds|is|was|has|had")


def _verb_after_surname(words: list[str]) -> bool:
    return len(words) > 1 and _VERB_AFTER_SURNAME.fullmatch(words[1].rstrip(".,;:!?")) is not None


# Words for someone by their tie to someone else ("Clinton’s wife", "Clinton’s right-hand woman").
_KIN_WORDS = FAMILY_NOUNS | frozenset("friend woman man".split())
_OWNED_ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS | _KIN_WORDS | frozenset("right-hand longtime".split())


# What speaks as its owner ("President Helena Aragão's office", "Clinton’s campaign").
_OWNERS_OWN = frozenset("office campaign team camp administration government staff".split())


# The bodies an owner's words may end in ("Quebec's public health department", "the city's police service").
_OWNED_BODIES = frozenset(
    "department ministry agency office government police service authority board commission council".split()
)


# "…, Spicer said, adding," / "…, she told reporters Tuesday, noting": a cue after the sentence's
# words, then a participle that goes on from it.
_SAID_BEFORE_PARTICIPLE = re.compile(
    r",[”\"]?\s+[^,]{1,40}?\s(?P<verb>said|says|told|wrote|writes|added|explained|argued|noted)(?:\s+[\w’'.-]+){0,3}\s*,$"
)
# Asides of the writer's, between a subject and its verb: "The Prime Minister, for his part, said",
# "The mayor, however, said".
_DISCOURSE_ASIDE = re.compile(
    r"(?i:for\s+(?:his|her|their|its)\s+part|however|meanwhile|in\s+turn|too|though|in\s+response"
    r"|in\s+an\s+interview|in\s+a\s+statement|on\s+\w+day|last\s+week|this\s+week|earlier)"
)
# Where something was said, after its cue: "in a news release", "in an interview with CBC News", "on
# its Facebook page", "at a news conference".
WHERE_IT_WAS_SAID = re.compile(
    r"(?i:in|on|at|via|during)\s+(?i:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}"
    r"(?i:statement|release|interview|email|e-mail|post|tweet|video|letter|conference|briefing|speech|note|memo"
    r"|filing|page|account|appearance|broadcast|podcast)(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[\w’'.&-]+\s+){0,5}"
    r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})?"
)
_OPENING_MARKS = '“"'
# A quotation opening a sentence, up to its closing mark (bounded: a sentence's length).
_LEADING_QUOTATION = re.compile(r"[“\"][^”\"\n]{0,600}[”\"]")


def _owned_body_end(words: Sequence[str], n: int) -> int | None:
    """Where an owner's body ends among the lower-case words after the owner ``words[:n]``: "Quebec's
    public health department" (4), or None."""
    for m in range(n, min(len(words), n + 4)):
        word = words[m].lower().strip(",")
        if not word.isalpha() or word != words[m].strip(","):
            return None
        if word in _OWNED_BODIES:
            return m + 1
    return None


def _names_someone(piece: str) -> bool:
    """Is ``piece`` someone's name, maybe after a capitalised word ("When Robby Mook")?"""
    words = piece.split()
    if len(words) > 5 or not all(w[:1].isupper() for w in words):
        return False
    np = parse_noun_phrase(piece)
    return np is not None and np.kind == "name"


def _role_words_then_name(words: list[str], n: int) -> bool:
    """Do up to three role words in lower case start at ``words[n]``, a capitalised word after them?"""
    k = n
    while k < len(words) and k - n < 3 and words[k] in _ROLE_WITHIN:
        k += 1
    return n < k < len(words) and words[k][:1].isupper()


def _role_word(word: str) -> bool:
    key = word.lower().strip(".,’'")
    return word[:1].islower() and (key in ROLE_NOUNS or key in TITLE_WORDS)


def _description_subject(words: list[str], set_off: bool = False) -> NounPhrase | None:
    """ "The council voted …": a determiner and up to four words ending in a role noun (and a verb after
    them, unless an aside sets them off: ``set_off``)."""
    if not words or words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their"):
        return None
    for n in range(2, min(len(words), 5) + 1):
        if words[n - 1].lower().strip(".,’'") in ROLE_NOUNS and (n < len(words) or set_off):
            return parse_noun_phrase(" ".join(words[:n]))
    if len(words) > 3 and words[1].lower() in DOCUMENT_NOUNS and words[2] == "from":
        # "The message from Smith was clear:", "The response from the ministry was": what was said,
        # and whose (the resolver reads the owner).
        end = 3
        while end < len(words) and end < 8 and words[end][:1].isupper():
            end += 1
        if end == 3 and words[3] == "the":
            # "from the premier", "from the provincial health ministry": up to the person's or body's noun
            end = next((k + 1 for k in range(4, min(len(words), 7)) if _role_or_body(words[k])), 3)
        if end > 3:
            return parse_noun_phrase(" ".join(words[:end]))
    return None


def _role_or_body(word: str) -> bool:
    key = word.lower().strip(".,’'")
    return key in ROLE_NOUNS or key in ORG_WORDS


_INTRODUCERS = frozenset(
    "asked when while after before in on at during for with as by from to since despite unlike like "
    "reached contacted interviewed pressed questioned".split()
)
# A phrase ending in the place it happened ("At a rally in Ames"), which a state may follow ("…, Iowa,").
_PLACE_END = re.compile(r"\b(?:in|at|near|outside)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?\s*$")
# Words that open a phrase of time before a sentence's subject ("Hours later, …", "Soon after, …").
_TIME_OPENERS = frozenset(
    "seconds minutes hours days weeks months years moments immediately shortly soon later earlier back last next "
    "yesterday today tonight meanwhile however separately instead now still".split()
)
_PARTY_AFTER = re.compile(r"\([A-Z][\w.]{0,3}[-–][A-Z][\w.]{1,6}\)\Z")
_SUBJECT_PRONOUNS = frozenset("he she they we".split())
_REPORTING_WORDS = frozenset(REPORTING_VERBS)


_LISTING = frozenset("including and or among like such plus notably".split())  # (members, not an apposition)
_TIME_CLOSERS = frozenset("later earlier ago".split())
_OBJECT_PREPOSITIONS = frozenset("to from for at in on by into about against toward towards".split())
_CONNECTIVES = frozenset("and but so yet then or".split())
_QUANTIFIERS = frozenset("some many most several few all both other those these".split())


def _without_party(part: str) -> str:
    """ "Gov. John Kasich (R-OH)" without its party and state (a search from the end only: a run of
    spaces is not read again from each of its places)."""
    if not part.endswith(")"):
        return part
    m = _PARTY_AFTER.search(part, max(0, len(part) - 16))
    return part[: m.start()].rstrip() if m else part


_NP_STOPWORDS = frozenset("is was are were has had will would said says told".split())


def sentence_subject(text: str, sentence_start: int, open_at: int) -> Cue | None:
    """The subject of the sentence a quotation stands in ("Bush referred to Rubio as “…”")."""
    region = text[sentence_start:open_at]
    dateline = find_dateline(region)
    if dateline is not None:
        # "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton …": the sentence starts after it.
        sentence_start += dateline[1]
        region = text[sentence_start:open_at]
    clauses = list(_OWN_CLAUSE.finditer(region))
    if clauses:
        clause = clauses[-1]
        # "Jindal signed an order …, while Mike Huckabee proposed we “…”": the clause the quotation
        # stands in has a subject of its own.
        own = region[clause.end() :]
        found = _sentence_subject(own, len(own))
        if found is not None and found[0].kind in ("name", "pronoun"):
            at = clause.end() + found[1]
            return Cue(found[0], sentence_start + at, "", sentence_start + at, sentence_start + at)
    found = _sentence_subject(region, len(region))
    if found is None:
        return None
    np, at = found
    asked = _ASKED.match(region, at + len(np.mention)) if np.kind != "description" else None
    if asked is not None:
        # "Rubio was asked by moderator Gerard Baker whether …“…”", "Ford was asked, “…?”": the
        # words are the question, the asker's (when named), never the subject's.
        if asked.group("by") is None:
            return None
        agent = parse_noun_phrase(asked.group("by"))
        if agent is None or agent.kind not in ("name", "org"):
            return None
        np, at = agent, asked.start("by")
    return Cue(np, sentence_start + at, "", sentence_start + at, sentence_start + at)


# The verbs of asking: whom they name answers next, and the one who asks is not who answers.
ASKING_VERBS = frozenset("ask asks asked asking pressed questioned".split())


def one_asked(text: str, verb_end: int, end: int) -> Cue | None:
    """The one named right after an asking verb ending at ``verb_end`` ("I asked |Mayor John Tory
    whether he agreed"), as a cue for what they answer; None if no name stands there."""
    m = _ASKED_WHOM.match(text, verb_end, end)
    if m is None:
        return None
    if m.group("who") in ("him", "her"):
        at = m.start("who")  # "Galloway pressed her on the timeline": whom "her" stands for answers
        return Cue(NounPhrase("pronoun", m.group("who"), 0), at, "", at, at)
    np = parse_noun_phrase(m.group("who"))
    if np is None or np.kind != "name":
        return None
    at = m.start("who") + np.mention_offset
    return Cue(np, at, "", at, at)


# Whom someone asked, up to what they asked: " Mayor John Tory whether", " Tory about it".
_ASKED_WHOM = re.compile(
    r"[ \t]+(?P<who>him|her|[A-Z][\w.’'\- ]{0,60}?)"
    r"(?=[ \t]+(?:whether|if|about|why|how|what|when|to|on|again)\b|[ \t]*[,.:?])"
)
# A subject asked, told or pressed (the passive), and who by: "was asked by moderator Gerard Baker whether".
_ASKED = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been|being|got|gets)\s+(?:[a-z]+ly\s+)?"
    r"(?:asked|questioned|pressed|quizzed|challenged)\b"
    r"(?:\s+by\s+(?P<by>[A-Za-z][\w.’'\- ]{0,60}?)(?=\s+(?:whether|if|about|why|how|what|to|on|for)\b|\s*[,:]))?"
)


# Where a clause with a subject of its own starts in a sentence: "…, while Mike Huckabee …", "…
# ignored much labor history — Frank cites …".
_OWN_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas|but|and)|;|\s[—–])\s+(?=[A-Z])")


# Role words in lower case that may stand between the capitalised words of a subject's title and
# its name ("Republican Presidential hopeful Sen. Ted Cruz", "Democratic presidential nominee Hillary Clinton").
_ROLE_WITHIN = (
    ROLE_NOUNS | TITLE_WORDS | frozenset("hopeful front-runner frontrunner contender presidential vice".split())
)
# Lower-case words that may stand inside a subject phrase before its verb.
_NP_GLUE = frozenset("the a an of de da van von bin he she they it we i".split())


# (The words factored into a trie, as `alternation` writes them, not tried one by one at each word's edge.)
_CLAUSE_WORDS = frozenset(
    "and but that as when while because after before where if so although though since then".split()
)
_CLAUSE_BREAK_FORM = rf"(?:[;:(]|\s[{{dashes}}]\s|\s--\s|\b(?:{alternation(_CLAUSE_WORDS)})\s)"
_CLAUSE_BREAK = re.compile(_CLAUSE_BREAK_FORM.format(dashes="—–"))
_CLAUSE_OR_HYPHEN_BREAK = re.compile(_CLAUSE_BREAK_FORM.format(dashes="—–-"))


# "He went on: “…”", "she went on to say": speaking on, but only with nothing else after the verb.
_GOING_ON = frozenset(("went on", "goes on"))
_WHOSE = re.compile(r"\s*whose\s")
# Things an apposition may name after them ("the diocese's newspaper, Le Devoir Catholique").
_THINGS_NAMED_AFTER = frozenset(
    """newspaper paper magazine journal publication company firm business start-up startup charity foundation
    group organization organisation party book novel memoir show program programme network station website
    blog app band team club restaurant shop store brand label""".split()
)


def _names_a_thing_set_off(part: str) -> bool:
    """Does a piece of an apposition end with a thing that the next piece names ("the diocese's newspaper")?"""
    words = part.split()
    return len(words) >= 2 and words[-1].lower() in _THINGS_NAMED_AFTER


def _opens_a_title(part: str) -> bool:
    """Does a piece of an apposition open a quotation its comma cuts ("author of “Dying for a Cure")?
    Its words are the title's, never the subject."""
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _subject_before(
    region: str, verb_start: int, as_clause: bool = False, hyphen_dashes: bool = False
) -> tuple[NounPhrase, int] | None:
    """The subject phrase right before a verb: the clause after the last comma, or a name and its
    apposition; with ``as_clause``, also of an "as" clause ("As one employee told …, “…”")."""
    before = region[:verb_start].rstrip()
    # "Ms. Sherry smiled and said": the subject of the first verb says it.
    if before.endswith("and"):  # (the pattern ends with "and$": nothing else can match, and the scan is slow)
        before = _VERB_AND.sub("", before)
    if before.endswith(" to"):
        habit = _HABIT_TAIL.search(before + " ")  # "As Mayor Jim Watson likes to say, “…”"
        if habit is not None:
            before = before[: habit.start()].rstrip()
    while before:
        last = before.rsplit(None, 1)[-1]
        if last.lower() not in _AUX_WORDS and (not _LY_WORD.fullmatch(last) or last in LY_NOUNS):
            break
        before = before[: before.rfind(last)].rstrip()
    if not before:
        return None
    if before.endswith((",”", ',"')):
        # "As Amir Attaran, author of “Dying for a Cure,” put it": a title's closing mark after the
        # comma that ends the apposition.
        before = before[:-1]
    if before.endswith(","):
        # "Jeb Bush, the former Florida governor, said" / "Donna Rawlings, 59, of Ashton, Md., who
        # watched, said": take pieces back from the verb until one names someone.
        parts = _PLAIN_COMMA.split(before[:-1])
        body: tuple[NounPhrase, int] | None = None
        described: tuple[NounPhrase, int] | None = None
        lowest = max(-1, len(parts) - 7)
        # "Mark Slinker, whose latest start-up, Paradata, uses big data, said": a "whose" clause's
        # words are never the subject; the name before it is.
        whose = next((k for k in range(len(parts) - 1, lowest, -1) if _WHOSE.match(parts[k])), len(parts))
        if whose < len(parts) and not (whose and _names_someone(parts[whose - 1].strip())):
            whose = len(parts)  # ("… lauded Mr. Kim, whose term ends next June, …": the clause's object)
        for k in range(min(len(parts), whose) - 1, lowest, -1):
            # "Gov. John Kasich (R-OH)": the party and state after a name are no clause of their own.
            head = _last_clause(_without_party(parts[k].strip()), hyphen_dashes)
            if not head or _ASIDE.match(parts[k].strip()) or _opens_a_title(parts[k]):
                continue
            np = parse_noun_phrase(head)
            if np is not None and np.kind == "name" and k >= 2 and _names_a_thing_set_off(parts[k - 1]):
                # "Giovanni Vian, the editor of the diocese's newspaper, Le Devoir Catholique, said": the
                # name after a newspaper or a company is its name; the person comes before.
                continue
            if np is not None and np.kind in ("name", "pronoun"):
                candidate = ", ".join([head, *(p.strip() for p in parts[k + 1 :])])
                full = parse_speaker_phrase(candidate) or np
                return full, before.rfind(head)
            if (
                np is not None
                and np.kind == "description"
                and described is None
                and k < len(parts) - 1
                and all(_ASIDE.match(p.strip()) or _DISCOURSE_ASIDE.fullmatch(p.strip()) for p in parts[k + 1 :])
            ):
                # "A senior official, speaking on condition of anonymity, said": a description and only
                # asides after it; a name before it still comes first.
                described = (np, before.rfind(head))
            if np is not None and np.kind == "org" and body is None:
                # "…, president of the United Federation of Teachers, said": a person may come first.
                body = (np, before.rfind(head))
        return body or described
    clause_start = before.rfind(",") + 1
    if clause_start and PLACE_BASED_NEXT.match(before, clause_start):
        # "The Brampton, Ont.-based grocer said": the comma is the place's own, inside the subject.
        clause_start = before.rfind(",", 0, clause_start - 1) + 1
    clause = before[clause_start:]
    # (Reported speech reads "LONDON (Reuters) - Donald Trump said" as a dateline on its own.)
    clause = _last_clause(clause, hyphen_dashes)
    if as_clause and clause[:3].lower() == "as " and _WRITERS_ASIDE.match(clause, 3) is None:
        # "As one employee told the Weekly, “…”": an "as" clause of attribution ("As we’ve noted",
        # "As I wrote" are the writer's asides).
        clause = clause[3:]
    clause_at = before.rfind(clause) if clause else -1
    words = clause.split()
    if (
        len(words) > 1
        and (words[-1].lower() in _SUBJECT_PRONOUNS or words[-1] == "I")  # ("Last week I told the captain, “…”")
        and words[-2].lower() not in _REPORTING_WORDS
        and words[-2].lower() != "that"
    ):
        # "At the town hall this week she said", "Recently he announced": the pronoun before the verb
        # (not in what someone else said: "Sources have said he said", "Trump said he responded").
        np = parse_noun_phrase(words[-1])
        if np is not None:
            return np, before.rfind(words[-1])
    if not words or (len(words) > 12 and not _opens_with_a_document(words)):
        return None
    np = parse_noun_phrase(clause)
    if np is None:
        return None
    if np.kind == "description" and words[0] in ("a", "an") and clause_start > 0:
        # "Gary Byrne, a former Secret Service agent for President Bill Clinton has written": an
        # apposition whose closing comma is missing; the name before it is the subject.
        piece = before[: clause_start - 1].rsplit(",", 1)[-1].strip()
        named = parse_noun_phrase(piece) if NAME_ONLY.fullmatch(piece) and " " in piece else None
        if named is not None and named.kind == "name":
            return named, before.rfind(piece, 0, clause_start)
    return np, max(clause_at, 0)


# A name set off by commas after a description: "[his aunt], Jane Starner," (then a comma or a quotation).
_NAME_SET_OFF = re.compile(r",[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3}(?=[ \t]*[,:“\"])")
_SET_OFF_LEADS = frozenset("his her their".split())  # (not "an FBI summary, Cheryl Mills, …": a subject)


def _opens_with_a_document(words: list[str]) -> bool:
    """A document and whose it is may run longer than a subject ("A Feb. 1 letter from the American
    Legion obtained by The Associated Press warns"): a document noun among its first words."""
    return len(words) <= 20 and any(w.lower().rstrip("s") in DOCUMENT_NOUNS for w in words[1:6])


def _last_clause(text: str, hyphen_dashes: bool = False) -> str:
    """The clause ``text`` ends with; with ``hyphen_dashes``, a hyphen between spaces is a dash too ("In
    May 2013 - four months after Clinton left office - the State Department")."""
    parts = (_CLAUSE_OR_HYPHEN_BREAK if hyphen_dashes else _CLAUSE_BREAK).split(text)
    if len(parts) > 1 and parts[-2].endswith(" ") and parts[-1][:1].isupper():
        # "Transportation and Infrastructure Minister Elvis Loveless": "and" inside a title's portfolio
        last = len(text) - len(parts[-1])
        return text[portfolio_start(text, last) :].strip()
    return parts[-1].strip() if parts else text.strip()

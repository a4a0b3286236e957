"""Names, noun phrases and the people an article mentions.

A speaker is named by a noun phrase next to a cue: "Jens Stoltenberg, Secretary
General of NATO", "Russian Deputy Foreign Minister Alexander Grouchko", "she",
"the company". `parse_noun_phrase` splits such a phrase into the name, the role
and the kind of mention; `PeopleIndex` remembers every full name the article
uses, so "Sanders" or "Mr. Sanders" resolves to "Bernie Sanders".
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

from tuiread.parser.lexicon import (
    EITHER_NAMES,
    FAMILY_NOUNS,
    FEMALE_NAMES,
    MALE_NAMES,
    NOT_PERSON_WORDS,
    NOUN_GENDER,
    OCCUPATION_NOUNS,
    ORG_WORDS,
    PLAIN_PERSON_NOUNS,
    PORTFOLIO_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SURNAMES_FIRST,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
    alternation,
    word_start_alternation,
)
from tuiread.parser.sentences import is_abbreviation
from tuiread.quick_init import quick_init

MentionKind = Literal["name", "pronoun", "description", "org"]
Gender = Literal["m", "f"] | None

PRONOUNS = frozenset("he she they i we it who which".split())
# Words of the clause around a noun phrase, never its head: a role or description that starts
# or ends with one holds some of the sentence too.
_CLAUSE_WORDS = frozenset(
    """the a an and but or nor so yet as when while after before since until unless if although though
    because then even also what of to in on at by for with from that this which who whom whose he she it
    they we i you him her them us me is was are were be been has have had do does did will would can
    could may might must shall should not no just only""".split()
)
_SUBJECTS = frozenset("he she it they we i you".split())
# Words a description never ends with: it was cut in the middle of a clause.
_DANGLING = _CLAUSE_WORDS | frozenset("another some many most both this that these those".split())
# Adverbs a phrase cut before its verb ends with: "The company flat-out denied", "The Wikileaks
# founder always argued", "the Command over" — never the noun that heads it.
_TRAILING_ADVERBS = frozenset(
    "always never still often once again later soon now too already even flat-out over".split()
)


def _trailing_adverb(key: str) -> bool:
    return key in _TRAILING_ADVERBS or (
        len(key) > 6 and key.endswith("ly") and key not in ROLE_NOUNS and key not in ORG_WORDS
    )


# Words that open a clause, in any case ("But", "BUT"): never the start of a role.
# Adverbs of time before a role ("now a partner at …", "once an aide to …"): no part of it.
_ROLE_ADVERBS = frozenset("now once formerly currently still previously".split())
_CLAUSE_OPENERS = frozenset(
    "and but or nor so yet as when while after before since until unless if although though because then even".split()
)
# Quantifiers before a name, never part of a role ("Both Bolton and Gorka said").
_ROLE_LEAD = frozenset("both either neither".split())
# Honorifics that say how a name is said, not what someone is ("Dr." alone is no role).
_LONE_TITLES = frozenset("dr doctor prof rev fr sir dame mx hon".split())
_DETERMINERS = frozenset("the a an one two three several some many most both this that these those another".split())
# Capitalised words that start sentences or name times, not people.
_NOT_NAMES = frozenset(
    """the a an in on at but and for when while after before if as it this that these those he she
    they we i his her their our its some many most all both each every no not so yet still now then
    there here what who why how where according last next monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december sept jan feb mar apr aug oct nov dec mr mrs ms dr sen rep gov president also even
    however meanwhile later earlier today yesterday tonight asked said says thanks with without
    from to by of over under during since until because though although just only also like
    whether my your you me us them him democrats republicans americans neither either nor crooked
    once instead indeed perhaps maybe finally eventually nevertheless nonetheless moreover furthermore
    besides otherwise overall basically clearly obviously sure yes well oh thus hence yet still
    another any more much such few none several others other do does did or was is were are had has
    see despite than important given
    among amid amidst based following including regarding concerning considering throughout toward
    towards upon within beyond across along around behind beneath inside outside near unlike via
    excluding pending notwithstanding citing noting responding referring speaking addressing quoting
    likewise similarly additionally separately consequently accordingly specifically notably
    importantly ultimately initially previously recently currently dear
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    thirteen fourteen sixteen seventeen eighteen nineteen sixty seventy eighty ninety
    against about nobody somebody everybody anybody someone everyone anyone
    hundred hundreds thousand thousands million millions dozens
    between ever multiple numerous various
    sometimes often usually always never rarely occasionally frequently soon already again almost
    actually apparently certainly especially probably possibly really simply unfortunately
    fortunately luckily sadly interestingly surprisingly admittedly arguably hopefully honestly
    frankly generally typically""".split()
)
# Page furniture that lands next to a name when a page is flattened ("Article Continued Below",
# "Participants"): never part of one.
FURNITURE = frozenset(
    """advertisement advertisements sponsored article continued continues below above participants
    related click subscribe share photo photos caption credit image images getty read more""".split()
)
# Endings of common nouns, never of a surname: "Land Development", "Public Safety Commission".
_NOUN_ENDING = re.compile(r"(?:ment|tion|sion|ness|ity|ship|ism|ology|ics)$")
# Last words of a company's name ("Compaq Computer", "Carrow Motors"): a business, never he or she.
_COMPANY_WORDS = frozenset(
    """computer computers systems networks technologies motors airlines airways pharmaceuticals labs
    energy foods media communications software electronics industries holdings partners capital
    ventures entertainment rail railway railways railroad""".split()
)
# An apposition opening after a name: ", the former secretary of state,".
_APPOSITION_NEXT = re.compile(r",\s+(?:the|a|an)\s")
# Kin right before a name: "her husband, Frank Fiorina", "his son Eric Trump".
_KIN_NOUNS = tuple(sorted(FAMILY_NOUNS))
_KIN_BEFORE = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[’']s)\s+(?:[\w-]+\s+)?(?:{alternation(FAMILY_NOUNS)}),?\s+\Z"
)


def _kin_before(text: str, at: int) -> bool:
    """``_KIN_BEFORE`` in the 50 characters before ``at``: sought only where they end with a kin
    noun or a comma, then spaces (the pattern, led by an alternation, was tried at each place)."""
    low = max(0, at - 50)
    window = text[low:at]
    bare = window.rstrip()
    # (searched in the text, not the window: ``\b`` at the window's start reads the character before it)
    return len(bare) < len(window) and bare.endswith((*_KIN_NOUNS, ",")) and bool(_KIN_BEFORE.search(text, low, at))


def introduced_as_kin(text: str, person: Person) -> bool:
    """Was ``person`` first named as someone's kin ("Schilling's son, Grant,", "her husband, Frank
    Fiorina,")? Their bare surname after that is still the one the article is about."""
    return bool(person.positions) and _kin_before(text, person.positions[0])


# Last words of a journal's or magazine's name ("BMJ Case Reports", "Harvard Business Review"): a
# publication, never he or she.
_PUBLICATION_WORDS = frozenset("reports review quarterly monthly weekly digest magazine proceedings letters".split())
# Words that stand for someone the text has just spoken of ("Another said", "One wrote"): a
# mention of a speaker, but no name, and none to be found. Lower-case, only "another" and "one"
# stand alone so: "others" is mostly the end of "Reynolds and others".
ANAPHORIC = frozenset("another one some many several both others any few".split())
_VERBISH = frozenset(
    "is was are were be been being has had have will would can could should may might must do does did "
    "who which that said says told".split()
)
# Verbs (past or third person, irregular: no ending tells them) and the particles after them: a
# description holding one has run into its clause ("The email goes on", "The candidate sent out").
_VERB_FORMS = frozenset(
    """goes went sent sends gave gives got gets came comes took takes made makes put puts wrote writes
    ran runs saw sees knew knows thought thinks kept keeps brought brings found finds began begins
    out up off down away""".split()
)
# Irregular verbs in the past and third person that end a clause before a name.
_PAST_VERBS = _VERB_FORMS | frozenset(
    """met meets beat beats won wins led leads left leaves held holds hit hits lost loses shook shakes
    spoke became become chose drew drove fought grew sat stood struck swore taught threw""".split()
)
# Things said or written ("the statement", "a 2014 report"): they speak for whoever issued them.
DOCUMENT_NOUNS = frozenset(
    "statement email e-mail letter memo memorandum release ad advertisement tweet post message note "
    "announcement editorial op-ed video clip transcript filing complaint lawsuit suit website report study "
    "piece article column story book ruling passage excerpt chapter resolution motion petition declaration "
    "bylaw judgment".split()
)
# Someone brought in by a name after what they are: "the base chief known as Bob", "a woman
# identified only as Maria", "a worker named Antonio Arroyo". The name is who speaks; the words
# before it say what they are.
_BY_NAME = re.compile(
    r"(?P<what>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+[^,;:]{1,60}?)\s+(?:(?:known|identified)(?:\s+only)?\s+as|named|called)\s+"
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})"
)
# Nouns that say whether someone brought in so is a man or a woman.
_NOUN_GENDER: dict[str, Gender] = dict(NOUN_GENDER)
# Either (one set, asked once per description).
_VERB_WORDS = _VERBISH | _VERB_FORMS
# Verbs that start a sentence before a name ("Had Sanders won"), never a name ("Will", "May" are).
_AUXILIARIES = frozenset("is was are were be been being has had have do does did".split())
_SURNAME_TITLES = frozenset("king bishop major marshal judge knight sheriff".split())
_MENTION_HONORIFICS = frozenset("mr mrs ms miss dr sen rep gov".split())
_PARTICLES = frozenset("de da di del della van von der den du le la bin al ibn abu st".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Honorifics said with a name ("Dr. Heather Carr", "Rev. Al Sharpton", "Mr. Trump"), never a role's last word.
_HONORIFICS_AT_END = frozenset("mr mrs ms dr prof rev reverend hon".split())
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f", "lord": "m"}
_ABBREVIATED_TITLES = {
    "sen": "Senator",
    "sens": "Senators",
    "rep": "Representative",
    "reps": "Representatives",
    "gov": "Governor",
    "lt": "Lieutenant",
    "gen": "General",
    "adm": "Admiral",
    "col": "Colonel",
    "maj": "Major",
    "sgt": "Sergeant",
    "capt": "Captain",
    "cmdr": "Commander",
    "rev": "Reverend",
    "dr": "Dr.",
    "prof": "Professor",
    # (police, army and council titles of Canadian and British copy: "RCMP Cpl.", "Const.", "Coun.")
    "cpl": "Corporal",
    "const": "Constable",
    "cst": "Constable",
    "insp": "Inspector",
    "supt": "Superintendent",
    "det": "Detective",
    "coun": "Councillor",
    "cllr": "Councillor",
    "ald": "Alderman",
    "pte": "Private",
    "brig": "Brigadier",
}

# Letters that open and fill a name beyond ASCII: Latin-1, and Latin Extended A, B and Additional
# ("Blumczyńska", "Łukasz", "Hašek", "Nguyễn"), common in Canadian copy.
_CAPITALS = r"A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff"
_SMALL = r"à-öø-ÿ\u0100-\u024f\u1e00-\u1eff"
_WORD = re.compile(rf"[A-Za-z{_CAPITALS}{_SMALL}][\w’'.\-]*|\d+|\(|\)|,|&")
_NAME_TOKEN = re.compile(
    rf"^(?:[{_CAPITALS}][\w’'\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|Mc[A-Z]\w+|O’[A-Z]\w+|O'[A-Z]\w+|D’[A-Z]\w+|D'[A-Z]\w+)$"
)
_PAREN = re.compile(r"\s*\([^)]{1,30}\)")


@functools.lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return word.lower().strip(".’'")


def is_title_word(word: str) -> bool:
    key = _key(word)
    # ("Lt.-Gen.", "Maj.-Gen.": Canadian Press joins a rank's words with a hyphen)
    return key in TITLE_WORDS or ("-" in key and all(part.strip(".") in TITLE_WORDS for part in key.split("-")))


def ends_after_spaces(text: str, low: int, at: int, endings: tuple[str, ...]) -> bool:
    """Does ``text[low:at]`` end with one of ``endings``, then one space or tab or more? A pattern
    searched in that window that must end so ("…and[ \\t]+\\Z") can match nowhere else: the search,
    tried at every place of the window, is made only where this holds."""
    window = text[low:at]
    bare = window.rstrip(" \t")
    return len(bare) < len(window) and bare.endswith(endings)


# Capitalised portfolio words and "and" right before a place: "Transportation and |Infrastructure".
_PORTFOLIO_AND_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){1,3}and[ \t]+\Z")
_PORTFOLIO_THEN_TITLE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){1,4}")
# A body's noun and "of" before a name that holds "and" ("the Department of |Fisheries and Oceans").
_A_BODY_OF_BEFORE = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}(?:Department|Ministry|Office|Bureau|Agency|Commission|Committee|"
    r"Council|Board|Institute|Centre|Center|Association|Federation|Society|Foundation)[ \t]+(?:of|for|on)[ \t]+"
    r"(?:the[ \t]+)?\Z"
)
# Lands whose name ends a body's ("Statistics Canada", "Infrastructure Ontario", "Hydro-Québec" aside).
_LANDS_BODIES_SERVE = frozenset("canada ontario quebec québec".split())
# The end of a body's name that holds "and" ("Fisheries and |Oceans Canada"): one of those lands.
_A_LANDS_BODY = re.compile(
    rf"(?:[A-Z][\w-]*[ \t]+){{1,3}}(?:{'|'.join(sorted(land.capitalize() for land in _LANDS_BODIES_SERVE))})\b"
)


def portfolio_start(text: str, at: int) -> int:
    """Where a title's portfolio joined by "and" starts, for a title phrase at ``at`` that opens with
    the portfolio's last words: "|Transportation and Infrastructure Minister Elvis Loveless" for ``at``
    at "Infrastructure"; so too a body's name ("|Fisheries and Oceans Canada", "|the Department of
    Fisheries and Oceans"). ``at`` itself when the words on both sides of "and" are not all portfolio
    words ("Sanders and Senate Minority Leader Harry Reid": two people) or no title follows."""
    low = max(0, at - 60)
    before = _PORTFOLIO_AND_BEFORE.search(text, low, at) if ends_after_spaces(text, low, at, ("and",)) else None
    if before is None or (before.start() > 0 and not text[before.start() - 1].isspace()):
        return at
    if _A_LANDS_BODY.match(text, at):
        return before.start()  # "|Fisheries and Oceans Canada": a body's name, whole
    body_of = _A_BODY_OF_BEFORE.search(text, max(0, before.start() - 60), before.start())
    if body_of is not None:
        return body_of.start()  # "|the Centre for Addiction and Mental Health"
    after = _PORTFOLIO_THEN_TITLE.match(text, at)
    if after is None:
        return at
    # The portfolio's words after "and", then the title ("Infrastructure Minister", "Human Services Secretary").
    words_after = after.group().split()
    k = 0
    while k < len(words_after) and _key(words_after[k]) in PORTFOLIO_WORDS:
        k += 1
    if k == 0 or not all(_key(w) in PORTFOLIO_WORDS for w in before.group().split()[:-1]):
        return at
    if k < len(words_after) and is_title_word(words_after[k]):
        return before.start()
    # "Minister of Transportation and |Infrastructure Elvis Loveless": the title and "of" before it.
    title = _TITLE_OF_BEFORE.search(text, max(0, before.start() - 40), before.start())
    return title.start(1) if title is not None and is_title_word(title.group(1)) else at


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


def _a_body_acronym(word: str | None) -> bool:
    """ "NDP", "GOP", "NATO": a party or body in capitals before a title, part of the role."""
    return word is not None and len(word) <= 5 and bool(_ACRONYM.match(word)) and _key(word) not in _NOT_NAMES


@functools.lru_cache(maxsize=65536)
def is_name_token(word: str) -> bool:
    """A capitalised word, initials ("G.K.") or an acronym ("NATO"). (Asked of the same words again
    and again, three patterns each time: remembered, as `_key` is.)"""
    return bool(_INITIALS.match(word) or _ACRONYM.match(word) or _NAME_TOKEN.match(word))


@functools.lru_cache(maxsize=65536)  # (asked for the same first names again and again: remembered, as `_key` is)
def gender_of(first: str) -> Gender:
    k = _key(first)
    for key in (k, _unaccented(k), *(_unaccented(k).split("-")[::-1] if "-" in k else ())):
        # "Hélène" as "helene"; "Jean-François" by its last part, "françois".
        if key in FEMALE_NAMES:
            return "f"
        if key in MALE_NAMES:
            return "m"
    return None


@functools.lru_cache(maxsize=65536)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@quick_init
@dataclass(frozen=True, slots=True)
class NounPhrase:
    """A phrase naming a speaker, split into what the scorer and the user need."""

    kind: MentionKind
    mention: str  # the words that name them ("Alexander Grouchko", "She", "the company")
    mention_offset: int  # where ``mention`` starts, relative to the phrase
    name: str | None = None  # a proper name, if the phrase holds one
    role: str | None = None
    gender: Gender = None


def expand_title(role: str) -> str:
    """``Sen.`` to ``Senator``: roles read in full in the speakers table."""
    words = role.split()
    return " ".join(_ABBREVIATED_TITLES.get(_key(w), w) if w.endswith(".") else w for w in words)


def _is_acronym(word: str) -> bool:
    return len(word.strip(".,")) > 1 and word.strip(".,").isupper()


# A time that opens a sentence before a title and name ("Last week State Department official David Holmes").
_TIME_LEADS = frozenset("last this next early late earlier later".split())
_TIME_NOUNS = WEEKDAYS | frozenset(
    "week weekend month year night morning afternoon evening spring summer fall autumn winter".split()
)


_RELATIVE_WORDS = frozenset("who whose whom which".split())


@functools.cache
def _common_words() -> frozenset[str]:
    """The everyday words of news copy, learned on train (`benchmarks/learn_common_words.py`)."""
    raw = resources.files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8")
    return frozenset(raw.split())


def is_common_word(word: str) -> bool:
    """Is ``word`` an everyday word ("Good", "Boos", "Corporate"), never a name on its own?"""
    return word.lower() in _common_words()


def a_group_of_people(word: str) -> bool:
    """Is one word a group of people ("Supporters", "Pollsters", "Syrians", "People")?"""
    key = _key(word)
    one = key[:-1] if key.endswith("s") else key
    return key in ROLE_NOUNS or one in ROLE_NOUNS or one in OCCUPATION_NOUNS or one.endswith(_PERSON_ENDINGS)


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def a_lone_role_noun(word: str) -> bool:
    """Is ``word`` one capitalised noun of a single person's role ("Judge", "Nurse", "King"): a
    surname the article's people may know, else no one? Not a group ("Aides", "Police", "Staff"),
    a body ("Company"), nor a word that heads a title ("Head", "Chief" of …)."""
    key = word.lower().rstrip(".,;:")
    return (
        word[:1].isupper()
        and word[1:].rstrip(".,;:").islower()
        and key in ROLE_NOUNS
        and not key.endswith("s")
        and key not in _NO_LONE_ROLE
    )


# Role nouns that say no single person when alone.
_NO_LONE_ROLE = frozenset("people police staff family campaign company group head chief".split())


def a_group_that_may_speak(word: str) -> bool:
    """Is one plural noun people or bodies who may say something ("strategists", "voters", "the
    groups", "Sandinistas"), not things ("answers", "comments": `a_group_of_people` goes by endings)?"""
    key = _key(word)
    return _a_word_that_may_speak(key) or (key[:-1] if key.endswith("s") else key).endswith(("ist", "ian"))


def _a_word_that_may_speak(key: str) -> bool:
    """Is a word (a `_key`) no everyday word ("the 34-year-old", "the Texan", "the proprietor"), or
    one of a person, a body or a record, in the singular or the plural?"""
    one = key[:-1] if key.endswith("s") else key
    return not is_common_word(key) or key in _WHO_MAY_SPEAK or one in _WHO_MAY_SPEAK


def may_speak(description: str) -> bool:
    """Can a description be someone who speaks: its last word no everyday word unless it is a person,
    a body or a record ("the spokesman", "the agency", "the report"; not "the file remains open",
    "the call")?"""
    words = description.split()
    if not words:
        return False
    head = _key(words[-1])
    return _a_word_that_may_speak(head) or a_group_of_people(head)


# Participles that open a clause about what someone was doing, never a role.
_DOING_WORDS = frozenset(
    "being having asked pressed questioned interviewed reached contacted quoted speaking talking writing "
    "responding referring addressing testifying".split()
)


def _clean_role(role: str) -> str | None:
    """A role as a noun phrase of the text, or None: never the words of the clause around it
    ("But", "When", "As the"), a lone honorific ("Mr.": part of how the name is said), a
    possessive fragment or a verb."""
    words = role.strip(" ,;").split()
    relative = next((k for k, w in enumerate(words) if k and w in _RELATIVE_WORDS), None)
    if relative is not None:
        del words[relative:]  # "a retired nurse who has lived there for 30 years": the noun phrase, not the clause
    while words and (
        _key(words[0]) in _CLAUSE_OPENERS
        or (
            not _is_acronym(words[0])
            and (
                _key(words[0]) in _CLAUSE_WORDS
                or _key(words[0]) in _ROLE_LEAD
                or _key(words[0]) in _DETERMINERS
                or _key(words[0]) in _ROLE_ADVERBS
            )
        )
    ):
        words.pop(0)  # "But Senator", "BUT", "When the", "As Ms.", "Both" (but not "US Deputy Secretary")
    if len(words) > 2 and _key(words[0]) in _TIME_LEADS and _key(words[1]) in _TIME_NOUNS:
        del words[:2]  # "Last week State Department official": when, then what they are
    if len(words) > 1 and _key(words[-1]) in _HONORIFICS_AT_END:
        # "association president Dr." (Heather Carr): how the name is said, not the role; what
        # stands before it is a role only if it ends in one ("Vatican spokesman the Rev."), not in
        # the clause around the name ("deputy prime minister under Mr.", "Whether Mr.", "younger Mr.").
        words.pop()
        while words and _key(words[-1]) in _DETERMINERS:
            words.pop()
        if not words or not (_key(words[-1]) in ROLE_NOUNS or is_title_word(words[-1])):
            return None
    if words and words[-1].endswith(("’s", "'s")) and len(words) == 1:
        return None  # "Stumpf’s"
    if words and words[-1].islower() and _key(words[-1]) in _CLAUSE_WORDS:
        return None  # "deputy prime minister under" (Mr. Yanukovych): the clause around a name, not a role
    role = " ".join(words)
    if not role or not any(c.isalpha() for c in role):
        return None
    if role.count("“") > role.count("”"):
        role += "”"  # "host of MSNBC’s “Morning Joe,”": the comma in the title cut its closing mark off
    keys = [_key(w) for w in words]
    if keys[0] in _DOING_WORDS:
        return None  # "being interviewed on Fox and Friends", "asked about …": what they were doing, no role
    if len(keys) == 1 and (
        keys[0] in _HONORIFIC_GENDER
        or keys[0] in _LONE_TITLES
        or keys[0] in _VERBISH
        or keys[0] in REPORTING_VERBS
        or keys[0] in _POSSESSIVE_DETERMINERS  # "Our BI Research": whose, not what
        or _an_adjective_alone(words[0], keys[0])
    ):
        return None
    return expand_title(role)


def _an_adjective_alone(word: str, key: str) -> bool:
    """Is a one-word role an adjective that says what someone is like, not what they are
    ("young", "warm-and-fuzzy", "33-year-old", "confident-seeming")?"""
    last = key.rsplit("-", 1)[-1]  # ("co-host", "co-founder": a person noun after all)
    if word[:1].isupper() or any(w in ROLE_NOUNS or w in TITLE_WORDS or w in OCCUPATION_NOUNS for w in (key, last)):
        return False
    return "-" in key or key.endswith(("ly", "ous", "ful", "ing", "ed", "ish", "ic")) or key in _AGE_WORDS


_AGE_WORDS = frozenset("young old older elderly veteran younger new former longtime".split())


def _is_apposition_role(text: str) -> bool:
    """ ", the former head of the Republican National Committee," is a role; ", 55," is not."""
    words = [_key(w) for w in text.split()]
    if not words or words[0] in ("of", "from", "in", "who", "which", "whose"):
        return False
    if words[0] in _JOINS_ANOTHER or words[:3] == ["as", "well", "as"]:
        return False  # ", as well as her campaign,", ", along with his lawyer,": someone else, joined
    return any(w in ROLE_NOUNS or w in TITLE_WORDS for w in words)


# What opens a phrase set off by commas that joins someone else to the subject, not a role of theirs.
_JOINS_ANOTHER = frozenset("and or along together plus with alongside".split())


# Pieces of a speaker phrase that say something about them but never name them:
# an age, a home town, a party and state, a relative clause.
_ASIDE = re.compile(
    r"^(?:\d{1,3}|of\s.+|from\s.+|who\b.+|which\b.+|whose\b.+|[a-z]+ing\b.+|[Aa]ccording to\s.+|"
    r"[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)*|"
    r"[A-Z]\.(?:[A-Z]\.)+|[DRI]-[A-Z][\w.\-]*|(?:Calif|Fla|Ill|Mass|Mich|Minn|Wis|Ariz|Colo|Conn|Okla|Tenn|Wash)\.?)$"
)


def _split_top_level(phrase: str) -> list[str]:
    """Comma-separated pieces, keeping "(D-N.Y.)" and "Brampton, Ont.-based" whole."""
    pieces: list[str] = []
    depth = 0
    current = ""
    for at, ch in enumerate(phrase):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0 and not PLACE_BASED_NEXT.match(phrase, at + 1):
            pieces.append(current.strip())
            current = ""
        else:
            current += ch
    pieces.append(current.strip())
    return [p for p in pieces if p]


def _author_of_document(words: list[str]) -> list[str]:
    """The words after "by" when a document noun stands before it ("a study by an influential Russian
    sociologist": whose role the name set off after it has), else ``words``."""
    by = words.index("by") if "by" in words[1:-1] else 0
    return words[by + 1 :] if by and _key(words[by - 1]) in DOCUMENT_NOUNS else words


@functools.lru_cache(maxsize=4096)
def parse_speaker_phrase(phrase: str) -> NounPhrase | None:
    """A speaker phrase with appositions: the piece that names them, and the piece that gives a role.

    "Michael McFaul, a senior fellow at the Hoover Institution" names McFaul, not Hoover;
    "the dawn of the modern movement, Bozell" names Bozell; "Rawlings, 59, of Ashton, Md." Rawlings.
    """
    pieces = _split_top_level(phrase)
    if len(pieces) <= 1:
        return parse_noun_phrase(phrase)
    first_description: NounPhrase | None = None
    for k, piece in enumerate(pieces):
        if _ASIDE.match(piece):
            continue
        np = parse_noun_phrase(piece)
        if np is None:
            continue
        offset = phrase.find(piece)
        if np.kind == "description" and not _is_apposition_role(piece):
            first_description = first_description or _shift(np, offset)
            continue
        if np.kind == "description":
            first_description = first_description or _shift(np, offset)
            continue
        role = np.role
        if np.kind == "name":
            apposition = next((p for p in pieces[k + 1 :] if _is_apposition_role(p) and not _ASIDE.match(p)), None)
            if apposition:
                role = _clean_role(apposition) or role
            elif k > 0 and first_description is not None and _leads_role_piece(pieces[k - 1]):
                role = _clean_role(" ".join(_author_of_document(pieces[k - 1].split()))) or role
        return NounPhrase(np.kind, np.mention, offset + np.mention_offset, np.name, role, np.gender)
    return first_description


_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())


def _leads_role_piece(piece: str) -> bool:
    """ "Her lawyer, John Smith", "Texas Attorney General, Ken Paxton": a role before the name starts
    as a noun phrase does; "… and affects every community in the state, Noem said" is a clause."""
    first = piece.split()[0] if piece.split() else ""
    k = _key(first)
    return _is_apposition_role(piece) and (first[:1].isupper() or k in _DETERMINERS or k in _POSSESSIVE_DETERMINERS)


def _shift(np: NounPhrase, offset: int) -> NounPhrase:
    return NounPhrase(np.kind, np.mention, offset + np.mention_offset, np.name, np.role, np.gender)


# Patterns of parse_noun_phrase, compiled once (see cues._VERB_AND).
# A word that names a people or a faith ("African", "Canadian", "Catholic"), never a person's name.
_OF_A_PEOPLE = re.compile(
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish)|Catholic|Muslim|Jewish|Hispanic|Latino|Latina|Asian|Evangelical|Protestant)$"
)
# A word of letters and digits with a capital: a name ("NY1", "3M", "CP24", "7-Eleven").
_NAME_WITH_DIGITS = re.compile(r"(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]+")
_POSSESSIVE_END = re.compile(r"[’']s$")
_EMPHATIC_END = re.compile(r"\s+(?:himself|herself|itself|themselves)$")
_REFLEXIVE_GENDER: dict[str, Gender] = {"himself": "m", "herself": "f"}
# "We’ve", "She’d", "I'm": the pronoun, contracted. Not "he'll": what someone will say is not said.
_CONTRACTION_END = re.compile(r"[’'](?:ve|d|re|m|ll)$", re.IGNORECASE)
# A comma between a phrase's parts; not that of a place and its province or state before "-based"
# ("the Brampton, Ont.-based company" is one phrase).
PLACE_BASED_NEXT = re.compile(r"\s*[A-Z][\w.]*-based\b")
NOT_A_PLACE_BASED = rf"(?!{PLACE_BASED_NEXT.pattern})"
_COMMA = re.compile(rf",{NOT_A_PLACE_BASED}\s*")
# The digits of a phrase that are one year and nothing else ("a 2008 Clinton veteran").
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# A description brought in with a determiner or a possessive pronoun ("his wife", "a spokesman"),
# and a name and nothing else ("Donna", "Christopher Abboud", "Mary E. Lovely").
_DESCRIBED_THEN_NAMED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+\S|[A-Z][\w.-]*[’']s\s+[a-z]")


def one_of_a_group(phrase: str) -> bool:
    """ "One of them", "Two of the officials", "Several of his aides": one or a few of a group of
    people (not "One of his recent reads": a thing's)."""
    if _ONE_OF_A_GROUP.fullmatch(phrase) is None:
        return False
    last = _key(phrase.split()[-1])
    return last in _PEOPLE_WORDS or a_group_that_may_speak(last)


# Words for people that no list of roles holds: "one of them", "two of the women".
_PEOPLE_WORDS = frozenset("them those us people women men children kids".split())


def _a_first_name(name: str) -> bool:
    """Does ``name`` open with a first name a list knows (of either gender: "Jamie", "Robin")?"""
    first = name.split()[0]
    return gender_of(first) is not None or _key(first) in EITHER_NAMES


def _a_name_set_off(apposition: str) -> bool:
    """Is an apposition a name alone, or a role noun and a name ("actress Jamie Lee Curtis")?"""
    role = _LOWER_WORD_LEAD.match(apposition)
    if role is None:
        return NAME_ONLY.fullmatch(apposition) is not None
    if NAME_ONLY.fullmatch(apposition, role.end()) is None:
        return False
    named = parse_noun_phrase(apposition)  # (the word is a role only if the name's reading says so)
    return named is not None and named.kind == "name" and named.role == role.group(1)


_LOWER_WORD_LEAD = re.compile(r"([a-z]+)\s+")
# Someone's one or two lower-case words: "Clinton's introducer", "Trump's longtime bodyguard".
_OWNERS_NOUN = re.compile(r"[A-Z][\w.-]*[’']s(?:\s+[a-z][a-z-]+){1,2}")
NAME_ONLY = re.compile(rf"(?:[{_CAPITALS}][\w’'.-]*\s+){{0,3}}[{_CAPITALS}][\w’'-]*")
_GLUE_WORD = re.compile(r"\s(?:of|at|from|for|in|on)\s")
# One or a few of a group: "One of them", "Two of the officials", "Several of his aides".
_ONE_OF_A_GROUP = re.compile(
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Bb]oth|[Ee]ach|[Nn]either|[Aa]nother)"
    r"\s+of\s+(?:them|those|us|(?:the|these|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
)
# What follows the glue in "Residents of the building", "Doctors at the city's hospital": a
# determiner and up to two lower-case words.
_A_PLACE_OR_THING = re.compile(r"(?:the|this|that|their|its|his|her)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w-]*\s*")
# What follows "of"/"for" in "the mayor of Toronto", "a spokesman for the Daily News": a name only.
_PROPER_NAME_ONLY = re.compile(
    r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|for|on|the|de|du|des)\s+)*[A-Z][\w&.’'-]*)*\s*"
)
# A conjunction that opens a clause before its subject ("But he also said that").
_CONJUNCTION_LEAD = re.compile(
    r"(?i:and|but|so|yet|or|nor|then)\s+(?=\S)"
    # "Now the 61-year-old retired teacher", "Today the company": a sentence's adverb before its subject
    r"|(?:Now|Today|Still|Later|Meanwhile|Instead|Tonight|Yesterday|Also|Again)\s+(?=(?i:the|a|an|his|her|their|its)\s)"
)
PARTICIPLE_ADJECTIVES = frozenset(
    "retired elected unnamed appointed indicted registered unidentified embattled celebrated renowned "
    "respected noted talented concerned undecided united married divorced detained jailed".split()
)
# After the noun of a description, words that open what ties the person to the story ("a source
# involved in the talks", "an official familiar with the plan").
_POSTMODIFIERS = frozenset(
    "involved familiar close briefed knowledgeable speaking aware allied loyal connected tied linked".split()
)
# Records quoted like documents: "according to a Quinnipiac poll conducted in February".
RECORD_NOUNS = frozenset(
    "poll survey audio excerpt account document record data analysis footage order decision indictment".split()
)
# The last words of a description of someone who can speak (`may_speak`): a person, a body, a record.
_WHO_MAY_SPEAK = ROLE_NOUNS | OCCUPATION_NOUNS | ORG_WORDS | DOCUMENT_NOUNS | RECORD_NOUNS | PLAIN_PERSON_NOUNS
# What can follow a record's participle and say when it came out: "the order released Friday",
# "a statement issued late Tuesday", "a report published today".
_WHEN_AFTER_PARTICIPLE = WEEKDAYS | _TIME_LEADS | frozenset("today yesterday tonight".split())
_TIE_PREPOSITIONS = frozenset("to with in on about of by at for".split())
_ROLE_GLUE = frozenset("of the a an and for at".split())


def _postmodifier_at(keys: Sequence[str]) -> int | None:
    """Where words after a description's noun start to say how it ties to the story: "a source
    [involved in] the talks", "a court document [filed by] the state attorney", "a poll [conducted in]
    February". A person or a body is tied by the words of ``_POSTMODIFIERS``; a record (never the
    subject of "filed", "released") also by any past participle before a preposition."""
    for n in range(2, len(keys) - 1):
        noun = keys[n - 1].rstrip("s")
        if noun in DOCUMENT_NOUNS or noun in RECORD_NOUNS:
            if keys[n].endswith("ed") and (keys[n + 1] in _TIE_PREPOSITIONS or keys[n + 1] in _WHEN_AFTER_PARTICIPLE):
                return n
        elif keys[n] in _POSTMODIFIERS:
            return n
    if len(keys) >= 3 and keys[-1] in _POSTMODIFIERS and keys[-2].rstrip("s") not in DOCUMENT_NOUNS:
        return len(keys) - 1
    return None


def _compound_adjective(keys: Sequence[str], n: int) -> bool:
    """ "well-connected", "self-described", "so-called" before a noun: an adjective, not a verb."""
    return "-" in keys[n] and n < len(keys) - 1


_PLACE_GLUE = frozenset("of at for from in on to".split())


def _is_role_prefix(prefix: str) -> bool:
    """Words before a name that can be its title: "Russian Deputy Foreign Minister", "Cruz spokesman"."""
    words = prefix.split()
    for n, word in enumerate(words):
        k = _key(word)
        if word[:1].isupper() or word[:1].isdigit() or k in TITLE_WORDS or k in ROLE_NOUNS or k in _ROLE_GLUE:
            continue
        if k.endswith("ed") and k not in _VERBISH and _describes_the_role_after(words[n + 1 :]):
            continue  # "retired teacher Stephanie Hooton", "undecided Conservative voter …": what they are
        if n and _looks_before_a_name(words):
            continue  # "A flabbergasted Noah", "a visibly frustrated Ford": how they looked
        if k in _VERBISH or k in PRONOUNS or k.endswith("ed") or k in _PREPOSITIONS:
            return False
    return True


_ARTICLES = frozenset("a an the".split())
# Prepositions that put a name in a clause, not after its title ("watched the ceremony on", "an analysis by").
_PREPOSITIONS = frozenset("on in to with by from as".split())


def _looks_before_a_name(words: list[str]) -> bool:
    """Are ``words`` an article and at most three words in lower case saying how someone looked or
    stood ("A flabbergasted", "a visibly frustrated", "the embattled"): no preposition, verb or
    determiner among them ("an analysis by", "a group of disaffected")?"""
    return (
        2 <= len(words) <= 4
        and _key(words[0]) in _ARTICLES
        and all(w.islower() and (w.isalpha() or "-" in w) for w in words[1:])
        and not any(_key(w) in _ROLE_GLUE or _key(w) in _VERBISH or _key(w) in _PREPOSITIONS for w in words[1:])
        and not any(_key(w) in _DETERMINERS or _key(w) in PRONOUNS for w in words[1:])
    )


def _how_they_looked(prefix: str) -> bool:
    """Is the prefix of a name how someone looked (`_looks_before_a_name`), ending in no role or trade
    ("an angry", "A visibly frustrated"; not "the embattled mayor")?"""
    words = prefix.split()
    return _looks_before_a_name(words) and not _a_persons_role_noun(words[-1]) and not is_title_word(words[-1])


def _describes_the_role_after(rest: list[str]) -> bool:
    """Is ``rest`` a role a word ending in "-ed" can describe: capitalised or role words ending with a
    role noun or a title ("teacher", "Conservative voter", "Army Lt. Gen."), nothing else ("the
    ceremony on the Mall")?"""
    last = _key(rest[-1]) if rest else ""
    rank = is_title_word(last) and last not in _HONORIFIC_GENDER and last not in _LONE_TITLES
    if not rest or not (_a_persons_role_noun(rest[-1]) or rank):
        return False  # ("retired Gen. Rick Hillier", "retired Army Lt. Gen. …": a rank last; "lauded Mr." no)
    return all(w[:1].isupper() or _key(w) in ROLE_NOUNS or _key(w) in OCCUPATION_NOUNS for w in rest)


def _heads_role(prefix: str) -> bool:
    """Can the word before a name say what the person is? "the novelist Jane Smith", "Wild coach
    Bruce Boudreau"; not a document or an abstract thing: "the letter Mike wrote", "the decision
    Smith made"."""
    last = prefix.split()[-1]
    if last[:1].isupper():
        return True  # "Secretary of Homeland Security Jeh Johnson": a portfolio's name
    k = _key(last).rpartition("-")[2]
    return k not in DOCUMENT_NOUNS and not (_NOUN_ENDING.search(k) and k not in ROLE_NOUNS)


def _without_asides(head: str) -> tuple[str, Sequence[int]]:
    """``head`` without its short asides in brackets, stripped, and where each of its characters
    stands in ``head``."""
    if "(" not in head:
        # No aside (most phrases): the places are a plain run, and a range needs no list built.
        clean = head.strip()
        cut = len(head) - len(head.lstrip())
        return clean, range(cut, cut + len(clean))
    kept: list[str] = []
    places: list[int] = []
    pos = 0
    for m in _PAREN.finditer(head):
        kept.append(head[pos : m.start()])
        places.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(head[pos:])
    places.extend(range(pos, len(head)))
    joined = "".join(kept)
    cut = len(joined) - len(joined.lstrip())
    clean = joined.strip()
    return clean, places[cut : cut + len(clean)]


def a_plural_person_noun(word: str) -> bool:
    """ "Lawyers", "Residents", "Prosecutors", "Staff": one capitalised word (a sentence opens with it)
    that is the plural of a person's noun, or a body of people, and an everyday word, never a surname
    ("Sanders", "Powers")."""
    key = _key(word)
    return (
        (key.endswith("s") or key == "staff")
        and (key in ROLE_NOUNS or key[:-1] in ROLE_NOUNS or key[:-1] in OCCUPATION_NOUNS)
        and is_common_word(key)
    )


def _group_noun(key: str) -> bool:
    return key.endswith("s") or key in ("people", "police", "staff", "crew", "management")


# Endings of adjectives made of a name ("London-based", "Kenya-born", "Saudi-led"): never a name.
_ADJECTIVE_ENDINGS = ("-based", "-born", "-led", "-owned", "-backed", "-run", "-made")
_BODY_GLUE = frozenset("and of the for on &".split())


def _body_across_glue(head: str, glue: re.Match[str]) -> str | None:
    """ "the Centers for Disease Control and Prevention", "the Bureau of Labor Statistics", "the
    Office of Management and Budget": a body whose name runs across "of"/"for"/"and" (capitalised
    words on both sides, a body's word before the glue); the name with its "the", or None."""
    before = head[: glue.start()].split()
    the = bool(before) and before[0].lower() == "the"
    if the:
        before = before[1:]
    after = head[glue.end() :].split()
    if not before or not after or not all(w[:1].isupper() for w in before) or not after[-1][:1].isupper():
        return None
    last = _key(before[-1])
    # ("the Town of Cobourg", "the City of Toronto": a local government, across "of")
    government = len(before) == 1 and last in _GOVERNMENT_HEADS and glue.group(0).strip().lower() == "of"
    if last not in ORG_WORDS and last[:-1] not in ORG_WORDS and not government:
        return None
    if not all(
        (w[:1].isupper() and (not is_title_word(w) or _key(w) in TITLE_MODIFIERS or k == len(after) - 1))
        or w in _BODY_GLUE
        for k, w in enumerate(after)
    ):
        # A title in it before more words: "… Relations National Executive Director Nihad Awad" names a
        # person. (Not a portfolio, "the Ministry of Health", nor a title word ending the name, "the
        # Department of Justice": no name after it.)
        return None
    return head.strip() if the else head[head.find(before[0]) :].strip()


# Words in -ing that name a trade or field before a person's noun ("the nursing student", "the
# marketing director", "the mining executive"), not a verb of a clause ("the senator speaking").
_TRADE_GERUNDS = frozenset(
    """nursing marketing engineering accounting banking building housing planning teaching publishing trucking
    mining farming fishing logging shipping polling consulting coaching training broadcasting advertising
    lending recruiting fundraising organizing organising hunting boxing skating skiing racing curling swimming
    wrestling gaming scouting catering cleaning landscaping plumbing roofing""".split()
)
# A seat by its number, in a description: "the Ward 11 councillor", "the District 3 supervisor".
_NUMBERED_SEAT = re.compile(r"\b(?:Ward|District|Division)[ \t]+\d{1,3}\b")


# A body's French name: its head, then "de", "des", "du" or "d’" and a few words ("Autorité des marchés
# financiers", "Caisse de dépôt et placement du Québec", "Ville de Montréal").
_FRENCH_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>(?:Caisse|Société|Autorité|Régie|Bureau|Sûreté|Conseil|Commission|Ministère|Université"
    r"|Institut|Comité|Centre|Agence|Association|Fédération|Confédération|Syndicat|Ville|Centrale)"
    r"\s+(?:de|des|du|d’|d')\s*(?:[\w’'-]+\s+){0,6}?[\w’'-]+)"
)


@functools.lru_cache(maxsize=4096)
def parse_noun_phrase(phrase: str) -> NounPhrase | None:
    """Split a speaker phrase into name, role and kind; None if it names nobody. (Pure, and asked
    the same phrases again and again: "he", "Trump", "the senator"; remembered.)"""
    stripped = phrase.strip().lstrip('”“"’‘').lstrip()  # '” the document states': the mark ends a quotation
    lead = phrase.find(stripped) if stripped else 0
    if not stripped or len(stripped) > 200:
        return None
    group = _A_GROUPS_NAME.fullmatch(stripped) if " " in stripped else None
    if group is not None and a_plural_person_noun(group.group("people")) and _a_cause(group):
        # "Mothers Against Drunk Driving", "Doctors Without Borders", "Students for Fair Admissions": a
        # body named for the people in it and their cause, whole (not "Borders", titled "Doctors Without").
        return NounPhrase("org", stripped, lead, name=stripped)
    owner = _LOWER_OWNER_LEAD.match(stripped)
    if owner is not None:
        # "The province's Education Department said": the body, whose it is said in lower case before it.
        body = parse_noun_phrase(stripped[owner.end() :])
        if body is not None and body.kind == "org":
            return NounPhrase("org", body.mention, lead + owner.end() + body.mention_offset, name=body.name)
    opener = _CONJUNCTION_LEAD.match(stripped)
    if opener and opener.end() < len(stripped):
        # "But he", "And Mr. Trump": the conjunction opens the clause, the rest names the speaker.
        np = parse_noun_phrase(stripped[opener.end() :])
        return _shift(np, lead + opener.end()) if np is not None else None
    if stripped.endswith("self") or stripped.endswith("selves"):
        emphatic = _EMPHATIC_END.search(stripped)
        if emphatic is not None and emphatic.start() > 0:
            # "Clinton herself, campaigning in Pittsburgh, said": the name, the reflexive only stresses
            # it, and says a gender ("Bill Clinton … Clinton herself also signaled": Hillary).
            np = parse_noun_phrase(phrase[: lead + emphatic.start()])
            gender = _REFLEXIVE_GENDER.get(emphatic.group(0).strip())
            if np is not None and np.gender is None and gender is not None and np.kind in ("name", "description"):
                return NounPhrase(np.kind, np.mention, np.mention_offset, np.name, np.role, gender)
            return np
    # (Each pattern tried only where the phrase ends as it must for a match: most phrases end otherwise.)
    bare = _POSSESSIVE_END.sub("", stripped) if stripped.endswith(("’s", "'s")) else stripped  # "He’s predicting"
    contracted = (  # "We’ve called it", "She’d said": the pronoun, contracted
        _CONTRACTION_END.sub("", stripped) if stripped[-1] in "dDeEmMlL" else stripped
    )
    if contracted != stripped and contracted.lower() in PRONOUNS:
        return NounPhrase("pronoun", contracted, lead)
    if contracted != stripped and contracted.lower() == "you":
        return None  # "You’re promised …": the reader, no one who spoke
    if bare.lower() in PRONOUNS:
        return NounPhrase("pronoun", bare, lead)
    if bare != stripped:
        # "Rubio’s catch phrase was that …", "The Florida senator’s answer was …": the owner is who
        # spoke, named without the possessive ("That’s" is no one).
        return parse_noun_phrase(phrase[: lead + len(bare)])
    french = _FRENCH_BODY.fullmatch(stripped) if " d" in stripped else None
    if french is not None:
        # "The Caisse de dépôt et placement du Québec", "Société de transport de Montréal": a body's
        # French name, its words in lower case and all (Quebec copy in English keeps them).
        return NounPhrase("org", french.group("name"), lead + french.start("name"), name=french.group("name"))
    # Head and appositions: "Jens Stoltenberg, Secretary General of NATO".
    head, *appositions = _COMMA.split(stripped) if "," in stripped else (stripped,)
    by_name = _BY_NAME.fullmatch(head)
    if by_name is not None:
        named = parse_noun_phrase(by_name.group("name"))
        if named is not None and named.kind == "name":
            what = by_name.group("what").split()
            gender = named.gender or _NOUN_GENDER.get(_key(what[-1]))
            # "the base chief" is a role; "a woman" says only who they are.
            role = _clean_role(" ".join(what)) if _key(what[-1]) in ROLE_NOUNS or is_title_word(what[-1]) else None
            return NounPhrase("name", named.mention, lead + by_name.start("name"), named.name, role, gender)
    if appositions and _DESCRIBED_THEN_NAMED.match(head) and _a_name_set_off(appositions[0]):
        # "his wife, Donna MacLeod", "A Twitter spokesman, Christopher Abboud": the name the
        # description sets off is who they are.
        named = parse_noun_phrase(appositions[0])
        described = parse_noun_phrase(head)
        if described is None and named is not None and _OWNERS_NOUN.fullmatch(head) and _a_first_name(named.name):
            # "Clinton's introducer, Jamie Lee Curtis": someone's noun no list knows, set off by a
            # name a list of first names knows, is that person's description.
            described = NounPhrase("description", head, 0)
        if named is not None and named.kind == "name" and described is not None and described.kind == "description":
            at = stripped.find(appositions[0], len(head))
            words = _author_of_document(head.split())
            if _key(words[0]) in _ROLE_LEAD | _DETERMINERS:
                role = _clean_role(" ".join(words[1:]))
            elif words[0].endswith(("’s", "'s")) and len(words) >= 2 and _heads_role(" ".join(words[1:])):
                role = _clean_role(head)  # "Ontario’s chief medical officer of health, Dr. David Williams"
            else:
                role = None
            gender = named.gender or _NOUN_GENDER.get(_key(words[-1]))
            return NounPhrase("name", named.mention, lead + at + named.mention_offset, named.name, role, gender)
    apposition_role = next((a for a in appositions if _is_apposition_role(a)), None) if appositions else None
    head_clean, places = _without_asides(head)

    def spelled(words: str) -> tuple[str, int]:
        """``words`` of ``head_clean`` as the phrase spells them (an aside in brackets and all, as in
        "John (Jack) Smith"), and where that starts in the phrase: the mention must be what its
        offsets cut from the text."""
        k = head_clean.find(words) if words else -1
        if k < 0:
            return words, lead + max(head.find(words), 0)
        first, last = places[k], places[k + len(words) - 1]
        return head[first : last + 1], lead + first

    if one_of_a_group(head_clean.strip()):
        # "One of them", "One of the officials", "Two of his aides": someone of a group, never a
        # person named "One".
        return NounPhrase("description", *spelled(head_clean.strip()))
    # "Gov. Earl Ray Tomblin of West Virginia", "Mr. Morgan of the Sierra Club": the person comes first.
    glue = _GLUE_WORD.search(head_clean)
    if glue:
        body = _body_across_glue(head_clean, glue)
        if body is not None:
            return NounPhrase("org", *spelled(body), name=body)
        left = parse_noun_phrase(head_clean[: glue.start()])
        if left is not None and left.kind == "name":
            mention, at = spelled(left.mention)
            return NounPhrase("name", mention, at, left.name, left.role, left.gender)
        # What stands before the glue is one description and nothing more ("the mayor", "Lawyers"): the
        # four readings below of someone described by their tie to what follows.
        described_alone = (
            left is not None and left.kind == "description" and left.mention == head_clean[: glue.start()].strip()
        )
        if (
            described_alone
            and _key(head_clean.split()[0]) in _DETERMINERS
            and _key(left.mention.split()[-1]).rstrip("s") in DOCUMENT_NOUNS
            and head_clean[glue.start() :].split()[0] in ("from", "by")
            and (owner := _PROPER_NAME_ONLY.match(head_clean, glue.end())) is not None
            and owner.end() > glue.end()
            # "a report from the State Department's inspector general": the owner is the one after it.
            and not owner.group().rstrip().endswith(("’s", "'s"))
        ):
            # "A Feb. 1 letter from the American Legion obtained by the AP": a document and whose it
            # is; what follows the owner's name is about the document, not who speaks.
            mention, at = spelled(head_clean[: owner.end()].rstrip())
            return NounPhrase("description", mention, at)
        if (
            described_alone
            and (_key(head_clean.split()[0]) in _DETERMINERS or a_plural_person_noun(left.mention))
            and _PROPER_NAME_ONLY.fullmatch(head_clean, glue.end())
            and not any(gender_of(w) for w in head_clean[glue.end() :].split())
            # "the French Minister of Transport Clément Verdier": a title, its portfolio, then a name.
            and not (
                left.mention.split()[-1][:1].isupper()
                and len(head_clean[glue.end() :].split()) > 1
                and not a_plural_person_noun(left.mention)
            )
        ):
            # "a spokesperson for Health Canada", "the mayor of Toronto": someone described by their
            # tie to a body or a place named after them (no clause before that name).
            mention, at = spelled(head_clean)
            role = _clean_role(apposition_role) if apposition_role else None
            return NounPhrase("description", mention, at, role=role)
        if (
            described_alone
            and _key(head_clean.split()[0]) in _DETERMINERS
            and left.mention.split()[-1].islower()
            and _PROPER_NAME_ONLY.fullmatch(head_clean, glue.end())
        ):
            # "the wife of Senator Ted Cruz", "a former agent for President Bill Clinton": someone
            # described by their tie to the person named after them, not that person.
            mention, at = spelled(head_clean)
            return NounPhrase("description", mention, at)
        if (
            described_alone
            and a_plural_person_noun(left.mention)
            and (
                _A_PLACE_OR_THING.fullmatch(head_clean, glue.end()) is not None
                or _PROPER_NAME_ONLY.fullmatch(head_clean, glue.end()) is not None
            )
        ):
            # "Lawyers for the band", "Residents of the building", "Supporters of Bernie Sanders": a
            # group and where its members are, or whom they stand with (never that person).
            return NounPhrase("description", *spelled(head_clean.rstrip()))
    words: list[str] = _WORD.findall(head_clean)
    if not words:
        return None
    token_count = len(words)
    starts: list[int] = []

    def token_start(k: int) -> int:
        """Where the ``k``-th word starts in ``head_clean`` (found when first asked: most phrases never ask)."""
        if not starts:
            starts.extend(m.start() for m in _WORD.finditer(head_clean))
        return starts[k]

    keys = list(map(_key, words))
    cut = _postmodifier_at(keys) if keys[0] in _DETERMINERS else None
    if cut is not None:
        # "a source involved in the talks", "an intelligence source speaking to Fox News", "a source
        # close to Jeb Bush": what follows the noun says how they know (a name there is not theirs);
        # the noun heads the description, which is the whole phrase ("one Democrat familiar", cut
        # short before "with …": the words before it).
        if cut + 1 < len(keys) and keys[cut + 1] in _TIE_PREPOSITIONS and len(keys) <= 12:
            mention, at = spelled(head_clean.rstrip())
            return NounPhrase("description", mention, at)
        words, keys = words[:cut], keys[:cut]
    # The name is the last run of name tokens that are not title words.
    end = len(words)
    while end > 0 and keys[end - 1] in _SUFFIXES:
        end -= 1
    start = end
    # A title word ending a run of names is a surname ("Martin Luther King", "Mr. King").
    if end >= 2 and is_title_word(words[end - 1]) and words[end - 1][:1].isupper():
        prev = keys[end - 2]
        if (
            prev in _HONORIFIC_GENDER
            or prev == "dr"
            # "Charlie King", "Martin Luther King": a title that is also a surname, after a name;
            # "French Minister" is no name.
            or (
                keys[end - 1] in _SURNAME_TITLES
                and is_name_token(words[end - 2])
                and not is_title_word(words[end - 2])
                and prev not in _NOT_NAMES
            )
            # "John Tory", "Amy Pope": after a known first name, any title that is also a surname.
            or (keys[end - 1] in _TITLES_AS_SURNAMES and (prev in EITHER_NAMES or gender_of(words[end - 2])))
        ):
            start = end - 1
    while start > 0:
        w, k = words[start - 1], keys[start - 1]
        if (
            is_name_token(w)
            and not is_title_word(w)
            # ("Jill A. Martin", "Mary I. Smith": a middle initial, not the article or the pronoun)
            and (k not in _NOT_NAMES or (len(w) == 2 and w[1] == "." and start < end))
            and (k not in FURNITURE or start == end)
            and k not in _AUXILIARIES
            and not w.endswith(("’s", "'s"))
        ) or (k in _PARTICLES and start < end):
            start -= 1
        else:
            break
    # A particle that opens the run is the name's own: "Al Gore", "de Blasio", "Le Pen", "Van Der Beek";
    # particles alone name no one ("Al" of "said Al From", whose surname is a preposition).
    if all(keys[k] in _PARTICLES for k in range(start, end)):
        start = end
    glued = 0
    if (
        start < end
        and end - start >= 3
        and (of_at := _portfolio_of(words, keys, start)) is not None
        and is_title_word(words[of_at - 1])
        and words[start][:1].isupper()
    ):
        # "the French Minister of Transport Clément Verdier": the portfolio, then the name (before the
        # glued-word rule below, which took "Infrastructure" for a word describing Lucia Benvenuti).
        # A portfolio of more words ends where a known first name starts ("Deputy Director of Public
        # Prosecution Eva-Marie Persson").
        first = _first_name_among(words, start + 1, end - 1)
        if first is None and words[of_at - 1][:1].isupper():
            first = start + 1
        # (Else "president of Doctors Nova Scotia": a lower-case title of a body, and no first name
        # after it; the body's name, not a person's.)
        if first is not None:
            name = " ".join(words[first:end])
            role = _clean_role(head_clean[: token_start(first)])
            mention, at = spelled(name)
            return NounPhrase("name", mention, at, name=name, role=role, gender=gender_of(words[first]))
    if end - start >= 3 and not is_title_word(words[start - 1] if start else ""):
        # "Rival Hillary Clinton": a word glued before a first name describes them.
        glued = len(words[start:end]) - len(_without_glued_word(words[start:end]))
        start += glued
    if start < end and start > 0 and keys[start - 1] in _PLACE_GLUE:
        # "The Commission on Presidential Debates": a body named across "on"/"of".
        first_cap = next((k for k, w in enumerate(words) if w[:1].isupper() and keys[k] != "the"), None)
        if first_cap is not None and keys[first_cap] in _NOT_NAMES:
            # "According to AFP": the words that open the sentence are no part of the body's name.
            first_cap = next(
                (k for k in range(first_cap, end) if keys[k] not in _NOT_NAMES and keys[k] not in _PLACE_GLUE), None
            )
            if first_cap is None or not words[first_cap][:1].isupper():
                return None
        spans_body = first_cap is not None and all(
            words[k][:1].isupper() or keys[k] in _PLACE_GLUE or keys[k] in ("the", "and") for k in range(first_cap, end)
        )
        if spans_body and any(k in ORG_WORDS for k in keys[first_cap:end]):
            at = token_start(first_cap - 1) if first_cap == 1 and keys[0] == "the" else token_start(first_cap)
            name = head_clean[at:].strip()
            return NounPhrase("org", *spelled(name), name=name)
        # "president of the United Federation of Teachers", "minister of France": a body or a place.
        return None
    lead_words = 1 if keys[0] in _DETERMINERS else 0
    if (
        lead_words < start < end
        and all(keys[k] in TITLE_MODIFIERS and words[k][:1].isupper() for k in range(lead_words, start))
        and ROLE_NOUNS.isdisjoint(keys[start:end])  # "Former Clinton Pollster": a title after all
    ):
        start = lead_words  # "Home Depot", "National Geographic": no title, only words that qualify one
    if start >= 2 and words[start - 1] == "&" and words[start - 2][:1].isupper():
        # "Procter & Gamble", "Chapter & Verse": a firm's name, whole.
        first = start - 2
        while first > 0 and words[first - 1][:1].isupper() and not is_title_word(words[first - 1]):
            first -= 1
        name = head_clean[token_start(first) :].strip()
        return NounPhrase("org", *spelled(name), name=name)
    if end - start >= 2 and keys[end - 1] in _LANDS_BODIES_SERVE and not _a_first_name(words[start]):
        # "Health Canada", "Air Canada", "Fisheries and Oceans Canada": a body named for the land it
        # serves (no one's surname is "Canada"), with any words of its name before an "and".
        first = start
        while first >= 2 and keys[first - 1] == "and" and words[first - 2][:1].isupper():
            first -= 2
            while first > 0 and words[first - 1][:1].isupper() and not is_title_word(words[first - 1]):
                first -= 1
        name = head_clean[token_start(first) :].strip()
        return NounPhrase("org", *spelled(name), name=name)
    if start < end and (
        keys[end - 1].endswith(_ADJECTIVE_ENDINGS)
        or (
            start == 0
            and end == 1
            and keys[0] in ROLE_NOUNS
            and not _group_noun(keys[0])
            and keys[0] not in DOCUMENT_NOUNS
        )
    ):
        # "London-based", "Head" (of …): what describes someone, not their name ("Aides say",
        # "Police announce": a group, which stays a speaker). A lone capitalised role noun before a
        # verb may be a surname, though ("“…,” Nurse said": the resolver asks the article's people).
        if end == 1 and len(words) == 1 and a_lone_role_noun(words[0]):
            return NounPhrase("description", *spelled(words[0]))
        return None
    if start < end and len(words) == 1 and a_plural_person_noun(words[0]):
        return NounPhrase("description", *spelled(words[0]))  # "Lawyers told", "Residents say": no one's name
    if start < end:
        name_start = token_start(start)
        # ("Aaron Fox", "Jack White": a first name, then a surname that is also a word of bodies' names)
        # ("Mayor Don Guardian", "Sen. Tom Post": after a title, a first name and any surname are a person's)
        surname_a_body_word = (
            end - start == 2
            and bool(gender_of(words[start]))
            and (keys[end - 1] in _BODY_WORDS_AS_SURNAMES or (start > 0 and is_title_word(words[start - 1])))
        )
        if (
            not surname_a_body_word
            and (
                not ORG_WORDS.isdisjoint(keys[start:end])
                or any("-" in k and k.partition("-")[2] in ORG_WORDS for k in keys[start:end])  # "Union-Tribune"
                or keys[end - 1] in _COMPANY_WORDS
                or (end - start == 1 and (words[start].isupper() or a_brand(words[start])))  # "NATO", "ProPublica"
                or _NOUN_ENDING.search(keys[end - 1])
                or NOT_PERSON_WORDS.issuperset(keys[start:end])
            )
        ):
            # "The New York Times", "NATO": a body, named with its article.
            # The body's name runs back over capitalised words ("The United Nations Security Council").
            first = start
            while first > 0 and (words[first - 1][:1].isupper() or keys[first - 1] == "the"):
                first -= 1
            if first > 0:
                return None  # "PolitiFact rated 22% of Democratic": a clause before a body's name
            name_start = token_start(first)
            name = head_clean[name_start:].strip()
            return NounPhrase("org", *spelled(name), name=name)
        name = head_clean[name_start:].strip()
        prefix = head_clean[:name_start]
        if not _is_role_prefix(prefix):
            return None  # "watched the ceremony on the Mall": a clause, not a title before a name
        if glued and keys[start - 1] not in ROLE_NOUNS and keys[start - 1] not in TITLE_WORDS:
            prefix = head_clean[: token_start(start - 1)]  # "Rival": it describes them, no role
        furniture = (
            None
            if FURNITURE.isdisjoint(keys[:start])  # (most names: no word of page furniture before them)
            else max(k for k in range(start) if keys[k] in FURNITURE)
        )
        if furniture is not None:
            prefix = head_clean[token_start(furniture + 1) : name_start] if furniture + 1 < start else ""
        possessive = prefix.strip().endswith(("’s", "'s"))  # "Iowa State University's": whose, not what
        role = _clean_role(prefix) if prefix.strip() and not possessive and _heads_role(prefix) else None
        if role is not None and _how_they_looked(prefix):
            role = None  # "an angry Hollande": how they looked, not what they are
        if apposition_role:
            role = _clean_role(apposition_role) or role
        honorific = keys[start - 1] if start else ""
        name_words = words[start:end]
        if keys[0] in ("a", "an", "one") and end == len(words) and all(_OF_A_PEOPLE.match(w) for w in name_words):
            # "a 33-year-old African American", "a young Canadian": someone described by their people.
            mention, at = spelled(head_clean.strip())
            return NounPhrase("description", mention, at)
        gender = _HONORIFIC_GENDER.get(honorific) or (gender_of(name_words[0]) if len(name_words) > 1 else None)
        if role and _key(role) in _HONORIFIC_GENDER:
            role = None  # "Mr." alone is not a role
        mention = name
        if start and keys[start - 1] in _MENTION_HONORIFICS:
            # "Mr. King": the honorific is part of how the article names them.
            mention = head_clean[token_start(start - 1) :].strip()
        return NounPhrase("name", *spelled(mention), name=name, role=role, gender=gender)
    # No proper name at the end: a description ("the company", "one New Hampshire Democrat"),
    # short, headed by a noun, with no verb of its own.
    # ("conservative-leaning" is an adjective, not a verb)
    verbal = not _VERB_WORDS.isdisjoint(keys) or any(
        # "a Carrow Shipping spokesman": a capitalised word in -ing past the first is a name's.
        k.endswith("ing")
        and k not in ROLE_NOUNS
        and "-" not in k
        and not (n and words[n][:1].isupper())
        # "the nursing student": a trade before a person's noun, no verb (not "Sanders' fundraising email")
        and not (k in _TRADE_GERUNDS and n + 1 < len(keys) and _a_persons_role_noun(keys[-1]))
        for n, k in enumerate(keys)
    )
    if len(keys) > 8 or verbal:
        return None
    if any(
        k.endswith("ed")
        and k not in PARTICIPLE_ADJECTIVES
        and k not in ROLE_NOUNS
        and not _compound_adjective(keys, n)
        # ("an unaligned strategist", "an uncommitted delegate": "un-" makes an adjective of a participle)
        and not (k.startswith("un") and len(k) > 6 and n + 1 < len(keys))
        for n, k in enumerate(keys[1:], 1)
    ):
        return None  # "The Republican nominee also outlined": a clause
    if (
        any(map(str.isdigit, head_clean))
        # ("a NY1 representative", "a 3M spokesman", "a CP24 reporter": digits in a name in capitals)
        and any(map(str.isdigit, _NAME_WITH_DIGITS.sub(" ", head_clean)))
        and not re.search(r"\d+-year-old", head_clean)
        # "the Ward 11 councillor", "the District 3 supervisor": a seat by its number
        and not _NUMBERED_SEAT.search(head_clean)
        # "a 2008 Clinton veteran", "the 2016 nominee": a year describing someone
        and not (
            keys[0] in _DETERMINERS
            and keys[-1] in ROLE_NOUNS
            and keys[-1] not in DOCUMENT_NOUNS
            and _YEAR_ONLY.fullmatch(re.sub(r"\D+", " ", head_clean).strip())
        )
        # "A 2014 House Intelligence Committee report", "a Feb. 1 letter": a document, dated.
        and not (keys[0] in _DETERMINERS and keys[-1].rstrip("s") in DOCUMENT_NOUNS)
    ):
        return None  # "PolitiFact rated 22% of Democratic": a clause, not someone
    if len(keys) == 1 and keys[0] in ANAPHORIC and (words[0][:1].isupper() or keys[0] in ("another", "one")):
        # "Another said", "One wrote": someone the text just spoke of (resolved to nobody).
        return NounPhrase("description", head.strip(), lead + stripped.find(head.strip()))
    # "The authors of the", "The former secretary of": the phrase was cut short; what heads it is
    # the noun before the dangling words. With nothing but those words ("an investment he"), none.
    end = len(keys)
    while end > 0 and (keys[end - 1] in _DANGLING or _trailing_adverb(keys[end - 1])):
        end -= 1
    if end < len(keys):
        if end <= 1 or keys[0] not in _DETERMINERS or keys[end - 1] in _DETERMINERS:
            return None  # "Former secretary of": what it was cut from may be a name ("… of state Hillary …")
        if any(k in _SUBJECTS for k in keys[end:]):
            return None  # "an investment he", "The statement noted they": a clause, not someone
        words, keys = words[:end], keys[:end]
    if len(keys) == 1 and (keys[0] in _HONORIFIC_GENDER or keys[0] in _LONE_TITLES or keys[0] in _MENTION_HONORIFICS):
        return None  # "Dr.", "Ms.": how a name is said, with the name missing
    if keys[-1].endswith(_ADJECTIVE_ENDINGS):
        return None  # "the Koch-backed": what it described was cut off
    if (
        keys[0] in _DETERMINERS
        or keys[-1] in ROLE_NOUNS
        or keys[-1] in TITLE_WORDS
        # "his longtime personal physician", "her coach": someone by their trade and whose they are
        or (keys[0] in _POSSESSIVE_DETERMINERS and keys[-1] in OCCUPATION_NOUNS)
    ):
        role = _clean_role(apposition_role) if apposition_role else None
        if end < token_count:
            mention, at = spelled(head_clean[: token_start(end - 1) + len(words[-1])])
            return NounPhrase("description", mention, at, role=role)
        mention = head.strip()
        return NounPhrase("description", mention, lead + stripped.find(mention), role=role)
    return None


@dataclass(slots=True)
class Person:
    name: str
    surname: str
    gender: Gender = None
    _role: str | None = None
    positions: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # office words seen before the name ("senator")
    # Words the article describes them with, next to their name: "Mike Pence, the governor of
    # Indiana" and "the Indiana governor, Mike Pence" both give {"governor", "indiana"}.
    # (Worked out when first asked, from where their name was written in full: few articles ask.)
    written_at: list[tuple[int, int]] = field(default_factory=list)
    text: str = field(default="", repr=False)
    _descriptors: set[str] | None = field(default=None, repr=False)
    # Named only where a place is ("in Palo Alto", "at Trump Plaza"), with no first name known: a
    # place, never "he" or "she".
    place: bool = False
    # Where the role set off at the first mention is to be read ``(text, start, end)``, until asked:
    # most people named are never asked for their role (`role`).
    _role_at: tuple[str, int, int] | None = field(default=None, repr=False)
    # An abbreviated title the name was written after ("Sen.", "Coun."), in full: the role shown when
    # the article gives no other ("Sen. Ann Hale, chair of the committee," is the chair). Shown only:
    # resolving descriptions goes by ``titles`` ("Sens. Rand Paul and Marco Rubio": both senators).
    title_role: str | None = None

    @property
    def role(self) -> str | None:
        if self._role_at is not None:
            text, start, end = self._role_at
            self._role_at = None
            self._role = _role_set_off(text, start, end)
        return self._role

    @role.setter
    def role(self, role: str | None) -> None:
        self._role_at = None
        self._role = role

    @property
    def descriptors(self) -> set[str]:
        if self._descriptors is None:
            self._descriptors = _descriptors_of(self.text, self.written_at)
        return self._descriptors

    @property
    def party(self) -> str | None:
        """The party a letter after their name says ("Russ Feingold (D-Wis.)": democratic), if any;
        only to rule out a description of the other party, not to find them by ("the Democrat")."""
        return _party_of(self.text, self.written_at)


def _party_of(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The party of the first "(D-Wis.)" or ", R-Utah" right after one of the names at ``spans``."""
    for _, end in spans[:_DESCRIBED_MENTIONS]:
        m = _PARTY_STATE_AFTER.match(text, end)
        if m is not None and m.group("party") in _PARTY_LETTER:
            return _PARTY_LETTER[m.group("party")]
    return None


def _surname_first(words: Sequence[str]) -> bool:
    """ "Xi Jinping", "Moon Jae-in": a name that puts its surname first (not "Wang Chris")."""
    return 2 <= len(words) <= 3 and _key(words[0]) in SURNAMES_FIRST and not gender_of(words[1])


def _surname_word(name: str) -> str:
    words = name.split()
    while len(words) > 2 and _key(words[-1]) in _SUFFIXES:
        words.pop()
    return words[0] if _surname_first(words) else words[-1]


@functools.lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name that tell people apart: no "Jr."; a surname with its particles ("Le Pen",
    "de Blasio", "Van Der Beek") is one word, a surname alone (but "Al Gore" has a first name).
    (Asked for the same names again and again: remembered.)"""
    words = tuple(w for w in name.split() if _key(w) not in _SUFFIXES) if " " in name else (name,)
    if (
        len(words) > 1
        and _key(words[0]) in _PARTICLES
        and all(_key(w) in _PARTICLES for w in words[1:-1])
        and (len(words) > 2 or not gender_of(words[0]))
    ):
        return words[-1:]
    return words


@functools.lru_cache(maxsize=8192)
def _first_and_surname(name: str) -> tuple[str | None, str]:
    """The keys of a name's first name (None for a surname alone) and surname, read from its
    `_name_words`: "Bernie Sanders" → (bernie, sanders), "Xi Jinping" → (jinping, xi)."""
    words = _name_words(name)
    if not words:
        return None, _key(name)
    if len(words) == 1:
        return None, _key(words[0])
    if _surname_first(words):
        return _key(words[1]), _key(words[0])
    return _key(words[0]), _key(words[-1])


# First names that are everyday words too.
_FIRST_NAMES_AS_WORDS = frozenset(
    """will may mark bill rose hope grace faith frank june april dawn don art bob jack joy sue pat
    sunny summer autumn raven rich ray gay holly ivy lily ruby pearl amber carol sandy rob guy
    chase hunter mason grant dean drew wade earl lance miles rusty buck hank bud brook brooke""".split()
)
# A capitalised word right after a word: the word before it is part of a longer name.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")


def mention_as_written(text: str, name: str, pos: int) -> str:
    """How a mention of the person called ``name`` is written at ``pos``: the full name, the surname
    alone, or the first name alone ("Darlene", for someone named in full before:
    `PeopleIndex._index_first_names`)."""
    if text.startswith(name, pos):
        return name
    words = name.split()
    return words[0] if not text.startswith(words[-1], pos) and text.startswith(words[0], pos) else words[-1]


def surname_of(name: str) -> str:
    return _first_and_surname(name)[1]


# Two or more name tokens in a row (with initials and particles), maybe after an honorific.
# (A double surname may join a Mac or Mc name either side: "MacKinnon-Leger", "Doucet-MacLeod".)
# (A piece after a hyphen may have a capital inside too: "Arsenault-LeBlanc", "Smith-DeMarco".)
_NAME_WORD_PIECE = rf"(?:[-’'](?:(?:Mc|Mac)?[{_CAPITALS}]?[a-z{_SMALL}]{{2,}}|[A-Z][a-z]+[A-Z][a-z]{{2,}}))*"
_NAME_WORD = (
    rf"(?:(?:Mc|Mac|O’|O'|D’|D')[A-Z][a-z{_SMALL}]+{_NAME_WORD_PIECE}|[{_CAPITALS}][a-z{_SMALL}]+{_NAME_WORD_PIECE}"
    rf"|[A-Z][a-z]+[A-Z][a-z]+{_NAME_WORD_PIECE}|[A-Z]\.(?:[A-Z]\.)?)(?!\w)"  # ("LeBlanc-Cyr" whole)
)
# Two or more name words in a row (with initials and particles), maybe after an honorific. (The
# look for a capital before the look behind: most places fail it, and fail it sooner.)
_NAME_RUN = re.compile(
    rf"(?=[{_CAPITALS}])(?<![A-Z.])(?:(?P<hon>Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sir|Dame)\.?\s+)?"  # not in "USFL."
    rf"(?P<name>{_NAME_WORD}(?:[^\S\n]+(?:(?:de|da|van|von|der|bin|al|la|le|del)[^\S\n]+)?{_NAME_WORD}){{1,7}}"
    r"(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV)\b)?)"
)
# Where a run of name words may start, found by `re`'s scan for its first character (a pattern that
# opens with a look around is tried at every place of the text): a capital after no capital or full
# stop, then a word and a second capital (an honorific's name, or a name's second word). A word
# longer than NAME_RUN_WORD characters may start one too: each place reads at most that far (linear).
# (Its runs of non-spaces and of spaces possessive: a space never matches what a non-space did, nor a
# particle or a capital a space, so giving any back finds nothing, and was a step a letter for each
# capital not followed by another word's.)
NAME_RUN_WORD = 32
_NAME_RUN_START = re.compile(
    rf"[{_CAPITALS}](?<![A-Z.].)(?:\S{{0,{NAME_RUN_WORD}}}+\s++(?:(?:de|da|van|von|der|bin|al|la|le|del)\s++)?"
    rf"[{_CAPITALS}]|\S{{{NAME_RUN_WORD}}})"
)


_TITLE_OF_BEFORE = re.compile(r"(\S+)[ \t]+of[ \t]+(?:(?:[A-Z][\w’'-]*[ \t]+){1,3}and[ \t]+)?\Z")


def _portfolio_of(words: Sequence[str], keys: Sequence[str], start: int) -> int | None:
    """Where the "of" of a title's portfolio stands before the name run at ``start``: right before
    it ("Minister of |Transport Clément Verdier"), or before a portfolio of capitalised words joined
    by "and" ("Minister of Transportation and |Infrastructure Elvis Loveless")."""
    if start >= 2 and keys[start - 1] == "of":
        return start - 1
    if start < 4 or keys[start - 1] != "and":
        return None
    k = start - 2
    while k > 0 and start - k <= 4 and words[k][:1].isupper() and keys[k] != "of":
        k -= 1
    return k if k >= 1 and k < start - 2 and keys[k] == "of" else None


def _first_name_among(words: Sequence[str], lo: int, hi: int) -> int | None:
    """Where a known first name stands among ``words[lo:hi]`` first ("Eva-Marie" by its first part):
    where a portfolio of several words ends ("Deputy Director of Public Prosecution Eva-Marie Persson")."""
    return next((j for j in range(lo, hi) if gender_of(words[j].split("-")[0])), None)


# ", a tenant organizer," / ", president of the association," right after a name (no sentence end
# in it: "Politifact's editor. The Internet …").
# (after an age: "Marie Caron, 64, a retired nurse"; up to a comma, a relative pronoun or the sentence's end)
_APPOSITION_AFTER = re.compile(
    r"(?:,[ \t]+\d{1,3})?,[ \t]+(?P<role>[^,;:.!?“”\"()\n]{2,90}?)(?:,|[ \t]+(?:who|whose|which)\b|[.!?](?=\s|\Z))"
)
# "Dhaliwal's lawyer, " / "The victim's sister, " right before a name.
_OWNED_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<role>(?:[Tt]he[ \t]+[a-z]+|[A-Z][\w.-]*)[’']s[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?P<noun>[a-z][\w-]*)),[ \t]+\Z"
)
# "Desjardins analyst ", "Republican strategist ", "election law expert ", "Developer " right before a
# name: up to three words that open a sentence or follow a clause's edge, then a role noun.
_ROLE_NOUN_BEFORE = re.compile(
    r"(?:^|(?<=[.!?:;,(—–\n][ \t])|(?<=\n)|(?<=\A))(?P<role>(?:[\w&’'-]+[ \t]+){0,3}(?P<noun>[A-Za-z][\w-]*))[ \t]+\Z"
)
# "from playwright ", "by choreographer " right before a name: a role noun after a preposition.
_ROLE_NOUN_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:from|by|with|to|for|of|including|like)[ \t]+(?P<role>(?P<noun>[a-z][\w-]*))[ \t]+\Z"
)
# "The farmer, " / "The bus driver, " / "Their landlord, " opening a sentence right before a name.
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”’\"][ \t])|(?<=\n))(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur)[ \t]+"
    r"(?P<role>(?:[a-z][\w-]*[ \t]+){0,2}(?P<noun>[a-z][\w-]*)"
    # ("A spokesperson for the ministry, ", "The president of the local union, ": whose, after the noun)
    r"(?:[ \t]+(?:for|of|with|at)[ \t]+(?:[Tt]he[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+)?),[ \t]+\Z"
)
# Words of a clause, never of a role set off by commas ("says his man has the money", "voiced support").
_NOT_IN_A_ROLE = frozenset(
    """is was are were has had have will would can could did does do says said told put made began who
    which that whom whose one among both his her their its our my""".split()
)


def _role_set_off(text: str, start: int, end: int) -> str | None:
    """The role a name's mention at ``[start, end)`` is given where the article first names them: an
    apposition after it that opens as a role does ("Kwame Asante, a tenant organizer,", "Jane Roe,
    president of the association,"), an owner's role before it ("Dhaliwal's lawyer, Kevin Gill,"), or
    a role noun right before it ("Desjardins analyst Jerome Dubreuil"). None for an age, a place, a
    clause, a plural or someone else's name ("Carly Fiorina, former Arkansas governor Mike Huckabee")."""
    after = _APPOSITION_AFTER.match(text, end, end + 95)
    if after is not None and text[after.end() - 1] == "." and is_abbreviation(text, after.end() - 1):
        after = None  # "a former aide to Sen. Ted Cruz": the stop of a title, not the sentence's end
    if after is not None:
        apposition = after.group("role").strip()
        words = apposition.split()
        first = _key(words[0]) if words else ""
        if (
            words
            and not _ASIDE.match(apposition)
            and (first in ("a", "an", "the") or first in ROLE_NOUNS or first in TITLE_WORDS or first in TITLE_MODIFIERS)
            and (_is_apposition_role(apposition) or any(_key(w) in OCCUPATION_NOUNS for w in words))
            and not _holds_a_clause(words)
            and not any(w[:1].isupper() and gender_of(w) and k + 1 < len(words) for k, w in enumerate(words))
        ):
            return _clean_role(apposition)
    # The three patterns before the name each end where it starts: two with a comma and spaces, one
    # with spaces after a word. What stands right before the name says which may match there (each
    # opens with a look back, tried at every place of its window).
    set_off = _set_off_by_a_comma(text, start)
    before = _OWNED_ROLE_BEFORE.search(text, max(0, start - 50), start) if set_off else None
    if before is not None and _a_persons_role_noun(before.group("noun")):
        return _clean_role(before.group("role"))
    if set_off:
        before = _DESCRIBED_BEFORE.search(text, max(0, start - 80), start)
    else:
        before = _ROLE_NOUN_BEFORE.search(text, max(0, start - 60), start) or _ROLE_NOUN_AFTER_A_PREPOSITION.search(
            text, max(0, start - 40), start
        )
    if before is not None and _a_persons_role_noun(before.group("noun")):
        role = before.group("role")
        if _is_role_prefix(role) and not _holds_a_clause(role.split()):
            return _clean_role(role)
    return None


def _set_off_by_a_comma(text: str, start: int) -> bool:
    """Do a comma and spaces (or tabs) stand right before ``start`` (", " ending
    `_OWNED_ROLE_BEFORE` and `_DESCRIBED_BEFORE`)? Else only `_ROLE_NOUN_BEFORE`, whose noun ends
    right before the spaces, may match there."""
    return ends_after_spaces(text, max(0, start - 80), start, (",",))  # (the widest of their windows)


def _holds_a_clause(words: Sequence[str]) -> bool:
    """Does a phrase hold a word of a clause ("says his man has the money", "voiced support")?"""
    return any(_key(w) in _NOT_IN_A_ROLE or _key(w) in REPORTING_VERBS for w in words)


# Nouns of a body, not a person's role ("chairman of Trump’s campaign, Paul Manafort").
_BODY_NOUNS = frozenset("campaign team office staff administration government party committee group company".split())


def _a_persons_role_noun(word: str) -> bool:
    """A role or trade of one person: "lawyer", "analyst", "organizer"; not a body or a plural."""
    noun = _key(word)
    return (noun in ROLE_NOUNS or noun in OCCUPATION_NOUNS) and noun not in _BODY_NOUNS and not _plural_noun(noun)


def _plural_noun(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _title_of_before(text: str, at: int) -> str | None:
    """The title before "of" right before ``at`` ("Director of |Public Prosecution …", "Minister of
    Transportation and |Infrastructure …"), or None."""
    low = max(0, at - 80)
    if not ends_after_spaces(text, low, at, ("of", "and")):
        return None  # (most places: the pattern, led by a run of non-spaces, is tried at each of them)
    m = _TITLE_OF_BEFORE.search(text, low, at)
    return m.group(1) if m is not None and is_title_word(m.group(1)) else None


def _name_runs(text: str, start: int) -> Iterator[re.Match[str]]:
    """What ``_NAME_RUN.finditer(text, start)`` gives, tried only where `_NAME_RUN_START` finds a
    place it may match (each of its matches starts at one): in a third of the time."""
    search, match = _NAME_RUN_START.search, _NAME_RUN.match
    pos = start
    while (candidate := search(text, pos)) is not None:
        m = match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
        else:
            yield m
            pos = m.end()


_WORD_CHARACTER = r"\w"
_HONORIFIC_WORDS = frozenset(
    """Mr Mrs Ms Dr Sen Rep Gov Pres President Senator Governor Secretary Speaker Mayor Judge Justice Chancellor
    Minister Ambassador General Gen Pope King Queen Prince Sheikh Premier Councillor Councilman Councilwoman
    Commissioner Sheriff""".split()
)
# An honorific that starts a word (not after a word character, as \b before a capital says), then
# one name. (At most one honorific fits a place, each followed by a stop or a space: the order of
# the words makes no difference.)
_HONORIFIC_SURNAME = re.compile(
    f"(?P<hon>{word_start_alternation(_HONORIFIC_WORDS, _WORD_CHARACTER)})"
    rf"\.?\s+(?P<name>[A-Z][a-z{_SMALL}’']+(?:-[A-Z]?[a-z{_SMALL}’']+)*)\b(?!\s+[A-Z][a-z])"  # "Ms. Shanklin-Hawkins"
)
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?P<title>[A-Za-z][\w.\-]*)\s*$")
_TITLE_NOUNS = {
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "governor": "governor",
    "president": "president",
    "pres": "president",
    "secretary": "secretary",
    "mayor": "mayor",
    "speaker": "speaker",
    "judge": "judge",
    "justice": "justice",
    "minister": "minister",
    "ambassador": "ambassador",
    "general": "general",
    "gen": "general",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "director": "director",
    "spokesman": "spokesman",
    "spokeswoman": "spokeswoman",
    "candidate": "candidate",
    "nominee": "nominee",
    "leader": "leader",
    "premier": "premier",
    "chancellor": "chancellor",
    "councilman": "councillor",
    "councilwoman": "councillor",
    "councillor": "councillor",
    "councilor": "councillor",
    "commissioner": "commissioner",
    "chief": "chief",
    "prosecutor": "prosecutor",
    "sheriff": "sheriff",
    "professor": "professor",
    "prof": "professor",
    "dr": "doctor",
    "coach": "coach",
    "mp": "mp",
    "mla": "mla",
    "mpp": "mpp",
    "mna": "mna",
    # Canadian council and police titles, written short before a name ("Coun.", "RCMP Cpl.").
    "coun": "councillor",
    "cllr": "councillor",
    "ald": "alderman",
    "alderman": "alderman",
    "reeve": "reeve",
    "warden": "warden",
    "cpl": "corporal",
    "corporal": "corporal",
    "const": "constable",
    "cst": "constable",
    "constable": "constable",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "insp": "inspector",
    "inspector": "inspector",
    "supt": "superintendent",
    "det": "detective",
    "detective": "detective",
    "ceo": "ceo",
    "chair": "chair",
    "spokesperson": "spokesperson",
    "superintendent": "superintendent",
    "economist": "economist",
    "analyst": "analyst",
    # Titles of a single name ("Pope Francis", "King Abdullah"): "the pope", "the king" after.
    "pope": "pope",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "princess": "princess",
    "sheikh": "sheikh",
    "emperor": "emperor",
    "cardinal": "cardinal",
    "archbishop": "archbishop",
    "bishop": "bishop",
    "rabbi": "rabbi",
    "imam": "imam",
    "pastor": "pastor",
}


# What describes a person right after their name: an apposition, or where they are from.
# ("Matt Gaskins, 34, is a state representative": what they are, said of them.)
_DESCRIBED_AFTER = re.compile(
    r"(?:\s*\([^)]{1,20}\))?(?:(?:,\s+(?:the|a|an|who\s+is|who\s+was)|(?:,(?:\s+\d{1,3},)?)?\s+(?:is|was)\s+(?:a|an|the))"
    r"\s+(?P<what>[^,.;:!?“”\"()]{2,80})"
    # (a place's words on one line: not "Jaylen Morris of Stoney Creek.¶Det. Sgt. Steve Bereziuk")
    r"|\s+(?:of|from)\s+(?P<place>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3}))"
)
# A first name alone brought in as someone's name ("a resident named Caroline", "identified only as Mark").
# Each word starts at a word's start (no word character before its first letter: what "\b" before it
# says), written after that letter so that each branch opens with a letter, which `re` scans the
# text for instead of trying the pattern at every place (three times as fast).
_NICKNAMED = re.compile(r"(?P<first>[A-Z][a-z]+)[ \t]+[“\"‘'][A-Z][\w .’'-]{0,20}[”\"’'][ \t]+(?P<last>[A-Z][\w’'-]+)")
# Where a nickname may open: its mark after a space, a capital after it (`re` scans for the mark; the
# pattern above, led by a capital and a word, was tried at every capital of the text).
_NICKNAME_MARK = re.compile(r"[“\"‘'](?<=[ \t].)(?=[A-Z])")


def _nicknamed(text: str, start: int) -> Iterator[re.Match[str]]:
    """What ``_NICKNAMED.finditer(text, start)`` gives, tried only at the first name before a mark
    `_NICKNAME_MARK` finds: each match opens with the capital of the word of small letters that ends
    right before the spaces before its mark (one place for each mark, and later for later marks)."""
    pos = start
    while (mark := _NICKNAME_MARK.search(text, pos)) is not None:
        at = mark.start()
        end = at - 1
        while end >= pos and text[end] in " \t":
            end -= 1
        first = end
        while first >= pos and "a" <= text[first] <= "z":
            first -= 1
        m = _NICKNAMED.match(text, first) if pos <= first < end and "A" <= text[first] <= "Z" else None
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = at + 1


_NAMED_BY_FIRST_NAME = re.compile(
    r"(?:n(?<!\wn)amed|i(?<!\wi)dentified(?:[ \t]+only)?[ \t]+as|k(?<!\wk)nown[ \t]+(?:only[ \t]+)?as"
    r"|g(?<!\wg)ave[ \t]+(?:only[ \t]+)?(?:her|his)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?as"
    # "who would give only his first name, Hank,"
    r"|g(?<!\wg)ive[ \t]+only[ \t]+(?:her|his)[ \t]+first[ \t]+name,)"
    r"[ \t]+(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z])"
)


# "His name is Darryl, and he asked that his last name not be used": a first name alone, and whose.
_NAME_IS = re.compile(
    r"\b(?P<whose>[Hh]is|[Hh]er)[ \t]+(?:first[ \t]+)?name[ \t]+is[ \t]+(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z])"
)
# "Another parent, Michelle, said": someone brought in by a noun and named by a first name alone. Found
# from the name set off by commas (a scan for commas), then the words before it read.
_FIRST_NAME_SET_OFF = re.compile(r",[ \t]+(?P<name>[A-Z][a-z]+),")
_ONE_BY_A_NOUN = re.compile(
    r"\b(?:[Aa]nother|[Oo]ne|[Aa]n?)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:parent|mother|father|mom|dad|resident|tenant|customer|patient|student|worker|volunteer|nurse|teacher"
    r"|driver|passenger|fan|shopper|commuter|protester|survivor|client|caller|reader|regular|neighbour|neighbor"
    r"|man|woman|voter|supporter)"
    # ("Another parent, who gave only her first name, Michelle,", "A retired man who gave only his first name,")
    r"(?:,?[ \t]+who[ \t]+gave[ \t]+(?:only[ \t]+)?(?:her|his|their)[ \t]+first[ \t]+name)?\Z"
)
# "Dale, who asked that his last name not be used,": someone the article names by a first name alone.
_LAST_NAME_WITHHELD = re.compile(
    r"\b(?P<name>[A-Z][a-z]+),[ \t]+who[ \t]+(?:asked|requested|wanted|preferred|declined)[^.;:!?,]{0,30}?"
    r"\b(?P<whose>his|her|their)[ \t]+(?:last|family|full)[ \t]+name\b"
)


# A couple by their first names and one surname: "Doug and Patti Henning" names Doug Henning too.
_COUPLE = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)[ \t]+and[ \t]+(?P<b>[A-Z][a-z]+)[ \t]+"
    # ("Angus and Mary MacLellan", "Sean and Ann O'Brien": a surname's inner capital)
    r"(?P<sur>(?:O[’']|D[’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)\b(?![ \t]+[A-Z])"
)
# Where a couple may be written: "and" between spaces, a capital after it (a literal `re` finds fast).
_AND_BEFORE_A_CAPITAL = re.compile(r" and(?=[ \t]+[A-Z])")
# The capitalised word right before "and", and the spaces after it (a couple's first name).
_WORD_BEFORE_AND = re.compile(r"[A-Z][a-z]+[ \t]+\Z")


def _couples(text: str, start: int) -> Iterator[re.Match[str]]:
    """`_COUPLE.finditer(text, start)`, found from each " and " before a capital (the pattern, led by
    a class, was tried at every capital of the text): the same matches, in order, none overlapping."""
    end = start
    for m in _AND_BEFORE_A_CAPITAL.finditer(text, start):
        lead = _WORD_BEFORE_AND.search(text, max(end, m.start() - 64), m.start() + 1)
        found = _COUPLE.match(text, lead.start()) if lead is not None else None
        if found is not None:
            yield found
            end = found.end()


# Family and friends brought in by a first name: "her husband, Daniel,", "Their son, Carlos,", "his
# wife Kathryn", "my friend Daniel" (not a full name: "his wife, Jane Sanders").
# (Led by a space, so that the words are tried only where one starts: half the cost of a pattern led
# by the words, which a parse felt.)
_KIN_BY_FIRST_NAME_NOUNS = FAMILY_NOUNS | frozenset(
    "friend neighbour neighbor colleague roommate classmate eldest youngest".split()
)
_KIN_BY_FIRST_NAME = re.compile(
    # ("his wife of 52 years, Eileen,": the years a marriage has lasted between)
    rf" (?P<kin>{alternation(_KIN_BY_FIRST_NAME_NOUNS)})(?:[ \t]+of[ \t]+\d+[ \t]+years)?,?[ \t]+"
    r"(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z])"
)


# "His" or "her" right before the kin noun ("His wife, Sheryl,", "her younger brother, Sukhdev,"), and
# how far back the one it stands for may be named.
_KIN_PRONOUN_BEFORE = re.compile(r"\b([Hh]is|[Hh]er)(?:[ \t]+[a-z-]+)?\Z")
_KIN_OWNER_REACH = 300
_KIN_OWNER_FAR = 1500  # (a couple named a few paragraphs before: "The couple have three children")
_THEIR_KIN_BEFORE = re.compile(r"\b[Tt]heir(?:[ \t]+[a-z-]+)?\Z")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]+")
# Whose kin they are, right before the kin noun: "Clinton's husband, Bill,", "Schilling's son, Grant,".
_OWNER_OF_KIN = re.compile(r"\b([A-Z][\w’'-]+)[’']s(?:[ \t]+[a-z-]+)?\Z")


# A kin noun right before a first name ("His brother Callum", "her husband, Tuan,").
_KIN_BEFORE = re.compile(rf"\b(?:{alternation(_KIN_BY_FIRST_NAME_NOUNS)}),?[ \t]+\Z")


def _named_by_first_name(text: str, start: int) -> list[re.Match[str]]:
    """What ``_NAMED_BY_FIRST_NAME.finditer(text, start)`` gives, tried only where one of the words
    it opens with stands (found by ``str.find``): the pattern's scan stopped at every "n", "i", "k"
    and "g", and a third of the articles hold one of the words ("unknown", "well-known") where
    almost none names someone so. (No match can start inside another: they are in order.)"""
    found = []
    for word in ("named", "identified", "known", "gave", "give"):
        at = text.find(word, start)
        while at >= 0:
            if (m := _NAMED_BY_FIRST_NAME.match(text, at)) is not None:
                found.append(m)
            at = text.find(word, at + 1)
    return sorted(found, key=lambda m: m.start())


# A party and state after a name: "Jason Chaffetz (R-Utah)", "Paul Ryan, R-Wis.,".
_PARTY_STATE_AFTER = re.compile(r"(?:\s*\(|,\s+)(?P<party>[RDI])-(?P<state>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)")
_PARTY_LETTER = {"R": "republican", "D": "democratic"}
_DESCRIBED_MENTIONS = 12  # full-name mentions of one person read for what describes them
_NOT_DESCRIPTORS = (
    _CLAUSE_WORDS | _DETERMINERS | frozenset("said says told mr mrs ms dr former then current new other".split())
)


_PLAIN_WORD = re.compile(r"[\w’'\-]+")


# Where an apposition's head ends and what ties it to someone else begins ("a critic |of the mayor").
_TIE_AFTER_HEAD = re.compile(r"\s(?:of|for|to|with)\s")


def _their_own_words(words: set[str], after: re.Match[str]) -> set[str]:
    """An apposition's descriptors without the person nouns of whom it ties them to: "a frequent critic
    of the mayor" is a critic, not "the mayor"; "the governor of Indiana" keeps Indiana."""
    what = after.group("what")
    tie = _TIE_AFTER_HEAD.search(what) if what else None
    if tie is None:
        return words
    others = {_key(w) for w in what[tie.end() :].split()}
    return {w for w in words if not (w in others and (w in ROLE_NOUNS or w in OCCUPATION_NOUNS or w in TITLE_WORDS))}


def descriptor_words(phrase: str) -> set[str]:
    """The words of ``phrase`` as a person's ``descriptors`` hold them (keyed, no possessive)."""
    return _descriptor_words(phrase)


def _descriptor_words(phrase: str) -> set[str]:
    if not phrase:
        return set()
    words = {_POSSESSIVE_END.sub("", _key(w)) for w in phrase.split()}
    return {_TITLE_NOUNS.get(w, w) for w in words if w and w not in _NOT_DESCRIPTORS and not w.isdigit()}


# Nouns that say someone is a woman or a man, next to their name: "her husband, Navy SEAL Ty
# Woods", "spokeswoman Hope Hicks", "Congresswoman Maxine Waters", "Ann Lee, his wife".
_GENDERED_NOUNS: dict[str, Gender] = {
    noun: gender for noun, gender in NOUN_GENDER.items() if noun not in PLAIN_PERSON_NOUNS
}
# (Factored into a trie: a flat alternation was tried noun by noun at every word of the window. No
# noun holds other than letters, so at most one can end at a word's edge where one starts.)
_GENDERED = alternation(set(_GENDERED_NOUNS))
# The noun right before a name, a comma and a few capitalised words of title between.
_GENDERED_BEFORE = re.compile(rf"\b(?i:(?P<noun>{_GENDERED}))\b,?[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}\Z")
# An apposition after a name: ", his wife", ", a spokeswoman for …", ", whose husband …" (the other).
_GENDERED_AFTER = re.compile(
    r",[ \t]+(?:(?P<whose>whose)|his|her|their|a|an|the)[ \t]+"
    rf"(?:(?!(?:of|his|her|their|and|for|with|to)\b)[a-z][\w-]*[ \t]+){{0,2}}(?P<noun>{_GENDERED})\b"
)
_OTHER: dict[str, Gender] = {"husband": "f", "wife": "m"}

# Where a place's name follows ("voters in Palo Alto", "a rally at Trump Plaza").
_PLACE_PREPOSITIONS = "in at near across outside inside throughout into around toward towards".split()
_AT_A_PLACE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})[ \t]+(?:the[ \t]+)?\Z")


def _at_a_place(text: str, at: int) -> bool:
    """``_AT_A_PLACE`` in the 16 characters before ``at``, sought only where they end with one of
    its words and spaces (most names stand after other words)."""
    low = max(0, at - 16)
    return ends_after_spaces(text, low, at, (*_PLACE_PREPOSITIONS, "the")) and bool(_AT_A_PLACE.search(text, low, at))


# The first he or she after a name, in its sentence (no full stop, mark or line between).
_PRONOUN_AFTER = re.compile(r"[^.!?“”\"\n]*?\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_PRONOUN_REACH = 160
_PRONOUN_MENTIONS = 5  # mentions of one person looked after


def _descriptors_of(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The words that describe a person around the mentions at ``spans``: the lower-case words and
    places just before each in its clause, an apposition after it, and "of Indiana"."""
    found: set[str] = set()
    for start, end in spans:
        lead = text[max(0, start - 60) : start].rstrip()
        set_off = lead.endswith(",")
        lead = lead[:-1] if set_off else lead  # "the Indiana governor, Mike Pence"
        words: list[str] = []
        lead_words = lead.split()[1:] if start - 60 > 0 else lead.split()
        for n, word in enumerate(reversed(lead_words)):
            k = _key(word)
            plain = _PLAIN_WORD.fullmatch(word) or (word.endswith(".") and is_title_word(word))  # "Texas Gov."
            if not plain or k in _CLAUSE_WORDS or k in _VERBISH or k in REPORTING_VERBS or k in _PAST_VERBS:
                at = len(lead_words) - n - 1  # (this word's index; "from the peninsula": past "the")
                at -= k == "the" and at > 0 and _key(lead_words[at - 1]) in _PLACE_AFTER_ROLE
                if set_off and words and _key(lead_words[at]) in _PLACE_AFTER_ROLE:
                    words += _role_before_place(lead_words[:at])
                break  # ("King Abdullah met Hillary Clinton": "king" describes him, not her)
            if k.endswith("ed") and k not in PARTICIPLE_ADJECTIVES:
                break  # "Trump picked Mike Pence": a verb, not what he is
            words.append(word)
            if len(words) == 4:
                break
        found.update(_descriptor_words(" ".join(words)))
        after = _DESCRIBED_AFTER.match(text, end)
        if after and after.group("what") and _a_main_clause(after.group("what")):
            after = None  # "Asked about his plans for McDavid, the coach smiled.": not McDavid
        if after and (
            after.group("place") or _is_apposition_role(after.group("what")) or _a_trade(after.group("what"))
        ):
            what = _their_own_words(_descriptor_words(after.group("what") or after.group("place")), after)
            if after.group("what") and _EVENT_SPEAKER.search(after.group("what")):
                what.discard("speaker")  # "Mike Pence, was the main speaker on Wednesday": no House speaker
            found.update(what)
        party = _PARTY_STATE_AFTER.match(text, end)
        if party:
            found.update(_descriptor_words(party.group("state")))  # "the Utah Republican"
        holds = _WHO_HOLDS_AFTER.match(text, end)
        if holds:
            # "Coun. Janice Lukes, who chairs the public works committee,": the committee's chair
            found.add(_HOLDER_OF[holds.group("verb").lower()])
            found.update(_descriptor_words(holds.group("what")))
    return found


# One who speaks at an event, not a legislature's speaker: "the keynote speaker", "the main speaker".
_EVENT_SPEAKER = re.compile(
    r"\b(?:keynote|main|featured|guest|opening|closing|final|first|last|headline|prime-time|commencement)"
    r"[ \t]+speaker\b"
)
# Words that end a trade's noun phrase in an apposition: "an environmental chemist| at the university".
_TRADE_END = frozenset("at of for with in from who whose that which".split())


# A relative clause after a name that gives the office its verb says: "…, who chairs the public
# works committee", "…, who coaches the Huskies", "…, who heads the agency".
_HOLDER_OF = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "coaches": "coach",
    "manages": "manager",
    "directs": "director",
    "owns": "owner",
    "founded": "founder",
    "captains": "captain",
}
_WHO_HOLDS_AFTER = re.compile(
    rf",\s+who\s+(?P<verb>{'|'.join(_HOLDER_OF)})\s+(?:the\s+|a\s+|an\s+)?(?P<what>[^,.;:!?“”\"()\n]{{2,60}})"
)


def _a_main_clause(what: str) -> bool:
    """Is what follows a name's comma the subject and verb of the sentence's main clause, the name
    ending a clause set before it ("Asked about his plans for McDavid, the coach smiled"), rather
    than an apposition? A verb in the past after a role noun, with no "who" or "that" between."""
    seen_role = False
    for word in what.split():
        k = _key(word)
        if k in _TRADE_END:
            return False  # "the coach who was fired", "the coach of the team": an apposition's tie
        if seen_role and (
            k in REPORTING_VERBS or k in _PAST_VERBS or (k.endswith("ed") and k not in PARTICIPLE_ADJECTIVES)
        ):
            return True
        seen_role = seen_role or k in ROLE_NOUNS or k in TITLE_WORDS
    return False


def _a_trade(what: str | None) -> bool:
    """Is an apposition after a name a trade the lexicon lacks, by its head noun's ending: "an
    environmental chemist at the university", "a toxicologist at McMaster University who …"?"""
    words = []
    for w in (what or "").split():
        if _key(w) in _TRADE_END:
            break
        words.append(_key(w))
    return 0 < len(words) <= 3 and (words[-1] in OCCUPATION_NOUNS or words[-1].endswith(("ist", "ician")))


# Where a role set off before a name goes on to say where they are from or at: "A retired teacher
# from Salem, Doug Farrelly,", "The other councillor from the peninsula, Lionel Sparks,".
_PLACE_AFTER_ROLE = frozenset("from of at in".split())


def _role_before_place(words: Sequence[str]) -> list[str]:
    """The role that opens a sentence before "from …" ("A retired teacher"): its words after the
    article, if its last is a person's role noun; else none (not "In a speech in Ohio")."""
    k = next((j for j in range(len(words) - 1, -1, -1) if _key(words[j]) in ("a", "an", "the")), None)
    if k is None or not 0 < len(words) - k - 1 <= 3 or not _a_persons_role_noun(words[-1]):
        return []
    if k > 0 and not words[k - 1].endswith((".", "!", "?", "”", '"')):
        return []  # the role opens its sentence: "… said that a teacher from Salem, Ann Lee, …" is no apposition
    return list(words[k + 1 :])


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (within 40 characters) that could be a title: what
    ``_TITLE_BEFORE.search(text, start - 40, start)`` finds. Only the last word of the window can
    match, so the pattern is tried there alone: searched for, it was tried at all 40 places (for
    every name in the article)."""
    low = max(0, start - 40)
    window = text[low:start].rstrip()
    if not window:
        return None
    at = len(window) - len(window.rsplit(None, 1)[-1])  # where the last word starts in the window
    if at == 0 and low > 0:
        return None  # it may run on before the window: the search never saw its start
    m = _TITLE_BEFORE.match(text, low + at - 1 if at else low, start)
    return m.group("title") if m else None


_HONORIFICS = tuple(_HONORIFIC_GENDER)
_HONORIFIC_ENDS = frozenset(word[-1] for word in _HONORIFICS) | frozenset(word[-1].upper() for word in _HONORIFICS)


def honorific_gender_before(text: str, at: int) -> Gender:
    """The gender an honorific right before ``at`` says ("Mrs. |Clinton"): what
    ``_HONORIFIC_GENDER.get(_key(_word_before(text, at) or ""))`` gives. Such a word ends what stands
    before ``at`` but for spaces and full stops, which most words before a surname do not: only
    then is the word before read. (First the last character before ``at`` but for spaces and full
    stops, which ends any honorific there: asked for every bare surname, almost none after one.)"""
    low = max(0, at - 40)
    k = at - 1
    while k >= low and (text[k] == "." or text[k].isspace()):
        k -= 1
    if k < low or text[k] not in _HONORIFIC_ENDS:
        return None
    if not text[low:at].rstrip().rstrip(".").lower().endswith(_HONORIFICS):
        return None
    return _HONORIFIC_GENDER.get(_key(_word_before(text, at) or ""))  # type: ignore[return-value]


def _is_title_noun(word: str | None) -> bool:
    return word is not None and _key(word) in _TITLE_NOUNS


def _is_capitalised_title(word: str) -> bool:
    return word[:1].isupper() and is_title_word(word)


def _is_furniture(word: str) -> bool:
    return _key(word) in FURNITURE


def _last_index(words: Sequence[str], stop: int, test: Callable[[str], bool]) -> int | None:
    """The last ``k < stop`` whose word passes ``test``, or None (searched from the end)."""
    for k in range(stop - 1, -1, -1):
        if test(words[k]):
            return k
    return None


def _without_glued_word(words: Sequence[str]) -> Sequence[str]:
    """ "Rival Hillary Clinton", "Popular Jane Doe": a word glued before a first name is no part of
    the name (it describes them), when the next word is a known first name and it is not one (of
    either gender), nor the start of a place's name ("San Francisco", "Santa Barbara", "West
    Virginia")."""
    if (
        len(words) >= 3
        # ("Pollster Dana Whitcomb", "Pollster Kamal Siddiqui": a first name of either gender, or one no
        # list holds, after a role's word)
        and (
            gender_of(words[1])
            or (
                _a_roles_word(words[0])
                and (_key(words[1]) in EITHER_NAMES or (len(words) == 3 and _a_first_name_unlisted(words[1])))
            )
        )
        and not gender_of(words[0])
        and _key(words[0]) not in EITHER_NAMES  # "Kim Jong Un", "Robin Marie Kaye": a first name itself
        and _key(words[0]) not in _PARTICLES
        and _key(words[0]) not in _PLACE_OPENERS
        and not _AN_INITIAL.fullmatch(words[0])  # "J. Ann Selzer": an initial is the name's own
    ):
        return words[1:]
    if (
        len(words) >= 4
        and _AN_INITIAL.fullmatch(words[1])
        and gender_of(words[2])
        and not gender_of(words[0])
        and not _AN_INITIAL.fullmatch(words[0])
        and _key(words[0]) not in EITHER_NAMES
        and _key(words[0]) not in _PARTICLES
        and _key(words[0]) not in _PLACE_OPENERS
    ):
        return words[1:]  # "Pollster J. Ann Selzer": the word before the initial describes her
    return words


# One capital and a stop, or two ("J.", "E.J."): an initial.
_AN_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")


def _a_roles_word(word: str) -> bool:
    """Is ``word`` a role's, a trade's or a title's ("Pollster", "Organizer", "Senator")?"""
    return _a_persons_role_noun(word) or _key(word) in TITLE_WORDS


# Words that open a place's name before a word that is also a first name.
_PLACE_OPENERS = frozenset("san santa los las el saint st fort lake mount mt port north south east west new".split())


def names_a_thing(name: str) -> bool:
    """Is this name a body, a place or a thing, never "he" or "she" ("the Harbour Development Plan")?"""
    words = name.split()
    return bool(words) and not _is_person_name(tuple(words), False)


# Words a firm's name ends with, never a person's ("Crosscut Strategies", "Beacon Partners").
_FIRM_WORDS = frozenset(
    """strategies partners associates consulting consultants communications industries technologies
    holdings solutions ventures enterprises capital advisors advisers analytics research media
    studios labs llc lp plc""".split()
)
# Words a publication's, an institution's or a business's name holds, never a person's ("Palo Alto
# Weekly", "Sandy Hook Elementary School", "Hollow Creek Ranch", "Mercer's Bakery").
_TITLE_OF_A_BODY = frozenset(
    """weekly daily gazette magazine review elementary academy hotel casino chiefs
    ranch farm farms restaurant cafe café bakery winery brewery orchard vineyard inn motel resort mall plaza
    market diner pub grill bistro tavern saloon deli pizzeria salon studio gallery clinic pharmacy shop store
    garage yard tower towers mountain valley creek canyon harbour harbor""".split()
)
# How far back a family named in the plural gives a kin its surname (a feature about the family).
_FAMILY_REACH = 3000
# A family named in the plural: "The Nguyens have three children", "the Haugens' ranch".
_FAMILY_PLURAL = re.compile(r"\b[Tt]he[ \t]+([A-Z][a-z]+)s\b")
# The one word of a government's name before "of": "City of Toronto", "Region of Peel", "Town of Cobourg".
_GOVERNMENT_HEADS = frozenset("city town township region municipality county district village province state".split())
# A body named for the people in it and their cause: "Mothers Against Drunk Driving", "Doctors Without
# Borders", "Friends of the Earth".
_A_GROUPS_NAME = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<people>[A-Z][a-z]+s)[ \t]+(?P<tie>Against|Without|Beyond|Across|[Ff]or|[Oo]f|[Ii]n|[Oo]n)"
    r"[ \t]+(?:the[ \t]+)?(?P<cause>[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|and|of|the|for|&))*)"
)


def _a_cause(group: re.Match[str]) -> bool:
    """Is what `_A_GROUPS_NAME` matched a body's name, not people and whom they serve ("Lawyers for
    Smith", "Supporters of Donald Trump")? Its tie capitalised ("Against", "Without"), or two words of
    a cause after it and no first name among them."""
    if group.group("tie")[0].isupper():
        return True
    words = group.group("cause").split()
    return len(words) >= 2 and not any(gender_of(w) or _key(w) in EITHER_NAMES for w in words)


# Whose a body is, in lower case, before its name: "the province's ", "The city's ".
_LOWER_OWNER_LEAD = re.compile(r"[Tt]he[ \t]+[a-z]+[’']s[ \t]+(?=[A-Z])")
# Verbs whose object is a business, never a person: "opened Pho Lan", "founded Crosscut", "owns Lucky Star".
_OPENING_A_BUSINESS = frozenset("opened founded co-founded launched acquired owns co-owns".split())
# German articles opening a run: a newspaper's name ("Der Spiegel", "Die Zeit"), not "von der Leyen".
_ARTICLES_OF_A_TITLE = frozenset("der die das".split())
# Words that make the name before them a place's ("Sandy Hook Elementary School", "Ruby Ridge
# Road", "Hollow Creek Ranch"): that name is no person's anywhere in the article. Not the words of
# bodies named after people ("George Washington University", "Martin Luther King Jr. Day").
_PLACE_AFTER_A_NAME = frozenset(
    """elementary school hospital street avenue road boulevard airport bridge beach
    ranch farm restaurant bakery winery brewery orchard vineyard inn motel resort diner""".split()
)
# Words no person's name holds (one set, asked once per name run).
_NEVER_IN_A_NAME = ORG_WORDS | NOT_PERSON_WORDS | _NOT_NAMES | FURNITURE | _FIRM_WORDS | _TITLE_OF_A_BODY
# First names that are also words of places and groups ("San Antonio", "St. Louis", "West
# Virginia", "Al Qaeda"): a person's first name when they open the run and the rest is a person's
# ("Antonio Arroyo", "Louis Farrakhan", "Al Gore"; "Jordan Peterson", a name of either gender).
_PLACE_FIRST_NAMES = frozenset(w for w in NOT_PERSON_WORDS if gender_of(w.title()) or w in EITHER_NAMES)
# The court a justice sits on, before a possessive the run of name words cannot cross.
_COURT_BEFORE = re.compile(r"Court[ \t]+of[ \t]+(?:Queen|King)[’']s[ \t]+\Z")
# Words of bodies' names that are common surnames too: after a known first name, a person ("Aaron Fox").
_BODY_WORDS_AS_SURNAMES = frozenset("fox white court".split())
# Places that are common surnames too: after a known first name, a person ("Kate York", "Police Chief
# Dan Hall", "Steven Law"). Not "park", "day" or "bay": "Stanley Park", "Victoria Day", "Byron Bay".
_PLACES_AS_SURNAMES = frozenset(
    """york washington jordan london paris england ireland scotland berlin france israel
    hall law wall lake camp west""".split()
)
# Months that are surnames too: after a known first name, a person's ("Theresa May", "Brian May").
MONTHS_AS_SURNAMES = frozenset(["may"])
# "In May", "since May", "May 5", "May 2016": the month.
_A_MONTH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]his|[Tt]hrough|[Ff]rom)"
    r"[ \t]+May\b|\bMay[ \t]+\d"
)
# One word of two or more capitalised parts, the first of three letters or more: a firm's or a site's
# name run together ("ProPublica", "SurveyMonkey", "EgyptAir"), unless the first part leads surnames
# ("MacKay", "VanderSloot", "VandeHei") or is a first name (a handle: "HillaryClinton").
_A_BRAND = re.compile(r"([A-Z][a-z]{2,})(?:[A-Z][a-z]+)+")
_INNER_CAPITAL_LEADS = frozenset("Mac Van Vande Vander Von Fitz Della Delle Dela".split())


def a_brand(word: str) -> bool:
    """Is ``word`` a firm's or a site's name run together (`_A_BRAND`), never "he" or "she"?"""
    brand = _A_BRAND.fullmatch(word)
    return brand is not None and brand.group(1) not in _INNER_CAPITAL_LEADS and not gender_of(brand.group(1))


# Title words that are common surnames too: last, after a known first name, a person's surname
# ("Billie Jean King", "Patty Judge", "Amy Pope", "John Tory"); a title stands before a name, never after it.
_TITLES_AS_SURNAMES = frozenset("king major judge lord prince pope bishop tory marshal sheriff chancellor".split())
# Arabic articles of bodies and places, not a surname after "Al" ("Al Jazeera", "Al Shabaab").
_NOT_AFTER_AL = frozenset("jazeera arabiya shabaab nusra aqsa azhar ahram quds qaida".split())


def _titles_a_work(text: str, m: re.Match[str]) -> bool:
    """A run led by a capital "The" where no sentence opens ("called The Dragon Waiting", "In The
    Dragon Waiting,"): the title of a book, a show or a paper, never a person's name."""
    words = m.group("name").split(maxsplit=2)
    if "The" in words[1:2]:
        return True
    if words[0] != "The":
        return False
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n“”\"'‘’—–-("


def _a_peoples_plural(words: Sequence[str]) -> bool:
    """Do ``words`` name a place's people in the plural ("Nova Scotians", "New Brunswickers", "Prince
    Edward Islanders"): a place's first word, then a plural in -ians, -ans or -ers? (Only after such a
    word: "Mister Rogers", "Bernie Sanders" end so too.)"""
    return _PEOPLES_PLURAL.fullmatch(words[-1]) is not None and _key(words[0]) in _PLACES_PEOPLE_OPENERS


_PEOPLES_PLURAL = re.compile(r"[A-Z][a-z]+(?:ians|ans|ers)")
_PLACES_PEOPLE_OPENERS = frozenset("nova new prince british north south east west upper lower".split())


def _a_team(text: str, at: int, words: list[str]) -> bool:
    """Is the name at ``at`` a team's (or a band's): "beat the Winnipeg Jets", "the Toronto Maple Leafs"?
    A plural after a small "the" and a first word no first name ("the Bernie Sanders campaign" is his)."""
    last = words[-1]
    return (
        _plural_noun(last)
        and last.isalpha()  # (not "the Chicago Sun-Times", a paper whose name "the Sun-Times" stands for)
        and text.endswith("the ", max(0, at - 4), at)
        and not gender_of(words[0])
        and _key(words[0]) not in EITHER_NAMES
    )


@functools.lru_cache(maxsize=4096)
def _titles_off(run: str) -> tuple[tuple[str, ...], bool, int | None]:
    """The words of a run of name words without the titles before the name, whether a title stood
    there, and where the last capitalised title word was (None if none). (A pure reading of the
    run, and an article writes the same names again and again: remembered.)"""
    words = run.split()
    titled = False
    # "New York Mayor Bill de Blasio": whatever stands before the last title word is role.
    last_title = _last_index(words, len(words) - 1, _is_capitalised_title)
    if last_title is not None:
        words = words[last_title + 1 :]
        titled = True
    # "Former President Bill Clinton": the titles before the name are not part of it.
    while words and (_key(words[0]) in _NOT_NAMES or is_title_word(words[0])):
        titled = titled or is_title_word(words[0])
        words = words[1:]
    return tuple(words), titled, last_title


@functools.lru_cache(maxsize=4096)
def _name_of_run(words: tuple[str, ...], portfolio: int) -> tuple[tuple[str, ...], int | None, str | None]:
    """The name among a run's words once `_titles_off` took its titles, where the last word of page
    furniture was (None if none), and the place the words open, if they name one. ``portfolio``:
    the run follows a title and "of" (1; 2 when the title is capitalised), so the name starts at a
    known first name. (Remembered, as `_titles_off` is.)"""
    if portfolio:
        # "Deputy Director of Public Prosecution Eva-Marie Persson": the portfolio ends where a
        # known first name starts (as parse_noun_phrase reads it); after a capitalised title, a
        # portfolio of one word ("Minister of Transportation and Infrastructure Elvis Loveless").
        first = _first_name_among(words, 1, len(words) - 1)
        words = words[first if first is not None else int(portfolio == 2) :]
    # "Article Continued Below Participants Sam Hill": page furniture is no part of a name.
    furniture = _last_index(words, len(words), _is_furniture)
    if furniture is not None:
        words = words[furniture + 1 :]
    words = tuple(_without_glued_word(words))
    if len(words) > 2 and _key(words[0]) in NOT_PERSON_WORDS and _surname_first(words[1:]):
        words = words[1:]  # "ambassador to Britain Liu Xiaoming": the place, then the name
    place = next((k for k in range(2, len(words)) if _key(words[k]) in _PLACE_AFTER_A_NAME), None)
    return words, furniture, " ".join(words[:place]) if place is not None else None


@functools.lru_cache(maxsize=4096)  # (asked for each run of name words: remembered, as `_titles_off` is)
def _is_person_name(words: tuple[str, ...], titled: bool) -> bool:
    """Is this run of capitalised words a person ("Tyresha McClenney"), not a place or a thing?"""
    keys = [_key(w) for w in words]
    # "Roberta A. Kaplan", "John I. Smith": a letter and a stop between two names is a middle initial,
    # not the article or the pronoun those keys also are.
    last = len(words) - 1
    keys = [k if j in (0, last) or len(words[j]) != 2 or words[j][1] != "." else "" for j, k in enumerate(keys)]
    rest = keys[1:] if len(keys) > 1 and keys[0] in _PLACE_FIRST_NAMES and keys[1] not in _NOT_AFTER_AL else keys
    if (
        len(keys) == 2
        and (keys[1] in _PLACES_AS_SURNAMES or keys[1] in _BODY_WORDS_AS_SURNAMES or keys[1] in MONTHS_AS_SURNAMES)
        and gender_of(words[0])
        and keys[0] not in NOT_PERSON_WORDS
    ):
        # "Kate York", "Denzel Washington", "Michael Jordan", "Aaron Fox", "Jack White": a first name,
        # then a surname
        rest = keys[:1]
    elif len(keys) == 3 and keys[1] in _PLACES_AS_SURNAMES and gender_of(words[0]) and keys[0] not in NOT_PERSON_WORDS:
        rest = [keys[0], keys[2]]  # "Deborah Jordan Reynolds": a middle name, not a place
    if not _NEVER_IN_A_NAME.isdisjoint(rest) or keys[0] in _ARTICLES_OF_A_TITLE:
        return False
    if len(words) == 1 and a_brand(words[0]):
        return False  # "ProPublica", "SurveyMonkey", "PolitiFact": a firm's name run together, not "MacKay"
    if _NOUN_ENDING.search(keys[-1]) or keys[-1] in _COMPANY_WORDS or keys[-1] in _PUBLICATION_WORDS:
        return False  # "Land Development", "Compaq Computer": a thing, never "he" or "she"
    surname_a_title = (
        len(keys) > 1 and keys[-1] in _TITLES_AS_SURNAMES and (keys[-2] in EITHER_NAMES or gender_of(words[-2]))
    )
    if not TITLE_WORDS.isdisjoint(keys[:-1] if surname_a_title else keys):  # a title word (`is_title_word`)
        return False
    if titled or gender_of(words[0]):
        return True
    if len(keys[0]) > 5 and keys[0].endswith("ing"):
        return False  # "Asserting Clinton", "Speaking Monday": a verb opening a sentence, no first name
    # An unknown first name: a person unless it is all initials or ends like a possessive.
    return not all(_INITIALS.match(w) for w in words) and not words[-1].endswith(("’s", "'s"))


def _is_word_char(ch: str) -> bool:
    """A word character as ``\\b`` in a str pattern reads one."""
    return ch.isalnum() or ch == "_"


# More words than this are found in one pass over the text's words (`whole_words`).
_WORDS_FOUND_ONE_BY_ONE = 200
_PLAIN_WORD_RUN = re.compile(r"\w+")


def whole_words(text: str, words: set[str], start: int = 0) -> list[tuple[int, int]]:
    """The spans ``re.finditer(r"\\b(?:w1|w2|…)\\b", text, start)`` finds for ``words``: the leftmost
    place first, the longest word there, none overlapping. Found with ``str.find``: the words are
    each article's own (its people's surnames), and compiling a pattern for them took longer than
    the rest of indexing the names (and pushed the shared patterns out of ``re``'s cache)."""
    longest: dict[int, int] = {}  # where a word stands whole → where the longest one there ends
    size = len(text)
    if len(words) > _WORDS_FOUND_ONE_BY_ONE:
        # A long text names many people: each surname looked for over the whole text was quadratic
        # (a 2 MB article: 5,000 surnames, 2 s). The words of letters alone are found in one pass over
        # the text's runs of letters; the few others (with a hyphen, an apostrophe) one by one.
        plain = {w for w in words if _PLAIN_WORD_RUN.fullmatch(w)}
        for m in _PLAIN_WORD_RUN.finditer(text, start):
            if m.group() in plain:
                longest[m.start()] = m.end()
        words = words - plain
    find, starts_with = text.find, text.startswith
    for word in words:
        if not word:
            continue  # stands nowhere: it would end where it starts
        # ``\b`` at a place the word was found: its own first (last) character is one side of the
        # edge, so only the character before (after) it is looked at, for each place. (The test of
        # a word character written out: a call for each place was most of the time here.)
        opens_word, closes_word = _is_word_char(word[0]), _is_word_char(word[-1])
        length = len(word)
        # Each place of the word's first character, then the word there: the same places, every one
        # the word starts at, as ``find(word)`` again and again gives. ``str.find`` of one character
        # runs through the text many times faster than of a word, and a name's capital stands at few
        # places (the whole text's scans for the words were most of the time here).
        first = word[0]
        at = find(first, start)
        while at != -1:
            end = at + length
            if starts_with(word, at):
                before = text[at - 1] if at > 0 else ""
                after = text[end] if end < size else ""
                if (
                    (before.isalnum() or before == "_") != opens_word
                    and closes_word != (after.isalnum() or after == "_")
                    and end > longest.get(at, at)
                ):
                    longest[at] = end
            at = find(first, at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(longest):
        if not spans or at >= spans[-1][1]:
            spans.append((at, longest[at]))
    return spans


def one_name_two_ways(a: Person, b: Person) -> bool:
    """May ``a`` and ``b`` be one person named two ways ("Donald Trump", "Donald J. Trump";
    "Pete" and "Peter", "Sandy" and "Sandra" Paradis): the same first name, or one the short of the
    other (never of two genders)?"""
    if a.gender and b.gender and a.gender != b.gender:
        return False
    first_a, first_b = _key(a.name.split()[0]), _key(b.name.split()[0])
    return first_a.startswith(first_b) or first_b.startswith(first_a) or first_a[:4] == first_b[:4]


def _paragraph_before_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts (past the blank line between)."""
    end = text.rfind("\n", 0, at) + 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1


def _bare_owner(
    text: str, surname: str, person: Person, candidates: list[Person], at: int, owners: dict[str, Person]
) -> Person:
    """Whom the bare surname at ``at`` names, ``person`` being the latest of it named before. One
    called by it while the only one of that surname named keeps it once another is named: the
    writer names the newcomer in full from then on ("Chief Marlene Keeshig … Keeshig said … Ruth
    Keeshig, the chief's aunt, … Ruth Keeshig said … Keeshig said"), unless the newcomer was named
    in full in that paragraph, or opening a sentence of the one before ("Bill Clinton spoke …
    Clinton said", "Conservative MP Jane Smith disagreed. ¶ “…,” Smith said")."""
    # (Each thing read only where it is asked: most bare surnames are their owner's, the only one of it.)
    owner = owners.get(surname)
    if person is owner:
        return person
    named_before = [c for c in candidates if c.positions and c.positions[0] < at]
    if owner is None:
        if len(named_before) == 1 and named_before[0] is person:
            owners[surname] = person
        return person
    if owner not in named_before or one_name_two_ways(owner, person):
        return person
    since = _paragraph_before_start(text, at)
    paragraph = text.rfind("\n", 0, at) + 1
    if any(
        since <= pos < at
        and text.startswith(person.name, pos)
        and (pos >= paragraph or _opens_its_sentence(text, pos, since))
        for pos in person.positions
    ):
        return person
    return owner


def _opens_its_sentence(text: str, pos: int, floor: int) -> bool:
    """Does the name at ``pos`` open its sentence, but for the capitalised words of a title before it
    ("Conservative MP Jane Smith disagreed.")?"""
    stop = max(text.rfind(". ", floor, pos), text.rfind("\n", floor, pos))
    lead = text[stop + 1 if stop >= 0 else floor : pos].split()
    return len(lead) <= 4 and all(w[:1].isupper() for w in lead)


def _a_first_name_unlisted(word: str) -> bool:
    """Could ``word``, opening a full name, be a first name no list holds ("Callum", "Yasmeen")? One
    capitalised word of letters that is no common word and no place's or group's word."""
    key = _key(word)
    return (
        len(word) > 2
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and not is_common_word(word)
        and key not in NOT_PERSON_WORDS
        and key not in _NEVER_IN_A_NAME
    )


class PeopleIndex:
    """Every person name the article uses, by position, to resolve short mentions."""

    def __init__(self, text: str, start: int = 0) -> None:
        """Index the names in ``text`` from ``start`` on (the body: a title in Title Case is full of false names)."""
        self.people: dict[str, Person] = {}
        self._mentions: list[tuple[int, str]] = []  # (position, full name), sorted once built
        self._by_surname: dict[str, list[tuple[int, str]]] = {}  # the same, per surname
        self._named: dict[str, list[Person]] = {}  # people by surname
        # People named with two words or more, by surname and by first name and surname: asked for
        # each quotation, and filtering everyone of a surname each time was quadratic on a roster.
        self._named_in_full: dict[str, list[Person]] = {}
        self._by_first_and_surname: dict[tuple[str, str], list[Person]] = {}
        self._first_names: dict[str, set[str]] = {}  # full names by their first word's key
        self._building = True  # while building, new mentions wait in _pending and are merged in batches
        self._pending: list[tuple[int, Person]] = []
        # Bare surnames given to the one who owned them, not to the latest of it named (`_bare_owner`).
        self._kept: dict[int, Person] = {}
        things: set[str] = set()
        for m in _name_runs(text, start):
            run, run_at = m.group("name"), m.start()
            # (What a run's words alone say is read once per run as written: `_titles_off`, `_name_of_run`.)
            words, titled, last_title = _titles_off(run)
            # "Director of |Public Prosecution Eva-Marie Persson", "Minister of Transportation and
            # |Infrastructure Elvis Loveless": a title and "of" stand before the run.
            title_of = _title_of_before(text, run_at) if len(words) > 2 and last_title is None else None
            portfolio = 0 if title_of is None else 2 if title_of[:1].isupper() else 1
            words, furniture, place = _name_of_run(words, portfolio)
            hon = m.group("hon")
            if len(words) < 2:
                continue
            if (
                len(words) == 2
                and not (titled or hon)
                and is_common_word(words[0])
                and not gender_of(words[0])
                and any(len(_name_words(p.name)) > 1 for p in self._named_in_full.get(surname_of(words[1]), ()))
            ):
                # "Top Sanders strategists acknowledged …", "One Clinton spokesman said": an everyday word
                # opening a sentence before the surname of someone named in full before; the surname
                # alone is theirs (`_index_surnames`), no new person.
                continue
            if place is not None:
                things.add(place)  # "Sandy Hook Elementary School": "Sandy Hook" is a place
            # The word before the run, looked at once: it may title the name, and it is noted as a title.
            word_before = _word_before(text, run_at)
            if not _is_person_name(words, titled or bool(hon) or _is_title_noun(word_before)):
                continue
            if word_before is not None and word_before.lower() in _OPENING_A_BUSINESS and not (titled or hon):
                things.add(" ".join(words))  # "Tuan Nguyen opened Pho Lan in 1991": a business, no person
                continue
            name = " ".join(words)
            if _titles_a_work(text, m):
                things.add(name)  # "called The Dragon Waiting", "In The Dragon Waiting": a book's title
                continue
            if not (titled or hon) and _a_peoples_plural(words):
                things.add(name)  # "50,000 other Nova Scotians": a place's people, no person
                continue
            if not (titled or hon) and _a_team(text, m.start("name"), words):
                # "beat the Winnipeg Jets": a team, no person; nor its name's shorter form ("a former
                # Maple Leafs draft pick" after "the Toronto Maple Leafs")
                things.update(" ".join(words[k:]) for k in range(len(words) - 1))
                continue
            # "Sen. Marco Rubio": a title says nothing of gender, the first name may.
            gender = (_HONORIFIC_GENDER.get(_key(hon)) if hon else None) or gender_of(words[0])
            lead_end = run.find(name)  # (the titles before the name, in the run)
            at = m.start("name") + lead_end
            role = None
            if last_title is not None and furniture is None:
                # "Economy Minister Tomás Valente": the words up to the title are the role.
                written = lead = run[:lead_end].split()
                while lead and (
                    (_key(lead[0]) in _NOT_NAMES and not is_title_word(lead[0])) or _INITIALS.match(lead[0])
                ):
                    lead = lead[1:]  # "Monday President Obama", "But Economy Minister"
                if lead and is_title_word(lead[-1]):
                    joined = portfolio_start(text, m.start("name")) if lead == written else m.start("name")
                    if joined < m.start("name"):
                        # "Transportation and Infrastructure Minister": a portfolio joined by "and"
                        lead = [*text[joined : m.start("name")].split(), *lead]
                    elif lead == written and _a_body_acronym(word_before):
                        lead = [word_before, *lead]  # "NDP Leader", "GOP Chairman": the run starts after it
                    elif lead == written and (court := _COURT_BEFORE.search(text, max(0, run_at - 30), run_at)):
                        # "Court of Queen's Bench Justice Mona Dovell": the run starts after the possessive
                        lead = [*court.group(0).split(), *lead]
                    role = _clean_role(" ".join(lead))
            person = self.add(name, at, gender, role)
            # "Sen. Marco Rubio", "Coun. Luke Stack": an abbreviated title alone, in full ("Sens. Rand
            # Paul and …": each a senator).
            abbreviated = _key(hon or word_before or "") if last_title is None else ""
            if abbreviated in _ABBREVIATED_TITLES and abbreviated not in _LONE_TITLES and person.title_role is None:
                person.title_role = _ABBREVIATED_TITLES[abbreviated].removesuffix("s")
            title = _TITLE_NOUNS.get(_key(word_before)) if word_before is not None else None
            if title:
                person.titles.add(title)
            if not person.written_at and person.role is None:
                # "Kwame Asante, a tenant organizer, …", "Dhaliwal's lawyer, Kevin Gill, …": the role
                # the first mention is given between commas (read when first asked for).
                person._role_at = (text, at, at + len(name))
            if len(person.written_at) < _DESCRIBED_MENTIONS:
                person.text = text
                person.written_at.append((run_at, m.end()))
            # (Most names stand alone in their run: no honorific nor word before them to read.)
            for word in [hon or "", *run[:lead_end].split()] if hon or lead_end else ():
                title = _TITLE_NOUNS.get(_key(word))
                if title:
                    person.titles.add(title)
        self._forget([self.people[name] for name in things & self.people.keys()])
        self._flush()
        # "Mr. Trump", "President Obama": one name after an honorific or title is a person too.
        for m in _HONORIFIC_SURNAME.finditer(text, start):
            surname = _POSSESSIVE_END.sub("", m.group("name"))
            if _key(surname) in _NOT_NAMES or _key(surname) in ORG_WORDS or _key(surname) in NOT_PERSON_WORDS:
                continue
            person = self.lookup(surname, m.start())
            gender = _HONORIFIC_GENDER.get(_key(m.group("hon")))
            if person is not None and gender and person.gender not in (None, gender):
                # "Mrs. Clinton" where Bill Clinton was named last: the one of that surname and gender.
                person = next((p for p in self.all_named(surname) if p.gender in (None, gender)), None)
            if person is None:
                person = self.add(surname, m.start("name"))
            if gender and person.gender is None:
                person.gender = gender  # type: ignore[assignment]
            title = _TITLE_NOUNS.get(_key(m.group("hon")))
            if title:
                person.titles.add(title)
        self._flush()
        # "Tyler “Benny” Benson", "Dwayne 'The Rock' Johnson": a nickname in quotation marks between a
        # known first name and a surname (the run of name words stops at the mark).
        for m in _nicknamed(text, start):
            first, last = m.group("first"), m.group("last")
            if gender_of(first) and _key(last) not in _NOT_NAMES and self.lookup(f"{first} {last}", m.start()) is None:
                self.add(f"{first} {last}", m.start("last"), gender_of(first))  # (where the surname stands)
        self._flush()
        # "a 52-year-old resident named Caroline", "the base chief known as Bob": someone the article names
        # by a first name alone.
        for m in _named_by_first_name(text, start):
            first = m.group("name")
            # ("a patient woman named Corinne": the noun says she is one where no list knows the name)
            noun = text[max(0, m.start() - 20) : m.start()].split()[-1:]
            gender = gender_of(first) or (NOUN_GENDER.get(noun[0].lower()) if noun else None)
            if gender is not None and _key(first) not in _NOT_NAMES and self.lookup(first, m.start()) is None:
                self.add(first, m.start("name"), gender)
        for m in _couples(text, start):
            first, second, surname = m.group("a"), m.group("b"), m.group("sur")
            named, partner = f"{first} {surname}", self.people.get(f"{second} {surname}")
            # (A first name known to be one: "Smith and Wesson Holdings" is no couple.)
            if partner is not None and gender_of(first) and named not in self.people:
                self.add(named, m.start("a"), gender_of(first))
            elif partner is not None and named in self.people:
                # "Jordan and Kelly Brennan … Jordan Brennan, 38,": named here too, as the article names him.
                self.add(named, m.start("a"))
            elif (
                partner is None
                and gender_of(first)
                and named in self.people
                and _key(second) not in _NOT_NAMES
                and self.lookup(second, m.start("b")) is None
            ):
                # "Tom and Aisling Reddy": Tom Reddy's partner, whose first name no list knows.
                self.add(f"{second} {surname}", m.start("b"), gender_of(second))
        for m in _FIRST_NAME_SET_OFF.finditer(text, start):
            first = m.group("name")
            if gender_of(first) and _ONE_BY_A_NOUN.search(text, max(start, m.start() - 80), m.start()) is not None:
                self._add_by_first_name(m, gender_of(first))
        withheld = any(text.find(f"{kind} name", start) >= 0 for kind in ("last", "family", "full"))
        for m in _LAST_NAME_WITHHELD.finditer(text, start) if withheld else ():
            whose = m.group("whose")
            self._add_by_first_name(m, "m" if whose == "his" else "f" if whose == "her" else None)
        for m in _NAME_IS.finditer(text, start) if text.find("name is", start) >= 0 else ():
            self._add_by_first_name(m, "m" if m.group("whose").lower() == "his" else "f")
        for m in _KIN_BY_FIRST_NAME.finditer(text, start):
            at, first = m.start("name"), m.group("name")
            # "Gill's younger sister, Simran,": the kin noun says a woman where no list knows the name.
            gender = gender_of(first) or NOUN_GENDER.get(m.group("kin"))
            owner = _OWNER_OF_KIN.search(text, max(start, m.start() - 40), m.start())
            if (
                owner is not None
                and gender is not None
                and _key(first) not in _NOT_NAMES
                and self.all_named(owner.group(1))
                and not self.by_first_name(first)  # (not "Smith's wife, Mary," where Mary Jones is named)
            ):
                # "Clinton's husband, Bill,": Bill Clinton, of the surname of the one named (not a
                # "Bill" of no surname, whom no reader of a table of speakers could tell apart).
                self.add(f"{first} {owner.group(1)}", at, gender)
                continue
            owned_by = self.by_first_name(owner.group(1)) if owner is not None and gender is not None else []
            if (
                len(owned_by) == 1
                and not self.all_named(owner.group(1))
                and _key(first) not in _NOT_NAMES
                and not self.by_first_name(first)
            ):
                # "Kwame's older sister, Abena,", "Robin's daughter, Jordan,": kin of one the article
                # calls by a first name (a family sharing a surname) share it (Abena Boateng-Price).
                self.add(f"{first} {_surname_word(owned_by[0].name)}", at, gender)
                continue
            surname = self._kin_owner_surname(text, m.start()) if gender is not None else None
            if surname is None and gender is not None:
                surname = self._family_named_before(text, m.start()) or self._couples_surname(text, m.start())
            if surname is not None and _key(first) not in _NOT_NAMES and not self.by_first_name(first):
                # "Gary Nowak … His wife, Sheryl,": Sheryl Nowak, as "Nowak's wife, Sheryl," would be.
                self.add(f"{first} {surname}", at, gender)
                continue
            if (
                gender is not None
                and _key(first) not in _NOT_NAMES
                and not self.by_first_name(first)  # "his wife, Hillary": Hillary Clinton, named in full
                and self.lookup(first, at) is None
            ):
                self.add(first, at, gender)
        self._flush()
        self._index_surnames(text, start)
        self._flush()
        self._index_first_names(text, start)
        self._flush()
        self._genders_from_nouns(text)
        self._genders_from_pronouns(text)
        self._places(text)
        self._building = False

    def _couples_surname(self, text: str, at: int) -> str | None:
        """For "Their son, Ronald," after "The couple have three children": the one surname of the
        people named in full within reach before (the couple's, "Angus MacIsaac … His wife, Catherine,")."""
        lead = text[max(0, at - 30) : at]
        if not _THEIR_KIN_BEFORE.search(lead) or text.find("couple", max(0, at - 250), at) < 0:
            return None
        surnames = {
            _name_words(name)[-1] for _, name in self.mentions_between(max(0, at - _KIN_OWNER_FAR), at) if " " in name
        }
        return surnames.pop() if len(surnames) == 1 else None

    def _add_by_first_name(self, m: re.Match[str], gender: Gender) -> None:
        """Someone the article names by a first name alone (the match's "name" group), unless that name
        is someone's already or no name ("His name is Darryl", "Dale, who asked that his last name not
        be used", "Another parent, Michelle,")."""
        first = m.group("name")
        known = self.by_first_name(first) or self.lookup(first, m.start()) is not None
        if _key(first) not in _NOT_NAMES and not known:
            self.add(first, m.start("name"), gender)

    def _family_named_before(self, text: str, at: int) -> str | None:
        """The surname of a family named in the plural before ``at`` (within _FAMILY_REACH), of someone
        the article named in full ("The Nguyens have three children … the eldest, Kevin,"; "His sister,
        Vy," further on)."""
        families = [m.group(1) for m in _FAMILY_PLURAL.finditer(text, max(0, at - _FAMILY_REACH), at)]
        if not families or not self.all_named(families[-1]):
            return None
        return families[-1]

    def _kin_owner_surname(self, text: str, at: int) -> str | None:
        """The surname of whom "his" or "her" before a kin noun at ``at`` stands for: the people of
        its gender (or of none known) named in full just before, when they share one surname (else None: "Judge Ross
        sentenced Tom Hale. His wife, Ann," could be either's)."""
        det = _KIN_PRONOUN_BEFORE.search(text, max(0, at - 30), at)
        if det is None:
            return None
        wanted = "m" if det.group(1).lower() == "his" else "f"
        own = self._sentence_owner_surname(text, at, wanted)
        if own is not None:
            return own
        surnames: dict[Gender, set[str]] = {wanted: set(), None: set()}
        for _, name in self.mentions_between(max(0, at - _KIN_OWNER_REACH), at):
            person = self.people[name]
            gender = person.gender or gender_of(name.split()[0])
            if " " in name and gender in surnames:
                surnames[gender].add(_name_words(name)[-1])
        # (A first name no list knows, only when none of the pronoun's gender is named: "Manjit Gill
        # … Her brother, Sukhdev,".)
        found = surnames[wanted] or surnames[None]
        if not found:
            # "MacInnis says. … His daughter, Catriona,": a surname alone, of someone named in full before.
            for word in _CAPITALISED_WORD.findall(text, max(0, at - _KIN_OWNER_REACH), at):
                for person in self.all_named(word):
                    if " " in person.name and (person.gender or gender_of(person.name.split()[0])) in (wanted, None):
                        found.add(_name_words(person.name)[-1])
        return found.pop() if len(found) == 1 else None

    def _sentence_owner_surname(self, text: str, at: int, wanted: Gender) -> str | None:
        """The surname of the one person who may be "his" or "her" named in full in the kin noun's own
        sentence ("Two years later, Ahmad Haddad, 44, runs a shop, and his wife, Rania, …": Rania
        Haddad, though a man of a first name a list knows was named in the sentence before)."""
        opens = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        found = set()
        for _, name in self.mentions_between(max(opens, at - _KIN_OWNER_REACH), at):
            person = self.people[name]
            if " " not in name or names_a_thing(name):
                continue
            if (person.gender or gender_of(name.split()[0])) in (wanted, None):
                found.add(_name_words(name)[-1])
        return found.pop() if len(found) == 1 else None

    def _places(self, text: str) -> None:
        """Mark the people of no known gender named only right after "in", "at", "near" …: places."""
        for person in self.people.values():
            if person.gender is None and person.positions:
                person.place = all(_at_a_place(text, pos) for pos in person.positions)

    def _genders_from_nouns(self, text: str) -> None:
        """ "whose husband, Navy SEAL Ty Woods", "Clinton spokeswoman Jennifer Palmieri", "Ann Lee,
        his wife": a noun next to a name says a man or a woman, when the first name did not."""
        for pos, name in self._mentions:
            person = self.people[name]
            if person.gender is not None:
                continue
            before = _GENDERED_BEFORE.search(text, max(0, pos - 60), pos)
            if before is not None:
                person.gender = _GENDERED_NOUNS[before.group("noun").lower()]
                continue
            end = pos + (len(name) if text.startswith(name, pos) else len(_surname_word(name)))
            after = _GENDERED_AFTER.match(text, end, end + 60) if text.startswith(",", end) else None
            if after is not None:
                noun = after.group("noun")
                person.gender = _OTHER.get(noun) if after.group("whose") else _GENDERED_NOUNS[noun]

    def _genders_from_pronouns(self, text: str) -> None:
        """ "Amélie Côté, who runs the bakery, said she …": the first he or she after a person's
        name in its sentence, with nobody else named between, says their gender when nothing else
        did (first names from anywhere, not only the lists)."""
        for person in self.people.values():
            if person.gender is not None or not person.positions or (" " not in person.name and not person.titles):
                continue
            for pos in person.positions[:_PRONOUN_MENTIONS]:
                end = pos + (len(person.name) if text.startswith(person.name, pos) else 0)
                m = _PRONOUN_AFTER.match(text, end, min(len(text), end + _PRONOUN_REACH))
                if m is None:
                    continue
                k = bisect.bisect_right(self._mentions, (end, "\uffff"))
                if k < len(self._mentions) and self._mentions[k][0] < m.start(1):
                    continue  # someone else named first: the pronoun may be theirs
                if self._named_before_in_sentence(text, pos, person.name):
                    # "Dorothy Woods, whose husband, Ty Woods, was killed, said she …": the
                    # sentence's subject, named first, is whom the pronoun is likelier to stand for.
                    continue
                if m.group(1).lower() in ("her", "him"):
                    break  # "President Obama backed her up": an object, maybe someone else's pronoun
                person.gender = "f" if m.group(1).lower() in ("she", "her", "hers") else "m"
                break

    def _named_before_in_sentence(self, text: str, pos: int, name: str) -> bool:
        """Is someone other than ``name`` named in the sentence before ``pos``?"""
        low = max(0, pos - _PRONOUN_REACH)
        start = max(text.rfind(". ", low, pos), text.rfind("\n", low, pos), low)
        k = bisect.bisect_left(self._mentions, (start, ""))
        while k < len(self._mentions) and self._mentions[k][0] < pos:
            if self._mentions[k][1] != name:
                return True
            k += 1
        return False

    def _forget(self, people: list[Person]) -> None:
        """``people`` are no one: names of places or institutions (before the first flush)."""
        if not people:
            return
        gone = {id(person) for person in people}
        self._pending = [(pos, p) for pos, p in self._pending if id(p) not in gone]  # one pass for all
        for person in people:
            del self.people[person.name]
            for table in (self._named, self._named_in_full):
                found = table.get(person.surname, [])
                if person in found:
                    found.remove(person)
            words = person.name.split()
            named_so = self._by_first_and_surname.get(_first_and_surname(person.name), [])
            if person in named_so:  # (not a surname with its particles alone: "Le Pen")
                named_so.remove(person)
            self._first_names.get(_key(words[0]), set()).discard(person.name)

    def _flush(self) -> None:
        """Merge the mentions found in one pass; lookups during a pass see the passes before it.
        Only the lists a pass added to are sorted again (the others are sorted already)."""
        touched: dict[int, Person] = {}
        surnames: set[str] = set()
        for position, person in self._pending:
            entry = (position, person.name)
            person.positions.append(position)
            self._mentions.append(entry)
            self._by_surname.setdefault(person.surname, []).append(entry)
            touched[id(person)] = person
            surnames.add(person.surname)
        self._pending.clear()
        self._mentions.sort()
        for surname in surnames:
            self._by_surname[surname].sort()
        for person in touched.values():
            person.positions.sort()

    def _record(self, position: int, person: Person) -> None:
        if self._building:
            self._pending.append((position, person))
            return
        entry = (position, person.name)
        bisect.insort(person.positions, position)
        bisect.insort(self._mentions, entry)
        bisect.insort(self._by_surname.setdefault(person.surname, []), entry)

    def _index_first_names(self, text: str, start: int) -> None:
        """ "Back at the pullout, Darlene ties a new ribbon": a known first name alone, after the one
        person the article named in full with it, who shares it with no one and whose first name is
        no one's surname, is a mention of them (features call family and children so)."""
        owners: dict[str, Person | None] = {}
        # Surnames of families the article brings in ("Tuan Nguyen … His son, Kevin,"): a feature calls
        # each of them by a first name ("Tuan, for his part, says …").
        families = {p.surname for p in self.people.values() if self._brought_in_as_kin(text, p)}
        for person in self.people.values():
            words = person.name.split()
            # (of either gender too: "Robin Tkachuk … Back at the table, Robin pulled out a photo"; and
            # a first name no list knows that is no word: "His brother Callum … Callum wanted to take it")
            if len(words) >= 2 and (
                gender_of(words[0])
                or _key(words[0]) in EITHER_NAMES
                # (one brought in as kin has their surname in `families` too)
                or (_a_first_name_unlisted(words[0]) and person.surname in families)
            ):
                key = _key(words[0])
                owners[key] = None if key in owners else person
        surnames = {_key(p.surname) for p in self.people.values()}
        firsts = {
            person.name.split()[0]: person
            for key, person in owners.items()
            if person is not None and key not in surnames and key not in _NOT_NAMES and person.positions
        }
        # (Not a first name that is also a word: "Will", "May", "Mark", "Bill" open sentences as words.)
        firsts = {word: person for word, person in firsts.items() if _key(word) not in _FIRST_NAMES_AS_WORDS}
        if not firsts:
            return
        spans = sorted((pos, pos + len(p.name)) for p in self.people.values() for pos in p.positions)
        starts = [a for a, _ in spans]
        for at, end in whole_words(text, set(firsts), start):
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and spans[k][0] <= at < spans[k][1]:
                continue  # the full name itself
            person = firsts[text[at:end]]
            if at < person.positions[0] or _CAPITALISED_NEXT.match(text, end) or text[end : end + 2] in ("’t", "'t"):
                continue  # before they are named, the start of another name ("Darlene Smith"), "Don’t"
            self._record(at, person)

    @staticmethod
    def _brought_in_as_kin(text: str, person: Person) -> bool:
        """Was ``person`` first named by first name after a kin noun ("His brother Callum", "her
        husband, Tuan,")? Then the first name alone is what the article calls them."""
        first = person.positions[0] if person.positions else -1
        return first > 0 and _KIN_BEFORE.search(text, max(0, first - 30), first) is not None

    def _index_surnames(self, text: str, start: int) -> None:
        """Every later "Sanders" is a mention of the Bernie Sanders named before it."""
        by_surname: dict[str, list[Person]] = {}
        for person in self.people.values():
            by_surname.setdefault(person.surname, []).append(person)
        if not by_surname:
            return
        # The surname as written: "Pate" for Luther Stan Pate IV, not "IV".
        words = {_surname_word(p.name) for p in self.people.values()}
        # Spans already counted as full names: their surname is not another mention.
        spans = sorted((pos, pos + len(person.name)) for person in self.people.values() for pos in person.positions)
        starts = [a for a, _ in spans]
        # Whoever is first named as someone's kin ("her husband, Frank Fiorina,"): the bare surname
        # after it stays the one of that name the article is about, named before them.
        kin = {
            p.name
            for group in by_surname.values()
            if len(group) > 1
            for p in group
            if p.positions and _kin_before(text, p.positions[0])
        }
        # Whose the bare surname became while they were the only one of it named (`_bare_owner`).
        owners: dict[str, Person] = {}
        for at, end in whole_words(text, words, start):
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and spans[k][0] <= at < spans[k][1]:
                continue
            word = text[at:end]
            key = _key(word)
            candidates = by_surname.get(key, [])
            a_month = key in MONTHS_AS_SURNAMES and _A_MONTH.search(text, max(0, at - 12), end + 4)
            if not candidates or a_month:
                continue  # ("In May, she left", "May 5": the month, not Theresa May)
            # (the latest of the surname named before: with one person of it, that one)
            person = candidates[0] if len(candidates) == 1 else self.lookup(word, at) or candidates[0]
            owner = _bare_owner(text, key, person, candidates, at, owners)
            if owner is not person:
                self._kept[at] = person = owner
            said = honorific_gender_before(text, at)
            if said and person.gender not in (None, said):
                # "Mr. Obama" where Michelle Obama was named last: the latest of that surname and gender.
                fitting = [c for c in candidates if c.gender == said and c.positions and c.positions[0] < at]
                person = max(
                    fitting, key=lambda c: c.positions[bisect.bisect_left(c.positions, at) - 1], default=person
                )
            if person.name in kin:
                introduced = person.positions[0]
                first = min(
                    (c for c in candidates if c.name not in kin and c.positions and c.positions[0] < introduced),
                    key=lambda c: c.positions[0],
                    default=None,
                )
                if first is not None and not (said and first.gender and first.gender != said):
                    person = first  # (not "Mr. Khan" for a woman of that name)
            self._record(at, person)
            if (
                text.startswith(",", end)  # (the pattern's first character: most surnames have none after them)
                and len(person.written_at) < _DESCRIBED_MENTIONS
                and _APPOSITION_NEXT.match(text, end)
            ):
                # "Clinton, the former secretary of state, is …": what describes them, as beside the full name.
                person.text = text
                person.written_at.append((at, end))

    def add(self, name: str, position: int, gender: Gender = None, role: str | None = None) -> Person:
        person = self.people.get(name)
        if person is None:
            person = Person(name, surname_of(name), gender, role)
            self.people[name] = person
            self._named.setdefault(person.surname, []).append(person)
            if len(_name_words(name)) > 1:
                self._named_in_full.setdefault(person.surname, []).append(person)
                self._by_first_and_surname.setdefault(_first_and_surname(name), []).append(person)
            self._first_names.setdefault(_key(name.split()[0]), set()).add(name)
        if gender and not person.gender:
            person.gender = gender
        if role and not person.role:
            person.role = role
        self._record(position, person)
        return person

    def lookup(self, name: str, position: int) -> Person | None:
        """The full name a short mention stands for: the latest one before ``position`` that fits."""
        if not _name_words(name):
            return None
        first, surname = _first_and_surname(name)
        mentions = self._by_surname.get(surname, [])
        idx = bisect.bisect_right(mentions, (position, "\uffff"))
        # The latest fitting name before; failing that, the first one after (headlines name people late).
        if first is None:
            k = idx - 1 if idx > 0 else idx
            return self.people[mentions[k][1]] if k < len(mentions) else None
        # Among the people of this first name and surname (not every mention of the surname, which
        # on a roster of one family was a walk over all of them for each quotation).
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        for person in self._by_first_and_surname.get((first, surname), ()):
            k = bisect.bisect_right(person.positions, position)
            if k > 0 and (before is None or (person.positions[k - 1], person.name) > before):
                before = (person.positions[k - 1], person.name)
            if k < len(person.positions) and (after is None or (person.positions[k], person.name) < after):
                after = (person.positions[k], person.name)
        found = before or after
        return self.people[found[1]] if found else None

    def kept_for_owner(self, start: int, stop: int) -> Person | None:
        """The owner a bare surname from ``start`` up to ``stop`` was kept for, over the latest of
        that surname named (`_bare_owner`), if it was."""
        return next((person for at, person in self._kept.items() if start <= at < stop), None)

    def all_named(self, name: str) -> list[Person]:
        """Every person a name could stand for: same surname, and same first name if it has one."""
        if not _name_words(name):
            return []
        first, surname = _first_and_surname(name)
        if first is None:
            return list(self._named_in_full.get(surname, ()))
        return list(self._by_first_and_surname.get((first, surname), ()))

    def by_first_name(self, first: str) -> list[Person]:
        """The people named in full whose first name is ``first`` ("Maria" → Maria Lopez)."""
        return [self.people[n] for n in sorted(self._first_names.get(_key(first), ())) if " " in n]

    def mentions_between(self, start: int, stop: int) -> list[tuple[int, str]]:
        """Every mention from ``start`` up to ``stop`` (not included): (position, full name), in order."""
        mentions = self._mentions
        return mentions[bisect.bisect_left(mentions, (start, "")) : bisect.bisect_left(mentions, (stop, ""))]

    def first_named(self, start: int, stop: int) -> tuple[int, Person] | None:
        """The first mention of someone from ``start`` up to ``stop``, with where it is."""
        k = bisect.bisect_left(self._mentions, (start, ""))
        if k < len(self._mentions) and self._mentions[k][0] < stop:
            pos, full = self._mentions[k]
            return pos, self.people[full]
        return None

    def recent(self, position: int, gender: Gender = None, limit: int = 3000) -> list[Person]:
        """People mentioned before ``position``, nearest first, that fit ``gender``."""
        out: list[Person] = []
        idx = bisect.bisect_right(self._mentions, (position, "\uffff"))
        seen: set[str] = set()
        for k in range(idx - 1, -1, -1):
            pos, full = self._mentions[k]
            if position - pos > limit:
                break
            person = self.people[full]
            if full in seen:
                continue
            seen.add(full)
            if gender is None or (person.gender in (None, gender) and not person.place):
                out.append(person)
        return out

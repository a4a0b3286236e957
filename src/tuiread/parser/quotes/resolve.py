"""Resolve a speaker phrase to a person: "Sanders", "he", "the Vermont senator" → "Bernie Sanders".

Names take the fullest form the article used before (or, failing that, after).
A pronoun goes to the person most recently *in focus*: the last one to speak,
or the last one named as a sentence's subject, as the agent of a reporting verb
("…, noted NBC’s Dante Chinni") or introduced with their role ("Henry Crespo,
president of …"), whichever came later; gender from honorifics and first names
rules people out, and names inside quotations never count. "I" outside a
quotation is the writer of a first-person piece (a letter's signature, a byline,
the note on the writer), or no one. Descriptions go to the person whose office
they name.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from tuiread.parser.dateline import find_dateline
from tuiread.parser.lexicon import (
    EITHER_NAMES,
    FAMILY_NOUNS,
    NEWSPAPER_WORDS,
    NOUN_GENDER,
    OCCUPATION_NOUNS,
    ORG_WORDS,
    PARTY_MEMBERS,
    PLAIN_PERSON_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    alternation,
)
from tuiread.parser.quotes import ranker
from tuiread.parser.quotes.cues import ASKING_VERBS, Cue, sentence_subject
from tuiread.parser.quotes.names import (
    ANAPHORIC,
    DOCUMENT_NOUNS,
    RECORD_NOUNS,
    Gender,
    PeopleIndex,
    Person,
    a_brand,
    a_group_of_people,
    a_group_that_may_speak,
    a_lone_role_noun,
    descriptor_words,
    ends_after_spaces,
    gender_of,
    honorific_gender_before,
    introduced_as_kin,
    is_common_word,
    mention_as_written,
    names_a_thing,
    one_name_two_ways,
    one_of_a_group,
    parse_noun_phrase,
    whole_words,
)
from tuiread.parser.quotes.runs import QuotedRun
from tuiread.parser.sentences import is_abbreviation, sentence_end, sentence_start
from tuiread.quick_init import quick_init

_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# How far back a pronoun may reach for its person (characters).
_REACH = 2500
# Where a description was written beside a name (`Resolver._someone_else_beside`): how many of its
# uses are looked at, and how far a sentence reaches each way.
_BESIDE_TRIES, _BESIDE_SPAN = 8, 300
# What closes an apposition after the name (`_APPOSITION_AFTER` is what may open one).
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;:)—–]|$)", re.MULTILINE)
# How many of the places a person is named are looked around for their nation.
_AROUND_NAMES = 6
# How far a pronoun's own clause is looked along for names.
_LATER_SPAN = 200
# Where a clause of its own starts: a quotation, a semicolon, a dash, a subordinate clause.
_OWN_CLAUSE_END = re.compile(r"[“”\",;:—–()]|''|\s(?:but|and|while|because|after|before|when|although|though|as|who)\s")
# A participle right after "when", "after", "before", "while": a clause whose subject is the main one's.
_NO_SUBJECT_OF_ITS_OWN = re.compile(r"(?:[a-z]+ed|[a-z]+ing)\b")
_SUBJECTLESS_AFTER = frozenset("when after before while".split())
# Words that bring in one of many, unnamed ("one docker", "a resident", "another voter").
_PASSING = frozenset("one a an another".split())
# Between a name and a description of the same person: "Dempsey, the man", "the man, Dempsey",
# "the man named Dempsey", "Dempsey was the man".
_APPOSED = re.compile(r"[\s,:(—–-]{0,6}(?:(?:named|called|identified as|known as|is|was|as)[\s,]{1,3})?")
# How many of the last speakers a quotation's speaker is looked for among.
_HISTORY_LOOKED_AT = 200
# Words that may stand between a clause's start and its subject's name ("Sen.", "Conservative economist").
_LEAD_WORD = re.compile(r"^(?:[A-Z][\w’'.\-]*|the|a|an|\d+|of|and)$")
# Lower-case words of a role before a name: "presidential", "longtime", "vice", "campaign".
# A word of a role's description in lower case: "nightly", "network’s", "long-serving".
_LOWER_PHRASE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*(?:[’']s)?")
_OFFICE_ADJECTIVE = re.compile(
    r"^(?:[a-z]+(?:al|ic|ive|ary|an)|former|longtime|vice|deputy|senior|top|chief|campaign|party|"
    r"press|state|house|acting|then|assistant|associate|executive|general|national|federal|county|city)$"
)
_CLAUSE_OPENERS = "and but as when while after before because though although so".split()
# A plural noun right before "who" ("voters who said"): what the relative pronoun stands for.
_PLURAL_BEFORE_WHO = re.compile(r"(?<![\w’'-])([a-z]{2,}[a-rt-z]s)\s+$")
# A sentence opened by records or the police saying something of someone named next.
_RECORDS_SHOW = re.compile(
    r"(?:[A-Z][\w.-]*\s+)?(?:[a-z]+\s+){0,2}?(?:documents|records|filings|papers|police|Police)\s+"
    r"(?:show|showed|say|allege)\s+(?:that\s+)?"
)
_CLAUSE_START = re.compile(rf"(?:,|;|:|—|–|\b(?:{'|'.join(_CLAUSE_OPENERS)}))\s+$")
# A match ends with spaces only: it starts at most this far before the last character that is no space.
_CLAUSE_START_LONGEST = max(map(len, _CLAUSE_OPENERS))
_INTRODUCED = re.compile(r"\s*(?:\([^)]{1,20}\))?,\s+(?:\d{1,3},\s+)?(?P<apposition>[^,.;]{3,80})")
# An apposition that says what someone is and where from ("a delegate from Michigan", "a minister
# with the Living Church of God"): whoever it follows is brought in, as with a role noun.
# A participle and its object after a comma ("…, drawing a chorus of boos that plunged the party's
# convention into turmoil"): what the sentence's subject did next, no apposition with a role.
_PARTICIPLE_CLAUSE = re.compile(
    r"[a-z]+ing\s+(?:a|an|the|his|her|their|its|it|him|them|some|several|many|more|fresh|new)\b"
)
_BROUGHT_IN_AS = re.compile(
    r"(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:from|with|at|of|for|in)\s+(?:the\s+)?[A-Z]"
)
# A name qualifying what its bearer said ("a Trump television interview, in which he says", "a
# Clinton speech in which she …"): the one who says it.
_OWN_SAYING_NEXT = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:interview|speech|statement|tweet|address|op-ed|remarks)[ \t,]+in[ \t]+which\b"
)
# ", who said" past a place and an apposition: "Sen. Dianne Feinstein of California, the ranking
# Democrat on the Senate Intelligence Committee, who said none of …".
_SAID_SO_PAST_ASIDE = re.compile(
    r"(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?,[^,.;:!?“”\"\n]{1,100},[ \t]+who[ \t]+"
    r"(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:said|says|told|argued|insisted|wrote|added)\b"
)
_SAID_SO = re.compile(r",\s+who\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|argued|insisted|wrote|added)\b")
_AGENT_VERBS = frozenset(REPORTING_VERBS) | {"according to"}
# Before a verb, a tense of its own subject's: "had protested Trump" has its object after it, never
# its agent ("…, protested Trump" has).
_AUXILIARY = frozenset("had has have was were is are be been would will could should did does do".split())
# "One employee told Palo Alto Weekly": whom someone told is not who spoke.
_TOLD = frozenset("tell tells told telling".split())
# Words that open a clause of its own with its own subject ("as Mr. McDonough suggested").
_SUBORDINATORS = frozenset("as when while after before because though although since once until unless if".split())
# Words joining a clause of its own after a comma: "The moderators were ready to move on, but
# Christie wasn't having it." (its subject is a subject, its verb next).
_COORDINATORS = frozenset("but yet so".split())
# "Then there's Axelrod.": someone a sentence brings in, to speak next.
_THERE_IS = re.compile(r"(?:(?:Then|And|But|Now|Also)[ \t]+)?[Tt]here(?:’s|'s|[ \t]+is|[ \t]+was)[ \t]+")
# A thing that stirred someone, opening the sentence before the one it stirred: "The vote frustrated
# Coun. Trevor Boudreau, who …", "The ruling angered the mayor's critics" (whom the sentence is about).
_A_THING_STIRRED = re.compile(
    r"(?:(?:But|And|Yet)[ \t]+)?(?:The|This|That|Its|Their)[ \t]+(?P<thing>(?:[a-z][\w’'-]*[ \t]+){1,3}?)"
    r"(?:frustrated|angered|annoyed|upset|surprised|worried|alarmed|stunned|shocked|disappointed|troubled|"
    r"bothered|infuriated|irked|outraged|dismayed|puzzled|baffled|delighted|pleased|heartened|encouraged)[ \t]+"
    r"(?:[A-Z][\w’'.-]*[ \t]+){0,3}"  # (titles before the name: "Coun.", "Health Minister")
)
_STIRRING_LEADS = frozenset("But And Yet The Thi Tha Its".split())  # (their first three letters)
# A question put to the one who answers, opening the sentence: "Asked whether she would run again, ",
# "When asked about Almeida’s attack, " (no comma inside: the clause ends at the first).
_ASKED_OPENS = re.compile(r"(?:(?:But|And|Later|When),?[ \t]+)?[Aa]sked\b[^,.;:!?“”\"\n]{1,250},[ \t]+")
# Someone unnamed opening a sentence, whose first name an aside gives: "A woman in a purple parka, who
# gave her name only as Lorraine, has been coming …", "At the Co-op, a man who would give only his
# first name, Hank, shrugged": the one named is the sentence's subject.
_NAMED_IN_AN_ASIDE = re.compile(
    r"(?:[A-Z][^,.]*,[ \t]+)?(?:[Aa]n?|[Oo]ne)[ \t][^.;:]*?(?:\bnamed|identified(?:[ \t]+only)?[ \t]+as"
    r"|gave[ \t]+(?:only[ \t]+)?(?:her|his)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?as"
    r"|give[ \t]+(?:only[ \t]+)?(?:her|his)[ \t]+(?:first[ \t]+)?name,?)[ \t]+\Z"
)
# The word before "a nurse" that makes it what the sentence's subject was ("spent 31 years as a nurse").
_WORKED_AS = frozenset("as was is became becomes".split())
# Someone the sentence's subject turns out to be, named after whose kin or role they are: "The
# younger one, it turns out, is Lloyd's grandson, Malik." (what the sentence is about).
_REVEALED_AS_KIN = re.compile(
    r"(?:^|,[ \t]+)[^,.;:]*?\b(?:is|was)[ \t]+(?:[A-Z][\w-]*(?:’s|'s)|his|her|their)[ \t]+"
    r"(?:[a-z-]+[ \t]+)?[a-z]+,[ \t]+\Z"
)


def _named_in_an_aside(lead: str) -> bool:
    """``_NAMED_IN_AN_ASIDE.fullmatch(lead)``, tried only where the lead ends as a match must ("named",
    "as", "name" or "name," and spaces): its lazy run, tried with each word after "a", read the lead
    through for almost every name."""
    return ends_after_spaces(lead, 0, len(lead), ("named", "as", "name", "name,")) and bool(
        _NAMED_IN_AN_ASIDE.fullmatch(lead)
    )


def _revealed_as_kin(lead: str) -> bool:
    """``_REVEALED_AS_KIN.search(lead)``, tried only where the lead ends with a comma and spaces, as a
    match must (searched, it was tried from the lead's start and after each of its commas)."""
    return ends_after_spaces(lead, 0, len(lead), (",",)) and bool(_REVEALED_AS_KIN.search(lead))


# A cleft that puts someone first: "it was Mr. Trump who …", "It is Warren who …".
_CLEFT = re.compile(r"\b[Ii]t[ \t]+(?:was|is)[ \t]+(?:(?:Mrs?|Ms|Dr|Sen|Gov|Rep)\.[ \t]+)?\Z")
_WHO_NEXT = re.compile(r"[ \t]+who\b")
# "As for Trump, he said he's not worried": the person a sentence is about, named before its subject.
_AS_FOR = re.compile(r"(?:(?:But|And|So)[ \t]+)?[Aa]s[ \t]+for[ \t]+\Z")
# Of those, the ones whose clause only qualifies what the sentence's own subject did ("Levin
# dismissed the concerns, even though Sanders won Michigan"): its subject is not the one in focus.
_CONCESSIVE = frozenset("because though although since unless if whereas".split())
# A sentence told as someone's words before a question in it ("What got under her skin, she said,
# was a question, when a young man asked Clinton why …"): whom that question was put to does not
# speak next; the teller goes on.
_TOLD_BY_SOMEONE = re.compile(
    r"\b(?:he|she|[A-Z][\w’'-]+)[ \t]+(?:said|says|recalled|recalls|added|adds|noted|notes)\b"
)
# Prepositions that open a sentence before someone the sentence compares, sets aside or places
# ("Like Allen, their days begin at 4:30", "Unlike Mr. Rubio, Kasich …"): the object of a phrase,
# never its subject. (Mid-sentence, "Some defenders of free trade, like Gary Hufbauer, a senior
# fellow …, acknowledge" brings in the one who speaks next.)
_OBJECT_OPENERS_CAPITALISED = frozenset(
    "Like Unlike Besides Beside Against Behind Beyond Except Including Alongside".split()
)
# A character of an aside between commas: no stop but an honorific's ("who worked for Mr. Bush").
_ASIDE = r"(?:[^.;:!?“”\"\n]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)"
_ASIDE_NO_COMMA = r"(?:[^,.;:!?“”\"\n]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)"
# A relative pronoun after an aside, and a verb right after a comma ("Mike Keane, is in charge").
_RELATIVES = frozenset("which who where".split())
_WORD_AFTER_COMMA = re.compile(r",[ \t]+([a-z]+)\b")
_VERB_AFTER_COMMA = re.compile(r",[ \t]+((?:is|was|has|had|runs|ran|leads|led|oversees|handles)\b)")
# A possessive's noun, and the comma before the name of the one it owns: "Roy’s assistant, Mike".
_OWNED_THEN_NAMED = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}[a-z]+,[ \t]+(?=[A-Z])")
# The word after a name, past an aside between commas: its verb, if it is a subject.
_NEXT_WORD = re.compile(
    r"\.?(?:[ \t]*\([^)]{1,30}\))?(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:,?[ \t]+[A-Z][\w.]*)?)?"
    # "Clinton and husband Bill", "Cruz and Sen. Rubio" (not "… against Cruz, Bush and Christie. He is")
    r"(?:[ \t]+and[ \t]+(?:[a-z]+[ \t]+){0,2}(?:(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col)\.[ \t]+)?"
    r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)?"
    rf"(?:,{_ASIDE_NO_COMMA}{{1,80}},|,[ \t]+who{_ASIDE}{{1,200}},)?,?[ \t]+([a-z]+)\b"
)
# A sentence opened by someone owned by a name, a verb next: "Trump’s campaign manager said", "But
# Clinton's longtime aide insisted" (the aside of a name set off after it is the rules' to read).
_OWNED_OPENS = re.compile(
    r"(?:(?:But|And|Meanwhile|Still|Yet),?[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]*[’']s[ \t]+"
)
# A word of a noun phrase after an owner's "’s", in lower case (up to three).
_LOWER_RUN_WORD = re.compile(r"[ \t]*([a-z]+(?:-[a-z]+)?)\b(?![’'])")
_PHRASE_ENDS = frozenset("of in on at to for with from by and or who whom that which as".split())
# The last word of what names one person owned by another ("campaign manager", "wife").
_PERSON_HEADS = (
    frozenset(ROLE_NOUNS) | FAMILY_NOUNS | frozenset("aide adviser advisor manager strategist".split())
) - frozenset(
    "campaign ad agency article book committee company complaint council email family filing group head"
    " ministry network office organisation organization party piece poll report ruling study survey union"
    " video website memo police people man woman person source".split()
)
# A sentence opened by a clause whose subject is "he" or "she" ("Though he trails Clinton in the
# polls, Sanders has …", "While he's said he'll fight on, Sanders must decide"), the name after it.
_FRONTED_CLAUSE = re.compile(
    r"(?:(?:But|And|Yet|Still|So),?[ \t]+)?(?:While|Although|Though|When|After|Before|Since|As|If|Because"
    r"|Even[ \t]+though|Even[ \t]+as|Even[ \t]+if|Until|Once)[ \t]+(?=(?:he|she)\b)"
)
# The main clause's subject after that clause's comma: a name (an honorific before it), a verb next.
_MAIN_SUBJECT = re.compile(
    r",[ \t]+(?:(?:Mrs?|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})(?=[ \t]+[a-z])"
)
# What someone said, owned by them: "James Comey’s statement", "Mr. VandeHei’s admittedly provocative
# proposition" (the last word of up to three after the "’s").
_SAYING_NOUNS = frozenset(
    "statement statements remarks comments words proposition claim claims argument assertion testimony"
    " speech address message warning pledge promise proposal answer response reply tweet tweets".split()
)
# Someone a message is from ("a message from Undersecretary Wendy Sherman, reporting that …"): its author.
_MESSAGE_FROM = re.compile(
    r"\b(?:message|e-?mail|letter|memo|note|text|statement)[ \t]+from[ \t]+"
    # (a title of a few words first, "for" or "of" inside: "Undersecretary for Political Affairs")
    r"(?:(?:[A-Z][\w.’'-]*|for|of|and)[ \t]+){0,6}\Z"
)
# An aside set off by dashes after a name, a verb after it: "Joyce — who is listed as an attorney — told".
_DASH_ASIDE = re.compile(r"[ \t]*[—–][^—–.!?\n“”\"]{1,200}[—–](?=[ \t]+[a-z])")
# A first name and a nickname in quotation marks before a surname: 'John “Tig” '.
_A_QUOTE_MARK = re.compile(r"[“\"‘']")
_NICKNAMED_LEAD = re.compile(r"[A-Z][a-z]+[ \t]+[“\"‘'][^”\"’'\n]{1,24}[”\"’'][ \t]+\Z")
# A dash closing an aside a name stands in, a word in lower case next.
_DASH_CLOSES = re.compile(r"[ \t]*[—–](?=[ \t]+[a-z])")
# A reporting verb right after a name: "Daniel Traynor, said", "Quill also told".
_SAID_NEXT = re.compile(r",?[ \t]+(?:also[ \t]+)?([a-z]+)\b")
# A sentence of a first-person writer meeting someone: "I mentioned the idea to ", "Last week I called ".
_WRITER_MEETS = re.compile(r"(?:[A-Z][\w ]{0,30},[ \t]+)?(?:I|We)[ \t]+[a-z]+[ \t]+(?P<rest>(?:[a-z]+[ \t]+){0,5})\Z")
# Someone who is not to be named ("asked that her name not be used", "on condition of anonymity").
_ANONYMOUS = re.compile(
    r"\b(?:(?:her|his|their)[ \t]+name[ \t]+(?:not[ \t]+be[ \t]+used|be[ \t]+withheld)"
    r"|not[ \t]+to[ \t]+be[ \t]+(?:named|identified)|condition[ \t]+of[ \t]+anonymity|requested[ \t]+anonymity)"
)
# Words one of which each of its matches holds ("named" holds "name"): where none stands, no match.
_ANONYMOUS_WORDS = ("name", "anonymity", "identified")


def _anonymous(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_ANONYMOUS.search(text, start, end)``, made only where one of its words stands (led by words
    of common letters, the pattern was tried at most places; few stretches hold one)."""
    if not any(text.find(word, start, end) >= 0 for word in _ANONYMOUS_WORDS):
        return None
    return _ANONYMOUS.search(text, start, end)


# The writer of a first-person piece, before their verb: "I asked", "We then spoke to".
_WRITER_LEAD = r"\b(?:I|[Ww]e)[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
# The writer asking or speaking to someone brought in with "a" and not named: "I asked a pipeline welder
# in Fort McMurray what he thought", "We spoke to a nurse at the clinic."
_WRITER_MET_SOMEONE = re.compile(
    _WRITER_LEAD + r"(?:asked|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|met|interviewed)[ \t]+"
    r"(?P<who>(?:a|an)[ \t]+[^.;:!?“”\"\n,]{2,60}?)(?=[ \t]+(?:what|whether|why|how|if|about|who)\b|[.,;])"
)
# "a worker named Antonio Arroyo", "a man called Ed", "His name is Darryl": someone brought in by name.
_NAMED_AS = re.compile(r"\b(?:[a-z]+[ \t]+(?:named|called)|name[ \t]+is)[ \t]+\Z")


def _named_as_before(lead: str) -> bool:
    """``_NAMED_AS.search(lead)``, sought only when the lead ends with "named", "called" or "is" and
    spaces (the search, led by a word, was tried at every place of the sentence before a name)."""
    return ends_after_spaces(lead, 0, len(lead), ("named", "called", "is")) and _NAMED_AS.search(lead) is not None


# Words that open a clause of its own, not an apposition or a verb's agent.
# Before a name whose saying someone is told of or asked about, answering it: "Told of Cole-Bryant's
# remarks,", "Asked about Carson's comments,", "Responding to Trump's tweet," (its owner is no subject).
_ANSWERING_LEAD = re.compile(
    r"\b(?:[Tt]old|[Aa]sked|[Qq]uestioned|[Pp]ressed|[Ii]nformed)[ \t]+(?:of|about|on)[ \t]+\Z"
    r"|\b(?:[Rr]esponding|[Rr]eacting|[Rr]esponse|[Rr]eplying)[ \t]+to[ \t]+\Z"
)
_CLAUSE_PRONOUNS = frozenset("he she they it we i you who which that and but or as if when".split())
# "The third doctor", "the second official": one of several brought in by their count, unnamed.
_AN_ORDINAL_ONE = re.compile(r"[Tt]he[ \t]+(?:second|third|fourth|fifth|sixth)[ \t]")
# A quotation in curly or straight marks, and a sentence's end (`Resolver._only_quotation_between`).
_A_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SENTENCE_STOP_IN = re.compile(r"[.!?](?=\s)")
# A verb of saying right after a name (past an aside of age or role): "Corey Lewandowski told CNN".
_SAYING_NEXT = re.compile(
    r"(?:,[^,.;:!?“”\"\n]{1,80},)?[ \t]+(?:said|says|told|tells|wrote|writes|added|adds|announced|argued)\b"
)
# A sentence opening with a description and a name in apposition: "The spokesperson, Kayla Iafelice,".
_THE_NOUN_NAMED = re.compile(r"\s*The[ \t]+(?:[a-z]+[ \t]+){0,2}(?P<noun>[a-z]+),[ \t]+")
# A verb of saying or speaking after a name, past an aside or the comma closing an apposition:
# "Mike Downie, 55, spoke to the crowd", "Gord Downie’s brother, Mike Downie, spoke".
_SPOKE_NEXT = re.compile(
    r"(?:,[^,.;:!?“”\"\n]{1,80},|,)?[ \t]+(?:said|says|told|tells|spoke|speaks|addressed|recalled|remembered)\b"
)
# A verb of saying right before a name ("said Bob Smith").
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds)[ \t]+\Z")
# "the younger ", "the elder " right before a surname two people share: what tells them apart.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?\Z")
# A sentence or clause opened by a description of someone, its verb next: "But the former president
# showed", "The Vermont senator said", "A 29-year-old Berlin woman, meanwhile, received", "At a
# drugstore, a cashier was", "A representative for Mr. Pinchuk said", "My landlord was", "Her husband said"
# (up to three words before the noun; after it, "for", "of" … and up to four words ending in a name).
_DESCRIBED_OPENER = r"(?:(?:But|And|Yet|Still|Then|Now),?\s+)?"
_DESCRIBED_LEAD_IN = r"(?:[A-Z][^,.;:!?“”\"\n]{0,90},\s+)?"  # "At a drugstore near the mosque, a cashier was"
_DESCRIBED_REST = (
    r"(?P<d>(?P<det>[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+|Democrat|Republican)"
    # ("for Mr. Pinchuk", "at the hospital")
    r"(?:[ \t]+(?:for|of|at|with|from|to|in)[ \t]+(?:(?:[\w’'.&-]+[ \t]+){0,3}?[A-Z][\w’'.&-]*"
    # ("A spokeswoman for the Ministry of Municipal Affairs said": a body's name of several words)
    r"(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w’'.&-]*){0,6}"
    r"|(?:the|a|an|his|her|its|their)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}?[a-z][\w’'-]*))?)"
    # (an aside between: "meanwhile", "a retired welder in Sarnia", "who asked not to be named")
    # (or a few words of age or standing: "Her sister, two years younger, sees", "His father, 81, says")
    r"(?P<aside>,\s+[a-z]+(?:\s+[a-z-]+){0,3},|,\s+\d{1,3},|,\s+(?:an?|the|who)\s+[^,.;:!?“”\"\n]{1,100},)?"
    r"\s+(?:also\s+|later\s+|then\s+)?"
    # (not "a man called Smith", but "a reporter called it chaos")
    r"(?!named\b|called[ \t]+[A-Z“\"])"
    r"(?:[a-z]{2,}ed|said|says|told|tells|wrote|writes|spoke|thinks|thought|knows|knew|insists|argues|has|had|is|was"
    r"|(?:did|does|was|is|has|had|would|could)n[’']t"  # "Her husband didn't disagree"
    # A feature's present tense, the sentence ending on it: "His wife disagrees.", "Her son shrugs."
    r"|[a-z]{3,}(?<![su]s)s(?=[.,;:])"
    # or one of its common verbs, whatever follows: "Her sister, two years younger, sees it differently"
    r"|sees|feels|thinks|wants|hopes|worries|believes|remembers|recalls|admits|agrees|disagrees|knows"
    r"|laughs|smiles|shrugs|nods|sighs|looks|watches|lives|works|runs|sits|stands|spends|keeps|takes)\b"
)
_DESCRIBED_SUBJECT = re.compile(_DESCRIBED_OPENER + _DESCRIBED_LEAD_IN + _DESCRIBED_REST)
# The same without a clause before: "The 38-year-old treasurer, a former Marine who served two tours,
# has been endorsed" (the subject and its aside, not a lead-in clause and "a former Marine who").
_DESCRIBED_SUBJECT_FIRST = re.compile(_DESCRIBED_OPENER + _DESCRIBED_REST)
# An apposition after a name, and its head noun: ", the official Chinese news agency,", ", a company
# that …" (up to five words before the noun).
_BODY_APPOSITION = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+(?:[\w’'&.-]+[ \t]+){0,5}?(?P<noun>[a-z]+)"
    r"(?=[ \t]*[,.;)]|[ \t]+(?:that|which|whose|based|in|with)\b)"
)
# A noun and a comma right before a name: "a financially troubled Texas company, Diamond Shamrock".
_BODY_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),[ \t]+\Z")
# Where a sentence or a line starts, for `_DESCRIBED_SUBJECT` to be tried there only (tried at every
# position behind a look-behind, it cost half a percent of a parse).
_SENTENCE_GAP = re.compile(r"[.!?][”\"’']?\s|\n")
# How many people named before a pronoun are ranked as the one it stands for.
_CANDIDATES = 8
# A sentence's end (not "Mr." or an initial), for counting sentences back.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\b[A-Z])"
    r"[.!?][”\"’']?\s+(?=[“\"‘A-Z])"
)
# Between a name and the "who" that stands for it: "Graham, who", "Rubio (R-Fla.), who", "Rubio of Florida, who".
_RELATIVE_GAP = re.compile(r"\s*(?:\([^)]{1,20}\))?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:,\s+\d{1,3})?\s*,?\s*")
# A verb right after a name (an aside between): a past tense, or a verb of saying or thinking.
_VERB_AFTER_NAME = re.compile(
    rf"(?:,{_ASIDE_NO_COMMA}{{1,80}},)?[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:[a-z]{2,}ed|said|says|told|tells|wrote|writes|spoke|thinks|thought|knows|knew|insists|argues)\b"
    # "Matthew Tkachuk, who scored twice, was all smiles": after an aside, "was" too.
    rf"|,{_ASIDE_NO_COMMA}{{1,80}},[ \t]+(?:was|is)\b"
)
# A past tense not in -ed right after a name ("Real estate mogul Donald Trump drew boos"; not "The rise
# of Bannon gave Beck …": a name after a preposition).
_IRREGULAR_PAST_AFTER_NAME = re.compile(
    rf"(?:,{_ASIDE_NO_COMMA}{{1,80}},)?[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:drew|made|took|gave|went|came|won|lost|held|met|ran|sent|got|kept|brought|began|saw|found"
    r"|stood|spent|sought|fought|struck|became|felt|heard|chose|threw)\b"
)
# A subject of its own after a name set off: "…, Julian Falconer, the sergeant agreed".
_SUBJECT_AFTER = re.compile(
    r",[ \t]+(?:the|a|an|he|she|they)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?:[a-z]{2,}ed|said|says|told|was|is|had|has)\b"
)
# A clause after a name that says what was done to them: "…, who was gunned down".
_PASSIVE_WHO = re.compile(r",[ \t]+who[ \t]+(?:was|were)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|en|wn)\b")
# "One of them", "one of the workers": someone of a group, whom an aside may describe.
_ONE_OF = re.compile(r"[Oo]ne of (?:them|those|the [a-z]+)")
# Where a description's head ends and what ties it to more begins ("a field technician| with 11 years").
_TIE_AFTER_NOUN = re.compile(r"\s(?:with|at|of|for|from|in|on|who)\s")
# A verb right after a name, with no comma between: the name is its subject.
_OWN_VERB_NEXT = re.compile(
    r"[ \t]+(?:[a-z]{2,}ed|was|were|is|are|had|has|have|would|will|could|should|can|did|does|wants|needs)\b"
)
# A verb of saying or "that" before a name in its sentence: the name is in what was said.
# (The verbs factored into a trie: their flat alternation was tried a verb at a time at every word.)
_REPORTED_BEFORE = re.compile(rf"\b(?:that|{alternation(REPORTING_VERBS)})\b", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r",\s+(?:and|or)\s")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# A writer's name: two to four capitalised words.
_WRITER = r"(?P<name>[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){1,3})"
# A byline on a line of its own: "By Charlotte Meehan".
_BYLINE = re.compile(rf"^[ \t]*(?:By|BY|Written by)[ \t]+{_WRITER}[ \t]*$", re.MULTILINE)
# The writer naming themselves: "I, Chris Smith, …", "My name is Ann Lee".
_SELF_NAMED = re.compile(rf"\b(?:I,|[Mm]y name is)[ \t]+{_WRITER}(?=,|\.)")
# A columnist's name heading the title line: "Ann Coulter: And Then There Was the One".
_TITLE_WRITER = re.compile(rf"\A[ \t]*{_WRITER}:[ \t]")
# A book excerpt's credit: "From STEALING AMERICA by Dinesh D’Souza", "excerpted from … by Ann Lee".
_EXCERPT_BY = re.compile(rf"\b(?:[Ff]rom|[Ee]xcerpts?)\b[^\n.]{{1,120}}?\bby[ \t]+{_WRITER}")
# A letter's signature: a name alone on its line ("Chris Smith.").
_SIGNATURE = re.compile(rf"^[ \t]*{_WRITER}\.?[ \t]*$", re.MULTILINE)
# The note on the writer that ends an opinion piece: "Charlotte Meehan is playwright-in-residence …".
_WRITER_NOTE = re.compile(
    rf"^[ \t]*(?:[—–-][ \t]*)?{_WRITER},?[ \t]+(?:is|was|has been|writes|teaches|lives)[ \t]", re.MULTILINE
)
# A byline naming the writer with what they are to the paper, on the name's line or the next:
# "Jane Roe, Special to the Star", "Jane Roe, Columnist", "Jane Roe\nStaff Reporter".
_BYLINE_ROLE = re.compile(
    rf"^[ \t]*{_WRITER}(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)(?:(?:(?:Special|Contributing)[ \t]+to|For)[ \t]+the"
    r"[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}|(?:(?:Staff|Opinion|Guest|Contributing|Senior)[ \t]+)?"
    r"(?:Columnist|Contributor|Reporter|Writer|Correspondent))[ \t]*$",
    re.MULTILINE,
)
_WRITER_NOTE_REACH = 800
_PREPOSITIONS = frozenset("of to with for by about against on at from than like over into between among".split())
# More words a name may stand before that are no verb ("attacked Clinton and Rubio during the rant").
_NOT_A_VERB = frozenset(
    """in during after before since until without through across amid despite throughout under near
    around outside inside behind beyond toward towards upon within via last this
    the a an""".split()  # (", the sergeant agreed": the subject is who the determiner opens, not the name before)
)


# Descriptions of an office whose holder the article is about.
_OFFICE_NOUNS = frozenset(
    "nominee candidate businessman billionaire mogul president senator governor mayor congressman "
    "congresswoman lawmaker secretary leader chairman chairwoman justice premier chancellor minister".split()
)
_ORG_NOUNS = frozenset(
    "commission committee agency authority union party council court campaign department company group network "
    "newspaper association organization organisation foundation institute university administration "
    "bureau office board nation "
    # (bodies Canadian copy has speak: "the federation", "the league", "the tribunal", "the chamber";
    # "the division": a school division)
    "federation alliance coalition society league tribunal hospital college chamber division".split()
)
# The verb after a body's name: "Business Insider also commented", "GunBroker.com said".
_VERB_AFTER_BODY = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?([a-z]{3,})\b")
# Nouns a name before them makes a modifier of ("the Trump campaign", "Clinton spokeswoman").
_ATTRIBUTIVE_NOUNS = (
    frozenset(ROLE_NOUNS) | _ORG_NOUNS | frozenset("administration camp team supporters voters ally allies".split())
)
# Words a body's name holds, for the common noun that describes it ("the newspaper": "… Times").
# The words that end a company's name: "the retailer", "the insurer" is the one named "… Ltd." above.
_INCORPORATED = frozenset("company corporation corp inc ltd llc".split())
# Bodies a company never is: "Employees of Bombardier Inc. walked out … “…,” the union said".
_NOT_A_COMPANY = frozenset(
    """union party council court campaign department commission committee agency authority association university
    administration bureau office institute""".split()
)


def _a_company(name: str) -> bool:
    """Does ``name`` end as a company's does ("Bombardier Inc.", "Prairie Outfitters Ltd")?"""
    return name.rsplit(None, 1)[-1].rstrip(".").lower() in _INCORPORATED | {"co", "plc", "limited"}


_TRADING = frozenset(
    """retailer chain business operator carrier insurer reinsurer lender automaker carmaker drugmaker chipmaker
    steelmaker planemaker manufacturer maker provider supplier distributor wholesaler exporter importer refiner
    brewer railway railroad airline bank giant conglomerate""".split()
)


def _another_kind(body: str, noun: str) -> bool:
    """Is ``body`` named as a kind of body ``noun`` is not: "the company" is no "Canadian
    Pharmacists Association" (nor "the retailer" a union), "the union" no "Bombardier Inc."?"""
    last = body.rsplit(None, 1)[-1].strip(".,’'").lower()
    if last in _COURTS and noun not in _COURTS:
        return True  # "the regulator", "the group" is no court that heard the case
    if noun in _NOT_A_COMPANY:
        return _a_company(body)
    return (noun in _TRADING or noun in ("company", "firm")) and last in _NOT_A_COMPANY


_COURTS = frozenset("court tribunal".split())


_BODY_SYNONYMS: dict[str, frozenset[str]] = {
    "newspaper": NEWSPAPER_WORDS | {"sun", "daily"},
    "paper": NEWSPAPER_WORDS | {"sun", "daily"},
    "publication": frozenset("times post journal news review magazine weekly".split()),
    "magazine": frozenset("magazine review weekly monthly".split()),
    "network": frozenset("news network channel broadcasting".split()),
    "broadcaster": frozenset("news network channel broadcasting corporation".split()),
    "agency": frozenset("agency administration bureau service authority department centers".split()),
    "ministry": frozenset("ministry department".split()),
    "department": frozenset("department ministry".split()),
    "firm": frozenset("company corporation group inc llc partners associates".split()),
    "company": _INCORPORATED | {"group"},
    "group": frozenset("group coalition alliance association network".split()),
    "organization": frozenset("organization organisation association foundation institute".split()),
    "organisation": frozenset("organization organisation association foundation institute".split()),
    "court": frozenset("court".split()),
    "union": frozenset("union association federation guild brotherhood teamsters".split()),
    "government": frozenset("government administration".split()),
}
# A band's council, named by the band: "West Moberly First Nations band council", "Kwaskeen Nation's council".
# ("The Matawa First Nations Management tribal council": a tribal council, named by its body.)
_BAND_COUNCIL = re.compile(
    r"(?:[A-Z][\w’'-]*[ \t]+){1,5}?(?:First[ \t]+Nations?|Nation)(?:[ \t]+[A-Z][\w’'-]*){0,2}(?:[’']s)?"
    r"[ \t]+(?:band[ \t]+|tribal[ \t]+)?council\b"
)
# A First Nation by name, and a band council written without one ("The community's band council").
_FIRST_NATION = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){1,5}?(?:First[ \t]+Nations?|Nation)\b")
_UNNAMED_BAND_COUNCIL = re.compile(r"\b(?:band|tribal)[ \t]+council\b")
# Gatherings, which share a body's initials but never speak ("Republican National Convention").
_EVENTS = frozenset("convention conference summit congress games festival championship championships cup".split())
_JOINS_BODIES = re.compile(r"\s(?:and|the|The)\s")
# What someone has that speaks as a body of theirs: "his campaign", "her office".
_OWNED_BODIES = frozenset("campaign office staff team camp administration".split())
# A possessive ending: "Cruz’s" is Cruz.
_POSSESSIVE_S = re.compile(r"[’']s?$")
# How far back "the agency" looks for the name beside its noun (characters).
_BESIDE_REACH = 600
# A name in apposition after a body's noun: "transit agency, Brampton Transit," (then a comma or an end).
_NAME_BESIDE = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?[A-Z][\w&.’'-]*){0,5})"
    r"(?=[ \t]*[,.;])"
)
# A name the noun's apposition follows: "Brampton Transit, the city's transit agency" (the noun last).
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?[A-Z][\w&.’'-]*){0,5}),[ \t]+(?:the|a|an)"
    r"[ \t]+(?:[\w&.’'-]+[ \t]+){0,4}\Z"
)
# A name joined to others before it: "Sanders and President Obama", "Clinton & Kaine".
_JOINED_BEFORE = re.compile(r"(?:\band|\bor|&)[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,2}\Z")
# Verbs that agree with a plural only: "Allies say", never "Sanders say".
_PLURAL_VERBS = frozenset(
    "say are were have think believe argue worry want agree contend fear warn insist predict hope".split()
)
# Roles of those whose questions the article quotes: never who answers them.
_ASKERS = frozenset("moderator moderators anchor interviewer correspondent reporter".split())
# Who asks, not who answers: "in an interview with Morning Joe hosts Joe Scarborough and …".
_INTERVIEW_WITH = re.compile(r"\binterview(?:ed)?[ \t]+(?:with|by)[ \t]+(?:[\w’'.-]+[ \t]+){0,6}\Z")
# An outlet's possessive right before a name: "CNN's Gloria Borger", "the Times’s Maggie Haberman".
_OUTLET_BEFORE = re.compile(r"\b([A-Za-z]+)[’']s?[ \t]+(?:[a-z]+[ \t]+){0,2}\Z")
_OUTLET_WORDS = NEWSPAPER_WORDS | frozenset("cnn msnbc nbc abc cbs fox bbc npr politico reuters ap pbs".split())
# Whose campaign or office: "the Clinton campaign", "Mrs. Clinton's campaign", "his presidential campaign".
_OWNED_BODY = re.compile(
    r"(?:(?P<owner>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})(?:[’']s)?|\b(?P<pronoun>[Hh]is|[Hh]er))"
    r"[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>campaign|office|staff|team|camp|administration)\b"
)
# Words that may follow a noun ending its phrase ("an aide who", "a source close to", "a woman asked").
# "former Mayor Tom Quill", "ex-premier Jean Tardif": an office held before, written before the name
# (looked for in the few words before each of the first uses of a name).
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)[ \t]*[\w.-]*[ \t]*[\w.-]*[ \t]*$")
_FORMER_REACH = 40
_FORMER_LOOKS = 8
_PHRASE_END = (
    frozenset(
        "who whose that which and or but said says told tells asked asks is was has had would will could did does "
        "declined spoke added close familiar".split()
    )
    | _PREPOSITIONS
    | {"in"}  # "One man in Manchester, responding to …, interrupted": a place after the noun
)
# Nouns for more than one person, whom "he" or "she" never stands for.
_GROUP_NOUNS = frozenset("couple pair duo trio family crowd audience panel".split())
# Nouns for one document, written one way and referred to another ("a web video … the clip").
_DOCUMENT_GROUPS = (
    "video ad clip advertisement spot commercial",
    "book memoir autobiography passage excerpt chapter",
    "ruling decision opinion",
    "report study analysis",
    "statement release announcement",
    "article piece story column editorial op-ed",
)
_SAME_DOCUMENT = {noun: tuple(group.split()) for group in _DOCUMENT_GROUPS for noun in group.split()}
# Words that make a capitalised run a body: "The Harbour Institute", "The Harbour Gazette".
_BODY_WORDS = ORG_WORDS | _BODY_SYNONYMS["newspaper"] | _BODY_SYNONYMS["publication"]
# Common nouns of a body that may stand for any body that spoke before ("the company": Carrier).
# Nouns for a firm or a body by what it does, though they end like a person's ("the ferry operator",
# "the insurer", "the automaker", "the regulator").
_FIRM_NOUNS = frozenset(
    """operator carrier insurer reinsurer lender automaker carmaker drugmaker chipmaker steelmaker planemaker
    manufacturer maker provider supplier distributor wholesaler exporter importer refiner brewer railway
    railroad regulator watchdog utility service corporation force detachment""".split()
)
_BODY_KINDS = (
    frozenset(
        "company firm group organization organisation agency network newspaper paper outlet publication station "
        "channel broadcaster website site magazine business retailer chain bank airline giant conglomerate".split()
    )
    | _FIRM_NOUNS
)
_BODY_HOW = frozenset({"organisation", "description-organisation"})
# "the Associated Press", "The Washington Post": "the" and capitalised words only.
_PARTY_MEMBERS = frozenset("republican conservative liberal progressive socialist libertarian tory".split())
_THE_PROPER_NAME = re.compile(r"[Tt]he(?:[ \t]+[A-Z][\w’'.&-]*){1,5}")
# The nouns "it" may stand for when a sentence opens with them ("The ministry said …").
_BODY_NOUNS_OF_IT = (_ORG_NOUNS | _BODY_KINDS | frozenset(_BODY_SYNONYMS)) - _OWNED_BODIES
# How far back "it said" looks for the body that spoke: the sentence or two before.
_BODY_PRONOUN_REACH = 300
# The last word of a description of a body or a document, never of a person.
_NOT_A_PERSON_HEAD = (
    _ORG_NOUNS | _BODY_KINDS | frozenset(_BODY_SYNONYMS) | DOCUMENT_NOUNS | RECORD_NOUNS | {"tabloid", "daily"}
)
# Someone who speaks for a body, and the body: "a spokesman for Platte River", "the agency's
# spokeswoman", "a NY1 representative".
_SPOKESPERSON = r"(?:spokes(?:man|woman|person|people|men|women)|representative|representatives)"
# "the department's draft", "the company's written statement": a document of a body's noun.
_A_BODYS_DOCUMENT = re.compile(
    rf"[Tt]he\s+(?P<kind>[a-z]+\s+)?(?P<noun>[a-z]+)[’']s\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))}|draft|guidelines)"
)
_SPOKESPEOPLE = re.compile(_SPOKESPERSON)
# "for the Department of Labour and Advanced Education", after a spokesperson's noun; or a body by
# its kind, named before: "A spokeswoman for the agency said".
_FOR_BODY = re.compile(
    r"[ \t]+(?:for|with|at|from)[ \t]+(?:(?:the[ \t]+)?"
    r"[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+)?[A-Z][\w&.’'-]*){0,6}"
    rf"|the[ \t]+(?:{alternation(_ORG_NOUNS | _BODY_KINDS)})\b)"
)
# "A spokesperson for Alberta Health said …": the body opening the sentence is the one after it.
_SPOKESPERSON_LEAD = re.compile(
    rf"(?:An?|The)[ \t]+(?:[a-z]+[ \t]+)?{_SPOKESPERSON}[ \t]+(?:for|with|at|from)[ \t]+(?=[A-Z]|the[ \t])"
)
_A_SPOKESPERSON = re.compile(rf"[Aa]n?\s+{_SPOKESPERSON}")
_SPOKESPERSON_FOR = re.compile(
    rf"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z]+\s+)?{_SPOKESPERSON}\s+(?:for|of|at|with|from)\s+(?P<owner>(?:the\s+)?[A-Z].*|the\s+(?:{'|'.join(_BODY_KINDS)}))"
)
_SPOKESPERSON_OF = re.compile(
    rf"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<owner>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){{0,4}}|{'|'.join(_BODY_KINDS)})"
    rf"|(?P<whose>(?:[Tt]he\s+)?(?:[a-z][a-z-]*\s+){{0,3}}[\w&.-]+(?:\s+[A-Z][\w&.-]*){{0,4}})[’']s)\s+(?:[a-z]+\s+)?{_SPOKESPERSON}"
)
# Capitalised words before a body's name that are no part of it ("In", "Monday", "Sen.").
# Portfolios, which open a ministry's or a department's name as well as a title ("Health Minister").
_PORTFOLIOS = frozenset(
    """health finance justice defense defence education energy trade labor labour agriculture commerce
    transportation transport interior foreign home homeland security veterans environment immigration""".split()
)
# Nouns for a government department, and the words that name one with "Canada" after them.
_DEPARTMENT_NOUNS = frozenset("department ministry agency".split())
_MUNICIPAL = frozenset("city town township municipality county".split())
# Bodies whose documents a description may name ("the city's staff report"): no person issued those.
_BODIES_THAT_OWN = _BODY_NOUNS_OF_IT | _MUNICIPAL | frozenset("province state country village region".split())
# A municipality by name: "The City of Hamilton", "Town of Canmore", "District of …" (no place:
# "Mexico City").
_A_MUNICIPALITY = re.compile(
    rf"(?:[Tt]he[ \t]+)?(?:{'|'.join(sorted(w.capitalize() for w in _MUNICIPAL | {'district'}))})"
    r"[ \t]+of[ \t]+[A-Z][\w.’'-]*"
)
_CANADA_PORTFOLIOS = _PORTFOLIOS | frozenset("statistics elections parks fisheries".split())
_NOT_BODY_LEAD = frozenset(TITLE_WORDS) | frozenset(
    """in on at for by from to with and but or as when while after before if said says told says
    according monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december this that these those his her their its
    it he she they we i meanwhile however also both some many all no not so yet then
    another one other each every several most few any such""".split()
)
# The name a document noun follows ("a New York Times article", "The Post's piece").
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.&\-]*(?:[ \t]+[A-Z][\w.&\-]*){0,4})(?:[’']s)?[ \t]+\Z")
# A determiner of something named before ("the statement", "that letter"): look further back.
_REFERS_BACK = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts)[ \t]+\Z")
# The name after a document noun: "a letter from the American Legion", "a suit filed by Ann Lee".
_OWNER_AFTER = re.compile(
    r"s?,?[ \t]+(?:(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:filed|released|issued|written|signed|sent|"
    r"published|posted|put[ \t]+out|authored|made)[ \t]+by|from|by)[ \t]+(?:the[ \t]+)?"
    r"(?P<owner>[A-Z][\w.&’'\-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w.&’'\-]*){0,5})"
)
# "from the premier" after a document: someone described, not named ("The message from the premier").
_DESCRIBED_OWNER_AFTER = re.compile(r"[ \t]+from[ \t]+(?P<owner>the[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z]+)\b")
# Where a piece of writing ran: "an editorial in The Des Moines Register" is the paper's.
_PUBLISHED_IN = re.compile(
    r"s?[ \t]+in[ \t]+(?:[Tt]he[ \t]+)?(?P<owner>[A-Z][\w.&’'\-]*(?:[ \t]+[A-Z][\w.&’'\-]*){0,5})"
)
_PUBLISHED_NOUNS = frozenset("editorial op-ed column article piece story".split())
# A document noun heading a description: last, or before whose it is ("a letter from …", "a suit filed by …").
_DOCUMENT_HEAD = re.compile(
    rf"\b(?P<noun>{'|'.join(map(re.escape, sorted(DOCUMENT_NOUNS)))})s?"
    r"(?=$|[ \t]+(?:in|from|by|filed|released|issued|written|signed|sent|published|posted|authored|made)\b)",
    re.IGNORECASE,
)
# A body or person and a verb of putting something out ("the Republican Party of Wyoming announced").
_ANNOUNCED = re.compile(
    r"(?P<name>(?:[Tt]he[ \t]+)?[A-Z][\w.&’'-]*(?:[ \t]+(?:(?:of|for|on|the|and)[ \t]+)*[A-Z][\w.&’'-]*){0,6})"
    r"[ \t]+(?:announced|announces|released|releases|issued|issues|said|says|stated|states|confirmed|confirms)\b"
)
# "its"/"their" before a document noun ("their Friday editorial"): a body's, not a person's.
_BODY_OWNED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z")
# A capitalised run, with "the" before it if any ("the editors of The Advocate").
_BODY_RUN = re.compile(r"(?:(?P<the>\b[Tt]he)[ \t]+)?(?P<name>[A-Z][\w&.’'-]*(?:[ \t]+[A-Z][\w&.’'-]*){0,5})")
# Capitalised words no owner of a document holds ("In a statement", "Monday's report"); a title
# may ("the Republican National Committee", "Sen. Ted Cruz").
_NOT_OWNER = _NOT_BODY_LEAD - TITLE_WORDS
# Determiners of a description that brings in someone new.
_INDEFINITE = frozenset("a an one another some several".split())
# Words of a description that say nothing about who it is.
_DESCRIPTION_FILLER = frozenset("the a an this that his her their its former then current new".split())
# Endings of nouns that name a person ("the proprietor", "the economist", "the chairwoman").
_PERSON_NOUN = re.compile(r"(?:[^s]er|or|ist|ian|man|woman|ent|ant|ee)$")
# Nouns for a person that end otherwise ("the retired neurosurgeon", "the veteran diplomat").
_OTHER_PERSON_NOUNS = frozenset(
    "surgeon neurosurgeon diplomat physician tycoon magnate heiress widow widower veteran delegate candidate "
    "advocate graduate democrat republican bureaucrat monarch patriarch matriarch "
    # (sports, trades, faiths, family and the courts: "the captain", "the chef", "the rabbi", "the teen")
    "captain coach goalie quarterback rookie chef pilot rabbi imam cop mom dad nun monk teen boy girl child "
    "kid poet actress athlete champion umpire victim witness suspect plaintiff "
    # (Canadian copy: "the Calgary skip", "the forward", "the Mountie", "the paramedic")
    "skip forward shortstop mountie paramedic midwife "
    # (positions: "the centre", "the netminder" ends as a person's noun already)
    "centre winger defenceman defenseman guard tailback fullback linebacker cornerback "
    # (sports copy: "the Riders pivot")
    "pivot "
    # (features: "the deckhand", "the barista", "the retired mechanic", "the couple's nanny")
    "cook clerk nanny spouse bride groom barista cadet recruit pupil scholar grandma grandpa granny fiance "
    "orphan entrepreneur colonel chaplain reverend deckhand farmhand stagehand mechanic vet guy lady boss".split()
)
# Nouns of a person too loose to pick out whoever was once described so ("Orange Is the New Black star
# Selenis Leyva" is not "the star" of a later item): only whoever the sentences before are about.
_FOCUS_ONLY_NOUNS = frozenset("star legend".split())
_NOT_PERSON_NOUNS = (
    frozenset(
        "paper letter order number center centre statement document agreement government department "
        "parliament movement report poster flyer banner cover chapter quarter summer winter matter "
        "water corner border computer monitor sector factor error mirror meter minister "
        # (verbs and small words that end like a person: "One went to Japan. Most stayed", "One never knows")
        "went sent spent meant lent bent never ever over under after rather whether either neither "
        # ("A boy in her class …": a pronoun; "together", "later" and the rest end so too)
        "her together further however later per whatever whoever power weather dinner river tower manner".split()
    )
    | _FIRM_NOUNS
)


# A nationality or a place's people ("Russian", "Chinese", "Israeli", "Canadian").
# (Not the words that only end like one: "Health and Human Services", "the Urban League".)
_DEMONYM = re.compile(
    r"^(?!(?:Human|Urban|Suburban|Veteran|Metropolitan)$)"
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|i)|French|Dutch|Greek|Swiss|Thai|Welsh|Czech)$"
)
# Party words, by the party they name.
_PARTY_OF = {
    "republican": "republican",
    "republicans": "republican",
    "gop": "republican",
    "democratic": "democratic",
    "democrat": "democratic",
    "democrats": "democratic",
    "conservative": "conservative",
    "tory": "conservative",
    "liberal": "liberal",
    "ndp": "ndp",
    "labour": "labour",
    "green": "green",
}
# Offices one person holds at a time: someone known as a senator is not "the governor".
_EXCLUSIVE_OFFICES = frozenset(
    "senator governor mayor president secretary congressman congresswoman representative premier minister "
    "chancellor judge justice sheriff prosecutor".split()
)
# Offices a person may be described with, one of which rules out another.
_OFFICES = _OFFICE_NOUNS | _EXCLUSIVE_OFFICES
# States and provinces, one word of their names: a description's place that tells two people apart.
_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming ontario quebec alberta manitoba saskatchewan""".split()
)
_EX = re.compile(r"^ex-")
# Someone unnamed opening a sentence: "A retired postal worker who …", "An 81-year-old woman said".
_UNNAMED_OPENS = re.compile(
    r"(?:(?<=[.!?”\"] )|(?<=\n))(?:A|An)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<noun>[\w-]+)"
    r"(?=[ \t]+(?:who|whose|from|with|said|says|told)\b|,)"
)
# Last words of a place's name the people index may take for someone's ("Lanigan Medical Clinic").
_PLACES_NAMED_LIKE_PEOPLE = ORG_WORDS | frozenset(
    "clinic hospital store shop restaurant church arena stadium park street avenue road hall centre".split()
)
# Cues of a reply: "the councillor replied" answers whoever spoke before.
_REPLY_VERBS = frozenset("replied responded retorted countered answered".split())
# Offices one is elected to for a state or district: "Sen.", "Rep.", "Gov." (a party's member holds them).
_ELECTED_OFFICES = frozenset("senator governor congressman congresswoman representative".split())
# "the elder Cruz", "the younger Bush": which of two of a surname, by age.
_ELDER_BEFORE = re.compile(r"\b[Tt]he[ \t]+(elder|older|younger)[ \t]+\Z")
# A kin noun right before a name, set off: "his father, Rafael Cruz", "her son Hunter"; a sibling's with
# the word that ranks them ("His younger brother, Dale,").
_NAMED_AS_KIN = re.compile(
    r"\b(father|mother|dad|mom|son|daughter|(?:younger|older|elder|big|little|kid)[ \t]+(?:brother|sister)),?[ \t]+\Z"
)
# (A parent's nouns: `_PARENT_NOUNS`, with their genders, below.)
_ELDER_SIBLING = frozenset("older elder big".split())
_YOUNGER_SIBLING = frozenset("younger little kid".split())
_CHILD_NOUNS_NAMED = frozenset("son daughter".split())
# Verbs of saying whose object is whom one speaks to: "“…,” the Ohio Democrat told Reyes".
_TELLS_SOMEONE = frozenset("told tells asked asks pressed presses warned warns".split())
# A name right after such a verb (a title before it at most): " Reyes", " Sen. Ann Hale".
_NAME_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:(?:[A-Z][a-z]{1,4}\.|Mr\.|Mrs\.|Ms\.)[ \t]+)?(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)"
)
# A sentence opening with someone named putting a question to "her" or "him": "Murray pressed her on …".
_ASKS_SOMEONE_OPENS = re.compile(
    r"(?P<asker>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]+(?:then[ \t]+|later[ \t]+|also[ \t]+)?"
    r"(?:asked|pressed|questioned)[ \t]+(?P<whom>him|her)\b"
)
# A parent company named in apposition to the one a sentence is about: ", a unit of", ", owned by".
_PARENT_BEFORE = re.compile(
    r",[ \t]+(?:a|the)[ \t]+(?:[a-z]+[ \t]+)?(?:unit|subsidiary|division|affiliate|arm)[ \t]+of[ \t]+\Z"
    r"|,[ \t]+(?:which[ \t]+is[ \t]+)?(?:owned|controlled)[ \t]+by[ \t]+\Z"
)
# A question put since someone spoke: the one asked it may reply ("Asked about Trump, the senator replied").
_ASKED_SINCE = re.compile(r"\b(?:[Aa]sked|[Qq]uestion(?:ed|s)?|[Pp]ressed)\b|\?")
# "the former " or "the ex-" right before a capitalised word for someone ("the former Rider").
_THE_FORMER = re.compile(r"\b[Tt]he[ \t]+(?:former[ \t]+|ex-)\Z")
# A seat by its number, in a description: "the Ward 11 councillor", "the District 3 supervisor".
_NUMBERED_SEAT = re.compile(r"[Tt]he[ \t]+(?P<seat>Ward|District|Division)[ \t]+(?P<number>\d{1,3})[ \t]+[a-z]+\b")
# States and provinces of two words, which ``_STATES`` (one word each) misses: "the North
# Carolina Republican", "the Nova Scotia MLA".
_TWO_WORD_PLACE = re.compile(
    r"\b(?:(?:North|South)[ \t]+(?:Carolina|Dakota)|New[ \t]+(?:York|Jersey|Mexico|Hampshire|Brunswick)"
    r"|West[ \t]+Virginia|Rhode[ \t]+Island|British[ \t]+Columbia|Nova[ \t]+Scotia|Prince[ \t]+Edward)\b"
)
# Nouns that say whether the person is a man or a woman.
_NOUN_GENDER: dict[str, Gender] = dict(NOUN_GENDER)
# Nouns that name someone by their tie to another ("the spokesman", "the moderator"): never the
# person the article is about.
_RELATIONAL = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor official source insider staffer lawyer attorney "
    "moderator narrator interviewer questioner reporter host anchor friend neighbor neighbour officer "
    "agent assistant deputy representative surrogate supporter critic opponent rival challenger member "
    # (a child quoted is rarely the grown-up the article is about: "“How big is that wall?” asked the boy")
    "boy girl child kid teen "
    # (kin and companions: "the colleague", "her roommate" is someone beside the person in focus)
    "aunt uncle niece nephew cousin fiancé fiancée girlfriend boyfriend roommate classmate teammate coworker "
    "colleague colleagues co-worker coworkers partner relative mentor boss employee supervisor landlord tenant".split()
)
# The longest lead-in clause before a described subject, unless its aside names the person ("When we
# finally got a call from the regional health authority in the fall, the case manager, a woman named
# Corinne, apologized"): past it, "…, his brother added" is read as a clause of its own.
_LEAD_IN_MOST = 64
# Words of an aside that give someone's name ("a patient woman named Corinne", "who gave her name only as").
_NAMING_WORDS = re.compile(r"\b(?:named|called|name[ \t]+(?:only[ \t]+)?as|identified[ \t]+(?:only[ \t]+)?as)\b")
# Kin and companions brought in by name after "her …" ("her business partner, Amira Haddad,"): `_named_as_kin`.
_KIN_NOUNS = FAMILY_NOUNS | frozenset("colleague friend boss".split())
# Spouses, for "her husband" as the one other person of her surname (`_kin_named`): a couple shares one
# ("Doug and Patti Henning"); a father, a son or a brother of that surname may be any of several.
_FAMILY = frozenset("husband wife".split())
# What a family calls its kin, by the noun an article writes: "my mom" is "My mother, Doreen,".
_KIN_SYNONYMS = {"mom": "mother", "mum": "mother", "dad": "father", "grandma": "grandmother", "grandpa": "grandfather"}
# Kin each of two is to the other: a sister's sister, a partner's partner.
_EACH_OTHERS = frozenset("sister brother sibling cousin twin partner colleague friend".split())
# Nouns that name a person for certain, for "the aide" after "a committee aide" (not "answer": a
# person noun by its ending only).
_PEOPLE_NOUNS = (
    frozenset(ROLE_NOUNS)
    | frozenset(NOUN_GENDER)
    | _RELATIONAL
    | _OTHER_PERSON_NOUNS
    | frozenset("partner organizer organiser protester heckler witness resident voter worker insider".split())
)


_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
# The end of a description before the name it sets off in apposition: "[The city councillor] for
# the ward, …", "[the American ambassador] at the time, …", "[a retired pipe fitter] named …".
_APPOSITION_AFTER = re.compile(
    r"(?:[ \t]+(?:of|for|in|at|from)[ \t]+[^\W\d][^,.;:\n“”\"]{0,50})?,[ \t]+|[ \t]+(?:named|called)[ \t]+"
)
# Endings of the word for a place's people ("Texan", "Ohioan", "Floridian", "Vermonter").
_DEMONYM_ENDING = re.compile(r"(?:ian|an|n|er)$")
_PERSON_WORD_ENDINGS = ("ian", "an", "er", "ese", "ie")
# Words for someone from a nation that end otherwise ("the Swede said", "the Finn").
_SHORT_DEMONYMS = frozenset(
    """Swede Dane Finn Pole Czech Slovak Brit Scot Turk Greek Thai Swiss Kiwi Frenchman Englishman Irishman
    Scotsman Dutchman Welshman""".split()
)


def _place_stems(word: str) -> list[str]:
    """What the place's name may start with, for a word for its people: "Texan" → "Texa" (Texas),
    "Ohioan" → "Ohio", "Floridian" → "Florid" (Florida), "Vermonter" → "Vermont"."""
    m = _DEMONYM_ENDING.search(word)
    if m is None:
        return []
    cuts = {1, len(m.group(0))} | ({2} if m.group(0) == "ian" else set())
    return [word[:-k] for k in sorted(cuts) if len(word) - k >= 4]


def _place_words(mention: str) -> list[str]:
    """The capitalised words between a description's first and last word that name no title or party,
    in lower case, a place of two words as one ("the South Carolina Republican": ["south carolina"])."""
    words = mention.split()[1:-1]
    two = _TWO_WORD_PLACE.search(" ".join(words))
    joined = two.group(0).split() if two is not None else []
    found = [two.group(0).lower()] if two is not None else []
    return found + [
        k
        for w in words
        if w[:1].isupper()
        and w not in joined
        and (k := w.lower().strip(".,’'")) not in TITLE_WORDS
        and k not in _PARTY_OF
    ]


def _known_place(word: str, known: set[str]) -> bool:
    """Is the place ``word`` names one of ``known``, spelled out or cut short ("Wisconsin" and "Wis.",
    "Texan" and "Texas")?"""
    if word in known:
        return True
    if " " in word:
        # "South Carolina": "S.C." (the party's tag, "R-S.C."), or its two words known
        initials = "".join(w[0] for w in word.split())
        return all(w in known for w in word.split()) or any(k.replace(".", "") == initials for k in known)
    stems = _place_stems(word)
    return any(
        len(k) >= 3 and (word.startswith(k) or k.startswith(word) or any(k.startswith(st) for st in stems))
        for k in known
    )


# Words that open a plural subject and name no group on their own ("Those who …", "Some say …").
_NO_GROUP_NAMED = frozenset("those these some many most others all both few several they we".split())


@functools.lru_cache(maxsize=1024)
def _role_heads(role: str) -> frozenset[str]:
    """The nouns a role is headed by, in lower case: "province's health minister" is a minister
    (not a "health"), "combat veteran and former CIA officer" a veteran and an officer, "governor of
    Indiana" a governor. A description names the person whose role has its noun as a head."""
    heads = set()
    for part in _ROLE_PARTS.split(role.lower()):
        words = _ROLE_TAIL.sub("", part).split()
        if words:
            heads.add(words[-1].strip("’'.,"))
    return frozenset(heads)


_ROLE_PARTS = re.compile(r"\s+and\s+|,\s*|\s+&\s+")
# What follows a role's head noun: "of Indiana", "for the campaign", "at Cornell", "who …".
_ROLE_TAIL = re.compile(r"\s(?:of|for|at|with|in|to|on|from|who|whose|that)\s.*$")


def _plural_subject(sentence: str, is_name: Callable[[str], bool]) -> str | None:
    """The plural subject a sentence opens with, if a verb follows it: "Professors Foner and Alba
    suggest", "Senate Democrats blocked", "Top Sanders strategists acknowledged", "The groups say"
    (not "Sanders said": ``is_name`` tells a surname)."""
    words = sentence.split()[:14]
    if words and words[0] in ("But", "And", "So", "Yet"):
        words = words[1:]
    if any(w.endswith(("’s", "'s", "’", ",")) for w in words[:4]):
        return None  # "Clark’s comments further …": a possessive's noun is no group that speaks
    k = 1 if words and words[0] in _GROUP_LEAD else 0
    names = 0
    while k < min(len(words), 9) and (words[k][:1].isupper() or (words[k] == "and" and names)):
        names += words[k] != "and"
        k += 1
    end = None
    if names and k < len(words) and words[k - 1] == "and":
        # "Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have": the group goes on
        # past the names, over a plural noun and what it is of.
        j = k + 1 if _plural(words[k]) and words[k].islower() else k
        if j > k and j + 1 < len(words) and words[j] == "of":
            j += 2 if words[j + 1] == "the" else 1
            while j < len(words) and words[j][:1].isupper():
                j += 1
        if j == k:
            return None
        end = j
    elif names >= 2 and "and" in words[:k]:
        end = k  # "Professors Foner and Alba"
    else:
        # "Top Sanders strategists acknowledged", "The groups say": a lower-case plural noun or two.
        for j in range(k, min(k + 2, len(words) - 1)):
            if not (words[j].isalpha() and words[j].islower()) or words[j] in _NOT_A_NOUN:
                break
            if _plural(words[j]):
                # ("Their answers should worry us all": things, which say nothing)
                end = j + 1 if a_group_that_may_speak(words[j]) else None
                break
        if end is None and k and _plural(words[k - 1]) and not is_name(words[k - 1]):
            end = k  # "Senate Democrats blocked"
        if end is None and names and k < len(words) - 1 and "and" not in words[:k] and words[0] not in _PRONOUNS:
            # "Big Machine have twice denied": a body's name with a verb only a plural takes (as
            # British copy writes of a company), never one person's.
            j = k + 1 if words[k] in _ADVERBS or words[k].endswith("ly") else k
            if words[j] in _ONLY_PLURAL_VERBS:
                return " ".join(words[:k])
    if (
        end is not None
        and end + 2 < len(words)
        and words[end] in _GROUP_PLACE_WORDS
        and names <= end <= 2
        and a_group_of_people(words[end - 1])
        and words[end - 1].lower()[:-1] not in DOCUMENT_NOUNS  # (not "Pieces of the Clinton machinery have")
    ):
        # "Parents at Riverdale Public School are furious", "Teachers at the school say": the group
        # goes on over where its members are.
        j = end + 1 + (words[end + 1] == "the")
        proper = j
        while j < len(words) and j - proper < 5 and words[j][:1].isupper():
            j += 1
        if j == proper and j < len(words) and words[j].isalpha() and words[j].islower():
            j += 1  # "the school"
        end = j
    if end is None or end >= len(words) or not words[end].isalpha() or not words[end].islower():
        return None
    verb = words[end]
    if verb in _PREPOSITIONS or verb in _NOT_A_VERB or verb in _NO_VERB_AFTER_GROUP:
        return None  # "Obama departs the UK": "departs" was the verb
    return " ".join(words[:end])


_PAST_SAID = frozenset("said told wrote thought knew".split())
# Where a group's members are, after its plural noun: "Parents at …", "Workers from …".
_GROUP_PLACE_WORDS = frozenset("at from in of".split())
# Verbs only a plural subject takes, and adverbs that may stand before them.
_ONLY_PLURAL_VERBS = frozenset("have are were".split())
_ADVERBS = frozenset("twice also already now long never always again repeatedly since".split())
_PRONOUNS = frozenset("They We It He She I You".split())
# Where a clause of its own starts: "Nobody asked about it - so Obama …", "…, but Clinton …".
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:so|but|while|because|although|though|yet)\b")


def _plural_of_a_team(text: str, ending: str) -> bool:
    """Does a capitalised word end with ``ending`` ("Roughriders" for "iders")? What
    ``re.search(rf"[A-Z][a-z]*{re.escape(ending)}\\b", text)`` finds, found by ``str.find``: a pattern
    compiled for each word took longer than the search. Before each place the ending stands, the
    small letters a-z back to the first other character, which must be a capital A-Z."""
    at, size = text.find(ending), len(ending)
    while at >= 0:
        after = text[at + size : at + size + 1]
        if not (after.isalnum() or after == "_"):
            k = at - 1
            while k >= 0 and "a" <= text[k] <= "z":
                k -= 1
            if k >= 0 and "A" <= text[k] <= "Z":
                return True
        at = text.find(ending, at + 1)
    return False


def _holds_a_capital(text: str) -> bool:
    """``any(c.isupper() for c in text)``, told at once for ASCII (the usual text): only A-Z change
    when lowered there."""
    if text.isascii():
        return text.lower() != text
    return any(c.isupper() for c in text)


def _written_whole(text: str, word: str) -> bool:
    """Does ``word`` (of word characters) stand in ``text`` as a whole word, as ``\\b`` reads one?"""
    at, size = text.find(word), len(word)
    while at >= 0:
        end = at + size
        before, after = text[at - 1 : at], text[end : end + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def _surname_of(name: str) -> str:
    """The last word of a name that is no suffix: "Donald J. Trump" → "Trump"."""
    words = [w for w in name.split() if w.lower().strip(".") not in ("jr", "sr", "ii", "iii", "iv")]
    return words[-1] if words else name


def _a_role(role: str) -> bool:
    """Is ``role`` one to keep as theirs for the pronouns after it: not one word that names no office
    or person ("a confident-seeming Manafort bragged": what describes them there only)?"""
    if " " in role.strip():
        return True
    word = role.lower().strip(".,’'")
    return word in TITLE_WORDS or word in ROLE_NOUNS or _names_a_person(word)


def _reported_before(lead: str) -> bool:
    """Does a verb of saying or "that" stand in ``lead`` (a sentence up to a name)? Capitalised, only
    opening it ("Says Trump"): "an interview with The Huffington Post" holds no verb."""
    return any(m.start() == 0 or m.group(0)[0].islower() for m in _REPORTED_BEFORE.finditer(lead))


def _said_before(lead: str) -> bool:
    """ "He said he and …": a reporting verb with no comma between it and the clause a name opens;
    the name is in what was said, no subject of the article's own sentence."""
    stretch = _CLAUSE_BREAK.split(lead)[-1].split()
    # A tense of the verb, not its noun ("a video clip backing the last claim with Clinton and …").
    if any(w in REPORTING_VERBS and (w.endswith(("ed", "s")) or w in _PAST_SAID) for w in stretch):
        return True
    # "He declared that as long as the field remained divided, Donald Trump would …": past commas too,
    # when the sentence opens with its subject and verb ("When Friedan recommended that …, Schlafly
    # replied" opens with a clause of its own).
    words = lead.split()[:4]
    return (
        bool(words)
        and words[0] in _PRONOUNS
        and any(
            b == "that" and a in REPORTING_VERBS and (a.endswith(("ed", "s")) or a in _PAST_SAID)
            for a, b in itertools.pairwise(words[1:])
        )
    )


def _a_proper_body(name: str) -> bool:
    """ "the Associated Press", "the White House": "the" and capitalised words, the last no word for a
    person ("The South Carolina Republican", "the Vermont Independent" describe one)."""
    last = name.split()[-1].lower().strip(".,’'")
    return _THE_PROPER_NAME.fullmatch(name) is not None and not _names_a_person(last) and last not in _PARTY_MEMBERS


def _a_group(head: str) -> bool:
    """Is a description with this last word never "he" or "she": a body, a document, a couple or
    a plural ("the couple", "the lawmakers", "the report")?"""
    word = head.lower().strip(".,’'")
    return word in _NOT_A_PERSON_HEAD or word in _GROUP_NOUNS or _plural(word)


def _plural(word: str) -> bool:
    """ "Democrats", "strategists", "groups": not "Times", "News", "business", "Paris"."""
    w = word.lower()
    if w == "police":
        return True  # "Toronto police were called … “…,” they said": a plural without an "s"
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "’s", "'s")) and w not in ORG_WORDS


_NO_VERB_AFTER_GROUP = frozenset("and or but that which who of the a an his her its their this our".split())
# Words that may open a plural subject ("The groups", "Top Sanders strategists").
_GROUP_LEAD = frozenset("The the Top Two Three Both Many Some Several Senior".split())
# Lower-case words no plural subject holds before its verb.
_NOT_A_NOUN = frozenset(
    """and or but that which who whom whose when where while because if as than then also have has had
    are were is was will would can could should may might must do does did not no""".split()
)


def _head_noun(mention: str) -> str:
    """A description's noun, before any complement ("the secretary of state": secretary)."""
    head = re.split(r"\s+(?:of|from|for)\s+", mention, maxsplit=1)[0].split()
    word = head[-1].lower().strip(".,’'") if head else ""
    return _SYNONYMS.get(word, word)


def _name_suffix(name: str) -> str | None:
    """The generational suffix ending a name ("Donald Trump Jr.": jr), if any."""
    last = name.split()[-1].lower().strip(".,") if " " in name else ""
    return last if last in ("jr", "sr", "ii", "iii", "iv") else None


def _surname_alone(text: str, name: str, start: int, stop: int) -> bool:
    """Does the surname of ``name`` stand alone (no first name before it) between ``start`` and
    ``stop``?"""
    first, surname = name.split()[0], name.split()[-1]
    pattern = rf"(?<![\w’'-])(?<!{re.escape(first)} ){re.escape(surname)}(?![\w-])"
    return re.search(pattern, text[start:stop]) is not None


def _writer(m: re.Match[str]) -> str:
    """The writer's name a match holds, up to a sentence's end ("by Dinesh D’Souza. Copyright")."""
    name = re.split(r"(?<=[a-z])\.(?:\s|$)", m.group("name"), maxsplit=1)[0]
    return name.title() if name.isupper() else name  # "BY JANE ROE": Jane Roe


def _known_words(person: Person) -> set[str]:
    """The words the article describes ``person`` with: titles, descriptors, name and role."""
    known = person.titles | person.descriptors | {w.lower() for w in person.name.split()}
    if person.role:
        known |= set(person.role.lower().replace(",", " ").split())
    return known


def _without_places(mention: str) -> str:
    """A description without the capitalised words between its determiner and its noun that name
    no title, party or nation ("the Utah Republican" → "the Republican", "the Calgary skip" → "the
    skip", a team of two words too: "the Winnipeg Jets head coach" → "the head coach"; "the Russian
    leader" stays: a nation is checked apart, `_of_their_nation`)."""
    words = mention.split()
    if not 2 < len(words) <= 6 or any(w.endswith(("’s", "'s")) for w in words):
        return mention  # (not "the deputy head of China's delegation": whose, not where)
    kept = [
        w
        for w in words[1:-1]
        if not w[:1].isupper() or (k := w.lower().strip(".,’'")) in TITLE_WORDS or k in _PARTY_OF or _DEMONYM.match(w)
    ]
    return " ".join([*words[:1], *kept, *words[-1:]])


# How long a title before a surname may run ("Coun. ", "Mr. "): where a bare surname at a mention stands.
_TITLE_MOST = 8
# How far a phrase bringing in a document runs before the comma that ends it ("In a statement to CBC News,").
_PHRASE_MOST = 60
# The word after spaces (a verb of saying after a body: `_body_past_phrase`).
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# The pronouns that say whose something is, opening a description ("his environment minister").
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their"))
# A place owning a body in a description: "Ontario's top court", "Canada's spy agency".
_PLACE_OWNER = re.compile(r"(?P<place>[A-Z][\w.-]+)[’']s\s")
# A body described by its kind opening a sentence: "The band council passed …", "The committee's report".
_BODY_NOUNS_DESCRIBED = _ORG_NOUNS | _BODY_KINDS | frozenset(("club", "team", "league"))
_A_BODY_DESCRIBED = re.compile(
    rf"(?P<body>[Tt]he[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{alternation(_BODY_NOUNS_DESCRIBED)}))\b(?![ \t]+of\b)"
)
# Two people named as one subject: "Justin Trudeau and |Andrew Scheer", "Andrew Scheer| and Justin Trudeau".
_PAIRED_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})[ \t]+and[ \t]+\Z")
_PAIRED_AFTER = re.compile(r"[ \t]+and[ \t]+(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})")
_OBJECT_OF_A_PREPOSITION = re.compile(r"\b(?:with|between|for|to|of|by|from|about|against|on|at)[ \t]+\Z")


def _named_another_state(mention: str, known: set[str]) -> bool:
    """Does a description name a state or province of two words ("the New York businessman")
    when the person was tied to another state, and never to it? (One of one word is weighed where
    `_STATES` is: the words known of a person hold stray states, "campaign in Iowa".)"""
    two = _TWO_WORD_PLACE.search(mention)
    if two is None or not known & _STATES:
        return False
    return not all(_known_place(w.lower(), known) for w in two.group(0).split())


def _could_be(person: Person, noun: str, mention: str, strict: bool) -> bool:
    """Could this description be ``person``? Not when it names another party or an office other
    than theirs ("the Democratic front-runner" is not the Republican in focus, "the judge" not the
    senator); nor, for a description that is no office (``strict``), when it names a place or body
    they were never described with ("the RNC member", "the Indiana governor")."""
    known = _known_words(person)
    if _named_another_state(mention, known):
        return False  # "the New York businessman" is not Ted Cruz, the Texas senator
    # "the judge" is "Justice Martin Ilesanmi", "the CEO" the chief executive: one office, two words.
    known |= {noun} if not _SAME_OFFICE.get(noun, frozenset()).isdisjoint(known) else set()
    mention = mention.replace("New Democrat", "NDP")  # (a party's member, no place called "New")
    said = {w.lower().strip(".,’'") for w in mention.split()}
    if strict:
        proper = _place_words(mention)
        if any(not _known_place(w, known) for w in proper) or (noun in _EXCLUSIVE_OFFICES and noun not in known):
            return False
    elif noun in _EXCLUSIVE_OFFICES and noun not in known and known & _OFFICES and "former" not in said:
        # ("the former Health and Human Services secretary" held that office before the one they
        # hold now: a foundation's president may well be it.)
        # "the Indiana governor", and the person in focus was described with an office, but never as
        # a governor: only if nothing in it names a place or body they were not described with.
        # (Someone given no office at all may well be "the Florida senator": the writer took it as
        # known. Words that hold no office, "Clinton's chief rival Bernie Sanders", say nothing.)
        proper = [
            k
            for w in mention.split()[1:-1]
            if w[:1].isupper() and (k := w.lower().strip(".,’'")) not in TITLE_WORDS and k not in _PARTY_OF
        ]
        if any(w not in known for w in proper):
            return False
    if (person.titles or person.descriptors or person.role) and any(
        _DEMONYM.match(w) and w.lower() not in known and w.lower() not in _PARTY_OF for w in mention.split()[1:-1]
    ):
        return False  # "the Russian leader" is not the FIFA president in focus
    parties = {_PARTY_OF.get(w, w) for w in said if _PARTY_OF.get(w, w) in _PARTY_OF.values()}
    theirs = {_PARTY_OF.get(w, w) for w in known if _PARTY_OF.get(w, w) in _PARTY_OF.values()}
    if parties and not theirs and person.party:
        theirs = {person.party}  # "Russ Feingold (D-Wis.)" is not "the Republican senator"
    if parties and theirs and not parties & theirs:
        return False  # "the Democratic front-runner" is not the Republican in focus
    if noun in ("democrat", "republican") and noun not in known and _speaks_for_another(person):
        return False  # "the Senate's top Democrat" is a politician, not the campaign spokesman quoted last
    if noun in _OFFICE_NOUNS and noun not in known and _speaks_for_another(person):
        return False  # "the real estate mogul" is not the RNC spokeswoman who spoke last
    offices = {t for t in person.titles if t in _EXCLUSIVE_OFFICES} | _offices_in_role(person.role)
    if (
        noun in _EXCLUSIVE_OFFICES
        and noun not in known
        and not offices
        and "former" not in said
        and _a_trade_role(person.role)
    ):
        return False  # "the prime minister" is not the economist at the University of Calgary in focus
    if (
        noun == "leader"
        and "leader" not in known
        and offices & {"minister", "secretary"}
        and "former" not in said
        and "prime" not in (person.role or "").lower()
    ):
        # "the Conservative leader" is no Environment Minister in focus: a cabinet minister leads no party
        # (a prime minister may: "Prime Minister Justin Trudeau … the Liberal leader").
        return False
    return noun not in _EXCLUSIVE_OFFICES or not offices or noun in offices or noun in known or "former" in said


# Roles of one who speaks or works for someone else (not "rival" or "supporter": a candidate's too);
# a campaign's manager, strategist or pollster too ("Campaign manager Jeff Weaver" is no senator).
_SPEAKS_FOR = frozenset(
    """spokesman spokeswoman spokesperson aide adviser advisor staffer assistant director manager strategist
    pollster""".split()
)


def _speaks_for_another(person: Person) -> bool:
    """Is ``person`` described by a tie to someone else ("RNC spokeswoman", "aide to the governor",
    "spokesman"), and by no office of their own?"""
    head = _ROLE_TIE.split((person.role or "").lower(), maxsplit=1)[0].replace(",", " ").split()
    said = person.titles | person.descriptors | set(head)
    return bool(said & _SPEAKS_FOR) and not said & _OFFICES


def _offices_in_role(role: str | None) -> set[str]:
    """The offices a role's head holds ("president of the nurses' union": president), not those of
    whom or what it is of ("aide to the governor")."""
    if not role:
        return set()
    head = _ROLE_TIE.split(role.lower(), maxsplit=1)[0]
    return {w for w in head.replace(",", " ").split() if w in _EXCLUSIVE_OFFICES}


_ROLE_TIE = re.compile(r"\b(?:of|at|for|to|with|in|on)\b")
# Heads of a role that is a trade or a profession, no office: "economist at the University of Calgary".
_TRADE_ROLES = OCCUPATION_NOUNS | frozenset(
    "professor economist analyst pollster lawyer attorney researcher expert strategist consultant author "
    "journalist reporter columnist editor lecturer scholar".split()
)


def _a_titled_body(words: Sequence[str]) -> bool:
    """Does a name that opens with a word of a title name a body by its head ("National Council of
    Canadian Muslims", "State Department", "National Energy Board"), not someone titled ("National
    Security Adviser Susan Rice")?"""
    if len(words) < 2 or words[0].lower() not in TITLE_WORDS:
        return False
    head = next((words[k - 1] for k, w in enumerate(words) if k > 1 and w in ("of", "for", "on")), words[-1])
    return head.lower() in ORG_WORDS


def _a_trade_role(role: str | None) -> bool:
    """Is the head of ``role`` a trade or a profession ("economist at …", "a Toronto lawyer"), so that
    whoever holds it was given no office?"""
    if not role:
        return False
    head = _ROLE_TIE.split(role.lower(), maxsplit=1)[0].replace(",", " ").split()
    return bool(head) and (head[-1] in _TRADE_ROLES or head[-1].endswith("ist"))


def _names_a_person(noun: str) -> bool:
    """A singular noun that names a person: a role noun, or one ending like one ("proprietor")."""
    if noun in _ORG_NOUNS or noun in _BODY_SYNONYMS or noun in _BODY_KINDS:
        return False  # ("the retailer", "the broadcaster": a body, though it ends like a person)
    if noun in ROLE_NOUNS:
        return not noun.endswith("s") and noun not in _NOT_A_PERSON_ROLE
    return (
        (bool(_PERSON_NOUN.search(noun)) and noun not in _NOT_PERSON_NOUNS)
        or noun in _OTHER_PERSON_NOUNS
        # a rank written as a title before a name: "Det. Sgt. Steve Bereziuk … the detective said",
        # "Cpl. Julie Courchaine … the corporal said"
        or noun in _RANK_NOUNS
    )


# Police and military ranks, written as titles ("Const.", "Cpl.", "Det."), that name a person.
_RANK_NOUNS = frozenset("constable corporal detective sergeant lieutenant superintendent trooper".split())
# Role nouns that name no one person.
_NOT_A_PERSON_ROLE = frozenset(
    "report statement letter memo ad study survey poll book article piece video email filing ruling "
    "complaint website family people couple campaign company group committee agency department ministry "
    "organization organisation party union council office network newspaper".split()
)
# How far a line may run and still be a headline (`Resolver._long_form`).
_HEADLINE_REACH = 300
# One to four capitalised words after a word (the rest of a body's name: `Resolver._long_form`).
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&’'-]*){1,4}(?=[ \t]+[a-z]|,)")
# A sentence opened by a body's noun with its verb next: "The ministry said", "The agency has".
_THE_BODY_NOUN = re.compile(r"(?P<d>[Tt]he[ \t]+(?:[A-Z][\w.]*-[a-z]+[ \t]+)?(?P<noun>[a-z]+))(?:[ \t]+|,[ \t]+)[a-z]")
# Offices copy names two ways: "Justice Jane Smith … the judge wrote" (Canadian superior courts).
_SAME_OFFICE = {
    "judge": frozenset({"justice"}),
    "justice": frozenset({"judge"}),
    # "Glenn Ashworth, chief executive of …" is "the CEO"; "CEO Ann Lee" is "the chief executive".
    "ceo": frozenset({"executive"}),
    "cfo": frozenset({"financial"}),  # "Deepak Sandhu, chief financial officer" is "the CFO"
    # "Assistant Crown attorney Michael Ferrante … the prosecutor said" (Canadian courts).
    "prosecutor": frozenset({"crown"}),
    "executive": frozenset({"ceo"}),
    # "RCMP Cpl. Danielle Roy … the officer said": a police rank is an officer's.
    "officer": frozenset("corporal constable sergeant inspector detective superintendent".split()),
    # "Rep. Marcus Oyelaran … the congressman said": a member of the House, by its title.
    "congressman": frozenset({"representative"}),
    "congresswoman": frozenset({"representative"}),
    "representative": frozenset({"congressman", "congresswoman"}),
}
# What sets someone unnamed apart right after their noun, where they are brought in: " familiar with the
# file", " close to the campaign", " in Ohio", " at the hospital" (then their verb, "who" or a comma).
_SET_APART_AFTER = re.compile(
    r"[ \t]+(?:familiar[ \t]+with|close[ \t]+to|in|at|from|with|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w’'-]+[ \t]+)?[\w’'-]+(?=[ \t]+(?:said|says|told|who)\b|,)"
)
# A role of the court's or counsel's, not a witness's.
_LEGAL_ROLE = re.compile(r"(?i)\b(?:lawyer|attorney|counsel|crown|prosecutor|judge|justice|defence|defense)\b")
# A witness's words in court copy: "testified", "told the court", "told the jury".
_TESTIFIED = re.compile(
    r"\b(?:testified|testifies|told[ \t]+(?:the[ \t]+)?(?:court|jury|jurors|inquest|inquiry|tribunal|judge))\b"
)
_SYNONYMS = {"sen": "senator", "gov": "governor", "rep": "representative", "prez": "president", "pontiff": "pope"}
# Within a line: a title line above is never part of a body's name.
# One capitalised word opening a sentence, a body's name if nothing says otherwise (`_one_word_body`).
_ONE_WORD_BODY = re.compile(r"[A-Z][\w&’'-]*(?=[ \t,])")
# A verb of saying after a one-word name, then "it" of what it will do: "Boeing said on Tuesday it would".
_SAYS_OF_ITSELF = re.compile(
    r"[ \t]+(?:said|says|announced|announces|confirmed|confirms)(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?"
    r"(?:[ \t]+that)?[ \t]+it[ \t]+(?:would|will|had|has|was|is|plans|planned|expects|expected)\b"
)
_MID_SENTENCE_WORD = re.compile(r"[a-z,][ \t]+([A-Z][\w&’'-]*)")
_HOLDINGS_OF = re.compile(r"(?:Shares|Stock|Units|Employees|Workers|Customers|Members)[ \t]+(?:in[ \t]+|of[ \t]+)")
_CALLED = re.compile(r",[^,.;:!?“”\"\n]{1,80},|[ \t]+(?:is|was)[ \t]+[^,.;:!?“”\"\n]{1,60}")
_CALLED_LEAD = re.compile(r"(?:An?|The)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:called|named)[ \t]+(?=[A-Z])")
# "The territorial government said", "The provincial government has": a government by the kind it is.
_THE_KIND_OF_BODY = re.compile(r"(?P<d>[Tt]he[ \t]+[a-z]+(?:al|ial|ic|an)[ \t]+(?P<noun>[a-z]+))[ \t]+[a-z]")
_GOVERNMENTS = frozenset("government ministry department".split())
# Someone's bodies "it" may stand for ("Her office said … that it"): built once, not per sentence.
_OWNED_BODIES_OF_IT = _OWNED_BODIES | _GOVERNMENTS
# A sentence opening with someone's kin ("Whitford’s husband, Dennis,"): whose, and the kin noun.
_KIN_OF_NAMED_OPENS = re.compile(
    rf"(?P<owner>[A-Z][\w-]*)[’'](?:s\b)?[ \t]+(?:[a-z-]+[ \t]+)?(?P<kin>{alternation(FAMILY_NOUNS)})\b"
)
# Someone's parent ("Ndongo’s mother"), and the nouns of a child that may be that one ("Her son").
_PARENT_OF_NAMED = re.compile(r"(?P<owner>[A-Z][\w-]*)[’'](?:s\b)?[ \t]+(?:mother|father|parents|mom|dad|mum)\b")
_CHILD_NOUNS: dict[str, Gender] = {"son": "m", "daughter": "f", "child": None}
# Someone's child ("Doucette’s youngest daughter"), and the nouns of a parent that may be that one ("Her mother").
_CHILD_OF_NAMED = re.compile(
    r"(?P<owner>[A-Z][\w-]*)[’'](?:s\b)?[ \t]+(?:[a-z-]+[ \t]+)?(?:son|daughter|child|kids|children|sons|daughters)\b"
)
_PARENT_NOUNS: dict[str, Gender] = {"mother": "f", "mom": "f", "mum": "f", "father": "m", "dad": "m"}
# A relative clause right after a description opening a sentence, before its verb of saying: "The
# nurse| who spoke to CBC News| said".
_RELATIVE_AFTER_SUBJECT = re.compile(
    r"[ \t]+(?:who|that)[ \t]+[^,.;:!?“”\"\n]{1,60}?(?=[ \t]+(?:said|says|told|tells|added|adds)\b)"
)
# The verb right after a sentence's subject, past an aside ("Lund, 39, said", "the premier shrugged").
_VERB_AFTER_SUBJECT = re.compile(r"(?:,[^,.;:!?“”\"\n]{1,80},)?[ \t]+(?:also[ \t]+|later[ \t]+)?(?P<v>[a-z]+)\b")
# "is" or "was" right before a name: someone brought in ("One of the women there is Tanya Bellamy").
_IS_BEFORE_NAME = re.compile(r"\b(?:is|was)[ \t]+\Z")
# Marks that close a quotation, for a pronoun right after one ("“…,” they said").
_CLOSERS = ("”", '"', "'")
# A sentence opening with "He" or "She" as its subject (`_same_pronoun_before`).
_SAME_PRONOUN_OPENS = re.compile(r"(?:(?:But|And|Now|Then|Still),?[ \t]+)?(?P<p>He|She)[ \t]+[a-z]")
# A sentence opened by someone's office speaking: "The Premier's office said …", "Indigenous Services
# Minister Colin Ashby's office said in a statement that it …".
_OFFICE_SPOKE = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){0,4}?(?P<whose>[A-Z][\w.-]*)[’']s[ \t]+office[ \t]+"
    r"(?:said|says|told|wrote|added)\b"
)
# A sentence opening with someone's office, staff or family ("His office", "Her spokesperson",
# "His family").
_WHOSE_OFFICE = re.compile(
    r"(?:His|Her)[ \t]+(?:office|ministry|department|campaign|spokesperson|spokesman|spokeswoman|family"
    r"|lawyer|lawyers|publicist|agent)\b"
)
# Someone asking, right after their name: "Sarah Inkster asked", "Inkster, the defence lawyer, pressed".
_ASKED_AFTER = re.compile(
    r"(?:,[^,.;:!?“”\"\n]{1,80},)?[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    # (not "pressed hardest on trade", "pressed ahead": pushing, no question)
    r"(?:asked|pressed(?![ \t]+(?:hard|hardest|harder|ahead|forward|on|for)\b)|questioned)\b"
)
# The writer asking someone, in the words before their name: "I asked one of them, season ticket holder".
# (Whom, not what: no question word between, "I asked a minister when the Trans Mountain …".)
_WRITER_ASKED = re.compile(
    _WRITER_LEAD + r"asked[ \t]+"
    r"(?:(?!when\b|whether\b|what\b|why\b|how\b|if\b|about\b|who\b|where\b)[^.;:!?“”\"\n ]{1,30}[ \t]+){0,6}\Z"
)
_SUBORDINATORS_CAPITALISED = frozenset(
    "When While After Before If As Because Since Although Though Once Until Unless Whether".split()
)
# Words that make a role someone's second: "the deputy campaign manager" is not the manager.
_SECOND_IN_RANK = frozenset("deputy assistant associate vice acting interim".split())
# Whose body it is, before its name: "The province's Ministry of Education", "Ontario's Ministry of Health".
_GOVERNMENTS_LEAD = re.compile(
    r"(?:[Tt]he[ \t]+(?:province|city|state|country|town|territory|county|region|federal[ \t]+government)"
    r"|[A-Z][a-z]+)[’']s[ \t]+(?=[A-Z])"
)
_LEAD_IN = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3},[ \t]+")
_APPOSED_GAP = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+[^,.;:!?“”\"\n]{2,100}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?,[ \t]*"
)
# Up to four words ending in a noun, then a comma, right before "who" (`_people_right_before`).
_PEOPLE_BEFORE = re.compile(r"(?P<people>(?:[\w’'-]+[ \t]+){0,3}[A-Za-z]+),[ \t]*\Z")
_GROUP_MEMBERS = frozenset("expert analyst critic democrat republican resident voter activist economist".split())
_TWO_NAMES = re.compile(r"\b([A-Z][\w’'-]+)[ \t]+and[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){0,2}([A-Z][\w’'-]+)")
# An aside between commas right after a name ("Ameriquest, the lender, said"): not names._ASIDE.
_COMMA_ASIDE = re.compile(r",[^,.;:!?“”\"\n]{1,80},")
_WHICH_ASIDE = re.compile(r",[ \t]+which[^,.;:!?“”\"\n]{1,80},")
_WHAT_ASIDE = re.compile(r",[ \t]+(?:a|an|the|one[ \t]+of[ \t]+the)[ \t]+[^,.;:!?“”\"\n]{1,80},")


# A sentence that goes on about a body named before: "It will also close …", "The Calgary-based
# company disclosed …" (a verb after it, not "The company's shares").
_GOES_ON_ABOUT = re.compile(r"(?:It|The[ \t]+(?:[\w-]+-based[ \t]+)?(?P<noun>[a-z]+))[ \t]+(?:also[ \t]+)?[a-z]{2,}\b")


def _without_the(name: str) -> str:
    """A name without the "the" it opens with ("the Daily News" → "Daily News")."""
    return _THE_LEAD.sub("", name, count=1)


_THE_LEAD = re.compile(r"^(?:the|The)\s+")


@functools.lru_cache(maxsize=64)
def _kin_in_apposition(noun: str) -> re.Pattern[str]:
    """ "her business partner, ", "Hutchins' wife, ", "Blackwood's wife of 52 years, ": one kin noun
    (of `_KIN_NOUNS`) before the name it is in apposition to, whose by a pronoun or by name. Built
    once a noun, not at each call."""
    return re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w-]*[’'](?:s\b)?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{noun}"
        rf"(?:[ \t]+of[ \t]+\d+[ \t]+years)?,[ \t]+"
    )


def mid_sentence(description: str) -> str:
    """A description that opened a sentence as a speaker is written mid-sentence: "Her father" ->
    "her father", "The band council" -> "the band council"."""
    return description[:1].lower() + description[1:]


def _without_a(name: str) -> str:
    """A body's name opening a sentence without "A"/"An" before it ("A Justice Department
    investigation could …"): the article is no part of the name."""
    first, _, rest = name.partition(" ")
    # ("When the Federal Court of Appeal quashed …": a clause's first word is no part of it either)
    return rest if (first in ("A", "An") or first in _SUBORDINATORS_CAPITALISED) and rest else name


# (A joiner may hold "the" after "of": "Office of the Superintendent of Financial Institutions"; not after
# "and": "Clinton and the State Department" is two. "&" joins as "and": "Regina & District Chamber".)
_BODY_NAME = re.compile(
    r"(?:the[ \t]+)?[A-Z][\w.’'-]*"
    r"(?:[ \t]+(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?|(?:and|&|the)[ \t]+)?[A-Z][\w.’'-]*){1,6}"
)
# A date after a body's name is no part of it: "The U.S. Environmental Protection Agency| on Monday".
_ON_A_DATE = re.compile(
    r"[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b.*"
)


@quick_init
@dataclass(frozen=True, slots=True)
class Resolution:
    speaker: str | None
    role: str | None
    gender: Gender = None
    # How the mention led to the speaker (the evidence a reader checks): one of HOW.
    how: str = ""
    # Where the speaker is named in the text, nearest before the mention (None: not a person, or unnamed).
    named: tuple[int, int] | None = None


# The ways a speaker is found from the words that name them.
HOW = {
    "named": "named there",
    "name-in-full": "a short name, named in full elsewhere",
    "organisation": "an organisation named there",
    "pronoun-speaker": "a pronoun: the last one speaking",
    "pronoun-subject": "a pronoun: the person named as the subject before",
    "pronoun-nearest": "a pronoun: the nearest person named before",
    "pronoun-group": "a pronoun: the group speaking before",
    "pronoun-author": "“I”: the writer of a first-person piece, named in it",
    "description-title": "a description: the person with that title or role",
    "description-organisation": "a description: the organisation named before",
    "description-author": "a description of something said or written: whoever it came from",
    "description-focus": "a description: the person the article is about",
    "description-ahead": "a description: the person named right after it",
    "description": "a description, as written",
    "unresolved": "not resolved",
}


def _name_end(text: str, person: Person, pos: int) -> int:
    """Where the mention of ``person`` at ``pos`` ends (`names.mention_as_written`)."""
    return pos + len(mention_as_written(text, person.name, pos))


# Nouns of someone's opposite number, standing before a name as a role does: "Saskatchewan counterpart
# Zeke Corrado was equally confident", "teammate Nick Foligno", "longtime rival Jean Charest".
_OPPOSITE_NUMBERS = frozenset("counterpart counterparts teammate teammates linemate rival colleague compatriot".split())


def _a_compound_of(noun: str, words: frozenset[str]) -> bool:
    """Is one of ``words`` a compound ending with the trade ``noun`` ("schoolteacher" for "teacher",
    "firefighter" for "fighter")? Not kin: a grandmother is no mother the article means."""
    if len(noun) < 5 or noun in _KIN_NOUNS or not words:
        return False
    return any(len(w) >= len(noun) + 3 and w.endswith(noun) for w in words)


def _aside_gender(aside: str | None) -> Gender:
    """The gender an aside's own pronoun says ("who declined to give his name": a man), if one."""
    words = set(aside.lower().replace(",", " ").split()) if aside else set()
    his, her = bool(words & {"his", "him", "he"}), bool(words & {"her", "she"})
    return "m" if his and not her else "f" if her and not his else None


def _lead_is_title(words: list[str]) -> bool:
    """ "Sen.", "Conservative economist", "Republican presidential nominee": only words of a title
    or role before a name (an adjective of office in lower case, when a role noun ends them)."""
    # (A trade too: "Political scientist Lori Wickenheiser said", "Millstream principal Janet Wry stood".)
    role_ends = bool(words) and (
        words[-1].lower().strip(".,") in TITLE_WORDS or words[-1].lower() in ROLE_NOUNS or words[-1] in OCCUPATION_NOUNS
    )
    return (
        all(
            _LEAD_WORD.match(w)
            or w.lower().strip(".,") in TITLE_WORDS
            or w.lower() in ROLE_NOUNS
            or w in OCCUPATION_NOUNS
            or w in _OPPOSITE_NUMBERS
            or (role_ends and _OFFICE_ADJECTIVE.match(w))
            for w in words
        )
        or (
            # "the network’s nightly news anchor Ilia Calderón": a role in lower case after "the" or "a",
            # whatever words describe it (not "he told reporter Ilia Calderón": no article opens that).
            role_ends
            and len(words) >= 3
            and words[0].lower() in ("the", "a", "an")
            and all(_LOWER_PHRASE_WORD.fullmatch(w) for w in words[1:])
        )
        or (
            # "The 31-year-old Lundquist was blunt", "The veteran skip Hollett": an age or a person's noun
            # after "The" before a surname.
            len(words) >= 2
            and words[0] == "The"
            and (_AGE_NOUN.fullmatch(words[-1]) is not None or words[-1] in _OTHER_PERSON_NOUNS)
            and all(_LOWER_PHRASE_WORD.fullmatch(w) or _AGE_NOUN.fullmatch(w) for w in words[1:])
        )
    )


def _owns_a_person(text: str, at: int) -> int | None:
    """The offset past the one person a name owns, read from ``at`` (after its "’s"): "running mate",
    "campaign manager", "wife" (the noun phrase's last word names one person: not "Carson’s renewed
    endorsement", "Trump’s campaign", "his aides"); else None."""
    head = None
    for m in itertools.islice(_LOWER_RUN_WORD.finditer(text, at, min(len(text), at + 40)), 3):
        word = m.group(1)
        if m.start() != at or word in REPORTING_VERBS or word in _AUXILIARY or word in _PHRASE_ENDS:
            break
        head, at = m, m.end()
    if head is None:
        return None
    word = head.group(1)
    if word == "mate" or (word in _PERSON_HEADS and not _a_group(word)):
        return head.end()
    return None


def _owns_a_saying(text: str, at: int) -> bool:
    """Do the few lower-case words from ``at`` (after a name's "’s") end in what someone says
    ("statement", "admittedly provocative proposition")?"""
    words = []
    for m in itertools.islice(_LOWER_RUN_WORD.finditer(text, at, min(len(text), at + 50)), 3):
        if m.start() != at or m.group(1) in _PHRASE_ENDS:
            break
        words.append(m.group(1))
        at = m.end()
    return bool(words) and words[-1] in _SAYING_NOUNS


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone a pronoun may stand for, with the facts the ranker weighs (`ranker.FEATURES`)."""

    name: str
    person: Person | None
    gender: Gender
    features: tuple[float, ...]


def _capitalised_word_before_any(text: str, core: str, floor: int, at: int) -> bool:
    """Does ``core`` stand in ``text[floor:at]`` right after a word holding a capital and a space or
    tab ("York Daily News" for "Daily News")? A fuller name of a body needs one (`_fullest_body`),
    so the pattern made for ``core`` is compiled only when this finds one. The look back from each
    place stops at the word before it, and those words do not overlap: linear in the window."""
    pos = text.find(core, floor, at)
    while pos >= 0:
        end = pos
        while end > floor and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.’'-"):
            start -= 1  # (the characters of ``[\w.’'-]``: ``\w`` is ``isalnum`` or "_")
        if end < pos and any("A" <= c <= "Z" for c in text[start:end]):
            return True
        pos = text.find(core, pos + 1, at)
    return False


class Resolver:
    def __init__(
        self,
        text: str,
        people: PeopleIndex,
        quote_spans: Sequence[tuple[int, int]] = (),
        paragraph_starts: Sequence[int] | None = None,
    ) -> None:
        self.text = text
        # Where each paragraph starts (else a blank line between paragraphs is taken to part them).
        self._paragraph_starts = sorted(paragraph_starts) if paragraph_starts is not None else None
        self.people = people
        self._quote_starts = [a for a, _ in quote_spans]
        self._quote_spans = list(quote_spans)
        # (position, name, gender) of every speaker resolved so far, in reading order
        self.history: list[tuple[int, str, Gender]] = []
        # (position, name, how) of every speaker resolved so far, bodies and descriptions too
        self.said: list[tuple[int, str, str]] = []
        # Speakers in the history that are bodies, not people (see `remember`).
        self._bodies: set[str] = set()
        # Speakers in the history brought in as one of many, of no known gender (see `remember`).
        self._passing: set[str] = set()
        # The writer of a first-person piece, looked for once ("": none named).
        self._author_name: str | None = None
        # Whether a name is a body's by the apposition beside it (`_named_as_body`), once per name.
        self._body_names: dict[str, bool] = {}
        # Where an interviewer's question opens, and where they are named asking it: the answer
        # after it is not theirs (`_in_focus`).
        self._asked_at: set[int] = set()
        self._described_again = False  # (reading back a description for another: once, not on)
        self._asking_mentions: set[int] = set()
        # Whether the article writes a word in lower case, asked once per word (`_written_in_lower_case`),
        # and whether a name is a thing's by them (`_a_thing`), once per name.
        self._lower_words: dict[str, bool] = {}
        self._things: dict[str, bool] = {}
        self._mid_sentence: dict[str, int] | None = None  # (`_named_mid_sentence`)
        self._lede: tuple[frozenset[str], int] | None = None  # (`_lede_dateline`)
        self._said_names: set[str] = set()  # the speakers in `said`
        self._looking_back = False  # (`_introduced_as` reads a description back once, not again)
        self._teams: dict[str, bool] = {}  # (`_a_teams_player`, once per word)

    def resolve(self, cue: Cue, run: QuotedRun) -> Resolution:
        return self.resolve_at(cue, run.open_at)

    def resolve_at(self, cue: Cue, position: int, *, remember: bool = True) -> Resolution:
        """The speaker of what is said at ``position`` (a quotation's opening mark, a reported
        content's start), named by ``cue``; remembered as the latest one speaking (unless not to be:
        a headline's "Former Mountie says …" is no one the body's "she" stands for)."""
        np = cue.phrase
        at = cue.phrase_start + np.mention_offset
        if np.kind == "pronoun":
            result = self._pronoun(np.mention.lower(), at)
            said_of = self.people.people.get(result.speaker) if remember and result.speaker else None
            if said_of is not None and said_of.gender is None:
                # "“…,” she said" of Shania Koostachin says she is a woman: no "he" after is her.
                said_of.gender = _PRONOUN_GENDER.get(np.mention.lower())
        elif np.kind == "description" and (holder := self._seat_holder(at)) is not None:
            # "Ward 11 Coun. Mike Nickel … “…,” the Ward 11 councillor said": no one named Ward.
            result = self._person_resolution(holder, "description-title")
        elif np.mention == "Crown" and (prosecutor := self._crown_prosecutor(at)) is not None:
            # "Crown prosecutor Amrita Bhullar told the judge … “…,” the Crown said": the Crown's
            # counsel in the case speaks as the Crown (Canadian courts).
            result = self._person_resolution(prosecutor, "description-title")
        elif np.kind == "name" and np.name and (self._is_demonym(np.name, at) or self._a_word_after_the(np.name, at)):
            # "the Texan said"; "the Swede", "the Olympian": a word after "the" that is no one's name;
            # "the former Rider": a team's player, once.
            former = _THE_FORMER.search(self.text, max(0, at - 16), at)
            result = self._description(f"{former.group(0) if former else 'the '}{np.name}", at, np.role)
        elif np.kind == "name" and np.name:
            name = self._merged(np.name)
            person = self._name(name, at, np.gender)
            if person is not None and len(person.name.split()) >= len(np.name.split()):
                if np.role and not person.role and _a_role(np.role):
                    person.role = np.role
                if np.gender and not person.gender:
                    person.gender = np.gender
                how = "named" if person.name == name else "name-in-full"
                result = Resolution(person.name, np.role or person.role, person.gender, how)
            else:
                gender = np.gender or (gender_of(name) if " " not in name else None)
                # (A first name of no known gender too, if one word: "Amira Haddad … “…,” Amira says";
                # not a thing named like a person after "the": "the Trump Train".)
                full = self.people.by_first_name(name) if gender is not None or " " not in name else []
                if gender is None:
                    full = [p for p in full if p.positions and not self._after_the(p.positions[0])]
                # (A first name of no known gender is whoever bears it, whatever theirs: "Colm said".)
                if len(full) == 1 and (gender is None or full[0].gender in (None, gender)):
                    # "Maria Lopez and her husband … “…,” Maria said": the one person of that first name.
                    person = full[0]
                    result = Resolution(person.name, np.role or person.role, person.gender or gender, "name-in-full")
                elif gender is None and not np.role and self._an_everyday_word(name):
                    # "Good information can still win …“…”", "Boos rained down": a word capitalised
                    # because it opens a sentence, no one's name.
                    result = Resolution(None, None, None, "unresolved")
                else:
                    # A first name alone says a gender too: "Maria" is never "he". (A headline's name
                    # is known only where the body names it.)
                    if remember:
                        self.people.add(name, at, gender, np.role)
                    result = Resolution(name, np.role, gender, "named")
        elif np.kind == "org" and (named := self._person_by_name_part(np.name or np.mention, at)) is not None:
            # "York said" where the article named Kate York: the surname of someone named, not the city;
            # "Jordan said" where it named Jordan Tkachuk: her first name, not the country.
            result = Resolution(named.name, np.role or named.role, named.gender, "name-in-full")
        elif np.kind == "org":
            result = Resolution(self._fullest_body(np.name or np.mention, at), np.role, how="organisation")
        elif " " not in np.mention and np.mention[:1].isupper() and (named := self._person_by_surname(np.mention, at)):
            # "Judge said" where the article named Patty Judge: her surname, not a lone title.
            result = Resolution(named.name, np.role or named.role, named.gender, "name-in-full")
        elif (named := self._named_in_apposition(at + len(np.mention))) is not None:
            # "wrote the American ambassador at the time, John E. Herbst": the name after it.
            result = self._person_resolution(named, "description-title")
        else:
            result = self._description(np.mention, at, np.role)
            if result.speaker == np.mention and a_lone_role_noun(np.mention):
                # "“…,” Judge said" with no judge nor anyone of that surname: a lone title names no one.
                result = Resolution(None, None, None, "unresolved")
        told = self._told_after(cue) if np.kind == "description" and result.speaker else None
        if told is not None and told == result.speaker:
            # "“…,” the Ohio Democrat told Reyes": whom the description tells is someone else; the one
            # other office holder within reach who could be it, else no one.
            other = self._other_office_holder(self.people.people[told], _head_noun(np.mention), np.mention, at)
            result = (
                self._person_resolution(other, "description-focus")
                if other is not None
                else Resolution(None, None, None, "unresolved")
            )
        if cue.cue in _REPLY_VERBS and result.how == "description-title" and result.speaker:
            # "“…,” Farr said. ¶ “…,” the councillor replied": of two councillors, the other one.
            other = self._the_other_one(np.mention, result.speaker, at)
            if other is not None:
                result = self._person_resolution(other, "description-title")
        elif cue.cue in _REPLY_VERBS and result.how == "description-focus" and result.speaker:
            # "“I will release my tax returns …,” he said. … “…,” the former secretary of state
            # replied": one who replies is not the one who spoke last, in focus as they are, but the
            # one who spoke before them, if the description could be them.
            other = self._spoke_before_the_last(np.mention, result.speaker, at)
            if other is not None:
                result = self._person_resolution(other, "description-focus")
        if cue.cue in ASKING_VERBS and np.kind == "name" and self._asks_for_a_living(result.speaker):
            # "“That would be you?” Borger asked.": the answer after it is the other one's.
            self._asked_at.add(position)
            self._asking_mentions.add(at)
        if remember:
            self.remember(position, result, body=np.kind == "org")
        if not result.speaker:
            return Resolution(None, result.role, result.gender, "unresolved")
        # Built, not `replace`d: this runs for every quote and reported item.
        return Resolution(result.speaker, result.role, result.gender, result.how, self._named(result.speaker, at))

    def _an_everyday_word(self, name: str) -> bool:
        """Is ``name`` one everyday word (not a group of people) that the article never capitalises
        inside a sentence: capitalised only where sentences open?"""
        if " " in name or not is_common_word(name) or a_group_of_people(name):
            return False
        return not self._named_mid_sentence(name, len(self.text))  # (gathered once an article)

    def remember(self, position: int, result: Resolution, *, body: bool = False) -> None:
        """``result`` spoke at ``position``: the latest one speaking, for the pronouns after it."""
        if result.speaker:
            self.said.append((position, result.speaker, result.how))
            self._said_names.add(result.speaker)
        if result.speaker and result.how == "pronoun-author":
            # The writer of a first-person piece ("I asked the charge nurse, “…”") is "I" throughout,
            # never the "she" who answers.
            return
        if result.speaker and (not body or result.speaker in self.people.people):
            # Bodies ("The New York Times") are never "he" or "she" later on.
            self.history.append((position, result.speaker, result.gender))
            if (
                result.how in _BODY_HOW
                or result.how in ("description-author", "pronoun-group")
                # "the nationalist Global Times tabloid", "the campaign", "a new report", as written.
                or (result.how == "description" and _a_group(result.speaker.split()[-1]))
                # "according to the Associated Press", "the White House said": a body's proper name.
                or (result.how == "description" and _a_proper_body(result.speaker))
            ) and result.speaker not in self.people.people:
                # A body found from a description ("the agency", "a 2014 committee report"): "it" or
                # "they" later on, never "he" or "she".
                self._bodies.add(result.speaker)
            elif (
                result.how == "description"
                and result.gender is None
                and result.speaker.split(None, 1)[0].lower() in _PASSING
            ):
                # "As one docker told the Weekly, “…”": a passing voice, of no gender the text says;
                # a "she" after it is whoever the text is about, not them.
                self._passing.add(result.speaker)

    def _after_the(self, at: int, former: bool = False) -> bool:
        """Does "the" stand right before ``at`` ("the Trump Train": a thing, not a person)? With
        ``former``, "the former" or "the ex-" too ("the former Rider", "the ex-Canuck")."""
        if former and _THE_FORMER.search(self.text, max(0, at - 16), at):
            return True
        return self.text[max(0, at - 4) : at].lower() == "the "

    def _native_of(self, place: str, at: int) -> Person | None:
        """ "the Sherbrooke native": the one person named in the sentence that last wrote the place
        before ``at`` ("Connor Lafreniere, a winger from Sherbrooke, Que., scored")."""
        if not place[:1].isupper():
            return None
        floor = max(0, at - _REACH)
        k = self.text.rfind(place, floor, at)
        while k >= 0 and self._inside_quote(k):
            k = self.text.rfind(place, floor, k)
        if k < 0:
            return None
        line = self.text.rfind("\n", floor, k) + 1
        start = sentence_start(self.text, k, max(floor, line))
        stop = self.text.find("\n", k, at)
        end = sentence_end(self.text, k, stop if stop >= 0 else at)
        people = {p.name: p for p, _ in self._mentions_before(end, None, start)}
        return next(iter(people.values())) if len(people) == 1 else None

    def _a_word_after_the(self, name: str, at: int) -> bool:
        """Is ``name`` one capitalised word for someone after "the" ("the Olympian", "the Quebecer",
        "the NHLer": the ending of a word for a person) that no one named in the article bears?"""
        return (
            " " not in name
            and (name.endswith(_PERSON_WORD_ENDINGS) or name in _SHORT_DEMONYMS)
            and self._after_the(at, former=True)
            and not self.text.startswith(" of ", at + len(name))  # "the Chamber of Commerce …": a body
            and not self.people.all_named(name)
            and self.people.lookup(name, at) is None
        )

    def _person_by_name_part(self, word: str, at: int) -> Person | None:
        """`_person_by_surname`, else the one person named in full before ``at`` whose first name
        ``word`` is."""
        named = self._person_by_surname(word, at)
        if named is not None or " " in word:
            return named
        full = [p for p in self.people.by_first_name(word) if p.positions and p.positions[0] < at]
        return full[0] if len(full) == 1 else None

    def _person_by_surname(self, word: str, at: int) -> Person | None:
        """The one person named in full whose surname ``word`` (one word) is, or None."""
        if " " in word:
            return None
        candidates = self.people.all_named(word)
        return self.people.lookup(word, at) if len(candidates) == 1 else None

    def _merged(self, name: str) -> str:
        """ "Rival Hillary Clinton" is the Hillary Clinton the article names: a word glued before a
        name the article uses is no part of it."""
        words = name.split()
        if len(words) >= 3 and name not in self.people.people:
            rest = " ".join(words[1:])
            if rest in self.people.people:
                return rest
        return name

    def _named(self, name: str, at: int) -> tuple[int, int] | None:
        """Where ``name`` is written, nearest before ``at`` (else first after): the end of the chain."""
        person = self.people.people.get(name)
        if person is None or not person.positions:
            return None
        k = bisect.bisect_right(person.positions, at) - 1
        pos = person.positions[k] if k >= 0 else person.positions[0]
        return pos, _name_end(self.text, person, pos)

    def _only_quotation_between(self, start: int, at: int) -> bool:
        """Does nothing but the end of the sentence at ``start`` and a quotation stand between it and
        ``at`` (no narrative that could bring someone else in)?"""
        rest = _A_QUOTATION.sub(" ", self.text[start:at])
        stop = _SENTENCE_STOP_IN.search(rest)
        return stop is not None and not any(c.isalpha() for c in rest[stop.end() :])

    def _recent_speakers(self) -> Iterator[tuple[int, str, Gender]]:
        """The last speakers resolved, latest first: the last HISTORY_LOOKED_AT of them. Looking
        further back for each quotation was quadratic on transcripts of thousands of quotes, and
        news copy never reaches that far (a pronoun's person is within _REACH characters)."""
        return itertools.islice(reversed(self.history), _HISTORY_LOOKED_AT)

    def _paired_with_one_who_could_be(self, person: Person, at: int, noun: str, said: str, strict: bool) -> bool:
        """Is ``person`` named last before ``at`` as one of two ("Justin Trudeau and Andrew Scheer
        clashed"), the other of whom the description could be as well ("the prime minister")?"""
        named = self._named(person.name, at)
        if named is None:
            return False
        before = _PAIRED_BEFORE.search(self.text, max(0, named[0] - 60), named[0])
        after = _PAIRED_AFTER.match(self.text, named[1], named[1] + 60) if before is None else None
        pair_start = before.start() if before else named[0]
        if _OBJECT_OF_A_PREPOSITION.search(self.text, max(0, pair_start - 12), pair_start):
            return False  # "a rally with Clinton and Grimes, where the secretary of state said": no subject
        other_name = before.group("name") if before else after.group("name") if after else None
        other = self.people.lookup(other_name, named[0]) if other_name else None
        if other is None or other.name == person.name or not _could_be(other, noun, said, strict):
            return False
        # (Not when the article gave the noun to only one of them: "The secretary of state, …" was Grimes.)
        return (noun in _known_words(person)) == (noun in _known_words(other))

    def _named_in_body(self, name: str, at: int) -> bool:
        """Is ``name`` written before ``at`` after the title (a Title Case headline is full of false bodies)?"""
        body_start = self._paragraph_starts[0] if self._paragraph_starts else 0
        return self.text.find(name, body_start, at) >= 0

    def _gender_now(self, spoke: tuple[int, str, Gender]) -> Gender:
        """The gender of one who spoke, as known then or learned since (from a "she" said of them)."""
        person = self.people.people.get(spoke[1]) if spoke[2] is None else None
        return person.gender if person is not None else spoke[2]

    def _is_demonym(self, name: str, at: int) -> bool:
        """ "the Texan", "the Ohioan": one word for someone from a place, after "the" (no one's
        name, and no body's: "the Guardian" has no place "Guardi" named in the article)."""
        if " " in name or not _DEMONYM_ENDING.search(name) or name.lower() in _PARTY_OF or len(name) < 5:
            return False
        if not self.text.endswith(("the ", "The "), max(0, at - 4), at):
            return False
        return any(
            m.group(0) != name for st in _place_stems(name) for m in re.finditer(rf"\b{re.escape(st)}\w*", self.text)
        )

    def _named_in_full_in_paragraph(self, person: Person, at: int) -> bool:
        """Was ``person`` named in full in the paragraph of ``at``, before it? (Its start is sought
        only for kin two people's surname may stand for, not at each surname.)"""
        start = self.text.rfind("\n", 0, at) + 1
        positions = person.positions
        since = positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, at)]
        full = next((pos for pos in since if self.text.startswith(person.name, pos)), None)
        # ("Cruz, who finished second, … suggesting his father, Rafael Cruz, was linked … Cruz said": a
        # paragraph the surname alone opened before the kin's full name stays about the one it opened with.)
        return full is not None and not _surname_alone(self.text, person.name, start, full)

    def _name(self, name: str, at: int, gender: Gender) -> Person | None:
        """The person a (short) name stands for; between two Clintons, the one in focus."""
        candidates = self.people.all_named(name)
        suffix = _name_suffix(name)
        if suffix is not None and len(candidates) > 1:
            # "Trump Jr. said": of the Trumps, the one whose name ends so (not Eric, named last).
            candidates = [p for p in candidates if _name_suffix(p.name) == suffix] or candidates
        if gender:
            fitting = [p for p in candidates if p.gender in (None, gender)]
            if candidates and not fitting:
                # "Mr. Brandt" in an article that names only Olga Brandt: someone else, named by the
                # surname alone (not the wrong full name).
                return None
            candidates = fitting
        if len(candidates) > 1 and " " not in name:
            ranked = self._elder_or_younger(candidates, at)
            if ranked is not None:
                return ranked  # "his father, Rafael Cruz, … the elder Cruz said": the father
        if len(candidates) > 1 and " " not in name:
            # "Schilling describes himself" after "Schilling's son, Grant,": a bare surname is the
            # one the article is about, not kin brought in by their first name alone (whose surname
            # the text never gives them: that name was made up of the first name and the owner's).
            # So too kin named in full ("Her daughter, Shauna Ironstand, … Ironstand said"), as the
            # people index has it, unless something before the surname tells them apart ("the younger
            # Ironstand") or their paragraph named them in full ("Bill Clinton spoke … Clinton said").
            told_apart = _THE_BEFORE.search(self.text, max(0, at - 24), at) is not None
            main = [
                p
                for p in candidates
                if not (
                    introduced_as_kin(self.text, p)
                    and (
                        not self.text.startswith(p.name, p.positions[0])
                        or not (told_apart or self._named_in_full_in_paragraph(p, at) or self._spoke_just_before(p, at))
                    )
                )
            ]
            candidates = main or candidates
        if len(candidates) <= 1:
            found = candidates[0] if candidates else self.people.lookup(name, at)
            return found if found is None or not gender or found.gender in (None, gender) else None
        names = {p.name for p in candidates}
        kept = self.people.kept_for_owner(at, at + len(name) + _TITLE_MOST) if " " not in name else None
        if kept is not None and kept.name in names:
            # "Keeshig said" after Ruth Keeshig was named: the chief the bare surname was hers alone
            # for, as the people index keeps it.
            return kept
        spoken = self._the_one_who_spoke(candidates, at)
        if spoken is not None:
            return spoken
        speaker = next((h for h in self._recent_speakers() if h[1] in names and h[0] < at), None)
        floor = max(0, at - _REACH)
        for person, pos in self._mentions_before(at, None, floor):
            if speaker is not None and pos < speaker[0]:
                break
            if person.name in names and self._speaker_like(pos, person):
                # "… nominee Gary Johnson, a former New Mexico governor … the Republican senator said
                # … “…,” Johnson said": a description since of the other one of the surname.
                described = self._described_subject(pos, at, person.gender)
                if described is not None and described.speaker in names and described.speaker != person.name:
                    return self.people.people[described.speaker]
                return person
        if speaker is not None:
            return self.people.people[speaker[1]]
        return self.people.lookup(name, at)

    def _spoke_just_before(self, person: Person, at: int) -> bool:
        """Was ``person`` named in full saying something in the paragraph before ``at``'s ("Gord
        Downie’s brother, Mike Downie, spoke to the crowd. ¶ “…,” Downie said": the brother)?"""
        start = self.text.rfind("\n", 0, at) + 1
        end = start
        while end > 0 and self.text[end - 1] == "\n":
            end -= 1  # (past the blank line between paragraphs)
        before = self.text.rfind("\n", 0, end) + 1
        return any(
            before <= pos < start
            and self.text.startswith(person.name, pos)
            and _SPOKE_NEXT.match(self.text, pos + len(person.name)) is not None
            for pos in person.positions
        )

    def _the_one_who_spoke(self, candidates: list[Person], at: int) -> Person | None:
        """Of people sharing a surname, the only one who has spoken before ``at``, when the others
        were never named saying anything nor named in full in its paragraph: "Carla Spence said …
        Jordyn Spence was last seen … “…,” Spence said" is the mother, not the missing daughter."""
        spoken = [p for p in candidates if p.name in self._said_names]
        if len(spoken) != 1 or (spoken[0].gender is None and gender_of(spoken[0].name.split()[0]) is None):
            return None  # (a person's first name, not "Team Trump")
        for person in candidates:
            if person is spoken[0]:
                continue
            if (
                one_name_two_ways(person, spoken[0])  # (one person: "Pete" and "Peter Santilli")
                or self._named_in_full_in_paragraph(person, at)
            ) or any(
                _SAYING_NEXT.match(self.text, _name_end(self.text, person, pos)) is not None
                or _SAYING_BEFORE.search(self.text, max(0, pos - 12), pos) is not None
                for pos in person.positions
                if pos < at
            ):
                return None
        return spoken[0]

    # ---- pronouns -------------------------------------------------------------------

    def _pronoun(self, pronoun: str, at: int, use_ranker: bool = True) -> Resolution:
        gender = _PRONOUN_GENDER.get(pronoun)
        if pronoun == "who":
            # "Franklin Graham, who has vowed …": whoever is named right before.
            person = self._named_right_before(at)
            if person is not None:
                return self._person_resolution(person, "pronoun-subject")
            group = self._people_right_before(at)
            if group is not None:
                return Resolution(group, None, how="pronoun-group")
            plural = _PLURAL_BEFORE_WHO.search(self.text, max(0, at - 40), at)
            if plural is not None:
                # "independent voters who said", "leaders who say": the noun it stands for, not the
                # group that spoke last (unless that group is of the same noun: "More than 6 in 10
                # Democratic voters said … voters who said").
                noun = plural.group(1)
                last = self.history[-1][1] if self.history and at - self.history[-1][0] < _REACH else ""
                return Resolution(last if last.lower().endswith(" " + noun) else noun, None, how="pronoun-group")
        if pronoun in ("i", "my"):
            # "I said" outside a quotation ("My answer was simple: “…”"): the writer of a first-person
            # piece, when the piece names them ("By Charlotte Meehan", "I, Chris Smith, …"); never
            # whoever spoke last.
            author = self._first_person_author(at)
            if author is None:
                return Resolution(None, None)
            person = self.people.people.get(author)
            if person is None:
                return Resolution(author, None, how="pronoun-author")
            return self._person_resolution(person, "pronoun-author")
        if pronoun == "they":
            # "Senate Democrats blocked the bill because they said …", "Professors Foner and Alba
            # suggest … In the United States, they write": the plural subject just before.
            group = self._plural_subject_before(at)
            if group is not None and group.lower() not in _NO_GROUP_NAMED:
                return Resolution(group, None, how="pronoun-group")
        if pronoun not in _PRONOUN_GENDER:
            # "they", "it", "we": the body or group that was just talking, if any.
            said = self.said[-1] if self.said else None
            if (
                pronoun in ("it", "they")
                and said is not None
                and at - said[0] < _BODY_PRONOUN_REACH
                and said[2] in _BODY_HOW
                and said[1] not in self.people.people
                and (not self.history or self.history[-1][0] <= said[0])
            ):
                # "… the Swedish Prosecution Authority said. “…,” it added." (a body is kept out of
                # the history of those who may be "he" or "she")
                return Resolution(said[1], None, how="pronoun-group")
            if self.history and at - self.history[-1][0] < _REACH:
                name = self.history[-1][1]
                if self.people.people.get(name) is None:
                    return Resolution(name, None, how="pronoun-group")
            if pronoun == "it" or (pronoun == "they" and self._right_after_a_quotation(at)):
                # "The Halifax Port Authority rejected the proposal. “…,” it said": the body the
                # sentence before opens with, when none spoke. (Canadian and British copy give a body
                # "they" as well, after its quotation: "The Alberta School Boards Association said they
                # were disappointed. ¶ “…,” they said"; not "If they continue to back Clinton".)
                body = self._body_subject_before(at)
                if body is not None and (
                    not _BODY_WORDS.isdisjoint(w.lower().strip(".,’'") for w in body.split())
                    or _A_MUNICIPALITY.fullmatch(body) is not None  # "The City of Hamilton said it …"
                    # ("“…,” it said" only: "It said supporters were …" may be another body's)
                    or (pronoun == "it" and self._right_after_a_quotation(at) and self._a_body_by_name(body))
                ):
                    return Resolution(body, None, how="pronoun-group")  # ("Two Americans were killed": no body)
                described = self._described_body_before(at)
                if described is not None:
                    return Resolution(described, None, how="pronoun-group")
            return Resolution(None, None)
        fronted = self._named_after_clause(at, gender) if pronoun in ("he", "she") else None
        if fronted is not None:
            return self._person_resolution(fronted, "pronoun-subject")
        if use_ranker and pronoun in ("he", "she"):
            chained = self._same_pronoun_before(pronoun, at)
            if chained is not None and chained.speaker not in self._named_later(at):
                return chained  # (not whom the pronoun's own clause names: "“…,” he told Vos")
            if chained is None:
                owner = self._owner_of_kin_two_back(pronoun, at)
                if owner is not None:
                    return self._person_resolution(owner, "pronoun-subject")
        table = ranker.weights() if use_ranker else None
        if table is not None:
            # "A reporter for Agence France-Presse called it chaos. ¶ “…,” he said": someone brought in
            # unnamed since anyone was named, whom no ranking of the named can stand for.
            described = self._described_subject(self._last_named_or_quoted(at), at, gender, named=False)
            if described is not None:
                return described
            found = self._ranked(at, gender, table)
        else:
            found = self._by_rules(at, gender)
        if found.speaker in self.people.people:
            last = self._last_named_or_quoted(at)
            if gender is not None and self._owned_spoke(last, at, gender):
                return Resolution(None, None)  # "Trump’s campaign manager said …. “…,” he said": not Trump
            unnamed = _anonymous(self.text, last, at)
            if unnamed is not None and not self._inside_quote(unnamed.start()):
                # "We spoke with a nurse … She asked that her name not be used. ¶ “…,” she said":
                # someone the text will not name, brought in since anyone was named or spoke.
                return Resolution(None, None)
            met = _WRITER_MET_SOMEONE.search(self.text, last, at)
            if met is not None and not self._inside_quote(met.start()):
                # "I asked a pipeline welder in Fort McMurray what he thought. He told me …": whom the
                # writer asked or spoke to, unnamed, since anyone was named or spoke; as written.
                # (its noun the last word before a tie: "a pipeline welder in Fort McMurray", as
                # `_described_subject` reads an aside)
                noun = _TIE_AFTER_NOUN.split(met.group("who"))[0].split()[-1].lower()
                said = _NOUN_GENDER.get(noun)
                if _names_a_person(noun) and said in (None, gender):
                    return Resolution(met.group("who"), None, said or gender, "pronoun-subject")
        return found

    @functools.cached_property
    def _possessive(self) -> str:
        """The possessive ending the text writes ("’s" where it has curly apostrophes), for a body of
        someone's the resolver names ("Colin Ashby’s office"): looked for once, not at each."""
        return "’s" if "’" in self.text else "'s"

    def _right_after_a_quotation(self, at: int) -> bool:
        """Does a closing mark stand right before ``at``, but for a space ("“…,” they said")?"""
        return self.text[max(0, at - 3) : at].strip()[-1:] in _CLOSERS

    def _quotation_closed_right_before(self, at: int) -> tuple[int, int] | None:
        """The span of the latest quotation opening before ``at``, when a closing mark stands right
        before ``at`` ("“…,” she said"); None otherwise."""
        if not self._right_after_a_quotation(at):
            return None
        k = bisect.bisect_right(self._quote_starts, at - 4) - 1
        return self._quote_spans[k] if k >= 0 else None

    def _same_pronoun_before(self, pronoun: str, at: int) -> Resolution | None:
        """The person the sentence right before the quotation opens with as the same pronoun stands
        for ("Bernadette Nickerson has been Crowell's patient since 1980. She was one of the first
        women Crowell saw. ¶ “…,” she said": Nickerson, as that "She" is; not Crowell, named after it)."""
        # Only the "she said" right after a quotation that opens its paragraph, and the last sentence
        # of the paragraph before it.
        text = self.text
        quotation = self._quotation_closed_right_before(at)
        if quotation is None:
            return None
        opens, closes = quotation
        # (its line: sought back from the quotation's opening only, where a paragraph opening with it starts)
        line = text.rfind("\n", max(0, opens - 3), at) + 1
        if not line <= opens <= line + 2 or closes < at - 4:
            return None  # (the quotation just closed is not the one opening the paragraph)
        # The end of the paragraph before, within reach (no copy of all the text before it).
        low = max(0, at - _REACH)
        end = low + len(text[low:line].rstrip())
        if end <= low or self._inside_quote(end - 1):
            return None
        para = text.rfind("\n", 0, end) + 1
        span = sentence_start(text, end - 1, para), end
        asked = _ASKS_SOMEONE_OPENS.match(text, *span)
        if asked is not None and _PRONOUN_GENDER.get(asked.group("whom").lower()) == _PRONOUN_GENDER[pronoun]:
            # "Murray pressed her on what would happen … ¶ “…,” she said": the one asked answers,
            # whoever "her" stands for where the question is put (not Murray, who put it).
            asker = self.people.lookup(asked.group("asker"), span[0] + asked.start("asker"))
            if asker is not None:  # (not "I asked her", "Reporters asked him": no one named asks)
                found = self._pronoun(pronoun, span[0], use_ranker=False)
                if found.speaker in self.people.people and found.speaker != asker.name:
                    return self._person_resolution(self.people.people[found.speaker], "pronoun-subject")
                return None
        owned = _KIN_OF_NAMED_OPENS.match(text, *span)
        if owned is not None and _NOUN_GENDER.get(owned.group("kin")) not in (None, _PRONOUN_GENDER[pronoun]):
            # "Whitford’s husband, Dennis, … built her first studio. ¶ “…,” she said": Whitford, whose
            # husband the sentence is about (not the last woman quoted).
            owner = self.people.lookup(owned.group("owner"), owned.start())
            if owner is not None and owner.gender in (None, _PRONOUN_GENDER[pronoun]) and not self._a_thing(owner):
                return self._person_resolution(owner, "pronoun-subject")
            return None
        m = _SAME_PRONOUN_OPENS.match(text, *span)
        if m is None:
            return self._subject_of(span, pronoun)
        if m.group("p").lower() != pronoun or self._inside_quote(m.start("p")):
            return None
        if _anonymous(text, para, at) is not None or _WRITER_MET_SOMEONE.search(text, para, at) is not None:
            return None  # "We spoke with a nurse … She asked that her name not be used.": not named
        found = self._pronoun(pronoun, m.start("p"))  # (it opens no quotation's paragraph: no chain on)
        if found.speaker not in self.people.people:
            return None
        return self._person_resolution(self.people.people[found.speaker], "pronoun-subject")

    def _owner_of_kin_two_back(self, pronoun: str, at: int) -> Person | None:
        """ "Campbell's husband, Gerald, died in 2009. She rarely talks about him. “…,” she says":
        inside a paragraph, the sentence before the quotation's opens with the same pronoun, and the
        one before that with someone's kin of the other gender; the pronoun is whose kin it is (not
        the woman quoted in the paragraph before)."""
        text = self.text
        quotation = self._quotation_closed_right_before(at)
        if quotation is None:
            return None
        opens = quotation[0]
        para = text.rfind("\n", max(0, opens - _REACH), opens) + 1
        if para == 0 or opens - para < 4:
            return None  # (a quotation opening its paragraph: `_same_pronoun_before`'s)
        spans = []
        end = opens
        for _ in range(2):
            end = para + len(text[para:end].rstrip())
            if end <= para or self._inside_quote(end - 1):
                return None
            start = sentence_start(text, end - 1, para)
            spans.append((start, end))
            end = start
        (same_start, same_end), (kin_start, kin_end) = spans
        m = _SAME_PRONOUN_OPENS.match(text, same_start, same_end)
        if m is None or m.group("p").lower() != pronoun:
            return None
        owned = _KIN_OF_NAMED_OPENS.match(text, kin_start, kin_end)
        gender = _PRONOUN_GENDER[pronoun]
        if owned is None or _NOUN_GENDER.get(owned.group("kin")) in (None, gender):
            return None
        # (of a surname two share, the one of the pronoun's gender: Marjorie, not her son Daniel Campbell)
        owner = self._name(self._merged(owned.group("owner")), owned.start(), gender)
        if owner is None or owner.gender not in (None, gender) or self._a_thing(owner):
            return None
        return owner

    def _subject_of(self, span: tuple[int, int], pronoun: str) -> Resolution | None:
        """The person a sentence (the last before a quotation's paragraph) names as its subject, if of
        the pronoun's gender or of none known ("Lund, 39, said the two had disagreed … ¶ “…,” he
        said": Jamie Lund, whom no list knows as a man, not the man quoted before)."""
        gender = _PRONOUN_GENDER[pronoun]
        cue = sentence_subject(self.text, *span)
        if cue is None or cue.phrase.kind not in ("name", "description") or self._inside_quote(cue.phrase_start):
            return self._brought_in(span, gender)
        at = cue.phrase_start + cue.phrase.mention_offset
        after = at + len(cue.phrase.mention)
        relative = (
            _RELATIVE_AFTER_SUBJECT.match(self.text, after, span[1]) if cue.phrase.kind == "description" else None
        )
        verb = _VERB_AFTER_SUBJECT.match(self.text, relative.end() if relative else after, span[1])
        if verb is None or verb.group("v") not in REPORTING_VERBS or verb.group("v") in ASKING_VERBS:
            # only "Lund, 39, said …": not "Trump's grasp of policy is worrying, Cuban said"
            return self._brought_in(span, gender)
        if cue.phrase.kind == "name":
            name = self._merged(cue.phrase.name or cue.phrase.mention)
            person = self._name(name, at, gender) or self._of_a_listed_gender(name, at, gender, span[1])
        else:
            found = self._description(cue.phrase.mention, at, None, gender=gender)
            if relative is not None and found.how == "description-focus":
                # "The nurse who spoke to CBC News": whom the clause picks out, not whoever the
                # sentences before are about.
                found = Resolution(cue.phrase.mention, None, how="description")
            person = self.people.people.get(found.speaker or "")
            if person is None and self._someone_unnamed(cue.phrase.mention, found, gender):
                # "The nurse who spoke to CBC News said she loves her job. ¶ “…,” she said": the nurse
                # the text will not name, not a woman named before her.
                as_written = mid_sentence(self.text[at : relative.end() if relative else after])
                return Resolution(as_written, None, gender, "pronoun-subject")
        if person is None or self._a_thing(person) or self._a_place(person.name):
            return None
        if person.gender not in (None, gender) and person is not self._of_a_listed_gender(
            person.name, at, gender, span[1]
        ):
            return None
        return self._person_resolution(person, "pronoun-subject")

    def _someone_unnamed(self, mention: str, found: Resolution, gender: Gender) -> bool:
        """Is ``mention`` (resolved as ``found``) someone the text describes but never names: a
        definite description of a person ("The nurse who spoke to CBC News"), as written, of no
        other gender than ``gender``?"""
        words = mention.split()
        if found.how != "description" or not found.speaker or len(words) < 2 or words[0].lower() != "the":
            return False
        noun = _TIE_AFTER_NOUN.split(mention)[0].split()[-1].lower()
        return _names_a_person(noun) and _NOUN_GENDER.get(noun) in (None, gender)

    def _of_a_listed_gender(self, name: str, at: int, gender: Gender, until: int) -> Person | None:
        """The one person ``name`` at ``at`` stands for, when the gender they were given came only from
        a list of first names (no "Mr." or "Ms." anywhere they are named) and no one of ``gender``, the
        pronoun's, is named within reach before ``until``: "Grewal, who took over the top job last year, said … ¶ “…,”
        she said" is Jay Grewal, whom the list takes for a man. The text's pronoun says more than the
        list does, unless someone else could be it ("Charlotte Reyes and Bryan Holt … Holt said …
        “…,” she said")."""
        person = self._name(name, at, None)
        if person is None or person.gender is None or " " not in person.name:
            return None
        if any(p.gender == gender for p, _ in self._mentions_before(until, gender, max(0, until - _REACH))):
            return None
        if gender_of(person.name.split()[0]) != person.gender:
            return None
        if any(honorific_gender_before(self.text, pos) is not None for pos in person.positions):
            return None
        return person

    def _brought_in(self, span: tuple[int, int], gender: Gender) -> Resolution | None:
        """The one person a sentence names, named there for the first time, if of ``gender`` or of
        none known: "One of the women staying there is Tanya Bellamy, 38, who lost … ¶ “…,” she said"."""
        named = {p.name: (p, pos) for p, pos in self._people_between(*span) if not self._inside_quote(pos)}
        if len(named) != 1:
            return None
        ((person, pos),) = named.values()
        if person.positions[0] < span[0] or person.gender not in (None, gender) or self._a_thing(person):
            return None
        if _IS_BEFORE_NAME.search(self.text, max(span[0], pos - 8), pos) is None:
            return None  # (only one brought in so: "… is Tanya Bellamy", "Among them was Kathleen Mulcahy")
        if self._a_place(person.name):
            return None
        return self._person_resolution(person, "pronoun-subject")

    def _named_after_clause(self, at: int, gender: Gender) -> Person | None:
        """The subject of the main clause when ``at`` is the he or she of a clause opening its sentence
        ("Though he trails Clinton in the polls, Sanders has …": Sanders), if a person of that gender."""
        text = self.text
        start = sentence_start(text, at, max(0, at - 40))
        opened = _FRONTED_CLAUSE.match(text, start, at + 4)
        if opened is None or opened.end() != at:
            return None
        comma = text.find(",", at, min(len(text), at + 200))
        if comma < 0 or sentence_end(text, at, comma) < comma or any(c in text[at:comma] for c in '“”"'):
            return None
        m = _MAIN_SUBJECT.match(text, comma)
        if m is None or not self._verb_next(m.end()):
            return None
        person = self._name(m.group("name"), m.start("name"), gender)
        if person is None or person.gender not in (None, gender) or self._a_thing(person):
            return None
        return person

    def _owned_spoke(self, last: int, at: int, gender: Gender) -> bool:
        """Does the sentence of the last mention before ``at`` (at ``last``: `_last_named_or_quoted`)
        open with someone unnamed whom a name owns ("Trump’s campaign manager said …"), of no other
        gender than ``gender``, and nobody named or resolved since? Then a he or she is that one,
        whom the text does not name."""
        near = self.text[last : min(at, last + 80)]
        if not last or ("’s " not in near and "'s " not in near):
            return False  # (no owner's "’s" after the last name: the common case, settled at once)
        start = sentence_start(self.text, last, max(0, last - 400))
        m = _OWNED_OPENS.match(self.text, start, at)
        if m is None or m.end() <= last:
            return False
        # The person owned ("campaign manager", "wife"), then its verb ("said", "insisted").
        owned = _owns_a_person(self.text, m.end() - 1)
        if owned is None or owned >= at:
            return False
        noun = self.text[m.end() : owned].split()[-1]
        verb = self.text[owned : owned + 20].split()[:1]
        if not verb or (verb[0] not in REPORTING_VERBS and not verb[0].endswith("ed")):
            return False
        return _NOUN_GENDER.get(noun) in (None, gender)

    def _last_named_or_quoted(self, at: int) -> int:
        """Where the last person was named, or the last speaker resolved, before ``at`` (else 0)."""
        # The latest mention outside quotations within reach: where `_mentions_before` puts its first
        # (read back only to it, not the whole list made).
        named = next(
            (
                pos
                for pos, _ in reversed(self.people.mentions_between(max(0, at - _REACH), at))
                if not self._inside_quote(pos)
            ),
            0,
        )
        spoke = next((h[0] for h in self._recent_speakers() if h[0] < at), 0)
        return max(named, spoke)

    def _plural_subject_before(self, at: int) -> str | None:
        """The plural subject opening the sentence of ``at`` or one of the two before, nearest first:
        names joined by "and", a capitalised group ("Senate Democrats") or a few words ending in a
        plural noun ("Top Sanders strategists", "the groups"), with a verb after it."""
        floor = max(0, at - _REACH // 2)
        line = self.text.rfind("\n", floor, at) + 1
        span: tuple[int, int] | None = (sentence_start(self.text, at, max(floor, line)), at)
        looked = 0
        while looked < 3 and span is not None:
            if self.text[span[0] : span[0] + 1] in ("“", '"'):
                # (A sentence of a quotation before the pronoun is no narrator's: not one of the three.)
                span = self._sentence_before(span[0], floor)
                continue
            looked += 1
            group = _plural_subject(self.text[span[0] : min(span[1], span[0] + 160)], self._a_surname)
            if group is not None:
                return group
            if any(
                self._a_surname(m.group(1)) and self._a_surname(m.group(2))
                for m in _TWO_NAMES.finditer(self.text, span[0], span[1])
            ):
                return None  # "… what Trump and Lewandowski said. They had asserted": they may be those two
            span = self._sentence_before(span[0], floor)
        return None

    def _a_surname(self, word: str) -> bool:
        return bool(self.people.all_named(word))

    def _first_person_author(self, at: int) -> str | None:
        """The writer of the first-person text at ``at``, as the text names them: a letter's
        signature on a line of its own after it ("Chris Smith."), else the piece's writer named
        anywhere outside quotations ("By Charlotte Meehan", "I, Chris Smith, …", "My name is …"),
        else the note about the writer that ends an opinion piece ("Charlotte Meehan is …")."""
        m = _SIGNATURE.search(self.text, at, at + _REACH)
        if m is not None and gender_of(m.group("name").split()[0]) and not names_a_thing(m.group("name")):
            return self._author_named(m)  # a first name known to be one: not a heading ("Harbour Plans")
        if self._author_name is None:
            self._author_name = ""
            tail = max(0, len(self.text) - _WRITER_NOTE_REACH)
            titled = _TITLE_WRITER.match(self.text)
            found = itertools.chain(
                _BYLINE.finditer(self.text),
                _BYLINE_ROLE.finditer(self.text, 0, _WRITER_NOTE_REACH),
                # (Only where its words stand: the pattern, led by a choice, was tried at every character.)
                _SELF_NAMED.finditer(self.text) if "I," in self.text or "y name is" in self.text else (),
                _WRITER_NOTE.finditer(self.text, tail),
                # A name heading the title or crediting an excerpt: only a person's ("White House: …" is not).
                (m for m in (titled, *_EXCERPT_BY.finditer(self.text)) if m and self._a_person(_writer(m))),
            )
            for m in found:
                if not self._inside_quote(m.start()) and not names_a_thing(m.group("name")):
                    self._author_name = self._author_named(m)
                    break
        return self._author_name or None

    def _a_person(self, name: str) -> bool:
        """Is ``name`` someone's: a first name known to be one, or a person the article names?"""
        return gender_of(name.split()[0]) is not None or name in self.people.people

    def _author_named(self, m: re.Match[str]) -> str:
        name = _writer(m)
        person = self.people.lookup(name, m.start("name"))
        return person.name if person is not None else name

    def _by_rules(self, at: int, gender: Gender) -> Resolution:
        """The person in focus (`_in_focus`), else the nearest named before."""
        focus = self._in_focus(at, gender, descriptions="all")
        if focus is not None:
            return focus
        later = self._named_later(at) if gender is not None else frozenset()  # ("she told Reeves")
        nearby = [
            p
            for p in self.people.recent(at, gender, limit=_REACH)
            if not self._only_quoted(p, at)
            and p.name not in later
            and not (gender is not None and (self._named_as_body(p) or self._a_thing(p)))
        ]
        if nearby:
            return self._person_resolution(nearby[0], "pronoun-nearest")
        return Resolution(None, None)

    def _ranked(self, at: int, gender: Gender, table: tuple[float, ...]) -> Resolution:
        """The candidate the learned ranking puts first, among those not known to be of the other gender."""
        best: Candidate | None = None
        best_score = -math.inf
        # "“…,” she told Reeves": whom the pronoun's own clause names after it is someone else.
        later = self._named_later(at) if gender is not None else frozenset()
        for candidate in self.pronoun_candidates(at, gender):
            if candidate.gender not in (None, gender) or candidate.name in later:
                continue
            value = ranker.score(candidate.features, table)
            if value > best_score:
                best, best_score = candidate, value
        if best is None:
            return Resolution(None, None)
        f = dict(zip(ranker.FEATURES, best.features, strict=True))
        if f["last-speaker"] or f["earlier-speaker"]:
            how = "pronoun-speaker"
        elif f["subject"] or f["agent"] or f["who-said"] or f["introduced"]:
            how = "pronoun-subject"
        else:
            how = "pronoun-nearest"
        if best.person is None:
            return Resolution(best.name, None, best.gender, how)
        return self._person_resolution(best.person, how)

    def _in_focus(self, at: int, gender: Gender, descriptions: str = "") -> Resolution | None:
        """The latest of: the last speaker that fits, and the last person named in a speaker-like place;
        with ``descriptions`` ("all", or "unnamed": someone brought in with "a" only), a sentence
        opened since by a description of someone goes first (`_described_subject`)."""
        # "he played down Trump's comments": whoever the pronoun's own sentence names after it is
        # someone else.
        later = self._named_later(at) if gender is not None else frozenset()
        fitting = (
            h
            for h in self._recent_speakers()
            if (gender is None or self._gender_now(h) in (None, gender))
            and h[0] < at
            and h[1] not in self._bodies
            and h[1] not in later
            and not (gender is not None and (h[1] in self._passing or self._a_place(h[1])))
        )
        speaker = next(fitting, None)
        if speaker is not None and speaker[0] in self._asked_at:
            # "“That would be you?” Borger asked. “That would be me,” he said": the one asked.
            asker = speaker[1]
            speaker = next((h for h in fitting if h[1] != asker), speaker)
        if speaker is not None and at - speaker[0] > _REACH:
            speaker = None
        floor = max(0, at - _REACH)
        # The latest who fits. (Someone of a gender nothing said is not passed over for someone
        # known to be of the pronoun's: no list of first names is complete, and "Aparna" or
        # "Dante" would lose to whoever has a common English name.)
        found: Resolution | None = None
        since = floor
        passed: list[tuple[Person, int]] = []
        for person, pos in self._latest_mentions(at, gender, floor):
            if speaker is not None and pos < speaker[0]:
                break
            if gender is not None and self._named_as_body(person):
                # "The Montreal Canadiens signed defenceman Ben Chiarot, who … He thanked": a body
                # that opens the sentence is never "he"; the one person it names after is.
                owned = self._one_named_in_sentence_after(pos, passed)
                if owned is not None and self._speaker_places(pos, person)[0]:
                    found, since = self._person_resolution(owned[0], "pronoun-subject"), owned[1]
                    break
                continue  # "Xinhua, the official Chinese news agency, wrote": never "he"
            if pos in self._asking_mentions or person.name in later:
                continue
            places = self._speaker_places(pos, person)
            if places == (True, False, False, False) and gender is not None and self._a_thing(person):
                continue  # "But even today, Puerto Rico tends to run …": a subject, but not "she"
            if any(places) and gender is not None and not person.titles and self._only_after_the(person):
                continue  # "the Miyo Maru, the 38-foot gillnetter": brought in with a role, but a boat
            if any(places):
                found, since = self._person_resolution(person, "pronoun-subject"), pos
                break
            passed.append((person, pos))
        if found is None and speaker is not None:
            person = self.people.people.get(speaker[1])
            since = speaker[0]
            if person is None:
                found = Resolution(speaker[1], None, speaker[2], "pronoun-speaker")
            else:
                found = self._person_resolution(person, "pronoun-speaker")
        if descriptions:
            # "But the former president showed restraint Monday. … he said": a sentence opened since
            # by a description of someone the article names is about them.
            described = self._described_subject(since, at, gender, descriptions == "all")
            if described is not None and (found is None or described.speaker != found.speaker):
                return described
        return found

    def _one_named_in_sentence_after(self, pos: int, passed: list[tuple[Person, int]]) -> tuple[Person, int] | None:
        """The one person of ``passed`` (named after ``pos``, latest first) named in the sentence at ``pos``."""
        stop = sentence_end(self.text, pos, min(len(self.text), pos + 400))
        inside = {p.name: (p, k) for p, k in passed if k < stop}
        return next(iter(inside.values())) if len(inside) == 1 else None

    def _described_subject(self, lo: int, at: int, gender: Gender, named: bool = True) -> Resolution | None:
        """The latest sentence (or clause after "But", "And") between ``lo`` and ``at`` opened by a
        description of a person of ``gender`` with its verb next: "The former president showed" as
        the one the article names it stands for (if it names one); "A 29-year-old Berlin woman,
        meanwhile, received", someone unnamed brought in, as written (a wrong name is worse)."""
        best: Resolution | None = None
        starts = (g.end() for g in _SENTENCE_GAP.finditer(self.text, max(lo, at - _REACH), at))
        for m in filter(None, (self._subject_described_at(k, at) for k in starts)):
            noun = m.group("noun").lower()
            one_of = _ONE_OF.fullmatch(m.group("d")) is not None and m.group("aside") is not None
            if one_of:
                # "One of them, a field technician with 11 years at the company, said": the aside says who.
                aside = m.group("aside").strip(" ,\n")
                head = _TIE_AFTER_NOUN.split(aside)[0].split()
                if not head or head[0] not in ("a", "an") or not _names_a_person(head[-1].lower()):
                    continue
                said = _NOUN_GENDER.get(head[-1].lower())
                if self._inside_quote(m.start("d")) or (said and gender and said != gender):
                    continue
                if not self._mentions_before(at, gender, m.end()):
                    best = Resolution(aside, None, said or gender, "pronoun-subject")
                continue
            if not _names_a_person(noun) or noun in _NOT_A_PERSON_HEAD or noun in ANAPHORIC:
                continue
            said = _NOUN_GENDER.get(noun)
            if self._inside_quote(m.start("d")) or (said and gender and said != gender):
                continue
            as_written = mid_sentence(m.group("d"))  # ("Her father said": "her father")
            named_in = self._named_in_aside(m, gender)
            if named_in is not None:
                # "A regular customer, a woman who gave her name only as Monique, stopped by", "the
                # case manager, a patient woman named Corinne, apologized": the one the aside names.
                best = self._person_resolution(named_in, "pronoun-subject")
                continue
            if m.start("d") - m.start() > _LEAD_IN_MOST:
                continue  # a long clause before it only for a description whose aside names someone
            if m.group("det").lower() != "the":
                if m.group("det").lower() in ("his", "her", "their"):
                    # "Her husband said": the other half of a couple named before, or no one (kin
                    # brought in by a first name alone is the rules' to find: "His mother" of "Their
                    # son, Carlos" is the Maria Lopez of "Maria Lopez and her husband, Daniel").
                    kin = self._kin_named(m.group("det").lower(), noun, m.start("d"))
                    if kin is None:
                        # "Her son, Gerald Doucette, was three … Her son said": the one brought in so.
                        kin = self._named_as_kin(noun, m.start("d"))
                        if kin is not None and noun in _EACH_OTHERS:
                            # "Her older sister, Claire Boucher, … ¶ Her sister agreed": of Claire, her
                            # sister is the one the first "her" stood for.
                            kin = self._each_others(kin, noun, m.group("det").lower(), m.start("d"))
                        kin = (
                            kin
                            or self._child_of_parent_before(noun, m.start("d"))
                            or self._parent_of_child_before(noun, m.start("d"))
                        )
                        if kin is not None and kin.gender not in (None, gender):
                            kin = None
                    if kin is not None:
                        best = self._person_resolution(kin, "pronoun-subject")
                    elif (
                        # (the noun's gender, or the aside's: "Her friend, a retired police officer who
                        # declined to give his name, said")
                        (said or _aside_gender(m.group("aside"))) == gender
                        and gender is not None
                        and _PRONOUN_GENDER.get(m.group("det").lower()) not in (None, gender)
                        and self._kin_unnamed(m.group("det").lower(), noun, m.start("d"))
                    ):
                        # "Yara … Her father looked away. … he said": not she whose father he is (a "he"
                        # is never her), nor anyone else named before; the father, as written.
                        best = Resolution(as_written, None, said or gender, "pronoun-subject")
                    continue
                if self._mentions_before(at, gender, m.end()):
                    continue  # "A reporter asked Sanders how he felt. He replied": whom they spoke to
                best = Resolution(as_written, None, said or gender, "pronoun-subject")
                continue
            if _AN_ORDINAL_ONE.match(m.group("d")):
                # "The third doctor, who asked not to be named, was blunter. … she said": someone new,
                # as "a doctor" would be, never one named before.
                if not self._mentions_before(at, gender, m.end()):
                    best = Resolution(as_written, None, said or gender, "pronoun-subject")
                continue
            found = self._description(m.group("d"), m.start("d"), None, back=False, gender=gender)
            if found.speaker not in self.people.people:
                # "A former aide … testified … ¶ Hugo Tremblay … ¶ The former aide denied it. … he said":
                # the one brought in so, named since.
                earlier = self._introduced_as(noun, m.group("d"), m.start("d"))
                if earlier is not None and earlier.speaker in self.people.people:
                    found = earlier
            if found.speaker not in self.people.people:
                if gender is not None and self._described_other_gender(m.group("d"), m.start("d"), gender):
                    # "The Vermont senator accused his rival … “…,” he said. ¶ … “…,” she said": the
                    # senator is a man the article names; she is someone else, never him as written.
                    continue
                recent = self.people.recent(m.start("d"), gender, limit=_REACH)
                if not self._mentions_before(at, gender, m.end()) and not any(
                    _could_be(p, noun, m.group("d"), False) for p in recent if not self._only_quoted(p, m.start("d"))
                ):
                    # "Meanwhile, the Senate's top Democrat said his caucus … “…,” he told reporters":
                    # someone no one named lately can be, brought in since anyone was; as written,
                    # never the spokesman quoted before.
                    best = Resolution(as_written, None, said or gender, "pronoun-subject")
                continue
            if not named:
                continue
            person = self.people.people.get(found.speaker or "")
            # Only someone the article describes so ("the Vermont senator" is no senator from Arizona).
            if (
                person is not None
                and person.gender in (None, gender)
                and _could_be(person, noun, m.group("d"), True)
                and not (gender is not None and self._a_thing(person))
            ):
                best = self._person_resolution(person, "pronoun-subject")
        return best

    def _described_other_gender(self, description: str, at: int, gender: Gender) -> bool:
        """Does ``description`` stand for a person the article names whose gender is known and is not
        ``gender`` (so a pronoun of ``gender`` is not the one it describes)?"""
        found = self._description(description, at, None, back=False)
        person = self.people.people.get(found.speaker or "")
        return person is not None and person.gender is not None and person.gender != gender

    def _subject_described_at(self, k: int, at: int) -> re.Match[str] | None:
        """`_DESCRIBED_SUBJECT` at ``k``; when what it took for a clause before holds the subject
        (its noun then names no person: "a former Marine who"), the sentence's own opening."""
        m = _DESCRIBED_SUBJECT.match(self.text, k, at)
        if m is not None and m.start("d") > k and not _names_a_person(m.group("noun").lower()):
            return _DESCRIBED_SUBJECT_FIRST.match(self.text, k, at) or m
        return m

    def _kin_unnamed(self, det: str, noun: str, at: int) -> bool:
        """Does "Her father" at ``at`` name no one the article named before? Yes when its owner (whom
        "her" stands for) is named in full and no one else of their surname fits the noun ("Trevor
        Lindgren … His mother"), or is named by one name of a gender nothing says ("Yara … Her father":
        a pronoun of the other gender could be taken for her). Else ("Their son, Carlos … His
        mother") the one in focus may well be the kin."""
        owner = self._in_focus(at, _PRONOUN_GENDER.get(det))
        person = self.people.people.get(owner.speaker or "") if owner is not None else None
        if person is None:
            return False
        if " " not in person.name:
            return person.gender is None
        said = _NOUN_GENDER.get(noun)
        return not any(
            p is not person and p.surname == person.surname and p.gender in (None, said) and p.positions[0] < at
            for p in self.people.people.values()
            if p.positions
        )

    def _named_as_kin(self, noun: str, at: int) -> Person | None:
        """ "Her partner" where the article brought in "her business partner, Amira Haddad,": the
        person named in apposition to the latest "his/her/their … partner" before ``at``."""
        if noun not in _KIN_NOUNS:
            return None
        floor = max(0, at - _REACH * 2)
        found = None
        for m in _kin_in_apposition(noun).finditer(self.text[floor:at]):
            found = floor + m.end()
        if found is None or self._inside_quote(found):
            return None
        return self._named_right_after(found)

    def _each_others(self, named: Person, noun: str, det: str, at: int) -> Person | None:
        """``named``, brought in as someone's ``noun`` ("her older sister, Claire Boucher,"), when
        "her ``noun``" at ``at`` is not hers; else, when "her" there stands for ``named`` herself,
        the one whose ``noun`` she was brought in as (a sister's sister), if the text says who."""
        owner = self._in_focus(at, _PRONOUN_GENDER.get(det))
        if owner is None or owner.speaker != named.name:
            return named
        first = named.positions[0]
        whose = self._in_focus(first, _PRONOUN_GENDER.get(det))
        person = self.people.people.get(whose.speaker or "") if whose is not None else None
        if person is None or person is named or person.gender not in (None, _NOUN_GENDER.get(noun)):
            return None
        return person

    def _child_of_parent_before(self, noun: str, at: int) -> Person | None:
        """ "Her son" at ``at`` just after "Ndongo’s mother, Victorine, flew in": Ndongo, whose mother
        the text brought in a sentence or two before (the latest parent so, within 400 characters)."""
        return self._owner_of_kin_before(_CHILD_NOUNS.get(noun), _PARENT_OF_NAMED, at)

    def _parent_of_child_before(self, noun: str, at: int) -> Person | None:
        """ "Her mother" at ``at`` just after "Doucette’s youngest daughter, Emma, asks …": Doucette,
        whose child the text brought in a sentence or two before (the latest child so, within 400
        characters), as `_child_of_parent_before` finds a child from a parent."""
        return self._owner_of_kin_before(_PARENT_NOUNS.get(noun), _CHILD_OF_NAMED, at)

    def _owner_of_kin_before(self, said: Gender | None, kin_of_named: re.Pattern[str], at: int) -> Person | None:
        """The owner named in the latest ``kin_of_named`` ("Ndongo’s mother, Victorine,") within 400
        characters before ``at``, outside quotations, if of the gender ``said`` the noun asked about
        gives (None: no such noun)."""
        if said is None:
            return None
        found = None
        for m in kin_of_named.finditer(self.text, max(0, at - 400), at):
            found = m
        if found is None or self._inside_quote(found.start()):
            return None
        owner = self.people.lookup(found.group("owner"), found.start())
        return owner if owner is not None and owner.gender in (None, said) else None

    def _named_right_after(self, pos: int) -> Person | None:
        """The person named in full (or by their one name) right at ``pos``: not "Rafael" of "his
        father, Rafael," taken for the Rafael Edward Cruz the article is about."""
        named = self.people.first_named(pos, pos + 1)
        if named is None:
            return None
        if not self.text.startswith(named[1].name, pos) and named[1].positions[0] != pos:
            # (Brought in right here by a first name alone, the surname their kin's: "her sister, Ingrid.")
            return None
        return named[1]

    def _named_in_aside(self, m: re.Match[str], gender: Gender) -> Person | None:
        """The one person of a known gender an aside after a description names by "named", "called"
        or "gave her name as" (not anyone it mentions: "The senator, a friend of Joe Smith, said")."""
        if not m.group("aside") or _NAMING_WORDS.search(m.group("aside")) is None:
            return None
        named = self._mentions_before(m.end("aside"), gender, m.start("aside"))
        return named[0][0] if len(named) == 1 and named[0][0].gender is not None else None

    def _kin_named(self, det: str, noun: str, at: int) -> Person | None:
        """ "Her husband" at ``at``: the one other person of her surname the article named before,
        of the gender the noun says ("Doug and Patti Henning … Her husband said"); None if not one."""
        if noun not in _FAMILY or det not in ("his", "her", "their"):
            return None
        owner = self._in_focus(at, _PRONOUN_GENDER.get(det))
        person = self.people.people.get(owner.speaker or "") if owner is not None else None
        if person is None or not person.surname:
            return None
        said = _NOUN_GENDER.get(noun)
        kin = [
            p
            for p in self.people.people.values()
            if p is not person
            and p.surname == person.surname
            and p.gender in (None, said)
            and p.positions[:1]
            and p.positions[0] < at
        ]
        return kin[0] if len(kin) == 1 else None

    def _a_thing(self, person: Person) -> bool:
        """Is ``person`` a name nothing shows to be someone's ("Common Core", "Safety Check", "Latin
        History"): no gender, title or role known, never speaking, never brought in as a speaker is,
        and a word of it is one the article also writes in lower case ("the common standards")?"""
        if person.titles or person.name in self._said_names:
            return False
        if self._only_after_the(person):
            return True
        if person.gender is not None or person.role:
            return False
        known = self._things.get(person.name)
        if known is None:
            known = any(self._written_in_lower_case(w.lower()) for w in person.name.split()) and not any(
                any(self._speaker_places(p, person)[1:]) for p in person.positions[:3]
            )
            self._things[person.name] = known
        return known

    def _only_after_the(self, person: Person) -> bool:
        """Is ``person`` named only ever right after "the" ("the wheel of the Miyo Maru, the 38-foot
        gillnetter his grandfather built"): a boat, a building, a work, whatever role or gender the
        words beside it gave it; never "he" or "she"?"""
        return bool(person.positions) and all(self._after_the(p) for p in person.positions)

    def _written_in_lower_case(self, key: str) -> bool:
        """Does the article write ``key`` as a word of three or more letters a-z ("the common
        standards")? What ``key in set(_LOWER_WORD.findall(text))`` says, found by ``str.find`` for the
        few words asked: the set of every word of the article took longer than all the questions."""
        known = self._lower_words.get(key)
        if known is None:
            known = _LOWER_WORD.fullmatch(key) is not None and _written_whole(self.text, key)
            self._lower_words[key] = known
        return known

    def _a_place(self, name: str) -> bool:
        """Is ``name`` a place or a body the article names like a person: never "he" or "she"?"""
        person = self.people.people.get(name)
        return person is not None and (person.place or self._named_as_body(person))

    def _named_as_body(self, person: Person) -> bool:
        """ "Xinhua, the official Chinese news agency,", "a Texas company, Diamond Shamrock,": a name
        of no known gender that an apposition beside it says is a body; "Allies say", "Latinos have":
        one word its verb agrees with as a plural (looked at once per name)."""
        known = self._body_names.get(person.name)
        if known is None:
            known = False
            first = person.name.split()[0]
            # ("Jamie Lund, the brewer,": a first name of either gender is still someone's)
            if person.gender is None and gender_of(first) is None and first.lower() not in EITHER_NAMES:
                # "The Montreal Canadiens signed …": a name "the" always stands before is no one's.
                known = all(self._after_the(pos) for pos in person.positions[:3])
                for pos in () if known else person.positions[:3]:
                    end = _name_end(self.text, person, pos)
                    after = _BODY_APPOSITION.match(self.text, end)
                    before = _BODY_BEFORE.search(self.text, max(0, pos - 40), pos)
                    # (Not the last of several: "she, Sanders and President Obama were".)
                    alone = " " not in person.name and not _JOINED_BEFORE.search(self.text, max(0, pos - 30), pos)
                    verb = _VERB_AFTER_BODY.match(self.text, end) if alone else None
                    if any(m is not None and m.group("noun") in _NOT_A_PERSON_HEAD for m in (after, before)) or (
                        verb is not None and verb.group(1) in _PLURAL_VERBS
                    ):
                        known = True
                        break
            self._body_names[person.name] = known
        return known

    def pronoun_candidates(self, at: int, gender: Gender) -> list[Candidate]:
        """The people a pronoun at ``at`` may stand for, each with the facts the ranker weighs
        (`ranker.FEATURES`): the last _CANDIDATES people named within reach outside quotations,
        and the last speakers. Bounded: at most _CANDIDATES + 3 of them, each looked at once.
        ``gender`` is the pronoun's, for what the rules would say (one of the facts)."""
        text = self.text
        by_rules = self._by_rules(at, gender).speaker
        floor = max(0, at - _REACH)
        window = text[floor:at]
        sentence_ends = [floor + m.end() for m in _SENTENCE_END.finditer(window)]
        if self._paragraph_starts is not None:
            lo = bisect.bisect_right(self._paragraph_starts, floor)
            paragraph_starts = self._paragraph_starts[lo : bisect.bisect_right(self._paragraph_starts, at)]
        else:
            paragraph_starts = [floor + m.start() for m in _BLANK_LINE.finditer(window)]
        latest: dict[str, int] = {}
        in_reach: dict[str, int] = {}
        earlier: dict[str, list[int]] = {}
        for person, pos in self._mentions_before(at, None, floor):
            if person.name not in latest:
                if len(latest) >= _CANDIDATES:
                    continue
                latest[person.name] = pos
            in_reach[person.name] = in_reach.get(person.name, 0) + 1
            if pos != latest[person.name] and len(earlier.setdefault(person.name, [])) < 2:
                earlier[person.name].append(pos)
        speakers: list[tuple[int, str, Gender]] = []
        for h in self._recent_speakers():
            if h[0] >= at or h[1] in self._bodies or (gender is not None and a_brand(h[1])):
                continue  # (a body, or a firm written as one word: "ProPublica … said she", not "she")
            if at - h[0] > _REACH or len(speakers) >= 3:
                break
            if all(h[1] != s[1] for s in speakers):
                speakers.append(h)
        order = {name: k for k, name in enumerate(latest)}
        out: list[Candidate] = []
        names = list(latest) + [h[1] for h in speakers if h[1] not in latest]
        for name in names:
            person = self.people.people.get(name)
            pos = latest.get(name)
            spoke = next((k for k, h in enumerate(speakers) if h[1] == name), None)
            if pos is None:
                pos = speakers[spoke][0] if spoke is not None else at
                places: tuple[bool, ...] = (False, False, False, False)
                gender = next(h[2] for h in speakers if h[1] == name)
            else:
                places = self._speaker_places(pos, person) if person is not None else (False,) * 4
                gender = person.gender if person is not None else None
            sentences = len(sentence_ends) - bisect.bisect_right(sentence_ends, pos)
            paragraphs = len(paragraph_starts) - bisect.bisect_right(paragraph_starts, pos)
            rank = order.get(name, 9)
            before = text[max(0, pos - 12) : pos].split()
            prior = bisect.bisect_left(person.positions, at) if person is not None else 0  # named before, in all
            subject_before = person is not None and any(
                any(self._speaker_places(p, person)) for p in earlier.get(name, ())
            )
            possessive = (
                name in latest and person is not None and text.startswith(("’s", "'s"), _name_end(text, person, pos))
            )
            end = _name_end(text, person, pos) if person is not None and name in latest else pos
            after = text[end : end + 30].split()[:1]
            attributive = (
                name in latest
                and not possessive
                and bool(after)
                and (after[0][:1].isupper() or after[0].lower().strip(".,") in _ATTRIBUTIVE_NOUNS)
            )
            # "attacked Christie", "accusing Clinton": named after a verb (not a reporting verb's agent).
            obj = (
                name in latest
                and not any(places)
                and bool(before)
                and before[-1].isalpha()
                and before[-1].islower()
                and before[-1] not in _PREPOSITIONS
                and before[-1] not in _DESCRIPTION_FILLER
                and before[-1] not in ("and", "or", "but")
                and before[-1] not in ROLE_NOUNS
                and before[-1].strip(".") not in TITLE_WORDS
            )
            features = (
                (at - pos) / 1000,
                min(sentences, 6) / 3,
                min(paragraphs, 4) / 2,
                float(sentences == 0),
                float(sentences == 1),
                float(paragraphs == 0),
                float(rank == 0),
                float(rank == 1),
                float(rank == 2),
                float(spoke == 0),
                float(spoke is not None and spoke > 0),
                *(float(x) for x in places),
                float(subject_before),
                float(possessive),
                float(attributive),
                float(bool(before) and before[-1].lower() in _PREPOSITIONS),
                float(obj),
                math.log1p(prior),
                min(in_reach.get(name, 0), 5) / 5,
                float(name in latest and text.startswith(name, pos) and " " in name),
                float(name not in latest),
                float(name == by_rules),
            )
            out.append(Candidate(name, person, gender, features))
        return out

    def _people_between(self, start: int, stop: int) -> Iterator[tuple[Person, int]]:
        """Everyone named from ``start`` up to ``stop``, with where."""
        for pos, name in self.people.mentions_between(start, stop):
            yield self.people.people[name], pos

    def _mentions_before(self, at: int, gender: Gender, floor: int) -> list[tuple[Person, int]]:
        """Mentions of people between ``floor`` and ``at``, latest first, outside quotations. (Read
        back along the index's mentions; two people at one place are ordered by who was named last,
        as `PeopleIndex.recent` orders them: `_mentions_by_person`.)"""
        found: list[tuple[Person, int]] = []
        for person, pos in self._fitting(reversed(self.people.mentions_between(floor, at)), gender):
            if found and found[-1][1] == pos and found[-1][0] is not person:
                return self._mentions_by_person(at, gender, floor)  # (two people named at one place: rare)
            found.append((person, pos))
        return found

    def _latest_mentions(self, at: int, gender: Gender, floor: int) -> Iterator[tuple[Person, int]]:
        """`_mentions_before`, read back one at a time, for a reader that stops at the first that
        fits (`_in_focus` reads one or two of a dozen within reach). Only two mentions at one place
        can make that list another order (`_mentions_by_person`): then it is read whole."""
        mentions = self.people.mentions_between(floor, at)
        if len({pos for pos, _ in mentions}) < len(mentions):
            yield from self._mentions_before(at, gender, floor)
        else:
            yield from self._fitting(reversed(mentions), gender)

    def _fitting(self, mentions: Iterator[tuple[int, str]], gender: Gender) -> Iterator[tuple[Person, int]]:
        """The people of ``mentions`` (position, full name) who may be of ``gender``, outside quotations."""
        people = self.people.people
        for pos, name in mentions:
            person = people[name]
            if gender is not None and person.gender not in (None, gender):
                # "Clinton" taken for Bill Clinton, named last, before a "she": the one Clinton she can be.
                person = self._same_surname_of(person, pos, gender) or person
            if gender is not None and (person.gender not in (None, gender) or person.place):
                continue
            if self._inside_quote(pos):
                continue
            yield person, pos

    def _same_surname_of(self, person: Person, pos: int, gender: Gender) -> Person | None:
        """The one other person of ``person``'s surname and of ``gender``, if the mention at ``pos`` is
        the bare surname (which the people index gave to whoever of that surname was named last) and
        they were named before the other."""
        if not person.surname or self.text.startswith(person.name, pos) or honorific_gender_before(self.text, pos):
            return None  # (not "Mrs. Clinton": the honorific says who)
        others = [p for p in self.people.all_named(person.surname) if p is not person and p.gender == gender]
        if len(others) != 1 or not others[0].positions[:1] < [pos]:
            return None
        # Only the one the article is about, the first of them it named (not Bill Clinton, brought in
        # later in an article about Hillary Clinton, for a "he" after "Clinton").
        return others[0] if others[0].positions[0] < person.positions[0] else None

    def _mentions_by_person(self, at: int, gender: Gender, floor: int) -> list[tuple[Person, int]]:
        """`_mentions_before`, person by person as `PeopleIndex.recent` finds them."""
        found = [
            (person, pos)
            for person in self.people.recent(at, gender, limit=at - floor)
            for pos in person.positions[
                bisect.bisect_left(person.positions, floor) : bisect.bisect_left(person.positions, at)
            ]
            if not self._inside_quote(pos)
        ]
        return sorted(found, key=lambda item: item[1], reverse=True)

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and self._quote_spans[k][0] <= pos < self._quote_spans[k][1]

    def _only_quoted(self, person: Person, at: int) -> bool:
        return all(self._inside_quote(p) for p in person.positions if p < at)

    def _speaker_like(self, pos: int, person: Person) -> bool:
        """Named as a subject, as the agent of a reporting verb, or introduced with a role."""
        return any(self._speaker_places(pos, person))

    def _speaker_places(self, pos: int, person: Person) -> tuple[bool, bool, bool, bool]:
        """Where the mention at ``pos`` stands: (a sentence's or clause's subject, the agent of a
        reporting verb, followed by "who said", introduced with a role). Worked out lazily: each
        piece only when the ones before it are false."""
        text = self.text
        # Not before its paragraph: a title or heading above has no full stop to end it.
        floor = max(0, pos - 400)
        start = sentence_start(text, pos, max(floor, text.rfind("\n", floor, pos) + 1))
        lead = text[start:pos]
        # (Each pattern below is sought only where a word it needs stands just before the name.)
        tail = lead[-60:]
        nicknamed = _NICKNAMED_LEAD.search(lead, max(0, len(lead) - 60)) if _A_QUOTE_MARK.search(tail) else None
        if nicknamed is not None:
            lead = lead[: nicknamed.start()]  # "Marine John “Tig” Tiegen found": the surname is the mention
        # (Searched from where a match may start: from the lead's start, it was tried at every place.)
        opened = _CLAUSE_START.search(lead, max(0, len(lead.rstrip()) - _CLAUSE_START_LONGEST))
        clause = _CLAUSE_START.split(lead)[-1] if opened else lead
        # (A dash sets off a name as a comma does: "Trump’s running mate — Indiana Gov. Mike Pence — has".)
        cut = max(lead.rfind(", "), lead.rfind("; "))
        dash = max(lead.rfind("— "), lead.rfind("– "))
        if dash > cut and lead[dash + 2 :].split()[:1] not in (["a"], ["an"], ["the"], ["A"], ["An"], ["The"]):
            cut = dash  # (not "Chris Christie – a Dallas Cowboys fan – gave": an aside describing him)
        # (A comma inside the closing mark too: 'compared her to the cast of “Planet of the Apes,” the
        # network’s anchor Ilia Calderón reacted'.)
        quoted = max(lead.rfind(",” "), lead.rfind('," '))
        if quoted > cut:
            clause = lead[quoted + 3 :]
        elif cut >= 0:
            clause = lead[cut + 2 :]
        end = _name_end(text, person, pos)
        after = text[end : end + 40].split()[:1] if text.startswith(" ", end) else []
        if after and after[0].rstrip(".,;:") in _ATTRIBUTIVE_NOUNS:
            return False, False, False, False  # "a Trump supporter", "Clinton spokeswoman Jennifer Palmieri"
        if _OWN_SAYING_NEXT.match(text, end) is not None and not self._inside_quote(pos):
            return False, True, False, False  # "a clip of a Trump television interview, in which he says"
        if text.startswith(("’s ", "'s "), end):
            if _owns_a_person(text, end + 2) is not None or self._owns_one_named(end + 2):
                return False, False, False, False  # "Trump’s running mate — Mike Pence — has …": not Trump
            # (Not after someone else named in its sentence: "Biden rubbished Trump’s claim", "Trump
            # tweeted, quoting Comey’s statement. He added …", "when the AP asked Bennett about
            # Carson’s comments")
            if (
                _owns_a_saying(text, end + 2)
                and not self._inside_quote(pos)
                and all(p is person for p, _ in self._people_between(start, pos))
            ):
                if _ANSWERING_LEAD.search(lead, max(0, len(lead) - 40)) is not None:
                    # "Told of Cole-Bryant's remarks, the Ohio Republican shrugged": whoever answers them.
                    return False, False, False, False
                return False, True, False, False  # "James Comey’s statement on Tuesday. He called …"
        if " from " in text[max(start, pos - 80) : pos] and _MESSAGE_FROM.search(text, max(start, pos - 80), pos):
            return False, False, False, True  # "a message from Undersecretary Wendy Sherman, reporting …"
        words = clause.split()
        # "… behind Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz.": the last of a list,
        # ending its sentence, is no subject (a subject has its verb after it).
        listed = lead[: len(lead) - len(clause)].rstrip().endswith(",") and (
            (
                bool(words)
                and words[0] in ("and", "or")
                and text[end : end + 2].lstrip()[:1] in (".", ";", "!", "?", ",")
            )
            or _LIST_GOES_ON.match(text, end) is not None
        )
        opener = (words[:1] or lead[: len(lead) - len(clause)].split()[-1:] or [""])[0].lower()
        if opener in _CONCESSIVE and self._opened_by_another(start, pos, person):
            return False, False, False, False
        if words and (words[0].lower() in _SUBORDINATORS or words[0] in _COORDINATORS):
            words = words[1:]  # "…, as Mr. McDonough suggested": the subject of a clause of its own
        opening = lead.split()
        if opening and opening[0] in _OBJECT_OPENERS_CAPITALISED and len(opening) <= 3 and _lead_is_title(opening[1:]):
            return False, False, False, False  # "Like Allen, their days begin …": no subject
        if _WHO_NEXT.match(text, end) is not None and _CLEFT.search(lead, max(0, len(lead) - 24)) is not None:
            return True, False, False, False  # "but it was Mr. Trump who seemed a different candidate"
        if _AS_FOR.match(lead) and text.startswith((", he ", ", she "), end):
            return True, False, False, False  # "As for Trump, he said": whom the sentence is about
        if _named_in_an_aside(lead) or _revealed_as_kin(lead):
            return True, False, False, False
        if _THERE_IS.fullmatch(lead):
            return False, False, False, True  # "Then there's Axelrod.": brought in, the one to speak next
        stirred = _A_THING_STIRRED.fullmatch(lead) if lead[:3] in _STIRRING_LEADS else None
        if stirred is not None and not _names_a_person(stirred.group("thing").split()[-1].lower()):
            return False, False, False, True  # "The vote frustrated Coun. Trevor Boudreau": about him
        if lead.endswith(("show ", "shows ", "showed ", "say ", "allege ", "that ")) and _RECORDS_SHOW.fullmatch(lead):
            # "Court documents show Pastuch owns 14 buildings. He did not respond": no one opens the
            # sentence, so the one its records or police say something of is whom it is about.
            return (self._verb_next(end), False, False, False)
        if (
            len(words) <= 5
            and _lead_is_title(words)
            and not listed
            # Mid-sentence, after a comma or a word like "after": a subject only with its verb next
            # ("…, Trump said"), not an apposition or an object ("her rival, Donald Trump, as a man
            # …", "Bush went after Trump at the debate").
            and (not lead[: len(lead) - len(clause)].strip() or self._verb_next(end))
            and not _said_before(lead[: len(lead) - len(clause)])
        ):
            return True, False, False, False
        if (
            1 < len(words) <= 4
            and words[0] in ("a", "an")
            and all(w.islower() and w.replace("-", "").isalpha() for w in words[1:])
            # ("when a young man asked Clinton why …": the object of a verb, not "a newly elected Bush")
            and not any(w in REPORTING_VERBS for w in words[1:])
            and not listed
            and self._verb_next(end)
        ):
            return True, False, False, False  # "Back in 2000, a newly elected Bush sought …"
        if _named_as_before(lead) or ("asked" in lead and _WRITER_ASKED.search(lead)):
            # "a worker named Antonio Arroyo", "I asked one of them, season ticket holder Dave
            # Cosentino, what he thought": brought in by name, the one to speak next. (Each pattern
            # is sought only where the words it needs stand: from the lead's start, each was tried
            # at every place of it.)
            return False, False, False, True
        # "…, noted NBC’s Dante Chinni" / "according to Sen. X".
        before = lead.rstrip().split()
        while before and (before[-1][:1].isupper() or before[-1].lower().strip(".,") in TITLE_WORDS):
            before.pop()
        possessive = text.startswith(("’s", "'s"), end)  # "said Ivanka Trump’s statement": not the agent
        # "Pence said Trump will …", "Sanders told CNN’s Jake Tapper": a verb with a subject of its
        # own has its object or its clause's subject after it, not its agent ("And Trump, said
        # Sunshine, …" has one). Whom someone asked answers, though: "Conroy asked Sanders whether …"
        # (Past adverbs before the verb: "Whitcomb, who had repeatedly mocked Kessler" has its subject.)
        k = len(before) - 2
        while k > 0 and before[k].endswith("ly") and before[k].isalpha() and before[k].islower():
            k -= 1
        has_subject = (
            k >= 0
            and (before[k][:1].isupper() or before[k].lower() in _CLAUSE_PRONOUNS)
            and before[k][-1:].isalnum()
            and before[-1].lower() not in ASKING_VERBS
        ) or (k >= 0 and before[k].lower() in _AUXILIARY)  # "He had protested Trump at a rally"
        if before and before[-1].lower() in ASKING_VERBS and _TOLD_BY_SOMEONE.search(lead) is not None:
            has_subject = True  # "…, she said, was a question, when a young man asked Clinton why"
        # "A neighbour, Paul Fraser, said Harbans Gill used to …": a name with a verb of its own next
        # opens what was said by someone named before it (the agent of an inverted "said Harbans Gill"
        # never has one; "the government declared Oksuz was a leader. He …" keeps Oksuz in focus).
        if not has_subject and _OWN_VERB_NEXT.match(text, end) is not None:
            first = self.people.first_named(start, pos)
            has_subject = first is not None and first[1] is not person
        if (
            before
            and not possessive
            and (
                (
                    before[-1].lower() in _AGENT_VERBS
                    and before[-1].lower() not in _TOLD
                    # "…, saying Clinton was committed": what a participle says, never who says it.
                    and not before[-1].lower().endswith("ing")
                    and not has_subject
                )
                or " ".join(before[-2:]).lower() == "according to"
            )
        ):
            return False, True, False, False
        if _SAID_SO.match(text, end) or _SAID_SO_PAST_ASIDE.match(text, end):
            return False, False, True, False  # "Mayor Carla Jimenez, who has said she will sign it"
        if (
            len(before) >= 2
            and before[-1] in ("is", "was")
            and (before[-2].endswith(",") or before[0].endswith("ing") or before[0] == "Among")
            and person.positions[:1] == [pos]
            and not possessive
        ):
            # "Across town, knocking on doors for Sanders, is Wayne Borders, …", "Leading the charge was
            # Ada Ng": someone brought in at the end of an inverted sentence is its subject (not "whether
            # it is Secretary Clinton": a complement).
            return False, False, False, True
        m = _INTRODUCED.match(text, end)
        # "…, he would support"; and not in what someone said or was asked ("asked whether he was
        # concerned that Donald Trump, the presumptive nominee, …").
        if (
            m
            and m.group("apposition").split()[0].lower() not in _CLAUSE_PRONOUNS
            and not _reported_before(lead)
            and not (
                _PARTICIPLE_CLAUSE.match(m.group("apposition"))
                and m.group("apposition").split()[0].lower() not in TITLE_WORDS
            )
        ):
            words = [w.lower().strip("’'s") for w in m.group("apposition").split()]
            # "… and Mika Brzezinski, the Democratic presidential candidate stated": a clause of its own.
            if (
                any(w in ROLE_NOUNS or w in TITLE_WORDS or _AGE_NOUN.fullmatch(w) for w in words)
                or _BROUGHT_IN_AS.match(m.group("apposition"))
            ) and not any(w.lower() in REPORTING_VERBS for w in m.group("apposition").split()):
                return False, False, False, True
        last_word = lead.split()[-1:]
        if (
            last_word
            and last_word[0].islower()
            and last_word[0] in ROLE_NOUNS
            and person.positions[:1] == [pos]
            and text.startswith(",", end)
            and not any(w == "that" or w in REPORTING_VERBS for w in lead.split())  # lower case: "State" is none
            # ("Carson brought in a new campaign manager, retired Army general Bob Dees, late last month":
            # whom a sentence's subject brings in is its object; the subject stays in focus)
            and not self._opened_by_another(start, pos, person)
        ):
            # "To political science professor Brigid Harrison, Christie's stare …": someone brought in
            # with their role before their name, a clause of its own after it.
            return False, False, False, True
        if (
            last_word
            and last_word[0].endswith(",")
            and last_word[0][:-1] in ROLE_NOUNS
            and not listed
            and person.positions[:1] == [pos]
            and text.startswith(",", end)
            and not _SUBJECT_AFTER.match(text, end)
            and not _PASSIVE_WHO.match(text, end)  # "a teacher's aide, Anne Marie Murphy, who was gunned down"
            and not any(w == "that" or w in REPORTING_VERBS for w in lead.split())
        ):
            # "The lawsuit was led by Oklahoma's attorney general, Wade Castellano, who …": brought in
            # by their role, set off, the one a "he" next is about.
            return False, False, False, True
        if (
            not listed
            and (
                _VERB_AFTER_NAME.match(text, end)
                or (
                    _IRREGULAR_PAST_AFTER_NAME.match(text, end) and not (before and before[-1].lower() in _PREPOSITIONS)
                )
            )
            and not _reported_before(lead)
        ):
            # "Tennis great Billie Jean King remembered …", "Madeleine Albright, a Clinton supporter,
            # fanned …": the name its verb follows is a subject, whatever describes it before (but
            # not in what someone said: "Trump said Rubio looked …").
            return True, False, False, False
        # (Past a title: "I spoke to Dr. Alan Drummond, an emergency physician".)
        untitled = " ".join(before) + " " if before and len(before) < len(lead.split()) else lead
        meets = _WRITER_MEETS.match(untitled) if person.positions[:1] == [pos] else None
        # (The writer's own verb may be one of saying: "I spoke to", "I talked with".)
        if meets is not None and not _reported_before(meets.group("rest")):
            # "I mentioned the idea to Arnold Giesbrecht, who runs the hardware store": whom the writer
            # of a column brings in, the one who answers next.
            return False, False, False, True
        return False, False, False, False

    def _opened_by_another(self, start: int, pos: int, person: Person) -> bool:
        """Does the sentence starting at ``start`` open with someone other than ``person`` as its
        subject (a few words of title before the name at most)?"""
        first = self.people.first_named(start, pos)
        if first is None or first[1] is person:
            return False
        return _lead_is_title(self.text[start : first[0]].split()) and len(self.text[start : first[0]].split()) <= 5

    def _owns_one_named(self, at: int) -> bool:
        """Do a few lower-case words from ``at`` (after a name's "’s") end in a comma and a person's
        name ("Roy’s assistant, Mike Keane, is": the one named, not Roy, is the subject)?"""
        m = _OWNED_THEN_NAMED.match(self.text, at)
        return m is not None and bool(self.people.mentions_between(m.end(), m.end() + 1))

    def _verb_next(self, end: int) -> bool:
        """Does a verb follow the name ending at ``end`` (an aside between): a word in lower case
        that is no preposition or conjunction ("Trump said", "Bush, 62, went")?"""
        dash = _DASH_ASIDE.match(self.text, end) or _DASH_CLOSES.match(self.text, end)
        if dash is not None:
            end = dash.end()  # "— Indiana Gov. Mike Pence — has thrown"
        said = _SAID_NEXT.match(self.text, end)
        if said is not None and said.group(1) in REPORTING_VERBS:
            # "And a third, Daniel Traynor, said that while he …": the verb right after the name is its
            # own (the aside _NEXT_WORD allows would swallow it and stop at "he").
            return True
        m = _NEXT_WORD.match(self.text, end)
        if m is not None and m.group(1) in _RELATIVES and m.start(1) - end > 2:
            # "Roy’s assistant, Mike Keane, is in charge of the power play, which has …": what was
            # taken for an aside held the verb; the word right after the comma is it.
            m = _VERB_AFTER_COMMA.match(self.text, end) or m
        elif m is not None and m.start(1) - end > 2 and (m.group(1) in _PREPOSITIONS or m.group(1) in _NOT_A_VERB):
            # "The Minister of Education, Jean-François Roberge, defended his bill on Tuesday, despite
            # …": what was taken for an aside held the verb (a past tense or a verb of saying), and the
            # word after it is a preposition of that clause.
            first = _WORD_AFTER_COMMA.match(self.text, end)
            if first is not None and (first.group(1).endswith("ed") or first.group(1) in REPORTING_VERBS):
                m = first
        return (
            m is not None
            # "rivals Marco Rubio and Ted Cruz, who are in a tight race, drawing boos": a participle
            # after a clause of "who" is no verb of the name's.
            and not (m.group(1).endswith("ing") and "who" in self.text[end : m.start(1)].split())
            and m.group(1) not in _PREPOSITIONS
            and m.group(1) not in _NOT_A_VERB
            and m.group(1) not in _CLAUSE_PRONOUNS
        )

    def _person_resolution(self, person: Person, how: str) -> Resolution:
        return Resolution(person.name, person.role, person.gender, how)

    # ---- descriptions ---------------------------------------------------------------

    def _description(
        self, mention: str, at: int, role: str | None, back: bool = True, gender: Gender = None
    ) -> Resolution:
        """ "the Vermont senator" → the senator named before; "the commission" → the Commission on …;
        otherwise the words themselves."""
        if one_of_a_group(mention):
            return Resolution(mention, role, how="description")  # "several of them": never one person named
        words = [w.lower().strip(".,’'") for w in mention.split()]
        cut = next((k for k, w in enumerate(words) if k >= 2 and w in ("of", "from", "for")), None)
        if cut is not None:
            # "the former secretary of state", "the senator from Vermont": the noun before the
            # complement heads it; the complement's words describe them like a modifier.
            words = words[: cut - 1] + words[cut + 1 :] + words[cut - 1 : cut]
        if len(words) > 2 and words[-1] in ("emeritus", "emerita"):
            words = words[:-1]  # "the professor emerita": a professor, the adjective after the noun
        if words[-2:] == ["new", "democrat"]:
            words = [*words[:-2], "ndp"]  # "the New Democrat": a member of the NDP, no Democrat
        noun = _SYNONYMS.get(words[-1], words[-1]) if words else ""
        if words[-2:] == ["editorial", "board"]:
            noun = "newspaper"  # "the editorial board writes": the paper's voice
        elif words[-2:] == ["bench", "boss"]:
            noun = "coach"  # "the second-year bench boss said": sports copy's coach
        elif len(words) > 2 and words[-2].endswith("-based") and noun not in _BODY_KINDS and noun not in _ORG_NOUNS:
            noun = "company"  # "The Brampton, Ont.-based grocer", "the Vancouver-based miner": a firm
        if not noun:
            return Resolution(mention, role, how="description")
        if len(words) == 1 and noun in ANAPHORIC:
            return Resolution(None, role)  # "Another said": someone, but unresolved rather than "Another"
        definite = words[0] in ("the", "this")
        speaks_for = self._spoken_for(mention, at, back)
        if speaks_for is not None:
            return speaks_for
        if back and _A_SPOKESPERSON.fullmatch(mention):
            # "Transport Canada said it was reviewing the plan. ¶ “…,” a spokesperson said": one who
            # speaks for the body the sentence before opens with.
            body = self._body_subject_before(at) or self._described_body_before(at)
            if body is not None:
                return Resolution(body, role, how="description-organisation")
        if (
            noun in _OWNED_BODIES
            and len(words) <= 4
            and (definite or mention.split()[0].endswith(("’s", "'s")))
            and any(w[:1].isupper() for w in mention.split()[:-1] if w.lower() != "the")
        ):
            # "The Carson campaign", "Huckabee’s campaign": whose it is, as written (not a body whose
            # name holds "Campaign", nor the campaign's manager).
            return Resolution(mention, role, how="description-organisation")
        if back and len(words) >= 2 and words[0] in ("his", "her"):
            # "his campaign", "her spokesman", "his wife": whose, as "he" or "she" there says.
            owned_by = self._owned_by(noun, mention.split(None, 1)[1], words[0], at, role)
            if owned_by is not None:
                return owned_by
            # ("Mrs. Pruitt … Her husband interjected": the other half of the couple, of her surname.)
            named = self._named_as_kin(noun, at) or self._kin_named(words[0], noun, at)
            if named is not None:
                return self._person_resolution(named, "description-title")
        if back and len(words) == 2 and words[0] in ("my", "our"):
            # A first-person piece: "My mother, Doreen, never picked up beading. … my mom told me": the
            # one the writer brought in so.
            named = self._named_as_kin(_KIN_SYNONYMS.get(noun, noun), at)
            if named is not None:
                return self._person_resolution(named, "description-title")
        whose = _A_BODYS_DOCUMENT.fullmatch(mention)
        if back and whose is not None and whose.group("noun").lower() in _BODY_NOUNS_OF_IT:
            # "the department's draft notes", "the company's statement said": the body "the department"
            # stands for, if the text names one.
            found = self._description(f"the {whose.group('noun')}", at, role, back=back)
            body_start = self.text.find("\n") + 1  # (not a name in a Title Case headline)
            if found.how == "description-organisation" and self.text.find(found.speaker or "\n", body_start) >= 0:
                return replace(found, how="description-author")
            if whose.group("kind") is not None:
                # "The band council's statement read": the body, as written, when the text names none.
                owner = mention[: whose.end("noun")]
                return Resolution(mid_sentence(owner), role, how="description-author")
        owned = mention.split()[0].endswith(("’s", "'s"))  # "Hoff’s letter"
        word = _DOCUMENT_HEAD.search(mention) if words[0] in _INDEFINITE or definite or owned else None
        if word is not None:
            # "A 2014 House Intelligence Committee report", "a letter from the American Legion", "an
            # editorial in The Des Moines Register": the document names whose it is.
            owner = self._owner(at + word.start(), word.group(0), at, at + len(mention))
            if owner is not None:
                return Resolution(owner, role, how="description-author")
            noun = word.group("noun").lower()
        if words[0] in _INDEFINITE and len(words) > 1:
            # "“…,” a ministry spokesperson said in an email. The spokesperson, Kayla Iafelice, said
            # …": the one the next sentence names as "the spokesperson".
            named = self._named_as_the_next(noun, at) if back and _names_a_person(noun) else None
            if named is not None:
                return self._person_resolution(named, "description-ahead")
            # "a man calling himself …", "one Sanders supporter": someone new, not someone named before.
            return Resolution(mention, role, how="description")
        if definite and noun in DOCUMENT_NOUNS:
            owner = [w.strip(",’'") for w in mention.split()[1:-1] if w[:1].isupper()]
            if owner and len(owner) == len(mention.split()) - 2:
                # "the Heritage Foundation website", "the Rubio statement": the owner is named in it.
                person = self.people.lookup(" ".join(owner), at)
                return Resolution(person.name if person else " ".join(owner), role, how="description-author")
            author = self._author(noun, at)
            if author is not None and not (author in self.people.people and self._a_bodys(words)):
                # ("The city's staff report estimates": a body's, so no person who spoke before)
                return Resolution(author, role, how="description-author")
            return Resolution(mention, role, how="description")
        if back and definite:
            titled = self._titled_so(mention, at)
            if titled is not None:
                return self._person_resolution(titled, "description-title")
        # A body's noun names no person, even one whose role holds it ("the campaign": not the
        # "campaign manager").
        # ("the first lady": "First lady Michelle Obama", a title though "lady" is no role)
        by_description = definite and (_names_a_person(noun) or words[-2:] == ["first", "lady"])
        person = (
            self._described(noun, words[:-1], at, by_description)
            if noun not in _ORG_NOUNS and noun not in _BODY_KINDS and noun not in _OWNED_BODIES
            else None
        )
        states = _STATES.intersection(words[1:-1])
        two_words = _TWO_WORD_PLACE.search(mention) if definite else None
        if two_words is not None and all(
            w in two_words.group(0).split() or w.lower() in PARTY_MEMBERS
            for w in mention.split()[1:]
            if w[:1].isupper()
        ):
            # "the South Carolina Republican", "the New Hampshire senator" (not "The New Hampshire Union
            # Leader", a newspaper)
            states = {*states, two_words.group(0).lower()}
        if not states and definite and len(words) == 2 and mention.split()[-1][:1].isupper():
            stems = _place_stems(noun)  # "the Californian": California
            states = {state for state in _STATES if any(state.startswith(stem) for stem in stems)}
        placed = person is not None and self._placed(person, states)
        if back and definite and states and not placed:
            # "Speaker Paul Ryan says … the Wisconsin Republican criticized": a state no one was tied
            # to, said of whoever the sentences before are about (not Republican Donald Trump, named
            # in passing), if nothing said of them rules it out.
            # (One the article ties to that state goes first: "Sen. Gavin Rourke (D-Del.) … the
            # Delaware Democrat", not campaign chairman Paul Manafort named first in the sentence.)
            person = self._one_placed(noun, mention, at) or self._placed_in_focus(noun, mention, states, at) or person
        if person is None and back and definite and (states or _TWO_WORD_PLACE.search(mention)):
            person = self._one_placed(noun, mention, at)
        if person is None and definite and noun in _OFFICE_NOUNS:
            person = self._of_nation(mention, at)  # "the Russian leader": "Russian President Vladimir Putin"
        if person is not None and back and definite and noun not in _OFFICES and _names_a_person(noun):
            # "Const. Amy Gauthier-Lane said … A former RCMP officer said cells … “…,” the former
            # officer said": the one brought in with "a" since, no one named after them.
            since = self._introduced_as(noun, mention, at, unnamed_if_no_one_since=True)
            if since is not None and since.how == "description" and since.speaker:
                return since
        if person is None and back and definite and noun == "witness" and len(words) == 2:
            person = self._last_to_testify(at)  # "Hugo Tremblay … told the court … the witness replied"
        if person is not None:
            return Resolution(person.name, person.role or role, person.gender, "description-title")
        trade = noun in OCCUPATION_NOUNS or noun.endswith(("ist", "ician"))  # "the machinist", "the designer"
        if back and definite and (noun in _PEOPLE_NOUNS or trade) and _names_a_person(noun) and noun not in _OFFICES:
            earlier = self._introduced_as(noun, mention, at, unnamed_if_no_one_since=noun not in _PEOPLE_NOUNS)
            if earlier is not None:
                return earlier
        if noun in _ORG_NOUNS or noun in _BODY_SYNONYMS or noun in _BODY_KINDS or (definite and noun in _MUNICIPAL):
            body = (self._body_beside(noun, at) if definite and len(words) == 2 else None) or self._body_named(noun, at)
            fullest = self._fullest_body(body, at) if body else None
            owner = _PLACE_OWNER.match(mention)
            if (
                fullest
                and owner is not None
                and owner.group("place") not in fullest
                and self.people.lookup(owner.group("place"), at) is None  # ("Johnson's agency": his)
            ):
                fullest = None  # "Ontario's top court" is not the Supreme Court of Canada named before
            if fullest and definite and len(words) == 2 and noun in _BODY_KINDS:
                fullest = self._subject_since(fullest, noun, at) or fullest
            if fullest:
                return Resolution(fullest, role, how="description-organisation")
            if definite and len(words) == 2 and noun in _OWNED_BODIES:
                whose = self._campaign_of(noun, at)  # "The Clinton campaign said … the campaign said"
                if whose:
                    return Resolution(whose, role, how="description-organisation")
            if (
                definite
                and noun in _BODY_KINDS
                # ("the Crown corporation": a kind of body in Canada, though "Crown" is capitalised)
                and (len(words) == 2 or (len(words) == 3 and (mention.split()[1].islower() or words[1] == "crown")))
            ):
                # "the company", "the group", "the news outlet": the body that spoke last, when it is
                # not named so.
                spoke = next(
                    (
                        (pos, n)
                        for pos, n, how in reversed(self.said)
                        if pos < at
                        and how in _BODY_HOW
                        and at - pos <= _REACH * 2
                        and n.split()[-1].lower() not in _OWNED_BODIES  # "the company" is no campaign
                        and not _another_kind(n, noun)
                    ),
                    None,
                )
                body = self._body_subject_before(at, noun)
                if spoke is not None and (body is None or self.text.rfind(_without_the(body), 0, at) < spoke[0]):
                    # (A body opening a sentence since it spoke goes first: "BC Hydro said in an
                    # email … “…,” the Crown corporation said", after the band council's quote.)
                    body = spoke[1]
                if body:
                    return Resolution(body, role, how="description-organisation")
            if definite and len(words) == 2 and noun in _ORG_NOUNS and noun not in _OWNED_BODIES:
                # "The United Nurses of Alberta said … “…,” the union said": a body whose name does
                # not hold the noun, opening a sentence just before (no company for "the union").
                body = self._body_subject_before(at, noun)
                if body and not (noun in _NOT_A_COMPANY and _a_company(body)):
                    return Resolution(body, role, how="description-organisation")
        if definite and noun == "native" and len(words) >= 3:
            native = self._native_of(" ".join(w for w in mention.split()[1:-1]), at)
            if native is not None:
                return Resolution(native.name, native.role or role, native.gender, "description-title")
        office = noun in _OFFICE_NOUNS
        member = definite and noun in PARTY_MEMBERS  # "the Wisconsin Republican": one of a party
        if definite and _AGE_NOUN.fullmatch(noun):
            # "the 46-year-old": whoever the article gave that age.
            aged = self._aged(noun.split("-")[0], at)
            if aged is not None:
                return Resolution(aged.name, aged.role or role, aged.gender, "description-title")
            # "Back behind the counter, Hiltz is flipping fish cakes. ¶ “…,” the 71-year-old says": an
            # age no one was given, whoever was last named as a subject, if not the one quoted last
            # ("“…,” Ruiz said. ¶ A woman read a letter. ¶ “…,” said the 61-year-old": no one known).
            focus = self._in_focus(at, gender, descriptions="unnamed") if back else None
            spoke = next(((pos, name) for pos, name, _ in self._recent_speakers() if pos < at), None)
            last = spoke[1] if spoke is not None else None
            named = focus is not None and focus.how == "pronoun-subject" and focus.speaker in self.people.people
            if (
                named
                and focus is not None
                and (
                    focus.speaker != last
                    or self._aged_in_focus(noun, at, focus.speaker)
                    # "“…,” McDavid said. ¶ “…,” the 22-year-old added": only the quotation between
                    or (spoke is not None and self._only_quotation_between(spoke[0], at))
                )
            ):
                return replace(focus, how="description-focus")
            alone = self._only_one_named(at) if back and last is None and focus is None else None
            if alone is not None:
                # "They are all here to see Dr. Ruth Okafor, who has been … ¶ “…,” the 58-year-old
                # said": before anyone has spoken, the one person the article has named.
                return Resolution(alone.name, alone.role or role, alone.gender, "description-focus")
            return Resolution(mention, role, how="description")
        age = next((w for w in words[1:-1] if _AGE_NOUN.fullmatch(w)), None) if definite else None
        if age is not None and _names_a_person(noun):
            # "the 64-year-old baker": the age ties it to whoever the article gave it, when the noun
            # does not say otherwise ("the 64-year-old grandmother" is no man).
            aged = self._aged(age.split("-")[0], at)
            if aged is not None and _NOUN_GENDER.get(noun) in (None, aged.gender):
                return Resolution(aged.name, aged.role or role, aged.gender, "description-title")
        demonym = definite and mention.split()[-1][:1].isupper() and bool(_place_stems(noun))  # "the Texan"
        team = definite and self._a_teams_player(_EX.sub("", mention.split()[-1]))  # "the ex-Canuck"
        # "his environment minister": someone of the one "his" stands for, never that one, who is
        # whoever the article is about.
        whose = words[0] in _POSSESSIVE_PRONOUNS
        loose = definite and noun in _FOCUS_ONLY_NOUNS  # "the former Raptors star"
        if not whose and (
            office
            or member
            or demonym
            or team
            or loose
            or (definite and _names_a_person(noun) and noun not in _RELATIONAL)
        ):
            # "The Republican nominee", "The New York businessman", "the affable proprietor": whoever
            # the article is about (of the gender the noun says).
            # (Someone unnamed brought in since, not a description of someone named: that is what
            # this one is.)
            focus = self._in_focus(at, _NOUN_GENDER.get(noun) or gender, descriptions="unnamed" if back else "")
            person = self.people.people.get(focus.speaker or "") if focus is not None else None
            if focus is not None and person is None and focus.how == "pronoun-subject" and not office:
                # "A middle-aged cashier was shaken … said the woman": someone unnamed brought in since.
                return Resolution(focus.speaker, role, focus.gender, "description")
            here = at
            for _ in range(5):  # past an interviewer who spoke a few times
                if focus is None or person is None:
                    break
                if not (office and self._asks_for_a_living(person.name)) and not self._just_asked(person, here):
                    if (noun in PLAIN_PERSON_NOUNS or "former" in words) and self._someone_else_beside(
                        mention, person, at
                    ):
                        # "Dempsey talked with the man …": the man is not Dempsey; "Trump's words may
                        # have affected the former president": nor is the former president Trump.
                        break
                    # "Chaffetz requested … the Utah Republican asks": a place the article never ties
                    # to the person in focus is read past when no one else is named within reach; and
                    # the dateline's place always ("SURREY, B.C. — … the Surrey woman said": all are local).
                    said = (
                        _without_places(mention)
                        if self._named_alone(person, at) or self._placed_at_the_dateline(mention)
                        else mention
                    )
                    if (
                        _could_be(person, noun, said, strict=not office)
                        and (
                            not said.split()[-1][:1].isupper()
                            or (said.split()[-1].isupper() and noun in TITLE_WORDS)  # "the Liberal MP"
                            or noun in _PARTY_OF
                            or _known_place(noun, _known_words(person))
                            or self._a_teams_player(_EX.sub("", said.split()[-1]))
                        )
                        and self._of_their_nation(said, person)
                        and not self._paired_with_one_who_could_be(person, at, noun, said, strict=not office)
                        and (office or member or not self._someone_unnamed_since(person, at))
                    ):  # "the Texan" is the person in focus only if the article ties them to Texas
                        return replace(focus, how="description-focus")
                    break
                # "In an interview with CNN's Gloria Borger … “…,” Borger asked. … the senator said":
                # not the interviewer in focus, but whoever was in focus before them.
                named = self._named(person.name, here - 1)
                if named is None or named[0] >= here:
                    break
                here = named[0]
                focus = self._in_focus(here, _NOUN_GENDER.get(noun) or gender)
                person = self.people.people.get(focus.speaker or "") if focus is not None else None
            if (
                back
                and definite
                and office
                and person is not None
                and not _could_be(person, noun, mention, strict=False)
            ):
                # "The Vermont senator told reporters … Campaign manager Jeff Weaver made the same
                # point. ¶ “…,” the senator said": not the manager in focus, but whom the same noun
                # stood for last, opening a sentence.
                again = self._described_so_before(noun, mention, at)
                if again is not None:
                    return replace(again, how="description-focus")
        owned = any(w.endswith(("’s", "'s")) for w in mention.split()[:-1])  # "Donald Trump's campaign manager"
        if (
            back
            and (definite or owned)
            and (office or _names_a_person(noun))
            and not self._brought_in_unnamed(noun, at)
        ):
            # "Donald Trump's campaign manager says … ¶ Corey Lewandowski told CNN": as AP's "The
            # Latest" writes an entry, a description first, then the one it stands for, named for
            # the first time and speaking, in the next sentence. (Not one brought in with "a" before:
            # "A Liberal MP said … “…,” the MP said. ¶ NDP MP Nathalie Boudreau said" is someone else.)
            ahead = self._named_next(at)
            if ahead is not None and _NOUN_GENDER.get(noun) in (None, ahead.gender):
                return self._person_resolution(ahead, "description-ahead")
        return Resolution(mention, role, how="description")

    def _brought_in_unnamed(self, noun: str, at: int) -> bool:
        """Was someone brought in with "a" or "an" and ``noun`` within reach before ``at`` ("A Liberal
        MP said …"), outside quotations?"""
        floor = max(0, at - _REACH)
        window = self.text[floor:at]
        if noun not in window.lower():
            return False
        pattern = re.compile(rf"\b[Aa]n?[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}{re.escape(noun)}\b", re.IGNORECASE)
        return any(not self._inside_quote(floor + m.start()) for m in pattern.finditer(window))

    def _named_as_the_next(self, noun: str, at: int) -> Person | None:
        """The person the sentence after the one at ``at`` opens with as "the ``noun``" and names
        in apposition ("The spokesperson, Kayla Iafelice, said"), named there for the first time."""
        end = sentence_end(self.text, at, min(len(self.text), at + 600))
        m = _THE_NOUN_NAMED.match(self.text, end)
        if m is None or _SYNONYMS.get(m.group("noun").lower(), m.group("noun").lower()) != noun:
            return None
        first = self.people.first_named(m.end(), m.end() + 1)
        if first is None or first[1].positions[0] != first[0]:
            return None
        return first[1]

    def _named_next(self, at: int) -> Person | None:
        """The person the sentence after the one at ``at`` opens with (a title before the name at
        most), named there for the first time, with a verb of saying next."""
        end = sentence_end(self.text, at, min(len(self.text), at + 600))
        start = end
        while start < len(self.text) and self.text[start] in " \t\n" and start - end < 4:
            start += 1
        first = self.people.first_named(start, start + 60)
        if first is None or first[1].positions[0] != first[0]:
            return None
        lead = self.text[start : first[0]]
        if lead and not all(w[:1].isupper() for w in lead.split()):
            return None  # ("After the vote, Ann Lee said": a clause first, not whom the sentence opens with)
        after = _name_end(self.text, first[1], first[0])
        return first[1] if _SAYING_NEXT.match(self.text, after) is not None else None

    def _someone_unnamed_since(self, person: Person, at: int) -> bool:
        """Did a sentence open with someone unnamed, brought in with "a" ("A retired postal worker
        who joined the picket line said …", "A 19-year-old who lost a cousin spoke …"), since
        ``person`` was last named before ``at``? Then "the retiree", "the young man" is that one."""
        named = self._named(person.name, at)
        if named is None:
            return False
        # (From the start of the sentence last naming them outside quotations: "A banker from Miami said the
        # attacks were beneath Rubio. ¶ “This is not who Marco is …,” the banker said" brings the banker in
        # before Rubio's name, in its sentence.)
        outside = next((pos for p, pos in self._latest_mentions(at, None, max(0, at - _REACH)) if p is person), None)
        last = outside if outside is not None else named[0]
        opens = sentence_start(self.text, last, max(0, last - 400, self.text.rfind("\n", 0, last) + 1))
        for m in _UNNAMED_OPENS.finditer(self.text, min(opens, named[1]), at):
            if not self._inside_quote(m.start("noun")) and (
                _names_a_person(m.group("noun").lower()) or _AGE_NOUN.fullmatch(m.group("noun"))
            ):
                return True
        return False

    def _a_teams_player(self, word: str) -> bool:
        """Is ``word`` (capitalised, "Rider", "Canuck") one of a team the article names in the
        plural ("the Saskatchewan Roughriders", "the Canucks")?"""
        if not word[:1].isupper():
            return False
        if word not in self._teams:  # (once per word: the article is read through for it)
            self._teams[word] = _plural_of_a_team(self.text, word[1:] + "s")
        return self._teams[word]

    def _seat_holder(self, at: int) -> Person | None:
        """For "the Ward 11 councillor" at ``at``: the one named right after "Ward 11" within reach
        before ("Ward 11 Coun. Mike Nickel"), not the Ward 9 councillor named since."""
        seat = _NUMBERED_SEAT.match(self.text, at)
        if seat is None:
            return None
        where = re.compile(rf"\b{seat.group('seat')}[ \t]+{seat.group('number')}\b")
        for m in reversed(list(where.finditer(self.text, max(0, at - _REACH * 2), at))):
            named = self.people.first_named(m.end(), m.end() + 20)
            if named is not None:
                return named[1]
        return None

    def _the_other_one(self, mention: str, speaker: str, at: int) -> Person | None:
        """For a reply by description ("the councillor replied") that resolved to ``speaker``, who
        spoke last before ``at``: the one other person within reach the article gave that noun."""
        last = next((name for pos, name, _ in self._recent_speakers() if pos < at), None)
        if last != speaker:
            return None
        noun = mention.split()[-1].lower()
        return self._only_one_within_reach(
            at, lambda p: p.name != speaker and (noun in p.titles or noun in p.descriptors)
        )

    def _described_so_before(self, noun: str, mention: str, at: int) -> Resolution | None:
        """The person the latest description with ``noun`` opening a sentence within reach before
        ``at`` stands for ("The Vermont senator told reporters" for "the senator"), if they could be
        ``mention``; looked for once (not again from there)."""
        if self._described_again:
            return None
        pattern = re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:The|the)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{noun}\b")
        found = None
        for m in pattern.finditer(self.text, max(0, at - _REACH), at - 1):
            if not self._inside_quote(m.start()):
                found = m
        if found is None:
            return None
        self._described_again = True
        try:
            earlier = self._description(found.group(0), found.start(), None)
        finally:
            self._described_again = False
        person = self.people.people.get(earlier.speaker or "")
        if person is None or earlier.how not in ("description-title", "description-focus"):
            return None
        return earlier if _could_be(person, noun, mention, strict=False) else None

    def _elder_or_younger(self, candidates: list[Person], at: int) -> Person | None:
        """For "the elder Cruz" or "the younger Bush" at ``at``: the one candidate first named as
        someone's parent (or child), "his father, Rafael Cruz"; None otherwise."""
        m = _ELDER_BEFORE.search(self.text, max(0, at - 16), at)
        if m is None:
            return None
        elder = m.group(1).lower() != "younger"
        nouns = _PARENT_NOUNS if elder else _CHILD_NOUNS_NAMED
        ranks = _ELDER_SIBLING if elder else _YOUNGER_SIBLING
        fits = [
            p
            for p in candidates
            if p.positions
            and p.positions[0] < at  # (not one the text brings in only later)
            and ((kin := self._kin_noun_before(p.positions[0])) in nouns or (kin or "-").split()[0] in ranks)
        ]
        return fits[0] if len(fits) == 1 else None

    def _kin_noun_before(self, pos: int) -> str | None:
        """The kin noun a name at ``pos`` is set off after ("his father, Rafael Cruz": father)."""
        m = _NAMED_AS_KIN.search(self.text, max(0, pos - 30), pos)
        return m.group(1).lower() if m is not None else None

    def _told_after(self, cue: Cue) -> str | None:
        """The person a cue's verb of telling or asking names right after it ("told Reyes",
        "asked Sen. Hale"), as the people index has them."""
        if cue.cue not in _TELLS_SOMEONE:
            return None
        m = _NAME_RIGHT_AFTER.match(self.text, cue.cue_end)
        if m is None:
            return None
        person = self.people.lookup(m.group("name"), m.start("name"))
        return person.name if person is not None else None

    def _other_office_holder(self, person: Person, noun: str, mention: str, at: int) -> Person | None:
        """For a description ``person`` cannot be (the one it tells): the one other person within
        reach given an office who could be it (its place words read past, as no one within reach is
        tied to them)."""
        strict = noun not in _OFFICES
        said = _without_places(mention)

        def fits(p: Person) -> bool:
            # An office holder described by that office ("the senator": "Sen. …"), or, for a party's
            # member ("the Massachusetts Democrat"), by an office only one person holds at a time.
            offices = {t for t in p.titles if t in _OFFICES} | _offices_in_role(p.role)
            described = noun in offices if noun in _OFFICES else bool(offices & _EXCLUSIVE_OFFICES)
            return p is not person and described and _could_be(p, noun, said, strict=strict)

        return self._only_one_within_reach(at, fits)

    def _spoke_before_the_last(self, mention: str, speaker: str, at: int) -> Person | None:
        """For a reply by description that resolved to ``speaker``, who spoke last before ``at``:
        the latest other person who spoke within reach, if the description could be them."""
        spoke = [(pos, name) for pos, name, _ in self._recent_speakers() if pos < at]
        if not spoke or spoke[0][1] != speaker:
            return None
        if _ASKED_SINCE.search(self.text, spoke[0][0], at):
            return None  # "“…,” Cruz said. Asked about Trump, the senator replied": the one asked replies
        noun = _head_noun(mention)
        for pos, name in spoke[1:]:
            if at - pos > _REACH:
                return None
            if name != speaker:
                person = self.people.people.get(name)
                return person if person is not None and _could_be(person, noun, mention, strict=False) else None
        return None

    def _crown_prosecutor(self, at: int) -> Person | None:
        """The one person within reach before "the Crown" at ``at`` whom the article called a Crown
        prosecutor, attorney or counsel ("Crown prosecutor Amrita Bhullar", "Peter Vaillancourt, the
        Crown attorney,"); none with two (or none) such."""
        if not self.text.endswith(("the ", "The "), 0, at):
            return None
        return self._only_one_within_reach(at, lambda p: "crown" in p.descriptors)

    def _titled_so(self, mention: str, at: int) -> Person | None:
        """The one person within reach the article wrote with every word of a lower-case
        description of two words or more, before their name or set off after it: "letter carrier
        Suzanne Doiron" for "the letter carrier" (a carrier is also a company), "Coroner's counsel
        Karen Shea" for "the coroner's counsel"."""
        words = mention.split()[1:]
        if len(words) < 2 or not all(_LOWER_PHRASE_WORD.fullmatch(w) for w in words):
            return None
        wanted = descriptor_words(" ".join(words))
        if len(wanted) < 2:
            return None
        found = self._only_one_within_reach(at, lambda p: wanted <= p.descriptors)
        return found if found is not None and not self._named_just_before(found, at) else None

    def _one_placed(self, noun: str, mention: str, at: int) -> Person | None:
        """ "Rep. Wade Hallorann of North Carolina … the North Carolina Republican said", with
        another representative in focus: the one person within reach the article ties to every
        place word of the description, if nothing said of them rules it out."""
        if noun not in PARTY_MEMBERS and noun not in _OFFICES:
            return None
        places = _place_words(mention)
        if not places:
            return None
        return self._only_one_within_reach(
            at,
            lambda p: (
                all(_known_place(w, _known_words(p)) for w in places)
                and _could_be(p, noun, mention, strict=noun not in _OFFICES)
            ),
        )

    def _only_one_within_reach(self, at: int, fits: Callable[[Person], bool]) -> Person | None:
        """The one person named within reach before ``at`` (twice _REACH) who ``fits``; None when none
        or several do (looked at until a second one is found)."""
        found = list(itertools.islice((p for p in self.people.recent(at, None, limit=_REACH * 2) if fits(p)), 2))
        return found[0] if len(found) == 1 else None

    def _placed(self, person: Person, states: set[str]) -> bool:
        """Was ``person`` described with the state a description names ("the Florida senator")?"""
        known = _known_words(person)
        return any(_known_place(state, known) for state in states)  # ("Wis.": Wisconsin)

    def _placed_in_focus(self, noun: str, mention: str, states: set[str], at: int) -> Person | None:
        """The person in focus, for "the Utah Republican" whose state the article never gave anyone:
        one of whom nothing says otherwise (no other state, party or office)."""
        if not (noun in PARTY_MEMBERS or noun in _OFFICES or _names_a_person(noun)):
            return None
        focus = self._in_focus(at, _NOUN_GENDER.get(noun))
        person = self.people.people.get(focus.speaker or "") if focus is not None else None
        if person is None or (_known_words(person) & _STATES and not self._placed(person, states)):
            return None
        if self._asks_for_a_living(person.name) or self._just_asked(person, at):
            return None  # "Rubio was asked by moderator Gerard Baker … The Florida senator’s answer"
        named = self._named(person.name, at)
        known = _known_words(person)
        # ("Sen. John McCain withdrew his support for Donald Trump. ¶ … the Arizona Republican said": a
        # party's member, and the one in focus holds an elected office; no one else named need be it.)
        elected = noun in known or (noun in PARTY_MEMBERS and bool(known & _ELECTED_OFFICES))
        if named is not None and not elected:
            # "Donald Trump picked Mike Pence as his running mate. … the Indiana governor said": someone
            # named in their paragraph that nothing describes may be the one meant.
            floor = max(self.text.rfind("\n", 0, named[0]) + 1, named[0] - _BESIDE_SPAN * 2)  # (its paragraph)
            if any(
                other is not person and not (other.titles or other.role or other.descriptors)
                for other, _ in self._mentions_before(at, None, floor)
            ):
                return None
        return person if _could_be(person, noun, _without_places(mention), strict=noun not in _OFFICES) else None

    def _just_asked(self, person: Person, at: int) -> bool:
        """Was ``person``, last named within a sentence or two before ``at``, the one asking there
        ("defence lawyer Sarah Inkster asked whether …" before "“…,” the pathologist replied")?"""
        named = self._named(person.name, at - 1)
        if named is None or not 0 <= at - named[0] <= _BODY_PRONOUN_REACH:
            return False
        return _ASKED_AFTER.match(self.text, named[1]) is not None

    def _only_one_named(self, at: int) -> Person | None:
        """The one person named within reach before ``at`` (outside quotations), if only one is."""
        named = {
            p.name: p
            for p, _ in self._mentions_before(at, None, max(0, at - _REACH))
            if not p.place
            and not names_a_thing(p.name)
            and not self._a_thing(p)
            and p.name.rsplit(None, 1)[-1].lower() not in _PLACES_NAMED_LIKE_PEOPLE  # ("Lanigan Medical Clinic")
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _placed_at_the_dateline(self, mention: str) -> bool:
        """Are the capitalised words between the determiner and the noun of ``mention`` ("the Surrey
        woman") all of the place the article's dateline names ("SURREY, B.C. —")?"""
        words = self._lede_dateline()[0]
        places = [w for w in mention.split()[1:-1] if w[:1].isupper()]
        return bool(places) and all(w in words for w in places)

    def _lede_dateline(self) -> tuple[frozenset[str], int]:
        """The words of the place the article's dateline names ("SURREY, B.C. —": {"Surrey"}) and where
        the first paragraph's own words start, past it; read once."""
        if self._lede is None:
            first = self._paragraph_starts[0] if self._paragraph_starts else 0
            dateline = find_dateline(self.text[first : first + 120])
            place = dateline[0].split(",")[0].split("(")[0] if dateline is not None else ""
            opening = first + dateline[1] if dateline is not None else first
            self._lede = (frozenset(w.title() for w in place.split()), opening)
        return self._lede

    def _named_alone(self, person: Person, at: int) -> bool:
        """Is ``person`` the only one named within reach before ``at`` (outside quotations)?"""
        named = self._mentions_before(at, None, max(0, at - _REACH))
        return bool(named) and all(p is person for p, _ in named)

    def _named_in_apposition(self, end: int, closed: bool = True) -> Person | None:
        """The person named in an apposition right after a description ending at ``end`` ("the
        American ambassador at the time, John E. Herbst", "The city councillor for the ward, Janet
        Ruiz,"); with ``closed``, only if something closes it after the name (a comma, a stop or
        the line's end)."""
        m = _APPOSITION_AFTER.match(self.text, end)
        if m is None:
            return None
        first = self.people.first_named(m.end(), m.end() + 1)
        if first is None:
            return None
        person = first[1]
        return (
            person if not closed or _APPOSITION_CLOSE.match(self.text, _name_end(self.text, person, first[0])) else None
        )

    def _named_in_question_before(self, at: int) -> frozenset[str]:
        """The people a question put to the pronoun at ``at`` names, when it opens the sentence ("Asked
        whether she would debate Carvalho again, she said", "Asked about Almeida’s attack, he said"):
        whom the question is about is not the one who answers."""
        if self.text.find("sked", max(0, at - 260), at) < 0:
            return frozenset()  # (no "asked" in reach: no sentence to find the start of)
        start = sentence_start(self.text, at, max(0, at - 260))
        m = _ASKED_OPENS.match(self.text, start, at)
        if m is None or m.end() != at:
            return frozenset()
        return frozenset(p.name for p, k in self._people_between(m.start(), at) if not self._inside_quote(k))

    def _named_later(self, at: int) -> frozenset[str]:
        """The people named after the pronoun at ``at`` in its own clause ("he played down Trump's
        comments", "she told Ms. Vos"): a pronoun and a name it stands before are two people (not
        "He, Trump, said": an apposition)."""
        text = self.text
        word = text[at : at + 4].split(None, 1)[:1]
        if not word or word[0].lower().rstrip(",") not in ("he", "she") or word[0].endswith(","):
            return frozenset()  # "His campaign confirmed that Trump …": a possessive may be his
        word_end = at + len(word[0])
        asked = self._named_in_question_before(at)
        end = sentence_end(text, at, min(len(text), at + _LATER_SPAN))
        clause = _OWN_CLAUSE_END.search(text, word_end, end)
        while (
            clause is not None
            and clause.group(0).strip() in _SUBJECTLESS_AFTER
            and _NO_SUBJECT_OF_ITS_OWN.match(text, clause.end())
        ):
            # "he said when asked about Scheer", "she said after meeting Ford": a clause with no
            # subject of its own is the pronoun's still.
            clause = _OWN_CLAUSE_END.search(text, clause.end(), end)
        end = clause.start() if clause else end
        if not _holds_a_capital(text[word_end:end]):
            return asked
        named = set(asked)
        for person in self.people.recent(end, None, limit=end - word_end):
            k = bisect.bisect_right(person.positions, word_end)
            if k < len(person.positions) and person.positions[k] < end and not self._inside_quote(person.positions[k]):
                named.add(person.name)
        return frozenset(named)

    def _someone_else_beside(self, mention: str, person: Person, at: int) -> bool:
        """Is ``mention`` ("the man") written before ``at`` in a sentence that names ``person``
        apart from it ("Dempsey talked with the man over the phone")? Then it is someone else. Not
        an apposition ("Dempsey, the man who …", "the man, Dempsey,"): that is them."""
        low = max(0, at - _REACH)
        needle = mention.lower()
        window = self.text[low:at].lower()
        found = window.find(needle)
        for _ in range(_BESIDE_TRIES):
            if found == -1:
                return False
            here = low + found
            start = sentence_start(self.text, here, max(0, here - _BESIDE_SPAN))
            end = sentence_end(self.text, here, min(len(self.text), here + _BESIDE_SPAN))
            lo = bisect.bisect_left(person.positions, start)
            for pos in person.positions[lo : bisect.bisect_left(person.positions, end)]:
                if pos < here:
                    gap = self.text[min(_name_end(self.text, person, pos), here) : here]
                else:
                    gap = self.text[here + len(needle) : pos]
                if not _APPOSED.fullmatch(gap):
                    return True
            found = window.find(needle, found + len(needle))
        return False

    def _asks_for_a_living(self, name: str | None) -> bool:
        """Is ``name`` an interviewer or a moderator the article names (`_interviewer`)?"""
        person = self.people.people.get(name or "")
        if person is None:
            return False
        roles = person.titles | (set(person.role.lower().split()) if person.role else set())
        return bool(roles & _ASKERS) or self._interviewer(person)

    def _interviewer(self, person: Person) -> bool:
        """Is ``person`` someone who asks for a news outlet: named after "an interview with" or an
        outlet's possessive ("CNN's Gloria Borger", "Morning Joe hosts Joe Scarborough and Mika
        Brzezinski")? Never "the senator" or "the candidate" they talk to."""
        for pos in person.positions[:3]:
            lead = self.text[max(0, pos - 80) : pos]
            # (Each pattern, tried at every place of the lead, only where its word or mark stands in it.)
            if "interview" in lead and _INTERVIEW_WITH.search(lead):
                return True
            outlet = _OUTLET_BEFORE.search(lead) if "’" in lead or "'" in lead else None
            if outlet is not None and outlet.group(1).lower() in _OUTLET_WORDS:
                return True
        return False

    def _owned_by(self, noun: str, rest: str, pronoun: str, at: int, role: str | None) -> Resolution | None:
        """What "his …" or "her …" names, whose as the pronoun there says: their spokesperson or
        their statement speaks as them; their campaign or office is a body of theirs ("Bernie
        Sanders’s campaign"). Anyone else ("his wife", "his best friend") stays as written: a
        possessive's "his" is wrong more often than a speaker's "he" is."""
        spoken = bool(re.fullmatch(_SPOKESPERSON, noun)) or noun in DOCUMENT_NOUNS
        if not spoken and noun not in _ORG_NOUNS and noun not in _OWNED_BODIES:
            return None
        owner = self.people.people.get(self._pronoun(pronoun, at).speaker or "")
        if owner is None:
            return None
        if spoken:
            how = "description-author" if noun in DOCUMENT_NOUNS else "description-title"
            return Resolution(owner.name, owner.role, owner.gender, how)
        return Resolution(f"{owner.name}{self._possessive} {rest}", role, how="description-organisation")

    def _body_beside(self, noun: str, at: int) -> str | None:
        """The body a name beside the noun's last use names: "The city's transit agency, Brampton
        Transit, said" or "Brampton Transit, the city's transit agency," → "Brampton Transit" for
        "the agency" (the last use within reach outside quotations, only)."""
        text = self.text
        floor = max(0, at - _BESIDE_REACH)  # the sentence or two before: further back, another body
        pos = text.rfind(noun, floor, at)
        while pos > floor and (text[pos - 1].isalnum() or text[pos + len(noun) : pos + len(noun) + 1].isalnum()):
            pos = text.rfind(noun, floor, pos)
        if pos <= floor or self._inside_quote(pos):
            return None
        if len(_SENTENCE_END.findall(text, pos, at)) > 1:
            return None  # "… parent company, Alphabet. … the oil giant Exxon Mobil. The company said"
        end = pos + len(noun)
        found = _NAME_BESIDE.match(text, end)
        if found is None and text.startswith(",", end):
            # The apposition closes with a comma: "On Wednesday, the company said" has none.
            found = _NAME_BEFORE_APPOSITION.search(text, max(floor, pos - 120), pos)
        if found is None or found.group("name").split()[0].lower() in _NOT_BODY_LEAD:
            return None
        return found.group("name").rstrip(".")

    def _campaign_of(self, noun: str, at: int) -> str | None:
        """Whose "the campaign" is: the latest "the Clinton campaign", "Clinton's campaign" or "his
        campaign" (whose by "he" there) within reach outside quotations, as "the Clinton campaign"."""
        floor = max(0, at - _REACH)
        for m in reversed(list(_OWNED_BODY.finditer(self.text, floor, at))):
            if m.group("noun") != noun or self._inside_quote(m.start()):
                continue
            if m.group("pronoun"):
                owner = self.people.people.get(self._pronoun(m.group("pronoun").lower(), m.start()).speaker or "")
                return f"the {_surname_of(owner.name)} {noun}" if owner is not None else None
            owner_words = m.group("owner").split()
            words = [_POSSESSIVE_S.sub("", w) for w in owner_words if w.lower().strip(".") not in _NOT_BODY_LEAD]
            if not words or words[0] in ("The", "A", "An"):
                words = words[1:]
            if words:
                person = self.people.lookup(" ".join(words), m.start())
                return f"the {_surname_of(person.name if person is not None else ' '.join(words))} {noun}"
        return None

    def _introduced_as(
        self, noun: str, mention: str, at: int, unnamed_if_no_one_since: bool = False
    ) -> Resolution | None:
        """ "A Republican committee aide blasted the statement. … the aide said", "the prime minister's
        spokesman said … the spokesman said": a definite description whose noun last stood, within
        reach and outside quotations, in a phrase brought in with "a", "one" or a possessive (or with
        more words than it has) is that phrase's person; unnamed, the phrase as written. Only the
        latest such noun counts: "Clinton spokesman Brian Fallon" before is someone with a role.
        With ``unnamed_if_no_one_since``, someone unnamed only if no one was named since: "…, a
        forensic pathologist told a jury. ¶ Dr. Charlotte Reimer performed the autopsy" is her."""
        text = self.text
        floor = max(0, at - _REACH)
        end = at
        bare = mention.lower().split()
        for _ in range(4):  # a few bare repeats ("the spokesman said" again) are looked past
            pos = text.rfind(noun, floor, end)
            while pos > floor and (text[pos - 1].isalnum() or text[pos + len(noun) : pos + len(noun) + 1].isalnum()):
                pos = text.rfind(noun, floor, pos)
            if pos <= floor:
                return None
            end = pos
            if self._inside_quote(pos):
                continue
            after = text[pos + len(noun) : pos + len(noun) + 30].split()[:1]
            if after and after[0][:1].islower() and after[0] not in _PHRASE_END and not after[0].endswith("ed"):
                continue  # "a general election": the word is no noun there
            start = max(text.rfind(c, max(floor, pos - 80), pos) for c in '.,;:!?\n"“”(')
            lead = text[start + 1 : pos].split()
            k = next(
                (j for j in range(len(lead) - 1, -1, -1) if lead[j].lower() in _INDEFINITE or lead[j].lower() == "the"),
                None,
            )
            if k is None and lead and lead[-1].endswith(("’s", "'s")):
                k = len(lead) - 1  # "Cameron's spokesman"
            if k is None or len(lead) - k > 5 or any(w.lower() in _PREPOSITIONS for w in lead[k + 1 :]):
                return None  # "Clinton spokesman Brian Fallon", "a statement by the campaign's aide"
            words = [lead[k].lower() if lead[k].lower() in _INDEFINITE else lead[k], *lead[k + 1 :], noun]
            phrase = " ".join(words)
            if not (_SECOND_IN_RANK.intersection(bare) <= {w.lower() for w in words}):
                continue  # "the 36-year-old campaign manager" is not "the deputy campaign manager"
            if [w.lower() for w in words] == bare or (len(words) == 2 and words[0].lower() == "the"):
                # The same words again: further back; or, opening a sentence, whoever they were
                # about there ("Marc-André Lavoie has been here before. ¶ The veteran defenceman, now
                # in his 12th season, … ¶ “…,” the veteran defenceman said").
                found = self._read_back(phrase, start, pos) if lead[k] == "The" and len(words) > 2 else None
                if found is not None:
                    return found
                continue
            named = self._named_right_before(start + 1) if text.startswith(",", start) else None
            if named is not None:
                return self._person_resolution(named, "description-title")  # "Fiorina, a first-time chief executive"
            held = self._subject_working_as(start + 1, lead, k)
            if held is not None:
                return self._person_resolution(held, "description-title")
            named = self._named_in_apposition(pos + len(noun), closed=False)
            if named is not None:
                # "The city councillor, Janet Ruiz,", "A retired teacher from Salem, Doug Farrelly,"
                return self._person_resolution(named, "description-title")
            whose = _FOR_BODY.match(text, pos + len(noun)) if _SPOKESPEOPLE.fullmatch(noun) else None
            if whose is not None:
                # "A spokesperson for the Department of Labour said … the spokesperson said": the body.
                phrase += whose.group(0)
            found = self._description(phrase, text.rfind(lead[k], start, pos), None, back=False)
            if found.speaker and found.how in ("description-title", "description-organisation"):
                return found  # named where it was brought in (not whoever was in focus there)
            if lead[k] in ("The", "the"):
                # "Cody Fajardo has heard it all. ¶ The 27-year-old quarterback has answered …": a
                # definite description of more words is whoever it describes there.
                found = self._read_back(phrase, start, pos)
                if found is not None:
                    return found
            lede = self._named_after_the_lede(text.rfind(lead[k], start, pos)) if lead[k] in ("A", "An") else None
            if lede is not None and _NOUN_GENDER.get(noun) in (None, lede.gender):
                return self._person_resolution(lede, "description-ahead")
            if unnamed_if_no_one_since and self.people.first_named(pos, at) is not None:
                return None
            # (with what set them apart where they were brought in: "a source familiar with the file",
            # "a person close to the campaign", "a Clinton aide in Ohio")
            tail = _SET_APART_AFTER.match(text, pos + len(noun))
            return Resolution(phrase + (tail.group(0).rstrip() if tail else ""), None, how="description")
        return None

    def _last_to_testify(self, at: int) -> Person | None:
        """The person named as the subject of the last sentence before ``at`` (within reach) that says
        someone testified or told a court: in court copy, "the witness"."""
        floor = max(0, at - _REACH)
        for m in reversed(list(_TESTIFIED.finditer(self.text, floor, at))):
            if self._inside_quote(m.start()):
                continue
            starts = self._paragraph_starts or [0]
            paragraph = starts[max(0, bisect.bisect_right(starts, m.start()) - 1)]
            start = sentence_start(self.text, m.start(), max(floor, paragraph))
            named = self.people.first_named(start, m.start())
            if named is None or _LEGAL_ROLE.search(named[1].role or ""):
                return None  # ("Crown attorney Melissa Hardy told the court": no witness)
            opens = not self.text[start : named[0]].strip()
            # ("The first witness, a tenant named Gerald Simms, testified": the one person named there)
            alone = {p.name for p, _ in self._people_between(start, m.start())} == {named[1].name}
            return named[1] if opens or alone else None  # (only the latest: "A former aide … testified")
        return None

    def _named_after_the_lede(self, at: int) -> Person | None:
        """For someone brought in with "A" at ``at`` as the article's first words (past a dateline):
        the person the next paragraph opens with, named there for the first time. News names them
        so, a paragraph late: "MONTREAL — A former aide to ex-mayor Michael Applebaum testified … ¶
        Hugo Tremblay, who worked in Applebaum's borough office, told the court"."""
        starts = self._paragraph_starts
        if not starts or len(starts) < 2 or not starts[0] <= at < starts[1]:
            return None
        if self.text[self._lede_dateline()[1] : at].strip():
            return None  # (the phrase must open the lede)
        named = self.people.first_named(starts[1], starts[1] + 1)
        if named is None or named[1].positions[0] != named[0] or " " not in named[1].name:
            return None
        return named[1]

    def _subject_working_as(self, start: int, lead: list[str], k: int) -> Person | None:
        """The person named as the subject of a sentence that says what they were ("Campbell spent 31
        years as a nurse", "Moose was a welder"), the indefinite ``lead[k]`` after "as" or a copula:
        "the former nurse" later is that person, not "a nurse" of no name."""
        if k == 0 or lead[k].lower() not in ("a", "an") or lead[k - 1].lower() not in _WORKED_AS:
            return None
        floor = max(self.text.rfind("\n", 0, start) + 1, start - 300)
        opens = sentence_start(self.text, max(floor, start - 1), floor) if start > floor else start
        cue = sentence_subject(self.text, opens, start + len(" ".join(lead[:k])))
        if cue is None or cue.phrase.kind != "name" or self._inside_quote(cue.phrase_start):
            return None
        at = cue.phrase_start + cue.phrase.mention_offset
        person = self._name(self._merged(cue.phrase.name or cue.phrase.mention), at, None)
        if person is None or self._a_thing(person) or self._a_place(person.name):
            return None
        return person

    def _read_back(self, phrase: str, start: int, pos: int) -> Resolution | None:
        """The person a definite description written earlier (its words from ``start``, its noun
        at ``pos``) was about where it stands; read back once, not from there again."""
        if self._looking_back:
            return None
        self._looking_back = True
        try:
            found = self._description(phrase, self.text.rfind(phrase.split()[0], start, pos), None)
        finally:
            self._looking_back = False
        if found.how in ("description-title", "description-focus") and found.speaker in self.people.people:
            return found
        return None

    def _spoken_for(self, mention: str, at: int, back: bool = True) -> Resolution | None:
        """ "a spokesperson for Health Canada", "a NY1 representative", "the company's spokesman":
        someone who speaks for a body speaks as that body (the person or body the words name)."""
        m = _SPOKESPERSON_FOR.fullmatch(mention) or _SPOKESPERSON_OF.fullmatch(mention)
        if m is None:
            return None
        owner = (m.group("owner") or m.group("whose") or "").strip()
        core = _without_the(owner)
        if core[:1].islower():
            # "the company's spokesman", "a company spokeswoman": the body "the company" stands for,
            # if the text names one.
            found = self._description(f"the {core}", at, None, back=back)
            if found.how in ("description-title", "description-focus") and found.speaker in self.people.people:
                # "the prime minister's spokesman", "the former vice president's spokeswoman": the
                # person the description names speaks through them (their gender is not the speaker's).
                return Resolution(found.speaker, found.role, how="description-title")
            if found.how != "description-organisation":
                return None
            return Resolution(found.speaker, None, how="description-organisation")
        named = [w for w in core.split() if w.lower().strip(".") not in TITLE_WORDS]
        person = self.people.lookup(" ".join(named), at) if named else None
        if person is None and len(named) > 2:
            # "a spokesperson for Municipal Affairs Minister Steve Clark": the name after the portfolio.
            np = parse_noun_phrase(core)
            person = self.people.lookup(np.name, at) if np is not None and np.kind == "name" and np.name else None
        if person is not None and person.name.endswith(named[-1]):
            return Resolution(person.name, None, person.gender, "description-organisation")
        return Resolution(self._fullest_body(core, at), None, how="description-organisation")

    def _aged(self, age: str, at: int) -> Person | None:
        """The latest person named before ``at`` with the age ``age``: "Melania Trump, 46," or
        "46-year-old Melania Trump"."""
        after = re.compile(rf",[ \t]+{age}\b")
        for person, pos in self._mentions_before(at, None, max(0, at - _REACH * 2)):
            if after.match(self.text, _name_end(self.text, person, pos)) or self.text.endswith(
                f"{age}-year-old ", max(0, pos - 20), pos
            ):
                return person
        return None

    def _aged_in_focus(self, noun: str, at: int, name: str | None) -> bool:
        """Did a sentence before ``at`` open with the same age ("The 34-year-old has been …") while
        ``name`` was in focus? Then "the 34-year-old said" is them, though they spoke last."""
        pattern = re.compile(rf"(?:^|(?<=[.!?”\"]\s))[Tt]he[ \t]+{re.escape(noun)}[ \t]+[a-z]", re.MULTILINE)
        for m in pattern.finditer(self.text, max(0, at - _REACH), at):
            if not self._inside_quote(m.start()):
                focus = self._in_focus(m.start(), None)
                if focus is not None and focus.speaker == name:
                    return True
        return False

    def _holds_now(self, person: Person, noun: str) -> bool:
        """Does the article give ``person`` the office ``noun`` as one they hold ("President Obama"), never
        as one they held ("former President Bill Clinton", "Clinton, the former president")?"""
        if noun not in person.titles:
            return False
        said = set(person.role.lower().replace("-", " ").split()) if person.role else set()
        if {"former", "ex"} & (said | person.descriptors):
            return False
        # ("accused former Mayor Tom Quill": the word before the title, wherever they are named)
        return not any(
            _FORMER_BEFORE.search(self.text, max(0, pos - _FORMER_REACH), pos)
            for pos in person.positions[:_FORMER_LOOKS]
        )

    def _described(self, noun: str, modifiers: list[str], at: int, by_description: bool) -> Person | None:
        """The person a description names: someone the article gave that title, role or apposition
        ("the Indiana governor": "Mike Pence, the governor of Indiana"); with more than one, the one
        sharing most of its other words, then the latest."""
        wanted = {w for w in modifiers if w not in _DESCRIPTION_FILLER}
        places = wanted & _STATES
        parties = {_PARTY_OF[w] for w in wanted if w in _PARTY_OF}
        best: Person | None = None
        best_score = -1
        tied: list[Person] = []
        reach = _REACH * 4 if noun in _EXCLUSIVE_OFFICES else _REACH * 2  # "the judge": named far back
        same_office = _SAME_OFFICE.get(noun, frozenset())
        for person in self.people.recent(at, None, limit=reach):
            # What the article calls them, piece by piece: most people within reach are called nothing
            # the noun is, which is told without a set made of it all for each of them, and before
            # the look at where they were named last (each piece is worked out once, and kept).
            heads = _role_heads(person.role) if person.role else frozenset()
            # "the proprietor": "Tom Ruiz, the proprietor of …"
            descriptors = person.descriptors if by_description else frozenset()
            # The noun as a word of the role; whole_words, not a pattern of each noun: hundreds of nouns
            # compiled one by one pushed the shared patterns out of re's cache.
            if (
                noun not in person.titles
                and noun not in heads
                and noun not in descriptors
                and not _a_compound_of(noun, descriptors)  # ("a retired schoolteacher … the former teacher")
                # (a party names its members wherever the role holds it: "Republican Senator" is one)
                and not (person.role and noun in PARTY_MEMBERS and whole_words(person.role.lower(), {noun}))
                and (not same_office or same_office.isdisjoint(person.titles | heads | descriptors))
            ):
                continue
            if self._named_just_before(person, at):
                continue  # "… and Mika Brzezinski, the Democratic presidential candidate stated": not her
            known = person.titles | heads | descriptors
            if places and not places & _known_words(person) and _known_words(person) & _STATES:
                continue  # "the Kentucky Republican" is not "the Georgia Republican", Laura Benning
            if not (wanted & _SECOND_IN_RANK) <= _known_words(person):
                continue  # "the deputy campaign manager" is not the campaign manager
            if "former" in modifiers and self._holds_now(person, noun):
                continue  # "Bill Clinton … against President Obama and me, the former president said"
            party = person.party if parties else None
            if party is not None and party not in parties:
                continue  # "the Republican senator" is not "Russ Feingold (D-Wis.)"
            # (the words of the role as written count too: "the grand chief" is Grand Chief Arlen
            # Dumas, not Police Chief Danny Smyth)
            said_of = known | (frozenset(person.role.lower().replace(",", " ").split()) if person.role else frozenset())
            score = len(wanted & said_of) + (party is not None)
            if score > best_score:
                best, best_score, tied = person, score, [person]
            elif score == best_score:
                tied.append(person)
        if len(tied) > 1:
            # "Dobrowski objected during Fontaine’s address. “…,” the lawyer said": of two lawyers,
            # the one the sentences before are about, not merely the one named last.
            focus = self._in_focus(at, None)
            return next((p for p in tied if focus is not None and p.name == focus.speaker), best)
        return best

    def _a_bodys(self, words: list[str]) -> bool:
        """Does a document's description say a body's it is ("the city's staff report", "the
        council's report")?"""
        return any(w.endswith(("’s", "'s")) and w[:-2] in _BODIES_THAT_OWN for w in words[1:-1])

    def _author(self, noun: str, at: int) -> str | None:
        """Who issued "the statement": the one whose name the noun follows where it was brought in
        ("a New York Times article"), else the one who spoke in that sentence ("Peter Cook said in a
        statement"), else the first person named there, else the body its sentence opens with; with
        no such sentence, the body the sentence before opens with ("The Post ran a feature. The
        piece …"), else the last speaker."""
        floor = max(0, at - _REACH)
        # Lower case: "Hit Piece" in a Title Case headline or "Article 5" is no document brought in.
        kinds = _SAME_DOCUMENT.get(noun, (noun,))  # "A web video by the RNC … The clip says"
        places = [
            (floor + m.start(), m.group(1))
            for m in re.finditer(rf"\b({'|'.join(kinds)})s?\b", self.text[floor:at])
            if not self._inside_quote(floor + m.start())
        ]
        found = places[-1][0] if places else None
        for place, word in reversed(places):
            owner = self._owner(place, word)
            if owner is not None:
                return owner
            if not _REFERS_BACK.search(self.text, max(0, place - 6), place):
                found = place  # "a statement", "in a letter": where it was brought in
                break
        else:
            if places:
                # Only "the statement" before, never "a statement": whoever put something out in the
                # sentence before the first of them ("Fox News confirmed … According to the statement").
                span = self._sentence_before(places[0][0], floor)
                announcer = self._announcer(*span) if span else None
                if announcer:
                    return announcer
        if found is not None:
            line = self.text.rfind("\n", floor, found) + 1
            start = sentence_start(self.text, found, max(floor, line))
            stop = self.text.find("\n", found, at)
            end = sentence_end(self.text, found, stop if stop >= 0 else at)
            k = bisect.bisect_left(self.said, (start, "", ""))
            spoke = [name for pos, name, _ in self.said[k:] if pos < end]
            if spoke:
                return spoke[-1]
            spokesperson = _A_SPOKESPERSON.search(self.text, start, end)
            for_body = _FOR_BODY.match(self.text, spokesperson.end()) if spokesperson is not None else None
            if for_body is not None:
                # "In an emailed statement, a spokesperson for the Health Department said …": the body
                # (or the one named in full the spokesperson speaks for: "a spokeswoman for Callaghan").
                owner = for_body.group(0).split(None, 1)[1]
                person = self.people.lookup(owner, found)
                return person.name if person is not None else owner
            if _BODY_OWNED.search(self.text, max(start, found - 40), found):
                # "the editors of The Advocate, who aimed their Friday editorial at Clinton": a body's
                # document; a person named in its sentence did not issue it.
                return self._body_in(start, found)
            past = self._body_past_phrase(found, end)
            if past is not None:
                return past
            # ("The club said in a statement that Hainsworth had been suspended": whom it was about)
            said_that = self.text.find(" that ", found, end)
            named = [
                p
                for p, pos in self._mentions_before(said_that if said_that >= 0 else end, None, start)
                if not self._inside_quote(pos)
            ]
            if named:
                return named[-1].name
            whose = _WHOSE_OFFICE.match(self.text, start, found)
            if whose is not None:
                # "His office referred questions to a brief statement", "His family announced his death
                # in a statement": whose office or family, as "his" there says.
                owned = self._whose_office(whose.group(0), start)
                if owned is not None:
                    return owned
            # "The Harbour Institute published a report", "Via Rail said in a statement": the body
            # that brought it in.
            described = _A_BODY_DESCRIBED.match(self.text, start, found)
            if described is not None:
                # "The band council passed a resolution … “…,” the resolution reads": the council, as
                # the article names it ("The commission said in a statement": the Texas Commission on
                # Jail Standards), else as described.
                body = self._description(described.group("body"), start, None).speaker
                named = body is not None and body[:1].isupper() and self._named_in_body(body, start)
                return body if named else "t" + described.group("body")[1:]
            body = self._body_opening(start, end) or self._body_subject_before(found)
            if body:
                return body
        else:
            span = self._sentence_before(at, floor)
            body = (self._body_opening(*span) or self._announcer(*span)) if span else None
            if body:
                return body
        for pos, name, _ in reversed(self.said):
            if pos < at and at - pos <= _REACH:
                return name
            break
        return None

    def _body_past_phrase(self, found: int, end: int) -> str | None:
        """ "In a statement to CBC News, the department said …": the body that speaks as the subject
        right past the phrase bringing in the document at ``found`` (not whoever it names after:
        "In a statement, the club said Hainsworth had been suspended")."""
        comma = self.text.find(",", found, min(end, found + _PHRASE_MOST))
        if comma < 0:
            return None
        at = comma + 1
        while at < end and self.text[at] in " \t":
            at += 1
        described = _A_BODY_DESCRIBED.match(self.text, at, end)
        named = _BODY_NAME.match(self.text, at, end) if described is None else None
        subject = described or named
        verb = _WORD_AFTER.match(self.text, subject.end(), end) if subject is not None else None
        if verb is None or verb.group(1) not in REPORTING_VERBS:
            return None  # (only a body that says it: "In a statement, the club said …")
        if described is None:
            return self._body_opening(at, end)  # "In an email, Via Rail said …"
        body = self._description(described.group("body"), at, None).speaker
        as_named = body is not None and body[:1].isupper() and self._named_in_body(body, at)
        return body if as_named else "t" + described.group("body")[1:]

    def _whose_office(self, phrase: str, start: int) -> str | None:
        """ "His office", "Her family" at ``start``: whose, as the "his" or "her" there says ("Colin
        Ashby’s office", as `_owned_by` names a body of theirs), or the body a description finds."""
        owner = self._description(phrase, start, None)
        if owner.speaker and owner.speaker != phrase:
            return owner.speaker
        person = self.people.people.get(self._pronoun(phrase.split()[0].lower(), start).speaker or "")
        if person is None:
            return None
        return f"{person.name}{self._possessive} {phrase.split()[1]}"

    def _described_body_before(self, at: int) -> str | None:
        """ "The ministry said in a statement that … ¶ “…,” it said": the body a sentence just before
        opens with as "the ministry", "the agency", resolved as that description is."""
        floor = max(0, at - _BODY_PRONOUN_REACH)
        span = self._sentence_before(at, floor)
        for _ in range(2):
            if span is None:
                return None
            m = _THE_BODY_NOUN.match(self.text, *span)
            lead_in = _LEAD_IN.match(self.text, *span) if m is None else None
            if lead_in is not None:
                # "In an email, the municipality said it …": past a phrase set off first.
                m = _THE_BODY_NOUN.match(self.text, lead_in.end(), span[1])
            if m is not None and (
                m.group("noun").lower() in _BODY_NOUNS_OF_IT
                or (m.group("noun") in _MUNICIPAL and m.group("d")[:1] == "t")
            ):
                # ("the city", "the municipality": a council's body; not "The town" opening a story)
                # ("The Toronto-based retailer": read as "the retailer", the body it names)
                found = self._description(f"the {m.group('noun')}", m.start(), None, back=False)
                if found.how == "description-organisation" and found.speaker:
                    return found.speaker
            if m is not None and m.group("noun").lower() in DOCUMENT_NOUNS:
                # "The report, written by the auditor general, was scathing. “…,” it said": the document.
                return m.group("d")
            whose = _WHOSE_OFFICE.match(self.text, *span)
            if whose is not None and whose.group(0).split()[1] in _OWNED_BODIES_OF_IT:
                # "Her office said in a statement that it would not comment. ¶ “…,” it said": her office.
                owned = self._whose_office(whose.group(0), span[0])
                if owned is not None:
                    return owned
            office = _OFFICE_SPOKE.match(self.text, *span)
            if office is not None:
                # "The Premier's office said in a statement that it regretted …": that office, as a
                # speaker of its own is written ("Colin Ashby's office": the person's name, no title).
                whose, owned = office.group("whose"), self.text[office.end("whose") : office.end()].rsplit(None, 1)[0]
                person = self.people.lookup(whose, office.start("whose"))
                return (person.name if person is not None else f"the {whose}") + owned
            described = _THE_KIND_OF_BODY.match(self.text, *span)
            if described is not None and described.group("noun") in _GOVERNMENTS:
                # "The territorial government said it is reviewing the findings.": as written.
                return described.group("d")
            span = self._sentence_before(span[0], floor)
        return None

    def _sentence_before(self, pos: int, floor: int) -> tuple[int, int] | None:
        """Where the sentence before the one holding ``pos`` starts and ends (not before ``floor``)."""
        line = self.text.rfind("\n", floor, pos) + 1
        here = sentence_start(self.text, pos, max(floor, line))
        end = len(self.text[floor:here].rstrip()) + floor  # the sentence before ends here
        if end <= floor:
            return None
        before = self.text.rfind("\n", floor, end) + 1
        return sentence_start(self.text, end - 1, max(floor, before)), end

    def _announcer(self, start: int, end: int) -> str | None:
        """Who announced something in the sentence from ``start`` to ``end`` ("…, the Republican
        Party of Wyoming announced she was not coming"): the body or person a verb of announcing
        follows, for "the release" after it."""
        found = None
        for m in _ANNOUNCED.finditer(self.text, start, end):
            found = m
        if found is None:
            return None
        words = found.group("name").split()
        while words and (words[0] in ("The", "the") or words[0].lower().strip(".") in _NOT_OWNER):
            words.pop(0)  # "Thursday the Harbour Authority": the day is no part of the name
        if not words or any(w.lower().strip(".") in _NOT_OWNER for w in words):
            return None
        person = self.people.lookup(" ".join(words), found.start("name"))
        if person is not None and person.name.endswith(words[-1]):
            return person.name
        return self._fullest_body(" ".join(words), found.start("name"))

    def _body_in(self, start: int, end: int) -> str | None:
        """The last body named from ``start`` to ``end``: a run of capitalised words after "the" or
        holding a word bodies' names hold, that is no person's name."""
        found = None
        for m in _BODY_RUN.finditer(self.text, start, end):
            words = m.group("name").split()
            if m.group("the") or any(w.lower().strip(".,’'") in _BODY_WORDS for w in words):
                person = self.people.lookup(m.group("name"), m.start("name"))
                # "The Kiel Courier": after "the", a name with no first name known is a body's.
                if person is None or (m.group("the") and person.gender is None):
                    found = m.group("name")
        return self._fullest_body(found, end) if found else None

    def _owner(self, place: int, noun: str, low: int = 0, high: int | None = None) -> str | None:
        """Whose the document named at ``place`` is, by the words around it (from ``low`` to
        ``high``): the name before it ("a New York Times article", "Gowdy's statement") or after it
        ("a letter from the American Legion", "a lawsuit filed by Bradley Podliska")."""
        high = len(self.text) if high is None else high
        published = noun.lower().rstrip("s") in _PUBLISHED_NOUNS
        for m in (
            _OWNER_BEFORE.search(self.text, max(low, place - 80), place),
            _OWNER_AFTER.match(self.text, place + len(noun), high),
            _PUBLISHED_IN.match(self.text, place + len(noun), high) if published else None,
        ):
            words = m.group("owner").split() if m is not None else []
            if m is not None and m.re is not _OWNER_BEFORE and words[-1].endswith(("’s", "'s")):
                continue  # "a report from the State Department's inspector general": not the department
            while words and words[0].lower() in ("a", "an", "the"):
                words.pop(0)  # "A report", "The Times article": the article is no part of a name
            if m is None or not words or any(w.lower().strip(".") in _NOT_OWNER for w in words):
                continue
            # "a statement from Sen. Ted Cruz": the person, by the name without the title.
            named = [w for w in words if w.lower().strip(".") not in TITLE_WORDS]
            person = self.people.lookup(" ".join(named), m.start("owner")) if named else None
            return person.name if person is not None else self._fullest_body(" ".join(words), place)
        described = _DESCRIBED_OWNER_AFTER.match(self.text, place + len(noun), high)
        if described is not None:
            # "The message from the premier": whom the description stands for, if the text names them.
            found = self._description(described.group("owner"), described.start("owner"), None)
            if found.speaker and found.speaker in self.people.people:
                return found.speaker
        return None

    def _subject_since(self, named: str, noun: str, at: int) -> str | None:
        """A body opening one of the sentences just before ``at``, named after ``named`` was last: what
        "the group" stands for ("The National Council of Canadian Muslims said … The group said": not
        the Coalition Avenir Québec named paragraphs before, though "group" names a coalition)."""
        subject = self._body_subject_before(at, noun)
        if subject is None or subject == named:
            return None
        return (
            subject
            if self.text.rfind(_without_the(subject), 0, at) > self.text.rfind(_without_the(named), 0, at)
            else None
        )

    def _body_subject_before(self, at: int, noun: str | None = None) -> str | None:
        """The body that is the subject of the sentence holding ``at`` or of one of the two before,
        nearest first ("Business Insider also commented on … ¶ “…,” the company said"): a name of
        two capitalised words or more opening the sentence, that is no one's, before a verb. With
        ``noun``, sentences that go on about it ("The Calgary-based company disclosed …", "It will
        also close …") are read past, not counted: the name opened the sentence before them."""
        floor = max(0, at - _REACH)
        line = self.text.rfind("\n", floor, at) + 1
        span: tuple[int, int] | None = (sentence_start(self.text, at, max(floor, line)), at)
        left, read_past = 3, 3
        while left > 0:
            if span is None:
                return None
            if span[0] == 0 or self.text[span[0] - 1] == "\n":
                # "CALGARY — Tidewater Midstream says": the sentence starts after the dateline.
                dateline = find_dateline(self.text[span[0] : span[0] + 120])
                if dateline is not None:
                    start = span[0] + dateline[1]
                    while start < span[1] and self.text[start] in " \t":
                        start += 1
                    span = (start, span[1])
            if noun is not None and read_past > 0 and self._goes_on_about(noun, *span):
                read_past -= 1
                span = self._sentence_before(span[0], floor)
                continue
            left -= 1
            # "Shares of Shopify rose … the company said": the body is what the shares are of; "Still,
            # the Business Council of British Columbia opposed …": past a word or phrase set off first.
            holdings, lead_in = _HOLDINGS_OF.match(self.text, *span), _LEAD_IN.match(self.text, *span)
            called = _CALLED_LEAD.match(self.text, *span)  # "A group called Vaccine Choice Canada said"
            spoke = _SPOKESPERSON_LEAD.match(self.text, *span)  # "A spokesperson for Alberta Health said"
            whose = _GOVERNMENTS_LEAD.match(self.text, *span)  # "The province's Ministry of Education said"
            # "When the Federal Court of Appeal quashed …, the government lost": a body opening a
            # clause of time or condition is not the sentence's subject.
            opener = self.text[span[0] : span[0] + 12].split(None, 1)[:1]
            subordinate = bool(opener) and opener[0] in _SUBORDINATORS_CAPITALISED
            for start in (
                holdings.end() if holdings else None if subordinate else span[0],
                lead_in.end() if lead_in else None,
                called.end() if called else None,
                spoke.end() if spoke else None,
                whose.end() if whose else None,
            ):
                if start is None:
                    continue
                m = _BODY_NAME.match(self.text, start, span[1]) or _ONE_WORD_BODY.match(self.text, start, span[1])
                if m is not None and m.group(0).endswith(("’s", "'s")):
                    continue  # "Saudi Arabia’s adherence … continues": whose, not the subject
                if m is not None and self._a_body(_without_a(m.group(0)), m.end(), span[1]):
                    return self._fullest_body(_without_a(m.group(0)), m.start())
            span = self._sentence_before(span[0], floor)
        return None

    def _a_body_by_name(self, body: str) -> bool:
        """Is ``body`` (opening a sentence before "“…,” it said") a body by its name alone, no word
        saying so ("Fisheries and Oceans Canada blames …"): no one the article names as a person, and
        no group of people ("Two Americans were killed")?"""
        words = body.split()
        last = words[-1].lower().strip(".,’'")
        return len(words) >= 2 and body not in self.people.people and not _names_a_person(last) and not _plural(last)

    def _goes_on_about(self, noun: str, start: int, end: int) -> bool:
        """Does the sentence ``start``–``end`` open with "It" or "The [Calgary-based] <noun>" before a
        verb, going on about the body named before it?"""
        m = _GOES_ON_ABOUT.match(self.text, start, end)
        return m is not None and (m.group("noun") is None or m.group("noun").lower() == noun)

    def _a_body(self, name: str, end: int, stop: int) -> bool:
        """Is ``name``, ending at ``end``, a body a verb follows: no person's name, no first name?"""
        words = name.split()
        if words[0] in ("The", "the"):
            words = words[1:]
            if len(words) < 2:
                return False  # "The Dow was held back": one word after "the" is no firm's whole name
        if not words or gender_of(words[0]) or (len(words) == 1 and not self._one_word_body(words[0], end)):
            return False
        if (
            words[0].lower().strip(".") in _NOT_BODY_LEAD
            and not (
                # "Health Canada", "Transport Canada", "the Justice Department": a portfolio names a body
                words[0].lower() in _PORTFOLIOS and (words[-1] == "Canada" or words[-1].lower() in ORG_WORDS)
            )
            and not _a_titled_body(words)
        ):
            return False
        person = self.people.lookup(" ".join(words), end)
        if person is not None and (person.gender or person.titles or person.role):
            return False  # someone's: "Ann Lee said" ("Business Insider" may pass for a name: no first name known)
        titled = parse_noun_phrase(" ".join(words)) if len(words) > 2 else None
        if titled is not None and titled.kind == "name" and titled.role and titled.name in self.people.people:
            return False  # "Housing Minister Chuck Porter said": a title, then someone's name
        # (Past an aside: "Alphabet, the parent company of Google, jumped"; "The Office of the
        # Superintendent of Financial Institutions, which sets the test, said".)
        aside = (
            _COMMA_ASIDE.match(self.text, end, stop)
            if len(words) == 1
            # ("Airwatch Monitor, a London-based group that tracks strikes, said": what it is, set off.)
            else _WHICH_ASIDE.match(self.text, end, stop) or _WHAT_ASIDE.match(self.text, end, stop)
        )
        if (
            len(words) == 1
            and not self._named_mid_sentence(words[0], end)
            and not self._called_a_body(end, stop)
            and self._long_form(words[0], end) is None
            # ("Boeing said on Tuesday it would cut 4,000 jobs": what it says of itself as "it".)
            and (_SAYS_OF_ITSELF.match(self.text, end, stop) is None or self.people.lookup(words[0], end) is not None)
        ):
            return False  # "First came the storm": one word only opening sentences is no body known
        # "Alphabet, the parent company of Google, jumped": the verb past an aside.
        verb = _VERB_AFTER_BODY.match(self.text, aside.end() if aside else end, stop)
        return verb is not None and verb.group(1) not in _PREPOSITIONS and verb.group(1) not in _NOT_A_VERB

    def _long_form(self, word: str, at: int) -> str | None:
        """The name of two to five capitalised words starting with ``word`` that the article wrote
        first before ``at`` and that is no one's ("Ridgeview Land Development filed … Ridgeview, for
        its part, says"), else None."""
        k = self.text.find(word + " ", max(self.text.find("\n") + 1, at - _REACH * 4), at)
        m = _CAPITALISED_AFTER.match(self.text, k + len(word)) if k > 0 else None
        if m is None or self.text[k - 1].isalnum():
            return None
        # In prose (a line that ends a sentence, not a headline in Title Case), no one's title in it.
        # (A line longer than a headline is prose: looked along only that far, not to a long line's end.)
        line_end = self.text.find("\n", m.end(), m.end() + _HEADLINE_REACH)
        line = self.text[m.end() : line_end].rstrip() if line_end >= 0 else "."
        if not line.endswith((".", "!", "?", "”", '"')) or any(
            w.lower().strip(".") in TITLE_WORDS for w in m.group(0).split()
        ):
            return None
        full = word + m.group(0)
        person = self.people.lookup(full, k)
        return full if person is None or person.name != full else None

    def _called_a_body(self, start: int, stop: int) -> bool:
        """Does what follows the name ending at ``start`` call it a body, in an aside or after "is"
        ("Alphabet, the parent company of Google,", "Ameriquest was one of several firms")? (Not
        any body's word later in the sentence: "Last year, German regulators fined the company".)"""
        m = _CALLED.match(self.text, start, min(stop, start + 120))
        words = (w.strip(",.;:").lower() for w in m.group(0).split()) if m else ()
        return any(w in _BODY_KINDS or (w.endswith("s") and w[:-1] in _BODY_KINDS) for w in words)

    def _named_mid_sentence(self, word: str, end: int) -> bool:
        """Is ``word`` written capitalised inside a sentence before ``end`` ("giant Ameriquest",
        "including Alphabet")? (Where each such word is first written, gathered once.)"""
        if self._mid_sentence is None:
            self._mid_sentence = {}
            for m in _MID_SENTENCE_WORD.finditer(self.text):
                self._mid_sentence.setdefault(m.group(1), m.start(1))
        return self._mid_sentence.get(word, end) < end

    def _one_word_body(self, word: str, end: int) -> bool:
        """ "Ameriquest was one of several firms", "Alphabet jumped $25.50": one capitalised word that
        is no one's name or surname, no plural and no word the article also writes in lower case."""
        key = word.lower()
        return (
            not word.isupper()  # "ICE", "FBI": named in full elsewhere, or a title line's word
            and not _DEMONYM.match(word)  # "Last year, German officials …"
            and not key.endswith("s")
            and not self._written_in_lower_case(key)
            and key not in _NOT_BODY_LEAD
            and key not in WEEKDAYS
            and not self.people.all_named(word)
            and self.people.lookup(word, end) is None
        )

    def _body_opening(self, start: int, end: int) -> str | None:
        """The body a sentence opens with ("The Washington Post ran …"), if it opens with one."""
        m = _BODY_NAME.match(self.text, start, end)
        if m and any(w.lower().strip(".,’'") in _BODY_WORDS for w in m.group(0).split()):
            return _without_a(m.group(0))
        return None

    def _of_nation(self, mention: str, at: int) -> Person | None:
        """The latest person within reach given an office and described by the nationality a
        description names ("the Russian leader": "Russian President Vladimir Putin")."""
        nations = {w.lower() for w in mention.split()[1:-1] if _DEMONYM.match(w) and w.lower() not in _PARTY_OF}
        if not nations:
            return None
        for person in self.people.recent(at, None, limit=_REACH * 2):
            role_words = set(person.role.lower().replace(",", " ").split()) if person.role else set()
            if person.titles and nations <= (role_words | person.descriptors):
                return person
        # "President Vladimir V. Putin of Russia … the Russian leader": the nation beside the name.
        noun = mention.split()[-1].lower()
        bare = " ".join(w for w in mention.split() if not _DEMONYM.match(w))  # (the nation is checked apart)
        for person in self.people.recent(at, None, limit=_REACH):
            if person.titles and _could_be(person, noun, bare, strict=False) and self._of_their_nation(mention, person):
                return person
        return None

    def _of_their_nation(self, mention: str, person: Person) -> bool:
        """Does the article tie ``person`` to every nation an office description names ("the Russian
        leader" is the person in focus only if they are tied to Russia, never the FIFA president
        named since)? True when it names none."""
        nations = [w for w in mention.split()[1:-1] if _DEMONYM.match(w) and w.lower() not in _PARTY_OF]
        if not nations:
            return True
        known = _known_words(person) | {w.lower().strip(".,’'") for w in self._around_name(person)}
        return all(_known_place(w.lower(), known) for w in nations)

    def _around_name(self, person: Person) -> list[str]:
        """The capitalised words right before the first places ``person`` is named ("Russian President
        Vladimir Putin", "President Vladimir V. Putin of Russia")."""
        words: list[str] = []
        for pos in person.positions[:_AROUND_NAMES]:
            end = _name_end(self.text, person, pos)
            words += [w for w in self.text[max(0, pos - 40) : pos].split()[-4:] if w[:1].isupper()]
            words += [w for w in self.text[end : end + 30].split()[:3] if w[:1].isupper()]
        return words

    def _named_right_before(self, at: int) -> Person | None:
        """The person whose name ends right before ``at`` (a comma, an aside in brackets between)."""
        floor = max(0, at - 120)
        for person, pos in self._mentions_before(at, None, floor)[:1]:
            between = self.text[_name_end(self.text, person, pos) : at]
            # "Donald Trump, the presumptive Republican presidential nominee, who …": past an apposition.
            if _RELATIVE_GAP.fullmatch(between) or _APPOSED_GAP.fullmatch(between):
                return person
        return None

    def _people_right_before(self, at: int) -> str | None:
        """ "alarm among legal experts, who worry …", "The remark worried some analysts and activists,
        who pointed out …": the people a plural noun right before the comma names, as written."""
        m = _PEOPLE_BEFORE.search(self.text, max(0, at - 80), at)
        if m is None:
            return None
        words = m.group("people").split()
        head = words[-1].lower()
        if not (_plural(head) and (_names_a_person(head[:-1]) or head[:-1] in _GROUP_MEMBERS)):
            return None
        # "alarm among legal experts", "has been black voters", "worried some analysts": the noun
        # phrase only, after the last preposition or verb.
        lower = [w.lower() for w in words[:-1]]
        cut = max(
            (k + 1 for k, w in enumerate(lower) if w in _PREPOSITIONS or w in _AUXILIARY or w.endswith("ed")),
            default=0,
        )
        if cut and lower[cut - 1] == "of":
            return None  # "said one of those advisers, who …": one of them, not all
        return " ".join(words[cut:])

    def _named_just_before(self, person: Person, at: int) -> bool:
        """Is ``person`` named right before ``at``, a comma between ("Mika Brzezinski, the …")?"""
        k = bisect.bisect_left(person.positions, at) - 1
        if k < 0:
            return False
        between = self.text[_name_end(self.text, person, person.positions[k]) : at]
        return len(between) <= 3 and between.strip() == ","

    def _fullest_body(self, name: str, at: int) -> str:
        """A body by the fullest name the article gave it before ``at``: "the Daily News" is the
        "New York Daily News" named above (as a person is named in full)."""
        core = _without_the(name)
        floor = max(0, at - _REACH * 4)  # a body's full name is written near where it is used
        if not core[:1].isupper():
            return name
        if self.text.find(core, floor, at) < 0:
            # "CAPP said" where only "Canadian Association of Petroleum Producers" was written (an
            # acronym written before is the article's own name for the body: "the DNC" stays).
            return (self._spelled_out(core, at) if " " not in core else None) or name
        if " " not in core:
            # "Hannity": a surname the cue took for a body is the person named in full before.
            person = self.people.lookup(core, at)
            if person is not None:
                return person.name if person.name.endswith(" " + core) else name
            return self._long_form(core, at) or name  # "Ridgeview": "Ridgeview Land Development"
        if not _capitalised_word_before_any(self.text, core, floor, at):
            return name  # (most bodies: no fuller name, and no pattern compiled for this one's)
        best = name
        for m in re.finditer(
            rf"(?<![\w.’'-])((?:[A-Z][\w.’'-]*[ \t]+){{1,4}}){re.escape(core)}(?![\w’'-])", self.text[floor:at]
        ):
            lead = [w for w in m.group(1).split() if w not in ("The", "A", "An")]
            if lead and all(
                w.lower().strip(".") not in _NOT_BODY_LEAD
                and not (w.endswith(".") and any(c.islower() for c in w))
                and not w.endswith(("’", "'", "’s", "'s"))
                for w in lead
            ):  # never across a sentence's end ("… the Clinton Foundation. Both New York Times")
                full = " ".join([*lead, core])
                if len(full) > len(_without_the(best)):
                    best = full
        return best

    def _past_someone_of(self, name: str, at: int) -> str:
        """A body's name past the person it is written after: "Justice Marie-Claude Gagnon of the Quebec
        Court" is the Quebec Court, "Prof. Ann Lee of the University of Regina" the university."""
        cut = name.find(" of ")
        if cut < 0:
            return name
        words = name[:cut].split()
        while len(words) > 1 and words[0].lower().strip(".") in TITLE_WORDS:
            words = words[1:]  # "Justice", "Prof.": a title before the name
        person = self.people.lookup(" ".join(words), at)
        if person is None:
            return name
        return _without_the(name[cut + 4 :])

    def _spelled_out(self, acronym: str, at: int) -> str | None:
        """The latest body named before ``at`` whose capitalised words' initials spell ``acronym``,
        or end it ("the BIA": "the Wellington West Business Improvement Area"); else None."""
        if not (3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        best = None
        for m in _BODY_NAME.finditer(self.text, max(0, at - _REACH * 4), at):
            name = _POSSESSIVE_S.sub("", _without_the(m.group(0))).rstrip(".")
            words = [w for w in name.split() if w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            # (Ending it only in a name of one body: not "Washington Post and The Associated Press".)
            ends = initials.endswith(acronym) and not _JOINS_BODIES.search(name)
            # (A body's name, not someone's: "the AP" is not an Anne Pearson named above; nor an
            # event's: "the RNC" said is the Republican National Committee, not its Convention.)
            if (
                len(words) >= 2
                and (initials == acronym or ends)
                and gender_of(words[0]) is None
                and words[-1].lower() not in _EVENTS
                and not self._inside_quote(m.start())
                and self.people.lookup(name, m.start()) is None
            ):
                best = name
        return best

    @staticmethod
    def _holds_body_noun(words: list[str], noun: str, names: set[str], federal: bool) -> bool:
        """Do a capitalised name's ``words`` name the body ``noun`` stands for?"""
        return bool(
            (names & set(words) and noun not in _MUNICIPAL)
            or (federal and words[-1] == "canada" and len(words) == 2 and words[0] in _CANADA_PORTFOLIOS)
            # "The City of Vancouver will raise taxes … the city said" (not "Mexico City": a place)
            or (noun in _MUNICIPAL and words[-3:-1] == [noun, "of"])
            # "the Halifax Regional Municipality" (no place is called one)
            or (noun == "municipality" and words[-1].replace("’", "'").split("'")[0] == noun)
        )

    def _body_named(self, noun: str, at: int) -> str | None:
        found = self._capitalised_body_named(noun, at)
        if found is None and noun == "council":
            # "The West Moberly First Nations band council voted": a band's council, named by the band.
            for m in _BAND_COUNCIL.finditer(self.text, max(0, at - _REACH * 2), at):
                found = m.group(0)
            if found is None and _UNNAMED_BAND_COUNCIL.search(self.text, max(0, at - _REACH), at):
                # "The Roseau River Anishinabe First Nation … The community's band council passed …
                # “…,” the council said": the First Nation named last.
                for m in _FIRST_NATION.finditer(self.text, max(0, at - _REACH * 2), at):
                    found = _without_the(m.group(0))
        return found

    def _capitalised_body_named(self, noun: str, at: int) -> str | None:
        """The latest capitalised name holding ``noun`` before ``at`` ("Commission on Presidential Debates"),
        or one of the words that name such a body ("the newspaper": "The Wall Street Journal")."""
        floor = max(0, at - _REACH * 2)
        names = {noun} | _BODY_SYNONYMS.get(noun, _INCORPORATED if noun in _TRADING else frozenset())
        # "Health Canada approved the drug … the department said": a federal department by its portfolio.
        federal = noun in _DEPARTMENT_NOUNS
        if noun in _MUNICIPAL:
            names = {noun}
        if not any(
            self.text.find(n.capitalize(), floor, at) >= 0 or self.text.find(n.upper(), floor, at) >= 0
            for n in (names | {"canada"} if federal else names)
        ):
            return None  # a name holding the noun spells it capitalised: the usual answer, found fast
        best = closing = None
        for m in _BODY_NAME.finditer(self.text, floor, at):
            if _PARENT_BEFORE.search(self.text, max(0, m.start() - 30), m.start()) is not None:
                continue  # "Carrier Corp, a unit of United Technologies Corp, said": the unit, not its parent
            # "according to the National Golf Foundation. Courses close …": the name ends at a
            # sentence's stop (the capitalised word after it opens the next sentence).
            name = _ON_A_DATE.sub("", m.group(0))
            stop = name.find(". ")
            while stop >= 0 and is_abbreviation(self.text, m.start() + stop):
                stop = name.find(". ", stop + 1)
            name = name if stop < 0 else name[: stop + 1]
            sentence_end = name.endswith(".") and not is_abbreviation(self.text, m.start() + len(name) - 1)
            # "Prairie Outfitters Ltd.": a company's abbreviation holds its stop (a sentence's stop is no part).
            words = [w[:-1] if w[:-1] in _INCORPORATED else w for w in name.lower().split()]
            if not self._holds_body_noun(words, noun, names, federal) and sentence_end:
                # "… according to the National Golf Foundation.": the noun closing the sentence, taken
                # only when no body holds it otherwise (a name ending a sentence is mostly its object:
                # "referred the findings to the Justice Department." is not "the department" that spoke).
                if self._holds_body_noun([*words[:-1], words[-1][:-1]], noun, names, federal):
                    closing = _without_a(name[:-1])
                continue
            if self._holds_body_noun(words, noun, names, federal):
                best = self._past_someone_of(_without_a(name), m.start())
                holdings = _HOLDINGS_OF.match(best)
                if holdings is not None:
                    best = best[holdings.end() :]  # "Shares of Shopify Inc. rose": the company
                if sentence_end:
                    best = best[:-1]  # "answers from the Ministry of Health.": the sentence's stop
        best = best or closing
        # "the Department of Justice's security inquiry": the body, not its possessive.
        return best[:-2].rstrip() if best is not None and best.endswith(("’s", "'s")) else best

"""Reported speech: what the text attributes to someone without quoting them word for word.

"Sherman said Russia had brought nothing new", "According to the Kremlin, the talks will go on",
"The plan will fail, the minister told reporters", and beliefs and findings ("the poll shows
that …", "Obama believes …", kind ``other``). Each sentence of a paragraph is read once for
the words that cue attribution; each cue is tried against a few shapes (the `RULES` below),
most precise first:

``cue-before``       X said (that) CONTENT / X told Y (that) CONTENT / X, who …, said CONTENT
``cue-after``        CONTENT, X said. (and CONTENT. CONTENT, X said. for a two-sentence paragraph)
``cue-inverted``     CONTENT, said X.
``according-before`` According to X, CONTENT.
``according-after``  CONTENT, according to X.

The cue words and their kind are learned from annotated news (``benchmarks/learn_reported.py``
writes ``reported_cues.json``: how often each word stood inside an annotated cue); a word that
cued often enough is a cue here. Content wholly inside a direct quote is the quotes stage's,
never reported speech; content partly quoted ("the demands were “not even questionable”") is.

Time is linear in the text: a paragraph's sentence edges are found once (`SentenceIndex`), each
cue reads only its own sentence, at most CUES_PER_SENTENCE cues of a sentence are read, and a
sentence longer than SENTENCE_REACH is not read at all (news sentences are far shorter; a
paragraph of data with no full stop is not prose).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from itertools import compress, count

from tuiread.model import Paragraph, Span
from tuiread.parser.dateline import find_dateline
from tuiread.parser.lexicon import (
    INVERTED_CUES,
    LY_NOUNS,
    ORG_WORDS,
    QUOTATION_TAGS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    alternation,
)
from tuiread.parser.quotes import cues, names
from tuiread.parser.quotes.cues import Cue
from tuiread.parser.quotes.names import NounPhrase, may_speak, parse_noun_phrase, parse_speaker_phrase
from tuiread.parser.sentences import SentenceIndex, sentence_index
from tuiread.quick_init import quick_init

# A word cues reported speech when at least this share of its uses on the annotated news stood
# inside a cue (chosen on train's held-back articles), and it did so at least MIN_CUED times.
CUE_PRECISION = 0.3
# The same for the verbs of reporting the quotes stage knows (`lexicon.REPORTING_VERBS`): "claims",
# "reports", "asked" are nouns or questions often, and a cue of reported speech when they are not.
REPORTING_PRECISION = 0.1
MIN_CUED = 3
# A word seen fewer times than this on train is judged with the other forms of its verb.
OWN_EVIDENCE = 10
# How many items' worth of the wider share a narrow count is mixed with (`confidence`).
SMOOTHING = 8.0
# Sentences longer than this (characters) are not read: no news sentence is, and reading one
# for each of its cue words would be quadratic in a paragraph with no full stop.
SENTENCE_REACH = 1500
# At most this many cue words of one sentence are read (news sentences hold one to three): what each
# reads is bounded by its sentence, so a sentence of nothing but cue words stays linear.
CUES_PER_SENTENCE = 8
# How far before its verb a subject is looked for (characters): "Corey Lewandowski, a Manafort
# rival whom Trump fired as campaign manager a few weeks ago, said" is far shorter.
SUBJECT_REACH = 300
# How long an aside between a subject and its verb may be (characters): "Talk show host Glenn Beck,
# who since the appointment of … has thrown restraint to the winds in denouncing the GOP presidential
# nominee, on Friday declared" is about this long.
ASIDE_REACH = 220
# Fewer words than this before "According to X, …" only lead in to what was said after it.
LEAD_IN_WORDS = 6
# Content shorter than this many words says too little to list (the annotators' own floor).
MIN_WORDS = 4
# A content at least this share inside direct quotes is a direct quote, not reported speech.
QUOTED_SHARE = 0.8
# A content that opens with a quotation is a mixed quote when less than this share of it is quoted
# (PolNeAR's line between a direct quote and reported speech).
MIXED_SHARE = 0.5
# A belief or finding (kind "other") is listed only when the items its cue and rule found on train
# matched annotated ones at least this often (`found_share`; chosen on train's held-back articles):
# below it, most of what "the poll shows …", "X found …", "X wants …" found was no annotated item,
# and each such miss counts against what is reported of speech too.
OTHER_PRECISION = 0.7
# At most this many quoted words open a mixed quote ("“not ready” to endorse him").
MIXED_QUOTED_WORDS = 8

KINDS = ("speech", "other")
# Words that are never cues here, however often they stood in one: they belong to the cues the
# rules read whole ("according to", "in a statement") or are no verb of attribution.
_NOT_CUES = (
    frozenset(
        "to in on the a an of for that his her their its by with as at from and has have had is was were are be been "
        "also still just again not did does do will would".split()
    )
    | QUOTATION_TAGS
)
# An article right before a word: the word is an adjective or a noun ("the alleged victims"). (Articles
# only, not `_NOUN_MARKERS`: before a verb in -ed, "that" is a relative pronoun, "a report that warned".)
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+\Z")
# A subject that is clearly no speaker ("it", "there", "this").
# A determiner alone is no subject either: the cue word after it is a noun ("a promise that …",
# "his warning that …").
_EMPTY_SUBJECTS = frozenset(
    "it there this that these those what which a an the his her its their our my your every each another".split()
)
# Nouns that take a plural verb with no "-s" ("Police say", "Staff warn"), and those that may in
# British copy after "a" ("a couple say", "a group of …").
_PLURAL_HEADS = frozenset(
    "people police staff men women children folk personnel media public management clergy youth press military".split()
)
_GROUP_HEADS = frozenset(
    """government team family couple pair majority minority number group panel committee council jury board
    crew party company club audience crowd""".split()
)
# Words that make a noun phrase singular ("a", "another", "each").
_ONE_OF = frozenset("a an another one each every".split())
# Words after a phrase's head ("sources close to her campaign", "people familiar with …").
_AFTER_HEAD = frozenset("of for in on at to with from by about close familiar who that which than but".split())
# A source asking for anonymity: "asked not to be named", "requested not to be identified".
_ANONYMITY = re.compile(r"[ \t]+not[ \t]+to[ \t]+be[ \t]+(?:named|identified)\b")
# Heads that count a plural ("all but two said", "a third say", "many argue").
_HOW_MANY = frozenset(
    """one two three four five six seven eight nine ten dozen hundred thousand million half third quarter
    most many few all both several some none others percent""".split()
)
# Irregular pasts, whose "-s" form may be a cue word's misspelling on train ("saids").
_PAST_FORMS = frozenset("said told wrote spoke found thought sought laid knew felt heard saw".split())
# A last word that is an adjective, so the phrase names nobody: "10-year", "London-based", "U.S.-made".
_ADJECTIVE_HEAD = re.compile(r"[\w.]*\d[\w.]*-\w+|[\w.’'-]+-(?:based|made|owned|run|born|led|backed)")
# Where a subject may start: the sentence's start, after a clause break, or after these words.
_CLAUSE_LEAD = frozenset(
    "and but so yet or because while although though as when after before since if that where then also now "
    "meanwhile however instead still".split()
)
_CLAUSE_PUNCTUATION = (",", ";", ":", "—", "–", "(")
# Adjuncts between a cue and its content: "said in a statement", "told reporters on Tuesday".
_ADJUNCT_LEADS = frozenset(
    """in on at during after before via through to from over with while last this earlier late again also later
    outside inside near today yesterday recently repeatedly publicly privately previously monday tuesday
    wednesday thursday friday saturday sunday""".split()
)
_ADJUNCT = re.compile(
    rf"\s*,?\s*(?:(?:{alternation(_ADJUNCT_LEADS)})\b[^,.;:!?“”\"]{{0,60}}?)(?=\s*[,:]|\s+that\b|\s*$)",
    re.IGNORECASE,
)
# A day or a near time right after a cue, with no comma or "that" after it, then the start of a clause
# (a subject): "said Thursday the plan will fail", "says this week it will …" (`_ADJUNCT` reads only
# those that a comma or "that" closes; "The story Reuters reported last week drew …" goes on with a verb).
_WHEN = re.compile(
    rf"\s+(?i:(?:on\s+|late\s+|early\s+)?(?:{alternation(WEEKDAYS)})(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:earlier\s+)?(?:this|last)\s+(?:week|month|year|morning|night)|yesterday|today"
    r"|(?:afterwards?|later|again|earlier|publicly|privately|repeatedly|previously|recently)"
    rf"(?!\s+(?:on|this|last|{alternation(WEEKDAYS)})\b))"
    r"(?=\s+(?:[A-Z0-9]|(?:the|a|an|his|her|its|their|our|my|he|she|it|they|we|i|you|there|this|these|those|some"
    r"|many|most|no|all|both|every|each|more|few|that)\b))"
)
_WHEN_LEADS = WEEKDAYS | frozenset(
    """on late early earlier this last yesterday today afterward afterwards later again publicly privately
    repeatedly previously recently""".split()
)
# Where, when or how a cue was said, with no comma or "that" after it, then a clause: "said in an
# interview the plan would fail", "announced in March it would restart …", "said at a news conference
# the city would …" (`_ADJUNCT` reads those that a comma or "that" closes). A few words, the last no
# function word ("said in talks with the union" is no adjunct before "the union …").
_PLACE_TIME_LEADS = frozenset("in at on during after before via through from outside inside near".split())
_ADJUNCT_THEN_CLAUSE = re.compile(
    rf"\s+(?i:{alternation(_PLACE_TIME_LEADS)})(?:\s+[\w’'.-]+){{1,5}}?"
    r"(?=\s+(?:the|a|an|his|her|its|their|our|he|she|it|they|we|I|there)\s)"
)
_ADJUNCT_ENDS = frozenset(
    """with of for to about from by in on at into and or but than as the a an his her their its our this that
    against toward towards between among over under after before during through across like near without
    within per""".split()
)
# Words no such adjunct holds: a clause's ("hopped on stage when the debate …", "suggested after she
# swept …", "said at the hearing that drafting …"), "at least", or a verb ("insisted on building a wall").
_NOT_IN_ADJUNCT = frozenset(
    """that which who whom whose when where whether while if because although though since until as to
    he she they it we i you least most""".split()
)
# A determiner right before a word makes it a noun ("in a note", "in an interview", "after the hearing").
_NOUN_MARKERS = frozenset("a an the his her its their our this that".split())
_DETERMINER_END = re.compile(rf"\b(?i:{'|'.join(sorted(_NOUN_MARKERS))})\s+\Z")
# The word after a cue (past a comma), to see cheaply whether an adjunct may start there.
_NEXT_WORD = re.compile(r"\s*,?\s*([A-Za-z]+)")
# A subject written just before its verb at the start of its clause: a pronoun or a name of up to
# four capitalised words ("He said", "…, Sherman said", "and Jens Stoltenberg said"). The costly
# look for a subject (`cues._subject_before`) is for everything else.
_SUBJECT_PRONOUNS = frozenset("he she they we i you it".split())
_SUBJECT_AFTER = frozenset("and but that while because although so as if when which what".split())
# The object of "told" and its kin before the content: "told reporters (that)", "told CNN that", "told
# trustees he …", "told the Globe and Mail the …"; then "that", a comma, where or when it was told, or
# what opens a clause (a pronoun, a determiner, a possessive, a capital).
_TOLD_WHOM = (
    r"reporters|journalists|me|us|him|her|them|supporters"
    r"|court|council|jurors|police|media|staff|caucus"  # nouns told without a determiner: "told court the …"
    r"|[a-z]{3,}(?<!s)s(?=\s+(?:that|he|she|they|it|we|i)\b)"  # a plural noun, then a clause
    r"|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w.’'-]*){0,3}"  # a name of up to four words
    r"|the\s+\w+|an?\s+[a-z]+"  # ("told a jury on Monday", "told an audience in Halifax")
)
_AFTER_WHOM = (
    r"that|he|she|they|it|we|i|the|a|there|this|his|her|its|their|our|my|in|at|on|during|after|last|earlier"
    r"|outside|inside|near"
    rf"|yesterday|today|{alternation(WEEKDAYS)}"
)
_TOLD_OBJECT = re.compile(rf"\s*(?:{_TOLD_WHOM})(?=\s*,|\s+(?:{_AFTER_WHOM})\b|\s+[A-Z])")
# A poll's share as the subject through "who": "compared with the 30 percent who say the same of
# Sanders", "another 12% who say they might vote for him" (after other nouns, "who" with a verb of
# saying was seldom annotated on train: "women who said they were harassed" describes the women).
_RELATIVE_WHO = re.compile(r"(?:percent|[0-9%])(?:\s+of\s+[a-z]+)?\s+who$")
# A plural noun before "who" and a verb of saying: "leaders who say", "economists who say" (the
# relative pronoun stands for the noun, not for the sentence's subject: "They deserve leaders who say").
_PLURAL_WHO = re.compile(r"(?<![A-Za-z])[a-z]{2,}[a-rt-z]s\s+who$")
_WHO_SAYING = frozenset("say says said claim claims argue argues insist insists".split())
# A relative pronoun before a subject and its verb: what the verb says follows it ("a wall, which he
# said Mexico should pay for", "what she said is growing demand").
_RELATIVE_LEAD = frozenset(("which", "what"))
# A question word opening a headline's clause before its subject: "Why voters say …", "How Trump says …".
_QUESTION_LEADS = frozenset(("Why", "How"))
# A relative clause set off by a comma, before its subject ("the war room, which he promised …").
_SET_OFF_WHICH = re.compile(r",\s+which\s*$")
_MAIN_VERB_RESUMES = re.compile(
    r",\s+(?:(?:also|still|now|only|then|so\s+far)\s+)*"
    r"(?:has|have|had|is|was|are|were|will|would|can|could|did|does|remains|remained)\b"
)
# Words that make a clause subordinate: its content ends where the main clause starts, at a comma
# ("While the RNC says it is on its way, it is not getting help").
_SUBORDINATORS = frozenset("while although though because if as since when whereas unless once".split())
_SUBORDINATE_LEAD = re.compile(rf"(?i:{alternation(_SUBORDINATORS)})\s+")
# The last word of a content cut short before a clause of its own would be one of these if the
# clause were part of what was said ("he opposes it because the standards don't recognize …").
_SUBORDINATE_ENDS = frozenset(
    "where when because if that which who whom whose as since while although though unless whether how why what".split()
)
# Rules whose content follows the cue.
_CONTENT_AFTER = frozenset({"cue-before", "participle"})
# An aside closing such a content, no part of what was said: an apposition or a relative clause
# about whoever it last named, or the writer's comparison ("…, compared with 11 percent of
# Republicans"), running to the content's end (on train's fitting articles the annotated content
# stopped there more often than it ran on; ", the …" as often opens a main clause).
# (Its first character in a class of its own, then what follows each: `re` scans for the class
# instead of trying the pattern at every place of the content.)
_TRAILING_ASIDE_AFTER = re.compile(
    r"[,\s—–](?:(?<=,)\s+|(?<=[—–])\s*|(?<=\s)\s*[—–]\s*)(?:a|an|who|compared)\s+[^,;:“”\"]*$"
)
# Rules whose content comes before the cue.
_CONTENT_FIRST = frozenset({"cue-after", "cue-inverted", "according-after", "cue-inside"})
# At most this many words after a cue that ends a sentence are its adjuncts, not a content.
_ADJUNCT_WORDS = 6
# "call for" / "call on": a verb with its particle, what is called for after both.
_CALLING = frozenset("call calls called calling".split())
# Retorts: "McKenna shot back that most families would get more back" (the verbs alone are no cue).
_BACK_VERBS = frozenset("shot fired hit struck".split())
_BACK_THAT = re.compile(r"\s+(?P<back>back)\s+that\b")
# The rest of an aside "asked about …," / "asked whether …," that a verb of saying follows.
_ASKED_ASIDE = re.compile(
    r"\s+(?:about|whether|if|why|how|what|when|on)\b[^,.;:!?“”\"]{1,120},\s+(?:[\w’'.-]+\s+){0,3}"
    r"(?:said|says|told|replied|responded|answered|added|insisted|acknowledged|conceded)\b"
)
_CHARGING = frozenset("charge charges charged charging".split())
# Someone charged with an offence: a few words of whom, then "with" (no "that" between).
_CHARGED_WITH = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){1,8}?\s+with\b")
_SHOWING = frozenset("show shows showed shown showing".split())
_UP = re.compile(r"\s+up\b")
_THAT_NEXT = re.compile(r"[ \t]+that\b")
# A phrase of where or when alone opening a sentence, its comma after it: "In an earlier interview,".
_OPENING_ADJUNCT = re.compile(r"(?:In|On|At|During|After|Before|Later|Earlier|Outside|Inside)\s[^,;:.!?“”\"]{1,50},")
_CALL_PARTICLE = re.compile(r"\s+(for|on)\b", re.IGNORECASE)
# Cue words that are also verbs of rising and falling, and the amount that makes them so.
_CHANGE_VERBS = frozenset("add adds added adding decline declines declined declining".split())
_AMOUNT = re.compile(
    r"[ \t]+(?:(?:to|by|from)[ \t]+)?(?:about[ \t]+|nearly[ \t]+|another[ \t]+|more[ \t]+than[ \t]+)?(?:US)?[$€£]?\d"
)
# "called him up from the minors", "called back", "called off the strike": a phrasal verb, no saying.
_CALLED_UP = re.compile(r"[ \t]+(?:[\w’'-]+[ \t]+)?(?:up|back|off)\b")
# Whom one telephoned, then where, when or why, with no label for them: "called their insurer from the
# sidewalk", "called police to report …" (not "called him a liar", "called the plan “a disaster”").
_PHONED = re.compile(
    r"[ \t]+(?:(?:the|a|an|his|her|their|its|our|my)[ \t]+)?[\w’'-]+[ \t]+"
    r"(?:from|at|to|after|before|again|twice|several|last|this)\b"
    # ("called the public works department and asked …", "called Lévesque the same day")
    r"|[ \t]+(?:(?:the|his|her|their|its|our|my)[ \t]+)?(?:(?!an?\b)[\w’'-]+[ \t]+){0,2}[\w’'-]+[ \t]+"
    r"(?:and[ \t]+(?:asked|told|left|got|was|were)|the[ \t]+(?:same|next|following)[ \t]+(?:day|morning|night|week))\b"
)
# Verbs of talking, and the preposition (an adverb or a few words before it allowed) that brings in
# what was talked about.
_TALKING = frozenset("speak speaks spoke speaking talk talks talked talking".split())
# ("spoke on condition of anonymity", "on the condition that …": the terms of speaking, no topic)
_TALK_TOPIC = re.compile(
    r"(?:\s+(?:[a-z]+ly|out|up|at\s+length|again|also)){0,2}\s+(?:about|of|on(?!\s+(?:the\s+)?condition\b)|against)\b"
)
# Writing about or of a subject: what follows is its topic, not what was written ("has written widely
# about Aboriginal title", "wrote about the war"). ("has written extensively on …": PolNeAR's speech.)
_WRITING = frozenset("write writes wrote written writing".split())
_WRITE_TOPIC = re.compile(r"(?:\s+[a-z]+ly)?\s+(?:about|of)\b|(?:\s+(?:that|it|this|them|everything))?\s+down\b")
# "It" opening a sentence and a verb of reporting with "that" after it: an organisation named before,
# and its statement or finding ("It noted that exports …", "It found that …").
_IT_REPORTS = frozenset("noted notes added adds warned warns argued argues stated states found finds concluded".split())
# A name and a relative clause on it, and nothing after: the subject of the verb after the comma
# ("Daniel Yip, whose store was robbed, said the clerk who …"), no content of an inverted cue.
_NAME_WITH_RELATIVE = re.compile(
    r"[^,;:“”\"]{2,80},\s+(?:who|whose)\s[^,;:“”\"]+"
    # or a name and its apposition alone, no clause: "Jon Whitaker, a spokesman for Canada Post, said the
    # backlog had reached …" (the subject of the verb after it, not what an inverted speaker said)
    r"|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3},[ \t]+(?:a|an|the)[ \t][^,;:“”\"]{1,80}"
    # or a description and the name set off after it: "The Health Minister, Randall Coffin, announced …"
    r"|(?:The|A|An)[ \t][^,;:“”\"]{1,60},[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}"
)
# An indefinite noun right before "called": the thing named, not a speaker ("a move called the boneless").
_NAMED_THING = re.compile(r"\S\s+(?i:a|an)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*$")
# A possessive right before the cue word, and the contractions of "is" that look like one.
_OWNER_BEFORE = re.compile(r"\w[’']s$")
_CONTRACTED = cues.CONTRACTED
# An owner before the cue word, a few modifiers between ("his claim", "Trump's recent evidence-free
# assertion"): the cue word is a noun. The modifiers never end in "s": "Trump's advisers claim" is a
# plural subject and its verb.
_OWNED_NOUN_BEFORE = re.compile(
    r"(?P<owner>\w[’']s|(?<![\w’'])(?i:his|her|their|its|our|my|your|the|an?|this|that|these|those))"
    r"(?:(?:\s+[a-z][\w-]*[a-rt-z])?\s+[a-z][\w-]*[a-rt-z])?$"
)
_NOUN_CUES = cues.NOUN_CUES
_NOUN_ENDINGS = ("ion", "ment")
# Words no noun phrase ends with; a pronoun or a quantity alone is a subject ("who", "they", "many").
_NO_PHRASE_END = frozenset(
    """a an the of to in on at by for with from as and or but nor so if then than this these whom whose
    when where while because is was are were be been has have had do does did will would can could may
    might must should not no also just only even very more most much many some any all other another such
    him her them us me his its their our your my those you every each being yet since around despite without
    among within during toward upon via near it therefore however meanwhile thus moreover instead indeed
    nonetheless nevertheless furthermore about over into against amid regarding concerning""".split()
)
_SENTENCE_ADVERBS = frozenset("however therefore meanwhile though too instead".split())
# A verb the words taken for a subject may end with: a negated auxiliary, or "went" ("went on to say").
_VERB_ENDING_A_SUBJECT = re.compile(r"(?:\w+n[’']t|went|won[’']t|can[’']t)$", re.IGNORECASE)
_PREPOSITIONS = frozenset("for among in despite from with to of by on after before during".split())
_CLEFT_BEFORE = re.compile(r"(?<![\w’'])(?:All|What|all|what)\s+$")
_PRONOUN_WORD = re.compile(r"(?:I|we|you|they|he|she)(?:[’'](?:m|re|ve|s|d|ll))?$")
_PRONOUNS_ALONE = frozenset(
    "who which that they it we i you he she many most some several all both few each him her them".split()
)
_DEFINITE = frozenset("the this that these those".split())
# Any phrase's determiners: the definite ones and the possessive ones.
_DETERMINERS = _DEFINITE | frozenset("his her its their our my your".split())
# Words that are no modifier of a noun after its owner: a modal, a conjunction ("the deal and worry").
_NOT_MODIFIERS = frozenset(
    "would will could can may might must should did does do and or but not also still who".split()
)
# "The government's team insist that …": a body named by a singular noun that British copy gives a
# plural verb.
_COLLECTIVE = frozenset(
    "team government campaign party family staff committee board council administration side camp".split()
)
_ASKING = frozenset("ask asks asked asking".split())
# The one asked (a few words, no verb of their own) before what was asked: "asked Trump whether",
# "asked the minister last week why".
_ASKED_WHOM_THEN = re.compile(
    r"(?:(?!(?:why|whether|how|what|if|when|where|who|to|that)\b)[\w’'.-]+\s+){1,8}?(?=(?:why|whether|how|what|if|when|where)\b)"
)
_TELL = frozenset("tell tells told telling assure assures assured assuring warn warns warned warning".split())
_INDEFINITE_OPENS = re.compile(r"\s+(?i:an?)\s")
_SAY_VERB = re.compile(r"\b(?i:say|says|said|saying)$")
_THAT = re.compile(r"\s*,?\s*(?P<that>that\b)?\s*,?\s*")
# A verb or a contraction right after "that": the pronoun is the subject of what was said ("said that
# was enough to swing the election", "said that would be a mistake", "said that’s not the plan").
_THAT_AS_SUBJECT = re.compile(
    r"[’']s\b|\s+(?:is|was|would|will|has|had|could|can|should|may|might|must|means|meant)\b"
    r"|\s+(?:isn|wasn|wouldn|won|hasn|hadn|couldn|can|shouldn)[’']t\b"
)
# "that" right after a verb, or after a few words of when, where or to whom ("contended on Monday that"),
# then what opens a clause: a name, a pronoun, a determiner ("maintain that level of output" is no such
# "that").
_THAT_SOON = re.compile(
    r"(?:\s+[\w’'.-]+){0,4}?\s+that\s+(?:[A-Z0-9“\"]|(?:the|a|an|his|her|their|its|our|my|your|he|she|it|they"
    r"|we|i|you|there|this|these|those|some|many|most|no)\b"
    # a plural noun and its verb: "deplored that nurses were being forced …"
    r"|[a-z]{3,}s\s+(?:are|were|have|had|would|will|could|should|must|may|might|can|do|did)\b)"
)
_WORD = re.compile(r"\S\S*")  # (\S+ opening with a class: `re` scans for it, not tries every space)
# "reported by Reuters", "said to be": a passive or a fixed phrase, not someone saying something
# ("has said for years", "acknowledged for the first time that" are neither).
_SPAN = r"\s+(?:days|weeks|months|years|decades)\b"
_FOR_SPAN = re.compile(rf"\s+for{_SPAN}")
_PASSIVE_AFTER = re.compile(
    rf"\s+(?:by|to\s+be|to\s+have|of\b|for\b(?!{_SPAN}|\s+the\s+(?:first|second|last)\s+time\b))"
)
# Adjuncts over commas between a cue and "that": ", per a translator, that", " Thursday in Buffalo, New York, that".
_ASIDE_THAT = re.compile(r"\s*,?\s*[^.;:!?“”\"]{1,120}?,\s*that\s+(?=\w)")
# "As reported by X, …" / "As The Hill reported, …": the lead, and the source after "by".
_AS_LEAD = re.compile(r"\s*(?:(?:But|And|but|and)\s+)?[Aa]s\b(?:\s+[Tt]he)?\s*")
_AS_BY = re.compile(r"\s+by\s+(?P<np>[^,.;:!?“”]{2,80}?)\s*,\s*")
# "As The Hill reported" / "as the Washington Post first reported": the source between "as" and the verb.
_AS_SOURCE = re.compile(
    r"\s*(?:(?:But|And|but|and)\s+)?[Aa]s\s+(?P<np>(?:[Tt]he\s+)?[A-Z][^,;:.!?“”\"()]{0,60}?)"
    r"\s+(?:(?:had|has|have|first|previously|also|recently|earlier|initially|originally)\s+)*"
)
_ACCORDING_OPENS = re.compile(r"[Aa]ccording\s+to\s")
_ACCORDING_ANY = re.compile(r"[Aa]ccording\s+to\s+(?P<np>[^,.;:!?“”()]{2,120}?)(?=\s*[,.;:!?“”(]|\s*$)")
_SPEAKER_AFTER = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|our|my|one|another)\s)")
# A group after a plain verb of saying: "…, said several observers" ("acknowledged some plagiarism" is an object).
# A verb after the speaker's comma: the sentence said runs on ("…, said Doyle, would be clear").
_CONTINUED = re.compile(
    r",\s+(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have|had|does|do|did|remains|seems)"
    r"(?:n[’']t)?\b"
)
# The word after the speaker of "CONTENT, said X …" is a mark, the sentence's end, or one that may
# follow a name ("of Ohio", "who …", "on Monday", "to reporters"): any other word in lower case makes
# X the verb's object ("said the problem is …", "urged Obama to act").
_AFTER_SPEAKER_WORDS = (_ADJUNCT_LEADS - {"to"}) | frozenset("of from who whose and when as".split())
_SPEAKER_RUNS_ON = re.compile(
    rf"\s+(?!(?:{alternation(_AFTER_SPEAKER_WORDS)})\b|to\s+(?:reporters|journalists|the|a|an|[A-Z]))[a-z]"
)
_GROUP_AFTER = re.compile(r"\s+(?:several|some|many|most|other|both|two|three|four|five)\s")
_OPENING = ("“", '"', "‘")
# Words between a subject and its cue that are no part of either: "Russia had already warned",
# "the Kremlin seems to say", "she went on to say".
_BETWEEN_WORDS = frozenset(
    """had has have would will could may might did does not never already also just still even again then later
    once first now yesterday today earlier monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Before a verb in "-ing", these stand between too: "Clinton is declaring that …", "The mayor keeps
# saying the city has turned the corner" (the subject is "The mayor", not "The mayor keeps").
_PROGRESSIVE = frozenset("is are was were been keep keeps kept".split())
_BETWEEN_OR_PROGRESSIVE = _BETWEEN_WORDS | _PROGRESSIVE
# The last word of every run of them.
_BETWEEN_LAST = _BETWEEN_WORDS | frozenset("to week month year long".split())
# Two words that stand between as one ("seems to", "last week", "on Monday", "has long"): the first, by
# the second.
_BETWEEN_PAIRS = frozenset(
    """seems:to seem:to appears:to appear:to continue:to continued:to continues:to wants:to want:to tried:to tries:to
    on:to last:week last:month last:year this:week this:month this:year on:monday on:tuesday on:wednesday
    on:thursday on:friday on:saturday on:sunday has:long had:long have:long""".split()
)
# What a content never starts with: a preposition ("talked politics", "spoke to CNN about it"
# are no report of what was said), or a quotation mark (the quote is the quotes stage's).
_NOT_CONTENT_START = re.compile(
    r"[“\"‘]|to\s+(?:(?:the|a|an|his|her|their|its|this|that)\b|(?-i:[A-Z]))|"
    r"(?:in|at|during|by|from|since|on)\s+(?:\d|the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b|last\b)|"
    r"(?:next|last|this|every)\s+(?:week|month|year|time|[a-z]+day)\b",
    re.IGNORECASE,
)
# "said that" right before a content: what follows "that" is what was said, even when it opens with
# a time or a place ("said that on a trip to Serbia he would …", "said that in 2012 it paid …").
_THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$")
# The subject at a sentence's start before an aside: "Powell’s office, when contacted by Reuters, said".
_ASIDE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?P<np>[A-Z][^,;:“”\"()]{1,80}?(?:\s*\([^(),]{1,30}\))?)\s*,\s+(?=\S)"
)
# The same between dashes: "Jason Sims — a teacher from Mount Pleasant — says", "Ginsburg -- who … -- said".
_DASHES = ("—", "–", "--")
_DASH_ASIDE_SUBJECT = re.compile(r"\s*(?:(?:But|And)\s+)?(?P<np>[A-Z][^,;:“”\"()—–]{1,80}?)\s*(?:—|–|--)\s*(?=\S)")
# The verbs of saying whose subject may be a long phrase of its own ("… seen by Reuters said").
_PLAIN_SAYING = frozenset("said say says told tell tells".split())
_WHOLE_SUBJECT = re.compile(r"\s*(?:(?:But|And)\s+)?(?P<np>[A-Z][^,;:“”\"()—–]*?)\s*")
# At most this many words in such a subject.
WHOLE_SUBJECT_WORDS = 20
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# A subject at its clause's start, just before the verb (an adverb between allowed).
# (The words before a subject factored into a trie, as `alternation` writes them: tried one by one,
# twelve words at every word's edge were most of this pattern's time.)
_SUBJECT_LEADS = frozenset("and but while that as because although since when if after before".split())
_PLAIN_SUBJECT = re.compile(
    rf"(?:^|[,;:]\s+|\b(?i:{alternation(_SUBJECT_LEADS)})\s+)"
    r"(?P<np>(?:[A-Z0-9][\w’'%.-]*|the|a|an|[a-z][a-z’'-]{2,}s|many|some|most|few|both|those)(?:\s+[\w’'%.-]+){0,7}?)"
    r"\s+(?:[a-z]+ly\s+|also\s+|have\s+|has\s+)?$"
)
# The words a match of it may span from its lead's word to the end: that word, the eight of the
# phrase and an adverb.
_PLAIN_SUBJECT_REACH = 10
_LEADING_CLAUSE_WORD = re.compile(rf"(?i:{alternation(_CLAUSE_LEAD)})\s+(?=[A-Z0-9])")
# A sentence's subject before its first verb (an opening phrase before a comma allowed): a pronoun,
# a name of capitalised words, a determiner and a few words, or a capitalised word and a few in lower
# case ("Business groups"); the verb a past tense or a common irregular past.
_OPENING_SUBJECT = re.compile(
    r"\s*(?:[^,;:“”\"]{0,80},\s+)?(?P<np>He|She|They|We|I|(?!(?:The|A|An|His|Her|Their)\s+[a-z])(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|[A-Z][\w’'.-]*\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)"
    r"\s+(?:(?:also|then|later|first|never|not|only|had|has|have|did|does|[a-z]+ly)\s+)*"
    r"(?:[a-z]+ed|put|made|took|gave|went|met|held|spent|came|sent|left|kept|began|wrote|spoke"
    r"|saw|got|won|lost|ran|paused)\b"
)
# "Oilers coach Dave Tippett praised …", "Calgary defenceman Mark Giordano said": a role in lower case
# between capitalised words, then a verb in the past (a main clause, whose subject a participle after it
# shares).
_ROLE_THEN_NAME_THEN_VERB = re.compile(
    rf"(?:[A-Z][\w’'.-]*\s+){{1,3}}(?:[a-z-]+\s+)?(?:{alternation(ROLE_NOUNS | TITLE_WORDS)})\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|told|spoke|wrote)\b"
)
# What someone issued that says what follows ("released a statement saying").
_STATEMENT_BEFORE = re.compile(
    r"\s(?:statement|ad|advert|response|letter|tweet|video|release|message|post|note|memo|email|e-mail|op-ed)"
    r"(?:(?:\s+(?:on|this|last|late|early|earlier|that))?\s+(?:[A-Z][a-z]+day|week|morning|afternoon|evening|night"
    r"|today|yesterday))?$"
)
# A relative clause the cue's verb stands in: ", who … by asking".
_RELATIVE_CLAUSE = re.compile(r",\s+(?P<who>who|which)\s+[^,;]*$")
_NOT_IN_SUBJECT = frozenset(
    "is was are were be been has had have will would can could should may might must do does did not who which "
    "that when if it this there it’s it's there’s there's what’s what's".split()
)
_LATE_THAT = re.compile(
    r"(?:\s+(?!(?:that|he|she|they|it|we|i|you|had|has|have|was|is|were|are|would|will)\b)(?![\w’'.-]*(?:ed|n’t|n't)\b)"
    r"[\w’'.-]+){1,7}?\s+that\s+(?=\w)",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|reporters|journalists|me|us|him|them)\b)[a-z]+\b"
)
_QUOTATION_END = re.compile(r"[”\"’]")
_EARLY_QUOTE = re.compile(r"[,:]\s*[“\"]")
_CLAUSE_OPENER = re.compile(r"[,;]?\s*(?:\b(?:and|but|while|as|so)\s+)?$")
# Nothing but the sentence's end.
_SENTENCE_ENDS = re.compile(r"[\s.!?”’\")]*")
# Where a content stops short of its sentence's end: a clause of its own.
_CLAUSE_AFTER_COMMA = frozenset(
    """saying adding noting arguing explaining citing calling claiming insisting according telling warning
    describing suggesting stressing acknowledging leading prompting which but""".split()
)
_VERB_AFTER_BUT = frozenset("said added says adds noted told insisted warned has had did does declined refused".split())
# "but would/will …" goes on with what was said ("he would treat her with respect but would not hold
# back"; 8 of 10 on train); "but would not say/comment …" is the writer's, the speaker refusing more.
_REFUSING = frozenset("say comment offer give elaborate disclose discuss specify confirm provide reveal".split())
_BUT_REFUSED = rf"(?:(?:would|will)\s+not|wouldn[’']t|won[’']t)\s+(?:{'|'.join(sorted(_REFUSING))})\b"
_VERB_AFTER_AND = frozenset("said added says adds noted told insisted warned declined refused".split())
_ADVERB = r"(?:(?:also|later|then|still)\s+)?"
# A "which" clause set off by commas, then the verb of the clause it sits in: inside a subject.
_WHICH_INSIDE = re.compile(
    r",\s+which\s[^,;:.“”\"]{1,80},\s+(?:was|is|are|were|will|would|has|have|had|could|can|should|may|might"
    r"|must|did|does|remains?|remained|left|made|gave|kept|led|brought|[a-z]{3,}ed)\b"
)
# Each branch opens with a literal, so the search skips along the content fast. ", as have other
# Democrats" compares the speaker with others: what was said ended before it. ", but that …" is
# a second thing said ("said the plan was sound, but that it came too late"), not a clause of its own.
# The pattern opens with the class of its first characters, so re skips to them instead of trying
# every place; a look back says which branch that character opens (only where one starts is asked).
# ", but not …", ", but rather …" go on with what was said as well ("should be punished, but not women").
_NEXT_CLAUSE = re.compile(
    rf"[;,\s](?:(?<=;)\s|(?<=,)\s+(?=(?:{alternation(_CLAUSE_AFTER_COMMA)})\b|as\s+(?:has|have|had|did|does|do)\b)"
    r"(?!but\s+(?:that|not|also|only|rather|instead|never)\b)|"
    rf"(?:(?<=,)\s*|(?<=\s))but\s+(?={_ADVERB}(?:{alternation(_VERB_AFTER_BUT)})\b|{_BUT_REFUSED})|"
    rf"(?:(?<=,)\s*|(?<=\s))and\s+(?={_ADVERB}(?:{alternation(_VERB_AFTER_AND)}|[a-z]+ed\s+to)\b))"
)
# The first thing after a cue and its adjuncts: nothing but the sentence's end, a comma and the word
# after it, or the content's first character.
_REST = re.compile(r"[\s.!?”’\"]*(?:(?P<first>,)\s*(?P<then>[\w’'-]+)?|(?P<other>[^\s.!?”’\"]))?")
# "recalled defenceman Nolan Strome": a team calling a player up, no memory told.
_CALLING_UP = frozenset("recall recalls recalled".split())
_A_PLAYER_NEXT = re.compile(
    r"[ \t]+(?:defenceman|defenseman|forward|winger|centre|center|goaltender|goalie|netminder|pitcher|infielder"
    r"|outfielder|catcher|prospect|rookie|right-hander|left-hander|blue-liner|blueliner)\b"
)
_QUESTION_END = re.compile(r"\?[”’\"')\]]*\s*$")
# Lead-in words of an "after" content that are not what was said ("But", "In 2008,").
_TRAIL = " \t\n,;:—–-"


@quick_init
@dataclass(frozen=True, slots=True)
class Found:
    """A reported item before its speaker is resolved: content offsets, the cue (the speaker
    phrase and the verb), its kind, and the rule that found it."""

    start: int
    end: int
    cue: Cue
    kind: str
    rule: str
    paragraph: int | None  # None: the title


@functools.cache
def _table() -> dict:
    try:
        raw = resources.files(__package__).joinpath("reported_cues.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@functools.cache
def cue_words() -> dict[str, str]:
    """Each cue word (lower case) and its kind, as ``benchmarks/learn_reported.py`` judged them
    (`learned_cue_words`) and wrote them to ``reported_cues.json``: judging the three thousand words
    counted took a few tens of milliseconds at every cold start (the app's parse process starts cold)."""
    words = _table().get("cue_words")
    return words if isinstance(words, dict) else {}


# An American spelling's ending, for the British one ("emphasize", "emphasise").
_IZE = re.compile(r"iz(e|ed|es|ing)$")


def learned_cue_words(counts: dict[str, list[int]]) -> dict[str, str]:
    """Each cue word (lower case) and its kind, from how often each word stood inside an annotated cue
    on train (``counts``: seen, cued, as speech, as other; ``reported_counts.json``). A
    word seen too seldom on train to judge by itself ("contends", "acknowledges", "admits") is
    judged with the other forms of its verb ("contended", "acknowledged", "admitted", "admitting")."""
    families: dict[str, list[int]] = {}
    for word, row in counts.items():
        family = families.setdefault(verb_stem(word), [0, 0, 0, 0])
        for k in range(4):
            family[k] += row[k]
    words: dict[str, str] = {}
    for word, (seen, cued, speech, other) in counts.items():
        if seen < OWN_EVIDENCE:
            continue  # judged with its family below
        floor = REPORTING_PRECISION if word in REPORTING_VERBS else CUE_PRECISION
        if word in _NOT_CUES or word.endswith("ly") or cued < MIN_CUED or cued / seen < floor:
            continue
        words[word] = "speech" if speech >= other else "other"
    for stem, (seen, cued, speech, other) in families.items():
        if cued < MIN_CUED or cued / seen < CUE_PRECISION:
            continue
        for word in _verb_forms(stem):
            own = counts.get(word)
            # A form seen a few times and never in a cue speaks against itself ("founding" is no "found").
            unheard = own is None or (own[0] < OWN_EVIDENCE and (own[1] > 0 or own[0] < MIN_CUED))
            if unheard and word not in _NOT_CUES and not word.endswith("ly"):
                words[word] = "speech" if speech >= other else "other"
    words["according"] = "speech"
    # Train is American copy: a verb learned in "-ize" is the same cue in "-ise" ("criticised",
    # "emphasised", "apologised").
    return {_IZE.sub(r"is\1", w): kind for w, kind in words.items() if _IZE.search(w)} | words


def verb_stem(word: str) -> str:
    """What the forms of a regular verb share: "admits", "admitted", "admitting" → "admit";
    "announce", "announces", "announced" → "announc"; "denies", "denied" → "deny"."""
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "admitt" → "admit"
    return word


def _verb_forms(stem: str) -> set[str]:
    """The regular forms of the verb of ``stem`` (candidates that stem back to it)."""
    forms = {stem + end for end in ("", "e", "s", "es", "ed", "d", "ing")}
    forms |= {stem + stem[-1] + end for end in ("ed", "ing")}
    if stem.endswith("y"):
        forms |= {stem[:-1] + "ies", stem[:-1] + "ied"}
    return {form for form in forms if verb_stem(form) == stem}


@functools.cache  # a few hundred frames, asked once per item: the sums are the same each time
def found_share(cue: str, rule: str) -> float:
    """How often the items found by ``rule`` on the ``cue`` matched annotated items on train,
    smoothed towards the rule's share and that towards every item's (`confidence`'s first factor)."""
    frames = _table().get("frames", {})
    every = frames.get("|", [0, 0, 0])
    by_rule = frames.get(f"|{rule}", [0, 0, 0])
    rule_found = _smoothed(by_rule[0], by_rule[1], every[0] / every[1] if every[1] else 0.5)
    by_word = frames.get(f"{cue}|{rule}", [0, 0, 0])
    return _smoothed(by_word[0], by_word[1], rule_found)


@functools.cache  # a few frames, asked once per item
def found_share_after_that(cue: str, rule: str) -> float:
    """`found_share` for the items of ``cue`` and ``rule`` whose content is a clause after "that"
    ("the audit found that …", "Police believe that …"): "found the body", "found himself" and "found
    it hard" report no finding, and "found that" nearly always does. Smoothed towards `found_share`."""
    by_that = _table().get("frames", {}).get(f"{cue}|{rule}|that", [0, 0, 0])
    return _smoothed(by_that[0], by_that[1], found_share(cue, rule))


def _after_that(text: str, cue_end: int, start: int) -> bool:
    """Is the content at ``start`` the clause after a "that" of its cue's ("found that CONTENT", "found
    last week that …"), not of an aside's ("found, in a report that got …")?"""
    m = _THAT_BEFORE.search(text, max(cue_end, start - 8), start)
    return m is not None and m.start() - cue_end <= 60 and text.find(",", cue_end, m.start()) < 0


def _listed(text: str, f: Found) -> bool:
    """Is ``f`` listed: speech always, a belief or finding when its frame matched annotated items
    often enough on train (`OTHER_PRECISION`), judged on those after "that" when it follows one."""
    if f.kind == "speech" or found_share(f.cue.cue, f.rule) >= OTHER_PRECISION:
        return True
    return _after_that(text, f.cue.cue_end, f.start) and found_share_after_that(f.cue.cue, f.rule) >= OTHER_PRECISION


@functools.cache  # a few hundred frames, asked once per item: the sums are the same each time
def confidence(cue: str, rule: str, how: str) -> float:
    """How likely an item found by ``rule`` on the ``cue`` ("said", "according to"), its speaker resolved ``how``, is
    reported speech rightly attributed: on train, the share of such items that matched annotated
    ones, times the share of matched items of that rule and ``how`` whose speaker was right. Each
    share is smoothed towards the wider one (the rule's, then every item's)."""
    frames = _table().get("frames", {})
    every = frames.get("|", [0, 0, 0])
    right_prior = every[2] / every[0] if every[0] else 0.9
    by_rule = frames.get(f"|{rule}", [0, 0, 0])
    rule_right = _smoothed(by_rule[2], by_rule[0], right_prior)
    by_how = frames.get(f"|{rule}|{how}", [0, 0, 0])
    return round(found_share(cue, rule) * _smoothed(by_how[2], by_how[0], rule_right), 3)


def _smoothed(right: int, total: int, prior: float) -> float:
    return (right + SMOOTHING * prior) / (total + SMOOTHING)


@functools.cache
def _that_cues() -> frozenset[str]:
    """The verbs of reporting the quotes stage knows (`lexicon.REPORTING_VERBS`) that train saw too
    seldom to learn as cues: each cues reported speech before "that" ("She contends that …")."""
    return frozenset(
        w
        for w in REPORTING_VERBS
        if w.isalpha() and not w.endswith("ing") and w not in cue_words() and w not in _NOT_CUES | _NOUNS_TOO
    )


# Verbs of reporting too rare on train to learn whose object is always what was said ("The Crown
# contended the evidence is overwhelming", "He testified he never met her"): cues with or without "that".
_CLAUSE_ONLY = frozenset("contend contends contended testify testifies testified".split())
# ("testified before the panel" says where)
_PREPOSITION_NEXT = re.compile(r"\s+(?:before|at|in|on|to|for|against|under|about|with)\b")
# Verbs of reporting that are nouns as often, before a "that" of their own: "the states that vote",
# "the Huffington Post series that", "an email that".
_NOUNS_TOO = _NOUN_CUES | frozenset(
    """state states post posts email emails reports protest protests charges text texts tweet tweets counter
    counters read reads remark continues reflect reflects stress joke sigh sighs snap snaps shout shouts""".split()
)


# What a court or an inquiry was told, as court reports write it: "Court heard that …", "The jury heard
# Monday that …", "the inquest heard that …" (train, American copy, has none; "heard" alone is no cue).
_HEARING_BODY = re.compile(
    r"\b(?i:court|jury|jurors|trial|inquest|inquiry|hearing|tribunal|commission)\s+(?:also\s+)?\Z"
)


@functools.cache
def _cue_forms() -> frozenset[str]:
    """Every cue word as it may be written: in lower case and capitalised ("said", "Asked").
    The verbs that stand before their speaker ("…, reports our correspondent") are cues in that
    shape whatever they are elsewhere ("reports" is a noun more often than a verb)."""
    words = {
        w
        for w in set(cue_words()) | INVERTED_CUES | _that_cues() | _BACK_VERBS | {"heard"}
        if w.isascii() and w.isalpha()
    }
    return frozenset(words | {w.capitalize() for w in words})


# A run of letters: every cue word is one (`cue_word_matches`), with no word character beside it (`_in_word`).
_LETTERS = re.compile(r"[A-Za-z]+")
# Every byte that is no ASCII letter made a space: the runs of letters of a text encoded in ASCII (each
# other character one "?") are then the words its split gives.
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))


# Longer texts have their runs of letters matched one by one (`_cue_forms_at`), not all split at once.
_RUNS_MATCHED_ONE_BY_ONE = 20_000
_ASCII_LETTER_RUN = re.compile(rb"[A-Za-z]+")


@functools.cache
def _cue_forms_ascii() -> frozenset[bytes]:
    return frozenset(word.encode("ascii") for word in _cue_forms())


def cue_word_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The cue words of ``text[start:end]`` standing as whole words, in reading order. The runs of
    letters are checked against the set of cue forms, not matched by one alternation of the thirteen
    hundred words (whose compiling took a tenth of a second at a cold start), and are found by bytes
    (encode, translate, split: half the time a pattern's findall took)."""
    return [m for after, m in _cue_forms_at(text, start, end) if not (after < end and _in_word(text[after]))]


def _cue_forms_at(text: str, start: int, end: int) -> Iterator[tuple[int, re.Match[str]]]:
    """Each cue form in ``text[start:end]`` that is a whole run of letters with no word character before
    it (a caller checks what follows it), with where it ends, in reading order. The runs are read in the
    text encoded in ASCII, each character one byte ("?" for any but ASCII), so a run stands at the same
    place in both, and none is decoded."""
    raw = text[start:end].encode("ascii", "replace")
    if end - start > _RUNS_MATCHED_ONE_BY_ONE:
        # A long text's runs of letters are matched one by one: its pieces (below) would all be held at
        # once (a 2 MB article: half a million of them).
        forms = _cue_forms_ascii()
        for run in _ASCII_LETTER_RUN.finditer(raw.translate(_LETTERS_ONLY)):
            if run.group() in forms:
                place = start + run.start()
                if not (place and _in_word(text[place - 1])):
                    m = _LETTERS.match(text, place, start + run.end())
                    if m is not None:
                        yield start + run.end(), m
        return
    # The pieces between single spaces once every character but an ASCII letter is a space: each run
    # of letters is one piece, and a piece's place is the lengths of the pieces before it and a space
    # after each, summed (in C) from the last cue form found (each form looked for over the whole text
    # read it again for each form the text holds).
    pieces = raw.translate(_LETTERS_ONLY).split(b" ")
    place = start
    previous = 0
    for k in compress(count(), map(_cue_forms_ascii().__contains__, pieces)):
        place += sum(map(len, pieces[previous:k])) + k - previous
        previous = k
        if not (place and _in_word(text[place - 1])):
            n = len(pieces[k])
            m = _LETTERS.match(text, place, place + n)
            if m is not None:
                yield place + n, m


def _in_word(char: str) -> bool:
    """Is ``char`` a word character, an apostrophe or a hyphen (what ``[\\w’'-]`` matches: ``\\w`` is
    ``isalnum`` or "_"), part of a word a cue word would stand in?"""
    return char.isalnum() or char in "_’'-"


class _ArticleCueWords:
    """The cue words of every block of an article (its title, its paragraphs), found in one pass over
    the text from the first block's start to the last one's end: `cue_word_matches` of each block,
    without the dozen calls per paragraph (a twentieth of finding the reported speech). The
    one difference a block's own pass could make is at its edges, where the block's slice cuts a
    run of letters; when a letter stands on both sides of an edge, each block is read on its own."""

    def __init__(self, text: str, blocks: Sequence[tuple[int | None, int, int]]) -> None:
        self.text = text
        self.whole = bool(blocks) and not any(_cuts_letters(text, a) or _cuts_letters(text, b) for _, a, b in blocks)
        # (where, where it ends, whether a word character follows it, the match) of each cue word
        self.places: list[tuple[int, int, bool, re.Match[str]]] = []
        if not self.whole:
            return
        start, end = min(a for _, a, _ in blocks), max(b for _, _, b in blocks)
        size = len(text)
        self.places = [
            (m.start(), after, after < size and _in_word(text[after]), m)
            for after, m in _cue_forms_at(text, start, end)
        ]
        self.starts = [place[0] for place in self.places]

    def in_block(self, start: int, end: int) -> list[re.Match[str]]:
        """What ``cue_word_matches(text, start, end)`` gives."""
        if not self.whole:
            return cue_word_matches(self.text, start, end)
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        # (a word ending at the block's end stands whole in it, whatever follows)
        return [m for _, after, followed, m in self.places[lo:hi] if after == end or not followed]


def _cuts_letters(text: str, pos: int) -> bool:
    """Does an ASCII letter stand on both sides of ``pos`` (an edge there cuts a run of letters)?"""
    pair = text[pos - 1 : pos + 1] if pos > 0 else ""
    return len(pair) == 2 and pair.isascii() and pair.isalpha()


class _Quoted:
    """The direct quotes' spans, asked which part of a range they cover."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.spans[k][1]

    def covers_all(self, start: int, end: int) -> bool:
        """Is every place of ``[start, end)`` inside quotes (`covers` true at each)? One quote covers
        it, and no other starts inside it."""
        k = bisect.bisect_right(self.starts, start) - 1
        if start >= end or k < 0 or self.spans[k][1] < end:
            return False
        return k + 1 == len(self.starts) or self.starts[k + 1] >= end

    def share(self, start: int, end: int) -> float:
        """How much of ``[start, end)`` lies inside quotes (0–1)."""
        if end <= start or not self.spans:
            return 0.0  # (asked for every cue: an article without quotes answers at once)
        spans = self.spans
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            k = 0
        elif spans[k][1] <= start:
            k += 1  # (the span before ``start`` ends before it: most cues stand outside quotes)
        inside = 0
        n = len(spans)
        while k < n:
            a, b = spans[k]
            if a >= end:
                break
            inside += (b if b < end else end) - (a if a > start else start)
            k += 1
        return inside / (end - start)


def find_reported(
    text: str,
    paragraphs: Sequence[Paragraph],
    quoted: Sequence[tuple[int, int]],
    title: Span | None = None,
) -> list[Found]:
    """Every reported item of the article, in reading order. ``quoted`` are the direct quotes'
    spans (marks included); a ``title`` is read too ("Sherman Says Russia Brought Nothing New")."""
    quotes = _Quoted(quoted)
    blocks = [(None, title.start, title.end)] if title is not None else []
    blocks += [(p.index, p.start, p.end) for p in paragraphs if not p.data]
    found: list[Found] = []
    cue_words_of = _ArticleCueWords(text, blocks)
    for index, start, end in blocks:
        # The cue words outside quotes, then the sentences that hold them (the others are not read).
        matches = cue_words_of.in_block(start, end)
        if quotes.spans:
            matches = [m for m in matches if not quotes.covers(m.start())]
        if not matches:
            continue
        edges = sentence_index(text, start, end)
        places = [m.start() for m in matches]
        k = 0
        while k < len(places):
            s = edges.sentence_start(places[k])
            e = edges.sentence_end(places[k])
            j = bisect.bisect_left(places, e, k)  # the cue words of this sentence
            here, k = matches[k:j], j
            if e - s > SENTENCE_REACH or (
                text.find("?", max(s, e - 8), e) >= 0 and _QUESTION_END.search(text, max(s, e - 8), e)
            ):
                continue
            items = _read_sentence(text, here, s, e, _first_of_two(text, edges, start, end, s), quotes, index)
            found.extend(
                f
                for f in items
                if _listed(text, f)
                # (whichever form found it: a clause or a phrase taken for a subject names nobody)
                and not _names_nobody(text, f.cue.phrase.mention, f.cue.phrase_start + f.cue.phrase.mention_offset)
            )
    return found


_SPACES = re.compile(r"\s*")


def _first_of_two(text: str, edges: SentenceIndex, start: int, end: int, s: int) -> tuple[int, int] | None:
    """The paragraph's first sentence, if it has two and ``s`` starts the second (a content may run
    over both: "The talks were hard. No deal is near, Sherman said.")."""
    if s <= start:
        return None
    first_end = edges.sentence_end(start)
    if first_end > s or edges.sentence_end(s) < end or not _SPACES.fullmatch(text, first_end, s):
        return None  # (a third sentence is no second: "A. B. C, he added." holds two besides the cue's)
    return start, first_end


def _read_sentence(
    text: str,
    matches: Sequence[re.Match[str]],
    s: int,
    e: int,
    before: tuple[int, int] | None,
    quotes: _Quoted,
    paragraph: int | None,
) -> list[Found]:
    """The reported items of the sentence ``[s, e)``, from its cue words ``matches``. A cue inside
    a content found is part of what was said, unless it brings in a clause of its own ("…
    program, and Trump says …"): then the first content ends where that clause starts."""
    kinds = cue_words()
    items: list[Found] = []
    speaker: Cue | None = None
    read = matches[:CUES_PER_SENTENCE]
    for n, m in enumerate(read, 1):
        last = items[-1] if items else None
        inside = last is not None and last.start <= m.start() < last.end
        # (the last cue read, outside what was found before it: no later cue reads its item)
        item = _read_cue(text, m, s, e, before, quotes, speaker, alone=n == len(read) and not inside)
        if item is None:
            if inside and last is not None and m.group(0).lower() in _PLAIN_SAYING:
                items[-1] = _cut_before_other_speaker(text, last, m.start())
            continue
        start, end, cue, rule = item
        if quotes.share(start, end) >= QUOTED_SHARE or (
            # (a content after its cue may open with a few quoted words: `_not_content_start`)
            text.startswith(_OPENING, start) and (rule in _CONTENT_FIRST or quotes.share(start, end) >= MIXED_SHARE)
        ):
            continue  # the words of a direct quote (its own cue, or one read past its marks)
        if (
            not inside
            and last is not None
            and rule in _CONTENT_FIRST
            and start <= last.cue.phrase_start
            and last.kind == "speech"
        ):
            # "Weaver says it is proof …, according to the AP": the report of a report; the
            # words are Weaver's, and the AP only passes them on.
            continue
        if inside and last is not None and rule in _CONTENT_FIRST and start <= last.cue.cue_start and end > last.start:
            # "The talks will continue next month, said Sherman": the later cue takes the whole
            # sentence as what was said; the earlier was part of it.
            items[-1] = Found(start, end, cue, kinds.get(m.group(0).lower(), "speech"), rule, paragraph)
            speaker = cue
            continue
        if last is not None and start == last.start and rule in _CONTENT_AFTER and last.rule in _CONTENT_AFTER:
            # One content after two cue words: "issued a statement saying that …", "continued to warn
            # that …" (the later verb says it), but "wrote in a note to clients that …" (a noun).
            if not _DETERMINER_END.search(text, max(0, m.start() - 8), m.start()):
                items[-1] = Found(start, end, cue, kinds.get(m.group(0).lower(), "speech"), rule, paragraph)
                speaker = cue
            continue
        if inside and last is not None and rule in _CONTENT_AFTER and cue.phrase_start <= last.start:
            # "said the party was not in a crisis, and urged that everyone relax": a second verb of
            # the same subject, joined by "and" or "but", reports a second thing; the first ends there.
            joint = _JOINED_VERB.search(text, max(last.start, cue.cue_start - 40), cue.cue_start)
            cut = _content(text, last.start, joint.start()) if joint is not None else (0, 0)
            if joint is None or _words(text, *cut) < MIN_WORDS or start < cue.cue_end:
                continue
            items[-1] = replace(last, end=cut[1])
            items.append(Found(start, end, cue, kinds.get(m.group(0).lower(), "speech"), rule, paragraph))
            continue
        if inside and last is not None:
            clause = _clause_start(text, cue.phrase_start)
            cut = _content(text, last.start, clause)
            if rule != "cue-before" or cue.phrase_start <= last.start:
                continue
            if _words(text, *cut) < MIN_WORDS:
                if last.kind == "speech" or not _JOINED_CLAUSE.match(text, clause, cue.phrase_start):
                    continue
                # "The union condemned the arrests, and Grand Chief Stewart Phillip warned that …": a
                # second subject's clause after a belief or act too short to list; the second is listed.
                items[-1] = Found(start, end, cue, kinds.get(m.group(0).lower(), "speech"), rule, paragraph)
                speaker = cue
                continue
            if text[cut[0] : cut[1]].rsplit(None, 1)[-1].lower() in _SUBORDINATE_ENDS:
                continue  # "… the meeting where the caucus decided …": a clause inside what was said
            items[-1] = replace(last, end=cut[1])
        speaker = cue
        if rule in _CONTENT_AFTER:
            end = _without_trailing_aside(text, start, end)
        items.append(Found(start, end, cue, kinds.get(m.group(0).lower(), "speech"), rule, paragraph))
    return items


# A clause break, then a few words (a subject) right before a verb of saying: ", while nine in 10
# said", " - others say", ", about the same number who said".
_OTHER_SPEAKER = re.compile(
    r"(?:,|;|\s[—–-]+|\s--)\s*(?:(?:and|but|while|whereas|though|although)\s+)?(?:[\w’'%.-]+\s+){1,5}$"
)


def _cut_before_other_speaker(text: str, last: Found, cue_start: int) -> Found:
    """``last`` ending before a clause whose verb of saying is inside it ("they were worried, and more
    than 4 in 10 said …"): a second speaker's words are no part of the first's, even where the
    second speaker is not one the rules read."""
    m = _OTHER_SPEAKER.search(text, max(last.start, cue_start - 60), cue_start)
    if m is None:
        return last
    start, end = _content(text, last.start, m.start())
    return replace(last, end=end) if _words(text, start, end) >= MIN_WORDS else last


# A preposition right before a phrase: the phrase is its object.
_PREPOSITION_END = re.compile(r"\b(?:at|of|for|with|by|from|in|on)\s+\Z")
# ", and" or ", but" before a clause of its own.
_JOINED_CLAUSE = re.compile(r",\s*(?:and|but)\s+")
# "and" or "but" (an auxiliary or adverb after it allowed) right before a second verb of a subject.
_JOINED_VERB = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:has|have|had|was|is|were|are|would|will|also|then|later|again)\s+){0,2}$"
)


def _without_trailing_aside(text: str, start: int, end: int) -> int:
    """Where a content after its cue ends without the writer's aside closing it: "said he would
    name Jane Doe, a judge from Ohio", "said the bill helped John Roe, who faces a close race"."""
    m = _TRAILING_ASIDE_AFTER.search(text, start, end)
    if m is None or _words(text, start, m.start()) < MIN_WORDS:
        return end
    return m.start()


def _clause_start(text: str, subject_start: int) -> int:
    """Where the clause of a subject starts: before "and", "but" and the comma before them."""
    m = _CLAUSE_OPENER.search(text, max(0, subject_start - 12), subject_start)
    return m.start() if m is not None else subject_start


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces, commas and full stop at its edges."""
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL + ".":
        end -= 1
    return start, end


def _first_word(text: str, start: int, end: int) -> str:
    """The first word of ``[start, end)``, in lower case ("" if none)."""
    m = _WORD.search(text, start, end)
    return m.group(0).lower() if m is not None else ""


def _words(text: str, start: int, end: int) -> int:
    """How many words ``[start, end)`` holds, counted up to MIN_WORDS (enough to decide)."""
    return len(text[start:end].split(None, MIN_WORDS - 1))


def _trimmed_subject(np: NounPhrase, at: int) -> tuple[NounPhrase, int] | None:
    """A subject without what ends it and is no part of it: "Voters who" is "Voters"; in "Clinton
    adds that she", "she" is; a word that opens sentences ("In", "So", "Other") is nobody."""
    words = np.mention.split()
    at += np.mention_offset  # (where the mention starts: the phrases below are all of it or its end)
    if len(words) > 1 and _VERB_ENDING_A_SUBJECT.match(words[-1]):
        # "He didn't …", "the FBI isn't …", "Trump went on …": the subject, then its own verb
        # (and what is left is read as any subject is: "Those don't" names no one).
        rest = np.mention[: np.mention.rindex(words[-1])].rstrip(" ,")
        if rest.lower() == "you":
            return None  # "You don't think about …": the reader, no one who spoke
        return _trimmed_subject(parse_noun_phrase(rest) or NounPhrase("description", rest, 0), at)
    if len(words) > 1 and words[-1] in _SENTENCE_ADVERBS:
        # "Carter however said …": the subject, then the adverb.
        rest = np.mention[: np.mention.rindex(words[-1])].rstrip(" ,")
        return (parse_noun_phrase(rest) or NounPhrase("description", rest, 0)), at
    if len(words) > 1 and words[-1] in ("who", "that", "which"):
        rest = np.mention[: np.mention.rindex(words[-1])].rstrip(" ,-—–")
        return (parse_noun_phrase(rest) or NounPhrase("description", rest, 0)), at
    if len(words) > 1 and words[-1] in ("he", "she", "they", "we", "I"):
        return NounPhrase("pronoun", words[-1], 0), at + np.mention.rindex(words[-1])
    at -= np.mention_offset
    if len(words) > 1 and words[0] in _QUESTION_LEADS and np.mention_offset == 0:
        # "Why this economist thinks the bubble won't burst", "Why voters say …" (a headline): the
        # question word opens the clause; its subject follows it.
        rest = np.mention[len(words[0]) :].lstrip()
        return _trimmed_subject(
            parse_noun_phrase(rest) or NounPhrase("description", rest, 0), at + len(np.mention) - len(rest)
        )
    if len(words) == 1 and words[0].lower() in _NO_PHRASE_END and words[0].lower() not in _PRONOUNS_ALONE:
        return None
    if len(words) > 1 and (
        words[0].lower() in _PREPOSITIONS
        # "Prior to launch Google promised", "Ahead of the vote the mayor said": a phrase of two words.
        or (words[0].lower() in ("prior", "ahead", "due", "thanks") and words[1].lower() in ("to", "of"))
        # "All I'm asking is that …", "What we say is …": what is said, not who says it.
        or (words[0] in ("All", "What") and _PRONOUN_WORD.match(words[1]))
    ):
        return None  # "For many who lived through the Cold War, …": a phrase, no subject
    return np, at


_WHERE_IT_WAS_SAID = cues.WHERE_IT_WAS_SAID
# Any place or occasion after a cue that ends its sentence, a preposition and a noun phrase: "said at
# a nature reserve in Mont-Saint-Hilaire.", "said in a letter to the bid corporation." (bounded: a
# few words, none that opens a clause or is an auxiliary of one).
_PLACE_SAID = re.compile(
    r"(?i:in|on|at|during|after|before|outside|inside|via|from|to|near)\s+(?i:a|an|the|his|her|its|their|our)\s"
    r"[^,;:!?“”\"]{1,80}"
)
_NOT_IN_PLACE = frozenset(
    """that which who whom whose when where whether while if because although though since until as he she
    they it we i you is are was were be been will would could can should may might must has have had do does
    did not""".split()
)


def _where_it_was_said(text: str, start: int, end: int) -> bool:
    """Is ``[start, end)`` only where or when something was said ("in a news release", "at a nature
    reserve in Mont-Saint-Hilaire"), no content of its own?"""
    if _WHERE_IT_WAS_SAID.fullmatch(text, start, end):
        return True
    if not _PLACE_SAID.fullmatch(text, start, end):
        return False
    words = text[start:end].lower().split()
    return len(words) <= 10 and not any(w in _NOT_IN_PLACE for w in words[2:])


# A content that opens with its verb: its subject stands before the cue ("a move supporters say will …").
_VERB_OPENS = re.compile(r"(?:will|would|is|are|was|were|could|can|has|have|had|may|might|should|must)\b")
# Who may say what a thing will do, after the thing: "supporters", "critics", "experts".
_SAYERS = frozenset(
    """supporters critics experts analysts officials economists observers advocates opponents residents
    officers investigators researchers scientists lawmakers democrats republicans""".split()
)


def _subject_after_a_thing(np: NounPhrase) -> NounPhrase | None:
    """The speaker in a subject that opens with a thing the content is about: "a move supporters", "a
    tactic Democrats", "a probe the law enforcement agency", "It is a move supporters" give
    "supporters", "Democrats", "the law enforcement agency". None when the mention is no such pair
    ("the Vermont senator")."""
    thing = _A_THING.search(np.mention)
    if thing is None:
        return None
    rest = np.mention[thing.end() :].split()
    if not rest or not (
        rest[0][:1].isupper() or rest[0].lower() in ("the", "its", "their") or rest[-1].lower() in _SAYERS
    ):
        return None
    inner = parse_noun_phrase(np.mention[thing.end() :])
    if inner is None or inner.kind not in ("name", "org", "description"):
        return None
    return names._shift(inner, np.mention_offset + thing.end())


# "a move " (an indefinite article and a noun) before who said what it will do.
_A_THING = re.compile(r"(?:^|(?<=\s))[Aa]n?\s+[a-z]+\s+(?=\S)")


def _without_its_verb(np: NounPhrase) -> NounPhrase:
    """A subject taken with the verb of its own clause, cut before the verb: "some senators vented
    about Sanders", "Mr. Trump tried to defend his remarks", "Clinton delivered the speech" (before a
    participle: "…, vowing", "… outlining") are some senators, Mr. Trump, Clinton."""
    words = np.mention.split()
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _SUBJECT_PRONOUNS - {"you", "it"}:
        # "I drove to Antigonish (expecting …)": the pronoun opening the sentence, then its verb
        return NounPhrase("pronoun", words[0], np.mention_offset)
    k = next((k for k in range(1, len(words) - 1) if _a_verb_in_a_subject(words, k)), None)
    if k is None:
        return np
    head = np.mention[: np.mention.index(" " + words[k])].rstrip(" ,")
    cut = parse_noun_phrase(head)
    if cut is None or (cut.kind == "description" and np.kind != "description"):
        return np
    return names._shift(cut, np.mention_offset)


def _a_verb_in_a_subject(words: Sequence[str], k: int) -> bool:
    """Is ``words[k]`` a verb in the past with its object or preposition after it ("vented about …",
    "avoided a declarative")? Not an adjective after a determiner ("A redacted copy"), a participle
    after its noun ("voters surveyed by Gallup", "a survey released on Thursday", "people briefed on
    the talks"), nor a verb of a relative clause ("the official who relayed the exchange")."""
    word = words[k]
    return (
        word.endswith("ed")
        and word.isalpha()
        and word.islower()
        and word not in names.PARTICIPLE_ADJECTIVES
        and words[k - 1].lower() not in _DETERMINERS
        and words[k - 1].lower() not in ("a", "an", "who", "that", "which")
        and not words[k - 1].endswith(",")
        and words[k + 1].lower() in _A_VERBS_OBJECT
    )


# What follows a verb in the past, not a participle after its noun: its object or a preposition.
_A_VERBS_OBJECT = frozenset("about a an the his her their its into to with that him them it up out".split())


def _past_dateline(text: str, s: int, end: int) -> int:
    """Where what was said starts in a sentence that opens its paragraph with a dateline ("MONCTON,
    N.B. — Two people are dead …, the RCMP said"): past the dateline's dash."""
    if s and text[s - 1] != "\n":
        return s
    dateline = find_dateline(text[s:end])
    return s + dateline[1] if dateline is not None else s


def _a_person(np: NounPhrase) -> bool:
    """Does ``np`` name a person: "he", "she", a name with a title or a first name a list knows, or a
    name not all of everyday words ("Schmidt"; not "Footage", "Analysis", "New Poll")?"""
    if np.kind == "pronoun":
        return np.mention.lower() in ("he", "she", "i")
    if np.kind != "name" or not np.name:
        return False
    return bool(np.gender or np.role) or not all(names.is_common_word(w) for w in np.name.split())


def _past_open_dash(text: str, s: int, end: int) -> int:
    """Where what was said around its cue at ``end`` starts: past a dash that no second dash closes
    ("Schmidt shows the pond he built — by hand, he says, with …": the words after it; not "The plan
    — flawed, she said — will fail"). (Before a cue that ends the sentence a dash is as often inside
    what was said: "… is affordable -- but then there are the outliers, he said.")"""
    dashes = list(_SPACED_DASH.finditer(text, s, end))
    return dashes[-1].end() if len(dashes) % 2 else s


_SPACED_DASH = re.compile(r"\s(?:—|–|--)\s")


def _names_nobody(text: str, mention: str, at: int) -> bool:
    """Is the subject ``mention`` (at ``at``) a clause or a phrase that names nobody: "It is too soon
    to", "For many who lived through the Cold War", "All I'm (asking is)"? For the subjects of
    every form; `_trimmed_subject` drops the plain form's at once, so that the sentence's other cues
    are read without them ("With a vote for Trump ruled out, Cross said …")."""
    words = mention.split()
    if not words:
        return True
    return (
        _ends_in_a_function_word(mention)
        or (len(words) > 1 and words[0].lower() in _PREPOSITIONS)
        or bool(_CLEFT_BEFORE.search(text, max(0, at - 6), at))
    )


def _ends_in_a_function_word(mention: str) -> bool:
    """Does ``mention`` end in a word in lower case that ends no noun phrase ("pivoted to", "who")?"""
    last = mention.rsplit(None, 1)[-1] if mention.strip() else ""
    if _CLOSE_TO_SOMEONE.search(mention) is not None:
        return False  # "two people close to him", "sources familiar with them": whom they are close to
    return last.islower() and last in _NO_PHRASE_END and mention.strip().lower() not in _PRONOUNS_ALONE


# A source's tie to someone a pronoun stands for, ending the source: "people close to him".
_CLOSE_TO_SOMEONE = re.compile(r"\b\w+[ \t]+(?:close|loyal|related|familiar)[ \t]+(?:to|with)[ \t]+(?:him|her|them)\Z")


def _noun_after_owner(word: str, lead: str) -> bool:
    """Whether the cue ``word`` after ``lead`` is a noun that an owner or an article comes before:
    "his claim that", "an unprompted call for", "the suggestion that", "Trump's recent
    evidence-free assertion that"."""
    if not (word in _NOUN_CUES or word.endswith(_NOUN_ENDINGS)):
        return False  # a verb's form: "Trump's campaign said"
    found = _OWNED_NOUN_BEFORE.search(lead, max(0, len(lead) - 60))
    if found is None or _CONTRACTED.search(lead, 0, found.end("owner")):
        return False  # no owner, or "he's", "it's safe to", "there's reason to"
    modifiers = lead[found.end("owner") :].split()
    if not modifiers:
        return True
    if any(m.lower() in _NOT_MODIFIERS for m in modifiers):
        return False  # "the media would call", "the deal and worry"
    owner = found.group("owner").lower()
    if owner in _DEFINITE:
        # "the president hopes": a definite article's noun is a subject; only a word that is never a
        # verb is the noun ("the last assertion").
        return word.endswith(_NOUN_ENDINGS)
    return modifiers[-1].lower() not in _COLLECTIVE


# A capitalised word right before a capitalised cue word.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'.&-]*[ \t]+\Z")


def _in_title_case(text: str, s: int, e: int) -> bool:
    """Is the sentence ``[s, e)`` written in title case ("Mike Pence Calls for Special Prosecutor"):
    most of its words of four letters or more capitalised?"""
    long_words = [w for w in text[s:e].split() if len(w) >= 4]
    return bool(long_words) and sum(not w[:1].islower() for w in long_words) * 3 >= len(long_words) * 2


def _read_cue(
    text: str,
    m: re.Match[str],
    s: int,
    e: int,
    previous: tuple[int, int] | None,
    quotes: _Quoted,
    speaker: Cue | None,
    alone: bool = False,
) -> tuple[int, int, Cue, str] | None:
    """The content, cue and rule of the cue word ``m`` in the sentence ``[s, e)``, or None.
    ``speaker`` is the cue of the item found before in the sentence, if any; ``alone``: no item
    of the sentence depends on this cue's (an item that would not be listed need not be found)."""
    word = m.group(0).lower()
    if word == "according":
        return _according(text, m, s, e)
    verb_start, verb_end = m.start(), m.end()
    if (
        m.group(0)[:1].isupper()
        and _NAME_WORD_BEFORE.search(text, max(s, verb_start - 40), verb_start)
        and not _THAT_NEXT.match(text, verb_end, e)
        and not _in_title_case(text, s, e)
    ):
        # "the president of VIA Rail, Mario Péloquin": a name's word; not a title-case headline's verb,
        # nor one capitalised by a careless translation before its "that" ("Sergei Ryabkov Warned that")
        return None
    # "SMITHERS, B.C. — Hereditary chiefs … say …": the sentence (its subject, or what was said) starts
    # past the dateline.
    s = _past_dateline(text, s, verb_start)
    if word.endswith("ed") and _DETERMINER_BEFORE.search(text, max(s, verb_start - 8), verb_start):
        return None  # "One of the alleged victims", "the reported deal": an adjective, no cue
    said = word
    if word in _CALLING and (_CALLED_UP.match(text, verb_end, e) or _PHONED.match(text, verb_end, e)):
        return None  # "called up", "called back"; "called their insurer from the sidewalk": a telephone call
    if word in _SHOWING and _UP.match(text, verb_end, e):
        return None  # "the decline is real and shows up in every survey": it appears, no finding
    if word == "asked" and _ASKED_ASIDE.match(text, verb_end, e) and text[s:verb_start].rstrip().endswith(","):
        return None  # "Legault, asked about the walkout at an event, said …": a question put to him, an aside
    if word in _CHARGING and _CHARGED_WITH.match(text, verb_end, e):
        return None  # "Mounties have charged a 22-year-old man with attempted murder": a charge laid, no saying
    back = _BACK_THAT.match(text, verb_end, e) if word in _BACK_VERBS else None
    if word in _BACK_VERBS:
        if back is None:
            return None  # "shot", "fired", "hit": cues only as "shot back that …"
        said, verb_end = f"{word} back", back.end("back")
    if word in _CALLING_UP and _A_PLAYER_NEXT.match(text, verb_end, e):
        return None  # "The Oilers recalled defenceman Nolan Strome from Bakersfield": a call-up
    if word in _CHANGE_VERBS and _AMOUNT.match(text, verb_end, e):
        return None  # "the Nasdaq added 20.72 points", "revenue declined 3.3 percent": a change, no saying
    particle = _CALL_PARTICLE.match(text, verb_end, e) if word in _CALLING else None
    if particle is not None:
        # "Trump called for a special prosecutor", "Clinton called on Sanders to do the same": the
        # verb is "called for", and what was called for follows it.
        said, verb_end = f"{word} {particle.group(1).lower()}", particle.end()
    if word in _WRITING and _WRITE_TOPIC.match(text, verb_end, e):
        return None  # "has written widely about Aboriginal title", "I wrote that down": nothing written said
    if word in _TALKING:
        # "spoke about the need to …", "talked openly of …": what was talked about follows the
        # preposition; "spoke to reporters Thursday", "spoke briefly", "spoke Hebrew" report nothing.
        topic = _TALK_TOPIC.match(text, verb_end, e)
        if topic is None:
            return None
        verb_end = topic.end()
    # A verb of reporting too rare on train to be learned ("contends", "maintained", "testified")
    # cues what follows "that" right after it.
    kinds = cue_words()
    learned = (
        word in kinds
        or back is not None
        or (word in _CLAUSE_ONLY and not _PREPOSITION_NEXT.match(text, verb_end, e))
        or (word in _that_cues() and _THAT_SOON.match(text, verb_end, e) is not None)
        or (
            word == "heard"
            and _HEARING_BODY.search(text, max(s, verb_start - 24), verb_start) is not None
            and _THAT_SOON.match(text, verb_end, e) is not None
        )
    )
    if not learned and not (word in INVERTED_CUES and text[max(s, verb_start - 3) : verb_start].rstrip().endswith(",")):
        return None  # "reports" cues only as "…, reports our correspondent"
    # (The patterns below are tried only where what they open with stands: most cues have neither.)
    as_lead = _opens_with_as(text, s, verb_start)
    as_by = _AS_BY.match(text, verb_end, e) if as_lead and _AS_LEAD.fullmatch(text, s, verb_start) else None
    if as_by is not None:
        # "As reported by Western Journalism, CONTENT."
        return _as_reported(text, m, as_by, e)
    # The first character after the space after the cue ("" if it is farther): "by", "to", "of",
    # "for" after a passive, "not" after one asking not to be named.
    spaced = text[verb_end : verb_end + 1].isspace()
    first = text[verb_end : verb_end + 3].lstrip()[:1] if spaced else "."
    if (first == "" or first in "btof") and _PASSIVE_AFTER.match(text, verb_end, e):
        return None
    as_source = _AS_SOURCE.fullmatch(text, s, verb_start) if as_lead else None
    if as_source is not None:
        # "As The Hill reported, CONTENT." / "As the Washington Post first reported, CONTENT."
        return _as_reported_by_subject(text, m, as_source, e)
    tell = word in _TELL
    if first in ("", "n") and _ANONYMITY.match(text, verb_end, e):
        return None  # "who asked not to be named because …": a source's terms, nothing they said
    # Where the content after the cue starts and stops (`_after_cue`, `_clause_end`), read once.
    after_read: tuple[int | None, int] | None = None
    quoted_before = quotes.share(s, verb_start) >= 0.5
    if quoted_before and not word.endswith("ing"):
        after_read = _after_and_stop(text, verb_end, e, tell)
        if not _said_after(text, *after_read):
            # A direct quote before the cue ("“…,” she said"), and its cue: the quotes stage's. (PolNeAR
            # calls a content at least half quoted a direct quote.) Unless what was said follows the cue:
            # then the quotation stood in its subject ("Manafort, citing “the magic of Trump,” said …").
            return None
    # Only the SUBJECT_REACH characters before the verb are read for its subject (at a word's start).
    near_start = (
        s if verb_start - s <= SUBJECT_REACH else text.find(" ", verb_start - SUBJECT_REACH, verb_start) + 1 or s
    )
    near = _between_hidden(text[near_start:verb_start], progressive=word.endswith("ing"))
    lead = near.rstrip()
    if lead.endswith(("’s", "'s")) and _OWNER_BEFORE.search(lead) and not _CONTRACTED.search(lead):
        return None  # "Editor’s note: …", "Trump’s claim that …": the cue word is a noun, its owner no speaker
    if _noun_after_owner(word, lead):
        return None  # "his claim that …", "Trump’s recent assertion that …": the same
    if word == "called" and _NAMED_THING.search(lead, max(0, len(lead) - 40)):
        return None  # "a party called Anti-Prom", "a film called …": a name given, not a call
    if word.endswith("ing") and (lead.endswith(",") or not lead.strip()):
        # "…, saying (that) CONTENT": the participle's subject is the sentence's speaker.
        return _participle(text, m, s, e, speaker, said, verb_end)
    if lead.endswith(",") and word in INVERTED_CUES and text[s:verb_start].rstrip().endswith(","):
        # ("…, has repeatedly said the policy …": an auxiliary between, so no inverted cue)
        inverted = _inverted(text, m, s, e)
        if inverted is not None:
            return inverted
    if not learned:
        return None
    if quoted_before and quotes.covers_all(s, near_start + len(lead)):
        # "“…,” said Dr. Harold Varmus": everything before the verb is one quotation, so any subject
        # found there would stand inside it (no speaker, below); the search is not made.
        return None
    # What follows the cue settles most cues before the costly look for a subject: a content too
    # short, or nothing after the cue and nothing before it that a content could end with.
    after, stop = after_read or _after_and_stop(text, verb_end, e, tell)
    if word in _ASKING and after is not None and after >= 0:
        # "asked a senior strategist last week why his party …": the one asked, then what was asked.
        asked = _ASKED_WHOM_THEN.match(text, after, stop)
        if asked is not None:
            after = asked.end()
    checked = None  # the content that passed the checks below (read again only if it changes)
    if after is not None and after >= 0:
        start, end = _content(text, after, stop)
        if (
            not tell
            and kinds.get(word, "speech") == "speech"
            and (_words(text, start, end) < MIN_WORDS or _where_it_was_said(text, start, end))
            and _SENTENCE_ENDS.fullmatch(text, end, e)
            and _first_word(text, start, end) in _ADJUNCT_LEADS
        ):
            # "…, the University of Michigan reported last week.", "…, the RCMP said in a news
            # release.": a few words of when or where after the cue, and what was said before it.
            after = None
        elif not tell:
            if (
                _words(text, start, end) < MIN_WORDS
                or _not_content_start(text, start, end, quotes)
                or _quote_opens_early(text, start, end)
            ):
                return None
            checked = start, end
    if (
        alone
        and after is not None
        and after >= 0
        and not tell
        and kinds.get(word, "speech") == "other"
        and found_share(said, "cue-before") < OTHER_PRECISION
        and not (_after_that(text, verb_end, after) and found_share_after_that(said, "cue-before") >= OTHER_PRECISION)
    ):
        # What follows the cue makes its item a cue-before one or none: a belief or finding that
        # `find_reported` would not list, so its subject is not looked for (the costly part).
        return None
    if after is not None and after >= 0:
        pass  # what was said follows the cue
    elif (
        text.find(",", s, verb_start) < 0 and text.find("”", s, verb_start) < 0 and not _AS_LEAD.match(text, s)
    ) or quoted_before:
        # Nothing before the cue that a content could end with, or a direct quote before it ("“…,”
        # she said"): PolNeAR calls a content at least half quoted a direct quote.
        return None
    elif after is None and (_words(text, s, verb_start) < MIN_WORDS or _quotation_follows(text, verb_end, e)):
        # What the cue-after reading below refuses whoever the subject is (a content before the cue
        # too short, or a quotation after it), refused before the costly look for the subject.
        return None
    if lead.endswith((" and", " but", " then")) or (
        word.endswith("ing")
        # (the raw words: the time words between are blanked in ``lead``)
        and (lead.endswith(" by") or _STATEMENT_BEFORE.search(text, max(s, verb_start - 60), verb_start - 1))
    ):
        # "He gestured with his hands and declared that …", "He endorsed Clinton, but told The
        # Huffington Post that …", "Thomas broke his silence by asking whether …", "Trump released a
        # statement saying …": the subject of the first verb.
        region = _between_hidden(text[s:verb_start])
        # (the clause's relative pronoun is near: only the last SUBJECT_REACH characters are read)
        tail = max(0, len(region) - SUBJECT_REACH)
        relative = _RELATIVE_CLAUSE.search(region, tail) if lead.endswith(" by") else None
        if relative is not None:
            # "… Donald J. Trump, who last week injected a new element into the race by questioning …":
            # the relative pronoun is the subject, and stands for the name before it.
            found = NounPhrase("pronoun", relative.group("who"), 0), relative.start("who")
        else:
            found = _opening_subject(text, s, verb_start) or cues._sentence_subject(region, len(region))
    elif (
        after is not None
        and after >= 0
        and kinds.get(word, "speech") == "speech"
        and (
            _RELATIVE_WHO.search(lead, max(0, len(lead) - 30))
            or (word in _WHO_SAYING and _PLURAL_WHO.search(lead, max(0, len(lead) - 30)))
        )
    ):
        # "… 12 percent who say they might vote for him": the relative pronoun is the subject (the
        # speaker is the share it stands for), and what was said ends at the clause's comma (below).
        found = NounPhrase("pronoun", lead[-3:], 0), near_start + len(lead) - 3 - s
    elif after is not None and after >= 0 and lead.endswith(_DASHES):
        # "Jason Sims — a teacher from Mount Pleasant — says …": the subject before an aside between dashes.
        found = _subject_before_aside(text, s, near_start + len(lead), _DASH_ASIDE_SUBJECT)
    else:
        found = (
            _document_subject(near, text[near_start:verb_start])
            or _short_subject(near, max(0, len(near) - 80))
            or cues._subject_before(_aside_hidden(near), len(near))
            or _plain_subject(near, max(0, len(near) - 120))
        )
        if found is not None:
            found = found[0], found[1] + near_start - s
            # "The study, led by scientists at Environment and Climate Change Canada, found": what
            # was found is a preposition's object in an aside, never the subject.
            objected = lead.endswith(",") and _PREPOSITION_END.search(text, max(s, s + found[1] - 8), s + found[1])
            if lead.endswith(",") and (
                text[: s + found[1]].rstrip().endswith(",")
                # "Sean Robertson, spokesperson for the operation against Islamic State in Iraq and
                # Syria, told": one word at an aside's end
                or (found[0].kind in ("name", "org") and " " not in found[0].mention)
                or objected
            ):
                # "Dr. Leisha Hawker, president of Doctors Nova Scotia, said": what was found is an
                # aside itself (not "Nova Scotia"); the subject is the name before it. (Not a
                # description before: "A Twitter spokesman, Christopher Abboud, said".)
                before = _subject_before_aside(text, s, near_start + len(lead))
                if before is not None and (objected or _a_name_alone(text, s + before[1], before[0])):
                    found = before
        elif lead.endswith((",", ",”", "”,")) and after is not None and after >= 0:
            # (an aside may end with a quotation: "Manafort, citing “the magic of Trump,” said")
            found = _subject_before_aside(text, s, near_start + len(lead))
        elif after is not None and after >= 0 and word in _PLAIN_SAYING:
            found = _whole_subject(text, s, near_start + len(lead))
    if found is not None:
        found = _trimmed_subject(*found)
    if found is not None and _ends_in_a_function_word(found[0].mention):
        # "Ben Carson struggled to", "It is too soon to": a clause taken for a subject. The person who
        # opens the sentence, if a pronoun or a name of two words or more opens it (one capitalised
        # word may be any word that opens a sentence: "Let me", "Forty-three percent"); else nobody.
        region = _between_hidden(text[s:verb_start])
        found = _opening_subject(text, s, verb_start) or cues._sentence_subject(region, len(region))
        if found is not None and not (
            (found[0].kind == "pronoun" and found[0].mention.lower() != "it")
            or (found[0].kind == "name" and len(found[0].mention.split()) > 1)
        ):
            found = None
    if found is None:
        return None
    np, at = _past_subordinator(*found)
    np = _without_its_verb(np)
    if _ACCORDING_OPENS.match(np.mention):
        return None  # "According to a briefing note obtained by …": the source's noun, no verb of saying
    if word in _SHOWING and _a_person(np) and not _THAT_NEXT.match(text, verb_end, e):
        return None  # "Schmidt shows a visitor the pond he built": a person showing a thing, no finding
    if after is not None and after >= 0 and _VERB_OPENS.match(text, after):
        # "a move supporters say will ease …", "a probe the agency said was ongoing": a thing, then
        # whoever says what it will do; the thing is the content's subject, not the speaker.
        np = _subject_after_a_thing(np) or np
    if not _names_someone(np) and not (
        np.mention.lower() == "it"
        and (
            word in _PLAIN_SAYING
            or (np.mention == "It" and word in _IT_REPORTS and _THAT_NEXT.match(text, verb_end, e))
        )
    ):
        return None  # ("It said …": an organisation named before, and its statement)
    subject_start = s + at
    if _noun_compound(np, word, text[subject_start + np.mention_offset + len(np.mention) : verb_start]):
        return None
    prefix = text[s:subject_start].rstrip()
    if quotes.covers(subject_start):
        return None
    cue = Cue(np, subject_start, said, verb_start, verb_end)
    if (
        after is not None
        and after >= 0
        and tell
        and prefix.endswith(",")
        and _words(text, s, s + len(prefix)) >= MIN_WORDS
    ):
        tail = text[verb_end:e]
        if (
            len(tail.split()) <= _ADJUNCT_WORDS
            and " that " not in f" {tail} "
            # ("In an earlier interview, he told CBC he had done nothing wrong": a phrase of where or
            # when opens the sentence; what was said follows the cue.)
            and _OPENING_ADJUNCT.fullmatch(prefix) is None
        ):
            after = None  # "…, he told the court in his filing.": the words after the cue are no content
    if after is None or after < 0:
        # Nothing said after the cue: what was said is before it ("…, Sherman said."), or around
        # it ("The plan, Sherman said, will fail."); never a relative clause's ("Sherman, who
        # has negotiated for years, said …").
        as_lead = after is not None and _AS_LEAD.fullmatch(text, s, subject_start + np.mention_offset)
        if not as_lead and (not prefix.endswith((",", "”")) or np.mention.lower() in ("who", "which", "that")):
            return None
        if after is not None:
            if as_lead:
                # "As The Hill reported, CONTENT.": what was reported follows.
                comma = text.find(",", verb_end, e)
                start, end = _content(text, comma + 1, _clause_end(text, comma + 1, e))
                return (start, end, cue, "as-reported") if _words(text, start, end) >= MIN_WORDS else None
            start, end = _content(text, _past_open_dash(text, s, subject_start), _clause_end(text, verb_end, e))
            return (start, end, cue, "cue-inside") if _words(text, start, end) >= MIN_WORDS else None
        if _quotation_follows(text, verb_end, e):
            return None
        start, end = _content(text, _past_dateline(text, s, len(prefix) + s), len(prefix) + s)
        if _words(text, start, end) < MIN_WORDS:
            return None
        if previous is not None and _standalone(text, previous, quotes):
            # "The talks were hard. No deal is near, Sherman said." as the whole paragraph: both
            # sentences are hers.
            start = previous[0]
        return start, end, cue, "cue-after"
    if (
        prefix
        and np.mention.lower() != "who"
        and not (
            prefix.endswith(_CLAUSE_PUNCTUATION)
            or prefix.split()[-1].lower() in _CLAUSE_LEAD | _RELATIVE_LEAD
            or prefix.split()[-1] in _QUESTION_LEADS  # "Why this economist thinks …" (a headline)
        )
        # ("a finding they say could lead to …": what they say the thing will do is what was said)
        and not (np.kind == "pronoun" and after >= 0 and _VERB_OPENS.match(text, after))
    ):
        return None  # "The story Reuters reported drew …": a relative clause, not an attribution
    if np.mention.lower() == "who" or (prefix and prefix.split()[-1].lower() in _SUBORDINATORS):
        # "Juanita Broaddrick, who said Clinton raped her, recounted …": the relative clause ends it.
        comma = text.find(",", after, stop)
        stop = comma if comma >= 0 else stop
    elif _SET_OFF_WHICH.search(prefix, max(0, len(prefix) - 12)) is not None:
        # "the war room, which he promised would correct misinformation, has so far …": the relative
        # clause ends where the sentence's own verb comes back.
        resumes = _MAIN_VERB_RESUMES.search(text, after, stop)
        stop = resumes.start() if resumes is not None else stop
    start, end = _content(text, after, stop)
    if (start, end) != checked and (
        _words(text, start, end) < MIN_WORDS
        or _not_content_start(text, start, end, quotes)
        or _quote_opens_early(text, start, end)
    ):
        return None
    return start, end, cue, "cue-before"


def _quotation_follows(text: str, verb_end: int, e: int) -> bool:
    """ "Holding open a book, Beck said: “…”": a quotation follows a cue that ends its sentence's words
    (what was said is that, the quotes stage's; the words before the cue only lead in)."""
    tail = text[verb_end:e].rstrip()
    participle = _PARTICIPLE_NEXT.match(tail)
    if participle is not None and participle.group(1) in cue_words():
        return False  # "…, he said, adding that “…”": the quotation is what the participle reports
    return tail.endswith((":", ",")) or any(mark in tail for mark in _OPENING)


_PARTICIPLE_NEXT = re.compile(r"\s*,\s*([a-z]+ing)\s+that\b")


# What "As X reported, …" and "As reported by X, …" open with (after "But" or "And" if any).
_AS_OPENERS = ("As", "as", "But", "but", "And", "and")


def _opens_with_as(text: str, s: int, end: int) -> bool:
    """Does ``text[s:end]`` open (past its spaces) with a word that `_AS_LEAD` and `_AS_SOURCE` open
    with? (Asked before trying them: only a few sentences do.)"""
    k = s
    while k < end and text[k].isspace():
        k += 1
    return text.startswith(_AS_OPENERS, k, end)


def _bare_present(word: str) -> bool:
    """ "say", "demand", "call": the form a plural or "I" takes (its "-s" form is a cue too)."""
    return (
        not word.endswith(("s", "ed", "ing"))
        and word not in _PAST_FORMS
        and (f"{word}s" in _cue_forms() or f"{word}es" in _cue_forms())
    )


def _noun_compound(np: NounPhrase, word: str, between: str) -> bool:
    """Is the cue word a noun after a noun, not a verb after its subject? "third party demand and
    supply", "a summertime phone call with …", "a London-based think tank", "Benchmark 10-year notes
    rose": a singular subject never takes the bare verb ("third party demand"), and a subject that
    ends in an adjective ("10-year", "London-based") names nobody."""
    words = np.mention.split()
    if np.kind == "pronoun" or not words:
        return False
    head = words[-1]
    if _ADJECTIVE_HEAD.fullmatch(head):
        return True
    if between.strip() or not _bare_present(word) or not head.isalpha() or not head.islower():
        return False
    if head.endswith("s") or head in _PLURAL_HEADS or head in _HOW_MANY or _AFTER_HEAD & set(words):
        return False  # "one in five say", "sources close to her campaign say": a plural somewhere
    lead = words[0].lower()
    if lead in _ONE_OF:
        return head not in _GROUP_HEADS
    return lead not in _DETERMINERS and all(w.islower() for w in words)


def _past_subordinator(np: NounPhrase, at: int) -> tuple[NounPhrase, int]:
    """ "While the president said …, his administration …": a subject read with the word that makes
    its clause subordinate is the words after it (and what was said ends where the main clause starts)."""
    lead = _SUBORDINATE_LEAD.match(np.mention)
    if lead is None or lead.end() == len(np.mention):
        return np, at
    rest = np.mention[lead.end() :]
    return parse_noun_phrase(rest) or NounPhrase("description", rest, 0), at + np.mention_offset + lead.end()


# A document that found or showed something, named with whose it is or when it came out: "A survey
# by the Canadian Federation of Independent Business", "A CNN/ORC survey released Wednesday", "a
# study published in the journal Nature" (the words after the noun are no subject of their own).
# The nouns of a document that may be a subject (`_DOCUMENT_SUBJECT`).
_DOCUMENT_NOUNS = ("survey", "report", "study", "poll", "analysis", "review", "audit", "assessment")
_DOCUMENT_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|that|while|as)\s+)"
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Aa]nother|[Tt]his|[Tt]hat)\s+(?:[\w/’'.-]+\s+){0,3}?"
    rf"(?:{'|'.join(_DOCUMENT_NOUNS)})\s+"
    r"(?:(?:by|from|for)\s+(?:the\s+)?[A-Z][\w’'.&/-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'.&/-]*)){0,8}"
    r"|(?:released|conducted|published|commissioned)\s+[^,;:“”\"]{1,40}?))\s*$"
)


def _document_subject(region: str, written: str) -> tuple[NounPhrase, int] | None:
    """A survey, a report or a study as the subject right before the verb, with whose it is or when
    it came out after its noun (`_DOCUMENT_SUBJECT`), as ``written`` (``region`` with asides hidden)."""
    start = max(0, len(region) - 160)
    tail = region[start:]
    if not any(noun in tail for noun in _DOCUMENT_NOUNS):
        return None  # the usual answer, found before the pattern is tried at each of 160 places
    m = _DOCUMENT_SUBJECT.search(region, start)
    if m is None:
        return None
    # ("A CNN/ORC survey released Wednesday": the day hidden in the region is part of the phrase.)
    mention = written[m.start("np") : m.end("np")] if len(written) == len(region) else m.group("np")
    return NounPhrase("description", mention.rstrip(), 0), m.start("np")


def _short_subject(region: str, start: int) -> tuple[NounPhrase, int] | None:
    """ "He", "Sherman", "Jens Stoltenberg" right before the verb, at its clause's start (after
    the sentence's start, a comma, or "and", "but", "that" …)."""
    tail = region.rstrip()
    last = tail[tail.rfind(" ") + 1 :]
    if not last[:1].isupper() and last.lower() not in _SUBJECT_PRONOUNS:
        return None  # the usual answer when it is no name: "the company", "officials"
    words = list(_WORD.finditer(region, start))
    k = len(words)
    if k and words[-1].group(0).lower() in _SUBJECT_PRONOUNS:
        k -= 1
    else:
        while (
            k > 0
            and len(words) - k < 4
            and words[k - 1].group(0)[:1].isupper()
            and (k == len(words) or not words[k - 1].group(0).endswith((",", ";", ":")))
        ):
            k -= 1
    if k == len(words):
        return None
    k = _body_name_start(words, k)
    before = words[k - 1].group(0) if k > 0 else None
    if before is None and start > 0 and region[:start].strip():
        return None  # the clause starts before what was read
    if before is not None and not (before.endswith((",", ";", ":")) or before.lower() in _SUBJECT_AFTER):
        return None
    if before == "and" and k > 1 and words[k - 2].group(0)[:1].isupper() and words[k - 2].group(0)[-1:].isalpha():
        # "… a former chief counsel at U.S. Citizenship and Immigration Services, said": one name
        # joined by "and" (a body's), whose end is no subject of its own.
        return None
    at = words[k].start()
    if k > 0 and _PARTY_TAG.fullmatch(region[at : words[-1].end()]):
        # "Sen. Ben Sasse, R-Neb., called …": a party and state after a name; the name is the subject.
        return _short_subject(region[:at].rstrip().rstrip(",") + " ", start)
    np = parse_noun_phrase(region[at : words[-1].end()])
    if np is None or np.kind not in ("name", "pronoun", "org"):
        return None
    return np, at


def _body_name_start(words: list[re.Match[str]], k: int) -> int:
    """Where a body's name that runs across "for"/"of"/"and" starts, if the capitalised words from
    ``words[k]`` end one: "… Center for Disease Control and Prevention said" (not "Prevention").
    Only when a body's word stands before the glue (`names._body_across_glue` reads the phrase)."""
    j = k
    for _ in range(8):  # a few glued pieces at most
        if j < 2 or words[j - 1].group(0) not in ("for", "of", "and", "&") or not words[j - 2].group(0)[:1].isupper():
            break
        j -= 2
        while j > 0 and words[j - 1].group(0)[:1].isupper() and not words[j - 1].group(0).endswith((",", ";", ":")):
            j -= 1
    if j == k or not any(w.group(0).lower().rstrip("s") in ORG_WORDS for w in words[j:k]):
        return k
    return j


# A party and state after a name, between commas ("R-Neb.", "D-N.Y.", "I-Vt.").
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]{0,12},?")


def _whole_subject(text: str, s: int, subject_end: int) -> tuple[NounPhrase, int] | None:
    """ "A redacted copy of the 2013 memo seen by Reuters said …", "Large majorities of Republican
    primary voters in six states said …": everything before a plain verb of saying is its subject
    when the sentence opens with it (no clause break, no quotation), however long."""
    m = _WHOLE_SUBJECT.fullmatch(text, s, subject_end)
    if m is None or len(m.group("np").split()) > WHOLE_SUBJECT_WORDS:
        return None
    return NounPhrase("description", m.group("np"), 0), m.start("np") - s


def _subject_before_aside(
    text: str, s: int, aside_end: int, shape: re.Pattern[str] = _ASIDE_SUBJECT
) -> tuple[NounPhrase, int] | None:
    """ "Corey Lewandowski, a Manafort rival whom Trump fired, said …", "Powell’s office, when
    contacted by Reuters, said …", "Legislative leaders, for instance, noted …": the sentence's
    subject, then an aside between commas, then the verb."""
    m = shape.match(text, s, aside_end)
    if m is None or aside_end - m.end() > ASIDE_REACH:
        return None
    phrase = m.group("np")
    if phrase.split()[0].lower() in _ADJUNCT_LEADS | _CLAUSE_LEAD:
        return None  # "In 2008, in a speech, said": no subject
    np = parse_noun_phrase(phrase)
    if np is None or np.kind not in ("name", "org", "description"):
        plain = _plain_subject(phrase + " ")
        if plain is None or plain[1] != 0:
            return None
        np = plain[0]
    return np, m.start("np") - s


def _a_name_alone(text: str, at: int, np: NounPhrase) -> bool:
    """Is the phrase at ``at`` (up to its comma) a person's name and titles only: "Dr. Leisha
    Hawker", "Dean Johnson", not "One pastor supporting Mr. Cruz" nor a dateline's "PARIS"?"""
    comma = text.find(",", at, at + ASIDE_REACH)
    words = text[at:comma].split()
    return (
        comma >= 0
        and np.kind == "name"
        and len((np.name or "").split()) >= 2
        and all(w[:1].isupper() or w in ("de", "van", "von", "da", "del", "la", "le", "bin") for w in words)
    )


def _opening_subject(text: str, s: int, verb_start: int) -> tuple[NounPhrase, int] | None:
    """The subject that opens the sentence ``[s, …)`` before its first verb in the past tense or
    the present ("The departments declined …", "In an interview, the Wisconsin Republican
    criticized …", "Mr. Obama revised …"), for a later verb of the same subject (offset from ``s``)."""
    m = _OPENING_SUBJECT.match(text, s, verb_start)
    if m is None:
        return None
    phrase = m.group("np")
    np = parse_noun_phrase(phrase) or NounPhrase("description", phrase, 0)
    return np, m.start("np") - s


def _plain_subject(region: str, start: int = 0) -> tuple[NounPhrase, int] | None:
    """ "Democrats", "Trump's opponents", "About four out of 10 voters": a group or a thing as
    the subject, which names no one the people table knows, kept as written."""
    # A match runs to the region's end through its phrase's words and an adverb, its lead in the word
    # before them: it starts in the last _PLAIN_SUBJECT_REACH words, and the search starts there
    # (from ``start``, it was tried at every place of a long region).
    words = region.rsplit(None, _PLAIN_SUBJECT_REACH)
    if len(words) > _PLAIN_SUBJECT_REACH:
        start = max(start, len(words[0]))
    m = _PLAIN_SUBJECT.search(region, start)
    if m is None:
        return None
    phrase, at = m.group("np"), m.start("np")
    lead = _LEADING_CLAUSE_WORD.match(phrase)
    if lead is not None:
        # "But 16 percent of voters": the subject starts after the conjunction.
        phrase, at = phrase[lead.end() :], at + lead.end()
    words = phrase.split()
    if not words or len(words) > 8 or any(w.lower() in _NOT_IN_SUBJECT or w.lower() in _CLAUSE_LEAD for w in words):
        return None
    return NounPhrase("description", phrase, 0), at


def _between_hidden(region: str, progressive: bool = False) -> str:
    """``region`` with the auxiliaries, adverbs and time words before the verb blanked out (the
    same length, so offsets hold): "Russia had already", "the Kremlin seems to", "Beck last week";
    before a verb in "-ing" (``progressive``), "is" and its kin too ("Kasich is now telling")."""
    hidden = _BETWEEN_OR_PROGRESSIVE if progressive else _BETWEEN_WORDS
    tail = region.rstrip()
    last = tail[tail.rfind(" ") + 1 :]
    last_key = last.lower()
    if last_key not in _BETWEEN_LAST and last_key not in hidden and not _is_adverb(last):
        return region  # the usual answer, found at once
    words = list(_WORD.finditer(region, max(0, len(region) - 80)))
    k = len(words)
    while k > 0:
        word = words[k - 1].group(0).lower()
        if word in hidden or _is_adverb(words[k - 1].group(0)):
            k -= 1
        elif k > 1 and f"{words[k - 2].group(0).lower()}:{word}" in _BETWEEN_PAIRS:
            k -= 2
        elif (
            k > 2
            and word == "to"
            and words[k - 2].group(0).lower() == "on"
            and words[k - 3].group(0).lower() in ("went", "goes")
        ):
            k -= 3
        else:
            break
    if k == len(words):
        return region
    cut = words[k].start()
    return region[:cut] + " " * (len(region) - cut)


def _is_adverb(word: str) -> bool:
    """ "already", "repeatedly": a word in "-ly" in lower case ("Schlafly", "Kelly" are names)."""
    return len(word) > 3 and word.endswith("ly") and word.islower() and word not in LY_NOUNS


def _aside_hidden(region: str) -> str:
    """ "Sen. Mitch McConnell (R-Ky.) ": a short aside in brackets before the verb blanked out (the
    same length, so offsets hold), so the name before it is the subject."""
    m = _TRAILING_ASIDE.search(region, max(0, len(region) - 50))
    return region if m is None else region[: m.start()] + " " * (m.end() - m.start())


def _not_content_start(text: str, start: int, end: int, quotes: _Quoted) -> bool:
    """Does ``[start, end)`` start as no content does (`_NOT_CONTENT_START`)? A few quoted words at its
    start are allowed when most of it is outside quotes ("said that “liberals” allowed terrorism to
    flourish"); a quoted sentence is not ("“I made a mistake,” but in fact …")."""
    if text.startswith(_OPENING, start) and quotes.share(start, end) < MIXED_SHARE:
        close = _QUOTATION_END.search(text, start + 1, end)
        if (
            close is not None
            and len(text[start + 1 : close.start()].split()) <= MIXED_QUOTED_WORDS
            and not text[start + 1 : close.start()].rstrip().endswith((",", ".", "!", "?"))
            and _words(text, close.end(), end) >= MIN_WORDS
        ):
            return False
    return _NOT_CONTENT_START.match(text, start, end) is not None and not _THAT_BEFORE.search(
        text, max(0, start - 8), start
    )


def _quote_opens_early(text: str, start: int, end: int) -> bool:
    """ "the Washington Post, “I like Paul …": a colon or comma and a quotation a few words in,
    what was said is that quotation (the quotes stage's)."""
    stop = min(end, start + 120)
    m = _EARLY_QUOTE.search(text, start, stop) if _holds_an_opening(text, start, stop) else None
    if m is None:
        return False
    words = len(text[start : m.start()].split())
    return words <= 6 or (words <= 14 and text[m.start()] == ":")


def _holds_an_opening(text: str, start: int, end: int) -> bool:
    """Does ``[start, end)`` hold a quotation mark that may open a quotation (asked before a pattern
    that needs one is tried)?"""
    return text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0


def _clause_end(text: str, start: int, e: int) -> int:
    """Where a content starting at ``start`` ends: the sentence's end, or a clause that reports
    something else (", saying …", "; …")."""
    m = _NEXT_CLAUSE.search(text, start, e)
    while m is not None and text.startswith("which", m.end()):
        inside = _WHICH_INSIDE.match(text, m.start(), e)
        if inside is None:
            break
        # "said the plan, which the cabinet approved, will cost …": the clause is the subject's.
        m = _NEXT_CLAUSE.search(text, inside.end(), e)
    return m.start() if m is not None else e


def _participle(
    text: str, m: re.Match[str], s: int, e: int, speaker: Cue | None, said: str, verb_end: int
) -> tuple[int, int, Cue, str] | None:
    """ "She praised him, saying (that) CONTENT": whoever the sentence reports speaks. Before the
    main clause ("Noting he majored in philosophy, Allen said …", "Salceda, citing data, said"),
    the content ends at the comma and the main clause's subject speaks."""
    lead = text[s : m.start()].rstrip(" ,")
    # Only a subject before the participle ("Salceda, citing data, said …"), not a clause with its
    # verb ("Other Republicans echoed those comments, saying …").
    # (A plain subject is eight words at most: a longer lead is a clause, and is not read as one.)
    opening = not lead or (
        len(lead.split(None, 8)) <= 8
        and _plain_subject(lead + " ") == (NounPhrase("description", lead, 0), 0)
        and _OPENING_SUBJECT.match(lead) is None
        and _ROLE_THEN_NAME_THEN_VERB.match(lead) is None
    )
    after = _after_cue(text, verb_end, e, m.group(0).lower() in _TELL)
    if after is None or after < 0:
        return None
    stop = _clause_end(text, after, e)
    # (no comma after: no main clause follows, so the lead was a clause of its own, "Mr. Trump hit
    # back on Twitter, writing that …", and its subject speaks)
    comma = text.find(",", after, stop) if opening else -1
    opening = comma >= 0
    if opening:
        stop = comma
        if not lead:
            found = cues._sentence_subject(text[comma + 1 : e], e - comma - 1)
            if found is None or not _names_someone(found[0]):
                return None
            speaker = Cue(found[0], comma + 1 + found[1], "", 0, 0)
    if speaker is None:
        found = cues._sentence_subject(text[s : m.start()], m.start() - s) or _opening_subject(text, s, m.start())
        if found is None or not _names_someone(found[0]):
            return None
        speaker = Cue(_without_its_verb(found[0]), s + found[1], "", 0, 0)
    start, end = _content(text, after, stop)
    if _words(text, start, end) < MIN_WORDS or _NOT_CONTENT_START.match(text, start, end):
        return None
    return start, end, Cue(speaker.phrase, speaker.phrase_start, said, m.start(), verb_end), "participle"


def _after_cue(text: str, verb_end: int, e: int, tell: bool) -> int | None:
    """Where the content after a cue starts (past an adjunct, the person told, "that"), or None
    when the sentence ends with the cue and its adjuncts."""
    pos = verb_end
    lead = _NEXT_WORD.match(text, pos, e)
    lead_word = lead.group(1).lower() if lead is not None else ""
    if lead_word in _ADJUNCT_LEADS or (lead is not None and text.startswith(",", pos)):
        # "said, per a translator, that …", "said Thursday during a town hall in Buffalo, New York,
        # that …": adjuncts running over commas, then "that" and what was said.
        aside = _ASIDE_THAT.match(text, pos, e)
        if aside is not None:
            return aside.end()
    # (a span opens with the word "for", a day with one of _WHEN_LEADS: each looked for only after one)
    span = _FOR_SPAN.match(text, pos, e) if lead_word == "for" else None
    if span is not None:
        pos = span.end()  # "has said for weeks (that) …"
    when = _WHEN.match(text, pos, e) if lead_word in _WHEN_LEADS else None
    if when is not None:
        pos = when.end()  # "said Thursday his biggest worry is …": a day, then what was said
    word = lead if pos == verb_end else _NEXT_WORD.match(text, pos, e)
    for _ in range(3):
        next_word = lead_word if word is lead else word.group(1).lower() if word is not None else ""
        if next_word not in _ADJUNCT_LEADS:
            break
        clause = _adjunct_then_clause(text, pos, e) if next_word in _PLACE_TIME_LEADS else None
        if clause is not None:
            pos = clause  # "said in an interview the plan would fail": a clause follows
            break
        adjunct = _ADJUNCT.match(text, pos, e)
        if adjunct is None or adjunct.end() == pos:
            break
        if (
            adjunct.group(0).lstrip().startswith(",")
            and next_word == "with"
            and _THAT_NEXT.match(text, adjunct.end(), e)
        ):
            # "…, researchers reported Wednesday, with the highest concentrations in species that feed
            # …": a phrase set off after the cue; its "that" opens a relative clause, not what was said.
            return None
        pos = adjunct.end()
        word = _NEXT_WORD.match(text, pos, e)
    if tell:
        told = _TOLD_OBJECT.match(text, pos, e)
        if told is not None:
            pos = told.end()
            after_told = _NEXT_WORD.match(text, pos, e)
            when = _WHEN.match(text, pos, e) if after_told and after_told.group(1).lower() in _WHEN_LEADS else None
            if when is not None:
                pos = when.end()  # "told reporters last week the city cannot wait"
            elif after_told is not None and after_told.group(1).lower() in _ADJUNCT_LEADS:
                # "telling supporters in Columbus, Ohio, that …": adjuncts over commas, then "that"
                aside = _ASIDE_THAT.match(text, pos, e)
                if aside is not None:
                    return aside.end()
        # ("told reporters in Ottawa the deal was …": an adjunct no comma or "that" closes)
        adjunct = _ADJUNCT.match(text, pos, e)
        pos = adjunct.end() if adjunct is not None else _adjunct_then_clause(text, pos, e) or pos
    rest = _REST.match(text, pos, e)
    first, then, other = rest.group("first", "then", "other") if rest is not None else (None, None, None)
    if first is None and other is None:
        return None  # only the sentence's end after the cue
    if other == ";":
        return None  # "…, analysts say; in 2012, …": the clause ends with the cue
    if first == ",":
        if not then:
            return None
        if then.lower() in cue_words() and then.lower().endswith("ing"):
            return None  # "…, Sherman said, adding …": the content is before the cue
        # "The plan, Sherman said, will fail": the content is around the cue (negative: say so).
        return -e
    that = _THAT.match(text, pos, e)
    if that is not None and that.group("that"):
        if _THAT_AS_SUBJECT.match(text, that.end("that"), e):
            return that.start("that")  # "said that was enough", "said that’s not true": "that" is said
        return that.end()
    late = _LATE_THAT.match(text, pos, e) if text.find(" that ", pos, min(e, pos + 90)) >= 0 else None
    # "warned the day before of the meeting that …": a few words of when or to whom, then "that".
    # Not "say a stabbing that killed …": after "say" a noun with "a" opens what was said (its
    # subject, "that" its own clause); the person told takes one ("told a rally that"), and so does
    # what is cited, proposed or tweeted ("cited a report that …").
    if (
        late is not None
        and not (
            _INDEFINITE_OPENS.match(text, pos, late.end()) and _SAY_VERB.search(text, max(verb_end - 8, 0), verb_end)
        )
        # "asks Queen's Park to restore the option that the government removed": past a verb of its
        # own, "that" opens a relative clause, not what was said.
        and _INFINITIVE.search(text, pos, late.end()) is None
        and not _clause_verb_before_that(text, pos, late.end())
    ):
        return late.end()
    return that.end() if that is not None else pos


def _clause_verb_before_that(text: str, pos: int, that_end: int) -> bool:
    """Is the late "that" (ending at ``that_end``) the object of a verb of its own clause: a verb of
    showing, finding or saying right before it, after a noun ("said his upset win in Michigan shows
    that …": what was said is the whole clause)? Not such a word after a determiner or an owner (a
    noun then: "a show that …"), nor the first word after the cue."""
    words = text[pos:that_end].split()
    if len(words) < 3:
        return False
    verb, before = words[-2].lower(), words[-3].lower()
    return (
        verb in _CLAUSE_VERBS_BEFORE_THAT
        and before not in _DETERMINERS_BEFORE_NOUN
        and not before.endswith(("’s", "'s"))
    )


# Verbs whose clause a late "that" belongs to: "research shows that", "the poll found that".
_CLAUSE_VERBS_BEFORE_THAT = frozenset(
    "show shows showed suggest suggests suggested indicate indicates indicated find finds found prove proves "
    "proved mean means meant reveal reveals revealed say says said believe believes believed think thinks "
    "thought know knows knew".split()
)
# What makes the word after it a noun ("his claim", "the assertion", "a show").
_DETERMINERS_BEFORE_NOUN = _DETERMINERS | frozenset("a an whose every any no some".split())


def _adjunct_then_clause(text: str, pos: int, e: int) -> int | None:
    """The end of a where-or-when adjunct that a clause follows at ``pos`` (`_ADJUNCT_THEN_CLAUSE`)."""
    clause = _ADJUNCT_THEN_CLAUSE.match(text, pos, e)
    if clause is None:
        return None
    words = clause.group(0).lower().split()
    # (A word in -ing after a determiner is a noun: "after the hearing", "at a briefing".)
    if words[-1] in _ADJUNCT_ENDS or any(
        w in _NOT_IN_ADJUNCT or (w.endswith("ing") and words[k] not in _NOUN_MARKERS) for k, w in enumerate(words[1:])
    ):
        return None
    return clause.end()


def _after_and_stop(text: str, verb_end: int, e: int, tell: bool) -> tuple[int | None, int]:
    """Where the content after a cue starts (`_after_cue`) and where it stops (`_clause_end`; the
    sentence's end ``e`` when no content follows the cue)."""
    after = _after_cue(text, verb_end, e, tell)
    return after, _clause_end(text, after, e) if after is not None and after >= 0 else e


def _said_after(text: str, after: int | None, stop: int) -> bool:
    """Does a content of its own follow the cue (at least MIN_WORDS words, not a quotation)? ``after``
    and ``stop`` as `_after_and_stop` gives them."""
    if after is None or after < 0:
        return False
    start, end = _content(text, after, stop)
    return (
        _words(text, start, end) >= MIN_WORDS
        and not _NOT_CONTENT_START.match(text, start, end)
        and not _quote_opens_early(text, start, end)
    )


def _inverted(text: str, m: re.Match[str], s: int, e: int) -> tuple[int, int, Cue, str] | None:
    """ "CONTENT, said Sherman, the deputy secretary.": the speaker after the verb."""
    if not _SPEAKER_AFTER.match(text, m.end(), e) and not (
        m.group(0).lower() in _PLAIN_SAYING and _GROUP_AFTER.match(text, m.end(), e)
    ):
        return None  # "…, said in an email": no one named after the verb
    found = cues._phrase_after_verb(text, m.end(), e)
    if found is None:
        return None
    np, at = found
    if _SPEAKER_RUNS_ON.match(text, at + np.mention_offset + len(np.mention), e):
        # "Patch, a former party official, said the problem is …", "Harman, now at the centre,
        # urged Obama to act": the words after the verb run on as its object, so the verb's
        # subject is before it (the cue-before reading), not after it.
        return None
    if np.kind == "description":
        # "our correspondent in Brussels, Pierre Benazet": the name in apposition names them.
        named = parse_speaker_phrase(text[at:e].rstrip(" .!?\n"))
        if named is not None and named.kind == "name":
            np = named
    if np.kind not in ("name", "pronoun", "org", "description") or not _names_someone(np):
        return None
    if np.kind == "description" and not may_speak(np.mention):
        return None  # "Paul Greer, who led the investigation, says the file remains open.": what he says
    cue = Cue(np, at, m.group(0).lower(), m.start(), m.end())
    after = text.find(",", at + np.mention_offset + len(np.mention), e)
    if after >= 0 and _CONTINUED.match(text, after, e):
        # "The contrast with Trump, said Doyle, would be clear …": what was said runs on after the
        # speaker, around the cue.
        start, end = _content(text, s, _clause_end(text, after + 1, e))
        return (start, end, cue, "cue-inside") if _words(text, start, end) >= MIN_WORDS else None
    comma = text.rfind(",", s, m.start())
    start, end = _content(text, s, comma)
    if _words(text, start, end) < MIN_WORDS or _NAME_WITH_RELATIVE.fullmatch(text, start, end):
        return None
    return start, end, cue, "cue-inverted"


def _according(text: str, m: re.Match[str], s: int, e: int) -> tuple[int, int, Cue, str] | None:
    """ "According to X, CONTENT." / "CONTENT, according to X." """
    cue = cues.according_to(text, m.start(), e) or _according_any(text, m.start(), e)
    if (
        cue is not None
        and cue.phrase.mention.lower() in _OBJECT_PRONOUNS
        # (not the owner of what follows: "According to her “clawback” plan, …")
        and _PUNCTUATION_NEXT.match(text, cue.phrase_start + len(cue.phrase.mention))
    ):
        # "According to him, the new centres will save $45 million": the one "him" stands for
        # (translated French copy writes "selon lui" so).
        cue = replace(cue, phrase=NounPhrase("pronoun", cue.phrase.mention, 0))
    elif cue is None or not _names_someone(cue.phrase):
        return None
    phrase_end = cue.phrase_start + len(cue.phrase.mention) + cue.phrase.mention_offset
    comma = text.find(",", phrase_end, e)
    before = _content(text, _past_dateline(text, s, m.start()), m.start())
    if comma >= 0 and before[1] > before[0]:
        # "At the heart of the trouble, according to Ross, a former envoy, was a decision …": a verb
        # after the source (or its apposition) goes on with what was said, around the cue.
        later = text.find(",", comma + 1, e)
        for at in (comma, later) if later >= 0 else (comma,):
            if _CONTINUED.match(text, at, e):
                start, end = _content(text, s, _clause_end(text, at + 1, e))
                return (start, end, cue, "cue-inside") if _words(text, start, end) >= MIN_WORDS else None
    lead_in = comma >= 0 and len(text[before[0] : before[1]].split()) < LEAD_IN_WORDS
    # "He crossed the border … after, according to him, Televisa censured his first report": a
    # subordinator right before the cue opens the clause after it, and that is what was said.
    last_before = text[before[0] : before[1]].rsplit(None, 1)[-1].lower() if before[1] > before[0] else ""
    opens_after = comma >= 0 and last_before in _OPENS_CLAUSE
    if _words(text, *before) >= MIN_WORDS and not lead_in and not opens_after:
        return before[0], before[1], cue, "according-after"
    if comma < 0:
        return None
    start, end = _content(text, comma + 1, e)
    if _words(text, start, end) < MIN_WORDS:
        return None
    return start, end, cue, "according-before"


def _as_reported(text: str, m: re.Match[str], as_by: re.Match[str], e: int) -> tuple[int, int, Cue, str] | None:
    """ "As reported by X, CONTENT": the source after "by", what was reported after the comma."""
    np = _source_phrase(as_by.group("np"))
    start, end = _content(text, as_by.end(), _clause_end(text, as_by.end(), e))
    if _words(text, start, end) < MIN_WORDS:
        return None
    return start, end, Cue(np, as_by.start("np"), m.group(0).lower(), m.start(), m.end()), "as-reported"


def _as_reported_by_subject(
    text: str, m: re.Match[str], as_source: re.Match[str], e: int
) -> tuple[int, int, Cue, str] | None:
    """ "As X reported, CONTENT": X is the source (an outlet's name with its "The" whole: "The
    Hill", "the Washington Post"), what was reported follows the comma."""
    rest = _REST.match(text, m.end(), e)
    if rest is None or rest.group("first") != ",":
        return None
    phrase = _between_hidden(as_source.group("np") + " ").rstrip()  # "As Republicans continue to warn"
    if not phrase:
        return None
    np = _source_phrase(phrase)
    comma = rest.start("first")
    start, end = _content(text, comma + 1, _clause_end(text, comma + 1, e))
    if _words(text, start, end) < MIN_WORDS:
        return None
    return start, end, Cue(np, as_source.start("np"), m.group(0).lower(), m.start(), m.end()), "as-reported"


def _source_phrase(phrase: str) -> NounPhrase:
    """The source of "as X reported" / "as reported by X": an outlet's name keeps its "The"
    ("The Hill" is an organisation, not a Mr Hill); anything else as the names module reads it."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:]):
        return NounPhrase("org", phrase, 0, name=" ".join(["The", *words[1:]]))
    return parse_speaker_phrase(phrase) or NounPhrase("description", phrase, 0)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# A word before "according to" that opens the clause after the source: "after, according to him, …".
_OPENS_CLAUSE = _SUBORDINATORS | frozenset({"after", "before", "until", "that"})
_PUNCTUATION_NEXT = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _according_any(text: str, start: int, e: int) -> Cue | None:
    """ "according to the initial schedule published Thursday": a source that is no name or role
    (a schedule, a poll, data) is still the source, as written."""
    # (the full stops of abbreviations hidden, as `cues.according_to` does: "according to F.A.A. records")
    m = _ACCORDING_ANY.match(cues._abbreviations_hidden(text[start:e]))
    if m is None:
        return None
    at = start + m.start("np")
    phrase = text[at : start + m.end("np")]
    return Cue(NounPhrase("description", phrase, 0), at, "according to", start, at - 1)


def _names_someone(np: NounPhrase) -> bool:
    words = np.mention.split()
    return bool(words) and not (len(words) == 1 and words[0].lower() in _EMPTY_SUBJECTS)


def _standalone(text: str, sentence: tuple[int, int], quotes: _Quoted) -> bool:
    """A sentence with no quotation and no cue of its own: it can be the start of what is said."""
    s, e = sentence
    return quotes.share(s, e) == 0 and not cue_word_matches(text, s, e) and e - s <= SENTENCE_REACH

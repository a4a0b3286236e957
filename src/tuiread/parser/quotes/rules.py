"""Attribution rules, tried in order from most to least precise (CoreNLP's sieves).

Each rule looks at one quotation in its context and either names the speaker
phrase (with the cue that links it) or passes. Earlier rules read the words
right next to the marks; later ones reach further: the paragraph, the one
before, the speaker who was already talking.

1. ``after``       “…,” said X / “…,” X said / “…,” X, the Y, said
2. ``before``      X said: “…” / X said that “…” / X told reporters, “…”
3. ``later``       “…” in the positions of Z, declared X (the cue further on in the sentence)
4. ``according``   according to X, “…” / “…,” according to X
5. ``dash``        “…” — X
6. ``same-paragraph``  “A,” X said. “B.”: B is X's too
7. ``colon-intro`` X said:  (paragraph) “…”  (or X turned to them: the subject, with no reporting verb)
8. ``interview-answer`` a quotation in a Q&A's answer ("A: “…”", or a quotation paragraph after a
   question paragraph in a piece its introduction calls an interview): the one the introduction names
9. ``continuation``    a quotation that opens its paragraph after one whose speaker is clear
10. ``previous-paragraph`` a quotation that opens its paragraph after one that reports someone
   ("X said the plan would fail." (paragraph) “…”), or whose last sentence has X as subject
11. ``paragraph-cue``   a reporting clause elsewhere in the paragraph ("X argued that …")
12. ``sentence-subject`` the subject of the sentence the quotation stands in ("Bush called him “…”")
13. ``previous-subject`` a quotation that is a sentence of its own, after one whose subject is
    a person ("Cruz tweeted a warning. “…”")
14. ``next-paragraph`` a quotation that is its paragraph whole, before one opened by someone saying it
    ("“…”" (paragraph) "Marjorie Campbell says this while …")
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from tuiread.parser.quotes import cues
from tuiread.parser.quotes.cues import Cue
from tuiread.parser.quotes.names import NounPhrase, may_speak, names_a_thing, parse_speaker_phrase
from tuiread.parser.quotes.runs import MIN_QUOTE_WORDS, TITLE_WORDS_MOST, ParagraphSpan, QuotedRun, looks_like_title
from tuiread.parser.sentences import SentenceIndex, sentence_index
from tuiread.quick_init import quick_init

# How far a rule reads from a quotation's marks (characters), however long its sentence: news
# sentences are far shorter, but a transcript or a page's script with no full stop is one
# "sentence" the length of its paragraph, and reading all of it for each quotation is quadratic.
REACH = 1000
_SPACES = re.compile(r"\s*")
# The last line of defence: what attributing the quotations of one paragraph may cost, counted
# in characters the rules read (plus a little per rule tried), so the answer is the same on every
# machine and every run. Past it, the paragraph's quotations are left without a speaker. News
# paragraphs use a small part of it (PolNeAR train, dev and messy-dev: 7% at most); only pasted
# text that is not prose, with thousands of quotations and no full stop, comes near.
BUDGET_PER_CHARACTER = 100
BUDGET_BASE = 50_000
_RULE_COST = 50


class Context:
    """What the rules may look at: the text, its paragraphs, every run, and the answers so far.

    It also holds what is worked out once and asked for every quotation: each paragraph's
    sentence edges, which runs share a paragraph, and the nearest decided run before and after
    each run; every rule then answers in time independent of the paragraph's length.
    """

    def __init__(self, text: str, paragraphs: dict[int, ParagraphSpan], runs: list[QuotedRun]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.runs = runs
        self.found: dict[int, tuple[Cue, str]] = {}  # run index -> (cue, rule) decided so far
        # The paragraph-cue walks of the current paragraph by the places they passed.
        self.walks: dict[int, Cue | None] = {}
        n = len(runs)
        # The runs before (after) run i that end (start) in the paragraph where run i starts (ends):
        # runs[back_block[i]:i] and runs[i + 1:ahead_block[i]]. Arrays, not lists: a paragraph of
        # data can hold a hundred thousand runs, and a list holds an object per number.
        ends_from = array("q", range(n))  # runs[ends_from[j]:j + 1] all end in runs[j]'s last paragraph
        starts_to = array("q", range(1, n + 1))  # runs[j:starts_to[j]] all start in runs[j]'s first paragraph
        for j in range(1, n):
            if runs[j - 1].paragraphs[-1] == runs[j].paragraphs[-1]:
                ends_from[j] = ends_from[j - 1]
        for j in range(n - 2, -1, -1):
            if runs[j + 1].paragraphs[0] == runs[j].paragraphs[0]:
                starts_to[j] = starts_to[j + 1]
        self.back_block = array("q", range(n))
        self.ahead_block = array("q", range(1, n + 1))
        for i in range(n):
            if i > 0 and runs[i - 1].paragraphs[-1] == runs[i].paragraphs[0]:
                self.back_block[i] = ends_from[i - 1]
            if i + 1 < n and runs[i + 1].paragraphs[0] == runs[i].paragraphs[-1]:
                self.ahead_block[i] = starts_to[i + 1]
        # The nearest decided runs, kept by `attribute` as it goes.
        self.found_before = array("q", [-1]) * n
        self.found_after = array("q", [n]) * n
        # What the rules have read so far for the quotations of each paragraph (see BUDGET_BASE),
        # charged to the paragraph where the quotation being decided opens.
        self.spent = array("q", [0]) * (max(paragraphs) + 1 if paragraphs else 0)
        self.current = -1
        self.interviewee: Cue | Literal[False] | None = None  # a Q&A's, found once (False: none)
        # `cues.sentence_subject` of each quotation's own sentence, read once (`_sentence_subject_of`).
        self.subjects: dict[int, Cue | None] = {}
        # The sentence edges found so far, by place and paragraph: several rules ask for the same ones
        # (the start before a quotation's opening mark, the end after its closing one).
        self.starts: dict[tuple[int, int], int] = {}
        self.ends: dict[tuple[int, int], int] = {}

    def charge(self, characters: int) -> None:
        self.spent[self.current] += characters

    def start_paragraph(self, index: int) -> None:
        """The rules now decide the quotations that open in paragraph ``index``."""
        if index != self.current:
            self.current = index
            self.walks.clear()  # a walk never leaves its paragraph

    def paragraph(self, index: int) -> ParagraphSpan:
        return self.paragraphs[index]

    def sentences(self, para: ParagraphSpan) -> SentenceIndex:
        # Built once a paragraph and kept by `sentence_index` (reported speech reads the same ones).
        return sentence_index(self.text, para.start, para.end)

    def sentence_start(self, pos: int, para: ParagraphSpan) -> int:
        """The start of the sentence at ``pos``, at most REACH characters back (at a word's start)."""
        key = (pos, para.index)
        start = self.starts.get(key)
        if start is None:
            start = self.starts[key] = _window_start(self.text, pos, self.sentences(para).sentence_start(pos))
        self.charge(pos - start)  # (charged at every asking, found once or not)
        return start

    def opening_sentence_start(self, run: QuotedRun) -> int:
        """Where the sentence a quotation opens in starts (however far back: callers bound their reach)."""
        return self.sentences(self.paragraph(run.paragraphs[0])).sentence_start(run.open_at)

    def sentence_end(self, pos: int, para: ParagraphSpan) -> int:
        """The end of the sentence at ``pos``, at most REACH characters on (at a word's end)."""
        key = (pos, para.index)
        end = self.ends.get(key)
        if end is None:
            end = self.ends[key] = _window_end(self.text, pos, self.sentences(para).sentence_end(pos))
        self.charge(end - pos)  # (charged at every asking, found once or not)
        return end

    def opens_paragraph(self, run: QuotedRun, para: ParagraphSpan) -> bool:
        """Nothing but spaces before the quotation's opening mark in its paragraph."""
        m = _SPACES.match(self.text, para.start, run.open_at)
        return m is not None and m.end() >= run.open_at


@quick_init
@dataclass(frozen=True, slots=True)
class Decision:
    cue: Cue | None
    rule: str
    inherited_from: int | None = None  # the run whose speaker this one shares


def _closing_edge(ctx: Context, run: QuotedRun) -> tuple[int, int] | None:
    if run.close_at is None:
        return None
    para = ctx.paragraph(run.paragraphs[-1])
    return run.close_at, ctx.sentence_end(run.close_at + 1, para)


def rule_after(ctx: Context, i: int) -> Decision | None:
    run = ctx.runs[i]
    edge = _closing_edge(ctx, run)
    if edge is None:
        return None
    cue = cues.after_closing(ctx.text, edge[0], edge[1])
    return Decision(cue, "after") if cue else None


def rule_before(ctx: Context, i: int) -> Decision | None:
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    floor = ctx.sentence_start(run.open_at, para)
    # Another quotation earlier in the sentence ends the region ("“A,” he said, “B”"), unless it names
    # a thing; but a few words of this run's own are a phrase unless a cue stands right before them.
    # (Whether this run names a thing is read only when another quotation stands in the sentence:
    # most quotations have none before them there.)
    things_are_words: bool | None = None
    for j in range(i - 1, -1, -1):
        other = ctx.runs[j]
        if other.paragraphs[-1] < para.index:
            break  # it ends in an earlier paragraph, before the sentence
        if other.close_at is not None and other.close_at < floor:
            break
        if other.close_at is None or not floor <= other.close_at < run.open_at:
            continue
        if things_are_words is None:
            things_are_words = not _names_a_thing(ctx, run)
        if not (things_are_words and _names_a_thing(ctx, other)):
            floor = other.close_at + 1
    cue = cues.before_opening(ctx.text, run.open_at, floor)
    if cue is not None and cue.cue == ":" and run.close_at is not None:
        # "ANALYST’S VIEWPOINT: “…” — Maria Lopez": a label before a colon gives way to the name
        # signed after the quotation.
        para_end = ctx.paragraph(run.paragraphs[-1]).end
        signed = cues.dash_after(ctx.text, run.close_at, min(para_end, run.close_at + REACH))
        if signed is not None and signed.phrase.kind == "name":
            return None
    return Decision(cue, "before") if cue else None


def _names_a_thing(ctx: Context, run: QuotedRun) -> bool:
    """Does a quotation name a thing (a scare-quoted word, a title in Title Case: "Kerpen needled the
    CNN “reporter,” saying", "As Amir Attaran, author of “Dying for a Cure,” put it") rather than
    hold what someone said? Such words are part of the sentence around them, and its subject stands
    before them."""
    words = ctx.text[run.open_at + 1 : run.close_at].split() if run.close_at is not None else []
    return len(words) < MIN_QUOTE_WORDS or (len(words) <= TITLE_WORDS_MOST and looks_like_title(words))


def rule_later(ctx: Context, i: int) -> Decision | None:
    run = ctx.runs[i]
    edge = _closing_edge(ctx, run)
    if edge is None:
        return None
    cue = cues.later_in_sentence(ctx.text, edge[0], edge[1])
    return Decision(cue, "later") if cue else None


def rule_according(ctx: Context, i: int) -> Decision | None:
    run = ctx.runs[i]
    first = ctx.paragraph(run.paragraphs[0])
    last = ctx.paragraph(run.paragraphs[-1])
    start = ctx.sentence_start(run.open_at, first)
    if run.close_at is not None and not cues.a_new_sentence_after(ctx.text, run.close_at):
        cue = cues.according_to(ctx.text, run.close_at + 1, ctx.sentence_end(run.close_at + 1, last))
        if cue:
            return Decision(cue, "according")
    cue = cues.according_to(ctx.text, start, run.open_at)
    return Decision(cue, "according") if cue else None


def rule_dash(ctx: Context, i: int) -> Decision | None:
    run = ctx.runs[i]
    if run.close_at is None:
        return None
    para = ctx.paragraph(run.paragraphs[-1])
    cue = cues.dash_after(ctx.text, run.close_at, para.end)
    if cue is None and not ctx.text[run.close_at + 1 : para.end].strip(" .,"):
        # The quotation ends its paragraph and the next is a signature: "— Bernie Sanders."
        following = ctx.paragraphs.get(para.index + 1)
        if (
            following is not None
            and following.end - following.start <= _SIGNATURE
            and ctx.text[following.start : following.end].lstrip().startswith(("—", "–", "―", "-"))
        ):
            cue = cues.dash_after(ctx.text, following.start - 1, following.end)
            if cue is not None and cue.phrase.kind not in ("name", "org"):
                cue = None  # "– An immigrant himself –": a subheading between dashes, no signature
    return Decision(cue, "dash") if cue else None


# The longest paragraph that can be a quotation's signature ("— Sen. Bernie Sanders (I-Vt.)").
_SIGNATURE = 120


def rule_same_paragraph(ctx: Context, i: int) -> Decision | None:
    """Another quotation in the paragraph has a speaker from an adjacent cue: this one is theirs."""
    # The nearest decided quotation before it in the paragraph, else the nearest after it.
    j = ctx.found_before[i]
    if not (j >= ctx.back_block[i] and j in ctx.found):
        j = ctx.found_after[i]
        if not (j < ctx.ahead_block[i] and ctx.found[j][1] in ADJACENT):
            return None
    cue = ctx.found[j][0]
    if _names_another(ctx, i, cue):
        return None  # "Sanders visited NBC, saying “…”": the sentence names its own speaker
    return Decision(cue, "same-paragraph", j)


def _names_another(ctx: Context, i: int, cue: Cue) -> bool:
    """Does the sentence of quotation ``i`` open with a named subject other than ``cue``'s? A full
    name or a titled one ("Mrs. Clinton"): a lone capitalised word opening a sentence
    ("Specifically", "Audiences") is seldom anyone. Or with "he" or "she" where ``cue``'s speaker is
    a body ("NAFTA, which Trump called a “disaster” … He voiced a wish for “…”"): a body is no he."""
    body = cue.phrase.kind == "org" or (cue.phrase.kind == "name" and names_a_thing(cue.phrase.name or ""))
    if body and _opens_with_he_or_she(ctx, i):
        return True
    own = _own_subject(ctx, i)
    return (
        own is not None
        and own.phrase.kind == "name"
        and own.phrase.name != cue.phrase.name
        and (len((own.phrase.name or "").split()) >= 2 or own.phrase.mention != own.phrase.name)
    )


_HE_OR_SHE = re.compile(r"(?:He|She)\s")


def _opens_with_he_or_she(ctx: Context, i: int) -> bool:
    """Does the sentence of quotation ``i`` start with "He" or "She", before its opening mark?"""
    run = ctx.runs[i]
    start = ctx.opening_sentence_start(run)
    return start < run.open_at and _HE_OR_SHE.match(ctx.text, start, run.open_at) is not None


def _own_subject(ctx: Context, i: int) -> Cue | None:
    """The named subject of the sentence a quotation stands in, if words come before it there."""
    run = ctx.runs[i]
    start = ctx.opening_sentence_start(run)
    if run.open_at - start > REACH or not ctx.text[start : run.open_at].strip():
        return None
    ctx.charge(run.open_at - start)
    if not _CAPITAL_AFTER_FIRST.search(ctx.text, start + 1, run.open_at):
        return None  # one capital, the sentence's first letter: no name to find (the usual answer)
    return _sentence_subject_of(ctx, i, start)


_CAPITAL_AFTER_FIRST = re.compile(r"\s[A-ZÀ-ÖØ-Þ]")


def _previous_paragraph(ctx: Context, index: int) -> ParagraphSpan | None:
    return ctx.paragraphs.get(index - 1)


def rule_colon_intro(ctx: Context, i: int) -> Decision | None:
    """The paragraph before ends "X said:" (or "X reports:") and this quotation opens its paragraph."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if not ctx.opens_paragraph(run, para):
        return None
    prev = _previous_paragraph(ctx, para.index)
    if prev is None or not ctx.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    floor = ctx.sentence_start(prev.end - 1, prev)
    cue = cues.before_opening(ctx.text, prev.end, floor)
    if cue is None:
        # "Cruz called them on it:": no reporting verb, but the colon hands the floor to the subject.
        cue = cues.sentence_subject(ctx.text, floor, prev.end)
    return Decision(cue, "colon-intro") if cue else None


# A paragraph that says whose the quotation before it was: "Those were the words of hereditary chief
# Na'Moks, who …", "That's how one registered nurse at Regina General Hospital describes …", "That
# was the message from …", "That was Canucks coach Travis Green after …". The speaker phrase runs to
# a comma, a stop, or the verb or preposition after it.
_WHOSE_WORDS = re.compile(
    r"(?P<cue>(?:Those|These|Such)[ \t]+(?:were|are)[ \t]+the[ \t]+words[ \t]+of"
    r"|That[’']s[ \t]+(?:how|what)|That[ \t]+(?:is|was)[ \t]+(?:how|what)"
    r"|That[ \t]+was[ \t]+the[ \t]+(?:message|warning|verdict)[ \t]+(?:from|of)"
    r"|(?P<bare>That[ \t]+was)(?=[ \t]+[A-Z]))[ \t]+"
    r"(?P<np>[^,.;:!?“”\"\n]{2,90}?)"
    r"(?=[,.;:!?]|[ \t]+(?:describes|described|puts|put|sums|summed|explains|explained|sees|saw|says|said"
    r"|remembers|remembered|recalls|recalled|feels|felt|after|before|during|following|speaking|talking)\b)"
)


# Where a description's head noun ends and what ties it to something else begins.
_TIE = re.compile(r"[ \t]+(?:at|of|from|with|in|on|for|who|that|whose)[ \t]+")


# A subject pronoun inside a description: a clause of its own ("the song they sang").
_A_CLAUSE_INSIDE = re.compile(r"[ \t](?:I|we|they|he|she|you|it)[ \t]")


def rule_words_of(ctx: Context, i: int) -> Decision | None:
    """A quotation that is its paragraph, then a paragraph opening "Those were the words of X",
    "That's how X describes …" or "That was X after …": X's, though no verb of saying stands beside it."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    last = ctx.paragraph(run.paragraphs[-1])
    if not ctx.opens_paragraph(run, para) or run.close_at is None or ctx.text[run.close_at + 1 : last.end].strip():
        return None
    after = ctx.paragraphs.get(last.index + 1)
    m = _WHOSE_WORDS.match(ctx.text, after.start, after.end) if after is not None else None
    if m is None:
        return None
    phrase = m.group("np")
    head = _TIE.split(phrase, maxsplit=1)[0]  # "one registered nurse| at Regina General Hospital"
    if _A_CLAUSE_INSIDE.search(head):
        return None  # ("the song they sang": a clause in it, no one's description)
    np = parse_speaker_phrase(phrase)
    if np is None and not m.group("bare") and may_speak(head):
        np = NounPhrase("description", phrase, 0)  # ("one exhausted nurse": a participle no parse takes)
    if np is None or np.kind == "pronoun" or (m.group("bare") and np.kind != "name"):
        return None  # ("That was Canucks coach Travis Green after …": a person, not "That was Tuesday")
    if np.kind == "description" and not may_speak(head):
        return None  # ("Those were the words of the song they sang", "That's how the story goes")
    cue = Cue(np, m.start("np"), m.group("cue"), m.start("cue"), m.end("cue"))
    return Decision(cue, "words-of")


def rule_continuation(ctx: Context, i: int) -> Decision | None:
    """A quotation that opens its paragraph carries on from the speaker of the quotation before it."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if not ctx.opens_paragraph(run, para):
        return None
    for j in range(i - 1, -1, -1):
        other = ctx.runs[j]
        gap = para.index - other.paragraphs[-1]
        if gap > 2:
            return None
        if j in ctx.found and gap >= 1:
            if gap >= 2 and _someone_else_between(ctx, ctx.found[j][0], other.paragraphs[-1], para.index):
                # "“…” (paragraph) Its director, Paul Theriault, credits Arsenault. (paragraph) “…”": the
                # one named between takes over (`rule_previous_paragraph`).
                return None
            if gap == 1 and _someone_else_after(ctx, ctx.found[j][0], other):
                # "“…,” said Mark Giordano. His coach, Bill Peters, was less cheerful. (paragraph) “…”"
                return None
            return Decision(ctx.found[j][0], "continuation", j)
    return None


def _someone_else_between(ctx: Context, cue: Cue, after: int, before: int) -> bool:
    """Does a paragraph between paragraphs ``after`` and ``before`` end in a sentence whose subject
    is someone other than the one ``cue`` names ("Carter said that …", "Valastro praised …";
    `_another_subject`)?"""
    for index in range(after + 1, before):
        para = ctx.paragraphs.get(index)
        if para is None or para.end <= para.start:
            continue
        # (Or the paragraph's reporting clause, where its subject is none a sentence opens with:
        # "Another, who has worked there for 22 years, said she had never seen morale so low.")
        found = _last_sentence_subject(ctx, para, or_its_cue=True)
        if found is not None and _another_subject(ctx, cue, found, after):
            return True
    return False


def _someone_else_after(ctx: Context, cue: Cue, run: QuotedRun) -> bool:
    """Does the paragraph that quotation ``run`` (by ``cue``) ends in end with a sentence after it
    whose subject is someone else ("His coach, Bill Peters, was less cheerful.")?"""
    para = ctx.paragraphs.get(run.paragraphs[-1])
    span = _last_sentence(ctx, para, after=max(run.end, cue.cue_end)) if para is not None else None
    if span is None:
        return False  # (none, or the quotation's own sentence, or its cue's)
    found = cues.sentence_subject(ctx.text, *span)
    return found is not None and _another_subject(ctx, cue, found, para.index)


def _another_subject(ctx: Context, cue: Cue, found: Cue, after: int) -> bool:
    """Is the subject ``found`` someone other than the speaker ``cue`` names (whose quotation is in
    paragraph ``after``)? After a "she" or "he", a name known to be of the other gender, or one not
    written near the pronoun ("Woods …" after "she" is most likely her)."""
    said = cue.phrase.mention.split()[-1] if cue.phrase.kind == "name" else None
    gender = _PRONOUN_GENDER.get(cue.phrase.mention.lower()) if cue.phrase.kind == "pronoun" else None
    if found.phrase.kind == "pronoun" and found.phrase.mention.lower() in ("i", "we"):
        # "I asked Mayor John Tory whether he agreed.": the one the writer asked answers next.
        return _asked_by_subject(ctx, found) is not None
    if found.phrase.kind == "pronoun":
        # "She says she has no plans to stop." after a quotation of Paul Theriault's (or of a "he").
        other = _PRONOUN_GENDER.get(found.phrase.mention.lower())
        theirs = cue.phrase.gender if cue.phrase.kind == "name" else gender
        return other is not None and theirs not in (None, other)
    if _someone_new(found):
        return True  # "A nurse who asked not to be named put it bluntly."
    if not _a_name(found) or found.phrase.mention.split()[-1] == said:
        return False
    if cue.phrase.kind != "pronoun" or (gender is not None and found.phrase.gender not in (None, gender)):
        return True
    # "“…,” he said. (paragraph) Crouse said he understood.": a name not written near the "he" is
    # someone else, not whom the pronoun stood for.
    return not _named_near(ctx, found.phrase.mention.split()[-1], after)


def _someone_new(found: Cue) -> bool:
    """Is ``found`` a description of someone not met before ("A retired general who now lobbies …")?"""
    mention = found.phrase.mention
    if found.phrase.kind != "description" or mention.split()[0].lower() not in _SOMEONE_NEW:
        return False
    return may_speak(mention) or mention.lower() == "another"  # ("Another, who has worked there …, said")


def _a_name(found: Cue) -> bool:
    """Does ``found`` name someone: a name, or one capitalised role noun that may be a surname
    ("King nodded.")?"""
    mention = found.phrase.mention
    return found.phrase.kind == "name" or (
        found.phrase.kind == "description" and " " not in mention and mention[:1].isupper()
    )


def _asked_by_subject(ctx: Context, found: Cue) -> Cue | None:
    """The one named (or "him", "her") right after the sentence subject ``found`` and an asking verb
    ("I asked Mayor John Tory whether …", "Galloway pressed her on …"), as a cue; else None."""
    m = _SUBJECT_ASKS.match(ctx.text, found.phrase_start + len(found.phrase.mention))
    return cues.one_asked(ctx.text, m.end(), m.end() + 80) if m is not None else None


# The verb right after a subject: "I asked", "Galloway pressed", "She also asked".
_SUBJECT_ASKS = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?(?:asked|questioned|pressed)\b")


def _named_near(ctx: Context, surname: str, index: int) -> bool:
    """Is ``surname`` written in paragraph ``index`` or the one before it (at most REACH back)?"""
    para = ctx.paragraphs.get(index)
    if para is None:
        return False
    before = ctx.paragraphs.get(index - 1)
    start = max(before.start if before is not None else para.start, para.end - REACH)
    ctx.charge(para.end - start)
    return ctx.text.find(surname, start, para.end) >= 0


_PRONOUN_GENDER = {"he": "m", "she": "f"}
# What opens a description of someone not met before: "a nurse", "One of them", "Another resident".
_SOMEONE_NEW = frozenset("a an one another".split())


def rule_previous_paragraph(ctx: Context, i: int) -> Decision | None:
    """A quotation that opens its paragraph, right after a paragraph that reports someone's words:
    "Smith said the plan would fail." (paragraph) "“It is a disaster.”" is Smith's."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if not ctx.opens_paragraph(run, para):
        return None
    prev = _previous_paragraph(ctx, para.index)
    if prev is None or prev.end <= prev.start:
        return None
    cue = _cue_walking_back(ctx, prev, prev.end)
    if (
        cue is None
        and _has_run_in(ctx, i, prev)
        and i - 1 in ctx.found
        and _someone_else_after(ctx, ctx.found[i - 1][0], ctx.runs[i - 1])
    ):
        # "“…,” said Mark Giordano. His coach, Bill Peters, was less cheerful. (paragraph) “…”": the
        # subject of a sentence that ends the paragraph after its quotation.
        cue = _last_sentence_subject(ctx, prev)
    if cue is not None and cue.phrase.kind == "pronoun" and cue.phrase.mention.lower() in ("i", "we"):
        # "Okafor laughed when I repeated that to him." (paragraph) "“I said that?”": the writer only
        # asked; the one the sentence is about answers, or the one asked ("I asked Mayor John Tory
        # whether he agreed.").
        start = ctx.sentence_start(cue.phrase_start, prev)
        subject = cues.sentence_subject(ctx.text, start, cue.phrase_start)
        asked = cues.one_asked(ctx.text, cue.cue_end, prev.end) if cue.cue in cues.ASKING_VERBS else None
        if subject is not None and subject.phrase.kind == "name":
            cue = subject
        elif asked is not None:
            cue = asked
    elif (
        cue is not None and cue.cue in cues.ASKING_VERBS and not ctx.text[prev.start : prev.end].rstrip().endswith(":")
    ):
        # "Galloway pressed her on the timeline." (paragraph) "“By the end of the year.”": the one
        # asked answers, not the asker.
        cue = cues.one_asked(ctx.text, cue.cue_end, prev.end) or cue
    if cue is None and not _has_run_in(ctx, i, prev):
        # "Clinton touted her credentials." (paragraph) "“We need …”": the last sentence's subject.
        found = _last_sentence_subject(ctx, prev)
        if found is not None and (found.phrase.kind == "pronoun" or _a_name(found) or _someone_new(found)):
            # "Galloway pressed her on the timeline." (paragraph) "“By the end of the year.”": the
            # one asked answers, not the asker.
            cue = _asked_by_subject(ctx, found) or found
    return Decision(cue, "previous-paragraph") if cue else None


def _last_sentence(ctx: Context, para: ParagraphSpan, after: int = -1) -> tuple[int, int] | None:
    """Where the last sentence of ``para`` starts and ends, charged to the budget; None for an
    empty paragraph, one longer than REACH, or one starting at or before ``after``."""
    if para.end <= para.start:
        return None
    end = para.start + len(ctx.text[para.start : para.end].rstrip())
    start = ctx.sentences(para).sentence_start(max(para.start, end - 1))
    if end - start > REACH or start <= after:
        return None
    ctx.charge(end - start)
    return start, end


def _last_sentence_subject(ctx: Context, para: ParagraphSpan, or_its_cue: bool = False) -> Cue | None:
    """The subject of the last sentence of ``para`` (None for one longer than REACH); with
    ``or_its_cue``, else its reporting clause read whole, past the commas of an aside ("Another, who has
    worked there for 22 years, said she …")."""
    span = _last_sentence(ctx, para)
    if span is None:
        return None
    found = cues.sentence_subject(ctx.text, *span)
    if found is None and or_its_cue:
        found = cues.before_opening(ctx.text, span[1], span[0])
    return found


def _has_run_in(ctx: Context, i: int, para: ParagraphSpan) -> bool:
    """Does the quotation just before run ``i`` end in paragraph ``para``?"""
    return i > 0 and ctx.runs[i - 1].paragraphs[-1] == para.index


def rule_paragraph_cue(ctx: Context, i: int) -> Decision | None:
    """A reporting clause elsewhere in the paragraph: "Sanders argued that … . “…”"."""
    run = ctx.runs[i]
    cue = _cue_walking_back(ctx, ctx.paragraph(run.paragraphs[0]), run.open_at)
    if cue is None:
        return None
    start = ctx.opening_sentence_start(run)
    if cue.phrase_start < start and start < run.open_at and run.open_at - start <= REACH:
        # "Meg Whitman, …, labeled Mr. Trump “unfit to be president.”": the quotation's own sentence
        # has a subject of its own; the cue of a sentence before it is someone else's.
        ctx.charge(run.open_at - start)
        own = _subject_not_quoted(ctx, i, start)
        if own is not None and own.phrase.kind in ("name", "pronoun"):
            return None
    return Decision(cue, "paragraph-cue")


def _cue_walking_back(ctx: Context, para: ParagraphSpan, pos: int) -> Cue | None:
    """The reporting clause of the nearest sentence before ``pos`` in the paragraph that has one.

    Every walk is remembered by the places it passed: the quotations of a paragraph walk back
    over the same sentences, and walking them again for each is quadratic.
    """
    sentences = ctx.sentences(para)
    passed: list[int] = []
    found: Cue | None = None
    while pos > para.start:
        if pos in ctx.walks:
            found = ctx.walks[pos]
            break
        passed.append(pos)
        start = sentences.sentence_start(pos - 1)
        low = _window_start(ctx.text, pos, start)
        ctx.charge(pos - low)
        found = cues.before_opening(ctx.text, _clause_end(ctx.text, low, pos), low)
        if found is not None or start <= para.start:
            break
        pos = start
    for place in passed:
        ctx.walks[place] = found
    return found


def rule_sentence_subject(ctx: Context, i: int) -> Decision | None:
    """A quotation inside a sentence with no cue of its own belongs to the sentence's subject."""
    run = ctx.runs[i]
    start = ctx.opening_sentence_start(run)
    if run.open_at - start > REACH:
        return None  # a "sentence" this long (a transcript, a list) has no subject to find
    ctx.charge(run.open_at - start)
    if start >= run.open_at:
        return None
    cue = _subject_not_quoted(ctx, i, start)
    return Decision(cue, "sentence-subject") if cue else None


def _subject_not_quoted(ctx: Context, i: int, start: int) -> Cue | None:
    """The subject of the sentence (from ``start``) that quotation ``i`` stands in, unless it stands
    inside one of the sentence's quotations ("Another advised, “Aggressive Driving is …,” and “…”":
    words quoted, no one's name)."""
    if not ctx.text[start : ctx.runs[i].open_at].strip():
        return None
    cue = _sentence_subject_of(ctx, i, start)
    if cue is not None and _inside_a_quotation_before(ctx, i, cue.phrase_start + cue.phrase.mention_offset):
        return None
    return cue


def _sentence_subject_of(ctx: Context, i: int, start: int) -> Cue | None:
    """`cues.sentence_subject` of the sentence quotation ``i`` stands in (from ``start``, its opening
    sentence's start), read once a quotation: three rules ask for it."""
    if i not in ctx.subjects:
        ctx.subjects[i] = cues.sentence_subject(ctx.text, start, ctx.runs[i].open_at)
    return ctx.subjects[i]


def _inside_a_quotation_before(ctx: Context, i: int, at: int) -> bool:
    """Does ``at`` stand inside one of the quotations before run ``i`` (looked back to ``at``)?"""
    for j in range(i - 1, -1, -1):
        other = ctx.runs[j]
        close = other.close_at if other.close_at is not None else other.end
        if close < at:
            return False
        if other.open_at <= at:
            return True
    return False


def rule_previous_subject(ctx: Context, i: int) -> Decision | None:
    """A quotation that opens its sentence, with no cue anywhere near, after a sentence whose
    subject is a person: "Cruz tweeted a warning. “Missouri: remember in November.”" is Cruz's."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    sentences = ctx.sentences(para)
    start = sentences.sentence_start(run.open_at)
    if ctx.text[start : run.open_at].strip() or start <= para.start:
        return None  # words before it in its sentence (sentence-subject's case), or it opens the paragraph
    end = start
    while end > max(para.start, start - REACH) and ctx.text[end - 1].isspace():
        end -= 1
    before = sentences.sentence_start(end - 1)
    if start - before > REACH:
        return None
    ctx.charge(start - before)
    if _inside_run(ctx, i, before):
        return None  # the sentence before is (or opens with) another quotation: its speaker is decided elsewhere
    cue = cues.sentence_subject(ctx.text, before, start)
    if cue is None or cue.phrase.kind not in ("name", "pronoun"):
        return None
    return Decision(cue, "previous-subject")


def _inside_run(ctx: Context, i: int, pos: int) -> bool:
    """Does a quotation before run ``i`` in its paragraph open at or after ``pos``?"""
    j = i - 1
    return j >= 0 and ctx.runs[j].paragraphs[-1] == ctx.runs[i].paragraphs[0] and ctx.runs[j].open_at >= pos


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the reporting clause of a sentence stops: at "that" or a comma after the verb."""
    for marker in (" that ", ", "):
        k = text.find(marker, start, limit)
        if k > start:  # only the first of each marker counts, and not right at the start
            return k + len(marker)
    return limit


def _window_start(text: str, pos: int, floor: int) -> int:
    """At most REACH characters before ``pos`` (at a word's start), and not before ``floor``."""
    low = pos - REACH
    if low <= floor:
        return floor
    space = text.find(" ", low, pos)
    return space + 1 if space >= 0 else low


def _window_end(text: str, pos: int, ceiling: int) -> int:
    """At most REACH characters after ``pos`` (at a word's end), and not after ``ceiling``."""
    high = pos + REACH
    if high >= ceiling:
        return ceiling
    space = text.rfind(" ", pos, high)
    return space if space > pos else high


# A Q&A's lines: "Q: Why a houseboat?" and "A: “Honestly, it was an accident.”".
_QUESTION_LINE = re.compile(r"(?:Q|QUESTION|Question)[ \t]*[:.][ \t]")
_ANSWER_LINE = re.compile(r"(?:A|ANSWER|Answer)[ \t]*[:.][ \t]")
# How many paragraphs before the first question may introduce the one interviewed.
INTERVIEW_INTRO = 4


def rule_interview_answer(ctx: Context, i: int) -> Decision | None:
    """A quotation in a Q&A answer ("A: “…”"), with no cue of its own, is the one interviewed: the
    subject of the introduction before the first question ("Novelist Miriam Toews spoke with us …")."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    answer = _ANSWER_LINE.match(ctx.text, para.start) is not None or (
        # "What do you see in your practice …? ¶ “Every week I have a patient …”": a Q&A whose
        # questions are paragraphs of their own and whose answers are quotations.
        run.open_at == para.start
        and (before := ctx.paragraphs.get(para.index - 1)) is not None
        and (_a_question_paragraph(ctx.text, before) or _a_question_between(ctx.text, before.end, para.start))
    )
    if not answer:
        return None
    if ctx.interviewee is None:
        ctx.interviewee = _interviewee(ctx) or False
    return Decision(ctx.interviewee, "interview-answer") if ctx.interviewee else None


def _the_interviewees_i(ctx: Context, i: int, decision: Decision) -> Decision:
    """In a Q&A's answer ("A: … My manager used to say, “…” and I'd say, “…”"), an "I" introducing a
    quotation is the one interviewed, not the writer; the decision as it was otherwise."""
    np = decision.cue.phrase if decision.cue is not None else None
    if decision.rule != "before" or np is None or np.kind != "pronoun" or np.mention.lower() != "i":
        return decision
    if _ANSWER_LINE.match(ctx.text, ctx.paragraph(ctx.runs[i].paragraphs[0]).start) is None:
        return decision
    if ctx.interviewee is None:
        ctx.interviewee = _interviewee(ctx) or False
    return Decision(ctx.interviewee, "interview-answer") if ctx.interviewee else decision


# How long a paragraph that only asks may be (words).
_QUESTION_WORDS = 60
# An introduction that says the piece is an interview ("… sat down with reporter Julie Fontaine. The
# conversation has been edited and condensed.").
_INTERVIEW_INTRO = re.compile(
    r"(?i:edited\s+(?:and|for)\s+(?:condensed|length|clarity)|condensed\s+(?:and|for)\s+(?:edited|clarity)"
    r"|\bspoke\s+with\b|\bsat\s+down\s+with\b|\btalked\s+with\b|\bQ&A\b)"
)


def _a_question_paragraph(text: str, span: ParagraphSpan) -> bool:
    """Is the paragraph a question of its own?"""
    return _a_question(text[span.start : span.end])


def _a_question_between(text: str, start: int, end: int) -> bool:
    """Is there a short question line between two paragraphs ("What keeps you up at night?"), which
    the structure stage set apart as a crosshead?"""
    gap = text[start:end]
    return "\n\n" not in gap.strip() and _a_question(gap)


def _a_question(piece: str) -> bool:
    """Is ``piece`` an interviewer's question: ending with "?", no quotation in it, short?"""
    words = piece.split()
    return (
        bool(words)
        and words[-1].endswith("?")
        and len(words) <= _QUESTION_WORDS
        and not any(mark in piece for mark in '“”"')
    )


def _interviewee(ctx: Context) -> Cue | None:
    """The name that opens the introduction of a Q&A: the subject of a sentence in the paragraphs
    before its first question line, if a question line follows them (or a question paragraph, after
    an introduction that says the piece is an interview)."""
    order = sorted(ctx.paragraphs)
    introduced = False
    for n, index in enumerate(order):
        span = ctx.paragraphs[index]
        question = _QUESTION_LINE.match(ctx.text, span.start) is not None or (
            introduced and _a_question_paragraph(ctx.text, span)
        )
        introduced = introduced or _INTERVIEW_INTRO.search(ctx.text, span.start, span.end) is not None
        if question:
            for j in order[max(0, n - INTERVIEW_INTRO) : n]:
                intro = ctx.paragraphs[j]
                cue = cues.sentence_subject(ctx.text, intro.start, min(intro.end, intro.start + REACH))
                if cue is not None and cue.phrase.kind == "name":
                    return cue
            return None
        if n > INTERVIEW_INTRO + 1:
            return None
    return None


_A_QUOTE_MARK_IN = re.compile(r"[“\"‘']")
# What opens the paragraph after a quotation standing alone, saying its words were the subject's: "Marjorie
# Campbell says this while stacking tins", "Lloyd Fuller has been saying some version of that sentence
# since 1974", "Smith said it twice".
_SAID_IT_AFTER_SUBJECT = re.compile(
    r"(?:,[^,.;:!?“”\"\n]{1,60},)?[ \t]+(?:(?:has|had|have)[ \t]+been[ \t]+|still[ \t]+|often[ \t]+)?"
    r"(?:says|said|saying|repeats|repeated|repeating|tells|told|telling|asks|asked|asking|writes|wrote)"
    r"[ \t]+(?:(?:some|a)[ \t]+version[ \t]+of[ \t]+)?(?:this|that|it|those|these)\b(?![ \t]+(?:is|was|he|she|they)\b)"
)


def rule_next_paragraph(ctx: Context, i: int) -> Decision | None:
    """A quotation that is its paragraph whole, before a paragraph opened by someone saying it:
    "“You don’t ask people why they’re hungry.”" (paragraph) "Marjorie Campbell says this while …"."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if run.close_at is None or not ctx.opens_paragraph(run, para) or ctx.text[run.close_at + 1 : para.end].strip():
        return None
    after = ctx.paragraphs.get(run.paragraphs[-1] + 1)
    if after is None or after.end <= after.start or _A_QUOTE_MARK_IN.search(ctx.text, after.start, after.start + 2):
        return None
    end = min(after.end, after.start + REACH)
    ctx.charge(end - after.start)
    found = cues.sentence_subject(ctx.text, after.start, end)
    if found is None or found.phrase.kind != "name" or found.phrase_start > after.start + 40:
        return None
    at = found.phrase_start + found.phrase.mention_offset + len(found.phrase.mention)
    if _SAID_IT_AFTER_SUBJECT.match(ctx.text, at, end) is None:
        return None
    return Decision(found, "next-paragraph")


RULES: tuple[tuple[str, Callable[[Context, int], Decision | None]], ...] = (
    ("after", rule_after),
    ("before", rule_before),
    ("later", rule_later),
    ("according", rule_according),
    ("dash", rule_dash),
    ("same-paragraph", rule_same_paragraph),
    ("colon-intro", rule_colon_intro),
    ("interview-answer", rule_interview_answer),
    # (before a continuation: the paragraph after says whose words they were)
    ("words-of", rule_words_of),
    ("continuation", rule_continuation),
    ("previous-paragraph", rule_previous_paragraph),
    ("paragraph-cue", rule_paragraph_cue),
    ("sentence-subject", rule_sentence_subject),
    ("previous-subject", rule_previous_subject),
    ("next-paragraph", rule_next_paragraph),
)
# Rules that read the words next to the marks, run over every quotation first, so the
# rules that borrow a speaker (same paragraph, continuation) can see all of them.
ADJACENT = frozenset({"after", "before", "later", "according", "dash"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A decision (or None) for every run, and the paragraphs left unattributed (over budget)."""

    decisions: list[Decision | None]
    over_budget: frozenset[int]


def attribute(text: str, paragraphs: dict[int, ParagraphSpan], runs: list[QuotedRun]) -> Attribution:
    """A decision (or None) for every run, rule by rule in order of precision."""
    n = len(runs)
    decisions: list[Decision | None] = [None] * n
    ctx = Context(text, paragraphs, runs)
    over: set[int] = set()
    adjacent = [rule for name, rule in RULES if name in ADJACENT]
    borrowing = [rule for name, rule in RULES if name not in ADJACENT]
    for i in range(n):
        _decide(ctx, i, adjacent, decisions, over)
    nearest = n
    for i in range(n - 1, -1, -1):
        ctx.found_after[i] = nearest
        if i in ctx.found:
            nearest = i
    latest = -1
    for i in range(n):
        ctx.found_before[i] = latest
        if decisions[i] is None:
            _decide(ctx, i, borrowing, decisions, over)
        if i in ctx.found:
            latest = i
    for i, run in enumerate(runs):
        if run.paragraphs[0] in over:
            decisions[i] = None
    return Attribution(decisions, frozenset(over))


def _decide(
    ctx: Context,
    i: int,
    rules: list[Callable[[Context, int], Decision | None]],
    decisions: list[Decision | None],
    over: set[int],
) -> None:
    para = ctx.runs[i].paragraphs[0]
    if para in over:
        return
    ctx.start_paragraph(para)
    span = ctx.paragraph(para)
    budget = BUDGET_PER_CHARACTER * (span.end - span.start) + BUDGET_BASE
    for rule in rules:
        decision = rule(ctx, i)
        ctx.charge(_RULE_COST)
        if ctx.spent[para] > budget:
            # Left unattributed, and no later quotation may borrow a speaker from it.
            over.add(para)
            for j in [j for j in ctx.found if ctx.runs[j].paragraphs[0] == para]:
                del ctx.found[j]
            return
        if decision is not None and decision.cue is not None:
            decision = _the_interviewees_i(ctx, i, decision)
            decisions[i] = decision
            ctx.found[i] = (decision.cue, decision.rule)
            return

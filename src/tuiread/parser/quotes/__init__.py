"""The quotes stage: direct quotes, who said them, and the speakers table.

After the quotation marks are repaired, every quoted run is found
(`runs.find_runs`), short scare quotes and titles are set apart as phrases,
each quotation gets a speaker phrase from the ordered attribution rules
(`rules.RULES`), and that phrase is resolved to a person: "Sanders", "he" or
"the Vermont senator" to "Bernie Sanders" (`resolve.py`). Then reported speech
("Sherman said Russia had brought nothing new") is found outside the quotes
(`reported.py`) and its speakers resolved the same way, in reading order with
the quotes' speakers, without changing them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tuiread.model import Evidence, Mention, Paragraph, Phrase, Quote, Repair, Repairs, Reported, Span, Speaker
from tuiread.parser.lexicon import COMPANION_NOUNS, FAMILY_NOUNS, ROLE_NOUNS
from tuiread.parser.quotes import reported as reported_speech
from tuiread.parser.quotes.confidence import confidence
from tuiread.parser.quotes.cues import Cue, sentence_subject
from tuiread.parser.quotes.names import (
    ORG_WORDS,
    PeopleIndex,
    gender_of,
    is_title_word,
    mention_as_written,
    names_a_thing,
)
from tuiread.parser.quotes.resolve import Resolution, Resolver, mid_sentence
from tuiread.parser.quotes.rules import ADJACENT, REACH, Decision, attribute
from tuiread.parser.quotes.runs import (
    MIN_QUOTE_WORDS,
    TITLE_WORDS_MOST,
    ParagraphSpan,
    QuotedRun,
    find_runs,
    looks_like_title,
)
from tuiread.parser.sentences import sentence_start

# Cues that quote what someone calls a thing: a short quotation after one is still a phrase.
_NAMING_CUES = frozenset("called calls call".split())
# Words right before a quoted run that make it the name of a work, not someone's words.
_WORK_WORDS = (
    "titled entitled headlined book books memoir novel song anthem album film movie episode series program "
    "programme column op-ed commentary editorial essay headline slogan hashtag banner motto tagline newsletter "
    "podcast documentary show"
).split()
_WORK_CUE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORK_WORDS))})\s*,?\s*$", re.IGNORECASE)
# Words before a Title Case run that make it a title ("an episode of", "CNN’s", "during a").
_TITLE_CUE_WORDS = "of on a an the in at during his her their".split()
_TITLE_CUE = re.compile(rf"(?:\b(?:{'|'.join(_TITLE_CUE_WORDS)})|[’']s)\s*$", re.IGNORECASE)
_WORK_LONGEST, _TITLE_LONGEST = max(map(len, _WORK_WORDS)), max(map(len, _TITLE_CUE_WORDS))
# What each pattern's words end with, in lower case: a tail of ASCII letters ends with one of them
# or the pattern finds nothing there.
_WORK_ENDINGS, _TITLE_ENDINGS = tuple(_WORK_WORDS), (*_TITLE_CUE_WORDS, "’s", "'s")


def _ends_with_cue(pattern: re.Pattern[str], longest: int, before: str, endings: tuple[str, ...]) -> bool:
    """``pattern.search(before)`` for a pattern that ends with a word of at most ``longest``
    characters (one of ``endings``, in any case), then only spaces and a comma: a match starts at
    most that far before the last word's end, so the search starts there (from the window's start,
    it was tried at every place of it for each quotation); and a tail in ASCII that ends with none
    of them is not searched at all (outside ASCII, a case-blind match may differ from ``lower``)."""
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    last = tail[-longest:]
    if last.isascii() and not last.lower().endswith(endings):
        return False
    return pattern.search(before, max(0, len(tail) - longest)) is not None


@dataclass(frozen=True)
class QuoteResult:
    quotes: tuple[Quote, ...]
    phrases: tuple[Phrase, ...]
    speakers: tuple[Speaker, ...]
    # Paragraphs whose quotations were too costly to attribute (rules.BUDGET_BASE): left without speakers.
    unattributed: int = 0
    reported: tuple[Reported, ...] = ()
    # Those paragraphs' indexes, in order: where the fix log shows them.
    unattributed_paragraphs: tuple[int, ...] = ()


def _is_phrase(text: str, run: QuotedRun, words: list[str], decision: Decision | None) -> bool:
    adjacent = decision is not None and decision.rule in ADJACENT
    if adjacent and decision is not None and decision.cue is not None and decision.cue.cue in _NAMING_CUES:
        adjacent = False  # "Critics called the plan a “giveaway”": a word someone calls a thing is a phrase
    if run.single and not adjacent:
        return True
    if len(words) < MIN_QUOTE_WORDS and not adjacent:
        return True
    before = text[max(0, run.open_at - 40) : run.open_at]
    if _ends_with_cue(_WORK_CUE, _WORK_LONGEST, before, _WORK_ENDINGS):
        return True  # "her commentary, “Melania, tell your immigrant story,”"
    # Title Case: a show, a book, a slogan ("an episode of “The Steve Harvey Morning Show,”").
    return (
        len(words) <= TITLE_WORDS_MOST
        and looks_like_title(words)
        and (not adjacent or _ends_with_cue(_TITLE_CUE, _TITLE_LONGEST, before, _TITLE_ENDINGS))
    )


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], repairs: Sequence[Repair] = (), title: Span | None = None
) -> QuoteResult:
    """Every quote, phrase and speaker of an article's cleaned text, and its reported speech
    (in the ``title`` too)."""
    spans = {p.index: ParagraphSpan(p.index, p.start, p.end) for p in paragraphs}
    runs = find_runs(text, list(spans.values()), frozenset(p.index for p in paragraphs if p.data))
    if not runs:
        found = reported_speech.find_reported(text, paragraphs, (), title)
        if not found:
            return QuoteResult((), (), ())
        people = PeopleIndex(text, start=min((p.start for p in paragraphs), default=0))
        return QuoteResult((), (), (), reported=_reported(text, paragraphs, found, people, [], []))
    attribution = attribute(text, spans, runs)
    decisions = attribution.decisions
    # Each run's words, cut from the text once: for the phrase test here and the quote's text below.
    inners = [run.inner_text(text) for run in runs]
    is_phrase = [_is_phrase(text, run, inner.split(), d) for run, inner, d in zip(runs, inners, decisions, strict=True)]
    resolutions, people = _resolve_speakers(text, paragraphs, runs, decisions, is_phrase)
    known = _known_speakers(text, people, resolutions)
    # The quotes' spans, marks and all: reported speech is sought outside them, and its speakers
    # are resolved after the quotes' (which they never change), each in its place among them.
    quoted = [
        (r.open_at, (r.close_at if r.close_at is not None else r.end) + 1)
        for r, p in zip(runs, is_phrase, strict=True)
        if not p
    ]
    said = [
        (r.open_at, res) for r, res, p in zip(runs, resolutions, is_phrase, strict=True) if res is not None and not p
    ]
    found = reported_speech.find_reported(text, paragraphs, quoted, title)
    reported = _reported(text, paragraphs, found, people, quoted, said) if found else ()
    # A mark or space removed (an empty place) leaves the quote's marks as they were written.
    triples = repairs.triples() if isinstance(repairs, Repairs) else ((r.start, r.end, r.kind) for r in repairs)
    repair_points = sorted(a for a, b, kind in triples if kind.startswith("quote") and b > a)
    # Built from the last run back, each run let go as its quote or phrase is made: on a paragraph
    # of a hundred thousand quotations, the runs and the quotes all held at once were the parse's
    # peak of memory.
    # Each run's quote number (None for a phrase): the evidence names the quote a speaker is borrowed from.
    quote_of_run: list[int | None] = []
    numbered = 0
    for phrase in is_phrase:
        quote_of_run.append(None if phrase else numbered)
        numbered += not phrase
    quotes: list[Quote] = []
    phrases: list[Phrase] = []
    while runs:
        run, decision, resolution, phrase = runs.pop(), decisions.pop(), resolutions.pop(), is_phrase.pop()
        number = quote_of_run[len(runs)]  # the run just taken off the end
        inner = inners.pop()
        if phrase:
            a, b = run.segments[0]
            phrases.append(Phrase(a, b, text=inner, paragraph=run.paragraphs[0]))
            continue
        low = run.open_at
        high = (run.close_at if run.close_at is not None else run.end) + 1
        cue = decision.cue if decision else None
        mention = _mention(cue) if cue else None
        cue_span = Span(cue.cue_start, cue.cue_end) if cue and cue.cue else None
        evidence = _evidence(decision, resolution, mention, cue_span, quote_of_run) if decision else None
        quotes.append(
            Quote(
                run.start,
                run.end,
                index=number,
                text=inner,
                paragraphs=run.paragraphs,
                segments=tuple(Span(a, b) for a, b in run.segments),
                speaker=resolution.speaker if resolution else None,
                speaker_mention=mention,
                role=_shown_role(resolution, people) if resolution else None,
                cue=cue.cue or None if cue else None,
                cue_span=cue_span,
                rule=decision.rule if decision else None,
                repaired=bisect.bisect_left(repair_points, low) < bisect.bisect_left(repair_points, high),
                confidence=confidence(evidence.rule, evidence.how)
                if evidence and resolution and resolution.speaker
                else None,
                evidence=evidence,
            )
        )
    quotes.reverse()
    phrases.reverse()
    return QuoteResult(
        tuple(quotes),
        tuple(phrases),
        speakers_table(quotes, known),
        len(attribution.over_budget),
        reported,
        tuple(sorted(attribution.over_budget)),
    )


def _shown_role(resolution: Resolution, people: PeopleIndex) -> str | None:
    """The role a quote or item shows: the one resolved, else the abbreviated title the speaker was
    named after, in full ("Sen. Ann Hale": Senator)."""
    if resolution.role or not resolution.speaker:
        return resolution.role
    person = people.people.get(resolution.speaker)
    return person.title_role if person is not None else None


def _reported(
    text: str,
    paragraphs: Sequence[Paragraph],
    found: Sequence[reported_speech.Found],
    people: PeopleIndex,
    quoted: Sequence[tuple[int, int]],
    said: Sequence[tuple[int, Resolution]],
) -> tuple[Reported, ...]:
    """The reported items with their speakers: resolved in reading order, each after the quotes'
    speakers before it (``said``: where each quote opens and who said it), so "he said" after a
    quote of Sherman's is Sherman."""
    resolver = Resolver(text, people, sorted(quoted), [p.start for p in paragraphs])
    items: list[Reported] = []
    k = 0
    for n, f in enumerate(found):
        while k < len(said) and said[k][0] < f.start:
            resolver.remember(said[k][0], said[k][1], body=said[k][1].how == "organisation")
            k += 1
        # (What the headline says is said again in the body, where its speaker is named.)
        resolution = resolver.resolve_at(f.cue, f.start, remember=f.paragraph is not None)
        mention = _mention(f.cue)
        cue_span = Span(f.cue.cue_start, f.cue.cue_end)
        named = Span(*resolution.named) if resolution.named is not None else None
        how = resolution.how or "unresolved"
        items.append(
            Reported(
                f.start,
                f.end,
                index=n,
                text=text[f.start : f.end],
                paragraph=f.paragraph,
                kind=f.kind,
                speaker=resolution.speaker,
                speaker_mention=mention,
                role=_shown_role(resolution, people),
                cue=f.cue.cue or None,
                cue_span=cue_span,
                rule=f.rule,
                confidence=reported_speech.confidence(f.cue.cue, f.rule, how) if resolution.speaker else None,
                evidence=Evidence(rule=f.rule, how=how, mention=mention, cue=cue_span, named=named),
            )
        )
    return tuple(items)


def _evidence(
    decision: Decision,
    resolution: Resolution | None,
    mention: Mention | None,
    cue: Span | None,
    quote_of_run: list[int | None],
) -> Evidence:
    """What decided the speaker of a quote, and where: for the reader to check (`model.Evidence`)."""
    named = Span(*resolution.named) if resolution is not None and resolution.named is not None else None
    source = decision.inherited_from
    return Evidence(
        rule=decision.rule,
        how=resolution.how if resolution is not None and resolution.how else "unresolved",
        mention=mention,
        cue=cue,
        named=named,
        from_quote=quote_of_run[source] if source is not None else None,
    )


def _mention(cue: Cue) -> Mention:
    start = cue.phrase_start + cue.phrase.mention_offset
    return Mention(start, start + len(cue.phrase.mention), text=cue.phrase.mention)


def _resolve_speakers(
    text: str,
    paragraphs: Sequence[Paragraph],
    runs: list[QuotedRun],
    decisions: list[Decision | None],
    is_phrase: list[bool],
) -> tuple[list[Resolution | None], PeopleIndex]:
    """Speakers of the quotes (not the phrases), in reading order so a pronoun sees who was talking;
    and the people the article names."""
    people = PeopleIndex(text, start=min(p.start for p in paragraphs))
    quote_spans = sorted((r.open_at, (r.close_at if r.close_at is not None else r.end) + 1) for r in runs)
    resolver = Resolver(text, people, quote_spans, [p.start for p in paragraphs])
    resolutions: list[Resolution | None] = [None] * len(runs)
    by_index = {p.index: p for p in paragraphs}
    waiting: list[int] = []
    for i, decision in enumerate(decisions):
        if decision is None or is_phrase[i]:
            continue
        source = decision.inherited_from
        if source is not None and source < i and resolutions[source] is not None:
            turned = _kin_between(text, by_index, runs[source], runs[i], decision, resolutions[source], resolver)
            if turned is not None:
                decisions[i], resolutions[i] = turned
            else:
                resolutions[i] = resolutions[source]
        elif source is not None and source > i:
            waiting.append(i)  # borrows from a quotation further on: resolved once that one is
        else:
            resolutions[i] = resolver.resolve(decision.cue, runs[i])
    for i in waiting:
        source = decisions[i].inherited_from  # type: ignore[union-attr]
        if source is not None:
            resolutions[i] = resolutions[source] or resolver.resolve(decisions[i].cue, runs[i])  # type: ignore[union-attr]
    return resolutions, people


def _kin_between(
    text: str,
    by_index: Mapping[int, Paragraph],
    before: QuotedRun,
    run: QuotedRun,
    decision: Decision,
    said: Resolution,
    resolver: Resolver,
) -> tuple[Decision, Resolution] | None:
    """ "“…,” Fortin said. ¶ Her partner nodded. ¶ “That's true.”": a quotation carried on past a
    paragraph whose last sentence opens with someone's kin or companion ("Her partner", "His
    colleague") is theirs (named, or as written in lower case), not the speaker's: the rules end a
    speaker's run at a name or at "a"/"the" someone, and cannot tell whom "her" is about."""
    if decision.rule != "continuation" or run.paragraphs[0] - before.paragraphs[-1] != 2:
        return None
    para = by_index.get(run.paragraphs[0] - 1)
    if para is None or para.end <= para.start:
        return None
    end = para.start + len(text[para.start : para.end].rstrip())
    start = sentence_start(text, max(para.start, end - 1), para.start)
    if end - start > REACH:
        return None
    cue = sentence_subject(text, start, end)
    words = cue.phrase.mention.lower().split() if cue is not None else []
    if cue is None or cue.phrase.kind != "description" or len(words) != 2:
        return None
    if words[0] not in ("his", "her") or words[1] not in _KIN:
        return None
    if resolver.resolve_at(cue, run.open_at, remember=False).speaker == said.speaker:
        return None
    found = resolver.resolve_at(cue, run.open_at)
    if found.speaker == cue.phrase.mention:  # as written, not named: "her partner" mid-sentence
        found = replace(found, speaker=mid_sentence(found.speaker))
    return Decision(cue, "previous-paragraph"), found


# Someone's kin or companion: "Her partner nodded." is someone beside her (`_kin_between`).
_KIN = FAMILY_NOUNS | COMPANION_NOUNS


_PRONOUN_GENDER = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}

# How a mention led to an organisation rather than a person (`resolve.HOW`).
_ORGANISATION_HOW = frozenset({"organisation", "description-organisation", "pronoun-group"})


def _names_a_body(name: str) -> bool:
    """ "the Environmental Protection Agency", "the White House", "Reuters' editors": not a person."""
    written = name.split()
    words = [w.lower().strip(".,’'") for w in written]
    if not words:
        return False
    # "the Vermont senator" is a person described; "the White House" a body named; "The Prime
    # Minister", "the CEO", "the New Democrat" a person by their title.
    titled = words[-1] in ROLE_NOUNS or is_title_word(words[-1])
    return (words[0] == "the" and written[-1][:1].isupper() and not titled) or any(w in ORG_WORDS for w in words)


def _a_body_by_its_words(name: str) -> bool:
    """A name of two words or more, none a first name, whose words make it a body or a thing
    ("Health Canada", "Pew Research"; not "Kristen Day", "Peter T. King")."""
    words = name.split()
    initial = any(len(w) == 2 and w[1] == "." and w[0].isupper() for w in words[1:-1])  # "Jock A. Finlayson"
    return len(words) >= 2 and not initial and not any(gender_of(w) for w in words) and names_a_thing(name)


def _known_speakers(text: str, people: PeopleIndex, resolutions: Sequence[Resolution | None]) -> dict[str, Speaker]:
    """What the article shows of each speaker besides their quotes: person or organisation, gender,
    and every place their name is written."""
    known: dict[str, Speaker] = {}
    for resolution in resolutions:
        if resolution is None or not resolution.speaker or resolution.speaker in known:
            continue
        name = resolution.speaker
        person = people.people.get(name)
        if person is None:
            organisation = resolution.how in _ORGANISATION_HOW or _names_a_body(name)
            kind = "organisation" if organisation else "person"
            known[name] = Speaker(name, kind=kind, gender=resolution.gender)
            continue
        if person.gender is None and _a_body_by_its_words(name):
            # "Health Canada", "Shared Health": named like a person in the index, a body all the same.
            known[name] = Speaker(name, kind="organisation", gender=None)
            continue
        mentions = tuple(
            Mention(pos, pos + len(written), text=written)
            for pos in person.positions
            for written in (mention_as_written(text, name, pos),)
        )
        known[name] = Speaker(name, kind="person", gender=person.gender, mentions=mentions)
    return known


def speakers_table(quotes: Sequence[Quote], known: Mapping[str, Speaker] | None = None) -> tuple[Speaker, ...]:
    """Each speaker once, in order of first quote, with every quote, the words quoted and every
    mention; ``known`` adds what the article shows of them besides (kind, gender, where named)."""
    known = known or {}
    order: list[str] = []
    by_key: dict[str, dict] = {}
    for q in quotes:
        if not q.speaker:
            continue
        key = q.speaker.casefold()
        entry = by_key.get(key)
        if entry is None:
            base = known.get(q.speaker)
            entry = {
                "name": q.speaker,
                "role": q.role,
                "quotes": [],
                "words": 0,
                "kind": base.kind if base else "person",
                "gender": base.gender if base else None,
                "mentions": {(m.start, m.end): m for m in base.mentions} if base else {},
            }
            by_key[key] = entry
            order.append(key)
        entry["quotes"].append(q.index)
        entry["words"] += q.words
        if not entry["role"] and q.role:
            entry["role"] = q.role
        mention = q.speaker_mention
        if mention is not None:
            entry["mentions"].setdefault((mention.start, mention.end), mention)
            if entry["gender"] is None and not q.corrected:
                # "She insisted": the article shows the gender of whoever it resolved to.
                entry["gender"] = _PRONOUN_GENDER.get(mention.text.lower())
    return tuple(
        Speaker(
            e["name"],
            e["role"],
            tuple(e["quotes"]),
            e["words"],
            kind=e["kind"],
            gender=e["gender"],
            mentions=tuple(e["mentions"][k] for k in sorted(e["mentions"])),
        )
        for e in (by_key[k] for k in order)
    )

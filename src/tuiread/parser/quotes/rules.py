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
7. ``colon-intro`` X said:  (paragraph) “…”
8. ``continuation``    a quotation that opens its paragraph after one whose speaker is clear
9. ``paragraph-cue``   a reporting clause elsewhere in the paragraph ("X argued that …")
10. ``sentence-subject`` the subject of the sentence the quotation stands in ("Bush called him “…”")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tuiread.parser.quotes import cues
from tuiread.parser.quotes.cues import Cue
from tuiread.parser.quotes.runs import ParagraphSpan, QuotedRun
from tuiread.parser.sentences import sentence_end, sentence_start


@dataclass(frozen=True)
class Context:
    """What the rules may look at: the text, its paragraphs, every run, and the answers so far."""

    text: str
    paragraphs: dict[int, ParagraphSpan]
    runs: list[QuotedRun]
    found: dict[int, tuple[Cue, str]]  # run index -> (cue, rule) decided so far

    def paragraph(self, index: int) -> ParagraphSpan:
        return self.paragraphs[index]


@dataclass(frozen=True)
class Decision:
    cue: Cue | None
    rule: str
    inherited_from: int | None = None  # the run whose speaker this one shares


def _closing_edge(ctx: Context, run: QuotedRun) -> tuple[int, int] | None:
    if run.close_at is None:
        return None
    para = ctx.paragraph(run.paragraphs[-1])
    return run.close_at, sentence_end(ctx.text, run.close_at + 1, para.end)


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
    floor = sentence_start(ctx.text, run.open_at, para.start)
    # Another quotation earlier in the sentence ends the region ("“A,” he said, “B”").
    for j in range(i - 1, -1, -1):
        other = ctx.runs[j]
        if other.close_at is not None and other.close_at < floor:
            break
        if other.close_at is not None and floor <= other.close_at < run.open_at:
            floor = other.close_at + 1
    cue = cues.before_opening(ctx.text, run.open_at, floor)
    return Decision(cue, "before") if cue else None


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
    start = sentence_start(ctx.text, run.open_at, first.start)
    if run.close_at is not None:
        cue = cues.according_to(ctx.text, run.close_at + 1, sentence_end(ctx.text, run.close_at + 1, last.end))
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
    return Decision(cue, "dash") if cue else None


def rule_same_paragraph(ctx: Context, i: int) -> Decision | None:
    """Another quotation in the paragraph has a speaker from an adjacent cue: this one is theirs."""
    run = ctx.runs[i]
    para = run.paragraphs[0]
    j = i - 1
    while j >= 0 and ctx.runs[j].paragraphs[-1] == para:
        if j in ctx.found:
            return Decision(ctx.found[j][0], "same-paragraph", j)
        j -= 1
    last = run.paragraphs[-1]
    j = i + 1
    while j < len(ctx.runs) and ctx.runs[j].paragraphs[0] == last:
        if j in ctx.found:
            if ctx.found[j][1] in ADJACENT:
                return Decision(ctx.found[j][0], "same-paragraph", j)
            return None
        j += 1
    return None


def _previous_paragraph(ctx: Context, index: int) -> ParagraphSpan | None:
    return ctx.paragraphs.get(index - 1)


def rule_colon_intro(ctx: Context, i: int) -> Decision | None:
    """The paragraph before ends "X said:" (or "X reports:") and this quotation opens its paragraph."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if ctx.text[para.start : run.open_at].strip():
        return None
    prev = _previous_paragraph(ctx, para.index)
    if prev is None or not ctx.text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    floor = sentence_start(ctx.text, prev.end - 1, prev.start)
    cue = cues.before_opening(ctx.text, prev.end, floor)
    return Decision(cue, "colon-intro") if cue else None


def rule_continuation(ctx: Context, i: int) -> Decision | None:
    """A quotation that opens its paragraph carries on from the speaker of the quotation before it."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    if ctx.text[para.start : run.open_at].strip():
        return None
    for j in range(i - 1, -1, -1):
        other = ctx.runs[j]
        gap = para.index - other.paragraphs[-1]
        if gap > 2:
            return None
        if j in ctx.found and gap >= 1:
            # Someone else named as a subject between them would have taken over.
            return Decision(ctx.found[j][0], "continuation", j)
    return None


def rule_paragraph_cue(ctx: Context, i: int) -> Decision | None:
    """A reporting clause elsewhere in the paragraph: "Sanders argued that … . “…”"."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    # Sentences of the paragraph before the quotation, nearest first.
    pos = run.open_at
    while pos > para.start:
        start = sentence_start(ctx.text, pos - 1, para.start)
        cue = cues.before_opening(ctx.text, _clause_end(ctx.text, start, pos), start)
        if cue:
            return Decision(cue, "paragraph-cue")
        if start <= para.start:
            break
        pos = start
    return None


def rule_sentence_subject(ctx: Context, i: int) -> Decision | None:
    """A quotation inside a sentence with no cue of its own belongs to the sentence's subject."""
    run = ctx.runs[i]
    para = ctx.paragraph(run.paragraphs[0])
    start = sentence_start(ctx.text, run.open_at, para.start)
    if start >= run.open_at or not ctx.text[start : run.open_at].strip():
        return None
    cue = cues.sentence_subject(ctx.text, start, run.open_at)
    return Decision(cue, "sentence-subject") if cue else None


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the reporting clause of a sentence stops: at "that" or a comma after the verb."""
    region = text[start:limit]
    for marker in (" that ", ", "):
        k = region.find(marker)
        if k > 0:
            return start + k + len(marker)
    return limit


RULES: tuple[tuple[str, Callable[[Context, int], Decision | None]], ...] = (
    ("after", rule_after),
    ("before", rule_before),
    ("later", rule_later),
    ("according", rule_according),
    ("dash", rule_dash),
    ("same-paragraph", rule_same_paragraph),
    ("colon-intro", rule_colon_intro),
    ("continuation", rule_continuation),
    ("paragraph-cue", rule_paragraph_cue),
    ("sentence-subject", rule_sentence_subject),
)
# Rules that read the words next to the marks, run over every quotation first, so the
# rules that borrow a speaker (same paragraph, continuation) can see all of them.
ADJACENT = frozenset({"after", "before", "later", "according", "dash"})


def attribute(text: str, paragraphs: dict[int, ParagraphSpan], runs: list[QuotedRun]) -> list[Decision | None]:
    """A decision (or None) for every run, rule by rule in order of precision."""
    found: dict[int, tuple[Cue, str]] = {}
    decisions: list[Decision | None] = [None] * len(runs)
    ctx = Context(text, paragraphs, runs, found)
    for phase in (ADJACENT, None):
        for i in range(len(runs)):
            if decisions[i] is not None:
                continue
            for name, rule in RULES:
                if (phase is not None and name not in phase) or (phase is None and name in ADJACENT):
                    continue
                decision = rule(ctx, i)
                if decision is not None and decision.cue is not None:
                    decisions[i] = decision
                    found[i] = (decision.cue, decision.rule)
                    break
    return decisions

"""How a quote's speaker was found, in one line a reader can check: “She” → Wendy Sherman, …

Reads the `Evidence` the parser attached to a quote (or the correction a reader made) and says it
in words, with distances in paragraphs rather than offsets. The app shows it under the highlighted
quote; it reads the article only, so anything that shows quotes may use it.
"""

from __future__ import annotations

import bisect

from tuiread.model import Article, Quote, Reported, Span

# Below this confidence an attribution is doubtful: the app marks it and can show only those.
# Confidence is calibrated on PolNeAR train (benchmarks/calibrate.py prints how often each bucket was right).
DOUBTFUL_BELOW = 0.8

# Where the words naming the speaker stood, by the rule that decided (`Evidence.rule`).
_RULE_WHERE = {
    "after": "right after the quote",
    "before": "right before the quote",
    "later": "later in the sentence",
    "according": "“according to”",
    "dash": "after a dash",
    "same-paragraph": "the speaker of the quote before it in the paragraph",
    "colon-intro": "the sentence that introduces it",
    "continuation": "the quote it continues",
    "words-of": "the paragraph after, which says whose words they were",
    "paragraph-cue": "the paragraph's reporting verb",
    "previous-paragraph": "the paragraph before, which reports their words",
    "previous-subject": "the subject of the sentence before",
    "next-paragraph": "the paragraph after, which says they say it",
    "sentence-subject": "the sentence's subject",
    "interview-answer": "the Q&A's introduction of who is interviewed",
    "correction": "corrected by you",
    # Reported speech (`tuiread.parser.quotes.reported`).
    "cue-before": "the reporting clause before it",
    "cue-after": "the reporting clause after it",
    "cue-inverted": "the reporting verb and the speaker after it",
    "cue-inside": "the reporting clause inside it",
    "according-before": "“according to” before it",
    "according-after": "“according to” after it",
    "participle": "the clause it hangs on",
    "as-reported": "“as … reported” before it",
}

# How the mention led to the name (`Evidence.how`), said after the arrow.
_HOW_SAID = {
    "named": "named there",
    "name-in-full": "named in full {where}",
    "organisation": "an organisation, named there",
    "pronoun-speaker": "the last one speaking, named {where}",
    "pronoun-subject": "the subject before it, named {where}",
    "pronoun-nearest": "the nearest person named before it, {where}",
    "pronoun-group": "the group speaking before it",
    "pronoun-author": "the writer of the piece, named {where}",
    "description-title": "the person with that title, named {where}",
    "description-organisation": "the organisation named {where}",
    "description-focus": "the person the article is about, named {where}",
    "description-ahead": "the person named right after it, {where}",
    "description-author": "whoever said or wrote what is described, named {where}",
    "description": "a description, as written",
    "unresolved": "not resolved to anyone",
}

# Where the quote a speaker is borrowed from stands.
_BORROWED = {"same-paragraph": "earlier in the paragraph", "continuation": "the quote it continues"}

_SMALL_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _corrected(item: Quote | Reported) -> bool:
    return isinstance(item, Quote) and item.corrected


def is_doubtful(quote: Quote | Reported) -> bool:
    """A quote (or reported speech) a fact-checker should look at first: no speaker, or one found
    with low confidence."""
    if _corrected(quote):
        return False
    if not quote.speaker:
        return True
    return quote.confidence is not None and quote.confidence < DOUBTFUL_BELOW


def _paragraph_at(article: Article, offset: int) -> int | None:
    paragraphs = article.paragraphs
    # Bisected on the paragraphs themselves: a list of their starts, built at each key in the quotes
    # list, was as long as the article.
    k = bisect.bisect_right(paragraphs, offset, key=lambda p: p.start) - 1
    if k >= 0 and offset <= paragraphs[k].end:
        return paragraphs[k].index
    return None


def distance(article: Article, here: int, there: Span) -> str:
    """Where ``there`` is, seen from offset ``here``: "in this paragraph", "two paragraphs up"."""
    a, b = _paragraph_at(article, here), _paragraph_at(article, there.start)
    if a is None or b is None:
        return "elsewhere in the article"
    if a == b:
        return "in this paragraph"
    n = abs(a - b)
    count = _SMALL_NUMBERS[n] if n < len(_SMALL_NUMBERS) else str(n)
    noun = "paragraph" if n == 1 else "paragraphs"
    return f"{'a' if n == 1 else count} {noun} {'up' if b < a else 'down'}"


def _chain(quote: Quote | Reported) -> str:
    """“She” → Wendy Sherman, or the name alone when the words were the name."""
    speaker = quote.speaker or "no one"
    mention = quote.speaker_mention
    if mention is None or " ".join(mention.text.split()) == speaker:
        return speaker
    return f"“{' '.join(mention.text.split())}” → {speaker}"


def _opening(quote: Quote, words: int = 4) -> str:
    """The first few words of a quote, in its marks: “We have nothing new…”."""
    parts = quote.text.split()
    return f"“{' '.join(parts[:words])}{'…' if len(parts) > words else ''}”"


def explain(article: Article, quote: Quote | Reported) -> str:
    """One line: how the speaker of ``quote`` (or of reported speech) was found, and where to look."""
    evidence = quote.evidence
    if _corrected(quote):
        return "Corrected by you"
    if evidence is None:
        return "No speaker found near it"
    if evidence.from_quote is not None and 0 <= evidence.from_quote < len(article.quotes):
        source = article.quotes[evidence.from_quote]
        if source is not quote and source.evidence is not None and source.evidence.from_quote is None:
            where = _BORROWED.get(evidence.rule, "near it")
            return f"Same speaker as {_opening(source)}, {where}: {explain(article, source)}"
    at = quote.speaker_mention.start if quote.speaker_mention is not None else quote.start
    where = distance(article, at, evidence.named) if evidence.named is not None else "elsewhere"
    how = _HOW_SAID.get(evidence.how, evidence.how).format(where=where)
    parts = [f"{_chain(quote)}: {how}"]
    rule = _RULE_WHERE.get(evidence.rule, evidence.rule)
    if evidence.rule == "according" and quote.cue:
        rule = f"“{quote.cue}”"  # "according to" or "in the words of", as the text has it
    if quote.cue and not rule.startswith(f"“{quote.cue}”"):  # not "cue “according to”, “according to” …"
        parts.append(f"cue “{quote.cue}”, {rule}")
    else:
        parts.append(rule)
    return " · ".join(parts)


def confidence_label(quote: Quote | Reported) -> str:
    """ "confidence 0.97" / "doubtful 0.61" / "corrected" / "" when there is nothing to say."""
    if _corrected(quote):
        return "corrected"
    if quote.confidence is None:
        return ""
    word = "doubtful" if is_doubtful(quote) else "confidence"
    return f"{word} {quote.confidence:.2f}"

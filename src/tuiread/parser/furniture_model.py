"""The doubtful short lines: page furniture or article text, decided by a model learned from shapes.

The rules of `boilerplate` take the lines whose shape is sure ("Read more: …", "(AFP)", "Sign up
for our newsletter"). What they leave is article text, and structure makes a short one a
subheading when it stands alone between paragraphs. Furniture in a form no rule was written for
("Staff and wire reports", "Copy link", "Recibe nuestro boletín": words nobody listed in that
order) would then be read as a subheading or a paragraph. Here each such doubtful line, a short
one the rules left, is described by a few dozen facts about its shape and place (`FEATURES`:
words and characters, end punctuation, share of capitalised and lower-case words, function words,
a verb, a leading symbol, digits and times, separators, which *kinds* of words it holds, where it
stands, what stands around it, how like the title it is, whether it is repeated) and scored by a
softmax over five classes learned by ``benchmarks/train_furniture.py`` (from PolNeAR train
articles garbled with the train forms of ``benchmarks/garble.py`` and the wider generator of
``benchmarks/furniture_forms.py``, and from the lines around the article on real web pages of many
outlets, ``benchmarks/furniture_pages.py``: a model fitted on generated forms alone learned those
forms, and on real pages took one short article line in eight). Facts of place count too: beside
a line the rules took, near the text's edges, among short lines, and whether its words stand
elsewhere in the text (a subheading's do, "Copy link"'s do not). The weights and the threshold
live in ``furniture.json`` beside this module; a line is moved out only when the furniture classes
together pass the threshold, so article text stays where the model is unsure.
(A lower threshold for lines shaped like a subheading caught more furniture on the generated
lines, but took real subheadings with names in them: generated headings are too few kinds.)

Lines behind one symbol are then read as a run (`marked_runs`): a list of linked headlines under a
short header goes out with its header, whatever words the header is in ("Weitere Artikel", then
"■ …", "■ …"); a run the model took with no header over it is the article's own list and stays.

A line the rules moved out stays moved out (they are sure), and a dashed line is left to them.
Plain copy only: a web page's text comes out of the extractor with its furniture already taken,
and there the model cost article text (web-dev F1 .982 -> .9775; `pipeline.parse_structure`).

Each line's facts come from itself, its two neighbours and the title, plus one count of repeated
lines made in a single pass and at most `_SCANS` words looked up in the whole text: linear in it.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources

from tuiread.parser import boilerplate as bp
from tuiread.parser.boilerplate import Kind

CLASSES = ("body", "heading", "related", "credit", "boilerplate")
FURNITURE: tuple[Kind, ...] = ("related", "credit", "boilerplate")

FEATURES = (
    "bias",
    "words",  # words, in fourteens
    "chars",  # characters, in hundreds
    "one-word",
    "two-three-words",
    "ends-full-stop",
    "ends-question-or-bang",
    "ends-colon",
    "ends-bracket",
    "starts-symbol",  # an arrow, a bullet, a dash
    "starts-bracket",
    "starts-quote",
    "enclosed",  # the whole line in brackets or parentheses
    "capitalised-share",  # of words, the first left out
    "lower-share",
    "all-caps",
    "first-word-caps",
    "acronym",
    "function-share",  # "the", "of", "de", "der"…: sentences and headings have them, names do not
    "verb",  # a finite verb of reporting or being, or a past tense
    "digit",
    "time",
    "year",
    "web",  # a URL, a handle, a hashtag, an address
    "separator",  # | • · » › between words
    "slash",
    "colon-early",  # a colon after a word or three
    "dash-between",
    "comma",
    "lead-strong",  # read, see, watch…
    "lead-weak",  # more, also, related… in the first three words
    "cta-first",  # subscribe, follow, share… first
    "channel",  # newsletter, app, Twitter…
    "ad-word",
    "agency-word",  # agency, press, news, wire…
    "photo-word",
    "source-or-with-first",
    "role-or-trade",
    "stamp-word",
    "reader-word",  # you, our, vous, Sie…
    "non-latin",
    "name-like",  # capitalised words and nothing else, a few of them
    "after-title",
    "last",
    "prev-short",
    "next-short",
    "between-paragraphs",  # long paragraphs on both sides
    "title-overlap",
    "repeated",
    "rule-at-end",  # the rules would take it at the end of the text
    "byline-lead",  # "By", "Par", "Von", "Por" first
    # Pairs of facts a sum of single ones cannot weigh: a heading and a name look alike alone.
    "name-between-paragraphs",
    "sentence-shaped",  # lower-case words, function words and a verb: a clause
    "title-case-no-verb",
    "heading-shaped",  # capital first, no end punctuation, a few words, function words among them
    "ends-symbol",  # an arrow or chevron after the words: "… ›", "… >>"
    "dimensions",  # "1200x800", "640 × 480 px"
    "lead-then-separator",  # a lead word (strong or weak) before a separator or colon
    "furniture-word-share",  # of words, those of the kinds furniture is made of (lead, ad, channel…)
    "all-furniture-words",
    "would-be-heading",  # the shape structure makes a subheading of, between paragraphs
    # Where furniture stands: beside other furniture, near the text's edges, among short lines.
    "prev-taken",  # the rules took the line before
    "next-taken",  # the rules took the line after
    "near-start",  # among the first three lines after the title, in a text of some length
    "near-end",  # among the three lines before the last, in a text of some length
    "among-short",  # short lines on both sides
    # A subheading names what the text goes on about; furniture speaks of the page, in words the
    # article never uses ("Copy link", "Recibe nuestro boletín").
    "words-elsewhere",  # of the line's content words, the share the rest of the text also holds
    "none-elsewhere",  # content words, none of them elsewhere in the text
    # Shapes of furniture whatever its words (furniture5): a label of a word or few before a
    # separator and a headline, the label's words nowhere else in the text; "… by Name"; a date;
    # a line of figures; a question and then a call ("Got a tip? Email us"); a name in brackets or
    # after a dash or bar at the end ("… (Haaretz)", "… — CNN"); function words capitalised as a
    # linked headline has them ("Ministers Row Over The Deal"); a label in brackets first.
    "label-then-headline",
    "label-not-elsewhere",
    "by-name-tail",
    "date",
    "few-letters",
    "question-then-more",
    "trailing-name",
    "function-capitalised",
    "bracket-label-first",
    # A list behind symbols: linked headlines, or the article's own items (furniture5).
    "in-marker-run",  # a symbol opens this line and the one before or after it
    "heads-marker-run",  # no symbol here; the next two lines open with the same one
)

# A text has edges apart from its middle from this many lines on (near-start, near-end).
_EDGES = 12
# Lines longer than this are article text for the model: a sentence or more.
MAX_WORDS = 16
_LONG = 14
_FUNCTION = frozenset(
    """the a an of to in on at for with and or but that this is was are were be been it its as by from
    le la les un une des du de et en au aux est dans pour sur que qui der die das ein eine und ist im zu
    den dem des mit von auf für el los las una y en es del al con por que il lo gli di e che per
    het een van en op""".split()
)
_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|is|are|was|were|will|would|has|have|had|can|could|may|might|must"
    r"|does|did|do|shall|should|[a-z]{3,}ed)\b"
)
_WEB = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk)\b|@\w|#\w")
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s\|\||\s>>\s")
_DASH_BETWEEN = re.compile(r"\s[-–—]\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}[:h.]\d\d\b|\b\d{1,2}\s?(?:a\.?m|p\.?m)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"\w{3,}")  # of a word this long, its place in the text tells something
_DIMENSIONS = re.compile(r"\b\d{2,4}\s?[x×]\s?\d{2,4}\b")
# A label of up to four words, a separator, then at least two words: "Lesetipp | …", "MUST READ: …".
# (Words apart by spaces, so that a long word is read one way only: linear in the line.)
_LABEL_SEPARATOR = re.compile(
    r"^\W{0,2}([^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,3})\s*(?::|\||>>?|»|›|–|—|::|//|/)\s*\S+\s+\S"
)
# "Presented by X", "Words by X", "Photo illustration by X": a few words, "by" and capitalised names.
_BY_NAME_TAIL = re.compile(r"^(?:\S+\s+){0,4}(?:by|von|par|por|di|door)\s+[A-Z][^\s,;]*(?:\s+[A-Z&][^\s,;]*){0,3}\.?$")
_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|février|märz|mai|juni|juli|août|okt|dez"
    r"|janvier|mars|avril|juin|juillet|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|ottobre"
    r"|dicembre)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz"
    r"|april|juni|juli|august|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre)[a-z]*\b",
    re.IGNORECASE,
)
_TRAILING_NAME = re.compile(r"(?:\s[|–—-]\s+|\s\()[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\)?$")
# Up to four words, then a separator: "Saiba mais:", "Veja também >", "Copyright:".
_LEAD_SEPARATOR = re.compile(r"^\W*([^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,3})\s*(?::|\||>|»|›|–|—|::|//)")


_FURNITURE_WORDS = (
    bp._LEAD_STRONG
    | bp._LEAD_WEAK
    | bp._CTA
    | bp._CHANNELS
    | bp._AD_WORDS
    | bp._AD_PHRASE
    | bp._PAID
    | bp._STAMP_WORDS
    | bp._PHOTO_LEAD
    | bp._SOURCE_LEAD
    | bp._AGENCIES
    | bp._ROLES
) - _FUNCTION


_AGENCY_WORDS = bp._AGENCIES | bp._ORG_HEADS
_ROLE_WORDS = bp._ROLES | bp._TRADES
_STAMP_WORDS = bp._STAMP_WORDS | bp._STAMP_LEAD


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _word_count(text: str) -> int:
    return text.count(" ") + 1 if text.strip() else 0


def features(
    texts: Sequence[str],
    k: int,
    *,
    repeated: bool,
    title_words: frozenset[str],
    kinds: Sequence[Kind | None] = (),
    text_words: TextWords | None = None,
) -> list[float]:
    """The facts of ``texts[k]`` in its place, in the order of `FEATURES` (``kinds``: the rules'
    verdicts on every line, for the neighbours'; ``text_words``: the whole text's)."""
    unit = texts[k].strip()
    words = unit.split()
    n = len(words)
    folded = [w.casefold().strip(".,:;!?()[]'’\"“”«»") for w in words]
    alpha = [w for w in words if w[:1].isalpha()]
    rest = alpha[1:]
    capitalised = sum(1 for w in rest if w[:1].isupper()) / len(rest) if rest else 0.0
    lower = sum(1 for w in alpha if w[:1].islower()) / len(alpha) if alpha else 0.0
    letters = [c for c in unit if c.isalpha()]
    first = unit[:1]
    last = unit[-1:]
    lowered = unit.casefold()
    prev = texts[k - 1] if k > 0 else ""
    after = texts[k + 1] if k + 1 < len(texts) else ""
    prev_words, next_words = _word_count(prev), _word_count(after)  # (each asked of several facts)
    prev_long = prev_words > _LONG
    next_long = next_words > _LONG
    prev_short, next_short = 0 < prev_words <= _LONG, 0 < next_words <= _LONG
    separated = bool(_SEPARATORS.search(unit))
    own = frozenset(folded)
    overlap = len(own & title_words) / len(own) if own else 0.0
    colon = unit.find(":")
    at_end = bp.classify_line(unit, at_end=True) is not None
    verb = bool(_VERB.search(lowered))
    kinds_share = sum(1 for f in folded if f in _FURNITURE_WORDS) / n if n else 0.0
    m = _LEAD_SEPARATOR.search(unit)
    lead_sep = m is not None and any(
        w.casefold() in bp._LEAD_STRONG or w.casefold() in bp._LEAD_WEAK or w.casefold() in bp._SOURCE_LEAD
        for w in m.group(1).split()
    )
    function = sum(1 for f in folded if f in _FUNCTION) / n if n else 0.0
    own_content = set(content_words(unit))
    own_text = " " + lowered
    elsewhere = (
        sum(1 for w in own_content if text_words.count(w) > own_text.count(" " + w)) / len(own_content)
        if own_content and text_words is not None
        else 0.0
    )
    label = _LABEL_SEPARATOR.match(unit)
    label_words = content_words(label.group(1)) if label else []
    label_elsewhere = (
        text_words is not None
        and bool(label_words)
        and any(text_words.count(w) > own_text.count(" " + w) for w in label_words)
    )
    question = unit.find("?")
    digit = any(c.isdigit() for c in unit)
    mark = _mark(unit)
    name_like = 1 <= n <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not own & _FUNCTION
    return [
        1.0,
        min(n, 2 * _LONG) / _LONG,
        min(len(unit), 200) / 100,
        float(n == 1),
        float(2 <= n <= 3),
        float(last == "."),
        float(last in "?!"),
        float(last == ":"),
        float(last in ")]"),
        float(bool(first) and not first.isalnum() and first not in "\"“”'‘’([«„"),
        float(first in "(["),
        float(first in "\"“”'‘’«„"),
        float(first in "([" and last in ")]"),
        capitalised,
        lower,
        float(len(letters) >= 2 and all(c.isupper() for c in letters)),
        float(bool(words) and sum(c.isalpha() for c in words[0]) >= 2 and words[0].isupper()),
        float(any(bp._is_acronym(w) for w in words)),
        function,
        float(verb),
        float(digit),
        float(bool(_TIME.search(unit))),
        float(bool(_YEAR.search(unit))),
        float(bool(_WEB.search(unit))),
        float(separated),
        float("/" in unit),
        float(colon > 0 and unit.count(" ", 0, colon) <= 2 and colon < len(unit) - 1),
        float(bool(_DASH_BETWEEN.search(unit))),
        float("," in unit),
        float(bool(own & bp._LEAD_STRONG)),
        float(any(f in bp._LEAD_WEAK for f in folded[:3])),
        float(bool(folded) and folded[0] in bp._CTA),
        float(any(f in bp._CHANNELS or f.startswith(bp._CHANNEL_STEMS) for f in folded)),
        float(any(f in bp._AD_WORDS or f.startswith(bp._PAID_STEMS) for f in folded)),
        float(bool(own & _AGENCY_WORDS)),
        float(bool(own & bp._PHOTO_LEAD)),
        float(bool(folded) and (folded[0] in bp._SOURCE_LEAD or folded[0] in bp._WITH)),
        float(bool(own & _ROLE_WORDS)),
        float(bool(own & _STAMP_WORDS)),
        float(bool(own & bp._READER_WORDS)),
        float(any(c.isalpha() and ord(c) > 0x24F for c in letters)),
        float(name_like),
        float(k == 1),
        float(k == len(texts) - 1),
        float(prev_short),
        float(next_short),
        float(prev_long and next_long),
        overlap,
        float(repeated),
        float(at_end),
        float(bool(folded) and folded[0] in bp._BY),
        float(name_like and prev_long and next_long),
        float(lower >= 0.5 and verb and function >= 0.15),
        float(capitalised >= 0.8 and not verb and n >= 3),
        float(first.isupper() and last not in ".:;,!)]" and 2 <= n <= 10 and function > 0 and not separated),
        float(bool(last) and not last.isalnum() and last not in ".!?:;,)]\"”’'…%$"),
        float(bool(_DIMENSIONS.search(unit))),
        float(bool(lead_sep)),
        kinds_share,
        float(kinds_share == 1.0),
        float(
            (first.isupper() or first.isdigit())
            and last not in ".,;:!…-–—"
            and n <= _LONG
            and not bp.QUOTE_MARK.search(unit)
        ),
        float(0 < k <= len(kinds) and kinds[k - 1] is not None),
        float(k + 1 < len(kinds) and kinds[k + 1] is not None),
        float(2 <= k <= 4 and len(texts) >= _EDGES),
        float(len(texts) - 4 <= k < len(texts) - 1 and len(texts) >= _EDGES),
        float(prev_short and next_short),
        elsewhere,
        float(bool(own_content) and text_words is not None and elsewhere == 0.0),
        float(label is not None),
        float(label is not None and not label_elsewhere),
        float(bool(_BY_NAME_TAIL.match(unit))),
        float(digit and bool(_DATE.search(unit))),
        float(len(letters) < 3),
        float(0 < question < len(unit) - 2),
        float(
            n >= 4
            and (last == ")" or " | " in unit or " – " in unit or " — " in unit or " - " in unit)
            and bool(_TRAILING_NAME.search(unit))
        ),
        float(sum(1 for w in words[1:] if w.casefold() in _FUNCTION and w[:1].isupper()) >= 1),
        float(bool(mark) and (_mark(prev) == mark or _mark(after) == mark)),
        float(not mark and bool(_mark(after)) and k + 2 < len(texts) and _mark(texts[k + 2]) == _mark(after)),
        float(first in "[(" and bool(_BRACKETED_LEAD.match(unit))),
    ]


def _mark(text: str) -> str:
    """The symbol a line opens with (a bullet, an arrow), or ""."""
    first = text.lstrip()[:1]
    return first if first and not first.isalnum() and first not in "\"“”'‘’([«„" else ""


def content_words(text: str) -> list[str]:
    """The words of ``text`` that say what it is about: three letters or more, no function word."""
    return [w for w in _LONG_WORD.findall(text.casefold()) if w not in _FUNCTION]


# Words looked up in one text at most (each is one scan of it): linear in the text however many
# doubtful lines it has. A word past them counts as standing elsewhere: article text when unsure.
_SCANS = 48


class TextWords:
    """Which words stand in the whole text, each found by one scan of it for the word after a
    space ("link" finds "linked" too), cheaper than cutting a whole text into words."""

    __slots__ = ("_found", "_text")

    def __init__(self, texts: Sequence[str]) -> None:
        self._text = " " + " ".join(texts).casefold()
        self._found: dict[str, int] = {}

    def count(self, word: str) -> int:
        """How often ``word`` (casefolded) starts a word of the text; a large number past `_SCANS` words."""
        found = self._found.get(word)
        if found is None:
            if len(self._found) >= _SCANS:
                return len(self._text)
            found = self._found[word] = self._text.count(" " + word)
        return found


# A sentence's end, closing marks of every family after it ("… the plan.»", "… le plan. »", "… ist.“").
# A few words in brackets before the line's own: "[VIDEO] …", "(Updated) …".
_BRACKETED_LEAD = re.compile(r"^[\[(][^\])]{1,30}[\])]\s+\S")
_SENTENCE_END = re.compile(r"[.!?…]\s*[\"”“’'»«›‹)\]]*$")


def is_candidate(text: str) -> bool:
    """A short line that is not plainly a sentence: the only kind the model is asked about (a
    longer one, or one ending like a sentence with a verb in it or nine words, is article text;
    a dashed line is left to the rules, which take a lone "— Reuters" only at the end)."""
    text = text.strip()
    if len(text) > 160:
        return False  # (most lines asked: a paragraph, whose words need no counting)
    n = _word_count(text)
    if not 0 < n <= MAX_WORDS or text[0] in "-–—|" or text.count("|") > 2:
        # A dash opens a line of dialogue or signs a quotation ("- Sanders."), pipes make a table's
        # row: the rules decide those.
        return False
    if not _SENTENCE_END.search(text):
        return True
    return n < 6 or (n < 9 and not _VERB.search(text.casefold()))


@functools.cache
def table() -> tuple[tuple[tuple[float, ...], ...], float] | None:
    """Each class's weights in the order of `FEATURES`, and the threshold the furniture classes
    must pass together; None without a table for these features (the rules alone decide then)."""
    try:
        data = json.loads(resources.files(__package__).joinpath("furniture.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    weights = data.get("weights", {})
    if not data.get("use") or set(weights) != set(CLASSES):
        return None
    if any(set(weights[c]) != set(FEATURES) for c in CLASSES):
        return None
    rows = tuple(tuple(float(weights[c][f]) for f in FEATURES) for c in CLASSES)
    return rows, float(data["threshold"])


def probabilities(x: Sequence[float], rows: Sequence[Sequence[float]]) -> list[float]:
    """The softmax of each class's score."""
    present = [j for j, v in enumerate(x) if v]  # most facts are 0
    values = [x[j] for j in present]
    # (Each class's products summed in the same order as term by term: `map`, not a generator.)
    scores = [sum(map(operator.mul, map(row.__getitem__, present), values)) for row in rows]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def refine(texts: Sequence[str], kinds: Sequence[Kind | None]) -> list[Kind | None]:
    """``kinds`` (the rules' verdicts, the first line being the title) with each doubtful line
    the rules left as article text moved out when the model is sure enough it is furniture."""
    out = list(kinds)
    learned = table()
    if learned is None or len(texts) < 3:
        return out
    rows, threshold = learned
    # The first line the rules leave is the title: never the model's to take.
    title = next((k for k, kind in enumerate(kinds) if kind is None), len(texts))
    candidates = [k for k in range(title + 1, len(texts)) if kinds[k] is None and is_candidate(texts[k])]
    if not candidates:
        return out
    counts = Counter(_norm(texts[k]) for k in candidates)
    title_words = frozenset(w.casefold().strip(".,:;!?()[]'’\"“”«»") for w in texts[title].split())
    text_words = TextWords(texts)
    for k in candidates:
        x = features(
            texts,
            k,
            repeated=counts[_norm(texts[k])] > 1,
            title_words=title_words,
            kinds=kinds,
            text_words=text_words,
        )
        p = probabilities(x, rows)
        furniture = p[2:]
        if sum(furniture) >= threshold:
            out[k] = FURNITURE[max(range(3), key=furniture.__getitem__)]
    marked_runs(texts, kinds, out, title)
    return end_of_text(texts, out, title)


def _is_header(text: str) -> bool:
    """A line that may head a list: short, not a sentence, no symbol or quotation of its own."""
    text = text.strip()
    return 0 < _word_count(text) <= 6 and text[-1:] not in ".!?" and not _mark(text) and not bp.QUOTE_MARK.search(text)


def marked_runs(texts: Sequence[str], rules: Sequence[Kind | None], kinds: list[Kind | None], title: int) -> None:
    """``kinds`` (changed in place) read by the runs of lines that open with the same symbol, each
    run in one pass: a list of linked headlines stands under a header ("Weitere Artikel", then
    "■ …", "■ …"), which is taken with it (the rules take a header only in the words they know, and
    alone the model finds it too like a subheading); a run the model took with no header over it
    is the article's own list, and stays (``rules``: the rules' verdicts, which stand)."""
    n = len(texts)
    k = title + 1
    while k < n:
        mark = _mark(texts[k])
        end = k + 1
        while mark and end < n and _mark(texts[end]) == mark:
            end += 1
        if end - k >= 2:
            headed = k - 1 > title and _is_header(texts[k - 1])
            if not headed:
                for j in range(k, end):
                    if rules[j] is None and kinds[j] is not None:
                        kinds[j] = None
            elif all(kinds[j] == "related" for j in range(k, end)):
                kinds[k - 1] = kinds[k - 1] or "related"
            elif rules[k - 1] is None:
                kinds[k - 1] = None  # the header of a list that stays is the article's too
        k = end


def end_of_text(texts: Sequence[str], kinds: list[Kind | None], title: int) -> list[Kind | None]:
    """``kinds`` (changed in place) with the lines after the last article line read as the end of
    the text, as the rules read it ("REUTERS" alone is a credit there): the rules stopped at the
    first line they left, which the model may since have moved out ("… REUTERS", then "Copy link")."""
    for k in range(len(texts) - 1, title, -1):
        if kinds[k] is None:
            kinds[k] = bp.classify_line(texts[k], at_end=True)
        if kinds[k] is None:
            break
    return kinds

"""Learn how to rank the people a "he" or "she" may stand for, from PolNeAR train; check it on the rest.

    python benchmarks/train_ranker.py            # fit on train's first 700 articles, check on its last 140, write
    python benchmarks/train_ranker.py --dry-run  # the same, without writing the weights
    python benchmarks/train_ranker.py --show 20  # also print held-back pronouns where rules and ranker differ

PolNeAR marks the pronoun a quotation's speaker is named by, not whom it stands for. Where the
genders of the people named around settle it — one candidate of the pronoun's gender, every other
one known to be of the other (by first name), or a body — that one is the answer. The ranker is
trained on those pronouns blind to gender (gender is what picked the answer), so what it learns is
where a pronoun's person stands: how far back, last to speak or not, subject or not, named how often.
At run time, people known to be of the other gender are left out and the rest ranked.

The weights (softmax over each pronoun's candidates, L2-regularised, plain gradient descent: no
dependency) go to ``src/tuiread/parser/quotes/ranker.json``. Dev is never used here.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import random
import re
import sys
from dataclasses import dataclass

from common import EVAL, ROOT, read_texts

TABLE = ROOT / "src" / "tuiread" / "parser" / "quotes" / "ranker.json"
FIT_ARTICLES = 700
BROAD = False  # --broad: learn from every "he" or "she" before a word, not only before a reporting verb
# "he said", "she told reporters", "He also argued": a pronoun naming someone who says something.
PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|then|later|has|had|once|again|repeatedly)\s+)?(?P<verb>[a-z]+)\b"
)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass
class Case:
    """One pronoun a quotation's speaker is named by, as the parser met it."""

    file: str
    at: int
    pronoun: str
    names: list[str]
    genders: list[str | None]  # each candidate's gender as its first name or the cue says (None: unknown)
    runtime_genders: list[str | None]  # as the parser knows it
    features: list[tuple[float, ...]]
    rule: str | None  # what the rules say
    rule_blind: str | None  # what the rules say, blind to gender
    context: str
    label: int | None = None  # the candidate the genders (or the annotated truth) settle on
    quote: tuple[str, int, int] | None = None  # (file, start, end) of the quotation it names the speaker of


def collect(articles: list[tuple[dict, str]], every: bool) -> list[Case]:
    """The pronouns of ``articles`` that name a quotation's speaker in the annotations (``every``:
    every "he" and "she" outside quotations), each with its candidates as the parser sees them
    there: only the speakers resolved before it count as speakers."""
    import tuiread.parser.quotes as quotes
    from tuiread.parser import parse
    from tuiread.parser.lexicon import REPORTING_VERBS
    from tuiread.parser.quotes import resolve
    from tuiread.parser.quotes.names import gender_of

    resolvers: list[resolve.Resolver] = []
    cue_at: dict[int, list[int]] = {}  # id(resolver) → where each history entry's mention is

    class Capturing(resolve.Resolver):
        def __init__(self, *a, **k) -> None:
            super().__init__(*a, **k)
            resolvers.append(self)
            cue_at[id(self)] = []

        def remember(self, position, result, *, body=False):
            # Every speaker remembered, quotes' and reported speech's alike (reading only `resolve`
            # missed reported speech's, and the positions no longer lined up with the history).
            before = len(self.history)
            super().remember(position, result, body=body)
            if len(self.history) > before:
                cue_at[id(self)].append(position)

    def known(c: resolve.Candidate) -> str | None:
        if c.person is None:
            return c.gender
        words = c.name.split()
        return gender_of(words[0]) if len(words) > 1 else None

    cases: list[Case] = []
    quotes.Resolver = Capturing  # type: ignore[misc]
    try:
        for gold, text in articles:
            resolvers.clear()
            parse(text, source=gold["file"])
            if not resolvers:
                continue
            r = resolvers[0]  # the quotes' (reported speech resolves with a second one, after it)
            if every:
                spots = [
                    (m.start(), m.group(0).split()[0].lower())
                    for m in PRONOUN.finditer(r.text)
                    if (BROAD or m.group("verb") in REPORTING_VERBS) and not r._inside_quote(m.start())
                ]
            else:
                spots = [
                    (q["source_start"], q["source"].lower(), (gold["file"], q["start"], q["end"]))
                    for q in gold["quotes"]
                    if (q.get("source") or "").lower() in PRONOUN_GENDER
                    and r.text[q["source_start"] : q["source_end"]].lower() == q["source"].lower()
                ]
            history, positions = r.history, cue_at[id(r)]
            for at, pronoun, *quote in spots:
                r.history = [h for h, c in zip(history, positions, strict=True) if c < at and h[0] < at]
                candidates = r.pronoun_candidates(at, None)
                if not candidates:
                    continue
                rule = r._pronoun(pronoun, at, use_ranker=False).speaker
                blind_name = r._by_rules(at, None).speaker
                cases.append(
                    Case(
                        gold["file"],
                        at,
                        pronoun,
                        [c.name for c in candidates],
                        [known(c) for c in candidates],
                        [c.gender for c in candidates],
                        [c.features for c in candidates],
                        rule,
                        blind_name,
                        r.text[max(0, at - 400) : at + 60],
                        quote=quote[0] if quote else None,
                    )
                )
            r.history = history
    finally:
        quotes.Resolver = resolve.Resolver  # type: ignore[misc]
    for case in cases:
        gender = PRONOUN_GENDER[case.pronoun]
        fits = [k for k, g in enumerate(case.genders) if g == gender]
        if len(fits) == 1 and all(g is not None for g in case.genders):
            case.label = fits[0]
    return cases


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def read_truth(path: str) -> dict[tuple[str, int, int], str]:
    """Annotated resolution truth (the format of polnear-dev-entities.jsonl): the surname of the
    person each pronoun stands for, by (file, start, end) of its quotation."""
    truth: dict[tuple[str, int, int], str] = {}
    with open(path, encoding="utf-8") as fh:
        for record in map(json.loads, fh):
            wanted = record.get("kind") == "pronoun" and record.get("etype") == "person"
            if wanted and record.get("entity") and not record.get("unclear"):
                words = [w for w in record["entity"].split() if w.lower().strip(".") not in _SUFFIXES]
                truth[(record["file"], int(record["start"]), int(record["end"]))] = words[-1].casefold()
    return truth


def label_by_truth(cases: list[Case], truth: dict[tuple[str, int, int], str]) -> int:
    """Label the cases the annotations settle: the one candidate carrying the person's surname."""
    n = 0
    for case in cases:
        surname = truth.get(case.quote) if case.quote else None
        if surname is None:
            continue
        fits = [k for k, name in enumerate(case.names) if surname in name.casefold().split()]
        if len(fits) == 1:
            case.label = fits[0]
            n += 1
    return n


def scores(weights: list[float], features: list[tuple[float, ...]]) -> list[float]:
    return [sum(w * x for w, x in zip(weights, f, strict=True)) for f in features]


def train(cases: list[Case], n: int, l2: float = 0.01, epochs: int = 300, rate: float = 0.5) -> list[float]:
    """Softmax regression over each case's candidates, full-batch gradient descent."""
    weights = [0.0] * n
    labelled = [c for c in cases if c.label is not None and len(c.names) > 1]
    for _ in range(epochs):
        grad = [l2 * w for w in weights]
        for case in labelled:
            s = scores(weights, case.features)
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = sum(e)
            for k, f in enumerate(case.features):
                p = e[k] / z - (k == case.label)
                for j, x in enumerate(f):
                    grad[j] += p * x / len(labelled)
        weights = [w - rate * g for w, g in zip(weights, grad, strict=True)]
    return weights


def ranked(weights: list[float], case: Case, blind: bool) -> str | None:
    gender = PRONOUN_GENDER[case.pronoun]
    s = scores(weights, case.features)
    options = [k for k, g in enumerate(case.runtime_genders) if blind or g in (None, gender)]
    if not options:
        return None
    return case.names[max(options, key=lambda k: s[k])]


def accuracy(cases: list[Case], pick) -> str:
    labelled = [c for c in cases if c.label is not None]
    right = sum(pick(c) == c.names[c.label] for c in labelled)
    return f"{right / max(1, len(labelled)):.3f} ({right}/{len(labelled)})"


def main() -> int:
    from tuiread.parser.quotes.ranker import FEATURES

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print, but do not write the weights")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N held-back cases where they differ")
    ap.add_argument("--show-fit", action="store_true", help="with --show: the fitting articles' pronouns instead")
    ap.add_argument("--features", action="store_true", help="with --show: each candidate's facts")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--wrong", action="store_true", help="print the fitting pronouns the rules get wrong")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="print N held-back pronouns, at random")
    ap.add_argument("--folds", type=int, default=0, metavar="K", help="also cross-validate on the fitting articles")
    ap.add_argument("--broad", action="store_true", help="learn from every he or she, not only before a reporting verb")
    ap.add_argument("--truth", metavar="FILE", help="also learn from annotated pronoun truth on the fitting articles")
    ap.add_argument(
        "--leave-out",
        metavar="FILE",
        action="append",
        default=[],
        help="leave the articles of this entity file out of the fit (a held-out set; repeatable)",
    )
    args = ap.parse_args()
    global BROAD
    BROAD = args.broad
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh]
    texts = dict(read_texts("polnear-train"))
    articles = [(g, texts[g["file"]]) for g in golds]
    held_out = {
        json.loads(line)["file"]
        for path in args.leave_out
        for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines()
    }
    fitting = [a for a in articles[:FIT_ARTICLES] if a[0]["file"] not in held_out]
    fit_all = collect(fitting, every=True)
    fit = collect(fitting, every=False)
    held_all = collect(articles[FIT_ARTICLES:], every=True)
    held = collect(articles[FIT_ARTICLES:], every=False)
    if args.truth:
        print(f"annotated truth labels {label_by_truth(fit, read_truth(args.truth))} fitting pronouns")
        fit_keys = {(c.file, c.at) for c in fit if c.label is not None}
        fit_all = [c for c in fit_all if (c.file, c.at) not in fit_keys]
    seen = {(c.file, c.at) for c in fit_all}
    weights = train(fit_all + [c for c in fit if (c.file, c.at) not in seen], len(FEATURES), l2=args.l2)
    for name, cases in (
        ("fit, every he/she", fit_all),
        ("fit, speakers", fit),
        ("held-back, every he/she", held_all),
        ("held-back, speakers", held),
    ):
        labelled = sum(c.label is not None for c in cases)
        print(f"{name}: {len(cases)} pronouns, {labelled} settled by gender")
        print(
            f"  blind to gender: rules {accuracy(cases, lambda c: c.rule_blind)}   "
            f"ranker {accuracy(cases, lambda c: ranked(weights, c, True))}"
        )
        differ = [c for c in cases if ranked(weights, c, False) != c.rule]
        print(f"  with gender: rules and ranker differ on {len(differ)} of {len(cases)}")
    for name, w in sorted(zip(FEATURES, weights, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:20s} {w:+.3f}")
    if args.folds:
        pool = [c for c in fit_all + [c for c in fit if (c.file, c.at) not in seen] if c.label is not None]
        files = sorted({c.file for c in pool})
        right_rules = right_ranker = 0
        for k in range(args.folds):
            test_files = set(files[k :: args.folds])
            w = train([c for c in pool if c.file not in test_files], len(FEATURES), l2=args.l2)
            test = [c for c in pool if c.file in test_files]
            right_rules += sum(c.rule_blind == c.names[c.label] for c in test)
            right_ranker += sum(ranked(w, c, True) == c.names[c.label] for c in test)
        print(
            f"{args.folds}-fold on the fitting articles ({len(pool)} settled):"
            f" rules {right_rules}, ranker {right_ranker}"
        )
    if args.sample:
        for c in random.Random(5).sample(held, min(args.sample, len(held))):
            print("SAMPLE", c.file, c.at, c.pronoun, "| rules:", c.rule, "| ranker:", ranked(weights, c, False))
            print("   ", c.context[-330:].replace("\n", " ¶ "))
    if args.wrong:
        for c in fit_all + fit:
            if c.label is not None and c.rule_blind != c.names[c.label]:
                print(
                    "RULES WRONG",
                    c.file,
                    c.at,
                    "| gold:",
                    c.names[c.label],
                    "| rules:",
                    c.rule_blind,
                    "| ranker:",
                    ranked(weights, c, True),
                )
                print("   ", c.context[-300:].replace("\n", " ¶ "))
    if args.show:
        differ = [c for c in (fit if args.show_fit else held) if ranked(weights, c, False) != c.rule]
        random.Random(1).shuffle(differ)
        for c in differ[: args.show]:
            print("-" * 80)
            print(c.file, c.at, c.pronoun, "| rules:", c.rule, "| ranker:", ranked(weights, c, False))
            print(c.context.replace("\n", " ¶ "))
            if args.features:
                s = scores(weights, c.features)
                for k in sorted(range(len(c.names)), key=lambda k: -s[k]):
                    facts = " ".join(f"{n}={x:.2g}" for n, x in zip(FEATURES, c.features[k], strict=True) if x)
                    print(f"    {s[k]:+.2f} {c.names[k]} [{c.runtime_genders[k]}] {facts}")
    # The decision: the ranking replaces the rules only if it is right more often on the pronouns
    # the genders settle in the held-back articles (blind to gender, both).
    check = {(c.file, c.at): c for c in held_all + held if c.label is not None}.values()
    by_rules = sum(c.rule_blind == c.names[c.label] for c in check)
    by_ranker = sum(ranked(weights, c, True) == c.names[c.label] for c in check)
    use = by_ranker > by_rules
    print(
        f"held-back pronouns the genders settle: rules {by_rules}, ranker {by_ranker} of {len(check)}:"
        f" {'the ranker' if use else 'the rules'} decide"
    )
    if not args.dry_run:
        about = (
            "Weights of the facts about a pronoun's candidates (ranker.FEATURES), learned on the first "
            f"{FIT_ARTICLES} articles of PolNeAR train (benchmarks/train_ranker.py). On the pronouns the "
            f"genders settle in the other {len(articles) - FIT_ARTICLES}, blind to gender, the rules were right "
            f"{by_rules} times and the ranking {by_ranker} of {len(check)}; it is used only if it was right more often."
        )
        table = {name: round(w, 4) for name, w in zip(FEATURES, weights, strict=True)}
        record = {"about": about, "use": use, "weights": table}
        TABLE.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

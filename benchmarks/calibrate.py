"""Learn how likely each way of attributing a quote is right, from PolNeAR train; check it on the rest.

    python benchmarks/calibrate.py            # fit on train's first 700 articles, check on its last 140, write
    python benchmarks/calibrate.py --dry-run  # the same, without writing the table

A quote is attributed by one rule and its mention resolved one way (`Evidence.rule`,
`Evidence.how`). Every parsed quote of the fitting articles is matched to the annotated ones and
its speaker judged right or wrong exactly as ``score_quotes.py`` judges it; the counts per rule,
per pairing and overall go to ``src/tuiread/parser/quotes/confidence.json``, which the parser reads
(`tuiread.parser.quotes.confidence`). Dev is never used here: it only measures
(``benchmarks/accuracy.py`` prints the calibration there).

The check on the held-back articles prints the accuracy by confidence bucket, the share of
attributed quotes at 0.8 or more and their accuracy, and the mean gap between confidence and
accuracy (expected calibration error).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import itertools
import json
import sys
from collections.abc import Iterable, Iterator

from common import EVAL, ROOT, read_texts
from tuiread.json_record import record

TABLE = ROOT / "src" / "tuiread" / "parser" / "quotes" / "confidence.json"
FIT_ARTICLES = 700
BUCKETS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01)


def scorer() -> object:
    """``score_quotes.py`` from the evaluation folder, by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("score_quotes", EVAL / "score_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged(gold: dict, predicted: list[dict], sq: object, min_words: int = 4) -> Iterator[tuple[dict, bool]]:
    """Each predicted quote that matches an annotated one, with whether its speaker is right."""
    kept = [(q, sq._bag(t)) for q in gold.get("quotes", []) if len(t := sq.normalise(q.get("text"))) >= min_words]
    pkept = [(q, sq._bag(t)) for q in predicted if len(t := sq.normalise(q.get("text"))) >= min_words]
    for gi, pi, _ in sq.greedy_match([b for _, b in kept], [b for _, b in pkept]):
        yield pkept[pi][0], bool(sq.speaker_correct(kept[gi][0], pkept[pi][0]))


def parsed(articles: Iterable[tuple[dict, str]]) -> Iterator[tuple[dict, list[dict]]]:
    from tuiread.parser import parse

    for gold, text in articles:
        yield gold, record(parse(text, source=gold["file"]))["quotes"]


def count(pairs: Iterable[tuple[dict, bool]]) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for quote, right in pairs:
        evidence = quote.get("evidence")
        if not evidence or not quote.get("speaker"):
            continue
        for key in ("|", f"{evidence['rule']}|", f"{evidence['rule']}|{evidence['how']}"):
            counts[key][0] += right
            counts[key][1] += 1
    return dict(counts)


def report(pairs: list[tuple[dict, bool]], title: str) -> None:
    """Accuracy by confidence bucket, the confident share and its accuracy, and the calibration error."""
    scored = [(q["confidence"], right) for q, right in pairs if q.get("speaker") and q.get("confidence") is not None]
    if not scored:
        print(f"{title}: no attributed quotes")
        return
    print(f"{title}: {len(scored)} attributed quotes, accuracy {sum(r for _, r in scored) / len(scored):.3f}")
    gap = 0.0
    for low, high in itertools.pairwise(BUCKETS):
        bucket = [(c, r) for c, r in scored if low <= c < high]
        if not bucket:
            continue
        mean = sum(c for c, _ in bucket) / len(bucket)
        accuracy = sum(r for _, r in bucket) / len(bucket)
        gap += abs(mean - accuracy) * len(bucket)
        span = f"{low:.2f}–{min(high, 1.0):.2f}"
        print(f"  confidence {span}: {len(bucket):5d} quotes, mean {mean:.3f}, right {accuracy:.3f}")
    confident = [(c, r) for c, r in scored if c >= 0.8]
    share = len(confident) / len(scored)
    right = sum(r for _, r in confident) / len(confident) if confident else 0.0
    print(f"  confidence ≥ 0.8: {share:.1%} of attributed quotes, right {right:.3f}")
    print(f"  expected calibration error {gap / len(scored):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print, but do not write the table")
    args = ap.parse_args()
    sq = scorer()
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh]
    texts = dict(read_texts("polnear-train"))
    articles = [(g, texts[g["file"]]) for g in golds]
    fit = articles[:FIT_ARTICLES]  # the rest is held back for check_held_back
    fit_pairs = [pair for gold, quotes in parsed(fit) for pair in judged(gold, quotes, sq)]
    counts = count(fit_pairs)
    about = (
        "Right / all attributed quotes per rule and way of resolving, on the first "
        f"{FIT_ARTICLES} articles of PolNeAR train (benchmarks/calibrate.py)."
    )
    rows = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(counts.items()))
    if not args.dry_run:
        TABLE.write_text(f'{{"about": {json.dumps(about)},\n "counts": {{\n{rows}\n}}}}\n', encoding="utf-8")
        print(f"wrote {TABLE.relative_to(ROOT)} ({len(counts)} counts)")
    # The parser reads the table once per process: the check runs in a fresh one, with the new table.
    import subprocess

    check_code = (
        "import sys; sys.path.insert(0, 'benchmarks'); import calibrate as c; c.check_held_back()"
        if not args.dry_run
        else None
    )
    if check_code:
        subprocess.run([sys.executable, "-c", check_code], cwd=ROOT, check=True)
    return 0


def check_held_back() -> None:
    """The calibration on train's held-back articles, with the table as written."""
    sq = scorer()
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh]
    texts = dict(read_texts("polnear-train"))
    check = [(g, texts[g["file"]]) for g in golds[FIT_ARTICLES:]]
    pairs = [pair for gold, quotes in parsed(check) for pair in judged(gold, quotes, sq)]
    report(pairs, f"held-back train ({len(check)} articles)")


if __name__ == "__main__":
    sys.exit(main())

"""Learn the words that cue reported speech from PolNeAR train, for `tuiread.parser.quotes.reported`.

    python benchmarks/learn_reported.py            # count on train's first 700 articles, write the table
    python benchmarks/learn_reported.py --dry-run  # print the strongest cues instead

Every word of the fitting articles is counted: how often it stands, and how often it stands inside
an annotated cue of reported speech or belief ("said", "according", "believes", "found"), and of
which kind. The counts go to ``src/tuiread/parser/quotes/reported_cues.json``; the parser keeps the
words that cue often enough (`reported.CUE_PRECISION`). Train's last 140 articles are held back to
choose that share and the rules' shapes; dev is never used here (``benchmarks/accuracy.py``
measures there).
"""

from __future__ import annotations

import argparse
import collections
import json
import re

from common import EVAL, ROOT

TABLE = ROOT / "src" / "tuiread" / "parser" / "quotes" / "reported_cues.json"
FIT_ARTICLES = 700
# A word seen fewer times than this says nothing about itself.
MIN_SEEN = 3
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")


def fitting_articles() -> list[dict]:
    with (EVAL / "polnear-reported-train.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][:FIT_ARTICLES]


def count(articles: list[dict]) -> dict[str, list[int]]:
    """``{word: [seen, in a cue, of speech, of other]}``, words lower-cased."""
    seen: collections.Counter[str] = collections.Counter()
    cued: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for article in articles:
        text = article["text"]
        cues = sorted(
            (r["cue_start"], r["cue_end"], r["kind"])
            for r in (*article["reported"], *article["ignored"])
            if "cue_start" in r
        )
        # Direct quotes are the quotes stage's: their words and their cues count neither way.
        skip = [(d["start"], d["end"]) for d in article["direct"]]
        for d in article["direct"]:
            at = text.find(d.get("cue") or "\0", max(0, d["start"] - 300), d["end"] + 300)
            if at >= 0:
                skip.append((at, at + len(d["cue"])))
        for m in _WORD.finditer(text):
            if any(a <= m.start() < b for a, b in skip):
                continue
            word = m.group(0).lower()
            seen[word] += 1
            kind = next((k for a, b, k in cues if a <= m.start() < b), None)
            if kind is not None:
                cued[word][kind] += 1
    return {
        w: [n, sum(cued[w].values()), cued[w]["speech"], cued[w]["other"]]
        for w, n in sorted(seen.items())
        if n >= MIN_SEEN and cued[w]
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the strongest cues, write nothing")
    args = ap.parse_args()
    table = count(fitting_articles())
    if args.dry_run:
        ranked = sorted(table.items(), key=lambda kv: -kv[1][1] / kv[1][0])
        for word, (n, c, s, o) in ranked[:80]:
            print(f"{word:16} {c / n:5.2f}  seen {n:5}  speech {s:4}  other {o:4}")
        return 0
    TABLE.write_text(json.dumps({"fit_articles": FIT_ARTICLES, "counts": table}, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} words written to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

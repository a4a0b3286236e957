"""Learn the words that cue reported speech from PolNeAR train, for `tuiread.parser.quotes.reported`.

    python benchmarks/learn_reported.py            # count on train's first 700 articles, write the table
    python benchmarks/learn_reported.py --dry-run  # print the strongest cues instead
    python benchmarks/learn_reported.py --held-back  # score the parser on train's held-back 140 articles
    python benchmarks/learn_reported.py --that-frames  # add the frames of findings after "that" only

Every word of the fitting articles is counted: how often it stands, and how often it stands inside
an annotated cue of reported speech or belief ("said", "according", "believes", "found"), and of
which kind. The counts go to ``src/tuiread/parser/quotes/reported_counts.json``, and the words that
cue often enough (`reported.learned_cue_words`, `reported.CUE_PRECISION`) to ``reported_cues.json``,
which the parser reads. Train's last 140 articles are held back to
choose that share and the rules' shapes; dev is never used here (``benchmarks/accuracy.py``
measures there).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import EVAL, ROOT

TABLE = ROOT / "src" / "tuiread" / "parser" / "quotes" / "reported_cues.json"
COUNTS = TABLE.with_name("reported_counts.json")
FIT_ARTICLES = 700
# A word seen fewer times than this says nothing about itself.
MIN_SEEN = 3
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")


def fitting_articles() -> list[dict]:
    with (EVAL / "polnear-reported-train.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][:FIT_ARTICLES]


def held_back_articles() -> list[dict]:
    with (EVAL / "polnear-reported-train.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][FIT_ARTICLES:]


def score_held_back() -> None:
    """Print ``score_reported.py``'s table for the parser on train's held-back articles (the split
    the rules are checked on; dev is measured by ``benchmarks/accuracy.py``)."""
    from tuiread.parser import parse

    articles = held_back_articles()
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as out:
            for article in articles:
                items = [
                    {
                        "text": r.text,
                        "speaker": r.speaker,
                        "speaker_mention": r.speaker_mention.text if r.speaker_mention else None,
                        "cue": r.cue,
                    }
                    for r in parse(article["text"]).reported
                ]
                out.write(json.dumps({"file": article["file"], "reported": items}) + "\n")
        print(f"train's held-back articles ({len(articles)}):")
        subprocess.run(
            [sys.executable, str(EVAL / "score_reported.py"), "--gold", str(gold), "--pred", str(pred)], check=True
        )


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
    # A word never in a cue is kept when another form of its verb was: the parser judges a rare
    # form with its family ("contends" with "contended"), and the family's counts must hold them all.
    from tuiread.parser.quotes.reported import verb_stem

    families = {verb_stem(w) for w in cued}
    return {
        w: [n, sum(cued[w].values()), cued[w]["speech"], cued[w]["other"]]
        for w, n in sorted(seen.items())
        if n >= MIN_SEEN and (cued[w] or verb_stem(w) in families)
    }


def scorer() -> object:
    """``score_reported.py`` from the evaluation folder, by path (it is not a package)."""
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location("score_reported", EVAL / "score_reported.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def frames(articles: list[dict]) -> dict[str, list[int]]:
    """``{"cue|rule": [matched, found, right], "|rule": [...], "|rule|how": [...], "|": [...]}``:
    how often the items found with each cue and rule match an annotated item of any kind (as
    ``score_reported.py`` matches them), and how many of those have the right speaker (by rule and
    how the speaker was resolved). Items the scorer would ignore (a direct quote's) count neither way."""
    from tuiread.parser import parse
    from tuiread.parser.quotes import reported

    sr = scorer()
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for article in articles:
        parsed = parse(article["text"])
        gold = [(r, sr._bag(t)) for r in article["reported"] if len(t := sr.normalise(r["text"])) >= 4]
        pool = [sr._bag(sr.normalise(d["text"])) for d in (*article["direct"], *article["ignored"])]
        bags = [sr._bag(sr.normalise(item.text)) for item in parsed.reported]
        pairs = {pi: gi for gi, pi, _ in sr.greedy_match([b for _, b in gold], bags)}
        for k, (item, bag) in enumerate(zip(parsed.reported, bags, strict=True)):
            if k not in pairs and any(sr.overlap_score(bag, b) >= sr.MATCH_THRESHOLD for b in pool):
                continue
            mention = item.speaker_mention.text if item.speaker_mention else None
            right = k in pairs and sr.speaker_correct(
                gold[pairs[k]][0], {"speaker": item.speaker, "speaker_mention": mention}
            )
            how = item.evidence.how if item.evidence else "unresolved"
            keys = [f"{item.cue}|{item.rule}", f"|{item.rule}", f"|{item.rule}|{how}", "|"]
            if (
                item.kind == "other"
                and item.cue_span
                and reported._after_that(parsed.text, item.cue_span.end, item.start)
            ):
                keys.append(f"{item.cue}|{item.rule}|that")  # (`reported.found_share_after_that`)
            for key in keys:
                counts[key][0] += k in pairs
                counts[key][1] += 1
                counts[key][2] += bool(right)
    return dict(sorted(counts.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the strongest cues, write nothing")
    ap.add_argument("--held-back", action="store_true", help="score the parser on train's held-back articles")
    ap.add_argument(
        "--that-frames",
        action="store_true",
        help="count only the frames of beliefs and findings after 'that' and add them to the table",
    )
    args = ap.parse_args()
    if args.held_back:
        score_held_back()
        return 0
    if args.that_frames:
        # The other frames stay as they were learned; these are counted the same way (on every
        # belief and finding, those left out too).
        from tuiread.parser.quotes import reported

        reported.OTHER_PRECISION = 0.0
        data = json.loads(TABLE.read_text(encoding="utf-8"))
        kept = {k: v for k, v in data["frames"].items() if not k.endswith("|that")}
        added = {k: v for k, v in frames(fitting_articles()).items() if k.endswith("|that")}
        data["frames"] = dict(sorted((kept | added).items()))
        TABLE.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        print(f"{len(added)} frames after 'that' written to {TABLE.relative_to(ROOT)}")
        return 0
    table = count(fitting_articles())
    if args.dry_run:
        ranked = sorted(table.items(), key=lambda kv: -kv[1][1] / kv[1][0])
        for word, (n, c, s, o) in ranked[:80]:
            print(f"{word:16} {c / n:5.2f}  seen {n:5}  speech {s:4}  other {o:4}")
        return 0
    from tuiread.parser.quotes import reported

    # The counts, and the cue words judged from them once, not at every start of the parser
    # (`reported.cue_words` reads only the words and the frames).
    COUNTS.write_text(json.dumps({"fit_articles": FIT_ARTICLES, "counts": table}, indent=0) + "\n", encoding="utf-8")
    words = dict(sorted(reported.learned_cue_words(table).items()))  # (in one order on every run)
    TABLE.write_text(json.dumps({"fit_articles": FIT_ARTICLES, "cue_words": words}, indent=0) + "\n", encoding="utf-8")
    # The frames are counted with the words just written (the parser reads them from the table).
    for cached in (reported._table, reported.cue_words, reported._cue_forms, reported.confidence, reported.found_share):
        cached.cache_clear()
    # Every belief and finding is counted, those the parser leaves out for their frame's share too
    # (`reported.OTHER_PRECISION`): the share is what decides, so it is counted on all of them.
    reported.OTHER_PRECISION = 0.0
    framed = frames(fitting_articles())
    TABLE.write_text(
        json.dumps({"fit_articles": FIT_ARTICLES, "cue_words": words, "frames": framed}, indent=0) + "\n",
        encoding="utf-8",
    )
    print(f"{len(table)} words and {len(framed)} cue frames written to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

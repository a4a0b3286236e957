"""Train articles made messy the way real copy arrives, to measure (and learn from) how attribution
holds up on messy copy without reading the messy dev set.

    python benchmarks/mess.py                      # clean against messy train: quotes, e2e, the gap
    python benchmarks/mess.py --out messy-train.jsonl [--seed 3] [--articles 300]

The kinds of mess are the ones ``../shared/eval/README.md`` lists for ``messy-dev.jsonl``: mojibake,
hard-wrapped lines, straight or broken quotation marks (a mark turned the wrong way, a missing opener
or closer, « » for “ ”), a cue verb capitalised after the quote, a duplicate title line, related-link
and credit lines. Each article gets a few of them, seeded. Quotes are scored by their words
(``score_quotes.py`` matches text, not offsets), so the gold records carry over unchanged.

Figures only: tuning on the messy *train* articles is fair (they are train), but what a fix
buys must show on clean train and on dev as measured by ``accuracy.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path

from common import EVAL, tuiread_command

_CUE_AFTER = re.compile(r"([”\"],?\s+)(said|says|added|asked|told|wrote|explained)\b")
_RELATED = (
    "Read more: {}",
    "RELATED: {}",
    "Also read: {}",
    "Click here for more on {}",
)
_CREDITS = ("(Reporting by {})", "With AFP", "— The Associated Press contributed to this report.", "(Editing by {})")
_NAMES = ("Ann Lee", "Tom Berg", "Rosa Diaz", "Ed Marsh", "Kim Ott")


def _mojibake(text: str) -> str:
    """What UTF-8 read as Windows-1252 looks like ("itâ€™s"); the five bytes Windows-1252 leaves
    undefined come through as the Latin-1 control characters, as browsers and editors show them."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def _marks(paragraph: str, rng: random.Random, rate: float) -> str:
    """``paragraph`` with each double quotation mark broken at ``rate``: made straight, turned the
    wrong way, dropped, or made a guillemet (the kinds mixed within one article)."""
    out: list[str] = []
    for ch in paragraph:
        if ch in "“”" and rng.random() < rate:
            kind = rng.choice(("straight", "reversed", "dropped", "guillemet"))
            if kind == "straight":
                ch = '"'
            elif kind == "reversed":
                ch = "”" if ch == "“" else "“"
            elif kind == "dropped":
                ch = ""
            else:
                ch = "« " if ch == "“" else " »"
        out.append(ch)
    return "".join(out)


def messy(text: str, rng: random.Random, headlines: Sequence[str]) -> str:
    """``text`` with a few kinds of mess, chosen per article and per paragraph; related links name
    ``headlines`` (other articles' titles)."""
    title, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out: list[str] = []
    marks_rate = rng.choice((0.0, 0.1, 0.3, 0.5, 0.8))
    caps_rate = rng.choice((0.0, 0.3))
    wrap = rng.random() < 0.3
    for p in paragraphs:
        if "“" in p and marks_rate:
            p = _marks(p, rng, marks_rate)
        if rng.random() < caps_rate:
            p = _CUE_AFTER.sub(lambda m: m.group(1) + m.group(2).capitalize(), p)
        if wrap:
            p = "\n".join(textwrap.wrap(p, width=rng.choice((64, 72, 78)), break_long_words=False))
        out.append(p)
        if rng.random() < 0.06:
            out.append(rng.choice(_RELATED).format(rng.choice(headlines)))
    if rng.random() < 0.3:
        out.append(rng.choice(_CREDITS).format(rng.choice(_NAMES)))
    head = [title, title] if rng.random() < 0.2 else [title]
    result = "\n\n".join(head + out) + "\n"
    return _mojibake(result) if rng.random() < 0.15 else result


def _score(gold: Path, pred: Path) -> dict:
    run = subprocess.run(
        [sys.executable, str(EVAL / "score_quotes.py"), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def _parse(records: list[dict], folder: Path) -> Path:
    texts = folder / "texts"
    texts.mkdir()
    for r in records:
        (texts / r["file"]).write_text(r["text"], encoding="utf-8")
    pred = folder / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        subprocess.run([*tuiread_command(), "parse", str(texts), "--format", "jsonl"], stdout=fh, check=True)
    return pred


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--articles", type=int, default=0, help="only the first N train articles (0: all)")
    ap.add_argument("--out", type=Path, help="write the messy records here and stop")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        clean = [json.loads(line) for line in fh]
    if args.articles:
        clean = clean[: args.articles]
    headlines = [r["text"].split("\n", 1)[0].rstrip(".") for r in clean]
    dirty = [{**r, "text": messy(r["text"], rng, headlines)} for r in clean]
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for r in dirty:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name, records in (("clean train", clean), ("messy train", dirty)):
            folder = Path(tmp) / name.replace(" ", "-")
            folder.mkdir()
            gold = folder / "gold.jsonl"
            gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
            rows.append((name, _score(gold, _parse(records, folder))))
    print(f"{len(clean)} train articles, seed {args.seed}")
    for name, m in rows:
        print(
            f"  {name:12} quote P/R/F1 {m['quote_p']:.3f} / {m['quote_r']:.3f} / {m['quote_f1']:.3f}"
            f"   attribution {m['attr_acc']:.3f}   end-to-end F1 {m['e2e_f1']:.3f}"
        )
    print(f"  gap (clean - messy) end-to-end {rows[0][1]['e2e_f1'] - rows[1][1]['e2e_f1']:+.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

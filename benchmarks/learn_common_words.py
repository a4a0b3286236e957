"""Learn the everyday words of news copy from PolNeAR train, for `tuiread.parser.quotes.names`.

    python benchmarks/learn_common_words.py            # count on train's first 700 articles, write the list
    python benchmarks/learn_common_words.py --dry-run  # print how many words, and a few

A word that opens a sentence is capitalised whatever it is, so "Good information can still win"
and "Boos rained down" look like "Sweeny said" to a reader of capitals alone. The words written in
lower case inside sentences far more often than capitalised there are everyday words, never a
name on their own; their list goes to ``src/tuiread/parser/quotes/common_words.txt``, which the
parser reads (``names.is_common_word``). First names are left out ("Will", "Rose", "Mark" open a
sentence as names too). Train's last 140 articles and dev are never read here.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys

from common import EVAL, ROOT
from tuiread.parser.lexicon import EITHER_NAMES, FEMALE_NAMES, MALE_NAMES

LIST = ROOT / "src" / "tuiread" / "parser" / "quotes" / "common_words.txt"
FIT_ARTICLES = 700
# Seen in lower case at least this often, and capitalised mid-sentence less than half as often.
MIN_LOWER = 3
# A word inside a sentence: after a lower-case letter, a comma or a semicolon and a space.
_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b")


def common_words(texts: list[str]) -> list[str]:
    lower: collections.Counter[str] = collections.Counter()
    capitalised: collections.Counter[str] = collections.Counter()
    for text in texts:
        for m in _INSIDE.finditer(text):
            word = m.group(1)
            if word[0].isupper():
                capitalised[word.lower()] += 1
            else:
                lower[word] += 1
    names = FEMALE_NAMES | MALE_NAMES | EITHER_NAMES
    return sorted(
        w for w, n in lower.items() if n >= MIN_LOWER and 2 * capitalised[w] < n and len(w) > 2 and w not in names
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the list's size and a sample; write nothing")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:FIT_ARTICLES]
    words = common_words(texts)
    if args.dry_run:
        print(f"{len(words)} words; e.g. {', '.join(words[:: max(1, len(words) // 20)])}")
        return 0
    LIST.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {LIST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

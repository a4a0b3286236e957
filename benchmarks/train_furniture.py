"""Learn which doubtful short lines are page furniture, from PolNeAR train garbled and the train
half of the real web pages; check it on the rest.

    python benchmarks/train_furniture.py            # fit on train's first 700 articles and the train pages, write
    python benchmarks/train_furniture.py --dry-run  # the same, without writing the table
    python benchmarks/train_furniture.py --show 20  # also print checked lines the model gets wrong
    python benchmarks/train_furniture.py --dry-run --weights 20 --drop non-latin   # what carries the weight

Each PolNeAR train article is garbled three times: once with the *train* forms of ``garble.py``
(never its held-out half), once with the wider generator of ``furniture_forms.py`` (furniture,
subheadings and short lines of the article's own), once with lists from ``furniture_wild.py`` (linked
headlines behind a symbol under a header no rule knows, or a list of the article's own under a
subheading). furniture_wild's single lines are kept out by default (``--wild`` fits on them too: the
model fitted so caught less on the check and the val pages), so its row in accuracy.py measures
forms the model never saw. To these come the article regions of the *train* pages of
``furniture_pages.py`` (real furniture from many outlets around real article text, each line
counting ``PAGE_WEIGHT``: the marked bodies hold a table's cells and a shop's "Buy Now" too, so
their labels are rougher). All go through the parser's own cleaning and rules (`pipeline.clean`,
`boilerplate.classify_lines`); the short lines the rules leave as article text are the examples,
labelled by what was inserted or what the page's body holds. A softmax over
`furniture_model.CLASSES` is fitted on `furniture_model.FEATURES` (L2-regularised, AdaGrad: no
dependency), and the threshold the furniture classes must pass together is the lowest at which at
most ``MAX_LOST`` of the checked article lines (body and subheadings of PolNeAR train's last 140
articles) would be moved out. Printed: the fit, the check, and the *val* pages (never fitted on).
The table goes to ``src/tuiread/parser/furniture.json``. Dev is never used here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter

import furniture_forms as forms
import furniture_pages as pages
import furniture_wild as wild
from common import EVAL, ROOT
from garble import garble_article
from tuiread.parser import furniture_model as fm
from tuiread.parser.boilerplate import classify_line, classify_lines
from tuiread.parser.pipeline import clean

TABLE = ROOT / "src" / "tuiread" / "parser" / "furniture.json"
FIT_ARTICLES = 700
MAX_LOST = 0.002  # of the checked article lines, at most this share may be moved out
L2 = 1e-4
EPOCHS = 40
PAGE_WEIGHT = 0.3  # a real page's line counts this much beside a garbled one (its labels are rougher)


def _insert_generated(record: dict, rng: random.Random) -> tuple[str, dict[str, str]]:
    """The article with the generator's lines put at paragraph boundaries; each inserted line's kind."""
    paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    labels: dict[str, str] = {}
    pieces = list(body)

    def put(line: str, kind: str, at: int) -> None:
        pieces.insert(at, line)
        labels[line] = kind

    for _ in range(rng.randint(0, 2)):
        put(forms.short_body(rng), "body", rng.randint(1, len(pieces)))
    if len(pieces) > 4:
        for _ in range(rng.randint(0, 2)):
            put(forms.heading(rng), "heading", rng.randint(2, len(pieces) - 1))
    # Lines with figures and years, from their own stream (the rest is drawn as it always was).
    extra = random.Random(record["file"])
    if len(pieces) > 4 and extra.random() < 0.5:
        put(forms.numbered_heading(extra), "heading", extra.randint(2, len(pieces) - 1))
    if extra.random() < 0.3:
        put(forms.numbered_body(extra), "body", extra.randint(1, len(pieces)))
    for _ in range(rng.randint(2, 5)):
        put(*forms.furniture_line(rng), rng.randint(1, len(pieces)))
    if rng.random() < 0.4:
        put(*forms.furniture_line(rng), 0)
    for _ in range(rng.randint(1, 2)):
        line, kind = forms.furniture_line(rng) if rng.random() < 0.5 else (forms.credit(rng), "credit")
        put(line, kind, len(pieces))
    return "\n\n".join([title, *pieces]) + "\n", labels


def _garbled(record: dict, rng: random.Random) -> tuple[str, dict[str, str]]:
    """The article with garble.py's train forms; each inserted line's kind (furniture as the rules
    at the end of a text would name it, else "boilerplate")."""
    g = garble_article(record, rng, 0)
    labels = {h: "heading" for h in g["headings"]}
    for line in g["boilerplate"]:
        labels[line] = classify_line(line, at_end=True) or "boilerplate"
    for line in g["body"]:
        labels.setdefault(line, "body")
    return g["text"], labels


def examples(text: str, labels: dict[str, str], default: str = "body") -> list[tuple[list[float], int, str]]:
    """The doubtful lines of ``text`` as the parser meets them: features, class, text. A line
    labelled "" (or not labelled, when ``default`` is "") is left out."""
    by_words = {pages.norm(line): kind for line, kind in labels.items()}
    units, _ = clean(text)
    texts = [u.text for u in units]
    kinds = classify_lines(texts)
    candidates = [k for k in range(1, len(texts)) if kinds[k] is None and fm.is_candidate(texts[k])]
    counts = Counter(fm._norm(texts[k]) for k in candidates)
    title_words = frozenset(w.casefold().strip(".,:;!?()[]'’\"“”«»") for w in texts[0].split())
    out = []
    text_words = fm.TextWords(texts)
    for k in candidates:
        label = labels.get(texts[k].strip()) or by_words.get(pages.norm(texts[k]), default)
        if not label:
            continue
        x = fm.features(
            texts,
            k,
            repeated=counts[fm._norm(texts[k])] > 1,
            title_words=title_words,
            kinds=kinds,
            text_words=text_words,
        )
        out.append((x, fm.CLASSES.index(label), texts[k]))
    return out


def collect(records: list[dict], seed: int, wild_lines: bool = False) -> list[tuple[list[float], int, str]]:
    rng = random.Random(seed)
    data = []
    for record in records:
        for make in (_garbled, _insert_generated):
            data.extend(examples(*make(record, rng)))
    # Lists of linked headlines under a header no rule knows, and lists of the article's own under
    # a subheading: the model's to tell apart (the rules take a list only under a known header).
    list_rng = random.Random(seed * 17 + 3)
    for record in records:
        data.extend(examples(*wild.insert_lists(record, list_rng)))
    if wild_lines:
        # The third generator draws from its own stream: the first two draw as they always did.
        wild_rng = random.Random(seed * 31 + 5)
        for record in records:
            data.extend(examples(*wild.insert(record, wild_rng)))
    return data


def page_examples(split: pages.Split) -> list[tuple[list[float], int, str]]:
    """The doubtful lines of the real pages' article regions (`furniture_pages`): furniture as the
    rules would name it in the text's middle, else "boilerplate"; lines of unknown place left out."""
    data = []
    for copy in pages.page_copies(split):
        labels: dict[str, str] = {}
        for line in copy.lines:
            if line.kind == "furniture":
                labels[line.text] = classify_line(line.text) or "boilerplate"
            elif line.kind in ("body", "heading"):
                labels[line.text] = line.kind
            else:
                labels[line.text] = ""
        data.extend(examples(copy.text(), labels, default=""))
    return data


def fit(
    data: list[tuple[list[float], int, str]],
    seed: int,
    drop: frozenset[str] = frozenset(),
    counts: list[float] | None = None,
) -> list[list[float]]:
    """Softmax regression by AdaGrad over single examples, L2-regularised; the ``drop`` features
    keep a weight of 0 (to see what the model does without them); ``counts``: how much each
    example counts (1 each without)."""
    dropped = {fm.FEATURES.index(name) for name in drop}
    n_classes, n_features = len(fm.CLASSES), len(fm.FEATURES)
    w = [[0.0] * n_features for _ in range(n_classes)]
    g2 = [[1e-8] * n_features for _ in range(n_classes)]
    rng = random.Random(seed)
    order = list(range(len(data)))
    # Classes weighed by their inverse frequency, so the rare headings count.
    freq = Counter(y for _, y, _ in data)
    weight = {c: len(data) / (n_classes * freq[c]) if freq[c] else 0.0 for c in range(n_classes)}
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x, y, _ = data[i]
            share = counts[i] if counts else 1.0
            nz = [(j, v) for j, v in enumerate(x) if v and j not in dropped]
            p = fm.probabilities(x, w)
            for c in range(n_classes):
                err = (p[c] - (1.0 if c == y else 0.0)) * weight[y] * share
                row, acc = w[c], g2[c]
                for j, v in nz:
                    g = err * v + L2 * row[j]
                    acc[j] += g * g
                    row[j] -= 0.1 * g / math.sqrt(acc[j])
    return w


def furniture_share(x: list[float], w: list[list[float]]) -> float:
    return sum(fm.probabilities(x, w)[2:])


def pick_threshold(check: list[tuple[list[float], int, str]], w: list[list[float]]) -> float:
    """The lowest threshold that moves out at most MAX_LOST of the checked article lines."""
    article = sorted((furniture_share(x, w) for x, y, _ in check if y < 2), reverse=True)
    allowed = int(MAX_LOST * len(article))
    return min(0.99, max(0.5, article[allowed] + 1e-6 if allowed < len(article) else 0.5))


def _moved(x: list[float], w: list[list[float]], threshold: float) -> bool:
    return furniture_share(x, w) >= threshold


def report(
    name: str,
    data: list[tuple[list[float], int, str]],
    w: list[list[float]],
    threshold: float,
    show: int,
):
    article = [_moved(x, w, threshold) for x, y, _ in data if y < 2]
    furniture = [_moved(x, w, threshold) for x, y, _ in data if y >= 2]
    lost, caught = sum(article), sum(furniture)
    print(
        f"  {name:6} {len(data):6} doubtful lines: furniture caught {caught}/{len(furniture)}"
        f" ({caught / max(1, len(furniture)):.3f}), article lines lost {lost}/{len(article)}"
        f" ({lost / max(1, len(article)):.4f})"
    )
    if show:
        scored = [(furniture_share(x, w), fm.CLASSES[y], t, _moved(x, w, threshold)) for x, y, t in data]
        lost_lines = [s[:3] for s in scored if s[3] and s[1] in ("body", "heading")]
        missed = [s[:3] for s in scored if not s[3] and s[1] not in ("body", "heading")]
        for title, lines in (("article lines moved out", lost_lines), ("furniture missed", missed)):
            print(f"    {title}:")
            for p, label, text in lines[:show]:
                print(f"      {p:.2f} {label:11} {text[:100]!r}")


def weights_report(data: list[tuple[list[float], int, str]], w: list[list[float]], top: int) -> None:
    """The features that carry the weight: each one's pull towards furniture (the best furniture
    class's weight less the best article class's) times its spread over the lines fitted on."""
    n = len(data)
    rows = []
    for j, name in enumerate(fm.FEATURES):
        mean = sum(x[j] for x, _, _ in data) / n
        spread = math.sqrt(sum((x[j] - mean) ** 2 for x, _, _ in data) / n)
        pull = max(w[c][j] for c in range(2, len(fm.CLASSES))) - max(w[c][j] for c in range(2))
        rows.append((abs(pull) * spread, pull, spread, name))
    print(f"  the {top} features with the most weight (pull to furniture x spread):")
    for weight, pull, spread, name in sorted(rows, reverse=True)[:top]:
        print(f"    {weight:5.2f}  pull {pull:+6.2f}  spread {spread:.2f}  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--weights", type=int, default=0, metavar="N", help="print the N features with the most weight")
    ap.add_argument("--no-pages", action="store_true", help="fit without the real pages' lines")
    ap.add_argument(
        "--wild", action="store_true", help="fit and check with furniture_wild.py's single lines too (they measure)"
    )
    ap.add_argument("--page-weight", type=float, default=PAGE_WEIGHT, help="how much a real page's line counts")
    ap.add_argument("--drop", nargs="+", default=[], choices=fm.FEATURES, help="fit without these features")
    args = ap.parse_args()
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    train = collect(records[:FIT_ARTICLES], args.seed, args.wild)
    check = collect(records[FIT_ARTICLES:], args.seed + 1, args.wild)
    real_train = [] if args.no_pages else page_examples("train")
    real_val = page_examples("val")
    train += real_train
    classes = Counter(fm.CLASSES[y] for _, y, _ in train)
    print(
        f"{len(train)} doubtful lines to fit on ({len(real_train)} from the train pages), {len(check)} to check on;"
        f" classes {dict(classes)}"
    )
    counts = [1.0] * (len(train) - len(real_train)) + [args.page_weight] * len(real_train)
    w = fit(train, args.seed, frozenset(args.drop), counts)
    threshold = pick_threshold(check, w)
    print(f"threshold {threshold:.3f} (at most {MAX_LOST:.1%} of checked article lines moved out)")
    report("fit", train, w, threshold, 0)
    report("check", check, w, threshold, args.show)
    report("val pages", real_val, w, threshold, args.show)
    if args.weights:
        weights_report(train, w, args.weights)
    if not args.dry_run:
        table = {
            "use": True,
            "threshold": round(threshold, 4),
            "weights": {c: {f: round(w[i][j], 4) for j, f in enumerate(fm.FEATURES)} for i, c in enumerate(fm.CLASSES)},
        }
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accuracy on the shared evaluation data, end to end through the real command line.

    python benchmarks/accuracy.py                 # structure, quotes, speakers and reported speech
    python benchmarks/accuracy.py --only structure --show-errors 20

For each evaluation set it writes every record's text to ``NAME.txt`` in a
temporary folder, runs ``tuiread parse FOLDER --format jsonl`` (one process,
as a user would), and scores the output with the scorers in ``../shared/eval``.
Nothing from the evaluation data is copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import EVAL, tuiread_command


def write_texts(jsonl: Path, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            (folder / record["file"]).write_text(record["text"], encoding="utf-8")
            n += 1
    return n


def predict(name: str, tmp: Path, gold: Path | None = None) -> tuple[Path, float, int]:
    folder = tmp / name
    n = write_texts(gold or EVAL / f"{name}.jsonl", folder)
    pred = tmp / f"{name}.pred.jsonl"
    t0 = time.perf_counter()
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([*tuiread_command(), "parse", str(folder), "--format", "jsonl"], stdout=out, check=True)
    return pred, time.perf_counter() - t0, n


def run_scorer(script: str, args: list[str], show_errors: int) -> dict:
    cmd = [sys.executable, str(EVAL / script), *args, "--json"]
    if show_errors:
        cmd += ["--show-errors", str(show_errors)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = proc.stdout.rstrip("\n").split("\n")
    if show_errors:
        print("\n".join(lines[:-1]))
        if proc.stderr:
            print(proc.stderr)
    return json.loads(lines[-1])


def calibration(predictions: Path) -> None:
    """Accuracy by confidence bucket on dev, judged as score_quotes.py judges a speaker."""
    from calibrate import judged, report, scorer

    sq = scorer()
    with (EVAL / "polnear-dev.jsonl").open(encoding="utf-8") as fh:
        golds = {g["file"]: g for g in map(json.loads, fh)}
    pairs = []
    with predictions.open(encoding="utf-8") as fh:
        for record in map(json.loads, fh):
            gold = golds.get(record["file"])
            if gold is not None:
                pairs.extend(judged(gold, record["quotes"], sq))
    report(pairs, "  dev")


def reported_speech(dev: Path, messy: Path, show_errors: int) -> None:
    """Reported speech (score_reported.py) on dev and on messy-dev (the dev articles garbled: the
    same annotations, matched by words)."""
    print(
        "\nReported speech (targets on dev, speech: content F1 ≥ 0.75, attribution ≥ 0.90, end-to-end F1 ≥ 0.70;"
        " all kinds: content F1 ≥ 0.60; messy within 0.05)"
    )
    print(f"  {'':20} {'content P':>9} {'R':>6} {'F1':>6} {'attribution':>12} {'e2e F1':>7}")
    gold = EVAL / "polnear-reported-dev.jsonl"
    for name, pred in (("dev", dev), ("messy-dev", messy)):
        r = run_scorer("score_reported.py", ["--gold", str(gold), "--pred", str(pred)], show_errors)
        for kind, m in (("all kinds", r), ("speech", r["speech"])):
            attribution = m["speaker_correct"] / m["matched"] if m["matched"] else 0.0
            print(
                f"  {name + ' ' + kind:20} {m['content_p']:9.3f} {m['content_r']:6.3f} {m['content_f1']:6.3f}"
                f" {attribution:12.3f} {m['e2e_f1']:7.3f}"
            )


def furniture(tmp: Path, show_errors: int) -> None:
    """Structure on the dev articles garbled with page furniture (benchmarks/garble.py): the
    forms the rules were written on, and the held-out forms nobody tunes on; and with the wider
    generators of benchmarks/furniture_wild.py (``wild``) and benchmarks/furniture_more.py (``more``:
    podcast and video pages, feeds, mail, embeds, live blogs), whose single lines the model never fits on."""
    from furniture_more import write_garbled as write_more
    from furniture_wild import write_garbled as write_wild
    from garble import write_garbled

    print(
        "\nPage furniture on garbled dev (benchmarks/garble.py; targets: leak ≤ 0.01, body F1 ≥ 0.999,"
        " heading P/R ≥ 0.98)"
    )
    print(f"  {'forms':10} {'title':>6} {'head P':>7} {'head R':>7} {'leak':>7} {'body F1':>8}")
    for forms in ("train", "held-out", "wild", "more"):
        gold = tmp / f"garbled-{forms}.jsonl"
        if forms == "wild":
            # The wider generator of furniture_wild.py, which the model never fits on.
            write_wild(gold, EVAL / "polnear-dev.jsonl")
        elif forms == "more":
            write_more(gold, EVAL / "polnear-dev.jsonl")
        else:
            write_garbled(gold, forms)  # type: ignore[arg-type]
        pred, _, _ = predict(f"garbled-{forms}", tmp, gold)
        s = run_scorer("score_structure.py", ["--gold", str(gold), "--pred", str(pred)], show_errors)
        print(
            f"  {forms:10} {s['title']:6.4f} {s['heading_p']:7.4f} {s['heading_r']:7.4f} {s['leak']:7.4f}"
            f" {s['body_f1']:8.4f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=("structure", "quotes"), help="run one part (quotes: reported speech too)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="also print up to N errors of each scorer")
    ap.add_argument("--keep", metavar="DIR", help="keep the texts and predictions in DIR")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tuiread-eval-"))
    try:
        messy, t_messy, n_messy = predict("messy-dev", tmp)
        print(f"messy-dev: {n_messy} articles parsed in {t_messy:.2f} s (one `tuiread parse` process)")
        if args.only in (None, "structure"):
            s = run_scorer(
                "score_structure.py", ["--gold", str(EVAL / "messy-dev.jsonl"), "--pred", str(messy)], args.show_errors
            )
            print(
                "\nStructure on messy-dev (targets: title ≥ 0.98, heading P/R ≥ 0.90, leak ≤ 0.05,"
                " body F1 ≥ 0.995, mojibake 0, marks ≥ 0.95)"
            )
            print(f"  title            {s['title']:.4f}")
            print(f"  heading P / R    {s['heading_p']:.4f} / {s['heading_r']:.4f}")
            print(f"  boilerplate leak {s['leak']:.4f}")
            print(f"  body word F1     {s['body_f1']:.4f}")
            print(f"  mojibake left    {s['mojibake_articles']} articles")
            print(f"  marks paired     {s['marks_ok']:.4f}")
            furniture(tmp, args.show_errors)
        if args.only in (None, "quotes"):
            dev, t_dev, n_dev = predict("polnear-dev", tmp)
            print(f"\npolnear-dev: {n_dev} articles parsed in {t_dev:.2f} s")
            q = run_scorer(
                "score_quotes.py", ["--gold", str(EVAL / "polnear-dev.jsonl"), "--pred", str(dev)], args.show_errors
            )
            e = run_scorer(
                "score_entities.py",
                [
                    "--gold",
                    str(EVAL / "polnear-dev.jsonl"),
                    "--entities",
                    str(EVAL / "polnear-dev-entities.jsonl"),
                    "--pred",
                    str(dev),
                ],
                args.show_errors,
            )
            qm = run_scorer(
                "score_quotes.py", ["--gold", str(EVAL / "messy-dev.jsonl"), "--pred", str(messy)], args.show_errors
            )
            pron = e["entity_acc_by_gold_source"].get("pronoun", {}).get("acc", 0.0)
            print(
                "\nQuotes (targets: dev quote F1 ≥ 0.95, attribution ≥ 0.93, end-to-end F1 ≥ 0.90;"
                " messy e2e within 0.03)"
            )
            print(
                f"  dev        quote P/R/F1 {q['quote_p']:.3f} / {q['quote_r']:.3f} / {q['quote_f1']:.3f}"
                f"   attribution {q['attr_acc']:.3f}   end-to-end F1 {q['e2e_f1']:.3f}"
            )
            print(
                f"  messy-dev  quote P/R/F1 {qm['quote_p']:.3f} / {qm['quote_r']:.3f} / {qm['quote_f1']:.3f}"
                f"   attribution {qm['attr_acc']:.3f}   end-to-end F1 {qm['e2e_f1']:.3f}"
                f"   (gap {q['e2e_f1'] - qm['e2e_f1']:+.4f})"
            )
            by = "; ".join(
                f"{k} {v['acc']:.3f} ({v['correct']}/{v['matched']})" for k, v in q["attr_acc_by_gold_source"].items()
            )
            print(f"  dev attribution by gold source: {by}")
            print("\nResolved speakers on dev (targets: entity accuracy ≥ 0.88, pronoun sources ≥ 0.80)")
            print(
                f"  entity accuracy {e['entity_acc']:.3f} ({e['correct']}/{e['scored']})   pronoun sources {pron:.3f}"
            )
            by = "; ".join(
                f"{k} {v['acc']:.3f} ({v['correct']}/{v['scored']})" for k, v in e["entity_acc_by_gold_source"].items()
            )
            print(f"  by gold source kind: {by}")
            print(
                "\nCalibration on dev (the confidence learned on train by benchmarks/calibrate.py;"
                " aims: ≥ 75% of attributed quotes at 0.8 or more, right ≥ 0.97)"
            )
            calibration(dev)
            reported_speech(dev, messy, args.show_errors)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

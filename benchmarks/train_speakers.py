"""Resolved speakers on 50 PolNeAR *train* articles annotated for this project (set F): a check of
attribution on copy nobody tuned on, beside dev's.

    python benchmarks/train_speakers.py

The annotation (``benchmarks/data/train-speakers-f.jsonl``) is ours: for each quote of four words or
more in 50 articles drawn from train's records 700–839 (shuffled with ``random.Random(2026)``), the
person or body it is by, by their fullest name in the article ("he" → "Bernie Sanders"), written by
someone who read the articles and never ran tuiread on them, in the format of
``../shared/eval/polnear-dev-entities.jsonl``. It holds no article text: the texts, the quotes and
their source mentions are read from ``../shared/eval/polnear-train.jsonl`` by path. The articles are
parsed with `tuiread parse FOLDER --format jsonl` (as `benchmarks/accuracy.py` does) and scored by
``../shared/eval/score_entities.py``; only its summary is printed. Keep it a check, not a guide:
never print or read its errors, or it stops measuring what copy nobody has seen gives.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import EVAL, ROOT, tuiread_command

ANNOTATION = ROOT / "benchmarks" / "data" / "train-speakers-f.jsonl"


def main() -> int:
    entities = [json.loads(line) for line in ANNOTATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = {e["file"] for e in entities}
    with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
        records = [r for r in map(json.loads, fh) if r["file"] in files]
    sources = {(r["file"], q["start"], q["end"]): q.get("source") for r in records for q in r["quotes"]}
    with tempfile.TemporaryDirectory(prefix="tuiread-train-speakers-") as tmp:
        folder = Path(tmp)
        (folder / "texts").mkdir()
        for r in records:
            (folder / "texts" / r["file"]).write_text(r["text"], encoding="utf-8")
        gold = folder / "gold.jsonl"
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        annotated = folder / "entities.jsonl"
        annotated.write_text(
            "".join(
                json.dumps({**e, "source": sources.get((e["file"], e["start"], e["end"]))}, ensure_ascii=False) + "\n"
                for e in entities
            ),
            encoding="utf-8",
        )
        pred = folder / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            subprocess.run(
                [*tuiread_command(), "parse", str(folder / "texts"), "--format", "jsonl", "--no-corrections"],
                stdout=out,
                check=True,
            )
        print(f"set F: {len(records)} PolNeAR train articles, {len(entities)} annotated quotes")
        scorer = [sys.executable, str(EVAL / "score_entities.py")]
        scored = subprocess.run(
            [*scorer, "--gold", str(gold), "--entities", str(annotated), "--pred", str(pred)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(scored.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())

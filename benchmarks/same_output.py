"""Does a change leave the parser's output as it was? `tuiread parse --format jsonl` of every
evaluation article and sample, by another source tree (the base) and by this one, compared byte
for byte.

    git worktree add --detach /tmp/base main
    .venv/bin/python benchmarks/same_output.py --base /tmp/base/src

Inputs, read by path from ``../shared/eval`` and the repository (nothing is copied into it): the
articles of ``polnear-train``, ``polnear-dev`` and ``messy-dev`` written out as text files, the
``web-dev`` pages decompressed, and ``samples/``. Each set is one `tuiread parse FOLDER --format
jsonl` process per tree (``PYTHONPATH`` names the tree's ``src``), as a user runs it; its standard
error is compared too. For a change meant to make parsing faster and nothing else (issue 15, 16):
any difference is a bug of that change. Prints one line a set; exits 1 if any differs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import EVAL, ROOT

TEXT_SETS = ("polnear-train", "polnear-dev", "messy-dev")


def write_inputs(folder: Path) -> list[Path]:
    """One folder of article files per set; their paths."""
    sets: list[Path] = []
    for name in TEXT_SETS:
        out = folder / name
        out.mkdir(parents=True)
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for i, record in enumerate(map(json.loads, fh)):
                (out / f"{i:04d}-{Path(record['file']).stem}.txt").write_text(record["text"], encoding="utf-8")
        sets.append(out)
    web = folder / "web-dev"
    web.mkdir()
    for page in sorted((EVAL / "web-dev").glob("*.html.gz")):
        (web / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return [*sets, web, ROOT / "samples"]


def parse_output(src: Path, folder: Path) -> tuple[bytes, bytes]:
    """What `tuiread parse FOLDER --format jsonl` prints (stdout, stderr) with the tree at ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "tuiread", "parse", str(folder), "--format", "jsonl"]
    done = subprocess.run(command, capture_output=True, env=env, cwd=folder.parent)
    return done.stdout, done.stderr


def _without(jsonl: bytes, keys: list[str]) -> bytes:
    """Each record of ``jsonl`` without ``keys`` (the rest in its order)."""
    lines = []
    for line in jsonl.splitlines():
        record = json.loads(line)
        lines.append(json.dumps({k: v for k, v in record.items() if k not in keys}, ensure_ascii=False))
    return "\n".join(lines).encode() + b"\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the src folder of the tree to compare with")
    ap.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="KEY",
        help="a record key left out of both sides (a key the change adds); repeatable",
    )
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    if not (args.base / "tuiread").is_dir():
        print(f"{args.base}: no tuiread package there (give a tree's src folder)", file=sys.stderr)
        return 2
    differ = False
    with tempfile.TemporaryDirectory(prefix="tuiread-same-output-") as tmp:
        folders = write_inputs(Path(tmp))
        jobs = [(tree, folder) for folder in folders for tree in (args.base, ROOT / "src")]
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            outputs = list(pool.map(lambda job: parse_output(*job), jobs))
    for k, folder in enumerate(folders):
        base, this = outputs[2 * k], outputs[2 * k + 1]
        if args.ignore:
            base, this = (_without(base[0], args.ignore), base[1]), (_without(this[0], args.ignore), this[1])
        records = base[0].count(b"\n")
        same = base == this
        differ |= not same
        print(f"{folder.name}: {'identical' if same else 'DIFFERENT'} ({records} records)")
    print("all identical" if not differ else "some differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

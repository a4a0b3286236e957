"""What the benchmark scripts share: where the evaluation data is, the installed command,
and the inputs they build from the data (nothing is copied into the repository)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def tuiread_command() -> list[str]:
    """The installed `tuiread` beside this Python, else on PATH, else ``python -m tuiread``."""
    exe = shutil.which("tuiread", path=str(Path(sys.executable).parent)) or shutil.which("tuiread")
    return [exe] if exe else [sys.executable, "-m", "tuiread"]


def child_environment() -> dict[str, str]:
    """A benchmark child's environment, as a user runs tuiread: byte-code cached (pip compiles on
    install; a warm-up run writes the cache here), the style cache in a folder of the benchmarks' own
    (written by a warm-up run, as by a user's first start) and no animations."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TEXTUAL_ANIMATIONS"] = "none"
    env["TUIREAD_CACHE_DIR"] = str(Path(tempfile.gettempdir()) / "tuiread-benchmark-cache")
    return env


def read_texts(name: str) -> list[tuple[str, str]]:
    """``(file, text)`` of every article in ``EVAL/NAME.jsonl``."""
    with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [(r["file"], r["text"]) for r in map(json.loads, fh)]


def big_article(texts: Sequence[str], size: int) -> str:
    """One article of about ``size`` bytes: the texts one after another, repeated as needed."""
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text.strip())
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(parts) + "\n"


def write_folder(folder: Path, articles: Sequence[tuple[str, str]], count: int) -> tuple[list[Path], int]:
    """``count`` article files made by repeating ``articles`` under distinct names; their paths and total bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    size = 0
    for i in range(count):
        name, text = articles[i % len(articles)]
        path = folder / f"{i:05d}-{Path(name).stem}.txt"
        data = text.encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
        size += len(data)
    return paths, size


def tree_rss_mb(root: int) -> float:
    """The resident memory of ``root`` and every process below it, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
    total = 0.0
    for pid in rss:
        walk = pid
        while walk and walk != root:
            walk = parents.get(walk, 0)
        if walk == root:
            total += rss[pid]
    return total

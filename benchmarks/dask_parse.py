"""Articles per second parsed on a local Dask cluster of 1 and 2 workers, and by `tuiread parse`.

    .venv/bin/python benchmarks/dask_parse.py [--files N] [--partition-size N] [--repeat N]

Inputs: the articles of ``../shared/eval/polnear-train.jsonl`` written as files in a temporary
folder (``--files`` of them, the 840 repeated under distinct names when more are asked for).
Three ways of parsing them all to JSONL:

* ``tuiread parse FOLDER --format jsonl`` in a subprocess, as a user runs it on one machine
  (it parses in one process per core when there are many inputs);
* `tuiread.batch.parse_on_dask` on a `distributed.LocalCluster` of 1, and one of 2, worker
  processes of one thread each, writing shards to a temporary folder. The clusters are started,
  and each worker has parsed a few articles (imports and compiled patterns warm), before the
  clock starts: a cluster is started once and used for many batches.

The three run in turn, ``--repeat`` rounds; the best of each is kept. Then what a worker does
for each input (`tuiread.batch.parse_partition`) in this one process, timed by its CPU time:
the cost per article and per core, a figure other work on the machine barely changes (the
others are wall-clock rates, noisy when the machine is busy). Prints; asserts nothing (tests
never time anything).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import child_environment, read_texts, tuiread_command, write_folder


def local_parse(folder: Path) -> None:
    with open(os.devnull, "wb") as sink:
        subprocess.run(
            [*tuiread_command(), "parse", str(folder), "--format", "jsonl"],
            stdout=sink,
            check=True,
            env=child_environment(),
        )


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def cpu_seconds_per_article(paths: list[Path], repeat: int) -> float:
    """What a worker does for each input (read, parse, correct, the JSON record), here in this
    process: its CPU time, which other work on the machine barely changes, unlike the clock."""
    from tuiread.batch import Input, SavedCorrections, ShardFolder, parse_partition

    inputs = [Input(str(p), str(p)) for p in paths]
    best = float("inf")
    with tempfile.TemporaryDirectory() as out:
        folder = ShardFolder.at(out)
        parse_partition(0, inputs[:8], folder, SavedCorrections())  # warm: imports, compiled patterns
        for _ in range(repeat):
            start = time.process_time()
            parse_partition(0, inputs, folder, SavedCorrections())
            best = min(best, time.process_time() - start)
    return best / len(paths)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--files", type=int, default=840, help="how many article files (default: the 840)")
    options.add_argument("--partition-size", type=int, default=100, help="inputs per Dask task (default 100)")
    options.add_argument("--repeat", type=int, default=3, help="rounds, the best of each kept (default 3)")
    args = options.parse_args()

    import distributed

    from tuiread.batch import parse_on_dask

    articles = read_texts("polnear-train")
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        paths, size = write_folder(tmp / "articles", articles, args.files)
        runs: dict[str, Callable[[], object]] = {
            "tuiread parse FOLDER --format jsonl": lambda: local_parse(tmp / "articles"),
        }
        for workers in (1, 2):
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=workers,
                    processes=True,
                    threads_per_worker=1,
                    dashboard_address=":0",
                    memory_limit=0,
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
            client.wait_for_workers(workers)
            # Warm: every worker has imported the parser and compiled its patterns.
            parse_on_dask([str(p) for p in paths[:8]], tmp / "warm-up", client, partition_size=1)
            out = tmp / f"shards-{workers}"
            runs[f"Dask LocalCluster, {workers} worker{'s' if workers > 1 else ''} × 1 thread"] = (
                lambda client=client, out=out: parse_on_dask(
                    [str(tmp / "articles")], out, client, partition_size=args.partition_size
                )
            )
        # Rounds interleaved, so a burst of other work on the machine weighs on every way alike.
        seconds: dict[str, list[float]] = {how: [] for how in runs}
        for _ in range(args.repeat):
            for how, run in runs.items():
                seconds[how].append(timed(run))
        print(
            f"{len(paths)} polnear-train article files, {size / 1e6:.1f} MB, on {os.cpu_count()} cores; "
            f"best of {args.repeat} interleaved rounds"
        )
        print(f"{'how':44} {'seconds':>8} {'articles/s':>11}")
        for how, times in seconds.items():
            print(f"{how:44} {min(times):8.2f} {len(paths) / min(times):11.0f}")
        per_article = cpu_seconds_per_article(paths, args.repeat)
        print(
            f"a worker's work, in one process: {per_article * 1000:.1f} ms of CPU an article, "
            f"{1 / per_article:.0f} articles/s per core"
        )


if __name__ == "__main__":
    main()

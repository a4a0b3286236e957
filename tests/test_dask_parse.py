"""Parsing on a Dask cluster (`tuiread.batch`, `tuiread parse --dask`): a real local cluster of two
worker processes, started once for the module, never mocked.

The shards must hold what `tuiread parse --format jsonl` prints for the same inputs, line for
line; a worker killed in the middle of a task must cost no article and double none; bad inputs
must become error records, not a failed job.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cloudpickle
import dask
import distributed
import fsspec
import pytest

from test_cli import run
from test_layering import loaded_modules
from tuiread.batch import (
    MANIFEST,
    BatchError,
    Input,
    ShardFolder,
    list_inputs,
    parse_on_dask,
    parse_partition,
)
from tuiread.cli import main
from tuiread.corrections import Correction, CorrectionStore, article_key
from tuiread.parser import parse_path

# One xdist worker runs them all, so the module starts one cluster (see addopts in pyproject.toml).
pytestmark = pytest.mark.xdist_group("dask")

# Generous: the machine may be busy with other tests; nothing here waits this long when it is not.
PATIENCE = 120.0


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[distributed.Client]:
    """Two worker processes of one thread each, as `dask worker` would start them."""
    home = tmp_path_factory.mktemp("cluster-home")
    # A busy machine can be slow to answer; the workers inherit this (Dask passes its config on).
    patience = dask.config.set({"distributed.comm.timeouts.connect": f"{PATIENCE:.0f}s"})
    with pytest.MonkeyPatch.context() as env:
        # The workers inherit the environment: keep them off the real data and cache folders.
        for name in ("TUIREAD_DATA_DIR", "TUIREAD_CACHE_DIR", "TUIREAD_CONFIG_DIR"):
            env.setenv(name, str(home / name))
        cluster = distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: the scheduler serves HTTP whatever this says
            memory_limit=0,  # no pausing or restarting workers for memory on a busy machine
            scheduler_port=0,
        )
    with patience, cluster, distributed.Client(cluster, timeout=PATIENCE) as dask_client:
        dask_client.wait_for_workers(2, timeout=PATIENCE)
        yield dask_client


def _article(n: int) -> str:
    return (
        f"Council vote number {n} keeps the libraries open\n\n"
        f"The council voted on Wednesday, the {n}th vote this year.\n\n"
        f"“We kept our promise number {n},” said Mayor Carla Jimenez. “The doors stay open.”\n"
    )


def _shard_lines(out: Path) -> list[str]:
    manifest = json.loads((out / MANIFEST).read_text())
    return [line for shard in manifest["shards"] for line in (out / shard).read_text().splitlines()]


def _local_parse(*paths: str | Path) -> tuple[list[str], list[str]]:
    """What `tuiread parse --format jsonl` prints: its records, and its error lines (without "tuiread: ")."""
    proc = run("parse", "--format", "jsonl", *map(str, paths))
    errors = [line.removeprefix("tuiread: ") for line in proc.stderr.splitlines() if "skipped" not in line]
    return proc.stdout.splitlines(), errors


@contextlib.contextmanager
def _by_value() -> Iterator[None]:
    """This module's functions and classes sent to the cluster's processes whole: they cannot import it."""
    module = sys.modules[__name__]
    cloudpickle.register_pickle_by_value(module)
    try:
        yield
    finally:
        cloudpickle.unregister_pickle_by_value(module)


def _wait_for(condition: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.05)
    pytest.fail(f"gave up waiting for {what}")


# ---- the shards are the local parse ------------------------------------------------------------


def test_the_shards_hold_the_local_parse_record_for_record(
    client: distributed.Client, samples_dir: Path, founding_path: Path, tmp_path: Path
) -> None:
    # A saved correction applies on the workers as it does locally (they get the client's).
    article = parse_path(founding_path)
    quote = article.quotes[2]
    CorrectionStore().add(article_key(article), Correction.of(quote, "Jens Stoltenberg"))
    page = Path(__file__).parent / "pages" / "harbour-strike.html"
    inputs = [str(samples_dir), str(page)]

    summary = parse_on_dask(inputs, tmp_path / "out", client, partition_size=3)

    local, errors = _local_parse(*inputs)
    assert errors == []
    assert _shard_lines(tmp_path / "out") == local
    assert summary.articles == len(local) == 8 and summary.errors == 0
    assert summary.shards == ("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl")
    founding = next(json.loads(line) for line in local if '"nato-russia-dialogue.txt"' in line)
    assert founding["quotes"][2]["speaker"] == "Jens Stoltenberg" and founding["quotes"][2]["corrected"]


def test_bad_inputs_become_error_records_with_the_message_parse_prints(
    client: distributed.Client, founding_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "no-articles").mkdir()
    (tmp_path / "no-articles" / "notes.csv").write_text("a,b\n")
    (tmp_path / "menu.html").write_text('<html><body><nav><a href="/">Home</a></nav></body></html>')
    inputs = [
        str(tmp_path / "binary.txt"),
        str(founding_path),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "no-articles"),
        str(tmp_path / "menu.html"),
    ]

    summary = parse_on_dask(inputs, tmp_path / "out", client, partition_size=2)

    lines = _shard_lines(tmp_path / "out")
    local, local_errors = _local_parse(*inputs)
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == [
        "binary.txt",
        "nato-russia-dialogue.txt",
        "missing.txt",
        "empty.txt",
        "no-articles",
        "menu.html",
    ]
    assert [line for line, r in zip(lines, records, strict=True) if "error" not in r] == local
    assert [r["error"] for r in records if "error" in r] == local_errors
    assert local_errors[0].endswith("binary.txt: not a text file (it contains NUL bytes)")
    assert local_errors[-1].endswith("menu.html: no article found in the page")
    assert (summary.articles, summary.errors) == (1, 5)
    assert list(summary.error_lines) == local_errors


# ---- a worker killed mid-job -------------------------------------------------------------------


class _HoldInput(distributed.WorkerPlugin):
    """Makes a worker stop before parsing an input named hold-*, saying so in ``signals``
    (started-PID), until ``signals``/release exists: the test kills the worker meanwhile."""

    name = "tuiread-test-hold-input"

    def __init__(self, signals: str) -> None:
        self.signals = signals

    def setup(self, worker: distributed.Worker) -> None:
        import tuiread.batch

        signals = Path(self.signals)
        original = self.original = tuiread.batch._record_of

        def held(item: Input, corrections: Any) -> Any:
            if Path(item.location).name.startswith("hold-"):
                (signals / f"started-{os.getpid()}").touch()
                deadline = time.monotonic() + PATIENCE
                while not (signals / "release").exists() and time.monotonic() < deadline:
                    time.sleep(0.02)
            return original(item, corrections)

        tuiread.batch._record_of = held

    def teardown(self, worker: distributed.Worker) -> None:
        import tuiread.batch

        tuiread.batch._record_of = self.original


def test_a_worker_killed_mid_task_loses_and_doubles_no_article(client: distributed.Client, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    names = [f"{'hold' if n == 4 else 'article'}-{n:02d}.txt" for n in range(12)]
    for n, name in enumerate(names):
        (folder / name).write_text(_article(n))
    signals = tmp_path / "signals"
    signals.mkdir()
    worker_pids = set(client.run(os.getpid).values())
    try:
        with _by_value():
            client.register_plugin(_HoldInput(str(signals)))
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            job = pool.submit(parse_on_dask, [str(folder)], tmp_path / "out", client, partition_size=3)
            started = _wait_for(lambda: sorted(signals.glob("started-*")), "a worker to start the held input")
            pid = int(started[0].name.removeprefix("started-"))
            assert pid in worker_pids
            os.kill(pid, signal.SIGKILL)
            (signals / "release").touch()
            summary = job.result(timeout=PATIENCE)
    finally:
        client.unregister_worker_plugin(_HoldInput.name)
    # The task ran again elsewhere (another process started the held input), and no article
    # is missing or doubled.
    assert len({p.name for p in signals.glob("started-*")}) >= 2
    records = [json.loads(line) for line in _shard_lines(tmp_path / "out")]
    assert [r["file"] for r in records] == sorted(names)
    assert summary.articles == 12 and summary.errors == 0
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]
    client.wait_for_workers(2, timeout=PATIENCE)  # the nanny restarts the killed one


# ---- the output folder -------------------------------------------------------------------------


def test_a_rerun_keeps_only_its_own_shards(client: distributed.Client, samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # An earlier, longer run's shard, a killed worker's temporary file, an earlier manifest.
    (out / "part-00009.jsonl").write_text('{"file": "old.txt"}\n')
    (out / ".part-00000.jsonl.x1y2.tmp").write_text('{"file": "ha')
    (out / MANIFEST).write_text("{}")
    (out / "notes.txt").write_text("the user's own")

    # The cluster itself will do for a scheduler (the API connects a client of its own, and closes it).
    parse_on_dask([str(samples_dir)], out, client.cluster, partition_size=4)

    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "notes.txt", "part-00000.jsonl", "part-00001.jsonl"]
    assert json.loads((out / MANIFEST).read_text())["articles"] == 7


def test_an_unreachable_scheduler_is_one_line_in_bounded_time(tmp_path: Path, founding_path: Path) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(BatchError, match=r"^cannot reach the Dask scheduler at tcp://127\.0\.0\.1:\d+ \(no answer"):
        parse_on_dask([str(founding_path)], tmp_path / "out", f"tcp://127.0.0.1:{port}", connect_timeout=1)
    with pytest.raises(BatchError, match=r"^not a Dask scheduler address: nonsense"):
        parse_on_dask([str(founding_path)], tmp_path / "out", "nonsense")


def test_a_scheduler_lost_mid_run_is_one_line(tmp_path: Path, founding_path: Path) -> None:
    """A scheduler of its own, in a process as `dask scheduler` runs (no workers: the tasks wait
    in it), killed once the command has handed it the batch."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    command = None
    try:
        with distributed.Client(address, timeout=PATIENCE, set_as_default=False) as watcher:
            inputs = [str(founding_path), str(founding_path)]
            command = subprocess.Popen(
                [_tuiread(), "parse", "--dask", address, *inputs, "-o", str(tmp_path), "--partition-size", "1"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            with _by_value():
                _wait_for(lambda: watcher.run_on_scheduler(_task_count) >= 2, "the batch to reach the scheduler")
        scheduler.kill()
        out, err = command.communicate(timeout=PATIENCE)
    finally:
        scheduler.kill()
        scheduler.wait(timeout=PATIENCE)
        if command is not None and command.poll() is None:
            command.kill()
    assert command.returncode == 1
    assert out == ""
    assert re.fullmatch(
        r"tuiread: lost the Dask scheduler after 0 of 2 partitions \([^\n]*\); run the batch again\n", err
    ), err
    assert not (tmp_path / MANIFEST).exists()


def _task_count(dask_scheduler: distributed.Scheduler) -> int:
    return len(dask_scheduler.tasks)


def _tuiread() -> str:
    return str(Path(sys.executable).parent / "tuiread")


# ---- fsspec URLs, on a worker's side -----------------------------------------------------------


def test_a_partition_reads_and_writes_fsspec_urls(founding_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fs = fsspec.filesystem("memory")
    fs.pipe("/news/a.txt", founding_path.read_bytes())
    fs.pipe("/news/b.txt", _article(1).encode())
    fs.pipe("/news/c.bin", b"\x00\x01\x02" * 100)
    fs.pipe("/news/.hidden.txt", b"not read")
    try:
        inputs = list_inputs(["memory://news", "memory://news/*.bin", "memory://news/none-*.txt"])
        assert [i.name for i in inputs] == [
            "memory:///news/a.txt",
            "memory:///news/b.txt",
            "memory:///news/c.bin",
            "memory://news/none-*.txt",
        ]
        # A parser bug costs its input the record, never the partition.
        from tuiread.parser import pipeline

        real = pipeline.parse_loaded

        def failing(loaded: Any) -> Any:
            if loaded.name.endswith("b.txt"):
                raise RuntimeError("a bug\nover two lines")
            return real(loaded)

        monkeypatch.setattr(pipeline, "parse_loaded", failing)
        result = parse_partition(7, inputs, ShardFolder.at("memory://out"), None)
        lines = fs.cat("/out/part-00007.jsonl").decode().splitlines()
        records = [json.loads(line) for line in lines]
        assert records[0]["file"] == "memory:///news/a.txt" and records[0]["title"]
        assert records[1] == {
            "file": "memory:///news/b.txt",
            "error": "memory:///news/b.txt: the parser failed (RuntimeError: a bug\\nover two lines)",
        }
        assert records[2]["error"] == "memory:///news/c.bin: not a text file (it contains NUL bytes)"
        assert records[3]["error"] == "memory://news/none-*.txt: no such file"
        assert (result.shard, result.articles, result.errors) == ("part-00007.jsonl", 1, 3)
    finally:
        fs.rm("/", recursive=True)


# ---- the command line --------------------------------------------------------------------------


def test_the_command_writes_shards_and_says_what_it_wrote(
    client: distributed.Client, samples_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(samples_dir, folder)
    address = client.scheduler.address
    proc = run("parse", "--dask", address, str(folder), "missing.txt", "-o", str(tmp_path / "out"), cwd=tmp_path)

    assert proc.returncode == 1, proc.stderr  # a bad input, as `tuiread parse` says
    assert proc.stdout == ""
    assert proc.stderr.splitlines()[1:] == [
        "tuiread: missing.txt: no such file",
        f"wrote 7 articles and 1 error record in 1 shard to {tmp_path / 'out'}",
    ]
    local, _ = _local_parse(folder)
    assert _shard_lines(tmp_path / "out")[:-1] == local


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dask", "tcp://127.0.0.1:8786", "a.txt"], "--dask needs -o OUT_DIR"),
        (["a.txt", "-o", "out"], "-o and --partition-size go with --dask"),
        (["--dask", "tcp://127.0.0.1:8786", "a.txt", "-o", "out", "--format", "text"], "--dask writes JSONL"),
        (["--dask", "tcp://127.0.0.1:8786", "-", "-o", "out"], "not standard input"),
    ],
)
def test_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *args]) == 2
    assert message in capsys.readouterr().err


def test_without_dask_the_flag_says_what_to_install(
    founding_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    status = main(["parse", "--dask", "tcp://127.0.0.1:8786", str(founding_path), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 1
    assert err == "tuiread: parsing on Dask needs Dask's distributed scheduler: pip install 'tuiread[dask]'\n"
    assert not (tmp_path / "out").exists()


def test_dask_loads_only_when_a_batch_runs() -> None:
    """The parser is a pure function of text: nothing but `parse_on_dask` imports Dask."""
    modules = loaded_modules("import tuiread.batch, tuiread.cli, tuiread.parser; tuiread.parser.parse('T\\n\\nBody.')")
    assert "tuiread.batch" in modules
    assert not {m for m in modules if m.split(".")[0] in ("dask", "distributed", "fsspec")}

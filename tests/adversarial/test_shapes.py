"""The hang guard: the shapes of input that once stalled the parser for minutes, at 100 KB, each parsed in time.

Not a speed target (``benchmarks/shapes.py`` measures speed and memory): a limit ten times the
slowest of these shapes' 100 KB parse, so that a quadratic path fails here, in CI, instead of
freezing a user's tuiread. Before the parser indexed each paragraph once, these took from half a
minute to many minutes at 40 KB: a quadratic path at 100 KB takes six times that. Each runs
in a process of its own (forked from one that imported the parser), killed if it goes on past
the limit, and reports its own parse time in CPU seconds: the wall clock of a loaded machine ran
one over the limit with no quadratic path at all.
"""

from __future__ import annotations

import multiprocessing

import pytest
from inputshapes import BY_NAME, SHAPES
from shapeparse import send_parse_seconds

# The slowest of the worst shapes at 100 KB: about 1 s of CPU on a busy 2-core machine. Ten times
# that; a quadratic path takes minutes. (400 KB caught nothing more and cost the suite 2 minutes.)
LIMIT = 15.0
SIZE = 100_000

# Children forked from a server that has imported the parser once: a fresh interpreter per shape
# spent longer importing tuiread than parsing. The parser's modules are named, quote stage and
# all: the server cannot import ``shapeparse`` itself (Python 3.11's forkserver ignores the
# parent's sys.path, which is where pytest put the tests' folders), and a failed preload is
# silent, so each child imported and compiled the whole parser, about 0.4 s of CPU apiece.
_FORKS = multiprocessing.get_context("forkserver")
_FORKS.set_forkserver_preload(["tuiread.parser", "tuiread.parser.quotes", "tuiread.json_record", "shapeparse"])


@pytest.mark.parametrize("name", [s.name for s in SHAPES if s.worst])
def test_the_shape_parses_in_time_at_100_kb(name: str) -> None:
    data = BY_NAME[name].build(SIZE).encode("utf-8")
    reader, writer = _FORKS.Pipe(duplex=False)
    child = _FORKS.Process(target=send_parse_seconds, args=(data, writer), daemon=True)
    child.start()
    writer.close()
    try:
        # A kill only for a real hang: a busy machine's wall clock runs well past the CPU time.
        if not reader.poll(LIMIT * 6):
            pytest.fail(f"{name} at 100 KB was still parsing after {LIMIT * 6:g} s")
        try:
            seconds, preloaded = reader.recv()
        except EOFError:
            child.join()
            pytest.fail(f"{name} at 100 KB: the parse failed (exit status {child.exitcode})")
    finally:
        child.kill()
        child.join()
    assert seconds < LIMIT, f"{name} at 100 KB took {seconds:.1f} s of CPU (the limit is {LIMIT:g} s)"
    assert preloaded, "the fork server did not import the parser: each shape paid for its import"

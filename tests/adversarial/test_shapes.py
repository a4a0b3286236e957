"""The hang guard: the shapes of input that once stalled the parser for minutes, at 100 KB, each parsed in time.

Not a speed target (``benchmarks/shapes.py`` measures speed and memory): a limit ten times the
slowest of these shapes' 100 KB parse, so that a quadratic path fails here, in CI, instead of
freezing a user's tuiread. Before the parser indexed each paragraph once, these took from half a
minute to many minutes at 40 KB: a quadratic path at 100 KB takes six times that. Each runs
in a process of its own, killed if it goes on past the limit, and reports its own parse time (the
import is not counted) in CPU seconds: the wall clock of a loaded machine ran one over the limit
with no quadratic path at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from inputshapes import SHAPES

# The slowest of the worst shapes at 100 KB: about 1 s of CPU on a busy 2-core machine. Ten times
# that; a quadratic path takes minutes. (400 KB caught nothing more and cost the suite 2 minutes.)
LIMIT = 15.0
SIZE = 100_000
_HERE = Path(__file__).resolve().parent

_PARSE_ONE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from inputshapes import BY_NAME
from tuiread.json_record import record_pieces
from tuiread.parser import parse_bytes
data = BY_NAME[sys.argv[2]].build(int(sys.argv[3])).encode("utf-8")
start = time.process_time()
for _piece in record_pieces(parse_bytes(data, "shape.txt")):
    pass
print(time.process_time() - start)
"""


@pytest.mark.parametrize("name", [s.name for s in SHAPES if s.worst])
def test_the_shape_parses_in_time_at_100_kb(name: str) -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PARSE_ONE, str(_HERE), name, str(SIZE)],
            capture_output=True,
            text=True,
            timeout=LIMIT * 6,  # a kill only for a real hang: a busy machine's wall clock runs well past the CPU time
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name} at 100 KB was still parsing after {LIMIT * 6:g} s")
    assert done.returncode == 0, done.stderr[-3000:]
    seconds = float(done.stdout.split()[-1])
    assert seconds < LIMIT, f"{name} at 100 KB took {seconds:.1f} s of CPU (the limit is {LIMIT:g} s)"

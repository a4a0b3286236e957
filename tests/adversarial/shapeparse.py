"""The child's side of the hang guard (test_shapes): parse one input as `tuiread parse --format jsonl`
would, and send back the CPU seconds that took."""

from __future__ import annotations

import sys
import time
from multiprocessing.connection import Connection

from tuiread.json_record import record_pieces
from tuiread.parser import parse_bytes


def send_parse_seconds(data: bytes, pipe: Connection) -> None:
    """Send (CPU seconds, whether the quote stage came preloaded from the fork server)."""
    preloaded = "tuiread.parser.quotes" in sys.modules  # the pipeline imports it only when it first runs
    start = time.process_time()
    for _piece in record_pieces(parse_bytes(data, "shape.txt")):
        pass
    pipe.send((time.process_time() - start, preloaded))

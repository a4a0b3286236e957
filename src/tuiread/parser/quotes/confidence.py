"""How likely a quote's speaker is right, learned from annotated news.

A quote is attributed by one rule (`rules.RULES`) and its mention resolved one way
(`resolve.HOW`). On the annotated articles the parser learns from (PolNeAR train), each
pairing of the two was right some share of the time: that share is the confidence of a
quote attributed the same way. ``benchmarks/calibrate.py`` counts it on most of train, checks
it on the rest, and writes ``confidence.json`` beside this module; this module only reads it.

A pairing seen rarely is pulled towards its rule's share, and a rule seen rarely towards the
share over all quotes (additive smoothing), so no confidence rests on a handful of quotes.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

# How many quotes' worth of the wider share a narrow count is mixed with.
SMOOTHING = 8.0


@functools.cache
def _table() -> dict[str, list[int]]:
    """``{"rule|how": [right, all], "rule|": [...], "|": [...]}`` as calibrate.py wrote it."""
    try:
        raw = resources.files(__package__).joinpath("confidence.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError):
        return {}
    return {str(k): [int(v[0]), int(v[1])] for k, v in data.get("counts", {}).items()}


def _smoothed(right: int, total: int, prior: float) -> float:
    return (right + SMOOTHING * prior) / (total + SMOOTHING)


@functools.cache  # a few dozen pairings, asked for every quote: the sums are the same each time
def confidence(rule: str | None, how: str) -> float | None:
    """The confidence of a quote attributed by ``rule`` whose mention was resolved ``how``;
    None for a quote with no speaker (nothing to be confident about)."""
    if rule is None:
        return None
    table = _table()
    overall = table.get("|", [0, 0])
    prior = overall[0] / overall[1] if overall[1] else 0.9
    by_rule = table.get(f"{rule}|", [0, 0])
    rule_share = _smoothed(by_rule[0], by_rule[1], prior)
    pair = table.get(f"{rule}|{how}", [0, 0])
    return round(_smoothed(pair[0], pair[1], rule_share), 3)

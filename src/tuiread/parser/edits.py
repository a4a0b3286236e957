"""Where cleaning changed the text, carried through every later change to the final text's offsets.

A place is ``(start, end, kind)`` in the text as it stands; an edit is ``(start, end, length, kind)``:
the input's ``[start, end)`` became ``length`` characters (kind None: a change the fix log does not
count, such as a line ending, which only moves what follows). `Places.apply` maps the places through a
pass's edits and adds one for each counted edit. A removal leaves an empty place where it stood.
Most copy has no change to place: the passes ask for edits only when they changed something.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

Place = tuple[int, int, str]
Edit = tuple[int, int, int, str | None]

# Places kept of one kind at the most: enough to go through, and a text of a million no-break spaces
# holds no million places.
MOST_OF_A_KIND = 10_000


def map_position(starts: Sequence[int], edits: Sequence[Edit], outs: Sequence[int], pos: int, *, end: bool) -> int:
    """``pos`` in the input of ``edits`` (sorted, not overlapping; ``starts`` their starts, ``outs``
    where each begins in the output) as a position in the output. Inside an edit, a start goes to
    the edit's start and an end to its end."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return pos
    start, stop, length, _kind = edits[i]
    if pos > stop or (pos == stop and start < stop):
        return pos - stop + outs[i] + length
    if start == stop:
        # Inserted where ``pos`` is: a place that ends here ends before it; one that starts here, after it.
        return outs[i] if end else outs[i] + length
    if pos == start:
        return outs[i]
    return outs[i] + length if end else outs[i]


class Places:
    """The places of one text, kept in its offsets as passes change it."""

    __slots__ = ("kinds", "places")

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self.places: list[Place] = list(places)
        self.kinds: dict[str, int] = {}  # how many places each pass added, by kind

    def apply(self, edits: Sequence[Edit]) -> None:
        """The text went through ``edits`` (sorted by start, not overlapping)."""
        if not edits:
            return
        starts = [e[0] for e in edits]
        outs: list[int] = []
        shift = 0
        for start, stop, length, _kind in edits:
            outs.append(start + shift)
            shift += length - (stop - start)
        moved: list[Place] = []
        for a, b, kind in self.places:
            new_a = map_position(starts, edits, outs, a, end=False)
            moved.append((new_a, max(new_a, map_position(starts, edits, outs, b, end=True)), kind))
        kinds = self.kinds
        for edit, out in zip(edits, outs, strict=True):
            kind = edit[3]
            if kind is not None and kinds.get(kind, 0) < MOST_OF_A_KIND:
                kinds[kind] = kinds.get(kind, 0) + 1
                moved.append((out, out + edit[2], kind))
        moved.sort(key=lambda p: p[0])
        self.places = moved

    def take(self, start: int, end: int) -> list[Place]:
        """The places within ``[start, end)`` (or empty at ``end``), in its offsets, taken out."""
        inside = [(a - start, b - start, k) for a, b, k in self.places if start <= a and b <= end]
        if inside:
            self.places = [p for p in self.places if not (start <= p[0] and p[1] <= end)]
        return inside

    def add(self, places: Iterable[Place], offset: int) -> None:
        self.places.extend((a + offset, b + offset, k) for a, b, k in places)
        self.places.sort(key=lambda p: p[0])


def match_edits(
    pattern: re.Pattern[str], text: str, kind: str | None, replace: Callable[[re.Match[str]], str] | str
) -> list[Edit]:
    """The edits ``pattern.sub(replace, text)`` made (those that changed something: with a string
    ``replace``, every match, which the passes' patterns never match the string itself)."""
    if isinstance(replace, str):
        size = len(replace)
        return [(a, b, size, kind) for a, b in map(re.Match.span, pattern.finditer(text))]
    edits: list[Edit] = []
    for m in pattern.finditer(text):
        new = replace(m)
        if new != m.group(0):
            edits.append((m.start(), m.end(), len(new), kind))
    return edits


def line_edit(start: int, old: str, new: str, kind: str | None) -> Edit:
    """One edit for a line that became ``new``: from its first changed character to its last."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return (start + head, start + len(old) - tail, len(new) - head - tail, kind)


def by_line(places: Sequence[Place], lengths: Sequence[int]) -> tuple[list[list[Place]], list[Place]]:
    """The places of each line (lines of ``lengths``, one character between them), in the line's
    offsets; and the places that run over a line's end, as they were. One sweep: both are in order."""
    per_line: list[list[Place]] = [[] for _ in lengths]
    across: list[Place] = []
    j = 0
    pos = 0
    for i, length in enumerate(lengths):
        end = pos + length
        while j < len(places) and places[j][0] <= end:
            a, b, kind = places[j]
            if b <= end:
                per_line[i].append((a - pos, b - pos, kind))
            else:
                across.append(places[j])
            j += 1
        pos = end + 1
    across.extend(places[j:])
    return per_line, across


@functools.cache
def _letters(skipped: str) -> re.Pattern[str]:
    """Runs of the characters `carry` keeps: neither ``skipped`` nor spaces."""
    return re.compile(f"[^\\s{re.escape(skipped)}]+")


def carry(places: Sequence[Place], old: str, new: str, skipped: str) -> list[Place]:
    """``places`` of ``old`` in ``new``, which differs from it only in characters of ``skipped`` and
    in spaces (added, removed or replaced) and in letters changed one for one: each position keeps
    the letters before it (and its offset in the run of skipped characters after them, where the
    run in ``new`` is long enough). One walk of each text's runs of letters, to the last place."""
    letters = _letters(skipped)
    wanted = sorted({p for a, b, _k in places for p in (a, b)})
    found: dict[int, tuple[int, int]] = {}  # a position in old: (letters before it, offset after them)
    count = gap = w = 0  # letters so far, where the run of skipped characters after them starts
    for run in letters.finditer(old):
        start, end = run.span()
        while w < len(wanted) and wanted[w] < end:
            p = wanted[w]
            found[p] = (count, p - gap) if p <= start else (count + p - start, 0)
            w += 1
        if w == len(wanted):
            break
        count += end - start
        gap = end
    for p in wanted[w:]:
        found[p] = (count, p - gap)
    needed = sorted({k for k, _g in found.values()})
    at: dict[int, tuple[int, int]] = {}  # letters: where the run of skipped characters after them starts, its length
    count = gap = n = 0
    for run in letters.finditer(new):
        start, end = run.span()
        while n < len(needed) and needed[n] <= count:
            at[needed[n]] = (gap, start - gap)  # after the run before this one
            n += 1
        while n < len(needed) and needed[n] < count + end - start:
            at[needed[n]] = (start + needed[n] - count, 0)
            n += 1
        if n == len(needed):
            break
        count += end - start
        gap = end
    for k in needed[n:]:
        at[k] = (gap, len(new) - gap) if k <= count else (len(new), 0)
    out: list[Place] = []
    for a, b, kind in places:
        spots = []
        for p in (a, b):
            k, g = found[p]
            start, room = at[k]
            spots.append(start + min(g, room))
        out.append((spots[0], max(spots), kind))
    return out

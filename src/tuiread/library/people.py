"""The people index across a library: each person (or organisation) quoted, the names they go
by, their roles, and how many quotes and articles they have.

Within one article the parser already resolved every mention to a name ("Sherman", "she", "the
deputy secretary" to "Wendy Sherman"); across articles the same person can still be named
differently. `merge_names` joins those names with care, most certain first:

1. the same name, whatever its accents, case, honorific (``Ms.``) or suffix (``Jr.``);
2. a first name and surname with the one longer name that has both ("George Bush" and "George W.
   Bush" — but not when "George H. W. Bush" is known too);
3. an initial and surname with the one person of that surname and initial ("W. Sherman");
4. a surname alone with the one person of that surname ("Sherman", when Wendy Sherman is the only
   Sherman; with Brad Sherman known too it stays on its own).

Names with the same surname and different first names stay apart; a known gender that differs
keeps names apart; organisations are merged only with the same organisation's name, never with
people. A description the parser kept for a speaker it could not name ("a man", "one former
aide", "the agency") is an unnamed someone of its article, merged with no one. The surname and
a first name's gender are read as the parser reads them (`tuiread.parser.quotes.names`).

The merged table is written at the end of every update of the library, also one stopped by
ctrl+c (`rebuild_people`; after a crash, the next update writes it). Reading it never writes,
so a screen can read while another thread or process indexes:

    people(library)                        # PersonSummary rows, most quoted first
    find_person(library, "Wendy Sherman")  # one PersonSummary, or LibraryError (unknown, ambiguous)
    person_quotes(library, person)         # LibraryQuote rows, article by article
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from tuiread.inert import printable
from tuiread.library.index import LibraryError
from tuiread.library.records import is_unnamed
from tuiread.text_search import fold

if TYPE_CHECKING:
    from tuiread.library.index import Library

__all__ = [
    "LibraryQuote",
    "NameSeen",
    "PersonSummary",
    "all_quotes",
    "find_person",
    "merge_names",
    "name_words",
    "people",
    "person_quotes",
    "rebuild_people",
]

_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lady lord sen rep gov rev fr".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
PERSON, ORGANISATION, UNNAMED = "person", "organisation", "unnamed"


@dataclass(frozen=True)
class NameSeen:
    """A speaker of one article: the name the parser gave, its kind, role, gender and quotes there."""

    article: int
    name: str
    kind: str = PERSON
    role: str | None = None
    gender: str | None = None
    quotes: int = 0


@dataclass
class _Cluster:
    key: tuple[str, ...]
    kind: str
    seen: list[NameSeen] = field(default_factory=list)
    parent: _Cluster | None = None

    def root(self) -> _Cluster:
        cluster = self
        while cluster.parent is not None:
            cluster = cluster.parent
        return cluster

    @functools.cached_property
    def surname(self) -> str:
        # Imported here: the parser's name rules load its quote rules with them (a quarter of a
        # second), which listing a library's people or quotes never needs.
        from tuiread.parser.quotes.names import surname_of

        return surname_of(" ".join(self.key)) if self.key else ""

    def genders(self) -> set[str]:
        from tuiread.parser.quotes.names import gender_of

        known = {s.gender for s in self.seen if s.gender}
        if not known and len(self.key) > 1:
            first = gender_of(self.key[0])
            known = {first} if first else set()
        return known


@dataclass(frozen=True)
class PersonSummary:
    """A person (or organisation) across the library."""

    id: int
    name: str  # the name most quoted under, in full
    kind: str
    gender: str | None
    roles: tuple[str, ...]  # most quoted under first
    variants: tuple[str, ...]  # every name the articles give them
    quotes: int
    articles: int


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """A name as the words compared: no accents, case, honorific, suffix or full stops."""
    folded = fold(name, lower=True).replace(".", ". ")
    words = [w.strip(".,'") for w in folded.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return tuple(words)


def _organisation_key(name: str) -> tuple[str, ...]:
    words = name_words(name)
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def merge_names(seen: Iterable[NameSeen]) -> list[list[NameSeen]]:
    """The names of a library grouped by who they are (the rules in the module's docstring)."""
    clusters: dict[tuple[str, tuple[str, ...]], _Cluster] = {}
    for s in seen:
        kind = ORGANISATION if s.kind == ORGANISATION else PERSON
        key = _organisation_key(s.name) if kind == ORGANISATION else name_words(s.name)
        if is_unnamed(s.name, kind):
            # "a man", "the agency": someone of this article only, merged with no one.
            kind, key = UNNAMED, (str(s.article), *key)
        if not key:
            continue
        cluster = clusters.setdefault((kind, key), _Cluster(key, kind))
        cluster.seen.append(s)
    persons = [c for c in clusters.values() if c.kind == PERSON]
    full = [c for c in persons if len(c.key) > 1 and len(c.key[0]) > 1]
    # 2. "George Bush" with the one longer "George … Bush".
    longer: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    for c in full:
        if len(c.key) > 2:
            longer[(c.key[0], c.key[-1])].append(c)
    for c in full:
        if len(c.key) == 2:
            _join(c, longer.get((c.key[0], c.key[-1]), []))
    # 3. "W. Sherman" with the one Sherman whose first name starts with W.
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    for c in full:
        if c.parent is None:
            by_surname[c.surname].append(c)
    for c in persons:
        if len(c.key) > 1 and len(c.key[0]) == 1:
            _join(c, [o for o in by_surname.get(c.surname, []) if o.key[0].startswith(c.key[0])])
    # 4. "Sherman" with the one Sherman named in full.
    for c in persons:
        if len(c.key) == 1:
            _join(c, by_surname.get(c.surname, []))
    groups: dict[int, list[NameSeen]] = defaultdict(list)
    for c in clusters.values():
        groups[id(c.root())].extend(c.seen)
    return list(groups.values())


def _join(cluster: _Cluster, candidates: Sequence[_Cluster]) -> None:
    """Join ``cluster`` to the one person it can be, if there is exactly one and no gender differs."""
    roots = {id(c.root()): c.root() for c in candidates if c.root() is not cluster}
    if len(roots) != 1:
        return
    (target,) = roots.values()
    mine, theirs = cluster.genders(), target.genders()
    if mine and theirs and not mine & theirs:
        return
    cluster.parent = target


def _summarise(group: Sequence[NameSeen]) -> tuple[str, str, str | None, list[str], list[str], int, int]:
    names: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    for s in group:
        names[s.name] += s.quotes or 1
        if s.role:
            roles[s.role] += s.quotes or 1
        if s.gender:
            genders[s.gender] += 1
    # The name in full most quoted under (the longer one on a tie).
    name = max(names, key=lambda n: (len(name_words(n)) > 1, names[n], len(n), n))
    first = group[0]
    kind = first.kind if first.kind == ORGANISATION else PERSON
    if is_unnamed(first.name, kind):
        kind = UNNAMED
    gender = genders.most_common(1)[0][0] if len(genders) == 1 else None
    return (
        name,
        kind,
        gender,
        _one_spelling_each(roles),
        sorted(names, key=lambda n: -names[n]),
        sum(s.quotes for s in group),
        len({s.article for s in group}),
    )


def _one_spelling_each(roles: Counter[str]) -> list[str]:
    """The roles, most quoted under first, each once whatever its capitals ("former President" and
    "former president" are one role), in its most used spelling."""
    spellings: dict[str, Counter[str]] = {}
    for role, count in roles.items():
        spellings.setdefault(role.casefold(), Counter())[role] += count
    ranked = sorted(spellings.values(), key=lambda seen: -sum(seen.values()))
    return [seen.most_common(1)[0][0] for seen in ranked]


def rebuild_people(conn: sqlite3.Connection) -> None:
    """Write the people table from every article's speakers (inside the caller's transaction)."""
    rows = conn.execute("SELECT article, name, kind, role, gender, quotes FROM speakers")
    groups = merge_names(NameSeen(*row) for row in rows)
    conn.execute("DELETE FROM people")
    conn.execute("DELETE FROM person_names")
    for person_id, group in enumerate(groups, 1):
        name, kind, gender, roles, variants, quotes, articles = _summarise(group)
        conn.execute(
            "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                name,
                kind,
                gender,
                json.dumps(roles, ensure_ascii=False),
                json.dumps(variants, ensure_ascii=False),
                quotes,
                articles,
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO person_names VALUES (?, ?, ?)", [(v, kind, person_id) for v in variants]
        )


_PERSON_COLUMNS = "id, name, kind, gender, roles, variants, quotes, articles"


def _person(row: Sequence[object]) -> PersonSummary:
    return PersonSummary(
        int(row[0]),  # type: ignore[call-overload]
        str(row[1]),
        str(row[2]),
        row[3] if isinstance(row[3], str) else None,
        tuple(json.loads(str(row[4]))),
        tuple(json.loads(str(row[5]))),
        int(row[6]),  # type: ignore[call-overload]
        int(row[7]),  # type: ignore[call-overload]
    )


def people(library: Library, kind: str | None = None) -> list[PersonSummary]:
    """Everyone quoted in the library (``kind``: only "person" or only "organisation"), most quoted first."""
    sql = f"SELECT {_PERSON_COLUMNS} FROM people"
    params: tuple[str, ...] = ()
    if kind:
        sql += " WHERE kind = ?"
        params = (kind,)
    return [_person(row) for row in library.connection.execute(sql + " ORDER BY quotes DESC, name", params)]


def find_person(library: Library, name: str) -> PersonSummary:
    """The person ``name`` stands for: a name they go by, written any way (accents, case, an
    honorific), or a surname only one person has. LibraryError when nobody or several fit."""
    conn = library.connection
    exact = {r[0] for r in conn.execute("SELECT person FROM person_names WHERE name = ?", (name,))}
    if len(exact) == 1:
        return _by_id(library, exact.pop())
    wanted = name_words(name)
    if not wanted:
        raise LibraryError("no name given")
    fits: list[PersonSummary] = []
    for row in conn.execute(f"SELECT {_PERSON_COLUMNS} FROM people ORDER BY quotes DESC"):
        person = _person(row)
        keys = {name_words(v) for v in person.variants}
        if wanted in keys or (len(wanted) == 1 and any(len(k) > 1 and k[-1] == wanted[0] for k in keys)):
            fits.append(person)
    shown = printable(name)
    if not fits:
        raise LibraryError(f"nobody called {shown} is quoted in the library")
    exact_fits = [p for p in fits if wanted in {name_words(v) for v in p.variants}]
    if len(exact_fits) == 1:
        return exact_fits[0]
    if len(fits) > 1:
        names = ", ".join(printable(p.name) for p in fits[:5]) + (" …" if len(fits) > 5 else "")
        raise LibraryError(f"{shown} could be any of {len(fits)} people ({names}): give the full name")
    return fits[0]


def _by_id(library: Library, person_id: int) -> PersonSummary:
    row = library.connection.execute(f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
    return _person(row)


class LibraryQuote(NamedTuple):
    """One quote of the library with the article it is in: enough to list it, export it, and
    open the article at ``start``. (A named tuple: a person can have thousands of quotes, and a
    frozen dataclass took longer to build than the query took to find them.)"""

    article: int
    path: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    index: int
    text: str
    start: int
    end: int
    speaker: str | None
    role: str | None
    cue: str | None


_QUOTE_SQL = (
    "SELECT a.id, a.path, a.title, a.date, a.source, a.url, q.n, q.text, q.start, q.end, q.speaker, q.role, q.cue "
    "FROM quotes q JOIN articles a ON a.id = q.article"
)
_QUOTE_ORDER = " ORDER BY a.date IS NULL, a.date, a.path, q.n"


def person_quotes(library: Library, person: PersonSummary | str) -> list[LibraryQuote]:
    """Every quote of ``person`` (a PersonSummary or a name `find_person` resolves), article by
    article (dated ones first, oldest first), in each in the article's order."""
    if isinstance(person, str):
        person = find_person(library, person)
    names = [r[0] for r in library.connection.execute("SELECT name FROM person_names WHERE person = ?", (person.id,))]
    marks = ", ".join("?" * len(names))
    kind = "coalesce(q.kind, 'person') = ?"
    rows = library.connection.execute(
        f"{_QUOTE_SQL} WHERE q.speaker IN ({marks}) AND {kind}{_QUOTE_ORDER}", (*names, person.kind)
    )
    return list(map(LibraryQuote._make, rows))


def all_quotes(library: Library) -> list[LibraryQuote]:
    """Every quote in the library, article by article."""
    return list(map(LibraryQuote._make, library.connection.execute(_QUOTE_SQL + _QUOTE_ORDER)))

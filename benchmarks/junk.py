"""No junk in who said what: every role and speaker the parser names on train and dev (direct quotes
and reported speech), checked.

    python benchmarks/junk.py                  # polnear-train, polnear-dev and web-dev
    python benchmarks/junk.py --sets polnear-dev

``web-dev`` is the real web pages of ``../shared/eval/web-dev`` (other outlets' copy, from around
the world), each parsed as `tuiread PAGE.html` parses it.

Lists every role that is a function word, a verb, a possessive or a lone title (a role is a
noun phrase from the text: "Secretary General of NATO"), and every speaker that is a title
alone or holds page furniture ("Article Continued Below"). It must list none; the exit status is
1 if it lists any. Parses the texts in this process (nothing is copied into the repository).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from collections.abc import Iterator

from common import EVAL, read_texts
from tuiread.model import Article
from tuiread.parser import parse, parse_bytes
from tuiread.parser.lexicon import HONORIFICS, REPORTING_VERBS, TITLE_WORDS

FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for with from as and or but nor so yet if then than that this these those
    who whom whose which what when where while because although though after before since until unless
    he she it they we i you him her them us me his its their our your my is was are were be been being
    has have had do does did will would can could may might must shall should not no also just only even
    very more most much many some any all both each every either neither other another such
    among amid amidst despite during following including regarding concerning throughout toward towards
    upon within beyond across along around behind beneath inside outside near unlike via based given""".split()
)
# Words of a page's furniture, never of a person's name or role.
FURNITURE = re.compile(
    r"\b(?:article continued|continued below|advertisement|subscribe|newsletter|click here|read more|"
    r"sign up|share this|photo credit|copyright)\b",
    re.IGNORECASE,
)
# Words that open a clause, not a noun phrase ("But Senator", "When the"): a role never starts so.
CLAUSE_OPENERS = frozenset(
    "and but or nor so yet as when while after before since until unless if although though because then "
    "even what of along with".split()
)
# A group named before, standing alone ("most said they were worried"): a speaker, if an unnamed one.
QUANTITIES = frozenset("most many some several all both few each".split())
# Pronouns that end a noun phrase as a preposition's object ("a source close to him").
OBJECT_PRONOUNS = frozenset("him her them us me".split())
# Honorifics: how a name is said, not what someone is ("Dr." or "Ms." alone).
LONE_TITLES = frozenset("mr mrs ms miss mx dr prof rev fr sir dame".split())
_POSSESSIVE = re.compile(r"[’']s$")


def _key(word: str) -> str:
    return word.lower().strip(".,;:")


def _function_word(word: str) -> bool:
    """A function word, not a name that is spelled like one ("George Will", "US")."""
    return _key(word) in FUNCTION_WORDS and not word.isupper() and not (word[:1].isupper() and len(word) > 3)


def role_problem(role: str) -> str | None:
    """Why ``role`` is no role, or None."""
    words = role.split()
    keys = [_key(w) for w in words]
    if not words or all(_function_word(w) or k in FUNCTION_WORDS for w, k in zip(words, keys, strict=True)):
        return "function word"
    if keys[0] in CLAUSE_OPENERS or keys[:2] == ["well", "as"]:
        return "starts a clause"
    if len(words) == 1 and (keys[0] in REPORTING_VERBS or (keys[0].endswith("ed") and keys[0] not in TITLE_WORDS)):
        return "verb"
    if len(words) == 1 and _POSSESSIVE.search(words[0]):
        return "possessive"
    if len(words) == 1 and keys[0] in LONE_TITLES:
        return "lone title"
    return None


def speaker_problem(speaker: str) -> str | None:
    """Why ``speaker`` names nobody, or None."""
    words = speaker.split()
    keys = [_key(w) for w in words]
    if len(words) == 1 and (keys[0] in LONE_TITLES or (keys[0] in HONORIFICS and words[0].endswith("."))):
        return "title alone"
    if FURNITURE.search(speaker):
        return "page furniture"
    if _POSSESSIVE.search(words[-1]):
        return "possessive"
    if len(words) == 1 and keys[0] in QUANTITIES:
        return None
    if len(words) > 2 and keys[-1] in OBJECT_PRONOUNS and keys[-2] in ("to", "with", "of", "for"):
        return None  # "a source close to him", "aides loyal to her": a whole noun phrase
    if (len(words) == 1 and keys[0] in FUNCTION_WORDS) or (_function_word(words[-1]) and words[-1].islower()):
        return "function word"
    return None


def articles(name: str) -> Iterator[tuple[str, Article]]:
    """Each article of a set, parsed: a PolNeAR set's texts, or web-dev's pages."""
    if name == "web-dev":
        for page in sorted((EVAL / "web-dev").glob("*.html.gz")):
            yield page.name, parse_bytes(gzip.decompress(page.read_bytes()), page.name.removesuffix(".gz"))
        return
    for file, text in read_texts(name):
        yield file, parse(text, source=file)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="polnear-train,polnear-dev,web-dev")
    args = ap.parse_args()
    found: Counter[tuple[str, str, str]] = Counter()
    where: dict[tuple[str, str, str], str] = {}
    quotes = 0
    for name in args.sets.split(","):
        for file, article in articles(name):
            for q in (*article.quotes, *article.reported):
                quotes += 1
                checks = [("role", q.role, role_problem(q.role)) if q.role else None]
                checks.append(("speaker", q.speaker, speaker_problem(q.speaker)) if q.speaker else None)
                for check in checks:
                    if check and check[2]:
                        key = (check[0], check[2], check[1] or "")
                        found[key] += 1
                        where.setdefault(key, f"{name}/{file}")
    print(f"{quotes} quotes and reported items in {args.sets}: {sum(found.values())} with a junk role or speaker\n")
    for (what, why, value), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {what:8} {why:24} {value!r:40} ×{n}  ({where[(what, why, value)]})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

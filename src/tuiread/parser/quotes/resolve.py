"""Resolve a speaker phrase to a person: "Sanders", "he", "the Vermont senator" → "Bernie Sanders".

Names take the fullest form the article used before (or, failing that, after).
Pronouns go to the nearest fitting person: the one who was just talking, unless
someone else has become the subject since; gender from honorifics and first
names rules people out. Descriptions go to the person whose office they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiread.parser.quotes.cues import Cue
from tuiread.parser.quotes.names import Gender, PeopleIndex, Person
from tuiread.parser.quotes.runs import ParagraphSpan, QuotedRun

_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECT_LEAD = re.compile(r"(?:^|[.!?”]\s+|,\s+|;\s+|\b(?:and|but|as|when|while|after|before|because)\s+)$")
# How far back a pronoun may reach for its person (characters).
_REACH = 2500


@dataclass(frozen=True)
class Resolution:
    speaker: str | None
    role: str | None
    gender: Gender = None


class Resolver:
    def __init__(self, text: str, people: PeopleIndex, paragraphs: dict[int, ParagraphSpan]) -> None:
        self.text = text
        self.people = people
        self.paragraphs = paragraphs
        # (position, name, gender) of every speaker resolved so far, in reading order
        self.history: list[tuple[int, str, Gender]] = []

    def resolve(self, cue: Cue, run: QuotedRun) -> Resolution:
        np = cue.phrase
        at = cue.phrase_start + np.mention_offset
        if np.kind == "pronoun":
            result = self._pronoun(np.mention.lower(), at, run)
        elif np.kind == "name" and np.name:
            person = self.people.lookup(np.name, at)
            if person is not None and len(person.name.split()) >= len(np.name.split()):
                role = np.role or person.role
                if np.role and not person.role:
                    person.role = np.role
                if np.gender and not person.gender:
                    person.gender = np.gender
                result = Resolution(person.name, role, person.gender)
            else:
                person = self.people.add(np.name, at, np.gender, np.role)
                result = Resolution(np.name, np.role, np.gender)
        elif np.kind == "org":
            result = Resolution(np.name, np.role)
        else:
            result = self._description(np.mention, at, np.role)
        if result.speaker:
            self.history.append((run.open_at, result.speaker, result.gender))
        return result

    def _pronoun(self, pronoun: str, at: int, run: QuotedRun) -> Resolution:
        gender = _PRONOUN_GENDER.get(pronoun)
        if pronoun not in _PRONOUN_GENDER:
            # "they", "it", "we": the body or group that was just talking, if any.
            if self.history and at - self.history[-1][0] < _REACH:
                name = self.history[-1][1]
                if self.people.people.get(name) is None:
                    return Resolution(name, None)
            return Resolution(None, None)
        last_speaker = next((h for h in reversed(self.history) if h[2] in (None, gender)), None)
        # Someone named as a subject after the last speaker takes over ("Trump … “…,” he said").
        subject = self._recent_subject(at, gender, since=last_speaker[0] if last_speaker else at - _REACH)
        if subject is not None:
            return self._person_resolution(subject)
        if last_speaker is not None and at - last_speaker[0] < _REACH:
            person = self.people.people.get(last_speaker[1])
            if person is not None:
                return self._person_resolution(person)
            return Resolution(last_speaker[1], None, last_speaker[2])
        nearby = self.people.recent(at, gender, limit=_REACH)
        if nearby:
            return self._person_resolution(nearby[0])
        return Resolution(None, None)

    def _person_resolution(self, person: Person) -> Resolution:
        return Resolution(person.name, person.role, person.gender)

    def _recent_subject(self, at: int, gender: Gender, since: int) -> Person | None:
        """The nearest person before ``at`` (after ``since``) who stands as a sentence's subject."""
        for person in self.people.recent(at, gender, limit=max(0, at - since)):
            for pos in sorted(person.positions, reverse=True):
                if since <= pos < at and _is_subject(self.text, pos):
                    return person
        return None

    def _description(self, mention: str, at: int, role: str | None) -> Resolution:
        """ "the Vermont senator" → the senator named before; otherwise the words themselves."""
        words = [w.lower().strip(".,’'") for w in mention.split()]
        noun = words[-1] if words else ""
        for person in self.people.recent(at, None, limit=_REACH * 2):
            if noun and (noun in person.titles or (person.role and noun in person.role.lower())):
                return Resolution(person.name, person.role or role, person.gender)
        return Resolution(mention, role)


def _is_subject(text: str, pos: int) -> bool:
    """A mention at the start of a sentence or clause, followed by a verb-like word."""
    before = text[max(0, pos - 40) : pos]
    if not _SUBJECT_LEAD.search(before):
        return False
    after = text[pos : pos + 60]
    m = re.match(r"[\w.’'\- ]+?\s(?P<next>[a-z]\w*)", after)
    return bool(m)

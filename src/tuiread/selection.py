"""What the reader picked in an article: paragraphs, sections, quotes and reported speech (`Selection`).

Pure: no UI imports. The main screen keeps one as its state and the panes show it;
``tuiread export`` builds one from section titles and speaker names (`Selection.from_names`),
and `tuiread.export.render_markdown` writes it out.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tuiread.inert import printable
from tuiread.model import Article, Section

__all__ = ["KINDS", "Selection", "find_section", "find_speaker", "section_label"]

# What a selection by speaker (or of every quote) takes: direct quotes and reported speech, or one of them.
KINDS = ("both", "direct", "reported")


@dataclass(frozen=True)
class Selection:
    """What the user picked: paragraph, section, quote and reported-speech indexes.

    A section in ``sections`` stands for its heading and all its paragraphs;
    ``paragraphs`` holds paragraphs picked one by one (never ones already
    covered by a picked section). Every method returns a new Selection.
    """

    paragraphs: frozenset[int] = field(default_factory=frozenset)
    sections: frozenset[int] = field(default_factory=frozenset)
    quotes: frozenset[int] = field(default_factory=frozenset)
    # Indexes into `Article.reported`.
    reported: frozenset[int] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.paragraphs or self.sections or self.quotes or self.reported)

    # -- construction --------------------------------------------------------

    @classmethod
    def whole(cls, article: Article) -> Selection:
        """Every section of the article (its quotes are in the text already)."""
        return cls(sections=frozenset(s.index for s in article.sections))

    @classmethod
    def from_names(
        cls,
        article: Article,
        sections: Sequence[str] = (),
        speakers: Sequence[str] = (),
        all_quotes: bool = False,
        kinds: str = "both",
    ) -> Selection:
        """Sections by title (``lead`` is the untitled first one), quotes and reported speech by
        speaker or all of them; ``kinds`` is "both", "direct" (direct quotes only) or "reported"
        (reported speech only).

        Nothing named: the whole article. ValueError names what was not found and what there is.
        """
        if kinds not in KINDS:
            raise ValueError(f"kinds must be one of {', '.join(KINDS)}, not {kinds!r}")
        if not sections and not speakers and not all_quotes:
            return cls.whole(article)
        section_indexes = {find_section(article, title).index for title in sections}
        wanted = [find_speaker(article, name) for name in speakers]
        quotes = [q for q in article.quotes if all_quotes or q.speaker in wanted] if kinds != "reported" else []
        reported = [r for r in article.reported if all_quotes or r.speaker in wanted] if kinds != "direct" else []
        return cls(
            sections=frozenset(section_indexes),
            quotes=frozenset(q.index for q in quotes),
            reported=frozenset(r.index for r in reported),
        )

    # -- queries ---------------------------------------------------------------

    def has_paragraph(self, article: Article, index: int) -> bool:
        if index in self.paragraphs:
            return True
        if not self.sections:
            return False
        return _section_index_of(article, index) in self.sections

    def paragraph_indexes(self, article: Article) -> list[int]:
        """Every selected paragraph (picked ones and those of picked sections), in article order."""
        chosen = set(self.paragraphs)
        for section in article.sections:
            if section.index in self.sections:
                chosen.update(p.index for p in section.paragraphs)
        return sorted(chosen)

    def section_state(self, article: Article, index: int) -> str:
        """``all``, ``some`` or ``none`` of the section is selected."""
        if index in self.sections:
            return "all"
        section = article.sections[index]
        picked = sum(1 for p in section.paragraphs if p.index in self.paragraphs)
        if picked == 0:
            return "none"
        return "all" if picked == len(section.paragraphs) else "some"

    def describe(self) -> str:
        """``2 paragraphs, 1 section, 1 quote`` (``nothing`` when empty)."""
        parts = [
            _count(len(self.sections), "section"),
            _count(len(self.paragraphs), "paragraph"),
            _count(len(self.quotes), "quote"),
            _count(len(self.reported), "reported statement"),
        ]
        return ", ".join(p for p in parts if p) or "nothing"

    # -- changes -----------------------------------------------------------------

    def toggle_paragraph(self, article: Article, index: int) -> Selection:
        return self.with_paragraphs(article, [index], not self.has_paragraph(article, index))

    def with_paragraphs(self, article: Article, indexes: Iterable[int], selected: bool) -> Selection:
        """Add (or remove) paragraphs; removing one from a picked section keeps the rest of it."""
        paragraphs = set(self.paragraphs)
        sections = set(self.sections)
        for index in indexes:
            section = _section_index_of(article, index)
            if selected:
                if section not in sections:
                    paragraphs.add(index)
                continue
            if section in sections:
                sections.discard(section)
                paragraphs.update(p.index for p in article.sections[section].paragraphs)
            paragraphs.discard(index)
        return Selection(frozenset(paragraphs), frozenset(sections), self.quotes, self.reported)

    def toggle_section(self, article: Article, index: int) -> Selection:
        """All of a section on (its single picks folded in), or all of it off."""
        section = article.sections[index]
        own = {p.index for p in section.paragraphs}
        paragraphs = set(self.paragraphs) - own
        sections = set(self.sections)
        if self.section_state(article, index) == "all":
            sections.discard(index)
        else:
            sections.add(index)
        return Selection(frozenset(paragraphs), frozenset(sections), self.quotes, self.reported)

    def toggle_quote(self, index: int) -> Selection:
        return self.with_quotes([index], index not in self.quotes)

    def with_quotes(self, indexes: Iterable[int], selected: bool) -> Selection:
        return Selection(self.paragraphs, self.sections, _toggled(self.quotes, indexes, selected), self.reported)

    def with_reported(self, indexes: Iterable[int], selected: bool) -> Selection:
        """Add (or remove) reported speech by its index in `Article.reported`."""
        return Selection(self.paragraphs, self.sections, self.quotes, _toggled(self.reported, indexes, selected))

    def requested(self, article: Article, kind: str, indexes: Iterable[int], selected: bool | None) -> Selection:
        """What a pane asked for: add (``selected`` True), remove (False) or toggle (None) the
        "paragraphs", "section", "quotes" or "reported" speech at ``indexes``."""
        selection = self
        if kind == "paragraphs":
            if selected is None:
                for index in indexes:
                    selection = selection.toggle_paragraph(article, index)
            else:
                selection = selection.with_paragraphs(article, indexes, selected)
        elif kind == "section":
            for index in indexes:
                state = selection.section_state(article, index)
                want = state != "all" if selected is None else selected
                if want != (state == "all"):
                    selection = selection.toggle_section(article, index)
        elif kind == "quotes":
            if selected is None:
                for index in indexes:
                    selection = selection.toggle_quote(index)
            else:
                selection = selection.with_quotes(indexes, selected)
        elif kind == "reported":
            for index in indexes:
                want = index not in selection.reported if selected is None else selected
                selection = selection.with_reported((index,), want)
        return selection


def _toggled(chosen: frozenset[int], indexes: Iterable[int], selected: bool) -> frozenset[int]:
    return chosen | frozenset(indexes) if selected else chosen - frozenset(indexes)


def _count(n: int, noun: str) -> str:
    if not n:
        return ""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _section_index_of(article: Article, paragraph: int) -> int:
    """The section holding a paragraph; paragraphs know theirs, so this is a lookup."""
    paragraphs = article.paragraphs
    if not 0 <= paragraph < len(paragraphs):
        raise IndexError(paragraph)
    return paragraphs[paragraph].section


def _normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[“”\"«»„‘’']", "", text)
    return " ".join(text.split())


def section_label(section: Section) -> str:
    """How a section is named to people: its title, or ``lead`` for the untitled first one."""
    return section.title if section.title is not None else "lead"


def find_section(article: Article, title: str) -> Section:
    """A section by title (case, spacing and quotation marks ignored) or by the start of only one
    title ("continuation"); ValueError listing the titles there are."""
    wanted = _normalise(title)
    for section in article.sections:
        if _normalise(section_label(section)) == wanted:
            return section
    starting = [s for s in article.sections if wanted and _normalise(section_label(s)).startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    known = ", ".join(repr(section_label(s)) for s in article.sections) or "none"
    if len(starting) > 1:
        several = ", ".join(repr(section_label(s)) for s in starting)
        raise ValueError(f"{title!r} starts more than one section title in {_name(article)}: {several}")
    raise ValueError(f"no section titled {title!r} in {_name(article)} (sections: {known})")


def find_speaker(article: Article, name: str) -> str:
    """A speaker (of quotes or of reported speech) by full name, or by a surname that only one
    speaker has; ValueError listing the speakers."""
    wanted = _normalise(name)
    names = article.sources()
    for known in names:
        if _normalise(known) == wanted:
            return known
    partial = [known for known in names if wanted and wanted in _normalise(known).split()]
    if len(partial) == 1:
        return partial[0]
    listed = ", ".join(repr(n) for n in names) or "none"
    raise ValueError(f"no speaker named {name!r} in {_name(article)} (speakers: {listed})")


def _name(article: Article) -> str:
    return printable(os.path.basename(article.source)) if article.source else "the article"

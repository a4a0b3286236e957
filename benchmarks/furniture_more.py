"""A fourth generator of page furniture (after garble.py's train half, ``furniture_forms.py`` and
``furniture_wild.py``): the lines that podcast and video pages, syndication and wire feeds, e-mail
newsletters, printouts, social embeds, live blogs and CMS exports leave in copy, each family built
from parts (leads, separators, names, outlets, handles, dates, durations, headlines).

Written from what those carry, not from garble.py's held-out half (nobody reads it). Besides
furniture it makes subheadings and short article lines in the same words ("The podcast economy",
"Listen closely", "Corrections were made."). A measure of forms the model never fits on (accuracy.py's
``more`` row), as furniture_wild's single lines are: fitting on it raised the threshold and caught less
elsewhere.

    python benchmarks/furniture_more.py --show 40     # a sample of each family
    python benchmarks/furniture_more.py --measure     # what the parser does with each family today
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import furniture_wild as wild
from furniture_forms import _pick, _pick_form

Rng = random.Random
Line = tuple[str, str]  # (text, kind): kind is body, heading, related, credit or boilerplate

_FIRST = ("Grace", "Tomasz", "Leila", "Mateo", "Ines", "Kwame", "Astrid", "Hiro", "Zanele", "Felix", "Mira", "Sean")
_LAST = ("Okonkwo", "Bauer", "Castillo", "Nyberg", "Farah", "Quinn", "Moretti", "Takahashi", "Varga", "Delgado")
_CITIES = ("Oslo", "Nairobi", "Montreal", "Hanoi", "Santiago", "Budapest", "Cairo", "Denver", "Porto", "Kraków")
# Outlets, programmes and wires as copy names them (none of the other generators' lists).
_OUTLETS = (
    "The Atlantic",
    "Axios",
    "The Hill",
    "Bloomberg News",
    "Le Parisien",
    "Süddeutsche Zeitung",
    "La Vanguardia",
    "Il Sole 24 Ore",
    "De Standaard",
    "Dagens Nyheter",
    "Gazeta Wyborcza",
    "Novaya Gazeta",
    "The Age",
    "Mail & Guardian",
    "Daily Nation",
    "Dawn",
    "Asahi Shimbun",
    "Clarín",
    "Semafor",
    "The Texas Tribune",
    "KQED",
    "WNYC",
    "CBC News",
    "ABC News",
)
_WIRES = ("AAP", "PA Media", "Yonhap", "TASS", "Interfax", "Anadolu", "Lusa", "Europa Press", "NTB", "Belga", "IANS")
_SHOWS = (
    "The Daily Briefing",
    "Politics Weekly",
    "Inside the Room",
    "The Long Read",
    "Morning Edition",
    "Today in Focus",
)
_SUBJECTS = ("The cabinet", "Mayors", "Pensioners", "The regulator", "Coalition partners", "Truck drivers", "Judges")
_VERBS = ("clash over", "stall", "call for", "scrap", "slam", "quietly revive", "sign up to", "win backing for")
_OBJECTS = (
    "the rent cap",
    "a carbon levy",
    "the rail merger",
    "a ceasefire plan",
    "free school meals",
    "the visa rules",
)
_SECTIONS = ("Politics", "Economy", "World", "Climate", "Courts", "Elections", "Culture", "Science", "Local")
_MONTHS = ("Jan.", "February", "March", "Apr", "June", "Aug", "Oct.", "December")
_BRANDS = ("Contoso", "Fabrikam", "Umbrella", "Hooli", "Stark Bank", "Wayne Travel")


def _name(rng: Rng) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _handle(rng: Rng) -> str:
    return "@" + _pick(rng, _FIRST).lower() + _pick(rng, ("", "_", ".")) + _pick(rng, _LAST).lower()[:5]


def _headline(rng: Rng) -> str:
    text = f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}"
    style = rng.random()
    if style < 0.3:
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    if style < 0.4:
        return f"Why {text[:1].lower() + text[1:]}"
    return text


def _date(rng: Rng) -> str:
    day, month, year = rng.randint(1, 28), _pick(rng, _MONTHS), rng.randint(2012, 2024)
    return _pick(rng, (f"{month} {day}, {year}", f"{day} {month} {year}", f"{year}-{rng.randint(1, 12):02d}-{day:02d}"))


def _duration(rng: Rng) -> str:
    return _pick(
        rng,
        (
            f"{rng.randint(0, 59)}:{rng.randint(0, 59):02d}",
            f"{rng.randint(2, 90)} min",
            f"{rng.randint(2, 59)} mins",
            f"{rng.randint(1, 2)}h {rng.randint(1, 59)}m",
        ),
    )


# ---- furniture families ---------------------------------------------------------------------------


def media(rng: Rng) -> str:
    """Podcast and video pages: players, episodes, durations, transcripts."""
    show, n = _pick(rng, _SHOWS), rng.randint(2, 400)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"Listen on {_pick(rng, ('Apple Podcasts', 'Spotify', 'Google Podcasts', 'Overcast'))}",
        lambda: f"Episode {n} · {_duration(rng)}",
        lambda: f"Ep. {n}: {_headline(rng)}",
        lambda: f"{show} · {_date(rng)}",
        lambda: f"{_duration(rng)} · {show}",
        lambda: "Subscribe: Apple | Spotify | RSS",
        lambda: "Read the transcript",
        lambda: "Transcript",
        lambda: "Full transcript below",
        lambda: "Download MP3",
        lambda: "Playing now",
        lambda: f"Now playing: {_headline(rng)}",
        lambda: "Watch live",
        lambda: f"Watch now · {_duration(rng)}",
        lambda: f"{_duration(rng)} / {_duration(rng)}",
        lambda: "Closed captions available",
        lambda: "Mute",
        lambda: "Replay",
        lambda: f"Video: {_name(rng)}/{_pick(rng, _OUTLETS)}",
        lambda: f"Explore more on these topics: {_pick(rng, _SECTIONS)}",
    )
    return _pick_form(rng, forms)


def syndication(rng: Rng) -> str:
    """Syndication, wire feed and republishing footers and slugs."""
    outlet, wire = _pick(rng, _OUTLETS), _pick(rng, _WIRES)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"This story originally appeared in {outlet}.",
        lambda: f"Originally published by {outlet}",
        lambda: f"Republished with permission from {outlet}",
        lambda: f"Reprinted with permission of {outlet}.",
        lambda: f"Via {outlet}",
        lambda: f"via {wire}",
        lambda: f"Source: {outlet}",
        lambda: f"{wire} {_pick(rng, ('rp', 'jw', 'mk', 'dh'))}",
        lambda: f"{wire.upper()} {rng.randint(10, 23)}{rng.randint(10, 59)} GMT",
        lambda: "(END)",
        lambda: "-30-",
        lambda: "###",
        lambda: "ENDS",
        lambda: f"({wire})",
        lambda: f"[{wire}]",
        lambda: f"{wire}/{outlet}",
        lambda: f"Additional reporting: {wire}",
        lambda: f"Compiled by {_name(rng)}",
        lambda: f"Compiled from {wire} reports",
        lambda: f"Sub-editing: {_name(rng)}",
        lambda: f"Produced in partnership with {outlet}",
        lambda: f"Syndicated by {outlet}",
        lambda: f"Feed: {wire}",
    )
    return _pick_form(rng, forms)


def notes(rng: Rng) -> str:
    """Corrections, editor's notes, disclosures and updates the desk adds."""
    outlet = _pick(rng, _OUTLETS)
    forms: tuple[Callable[[], str], ...] = (
        lambda: "CORRECTION",
        lambda: "Clarification:",
        lambda: f"Correction appended {_date(rng)}",
        lambda: "This article has been corrected.",
        lambda: f"This story has been updated with additional information. ({_date(rng)})",
        lambda: f"Update, {_date(rng)}:",
        lambda: f"Disclosure: {_pick(rng, _BRANDS)} is a funder of {outlet}.",
        lambda: "Editor’s note",
        lambda: "Note to readers",
        lambda: f"This article is part of our {_pick(rng, _SECTIONS).lower()} series.",
        lambda: f"Part {rng.randint(1, 4)} of {rng.randint(5, 7)}",
        lambda: "The views expressed are the author's own.",
        lambda: f"Comment | {_name(rng)}",
    )
    return _pick_form(rng, forms)


def social(rng: Rng) -> str:
    """Social embeds as plain copy keeps them."""
    who, handle = _name(rng), _handle(rng)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"pic.twitter.com/{''.join(rng.choice('abcdefghXYZ0123') for _ in range(10))}",
        lambda: f"A post shared by {who} ({handle.lstrip('@')})",
        lambda: "View this post on Instagram",
        lambda: f"See more of {handle} on Instagram",
        lambda: f"{rng.randint(2, 900)} likes",
        lambda: f"{rng.randint(2, 90)}K views",
        lambda: "Embed",
        lambda: "Tweet",
        lambda: f"{handle}",
        lambda: f"{who} {handle}",
        lambda: "Watch on YouTube",
        lambda: "This content is hosted by a third party.",
        lambda: f"Allow {_pick(rng, ('Twitter', 'YouTube', 'Instagram', 'TikTok'))} content?",
    )
    return _pick_form(rng, forms)


def mail(rng: Rng) -> str:
    """Newsletter mail and printouts: their own prompts and page marks."""
    outlet = _pick(rng, _OUTLETS)
    forms: tuple[Callable[[], str], ...] = (
        lambda: "View in browser",
        lambda: "Having trouble viewing this email?",
        lambda: "Forward to a friend",
        lambda: "Was this email forwarded to you? Sign up here",
        lambda: "Unsubscribe | Manage preferences",
        lambda: "Update your email preferences",
        lambda: f"You are receiving this email because you subscribed to {outlet}.",
        lambda: f"Welcome to {_pick(rng, _SHOWS)}",
        lambda: f"Good morning. Here is {_pick(rng, _SHOWS)} for {_date(rng)}",
        lambda: "---------- Forwarded message ---------",
        lambda: "Sent from my iPhone",
        lambda: f"Printed from {outlet.lower().replace(' ', '')}.com",
        lambda: f"Page {rng.randint(1, 4)}",
        lambda: f"{rng.randint(1, 9)}/{rng.randint(10, 12)}",
        lambda: f"{_date(rng)} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {_pick(rng, ('AM', 'PM'))}",
        lambda: f"https://www.{outlet.lower().replace(' ', '').replace('&', '')}.com/{_pick(rng, _SECTIONS).lower()}/",
        lambda: "Advertise with us",
        lambda: "Privacy Policy | Terms of Use",
        lambda: "Contact us",
        lambda: "About us",
        lambda: f"© {outlet}",
    )
    return _pick_form(rng, forms)


def live(rng: Rng) -> str:
    """Live blogs and CMS exports: pins, key events, shortcodes, image files and alt text."""
    forms: tuple[Callable[[], str], ...] = (
        lambda: "Key event",
        lambda: "Pinned post",
        lambda: "Show key events only",
        lambda: "Refresh",
        lambda: f"{rng.randint(2, 59)} new updates",
        lambda: "Load more",
        lambda: f"{rng.randint(1, 23)}h ago",
        lambda: (
            f"{rng.randint(1, 12)}.{rng.randint(10, 59)}{_pick(rng, ('am', 'pm'))} {_pick(rng, ('BST', 'EDT', 'CET'))}"
        ),
        lambda: "[caption]",
        lambda: f"[embed]{rng.randint(1000, 9999)}[/embed]",
        lambda: f"IMG_{rng.randint(1000, 9999)}.jpg",
        lambda: f"{_pick(rng, _SECTIONS).lower()}-{rng.randint(100, 999)}.png",
        lambda: f"Image {rng.randint(1, 9)}/{rng.randint(10, 20)}",
        lambda: f"Photos: {_name(rng)}",
        lambda: "Caption",
        lambda: "Fullscreen",
        lambda: f"{_pick(rng, _SECTIONS)} | {_date(rng)}",
        lambda: f"{_pick(rng, _SECTIONS).upper()}",
        lambda: f"{rng.randint(1, 90)} comments",
        lambda: "Most viewed",
        lambda: "Sign up",
        lambda: f"{_pick(rng, _BRANDS)} | Sponsored",
        lambda: f"Sponsored by {_pick(rng, _BRANDS)}",
        lambda: "Shop now",
        lambda: "We may earn a commission when you buy through links.",
    )
    return _pick_form(rng, forms)


def related(rng: Rng) -> str:
    """Linked headlines as other CMSes set them: a symbol, a label, an outlet, a time after them."""
    head = _headline(rng)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"{head} ({_duration(rng)})",
        lambda: f"{head} · {_date(rng)}",
        lambda: f"{head} | {_pick(rng, _OUTLETS)}",
        lambda: f"{_pick(rng, ('Related', 'RELATED', 'See also', 'Listen', 'Watch'))}: {head}",
        lambda: f"{_pick(rng, ('◾', '⊕', '➜', '⇢', '▷▷', '🎧', '📺', '➕'))} {head}",
        lambda: f"{_pick(rng, ('Leer más', 'Voir aussi', 'Weiterlesen', 'Continua a leggere', 'Czytaj też'))}: {head}",
        lambda: f"{head} ›",
        lambda: f"{head} →",
        lambda: f"{_pick(rng, _SECTIONS).upper()}: {head}",
        lambda: f"{head} [{_pick(rng, ('video', 'audio', 'gallery'))}]",
    )
    return _pick_form(rng, forms)


FURNITURE: dict[str, tuple[Callable[[Rng], str], str]] = {
    "media": (media, "boilerplate"),
    "syndication": (syndication, "credit"),
    "notes": (notes, "boilerplate"),
    "social": (social, "boilerplate"),
    "mail": (mail, "boilerplate"),
    "live": (live, "boilerplate"),
    "related": (related, "related"),
}

# ---- what must stay: subheadings and short lines in the same words --------------------------------


def heading(rng: Rng) -> str:
    forms: tuple[Callable[[], str], ...] = (
        lambda: _pick(rng, ("The podcast economy", "Live and learn", "A correction in the markets", "Wire transfers")),
        lambda: _pick(rng, ("Shared costs", "Printed money", "Views from the border", "Key events of the week")),
        lambda: f"Back in {_pick(rng, _CITIES)}",
        lambda: (
            f"The {_pick(rng, _SECTIONS).lower()} of {_pick(rng, _OBJECTS).removeprefix('the ').removeprefix('a ')}"
        ),
        lambda: f"What {_pick(rng, _SUBJECTS).lower()} want",
        lambda: f"{_pick(rng, ('Early', 'Late', 'Fresh'))} signs of trouble",
        lambda: " ".join(w[:1].upper() + w[1:] for w in f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)}".split()),
        lambda: f"Episode in {_pick(rng, _CITIES)}",
        lambda: f"Updates to {_pick(rng, _OBJECTS)}",
    )
    return _pick_form(rng, forms)


def short_body(rng: Rng) -> str:
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"{_name(rng)} posted the video on Twitter.",
        lambda: "The episode ended quietly.",
        lambda: f"Listen closely, {_name(rng)} said.",
        lambda: f"Corrections were made on {_date(rng)}.",
        lambda: f"{_pick(rng, _WIRES)} first reported the deal.",
        lambda: f"The transcript runs to {rng.randint(20, 90)} pages.",
        lambda: "Nothing was shared with the press.",
        lambda: f"{_pick(rng, _SUBJECTS)} forwarded the email to police.",
        lambda: f"“Subscribe to nothing,” {_name(rng)} wrote.",
        lambda: f"Page {rng.randint(2, 40)} of the report is blank.",
        # An embedded post's signature: the real pages' marked bodies keep it with the post.
        lambda: f"— {_name(rng)} ({_handle(rng)}) {_date(rng)}",
    )
    return _pick_form(rng, forms)


def garble_article(record: dict, rng: Rng) -> dict:
    """One clean article with this generator's lines put in, as a record for `score_structure.py`."""
    return wild.garble_article(record, rng, _this())


def insert(record: dict, rng: Rng) -> tuple[str, dict[str, str]]:
    """The article with this generator's lines at paragraph boundaries; each inserted line's kind."""
    return wild.insert(record, rng, _this())


def write_garbled(path: Path, source: Path, seed: int = 14) -> int:
    """Every record of ``source`` garbled with this generator into ``path``; seeded."""
    return wild.write_garbled(path, source, seed, _this(), "more")


def _this() -> wild.Generator:
    return sys.modules[__name__]  # type: ignore[return-value]


if __name__ == "__main__":
    sys.exit(wild.main(_this(), __doc__))

"""A wider generator of page furniture, subheadings and short article lines, to train the model of
``src/tuiread/parser/furniture_model.py`` on forms beyond garble.py's train half.

Written from what real news pages and wire copy carry (many outlets and languages of copy); it
shares no template with garble.py's held-out half, which nobody reads. Every family is a generator
that combines leads, separators, names, agencies, dates and headlines, not a list of fixed lines.

    python benchmarks/furniture_forms.py --show 40     # print a sample of each family
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable

Rng = random.Random
Line = tuple[str, str]  # (text, kind): kind is body, heading, related, credit or boilerplate

_FIRST = ("Maria", "John", "Amélie", "Jürgen", "Carlos", "Aiko", "Fatima", "Niall", "Ingrid", "Raj", "Chloé", "Ben")
_LAST = ("Santos", "O'Brien", "Lefèvre", "Hoffmann", "García", "Sato", "Nasser", "Walsh", "Berg", "Patel", "Moreau")
_CITIES = ("London", "Geneva", "Rome", "Lisbon", "Vienna", "Seoul", "Lagos", "Chicago", "Warsaw", "Lima")
# Agencies as copy credits them (none of garble.py's held-out half).
_AGENCIES = (
    "AFP",
    "AP",
    "Reuters",
    "dpa",
    "EFE",
    "ANSA",
    "Kyodo",
    "Xinhua",
    "ANP",
    "CTK",
    "PAP",
    "MTI",
    "HINA",
    "BTA",
    "STA",
    "Ritzau",
    "TT",
    "STT",
    "Télam",
    "Sputnik",
    "RIA Novosti",
    "Ukrinform",
    "IRNA",
    "KUNA",
    "MENA",
    "Antara",
    "Jiji",
    "CNA",
    "Agerpres",
    "LETA",
    "Notimex",
    "Agência Brasil",
    "sid",
    "KNA",
    "APA",
)
_SITES = ("the Post", "the Chronicle", "the Observer", "NPR", "Vox", "Le Figaro", "Die Zeit", "El Mundo", "the Times")
_SUBJECTS = ("Lawmakers", "The mayor", "Rail unions", "Regulators", "The opposition", "Nurses", "Investors", "Police")
_VERBS = ("clash over", "agree on", "delay", "take aim at", "fight", "unveil", "weigh in on", "split on")
_OBJECTS = ("the housing bill", "new tariffs", "the election date", "a pay rise", "the pipeline", "school funding")
_MONTHS = ("Jan", "Feb", "April", "July", "Aug.", "October", "Dec")
_TOPICS = ("Politics", "Economy", "World", "Immigration", "Energy", "Defence", "Justice", "Education", "Media")


def _pick(rng: Rng, items: tuple[str, ...]) -> str:
    return items[rng.randrange(len(items))]


def _name(rng: Rng) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _headline(rng: Rng) -> str:
    text = f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}"
    style = rng.random()
    if style < 0.3:
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    if style < 0.4:
        return f"{text} ({_pick(rng, ('video', 'photos', 'live', 'opinion'))})"
    if style < 0.5:
        return f"Why {text.lower()}"
    return text


def _date(rng: Rng) -> str:
    return f"{rng.randint(1, 28)} {_pick(rng, _MONTHS)} {rng.randint(2010, 2024)}"


def _clock(rng: Rng) -> str:
    return f"{rng.randint(0, 23):02d}{_pick(rng, (':', '.', 'h'))}{rng.randint(0, 59):02d}"


# ---- furniture families ---------------------------------------------------------------------------

_LEADS = (
    "More coverage",
    "Related reading",
    "Read More",
    "READ ALSO",
    "Also in the news",
    "What to read next",
    "Before you go",
    "Latest",
    "More stories",
    "In other news",
    "Popular now",
    "Elsewhere",
    "ALSO ON",
    "Lire également",
    "À voir aussi",
    "À relire",
    "Lesen Sie mehr",
    "Auch interessant",
    "Zum Thema",
    "Mehr dazu",
    "Lea también",
    "Más información",
    "Noticias relacionadas",
    "Leggi di più",
    "Approfondimento",
    "Veja também",
    "Saiba mais",
    "Lees meer",
    "Ook interessant",
    "Læs også",
    "Les også",
    "Czytaj więcej",
    "Přečtěte si také",
    "Подробнее",
)
_SEPS = (": ", " | ", " – ", " — ", " » ", " > ", " :: ", " // ", ":")
_MARKS = ("⟶", "↳", "⮕", "★", "◉", "‣", "⁃", "▪", "✔", "⊳", "»»", "↗", "🎥", "📷", "🔴", "⚡")


def related(rng: Rng) -> str:
    r = rng.random()
    if r < 0.55:
        line = f"{_pick(rng, _LEADS)}{_pick(rng, _SEPS)}{_headline(rng)}"
        return f"{_pick(rng, _MARKS)} {line}" if rng.random() < 0.2 else line
    if r < 0.75:
        return f"{_pick(rng, _MARKS)} {_headline(rng)}"
    if r < 0.85:
        return f"{_pick(rng, _LEADS).upper()} {_headline(rng)}"
    return f"{_headline(rng)} {_pick(rng, ('›', '»', '→', '>>'))}"


def credit(rng: Rng) -> str:
    a, b = _pick(rng, _AGENCIES), _pick(rng, _AGENCIES)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"({a})",
        lambda: f"({a}/{b})",
        lambda: f"{a}/{b}",
        lambda: f"— {a}",
        lambda: f"-{a}-",
        lambda: f"{a.upper()}",
        lambda: f"{a} / {_name(rng)}",
        lambda: f"{a.lower()}/{_pick(rng, ('lnw', 'sei', 'aej', 'fmr', 'kna'))}",
        lambda: f"(With {a} reporting)",
        lambda: "Staff and wire reports",
        lambda: "From wire reports",
        lambda: "Wire services contributed to this story.",
        lambda: f"{a} and staff",
        lambda: f"Story by {_name(rng)}, {a}",
        lambda: f"Con datos de {a}",
        lambda: f"Nach Angaben von {a}",
        lambda: "Mit Agenturen",
        lambda: f"Redacción / {a}",
        lambda: f"{a}/Redacción",
        lambda: f"D'après {a} et {b}",
        lambda: f"Fonti: {a}, {b}",
        lambda: f"Bron: {a}",
        lambda: f"Källa: {a}",
        lambda: f"{_name(rng)} reported from {_pick(rng, _CITIES)}.",
        lambda: f"({_name(rng)} reporting from {_pick(rng, _CITIES)})",
        lambda: f"{_name(rng)} is a staff writer at {_pick(rng, _SITES)}.",
        lambda: f"{_name(rng)} is {_pick(rng, _SITES)}'s {_pick(rng, ('chief', 'Europe', 'politics'))} correspondent.",
        lambda: f"{_name(rng)}, {_pick(rng, _CITIES)}",
        lambda: f"{_name(rng).upper()}",
        lambda: f"{_name(rng)} | {_pick(rng, _SITES).removeprefix('the ')}",
        lambda: f"Von {_name(rng)}",
        lambda: f"Por {_name(rng)} | {_pick(rng, _CITIES)}",
        lambda: f"© {rng.randint(2010, 2024)} {_pick(rng, _SITES).removeprefix('the ').title()}",
        lambda: f"© Copyright {a} {rng.randint(2010, 2024)}",
        lambda: f"Copyright {rng.randint(2010, 2024)} {a}. All rights reserved. This material may not be published.",
        lambda: f"Editing by {_name(rng)}",
        lambda: f"Translated by {_name(rng)}",
        lambda: f"Text: {_name(rng)}",
    )
    return _pick_form(rng, forms)


def _pick_form(rng: Rng, forms: tuple[Callable[[], str], ...]) -> str:
    return forms[rng.randrange(len(forms))]()


def photo(rng: Rng) -> str:
    a = _pick(rng, _AGENCIES)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"Photography by {_name(rng)}",
        lambda: f"Pic: {_name(rng)}",
        lambda: f"Image via {a}",
        lambda: f"Copyright: {a}",
        lambda: f"© {_name(rng)}",
        lambda: f"[{a} photo]",
        lambda: f"{a} photo",
        lambda: f"{a} Photo/{_name(rng)}",
        lambda: "(File photo)",
        lambda: f"Photo illustration by {_name(rng)}",
        lambda: f"Foto: {_name(rng)} / {a}",
        lambda: f"Fotó: {a}",
        lambda: f"Image {rng.randint(1, 9)} of {rng.randint(10, 30)}",
        lambda: f"{rng.choice((640, 800, 1200, 1920))}x{rng.choice((360, 480, 675, 1080))}",
        lambda: f"Image: {rng.choice((640, 1200))} × {rng.choice((480, 800))} px",
        lambda: f"{_pick(rng, _SUBJECTS)} in {_pick(rng, _CITIES)}. Photo: {a}",
        lambda: f"{_pick(rng, _SUBJECTS)} gather in {_pick(rng, _CITIES)} ({a})",
        lambda: f"FILE PHOTO: {_pick(rng, _SUBJECTS)} in {_pick(rng, _CITIES)}",
    )
    return _pick_form(rng, forms)


def prompt(rng: Rng) -> str:
    site = _pick(rng, _SITES).removeprefix("the ")
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"Download the {site} app",
        lambda: f"Get the {site} app for {_pick(rng, ('iPhone', 'Android'))}",
        lambda: "Get our free newsletter",
        lambda: "Like us on Facebook",
        lambda: "Join the conversation",
        lambda: "Comments are closed.",
        lambda: f"Have a tip? Email us at tips@{site.lower().replace(' ', '')}.com",
        lambda: "Listen to this article",
        lambda: f"Listen to this story · {rng.randint(2, 12)} min",
        lambda: "Print this page",
        lambda: "Email this article",
        lambda: "Save for later",
        lambda: "Gift this article",
        lambda: "Copy link",
        lambda: "Open in app",
        lambda: "Sign in to comment",
        lambda: "Already a subscriber? Log in",
        lambda: f"Subscribe for ${rng.randint(1, 9)}",
        lambda: "Recibe nuestro boletín",
        lambda: "Abonnez-vous à notre newsletter",
        lambda: "Newsletter abonnieren",
        lambda: "Share on Facebook Share on Twitter",
        lambda: "Facebook Twitter WhatsApp Email",
        lambda: "Share | Tweet | Email",
        lambda: f"Comments ({rng.randint(2, 400)})",
        lambda: f"{rng.randint(2, 400)} comments",
        lambda: f"{rng.randint(1, 9)}.{rng.randint(1, 9)}K shares",
        lambda: "Watch the video",
        lambda: "Play video",
        lambda: "Click to enlarge",
        lambda: "Loading video...",
        lambda: "Your browser does not support the video tag.",
        lambda: "Back to top",
        lambda: "Next article",
        lambda: f"Page {rng.randint(1, 3)} of {rng.randint(4, 6)}",
        lambda: "Show more",
        lambda: "Continue reading",
        lambda: f"Follow {site} on Instagram",
        lambda: f"Suivez {site} sur X",
        lambda: "Teilen auf WhatsApp",
    )
    return _pick_form(rng, forms)


def ad(rng: Rng) -> str:
    forms: tuple[Callable[[], str], ...] = (
        lambda: "ADVERTISING",
        lambda: "Advertisement - scroll to continue",
        lambda: "AD",
        lambda: "Paid post",
        lambda: "Promoted stories",
        lambda: "Sponsored links",
        lambda: "Anzeige",
        lambda: "Publicité",
        lambda: "Article continues below",
        lambda: "Continue reading below",
        lambda: "- Ad -",
        lambda: "Reklame",
        lambda: "Mainos",
        lambda: "Ad Feedback",
    )
    return _pick_form(rng, forms)


def stamp(rng: Rng) -> str:
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"Published: {rng.randint(2, 11)} hours ago",
        lambda: f"Updated at {_clock(rng)}",
        lambda: f"{_clock(rng)} CET",
        lambda: f"{_date(rng)}, {_clock(rng)}",
        lambda: f"Last modified on {_date(rng)}",
        lambda: f"Posted on {_date(rng)}",
        lambda: f"Veröffentlicht am {_date(rng)}",
        lambda: f"Publié le {_date(rng)} à {_clock(rng)}",
        lambda: f"Publicado el {_date(rng)}",
        lambda: f"{rng.randint(2, 12)} min de lecture",
        lambda: f"Lesezeit: {rng.randint(2, 12)} Minuten",
        lambda: f"{rng.randint(2, 11)} hours ago",
        lambda: "Just now",
        lambda: f"Yesterday {_clock(rng)}",
        lambda: f"{_date(rng)} | {_clock(rng)}",
    )
    return _pick_form(rng, forms)


def tags(rng: Rng) -> str:
    topics = rng.sample(_TOPICS, rng.randint(2, 4))
    forms: tuple[Callable[[], str], ...] = (
        lambda: "Tags",
        lambda: f"Related topics: {', '.join(topics)}",
        lambda: f"Schlagworte: {', '.join(topics)}",
        lambda: f"Mots-clés : {', '.join(topics)}",
        lambda: f"Etiquetas: {' · '.join(topics)}",
        lambda: " ".join(f"#{t}" for t in topics),
        lambda: " | ".join(topics),
        lambda: f"{topics[0]} › {topics[1]}",
    )
    return _pick_form(rng, forms)


FURNITURE: dict[str, tuple[Callable[[Rng], str], str]] = {
    "related": (related, "related"),
    "credit": (credit, "credit"),
    "photo": (photo, "credit"),
    "prompt": (prompt, "boilerplate"),
    "ad": (ad, "boilerplate"),
    "stamp": (stamp, "boilerplate"),
    "tags": (tags, "related"),
}

# ---- what must stay: subheadings and short lines of the article's own ------------------------------

_HEAD_NOUNS = ("The deal", "A new start", "Money talks", "The fallout", "Reaction", "Next steps", "The vote", "Origins")
_HEAD_WH = ("What happens next", "Who pays", "Why it matters", "How we got here", "Where the money goes")


def heading(rng: Rng) -> str:
    r = rng.random()
    if r < 0.25:
        return _pick(rng, _HEAD_NOUNS)
    if r < 0.45:
        q = _pick(rng, _HEAD_WH)
        return q + "?" if rng.random() < 0.5 else q
    if r < 0.65:
        return " ".join(
            w[:1].upper() + w[1:]
            for w in f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}".split()
        )
    if r < 0.75:
        return f"{_pick(rng, _SUBJECTS)} in {_pick(rng, _CITIES)}"
    if r < 0.85:
        return f"{rng.randint(1, 5)}. {_pick(rng, _HEAD_NOUNS)}"
    return _pick(rng, _HEAD_NOUNS).upper()


def numbered_heading(rng: Rng) -> str:
    """A subheading with a year or a figure in it: stamps are not the only short lines with digits."""
    year = rng.randint(1900, 2024)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"A {_pick(rng, ('bridge', 'law', 'party', 'school'))} built in {year}",
        lambda: f"The {year} {_pick(rng, ('race', 'budget', 'crash', 'census'))}",
        lambda: f"{rng.randint(3, 12)} things to know about {_pick(rng, _OBJECTS)}",
        lambda: f"Since {year}",
        lambda: f"${rng.randint(2, 90)} billion and counting",
        lambda: f"Back to {year}",
        lambda: f"{_pick(rng, _SUBJECTS)} after {year}",
    )
    return _pick_form(rng, forms)


def numbered_body(rng: Rng) -> str:
    """A short line of the article's own with a year or a figure in it."""
    year = rng.randint(1900, 2024)
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"That was in {year}.",
        lambda: f"Turnout: {rng.randint(30, 80)} percent.",
        lambda: f"The last time was {year}.",
        lambda: f"In {year}, it passed.",
        lambda: f"{_pick(rng, _SUBJECTS)} since {year}",
    )
    return _pick_form(rng, forms)


def short_body(rng: Rng) -> str:
    forms: tuple[Callable[[], str], ...] = (
        lambda: f"{_pick(rng, _SUBJECTS)} declined to comment.",
        lambda: "It was not immediately clear why.",
        lambda: f"The vote was {rng.randint(40, 70)} to {rng.randint(20, 39)}.",
        lambda: f"{_pick(rng, _AGENCIES)} could not reach the ministry for comment.",
        lambda: f"{_name(rng)} reported the figures to {_pick(rng, _AGENCIES)} on Monday.",
        lambda: f"“We will not back down,” {_name(rng)} said.",
        lambda: "Nobody was hurt.",
        lambda: f"Read the full ruling, {_name(rng)} told reporters.",
        lambda: f"He said the {_pick(rng, _OBJECTS).removeprefix('the ')} would pass.",
        lambda: f"Watch for {_pick(rng, _OBJECTS)} to dominate the session.",
        lambda: f"Photos of {_pick(rng, _OBJECTS)} circulated online.",
        lambda: f"Then {_pick(rng, _SUBJECTS).lower()} spoke.",
        lambda: f"{_name(rng)} added:",
        lambda: f"Updated forecasts are due on {_date(rng)}.",
        lambda: f"— {_pick(rng, _SUBJECTS)} want more time.",
        lambda: f"• {_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}.",
    )
    return _pick_form(rng, forms)


def furniture_line(rng: Rng) -> Line:
    make, kind = FURNITURE[_pick(rng, tuple(FURNITURE))]
    return make(rng), kind


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for family, (make, kind) in FURNITURE.items():
        for _ in range(args.show // 4 or 1):
            print(f"{family:8} {kind:12} {make(rng)}")
    for _ in range(args.show // 4 or 1):
        print(f"{'heading':8} {'heading':12} {heading(rng)}")
        print(f"{'body':8} {'body':12} {short_body(rng)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

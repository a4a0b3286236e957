"""A third generator of page furniture (after garble.py's train half and ``furniture_forms.py``):
the lines copy carries from CMS exports, newsletters, wire feeds and pages of many outlets, each
family built from parts (leads, separators, names, outlets, dates, headlines), not fixed lines.

Written from what real pages carry: paywall and sign-in prompts, cookie and audio-player lines,
breadcrumbs and section kickers, caption toggles, corrections and editor's notes, republishing
notes, author bios and contact lines, wire slugs and datelines of a feed, poll and live-blog
furniture, in the usual languages of copy. It shares no template with garble.py's held-out half,
which nobody reads. Besides furniture it makes article lines that look like some of it (a short
answer, a Q&A lead, a list item, a kicker-like subheading) so that a model learns the difference.

    python benchmarks/furniture_wild.py --show 40     # a sample of each family
    python benchmarks/furniture_wild.py --measure     # what the parser does with each family today
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from furniture_forms import _pick, _pick_form

Rng = random.Random
Line = tuple[str, str]  # (text, kind): kind is body, heading, related, credit or boilerplate

_FIRST = ("Hannah", "Mehmet", "Sofía", "Lukas", "Amara", "Pierre", "Kenji", "Olga", "Diego", "Priya", "Erik", "Nadia")
_LAST = ("Kowalczyk", "Mensah", "Rossi", "Lindqvist", "Ibrahim", "Fontaine", "Novak", "Murphy", "Alvarez", "Singh")
_CITIES = ("Dublin", "Athens", "Kyiv", "Manila", "Accra", "Boston", "Prague", "Bogotá", "Helsinki", "Dhaka", "Perth")
# Outlets and wires as copy names them (none of the other generators' lists).
_OUTLETS = (
    "The Independent",
    "Deutsche Welle",
    "Al Jazeera",
    "The Hindu",
    "Le Monde",
    "Der Spiegel",
    "El País",
    "Corriere della Sera",
    "Folha",
    "The Globe and Mail",
    "The Straits Times",
    "Haaretz",
    "The Irish Times",
    "Euronews",
    "Politico Europe",
    "The Conversation",
    "ProPublica",
    "CNN",
    "BBC News",
    "Sky News",
    "France 24",
    "RFI",
    "Swissinfo",
    "Kathimerini",
    "Nikkei Asia",
)
_WIRES = (
    "AAP",
    "PTI",
    "IANS",
    "Yonhap",
    "Bernama",
    "NTB",
    "Belga",
    "Lusa",
    "Europa Press",
    "Keystone-SDA",
    "TASS",
    "Interfax",
    "Anadolu",
    "Bloomberg",
    "UPI",
    "CP",
    "AP",
    "AFP",
    "Reuters",
    "dpa",
)
_SECTIONS = ("Politics", "World", "Business", "Opinion", "Europe", "Africa", "Asia", "US", "UK", "Health", "Tech")
_SUBJECTS = ("Ministers", "The senate", "Farmers", "Teachers", "The central bank", "Voters", "The court", "Doctors")
_VERBS = ("push for", "rule out", "vote down", "sign off on", "warn over", "back away from", "row over", "probe")
_OBJECTS = ("the new budget", "a fuel tax", "the border deal", "strike plans", "the reform", "a second vote")
_MONTHS = ("January", "Feb.", "March", "May", "Sept.", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wed", "Thursday", "Fri", "Saturday", "Sunday")


def _name(rng: Rng) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _headline(rng: Rng) -> str:
    text = f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}"
    style = rng.random()
    if style < 0.35:
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    if style < 0.45:
        return f"‘{text}’"
    if style < 0.55:
        return f"{text}: what we know"
    return text


def _date(rng: Rng) -> str:
    d, m, y = rng.randint(1, 28), _pick(rng, _MONTHS), rng.randint(2012, 2024)
    return _pick_form(
        rng,
        (
            lambda: f"{d} {m} {y}",
            lambda: f"{m} {d}, {y}",
            lambda: f"{d:02d}/{rng.randint(1, 12):02d}/{y}",
            lambda: f"{y}-{rng.randint(1, 12):02d}-{d:02d}",
            lambda: f"{d:02d}.{rng.randint(1, 12):02d}.{y}",
        ),
    )


def _clock(rng: Rng) -> str:
    return _pick_form(
        rng,
        (
            lambda: f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {_pick(rng, ('am', 'pm', 'a.m.', 'p.m.', 'AM'))}",
            lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            lambda: f"{rng.randint(0, 23)}h{rng.randint(0, 59):02d}",
        ),
    )


def _zone(rng: Rng) -> str:
    return _pick(rng, ("ET", "EDT", "GMT", "BST", "CEST", "IST", "AEST", "UTC", "HKT"))


# ---- furniture --------------------------------------------------------------------------------------


def related(rng: Rng) -> str:
    lead = _pick(
        rng,
        (
            "You may also like",
            "Recommended for you",
            "Trending now",
            "Most read",
            "Top stories",
            "Editor's picks",
            "Further reading",
            "Up next",
            "Read next",
            "Keep reading",
            "Suggested reading",
            "Also read",
            "MUST READ",
            "Background",
            "Explainer",
            "Analysis",
            "Live updates",
            "Opinion",
            "From the archive",
            "Latest news",
            "Das könnte Sie auch interessieren",
            "Lesetipp",
            "Mehr zum Thema",
            "À lire aussi",
            "Sur le même sujet",
            "Te puede interesar",
            "Quizás te interese",
            "Potrebbe interessarti",
            "Leggi anche",
            "Você pode gostar",
            "Leia também",
            "См. также",
            "Lees ook",
            "Läs mer",
        ),
    )
    sep = _pick(rng, (": ", " | ", " — ", " – ", " › ", " >> ", " · ", " / ", ":: "))
    site = _pick(rng, _OUTLETS)
    return _pick_form(
        rng,
        (
            lambda: f"{lead}{sep}{_headline(rng)}",
            lambda: f"{lead.upper()}{sep}{_headline(rng)}",
            lambda: f"{_headline(rng)} | {site}",
            lambda: f"{_headline(rng)} — {site}",
            lambda: f"{_headline(rng)} ({site})",
            lambda: f"[{_pick(rng, _SECTIONS)}] {_headline(rng)}",
            lambda: f"{_pick(rng, _SECTIONS).upper()} | {_headline(rng)}",
            lambda: f"{_pick(rng, ('▲', '◀', '⇨', '✚', '◼', '⬤', '❯', '〉', '⟩', '🔸', '📌', '👇'))} {_headline(rng)}",
            lambda: f"Click here to read more about {_pick(rng, _OBJECTS).removeprefix('the ')}",
            lambda: f"Click here for our full coverage of {_pick(rng, _OBJECTS).removeprefix('the ')}",
            lambda: f"For more {_pick(rng, _SECTIONS).lower()} news, visit {site}",
            lambda: f"Follow our live coverage of {_pick(rng, _OBJECTS)}",
            lambda: f"Home > {_pick(rng, _SECTIONS)} > {_pick(rng, _SECTIONS)}",
            lambda: f"Home / {_pick(rng, _SECTIONS)} / {_pick(rng, _CITIES)}",
            lambda: f"{_pick(rng, _SECTIONS)} » {_pick(rng, _CITIES)}",
            lambda: f"Watch: {_headline(rng)}",
            lambda: f"VIDEO: {_headline(rng)}",
            lambda: f"PHOTOS: {_headline(rng)}",
            lambda: "More on this story",
            lambda: f"More from {site}",
            lambda: f"Other stories from {_pick(rng, _SECTIONS)}",
        ),
    )


def credit(rng: Rng) -> str:
    a, b = _pick(rng, _WIRES), _pick(rng, _WIRES)
    site = _pick(rng, _OUTLETS)
    return _pick_form(
        rng,
        (
            lambda: f"({a}) —",
            lambda: f"By {_name(rng)}, {a}",
            lambda: f"BY {_name(rng).upper()}",
            lambda: f"By {_name(rng)} and {_name(rng)}",
            lambda: f"{_name(rng)} | {_pick(rng, _CITIES)}",
            lambda: f"Words: {_name(rng)}",
            lambda: f"Words by {_name(rng)}",
            lambda: f"Reporting by {_name(rng)} in {_pick(rng, _CITIES)}; editing by {_name(rng)}",
            lambda: f"Writing by {_name(rng)}; Editing by {_name(rng)} and {_name(rng)}",
            lambda: f"Additional reporting by {_name(rng)}",
            lambda: f"Edited by {_name(rng)}",
            lambda: f"Fact-checked by {_name(rng)}",
            lambda: f"Produced by {_name(rng)}",
            lambda: f"Graphic: {_name(rng)}/{site}",
            lambda: f"Illustration: {_name(rng)}",
            lambda: f"Photograph: {_name(rng)}/{a}",
            lambda: f"Photo credit: {_name(rng)}",
            lambda: f"Credit: {_name(rng)}/{a}",
            lambda: f"Image: {a}",
            lambda: f"Picture: {a}",
            lambda: f"Bild: {a}",
            lambda: f"Foto: {a}/{_name(rng)}",
            lambda: f"Crédit photo : {a}",
            lambda: f"Fotografía: {_name(rng)} ({a})",
            lambda: f"({a} Photo/{_name(rng)})",
            lambda: f"{a} Photo/{_name(rng)}",
            lambda: f"{_name(rng)}/{a} via Getty Images",
            lambda: "Sources: agencies",
            lambda: f"Sources: {a}, {b}",
            lambda: "Staff and agencies",
            lambda: f"{site} staff and agencies",
            lambda: "With wires",
            lambda: "Wire reports",
            lambda: f"{a} contributed to this report.",
            lambda: f"Content from {a}",
            lambda: f"This story was produced by {site}.",
            lambda: f"This article is republished from {site} under a Creative Commons license.",
            lambda: f"This article was translated from {_pick(rng, ('French', 'German', 'Spanish', 'Italian'))}.",
            lambda: f"Distributed by {_pick(rng, ('Tribune Content Agency', 'Andrews McMeel Syndication'))}.",
            lambda: f"© {rng.randint(2010, 2024)} {site}",
            lambda: f"Copyright © {rng.randint(2010, 2024)} {site}. All rights reserved.",
            lambda: f"(c) {rng.randint(2010, 2024)} {a}",
            lambda: f"{_name(rng)} is a {_pick(rng, ('senior', 'political', 'freelance'))} reporter at {site}.",
            lambda: f"{_name(rng)} covers {_pick(rng, _SECTIONS).lower()} for {site}.",
            lambda: f"Contact {_name(rng)} at {_pick(rng, _FIRST).lower()}@{site.split()[-1].lower()}.com",
            lambda: f"Follow {_name(rng)} on Twitter @{_pick(rng, _LAST).lower()}",
            lambda: f"{_name(rng)} can be reached at {_pick(rng, _FIRST).lower()}@news.com",
            lambda: f"— {_name(rng)}, {a}",
            lambda: f"{a.upper()}/{b.upper()}",
            lambda: f"Avec {a}",
            lambda: f"Mit Material von {a} und {b}",
            lambda: f"Con información de {a}",
            lambda: f"Fonte: {a}",
            lambda: f"Источник: {a}",
            lambda: f"{_pick(rng, _CITIES).upper()} ({a})",
            lambda: f"({_name(rng)} reported from {_pick(rng, _CITIES)}.)",
        ),
    )


def prompt(rng: Rng) -> str:
    site = _pick(rng, _OUTLETS)
    return _pick_form(
        rng,
        (
            lambda: "Subscribe now",
            lambda: "Subscribe to continue reading",
            lambda: "Continue reading with a subscription",
            lambda: "This content is for subscribers only",
            lambda: "Already have an account? Log in",
            lambda: "Create a free account",
            lambda: f"You have {rng.randint(1, 5)} free articles remaining",
            lambda: "Register to continue reading",
            lambda: "Log in to read the full article",
            lambda: "Enter your email address",
            lambda: "Your email address",
            lambda: "By signing up you agree to our privacy policy.",
            lambda: "Thank you for reading",
            lambda: "Support independent journalism",
            lambda: f"Support {site} today",
            lambda: "Become a member",
            lambda: "Donate now",
            lambda: "We rely on readers like you.",
            lambda: "Got a news tip? Contact us",
            lambda: f"Do you have a story to share? Email {_pick(rng, ('tips', 'news', 'newsdesk'))}@news.com",
            lambda: "Share this article",
            lambda: "Share this:",
            lambda: "Share on WhatsApp",
            lambda: "Pin it",
            lambda: "Leave a comment",
            lambda: "Join the discussion",
            lambda: "View comments",
            lambda: "Report an error",
            lambda: "Spotted a mistake? Let us know",
            lambda: "Audio version",
            lambda: f"Listen · {rng.randint(2, 9)}:{rng.randint(0, 59):02d} min",
            lambda: "Text size",
            lambda: "A A A",
            lambda: "Read in app",
            lambda: "Turn on notifications",
            lambda: "We use cookies",
            lambda: "Accept all cookies",
            lambda: "Skip to main content",
            lambda: "Toggle caption",
            lambda: "hide caption",
            lambda: "Enlarge this image",
            lambda: "Expand image",
            lambda: "Previous Next",
            lambda: f"{rng.randint(1, 9)} / {rng.randint(10, 20)}",
            lambda: "Inscrivez-vous à notre newsletter",
            lambda: "Suscríbete a nuestro boletín",
            lambda: "Iscriviti alla newsletter",
            lambda: "Jetzt abonnieren",
            lambda: "Jetzt weiterlesen",
            lambda: "Partager sur Facebook",
            lambda: "Compartir en Twitter",
            lambda: "Condividi su WhatsApp",
            lambda: "Поделиться",
            lambda: f"Get the latest {_pick(rng, _SECTIONS).lower()} news delivered to your inbox",
            lambda: "Want more stories like this? Sign up here",
            lambda: f"Follow {site} on Facebook, Twitter and Instagram",
            lambda: "Tap here to add us to your home screen",
            lambda: f"Listen to the {_pick(rng, ('Daily', 'Weekly', 'Briefing'))} podcast",
        ),
    )


def ad(rng: Rng) -> str:
    brand = _pick(rng, ("Acme Bank", "Northwind", "Globex", "Initech", "Vandelay"))
    return _pick_form(
        rng,
        (
            lambda: "Sponsored",
            lambda: "Promoted",
            lambda: "Paid content",
            lambda: "Partner content",
            lambda: f"Presented by {brand}",
            lambda: f"Brought to you by {brand}",
            lambda: f"In partnership with {brand}",
            lambda: "Ads by Google",
            lambda: "Article continues after this advertisement",
            lambda: "The article continues below",
            lambda: "Continue reading the main story",
            lambda: "Scroll to continue with content",
            lambda: "Report this ad",
            lambda: "Close ad",
            lambda: "ADVERTISEMENT - CONTINUE READING BELOW",
            lambda: "Weiterlesen nach der Anzeige",
            lambda: "La suite après la publicité",
            lambda: "Publicidad",
            lambda: "Реклама",
            lambda: "Advertentie",
            lambda: "Reklama",
        ),
    )


def stamp(rng: Rng) -> str:
    return _pick_form(
        rng,
        (
            lambda: f"{_pick(rng, _DAYS)} {_date(rng)} {_clock(rng)} {_zone(rng)}",
            lambda: f"{_date(rng)} at {_clock(rng)} {_zone(rng)}",
            lambda: f"Updated {_clock(rng)} {_zone(rng)}, {_pick(rng, _DAYS)} {_date(rng)}",
            lambda: f"Mis à jour le {_date(rng)} à {_clock(rng)}",
            lambda: f"Stand: {_date(rng)} {_clock(rng)} Uhr",
            lambda: f"Actualizado a las {_clock(rng)}",
            lambda: f"Aggiornato il {_date(rng)}",
            lambda: f"Atualizado em {_date(rng)}",
            lambda: f"First published on {_date(rng)}",
            lambda: f"Last updated: {_date(rng)}",
            lambda: f"{rng.randint(2, 15)} minute read",
            lambda: f"Reading time {rng.randint(2, 15)} minutes",
            lambda: f"{_date(rng)}",
            lambda: f"{_pick(rng, _DAYS)}, {_date(rng)}",
            lambda: f"{rng.randint(2, 59)} minutes ago",
            lambda: f"Video duration {rng.randint(0, 9)}:{rng.randint(0, 59):02d}",
            lambda: f"{rng.randint(0, 9)}:{rng.randint(10, 59)}",
        ),
    )


def kicker(rng: Rng) -> str:
    """Filing labels, gallery counters and notes about the page, said of the page, not the news."""
    return _pick_form(
        rng,
        (
            lambda: f"Topics: {_pick(rng, _SECTIONS)}",
            lambda: f"More on: {_pick(rng, _SECTIONS)}, {_pick(rng, _SECTIONS)}",
            lambda: f"Filed under {_pick(rng, _SECTIONS)}",
            lambda: f"Posted in {_pick(rng, _SECTIONS)}",
            lambda: "Editor's note: This story has been updated.",
            lambda: f"Slideshow ({rng.randint(3, 30)} images)",
            lambda: f"Gallery: {_headline(rng)}",
            lambda: f"{rng.randint(3, 30)} photos",
            lambda: f"View {rng.randint(3, 30)} images",
        ),
    )


def sentence_prompt(rng: Rng) -> str:
    """A prompt or notice written as a sentence or two, longer than a button: newsletter pitches,
    app and membership appeals, syndication and affiliate notices, disclaimers."""
    site = _pick(rng, _OUTLETS)
    topic = _pick(rng, _SECTIONS).lower()
    when = _pick(rng, ("every morning", "each week", "every weekday", "daily"))
    return _pick_form(
        rng,
        (
            lambda: f"Sign up for our free {topic} newsletter to get the best stories delivered to your inbox {when}.",
            lambda: f"Get the latest {topic} news and analysis delivered straight to your inbox — sign up now.",
            lambda: f"Download the {site} app to get breaking news alerts and stay up to date wherever you are.",
            lambda: f"Click here to sign up for our {topic} newsletter and never miss the biggest stories of the day.",
            lambda: f"Follow us on Facebook, Twitter and Instagram for the latest {topic} news and updates.",
            lambda: "Want to read more? Subscribe today for unlimited access to all of our journalism.",
            lambda: "If you enjoyed this article, please consider supporting our journalism by becoming a member.",
            lambda: (
                f"We want to hear from you. Share your story with us by emailing tips@{site.split()[-1].lower()}.com"
            ),
            lambda: "This story has been published from a wire agency feed without modifications to the text.",
            lambda: f"(This story has not been edited by {site} staff and is auto-generated from a syndicated feed.)",
            lambda: f"{site}'s journalism is supported by readers. We may earn a commission from links on this page.",
            lambda: f"Catch all the {topic} news, breaking news and latest updates on {site}.",
            lambda: "Thank you for subscribing! Check your inbox for a confirmation email.",
            lambda: "Our journalism depends on you. Please support us with a donation today.",
            lambda: (
                f"For the latest news and updates, follow us on {_pick(rng, ('Telegram', 'WhatsApp', 'Google News'))}."
            ),
            lambda: f"To get {site}'s {topic} coverage in your inbox, subscribe to our newsletter here.",
            lambda: "Never miss a story: choose your favourite topics and get a personalised email every week.",
            lambda: f"You can also listen to this story on the {site} app or wherever you get your podcasts.",
            lambda: f"Join {rng.randint(2, 90)},000 readers who get our {topic} briefing by email {when}.",
        ),
    )


def dashed_credit(rng: Rng) -> str:
    """A credit after a dash, wherever it stands: "— With files from …", "- Staff and agencies"."""
    a = _pick(rng, _WIRES)
    dash = _pick(rng, ("—", "–", "-", "--"))
    return _pick_form(
        rng,
        (
            lambda: f"{dash} With files from {a}",
            lambda: f"{dash} Staff and agencies",
            lambda: f"{dash} {a} contributed to this report",
            lambda: f"{dash} Additional reporting by {_name(rng)}",
            lambda: f"{dash} {_name(rng)}, {_pick(rng, _OUTLETS)}",
            lambda: f"{dash} {a} and {_pick(rng, _WIRES)}",
            lambda: f"{dash}{a}",
            lambda: f"{dash} By {_name(rng)}",
            lambda: f"{dash} Reporting by {_name(rng)}; Editing by {_name(rng)}",
        ),
    )


# Labels, calls and credits in words no lexicon of the parser holds: a model that learns them must
# learn them by their shape (a label and a separator before a headline, a call to the reader in few
# words, a name after a lead), as it must for the forms nobody listed.
_LABELS = (
    "Go deeper",
    "Dig deeper",
    "In case you missed it",
    "Catch up",
    "Our picks",
    "In depth",
    "Spotlight",
    "Focus",
    "Dossier",
    "Special report",
    "Backstory",
    "Context",
    "Key facts",
    "Essential",
    "Today's picks",
    "Hot topics",
    "Live blog",
    "Developing",
    "Hintergrund",
    "Im Fokus",
    "Aktuell",
    "En direct",
    "Décryptage",
    "Lo último",
    "En vivo",
    "Especial",
    "Approfondisci",
    "Ao vivo",
    "Destaque",
    "Achtergrond",
    "Uitgelicht",
    "Bakgrund",
    "Temat dnia",
    "Главное",
)
_NOVEL_CALLS = (
    "Get our morning briefing",
    "Never miss a story",
    "Stay informed with our daily digest",
    "Try our puzzles",
    "Give the gift of news",
    "Grab your free copy",
    "Start your free trial",
    "Bookmark our live page",
    "Tell us what you think",
    "Have your say",
    "Send us your photos",
    "Ask our reporters a question",
    "Rate this article",
    "Was this helpful?",
    "Take our survey",
    "Vote in our poll",
    "Erhalten Sie unseren Newsletter",
    "Recevez nos alertes",
    "Recibe las noticias en tu móvil",
    "Ricevi le notizie",
)
_NOVEL_CREDIT_LEADS = (
    "Words and pictures by",
    "Additional reporting:",
    "Picture credit:",
    "Image courtesy of",
    "Courtesy of",
    "Photographer:",
    "Camera:",
    "Design:",
    "Research:",
    "Story and photos by",
    "Texte et photos :",
    "Redaktion:",
    "Fotos:",
)
_NOVEL_ADS = (
    "Sponsored message",
    "Paid promotion",
    "Advertiser content",
    "Promotional feature",
    "Commercial content",
    "Partner offer",
    "Offer from our partners",
    "Affiliate links",
    "Shop the story",
    "Deals of the day",
)


def novel(rng: Rng) -> Line:
    """Furniture in words the parser's lexicons do not hold, of each kind."""
    r = rng.random()
    if r < 0.4:
        label = _pick(rng, _LABELS)
        sep = _pick(rng, (": ", " | ", " — ", " › ", " >> ", " · ", " // "))
        return f"{label.upper() if rng.random() < 0.3 else label}{sep}{_headline(rng)}", "related"
    if r < 0.65:
        return _pick(rng, _NOVEL_CALLS), "boilerplate"
    if r < 0.85:
        a = _pick(rng, _WIRES)
        who = _name(rng) if rng.random() < 0.6 else f"{_name(rng)}/{a}"
        return f"{_pick(rng, _NOVEL_CREDIT_LEADS)} {who}", "credit"
    return _pick(rng, _NOVEL_ADS), "boilerplate"


FURNITURE: dict[str, tuple[Callable[[Rng], str], str]] = {
    "novel": (lambda rng: novel(rng)[0], ""),
    "sentence": (sentence_prompt, "boilerplate"),
    "dashed": (dashed_credit, "credit"),
    "related": (related, "related"),
    "credit": (credit, "credit"),
    "prompt": (prompt, "boilerplate"),
    "ad": (ad, "boilerplate"),
    "stamp": (stamp, "boilerplate"),
    "kicker": (kicker, "boilerplate"),
}

# ---- article lines that look like some furniture ------------------------------------------------------


def heading(rng: Rng) -> str:
    return _pick_form(
        rng,
        (
            lambda: f"The {_pick(rng, ('road', 'race', 'fight', 'case', 'push'))} to {_pick(rng, _CITIES)}",
            lambda: f"What {_pick(rng, _SUBJECTS).lower()} want",
            lambda: f"Inside the {_pick(rng, ('talks', 'deal', 'vote', 'campaign'))}",
            lambda: f"‘{_pick(rng, ('We are ready', 'A turning point', 'No going back'))}’",
            lambda: f"A {_pick(rng, ('divided', 'nervous', 'hopeful'))} {_pick(rng, ('party', 'city', 'market'))}",
            lambda: f"{_pick(rng, _SUBJECTS)} and {_pick(rng, _OBJECTS)}",
            lambda: f"Reaction from {_pick(rng, _CITIES)}",
            lambda: f"Background to {_pick(rng, _OBJECTS)}",
            lambda: f"{_pick(rng, ('Costs', 'Risks', 'Winners and losers', 'The numbers', 'Timeline'))}",
            lambda: f"Why {_pick(rng, _SUBJECTS).lower()} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}",
        ),
    )


def short_body(rng: Rng) -> str:
    return _pick_form(
        rng,
        (
            lambda: f"{_pick(rng, _SUBJECTS)} did not respond to a request for comment.",
            lambda: "That remains to be seen.",
            lambda: f"Q: What happens to {_pick(rng, _OBJECTS)} now?",
            lambda: "The answer is no.",
            lambda: f"{_name(rng)} contributed reporting from {_pick(rng, _CITIES)}, the agency said.",
            lambda: f"{_pick(rng, _WIRES)} reported the deal on {_pick(rng, _DAYS)}.",
            lambda: f"Subscribers will pay more from {_pick(rng, _MONTHS)}.",
            lambda: f"The photos were taken in {_pick(rng, _CITIES)}.",
            lambda: f"Share prices fell {rng.randint(2, 9)}%.",
            lambda: f"Updated figures were released on {_pick(rng, _DAYS)}.",
            lambda: f"Sign language was used at the briefing in {_pick(rng, _CITIES)}.",
            lambda: f"Follow-up talks are set for {_pick(rng, _MONTHS)}.",
            lambda: f"{_name(rng)}, {rng.randint(30, 80)}, agreed.",
            lambda: f"“{_pick(rng, ('Never', 'Absolutely', 'Not yet', 'We will see'))},” she said.",
        ),
    )


# Headers of a list of linked headlines, in words no lexicon of the parser holds, and the symbols
# such a list is set with.
_LIST_HEADERS = (
    "Latest headlines",
    "Around the web",
    "Elsewhere on the site",
    "From our network",
    "Weitere Artikel",
    "Dans la même rubrique",
    "Más noticias de hoy",
    "Ultime notizie",
    "Últimas notícias",
    "Nieuws uit de regio",
    "Senaste nytt",
    "Najnowsze",
    "Новости по теме",
    "Today's headlines",
    "In the news this week",
    "Stories you missed",
)
_LIST_MARKS = ("■", "◆", "●", "▪", "•", "*", "✓", "◾", "○", "□", "◇", "♦", "+", "·")


def headline_list(rng: Rng) -> list[str]:
    """A header and two to four linked headlines, each behind the same symbol."""
    mark = _pick(rng, _LIST_MARKS)
    header = _pick(rng, _LIST_HEADERS)
    # (Not ending in a colon: a line ending so before a list is the article's own as often.)
    header = header.upper() if rng.random() < 0.2 else header
    return [header] + [f"{mark} {_headline(rng)}" for _ in range(rng.randint(2, 4))]


def article_list(record: dict, rng: Rng) -> tuple[str, list[str]]:
    """A subheading of the article's and a list of its own: fragments of its sentences behind a
    bullet (noun phrases without a full stop), or whole short sentences."""
    sentences = [s for p in record["text"].split("\n\n")[1:] for s in p.split(". ") if 6 <= len(s.split()) <= 30]
    mark = _pick(rng, ("•", "-", "*", "■", "◆", "●", "▪", "✓"))
    header = heading(rng) if rng.random() < 0.6 else _pick(rng, ("Key points", "What's in the plan", "At a glance"))
    items = []
    for s in rng.sample(sentences, min(len(sentences), rng.randint(2, 4))):
        words = s.split()
        item = " ".join(words[: rng.randint(4, 9)]).rstrip(",;:")
        item = item[:1].upper() + item[1:]
        items.append(f"{mark} {item}" if rng.random() < 0.6 else f"{mark} {s.rstrip('.')}.")
    return header, items


def insert_lists(record: dict, rng: Rng) -> tuple[str, dict[str, str]]:
    """The article with a list of linked headlines under a header, or a list of its own under a
    subheading (or both), at paragraph boundaries; each inserted line's kind."""
    paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
    title, pieces = paragraphs[0], paragraphs[1:]
    labels: dict[str, str] = {}
    if len(pieces) < 4:
        return record["text"], labels
    r = rng.random()
    if r < 0.7:
        block = headline_list(rng)
        at = rng.randint(1, len(pieces))
        pieces[at:at] = block
        labels.update({line: "related" for line in block})
    if r >= 0.4:
        header, items = article_list(record, rng)
        if items:
            at = rng.randint(2, len(pieces) - 1)
            pieces[at:at] = [header, *items]
            labels[header] = "heading"
            labels.update({line: "body" for line in items})
    return "\n\n".join([title, *pieces]) + "\n", labels


class Generator(Protocol):
    """What a generator of single lines offers (this module, ``furniture_more``): its furniture
    families, and the subheadings and short article lines that look like some of them."""

    FURNITURE: dict[str, tuple[Callable[[Rng], str], str]]

    def heading(self, rng: Rng) -> str: ...

    def short_body(self, rng: Rng) -> str: ...


def _this() -> Generator:
    return sys.modules[__name__]  # type: ignore[return-value]


def _insert(record: dict, rng: Rng, gen: Generator | None = None) -> tuple[str, list[tuple[str, str, str]]]:
    """The article with a few lines of each kind put at paragraph boundaries: (line, kind, family)."""
    gen = gen or _this()
    paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
    title, pieces = paragraphs[0], paragraphs[1:]
    placed: list[tuple[str, str, str]] = []
    for _ in range(rng.randint(2, 5)):
        family = _pick(rng, tuple(gen.FURNITURE))
        make, kind = gen.FURNITURE[family]
        line, kind = novel(rng) if family == "novel" and gen is _this() else (make(rng), kind)
        pieces.insert(rng.randint(0, len(pieces)), line)
        placed.append((line, kind, family))
    if len(pieces) > 4 and rng.random() < 0.6:
        line = gen.heading(rng)
        pieces.insert(rng.randint(2, len(pieces) - 1), line)
        placed.append((line, "heading", "heading"))
    if rng.random() < 0.5:
        line = gen.short_body(rng)
        pieces.insert(rng.randint(1, len(pieces)), line)
        placed.append((line, "body", "body"))
    return "\n\n".join([title, *pieces]) + "\n", placed


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def garble_article(record: dict, rng: Rng, gen: Generator | None = None) -> dict:
    """One clean article with this generator's lines put in, as a record for `score_structure.py`
    (the fields of garble.py's): single furniture lines between paragraphs and at the end, now and
    then a list of linked headlines under its header, a subheading, a list of the article's own,
    a short line of its own."""
    text, placed = _insert(record, rng, gen)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    title, pieces = paragraphs[0], paragraphs[1:]
    labels = {line: kind for line, kind, _ in placed}
    known = _norm(record["text"])
    # A furniture line whose words stand in the article anyway would count as leaked whatever the
    # parser does (the scorer finds a leak by substring): such a line is left out.
    pieces = [p for p in pieces if labels.get(p) in (None, "body", "heading") or _norm(p) not in known]
    extra: list[tuple[str, str]] = []
    if gen is not None and gen is not _this():
        pass  # another generator's single lines only: the lists are this one's
    elif rng.random() < 0.3:
        extra += [(line, "boilerplate") for line in headline_list(rng)]
    if (gen is None or gen is _this()) and rng.random() < 0.2:
        header, items = article_list(record, rng)
        if items:
            extra += [(header, "heading"), *((item, "body") for item in items)]
    if extra and len(pieces) > 3:
        at = rng.randint(2, len(pieces) - 1)
        pieces[at:at] = [line for line, _ in extra]
        labels.update(dict(extra))
    kind = {line: "boilerplate" if k not in ("body", "heading") else k for line, k in labels.items()}
    return {
        "file": record["file"],
        "text": "\n\n".join([title, *pieces]) + "\n",
        "title": title,
        "headings": [p for p in pieces if kind.get(p) == "heading"],
        "boilerplate": [p for p in pieces if kind.get(p) == "boilerplate"],
        "body": [p for p in pieces if kind.get(p, "body") == "body"],
        "quotes": record.get("quotes", []),
    }


def write_garbled(path: Path, source: Path, seed: int = 14, gen: Generator | None = None, name: str = "wild") -> int:
    """Every record of ``source`` garbled with this generator (or ``gen``) into ``path``; seeded."""
    with source.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    rng = Rng(f"{seed}-{name}")
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(garble_article(record, rng, gen), ensure_ascii=False) + "\n")
    return len(records)


def insert(record: dict, rng: Rng, gen: Generator | None = None) -> tuple[str, dict[str, str]]:
    """The article with this generator's (or ``gen``'s) lines at paragraph boundaries; each inserted line's kind."""
    text, placed = _insert(record, rng, gen)
    return text, {line: kind for line, kind, _ in placed}


def measure(records: list[dict], seed: int, show: bool = False, gen: Generator | None = None) -> None:
    """Each family's lines put into articles and parsed: how many were moved out, kept as text,
    made a subheading (train's last articles: the model's check set, never fitted on)."""
    from tuiread.parser import parse

    rng = Rng(seed)
    tally: dict[str, Counter[str]] = {}
    for record in records:
        text, placed = _insert(record, rng, gen)
        article = parse(text)
        moved = {" ".join(x.split()) for x in (*article.related, *article.credits, *article.boilerplate)}
        titles = {" ".join((s.title or "").split()) for s in article.sections}
        for line, _kind, family in placed:
            key = " ".join(line.split())
            verdict = "moved" if key in moved else "heading" if key in titles else "text"
            tally.setdefault(family, Counter())[verdict] += 1
            if show and (verdict == "moved") != (_kind not in ("body", "heading")):
                print(f"    {family:11} {verdict:8} {line[:100]!r}")
    for family, c in tally.items():
        n = sum(c.values())
        print(
            f"  {family:11} {n:5}  moved {c['moved'] / n:.3f}  heading {c['heading'] / n:.3f}  text {c['text'] / n:.3f}"
        )


def main(gen: Generator | None = None, doc: str | None = None) -> int:
    """The command line of this generator (or ``gen``, whose module docstring is ``doc``)."""
    ap = argparse.ArgumentParser(description=(doc or __doc__ or "").split("\n")[0])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--measure", action="store_true")
    args = ap.parse_args()
    rng = Rng(args.seed)
    for family, (make, kind) in (gen or _this()).FURNITURE.items():
        for _ in range(args.show // 4):
            print(f"{family:11} {kind:12} {make(rng)}")
    if args.measure:
        from common import EVAL

        with (EVAL / "polnear-train.jsonl").open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh][700:]
        measure(records, args.seed, args.show > 0, gen)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A garbler of page furniture: clean articles with related links, credits, prompts, ads and photo
credits inserted in many forms, agencies and languages of copy, for `score_structure.py`.

    python benchmarks/garble.py --forms train --out garbled-train.jsonl
    python benchmarks/garble.py --forms held-out --out garbled-held-out.jsonl [--seed 7]

The vocabulary is built from templates and generators, and every family of them is split in
two: the *train* forms (read while writing the parser's rules) and the *held-out* forms (never
tuned on; they stand for the forms the maintainers measure and we never see). The two halves
share no lead, template, agency, site or language-specific wording.

Into each clean article (``../shared/eval/polnear-dev.jsonl``, read by path) it inserts, at
paragraph boundaries: a few furniture lines (after the title, between paragraphs, a credit block
at the end), one or two subheadings, and article text that must stay (sentences that mention an
agency, a "read"/"share"/"photo" word or a source, and bulleted facts), which joins the gold body.
Records have the fields of ``messy-dev.jsonl``: ``file``, ``text``, ``title``, ``headings``,
``boilerplate``, ``body``, ``quotes``. Seeded: the same seed gives the same records.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from common import EVAL

Forms = Literal["train", "held-out"]
Rng = random.Random

# ---- words the generators draw on ------------------------------------------------------------

_SUBJECTS = (
    "Senate leaders",
    "The governor",
    "Voters in Ohio",
    "Union workers",
    "A federal judge",
    "City officials",
    "The central bank",
    "Farm groups",
    "Coastal towns",
    "The defence ministry",
    "Teachers",
    "Hospital chiefs",
)
_VERBS = ("weigh", "reject", "back", "question", "brace for", "push back on", "count the cost of", "rethink")
_OBJECTS = (
    "the trade deal",
    "a new tax on fuel",
    "the border plan",
    "rising rents",
    "the debate schedule",
    "a late budget",
    "the water crisis",
    "drone rules",
    "the pension reform",
    "a bridge closure",
)
_FR_HEADLINES = (
    "Le gouvernement face à la grève",
    "Ce que contient le budget",
    "La réforme des retraites en questions",
    "Les maires inquiets pour l'eau",
)
_DE_HEADLINES = ("Was der Haushalt bringt", "Streit um die Rente", "Die Grünen vor der Wahl", "Neue Regeln für Drohnen")
_ES_HEADLINES = ("Lo que sabemos del acuerdo", "El Gobierno aprueba el presupuesto", "Crisis del agua en el sur")
_IT_HEADLINES = ("Cosa cambia con la manovra", "Il governo e la riforma delle pensioni")
_RU_HEADLINES = ("Что известно о переговорах", "Бюджет на следующий год")
_FIRST = ("Ana", "Tom", "Lucía", "Jean-Marc", "Katrin", "David", "Yuki", "Marta", "Omar", "Sarah", "Piotr", "Li")
_LAST = ("Ruiz", "Lee", "Okafor", "Dubois", "Schneider", "Brunnstrom", "Tanaka", "Kowalski", "Haddad", "Chen")
_CITIES = ("Washington", "Brussels", "Paris", "Berlin", "Madrid", "Tokyo", "Nairobi", "Ottawa", "Sydney")
_YEARS = tuple(range(2012, 2025))

# Each family: (train half, held-out half). Nothing below is shared between halves.
_AGENCIES = (
    (
        "AFP",
        "Reuters",
        "AP",
        "The Associated Press",
        "dpa",
        "EFE",
        "ANSA",
        "Bloomberg",
        "Kyodo",
        "Xinhua",
        "ANP",
        "APA",
        "Kyodo News",
        "Jiji Press",
        "NTB",
        "Interfax",
        "Xinhua News Agency",
        "IANS",
        "Notimex",
        "Prensa Latina",
        "AGI",
        "epd",
        "KNA",
    ),
    (
        "Agence France-Presse",
        "PA Media",
        "AAP",
        "Yonhap",
        "Anadolu",
        "Europa Press",
        "Belga",
        "Lusa",
        "TASS",
        "The Canadian Press",
        "PTI",
        "Bernama",
        "Keystone-SDA",
        "UPI",
    ),
)
_SITES = (
    ("the Tribune", "Politico", "the Globe", "HuffPost", "Le Monde"),
    ("the Herald", "Axios", "the Courier", "Der Spiegel", "El País", "the Star"),
)
_PHOTO_AGENCIES = (("Getty Images", "AFP", "Reuters", "AP"), ("Shutterstock", "EPA", "Alamy", "Bloomberg"))


def _pick(rng: Rng, items: Sequence[str]) -> str:
    return items[rng.randrange(len(items))]


def _name(rng: Rng) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _headline(rng: Rng, lang: str = "en") -> str:
    foreign = {
        "fr": _FR_HEADLINES,
        "de": _DE_HEADLINES,
        "es": _ES_HEADLINES,
        "it": _IT_HEADLINES,
        "ru": _RU_HEADLINES,
    }
    if lang in foreign:
        return _pick(rng, foreign[lang])
    text = f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)} {_pick(rng, _OBJECTS)}"
    style = rng.random()
    if style < 0.35:
        return " ".join(w[:1].upper() + w[1:] for w in text.split())
    if style < 0.45:
        return text + "?"
    if style < 0.55:
        return f"{text} — {_pick(rng, ('live', 'in pictures', 'explained', 'what we know'))}"
    return text


# ---- the furniture families --------------------------------------------------------------------
# A template is a function of (rng, half) to one line; ``half`` indexes the halves of the
# agency/site families so that held-out templates also draw held-out names.

Template = Callable[[Rng, int], str]


def _agency(rng: Rng, half: int) -> str:
    return _pick(rng, _AGENCIES[half])


def _site(rng: Rng, half: int) -> str:
    return _pick(rng, _SITES[half])


_RELATED_LEADS = (
    # train: lead, separator, language of the headline
    (
        ("Read more", ": ", "en"),
        ("READ MORE", ": ", "en"),
        ("Related", ": ", "en"),
        ("RELATED", ": ", "en"),
        ("See also", ": ", "en"),
        ("Also read", ": ", "en"),
        ("More", ": ", "en"),
        ("WATCH", ": ", "en"),
        ("Related coverage", ": ", "en"),
        ("Don't miss", ": ", "en"),
        ("Recommended", " | ", "en"),
        ("Read also", " – ", "en"),
        ("Lire aussi", " : ", "fr"),
        ("Lesen Sie auch", ": ", "de"),
        ("Leer más", ": ", "es"),
        ("► To read also", ": ", "en"),
        ("READ MORE", " ", "en"),
        ("RELATED", " | ", "en"),
        ("MORE", ": ", "en"),
        ("READ", ": ", "en"),
        ("VIDEO", ": ", "en"),
        ("PHOTOS", ": ", "en"),
        ("Related Content", ": ", "en"),
        ("Recommended reading", ": ", "en"),
        ("Most popular", ": ", "en"),
        ("Read the full story", ": ", "en"),
        ("Voir aussi", " : ", "fr"),
        ("Siehe auch", ": ", "de"),
        ("Ver también", ": ", "es"),
        ("Vedi anche", ": ", "it"),
        ("Смотрите также", ": ", "ru"),
        ("Lees ook", ": ", "en"),
        ("Leia também", ": ", "en"),
        ("Läs också", ": ", "en"),
        ("Czytaj także", ": ", "en"),
        ("Zobacz też", " » ", "en"),
        ("Leia mais", " | ", "en"),
        ("Weiterlesen", ": ", "de"),
        ("Plus", ": ", "en"),
        ("In case you missed it", ": ", "en"),
        ("Catch up", ": ", "en"),
        ("Explainer", ": ", "en"),
        # wider train forms (furniture2)
        ("ALSO READ", ": ", "en"),
        ("Also Read", " | ", "en"),
        ("MUST READ", ": ", "en"),
        ("Read next", ": ", "en"),
        ("Up next", ": ", "en"),
        ("TRENDING", ": ", "en"),
        ("Further reading", ": ", "en"),
        ("À lire aussi", " : ", "fr"),
        ("Mehr zum Thema", ": ", "de"),
        ("Te puede interesar", ": ", "es"),
        ("Leggi anche", ": ", "it"),
        ("Читайте также", ": ", "ru"),
        ("LIVE", ": ", "en"),
        ("EXCLUSIVE", ": ", "en"),
        ("OPINION", " | ", "en"),
        ("Top story", " — ", "en"),
    ),
    # held-out
    (
        ("Keep reading", ": ", "en"),
        ("RELATED STORY", ": ", "en"),
        ("Also see", ": ", "en"),
        ("WATCH NOW", " | ", "en"),
        ("Listen", ": ", "en"),
        ("More on this story", ": ", "en"),
        ("Read next", " — ", "en"),
        ("MOST READ", ": ", "en"),
        ("You may also like", ": ", "en"),
        ("Editor's pick", ": ", "en"),
        ("Sur le même sujet", " : ", "fr"),
        ("À lire aussi", " – ", "fr"),
        ("Mehr zum Thema", ": ", "de"),
        ("Lee también", ": ", "es"),
        ("Leggi anche", ": ", "it"),
        ("Читайте также", ": ", "ru"),
        ("ALSO READ", " | ", "en"),
        ("SEE ALSO", " ", "en"),
        ("Related video", ": ", "en"),
    ),
)
_MARKERS = (("►", "▶", "»", "•", "→"), ("➤", "▸", "■", ">>", "◆", "☞"))
_BARE_MARKERS = (("►", "→", "»"), ("▶", "➤", "▸"))
_HEADERS = (
    ("Related stories:", "More from {site}:", "Also on {site}:"),
    ("Read more:", "Related articles", "Top stories"),
)


def _related_lead(rng: Rng, half: int) -> str:
    lead, sep, lang = _pick(rng, _RELATED_LEADS[half])  # type: ignore[arg-type]
    line = f"{lead}{sep}{_headline(rng, lang)}"
    if rng.random() < 0.25:
        line = f"{_pick(rng, _MARKERS[half])} {line}"
    return line


def _related_bare(rng: Rng, half: int) -> str:
    return f"{_pick(rng, _BARE_MARKERS[half])} {_headline(rng)}"


def _related_site(rng: Rng, half: int) -> str:
    lead = ("Also on {site}: ", "More from {site}: ")[half]
    return lead.format(site=_site(rng, half)) + _headline(rng)


# Train-only markers (furniture2): a pointing hand, arrows, a newspaper, a link.
_TRAIN_MARKERS = ("👉", "⇒", "▷", "📰", "🔗", "➔", "›")


def _related_marked(rng: Rng, half: int) -> str:
    return f"{_pick(rng, _TRAIN_MARKERS)} {_headline(rng)}"


def _related_bracket(rng: Rng, half: int) -> str:
    lead = ("[Read more: {h}]", "[ RELATED: {h} ]")[half]
    return lead.format(h=_headline(rng))


_CREDIT_TEMPLATES: tuple[tuple[Template, ...], tuple[Template, ...]] = (
    (
        lambda r, h: f"(With {_agency(r, h)})",
        lambda r, h: f"— {_agency(r, h)}",
        lambda r, h: f"({_agency(r, h)})",
        lambda r, h: f"Reporting by {_name(r)}; Editing by {_name(r)}",
        lambda r, h: f"Additional reporting by {_name(r)} in {_pick(r, _CITIES)}",
        lambda r, h: f"© {_pick(r, _YEARS)} The Associated Press. All rights reserved.",
        lambda r, h: f"Copyright {_pick(r, _YEARS)} {_agency(r, h)}",
        lambda r, h: f"Avec {_agency(r, h)}",
        lambda r, h: f"(avec {_agency(r, h)})",
        lambda r, h: f"Mit Material von {_agency(r, h)}",
        lambda r, h: f"con información de {_agency(r, h)}",
        lambda r, h: f"Source: {_agency(r, h)}",
        lambda r, h: "With agencies",
        lambda r, h: f"{_agency(r, h)} contributed to this report.",
        lambda r, h: f"(With {_agency(r, h)} and {_agency(r, h)})",
        lambda r, h: "With wire services",
        lambda r, h: "— Staff and agencies",
        lambda r, h: f"{_pick(r, ('Associated Press', 'AFP'))} writer {_name(r)} contributed to this report.",
        lambda r, h: f"Additional reporting: {_name(r)}",
        lambda r, h: f"Text: {_agency(r, h)}",
        lambda r, h: f"({_agency(r, h)}/{_agency(r, h)})",
        lambda r, h: f"SOURCE: {_agency(r, h)}",
        lambda r, h: f"Avec {_agency(r, h)} et {_agency(r, h)}",
        lambda r, h: f"Mit Material von {_agency(r, h)} und {_agency(r, h)}",
        lambda r, h: f"Con información de {_agency(r, h)} y {_agency(r, h)}",
        lambda r, h: f"Source : {_agency(r, h)}",
        lambda r, h: f"d'après {_agency(r, h)}",
        lambda r, h: f"Met informatie van {_agency(r, h)}",
        lambda r, h: f"Com informações da {_agency(r, h)}",
        lambda r, h: f"Kaynak: {_agency(r, h)}",
        lambda r, h: f"Fonte: {_agency(r, h)}",
        lambda r, h: f"— {_name(r)}, {_agency(r, h)}",
        lambda r, h: f"({_agency(r, h)}, {_agency(r, h)})",
        lambda r, h: f"Edited by {_name(r)}",
        lambda r, h: f"Reporting by {_name(r)} and {_name(r)}; Writing by {_name(r)}; Editing by {_name(r)}",
        # wider train forms (furniture2)
        lambda r, h: f"{_name(r)}, Staff Writer",
        lambda r, h: f"{_name(r)} | Staff writer",
        lambda r, h: f"{_name(r)}, {_agency(r, h)} correspondent",
        lambda r, h: "All rights reserved.",
        lambda r, h: f"© {_pick(r, _YEARS)} {_site(r, h).removeprefix('the ')}. Tous droits réservés.",
        lambda r, h: f"© {_agency(r, h)} {_pick(r, _YEARS)} – Alle Rechte vorbehalten",
        lambda r, h: "Todos los derechos reservados",
        lambda r, h: f"© {_agency(r, h)} {_pick(r, _YEARS)}",
        lambda r, h: f"Copyright © {_pick(r, _YEARS)} {_agency(r, h)}. All rights reserved.",
        lambda r, h: f"— With reporting by {_name(r)}",
        lambda r, h: f"Staff writer {_name(r)} contributed to this report.",
        lambda r, h: f"—{_name(r)}/{_agency(r, h)}",
        lambda r, h: f"Written by {_name(r)}; edited by {_name(r)}",
        lambda r, h: f"Source: {_agency(r, h)}, {_agency(r, h)}",
        lambda r, h: f"[{_agency(r, h)}]",
        lambda r, h: f"{_agency(r, h).upper()}",
        lambda r, h: "Agencies contributed to this report.",
        lambda r, h: f"By {_name(r)}, {_agency(r, h)}",
        lambda r, h: f"Quelle: {_agency(r, h)}",
        lambda r, h: f"Fuente: {_agency(r, h)} / {_agency(r, h)}",
        lambda r, h: f"(Reporting by {_name(r)}; Editing by {_name(r)})",
    ),
    (
        lambda r, h: "(With agencies)",
        lambda r, h: f"- {_agency(r, h)}",
        lambda r, h: f"—{_agency(r, h)}/{_agency(r, h)}",
        lambda r, h: f"Sources: {_agency(r, h)}, {_agency(r, h)}",
        lambda r, h: f"Writing by {_name(r)}; editing by {_name(r)} and {_name(r)}",
        lambda r, h: f"Compiled by {_name(r)}",
        lambda r, h: f"(Additional reporting by {_name(r)}; Editing by {_name(r)})",
        lambda r, h: f"© {_agency(r, h)} {_pick(r, _YEARS)}",
        lambda r, h: f"Copyright © {_pick(r, _YEARS)} {_agency(r, h)}. All Rights Reserved.",
        lambda r, h: f"Quelle: {_agency(r, h)}",
        lambda r, h: f"Fuente: {_agency(r, h)}",
        lambda r, h: "(avec agences)",
        lambda r, h: "Avec agences",
        lambda r, h: "con agencias",
        lambda r, h: f"mit Agenturmaterial von {_agency(r, h)}",
        lambda r, h: f"{_agency(r, h)} and {_agency(r, h)} contributed to this report.",
        lambda r, h: f"— With files from {_agency(r, h)}",
        lambda r, h: "(Agencies)",
        lambda r, h: f"Material from {_agency(r, h)} was used in this report.",
        lambda r, h: f"{_agency(r, h)}/{_agency(r, h)}",
        lambda r, h: "Источник: ТАСС",
    ),
)
_PROMPT_TEMPLATES: tuple[tuple[Template, ...], tuple[Template, ...]] = (
    (
        lambda r, h: f"Sign up for our {_pick(r, ('daily', 'politics', 'morning'))} newsletter",
        lambda r, h: f"Subscribe to {_site(r, h)}",
        lambda r, h: f"Follow us on {_pick(r, ('Twitter', 'Facebook'))}",
        lambda r, h: "Share this article",
        lambda r, h: f"Share on {_pick(r, ('Facebook', 'Twitter', 'LinkedIn'))}",
        lambda r, h: "Get our free newsletter",
        lambda r, h: "Abonnez-vous à notre newsletter",
        lambda r, h: f"Folgen Sie uns auf {_pick(r, ('Twitter', 'Facebook'))}",
        lambda r, h: f"Síguenos en {_pick(r, ('Twitter', 'Facebook'))}",
        lambda r, h: "Like us on Facebook",
        lambda r, h: f"Download the {_site(r, h)} app",
        lambda r, h: "Click here to subscribe",
        lambda r, h: f"Click here to {_pick(r, ('read the full report', 'watch the video', 'see the latest updates'))}",
        lambda r, h: "Follow us on Facebook and Twitter",
        lambda r, h: "Sign up now",
        lambda r, h: "Become a member",
        lambda r, h: "Get the app",
        lambda r, h: "Like this story? Share it with a friend",
        lambda r, h: "Join the conversation",
        lambda r, h: f"Sign up to our {_pick(r, ('daily briefing', 'weekly digest', 'morning bulletin'))}",
        lambda r, h: f"Comments ({r.randint(2, 300)})",
        lambda r, h: f"View {r.randint(2, 300)} comments",
        lambda r, h: "Leave a comment",
        lambda r, h: _pick(r, ("Share", "Print", "Tweet", "Share Tweet Email")),
        lambda r, h: f"This article originally appeared on {_site(r, h)}.",
        lambda r, h: f"A version of this story first appeared in {_site(r, h)}.",
        lambda r, h: f"Sponsored by {_pick(r, _LAST)} Bank",
        lambda r, h: "Abonneer je op onze nieuwsbrief",
        lambda r, h: "Assine nossa newsletter",
        lambda r, h: "Zapisz się do newslettera",
        lambda r, h: "Prenumerera på vårt nyhetsbrev",
        lambda r, h: "Follow our live coverage on Twitter",
        lambda r, h: "Download our free app",
        lambda r, h: "Got a tip? Email us",
        lambda r, h: "Listen to our podcast",
        # wider train forms (furniture2)
        lambda r, h: "Hide caption",
        lambda r, h: "Toggle caption",
        lambda r, h: "Enlarge this image",
        lambda r, h: f"Image {r.randint(1, 4)} of {r.randint(5, 20)}",
        lambda r, h: f"{r.randint(1, 4)} / {r.randint(5, 20)}",
        lambda r, h: f"Play video {r.randint(1, 9)}:{r.randint(10, 59)}",
        lambda r, h: "Text size",
        lambda r, h: "Open in app",
        lambda r, h: "Download the app on iOS and Android",
        lambda r, h: f"{r.randint(2, 400)} comments",
        lambda r, h: "Join the discussion",
        lambda r, h: "Print this page",
        lambda r, h: f"Turn on notifications to get {_pick(r, ('breaking news', 'the latest updates'))}",
        lambda r, h: "Get breaking news alerts",
        lambda r, h: "Support independent journalism",
        lambda r, h: f"Want more? Sign up for our {_pick(r, ('daily', 'politics', 'evening'))} briefing",
        lambda r, h: "Listen to this article",
        lambda r, h: f"Listen to article · {r.randint(2, 9)} min",
        lambda r, h: "Gift this article",
        lambda r, h: "Save for later",
        lambda r, h: "Copy link",
        lambda r, h: "Email this story",
        lambda r, h: f"Share this: {' '.join(r.sample(('Facebook', 'Twitter', 'Email', 'WhatsApp', 'Print'), 3))}",
        lambda r, h: " | ".join(r.sample(("Print", "Email", "Share", "Comment", "Save"), 3)),
        lambda r, h: " ".join(r.sample(("Facebook", "Twitter", "WhatsApp", "Email", "LinkedIn"), 4)),
        lambda r, h: "Suivez-nous sur Instagram",
        lambda r, h: "Jetzt den Newsletter abonnieren",
        lambda r, h: "Suscríbete a nuestro boletín",
        lambda r, h: f"Read the full story on the {_site(r, h)} app",
    ),
    (
        lambda r, h: "Subscribe now for unlimited access",
        lambda r, h: f"Join our {_pick(r, ('WhatsApp', 'Telegram'))} channel",
        lambda r, h: f"Follow {_site(r, h)} on Instagram",
        lambda r, h: "Share via Email",
        lambda r, h: "Facebook | Twitter | Email",
        lambda r, h: "Tap here to get breaking news alerts",
        lambda r, h: "Get the latest headlines straight to your inbox",
        lambda r, h: "Inscrivez-vous à notre lettre d'information",
        lambda r, h: "Jetzt abonnieren",
        lambda r, h: "Suscríbete a nuestro boletín",
        lambda r, h: "Click to share on WhatsApp (Opens in new window)",
        lambda r, h: "Enjoying this story? Subscribe today",
        lambda r, h: "Support independent journalism: donate today",
        lambda r, h: f"Never miss a story: sign up for {_site(r, h)} alerts",
        lambda r, h: "Listen to this article",
        lambda r, h: "CLICK HERE FOR MORE",
        lambda r, h: "Cliquez ici pour lire la suite",
        lambda r, h: "Haz clic aquí para ver el vídeo",
        lambda r, h: f"Follow @{_pick(r, _LAST).lower()}news on X",
    ),
)
_AD_TEMPLATES: tuple[tuple[Template, ...], tuple[Template, ...]] = (
    (
        lambda r, h: "Advertisement",
        lambda r, h: "ADVERTISEMENT",
        lambda r, h: "Story continues below",
        lambda r, h: "Article continues below",
        lambda r, h: "Sponsored",
        lambda r, h: "Publicité",
        lambda r, h: "Anzeige",
        lambda r, h: "Advertisement - scroll to continue",
        lambda r, h: "Continue reading below",
        lambda r, h: "ADVERTISING",
        lambda r, h: "Ad Feature",
        lambda r, h: "Promoted Stories",
        lambda r, h: "Paid Post",
        lambda r, h: "Advertentie",
        lambda r, h: "Annons",
        lambda r, h: "Publicidade",
        lambda r, h: "Reklam",
        lambda r, h: "La suite après la publicité",
        lambda r, h: "Lesen Sie nach der Anzeige weiter",
        # wider train forms (furniture2)
        lambda r, h: "Scroll to continue with content",
        lambda r, h: "Content continues below",
        lambda r, h: "Skip advertisement",
        lambda r, h: "Sponsored content",
        lambda r, h: "Contenu sponsorisé",
        lambda r, h: "Contenido patrocinado",
        lambda r, h: "Reklama",
        lambda r, h: "Story continues after advertisement",
        lambda r, h: "[Advertisement]",
    ),
    (
        lambda r, h: "— Advertisement —",
        lambda r, h: "Story continues below advertisement",
        lambda r, h: "Article continues after this advertisement",
        lambda r, h: "Publicidad",
        lambda r, h: "Werbung",
        lambda r, h: "Pubblicità",
        lambda r, h: "Реклама",
        lambda r, h: "Continue reading the main story",
        lambda r, h: "[Ad]",
        lambda r, h: "SPONSORED CONTENT",
        lambda r, h: "The story continues after the ad",
        lambda r, h: "Skip Advertisement",
        lambda r, h: "Partner content",
    ),
)


def _photo_agency(r: Rng, h: int) -> str:
    return _pick(r, _PHOTO_AGENCIES[h])


_PHOTO_TEMPLATES: tuple[tuple[Template, ...], tuple[Template, ...]] = (
    (
        lambda r, h: f"Photo: {_name(r)} / {_photo_agency(r, h)}",
        lambda r, h: f"Photo: {_agency(r, h)}",
        lambda r, h: f"(Photo by {_name(r)}/AFP via Getty Images)",
        lambda r, h: f"Image: {_photo_agency(r, h)}",
        lambda r, h: f"Foto: {_agency(r, h)}",
        lambda r, h: f"Picture: {_photo_agency(r, h)}",
        lambda r, h: f"Photo by {_name(r)}",
        lambda r, h: f"Photos: {_name(r)}",
        lambda r, h: f"Image credit: {_name(r)}/Getty",
        lambda r, h: "Picture: Supplied",
        lambda r, h: f"Photo: Courtesy of {_name(r)}",
        lambda r, h: f"(AP Photo/{_name(r)})",
        lambda r, h: f"REUTERS/{_name(r)}",
        lambda r, h: f"Video by {_name(r)}",
        lambda r, h: f"{_pick(r, _SUBJECTS)} in {_pick(r, _CITIES)} on Tuesday. (Photo: {_name(r)}/{_agency(r, h)})",
        lambda r, h: f"{_pick(r, _SUBJECTS)} at a rally in {_pick(r, _CITIES)} | Photo: {_photo_agency(r, h)}",
        # wider train forms (furniture2)
        lambda r, h: f"Video: {_name(r)} for {_site(r, h)}",
        lambda r, h: f"{_name(r)} / {_photo_agency(r, h)}",
        lambda r, h: f"Bild: {_agency(r, h)}",
        lambda r, h: f"Foto: {_agency(r, h)}/{_name(r)}",
        lambda r, h: f"(Image: {_photo_agency(r, h)})",
        lambda r, h: f"Photo credit: {_name(r)}",
        lambda r, h: f"Credit: {_name(r)} for {_site(r, h)}",
        lambda r, h: f"Illustration: {_name(r)}",
        lambda r, h: f"PHOTO: {_photo_agency(r, h)}",
        lambda r, h: f"Video: {_agency(r, h)}",
        lambda r, h: f"Crédit photo : {_agency(r, h)}",
        lambda r, h: f"Fotografía: {_name(r)} ({_agency(r, h)})",
    ),
    (
        lambda r, h: f"Photograph: {_name(r)}/{_photo_agency(r, h)}",
        lambda r, h: f"Credit: {_name(r)} for {_site(r, h)}",
        lambda r, h: f"Illustration: {_name(r)}",
        lambda r, h: f"Photo credit: {_photo_agency(r, h)}",
        lambda r, h: f"Crédit photo : {_photo_agency(r, h)}",
        lambda r, h: f"Bild: {_agency(r, h)}",
        lambda r, h: f"(Foto: {_name(r)}/{_agency(r, h)})",
        lambda r, h: f"{_name(r)}/{_photo_agency(r, h)}",
        lambda r, h: f"[Photo: {_photo_agency(r, h)}/{_name(r)}]",
        lambda r, h: f"Image source: {_photo_agency(r, h)}",
    ),
)

# Train-only families (furniture2): time stamps and reading times, topic and tag lists. The
# held-out half has none, so the held-out records are drawn exactly as before.
_MONTHS = ("January", "March", "June", "September", "November")
_MONATE = ("Januar", "März", "Juni", "September", "November")
_TOPICS = ("Congress", "Budget", "Senate", "Elections", "Health care", "Climate", "Trade", "Europe", "Courts")


def _clock(r: Rng) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _day_month(r: Rng) -> str:
    return f"{r.randint(1, 28)} {_pick(r, _MONTHS)} {_pick(r, _YEARS)}"


def _topic_list(r: Rng, sep: str) -> str:
    return sep.join(r.sample(_TOPICS, r.randint(2, 4)))


_STAMP_TEMPLATES: tuple[Template, ...] = (
    lambda r, h: f"Updated {r.randint(2, 11)} {_pick(r, ('hours', 'minutes', 'days'))} ago",
    lambda r, h: f"Posted {r.randint(2, 6)} days ago",
    lambda r, h: f"Last updated: {_day_month(r)}, {_clock(r)} BST",
    lambda r, h: f"Published {_clock(r)} GMT, {_day_month(r)}",
    lambda r, h: f"{r.randint(2, 12)} min read",
    lambda r, h: f"{r.randint(2, 12)}-minute read",
    lambda r, h: f"Reading time: {r.randint(2, 12)} minutes",
    lambda r, h: (
        f"Mis à jour le {r.randint(10, 28)}/0{r.randint(1, 9)}/{_pick(r, _YEARS)}"
        f" à {r.randint(10, 23)}h{r.randint(10, 59)}"
    ),
    lambda r, h: f"Aktualisiert am {r.randint(1, 28)}. {_pick(r, _MONATE)} {_pick(r, _YEARS)}, {_clock(r)} Uhr",
    lambda r, h: f"Actualizado: {r.randint(10, 28)}/0{r.randint(1, 9)}/{_pick(r, _YEARS)} {_clock(r)}",
    lambda r, h: (
        f"{_pick(r, _MONTHS)} {r.randint(1, 28)}, {_pick(r, _YEARS)} {r.randint(1, 12)}:{r.randint(10, 59)} p.m. ET"
    ),
)
_TAG_TEMPLATES: tuple[Template, ...] = (
    lambda r, h: f"Topics: {_topic_list(r, ', ')}",
    lambda r, h: f"Tags: {_topic_list(r, ', ')}",
    lambda r, h: f"Filed under: {_topic_list(r, ' | ')}",
    lambda r, h: f"Themen: {_topic_list(r, ', ')}",
    lambda r, h: f"Sujets : {_topic_list(r, ', ')}",
    lambda r, h: f"Temas: {_topic_list(r, ', ')}",
    lambda r, h: f"More on: {_topic_list(r, ' · ')}",
)


_FAMILIES: dict[str, tuple[tuple[Template, ...], tuple[Template, ...]]] = {
    "related": (
        (_related_lead, _related_lead, _related_lead, _related_bare, _related_site, _related_bracket, _related_marked),
        (_related_lead, _related_lead, _related_lead, _related_bare, _related_site, _related_bracket),
    ),
    "credit": _CREDIT_TEMPLATES,
    "prompt": _PROMPT_TEMPLATES,
    "ad": _AD_TEMPLATES,
    "photo": _PHOTO_TEMPLATES,
    "stamp": (_STAMP_TEMPLATES, ()),
    "tags": (_TAG_TEMPLATES, ()),
}
# The families drawn between paragraphs and after the title, by half (train has more).
_BETWEEN = (
    ("related", "related", "prompt", "ad", "photo", "credit", "stamp", "tags"),
    ("related", "related", "prompt", "ad", "photo", "credit"),
)
_AFTER_TITLE = (("related", "photo", "ad", "prompt", "stamp"), ("related", "photo", "ad", "prompt"))
_AT_END = (("credit", "prompt", "related", "photo", "tags"), ("credit", "prompt", "related", "photo"))

# ---- article text that must stay ---------------------------------------------------------------

_KEEP_SENTENCES: tuple[Template, ...] = (
    lambda r, h: (
        f"{_agency(r, h)} reported on Tuesday that {_pick(r, _SUBJECTS).lower()} would {_pick(r, _VERBS)} "
        f"{_pick(r, _OBJECTS)}."
    ),
    lambda r, h: f"Source: the ministry said {_pick(r, _OBJECTS)} would be reviewed before the end of the month.",
    lambda r, h: f"Read more about {_pick(r, _OBJECTS)} in the council's report, which was published on Monday.",
    lambda r, h: "Share prices in the construction company rose 4 percent after the vote.",
    lambda r, h: f"With {_agency(r, h)} reporters barred from the briefing, the account could not be checked.",
    lambda r, h: "Photo identification is required at polling stations in the state, officials said.",
    lambda r, h: f"Related lawsuits were filed in three states last year, according to {_agency(r, h)}.",
    lambda r, h: f"Reporting by {_agency(r, h)} and others showed the figures had been revised twice.",
    lambda r, h: "Advertisement spending by the campaign doubled in the final week of the race.",
    lambda r, h: f"See the full list of {_pick(r, _OBJECTS)} measures in the appendix, the agency said.",
    lambda r, h: f"Follow-up talks are planned in {_pick(r, _CITIES)} next month, diplomats said.",
)
_FACTS = (
    "The bill passed the Senate 52 to 48.",
    "Turnout was the highest since 1992.",
    "Three counties still have to report.",
    "The plan costs $14 billion over ten years.",
    "Two of the nine judges dissented.",
    "Fuel taxes rise by 3 cents a gallon.",
)
_BULLETS = ("•", "-", "*", "–")
_HEADINGS = (
    "A long road ahead",
    "The numbers behind the race",
    "What comes next",
    "No agreement on the budget",
    "Voters have their say",
    "A divided party",
    "The view from the states",
    "Money and the campaign",
)

# Train-only text that must stay (furniture2): sentences and subheadings that use the words of
# furniture ("read", "share", "photo", "more", an agency, "By …", "Updated …") as prose.
_TRAIN_KEEP: tuple[Template, ...] = (
    lambda r, h: f"{_agency(r, h)} could not independently verify the footage.",
    lambda r, h: "More than 200 people were arrested, police said.",
    lambda r, h: "Watch parties were held in bars across the city on election night.",
    lambda r, h: "Updated figures are expected next week, the ministry said.",
    lambda r, h: "Photographs of the meeting were released by the White House on Wednesday.",
    lambda r, h: f"By Thursday, the count had reached {r.randint(2, 9)},000.",
    lambda r, h: "Subscribers to the service will pay $5 more a month from January.",
    lambda r, h: "Print editions of the paper will end in March, the company said.",
    lambda r, h: "Topics at the summit included trade, climate and migration.",
    lambda r, h: f"Follow-up reporting by {_agency(r, h)} found that the plan had been changed.",
    lambda r, h: "Sign language interpreters stood beside the governor at every briefing.",
    lambda r, h: f"Share of the vote: {r.randint(10, 40)} percent, down from {r.randint(41, 60)} percent.",
    lambda r, h: f"See you in court, {_name(r)} told reporters outside the building.",
)
_TRAIN_HEADINGS = (
    "More questions than answers",
    "Read the fine print",
    "Photo finish",
    "Watch this space",
    "Follow the money",
    "By the numbers",
    "Agency in crisis",
    "Share of the spoils",
    "Updated rules",
    "Related costs",
)


@dataclass(frozen=True)
class Piece:
    text: str
    kind: Literal["body", "heading", "boilerplate"]


def _furniture(rng: Rng, half: int, family: str) -> str:
    return _pick(rng, _FAMILIES[family][half])(rng, half)  # type: ignore[arg-type]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def garble_article(record: dict, rng: Rng, half: int) -> dict:
    """One clean article with furniture, subheadings and kept text inserted."""
    paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    pieces = [Piece(p, "body") for p in body]
    # The train half draws from more; the held-out half draws exactly as before furniture2.
    keep = _KEEP_SENTENCES + _TRAIN_KEEP if half == 0 else _KEEP_SENTENCES
    headings = _HEADINGS + _TRAIN_HEADINGS if half == 0 else _HEADINGS
    # Article text that must stay: one or two sentences, sometimes a bulleted list of facts.
    for _ in range(rng.randint(1, 2)):
        pieces.insert(rng.randint(1, len(pieces)), Piece(_pick(rng, keep)(rng, half), "body"))  # type: ignore[arg-type]
    if rng.random() < 0.4:
        bullet = _pick(rng, _BULLETS)
        facts = rng.sample(_FACTS, 3)
        at = rng.randint(1, len(pieces))
        pieces[at:at] = [Piece(f"{bullet} {f}", "body") for f in facts]
    # Subheadings: between paragraphs, never first or last.
    if len(pieces) > 4:
        for heading in rng.sample(headings, rng.randint(1, 2)):
            # Between two paragraphs that are not headings (two headings in a row are one section's).
            places = [k for k in range(2, len(pieces) - 1) if "heading" not in (pieces[k - 1].kind, pieces[k].kind)]
            if places:
                pieces.insert(rng.choice(places), Piece(heading, "heading"))
    known = _norm(" ".join([title, *(p.text for p in pieces)]))

    def furniture(families: Sequence[str]) -> Piece:
        for _ in range(50):
            line = _furniture(rng, half, _pick(rng, families))
            # The scorer finds a leak by substring: a line whose words stand in the article anyway
            # ("(AP)" in "happened") would count as leaked whatever the parser does.
            if _norm(line) and _norm(line) not in known:
                return Piece(line, "boilerplate")
        return Piece("Advertisement" if half == 0 else "Werbung", "boilerplate")

    # Between paragraphs: two to five lines; a related-links header with its list now and then.
    for _ in range(rng.randint(2, 5)):
        at = rng.randint(1, len(pieces))
        if rng.random() < 0.1:
            header = _pick(rng, _HEADERS[half]).format(site=_site(rng, half))
            marker = _pick(rng, _MARKERS[half])
            items = [Piece(header, "boilerplate")]
            items += [Piece(f"{marker} {_headline(rng)}", "boilerplate") for _ in range(rng.randint(2, 3))]
            pieces[at:at] = items
        else:
            pieces.insert(at, furniture(_BETWEEN[half]))
    # After the title.
    if rng.random() < 0.4:
        pieces.insert(0, furniture(_AFTER_TITLE[half]))
    # At the end: a credit, sometimes with a prompt or a photo credit.
    tail = [furniture(("credit",))]
    if rng.random() < 0.4:
        tail.append(furniture(_AT_END[half]))
    rng.shuffle(tail)
    pieces.extend(tail)
    return {
        "file": record["file"],
        "text": "\n\n".join([title, *(p.text for p in pieces)]) + "\n",
        "title": title,
        "headings": [p.text for p in pieces if p.kind == "heading"],
        "boilerplate": [p.text for p in pieces if p.kind == "boilerplate"],
        "body": [p.text for p in pieces if p.kind == "body"],
        "quotes": record.get("quotes", []),
    }


def garble(records: Sequence[dict], forms: Forms, seed: int = 14) -> list[dict]:
    """Every record garbled with the ``forms`` half of the vocabulary; the same seed, the same output."""
    half = 0 if forms == "train" else 1
    rng = random.Random(f"{seed}-{forms}")
    return [garble_article(r, rng, half) for r in records]


def write_garbled(path: Path, forms: Forms, seed: int = 14, source: Path | None = None) -> int:
    with (source or EVAL / "polnear-dev.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    out = garble(records, forms, seed)
    with path.open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--forms", choices=("train", "held-out"), required=True)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--source", type=Path, default=None, help="clean JSONL (default ../shared/eval/polnear-dev.jsonl)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    n = write_garbled(args.out, args.forms, args.seed, args.source)
    print(f"{n} articles garbled with the {args.forms} forms -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What is not article text: related-link lines, credits, prompts and ads, by their shape.

A line is page furniture when its *shape* says so, not because it is on a list of known lines:

* **related link**: a short line that is not a sentence and starts with an arrow, chevron or
  pointer, or with a lead of "read/see/watch/more/related" words (in the usual languages of
  copy) followed by a separator and a headline ("Read more: …", "LESEN SIE AUCH | …", "READ MORE
  Bridge closes"); a header of such words ("Related stories:", "Also on HuffPost:") and the
  headlines listed under it;
* **credit**: a parenthesised, dashed or "With …"/"Avec …"/"Mit Material von …" name of an
  agency (or "agencies"), "Source: AFP", "Reporting by …; Editing by …", a copyright line, "X
  contributed to this report", a photo credit ("Photo: X / Getty Images", "Name/Agency");
  weaker forms (a lone "— Reuters", a bare "Getty.") count only at the end of the text;
* **prompt**: an imperative to subscribe, follow, share, click or download that names a channel
  ("Sign up for our newsletter", "Folgen Sie uns auf Twitter", "Facebook | Twitter | Email");
* **ad**: a few words naming an advertisement, or saying the story continues below.

Lexical knowledge is kept to *kinds of words* (lead words, call-to-action verbs, channels, ad
words, organisation heads) in several languages; which line they form is read from its shape. A
sentence that merely uses such words ("Reuters reported that…", "Read more about the bridge in
the report…", "Source: the ministry said…", "Share prices rose…") does not have the shape and
stays. Bulleted lines are a list of the article's own unless a related-links header leads them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from tuiread.parser.lexicon import FEMALE_NAMES, MALE_NAMES, NEWSPAPER_WORDS, alternation

Kind = Literal["related", "credit", "boilerplate"]

# Furniture is short; a longer unit is article text (a credit block of names is the longest).
_MAX_CHARS = 300
_MAX_WORDS = 25


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a related-link lead is made of ("Read more", "See also", "Lesen Sie auch", "Читайте также").
_LEAD_STRONG = _words(
    """read reading reads related recommended watch listen see video videos podcast podcasts gallery
    lire lisez voir regarder écouter lesen siehe weiterlesen hören ansehen leer lee ver mira relacionado
    relacionada relacionados relacionadas leggi leggere vedi guarda ascolta correlati correlato lees bekijk
    lezen читайте читать смотрите leia veja läs czytaj zobacz"""
)
_LEAD_WEAK = _words(
    """more also further next previous popular trending most miss must keep explore pick picks
    stories story coverage content articles article links link like interest interesting highlights pictures
    editor's editors' editor’s editors’ recommended don't don’t do not aussi sujet même plus autres mehr
    auch thema weitere zum zur más también otras otros noticias anche altri ook meer также ещё еще também
    mer też więcej tema także också full missed catch explainer photos images"""
)
_LEAD_FILLER = _words(
    """to on this the you may might from for of in our by a an with à a sur le la les du de des sie te
    puede interesar interessar il lo el los las der die das den dem zu al case it up"""
)
# Call-to-action verbs that open a prompt, and the channels a prompt names.
_CTA = _words(
    """sign subscribe subscribing follow share join get download like click tap support donate register leave
    enter send never enjoy enjoying want try install print email e-mail tweet pin save bookmark
    unlock upgrade become abonnez abonnez-vous inscrivez-vous inscrivez suivez suivez-nous partagez
    cliquez téléchargez rejoignez soutenez abonnieren abonniere folgen folge folgt teilen teile klicken
    klick registrieren unterstützen suscríbete suscribete suscríbase síguenos siguenos sigue comparte
    compartir haz descarga descargue únete apoya iscriviti abbonati seguici segui condividi clicca scarica
    sostieni подпишитесь подписывайтесь следите поделиться assine siga inscreva-se compartilhe clique
    baixe abonneer volg deel zapisz subskrybuj obserwuj prenumerera följ dela"""
)
# Channels named with an inflection ("newslettera", "nieuwsbrief", "nyhetsbrevet").
_CHANNEL_STEMS = ("newsletter", "nieuwsbrief", "nyhetsbrev", "boletín", "infolettre", "podcast")
_CTA_ALONE = _words(
    """subscribe subscribing click tap donate abonnez-vous abonnieren suscríbete suscribete suscríbase iscriviti
    abbonati подпишитесь assine cliquez klicken clicca clique"""
)
_CHANNELS = _words(
    """newsletter newsletters inbox email e-mail emails alerts alert notifications updates app apps podcast
    feed rss channel facebook twitter x instagram whatsapp telegram linkedin youtube tiktok threads bluesky
    mastodon snapchat reddit flipboard pinterest here now today free access subscription subscriber
    journalism tips article story page post link briefing digest bulletin edition membership member members
    conversation community comment comments lettre infolettre ici maintenant gratuit gratuitement
    abonnement jetzt hier kostenlos boletín boletin aquí ahora gratis suscripción qui ora gratuita
    здесь сейчас рассылку telegram-канал"""
)
# A prompt speaks to the reader, or for the paper ("our newsletter", "your inbox", "folgen Sie uns").
_READER_WORDS = _words(
    """you your yours our us we vous votre vos nous notre nos sie ihr ihre uns unser unseren unsere usted
    su sus nuestro nuestra nuestros tu tus te voi vostro nostro nostra ci jij je jouw ons onze"""
)
# The channels of the paper itself, where a prompt sends the reader ("on our app").
_OWN_CHANNELS = _words("app apps newsletter newsletters podcast podcasts inbox alerts notifications feed rss channel")
# Words that make an advertisement slot, and what "the story continues below" is said with.
_AD_WORDS = _words(
    """advertisement advertisements advert adverts advertising advertiser advertisers ad ads sponsored promoted
    promotional advertorial
    publicité publicite anzeige anzeigen werbung publicidad pubblicità pubblicita реклама reklama annonce
    publicidade reklam annons annonse advertentie anuncio mainos hirdetés"""
)
_PAID = _words("paid partner sponsor branded")
_AD_PHRASE = _words(
    """story stories article articles text continues continue continued reading the this an a to skip scroll with
    content paid partner links feature features posts promotion
    sponsor branded post partnership feature la l' le der die el il artículo article articolo статья suite
    weiter lesen nach lire leer after below sie"""
)
# "Sponsored" as a participle in the usual languages of copy (not "sponsor", "sponsorship").
_PAID_STEMS = ("sponsored", "sponsoris", "sponsoriz", "gesponsert", "patrocinad", "patrocinat", "gesponsord")
_PAID_WHAT = _words("content post partnership story feature promotion")
# A double quotation mark of any family: a short line holding one quotes someone, it heads nothing.
QUOTE_MARK = re.compile(r"[\"“”«»„‟]|''|``")
_CONTINUE = re.compile(r"^(?:continu|fortsetz|weiter|sigue|prosegu|suite|продолж)", re.IGNORECASE)
_BELOW = _words("below after under beneath reading scroll unten nach après abajo después sotto dopo ниже main")
# Generic words for "the agencies" and the head nouns of agency names ("Canadian Press", "PA Media").
_AGENCIES = _words(
    """agencies agency agences agence agencias agencia agenzie agenzia agenturen agentur agências agência
    агентства wires wire staff"""
)
_ORG_HEADS = _words(
    """press presse prensa agency agence agencia agenzia agentur news nachrichten noticias notizie novosti
    media wire service services telegraph network associated newswire bureau"""
)
_ORG_JOINERS = _words("the of de del la le für and et und y e и & di des van von der da do dos das al")
# A photo-credit lead, and a credit lead ("Source:" in the usual languages).
_PHOTO_LEAD = _words(
    """photo photos photograph photographs photography picture pictures pic pics image images illustration
    graphic graphics video credit credits foto fotos bild bilder crédit crédito credito immagine фото
    zdjęcie"""
)
_PHOTO_STEMS = ("phot", "fot", "pic", "imag", "illustr", "graph", "video", "credit", "crédit", "bild", "фото", "zdj")
_SOURCE_LEAD = _words(
    "source sources quelle quellen fuente fuentes fonte fonti bron kilde källa lähde kaynak forrás источник źródło"
)
_WITH = _words("with avec mit con com met z с cu d'après d’après selon laut según secondo segundo volgens")
# Roles in a credit line ("Reporting by …; Editing by …").
_ROLES = _words(
    """reporting writing editing compiled compilation research graphics production translated translation contributing
    reported written edited produced contributed additional reporter editor photos photography
    redacción redaccion mitarbeit texto texte text traduction übersetzung"""
)

_LIST_JOIN = re.compile(r"\s*(?:,|/|&|\+|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bи\b)\s*")
_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?=,|\band\b|$)")
_NAME_SPLIT = re.compile(r"[\s,]+")
# "Photo by X", "Header photo by X", "Feature image via X": a lead of a word or three, the last a photo's.
_LEAD_BY = re.compile(r"^(?:\w+\s+){0,2}?(\w+)\s+(?:by|de|von|par|por|via)\s+(.+)$")
_BAR_SPLIT = re.compile(r"\s*[|·•/]\s*")
_SEPARATOR_MARK = re.compile(r"[:|–—»›>]| -\s")
_SEPARATOR = re.compile(r"\s*(?::|\||–|—|»|>>|›|-(?=\s))\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+")
_HANDLE = re.compile(r"@\w{2,}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_VERB = re.compile(r"\b(?:said|says|told|tells|reported|according|added|is|are|was|were|will|would)\b")
_DECOR = " \t.:;|–—-_=*~·•"


def _marker(unit: str) -> tuple[str, str]:
    """The unit's leading marker and the rest: ``("strong", …)`` for an arrow, chevron or pointer,
    ``("weak", …)`` for a bullet or dash, ``("", unit)`` for none."""
    if unit.startswith(">>"):
        return "strong", unit[2:].lstrip()
    first = unit[:1]
    if not first or first.isalnum() or first in "\"“”'‘’([":
        return "", unit
    if first in "-–—~+*·":
        return "weak", unit[1:].lstrip()
    if first == "»":
        # A German quotation opens with » and closes with «; a chevron stands before a space.
        if "«" in unit or not unit[1:2].isspace():
            return "", unit
        return "strong", unit[1:].lstrip()
    name = unicodedata.name(first, "")
    if first == ">" or any(k in name for k in ("RIGHTWARDS", "RIGHT-POINTING", "RIGHT POINTING")):
        return "strong", unit[1:].lstrip()
    if unicodedata.category(first) == "So" or "BULLET" in name:
        return "weak", unit[1:].lstrip()
    return "", unit


def _unwrapped(unit: str) -> str:
    """The unit without enclosing brackets and the full stop copy appends to every line."""
    text = unit.strip()
    if len(text) > 2 and text[0] == "[" and text[-1] == "]":
        text = text[1:-1].strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


def _folded(words: Sequence[str]) -> list[str]:
    return [w.casefold().strip(".'’") for w in words]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _is_acronym(word: str) -> bool:
    """Initials ("AFP", "A.P.", "Keystone-SDA"), not a shouted word ("APPLAUSE", "LAUGHTER")."""
    if word.islower():
        return False  # (no capital at all: most words asked)
    letters = [c for c in word if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 and (len(letters) <= 5 or not word.isupper())


_QUESTION_WORDS = _words("what how why who whom whose when where which")


def _org_list(text: str, *, strict: bool, initials: bool = True) -> bool:
    """Names of organisations (or people) and nothing else: "AFP", "Reuters and AFP", "dpa/AFP",
    "The Canadian Press", "agencies". ``strict``: at least one name is plainly an agency (an
    acronym, an agency noun, or "agencies"), not a name a person could have. ``initials``: a short
    lower-case word may be an agency's initials ("dpa"), where the form says a name follows."""
    items = [p for p in _LIST_JOIN.split(text) if p]
    if not items or len(items) > 5:
        return False
    agency_like = False
    total = 0
    for item in items:
        words = item.split()
        total += len(words)
        if not words or len(words) > 5:
            return False
        for word in words:
            folded = word.casefold().strip(".,")
            if not any(c.isalpha() for c in word) or word.endswith(":") or folded in _QUESTION_WORDS:
                return False  # a question word names no one: "WHAT HAPPENS NEXT" is a subheading
            if folded in _AGENCIES or folded in _ORG_HEADS:
                agency_like = True
            elif _is_acronym(word):
                # Initials ("AFP", "PA Media"); a longer run of capitals is a shouted phrase.
                agency_like = agency_like or len(words) <= 2
            elif folded in _ORG_JOINERS:
                continue
            elif initials and word.isalpha() and word.islower() and len(word) <= 4:
                # "dpa", "sda", "epd": agencies that write their initials in lower case.
                agency_like = agency_like or len(words) == 1
            elif not _is_capitalised(word):
                return False
    return total <= 8 and (agency_like or not strict)


def _names(text: str) -> bool:
    """People's names, with "and" and commas, and an optional "in City": a credit's by-list."""
    text = _PLACE.sub("", text)
    for word in _NAME_SPLIT.split(text):
        if not word or word.casefold() in ("and", "&", "de", "van", "von", "der", "da", "di", "la", "le", "bin"):
            continue
        if not _is_capitalised(word):
            return False
    return bool(text.strip())


_BY_SEGMENT = re.compile(
    r"^(?P<role>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)\s+(?:by|from|von|de|par|por)\s+(?P<names>.+)$"
)
_ROLE_COLON = re.compile(r"^(?P<role>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)\s*:\s*(?P<names>.+)$")


def _by_credit(text: str) -> bool:
    """ "Reporting by X; Editing by Y", "(Additional reporting by X in Y)", "Compiled by X"."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    segments = [s.strip(" .") for s in text.split(";") if s.strip(" .")]
    if not segments:
        return False
    for segment in segments:
        m = _BY_SEGMENT.match(segment) or _ROLE_COLON.match(segment)
        if not m or not (_names(m.group("names")) or _org_list(m.group("names"), strict=False)):
            return False
        role = m.group("role").casefold().split()
        if not all(w in _ROLES for w in role):
            return False
    return True


_RIGHTS = re.compile(
    r"(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
    r"|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone"
    r"|все права защищены)\W*$",
    re.IGNORECASE,
)


# The wire's notice under its copy: "This material may not be published, broadcast, rewritten or
# redistributed."
_REDISTRIBUTE = re.compile(
    r"(?:this\s+(?:material|article|story|content)\s+)?may\s+not\s+be\s+(?:re)?published,?\s+(?:[\w-]+,?\s+){0,4}"
    r"(?:or|and)\s+(?:re)?distributed\W*$",
    re.IGNORECASE,
)


def _copyright(text: str, words: list[str]) -> bool:
    if not words or len(words) > 40:
        return False
    if text.startswith(("©", "(c)", "(C)")) or (len(words) <= 12 and _RIGHTS.search(text)):
        return True
    if len(words) <= 16 and _REDISTRIBUTE.match(text):
        return True
    if words[0].casefold() != "copyright" or len(words) < 2:
        return False
    second = words[1]
    return second.startswith("©") or bool(_YEAR.match(second)) or (_is_capitalised(second) and len(words) <= 12)


_CONTRIBUTED = re.compile(
    r"^(?P<names>.+?)\s+(?:also\s+)?contributed(?:\s+(?:reporting|to\s+this\s+(?:report|article|story)))?"
    r"(?:\s+(?:from|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?$"
)
# "This article originally appeared on …", "A version of this story first ran in …".
_FIRST_APPEARED = re.compile(
    r"^(?:this|a\s+version\s+of\s+this|an\s+earlier\s+version\s+of\s+this)\s+"
    r"(?:article|story|piece|post|report|column)\s+(?:was\s+|has\s+been\s+)?(?:originally\s+|first\s+)+"
    r"(?:appeared|published|ran|posted)\b"
    # Or with the subject left out, and nothing after the place: "Originally published on Live Science".
    r"|^originally\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+[^,;]{1,60}$",
    re.IGNORECASE,
)
# The reprint notice a paper prints under its copy: "This copy is for your personal, non-commercial use only."
_REPRINT = re.compile(r"^this (?:copy|article|story|material) is for your personal,? non-?commercial use\b", re.I)
# "Write to Al Root at allen.root@dowjones.com": whom to write to, an address at its end.
_WRITE_TO = re.compile(r"^(?:write|email|e-mail|contact)\s+(?:to\s+)?\S.{0,80}\s+at\s+[\w.+-]+@[\w-]+\.[\w.-]+$", re.I)
# "Associated Press writer Ana Ruiz contributed": the name's trade between the agency and the person.
_WRITER = re.compile(r"\s(?:staff\s+)?(?:writers?|reporters?|correspondents?|photographers?|editors?)\s")
_THIS_REPORT = re.compile(
    r"^(?:material|information|reporting|additional\s+reporting|reports?)\s+(?:from|by)\s+(?P<names>.+?)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+used\s+in\s+this\s+(?:report|article|story)$"
    r"|^this\s+(?:report|article|story)\s+(?:includes|contains|uses|used|included)\s+"
    r"(?:reporting|material|information)\s+(?:from|by)\s+(?P<names2>.+)$",
    re.IGNORECASE,
)


def _credit(text: str, words: list[str], *, at_end: bool, text_ends_sentence: bool = True) -> bool:
    """A credit line; ``at_end``: it stands at the end of the text, where weaker forms count.
    ``text_ends_sentence``: the line ended in a full stop before it was unwrapped."""
    if len(words) > 60:
        return False
    undashed = text.lstrip("-–— ") if text[:1] in "-–—" else ""
    if undashed[:1].isalnum() and _credit(undashed, undashed.split(), at_end=at_end, text_ends_sentence=False):
        # A credit behind a dash is one still ("— AFP contributed to this report", "-- Reporting by …").
        return True
    first_word = words[0].casefold()
    # (Each costlier test runs only where a word it needs is in the line.)
    if (" by " in text or ":" in text) and _by_credit(text):
        return True
    if _copyright(text, words) or (len(words) <= 30 and _FIRST_APPEARED.match(text)):
        return True
    if "contributed" in text and len(words) <= 40:
        # "Associated Press writers A, B, … and G contributed to this report": as long as its list.
        m = _CONTRIBUTED.match(text)
        # The names after the trade ("Associated Press writers A, B and C"), or all of them.
        names = _WRITER.split(m.group("names"), 1)[-1] if m else ""
        if m and (_org_list(names, strict=False) or _names(names)):
            return True
    if len(words) <= 20 and _WRITE_TO.match(text):
        return True
    if at_end and len(words) <= 12 and " reported from " in text:
        # "Costa reported from Washington.": where the writer was, signed at the end of the copy.
        names, _, place = text.partition(" reported from ")
        if _names(names) and len(names.split()) <= 6 and _names(place.rstrip(".")):
            return True
    if first_word == "this" and _REPRINT.match(text):
        return True
    if len(words) > _MAX_WORDS:
        return False
    if " this " in text.casefold():
        m = _THIS_REPORT.match(text)
        if m and _org_list(m.group("names") or m.group("names2"), strict=False):
            return True
    inner, parenthesised, dashed = _credit_inner(text)
    inner_words = inner.split()
    if not inner_words:
        return False
    first = inner_words[0].casefold()
    if first in _WITH and len(inner_words) >= 2:
        # "(With AFP)", "Avec AFP", "With agencies", "— With files from AFP", "Mit Material von dpa".
        rest = _named_after_with(inner_words)
        if rest is None:
            return False
        # A line of nothing but "With" and a name is never a sentence.
        if len(inner_words) <= 10 and _org_list(" ".join(rest), strict=len(rest) > 4 and not at_end):
            return True
    if len(inner_words) <= 6 and _agency_material(inner_words):
        return True
    if first in ("h/t", "via", "hat") and parenthesised:
        return True
    if first.rstrip("/:") == "h/t" and len(inner_words) <= 8 and _credit_names(" ".join(inner_words[1:]).strip(":/ ")):
        return True  # "h/t: Independent Journal", "H/T Ana Ruiz": a hat tip names where the story was seen
    # "(Reuters)", "(AFP/dpa)": a name alone in brackets is never the article's sentence.
    if parenthesised and _org_list(inner, strict=len(inner_words) > 3):
        return True
    # "— AFP" anywhere; at the end a dash before any one name ("— Reuters") signs the copy off.
    if dashed and _org_list(inner, strict=not (at_end and len(inner_words) == 1)):
        return True
    # "— Ana Ruiz, Kyodo": a dash, a name and whom the name writes for, the sign-off of a piece.
    if dashed and "," in inner and len(inner_words) <= 6 and _org_list(inner, strict=False):
        return True
    if first in _BY and _signature(inner, byline=True):
        return True
    signed_off = dashed and first in _BY and len(inner_words) <= 16 and _is_capitalised(inner_words[1])
    if signed_off and _FILES_FROM.search(inner):
        return True  # "— By Jane Doe in Montreal, with files from Lee Berthiaume in Ottawa": the copy signed off
    if len(inner_words) <= 8 and _signature(inner, byline=False):
        return True
    if len(inner_words) == 1 and _INITIALS.fullmatch(inner) and _org_list(inner, strict=True):
        return True  # "AFP", "EFE/AP": initials alone on a line
    if at_end and not text_ends_sentence and len(inner_words) <= 3 and _org_list(inner, strict=False, initials=False):
        return True  # "XINHUA", "Kyodo News": the agency signs off the text
    lead, sep, rest = inner.partition(":")
    if sep and lead.strip().casefold() in _SOURCE_LEAD and _org_list(rest.strip(), strict=False):
        return True
    # "AFP/Reuters", "dpa/AFP": agencies run together; a bare name only at the end of the text.
    return inner.count("/") == 1 and len(inner_words) <= 6 and _org_list(inner, strict=True)


def _agency_material(words: list[str]) -> bool:
    """ "With agency inputs", "Inputs from agencies", "From staff and wire reports": the agencies'
    material named in general words alone, an agency word among them."""
    folded = [w.casefold().strip(".,()") for w in words]
    if folded[0] not in _WITH and folded[0] != "from" and folded[0] not in _CREDIT_NOUNS | _AGENCIES:
        return False
    rest = folded[1:] if folded[0] in _WITH or folded[0] == "from" else folded
    return any(w in _AGENCIES for w in rest) and all(
        w in _CREDIT_NOUNS or w in _AGENCIES or w in _ORG_HEADS or w in _ORG_JOINERS or w == "from" for w in rest
    )


def _credit_inner(text: str) -> tuple[str, bool, bool]:
    """A credit line's words without its brackets or leading dash and final full stop; whether it
    was in brackets, whether it opened with a dash."""
    parenthesised = text.startswith("(") and text.endswith(")")
    dashed = text[:1] in "-–—"
    if parenthesised:
        return text[1:-1].strip().rstrip("."), True, False
    if dashed:
        return text.lstrip("-–— ").rstrip("."), False, True
    return text, False, False


def _named_after_with(words: list[str]) -> list[str] | None:
    """The names a "With …" credit gives ("With files from AFP", "Mit Material von dpa": the words
    after its lead and its nouns of material); None where a lower-case word makes it a sentence."""
    rest = words[1:]
    while len(rest) > 1 and not _is_capitalised(rest[0]) and rest[0].casefold() not in _AGENCIES:
        if rest[0].casefold() in _PROSE:
            return None
        rest = rest[1:]
    while len(rest) > 1 and rest[0].casefold() in _CREDIT_NOUNS:
        rest = rest[1:]
    return rest


_INITIALS = re.compile(r"[A-Z]{2,5}(?:[/-][A-Z][A-Za-z]{1,4})*")
_FILES_FROM = re.compile(r"\bwith files from\s", re.IGNORECASE)
_BY = _words("by par por von di door av przez")
_SIGNATURE = re.compile(r"^(?P<names>[^,;|/–—]+?)\s*[,;|/–—]\s*(?P<org>[^,;|/–—]+)$")
# The trade a signature gives after the name ("Ana Ruiz, Staff Writer", "Tom Lee | AFP correspondent").
_TRADES = _words(
    """writer writers reporter reporters correspondent correspondents editor editors photographer columnist
    contributor journalist journaliste correspondant correspondante envoyé envoyée spécial spéciale redakteur
    redakteurin korrespondent korrespondentin corresponsal periodista redactor redactora giornalista inviato
    inviata corrispondente repórter correspondente"""
)


def credited_agency(credit: str) -> str | None:
    """The agencies an agency credit names, as it names them: "(With AFP)" and "— With files from
    AFP" give "AFP", "(Reuters)" "Reuters", "Source: dpa/AFP" "dpa/AFP". None for every other
    credit (a photo's, a signature, "Ana Ruiz contributed to this report", "Reporting by …"): the
    nearest thing plain copy has to the outlet it came from, where the page named none.
    """
    inner, parenthesised, dashed = _credit_inner(credit.strip())
    inner = inner.rstrip(".").strip()
    words = inner.split()
    if not words:
        return None
    if words[0].casefold() in _BY or words[0].casefold() in ("h/t", "via", "hat"):
        return None  # a byline (the writer's), a hat tip (where the story was seen)
    # A name alone is an agency only where the form is a credit's ("(Reuters)", "— Reuters"); two
    # or more words must name one plainly ("The Canadian Press"), not a person ("(John Smith)").
    strict = len(words) > 1 or not (parenthesised or dashed)
    if words[0].casefold() in _WITH and len(words) >= 2:
        rest = _named_after_with(words)
        if rest is None:
            return None
        inner, strict = " ".join(rest), False
    else:
        lead, sep, rest_text = inner.partition(":")
        if sep and lead.strip().casefold() in _SOURCE_LEAD:
            inner, strict = rest_text.strip(), False
        elif not (parenthesised or dashed):
            return None  # "Jim Urquhart/Reuters", "POOL New/Reuters": a photo's credit
    return inner if inner and _org_list(inner, strict=strict) else None


def _signature(text: str, *, byline: bool) -> bool:
    """ "Ana Ruiz, Staff Writer", "Tom Lee | AFP correspondent", or with ``byline`` its lead word
    ("By Ana Ruiz, Xinhua News Agency", "Par Jean Dubois | AFP"): a name and whom or what it
    writes as, standing among the paragraphs (the byline under the title is found by structure)."""
    if len(text.split()) > 12 or _SENTENCE_VERB.search(text) or text.rstrip().endswith(("?", "!")):
        return False  # a question or an exclamation is said, not signed ("WHAT SAY YOU, IMPEACHMENT JURY?")
    m = _SIGNATURE.match(text.split(None, 1)[-1] if byline else text)
    if not m:
        return False
    names, org = m.group("names"), m.group("org").strip().rstrip(".")
    if not _names(names) or len(names.split()) > 4:
        return False
    trade = any(w in _TRADES for w in _folded(org.split()))
    if trade or byline:
        return trade or _org_list(org, strict=False)
    # Without a trade, plainly an agency; a place signs a reader's letter ("Woodside, N.Y.").
    return "." not in org and _org_list(org, strict=True)


# Lower-case words that make a "With …" line a sentence, not a credit.
_PROSE = _words("the a an his her their its our reporters officials who which that")
_CREDIT_NOUNS = _words(
    """files file material materials reporting reports report information información informações wire inputs input
    agency agencies von from de of des du del da dell' material agenturmaterial"""
)


_TRAILING_CREDIT = re.compile(r"(?:\(|\|\s*|[.;]\s+)(?P<credit>[^\W\d_]+(?:\s+credit)?\s*(?::|\bby\b)[^()|]+)\)?$")


# A credit in brackets after a caption's last sentence: "… shifts. (Robert Short/CBC)", "… (CBC)".
_CAPTION_CREDIT = re.compile(r"[.!?”\"]\s+\((?P<credit>[^()]{2,60})\)$")
# Sources a caption credits alone in brackets (a name and a source are joined by "/").
_CAPTION_SOURCES = frozenset(
    [
        "cbc",
        "cbc news",
        "radio-canada",
        "the canadian press",
        "canadian press",
        "reuters",
        "ap",
        "afp",
        "getty images",
        "shutterstock",
        "submitted",
        "supplied",
        "facebook",
        "twitter",
        "instagram",
    ]
)


def _ends_in_caption_credit(text: str) -> bool:
    """ "Nurses at the Halifax Infirmary say …. (Robert Short/CBC)", "… (CBC)": a caption, its
    credit in brackets after its last sentence (a name and a source joined by "/", or a source)."""
    if not text.endswith(")"):
        return False
    m = _CAPTION_CREDIT.search(text, max(0, len(text) - 70))
    if m is None:
        return False
    credit = m.group("credit")
    return ("/" in credit or credit.casefold() in _CAPTION_SOURCES) and _credit_names(credit)


def _photo(text: str, words: list[str]) -> bool:
    """A photo credit: "Photo: X / Getty Images", "(Photo by X/AFP via Getty Images)", "Name/Agency",
    or a caption that ends in one ("The senator in Albany. (Photo: X/AP)")."""
    tail = text[-120:]
    m = _TRAILING_CREDIT.search(tail) if len(words) <= 40 and (":" in tail or " by " in tail) else None
    if m and (m.start() > 0 or len(tail) < len(text)):
        credit = m.group("credit").strip()
        if credit.split()[0].casefold().rstrip(":") in _PHOTO_LEAD and _photo(credit, credit.split()):
            return True
    if len(words) <= 40 and _ends_in_caption_credit(text):
        return True
    inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    lead, sep, rest = inner.partition(":")
    if sep and len(lead) <= 40:
        lead_words = _folded(lead.split())
        # "Photo: …", "Main image credit: …", "Top photo: …".
        photo_lead = any(w in _PHOTO_LEAD or w.startswith(_PHOTO_STEMS) for w in lead_words)
        if 1 <= len(lead_words) <= 3 and photo_lead and rest.strip():
            return _credit_names(rest.strip())
    m = _LEAD_BY.match(inner)
    if m and m.group(1).casefold() in _PHOTO_LEAD:
        return _credit_names(m.group(2))
    m = _COURTESY.match(inner)
    if m:
        # "Courtesy photo", "Image courtesy of the White House", "Photo courtesy Ana Ruiz".
        return not m.group(1) or _credit_names(m.group(1))
    # "Name/Agency", "Name via Getty Images", "© Name/AP".
    if (inner.count("/") == 1 or " via " in inner) and len(words) <= 8 and not inner.endswith((";", ",")):
        return _credit_names(inner)
    return False


_COURTESY = re.compile(
    r"^(?:(?:photo|image|picture|video|foto)s?\s+)?courtesy(?:\s+(?:photo|image|picture)s?)?(?:\s+of)?(?:\s+(.+?))?\.?$",
    re.IGNORECASE,
)


def _credit_names(text: str) -> bool:
    """Names joined by "/", "via", "for", "and": the rest of a photo credit, never a sentence."""
    words = text.replace("/", " ").split()
    if not words or len(words) > 14:
        return False
    for word in words:
        word = word.strip("()") or word  # "Sarah Lee (Bloomberg)": whom the photographer works for
        folded = word.casefold().strip(".,")
        if folded in ("via", "for", "and", "the", "de", "del", "la", "le", "von", "of", "&", "©", "/", "-", "|"):
            continue
        short_initials = word.isalpha() and word.islower() and len(word) <= 4
        if word[:1].isdigit():
            return False
        if not (_is_capitalised(word) or _is_acronym(word) or word.startswith("©") or short_initials):
            return False
    return True


def _prompt(text: str, words: list[str], *, full_stop: bool = False) -> bool:
    """ "Sign up for our newsletter", "Folgen Sie uns auf Twitter", "Enjoying this story? Subscribe"."""
    if "?" in text:
        after = text.rsplit("?", 1)[1].strip()
        if after:
            return len(words) <= 20 and _prompt(after, after.split())
    if not words or len(words) > 16:
        return False
    folded = _folded(words)
    first = folded[0]
    if len(folded) <= 3 and first in _CTA and all(w in _CTA or w in _CHANNELS for w in folded):
        return True  # a row of buttons: "Share", "Tweet", "Share Tweet Email"
    if (
        2 <= len(folded) <= 6
        and all(w in _CTA or w in _CHANNELS for w in folded)
        and all(w[:1].isupper() for w in words)
    ):
        return True  # "Twitter LinkedIn Email WhatsApp": buttons without separators
    # The verb first, or last as an infinitive where the language puts it there ("Jetzt den Newsletter
    # abonnieren", "Volg ons op Twitter" has it first).
    last = folded[-1].strip("!.")
    verb_at_end = len(folded) > 1 and last in _CTA and last.endswith("en")
    if first in _LEAD_STRONG and len(words) <= 10 and not text.endswith("."):
        # "Read the full story on the app", "Listen on our podcast": a reading lead sending elsewhere.
        lowered = text.casefold()
        # "Listen to this article": the page sends the reader on.
        about_page = " this article" in lowered or " this story" in lowered
        return (about_page or any(w.strip(",:!()") in _OWN_CHANNELS for w in folded)) and not _SENTENCE_VERB.search(
            lowered
        )
    if (
        first not in _CTA
        and not verb_at_end
        and not (len(folded) > 1 and f"{first} {folded[1]}" in ("never miss", "don't miss"))
    ):
        return False
    lowered = text.casefold()
    if _SENTENCE_VERB.search(lowered):
        return False
    if len(words) >= 8 and full_stop and not any(w.strip(".,!") in _READER_WORDS for w in folded):
        # The verb's object follows it: a name, a handle, "up", "to", "the" ("Follow Ana Ruiz on
        # Twitter."); a common noun after it makes the first word a noun ("Sign language
        # interpreters stood beside the governor at every briefing.").
        second = words[1] if len(words) > 1 else ""
        if not (_is_capitalised(second) or second.startswith(("@", "#")) or len(second) <= 4):
            return False
    channel = any(w.strip(",:!()") in _CHANNELS or w.startswith(_CHANNEL_STEMS) for w in folded) or bool(
        _HANDLE.search(text)
    )
    # "Share it with a friend", "Follow us", "Support us": the verb's object is the page or the paper.
    if len(folded) > 1 and folded[1] in ("this", "it", "us", "uns", "nous", "nos", "ci") and len(words) <= 6:
        return True
    # Some verbs are a prompt whatever follows ("Subscribe to the Tribune", "Click to enlarge").
    return channel or (first in _CTA_ALONE and len(words) <= 10)


def _share_bar(text: str) -> bool:
    """ "Facebook | Twitter | Email", "Share · Tweet · Email": short items of channels."""
    items = [p.strip() for p in _BAR_SPLIT.split(text) if p.strip()]
    if len(items) < 2 or any(len(p.split()) > 3 for p in items):
        return False
    hits = sum(1 for p in items if any(w in _CHANNELS or w in _CTA for w in _folded(p.split())))
    return hits * 2 >= len(items) + 1


# What an ad slot's box says it is "by": the network that fills it.
_AD_BY = _words("powered recommended promoted presented")
# An ad word, a separator, then a few words of the slot's own ("… - Sigue leyendo debajo").
_AD_THEN = re.compile(r"^\S+\s*[-–—·|:]\s*\S")
# Its words say where the text goes on: "scroll", "continue", "below", "sigue leyendo debajo".
_READ_ON = _BELOW | _words(
    """scroll continue continues read reading sigue leyendo continua leggere weiterlesen lesen lire suite
    continuar lendo"""
)


def _ad(text: str, words: list[str]) -> bool:
    """ "Advertisement", "— Advertisement —", "Story continues below advertisement", "Anzeige"."""
    core = text.strip(_DECOR + "[]()")
    core_words = core.split()
    if not core_words or len(core_words) > 8:
        return False
    folded = [w.strip("-–—·:|") for w in _folded(core_words)]
    if len(folded) <= 3 and any(w.startswith(_PAID_STEMS) for w in folded):
        return True  # "Contenido patrocinado", "Contenu sponsorisé", "Gesponserter Inhalt"
    by_lead = folded[0] in _AD_WORDS or (folded[0] in _AD_BY and len(folded) > 2 and core_words[2][:1].isupper())
    if by_lead and len(folded) > 2 and folded[1] == "by" and _credit_names(" ".join(core_words[2:])):
        return True  # "Sponsored by Acme Bank", "Powered by Taboola", "Recommended by Outbrain"
    if folded[0] in _AD_WORDS and len(folded) <= 7 and _AD_THEN.match(core) and any(w in _READ_ON for w in folded):
        return True  # "Publicidad - Sigue leyendo debajo", "Pubblicità · Continua a leggere sotto"
    # Nothing but the words of an ad slot: "Story continues below advertisement", "Skip Advertisement".
    if not all(w in _AD_PHRASE or w in _AD_WORDS or w in _BELOW or _CONTINUE.match(w) or not w for w in folded):
        return False
    if any(w in _AD_WORDS for w in folded):
        return True
    if any(w in _PAID for w in folded[:2]) and any(w in _PAID_WHAT for w in folded):
        return True
    return any(_CONTINUE.match(w) for w in folded) and any(w in _BELOW for w in folded)


def _lead_words(words: list[str]) -> tuple[int, int]:
    """How many of ``words`` are strong and weak lead words; (-1, -1) when one is neither (a
    capitalised site name and filler words are allowed: "Also on HuffPost", "More from Politico")."""
    strong = weak = 0
    site = False
    for word, folded in zip(words, _folded(words), strict=True):
        if folded in _LEAD_STRONG:
            strong += 1
        elif folded in _LEAD_WEAK:
            weak += 1
        elif folded in _SITE_BEFORE:
            site = True
        elif folded in _LEAD_FILLER or (site and _is_capitalised(word)):
            continue
        else:
            return -1, -1
    return strong, weak


_SITE_BEFORE = _words("on from sur auf en von de su на em")


def _headline_like(text: str, *, period_ok: bool) -> bool:
    """A headline: a few words, not a run of sentences, not ending in a full stop unless allowed."""
    words = text.split()
    if not words or len(words) > 22:
        return False
    if text.endswith(".") and not period_ok:
        return False
    return text.count(". ") == 0 or period_ok


def is_related_header(unit: str) -> bool:
    """ "Related stories:", "More from Politico:", "Also on HuffPost:", "Read more", "Top stories"."""
    text = unit.strip().rstrip(":").strip()
    words = text.split()
    if not words or len(words) > 6 or text.endswith((".", "?", "!")):
        return False
    strong, weak = _lead_words(words)
    return strong + weak > 0


def _label_and_headline(lead: list[str], separator: str, headline: str) -> bool:
    """A label of any words, a separator and a headline: "Leia mais | …", "Top story — …", "LIVE: …".
    A subheading seldom has that shape: a pipe or a chevron never, a dash or a colon only after
    a word or two of its own (so a colon counts only after a label in capitals)."""
    if len(lead) > 3 or len(headline.split()) < 3 or not _headline_like(headline, period_ok=False):
        return False
    # A headline is one clause: not a question put to someone, not a run of sentences. (After a
    # pipe or a chevron, which no speaker's label takes, a question is a headline's too.)
    piped = separator in ("|", "»", ">>", "›")
    if (
        headline.endswith(":")
        or (headline.endswith("?") and not piped)
        or "|" in headline
        or re.search(r"[.?!]\s", headline)
        or any(c in "()" for c in " ".join(lead))
    ):
        return False
    if piped:
        return True
    shouted = all(w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in lead)
    if separator == ":":
        # "LIVE: …", "EXCLUSIVE: …" (a speaker's name in capitals opens a sentence, not a headline).
        return shouted and not _SENTENCE_VERB.search(headline)
    # "Top story — …"; a place in capitals before a dash is a dateline ("BERLIN — The …").
    return separator in ("–", "—") and not shouted and len(lead) <= 2 and len(headline.split()) >= 4


def _related(text: str) -> bool:
    """ "Read more: …", "RELATED | …", "READ MORE Bridge closes", "► Wendy Sherman at the table"."""
    marker, rest = _marker(text)
    if marker and rest[:1] in "-–—" and marker == "weak":
        return False
    body = rest if marker else text
    m = _SEPARATOR.search(body)
    if m and 0 < m.start() <= 60:
        lead, after = body[: m.start()].strip(), body[m.end() :].strip()
        lead_words = lead.split()
        if after and 1 <= len(lead_words) <= 6:
            strong, weak = _lead_words(lead_words)
            if strong > 0 and _headline_like(after, period_ok=len(after.split()) <= 15):
                return True
            if weak > 0 and _headline_like(after, period_ok=False):
                return True
            spaced = m.group()[:1].isspace() and m.group()[-1:].isspace()
            if (spaced or m.group().strip() == ":") and _label_and_headline(lead_words, m.group().strip(), after):
                return True
    # A lead in capitals run into the headline: "READ MORE Bridge closes", "SEE ALSO The budget".
    words = body.split()
    caps_lead = 0
    for word in words[:4]:
        if word.isupper() and word.casefold().strip(":") in _LEAD_STRONG | _LEAD_WEAK | _LEAD_FILLER:
            caps_lead += 1
        else:
            break
    if 0 < caps_lead < len(words):
        strong, weak = _lead_words(words[:caps_lead])
        if strong > 0 or (weak > 0 and caps_lead >= 2):
            return _headline_like(" ".join(words[caps_lead:]), period_ok=False)
    # An arrow or chevron before a headline, or after it ("Senate clears the bill ›", "… >>"), where
    # no guillemet opened a quotation the chevron would close ("« Nous voterons »").
    if marker == "strong":
        return _headline_like(rest, period_ok=len(rest.split()) <= 14)
    m = _TRAILING_CHEVRON.search(body)
    return (
        bool(m)
        and "«" not in body
        and "‹" not in body
        and len(body[: m.start()].split()) <= 14
        and (_headline_like(body[: m.start()], period_ok=False))
    )


_CHEVRONS = ("›", "»", "→", ">>", "▸", "➤", "►")
# A note of the page after a linked headline: how long its video or audio runs, or what it is.
_PAGE_NOTE = re.compile(
    r"\s(?:[(\[]\s?(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,3}\s?(?:min|mins|minutes|sec|s|h)\.?(?:\s\d{1,2}\s?m)?)\s?[)\]]"
    r"|\((?:video|audio|photos|gallery|podcast|live)\)|\[[^\W\d_]{3,12}\])$",
    re.IGNORECASE,
)


def _noted_headline(text: str) -> bool:
    """ "Ministers row over the budget (2:14)", "… [video]": a headline with the page's note of
    what it links to; a sentence ends in a full stop, not in such a note."""
    m = _PAGE_NOTE.search(text)
    if m is None or (text[m.start() + 1] == "[" and not text[m.start() + 2 : m.end() - 1].islower()):
        return False
    head = text[: m.start()]
    return (
        not _SENTENCE_VERB.search(head)
        and len(head.split()) >= 3
        and head[:1].isupper()
        and head[-1:] not in ".,;:"
        and _headline_like(head, period_ok=False)
    )


_REPORTED = re.compile(r"\b(?:said|told|reported|according|added|wrote)\b")
_SITE_TAIL = re.compile(r"\s(\||—|–)\s+([^|—–]{2,40})$")


def _headline_then_site(text: str) -> bool:
    """ "Ministers row over the border deal | The Globe and Mail", "… — The Irish Times": a linked
    headline with the newspaper it is on after a pipe or a dash. (Any name after a pipe took a line
    of the real pages' marked bodies: web-dev recall .9798 -> .9795.)"""
    m = _SITE_TAIL.search(text)
    if m is None:
        return False
    head, site = text[: m.start()].strip(), m.group(2).strip()
    site_words = site.split()
    if not 1 <= len(site_words) <= 5 or not site[:1].isupper() or site[-1:] in ".!?,;:":
        return False
    if not all(w[:1].isupper() or w.casefold() in _ORG_JOINERS for w in site_words):
        return False
    if len(head.split()) < 4 or not head[:1].isupper() or not _headline_like(head, period_ok=False):
        return False
    if head[-1:] in ".,;:" or QUOTE_MARK.search(head) or _REPORTED.search(head):
        return False  # a sentence reports in the past tense ("…, officials said — The Times"); a headline does not
    return _outlet(site)


_TRAILING_CHEVRON = re.compile(r"(?<![\w)'’])\w[\w)'’]*\s+(?:›|»|→|>>|▸|➤|►)$")  # (from a word's start: linear)


# A clock time and its zone alone on a line: "22:31 CET", "14h05 GMT", "9.30 Uhr".
_CLOCK_ZONE = re.compile(
    r"^\d{1,2}[:h.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AEST|HKT|MES?Z|Uhr)$"
)


def _other(text: str) -> bool:
    """Odd furniture: separator rules, comment counts, "Loading…", an "updated" notice, a time
    stamp ("Published 18 November 2019", "UPDATED: Tue., Nov. 19, 2019", "22:31 CET"), a page's
    error message."""
    return bool(
        _OTHER.match(text)
        or _CLOCK_ZONE.match(text)
        or (_STAMP.match(text) and any(c.isdigit() for c in text))
        or _PAGE_MESSAGE.match(text)
        or _date_time(text)
        or _COUNTER.match(text)
        or _ENGAGEMENT.match(text)
    )


# "73K views", "1,204 likes": a post's counts, and a gallery's (the post itself, an embedded tweet, is the article's
# as often: the real pages' marked bodies hold them, signature and all).
_ENGAGEMENT = re.compile(
    r"^\d[\d.,]*(?:\s?[KkMm])?\s+(?:likes|views|shares|replies|retweets|reposts|reactions|followers|plays|listens)$"
    # A gallery's count: "Slideshow (19 images)", "View 11 photos", "24 Bilder".
    r"|^(?:[^\W\d_]+\s+)?\(?\d{1,3}\s+(?:images|photos|pictures|videos|slides|fotos|bilder|imágenes|immagini)\)?$",
    re.IGNORECASE,
)


# "Image 4 of 18", "2 / 13": where a gallery or a slide show stands.
_COUNTER = re.compile(r"^(?:[^\W\d_]+\s+)?\d{1,3}\s*(?:of|/|de|von|di|su|из|z|van)\s*\d{1,3}$", re.IGNORECASE)


def _date_time(text: str) -> bool:
    """A date and time alone on a line: "segunda-feira, 22 de janeiro de 2018 às 0:13"."""
    if text.count(" ") >= 10 or not (_YEAR.search(text) and _TIME.search(text)) or _SENTENCE_VERB.search(text):
        return False
    # Words of a sentence (lower-case and long), beyond a weekday's or a month's name, make it prose.
    return sum(1 for w in text.split() if w.isalpha() and w.islower() and len(w) > 3) <= 2


_TIME = re.compile(r"\b\d{1,2}[:h]\d\d\b")
_LABEL = re.compile(r"\[[A-Z]{3,}\]")


_STAMP_LEAD = _words("published updated posted modified last")
# A publication or update time alone on its line: the lead word, then a date (a digit in it).
_STAMP = re.compile(
    r"^(?i:(?:first\s+)?published|updated|posted|last\s+(?:updated|modified)|modified)(?:\s+(?:on|at))?\s*:?\s*"
    # Then only what a date and time are written with: numbers, names of days and months, "a.m.", a zone.
    r"(?:(?:\d[\d:./-]*|[A-Z][^\W\d_]{1,9}\.?|[ap]\.?m\.?|(?i:at|de|à|às|um|el|le|the|on|gmt|utc|[ecmp][sd]t|bst|cet))"
    r"[,.]?\s*){1,9}$"
)
# What a page says to its reader about itself, copied with the text: errors, thanks for a sign-up.
_PAGE_MESSAGE = re.compile(
    r"""^(?:(?:an|there\ was\ an)\ error\ (?:has\ )?(?:occurred|processing\ your\ \w+)
        (?:[,.;]\ please\ try\ again[\w ]*)?
      | please\ try\ again(?:\ later)? | thanks?\ (?:you\ )?for\ (?:signing\ up|subscribing)
      | (?:please\ )?enable\ javascript[\w ,]{0,60}
      | your\ browser\ does\ not\ support\ (?:the\ )?(?:video|audio|iframe)\ (?:tag|element)s?
      | you\ have\ reached\ your\ (?:limit|maximum)\ of\ free\ (?:articles|stories)[\w ]{0,40}
      | this\ (?:article|story|content)\ is\ (?:for|available\ (?:only\ )?to)\ (?:paid\ )?subscribers(?:\ only)?
    )\s*[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


_OTHER = re.compile(
    r"""^\s*(?:
        [*#=_~\-–—·•]{3,}
      | (?:show\ |view\ |read\ |see\ )?\d*\s*comments?(?:\s*\(\d+\))? | loading\.{0,3}…? | supported\ by
      | this\ (?:article|story|post)\ (?:was|has\ been)\ (?:updated|amended|corrected)[^\n]{0,100}
    )\s*[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


# The links every site's pages carry, whatever the article: its legal pages, its own pages, a reader's
# ways to write in. A line of nothing else never heads an article's section.
_SITE_LINK = re.compile(
    r"terms\s+(?:of\s+(?:use|service)|(?:and|&)\s+conditions)|privacy\s+(?:policy|notice|statement|centre|center|settings)"
    r"|cookie\s+(?:policy|notice|preferences)|do\s+not\s+sell\s+my\s+(?:personal\s+)?(?:info|information)"
    r"|your\s+privacy\s+choices|(?:contact|about)\s+us|site\s*map|back\s+to\s+(?:top|the\s+top)"
    r"|skip\s+to\s+(?:main\s+)?content|advertise(?:\s+with\s+us)?|report\s+(?:an\s+error|a\s+correction|a\s+typo)"
    r"|submit\s+a\s+(?:tip|correction)|send\s+us\s+(?:a\s+tip|your\s+news)|editorial\s+(?:standards|guidelines|policy)"
    r"|corrections\s+policy|have\s+your\s+say|expand|collapse|(?:start\s+(?:your\s+)?)?free\s+trial"
    r"|create\s+(?:a\s+)?(?:free\s+)?account|open\s+in\s+(?:the\s+)?app|jump\s+to|table\s+of\s+contents"
    r"|in\s+this\s+(?:article|story)"
    r"|add\s+to\s+(?:favou?rites|bookmarks|reading\s+list)|save\s+(?:for\s+later|(?:this\s+)?article|story)",
    re.IGNORECASE,
)
# The header of a list of the site's other stories, alone on its line, or the link that lengthens one.
_STORIES_HEADER = re.compile(
    r"you\s+(?:may|might)\s+also\s+like|more\s+from\s+this\s+(?:author|writer)"
    r"|related\s+(?:topics|coverage|stories|articles|content)|top\s+stories|(?:show|load|see|view)\s+(?:more|all)",
    re.IGNORECASE,
)
# Stock photo libraries, whose name alone on a line credits a picture.
_STOCK_PHOTOS = re.compile(
    r"shutterstock|istock(?:photo)?|alamy(?:\s+stock\s+photo)?|getty\s*images|dreamstime|adobe\s+stock|unsplash"
    r"|pexels|pixabay|depositphotos",
    re.IGNORECASE,
)


# A photographer's name for the paper the picture was taken for: two to four capitalised words.
_FOR_OUTLET = re.compile(r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}\s+for\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z].*)$")
# The words a page puts before a picture's caption or source, and a player's message in its place.
_CAPTION_LEAD = re.compile(r"^(?:image|media|video)\s+(?:caption|source|copyright)\b", re.IGNORECASE)
_PLAYER_MESSAGE = re.compile(r"^media\s+playback\s+is\s+(?:un)?supported\b", re.IGNORECASE)
# "A version of this article appears in print on Dec. 5, 2019, Section A, Page 1 …"
_PRINT_VERSION = re.compile(r"^an?\s+version\s+of\s+this\s+(?:article|story|review)\s+appear", re.IGNORECASE)
# A prompt for tips: "Got a news tip? Let us know.", "Do you have a story to share? Contact us."
_TIP_PROMPT = re.compile(
    r"\b(?:tip|tips|story\s+to\s+share|news\s+to\s+share)\b[^.!]{0,40}\?\s*(?:let\s+us\s+know|contact\s+us|email\s+us"
    r"|e-mail\s+us|get\s+in\s+touch|write\s+to\s+us|send\s+it\s+to\s+us)\b",
    re.IGNORECASE,
)


def _outlet(name: str) -> bool:
    """ "The New York Times", "The Washington Post", "Bloomberg News": capitalised words, the last
    a newspaper's or a network's word."""
    words = name.strip(" .").split()
    return (
        0 < len(words) <= 5
        and all(w[:1].isupper() or w.casefold() in ("the", "of") for w in words)
        and words[-1].casefold() in _OUTLET_WORDS
    )


_OUTLET_WORDS = NEWSPAPER_WORDS | _words("bloomberg reuters politico magazine newspaper")


def _site_link(text: str) -> Kind | None:
    """What a line of nothing but one of a site's own links is ("Terms of use", "Contact us": its
    furniture; "Related topics", "You may also like": a list of its stories), or a stock library's
    name ("Shutterstock": a photo's credit); None for any other line."""
    core = text.strip(" .:!|·•›»>→-–—")
    if _SITE_LINK.fullmatch(core):
        return "boilerplate"
    if _STORIES_HEADER.fullmatch(core):
        return "related"
    if _STOCK_PHOTOS.fullmatch(core):
        return "credit"
    return None


def _controls(words: list[str]) -> bool:
    """A row of the site's controls: a few words, all of them a control's, one plainly so."""
    folded = _folded(words)
    if len(folded) == 1:
        # "Menu", "Profile", "Settings" alone may head a section (a food piece's menu, a magazine's profile).
        return folded[0] in _words("login logout signin signout")
    return len(folded) <= 5 and all(w in _CONTROLS for w in folded) and any(w in _CONTROLS_STRONG for w in folded)


def classify_line(unit: str, *, at_end: bool = False) -> Kind | None:
    """``"related"``, ``"credit"``, ``"boilerplate"``, or None for article text. ``at_end``: the
    line stands at the end of the text (after the last paragraph), where weaker credits count."""
    # A line short enough to be furniture is asked about again and again: the same line within an
    # article (the structure's rules, then the learned model's facts and its end of the text), and
    # the same site's furniture across articles. Its answer, the costliest, is remembered.
    return _classify_short(unit, at_end) if len(unit) <= _MAX_CHARS else _classify_line(unit, at_end)


@functools.lru_cache(maxsize=2048)
def _classify_short(unit: str, at_end: bool) -> Kind | None:
    return _classify_line(unit, at_end)


def _classify_line(unit: str, at_end: bool) -> Kind | None:
    if "[" in unit and len(_LABEL.findall(unit)) >= 2:
        return "related"  # headlines run together, each with its section's label: "… [VIDEO]| … [INSIGHT]"
    if len(unit) > _MAX_CHARS or (unit.count(" ") > _SHORT_WORDS + 1 and _plain_sentence(unit.strip())):
        return None
    text = _unwrapped(unit)
    if not text:
        return "boilerplate" if unit.strip() and not any(c.isalnum() for c in unit) else None
    words = text.split()
    if len(words) > 60:
        return None
    if not at_end and len(words) <= 4:
        signed = _signed_credit(unit.strip())
        if signed is not None:
            return signed
    if 3 <= len(words) <= 12 and words[0].casefold() in _BY and _writers_byline(text):
        return "credit"
    if len(words) <= 8:
        link = _site_link(text)
        if link is not None:
            return link
        for_outlet = _FOR_OUTLET.match(text)
        if for_outlet and _outlet(for_outlet.group("outlet")):
            return "credit"  # "Tom Brenner for The New York Times": a photo's credit
    if _CAPTION_LEAD.match(text) or _PRINT_VERSION.match(text):
        return "credit"  # "Image caption …", "A version of this article appears in print on …"
    if len(words) <= 16 and (("?" in text and _TIP_PROMPT.search(text)) or _PLAYER_MESSAGE.match(text)):
        return "boilerplate"  # "Got a news tip? Let us know.", "Media playback is unsupported on your device"
    if not at_end and len(words) <= _SHORT_WORDS + 1 and _plain_short(text, words):
        return None
    # Most units are the article's sentences: a longer line is tested only for the shapes its
    # first word, first character or a word it holds can start.
    short = len(words) <= _SHORT_WORDS
    first = words[0].casefold().strip("(['’.:")
    full_stop = unit.rstrip().endswith(".")
    if (short or first in _CREDIT_FIRST or text[0] in "(©-–—" or ";" in text or "contributed" in text) and _credit(
        text, words, at_end=at_end, text_ends_sentence=full_stop
    ):
        return "credit"
    tail = text[-120:]
    if (short or ":" in tail or "/" in tail or " via " in tail or " by " in tail or tail.endswith(")")) and _photo(
        text, words
    ):
        return "credit"
    if len(words) >= 5 and (_notice(text) or _pitch(text)):
        return "boilerplate"
    if len(words) > _MAX_WORDS:
        return None
    bare = unit.strip()
    # One pair of square brackets round the whole line (not "[b]markup[/b] in a title [/]").
    bracketed = bare[:1] == "[" and bare[-1:] == "]"
    if bracketed:
        bare = bare[1:-1].strip()
        bracketed = "[" not in bare and "]" not in bare
    marker, rest = _marker(text)
    if (short or marker or words[0].isupper() or _SEPARATOR.search(bare, 0, 60) or bare.endswith(_CHEVRONS)) and (
        _related(bare) or is_related_header(unit)
    ):
        return "related"
    if len(words) <= 16 and bare.endswith((")", "]")) and _noted_headline(bare):
        return "related"
    if 5 <= len(words) <= 20 and (" | " in bare or " — " in bare or " – " in bare) and _headline_then_site(bare):
        return "related"
    core = rest if marker else text
    core_words = core.split()
    if not core_words:
        return None
    if short and (_ad(core, core_words) or _controls(core_words)):
        return "boilerplate"
    if (short or "|" in core) and _share_bar(core):
        return "boilerplate"
    if (short or first == "this" or first in _STAMP_LEAD) and _other(text):
        return "boilerplate"
    if short and _reading_stamp(core):
        return "boilerplate"
    if ":" in core and not full_stop and _label_list(core, core_words):
        return "related"
    lead_word = core_words[0].casefold()
    if (short or lead_word in _CTA or lead_word in _LEAD_STRONG or "?" in core) and _prompt(
        core, core_words, full_stop=full_stop
    ):
        return "boilerplate"
    if len(core_words) > 6 and _signs_off_with_prompt(core):
        return "boilerplate"
    labelled = ":" in bare[:30]
    if bracketed and (len(words) <= 6 or (labelled and len(words) <= 12)) and not _SENTENCE_VERB.search(text):
        # A line all in square brackets, short or a label's ("[Advertisement]", "[Editor's note: …]"),
        # is never the article's sentence or a subheading; a longer one can be its text (a citation).
        return "credit" if _org_list(text, strict=False) else "boilerplate"
    return None


_TIME_UNIT = (
    r"(?:s|secs?|seconds?|mins?|minutes?|minuten?|minutos?|minuti|h|hrs?|hours?|heures?|stunden?|horas?|ore"
    r"|days?|jours?|tagen?|días?|dias?|giorni|weeks?|semaines?|wochen|semanas?|минуты?|минут|часа?|часов)"
)
_NUMBER_UNIT = re.compile(rf"\b\d+(?:[.,]\d+)?[\s-]?{_TIME_UNIT}\b\.?", re.IGNORECASE)
# What stands around a time span in a stamp: "Updated 3 hours ago", "6 min read", "il y a 2 heures".
_STAMP_WORDS = _words(
    """ago read reading time listen listening watch duration to this article story audio video
    lecture lesezeit lesedauer lectura lettura leitura
    il y a hace vor fa há назад чтение updated posted published edited modified aktualisiert actualizado
    publié publicado aggiornato atualizado mis à jour approx about ca. estimated"""
)


def _reading_stamp(text: str) -> bool:
    """A time span and nothing but the words around one: "Updated 3 hours ago", "6 min read",
    "Reading time: 10 minutes", "Lesedauer: 4 Minuten"."""
    if not _NUMBER_UNIT.search(text):
        return False
    rest = _NUMBER_UNIT.sub(" ", text).replace(":", " ").replace("·", " ").split()
    # At least one word around the span: "100 days" alone is an answer, a figure, a heading.
    return 1 <= len(rest) <= 4 and all(w.casefold().strip(".,()") in _STAMP_WORDS for w in rest)


_LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2})\s*:\s*(?P<items>.+)$")
_ITEM_SPLIT = re.compile(r"\s*[,|·•/;]\s*")


def _label_list(text: str, words: list[str]) -> bool:
    """A label and a list of names: "Topics: Congress, Budget, Senate", "Filed under: Trade | Courts",
    "Themen: Europa, Rente" (tags and topics; a sentence after a colon has lower-case words)."""
    if len(words) > 20 or text.endswith((".", "!", "?")):
        return False
    m = _LABELLED.match(text)
    if not m:
        return False
    items = [i for i in _ITEM_SPLIT.split(m.group("items").strip()) if i]
    return (
        len(items) >= 2
        and all(len(i.split()) <= 3 and i[:1].isupper() for i in items)
        and not _SENTENCE_VERB.search(text)
    )


def _plain_sentence(text: str) -> bool:
    """A longer line that no furniture shape can fit: it does not start with a mark or a first word
    some shape needs, has no lead and separator at its start ("Read more: …"), no photo credit at
    its end, no prompt after a question ("Enjoying this story? Subscribe …")."""
    first_char = text[:1]
    if not (first_char.isalnum() or first_char in "\"“‘'"):
        return False
    space = text.find(" ")
    first = text[:space] if space > 0 else text
    folded = first.casefold().strip("'’.")
    if first.isupper() or folded in _GATE or "contributed" in text or " via " in text:
        return False
    if folded in ("a", "an") and _FIRST_APPEARED.match(text):
        return False
    if (folded in ("this", "(this") and _notice(text)) or _pitch(text):
        return False
    m = _SEPARATOR_MARK.search(text, 0, 60)
    if m and text.count(" ", 0, m.start()) < 6:
        return False
    for mark in ":(|":
        k = text.rfind(mark, len(text) - 120)
        if k > 0 and _after_is_photo(text, k):
            return False
    if _ends_in_caption_credit(text):
        return False
    if "?" in text:
        after = text.rsplit("?", 1)[1].split(None, 1)
        if after and after[0].casefold() in _CTA:
            return False
    tail = text[-45:]
    if (" | " in tail or " — " in tail or " – " in tail) and _headline_then_site(text):
        return False
    return not _signs_off_with_prompt(text)


def _signs_off_with_prompt(text: str) -> bool:
    """A short paragraph whose last sentence asks for a sign-up to a newsletter or a subscription
    ("There's plenty more where that came from. Sign up for … delivered to your inbox daily.")."""
    k = max(text.rfind(". "), text.rfind("! "))
    if k < 0 or text.count(" ") > 40:
        return False
    last = text[k + 2 :].strip()
    first = last.split(None, 1)  # (its first word settles most lines: the rest is not cut into words)
    if not first or first[0].casefold() not in _CTA or len(last.split()) > 24:
        return False
    lowered = last.casefold()
    return any(stem in lowered for stem in ("newsletter", "inbox", "subscription")) and not _SENTENCE_VERB.search(
        lowered
    )


# Where a pitch sends the reader: the paper's own channels, the social networks, its membership.
_PITCH_STEMS = (
    "newsletter",
    "inbox",
    "subscri",
    "podcast",
    "journalism",
    "donat",
    "membership",
    "notification",
    "alerts",
    "twitter",
    "facebook",
    "instagram",
    "whatsapp",
    "telegram",
    "google news",
    " app",
    "abonn",
    "boletín",
    "suscri",
    "iscriv",
    "nieuwsbrief",
)
_CLAUSE_SPLIT = re.compile(r"[.!?]\s+|[,:;—–]\s*")
# Words that may stand before the verb of a call: "Please support us", "So sign up", "Just click".
_CALL_OPENERS = _words("please so just now simply then and or also consider jetzt bitte")
# Verbs a pitch calls with besides those of a button ("Check your inbox", "Visit our site").
_PITCH_VERBS = _CTA | _words("check visit stay keep discover explore read listen watch find")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|reported|according|added|announced|stated)\b")
# A notice that the text came from a feed or an agency as it stands ("This story has been published
# from a wire agency feed without modifications", "… auto-generated from a syndicated feed").
_FEED_NOTICE = re.compile(
    r"^\(?this\s+(?:story|article|report|content|text|copy)\b[^.;]{0,120}?"
    r"\b(?:syndicated|wire|agency|feed|feeds|auto-generated|automatically generated)\b",
    re.IGNORECASE,
)


# Where a reader is spoken to or the paper speaks, as the starts of words ("your", "ours", "nuestra").
_READER_HINTS = (" you", " our", " us ", " us.", " us,", "vous", "nous", " notr", " uns", " nuestr", " nostr", " sie ")
# (Any of them found by one scan: a trie of them, not a scan of the line for each.)
_READER_HINT = re.compile(alternation(set(_READER_HINTS)))


def _pitch(text: str) -> bool:
    """A pitch written as a sentence or three, speaking to the reader for the paper: "Sign up for our
    free newsletter to get the best stories delivered to your inbox every morning.", "For the
    latest news, follow us on Telegram.", "Our journalism depends on you. Please support us today."
    Each sentence speaks to the reader or for the paper; a clause opens with a call to action; it
    names a channel of the paper's; nobody is reported as saying it."""
    # (The cheapest tests first, by plain substrings: most lines speak to no reader, name no channel.)
    if len(text) > 400 or text.count(" ") > 40:
        return False
    lowered = " " + text.casefold()
    if _READER_HINT.search(lowered) is None or not any(stem in lowered for stem in _PITCH_STEMS):
        return False
    words = text.split()
    if not 5 <= len(words) <= 40 or QUOTE_MARK.search(text) or _REPORTING.search(lowered):
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if len(sentences) > 3:
        return False
    if not all(any(w.strip(".,:;!?()'’") in _READER_WORDS for w in _folded(s.split())) for s in sentences):
        return False
    for clause in _CLAUSE_SPLIT.split(text):
        folded = _folded(clause.split())
        while len(folded) > 1 and folded[0] in _CALL_OPENERS:
            folded = folded[1:]
        verb = folded[0].strip("!") if folded else ""
        if verb in _PITCH_VERBS or (verb.endswith("ing") and verb[:-3] in _PITCH_VERBS):
            return True
    return False


def _notice(text: str) -> bool:
    """A notice about the copy itself: where it came from as it stands. (Not a disclaimer: real
    pages' article bodies hold theirs, "Disclaimer: The views … are their own".)"""
    return text[:6].casefold().lstrip("(").startswith("this ") and bool(_FEED_NOTICE.match(text))


def _plain_short(text: str, words: list[str]) -> bool:
    """A short line (a subheading, a dateline) that no shape can fit: no mark or first word a shape
    needs, no slash ("Name/Agency"), no word of an ad slot or a comment count."""
    if (
        "/" in text
        or text.endswith(_CHEVRONS)
        or (text.endswith((")", "]")) and _noted_headline(text))
        or not _plain_sentence(text)
        or _date_time(text)
        or _PAGE_MESSAGE.match(text)
        or _CLOCK_ZONE.match(text)
        or _ENGAGEMENT.match(text)
    ):
        return False
    if _RIGHTS.search(text) or (len(words) > 1 and all(w.casefold() in _CHANNELS for w in words)):
        return False  # "Tous droits réservés", "Twitter LinkedIn Email"
    if "," in text and _signature(text, byline=False):
        return False  # "Ana Ruiz, Staff Writer"
    if " by " in text and _photo(text, words):
        return False  # "Header photo by Tom Lee"
    for word in words:
        folded = word.casefold().strip(".,:;!?()'’")
        if folded in _SHORT_SIGNS or _CONTINUE.match(folded) or folded.startswith(_PAID_STEMS):
            return False
    # A verb-final call to action ("Jetzt den Newsletter abonnieren"), a time span ("6 min read").
    last = words[-1].casefold().strip(".!")
    return not (last in _CTA and last.endswith("en")) and not _NUMBER_UNIT.search(text)


def _after_is_photo(text: str, k: int) -> bool:
    """Whether a photo lead stands just before (``Photo:``) or after (``(Photo by``) position ``k``."""
    near = text[max(0, k - 30) : k + 30].casefold()
    if not any(stem in near for stem in _PHOTO_STEMS):
        return False
    before = text[max(0, k - 30) : k].split()
    after = text[k + 1 : k + 40].split()
    words = [w.casefold().strip("():|") for w in (before[-2:] + after[:1])]
    return any(w in _PHOTO_LEAD for w in words)


# The words of a site's own controls ("Sign in", "My account", "Account Settings Log Out"), and
# those of them no subheading is made of.
_CONTROLS = _words(
    """sign log in out up my account accounts settings preferences profile saved articles manage login logout
    signin signout menu navigation submit cancel edit privacy cookie cookies"""
)
_CONTROLS_STRONG = _words("account accounts settings preferences profile login logout signin signout log sign menu")


# Words that make a short line an ad slot or page furniture wherever they stand.
_SHORT_SIGNS = _AD_WORDS | _PAID | _CONTROLS_STRONG | _AD_BY | _words("comment comments loading supported skip scroll")


# Lines of this many words or fewer are tested for every shape; a longer one only where it may fit.
_SHORT_WORDS = 8
_CREDIT_FIRST = (
    _ROLES
    | _WITH
    | _SOURCE_LEAD
    | _words("copyright this a an material information reports report additional associated staff originally first")
    | _words("write contact")
    | _words("from inputs input courtesy")
    | _CONTROLS_STRONG
    | _BY
)
# First words that let a longer line be furniture ("a"/"an" only as "A version of this story…").
_GATE = (_CREDIT_FIRST | _CTA | _PHOTO_LEAD | _LEAD_STRONG | _LEAD_WEAK | _STAMP_LEAD) - {"a", "an"}


def classify_lines(units: Sequence[str]) -> list[Kind | None]:
    """Each unit's kind in its place: a related-links header takes the headlines listed under it,
    and the lines after the last paragraph are read as the end of the text."""
    kinds: list[Kind | None] = [classify_line(u) for u in units]
    n = len(units)
    # The first line is the title unless an arrow marks it: "WATCH: The speech", "Explainer: …".
    if n and kinds[0] == "related" and _marker(units[0].strip())[0] != "strong":
        kinds[0] = None
    # Headlines under a related-links header ("Also on HuffPost:" then a list of titles).
    i = 0
    while i < n:
        if kinds[i] == "related" and is_related_header(units[i]):
            j = i + 1
            # Other furniture may stand among them (an ad, a credit).
            while j < n and j - i <= 8 and (kinds[j] is not None or _listed_headline(units[j])):
                kinds[j] = kinds[j] or "related"
                j += 1
            i = j
        else:
            i += 1
    for k in range(1, n):
        if kinds[k] is None and _lone_marked_headline(units, k):
            kinds[k] = "related"
    # The end of the text: from the last line back, while each is furniture read as such (the
    # first line opens the text, whatever it holds: a one-word title is not a sign-off).
    for k in range(n - 1, 0, -1):
        if kinds[k] is None:
            kinds[k] = classify_line(units[k], at_end=True)
        if kinds[k] is None:
            break
    return kinds


_FIRST_NAMES = (
    FEMALE_NAMES | MALE_NAMES | frozenset("terry lindsey morgan pat leslie robin dana lee jean jordan".split())
)
_NAME_JOIN = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)


def _writers_byline(text: str) -> bool:
    """ "By Hannah Mensah and Nadia Lindqvist", "BY NADIA NOVAK": a byline, wherever it stands
    (a live blog's entries and a package's parts are signed too): never a subheading or article
    text. Each name two to four capitalised words; one at least opens with a known first name,
    so that a subheading in title case ("By Land and Sea", "By Popular Demand") stays."""
    names = _NAME_JOIN.split(text.split(None, 1)[1].rstrip("."))
    known = False
    for name in names:
        parts = name.split()
        if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts):
            return False
        if any(
            p.casefold() in _ORG_JOINERS - {"de", "van", "von", "der", "da", "di", "do", "dos", "das", "al"}
            for p in parts
        ):
            return False
        first = unicodedata.normalize("NFKD", parts[0].casefold()).encode("ascii", "ignore").decode()
        known = known or first in _FIRST_NAMES
    return known


def _signed_credit(unit: str) -> Kind | None:
    """A credit set off by square brackets or a dash, read as it reads without them: "[Kyodo]" as
    "(Kyodo)", "—Ana Ruiz/Yonhap" as "Ana Ruiz/Yonhap" (a wire's or a desk's way of setting its
    credit apart; the bare name after a dash, "— Sanders.", stays: it signs a quotation)."""
    if len(unit) > 2 and unit[0] == "[" and unit[-1] == "]" and "[" not in unit[1:-1] and "]" not in unit[1:-1]:
        inner = unit[1:-1].strip()
        words = inner.split()
        if inner and all(_is_capitalised(w) or w.casefold() in _ORG_JOINERS for w in words):
            return "credit" if classify_line(f"({inner})") == "credit" else None
        return None
    if unit[:1] in "-–—" and not unit.endswith("."):
        rest = unit.lstrip("-–—").strip()
        if rest and rest[:1] not in "-–—" and classify_line(rest) == "credit":
            return "credit"
    return None


def _lone_marked_headline(units: Sequence[str], k: int) -> bool:
    """ "🔗 Farm groups push back on drone rules": a headline behind a symbol, alone between
    paragraphs. A list has two items or more; a dash may open a line of dialogue."""
    unit = units[k].strip()
    if unit[:1].isalnum():
        return False  # (most lines: a word opens them, no marker)
    marker, rest = _marker(unit)
    # (A question is a headline's too: "🔗 Will the senate back the plan?"; a dash opens dialogue.)
    if marker != "weak" or unit[:1] in "-–—~+*·" or rest.endswith((".", "!", ":", ";", "”", '"')):
        return False
    if not _headline_like(rest, period_ok=False) or len(rest.split()) > 14 or not rest[:1].isupper():
        return False
    return all(not units[j].lstrip().startswith(unit[:1]) for j in (k - 1, k + 1) if 0 <= j < len(units))


def _listed_headline(unit: str) -> bool:
    """A headline in a list of related links: a marker, a title-cased line, or a headline in sentence
    case that says whose it is ("Nova Scotia to hire 100 new nurses, premier says", "Halifax ER wait
    times among worst in Canada: report", as CBC lists them; not a subheading after the list, "What
    the union wants from the province"); not a paragraph."""
    marker, rest = _marker(unit.strip())
    words = rest.split()
    if not words or len(words) > 20 or rest.count(". ") > 0:
        return False
    if marker:
        return True
    capitalised = sum(1 for w in words if _is_capitalised(w))
    if capitalised * 3 >= len(words) * 2 and not _SENTENCE_VERB.search(rest):
        return True
    return 3 <= len(words) <= 16 and words[0][:1].isupper() and _HEADLINE_SOURCE_END.search(rest) is not None


# The end of a headline that says whose it is: ", premier says", ", police say", ": report".
_HEADLINE_SOURCE_END = re.compile(r"(?:,(?:\s+\S+){1,3}\s+(?:says|say|said)|:\s+[a-z]+)\Z")

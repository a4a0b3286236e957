"""Page furniture recognised by its shape: related links, credits, prompts, ads, photo credits,
and the article's own sentences and lists that merely look a little like them."""

from __future__ import annotations

import pytest

from tuiread.model import Article
from tuiread.parser import parse
from tuiread.parser.boilerplate import classify_line, classify_lines, is_related_header

TITLE = "Senate passes stopgap budget hours before shutdown deadline"
P1 = (
    "The Senate voted 72 to 26 late on Thursday to keep the government open for another six weeks, "
    "sending the stopgap measure to the House with hours to spare before funding ran out."
)
P2 = (
    "The bill keeps spending at current levels until mid-November and adds $1.1 billion to fight the Zika "
    "virus, a sticking point that had held up a deal for most of the summer."
)
P3 = (
    "House leaders said they expected the measure to pass on Friday morning, though several conservative "
    "members said they would vote against any bill that did not cut spending."
)


def _parse(*units: str) -> Article:
    return parse("\n\n".join(units))


def _body(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def _moved(article: Article) -> dict[str, tuple[str, ...]]:
    return {"related": article.related, "credit": article.credits, "boilerplate": article.boilerplate}


def _assert_moved_between_paragraphs(line: str, kind: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert _body(article) == [P1, P2, P3]
    assert line not in article.text
    assert _moved(article)[kind] == (line,)
    assert [s.title for s in article.sections] == [None]  # never taken for a subheading


# ---- related links ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Read more: House conservatives balk at spending deal",
        "READ MORE: House conservatives balk at spending deal",
        "READ MORE House conservatives balk at spending deal",
        "RELATED | Zika funding: what is in the bill",
        "See also: The shutdowns of 1995 and 2013",
        "Related coverage: Why Congress keeps missing deadlines",
        "WATCH: McConnell on the stopgap bill",
        "Don't miss: The history of government shutdowns",
        "► To read also: The shutdowns of 1995 and 2013",
        "▶ The shutdowns of 1995 and 2013",
        "→ Why Congress keeps missing deadlines",
        "» Why Congress keeps missing deadlines",
        "• Read more: Why Congress keeps missing deadlines",
        "[Read more: Why Congress keeps missing deadlines]",
        "Lire aussi : Le Congrès évite la paralysie",
        "Lesen Sie auch: Der Kongress und der Haushalt",
        "Leer más: El Congreso evita el cierre",
        "Also on Politico: House conservatives balk at spending deal",
        "Czytaj także: Kongres unika paraliżu",
        "Läs också: Kongressen undviker nedstängning",
    ],
)
def test_related_link_lines_are_moved_out(line: str) -> None:
    assert classify_line(line) == "related"
    _assert_moved_between_paragraphs(line, "related")


def test_a_related_links_header_takes_the_headlines_listed_under_it() -> None:
    links = ["Related stories:", "• House conservatives balk at spending deal", "• The shutdowns of 1995 and 2013"]
    article = _parse(TITLE, P1, P2, *links, P3)
    assert _body(article) == [P1, P2, P3]
    assert article.related == tuple(links)


def test_headlines_in_sentence_case_under_a_related_header_are_related_links() -> None:
    # CBC lists its related stories as headlines in sentence case, a verb and all, with no stop.
    links = [
        "RELATED STORIES",
        "Nova Scotia to hire 100 new nurses, premier says",
        "Halifax ER wait times among worst in Canada: report",
    ]
    article = _parse(TITLE, P1, P2, *links, P3)
    assert _body(article) == [P1, P2, P3]
    assert not any(r.speaker for r in article.reported if "100 new nurses" in r.text)
    # A subheading after the list says whose it is nowhere: it stays the article's.
    subheading = "What the union wants from the province"
    article = _parse(TITLE, P1, *links, subheading, P2, P3)
    assert subheading not in article.related
    assert any(section.title == subheading for section in article.sections)


@pytest.mark.parametrize("header", ["Related stories:", "More from Politico:", "Also on HuffPost:", "Read more"])
def test_related_headers(header: str) -> None:
    assert is_related_header(header)


@pytest.mark.parametrize("line", ["What comes next", "More trouble ahead for the speaker", "A long road ahead"])
def test_subheadings_are_not_related_headers(line: str) -> None:
    assert not is_related_header(line)
    article = _parse(TITLE, P1, line, P2, P3)
    assert [s.title for s in article.sections] == [None, line]


# ---- credits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(With AFP)",
        "(With Reuters and AFP)",
        "(Reuters)",
        "(AFP/dpa)",
        "(Agencies)",
        "— AFP",
        "—AFP/Reuters",
        "With agencies",
        "Avec AFP",
        "(avec agences)",
        "Mit Material von dpa",
        "con información de EFE",
        "d'après AFP",
        "Kaynak: Anadolu Ajansı",
        "Source: Reuters",
        "Sources: AFP, EPA",
        "Reporting by Ana Ruiz; Editing by Tom Lee",
        "(Additional reporting by Ana Ruiz in Brussels; Editing by Tom Lee and Jo Kim)",
        "Writing by Ana Ruiz; editing by Tom Lee",
        "Compiled by Ana Ruiz",
        "Additional reporting: Ana Ruiz",
        "© 2019 The Associated Press. All rights reserved.",
        "Copyright 2016 Reuters",
        "The Associated Press contributed to this report.",
        "Associated Press writer Ana Ruiz contributed to this report.",
        "Ana Ruiz contributed reporting.",
        "Material from Reuters was used in this report.",
        "This article originally appeared on Politico.",
        "Originally published on Live Science.",
        "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman, Colleen Long, Eric Tucker and Jill Colvin "
        "contributed to this report.",
        "Write to Al Root at allen.root@dowjones.com",
        "This copy is for your personal, non-commercial use only.",
    ],
)
def test_credit_lines_are_moved_out(line: str) -> None:
    assert classify_line(line) == "credit"
    _assert_moved_between_paragraphs(line, "credit")


@pytest.mark.parametrize("line", ["— Reuters", "- Kyodo"])
def test_a_dash_before_one_name_is_a_credit_at_the_end_only(line: str) -> None:
    at_end = _parse(TITLE, P1, P2, P3, line)
    assert _body(at_end) == [P1, P2, P3]
    assert at_end.credits == (line,)
    # Between paragraphs it may sign a letter or a quotation ("- Sanders."): it stays.
    inside = _parse(TITLE, P1, line, P2, P3)
    assert line in _body(inside)


def test_a_credit_block_at_the_end() -> None:
    block = ["Reporting by Ana Ruiz; Editing by Tom Lee", "© 2019 Reuters", "(With AFP)"]
    article = _parse(TITLE, P1, P2, P3, *block)
    assert _body(article) == [P1, P2, P3]
    assert article.credits == tuple(block)
    assert classify_lines([P1, P2, *block]) == [None, None, "credit", "credit", "credit"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Ana Ruiz / Getty Images",
        "(Photo by Ana Ruiz/AFP via Getty Images)",
        "Photograph: Ana Ruiz/Reuters",
        "Image: Reuters",
        "Foto: dpa",
        "Crédit photo : AFP",
        "Ana Ruiz via Getty Images",
        "REUTERS/Ana Ruiz",
        "Senator Ana Ruiz speaks to reporters in Washington on Tuesday. (Photo: Tom Lee/AP)",
        # A caption, its credit in brackets after its last sentence (as CBC and HuffPost print them).
        "Nurses at the Halifax Infirmary say they are routinely asked to work 16-hour shifts. (Robert Short/CBC)",
        "Janet Hazelton, president of the nurses' union, says the province needs more nurses. (CBC)",
    ],
)
def test_photo_credits_are_moved_out(line: str) -> None:
    assert classify_line(line) == "credit"
    _assert_moved_between_paragraphs(line, "credit")


# ---- prompts and ads -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our politics newsletter",
        "Subscribe to the Tribune",
        "Follow us on Twitter",
        "Share this article",
        "Share on Facebook",
        "Facebook | Twitter | Email",
        "Share Tweet Email",
        "Get our free newsletter",
        "Click here to read the full report",
        "Tap here to get breaking news alerts",
        "Enjoying this story? Subscribe today",
        "Abonnez-vous à notre newsletter",
        "Folgen Sie uns auf Twitter",
        "Síguenos en Facebook",
        "Zapisz się do newslettera",
        "Abonneer je op onze nieuwsbrief",
        "Become a member",
        "Join the conversation",
        "Comments (34)",
    ],
)
def test_prompts_are_moved_out(line: str) -> None:
    assert classify_line(line) == "boilerplate"
    _assert_moved_between_paragraphs(line, "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "— Advertisement —",
        "Story continues below",
        "Article continues below advertisement",
        "Continue reading the main story",
        "Sponsored content",
        "Paid Post",
        "Anzeige",
        "Publicité",
        "Publicidade",
        "Lesen Sie nach der Anzeige weiter",
        "Sponsored by Acme Bank",
    ],
)
def test_ads_are_moved_out(line: str) -> None:
    assert classify_line(line) == "boilerplate"
    _assert_moved_between_paragraphs(line, "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Published 18 November 2019",
        "UPDATED: Tue., Nov. 19, 2019",
        "Updated on March 3, 2020 at 4:05 p.m. ET",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        "An error has occurred, please try again later.",
        "Thanks for signing up!",
    ],
)
def test_time_stamps_and_page_messages_are_moved_out(line: str) -> None:
    assert classify_line(line) == "boilerplate"
    _assert_moved_between_paragraphs(line, "boilerplate")


def test_a_paragraph_that_ends_asking_for_a_newsletter_sign_up_is_moved_out() -> None:
    line = (
        "There's plenty more where that came from. Sign up for The Morning Brief today to get the free daily "
        "newsletter delivered to your inbox."
    )
    assert classify_line(line) == "boilerplate"
    # Not a sentence that only mentions a newsletter.
    assert classify_line("The union sent members a letter on Monday. Join the strike, it said.") is None


def test_headlines_run_together_with_their_labels_are_related_links() -> None:
    line = "China furious at Macron jibe [INSIGHT]| Lakers vs Nets: NBA decision on game [VIDEO] Hong Kong protest"
    assert classify_line(line) == "related"


# ---- what stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters reported on Tuesday that the talks had stalled over the cost of the plan.",
        "Source: the ministry said the talks would resume before the end of the month.",
        "Read more about the bill in the committee's report, which was published on Monday.",
        "With AFP reporters barred from the briefing, the account could not be checked.",
        "Reporting by Reuters and others showed the figures had been revised twice.",
        "Photo identification is required at polling stations in the state, officials said.",
        "Share prices in the construction company rose 4 percent after the vote.",
        "Follow-up talks are planned in Geneva next month, diplomats said.",
        "Sign up sheets for volunteers were posted at the library on Monday.",
        "Advertisement spending by the campaign doubled in the final week of the race.",
        "Like it or not, the bill passed with votes from both parties on Thursday night.",
        "Clinton super PAC answers Rove ad.",
        "The Latest: Senate passes stopgap budget.",
        "First published in 2010, the book sold a million copies before the author's death.",
        "Updated figures from the ministry show 12 more deaths since Tuesday.",
        "Published in 2019, the report found delays of up to 12:30 hours at the border.",
        "Originally, the plan was published by the ministry without a budget.",
        "Big picture: the economy is slowing faster than the central bank expected.",
        "Many residents said the mayor and his staff contributed to the crisis.",
        "There was an error in the ministry's figures, the auditor found on Tuesday.",
        "“We will not back down,” the premier told the crowd. (Applause)",
        "The plan, she said, would work (eventually).",
    ],
)
def test_sentences_that_use_such_words_stay(sentence: str) -> None:
    assert classify_line(sentence) is None
    article = _parse(TITLE, P1, sentence, P2, P3)
    assert _body(article) == [P1, sentence, P2, P3]
    assert not article.related and not article.credits and not article.boilerplate


@pytest.mark.parametrize("bullet", ["•", "-", "*", "–"])
def test_a_bulleted_list_of_facts_stays(bullet: str) -> None:
    facts = [
        f"{bullet} The bill passed the Senate 72 to 26.",
        f"{bullet} Funding runs until mid-November.",
        f"{bullet} Zika gets $1.1 billion",
    ]
    article = _parse(TITLE, P1, *facts, P2)
    assert _body(article) == [P1, *facts, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Marshall H. Tanick.",  # a letter signed at the end
        "Minneapolis.",
        "Friday, December 4, 2015.",
        "TWITTER.",
    ],
)
def test_signatures_and_labels_at_the_end_stay(line: str) -> None:
    article = _parse(TITLE, P1, P2, line)
    assert _body(article) == [P1, P2, line]


@pytest.mark.parametrize(
    "title",
    [
        "The Latest: Senate passes stopgap budget",
        "WATCH: McConnell on the stopgap bill",
        "Explainer: What a shutdown means",
    ],
)
def test_the_title_is_never_taken_for_a_link(title: str) -> None:
    article = _parse(title, P1, P2)
    assert article.title == title
    assert not article.related


def test_german_quotation_opening_with_a_chevron_stays() -> None:
    quote = "»Wir schaffen das«, sagte die Kanzlerin am Montag in Berlin vor der Presse."
    article = _parse(TITLE, P1, quote, P2)
    assert len(article.paragraphs) == 3
    assert "Wir schaffen das" in article.paragraphs[1].text
    assert not article.related


# ---- shapes with no known lead: tags, time spans, labels, signatures, brackets --------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Topics: Congress, Budget, Senate", "related"),
        ("Filed under: Trade | Courts | Health care", "related"),
        ("Temas: Elecciones, Congreso", "related"),
        ("Leia mais | Cidades costeiras debatem o calendário", "related"),
        ("Top story — City officials reject a new tax on fuel", "related"),
        ("LIVE: Senate votes on the stopgap bill", "related"),
        ("Updated 3 hours ago", "boilerplate"),
        ("6 min read", "boilerplate"),
        ("Reading time: 10 minutes", "boilerplate"),
        ("Lesedauer: 4 Minuten", "boilerplate"),
        ("Jetzt den Newsletter abonnieren", "boilerplate"),
        ("Read the full story on our app", "boilerplate"),
        ("Contenido patrocinado", "boilerplate"),
        ("Contenu sponsorisé", "boilerplate"),
        ("[Editor's note: this story has been updated]", "boilerplate"),
        ("[ANSA]", "credit"),
        ("EFE", "credit"),
        ("— Ana Ruiz, Kyodo", "credit"),
        ("Fotografía: Sarah Lee (Bloomberg)", "credit"),
    ],
)
def test_furniture_is_known_by_its_shape_not_its_words(line: str, kind: str) -> None:
    assert classify_line(line) == kind
    _assert_moved_between_paragraphs(line, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share of the vote: 12 percent, down from 45 percent.",
        "Sign language interpreters stood beside the governor at every briefing.",
        "By Thursday, the count had reached 4,000.",
        "WALLACE: Do you really see those two as equivalent, Mark Cuban and Gennifer Flowers?",
        "SANDERS: We will not back down on this, whatever it costs us.",
        "Correction: October 2, 2016, Sunday.",
        "Topics at the summit included trade, climate and migration.",
        "Kasich: Now or never.",
        "100 days.",
        "Woodside, N.Y.",
    ],
)
def test_sentences_in_those_shapes_stay(sentence: str) -> None:
    assert classify_line(sentence) is None
    assert sentence in _body(_parse(TITLE, P1, sentence, P2, P3))


@pytest.mark.parametrize("heading", ["48 hours in Ohio", "By the numbers", "Sponsors pull out", "Photo finish"])
def test_short_subheadings_in_those_shapes_stay_subheadings(heading: str) -> None:
    article = _parse(TITLE, P1, heading, P2, P3)
    assert [s.title for s in article.sections] == [None, heading]


def test_an_agency_alone_signs_off_the_text_at_the_end_only() -> None:
    at_end = _parse(TITLE, P1, P2, P3, "XINHUA")
    assert _body(at_end) == [P1, P2, P3]
    assert at_end.credits == ("XINHUA",)
    # A reader's letter signed with a name and a full stop stays.
    assert "John Gorra." in _body(_parse(TITLE, P1, P2, P3, "John Gorra."))


@pytest.mark.parametrize("line", ["By Ana Ruiz, Xinhua News Agency", "Par Jean Dubois | AFP"])
def test_a_byline_among_the_paragraphs_is_a_credit(line: str) -> None:
    assert classify_line(line) == "credit"
    article = _parse(TITLE, P1, P2, P3, line, P1.replace("Senate", "House"))
    assert line in article.credits
    assert line not in article.text
    # Under the title it is the article's byline, as before.
    assert _parse(TITLE, line, P1, P2).byline == line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ana Ruiz, Staff Writer", "credit"),
        ("Tom Lee | Staff writer", "credit"),
        ("Omar Chen, Kyodo News correspondent", "credit"),
        ("All rights reserved.", "credit"),
        ("© 2019 Le Monde. Tous droits réservés.", "credit"),
        ("Todos los derechos reservados", "credit"),
        ("Twitter LinkedIn Email WhatsApp", "boilerplate"),
        ("Scroll to continue with content", "boilerplate"),
        ("Listen to article · 4 min", "boilerplate"),
        ("Image 4 of 18", "boilerplate"),
        ("2 / 13", "boilerplate"),
    ],
)
def test_signatures_rights_buttons_and_counters(line: str, kind: str) -> None:
    assert classify_line(line) == kind
    _assert_moved_between_paragraphs(line, kind)


def test_a_headline_behind_a_symbol_alone_between_paragraphs_is_a_link() -> None:
    line = "🔗 Farm groups push back on drone rules"
    article = _parse(TITLE, P1, line, P2, P3)
    assert _body(article) == [P1, P2, P3]
    assert article.related == (line,)
    # Two or more such lines in a row are the article's own list.
    items = ["■ Farm groups push back on drone rules", "■ Ports brace for the strike"]
    assert _body(_parse(TITLE, P1, *items, P2, P3)) == [P1, *items, P2, P3]


def test_a_long_prompt_naming_whom_to_follow_is_still_a_prompt() -> None:
    line = "Follow Breitbart News reporter Ana Ruiz on Twitter at @AnaRuiz."
    assert classify_line(line) == "boilerplate"


def test_a_title_with_markup_in_brackets_is_the_title_not_a_bracketed_line() -> None:
    title = "[b]Harbour[/b] vote [red]today[/]"
    assert classify_line(title) is None
    assert _parse(title, P1, P2).title == title


def test_a_separator_inside_a_word_is_not_a_label_and_a_one_word_title_is_not_a_sign_off() -> None:
    line = "The minister›31m said the plan works."
    assert classify_line(line) is None
    article = _parse("Title", line)
    assert article.title == "Title"
    assert _body(article) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # A subheading in capitals with a comma is asked, not signed (a web-dev page lost it).
        "WHAT SAY YOU, IMPEACHMENT JURY?",
        # A long line in brackets can be the text: a citation after a quoted saying.
        "[HR. At-Tirmidzi no.1997 dan dishahihkan Asy-Syaikh Al-Albani dalam Shahih Al-Jami’ no. 178]",
    ],
)
def test_lines_shaped_like_furniture_that_are_the_articles_own_stay(line: str) -> None:
    assert classify_line(line) is None
    assert classify_line(line, at_end=True) is None


# ---- doubtful lines: the learned model (furniture_model) -----------------------------------------


# (Since the model learns from real pages too, "Copy link", "Recibe nuestro boletín" and "Nach
# Angaben von HINA" alone between three paragraphs are doubtful to it: on real pages a short
# capitalised line there is a subheading as often ("Fazit", "Status Quo", "ECG app").)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PRENSA LATINA", "credit"),
        ("Copyright: KUNA", "credit"),
        ("ANSA photo", "credit"),
    ],
)
def test_furniture_no_rule_has_is_moved_out_by_the_model(line: str, kind: str) -> None:
    assert classify_line(line) is None  # no rule takes it: the learned model decides
    _assert_moved_between_paragraphs(line, kind)


# Shapes the model once decided, now the rules' (furniture5): a time and its zone, a chevron after
# a headline, the agencies' material in general words.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("22:31 CET", "boilerplate"),
        ("Senate clears the stopgap bill ›", "related"),
        ("Staff and wire reports", "credit"),
        ("With agency inputs", "credit"),
        ("Inputs from agencies", "credit"),
        ("Staff and wire services", "credit"),
        ("Courtesy photo", "credit"),
        ("Image courtesy of the White House", "credit"),
        ("Header photo by Tom Lee", "credit"),
        ("Feature image via Unsplash", "credit"),
        ("Paid promotion", "boilerplate"),
        ("Advertiser content", "boilerplate"),
        ("Account Settings Log Out", "boilerplate"),
        ("Manage preferences", "boilerplate"),
        ("h/t/: Independent Journal.", "credit"),
        ("Powered by Taboola", "boilerplate"),
        ("Recommended by Outbrain", "boilerplate"),
        ("Publicidad - Sigue leyendo debajo", "boilerplate"),
        ("Pubblicità - Continua a leggere sotto", "boilerplate"),
        ("Contributing: Ana Ruiz and Tom Lee, USA TODAY.", "credit"),
    ],
)
def test_furniture_in_forms_nobody_listed_is_taken_by_its_shape(line: str, kind: str) -> None:
    assert classify_line(line) == kind
    _assert_moved_between_paragraphs(line, kind)


def test_where_the_writers_reported_from_signs_off_the_copy() -> None:
    line = "Costa and Ana Ruiz reported from Washington."
    assert classify_line(line, at_end=True) == "credit"
    assert classify_line(line) is None  # among the paragraphs, it may be the article's sentence
    article = _parse(TITLE, P1, P2, P3, line)
    assert _body(article) == [P1, P2, P3] and article.credits == (line,)


@pytest.mark.parametrize(
    "line",
    [
        "— AFP contributed to this report",
        "-- Reporting by Ana Ruiz; Editing by Tom Lee",
        "– Additional reporting by Ana Ruiz",
    ],
)
def test_a_credit_behind_a_dash_is_a_credit(line: str) -> None:
    _assert_moved_between_paragraphs(line, "credit")


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our free politics newsletter to get the best stories delivered to your inbox every morning.",
        "For the latest news and updates, follow us on Telegram.",
        "Our journalism depends on you. Please support us with a donation today.",
        "If you enjoyed this article, please consider supporting our journalism by becoming a member.",
        "Thank you for subscribing! Check your inbox for a confirmation email.",
        "This story has been published from a wire agency feed without modifications to the text.",
    ],
)
def test_a_pitch_or_notice_written_as_a_sentence_is_boilerplate(line: str) -> None:
    _assert_moved_between_paragraphs(line, "boilerplate")


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, she told the committee, and you will find our answer in the newsletter.",
        "Subscribers to the newsletter will pay $5 more a month from January, the company said.",
        "We urged our members to share the petition on Facebook before the vote on Tuesday.",
        "The agency said the story had been published by a wire service without its consent.",
    ],
)
def test_sentences_that_speak_of_newsletters_or_wires_stay(line: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert _body(article) == [P1, line, P2, P3]


@pytest.mark.parametrize("line", ["Powered by hope", "Advertising: the industry bets on streaming"])
def test_subheadings_in_the_words_of_ads_stay(line: str) -> None:
    assert classify_line(line) is None


def test_a_list_of_linked_headlines_under_a_header_nobody_listed_is_related() -> None:
    header = "Weitere Artikel"
    items = ["■ Farm groups push back on drone rules", "■ Ports brace for the strike", "■ Unions weigh the pay offer"]
    article = _parse(TITLE, P1, header, *items, P2, P3)
    assert _body(article) == [P1, P2, P3]
    assert article.related == (header, *items)
    assert [s.title for s in article.sections] == [None]


def test_a_list_of_the_articles_own_under_its_subheading_stays() -> None:
    header = "What the bill does"
    items = ["• Keeps spending at current levels", "• Adds $1.1 billion to fight the Zika virus"]
    article = _parse(TITLE, P1, P2, header, *items, P3)
    assert [s.title for s in article.sections] == [None, header]
    assert _body(article) == [P1, P2, *items, P3]


@pytest.mark.parametrize(
    "line", ["What happens next", "The road to a deal", "Voters have their say", "The 2016 race", "Since 1990"]
)
def test_doubtful_subheading_stays_a_subheading(line: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert [s.title for s in article.sections] == [None, line]
    assert _body(article) == [P1, P2, P3]


@pytest.mark.parametrize("line", ["Nobody was hurt.", "The vote was 52 to 48.", "Reuters could not reach him."])
def test_doubtful_short_sentence_stays_in_the_text(line: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert _body(article) == [P1, line, P2, P3]


@pytest.mark.parametrize(
    "last",
    [
        "The council met twice. Ana Ruiz said: «We will vote in May.»",
        "Le conseil s'est réuni. « Nous voterons en mai », a dit Ana Ruiz. « C'est décidé. »",
        "Der Rat tagte zweimal. Ana Ruiz sagte: „Wir stimmen im Mai ab.“",
    ],
)
def test_a_last_paragraph_ending_in_a_quotation_stays_in_the_text(last: str) -> None:
    # A sentence closed by a guillemet or a German mark is a sentence: the model never weighs it.
    article = _parse(TITLE, P1, P2, last)
    body = _body(article)
    assert body[:2] == [P1, P2] and len(body) == 3 and "Ana Ruiz" in body[2]  # its marks made curly
    assert _moved(article) == {"related": (), "credit": (), "boilerplate": ()}


def test_without_the_learned_table_the_rules_alone_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    from tuiread.parser import furniture_model

    monkeypatch.setattr(furniture_model, "table", lambda: None)
    article = _parse(TITLE, P1, "Copy link", P2, P3)
    assert "Copy link" in article.text
    assert article.boilerplate == ()


def test_shipped_table_matches_the_features() -> None:
    from tuiread.parser import furniture_model

    # A feature added or removed without training again would leave the model unused.
    assert furniture_model.table() is not None
    texts = [TITLE, P1, "Copy link", P2]
    x = furniture_model.features(texts, 2, repeated=False, title_words=frozenset())
    assert len(x) == len(furniture_model.FEATURES)


# ---- the facts of a line's place (furniture_model.features) ---------------------------------------


def _facts(texts: list[str], k: int, kinds: list[str | None] | None = None) -> dict[str, float]:
    from tuiread.parser import furniture_model

    words = furniture_model.TextWords(texts)
    x = furniture_model.features(
        texts,
        k,
        repeated=False,
        title_words=frozenset(),
        kinds=kinds if kinds is not None else classify_lines(texts),
        text_words=words,
    )
    return dict(zip(furniture_model.FEATURES, x, strict=True))


def test_a_line_beside_furniture_the_rules_took_knows_it() -> None:
    texts = [TITLE, P1, "Sign up for our newsletter", "Copy link", P2, P3]
    assert classify_lines(texts)[2] == "boilerplate"  # the rules take the prompt
    facts = _facts(texts, 3)
    assert facts["prev-taken"] == 1.0
    assert facts["next-taken"] == 0.0
    assert _facts(texts, 4)["prev-taken"] == 0.0  # the line two back does not count


def test_the_edges_of_a_text_count_only_in_a_text_with_a_middle() -> None:
    long_text = [TITLE, P1, "Copy link", *[P2, P3] * 6, "Gift this article", P1]
    facts = _facts(long_text, 2)
    assert (facts["near-start"], facts["near-end"]) == (1.0, 0.0)
    facts = _facts(long_text, len(long_text) - 2)
    assert (facts["near-start"], facts["near-end"]) == (0.0, 1.0)
    assert _facts(long_text, 7)["near-start"] == _facts(long_text, 7)["near-end"] == 0.0
    # Three paragraphs have no middle: every line would be near both edges.
    short_text = [TITLE, P1, "Copy link", P2, P3]
    assert _facts(short_text, 2)["near-start"] == _facts(short_text, 2)["near-end"] == 0.0


def test_a_line_among_short_lines_knows_it() -> None:
    texts = [TITLE, P1, "Share", "Copy link", "Email", P2]
    assert _facts(texts, 3)["among-short"] == 1.0
    assert _facts([TITLE, P1, "Copy link", P2, P3], 2)["among-short"] == 0.0


def test_a_subheading_shares_its_words_with_the_text_and_furniture_does_not() -> None:
    heading = "The stopgap measure"  # "stopgap" and "measure" stand in the paragraphs
    texts = [TITLE, P1, heading, P2, P3]
    facts = _facts(texts, 2)
    assert facts["words-elsewhere"] == 1.0
    assert facts["none-elsewhere"] == 0.0
    facts = _facts([TITLE, P1, "Recibe nuestro boletín", P2, P3], 2)
    assert facts["words-elsewhere"] == 0.0
    assert facts["none-elsewhere"] == 1.0
    # A line's own repetition is not the text's: "link link" is still nowhere else.
    assert _facts([TITLE, P1, "Link link", P2, P3], 2)["none-elsewhere"] == 1.0


def test_content_words_leave_out_function_words_and_short_ones() -> None:
    from tuiread.parser.furniture_model import content_words

    assert content_words("The Road to a Deal, in 5 steps") == ["road", "deal", "steps"]


def test_a_credit_before_furniture_the_model_took_is_read_as_the_end_of_the_text() -> None:
    from tuiread.parser.furniture_model import end_of_text

    texts = [TITLE, P1, P2, "REUTERS", "Copy link"]
    # The rules stop at "Copy link", a line they leave; once the model took it, "REUTERS" ends the text.
    assert classify_lines(texts)[3:] == [None, None]
    kinds = end_of_text(texts, [None, None, None, None, "boilerplate"], 0)
    assert kinds[3:] == ["credit", "boilerplate"]
    # Article text stops the reading: the paragraphs before stay.
    assert kinds[:3] == [None, None, None]
    assert end_of_text(texts, [None, None, None, None, None], 0)[3] is None


HARBOUR = (
    "The council met on Tuesday to weigh the harbour plan, and members argued for hours about the cost of "
    "dredging the channel."
)
HARBOUR_MORE = "More members spoke against the plan on Wednesday, saying the cost was far too high for the budget."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Terms of Use", "boilerplate"),
        ("Privacy Policy", "boilerplate"),
        ("Do not sell my personal information", "boilerplate"),
        ("Contact us", "boilerplate"),
        ("Have your say", "boilerplate"),
        ("Report an error", "boilerplate"),
        ("Related Topics", "related"),
        ("You may also like", "related"),
        ("Show more", "related"),
        ("Save for later", "boilerplate"),
        ("Shutterstock", "credit"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "credit"),
        ("Tom Brenner for The New York Times", "credit"),
        ("Image caption The mayor at the harbour on Monday", "credit"),
        ("Media playback is unsupported on your device", "boilerplate"),
        ("Got a news tip? Let us know.", "boilerplate"),
        ("Start your free trial", "boilerplate"),
        ("Open in app", "boilerplate"),
        ("Please enable JavaScript to view the comments.", "boilerplate"),
        ("You have reached your limit of free articles.", "boilerplate"),
        (
            "A version of this article appears in print on Dec. 5, 2019, Section A, Page 1 of the New York edition.",
            "credit",
        ),
    ],
)
def test_a_sites_own_links_and_a_stock_library_are_furniture_between_paragraphs(line: str, kind: str) -> None:
    # Pasted from a page, each stood in the text as a paragraph or a subheading of its own.
    assert classify_line(line) == kind
    article = parse(f"Council weighs harbour plan\n\n{HARBOUR}\n\n{line}\n\n{HARBOUR_MORE}\n")
    assert line not in article.text
    assert [s.title for s in article.sections if s.title] == []


@pytest.mark.parametrize(
    "line",
    [
        "Privacy",
        "About us: a history of the port",
        "Terms of use changed in 2019 and nobody noticed.",
        "Big Plans for The City",  # no paper's name after "for"
        "Why Ana Ruiz Ran for The Senate",
        "Key points",  # an article's own section as often as a page's
        "Summary",
    ],
)
def test_words_of_a_sites_links_in_a_heading_or_a_sentence_stay(line: str) -> None:
    assert classify_line(line) is None


def test_a_photographers_credit_with_any_space_before_the_paper_is_read_without_a_crash() -> None:
    # classify_line raised IndexError where a tab or a no-break space stood after "for".
    assert classify_line("Tom Brenner for\tThe New York Times") == "credit"
    assert classify_line("Tom Brenner for\u00a0The New York Times") == "credit"


@pytest.mark.parametrize("line", ["Menu", "Profile", "Settings", "Preferences"])
def test_a_sites_control_word_alone_may_head_a_section(line: str) -> None:
    # "Menu" in a food piece, "Profile" in a magazine: a control only beside another ("Account Settings").
    assert classify_line(line) is None
    assert classify_line("Account Settings Log Out") == "boilerplate"


@pytest.mark.parametrize("line", ["[Yonhap]", "[Kyodo News]", "[Anadolu Agency]"])
def test_a_credit_in_square_brackets_is_a_credit_as_in_parentheses(line: str) -> None:
    # "(Yonhap)" between paragraphs is a wire's credit; square brackets are another desk's way to set it off.
    assert classify_line(line) == "credit"
    _assert_moved_between_paragraphs(line, "credit")


@pytest.mark.parametrize("line", ["—Ana Ruiz/Yonhap", "– Tom Lee/ANSA", "-- Yonhap/Tom Lee"])
def test_a_name_and_wire_behind_a_dash_is_a_credit_between_paragraphs(line: str) -> None:
    assert classify_line(line) == "credit"
    _assert_moved_between_paragraphs(line, "credit")


@pytest.mark.parametrize(
    "line", ["[The senator paused.]", "— Sanders.", "[Updated at 5 p.m. with the vote count.] The bill passed."]
)
def test_brackets_and_dashes_before_the_articles_own_words_stay(line: str) -> None:
    article = _parse(TITLE, P1, line, P2, P3)
    assert line in _body(article)


@pytest.mark.parametrize(
    "line",
    ["OPINION | Will the House pass the stopgap bill?", "Politics » Can Congress ever meet a deadline?"],
)
def test_a_question_headline_after_a_pipe_or_chevron_is_a_link(line: str) -> None:
    assert classify_line(line) == "related"
    _assert_moved_between_paragraphs(line, "related")


def test_a_question_headline_behind_a_symbol_alone_between_paragraphs_is_a_link() -> None:
    line = "🔗 Will the House pass the stopgap bill?"
    article = _parse(TITLE, P1, line, P2, P3)
    assert _body(article) == [P1, P2, P3] and article.related == (line,)


@pytest.mark.parametrize("line", ["TRUMP: Why would I shut the government down?", "Senator Reid: Why now?"])
def test_a_speakers_question_after_a_colon_stays(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "House conservatives balk at spending deal (2:14)",
        "Why Congress keeps missing deadlines (4 min)",
        "McConnell on the stopgap bill [video]",
        "The shutdowns of 1995 and 2013 (photos)",
        "Why Congress keeps missing deadlines →",
    ],
)
def test_a_headline_with_the_pages_note_of_what_it_links_to_is_a_link(line: str) -> None:
    assert classify_line(line) == "related"
    _assert_moved_between_paragraphs(line, "related")


@pytest.mark.parametrize(
    "line", ["12.4K views", "832 likes", "1,204 shares", "Slideshow (19 images)", "View 11 photos", "24 Bilder"]
)
def test_a_posts_or_a_gallerys_counts_are_boilerplate(line: str) -> None:
    assert classify_line(line) == "boilerplate"
    _assert_moved_between_paragraphs(line, "boilerplate")


def test_an_embedded_posts_signature_stays_with_the_post() -> None:
    # Real pages' marked bodies keep an embedded tweet, signature and all: it is the article's.
    assert classify_line("— Ana Ruiz (@anaruiz) September 30, 2016") is None


@pytest.mark.parametrize(
    "line",
    [
        "The senator said the vote was rigged [sic]",
        "Mr. Trump will win (again)",
        "A second term (Part 2)",
        "Views from the east side",
        "The 12 photos that shook the world",
    ],
)
def test_lines_ending_in_a_bracket_that_is_no_pages_note_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line", ["By Hannah Mensah and Nadia Lindqvist", "BY NADIA NOVAK", "Par Jean Dubois et Marie Lefèvre"]
)
def test_a_writers_byline_among_the_paragraphs_is_a_credit_not_a_subheading(line: str) -> None:
    # A live blog's entries and a package's parts are signed too ("By …" under the title is the byline).
    assert classify_line(line) == "credit"
    article = _parse(TITLE, P1, P2, P3, line, P1.replace("Senate", "House"))
    assert article.credits == (line,)
    assert line not in article.text
    assert [s.title for s in article.sections] == [None]


@pytest.mark.parametrize("heading", ["By Land and Sea", "By Popular Demand", "By the numbers"])
def test_a_subheading_that_opens_with_by_stays_a_subheading(heading: str) -> None:
    assert classify_line(heading) is None
    article = _parse(TITLE, P1, P2, P3, heading, P1.replace("Senate", "House"))
    assert [s.title for s in article.sections] == [None, heading]


@pytest.mark.parametrize(
    "line",
    [
        "House conservatives balk at spending deal | The Washington Post",
        "Why Congress keeps missing its deadlines | Bloomberg News",
        "House conservatives balk at the latest spending deal — The Irish Times",
    ],
)
def test_a_headline_with_its_site_after_it_is_a_link(line: str) -> None:
    assert classify_line(line) == "related"
    _assert_moved_between_paragraphs(line, "related")


@pytest.mark.parametrize(
    "line",
    [
        "The deal was struck late on Thursday — then the House balked",
        "The bill was leaked to reporters on Monday, officials said — The New York Times",
        "Conservatives balk at the latest spending deal — Speaker Ryan",
    ],
)
def test_a_line_set_off_by_a_dash_that_is_no_site_stays(line: str) -> None:
    assert classify_line(line) is None


def test_an_agency_name_is_a_credit_at_the_end_only_whichever_is_asked_first() -> None:
    # A short line's kind is remembered (`classify_line`): where it stands is part of what is remembered.
    assert classify_line("REUTERS", at_end=True) == "credit"
    assert classify_line("REUTERS") is None
    assert classify_line("— Reuters") is None
    assert classify_line("— Reuters", at_end=True) == "credit"
    article = _parse(TITLE, P1, "REUTERS", P2, P3, "REUTERS")
    assert article.credits == ("REUTERS",)
    assert "REUTERS" in article.text


@pytest.mark.parametrize(
    "word",
    ["afp", "AFP", "A.P.", "Keystone-SDA", "APPLAUSE", "Hewlett-Packard", "iPhone", "eBay", "ǆ", "ǅx", "a.p.", ""],
)
def test_a_word_with_no_capital_is_no_acronym_and_the_rest_read_as_before(word: str) -> None:
    # `_is_acronym` answers a lower-case word at once: it has no capital to count.
    from tuiread.parser.boilerplate import _is_acronym

    letters = [c for c in word if c.isalpha()]
    assert _is_acronym(word) == (sum(c.isupper() for c in letters) >= 2 and (len(letters) <= 5 or not word.isupper()))

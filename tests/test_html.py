"""Web pages read by the parser (`tuiread.parser.html`): the article, its metadata, and the page
furniture kept out of its text. Pages are written here or in tests/pages/; nothing is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.export import render_markdown
from tuiread.parser import LoadError, load_path, parse_loaded
from tuiread.parser.html import BIG_PAGE_CHARS, Piece, looks_like_html, sort_furniture
from tuiread.parser.html import load_html as read_page
from tuiread.selection import Selection

PAGES = Path(__file__).resolve().parent / "pages"
HARBOUR = PAGES / "harbour-strike.html"

# What the harbour page holds besides its article: none of it may reach the text.
FURNITURE = (
    "Share on Facebook",
    "Share this article",
    "Advertisement",
    "Read more",
    "newsletter",
    "Photo: Jonas Berg",
    "Related stories",
    "Comments are moderated",
    "Great news for the town",
    "All rights reserved",
    "Additional reporting",
    "Search the Courier",
    "dataLayer",
    "min-height",
    "Forty ships wait at anchor",
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return parse_loaded(load_path(HARBOUR))


def test_a_saved_page_gives_its_article_title_byline_and_sections(harbour) -> None:  # type: ignore[no-untyped-def]
    assert harbour.title == "Dock workers vote to end harbour strike after pay deal"
    assert harbour.byline == "By Maria Lopez"
    assert [s.title for s in harbour.sections] == [None, "A backlog of weeks", "What happens next"]
    first = harbour.sections[0].paragraphs[0].text
    assert first.startswith("Dock workers at Port Almara voted on Wednesday")
    # Offsets point into the cleaned text, as for any article.
    for paragraph in harbour.paragraphs:
        assert harbour.text[paragraph.start : paragraph.end] == paragraph.text


def test_a_saved_page_keeps_what_it_says_about_itself(harbour) -> None:  # type: ignore[no-untyped-def]
    assert harbour.url == "https://www.coastalcourier.example/news/2024/03/14/harbour-strike-ends"
    assert harbour.author == "Maria Lopez"
    assert harbour.date == "2024-03-14"
    assert harbour.site_name == "The Coastal Courier"
    record = harbour.to_dict()
    for key in ("url", "author", "date", "site_name", "deck"):
        assert key in record


def test_a_big_page_still_gives_its_date() -> None:
    # Past BIG_PAGE_CHARS the date comes from the quick search (meta tags, <time>).
    page = HARBOUR.read_text(encoding="utf-8")
    padding = "<script>var feed = [" + ",".join(['"item"'] * 100_000) + "];</script>"
    big = page.replace("</head>", padding + "</head>", 1)
    assert len(big) > BIG_PAGE_CHARS
    loaded = read_page(big.encode("utf-8"), "big.html")
    assert loaded.page is not None and loaded.page.date == "2024-03-14"
    assert loaded.text.startswith("Dock workers vote to end harbour strike after pay deal")


def test_quotes_and_speakers_are_found_in_a_page(harbour) -> None:  # type: ignore[no-untyped-def]
    speakers = [(q.speaker, q.text[:24]) for q in harbour.quotes]
    assert speakers == [
        ("Ana Ruiz", "This is a fair deal and "),
        ("Ana Ruiz", "Nobody wanted to be out "),
        ("Tomas Weber", "We are relieved that wor"),
        ("Ana Ruiz", "The automation question "),
        ("Ana Ruiz", "We will be back at the t"),
    ]
    assert harbour.quotes[0].role == "general secretary of the Harbour Workers Union"
    assert {s.name for s in harbour.speakers} == {"Ana Ruiz", "Tomas Weber"}


def test_lists_stay_lists(harbour) -> None:  # type: ignore[no-untyped-def]
    items = [p.text for p in harbour.paragraphs if p.text.startswith("• ")]
    assert items == [
        "• fresh fruit bound for northern markets",
        "• car parts for two assembly plants",
        "• medical supplies for the regional hospital",
    ]


def test_page_furniture_goes_where_plain_copys_goes_never_into_the_text(harbour) -> None:  # type: ignore[no-untyped-def]
    for line in FURNITURE:
        assert line.lower() not in harbour.text.lower(), line
    assert harbour.related == ("Read more: Harbour strike begins as talks collapse",)
    assert "Advertisement" in harbour.boilerplate
    assert "Share this article" in harbour.boilerplate
    assert any("newsletter" in line for line in harbour.boilerplate)
    assert "Additional reporting by Sam Okafor." in harbour.credits
    assert any("Photo: Jonas Berg" in line for line in harbour.credits)
    assert harbour.fixes.count("duplicate-title") == 1  # the <h1>, read again from the body


def test_a_page_is_known_by_its_name_or_its_first_bytes() -> None:
    page = b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>"
    assert looks_like_html("story.txt", page)
    assert looks_like_html("story.htm", b"<p>A paragraph</p>")
    assert looks_like_html("-", b"\xef\xbb\xbf  <!-- saved --> <html lang='en'><body></body></html>")
    assert not looks_like_html("story.txt", b"Title\n\nA <b>bold</b> claim, he said.")
    assert not looks_like_html("story.html", b"Title\n\nNo markup at all.")


def _page(body: str, head: str = "<title>Storm closes the coast road</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>".encode()


PROSE = (
    "<p>The coast road between Ardel and Penmor was closed on Sunday after a storm brought down trees and "
    "power lines along a twelve-kilometre stretch, the county council said.</p>"
    "<p>Crews worked through the night to clear the road, and the council expects it to reopen on Tuesday "
    "morning if the wind drops as forecast.</p>"
    "<p>“We are asking people to stay away from the coast until then,” said Ines Carvalho, who leads the "
    "council's roads team.</p>"
)


def test_a_charset_declared_only_in_the_page_is_honoured(tmp_path: Path) -> None:
    body = PROSE.replace("Ines Carvalho", "Inês Carvalho").replace("Penmor", "Pénmor")
    page = tmp_path / "storm.html"
    head = '<meta charset="windows-1252"><title>Storm closes the coast road</title>'
    page.write_bytes(_page(body, head).decode().encode("cp1252"))
    article = parse_loaded(load_path(page))
    assert "Pénmor" in article.text and "Inês Carvalho" in article.text
    assert "“We are asking people" in article.text
    cyrillic = tmp_path / "cyrillic.html"
    text = "<p>Дорогу закрыли в воскресенье после сильного шторма на побережье, сообщил совет округа.</p>" * 3
    head = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    cyrillic.write_bytes(_page(text, head).decode().encode("koi8-r"))
    assert "Дорогу закрыли в воскресенье" in parse_loaded(load_path(cyrillic)).text


def test_an_xhtml_pages_xml_declaration_names_its_charset(tmp_path: Path) -> None:
    page = tmp_path / "cafe.xhtml"
    body = "<p>Кафе на площади закрылось в воскресенье после сорока лет работы, сообщил владелец.</p>" * 2
    xhtml = f'<?xml version="1.0" encoding="koi8-r"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Кафе</title></head><body><article>{body}</article></body></html>'
    page.write_bytes(xhtml.encode("koi8-r"))
    assert "Кафе на площади закрылось" in parse_loaded(load_path(page)).text


def test_a_given_charset_outranks_the_pages_own() -> None:
    data = (
        _page(PROSE.replace("Penmor", "Pénmor"), '<meta charset="koi8-r"><title>Storm</title>')
        .decode()
        .encode("cp1252")
    )
    assert "Pénmor" in read_page(data, "storm", charset="windows-1252").text


def test_a_hostile_page_stays_inert(tmp_path: Path) -> None:
    hostile = (
        "<script>document.write('[bold red]pwned[/]'); alert(1)</script>"
        "<style>p { color: red }</style>"
        "<p>The mayor said the [bold red]budget[/] was final \x1b[2J\x1b]0;owned\x07 and would not change "
        "before the election, whatever the council decided at its meeting on Monday night.</p>" + PROSE
    )
    page = tmp_path / "hostile.html"
    page.write_bytes(_page(hostile, "<title>Budget [link=https://evil.example]row[/link] \x1b[31m</title>"))
    article = parse_loaded(load_path(page))
    assert "[bold red]budget[/]" in article.text  # markup is text, shown as it is
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "pwned" not in article.text and "alert" not in article.text and "color: red" not in article.text
    assert article.title is not None and "\x1b" not in article.title
    assert article.fixes.count("terminal-escape") >= 1


def test_a_page_with_no_article_is_refused_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(LoadError) as err:
        load_path(page)
    assert str(err.value) == f"{page}: no article found in the page"


def test_a_deck_before_the_first_paragraph_is_the_deck_not_a_section() -> None:
    body = "<h2>Crews worked through the night, and the road should reopen on Tuesday.</h2>" + PROSE
    article = parse_loaded(read_page(_page(body), "storm.html"))
    assert article.deck == "Crews worked through the night, and the road should reopen on Tuesday."
    assert all(s.title is None for s in article.sections)
    # The Markdown export sets it under the headline, in italics.
    lines = render_markdown(article, Selection.whole(article)).splitlines()
    assert lines[:3] == [
        "# Storm closes the coast road",
        "",
        "*Crews worked through the night, and the road should reopen on Tuesday.*",
    ]


def test_a_line_break_inside_a_paragraph_separates_its_words() -> None:
    body = "<p>Closed roads:<br>Ardel to Penmor<br/>Penmor to Lusk</p>" + PROSE
    article = parse_loaded(read_page(_page(body), "storm.html"))
    assert "Closed roads: Ardel to Penmor Penmor to Lusk" in article.text


def test_a_short_question_opening_the_body_stays_a_section() -> None:
    article = parse_loaded(read_page(_page("<h2>What happened?</h2>" + PROSE), "storm.html"))
    assert article.deck is None
    assert [s.title for s in article.sections] == ["What happened?"]


def _pieces(*texts: str, links: float = 0.0, group: int = 0) -> list[Piece]:
    return [Piece("paragraph", t, "• " if group else "", links, group) for t in texts]


def test_the_tail_rule_takes_short_lines_and_linked_headlines_but_keeps_sentences() -> None:
    prose = _pieces("Crews worked through the night to clear the road, the council said on Monday.")
    last = _pieces("“That's correct,” Carvalho said.")
    tail = _pieces("Thank you", "Tags") + _pieces("Storm closes road", "Ferry delayed", links=1.0, group=1)
    kept, furniture = sort_furniture(prose + last + tail, "Storm", None)
    assert kept == prose + last
    assert [kind for kind, _ in furniture] == ["boilerplate", "boilerplate", "related", "related"]
    # A list of the article's own (three items, no links) ends the tail: it is article text.
    own = _pieces("fresh fruit", "car parts", "medical supplies", group=2)
    kept, _ = sort_furniture(prose + own + _pieces("Tags"), "Storm", None)
    assert kept == prose + own


def test_rules_that_would_take_every_paragraph_take_none() -> None:
    pieces = _pieces("Advertisement", "Share this article")
    kept, furniture = sort_furniture(pieces, None, None)
    assert kept == pieces and furniture == []


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the road would reopen on Tuesday, officials said.",
        "Subscribers to the council's alerts were told on Sunday morning.",
        "She shared the photo with reporters on Monday afternoon at the town hall.",
    ],
)
def test_sentences_that_merely_mention_furniture_words_stay(line: str) -> None:
    prose = _pieces(line, "The council said the road would reopen on Tuesday morning if the wind drops.")
    kept, _ = sort_furniture(prose, None, None)
    assert kept == prose

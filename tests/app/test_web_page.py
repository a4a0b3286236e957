"""A saved web page in the app: its article's title, outline and quotes, and where it came from."""

from __future__ import annotations

from pathlib import Path

from apphelpers import WIDE, make_app, quote_prompts, ready

from tuiread.app.source import ArticleSource
from tuiread.app.widgets.article_header import ArticleHeader

HARBOUR = Path(__file__).resolve().parents[1] / "pages" / "harbour-strike.html"


async def test_a_saved_page_opens_with_its_outline_quotes_path_and_date(tmp_path: Path) -> None:
    app = make_app(tmp_path, ArticleSource(HARBOUR))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert screen.load_error is None
        article = screen.article
        assert article is not None
        outline = [entry.strip() for entry in screen.outline.entries]
        title = "Dock workers vote to end harbour strike after pay deal"
        assert [entry.split("❝")[0] + "❝" for entry in outline[1:]] == [
            "Lead  2❝",
            "A backlog of weeks  1❝",
            "What happens next  2❝",
        ]
        assert outline[0] == title
        # Each quote with its speaker (and role, and cue) as the quotes pane shows it.
        ruiz = "— Ana Ruiz, general secretary of the Harbour Workers Union · said"
        quoted = [prompt for prompt in quote_prompts(screen) if not prompt.startswith("≈ ")]
        said = [prompt.split("\n")[-1].strip() for prompt in quoted]
        assert said == [ruiz, ruiz, "— Tomas Weber, authority's chief executive · told", ruiz, ruiz], said
        status = screen.status.text
        # The path (its end, if long) and the date, before the figures.
        assert status.split("  │  ")[0].endswith("harbour-strike.html · 2024-03-14"), status
        assert "5 quotes · " in status and f"{len(article.reported)} reported" in status
        # Page furniture is nowhere in the text the reader sees.
        assert "Share this article" not in article.text and "Advertisement" not in article.text


async def test_a_pages_deck_and_site_show_over_the_text_and_plain_text_has_no_header(tmp_path: Path) -> None:
    deck = "The union accepted a pay rise of 6 per cent, and the ships at anchor can be unloaded from Thursday."
    page = HARBOUR.read_text(encoding="utf-8").replace(
        '<figure class="lead-image">',
        f'<h2 class="standfirst">{deck} [b]bold?[/b]</h2>\n<figure class="lead-image">',
        1,
    )
    path = tmp_path / "with-deck.html"
    path.write_text(page, encoding="utf-8")
    app = make_app(tmp_path, ArticleSource(path))
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        header = screen.query_one(ArticleHeader)
        assert header.display
        # The deck as the page wrote it (markup in it is text), then the site: the byline is in the text.
        assert header.text.splitlines() == [f"{deck} [b]bold?[/b]", "The Coastal Courier"]
        assert deck not in screen.article.text  # not a paragraph of the article
    plain = make_app(tmp_path)
    async with plain.run_test(size=WIDE) as pilot:
        screen = await ready(pilot)
        assert not screen.query_one(ArticleHeader).display

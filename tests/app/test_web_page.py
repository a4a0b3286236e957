"""A saved web page in the app: its article's title, outline and quotes, and where it came from."""

from __future__ import annotations

from pathlib import Path

from apphelpers import WIDE, make_app, quote_prompts, ready

from tuiread.app.source import ArticleSource

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
        assert outline == [title, "Lead  2❝", "A backlog of weeks  1❝", "What happens next  2❝"]
        # Each quote with its speaker (and role, and cue) as the quotes pane shows it.
        ruiz = "— Ana Ruiz, general secretary of the Harbour Workers Union · said"
        said = [prompt.split("\n")[-1].strip() for prompt in quote_prompts(screen)]
        assert said == [ruiz, ruiz, "— Tomas Weber · told", ruiz, ruiz], said
        status = screen.status.text
        # The path (its end, if long) and the date, before the figures.
        assert status.split("  │  ")[0].endswith("harbour-strike.html · 2024-03-14"), status
        assert "5 quotes · 2 speakers" in status
        # Page furniture is nowhere in the text the reader sees.
        assert "Share this article" not in article.text and "Advertisement" not in article.text

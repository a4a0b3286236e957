"""Small libraries of short articles, written by the tests into a temporary folder."""

from __future__ import annotations

from pathlib import Path

from tuiread.library.index import Library

ARTICLES = {
    "geneva.txt": """Talks end without a deal in Geneva

GENEVA — Wendy Sherman, the US Deputy Secretary of State, met Russian officials on Monday for talks on Ukraine.

“We haven’t heard anything new,” Sherman said after the meeting at the American mission.

“Some requests are not even questionable,” she insisted.
""",
    "hearing.txt": """Congressman presses regulators over bank rules

Representative Brad Sherman questioned the agency's chairman on Tuesday in Washington.

“The rules as written protect nobody at all,” Brad Sherman said during the hearing.
""",
    "tunnel.txt": """Tunnel works resume in the Alps

The French minister Clément Verdier visited the site on Friday with engineers.

“There will be no more delays on this line,” Verdier said, standing at the entrance.

The White House said in a statement: “We welcome the progress made by our partners.”
""",
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (ARTICLES if articles is None else articles).items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def indexed(folder: Path, index: Path, articles: dict[str, str] | None = None) -> Library:
    """A library of ``articles`` (default: ARTICLES) in ``folder``, indexed at ``index``."""
    paths = write_articles(folder, articles)
    library = Library.open(index)
    library.update(paths, workers=1)
    return library

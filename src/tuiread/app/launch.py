"""Start the app (placeholder until the explorer lands: prints the parsed article)."""

from __future__ import annotations

import sys

from tuiread.parser import LoadError, parse_path


def run_app(path: str | None) -> int:
    from tuiread.render_text import render_article
    from tuiread.samples import founding_sample_path

    try:
        article = parse_path(path or founding_sample_path())
    except LoadError as err:
        print(f"tuiread: {err}", file=sys.stderr)
        return 1
    render_article(article, sys.stdout)
    return 0

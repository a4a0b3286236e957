"""Where the app's article comes from, and how its parse reaches the app in stages.

No Textual here: `tuiread ARTICLE` starts the parse process through this module
before it imports the interface, so the two load side by side.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from tuiread.model import Article
from tuiread.parser.load import LoadedText
from tuiread.parser.process import ParseProcess, ParseProcessLost
from tuiread.parser.stages import Stage, parse_in_stages


class ArticleSource:
    """Where the article comes from: a path, text already read (stdin), or a parsed Article."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        loaded: LoadedText | None = None,
        article: Article | None = None,
    ) -> None:
        if (path is None) + (loaded is None) + (article is None) != 2:
            raise ValueError("give exactly one of path, loaded or article")
        self.path = None if path is None else Path(path)
        self.loaded = loaded
        self.article = article
        self._process: ParseProcess | None = None
        self._stages: Iterator[Stage] | None = None

    @property
    def name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.loaded is not None:
            return self.loaded.name
        assert self.article is not None
        return os.path.basename(self.article.source or "article")

    def read(self) -> LoadedText:
        """The article's text, read once (in the worker thread): LoadError if it is not an article."""
        from tuiread.parser import load_path

        if self.loaded is None:
            assert self.path is not None
            self.loaded = load_path(self.path)
        return self.loaded

    def start_parse_process(self) -> None:
        """Start parsing in another process now (see `tuiread.parser.process`); text already read only."""
        if self.article is None and self.loaded is not None and self._process is None:
            self._process = ParseProcess.start(self.loaded)

    @property
    def parsing_elsewhere(self) -> bool:
        return self._process is not None

    def stages(self) -> Iterator[Stage]:
        """The article's parse, stage by stage (`tuiread.parser.stages`), for the worker thread to show.

        One iterator for the source's life: after `stage_ready_now` took the first stage, the
        worker goes on from the next.
        """
        if self._stages is None:
            self._stages = self._all_stages()
        return self._stages

    def stage_ready_now(self) -> Stage | None:
        """The first stage if the parse process has already sent it, else None (never waits).

        The main screen shows it in its first frame, instead of frames of empty panes and then
        the article.
        """
        if self._process is None or self._stages is not None or not self._process.has_output():
            return None
        return next(self.stages(), None)

    def _all_stages(self) -> Iterator[Stage]:
        # From the parse process when one was started; here otherwise, or if it died on the way
        # (then the stages it already sent are not sent again).
        if self.article is not None:
            yield Stage("complete", self.article)
            return
        sent: set[str] = set()
        if self._process is not None:
            try:
                for stage in self._process.stages():
                    sent.add(stage.kind)
                    yield stage
                return
            except ParseProcessLost:
                self._process = None
        for stage in parse_in_stages(self.read()):
            if stage.kind in sent or (stage.kind == "preview" and "text" in sent):
                continue
            yield stage

    def close(self) -> None:
        """Stop a parse still running in another process (the app is closing)."""
        if self._process is not None:
            self._process.stop()

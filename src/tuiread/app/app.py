"""The tuiread app: one main screen over an article, a help screen, an export dialog.

The app holds what lives longer than a screen: where the article comes from,
the settings (theme, keymap, repairs highlighting; saved when they change) and
the folder exports go to. The main screen shows the article stage by stage as
its parse comes in (from the parse process, or parsed in a worker thread) and
coordinates the panes.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import LoadingIndicator

from tuiread.app.keys import unknown_ids
from tuiread.app.plain import shown
from tuiread.app.source import ArticleSource
from tuiread.app.style_cache import preload as preload_styles
from tuiread.app.style_cache import save as save_styles
from tuiread.model import Article
from tuiread.settings import Settings, load_settings, update_settings

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from tuiread.library.opening import LibraryPlan


class CalmLoadingIndicator(LoadingIndicator):
    """Textual's loading indicator at 5 frames a second, not 16.

    The parse may run in a thread (on one core); every frame the indicator draws takes the
    interpreter from it, so fewer frames leave the parse more of it (at 16 a second a 2 MB
    article opens about a second later).
    """

    @property  # type: ignore[override]
    def auto_refresh(self) -> float | None:
        return Widget.auto_refresh.fget(self)  # type: ignore[attr-defined, no-any-return]

    @auto_refresh.setter
    def auto_refresh(self, interval: float | None) -> None:
        Widget.auto_refresh.fset(self, None if interval is None else max(interval, 0.2))  # type: ignore[attr-defined]


def _commands_provider() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens (it costs start-up time)."""
    from tuiread.app.commands import TuireadCommands

    return TuireadCommands


class TuireadApp(App[None]):
    """Read and dissect a news article: outline, text, quotes and speakers; export a selection."""

    # Absolute, so a subclass defined elsewhere (tests, benchmarks) finds it too.
    CSS_PATH = Path(__file__).with_name("tuiread.tcss")
    TITLE = "tuiread"
    COMMANDS = App.COMMANDS | {lambda: _commands_provider()}
    COMMAND_PALETTE_DISPLAY = "ctrl+p"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit tuiread"),
        Binding("question_mark,f1", "help", "Help", id="app.help", key_display="?", tooltip="Every key"),
    ]

    def __init__(
        self,
        source: ArticleSource | None = None,
        *,
        library: LibraryPlan | None = None,
        settings_path: Path | None = None,
        export_dir: Path | None = None,
        remember: bool = True,
        style_cache: Path | None = None,
    ) -> None:
        if (source is None) == (library is None):
            raise ValueError("give an article's source or a library")
        self.source = source
        self.library = library
        self.export_dir = Path.cwd() if export_dir is None else Path(export_dir)
        self.settings_path = settings_path
        self.remember = remember
        loaded = load_settings(settings_path)
        self.settings: Settings = loaded.settings
        self._settings_warning = loaded.warning
        self.article: Article | None = None
        self.ready_callbacks: list[Callable[[Article], None]] = []
        self.text_callbacks: list[Callable[[Article], None]] = []
        self.last_input = 0.0  # time.monotonic() of the last key or mouse event
        self._gc_threshold: tuple[int, int, int] | None = None
        self._undo_signals: Callable[[], None] = lambda: None
        super().__init__()
        # A file name is outside text too (it may hold escape sequences or markup).
        self.title = f"tuiread — {shown(source.name)}" if source is not None else "tuiread — library"
        # Before anything is styled: a theme set once the screen is up restyles every widget again.
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        self._unknown_theme = bool(self.settings.theme) and self.settings.theme not in self.available_themes
        if self.settings.theme and not self._unknown_theme:
            self.theme = self.settings.theme
        # The stylesheet parsed at the last start, if it still applies (see style_cache).
        self.style_cache = style_cache
        self._styles_loaded: frozenset[tuple[object, ...]] = frozenset()
        if style_cache is not None:
            self._styles_loaded = preload_styles(self.stylesheet, style_cache)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's palette commands, less its "Theme": ours ("Change theme") says it is remembered."""
        for command in super().get_system_commands(screen):
            if command.title != "Theme":
                yield command

    def get_default_screen(self) -> Screen[None]:
        # The main screen is the first on the stack (not pushed over Textual's empty default one,
        # which would be composed, styled and drawn for nothing before it).
        if self.library is not None:
            from tuiread.app.screens.library import LibraryScreen

            return LibraryScreen(self.library)
        from tuiread.app.screens.main import MainScreen

        return MainScreen()

    def on_load(self) -> None:
        # Before the terminal is taken over: from here on, SIGTERM and SIGHUP close the app as q does.
        from tuiread.app.signals import exit_on_signals

        self._undo_signals = exit_on_signals(self._exit_on_signal)

    def _exit_on_signal(self, status: int) -> None:
        self.exit(return_code=status)

    def on_mount(self) -> None:
        if self._unknown_theme:
            theme = shown(repr(self.settings.theme))
            self.notify(f"Unknown theme {theme} in the settings", severity="warning", markup=False)
        if self._settings_warning:
            # It quotes the settings file (its path, its keys): shown inert.
            self.notify(shown(self._settings_warning), title="Settings ignored", severity="warning", markup=False)
        # Only with a keymap: gathering every binding id imports every dialog, a cost at each start.
        unknown = unknown_ids(self.settings.keymap) if self.settings.keymap else []
        if unknown:
            names = ", ".join(shown(repr(binding_id)) for binding_id in unknown)
            self.notify(
                f"No key has the id {names}: the keymap in the settings leaves it out (? lists the ids)",
                title="Unknown key id",
                severity="warning",
                timeout=10,
                markup=False,
            )
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # Full collections ten times rarer while the app runs: each walks every object made since the
        # article was frozen (the panes' lines, a long quotes list), 100-200 ms on a 20 MB article,
        # and one landing on a key makes that key late. Young garbage is collected as usual.
        self._gc_threshold = gc.get_threshold()
        gc.set_threshold(self._gc_threshold[0], self._gc_threshold[1], self._gc_threshold[2] * 10)
        if not gc.isenabled():
            self.call_after_refresh(self._collector_on)  # paused for the start (launch.start_loading)

    def _collector_on(self) -> None:
        # What the start made lives as long as the app: frozen, so collections never walk it.
        gc.freeze()
        gc.enable()

    # -- settings ---------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self.last_input = time.monotonic()
        await super().on_event(event)

    def input_idle(self, seconds: float) -> bool:
        """No key or mouse event for ``seconds``: background filling can take its turn."""
        return time.monotonic() - self.last_input >= seconds

    def on_unmount(self) -> None:
        if self.source is not None:
            self.source.close()  # a parse still running in another process is not wanted any more
        self._undo_signals()
        if self.style_cache is not None:
            save_styles(self.stylesheet, self.style_cache, self._styles_loaded)
        gc.unfreeze()  # see article_ready
        if self._gc_threshold is not None:
            gc.set_threshold(*self._gc_threshold)

    def _theme_changed(self, theme: object) -> None:
        self._save(self.settings.with_theme(self.theme))

    def remember_highlight_repairs(self, on: bool) -> None:
        self._save(self.settings.with_highlight_repairs(on))

    def _save(self, settings: Settings) -> None:
        if settings == self.settings:
            return
        # Only what changed goes to the file: what is there besides (keys added by hand or by
        # another tuiread since this one read the file) stays.
        old, new = self.settings.to_dict(), settings.to_dict()
        changes = {key: value for key, value in new.items() if old.get(key) != value}
        self.settings = settings
        if not self.remember:
            return
        try:
            update_settings(changes, self.settings_path)
        except OSError as err:
            self.notify(f"Settings not saved: {shown(str(err))}", severity="warning", markup=False)

    # -- hooks ------------------------------------------------------------------------------

    def get_key_display(self, binding: Binding) -> str:
        # A remapped key comes from the settings file: the footer and the help show it inert.
        return shown(super().get_key_display(binding))

    def get_loading_widget(self) -> Widget:
        return CalmLoadingIndicator()

    def text_shown(self, article: Article) -> None:
        """The article's whole text is on screen (a long one's quotes may still be coming)."""
        for callback in self.text_callbacks:
            self.call_after_refresh(callback, article)

    def article_ready(self, article: Article) -> None:
        """The main screen shows ``article`` (benchmarks and tests wait for this)."""
        self.article = article
        # The article is immutable and lives as long as the app: out of the cyclic collector's sight.
        # A 20 MB article is millions of objects; every full collection would walk them all, half a
        # second in which no key is answered. Unfrozen at exit, so an app run in a test process is collected.
        gc.freeze()
        for callback in self.ready_callbacks:
            self.call_after_refresh(callback, article)

    # -- actions ----------------------------------------------------------------------------

    def action_help(self) -> None:
        from tuiread.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen())

"""The export dialog: a preview of the Markdown, and where it goes (a file, the clipboard, or both).

The file is written atomically next to its final name; an existing file is
replaced only after the user confirms. A failed write leaves no file, keeps
the dialog (and the selection) and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tuiread.app.dialogs.confirm import ConfirmOverwrite
from tuiread.app.plain import shown, shown_lines
from tuiread.app.widgets.inert_input import InertInput
from tuiread.export import ExportError, default_filename, render_markdown
from tuiread.files import reason, write_atomic
from tuiread.model import Article
from tuiread.selection import Selection

# The preview shows this much; the export has all of it.
PREVIEW_CHARS = 20_000
DESTINATIONS = ("file", "clipboard", "both")


@dataclass(frozen=True)
class ExportResult:
    destination: str
    path: Path | None
    markdown: str


class ExportDialog(ModalScreen[ExportResult | None]):
    """Export the selection (or the whole article when nothing is selected) as Markdown.

    | Key | Description |
    | :- | :- |
    | enter | Export, from anywhere in the dialog (on the Cancel button: cancel). |
    | space | Choose the destination under the cursor. |
    | escape | Cancel. |
    | tab, shift+tab | Move between the destination, the file name and the buttons. |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Close without exporting"),
        # Priority: the destination buttons and the disabled file field would take enter for themselves.
        Binding("enter", "submit", "Export", id="export.go", tooltip="Export as shown", priority=True),
    ]
    # Set up in compose and by Textual, not in on_mount: the app quitting while the dialog still
    # mounted (a fast "e" then ctrl+q) found its widgets gone and ended in a traceback.
    AUTO_FOCUS = "#export-path"

    def __init__(self, article: Article, selection: Selection, folder: Path) -> None:
        super().__init__()
        self.article = article
        self.selection = selection
        self.folder = folder
        self.whole = not selection
        self.markdown = render_markdown(article, Selection.whole(article) if self.whole else selection)
        self.destination = "file"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export as Markdown"
            box.border_subtitle = "enter exports · escape cancels"
            what = "Nothing selected: the whole article" if self.whole else f"Selected: {self.selection.describe()}"
            yield Static(
                Content.assemble((what, "bold"), (f"  ·  {len(self.markdown):,} characters", "dim")),
                id="export-summary",
            )
            with VerticalScroll(id="export-preview") as preview:
                preview.border_title = "Preview"
                yield Static(self._preview(), id="export-preview-text", markup=False)
            with Horizontal(id="export-file"):
                yield Label("File", id="export-file-label")
                yield InertInput(default_filename(self.article), id="export-path", select_on_focus=False)
            folder = shown(str(self.folder))
            yield Label(Content.assemble(("in the folder ", "dim"), (folder, "dim")), id="export-folder")
            with RadioSet(id="export-destination"):
                yield RadioButton("File", value=True, id="dest-file")
                yield RadioButton("Clipboard", id="dest-clipboard")
                yield RadioButton("File and clipboard", id="dest-both")
            error = Static("", id="export-error", markup=False)
            error.display = False  # until a write fails
            yield error
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    def _preview(self) -> Content:
        text = self.markdown
        if len(text) <= PREVIEW_CHARS:
            return Content(shown_lines(text))
        # Cut at a line end, unless the last one is far back (a one-line paragraph of megabytes).
        cut = text.rfind("\n", 0, PREVIEW_CHARS)
        if cut < PREVIEW_CHARS // 2:
            cut = PREVIEW_CHARS
        rest = len(text) - cut
        return Content.assemble(
            shown_lines(text[:cut]), (f"\n… {rest:,} more characters (all of them are exported)", "dim italic")
        )

    # -- options -------------------------------------------------------------------------------

    @on(RadioSet.Changed, "#export-destination")
    def _destination_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.destination = DESTINATIONS[event.index]
        self.query_one("#export-file").disabled = self.destination == "clipboard"

    @property
    def target_path(self) -> Path:
        name = self.query_one("#export-path", Input).value.strip()
        path = Path(name).expanduser()
        return path if path.is_absolute() else self.folder / path

    # -- doing it --------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        # The message names the path (typed or pasted): shown inert, on one line.
        message = shown(message)
        error = self.query_one("#export-error", Static)
        error.update(Content.styled(message, "bold $error"))
        error.display = True
        self.notify(message, title="Export failed", severity="error", markup=False)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    @on(Button.Pressed, "#export-go")
    def _go(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_export()

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        """Enter: export, wherever the focus is, except on the Cancel button."""
        focused = self.focused
        if isinstance(focused, Button) and focused.id == "export-cancel":
            self.action_cancel()
        else:
            self.action_export()

    def action_export(self) -> None:
        if self.destination == "clipboard":
            self._finish(None)
            return
        name = self.query_one("#export-path", Input).value.strip()
        if not name:
            self.show_error("Give the file a name")
            return
        # Looking at the path can fail too (a name too long, ~user with no such user): a message, not a crash.
        try:
            path = self.target_path
            exists = path.exists() and not path.is_dir()
        except RuntimeError:
            self.show_error(f"cannot write {name}: {name.split('/')[0]} is no user's home folder")
            return
        except (OSError, ValueError) as err:
            self.show_error(f"cannot write {name}: {reason(err)}")
            return
        if exists:

            def answered(replace: bool | None) -> None:
                if replace:
                    self._write(path, overwrite=True)
                else:
                    self.query_one("#export-path", Input).focus()

            self.app.push_screen(ConfirmOverwrite(str(path)), answered)
            return
        self._write(path, overwrite=False)

    def _write(self, path: Path, *, overwrite: bool) -> None:
        try:
            write_atomic(path, self.markdown, overwrite=overwrite)
        except ExportError as err:
            self.show_error(str(err))
            return
        except OSError as err:  # write_atomic says ExportError; an OSError still must not end the app
            self.show_error(f"cannot write {path}: {reason(err)}")
            return
        self._finish(path)

    def _finish(self, path: Path | None) -> None:
        if self.destination in ("clipboard", "both"):
            self.app.copy_to_clipboard(self.markdown)
        where = {
            "file": f"Exported to {path}",
            "clipboard": "Copied to the clipboard",
            "both": f"Exported to {path} and copied to the clipboard",
        }[self.destination]
        self.notify(shown(where), title="Export", markup=False)
        self.dismiss(ExportResult(self.destination, path, self.markdown))

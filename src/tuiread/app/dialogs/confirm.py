"""Ask before replacing a file: y replaces, n or escape keeps the file."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tuiread.app.plain import shown


class ConfirmOverwrite(ModalScreen[bool]):
    """``path`` exists: replace it (True) or keep it (False)?"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Replace", id="confirm.yes", tooltip="Replace the file"),
        Binding("n,escape", "answer(False)", "Keep", id="confirm.no", tooltip="Keep the file, do not export"),
        Binding("left,h", "app.focus_previous", "Previous button", show=False, id="confirm.left"),
        Binding("right,l", "app.focus_next", "Next button", show=False, id="confirm.right"),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box") as box:
            box.border_title = "File exists"
            yield Static(
                Content.assemble(("The file ", ""), (shown(self.path), "bold"), " already exists. Replace it?"),
                id="confirm-question",
            )
            with Horizontal(id="confirm-buttons"):
                yield Button("Replace (y)", variant="warning", id="confirm-yes")
                yield Button("Keep (n)", variant="primary", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, replace: bool) -> None:
        self.dismiss(replace)

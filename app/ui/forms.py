"""The one form-dialog pattern: a `SubmitDialog` validates, calls the service, shows the
service's ValidationError next to the fields it names, and closes only on success.

    class GoalDialog(SubmitDialog):
        def __init__(self, parent, submit):
            super().__init__(parent, submit)
            self.text = QPlainTextEdit()
            self.add_row(self.tr("Goal"), self.text, field="goal")   # errors on "goal" show here
            self.finish_layout()

        def values(self):
            return GoalInput(self.text.toPlainText())

OK calls `submit(values())` (a service call). On a ValidationError each FieldError is shown
under its field (which turns red); errors on fields the dialog did not name, and any other
RelaisError, go to the message above the buttons. The dialog stays open with everything
typed, so nothing is lost. `result_value` keeps what the service returned.

Dialogs submit off the UI thread (run_task): a save that waits for the vault's write lock (a
team sync or a backup writing) never freezes the window. values() reads every widget on the UI
thread and submit() must not touch widgets; submitted() runs back on the UI thread. A dialog
whose submit() still reads its widgets says `background = False`. Tests set
BACKGROUND_SUBMITS = False to read the result at once (tests/test_ui_forms.py runs the threaded
path against a held write lock).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, ValidationError
from app.texts import message
from app.ui import a11y
from app.ui.tasks import report_failure, run_task
from app.ui.widgets import error_label, set_invalid, show_error

BACKGROUND_SUBMITS = True

V = TypeVar("V")    # what values() gives and submit() receives


class SubmitDialog(QDialog, Generic[V]):
    """`SubmitDialog[GoalInput]`: values() returns a GoalInput, which `submit` receives."""

    background = True         # submit() runs off the UI thread (see the module doc)

    def __init__(self, parent: QWidget | None, submit: Callable[[V], object] | None = None,
                 save_button: bool = False) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_value: object = None
        self.submitting = False
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.error = error_label()
        self.errors = self.error               # the name some dialogs and their tests use
        self.field_errors: dict[str, tuple[QWidget, QLabel]] = {}
        confirm = QDialogButtonBox.StandardButton.Save if save_button else QDialogButtonBox.StandardButton.Ok
        self.buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    # -- building ---------------------------------------------------------------------------------
    def add_row(self, label: str | QWidget, widget: QWidget, field: str = "") -> None:
        """A labelled row; with `field`, the service's errors on that field show under it."""
        self.form.addRow(label, widget)
        if field:
            self.bind_field(field, widget)

    def bind_field(self, field: str, widget: QWidget, layout: QFormLayout | None = None) -> QLabel:
        note = error_label()
        (layout or self.form).addRow("", note)
        self.field_errors[field] = (widget, note)
        return note

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        a11y.keyboard_friendly(self)       # Tab leaves note fields and lists: no keyboard trap

    # -- submitting -------------------------------------------------------------------------------
    def values(self) -> V:
        """What the service receives, read from the widgets on the UI thread (every dialog says)."""
        raise NotImplementedError

    def check(self) -> str:
        """A check only the interface can make (e.g. "Choose a partner."); a text stops the submit."""
        return ""

    def submit(self, values: V) -> object:
        """The service call; a dialog may override it instead of passing `submit`."""
        if self._submit is None:
            raise NotImplementedError
        return self._submit(values)

    def submitted(self, result: object) -> None:
        """After a successful submit, before the dialog closes: tell the views (records_changed)."""

    def save(self) -> None:
        self._try_accept()

    def _try_accept(self) -> None:
        if self.submitting:
            return                # a second OK while the first save waits for the write lock
        self.clear_errors()
        problem = self.check()
        if problem:
            show_error(self.error, problem)
            return
        values = self.values()
        if not (self.background and BACKGROUND_SUBMITS):
            try:
                result = self.submit(values)
            except RelaisError as exc:
                self.show_errors(exc)
                return
            self._succeeded(result)
            return
        self.submitting = True
        self.buttons.setEnabled(False)
        run_task(self, lambda ctx: self.submit(values), on_success=self._succeeded, on_failure=self._failed,
                 label=self.busy_label(), cancellable=False)

    def busy_label(self) -> str:
        """What the progress box says when a background submit lasts (after 600 ms)."""
        return QCoreApplication.translate("SubmitDialog", "Saving…")

    def _succeeded(self, result: object) -> None:
        self.submitting = False
        self.buttons.setEnabled(True)
        self.result_value = result
        self.submitted(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submitting = False
        self.buttons.setEnabled(True)
        if isinstance(exc, RelaisError):
            self.show_errors(exc)
        else:
            report_failure(self, exc)

    def clear_errors(self) -> None:
        show_error(self.error, "")
        for widget, note in self.field_errors.values():
            show_error(note, "")
            set_invalid(widget, False)

    def show_errors(self, exc: RelaisError) -> None:
        if not isinstance(exc, ValidationError):
            show_error(self.error, exc.message())
            return
        elsewhere, first = [], None
        for err in exc.errors:
            if err.field in self.field_errors:
                widget, note = self.field_errors[err.field]
                show_error(note, "\n".join(filter(None, (note.text() if note.isVisible() else "", err.message()))))
                set_invalid(widget, True)
                first = first or widget
            else:
                elsewhere.append(f"{message('field.' + err.field)}: {err.message()}")
        show_error(self.error, "\n".join(elsewhere))
        if first is not None:
            first.setFocus()

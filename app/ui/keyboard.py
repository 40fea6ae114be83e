"""Keyboard traps removed everywhere at once (issue 25, point 7), by one application-wide
event filter rather than a call in every form, so that dialogs and tabs built later, by any
feature, behave the same:

- Date fields take typed dates. A click puts the cursor inside a section ("30|"), where Qt
  silently ignores "07"; the section under the cursor is now selected on focus, so typing
  replaces it. A digit that is still refused (a date outside the field's range, a 31st of
  a 30-day month) is explained in a tooltip instead of being ignored without a word.
- Tab leaves multi-line text fields (no keyboard trap); Ctrl+Tab types a tab character.
- Shortcuts work after a dialog closes: when a dialog hides and leaves no active window
  (a dialog without a parent, a window manager that does not hand back the focus), the main
  window is activated again and its focus put back where it was.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from app.ui.formats import short_date


def date_refusal(edit: QDateEdit) -> str:
    """Why a typed digit was not taken: the range, when the field has one, and the format."""
    low, high = edit.minimumDate(), edit.maximumDate()
    # The pattern in the reader's letters: JJ/MM/AAAA in French, DD/MM/JJJJ in Dutch.
    fmt = (edit.displayFormat().replace("yyyy", QCoreApplication.translate("Keyboard", "YYYY"))
           .replace("dd", QCoreApplication.translate("Keyboard", "DD"))
           .replace("MM", QCoreApplication.translate("Keyboard", "MM")))
    has_min = low.year() > 1800
    has_max = high.year() < 7000
    if has_min and has_max:
        return QCoreApplication.translate(
            "Keyboard", "This date must be between {first} and {last}. Type it as {format}.").format(
            first=short_date(_day(low)), last=short_date(_day(high)), format=fmt)
    if has_max:
        return QCoreApplication.translate(
            "Keyboard", "This date cannot be after {last}. Type it as {format}.").format(
            last=short_date(_day(high)), format=fmt)
    if has_min:
        return QCoreApplication.translate(
            "Keyboard", "This date cannot be before {first}. Type it as {format}.").format(
            first=short_date(_day(low)), format=fmt)
    return QCoreApplication.translate("Keyboard", "Not a date. Type it as {format}.").format(format=fmt)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _text_edit(widget: QObject | None) -> QPlainTextEdit | QTextEdit | None:
    """The multi-line field an event is for (Qt delivers some to its viewport)."""
    for candidate in (widget, widget.parent() if isinstance(widget, QWidget) else None):
        if isinstance(candidate, QPlainTextEdit | QTextEdit):
            return candidate
    return None


class KeyboardHelper(QObject):
    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.last_refusal = ""            # the last date explanation shown (tests read it)
        self._focus_before_dialog: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self._focus_in(watched)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(watched, QWidget) \
                and isinstance(watched.parent(), QDateEdit):
            _select_section(cast(QDateEdit, watched.parent()))   # a click in a date: its section, to retype
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_press(watched, event)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            focus = QApplication.focusWidget()
            if focus is not None and focus.window() is self.main_window:
                self._focus_before_dialog = focus
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self, self._after_dialog)    # cancelled if the window goes first
        return False

    # -- focus ------------------------------------------------------------------------------------
    def _focus_in(self, watched: QObject) -> None:
        edit = _text_edit(watched)
        if edit is not None and not edit.tabChangesFocus():
            edit.setTabChangesFocus(True)

    def _after_dialog(self) -> None:
        window = self.main_window
        if not isValid(window):
            return
        if not window.isVisible() or any(w.isVisible() and w.isWindow() and w is not window
                                         for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)):
            return                                # another dialog took over: it has the keyboard
        active = QApplication.activeWindow()
        if active is None or not active.isVisible():
            window.raise_()
            window.activateWindow()
        if window.focusWidget() is None or not window.focusWidget().isVisible():
            before = self._focus_before_dialog
            try:
                usable = before is not None and before.isVisible() and before.window() is window
            except RuntimeError:          # deleted with a page that was rebuilt
                usable = False
            target = before if usable and before is not None else window
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keys -------------------------------------------------------------------------------------
    def _key_press(self, watched: QObject, event: QKeyEvent) -> bool:
        edit = _text_edit(watched)
        if (edit is not None and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier and not edit.isReadOnly()):
            edit.insertPlainText("\t")
            return True
        if isinstance(watched, QDateEdit) and event.text().isdigit() and not watched.isReadOnly():
            before = watched.lineEdit().text(), watched.lineEdit().cursorPosition()
            QTimer.singleShot(0, lambda w=watched, b=before: self._check_digit(w, b))
        return False

    def _check_digit(self, edit: QDateEdit, before: tuple[str, int]) -> None:
        try:
            now = edit.lineEdit().text(), edit.lineEdit().cursorPosition()
        except RuntimeError:              # the field was closed meanwhile
            return
        if now != before:
            return
        self.last_refusal = date_refusal(edit)
        QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), self.last_refusal, edit)
        status = getattr(self.main_window, "statusBar", None)
        if callable(status):                       # stays readable after the tooltip fades
            status().showMessage(self.last_refusal, 10_000)


def _select_section(edit: QDateEdit) -> None:
    try:
        if edit.hasFocus() and not edit.lineEdit().hasSelectedText():
            edit.setSelectedSection(edit.currentSection())
    except RuntimeError:
        pass


def install(main_window: QWidget) -> KeyboardHelper:
    """The helper of this main window, watching every widget of the application."""
    helper = KeyboardHelper(main_window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(helper)
    return helper

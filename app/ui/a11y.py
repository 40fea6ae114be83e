"""What a screen reader announces (issue 24): names for inputs that have no visible label
tied to them, and labels tied to their fields.

A visible label is tied with QLabel.setBuddy (QFormLayout.addRow(text, field) does it when the
field is a widget); `name` is for inputs whose meaning is shown otherwise (a placeholder, a
section title, a table under its heading). tests/test_ui_accessibility.py walks every page and
tab and fails on an input without a name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def name(widget: W, text: str, description: str = "") -> W:
    """The name (and, when it helps, a longer description) assistive technology announces."""
    widget.setAccessibleName(text.replace("&&", "&"))
    if description:
        widget.setAccessibleDescription(description)
    return widget


def buddy(text: str, widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label tied to its field: read as the field's name, Alt+mnemonic focuses it."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def keyboard_friendly(root: QWidget) -> None:
    """Tab leaves lists and text boxes instead of moving inside them (arrows move in a table,
    Ctrl+Tab still types nothing): a table of 500 rows or a note field is not a keyboard trap.
    A toolbar's buttons inside a page take the focus from Tab too (Qt leaves them mouse-only).
    The shell calls it on every page and every tab of a person's file, SubmitDialog on itself."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QToolBar, QToolButton

    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.objectName() != "qt_toolbar_ext_button":
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

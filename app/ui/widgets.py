"""Small building blocks shared by the shell's screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


def label(text: str, name: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def centered_card(content: QWidget, width: int = 560) -> QWidget:
    """A white card of a comfortable reading width, centred on a calm background."""
    outer = QWidget()
    card = QFrame()
    card.setObjectName("card")
    card.setMaximumWidth(width)
    card.setMinimumWidth(min(width, 420))
    inner = QVBoxLayout(card)
    inner.setContentsMargins(36, 30, 36, 30)
    inner.addWidget(content)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    column = QVBoxLayout(outer)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return outer


def set_invalid(edit: QWidget, invalid: bool) -> None:
    """Mark a field red through the stylesheet's [invalid="true"] rule."""
    if edit.property("invalid") == invalid:
        return
    edit.setProperty("invalid", invalid)
    edit.style().unpolish(edit)
    edit.style().polish(edit)


def error_label() -> QLabel:
    widget = label("", "fieldError", wrap=True)
    widget.setVisible(False)
    return widget


def show_error(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit

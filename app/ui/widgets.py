"""Small building blocks shared by the shell's screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(text: str, name: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)   # text from a vault or a path is never markup
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


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window
    (a 200-character name or a deep vault path must not push the layout off screen).
    The full text stays available as the tooltip."""

    def __init__(self, text: str = "", name: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._mode = mode
        if name:
            self.setObjectName(name)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text or ""
        self.setToolTip(self._full)
        self.setAccessibleName(self._full)      # a screen reader reads the whole text, not "…"
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        QLabel.setText(self, self.fontMetrics().elidedText(self._full, self._mode, width))


def match_anywhere(combo: QComboBox) -> QComboBox:
    """Make a list of names searchable by typing any part of a name ("jour" finds "Centre
    de jour…"), ignoring case, instead of only its beginning."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer() or QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return combo

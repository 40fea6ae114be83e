"""A large number with its caption; clicking it lists the persons behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class Tile(QPushButton):
    opened = Signal(str)          # the tile's key

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(150, 96)
        self.number = QLabel("—")
        self.number.setStyleSheet("font-size: 26pt; font-weight: 600; color: #1f2933;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #3e4c59;")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6b7a; font-size: 8.5pt;")
        for label in (self.number, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setStyleSheet("Tile { background: #f5f7fa; border: 1px solid #d9e2ec; border-radius: 6px; "
                           "text-align: left; }"
                           "Tile:hover { border-color: #2b6cb0; }")
        self.clicked.connect(lambda: self.opened.emit(self.key))
        self._announce()

    def set_value(self, count: int, detail: str = "") -> None:
        self.number.setText(f"{count:,}".replace(",", "\u202f"))
        self.detail.setText(detail)
        self.setToolTip(self.tr("Click to list these persons"))
        self._announce()

    def _announce(self) -> None:
        """A screen reader reads the caption, the number and the detail of the tile as one button."""
        self.setAccessibleName(f"{self.caption.text()}: {self.number.text()}")
        self.setAccessibleDescription(" ".join(t for t in (self.detail.text(), self.toolTip()) if t))

    def sizeHint(self):  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return hint.expandedTo(self.layout().sizeHint())

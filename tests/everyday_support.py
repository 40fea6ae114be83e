"""Answering the modal boxes of a flow as the user would, by the button's text, and keeping
a picture of each box for the screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


class ModalAnswers:
    """Queue answers: each next modal box (QMessageBox or dialog) gets `act(box)` called on it.
    Keep the object in a variable while the boxes open (its timer goes with it)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.pending: list = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)

    def click(self, label: str, picture: str | None = None) -> ModalAnswers:
        def act(box) -> None:
            if picture:
                box.grab().save(str(SCREENSHOTS / picture))
            buttons = box.buttons() if isinstance(box, QMessageBox) else box.findChildren(QAbstractButton)
            [button] = [b for b in buttons if b.text().replace("&", "") == label and b.isVisible()]
            button.click()
        return self.then(act)

    def then(self, act) -> ModalAnswers:
        self.pending.append(act)
        self.timer.start()
        return self

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None or not isinstance(box, (QMessageBox, QDialog)) or not self.pending:
            return
        if not box.isVisible():
            return
        act = self.pending.pop(0)
        self.seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        if not self.pending:
            self.timer.stop()
        act(box)

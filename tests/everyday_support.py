"""Shared by the tests/test_everyday_*.py flows (issue 25): a signed-in main window at the
laptop size the issue was seen at, screenshots of the fixed flows in both languages, and the
modal boxes of a flow answered as the user would, by the button's text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from app.ui.main_window import MainWindow
from tests.ui_support import unlock

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def open_window(qtbot, vault_dir) -> MainWindow:
    """Use with the ui_env fixture (pytestmark usefixtures)."""
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    unlock(qtbot, win)
    assert not win.is_locked
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot(widget: QWidget, topic: str, language: str) -> Path:
    """docs/screenshots/everyday-<topic>-<language>.png, as the widget shows now."""
    settle()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"everyday-{topic}-{language}.png"
    assert widget.grab().save(str(path))
    return path


def in_language(window: MainWindow, language: str) -> None:
    window.change_language(language)
    settle()



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

"""Shared by the tests/test_everyday_*.py flows (issue 25): a signed-in main window at the
laptop size the issue was seen at, and screenshots of the fixed flows in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

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

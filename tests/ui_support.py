"""Fixtures shared by the GUI tests: isolated QSettings, synchronous tasks, registered shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.persons.records import PersonService
from app.ui import dialogs, features, i18n, style, tasks
from app.ui.registry import REGISTRY
from tests.conftest import PASSPHRASE, USER


@pytest.fixture
def ui_env(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("RELAIS_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    saved = (list(REGISTRY.person_tabs), list(REGISTRY.nav_pages), list(REGISTRY.actions), list(REGISTRY.status))
    features.register_all()
    style.apply(qapp)          # layouts are judged with the real stylesheet (padding, fonts)
    # Never block on a real message box (a window closed at teardown with changes would ask).
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: dialogs.DISCARD)
    yield
    REGISTRY.person_tabs[:], REGISTRY.nav_pages[:], REGISTRY.actions[:], REGISTRY.status[:] = saved
    i18n.install("en")
    qapp.setStyleSheet("")


class Answers:
    """Scripted answers to the "unsaved changes" question, and a count of how often it was asked."""

    def __init__(self, monkeypatch, answer: str) -> None:
        self.answer = answer
        self.asked = 0
        monkeypatch.setattr(dialogs, "ask_unsaved", self)

    def __call__(self, parent) -> str:
        self.asked += 1
        return self.answer


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    """A keyboard shortcut, as the user presses it in the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)


def unlock(qtbot, window, passphrase: str = PASSPHRASE, user: str = USER) -> None:
    page = window.unlock_page
    page.user.setCurrentText(user)
    page.passphrase.setText(passphrase)
    page.unlock()


def add_people(ws) -> dict[str, int]:
    service = PersonService(ws)
    return {
        "lukasz": service.create({"given_names": "Łukasz", "family_name": "Kowalski", "birth": "1979"}),
        "aicha": service.create({"given_names": "Aïcha", "family_name": "Benali", "alias": "Cha",
                                 "niss": "85073003328"}),
        "jan": service.create({"given_names": "Jan", "family_name": "Peeters", "status": "paused"}),
    }

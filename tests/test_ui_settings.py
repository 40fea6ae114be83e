"""Settings: language switch keeps the user's place, auto-lock delay, letterhead in the vault;
locking while a dialog is open closes the dialog too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app import texts
from app.services.shared.profile import get_letterhead
from app.services.shared.workspace import Workspace
from app.ui import settings
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE, USER
from tests.ui_support import add_people, ui_env, unlock  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def signed_in(qtbot, ui_env, vault_dir):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    people = add_people(ws)
    ws.lock()
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    unlock(qtbot, win)
    return win, people


@pytest.fixture
def window(signed_in):
    return signed_in[0]


def test_settings_saves_language_delay_and_letterhead(signed_in, monkeypatch):
    window, people = signed_in
    window.persons_page().open_person(people["aicha"])

    def choose(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.autolock.setCurrentIndex(dialog.autolock.findData(15))
        dialog.letterhead["organisation"].setText("Relais Bruxelles <asbl>")
        dialog.letterhead["signature"].setPlainText("A. Martin\nCase manager")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.open_settings()

    assert settings.get(settings.LANGUAGE) == "nl" and settings.autolock_minutes() == 15
    assert texts.current_language() == "nl"                       # core messages follow
    assert window.lock_action.text() == "Vergrendelen"
    page = window.persons_page()
    assert page.file is not None and page.file.person_id == people["aicha"]   # same place, new language
    assert page.file.tabs.tabText(0) == "Overzicht"
    letterhead = get_letterhead(window.ws)
    assert letterhead.organisation == "Relais Bruxelles <asbl>"
    assert letterhead.signature == "A. Martin\nCase manager"
    window.auto_lock("idle")
    assert "15" in window.unlock_page.reason.text() and "minuten" in window.unlock_page.reason.text()


def test_letterhead_is_read_only_while_locked(qtbot, ui_env, vault_dir):
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    assert not any(edit.isEnabled() for edit in dialog.letterhead.values())


def test_locking_with_a_dialog_open_closes_it_first(window, qtbot):
    dialog = SettingsDialog(window.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    window.auto_lock("screen")
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.cover            # content hidden at once
    qtbot.waitUntil(lambda: window.is_locked)
    assert window.stack.currentWidget() is window.unlock_page
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())

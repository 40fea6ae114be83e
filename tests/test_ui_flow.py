"""The desktop app from first run to lock and unlock, driven as a user would."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.ui import dialogs
from app.ui.main_window import MainWindow
from app.ui.persons.overview import OverviewTab
from tests.conftest import PASSPHRASE, USER
from tests.ui_support import Answers, add_people, press, ui_env, unlock  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def open_window(qtbot, folder) -> MainWindow:
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)   # shortcuts only reach the active window
    return window


def names_shown(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def overview_widgets_alive() -> int:
    return sum(isinstance(w, OverviewTab) for w in QApplication.allWidgets())


def test_create_find_edit_lock_unlock_keeps_the_edit(qtbot, ui_env, tmp_path):
    window = open_window(qtbot, tmp_path / "new" / "vault")
    form = window.first_run.form
    form.user.setText(USER)
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    assert not form.create_button.isEnabled()          # not confirmed yet
    qtbot.keyClicks(form.confirm, PASSPHRASE)
    assert form.create_button.isEnabled()
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)

    recovery = window.first_run.recovery
    key = recovery.key_label.text().replace("\n", "-")
    assert re.fullmatch(r"([A-Z0-9]{5}-){7}[A-Z0-9]{5}", key)
    assert not recovery.continue_button.isEnabled()    # the key must be acknowledged first
    recovery.stored.setChecked(True)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    ws = window.ws
    people = add_people(ws)

    page = window.persons_page()
    assert page.empty.isVisibleTo(page) and "New person" in page.empty.text()   # a new vault says how to start
    page.reload()
    assert not page.empty.isVisibleTo(page)
    press(qtbot, window, Qt.Key.Key_F)
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "lukasz")           # no diacritic typed, "Łukasz" found
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.person_id(0) == people["lukasz"]
    page.search.setText("lukasz 1980")                # every term must match: nobody
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisibleTo(page) and "Nobody matches" in page.empty.text()
    page.search.setText("kowalski 1979")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.file is not None and page.file.person_id == people["lukasz"]

    overview = page.file.tab("overview")
    qtbot.keyClicks(overview.editors["phone"], "0470 12 34 56")
    assert overview.has_unsaved_changes()

    press(qtbot, window, Qt.Key.Key_L)
    assert window.is_locked
    assert not ws.is_open                             # key dropped, vault closed
    assert window.stack.currentWidget() is window.unlock_page
    assert "saved before locking" in window.unlock_page.reason.text()
    qtbot.waitUntil(lambda: overview_widgets_alive() == 0)

    unlock(qtbot, window)
    assert not window.is_locked
    page = window.persons_page()
    assert page.file is not None and page.file.person_id == people["lukasz"]
    assert page.file.current_tab_key() == "overview"
    assert page.file.tab("overview").editors["phone"].text() == "0470 12 34 56"
    assert PersonService(window.ws).get(people["lukasz"]).values["phone"] == "0470 12 34 56"


def _window_with_invalid_email(qtbot, vault_dir):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    pid = add_people(ws)["jan"]
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window)
    window.persons_page().open_person(pid)
    overview = window.persons_page().file.tab("overview")
    qtbot.keyClicks(overview.editors["email"], "jan@")                # invalid: cannot be saved
    assert overview.errors["email"].isVisibleTo(overview)          # inline validation
    return window, pid


def test_an_invalid_draft_is_discarded_on_an_automatic_lock(qtbot, ui_env, vault_dir):
    """No draft outlives the key: an automatic lock saves what it can, drops the rest, says so."""
    window, pid = _window_with_invalid_email(qtbot, vault_dir)
    window.auto_lock("idle")
    assert window.is_locked
    assert "5 minutes" in window.unlock_page.reason.text()
    assert "discarded" in window.unlock_page.reason.text()
    assert not hasattr(window, "_drafts")
    qtbot.waitUntil(lambda: overview_widgets_alive() == 0)
    unlock(qtbot, window)
    overview = window.persons_page().file.tab("overview")             # the same place, no draft
    assert overview.editors["email"].text() == ""
    assert not overview.has_unsaved_changes()
    assert PersonService(window.ws).get(pid).values["email"] == ""


def test_locking_by_hand_asks_about_what_cannot_be_saved(qtbot, ui_env, vault_dir, monkeypatch):
    window, pid = _window_with_invalid_email(qtbot, vault_dir)
    answers = Answers(monkeypatch, dialogs.CANCEL)
    window.lock_now()
    assert answers.asked == 1 and not window.is_locked                # "stay here": not locked
    overview = window.persons_page().file.tab("overview")
    assert overview.editors["email"].text() == "jan@"
    answers.answer = dialogs.DISCARD
    window.lock_now()
    assert answers.asked == 2 and window.is_locked
    unlock(qtbot, window)
    overview = window.persons_page().file.tab("overview")
    assert overview.editors["email"].text() == "" and not overview.has_unsaved_changes()
    assert PersonService(window.ws).get(pid).values["email"] == ""


def test_wrong_passphrase_shows_the_error_stays_locked_and_slows_down(qtbot, ui_env, vault_dir):
    window = open_window(qtbot, vault_dir)
    page = window.unlock_page
    unlock(qtbot, window, passphrase="not the passphrase")
    assert window.is_locked
    assert page.error.isVisibleTo(page) and "Wrong passphrase" in page.error.text()
    assert page.unlock_button.isEnabled()                         # first failure: no wait
    unlock(qtbot, window, passphrase="still not it")
    assert window.is_locked and page.failures == 2
    assert page.waiting and not page.unlock_button.isEnabled()
    unlock(qtbot, window)                                          # ignored while waiting
    assert window.is_locked
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5000)
    unlock(qtbot, window)
    assert not window.is_locked


def test_closing_with_unsaved_changes_asks(qtbot, ui_env, vault_dir, monkeypatch):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    pid = add_people(ws)["aicha"]
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window)
    window.persons_page().open_person(pid)
    overview = window.persons_page().file.tab("overview")
    qtbot.keyClicks(overview.editors["gp_name"], "Dr Lambert")

    answers = Answers(monkeypatch, dialogs.CANCEL)
    assert not window.close()
    assert answers.asked == 1 and window.isVisible() and not window.is_locked
    assert overview.editors["gp_name"].text() == "Dr Lambert"

    answers.answer = dialogs.SAVE
    assert window.close()
    assert window.is_locked
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert PersonService(ws).get(pid).values["gp_name"] == "Dr Lambert"
    ws.lock()


def test_leaving_a_person_with_unsaved_changes_asks_and_can_discard(qtbot, ui_env, vault_dir, monkeypatch):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    people = add_people(ws)
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window)
    page = window.persons_page()
    page.open_person(people["jan"])
    qtbot.keyClicks(page.file.tab("overview").editors["family_name"], "s")

    answers = Answers(monkeypatch, dialogs.CANCEL)
    assert not page.open_person(people["lukasz"])
    assert page.file.person_id == people["jan"]
    answers.answer = dialogs.DISCARD
    assert page.back_to_list()
    assert answers.asked == 2 and page.file is None
    assert PersonService(window.ws).get(people["jan"]).values["family_name"] == "Peeters"


def test_status_filter_and_new_person(qtbot, ui_env, vault_dir, monkeypatch):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    add_people(ws)
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window)
    page = window.persons_page()
    assert page.model.rowCount() == 2                     # active persons by default
    page.status.setCurrentIndex(page.status.findData("paused"))
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Jan Peeters"]
    page.status.setCurrentIndex(page.status.findData(""))
    assert page.model.rowCount() == 3
    for typed in ("85.07.30-033.28", "cha", "benali"):     # NISS in any format, alias, family name
        page.search.setText(typed)
        page.apply_filter()
        assert names_shown(page) == ["Aïcha Benali (Cha)"], typed
    page.search.clear()
    page.apply_filter()

    from app.ui.persons.new_person import NewPersonDialog

    def fill_and_accept(dialog: NewPersonDialog) -> int:
        dialog.alias.setText("Zazou")
        dialog.birth.setText("2090")
        assert not dialog.create_button.isEnabled() and dialog.birth_error.text()   # future year
        dialog.birth.setText("1990")
        dialog.create_person()
        return dialog.result()

    monkeypatch.setattr(NewPersonDialog, "exec", fill_and_accept)
    press(qtbot, window, Qt.Key.Key_N)
    assert page.file is not None and page.file.name.text() == "Zazou"
    assert page.model.total() == 4


def test_header_shows_the_flags(qtbot, ui_env, vault_dir):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    service = PersonService(ws)
    pid = service.create({"given_names": "Mira", "housing": "no_fixed_address", "insurance": "none"})
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window)
    window.persons_page().open_person(pid)
    assert window.persons_page().file.flags() == ["no_niss", "no_fixed_address", "no_insurance", "consent_missing"]


def test_a_peer_worker_sees_the_overview_read_only(qtbot, ui_env, vault_dir):
    from tests.conftest import add_user

    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    pid = add_people(ws)["jan"]
    add_user(ws, "pieter", "peer_worker")
    ws.lock()
    window = open_window(qtbot, vault_dir)
    unlock(qtbot, window, user="pieter")
    assert window.ws.user.role == "peer_worker"
    window.persons_page().open_person(pid)
    overview = window.persons_page().file.tab("overview")
    assert not any(editor.isEnabled() for editor in overview.editors.values())
    assert not overview.save_button.isVisibleTo(overview)
    assert window.new_person_action.isVisible()          # peer workers may register a person


def test_the_recovery_sheet_is_saved_where_the_user_chooses(qtbot, ui_env, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, tmp_path / "new" / "vault")
    form = window.first_run.form
    form.passphrase.setText(PASSPHRASE)
    form.confirm.setText(PASSPHRASE)
    form.create_requested.emit()
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.first_run.recovery.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    window.close()                                     # closing before "Continue" locks the new vault
    assert window.first_run is None or window.first_run._workspace is None
    ws = Workspace.open(tmp_path / "new" / "vault", form.user.text(), PASSPHRASE)
    ws.lock()


def test_a_very_long_name_and_path_do_not_widen_the_window(qtbot, ui_env, tmp_path):
    folder = tmp_path / ("très-long-dossier-" * 12) / "vault"
    ws, _ = Workspace.create(folder, USER, PASSPHRASE)
    pid = PersonService(ws).create({"given_names": "Ŝ" * 200, "family_name": "<b>Долгорукова</b>" * 10})
    ws.lock()
    window = open_window(qtbot, folder)
    unlock(qtbot, window)
    window.persons_page().open_person(pid)
    QApplication.processEvents()
    assert window.width() == 1280
    name = window.persons_page().file.name
    assert name.full_text().startswith("Ŝ" * 200) and name.text().endswith("…")
    assert window.minimumSizeHint().width() <= 1280
    assert name.textFormat() == Qt.TextFormat.PlainText           # "<b>" shows as typed, not bold
    assert window.vault_label.text().endswith("vault") and "…" in window.vault_label.text()

"""The Backup action and the daily backup, driven offscreen as a user would."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.persons.records import PersonService
from app.ui import tasks
from app.ui.registry import REGISTRY

pytestmark = pytest.mark.gui


class Window(QWidget):
    def __init__(self, ws):
        super().__init__()
        self.ws = ws


@pytest.fixture
def window(qtbot, ws, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    w = Window(ws)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(("info", title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(("warning", title, text)))
    return shown


def test_register_adds_the_backup_action_with_its_shortcut():
    from app.ui.backup import register

    register()
    spec = next(a for a in REGISTRY.actions if a.key == "backup")
    assert spec.shortcut == "Ctrl+Shift+B"
    assert spec.title() == "Back up…"


def test_backup_action_writes_an_encrypted_backup_in_the_chosen_folder(window, boxes, tmp_path, monkeypatch):
    from app.ui.backup.action import BackupAction

    PersonService(window.ws).create({"alias": "Mimi"})
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    BackupAction(window, window.ws, choose_folder=lambda *a: str(usb)).run()
    written = list(usb.iterdir())
    assert len(written) == 1 and written[0].suffix == ".relaisbackup"
    assert b"Mimi" not in written[0].read_bytes()
    assert boxes[0][0] == "info" and str(written[0]) in boxes[0][2]
    assert QSettings().value("backup/last_folder") == str(usb)


def test_cancelling_the_folder_choice_writes_nothing(window, boxes, tmp_path):
    from app.ui.backup.action import BackupAction

    BackupAction(window, window.ws, choose_folder=lambda *a: "").run()
    assert boxes == []


def test_a_full_stick_gives_one_clear_warning_and_no_file(window, boxes, tmp_path, monkeypatch):
    from app.ui.backup.action import BackupAction

    usb = tmp_path / "usb"
    usb.mkdir()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("app.store.backup.os.replace", full)
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    BackupAction(window, window.ws, choose_folder=lambda *a: str(usb)).run()
    assert [b[0] for b in boxes] == ["warning"]
    assert "disk is full" in boxes[0][2] and "Nothing was lost" in boxes[0][2]
    assert list(usb.iterdir()) == []


def test_backup_runs_off_the_ui_thread(window, boxes, tmp_path, qtbot):
    from app.ui.backup.action import BackupAction

    usb = tmp_path / "usb"
    usb.mkdir()
    BackupAction(window, window.ws, choose_folder=lambda *a: str(usb)).run()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    assert boxes[0][0] == "info"
    assert len(list(usb.iterdir())) == 1


def test_daily_backup_after_unlock(window, boxes, monkeypatch):
    from app.services.backup.backups import daily_backup_folder
    from app.ui.backup import start_daily_backup

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    results = []
    start_daily_backup(window, window.ws, on_done=results.append)
    start_daily_backup(window, window.ws, on_done=results.append)
    assert results[0].written is not None and results[1].written is None  # once a day
    assert len(list(daily_backup_folder(window.ws).iterdir())) == 1
    assert boxes == []

"""Help > About shows what `relais --version` prints, with the Qt actually loaded; and the hidden
start-up switch the packaged bundle's smoke test uses."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest
from PySide6.QtCore import qVersion

from app import version
from app.ui import app as ui_app
from app.ui.about import AboutDialog
from app.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


def test_help_about_shows_version_build_qt_sqlcipher_and_python(qtbot, ui_env, tmp_path):
    window = MainWindow(tmp_path / "new" / "vault")       # the first-run screen: no one signed in
    qtbot.addWidget(window)
    window.show()
    assert window.help_menu.menuAction().isVisible()
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert f"Relais {version.version()}" in text
    assert f"Qt: {qVersion()}" in text
    assert "SQLCipher: " + version.sqlcipher_version() in text
    assert f"Python: {platform.python_version()}" in text
    assert "Build: none (run from source)" in text
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)     # deleted on close


def test_about_dialog_shows_a_bundles_build_date(qtbot, ui_env, monkeypatch):
    monkeypatch.setattr(version, "build_date", lambda: "2026-11-30 10:00 UTC")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.values["Build"].text() == "2026-11-30 10:00 UTC"


def test_the_switch_prints_the_marker_closes_the_window_and_quits_once_shown(qtbot, ui_env, tmp_path,
                                                                            monkeypatch, capfd):
    # The real event loop is not run here: after QApplication.exec() has returned once, later
    # tests' windows no longer become active (see the subprocess test below for the whole path).
    quits = []

    class App:
        @staticmethod
        def quit():
            quits.append(True)

    monkeypatch.setattr(ui_app, "qapp", lambda: App)
    window = MainWindow(tmp_path / "new" / "vault")
    qtbot.addWidget(window)
    ui_app._QuitWhenShown(window)
    assert not quits
    window.show()
    qtbot.waitUntil(lambda: bool(quits))
    assert quits == [True]
    assert not window.isVisible()
    assert capfd.readouterr().out.splitlines() == [ui_app.SHOWN_MARKER]


def test_main_without_arguments_opens_the_app_and_the_switch_closes_it(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ui_app.SMOKE_QUIT_AFTER_SHOWN: "1",
           "RELAIS_SETTINGS": str(tmp_path / "settings.ini"), "RELAIS_DEFAULT_VAULT": str(tmp_path / "vault")}
    done = subprocess.run([sys.executable, str(REPO / "main.py")], capture_output=True, text=True, cwd=REPO,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == ui_app.SHOWN_MARKER

"""Starting the desktop app: the application object, look, language, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.paths import default_vault_dir
from app.ui import features, i18n, settings, style
from app.ui.main_window import MainWindow


def application() -> QApplication:
    """The one QApplication, created with Relais's look and language."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Relais")
    app.setOrganizationName("Relais")
    app.setApplicationDisplayName("Relais")
    style.apply(app)
    i18n.install(settings.ui_language())
    return app


def vault_folder(chosen: Path | str | None) -> Path:
    """--vault first, then the default vault chosen in Settings, then the user data folder."""
    if chosen:
        return Path(chosen).expanduser()
    configured = settings.get(settings.DEFAULT_VAULT)
    return Path(configured).expanduser() if configured else default_vault_dir()


def run_app(vault_dir: Path | str | None = None) -> int:
    app = application()
    features.register_all()
    window = MainWindow(vault_folder(vault_dir))
    window.show()
    return app.exec()

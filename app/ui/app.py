"""Starting the desktop app: the application object, look, language, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import ICONS, default_vault_dir
from app.ui import features, i18n, settings, style
from app.ui.instance import qapp
from app.ui.main_window import MainWindow


def application() -> QApplication:
    """The one QApplication, created with Relais's look and language."""
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        QApplication(sys.argv[:1])
    app = qapp()
    app.setApplicationName("Relais")
    app.setOrganizationName("Relais")
    app.setApplicationDisplayName("Relais")
    app.setDesktopFileName("relais")     # matches relais.desktop (the taskbar finds the icon)
    app.setWindowIcon(app_icon())
    style.apply(app)
    i18n.install(settings.ui_language())
    return app


def vault_folder(chosen: Path | str | None) -> Path:
    """--vault first, then the default vault chosen in Settings, then the user data folder."""
    if chosen:
        return Path(chosen).expanduser()
    configured = settings.get(settings.DEFAULT_VAULT)
    return Path(configured).expanduser() if configured else default_vault_dir()


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(ICONS.glob("relais-*.png")):
        icon.addFile(str(png))
    return icon


# Hidden, for the packaged bundle's smoke test (tools/smoke_bundle.sh) and start-up timing:
# quit with status 0 once the first window has been shown, after printing SHOWN_MARKER.
SMOKE_QUIT_AFTER_SHOWN = "RELAIS_SMOKE_QUIT_AFTER_SHOWN"
SHOWN_MARKER = "relais: first window shown"


class _QuitWhenShown(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)     # once the event loop has painted it
        return False

    def _quit(self) -> None:
        print(SHOWN_MARKER, flush=True)
        self.window.close()
        qapp().quit()


def run_app(vault_dir: Path | str | None = None) -> int:
    app = application()
    features.register_all()
    window = MainWindow(vault_folder(vault_dir))
    if os.environ.get(SMOKE_QUIT_AFTER_SHOWN) == "1":
        _QuitWhenShown(window)
    window.show()
    return app.exec()

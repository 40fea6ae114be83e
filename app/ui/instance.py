"""The running QApplication, typed as such.

Qt types `QApplication.instance()` as an optional QCoreApplication; every caller in the
interface runs inside the QApplication that app.ui.app.application() (or the test's qapp)
created, so a missing or core-only instance is a programming error, said once here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def qapp() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the Relais interface needs a QApplication")
    return app

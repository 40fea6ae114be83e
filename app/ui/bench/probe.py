"""The benchmark's child process: start Relais offscreen on a ready vault and report.

    python -m app.ui.bench.probe VAULT USER   (passphrase on stdin)

Prints READY the moment the main window has been shown and the event loop has run once
(the parent times process start to that line), then one JSON line with the peak memory
after the full person list is loaded, as the app holds it. Until the shell's
app.ui.main_window.MainWindow exists, startup is reported as not measured, with the reason.
"""

from __future__ import annotations

import json
import resource
import sys


def main(folder: str, user: str) -> int:
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.services.persons import PersonService
    from app.services.workspace import Workspace

    ws = Workspace.open(folder, user, passphrase)
    report: dict = {"window": False}
    window = _main_window(ws, report)
    if window is not None:
        window.show()

        def ready() -> None:
            print("READY", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
        app.exec()
        report["window"] = True
    service = PersonService(ws)
    rows = service.rows()
    service.search_ids("a")
    report["rows"] = len(rows)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if window is None:
        report["peak_rss_mb_note"] = "without the main window"
    print(json.dumps(report), flush=True)
    ws.lock()
    return 0


def _main_window(ws, report: dict):
    try:
        from app.ui.main_window import MainWindow
    except ModuleNotFoundError:
        report["note"] = "app.ui.main_window is absent in this build"
        return None
    try:
        import app.ui.features as features  # registers every feature's tabs, pages and actions
        getattr(features, "register_all", lambda: None)()
    except ModuleNotFoundError:
        pass
    return MainWindow(ws)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

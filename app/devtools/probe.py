"""The benchmark's child process: start Relais offscreen on a ready vault and report.

    python -m app.devtools.probe VAULT USER [--throwaway-vault]   (passphrase on stdin)

--throwaway-vault (given by the benchmark, whose vault uses cheap Argon2id parameters) allows
those parameters in this process; without it the probe opens a vault as the app does.

Prints READY the moment the main window has been shown and the event loop has run once
(the parent times process start to that line), then one JSON line with the peak memory
after the full person list is loaded, as the app holds it.
"""

from __future__ import annotations

import json
import resource
import sys


def main(folder: str, user: str, throwaway: bool = False) -> int:
    passphrase = sys.stdin.readline().rstrip("\n")
    if throwaway:
        from app.store.keyslots import allow_insecure_test_kdf

        allow_insecure_test_kdf()
    from PySide6.QtCore import QTimer

    from app.services.persons.records import PersonService
    from app.services.shared.workspace import Workspace
    from app.ui import settings
    from app.ui.app import application

    app = application()  # the real look and language, as run_app builds them
    settings.put(settings.DAILY_BACKUP, 0)  # its own settings file: measure start-up alone
    ws = Workspace.open(folder, user, passphrase)
    report: dict = {"window": False}
    window = _main_window(folder, ws)
    window.show()

    def ready() -> None:
        print("READY", flush=True)
        # Memory as the app holds it: the whole person list loaded, a search done.
        service = PersonService(ws)
        report["rows"] = len(service.rows())
        service.search_ids("a")
        report["peak_rss_mb"] = peak_rss_mb()
        report["window"] = True
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    print(json.dumps(report), flush=True)
    window.close()
    window.deleteLater()
    if ws.is_open:
        ws.lock()
    return 0


def peak_rss_mb() -> float:
    """This process's own peak memory. Linux carries ru_maxrss across exec, so a child started
    by a large parent would report the parent's peak; VmHWM belongs to this process alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _main_window(folder: str, ws):
    """The real main window, signed in as after the unlock screen: the person list showing."""
    from pathlib import Path

    from app.ui import features
    from app.ui.main_window import MainWindow

    features.register_all()
    window = MainWindow(Path(folder))
    window.signed_in(ws)
    return window


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], throwaway="--throwaway-vault" in sys.argv[3:]))

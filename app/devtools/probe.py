"""The benchmark's child process: start Relais offscreen on a ready vault and report.

    python -m app.devtools.probe VAULT USER [--throwaway-vault]   (passphrase on stdin)

--throwaway-vault (given by the benchmark, whose vault uses cheap Argon2id parameters) allows
those parameters in this process; without it the probe opens a vault as the app does.

Prints READY the moment the main window has been shown and the event loop has run once
(the parent times process start to that line). Then, under an event-loop watchdog, the person
list is reloaded (as after a sync), scrolled page by page to its end and back, and sorted by
name the other way; the longest the UI thread was blocked meanwhile is reported, with the peak
memory afterwards, as one JSON line.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Iterator

# The watchdog's timer interval: a tick later than this by more than the interval means the
# event loop could not run for that long (a click or a repaint would have waited as much).
WATCHDOG_MS = 5
SCROLL_STEPS = 40           # pages scrolled down, one every STEP_MS, as a user drags the bar
STEP_MS = 15


class Watchdog:
    """Longest UI-thread block: a precise 5 ms timer; each tick's lateness is a block.

    On a shared machine a process that is merely waiting for a processor looks blocked too, so
    the UI thread's own processor time between two ticks is kept as well (`longest_cpu_ms`):
    what the code itself held the thread for, whatever the load."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(WATCHDOG_MS)
        self.timer.timeout.connect(self._tick)
        self.longest_ms = self.longest_cpu_ms = 0.0
        self._last = self._last_cpu = 0.0

    def start(self) -> None:
        self.longest_ms = self.longest_cpu_ms = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - WATCHDOG_MS)
        self.longest_cpu_ms = max(self.longest_cpu_ms, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return round(max(self.longest_ms, 0.0), 1)


def main(folder: str, user: str, throwaway: bool = False) -> int:
    passphrase = sys.stdin.readline().rstrip("\n")
    if throwaway:
        from app.store.keyslots import allow_insecure_test_kdf

        allow_insecure_test_kdf()
    from PySide6.QtCore import QTimer

    from app.services.shared.workspace import Workspace
    from app.ui import settings
    from app.ui.app import application

    app = application()  # the real look and language, as run_app builds them
    settings.put(settings.DAILY_BACKUP, 0)  # its own settings file: measure start-up alone
    ws = Workspace.open(folder, user, passphrase)
    report: dict = {"window": False}
    window = _main_window(folder, ws)
    window.show()
    watchdog = Watchdog()

    def ready() -> None:
        print("READY", flush=True)
        report["window"] = True
        page = window.persons_page()
        watchdog.start()
        _run_steps(_list_scenario(page, report, watchdog), finished)

    def finished() -> None:
        report["peak_rss_mb"] = peak_rss_mb()
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()
    print(json.dumps(report), flush=True)
    window.close()
    window.deleteLater()
    if ws.is_open:
        ws.lock()
    return 0


def _list_scenario(page, report: dict, watchdog: Watchdog) -> Iterator[int]:
    """Steps of the list's use; each yields how long to let the event loop run before the next."""
    started = time.perf_counter()
    page.reload()
    while _loading(page):
        yield 5
    report["list_loaded_ms"] = round((time.perf_counter() - started) * 1000, 1)
    table = page.table
    bar = table.verticalScrollBar()
    for step in range(SCROLL_STEPS):
        bar.setValue(min(bar.maximum(), step * max(bar.pageStep(), 1)))
        table.viewport().repaint()      # draw now, as the screen would: the rows are fetched
        yield STEP_MS
    for value in (bar.maximum(), bar.maximum() // 2, 0):
        bar.setValue(value)
        table.viewport().repaint()
        yield STEP_MS
    report["rows"] = page.model.rowCount()
    report["longest_ui_block_ms"] = watchdog.stop()
    report["longest_ui_block_cpu_ms"] = round(watchdog.longest_cpu_ms, 1)
    watchdog.start()
    from PySide6.QtCore import Qt

    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    yield STEP_MS
    while _loading(page):
        yield 5
    table.viewport().repaint()
    yield STEP_MS
    report["sort_ui_block_ms"] = watchdog.stop()
    yield from _backup_in_use(page, report, watchdog)


def _backup_in_use(page, report: dict, watchdog: Watchdog) -> Iterator[int]:
    """One backup (the app's Backup action, in a background task) while the list is scrolled
    and a person is written every 50 ms: the longest UI block, the backup's duration and the
    longest wait of those writes."""
    import tempfile
    from pathlib import Path

    from app.services.backup.backups import backup_to_folder
    from app.services.persons.records import PersonService
    from app.ui.tasks import run_task

    out = Path(tempfile.mkdtemp(prefix="relais-probe-backup-"))
    done: list[float] = []
    started = time.perf_counter()
    watchdog.start()
    run_task(page, lambda _ctx: backup_to_folder(page.ws, out), quiet=True,
             on_success=lambda _path: done.append(time.perf_counter() - started))
    service, person = PersonService(page.ws), page.model.person_id(0) if page.model.rowCount() else None
    bar, writes, step = page.table.verticalScrollBar(), [], 0
    while not done and time.perf_counter() - started < 600:
        step += 1
        bar.setValue((step * max(bar.pageStep(), 1)) % max(bar.maximum(), 1))
        page.table.viewport().repaint()
        if person is not None and step % 3 == 0:
            began = time.perf_counter()
            service.update(person, {"usual_whereabouts": f"probe {step}"})
            writes.append((time.perf_counter() - began) * 1000)
        yield STEP_MS
    report["backup_ui_block_ms"] = watchdog.stop()
    report["backup_in_use_s"] = round(done[0], 2) if done else None
    report["backup_longest_write_ms"] = round(max(writes), 1) if writes else None
    for file in out.iterdir():
        file.unlink()
    out.rmdir()


def _loading(page) -> bool:
    loading = getattr(page, "loading", None)
    return bool(loading()) if callable(loading) else False


def _run_steps(steps: Iterator[int], done: Callable[[], None]) -> None:
    from PySide6.QtCore import QTimer

    def next_step() -> None:
        try:
            delay = next(steps)
        except StopIteration:
            done()
            return
        QTimer.singleShot(delay, next_step)

    next_step()


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

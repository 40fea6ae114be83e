"""One helper for long work, after Anki's CollectionOp and Picard's thread helper.

    run_task(parent, work, on_success=..., on_failure=..., label=tr("Exporting…"))

`work(ctx)` runs on a QThreadPool thread and must not touch widgets; it reports with
ctx.progress(done, total) and stops early when ctx.cancelled is true. It opens its own
database sessions (one SQLAlchemy Session per unit of work, never shared across threads).
The callbacks run on the UI thread. A progress dialog with Cancel appears only when the
work lasts more than 600 ms, so short tasks never flicker.

Without `on_failure`, a failure is never silent: `report_failure` shows the service's
message (a RelaisError) or a generic sentence (anything else, whose traceback is logged) in a
warning box, in production as in tests (Anki's ops fall back to showWarning).

Tests set `tasks.SYNCHRONOUS = True` to run work immediately (Picard's FakeThreadPool); the
failure path is then the same as with threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import RelaisError

SYNCHRONOUS = False
PROGRESS_DELAY_MS = 600

_log = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str:
    """One sentence for the user: the service's own message, never a traceback."""
    if isinstance(exc, RelaisError):
        return exc.message()
    return QCoreApplication.translate("Tasks", "The operation failed; nothing more was changed. "
                                               "The details are in the log.")


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default failure handler of run_task: log what is unexpected, show one warning box."""
    if not isinstance(exc, RelaisError):
        _log.error("Task failed", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("Tasks", "Operation failed"), failure_text(exc))


class TaskContext:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(int(done), int(total))


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], ctx: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self.work, self.ctx, self.signals = work, ctx, signals

    def run(self) -> None:
        try:
            result = self.work(self.ctx)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread's on_failure
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskHandle:
    def __init__(self, ctx: TaskContext) -> None:
        self.ctx = ctx

    def cancel(self) -> None:
        self.ctx.cancel()


_live: set[_Signals] = set()  # keep signal objects alive until their task ends


def run_task(parent: QWidget | None, work: Callable[[TaskContext], Any], *,
             on_success: Callable[[Any], object] | None = None,
             on_failure: Callable[[BaseException], object] | None = None,
             label: str = "", cancellable: bool = True, quiet: bool = False) -> TaskHandle:
    """`quiet`: background work whose progress shows elsewhere (the team status line): no
    progress dialog, however long it takes."""
    signals = _Signals()
    ctx = TaskContext(signals)
    handle = TaskHandle(ctx)

    if SYNCHRONOUS:
        try:
            result = work(ctx)
        except BaseException as exc:  # noqa: BLE001
            (on_failure or (lambda e: report_failure(parent, e)))(exc)
        else:
            if on_success:
                on_success(result)
        return handle

    dialog: list[QProgressDialog] = []

    def show_dialog() -> None:
        if signals not in _live:
            return
        box = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel") if cancellable else "", 0, 0, parent)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        if not cancellable:
            box.setCancelButton(None)
        box.canceled.connect(ctx.cancel)
        box.show()
        dialog.append(box)

    def on_progress(done: int, total: int) -> None:
        if dialog:
            dialog[0].setMaximum(max(total, 0))
            dialog[0].setValue(min(done, total) if total else 0)

    def finish() -> None:
        _live.discard(signals)
        timer.stop()
        if dialog:
            dialog[0].reset()
            dialog[0].deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        if on_success:
            on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        (on_failure or (lambda e: report_failure(parent, e)))(exc)

    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(show_dialog)
    signals.succeeded.connect(succeeded)
    signals.failed.connect(failed)
    signals.progress.connect(on_progress)
    _live.add(signals)
    if not quiet:
        timer.start(PROGRESS_DELAY_MS)
    QThreadPool.globalInstance().start(_Runnable(work, ctx, signals))
    return handle

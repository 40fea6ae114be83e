"""One interactive session per vault: an exclusive OS lock on `relais.lock`.

The lock is released by the OS when the process dies, so a crash never leaves a stale
lock behind. A second process gets VaultBusy, never a corrupted file. Backups do not take
this lock: they read through SQLite's own WAL reader locks, so they work while the app is open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import VaultBusy

LOCK_NAME = "relais.lock"


class VaultLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            raise VaultBusy(path=str(self.path.parent)) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock_fd(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

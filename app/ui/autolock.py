"""When to lock: after inactivity, when the machine sleeps or the screen locks, on demand.

The idle deadline is measured on the wall clock and checked by a coarse one-second timer.
On Linux the monotonic clock (and so QTimer and QElapsedTimer) stops while the machine is
suspended: an idle timer based on it wakes up with minutes still "to go" and the vault stays
open on a laptop that slept in a bag. Comparing wall-clock readings catches the sleep on every
platform, even where no suspend notification exists; a jump larger than SLEEP_GAP_S locks.
Where the platform reports it (logind's PrepareForSleep, the freedesktop/GNOME screensaver
ActiveChanged, Qt's ApplicationSuspended state) Relais locks before the machine sleeps.
"""

from __future__ import annotations

import time

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot

from app.ui.instance import qapp

TICK_MS = 1000
SLEEP_GAP_S = 30.0

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class AutoLock(QObject):
    """Emits lock_requested(reason) with reason "idle", "sleep" or "screen"."""

    lock_requested = Signal(str)

    def __init__(self, minutes: int, parent: QObject | None = None, clock=time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self._delay_s = minutes * 60.0
        self._armed = False
        self._last_activity = clock()
        self._last_tick = clock()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        app = qapp()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_application_state)
        self._connect_platform_signals()

    # -- control ------------------------------------------------------------------------
    def arm(self) -> None:
        """Start watching (after unlock)."""
        self._armed = True
        self._last_activity = self._last_tick = self._clock()
        self._timer.start(TICK_MS)

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self._delay_s = minutes * 60.0

    @property
    def armed(self) -> bool:
        return self._armed

    def seconds_left(self) -> float:
        return max(0.0, self._delay_s - (self._clock() - self._last_activity))

    # -- watching -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._armed and event.type() in _ACTIVITY:
            self._last_activity = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        if not self._armed:
            return
        now = self._clock()
        slept = now - self._last_tick > SLEEP_GAP_S
        self._last_tick = now
        if slept:
            self._fire("sleep")
        elif now - self._last_activity >= self._delay_s:
            self._fire("idle")

    def _fire(self, reason: str) -> None:
        if self._armed:
            self.disarm()
            self.lock_requested.emit(reason)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire("sleep")

    # -- platform notifications (Linux desktop sessions; absent elsewhere, harmlessly) -----
    def _connect_platform_signals(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus: the wall-clock check still works
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected():
            # PySide6's stubs want the slot as bytes; at run time SLOT() gives the str Qt expects.
            system.connect("org.freedesktop.login1", "/org/freedesktop/login1",  # type: ignore[call-overload]
                           "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                           SLOT("_prepare_for_sleep(bool)"))
        if session.isConnected():
            for service, path, interface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                session.connect(service, path, interface, "ActiveChanged", self,  # type: ignore[call-overload]
                                SLOT("_screensaver_active(bool)"))

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._fire("sleep")

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self._fire("screen")

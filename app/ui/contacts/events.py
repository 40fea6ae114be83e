"""One signal for "contacts changed", so the list, the person tab and the header refresh
whichever window saved the contact."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _ContactEvents(QObject):
    changed = Signal()


_events: _ContactEvents | None = None


def contact_events() -> _ContactEvents:
    global _events
    if _events is None:
        _events = _ContactEvents()
    return _events

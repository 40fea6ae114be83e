"""One app-wide "records changed" signal (Anki's operation_did_execute).

After an operation changes records, its view calls

    events.records_changed({events.CONTACTS}, person_id=7)

and every view that shows those records listens with

    events.listen(self, {events.CONTACTS, events.CAREPLAN}, self._records_changed)

so the follow-ups page, the dashboard, the person list and the person header refresh after a
change made anywhere, without knowing who made it. The hub lives as long as the application;
a listener is disconnected when its receiver is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

PERSONS = "persons"          # identity, status, birth, erasure
CONTACTS = "contacts"
CAREPLAN = "careplan"
CANSAS = "cansas"
NETWORK = "network"
BILAN = "bilan"
REFERRALS = "referrals"
PARTNERS = "partners"
DOCUMENTS = "documents"
USERS = "users"
ALL = frozenset({PERSONS, CONTACTS, CAREPLAN, CANSAS, NETWORK, BILAN, REFERRALS, PARTNERS, DOCUMENTS, USERS})
# What the person header and the person list show (name, status, flags, last contact).
PERSON_HEADER = frozenset({PERSONS, CONTACTS, CAREPLAN, CANSAS, NETWORK, REFERRALS})


@dataclass(frozen=True)
class Change:
    kinds: frozenset[str]
    person_id: int | None = None      # None: several persons or none in particular

    def concerns(self, person_id: int) -> bool:
        return self.person_id is None or self.person_id == person_id


class RecordsHub(QObject):
    records_changed = Signal(object)   # a Change


_hub: RecordsHub | None = None


def hub() -> RecordsHub:
    global _hub
    if _hub is None:
        _hub = RecordsHub()
    return _hub


def records_changed(kinds: Iterable[str], person_id: int | None = None) -> None:
    """Say, once per operation, which kinds of records changed (and for whom)."""
    kinds = frozenset(kinds)
    unknown = kinds - ALL
    if unknown:
        raise ValueError(f"unknown record kinds: {sorted(unknown)}")
    hub().records_changed.emit(Change(kinds, person_id))


class _Listener(QObject):
    """Owned by the receiver, so the connection ends when the receiver is destroyed."""

    def __init__(self, receiver: QObject, kinds: frozenset[str], callback: Callable[[Change], object]) -> None:
        super().__init__(receiver)
        self.kinds, self.callback = kinds, callback
        hub().records_changed.connect(self.deliver)

    def deliver(self, change: Change) -> None:
        if change.kinds & self.kinds:
            self.callback(change)


def listen(receiver: QObject, kinds: Iterable[str], callback: Callable[[Change], object]) -> None:
    _Listener(receiver, frozenset(kinds), callback)

"""The shell's parts on their own: list model, auto-lock clock, unlock delay, strength meter."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.services.persons.records import PersonRow
from app.ui import i18n
from app.ui.autolock import SLEEP_GAP_S, AutoLock
from app.ui.passphrase import strength
from app.ui.persons.list_model import AGE, ID_ROLE, LAST_CONTACT, NAME, STATUS, PersonTableModel
from app.ui.unlock import unlock_delay

pytestmark = pytest.mark.gui


def row(pid: int, name: str, year: int | None, status: str = "active", last: datetime | None = None) -> PersonRow:
    return PersonRow(pid, name, year, None, status, "", last, None)


def names(model: PersonTableModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_model_sorts_its_rows_with_unknown_keys_last(qapp):
    model = PersonTableModel()
    model.set_rows([
        row(1, "Émile Dubois", 1950), row(2, "anna Claes", None, "paused"), row(3, "Zoë Maes", 2000),
        row(4, "Bram Peeters", 1980, "closed", datetime(2026, 3, 1)),
    ])
    assert names(model) == ["anna Claes", "Bram Peeters", "Émile Dubois", "Zoë Maes"]   # folded order
    model.sort(AGE, Qt.SortOrder.AscendingOrder)
    assert names(model)[-1] == "anna Claes"           # unknown age last
    model.sort(AGE, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Émile Dubois", "Bram Peeters", "Zoë Maes", "anna Claes"]
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, STATUS).data() for r in range(4)] == ["Active", "Active", "Paused", "Closed"]
    i18n.install("fr")
    try:
        assert model.index(model.row_of(4), LAST_CONTACT).data() == "01/03/2026"   # Belgian order
    finally:
        i18n.install("en")
    assert model.total() == 4 and model.person_id(3) == 4 and model.index(3, NAME).data(ID_ROLE) == 4


def test_a_lazy_model_fetches_a_page_of_rows_when_first_drawn(qapp):
    fetched: list[list[int]] = []
    rows = {i: row(i, f"Person {i:05d}", 1950 + i % 60) for i in range(20000)}

    def fetch(ids: list[int]) -> list[PersonRow]:
        fetched.append(ids)
        return [rows[i] for i in ids if i in rows]

    model = PersonTableModel()
    model.set_source(list(range(19999, -1, -1)), fetch, page=100)
    assert model.rowCount() == 20000 and not fetched              # ids only, no row yet
    assert model.index(150, NAME).data() == "Person 19849"
    assert fetched == [list(range(19899, 19799, -1))]            # the page holding row 150
    model.index(199, AGE).data()
    assert len(fetched) == 1                                      # the same page, kept
    del rows[0]                                                   # erased meanwhile
    assert model.index(19999, NAME).data() is None and model.person_id(19999) == 0
    model.forget([19849])
    assert model.index(150, NAME).data() == "Person 19849" and fetched[-1] == [19849]
    sorts: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, descending: sorts.append((key, descending)))
    model.sort(AGE, Qt.SortOrder.DescendingOrder)                 # a lazy list asks its owner
    assert sorts == [("age", True)] and model.sort_order() == ("age", True)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_autolock_fires_after_the_idle_delay_and_activity_postpones_it(qapp, qtbot):
    clock = Clock()
    lock = AutoLock(5, clock=clock)
    fired: list[str] = []
    lock.lock_requested.connect(fired.append)
    lock.arm()
    for _ in range(29):                     # 290 s of ticks without input
        clock.now += 10
        lock.check()
    assert fired == []
    widget = QWidget()
    qtbot.addWidget(widget)
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.now += 20                         # 310 s since arming, but only 20 s since the key
    lock.check()
    assert fired == []
    for _ in range(30):
        clock.now += 10
        lock.check()
    assert fired == ["idle"]
    assert not lock.armed                   # fires once, until armed again at unlock


def test_autolock_notices_that_the_machine_slept(qapp):
    clock = Clock()
    lock = AutoLock(30, clock=clock)
    fired: list[str] = []
    lock.lock_requested.connect(fired.append)
    lock.arm()
    clock.now += 1
    lock.check()
    clock.now += SLEEP_GAP_S + 60           # the wall clock jumped: the timer was frozen in a sleep
    lock.check()
    assert fired == ["sleep"]


def test_unlock_delay_grows_and_is_capped():
    assert [unlock_delay(n) for n in range(1, 8)] == [0, 1, 2, 4, 8, 16, 32]
    assert unlock_delay(20) == 60


@pytest.mark.parametrize("passphrase, level", [
    ("short", 0), ("password1", 1), ("aaaaaaaaaaaa", 1), ("Tr0ub4dor&3", 3),
    ("correct horse battery staple", 4), ("maison bleue soleil", 4),
])
def test_strength_levels(passphrase, level):
    assert strength(passphrase) == level


@pytest.mark.parametrize("notify, reason", [
    (lambda lock: lock._on_application_state(Qt.ApplicationState.ApplicationSuspended), "sleep"),
    (lambda lock: lock._prepare_for_sleep(True), "sleep"),
    (lambda lock: lock._screensaver_active(True), "screen"),
])
def test_platform_notifications_lock(qapp, notify, reason):
    lock = AutoLock(5, clock=Clock())
    fired: list[str] = []
    lock.lock_requested.connect(fired.append)
    lock._screensaver_active(True)          # not armed (locked already): nothing happens
    assert fired == []
    lock.arm()
    lock._screensaver_active(False)         # the screensaver going away is no reason to lock
    lock._prepare_for_sleep(False)          # nor is waking up
    assert fired == []
    notify(lock)
    assert fired == [reason]


def test_vault_folder_prefers_the_command_line_then_settings_then_the_default(tmp_path, monkeypatch, qapp):
    from app.paths import default_vault_dir
    from app.ui import settings
    from app.ui.app import vault_folder

    monkeypatch.setenv("RELAIS_SETTINGS", str(tmp_path / "settings.ini"))
    assert vault_folder(None) == default_vault_dir()
    settings.put(settings.DEFAULT_VAULT, str(tmp_path / "team"))
    assert vault_folder(None) == tmp_path / "team"
    assert vault_folder(tmp_path / "other") == tmp_path / "other"

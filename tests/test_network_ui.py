"""The Network tab with pytest-qt: empty state, drawing, moves and ties saved, the member dialog,
a large network, and the tab hidden from peer workers."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.network import maps as networks
from app.services.persons.records import PersonService
from tests.conftest import add_user, open_as

pytest.importorskip("pytestqt")

from app.ui.network import register  # noqa: E402
from app.ui.network.member_dialog import MemberDialog  # noqa: E402
from app.ui.network.scene import MemberItem  # noqa: E402
from app.ui.network.tab import NetworkTab  # noqa: E402
from app.ui.registry import REGISTRY  # noqa: E402


@pytest.fixture
def person(ws):
    return PersonService(ws).create({"given_names": "Femke", "family_name": "Peeters"})


def _map(ws, person):
    snap = networks.create_snapshot(ws, person, date(2026, 6, 1))
    ids = {label: networks.add_member(ws, snap, {"label": label, "category": cat, "circle": circle,
                                                 "supports": sup})
           for label, cat, circle, sup in (("Zus", "family", "close", ["emotional"]),
                                           ("Buurman", "neighbour", "outer", ["practical"]),
                                           ("Huisarts", "professional", "middle", []))}
    return snap, ids


def test_empty_state_then_first_map(qtbot, ws, person):
    tab = NetworkTab(ws, person)
    qtbot.addWidget(tab)
    assert tab.stack.currentIndex() == 0
    tab.first_map.click()
    assert tab.stack.currentIndex() == 1
    assert len(networks.list_snapshots(ws, person)) == 1
    # An empty new map says nothing yet: no red isolation signal before anyone is drawn (issue 25).
    assert not tab.measures.signal.isVisibleTo(tab)


def test_drawing_moves_and_ties_are_saved(qtbot, ws, person):
    snap, ids = _map(ws, person)
    tab = NetworkTab(ws, person)
    qtbot.addWidget(tab)
    members = [i for i in tab.scene.items() if isinstance(i, MemberItem)]
    assert sorted(i.member.label for i in members) == ["Buurman", "Huisarts", "Zus"]
    assert tab.model.rowCount() == 3
    assert not tab.measures.signal.isVisibleTo(tab)

    # Dragging the neighbour into the close ring saves the position and the new closeness.
    item = tab.scene.items_by_id[ids["Buurman"]]
    item.setPos(60.0, -50.0)
    tab.scene.member_moved.emit(ids["Buurman"], 60.0, -50.0)
    saved = networks.get_snapshot(ws, snap).member(ids["Buurman"])
    assert (saved.x, saved.y, saved.circle) == (60.0, -50.0, "close")
    assert tab.measures.values["close_informal"].text() == "2"

    tab.scene.tie_requested.emit(ids["Zus"], ids["Buurman"])
    assert networks.get_snapshot(ws, snap).ties == ((min(ids["Zus"], ids["Buurman"]), max(ids["Zus"], ids["Buurman"])),)
    assert len(tab.scene._ties) == 1
    assert tab.scene.items_by_id[ids["Buurman"]].pos().x() == 60.0   # the redraw keeps saved positions


def test_new_map_from_previous_shows_changes(qtbot, ws, person):
    _map(ws, person)
    tab = NetworkTab(ws, person)
    qtbot.addWidget(tab)
    tab.new_snapshot()
    assert tab.snapshots.count() == 2
    assert tab.model.rowCount() == 3
    assert "no change" in tab.measures.changes.text()


def test_member_dialog_saves_and_shows_refusals(qtbot, ws, person):
    snap, _ = _map(ws, person)
    saved = []
    dialog = MemberDialog(lambda values: saved.append(networks.add_member(ws, snap, values)))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.label, "zus")
    dialog.category.setCurrentIndex(dialog.category.findData("family"))
    dialog._save()
    note = dialog.field_errors["label"][1]                         # "zus" is already there as family
    assert not saved and note.isVisibleTo(dialog) and "already in the map" in note.text()
    dialog.category.setCurrentIndex(dialog.category.findData("peer"))
    dialog.supports["company"].setChecked(True)
    dialog._save()
    assert len(saved) == 1
    member = networks.get_snapshot(ws, snap).member(saved[0])
    assert (member.label, member.category, member.supports) == ("zus", "peer", ("company",))


def test_partner_choice_only_for_professionals(qtbot):
    dialog = MemberDialog(lambda values: None, partners=[(7, "Centre fictif")])
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("friend"))
    assert not dialog.partner.isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findData("service"))
    assert dialog.partner.isEnabled()


def test_large_network_draws_compact(qtbot, ws, person):
    snap = networks.create_snapshot(ws, person)
    for i in range(85):
        networks.add_member(ws, snap, {"label": f"Lid {i}", "category": ("friend", "peer", "service")[i % 3],
                                       "circle": ("close", "middle", "outer")[i % 3]})
    tab = NetworkTab(ws, person)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    items = list(tab.scene.items_by_id.values())
    assert len(items) == 85 and all(i.compact for i in items)
    assert not tab.scene._spokes            # no spokes: the outline tells the quality
    assert not tab.grab().isNull()


def test_tab_is_registered_for_clinical_roles_only(ws, vault_dir):
    register()
    spec = next(t for t in REGISTRY.person_tabs if t.key == "network")
    assert spec.order == 30 and spec.visible(ws)
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pat")
    try:
        assert not spec.visible(peer)
    finally:
        peer.lock()


def _mouse(widget, kind, pos, buttons, modifiers=None):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease, "double": QEvent.Type.MouseButtonDblClick}
    button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
    local = QPointF(pos)
    event = QMouseEvent(types[kind], local, widget.mapToGlobal(local), button, buttons,
                        modifiers or Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_real_gestures_drag_and_shift_drag(qtbot, ws, person):
    from PySide6.QtCore import Qt

    snap, ids = _map(ws, person)
    tab = NetworkTab(ws, person)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    viewport = tab.view.viewport()
    where = lambda member_id: tab.view.mapFromScene(tab.scene.items_by_id[member_id].pos())  # noqa: E731
    held = Qt.MouseButton.LeftButton

    # Shift-drag from the sister to the GP records a tie.
    start, end = where(ids["Zus"]), where(ids["Huisarts"])
    _mouse(viewport, "press", start, held, Qt.KeyboardModifier.ShiftModifier)
    _mouse(viewport, "move", (start + end) / 2, held, Qt.KeyboardModifier.ShiftModifier)
    _mouse(viewport, "move", end, held, Qt.KeyboardModifier.ShiftModifier)
    _mouse(viewport, "release", end, Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier)
    assert len(networks.get_snapshot(ws, snap).ties) == 1

    # A plain drag moves the neighbour; the position is saved.
    start = where(ids["Buurman"])
    target = tab.view.mapFromScene(150.0, -150.0)
    _mouse(viewport, "press", start, held)
    _mouse(viewport, "move", start + (target - start) / 2, held)
    _mouse(viewport, "move", target, held)
    _mouse(viewport, "release", target, Qt.MouseButton.NoButton)
    saved = networks.get_snapshot(ws, snap).member(ids["Buurman"])
    assert saved.x is not None and abs(saved.x - 150.0) < 3 and abs(saved.y + 150.0) < 3

    # Double-click on empty space asks for a new member there (the tab's modal dialog is
    # swapped for a recorder).
    requests = []
    tab.scene.add_requested.disconnect()
    tab.scene.add_requested.connect(lambda x, y: requests.append((x, y)))
    empty = tab.view.mapFromScene(-200.0, 200.0)
    _mouse(viewport, "double", empty, held)
    assert len(requests) == 1 and abs(requests[0][0] + 200.0) < 3

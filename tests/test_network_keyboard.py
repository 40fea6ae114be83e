"""Tying two members of the network map without a mouse (issue 24): pick a member in the
Members list, Ctrl+Shift+L opens "Link to…", Space ticks, Enter saves, Escape leaves all as it was.
Keys only, from the first control of the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services.network import maps as networks
from app.services.persons.records import PersonService
from app.ui import a11y
from app.ui.network.link_dialog import LinkDialog
from app.ui.network.tab import NetworkTab
from tests.a11y_support import unnamed

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(qtbot, ws):
    person = PersonService(ws).create({"given_names": "Femke", "family_name": "Peeters"})
    snap = networks.create_snapshot(ws, person, date(2026, 6, 1))
    for label, category, circle in (("Zus", "family", "close"), ("Buurman", "neighbour", "outer"),
                                    ("Huisarts", "professional", "middle")):
        networks.add_member(ws, snap, {"label": label, "category": category, "circle": circle})
    widget = NetworkTab(ws, person)
    a11y.keyboard_friendly(widget)          # as the shell does for every tab
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is target:
            return
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def ties(tab: NetworkTab) -> set[frozenset[str]]:
    data = networks.get_snapshot(tab.ws, tab.snapshot_id, audit=False)
    return {frozenset((data.member(a).label, data.member(b).label)) for a, b in data.ties}


def in_link_dialog(qtbot, keys: list[Qt.Key], seen: list[LinkDialog]) -> None:
    """Press `keys` in the modal dialog once it is up (exec() blocks the test until it closes)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            if dialog is not None:
                dialog.close()            # a failing test must not hang on a message box
            return
        seen.append(dialog)
        dialog.activateWindow()
        for _ in range(50):
            if dialog.isActiveWindow():
                break
            qtbot.wait(10)
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget(), key)
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, act)


def back_to(qtbot, tab: NetworkTab) -> None:
    """Offscreen, no window is active after a modal dialog closes: give the tab the keyboard back
    (a desktop does it by itself); the selection in the Members list stays where it was."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def test_members_are_tied_and_untied_with_the_keyboard_alone(qtbot, tab):
    tab.snapshots.setFocus(Qt.FocusReason.TabFocusReason)     # the tab's first control
    tab_to(qtbot, tab.side.tabBar())
    qtbot.keyClick(tab.side.tabBar(), Qt.Key.Key_Right)      # Measures -> Members
    assert tab.side.currentIndex() == 1
    tab_to(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Home)
    chosen = tab.view_data.member(tab.selected_member_id()).label
    others = sorted({"Zus", "Buurman", "Huisarts"} - {chosen})

    # Ctrl+Shift+L, Space ticks the first other member, Down, Space the second, Enter saves.
    seen: list[LinkDialog] = []
    in_link_dialog(qtbot, [Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Return], seen)
    qtbot.keyClick(tab.table, Qt.Key.Key_L, CTRL_SHIFT)
    assert seen and not seen[0].isVisible()
    listed = [seen[0].members.item(r).text() for r in range(seen[0].members.count())]
    assert sorted(listed) == others
    assert unnamed(seen[0]) == []
    assert ties(tab) == {frozenset((chosen, other)) for other in others}
    assert chosen in tab.view.accessibleDescription().split("They know each other:")[1]

    # Escape leaves the ties as they were, even after ticking.
    seen.clear()
    back_to(qtbot, tab)
    in_link_dialog(qtbot, [Qt.Key.Key_Space, Qt.Key.Key_Escape], seen)
    qtbot.keyClick(tab.table, Qt.Key.Key_L, CTRL_SHIFT)
    assert seen and not seen[0].isVisible()
    assert len(ties(tab)) == 2

    # Unticking the first member removes that tie only.
    seen.clear()
    back_to(qtbot, tab)
    in_link_dialog(qtbot, [Qt.Key.Key_Space, Qt.Key.Key_Return], seen)
    qtbot.keyClick(tab.table, Qt.Key.Key_L, CTRL_SHIFT)
    assert ties(tab) == {frozenset((chosen, listed[1]))}


def test_link_is_a_toolbar_button_reached_by_tab(qtbot, tab):
    from PySide6.QtWidgets import QToolButton

    button = next(b for b in tab.findChildren(QToolButton) if b.defaultAction() is tab.link_action)
    tab.snapshots.setFocus(Qt.FocusReason.TabFocusReason)
    tab_to(qtbot, button)
    assert "Ctrl+Shift+L" in tab.link_action.toolTip()

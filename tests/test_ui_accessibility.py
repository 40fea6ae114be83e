"""Accessibility of the desktop app (issue 24): every input has a name a screen reader can
announce, the keyboard alone reaches everything, the stylesheet's colours are readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from app.devtools.demo import add_demo_data
from app.ui.main_window import MainWindow
from tests.a11y_support import (
    describe,
    mouse_only_buttons,
    places,
    settle,
    tab_cycle,
    tab_targets,
    unnamed,
    unnamed_columns,
)
from tests.ui_support import ui_env, unlock  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ui_env, vault_dir):
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)      # the keyboard reaches the active window only
    unlock(qtbot, win)
    assert not win.is_locked
    win.demo_ids = add_demo_data(win.ws, persons=8, seed=3)
    settle()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_every_input_of_every_page_and_tab_has_an_accessible_name(window):
    missing: dict[str, str] = {}          # widget -> the first place it was seen
    for place, root in places(window, window.demo_ids[0]):
        for widget in unnamed(root) + unnamed_columns(root):
            missing.setdefault(widget, place)
    assert not missing, "no accessible name:\n" + "\n".join(f"{place}: {w}" for w, place in missing.items())


def test_the_keyboard_alone_reaches_every_control_of_every_page_and_tab(window):
    window.activateWindow()
    problems: dict[str, str] = {}
    for place, _root in places(window, window.demo_ids[0]):
        start = window.shell.nav
        seen, came_back = tab_cycle(start)
        if not came_back:
            where = QApplication.focusWidget()
            problems.setdefault(f"trapped at {describe(where) if where else None}", place)
        for widget in tab_targets(window.shell):
            if widget is not start and widget not in seen:
                problems.setdefault(f"not reached by Tab: {describe(widget)}", place)
        for button in mouse_only_buttons(window.shell):
            problems.setdefault(f"mouse only: {button}", place)
    assert not problems, "\n".join(f"{place}: {what}" for what, place in problems.items())


def test_f1_lists_every_shortcut_and_tooltips_name_the_shortcut(window, qtbot):
    from app.ui.help import ShortcutsDialog
    from tests.ui_support import press

    press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    dialog = window.help_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or not action.isVisible():
            continue
        assert keys in listed, action.text()
        if action in window.toolbar.actions():
            assert keys in action.toolTip(), action.text()
    assert {"Ctrl+K", "Ctrl+N", "Ctrl+F", "Ctrl+L", "F1"} <= listed
    # No keyboard trap: Tab leaves the table for the Close button and comes back; Escape closes.
    seen, came_back = tab_cycle(dialog.table)
    assert came_back and any(isinstance(w, QPushButton) for w in seen)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_dialogs_have_no_keyboard_trap(window, qtbot):
    from app.ui.persons.new_person import NewPersonDialog
    from app.ui.settings_dialog import SettingsDialog

    for dialog in (NewPersonDialog(window.ws, window), SettingsDialog(window.ws, window)):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        targets = tab_targets(dialog)
        seen, came_back = tab_cycle(targets[0])
        assert came_back, type(dialog).__name__
        assert set(targets) <= set(seen) | {targets[0]}, [describe(w) for w in set(targets) - set(seen)]
        assert unnamed(dialog) == []
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_charts_map_and_rating_grid_expose_their_content_as_text(window):
    from app.services.network import maps as networks
    from app.ui.cansas.form import AssessmentForm
    from app.ui.dashboard.charts import ContactsChart, UnmetNeedsChart

    shell = window.shell
    dashboard = shell.show_page("dashboard")
    settle()
    for chart in dashboard.findChildren(UnmetNeedsChart) + dashboard.findChildren(ContactsChart):
        assert chart.accessibleName() == chart.chart().title()
        numbers = [int(bar_set.at(i)) for series in chart.chart().series() for bar_set in series.barSets()
                   for i in range(bar_set.count()) if bar_set.at(i)]
        assert numbers, "the demo data draws bars"
        assert all(f"{n}" in chart.accessibleDescription() for n in numbers)
    person = next(pid for pid in window.demo_ids if networks.list_snapshots(window.ws, pid))
    window.open_person(person, "network")
    settle()
    tab = window.persons_page().file.tab("network")
    description = tab.view.accessibleDescription()
    for member in tab.view_data.members:
        assert member.label in description
    form = window.persons_page().file.tab("needs").findChild(AssessmentForm)
    grid = form.table
    for row in range(grid.model().rowCount()):
        spoken = [grid.model().index(row, c).data(Qt.ItemDataRole.AccessibleTextRole)
                  or grid.model().index(row, c).data() for c in range(grid.model().columnCount())]
        assert any(str(s or "").strip() for s in spoken)


def test_flags_in_the_header_are_told_apart_by_a_mark_and_words_not_colour(window):
    from app.ui.persons.person_file import FLAG_MARK

    for pid in window.demo_ids:
        window.open_person(pid)
        settle()
        file = window.persons_page().file
        chips = [file.flags_row.itemAt(i).widget() for i in range(file.flags_row.count())]
        if chips:
            break
    assert chips, "the demo data flags someone"
    for chip in chips:
        assert chip.text().startswith(FLAG_MARK) and len(chip.text()) > 2
        assert chip.accessibleName().startswith("Flag: ")
    assert not file.status.text().startswith(FLAG_MARK)


def test_referrals_tab_title_shows_its_ampersand(window):
    window.open_person(window.demo_ids[0])
    file = window.persons_page().file
    index = file.tab_keys.index("referrals")
    assert file.tabs.tabText(index) == "Referrals && consents"      # && draws one "&"
    tab_bar = QAccessible.queryAccessibleInterface(file.tabs.tabBar())
    spoken = [tab_bar.child(i).text(QAccessible.Text.Name) for i in range(tab_bar.childCount())]
    assert "Referrals & consents" in spoken, spoken

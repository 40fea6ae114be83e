"""Issue 25, point 6: overdue lists lead somewhere. The dashboard's drill-down shows the date
that passed and the days late, opens the file on the relevant tab in front; the header flags
lead to their tab; the dashboard and the pending-referrals page count the same referrals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from shiboken6 import isValid

from app.services.dashboard.indicators import caseload_indicators
from app.services.referrals.records import pending_referrals
from app.ui.dashboard.persons_dialog import PersonsDialog
from tests.caseload_fixtures import build_caseload
from tests.everyday_support import in_language, open_window, settle, shoot
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("ui_env")]


@pytest.fixture
def window(qtbot, vault_dir):
    return open_window(qtbot, vault_dir)


def test_the_dashboard_and_the_pending_page_count_the_same_referrals(ws):
    caseload = build_caseload(ws)
    shown = pending_referrals(ws)
    counted = caseload_indicators(ws, "team").pending_referrals
    assert sorted(r.referral_id for r in shown) == sorted(r.referral_id for r in counted)
    assert caseload.chen not in {r.person_id for r in shown}      # a closed file is out of both


def open_dashboard(window):
    page = window.shell.show_page("dashboard")
    page.reload()
    settle()
    assert page.data is not None
    return page


def test_overdue_reviews_list_the_due_date_and_days_late_and_open_the_care_plan(qtbot, window):
    caseload = build_caseload(window.ws)
    page = open_dashboard(window)
    waiting_page = window.shell.show_page("referrals")            # "Pending referrals" in the sidebar
    assert waiting_page.model.rowCount() == len(page.data.indicators.pending_referrals) == 2
    window.shell.show_page("dashboard")
    qtbot.mouseClick(page.tiles["overdue_reviews"], Qt.MouseButton.LeftButton)
    dialog = page.findChildren(PersonsDialog)[-1]
    settle()
    assert dialog.model.rowCount() == 1
    line = dialog.model.row_at(0)
    assert line.person_id == caseload.anna and line.due_on == date(2026, 10, 1)
    assert line.days_late == (date.today() - date(2026, 10, 1)).days
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers[:3] == ["Person", "Due on", "Days late"]

    dialog.view.activated.emit(dialog.proxy.index(0, 0))           # Enter on the row
    settle()
    file = window.persons_page().file
    assert file is not None and file.person_id == caseload.anna
    assert file.current_tab_key() == "careplan"
    assert not isValid(dialog) or not dialog.isVisible()           # the list closed,
    assert window.isActiveWindow()                                 # the file is in front


def test_header_flags_lead_to_their_tab(qtbot, window):
    caseload = build_caseload(window.ws)
    window.open_person(caseload.anna, "contacts")
    file = window.persons_page().file
    chips = {chip.property("flag"): chip for chip in file.header.findChildren(QPushButton, "flag")}
    assert {"review_overdue", "actions_overdue"} <= set(chips)
    assert file.current_tab_key() == "contacts"
    qtbot.mouseClick(chips["review_overdue"], Qt.MouseButton.LeftButton)
    assert file.current_tab_key() == "careplan"
    window.open_person(caseload.anna, "contacts")
    chips["actions_overdue"].setFocus()
    qtbot.keyClick(chips["actions_overdue"], Qt.Key.Key_Space)      # the keyboard too
    assert file.current_tab_key() == "careplan"


def test_screenshots_of_the_overdue_list(qtbot, window):
    caseload = build_caseload(window.ws)
    for language in ("fr", "nl"):
        in_language(window, language)
        page = open_dashboard(window)
        page.open_tile("overdue_actions")
        dialog = page.findChildren(PersonsDialog)[-1]
        settle()
        assert dialog.model.row_at(0).person_id == caseload.anna
        shoot(dialog, "overdue", language)
        if isValid(dialog):
            dialog.close()
        window.open_person(caseload.anna, "overview")
        shoot(window, "overdue-flags", language)

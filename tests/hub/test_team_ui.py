"""The team in the desktop app: the status line, the Team page with its conflicts, Sync now."""

from __future__ import annotations

import pytest

from app.services.persons.records import PersonService
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from app.ui.main_window import MainWindow
from app.ui.team.page import TeamPage
from app.ui.team.status_label import TeamStatusLabel
from tests.conftest import PASSPHRASE
from tests.hub.team_support import CHEAP, new_vault
from tests.ui_support import ui_env, unlock  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def two_laptops(hub, tmp_path):
    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    invited = team_setup.invite(sup, "Sofie", "case_manager", tmp_path / "cm.relaisinvite", kdf=CHEAP)
    cm = new_vault(tmp_path, "cm", "supervisor")
    team_setup.join(cm, invited.path, invited.code)
    return sup, cm, tmp_path


def test_the_status_line_and_the_team_page_show_the_team_and_its_conflicts(qtbot, ui_env, two_laptops):  # noqa: F811
    sup, cm, tmp_path = two_laptops
    pid = PersonService(cm).create({"alias": "Le Marin", "phone": "0470 11 22 33"})
    for ws in (cm, sup):
        sync(ws)
    # Both change the phone number without seeing the other's change: a conflict on both laptops.
    sup_pid = PersonService(sup).rows()[0].id
    PersonService(sup).update(sup_pid, {"phone": "0470 99 99 99"})
    PersonService(cm).update(pid, {"phone": "0470 55 55 55"})
    sync(sup)
    sup.lock()
    cm.lock()

    window = MainWindow(tmp_path / "cm")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, PASSPHRASE, "cm")
    label = window.findChild(TeamStatusLabel)
    assert label is not None and label.isVisible()
    qtbot.waitUntil(lambda: "conflict" in label.text(), timeout=10000)
    page = window.shell.show_page("team")
    assert isinstance(page, TeamPage)
    page.reload()
    assert page.members_model.rowCount() == 2
    assert page.conflicts_model.rowCount() == 1
    page.conflicts_view.selectRow(0)
    page.keep_button.click()
    assert page.conflicts_model.rowCount() == 0
    label.syncer.refresh_status()
    assert "conflict" not in label.text()
    window.lock_now()
    assert window.findChild(TeamStatusLabel) is None or not window.findChild(TeamStatusLabel).isVisible()


def test_a_vault_without_a_team_shows_no_status_and_offers_to_create_or_join(qtbot, ui_env, tmp_path):  # noqa: F811
    new_vault(tmp_path, "solo", "supervisor").lock()
    window = MainWindow(tmp_path / "solo")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, PASSPHRASE, "solo")
    label = window.findChild(TeamStatusLabel)
    assert label is not None and not label.isVisible()
    page = window.shell.show_page("team")
    assert page.create_button.isVisible() and page.join_button.isVisible()
    assert not page.invite_button.isVisible() and not page.sync_button.isEnabled()


def test_a_tombstone_arriving_while_the_persons_file_is_open_closes_it_with_a_message(qtbot, ui_env, two_laptops):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from app.services.rights.collect import erase_person
    from app.texts import message
    from app.ui.persons.page import PersonsPage

    sup, cm, tmp_path = two_laptops
    pid = PersonService(sup).create({"alias": "Ouvert"})
    for ws in (sup, cm):
        sync(ws)
    cm_pid = PersonService(cm).rows()[0].id
    cm.lock()
    window = MainWindow(tmp_path / "cm")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, PASSPHRASE, "cm")
    page = window.shell.show_page("persons")
    assert isinstance(page, PersonsPage)
    page.open_person(cm_pid, "overview")
    assert page.file is not None and page.file.person_id == cm_pid
    erase_person(sup, pid)
    sync(sup)
    label = window.findChild(TeamStatusLabel)
    qtbot.waitUntil(lambda: not label.syncer.running, timeout=10000)
    label.syncer.sync_now()
    qtbot.waitUntil(lambda: page.file is None, timeout=15000)
    box = page.findChild(QMessageBox, "erased_elsewhere")
    assert box is not None and box.text() == message("team.person_erased_elsewhere")
    window.lock_now()


def test_invite_and_join_through_the_dialogs_off_the_ui_thread(qtbot, hub, tmp_path, monkeypatch):
    """The dialogs talk to the hub and derive keys on a worker thread: a wrong code is said in the
    dialog (nothing typed lost), the right one joins, and the window kept handling events."""
    from PySide6.QtCore import QTimer

    from app.services.team.state import load_state
    from app.ui import forms
    from app.ui.team.dialogs import InviteDialog, JoinDialog

    monkeypatch.setattr(forms, "BACKGROUND_SUBMITS", True)
    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    invite = InviteDialog(sup)
    qtbot.addWidget(invite)
    invite.show()
    invite.member.setText("Sofie")
    invite.role.setCurrentIndex(invite.role.findData("case_manager"))
    invite.path.setText(str(tmp_path / "sofie.relaisinvite"))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    invite.buttons.accepted.emit()
    qtbot.waitUntil(lambda: invite.result() == InviteDialog.DialogCode.Accepted, timeout=60_000)
    code = invite.result_value.code

    cm = new_vault(tmp_path, "cm", "supervisor")
    join = JoinDialog(cm)
    qtbot.addWidget(join)
    join.show()
    join.path.setText(str(tmp_path / "sofie.relaisinvite"))
    join.code.setText("AAAAA-AAAAA-AAAAA-AAAAA")
    join.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not join.submitting, timeout=60_000)
    assert join.isVisible() and join.result() != JoinDialog.DialogCode.Accepted
    assert join.field_errors["code"][1].text() or join.error.text()
    assert join.path.text().endswith("sofie.relaisinvite")
    join.code.setText(code)
    join.buttons.accepted.emit()
    qtbot.waitUntil(lambda: join.result() == JoinDialog.DialogCode.Accepted, timeout=120_000)
    timer.stop()
    with cm.read() as session:
        assert load_state(session) is not None
    assert len(ticks) > 5          # the event loop ran while the hub was being talked to

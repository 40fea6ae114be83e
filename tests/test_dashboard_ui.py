"""The dashboard page and the rights dialog, driven offscreen on the hand-built caseload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.persons.records import PersonService
from app.services.shared.vault_settings import set_setting
from app.ui.registry import REGISTRY
from tests.caseload_fixtures import build_caseload
from tests.conftest import PASSPHRASE, USER, open_as

pytestmark = pytest.mark.gui


pytestmark = pytest.mark.usefixtures("synchronous_tasks")


@pytest.fixture
def caseload(ws):
    return build_caseload(ws)


def test_tiles_show_the_numbers_and_list_the_persons_behind_them(qtbot, ws, caseload):
    from app.ui.dashboard.page import DashboardPage
    from app.ui.dashboard.persons_dialog import PersonsDialog

    page = DashboardPage(ws)
    qtbot.addWidget(page)
    assert page.scope.count() == 2                                        # supervisors may switch
    assert page.current_scope == "team"
    assert page.tiles["active"].number.text() == "2"
    assert page.tiles["isolation"].number.text() == "2"
    assert page.waiting_model.rowCount() == 2
    assert {page.waiting_model.row_at(r)[1] for r in range(2)} == {"Anna Testova", "Dora Pausedova"}

    qtbot.mouseClick(page.tiles["isolation"], Qt.MouseButton.LeftButton)
    dialog = page.findChildren(PersonsDialog)[-1]
    names = sorted(dialog.model.row_at(r).name for r in range(dialog.model.rowCount()))
    assert names == ["Bruno Exemplo", "Dora Pausedova"]
    qtbot.keyClicks(dialog.filter, "dora")
    assert dialog.proxy.rowCount() == 1
    with qtbot.waitSignal(page.open_person_requested) as opened:
        dialog.view.doubleClicked.emit(dialog.proxy.index(0, 0))
    assert opened.args == [caseload.dora, "network"]

    dialog.close()
    page.open_domain("accommodation")
    domain_dialog = page.findChildren(PersonsDialog)[-1]
    assert domain_dialog is not dialog and domain_dialog.model.rowCount() == 2


def test_case_managers_see_their_caseload_without_the_team_switch(qtbot, ws, vault_dir, caseload):
    from app.ui.dashboard.page import DashboardPage

    ws.lock()
    carla = open_as(vault_dir, "carla")
    try:
        page = DashboardPage(carla)
        qtbot.addWidget(page)
        assert page.scope.count() == 1 and page.current_scope == "mine"
        assert page.tiles["active"].number.text() == "1"
    finally:
        carla.lock()


def test_export_buttons_write_a_pseudonymised_file(qtbot, ws, caseload, tmp_path):
    from app.ui.dashboard.page import DashboardPage

    page = DashboardPage(ws)
    qtbot.addWidget(page)
    out = tmp_path / "ind.csv"
    page.export_to(str(out))
    assert page.last_export.rows == 3
    assert "Anna" not in out.read_text("utf-8-sig")


def test_rights_dialog_erases_after_typed_confirmation(qtbot, ws, caseload, tmp_path):
    from app.ui.dashboard.rights import PersonRightsDialog

    dialog = PersonRightsDialog(ws, caseload.bruno)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "Bruno")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, " Exemplo")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.person_erased) as erased:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert erased.args == [caseload.bruno]
    assert caseload.bruno not in {r.id for r in PersonService(ws).rows()}


def test_rights_dialog_asks_a_supervisor_under_retention(qtbot, ws, vault_dir, caseload):
    from app.ui.dashboard.rights import PersonRightsDialog

    set_setting(ws, "retention_years", 5)
    ws.lock()
    carla = open_as(vault_dir, "carla")
    try:
        dialog = PersonRightsDialog(carla, caseload.anna)
        qtbot.addWidget(dialog)
        assert dialog.needs_supervisor
        qtbot.keyClicks(dialog.confirm, "Anna Testova")
        assert not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.supervisor, USER)
        qtbot.keyClicks(dialog.supervisor_passphrase, "wrong passphrase")
        dialog.erase()
        assert dialog.error.text() and dialog.supervisor_passphrase.text() == ""
        assert caseload.anna in {r.id for r in PersonService(carla).rows()}
        qtbot.keyClicks(dialog.supervisor_passphrase, PASSPHRASE)
        with qtbot.waitSignal(dialog.person_erased):
            dialog.erase()
        assert caseload.anna not in {r.id for r in PersonService(carla).rows()}
    finally:
        carla.lock()


def test_register_adds_the_page_and_the_action(qtbot, ws, caseload):
    from app.ui.dashboard import register

    register()
    page = next(p for p in REGISTRY.nav_pages if p.key == "dashboard")
    action = next(a for a in REGISTRY.actions if a.key == "person_rights")
    assert page.order == 5 and action.shortcut == "Ctrl+Shift+R"
    assert page.visible(ws) and action.visible(ws)


def test_rights_dialog_exports_pdf_json_and_fhir(qtbot, ws, caseload, tmp_path, monkeypatch):
    import json

    from fhir.resources.R4B.bundle import Bundle

    from app.ui.dashboard.rights import PersonRightsDialog

    dialog = PersonRightsDialog(ws, caseload.anna)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("app.ui.dashboard.rights.QMessageBox.information", lambda *a, **k: None)
    targets = iter([tmp_path / "a.pdf", tmp_path / "a.json", tmp_path / "a.fhir.json"])
    monkeypatch.setattr(dialog, "_save_path", lambda *a: str(next(targets)))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.fhir_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "a.json").read_text("utf-8"))["person_id"] == caseload.anna
    Bundle.model_validate_json((tmp_path / "a.fhir.json").read_text("utf-8"))
    assert dialog.error.text() == ""


def test_persons_list_reads_large_id_sets_in_chunks(ws, caseload, monkeypatch):
    from app.ui.dashboard import persons_dialog

    monkeypatch.setattr(persons_dialog, "CHUNK", 2)
    rows = persons_dialog.rows_of(ws, [caseload.anna, caseload.bruno, caseload.chen, caseload.dora, 999])
    assert sorted(r.id for r in rows) == sorted([caseload.anna, caseload.bruno, caseload.chen, caseload.dora])

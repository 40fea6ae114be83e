"""The Bilans and Documents tabs, driven offscreen: write and share a section, see a refusal
as the service words it, finalise into read-only, preview, print and export with audit."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.services.bilan import records as bilans
from app.services.shared.documents import PdfRequest, list_documents
from app.store.audit import AuditEvent
from app.ui.registry import REGISTRY
from tests.bilan_fixtures import world  # noqa: F401
from tests.conftest import add_user, open_as

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("synchronous_tasks")]


def actions(ws) -> list[str]:
    with ws.read() as s:
        return list(s.scalars(select(AuditEvent.action)))


def test_write_share_save_and_finalise(qtbot, world, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.bilan.tab import BilansTab

    ws, pid, gp, _ = world
    tab = BilansTab(ws, pid)
    qtbot.addWidget(tab)
    assert tab.editor.record is None
    tab.new_bilan("initial")
    assert tab.model.rowCount() == 1 and tab.editor.record.status == "draft"

    box = tab.editor.sections["request"]
    qtbot.keyClicks(box.text, "Un toit <b>& calme</b>")
    box.share.setChecked(True)
    assert tab.has_unsaved_changes() and tab.save_button.isEnabled()
    assert tab.save()
    record = bilans.get_bilan(ws, tab.editor.record.id)
    assert record.text("request") == "Un toit <b>& calme</b>" and record.shared["request"]
    assert not tab.has_unsaved_changes()

    tab.editor.physician_agreed.setChecked(True)
    tab.editor.physician_name.setText("Dr Nowak")
    tab.editor.physician_inami.setText("123")
    assert not tab.save()
    assert "11 digits" in tab.editor.errors.text() and tab.editor.errors.isVisibleTo(tab)
    tab.editor.physician_inami.setText("1-23456-78-901")
    assert tab.save()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.finalise()
    assert tab.editor.record.is_final
    assert tab.editor.sections["request"].text.isReadOnly()
    assert not tab.editor.sections["request"].share.isEnabled()
    assert tab.amend_button.isEnabled() and not tab.finalise_button.isEnabled()

    tab.produce_for(gp, "gp")
    assert "Documents tab" in tab.banner.text()
    assert [d.partner_id for d in list_documents(ws, pid)] == [gp]


def test_refusal_is_shown_as_the_service_words_it(qtbot, world):
    from app.ui.bilan.tab import BilansTab

    ws, pid, gp, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": "x"}, shared={"request": True}, gp_refused=True)
    bilans.finalise_bilan(ws, bid)
    tab = BilansTab(ws, pid)
    qtbot.addWidget(tab)
    tab.produce_for(gp, "gp")
    assert "refused that their GP be involved" in tab.banner.text()
    assert tab.banner.isVisibleTo(tab) and tab.produce_button.isEnabled()
    assert list_documents(ws, pid) == []


def test_a_partner_other_than_the_gp_is_asked_for_its_parts_then_produced(qtbot, world, monkeypatch):
    """No dead end: the refusal "parts not chosen" opens the choice for that partner, and the
    bilan is produced with only what was ticked."""
    from app.ui.bilan.parts import PartsDialog
    from app.ui.bilan.tab import BilansTab

    ws, pid, _, ssm = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": "Un logement", "context": "Vit dans sa voiture"},
                        shared={"request": True, "context": True})
    bilans.finalise_bilan(ws, bid)
    offered = []

    def tick_request_only(dialog):
        offered.append(sorted(dialog.boxes))
        dialog.boxes["request"].setChecked(True)
        dialog._try_accept()
        return dialog.result()

    monkeypatch.setattr(PartsDialog, "exec", tick_request_only)
    tab = BilansTab(ws, pid)
    qtbot.addWidget(tab)
    tab.produce_for(ssm, "gp")
    assert offered and "request" in offered[0] and "needs" in offered[0]
    assert "Documents tab" in tab.banner.text()
    assert [d.partner_id for d in list_documents(ws, pid)] == [ssm]


def test_documents_preview_print_and_export_are_audited(qtbot, world, tmp_path):
    from app.ui.documents.tab import DocumentsTab

    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": "Łukasz écrit"})
    bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "gp"))
    tab = DocumentsTab(ws, pid)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 2).data() == "Internal copy"
    qtbot.waitUntil(lambda: tab.pdf.status() == QPdfDocument.Status.Ready)
    assert tab.pdf.pageCount() >= 1
    assert "document.viewed" in actions(ws)

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert tab.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert "document.printed" in actions(ws)

    assert tab.export_to(str(tmp_path / "export.pdf"))
    assert (tmp_path / "export.pdf").read_bytes().startswith(b"%PDF")
    assert "document.exported" in actions(ws)


def test_tabs_register_for_clinical_roles_only(world, vault_dir):
    import app.ui.bilan as bilans_ui
    import app.ui.documents as documents_ui

    ws, _, _, _ = world
    bilans_ui.register()
    documents_ui.register()
    specs = {t.key: t for t in REGISTRY.person_tabs}
    assert (specs["bilans"].order, specs["documents"].order) == (40, 70)
    assert specs["bilans"].visible(ws) and specs["documents"].visible(ws)
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        assert not specs["bilans"].visible(peer) and not specs["documents"].visible(peer)
    finally:
        peer.lock()


def test_produce_dialog_offers_internal_copy_first_and_no_gp_when_refused(qtbot):
    from app.services.bilan.records import Recipient
    from app.ui.bilan.produce import ProduceDialog

    people = [Recipient(1, "Dr Fictive", True, True), Recipient(2, "SSM fictif", False, False)]
    dialog = ProduceDialog(people, is_final=True, gp_refused=True)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (None, "gp")
    assert not dialog.recipient.model().item(1).isEnabled()
    assert dialog.recipient.model().item(2).isEnabled()
    dialog.recipient.setCurrentIndex(2)
    dialog.variant.setCurrentIndex(1)
    assert dialog.choice() == (2, "full")
    draft = ProduceDialog(people, is_final=False)
    qtbot.addWidget(draft)
    assert not draft.recipient.isEnabled()


def test_new_document_for_a_partner_is_refused_without_consent_then_produced_internally(qtbot, world):
    from app.services import careplan as careplans
    from app.ui.documents.produce import NewDocumentDialog
    from app.ui.documents.tab import DocumentsTab

    ws, pid, _, ssm = world
    careplans.draft_goals_from_domains(ws, pid, ["accommodation"])
    tab = DocumentsTab(ws, pid)
    qtbot.addWidget(tab)
    tab.produce("careplan", "partner", ssm)          # the SSM's consent covers bilans only
    assert "care plan" in tab.message.text() and tab.model.rowCount() == 0
    assert "share.refused" in actions(ws)
    tab.produce("careplan", "person", None)           # an internal copy needs no consent
    assert tab.model.rowCount() == 1 and tab.current_id is not None

    dialog = NewDocumentDialog(bilans.recipients(ws, pid))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Everything held about the person (right of access)"))
    assert not dialog.recipient.isEnabled() and dialog.choice() == ("access", "", None)

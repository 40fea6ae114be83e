"""The directory page, the referrals tab and the pending page, driven offscreen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.partners.directory import add_partner
from app.services.persons.records import PersonService
from app.services.referrals.records import (
    create_referral,
    get_referral,
    list_referrals,
    send,
)
from app.services.shared.consents import record_consent, revoke_consent
from tests.conftest import add_user, open_as

pytestmark = pytest.mark.gui


pytestmark = pytest.mark.usefixtures("synchronous_tasks")


@pytest.fixture
def world(ws):
    person = PersonService(ws).create({"alias": "Zaza", "birth": "1960", "insurance": "none"})
    nl = add_partner(ws, {"organisation": "CGG Fictief", "sector": "mental_health", "languages": "nl",
                          "accepts_drug_users": False, "waiting_days": 90})
    fr = add_partner(ws, {"organisation": "Abri fictif", "sector": "social", "languages": "fr en",
                          "accepts_drug_users": True, "waiting_days": 0, "needs_insurance": True})
    return ws, person, nl, fr


def test_directory_filters_and_search(qtbot, world):
    from app.ui.partners.page import DirectoryPage

    ws, _, _, _ = world
    page = DirectoryPage(ws)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 2
    page.drugs.setChecked(True)
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data().startswith("Abri fictif")
    page.drugs.setChecked(False)
    page.language.setCurrentIndex(page.language.findData("nl"))
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "CGG Fictief"
    page.language.setCurrentIndex(0)
    page.no_wait.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.no_wait.setChecked(False)
    qtbot.keyClicks(page.search, "cgg")
    assert page.proxy.rowCount() == 1 and "1" in page.count.text()


def test_editor_keeps_the_dialog_open_on_errors(qtbot, world):
    from app.ui.partners.editor import PartnerEditor

    ws, _, _, _ = world
    editor = PartnerEditor(ws)
    qtbot.addWidget(editor)
    editor.email.setText("not-an-email")
    editor.save()
    organisation, email = editor.field_errors["organisation"][1], editor.field_errors["email"][1]
    assert editor.partner_id is None and not organisation.isHidden() and not email.isHidden()   # next to each field
    assert "e-mail" in email.text().lower() and editor.organisation.property("invalid") is True
    qtbot.keyClicks(editor.organisation, "Service fictif neuf")
    editor.email.setText("neuf@fictif.example")
    editor.save()
    assert editor.partner_id is not None


def test_referral_dialog_warns_and_requires_a_reason(qtbot, world):
    from app.ui.referrals.dialogs import ReferralDialog

    ws, person, nl, fr = world
    dialog = ReferralDialog(ws, person)
    qtbot.addWidget(dialog)
    dialog.select_partner(fr)
    assert not dialog.warnings.isHidden() and "insurance" in dialog.warnings.text()
    qtbot.keyClicks(dialog.reason, "Un toit")
    dialog.save()
    assert dialog.referral_id is None and "criteria" in dialog.field_errors["criteria_override"][1].text()
    qtbot.keyClicks(dialog.override, "Mutuelle en cours")
    dialog.save()
    assert dialog.referral_id is not None


def test_tab_shows_missing_consent_and_refused_sending(qtbot, world):
    from app.ui.referrals.tab import ReferralsTab

    ws, person, nl, _ = world
    cid = record_consent(ws, person, partner_id=nl, document_types=["referral_letter", "identity"],
                         expires_on=date.today() + timedelta(days=200))
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Parler",
                                           "criteria_override": "consommation arrêtée"})
    revoke_consent(ws, cid)
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    assert not tab.consent_banner.isHidden() and "No valid consent" in tab.consent_banner.text()
    tab._select_referral(rid)
    assert tab.send_button.isEnabled()
    tab.send_selected()
    assert "Sending refused" in tab.message.text() and "revoked" in tab.message.text()
    assert "CGG Fictief" in tab.message.text()


def test_tab_sends_and_pending_page_opens_the_person(qtbot, world):
    from app.ui.referrals.pending import PendingReferralsPage
    from app.ui.referrals.tab import ReferralsTab

    ws, person, _, fr = world
    record_consent(ws, person, partner_id=fr, document_types=["referral_letter"])
    rid = create_referral(ws, person, fr, {"reason": "Nuit", "criteria_override": "hiver"})
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    assert tab.consent_banner.isHidden()
    tab._select_referral(rid)
    tab.send_selected()
    assert "marked sent" in tab.message.text()
    assert tab.referrals.row_at(0).status == "sent"
    page = PendingReferralsPage(ws)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.open_person_requested) as signal:
        page.view.doubleClicked.emit(page.proxy.index(0, 0))
    assert signal.args == [person]


def test_register_adds_the_tab_and_pages(world):
    from app.ui import partners, referrals
    from app.ui.registry import REGISTRY

    partners.register()
    referrals.register()
    assert {p.key: p.order for p in REGISTRY.nav_pages if p.key in ("partners", "referrals")} == \
        {"partners": 30, "referrals": 35}
    assert [t.order for t in REGISTRY.person_tabs if t.key == "referrals"] == [60]
    ws = world[0]
    assert all(t.visible(ws) for t in REGISTRY.person_tabs if t.key == "referrals")


def test_send_is_the_real_service(world):
    ws, person, _, fr = world
    record_consent(ws, person, partner_id=fr, document_types=["referral_letter"])
    assert send(ws, create_referral(ws, person, fr, {"reason": "x", "criteria_override": "y"}))


def test_gp_line_shows_the_gp_partner(qtbot, world):
    from app.services.partners.directory import set_gp
    from app.ui.referrals.tab import ReferralsTab

    ws, person, _, _ = world
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    assert "not in the directory" in tab.gp_line.label.text()
    gp = add_partner(ws, {"organisation": "Maison médicale fictive", "sector": "first_line", "phone": "02 555 00 00"})
    set_gp(ws, person, gp)
    tab.reload()
    assert "Maison médicale fictive" in tab.gp_line.label.text() and "02 555 00 00" in tab.gp_line.label.text()


def test_a_draft_is_edited_in_the_same_dialog(qtbot, world):
    from app.ui.referrals.dialogs import ReferralDialog

    ws, person, nl, _ = world
    rid = create_referral(ws, person, nl, {"reason": "Suivi", "request": "Parler",
                                           "criteria_override": "consommation arrêtée"})
    dialog = ReferralDialog(ws, person, draft=list_referrals(ws, person)[0])
    qtbot.addWidget(dialog)
    assert dialog.request.toPlainText() == "Parler" and not dialog.partner.isEnabled()
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
    dialog.save()
    assert dialog.errors.isHidden()
    assert get_referral(ws, rid).urgency == "urgent"


def test_peer_worker_sees_the_directory_without_edit_actions(qtbot, world, vault_dir):
    from app.ui import referrals
    from app.ui.partners.page import DirectoryPage
    from app.ui.registry import REGISTRY

    ws = world[0]
    add_user(ws, "pia", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pia")
    try:
        page = DirectoryPage(peer)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 2
        assert page.new_button.isHidden() and page.import_csv_button.isHidden()
        referrals.register()
        assert not any(t.visible(peer) for t in REGISTRY.person_tabs if t.key == "referrals")
    finally:
        peer.lock()

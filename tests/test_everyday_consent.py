"""Everyday task: refer with a letter when a consent is missing (issue 25, point 2).

A refusal opens the consent form for this recipient with exactly what is missing ticked; the
person's consent for the same recipient is extended instead of adding an overlapping one.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from app.errors import RelaisError, ValidationError
from app.models.consent import Consent
from app.services.partners.directory import add_partner
from app.services.persons.records import PersonService
from app.services.referrals.records import consent_gap_for, create_referral, get_referral, send
from app.services.shared.consents import (
    consent_gap,
    extend_consent,
    list_consents,
    record_consent,
    revoke_consent,
)
from app.store.audit import AuditEvent
from tests.everyday_support import SCREENSHOTS, ModalAnswers
from tests.ui_support import ui_env  # noqa: F401

pytestmark = pytest.mark.usefixtures("synchronous_tasks")
LATER = date.today() + timedelta(days=200)


@pytest.fixture
def world(ws):
    person = PersonService(ws).create({"given_names": "Nadia", "family_name": "Haddad", "birth": "1984"})
    other = add_partner(ws, {"organisation": "Abri fictif", "sector": "social", "languages": "fr"})
    cgg = add_partner(ws, {"organisation": "Centre de santé mentale fictif", "sector": "mental_health",
                           "languages": "fr", "accepts_drug_users": True})
    return ws, person, cgg, other


def referral_sharing_needs_and_plan(ws, person, partner) -> int:
    return create_referral(ws, person, partner, {"reason": "Suivi psychologique", "request": "Parler à quelqu'un",
                                                 "shared_types": ["needs_summary", "care_plan"]})


def test_the_gap_names_what_to_tick_for_a_new_or_an_extended_consent(world):
    ws, person, cgg, other = world
    rid = referral_sharing_needs_and_plan(ws, person, cgg)
    gap = consent_gap_for(ws, rid)
    assert (gap.partner_id, gap.extend_id) == (cgg, None)
    assert gap.to_tick == gap.needed == ("needs_summary", "care_plan", "referral_letter")
    record_consent(ws, person, partner_id=other, document_types=["referral_letter", "needs_summary", "care_plan"])
    record_consent(ws, person, recipient_category="mental_health", document_types=["referral_letter"])
    assert consent_gap_for(ws, rid).extend_id is None      # other recipients' consents are not extended
    own = record_consent(ws, person, partner_id=cgg, document_types=["identity", "referral_letter"],
                         expires_on=LATER)
    gap = consent_gap_for(ws, rid)
    assert (gap.extend_id, gap.to_tick, gap.extend_types) == (own, ("needs_summary", "care_plan"),
                                                              ("identity", "referral_letter"))
    assert consent_gap(ws, person, cgg, {"referral_letter"}) is None


def test_extending_a_consent_adds_the_types_audits_and_syncs(world):
    ws, person, cgg, _ = world
    own = record_consent(ws, person, partner_id=cgg, document_types=["identity", "referral_letter"],
                         expires_on=LATER)
    rid = referral_sharing_needs_and_plan(ws, person, cgg)
    with pytest.raises(RelaisError) as refused:
        send(ws, rid)
    assert refused.value.code == "consent.type_missing"
    with ws.read() as s:
        before = s.scalar(text("SELECT max(id) FROM sync_outbox")) or 0
    assert extend_consent(ws, own, ["needs_summary", "care_plan", "identity"]) == ["needs_summary", "care_plan"]
    [row] = list_consents(ws, person)
    assert row.document_types == ("identity", "referral_letter", "needs_summary", "care_plan")
    assert row.expires_on == LATER
    with ws.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "consent.extended")).one()
        outbox = s.execute(text("SELECT tbl, kind, new FROM sync_outbox WHERE id > :b"), {"b": before}).all()
    assert json.loads(event.detail)["added"] == "needs_summary,care_plan" and event.target_id == own
    assert [(tbl, kind) for tbl, kind, _ in outbox if tbl == "consents"] == [("consents", "U")]
    [changed] = [new for tbl, _, new in outbox if tbl == "consents"]
    assert "care_plan" in json.dumps(json.loads(changed))
    send(ws, rid)
    assert get_referral(ws, rid).status == "sent" and get_referral(ws, rid).consent_id == own


def test_extending_refuses_nothing_new_and_a_consent_no_longer_valid(world):
    ws, person, cgg, _ = world
    own = record_consent(ws, person, partner_id=cgg, document_types=["referral_letter"])
    with pytest.raises(ValidationError) as nothing:
        extend_consent(ws, own, ["referral_letter"])
    assert nothing.value.errors[0].code == "consent.nothing_to_add"
    with pytest.raises(ValidationError):
        extend_consent(ws, own, ["not_a_type"])
    revoke_consent(ws, own)
    with pytest.raises(RelaisError) as revoked:
        extend_consent(ws, own, ["care_plan"])
    assert revoked.value.code == "consent.not_extendable"
    with ws.read() as s:
        assert s.get(Consent, own).document_types == ["referral_letter"]


# -- the whole flow in the interface ------------------------------------------------------------

def consent_form(answers_box, ticked: dict, picture: str):
    def act(dialog) -> None:
        dialog.resize(dialog.sizeHint())
        ticked.update({code: (box.isChecked(), box.isEnabled()) for code, box in dialog.types.items()})
        ticked["partner"] = dialog.partner.currentText()
        ticked["title"] = dialog.windowTitle()
        dialog.grab().save(str(SCREENSHOTS / picture))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    return answers_box.then(act)


def test_a_refused_referral_opens_the_consent_to_extend_in_french(ui_env, qtbot, world):  # noqa: F811
    from app.ui import i18n
    from app.ui.referrals.tab import ReferralsTab

    i18n.install("fr")
    ws, person, cgg, other = world
    record_consent(ws, person, partner_id=other, document_types=["referral_letter"])   # listed first
    own = record_consent(ws, person, partner_id=cgg, document_types=["identity", "referral_letter"],
                         expires_on=LATER)
    rid = referral_sharing_needs_and_plan(ws, person, cgg)
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab._select_referral(rid)
    tab.send_selected()                                                       # refused
    assert "Partage refusé" in tab.message.text()
    assert tab.fix_consent_button.isVisible() and tab.fix_consent_button.text() == "Compléter le consentement…"
    tab.grab().save(str(SCREENSHOTS / "everyday-consent-refused-fr.png"))
    seen: dict = {}
    answers = consent_form(ModalAnswers(), seen, "everyday-consent-fr.png")
    qtbot.mouseClick(tab.fix_consent_button, qtbot_left())
    qtbot.waitUntil(lambda: not answers.pending)
    assert seen["title"] == "Compléter un consentement" and seen["partner"].startswith("Centre de santé")
    assert sorted(c for c, v in seen.items() if isinstance(v, tuple) and v[0]) == [
        "care_plan", "identity", "needs_summary", "referral_letter"]
    assert not seen["identity"][1] and seen["care_plan"][1]                    # covered ones stay, locked
    assert "lettre peut maintenant être envoyée" in tab.message.text()
    assert len(list_consents(ws, person)) == 2                                 # extended, no duplicate
    tab.send_selected()
    assert get_referral(ws, rid).status == "sent" and get_referral(ws, rid).consent_id == own


def test_without_a_consent_for_this_recipient_a_new_one_is_ticked_exactly(ui_env, qtbot, world):  # noqa: F811
    from app.ui.referrals.tab import ReferralsTab

    ws, person, cgg, other = world
    record_consent(ws, person, partner_id=other, document_types=["referral_letter", "identity"])
    rid = referral_sharing_needs_and_plan(ws, person, cgg)
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    tab._select_referral(rid)
    tab.send_selected()
    assert tab.fix_consent_button.text() == "Record the missing consent…"
    seen: dict = {}
    answers = consent_form(ModalAnswers(), seen, "everyday-consent-new-en.png")
    tab.fix_consent_button.click()
    qtbot.waitUntil(lambda: not answers.pending)
    assert seen["title"] == "Record a consent" and seen["partner"].startswith("Centre de santé")
    assert sorted(c for c, v in seen.items() if isinstance(v, tuple) and v[0]) == [
        "care_plan", "needs_summary", "referral_letter"]
    tab.send_selected()
    assert get_referral(ws, rid).status == "sent"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton

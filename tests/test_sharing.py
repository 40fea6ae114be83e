"""The consent gate: sharing needs a valid consent naming the partner (or its category)
and covering every document type; the refusal says what is missing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.models.consent import Consent
from app.models.partner import Partner
from app.services.persons.records import PersonService
from app.services.shared.sharing import ConsentMissing, require_consent

TODAY = date(2026, 11, 26)


@pytest.fixture
def setup(ws):
    pid = PersonService(ws).create({"alias": "Mimi"})
    with ws.unit() as s:
        gp = Partner(organisation="Maison médicale fictive", sector="first_line", is_gp=True, languages=["fr"])
        ssm = Partner(organisation="SSM fictif", sector="mental_health", languages=["nl"])
        s.add_all([gp, ssm])
        s.flush()
        return ws, pid, gp.id, ssm.id


def add_consent(ws, pid, **kw):
    with ws.unit() as s:
        c = Consent(person_id=pid, given_on=kw.pop("given_on", TODAY - timedelta(days=10)), **kw)
        s.add(c)
        s.flush()
        return c.id


def refusal(ws, pid, partner_id, types):
    with ws.unit() as s:
        with pytest.raises(ConsentMissing) as exc:
            require_consent(s, pid, partner_id, types, TODAY)
    return exc.value


def test_no_consent_at_all(setup):
    ws, pid, gp, _ = setup
    assert refusal(ws, pid, gp, {"bilan"}).code == "consent.none_for_partner"
    assert "Maison médicale fictive" in refusal(ws, pid, gp, {"bilan"}).message()


def test_category_consent_covers_every_gp(setup):
    ws, pid, gp, ssm = setup
    cid = add_consent(ws, pid, recipient_category="gp", document_types=["bilan", "identity"])
    with ws.unit() as s:
        assert require_consent(s, pid, gp, {"bilan"}, TODAY).consent_id == cid
    assert refusal(ws, pid, ssm, {"bilan"}).code == "consent.none_for_partner"


def test_missing_type_expired_and_revoked(setup):
    ws, pid, _, ssm = setup
    add_consent(ws, pid, partner_id=ssm, document_types=["referral_letter"])
    err = refusal(ws, pid, ssm, {"referral_letter", "bilan"})
    assert err.code == "consent.type_missing" and "bilan" in err.message()
    add_consent(ws, pid, partner_id=ssm, document_types=["bilan"], expires_on=TODAY - timedelta(days=1))
    assert refusal(ws, pid, ssm, {"bilan"}).code == "consent.type_missing"


def test_revoked_consent_refuses_with_that_reason(setup):
    ws, pid, _, ssm = setup
    add_consent(ws, pid, partner_id=ssm, document_types=["bilan"], revoked_on=TODAY - timedelta(days=1))
    assert refusal(ws, pid, ssm, {"bilan"}).code == "consent.revoked"


def test_expired_consent_refuses_with_that_reason(setup):
    ws, pid, _, ssm = setup
    add_consent(ws, pid, partner_id=ssm, document_types=["bilan"], expires_on=TODAY - timedelta(days=1))
    assert refusal(ws, pid, ssm, {"bilan"}).code == "consent.expired"
    assert "expired" in refusal(ws, pid, ssm, {"bilan"}).message()


def test_a_refused_share_stays_in_the_audit_trail(setup, tmp_path):
    from sqlalchemy import select

    from app.services.documents.catalogue import produce
    from app.services.shared.documents import PdfRequest
    from app.store.audit import AuditEvent

    ws, pid, gp, _ = setup
    with pytest.raises(ConsentMissing):
        produce(ws, "careplan", PdfRequest(pid, gp))
    with ws.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent))]
    assert "share.refused" in actions

"""Bilans as case managers rely on them: drafts they edit, prefill that never overwrites,
finals that never change, amendments that form a chain, physicians only with the
person's agreement, and a peer worker refused everywhere."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models.bilan import format_inami, parse_inami, validate_physician
from app.services.bilan import records as bilans
from app.services.bilan.records import BilanRefused
from app.services.shared.documents import PdfRequest
from tests.bilan_fixtures import TODAY, install_fake_providers, world  # noqa: F401
from tests.conftest import add_user, open_as


def codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.errors}


def test_new_bilan_is_a_draft_with_every_section_unshared(world):
    ws, pid, _, _ = world
    record = bilans.get_bilan(ws, bilans.create_bilan(ws, pid, "initial"))
    assert record.status == "draft" and record.version == 1 and record.author == "Alice Martin"
    assert [s.key for s in record.sections][:2] == ["request", "context"]
    assert not any(record.shared.values())


def test_prefill_uses_the_summaries_and_never_overwrites(world, monkeypatch):
    ws, pid, _, _ = world
    install_fake_providers(monkeypatch)
    bid = bilans.create_bilan(ws, pid, "initial")
    record = bilans.get_bilan(ws, bid)
    assert "Avoir un chez-moi avant l'hiver" in record.text("request")
    assert "Accommodation" in record.text("daily_life") and "Unmet needs" in record.text("daily_life")
    assert "Company" in record.text("social") and "social isolation" in record.text("social")
    assert "Paid work" in record.text("work_education")          # an extra domain, still shown
    assert "Sœur Amina" in record.text("environment_resources")
    assert "Dr Fictif" not in record.text("environment_resources")  # professionals are not "around" informally
    assert "Maison d'accueil fictive (hébergement)" in record.text("treatment_history")
    assert "CPAS : prime d'installation" in record.text("proposal")
    assert record.text("gp_request") == ""

    bilans.update_bilan(ws, bid, sections={"daily_life": "Écrit avec la personne", "request": ""})
    filled = bilans.prefill_empty_sections(ws, bid)
    after = bilans.get_bilan(ws, bid)
    assert filled == ["request"]
    assert after.text("daily_life") == "Écrit avec la personne"
    assert "Revoir ma fille" in after.text("request")


def test_prefill_without_the_other_features_leaves_sections_empty(world):
    ws, pid, _, _ = world
    record = bilans.get_bilan(ws, bilans.create_bilan(ws, pid, "initial"))
    assert all(s.text == "" for s in record.sections)


def test_hostile_text_is_kept_as_typed_and_control_characters_dropped(world):
    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    typed = "<b>gras?</b> & <script>x</script>\nŞükrü Γιώργος Олександр"
    record = bilans.update_bilan(ws, bid, sections={"request": typed + "\x00\x07"})
    assert record.text("request") == typed


def test_a_section_over_20000_characters_is_refused_and_nothing_is_lost(world):
    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"context": "déjà écrit"})
    with pytest.raises(ValidationError) as exc:
        bilans.update_bilan(ws, bid, sections={"context": "x" * 20001, "request": "autre"})
    assert ("section.context", "text.too_long") in codes(exc.value)
    record = bilans.get_bilan(ws, bid)
    assert record.text("context") == "déjà écrit" and record.text("request") == ""
    assert len(bilans.update_bilan(ws, bid, sections={"context": "y" * 20000}).text("context")) == 20000


def test_dates_in_the_future_are_refused(world):
    ws, pid, _, _ = world
    with pytest.raises(ValidationError) as exc:
        bilans.create_bilan(ws, pid, "initial", bilan_date=TODAY + timedelta(days=1))
    assert ("bilan_date", "date.future") in codes(exc.value)
    with pytest.raises(ValidationError):
        bilans.create_bilan(ws, pid, "weekly")


def test_inami_format():
    assert parse_inami("1-23456-78-901") == "12345678901"
    assert parse_inami("1.23456.78.901") == "12345678901"
    assert format_inami("12345678901") == "1-23456-78-901"
    for bad in ("1-23456-78-90", "123456789012", "1-2345a-78-901", ""):
        with pytest.raises(ValueError):
            parse_inami(bad)


def test_physician_only_with_the_persons_agreement():
    day = date(2026, 11, 20)
    _, errors = validate_physician(False, "Dr Nowak", "1-23456-78-901", None, day, day)
    assert ("physician_agreed", "bilan.physician_needs_agreement") in {(e.field, e.code) for e in errors}
    _, errors = validate_physician(True, "Dr Nowak", "", day, day, day)
    assert {(e.field, e.code) for e in errors} == {("physician_inami", "bilan.cosign_needs_inami")}
    _, errors = validate_physician(True, "Dr Nowak", "12345", None, day, day)
    assert {(e.field, e.code) for e in errors} == {("physician_inami", "bilan.inami_format")}
    _, errors = validate_physician(True, "Dr Nowak", "12345678901", day - timedelta(days=1), day, day)
    assert {(e.field, e.code) for e in errors} == {("physician_cosigned_on", "bilan.cosign_before_bilan")}
    values, errors = validate_physician(True, "Dr Nowak", "1 23456 78 901", day, day, day)
    assert errors == [] and values["physician_inami"] == "12345678901"


def test_physician_contribution_needs_agreement_through_the_service(world):
    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    with pytest.raises(ValidationError) as exc:
        bilans.update_bilan(ws, bid, sections={"physician": "Avis médical"})
    assert ("section.physician", "bilan.physician_needs_agreement") in codes(exc.value)
    record = bilans.update_bilan(ws, bid, sections={"physician": "Avis médical"}, physician={
        "agreed": True, "name": "Dr Zofia Nowak", "inami": "1-23456-78-901", "cosigned_on": TODAY})
    assert record.physician_inami == "1-23456-78-901" and record.physician_cosigned_on == TODAY


def test_final_bilan_is_immutable(world):
    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    with pytest.raises(ValidationError) as exc:
        bilans.finalise_bilan(ws, bid)
    assert ("sections", "bilan.empty") in codes(exc.value)
    bilans.update_bilan(ws, bid, sections={"request": "Un logement"}, shared={"request": True})
    final = bilans.finalise_bilan(ws, bid)
    assert final.is_final and final.finalised_at is not None
    for attempt in (lambda: bilans.update_bilan(ws, bid, sections={"request": "changé"}),
                    lambda: bilans.set_shared(ws, bid, {"request": False}),
                    lambda: bilans.update_bilan(ws, bid, gp_refused=True),
                    lambda: bilans.prefill_empty_sections(ws, bid),
                    lambda: bilans.finalise_bilan(ws, bid),
                    lambda: bilans.delete_draft(ws, bid)):
        with pytest.raises(BilanRefused) as refused:
            attempt()
        assert refused.value.code == "bilan.final_immutable"
    assert bilans.get_bilan(ws, bid).text("request") == "Un logement"


def test_amendment_chain(world):
    ws, pid, _, _ = world
    first = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, first, sections={"request": "v1"}, shared={"request": True, "needs": True},
                        physician={"agreed": True, "name": "Dr Nowak", "inami": "12345678901", "cosigned_on": TODAY})
    bilans.finalise_bilan(ws, first)
    second = bilans.amend_bilan(ws, first)
    amended = bilans.get_bilan(ws, second)
    assert (amended.version, amended.amends_id, amended.status) == (2, first, "draft")
    assert amended.text("request") == "v1" and amended.shared["request"] and amended.shared["needs"]
    assert amended.physician_name == "Dr Nowak" and amended.physician_cosigned_on is None  # co-sign anew
    assert bilans.get_bilan(ws, first).amended_by_id == second

    with pytest.raises(BilanRefused) as exc:
        bilans.amend_bilan(ws, first)
    assert exc.value.code == "bilan.already_amended"
    with pytest.raises(BilanRefused) as exc:
        bilans.amend_bilan(ws, second)
    assert exc.value.code == "bilan.amend_draft"

    bilans.update_bilan(ws, second, sections={"request": "v2"})
    bilans.finalise_bilan(ws, second)
    third = bilans.amend_bilan(ws, second)
    rows = {r.id: r for r in bilans.list_bilans(ws, pid)}
    assert [rows[i].version for i in (first, second, third)] == [1, 2, 3]
    assert rows[first].amended_by_id == second and rows[second].amended_by_id == third
    assert bilans.get_bilan(ws, first).text("request") == "v1"


def test_unknown_parts_are_refused(world):
    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    with pytest.raises(ValidationError) as exc:
        bilans.set_shared(ws, bid, {"diagnosis": True})
    assert ("sections", "bilan.unknown_part") in codes(exc.value)


def test_views_and_changes_are_audited_without_personal_text(world):
    from sqlalchemy import select

    from app.store.audit import AuditEvent

    ws, pid, _, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    bilans.update_bilan(ws, bid, sections={"request": "Secret très personnel"})
    bilans.get_bilan(ws, bid)
    with ws.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.target_kind == "bilan")).all()
    assert {"bilan.created", "bilan.changed", "bilan.viewed"} <= {e.action for e in events}
    assert not any("Secret" in e.detail for e in events)


def test_peer_worker_is_refused_every_bilan_use(world, vault_dir):
    ws, pid, gp, _ = world
    bid = bilans.create_bilan(ws, pid, "initial")
    add_user(ws, "pierre", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pierre")
    try:
        for attempt in (lambda: bilans.list_bilans(peer, pid), lambda: bilans.get_bilan(peer, bid),
                        lambda: bilans.create_bilan(peer, pid, "initial"),
                        lambda: bilans.update_bilan(peer, bid, sections={"request": "x"}),
                        lambda: bilans.finalise_bilan(peer, bid), lambda: bilans.amend_bilan(peer, bid),
                        lambda: bilans.produce_bilan(peer, PdfRequest(pid, None, "fr", "gp")),
                        lambda: bilans.produce_bilan(peer, PdfRequest(pid, gp, "fr", "gp"))):
            with pytest.raises(PermissionDenied):
                attempt()
    finally:
        peer.lock()

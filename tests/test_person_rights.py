"""Right of access (everything about one person) and erasure (nothing left behind)."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlcipher3
from sqlalchemy import text

from app.errors import WrongPassphrase
from app.models.consent import Consent
from app.services.persons.records import PersonService
from app.services.rights.collect import (
    ErasureNeedsSupervisor,
    erase_person,
    export_person_json,
)
from app.services.shared.documents import BuiltPdf, PdfRequest, keep
from app.services.shared.vault_settings import set_setting
from tests.conftest import PASSPHRASE, USER, add_user, open_as

NAME = "Zofia Wiśniewska-Ōkubo"


def make_person(ws) -> int:
    pid = PersonService(ws).create({"given_names": NAME, "alias": "Zozo", "contact_notes": "Note " + NAME})
    with ws.unit() as s:
        s.add(Consent(person_id=pid, given_on=date(2026, 1, 5), recipient_category="gp",
                      document_types=["bilan"], purpose="Suivi par " + NAME))
    keep(ws, "careplan", PdfRequest(pid), BuiltPdf("Plan " + NAME, b"%PDF-1.4 fake " + NAME.encode(), "fr"), None)
    return pid


def test_access_export_holds_every_record_about_the_person(ws):
    other = PersonService(ws).create({"alias": "Someone else"})
    pid = make_person(ws)
    data = export_person_json(ws, pid)
    text = json.dumps(data, ensure_ascii=False)
    assert NAME in text
    assert "Someone else" not in text
    assert set(data["records"]) >= {"persons", "consents", "documents", "person_workers"}
    assert data["records"]["persons"][0]["id"] == pid and other != pid


def decrypted_bytes(ws, tmp_path) -> bytes:
    """A plaintext copy of the whole database, made with the vault's own key."""
    plain = tmp_path / "plain.db"
    key = bytes(ws.vault._key)
    conn = sqlcipher3.connect(str(ws.vault.folder.db_path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    return plain.read_bytes() + ws.vault.folder.db_path.read_bytes()


def test_erasure_leaves_no_trace_of_the_name_in_the_decrypted_database(ws, tmp_path):
    pid = make_person(ws)
    for phase in ("before", "after"):
        (tmp_path / phase).mkdir()
    # The check below must be able to fail: the name is there before erasure.
    assert NAME.encode() in decrypted_bytes(ws, tmp_path / "before")
    erase_person(ws, pid)
    raw = decrypted_bytes(ws, tmp_path / "after")
    assert NAME.encode() not in raw
    assert "Zozo".encode() not in raw
    with ws.read() as s:
        actions = [a for (a,) in s.execute(text("SELECT action FROM audit_events"))]
    assert "person.erased" in actions


def test_erasure_within_retention_needs_a_supervisor(ws, vault_dir):
    set_setting(ws, "retention_years", 5)
    pid = make_person(ws)
    add_user(ws, "carla", "case_manager")
    ws.lock()
    cm = open_as(vault_dir, "carla")
    try:
        with pytest.raises(ErasureNeedsSupervisor):
            erase_person(cm, pid)
        with pytest.raises(WrongPassphrase):
            erase_person(cm, pid, supervisor=(USER, "not the passphrase"))
        assert PersonService(cm).count() == 1
        erase_person(cm, pid, supervisor=(USER, PASSPHRASE))
        assert PersonService(cm).count() == 0
    finally:
        cm.lock()


# -- the full feature set: assessments, plans, networks, contacts, referrals, bilans, documents --

MARK = "Testova"   # Anna's family name, also written into each of her free texts below


def _fill_every_feature(ws):
    from app.models.bilan import Bilan, BilanSection
    from tests.caseload_fixtures import build_caseload

    c = build_caseload(ws)
    note = f"Notes about {MARK}: " + "ligne\n" * 5
    with ws.unit() as s:
        for sql in ("UPDATE contacts SET note = :t WHERE person_id = :p",
                    "UPDATE assessment_ratings SET comment = :t WHERE assessment_id IN "
                    "(SELECT id FROM assessments WHERE person_id = :p)",
                    "UPDATE careplan_goals SET text = :t WHERE version_id IN (SELECT v.id FROM careplan_versions v "
                    "JOIN careplans c ON c.id = v.plan_id WHERE c.person_id = :p)",
                    "UPDATE careplan_actions SET what = :t WHERE goal_id IN (SELECT g.id FROM careplan_goals g "
                    "JOIN careplan_versions v ON v.id = g.version_id JOIN careplans c ON c.id = v.plan_id "
                    "WHERE c.person_id = :p)",
                    "UPDATE network_members SET note = :t WHERE snapshot_id IN "
                    "(SELECT id FROM network_snapshots WHERE person_id = :p)",
                    "UPDATE referrals SET reason = :t, request = :t WHERE person_id = :p",
                    "UPDATE referral_events SET note = :t WHERE referral_id IN "
                    "(SELECT id FROM referrals WHERE person_id = :p)",
                    "UPDATE consents SET purpose = :t WHERE person_id = :p"):
            s.execute(text(sql), {"t": note, "p": c.anna})
        bilan = Bilan(person_id=c.anna, bilan_date=date(2026, 11, 1), physician_name=f"Dr {MARK} fictif")
        s.add(bilan)
        s.flush()
        s.add(BilanSection(bilan_id=bilan.id, key="request", text=note))
    keep(ws, "bilan", PdfRequest(c.anna), BuiltPdf(f"Bilan {MARK}", b"%PDF-1.4 " + note.encode(), "fr"), None)
    return c


def test_access_export_covers_every_feature(ws):
    c = _fill_every_feature(ws)
    records = export_person_json(ws, c.anna)["records"]
    assert set(records) >= {"persons", "person_workers", "contacts", "assessments", "assessment_ratings",
                            "careplans", "careplan_versions", "careplan_goals", "careplan_actions",
                            "network_snapshots", "network_members", "bilans", "bilan_sections", "consents",
                            "referrals", "referral_events", "documents"}
    assert len(records["assessments"]) == 4 and len(records["contacts"]) == 4
    assert all(r["person_id"] == c.anna for r in records["referrals"])
    assert "Exemplo" not in json.dumps(records, ensure_ascii=False)


def test_erasure_of_a_full_file_leaves_no_trace(ws, tmp_path):
    c = _fill_every_feature(ws)
    for phase in ("before", "after"):
        (tmp_path / phase).mkdir()
    assert MARK.encode() in decrypted_bytes(ws, tmp_path / "before")
    erase_person(ws, c.anna)
    raw = decrypted_bytes(ws, tmp_path / "after")
    assert MARK.encode() not in raw
    assert b"Notes about" not in raw and b"Joignable via le centre de jour" not in raw
    assert b"85073003328" not in raw
    assert b"Exemplo" in raw           # the others' files are untouched
    with ws.read() as s:
        erased = s.execute(text("SELECT target_id, detail FROM audit_events WHERE action = 'person.erased'")).one()
    assert erased[0] == c.anna and "Anna" not in erased[1] and MARK not in erased[1]

"""Right of access (everything about one person) and erasure (nothing left behind)."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlcipher3
from sqlalchemy import text

from app.errors import WrongPassphrase
from app.models.consent import Consent
from app.services.documents import BuiltPdf, PdfRequest, keep
from app.services.person_rights import ErasureNeedsSupervisor, erase_person, export_person_json
from app.services.persons import PersonService
from app.services.vault_settings import set_setting
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

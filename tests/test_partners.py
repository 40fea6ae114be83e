"""The partner directory: validation, search and filters, CSV import all-or-nothing with a
row report, HSDS export/import round trip, the GP as a partner, and consents."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from app.errors import PermissionDenied, RelaisError, ValidationError
from app.services.partners.directory import (
    PartnerFilter,
    add_partner,
    delete_partner,
    list_partners,
    update_partner,
)
from app.services.partners.hsds import (
    HsdsRefused,
    directory_to_hsds,
    export_hsds,
    import_hsds,
)
from app.services.partners.importing import PARTNER_COLUMNS, import_partners
from app.services.persons.records import PersonService
from app.services.shared.consents import (
    consent_flag,
    list_consents,
    record_consent,
    revoke_consent,
)
from app.services.shared.csv_import import ImportRefused
from tests.conftest import PASSPHRASE, REPO, add_user, open_as

HEADER = ";".join(PARTNER_COLUMNS)
TODAY = date.today()


def write_csv(tmp_path, *rows: str):
    path = tmp_path / "partners.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def row(**values: str) -> str:
    return ";".join(values.get(c, "") for c in PARTNER_COLUMNS)


GOOD = row(organisation="Abri de nuit fictif", service="Accueil de nuit", type="R", sector="housing",
           languages="fr, nl", accepts_drug_users="oui", waiting_days="0", email="abri@fictif.example")


def test_import_adds_every_row(ws, tmp_path):
    path = write_csv(tmp_path, GOOD, row(organisation="Dagcentrum De Fictieve Haven", type="D",
                                         sector="addiction", languages="nl", waiting_days="14"))
    assert import_partners(ws, path) == 2
    abri = list_partners(ws, PartnerFilter(text="abri"))[0]
    assert abri.languages == ("fr", "nl") and abri.criteria == {"accepts_drug_users": True}
    assert abri.waiting_days == 0 and abri.service_type == "R"


@pytest.mark.parametrize("bad, field, code", [
    (row(service="Sans nom", type="O"), "organisation", "partners.name_required"),
    (row(organisation="X", email="pas-un-email@"), "email", "email.invalid"),
    (row(organisation="X", type="Z"), "type", "partners.type_unknown"),
    (row(organisation="X", accepts_drug_users="peut-être"), "accepts_drug_users", "partners.yes_no"),
    (row(organisation="X", min_age="40", max_age="18"), "max_age", "partners.age_range"),
    (row(organisation="X", waiting_days="-3"), "waiting_days", "partners.number.range"),
])
def test_one_bad_row_imports_nothing_and_is_named(ws, tmp_path, bad, field, code):
    path = write_csv(tmp_path, GOOD, bad)
    with pytest.raises(ImportRefused) as exc:
        import_partners(ws, path)
    assert [(e.line, e.field, e.code) for e in exc.value.errors] == [(3, field, code)]
    assert "line 3" in exc.value.message()
    assert list_partners(ws) == []


def test_duplicates_in_the_file_and_against_the_directory(ws, tmp_path):
    add_partner(ws, {"organisation": "Dagcentrum De Fictieve Haven"})
    same_other_case = row(organisation="abri de nuit FICTIF", service="accueil de nuit")
    path = write_csv(tmp_path, GOOD, same_other_case, row(organisation="Dagcentrum De Fictieve Haven"))
    with pytest.raises(ImportRefused) as exc:
        import_partners(ws, path)
    assert [(e.line, e.code, e.params) for e in exc.value.errors] == [
        (3, "import.duplicate_in_file", {"line": 2}),
        (4, "partners.already_in_directory", {"id": 1}),
    ]
    assert len(list_partners(ws)) == 1


def test_cli_template_and_import(vault_dir, tmp_path):
    run = [sys.executable, str(REPO / "tests" / "run_relais.py"), "import", "partners"]
    template = subprocess.run([*run, "--template"], capture_output=True, text=True, cwd=REPO)
    assert template.returncode == 0 and template.stdout.strip() == HEADER
    bad = write_csv(tmp_path, row(service="anonyme"))
    result = subprocess.run([*run, "--vault", str(vault_dir), str(bad)], input=PASSPHRASE + "\n",
                            capture_output=True, text=True, cwd=REPO, env={"RELAIS_LANG": "en",
                                                                           "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1 and "line 2 [organisation]" in result.stderr


def test_filters(ws):
    add_partner(ws, {"organisation": "Bas-seuil Fictif", "sector": "addiction", "languages": "fr",
                     "accepts_drug_users": True, "waiting_days": 0})
    add_partner(ws, {"organisation": "CGG Fictief Oost", "sector": "mental_health", "languages": "nl",
                     "accepts_drug_users": False, "waiting_days": 60})
    add_partner(ws, {"organisation": "Maison Médicale Éphémère", "sector": "first_line", "languages": ["fr", "nl"],
                     "is_gp": True})
    names = lambda f: [p.organisation for p in list_partners(ws, f)]  # noqa: E731
    assert names(PartnerFilter(accepts_drug_users=True)) == ["Bas-seuil Fictif"]
    assert names(PartnerFilter(language="nl")) == ["CGG Fictief Oost", "Maison Médicale Éphémère"]
    assert names(PartnerFilter(no_waiting_list=True)) == ["Bas-seuil Fictif"]
    assert names(PartnerFilter(text="medicale ephemere")) == ["Maison Médicale Éphémère"]
    assert names(PartnerFilter(sector="mental_health")) == ["CGG Fictief Oost"]
    assert names(PartnerFilter(gp_only=True)) == ["Maison Médicale Éphémère"]


def test_editor_validation_and_duplicates(ws):
    pid = add_partner(ws, {"organisation": "Service fictif", "languages": "fr"})
    with pytest.raises(ValidationError) as exc:
        add_partner(ws, {"organisation": "service FICTIF"})
    assert exc.value.errors[0].code == "partners.duplicate"
    with pytest.raises(ValidationError) as exc:
        update_partner(ws, pid, {"organisation": "<b>" * 200, "email": "x@y", "languages": "français"})
    assert {e.code for e in exc.value.errors} == {"text.too_long", "email.invalid", "partners.language_invalid"}
    assert update_partner(ws, pid, {"organisation": "Service fictif", "languages": "nl fr"}).letter_language == "nl"


def test_a_partner_named_by_a_consent_cannot_be_deleted(ws):
    person = PersonService(ws).create({"alias": "Bibi"})
    pid = add_partner(ws, {"organisation": "Service fictif"})
    record_consent(ws, person, partner_id=pid, document_types=["identity"])
    with pytest.raises(RelaisError) as exc:
        delete_partner(ws, pid)
    assert exc.value.code == "partners.in_use"
    other = add_partner(ws, {"organisation": "Autre service fictif"})
    delete_partner(ws, other)
    assert [p.id for p in list_partners(ws)] == [pid]


def test_hsds_round_trip(ws, tmp_path, vault_dir):
    add_partner(ws, {"organisation": "Réseau fictif Santé", "service_name": "Équipe mobile", "service_type": "O",
                     "sector": "mental_health", "address": "Rue Imaginaire 5, 1060 Saint-Gilles",
                     "phone": "+32 2 000 00 00", "email": "em@fictif.example", "languages": "fr nl",
                     "accepts_drug_users": True, "min_age": 16, "max_age": 65, "needs_insurance": False,
                     "needs_address": False, "waiting_days": 21, "contact_person": "Dr Żaneta Fictive",
                     "notes": "Permanence le mardi"})
    add_partner(ws, {"organisation": "Réseau fictif Santé", "service_name": "Logement d'abord",
                     "service_type": "R", "sector": "housing", "languages": "fr"})
    add_partner(ws, {"organisation": "Dr Jan Fictief", "sector": "first_line", "is_gp": True, "languages": "nl",
                     "address": "Nergensstraat 1"})
    before = list_partners(ws)
    out = tmp_path / "directory.json"
    assert export_hsds(ws, out) == 3
    doc = json.loads(out.read_text("utf-8"))
    assert len(doc["organizations"]) == 2 and len(doc["services"]) == 3
    assert {lang["code"] for lang in doc["languages"]} == {"fr", "nl"}
    assert sorted((a["address_1"], a["postal_code"], a["city"]) for a in doc["addresses"]) == [
        ("Nergensstraat 1", "", ""), ("Rue Imaginaire 5", "1060", "Saint-Gilles")]
    # Into an empty vault: every field comes back.
    ws.lock()
    empty = tmp_path / "other"
    from app.services.shared.workspace import Workspace
    from app.store.keyslots import INSECURE_TEST_KDF

    other, _ = Workspace.create(empty, "bob", PASSPHRASE, params=INSECURE_TEST_KDF)
    try:
        assert import_hsds(other, out).added == 3
        strip = lambda rows: sorted((p.organisation, p.service_name, p.service_type, p.sector, p.is_gp,  # noqa: E731
                                     p.address, p.phone, p.email, p.languages, tuple(sorted(p.criteria.items())),
                                     p.waiting_days, p.contact_person, p.notes) for p in rows)
        assert strip(list_partners(other)) == strip(before)
        # Importing the same file again adds nothing: a shared directory is re-read safely.
        again = import_hsds(other, out)
        assert (again.added, again.already_present) == (0, 3)
    finally:
        other.lock()


def test_hsds_bad_service_refuses_everything(ws, tmp_path):
    doc = directory_to_hsds([])
    doc["organizations"] = [{"id": "o1", "name": "Org fictive"}]
    doc["services"] = [{"id": "s1", "organization_id": "o1", "name": "Ok", "email": "ok@fictif.example"},
                       {"id": "s2", "organization_id": "o1", "name": "Bad", "email": "not-an-email"}]
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(HsdsRefused) as exc:
        import_hsds(ws, path)
    assert "Service 2 (Org fictive) [email]" in exc.value.message()
    assert list_partners(ws) == []
    path.write_text("{not json", "utf-8")
    with pytest.raises(RelaisError) as exc:
        import_hsds(ws, path)
    assert exc.value.code == "partners.hsds.invalid"


def test_consents_record_revoke_expiry_and_header_flag(ws):
    person = PersonService(ws).create({"alias": "Mimi"})
    pid = add_partner(ws, {"organisation": "Service fictif"})
    assert consent_flag(ws, person).state == "none"
    with pytest.raises(ValidationError) as exc:
        record_consent(ws, person, document_types=[], given_on=TODAY + timedelta(days=1),
                       expires_on=TODAY - timedelta(days=3))
    assert {e.code for e in exc.value.errors} == {"consent.recipient_required", "consent.types_required",
                                                  "date.future", "consent.expiry_before_given"}
    old = record_consent(ws, person, partner_id=pid, document_types=["identity"],
                         given_on=TODAY - timedelta(days=400), expires_on=TODAY - timedelta(days=35))
    assert consent_flag(ws, person).state == "expired"
    cid = record_consent(ws, person, recipient_category="gp", document_types=["bilan", "identity"],
                         expires_on=TODAY + timedelta(days=10))
    flag = consent_flag(ws, person)
    assert flag.state == "expiring" and flag.expires_on == TODAY + timedelta(days=10) and not flag.missing
    revoke_consent(ws, cid, note="a changé d'avis")
    with pytest.raises(RelaisError):
        revoke_consent(ws, cid)
    assert consent_flag(ws, person).missing
    rows = {r.id: r for r in list_consents(ws, person)}
    assert rows[cid].state == "revoked" and rows[old].state == "expired" and rows[old].recipient == "Service fictif"


def test_peer_worker_reads_directory_but_cannot_change_it(ws, vault_dir, tmp_path):
    add_partner(ws, {"organisation": "Service fictif"})
    add_user(ws, "pia", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pia")
    try:
        assert [p.organisation for p in list_partners(peer)] == ["Service fictif"]
        with pytest.raises(PermissionDenied):
            add_partner(peer, {"organisation": "Autre"})
        with pytest.raises(PermissionDenied):
            import_partners(peer, write_csv(tmp_path, GOOD))
    finally:
        peer.lock()

"""CANSAS assessments through the services: drafts, refusals, summaries, comparisons, roles."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, RelaisError, ValidationError
from app.models.cansas import Assessment, Rating
from app.models.instruments import cansas_core_domains
from app.services.cansas import assessments as svc
from app.services.cansas.assessments import latest_needs_summary
from app.services.documents.catalogue import produce
from app.services.persons.records import PersonService
from app.services.shared.documents import PdfRequest, document_bytes
from app.store.audit import AuditEvent
from tests.conftest import add_user, open_as

CORE = [d.id for d in cansas_core_domains()]
TODAY = date(2026, 11, 26)


def ratings(values, comments=None):
    comments = comments or {}
    return {d: ((v, comments[d]) if d in comments else v) for d, v in zip(CORE, values)}


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"given_names": "Zoé", "family_name": "Périer"})


def test_complete_assessment_scores_the_hand_computed_case(ws, pid):
    values = [0] * 5 + [1] * 6 + [2] * 4 + [9] * 7
    detail = svc.create_assessment(ws, pid, TODAY - timedelta(days=3), "staff", ratings(values), complete=True,
                                   today=TODAY)
    s = detail.row.scores
    assert (s.core.met, s.core.unmet, s.core.total, s.core.unknown) == (6, 4, 10, 7)
    needs = svc.latest_needs_summary(ws, pid)
    assert (needs.met, needs.unmet, needs.total, needs.unknown) == (6, 4, 10, 7)
    assert needs.rater == "staff" and needs.unmet_domains == tuple(CORE[11:15])
    assert latest_needs_summary(ws, pid) == needs


def test_extra_domains_are_kept_and_reported_apart(ws, pid):
    r = ratings([0] * 21 + [2]) | {"paid_work": 2, "medication_side_effects": 1, "meaning_in_life": 9}
    detail = svc.create_assessment(ws, pid, TODAY, "staff", r, extra_set="nl_25", complete=True, today=TODAY)
    assert len(detail.ratings) == 25
    assert [r.domain_id for r in detail.ratings if not r.is_core] == ["paid_work", "medication_side_effects",
                                                                      "meaning_in_life"]
    needs = svc.latest_needs_summary(ws, pid)
    assert (needs.met, needs.unmet, needs.unknown) == (0, 1, 0)     # extras are not in the 22
    assert needs.extra_unmet == ("paid_work",)
    assert needs.unmet_domains == ("benefits", "paid_work")
    assert svc.unmet_domain_ids(ws, detail.row.id) == ["benefits", "paid_work"]


def test_an_assessment_keeps_its_domain_set_when_the_instrument_changes(ws, pid, monkeypatch):
    detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([1] * 22), complete=True, today=TODAY)
    monkeypatch.setattr(svc, "cansas_core_domains", lambda: tuple(cansas_core_domains()[:20]))
    again = svc.get_assessment(ws, detail.row.id)
    assert len(again.ratings) == 22 and again.row.scores.core.met == 22
    with ws.read() as s:
        assert len(s.get(Assessment, detail.row.id).domain_set) == 22


def test_a_draft_is_saved_marked_and_kept_out_of_summaries(ws, pid):
    draft = svc.create_assessment(ws, pid, TODAY, "staff", ratings([2] * 10), today=TODAY)
    assert draft.row.is_draft and draft.row.scores.core.unrated == 12
    assert svc.latest_needs_summary(ws, pid) is None
    assert svc.history(ws, pid) == []
    with pytest.raises(RelaisError) as exc:
        svc.complete_assessment(ws, draft.row.id)
    assert exc.value.code == "cansas.incomplete" and exc.value.params["missing"] == 12
    with pytest.raises(RelaisError) as exc:
        produce(ws, "cansas", PdfRequest(pid, language="en"))
    assert exc.value.code == "cansas.nothing_to_print"
    svc.update_assessment(ws, draft.row.id, {d: 0 for d in CORE[10:]})
    done = svc.complete_assessment(ws, draft.row.id)
    assert not done.row.is_draft and svc.latest_needs_summary(ws, pid).unmet == 10


def test_a_rating_outside_the_scale_is_refused_and_nothing_is_saved(ws, pid):
    bad = ratings([1] * 22) | {"food": 5}
    with pytest.raises(ValidationError) as exc:
        svc.create_assessment(ws, pid, TODAY, "staff", bad, today=TODAY)
    assert [e.code for e in exc.value.errors] == ["cansas.rating_invalid"]
    assert "0, 1, 2 or 9" in exc.value.message()
    with ws.read() as s:
        assert s.scalars(select(Assessment)).all() == []
    detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([1] * 22), today=TODAY)
    with pytest.raises(ValidationError):
        svc.update_assessment(ws, detail.row.id, {"food": 5, "alcohol": 2})
    assert svc.get_assessment(ws, detail.row.id).value("alcohol") == 1   # the whole change was refused


def test_an_assessment_dated_in_the_future_is_refused(ws, pid):
    with pytest.raises(ValidationError) as exc:
        svc.create_assessment(ws, pid, date.today() + timedelta(days=1), "staff", ratings([0] * 22))
    assert [e.code for e in exc.value.errors] == ["date.future"]
    detail = svc.create_assessment(ws, pid, date.today(), "staff", ratings([0] * 22))
    with pytest.raises(ValidationError):
        svc.update_assessment(ws, detail.row.id, assessed_on=date.today() + timedelta(days=30))


def test_a_complete_assessment_cannot_lose_a_rating(ws, pid):
    detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([0] * 22), complete=True, today=TODAY)
    with pytest.raises(RelaisError) as exc:
        svc.update_assessment(ws, detail.row.id, {"food": None})
    assert exc.value.code == "cansas.incomplete"


def test_hostile_comments_are_cleaned_and_kept(ws, pid):
    comment = "<script>alert(1)</script>\x00 Шевченко & Çelik\n\u202e"
    detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([1] * 22, {"food": comment}), today=TODAY)
    kept = next(r.comment for r in detail.ratings if r.domain_id == "food")
    assert "\x00" not in kept and kept.startswith("<script>") and "Шевченко & Çelik" in kept
    with pytest.raises(ValidationError) as exc:
        svc.update_assessment(ws, detail.row.id, {"food": (1, "x" * 20000)})
    assert exc.value.errors[0].code == "text.too_long"


def test_staff_and_person_stay_two_assessments_compared_domain_by_domain(ws, pid):
    staff = svc.create_assessment(ws, pid, TODAY - timedelta(days=10), "staff",
                                  ratings([2, 1, 0, 9] + [0] * 18), complete=True, today=TODAY)
    person = svc.create_assessment(ws, pid, TODAY - timedelta(days=2), "person",
                                   ratings([2, 2, 1, 0] + [0] * 18), complete=True, today=TODAY)
    assert svc.counterpart_id(ws, staff.row.id) == person.row.id
    comparison = svc.compare(ws, person.row.id, staff.row.id)
    assert comparison.staff.id == staff.row.id and comparison.person.id == person.row.id
    first = {d.domain_id: d for d in comparison.domains[:4]}
    assert first["accommodation"].agree is True
    assert first["food"].disagree and first["looking_after_home"].disagree
    assert first["self_care"].agree is None           # staff did not know: not a disagreement
    assert (comparison.agreed, comparison.disagreed) == (19, 2)
    # the summary is the staff rating of the latest period, not a blend of both
    needs = svc.latest_needs_summary(ws, pid)
    assert needs.assessment_id == staff.row.id and (needs.met, needs.unmet, needs.unknown) == (1, 1, 1)


def test_a_person_rating_alone_is_the_summary_when_no_staff_rating_exists(ws, pid):
    svc.create_assessment(ws, pid, TODAY - timedelta(days=400), "staff", ratings([2] * 22), complete=True, today=TODAY)
    person = svc.create_assessment(ws, pid, TODAY, "person", ratings([1] * 22), complete=True, today=TODAY)
    assert svc.latest_needs_summary(ws, pid).assessment_id == person.row.id


def test_history_and_changes_between_two_assessments(ws, pid):
    a = svc.create_assessment(ws, pid, date(2024, 3, 1), "staff", ratings([2, 2, 1, 9] + [0] * 18),
                              complete=True, today=TODAY)
    b = svc.create_assessment(ws, pid, date(2025, 3, 1), "staff", ratings([1, 2, 2, 0] + [0] * 18),
                              complete=True, today=TODAY)
    svc.create_assessment(ws, pid, date(2026, 3, 1), "staff", ratings([0] * 5), today=TODAY)   # draft
    points = svc.history(ws, pid)
    assert [(p.assessed_on.year, p.met, p.unmet, p.unknown) for p in points] == [(2024, 1, 2, 1), (2025, 1, 2, 0)]
    changes = {c.domain_id: c.change.value for c in svc.changes_between(ws, b.row.id, a.row.id)}
    assert changes["accommodation"] == "better"
    assert changes["food"] == "same"
    assert changes["looking_after_home"] == "worse"
    assert changes["self_care"] == "unknown"


def test_caseload_agreement_per_domain(ws, pid):
    other = PersonService(ws).create({"alias": "Bibi"})
    for p, person_values in ((pid, [2, 1] + [0] * 20), (other, [2, 2] + [0] * 20)):
        svc.create_assessment(ws, p, TODAY - timedelta(days=5), "staff", ratings([2, 1] + [0] * 20), complete=True,
                              today=TODAY)
        svc.create_assessment(ws, p, TODAY, "person", ratings(person_values), complete=True, today=TODAY)
    result = svc.caseload_agreement(ws)
    assert result.pairs == 2
    agreement = {a.domain_id: a for a in result.domains}
    assert (agreement["accommodation"].pairs, agreement["accommodation"].agreed) == (2, 2)
    assert (agreement["food"].pairs, agreement["food"].agreed) == (2, 1) and agreement["food"].rate == 0.5
    assert svc.caseload_agreement(ws, worker_id=ws.user.id + 1000).pairs == 0     # nobody's caseload


def test_a_peer_worker_sees_neither_ratings_nor_comments(ws, vault_dir, pid):
    detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([2] * 22, {"food": "private"}),
                                   complete=True, today=TODAY)
    add_user(ws, "piet", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "piet")
    try:
        for call in (lambda: svc.list_assessments(peer, pid), lambda: svc.get_assessment(peer, detail.row.id),
                     lambda: svc.history(peer, pid), lambda: svc.latest_needs_summary(peer, pid),
                     lambda: svc.unmet_domain_ids(peer, detail.row.id),
                     lambda: svc.create_assessment(peer, pid, TODAY, "person", {}, today=TODAY),
                     lambda: svc.update_assessment(peer, detail.row.id, {"food": 0}),
                     lambda: produce(peer, "cansas", PdfRequest(pid, language="fr"))):
            with pytest.raises(PermissionDenied):
                call()
        with peer.read() as s:
            denied = s.scalars(select(AuditEvent).where(AuditEvent.action == "permission.denied")).all()
        assert len(denied) == 8
    finally:
        peer.lock()


def test_erasing_a_person_erases_their_assessments(ws, pid):
    svc.create_assessment(ws, pid, TODAY, "staff", ratings([1] * 22), complete=True, today=TODAY)
    PersonService(ws).delete(pid)
    with ws.read() as s:
        assert s.scalars(select(Assessment)).all() == [] and s.scalars(select(Rating)).all() == []


def test_cansas_pdf_prints_counts_unknowns_extras_and_both_raters(ws, pid, tmp_path):
    staff_values = [0] * 5 + [1] * 6 + [2] * 4 + [9] * 7
    r = ratings(staff_values, {"accommodation": "<b>Hostel</b> & Ωmega"}) | {"paid_work": 2,
                                                                            "medication_side_effects": 0,
                                                                            "meaning_in_life": 1}
    svc.create_assessment(ws, pid, TODAY - timedelta(days=7), "staff", r, extra_set="nl_25", complete=True)
    svc.create_assessment(ws, pid, TODAY - timedelta(days=1), "person", ratings([2] * 22), complete=True)
    doc_id = produce(ws, "cansas", PdfRequest(pid, language="en"))
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(document_bytes(ws, doc_id))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert "Summary of needs (CANSAS)" in text and "Zoé Périer" in text
    staff_row = next(line for line in text.splitlines() if line.strip().startswith("Staff ("))
    assert staff_row.split()[-4:] == ["6", "4", "10", "7"]      # met, unmet, total, unknown
    person_row = next(line for line in text.splitlines() if line.strip().startswith("Person ("))
    assert person_row.split()[-4:] == ["0", "22", "22", "0"]
    assert "<b>Hostel</b> & Ωmega" in text
    assert "Apart from the 22 domains" in text and "Paid work" in text
    assert text.index("Paid work") > text.index("Benefits")
    assert "Internal copy" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts and "Helvetica" not in fonts


def test_demo_adds_years_of_staff_and_person_assessments(ws):
    from app.devtools.demo import add_demo_data

    ids = add_demo_data(ws, persons=60, seed=7, today=TODAY)
    with ws.read() as s:
        rows = s.execute(select(Assessment.person_id, Assessment.rater, Assessment.status, Assessment.assessed_on,
                                Assessment.extra_set)).all()
    assert {r.rater for r in rows} == {"staff", "person"}
    assert any(r.status == "draft" for r in rows) and any(r.extra_set == "nl_25" for r in rows)
    assert max(r.assessed_on for r in rows) <= TODAY
    spans = {}
    for r in rows:
        spans.setdefault(r.person_id, []).append(r.assessed_on)
    assert max((max(d) - min(d)).days for d in spans.values()) > 2 * 365
    with_needs = [svc.latest_needs_summary(ws, pid) for pid in ids]
    assert sum(1 for n in with_needs if n and "company" in n.unmet_domains + n.met_domains) > len(ids) // 4


def test_cansas_pdf_stays_on_one_page_with_long_comments_everywhere(ws, pid, tmp_path):
    long = "Situation décrite en détail, avec des mots en Ελληνικά et <tags>. " * 30
    every = {d: (1, long[:2000]) for d in CORE + ["paid_work", "medication_side_effects", "meaning_in_life"]}
    svc.create_assessment(ws, pid, TODAY - timedelta(days=2), "staff", every, extra_set="nl_25", complete=True)
    svc.create_assessment(ws, pid, TODAY - timedelta(days=1), "person",
                          {d: 2 for d in every}, extra_set="nl_25", complete=True)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(document_bytes(ws, produce(ws, "cansas", PdfRequest(pid, language="fr"))))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert "abrégés à une ligne" in text
    assert "Hors des scores ci-dessus" in text


def test_a_network_adds_an_extra_domain_set_as_data_without_code_changes(ws, pid, tmp_path, monkeypatch):
    import json

    from app.models import instruments

    data = json.loads((instruments.INSTRUMENTS / "cansas.json").read_text("utf-8"))
    data["extra_domain_sets"]["test_network"] = {
        "title": {"en": "Test network additions", "fr": "Ajouts du réseau test", "nl": "Aanvullingen testnetwerk"},
        "domains": [{"id": "digital_access", "en": "Digital access", "fr": "Accès numérique",
                     "nl": "Digitale toegang"}],
    }
    (tmp_path / "cansas.json").write_text(json.dumps(data), "utf-8")
    caches = (instruments.load_instrument, instruments.cansas_core_domains, instruments.cansas_extra_domains,
              instruments.life_domains)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(instruments, "INSTRUMENTS", tmp_path)
    try:
        assert "test_network" in svc.extra_set_names()
        detail = svc.create_assessment(ws, pid, TODAY, "staff", ratings([0] * 22) | {"digital_access": 2},
                                       extra_set="test_network", complete=True, today=TODAY)
        needs = svc.latest_needs_summary(ws, pid)
        assert needs.unmet == 0 and needs.extra_unmet == ("digital_access",)
        assert [r.domain_id for r in detail.ratings][-1] == "digital_access"
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()
    # The set later disappears from the data: the assessment keeps the domain it was made with.
    assert svc.get_assessment(ws, detail.row.id).ratings[-1].domain_id == "digital_access"
    with pytest.raises(ValidationError):
        svc.create_assessment(ws, pid, TODAY, "staff", {}, extra_set="test_network", today=TODAY)


def test_the_summary_tables_embed_in_another_document(ws, pid, tmp_path):
    """What the bilan does: its own renderer, the CANSAS tables as one of its sections."""
    from app.reports.base import DocumentRenderer
    from app.reports.cansas import cansas_flowables
    from app.services.cansas.pdf import cansas_summary_data

    assert cansas_summary_data(ws, pid) is None
    svc.create_assessment(ws, pid, TODAY, "staff", ratings([2] * 3 + [9] * 19), complete=True)
    data = cansas_summary_data(ws, pid)

    class Host(DocumentRenderer):
        def story(self):
            return [self.heading("Bilan fonctionnel"), *cansas_flowables(self, data)]

    pdf = tmp_path / "host.pdf"
    pdf.write_bytes(Host("nl", title="Bilan").render())
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Bilan fonctionnel" in text and "De 22 kerndomeinen" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("Hulpverlener ("))
    assert row.split()[-4:] == ["0", "3", "3", "19"]


def test_a_person_rated_assessment_alone_prints_as_the_persons(ws, pid, tmp_path):
    svc.create_assessment(ws, pid, TODAY, "person", ratings([2] * 22, {"company": "Je me sens seule"}),
                          complete=True)
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(document_bytes(ws, produce(ws, "cansas", PdfRequest(pid, language="en"))))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Rated by the person" in text and "Comment (person)" in text and "Staff (" not in text
    assert "Je me sens seule" in text

"""Network snapshots through the service: copies, refusals, positions, ties, summaries, PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, RelaisError, ValidationError
from app.models.network import NetworkMember
from app.models.network_layout import RING_RADIUS
from app.models.partner import Partner
from app.services.documents.catalogue import produce
from app.services.network import maps as networks
from app.services.network.maps import latest_network_summary
from app.services.persons.records import PersonService
from app.services.shared.documents import PdfRequest, document_bytes
from tests.conftest import add_user, open_as

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture
def person(ws):
    return PersonService(ws).create({"given_names": "Łukasz", "family_name": "Wiśniewski"})


def _add(ws, snapshot_id, label, category, circle="middle", supports=(), **extra):
    return networks.add_member(ws, snapshot_id, {"label": label, "category": category, "circle": circle,
                                                 "supports": list(supports), **extra})


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "network.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_new_snapshot_starts_from_the_previous_one(ws, person):
    first = networks.create_snapshot(ws, person, date(2026, 3, 1))
    sister = _add(ws, first, "Sister", "family", "close", ["emotional"])
    gp = _add(ws, first, "GP", "professional", "middle")
    networks.set_tie(ws, gp, sister)
    networks.move_member(ws, sister, -40.0, -60.0)

    second = networks.create_snapshot(ws, person, date(2026, 9, 1))
    view = networks.get_snapshot(ws, second)
    assert {(x.label, x.category, x.circle, x.supports) for x in view.members} == {
        ("Sister", "family", "close", ("emotional",)), ("GP", "professional", "middle", ())}
    copied = {x.label: x for x in view.members}
    assert (copied["Sister"].x, copied["Sister"].y) == (-40.0, -60.0)
    assert view.ties == ((min(copied["GP"].id, copied["Sister"].id), max(copied["GP"].id, copied["Sister"].id)),)
    assert copied["Sister"].id != sister           # a real copy: editing it leaves the older map as it was
    networks.update_member(ws, copied["Sister"].id, {"circle": "outer"})
    assert networks.get_snapshot(ws, first).member(sister).circle == "close"
    assert [r.id for r in networks.list_snapshots(ws, person)] == [second, first]
    assert networks.get_snapshot(ws, second).previous_id == first
    blank = networks.create_snapshot(ws, person, date(2026, 10, 1), from_previous=False)
    assert networks.get_snapshot(ws, blank).members == ()


def test_duplicate_member_and_missing_category_are_refused(ws, person):
    snap = networks.create_snapshot(ws, person)
    _add(ws, snap, "Sœur", "family")
    with pytest.raises(ValidationError) as err:
        _add(ws, snap, "  soeur ", "family")
    assert [(e.field, e.code) for e in err.value.errors] == [("label", "network.duplicate_member")]
    _add(ws, snap, "Sœur", "peer")      # the same word in another category is another person
    with pytest.raises(ValidationError) as err:
        networks.add_member(ws, snap, {"label": "Neighbour"})
    assert [(e.field, e.code) for e in err.value.errors] == [("category", "network.category_required")]
    other = _add(ws, snap, "Brother", "family")
    with pytest.raises(ValidationError):
        networks.update_member(ws, other, {"label": "SOEUR"})
    assert len(networks.get_snapshot(ws, snap).members) == 3


def test_hostile_text_is_kept_as_typed(ws, person):
    snap = networks.create_snapshot(ws, person)
    label = "<b>Tante</b> & Γιώργος\x00"
    member = _add(ws, snap, label, "family", note="x" * 30000)
    saved = networks.get_snapshot(ws, snap).member(member)
    assert saved.label == "<b>Tante</b> & Γιώργος"
    assert len(saved.note) == 20000
    with pytest.raises(ValidationError):
        _add(ws, snap, "y" * 201, "friend")


def test_future_date_is_refused(ws, person):
    with pytest.raises(ValidationError) as err:
        networks.create_snapshot(ws, person, date(2030, 1, 1), today=date(2026, 11, 26))
    assert err.value.errors[0].code == "date.future"
    assert networks.list_snapshots(ws, person) == []


def test_positions_round_trip_and_dropping_in_another_ring_changes_closeness(ws, person):
    snap = networks.create_snapshot(ws, person)
    friend = _add(ws, snap, "Marc", "friend", "outer")
    assert networks.get_snapshot(ws, snap).member(friend).x is None     # default placement until moved
    circle = networks.move_member(ws, friend, 50.0, -60.0)              # radius ~78: close band
    assert circle == "close"
    saved = networks.get_snapshot(ws, snap).member(friend)
    assert (saved.x, saved.y, saved.circle) == (50.0, -60.0, "close")
    networks.move_member(ws, friend, 5000.0, 0.0)                        # far outside: pulled back in
    saved = networks.get_snapshot(ws, snap).member(friend)
    assert saved.circle == "outer" and saved.x <= RING_RADIUS["outer"] + 20
    for bad in ((float("nan"), 0.0), (float("inf"), 1.0), ("left", 2)):
        with pytest.raises(ValidationError):
            networks.move_member(ws, friend, *bad)
    assert networks.get_snapshot(ws, snap).member(friend).circle == "outer"
    networks.reset_positions(ws, snap)
    assert networks.get_snapshot(ws, snap).member(friend).x is None


def test_ties_toggle_and_vanish_with_their_member(ws, person):
    snap = networks.create_snapshot(ws, person)
    a, b, c = (_add(ws, snap, n, "friend") for n in ("A", "B", "C"))
    assert networks.toggle_tie(ws, b, a) is True
    assert networks.toggle_tie(ws, a, c) is True
    assert networks.toggle_tie(ws, a, b) is False
    assert networks.get_snapshot(ws, snap).ties == ((a, c),)
    with pytest.raises(RelaisError):
        networks.set_tie(ws, a, a)
    networks.remove_member(ws, c)
    view = networks.get_snapshot(ws, snap)
    assert view.ties == () and view.measures.size == 2


def test_partner_link_only_for_professionals(ws, person):
    with ws.unit() as session:
        partner = Partner(organisation="Centre fictif")
        session.add(partner)
        session.flush()
        partner_id = partner.id
    snap = networks.create_snapshot(ws, person)
    member = _add(ws, snap, "Psychiatre", "professional", partner_id=partner_id)
    assert networks.get_snapshot(ws, snap).member(member).partner_name == "Centre fictif"
    with pytest.raises(ValidationError):
        _add(ws, snap, "Ami", "friend", partner_id=partner_id)
    networks.update_member(ws, member, {"category": "friend"})          # link dropped with the category
    assert networks.get_snapshot(ws, snap).member(member).partner_id is None


def test_summary_and_informal_supporters(ws, person):
    assert latest_network_summary(ws, person) is None
    assert networks.informal_supporters(ws, person) == []
    snap = networks.create_snapshot(ws, person, date(2026, 5, 2))
    _add(ws, snap, "Social worker", "professional", "close", ["emotional"])
    neighbour = _add(ws, snap, "Neighbour", "neighbour", "outer", ["practical"])
    sister = _add(ws, snap, "Sister", "family", "close")
    result = latest_network_summary(ws, person)
    assert (result.snapshot_id, result.drawn_on, result.size) == (snap, date(2026, 5, 2), 3)
    assert result.professional_share == pytest.approx(1 / 3)
    assert result.close_informal == 1 and result.emotional_support == 1
    assert result.isolation_signal is False
    assert ("Sister", "family", "close") in result.members
    assert networks.informal_supporters(ws, person) == [(sister, "Sister"), (neighbour, "Neighbour")]


def test_isolation_signal_reaches_the_summary(ws, person):
    snap = networks.create_snapshot(ws, person)
    _add(ws, snap, "CPAS", "service", "close", ["practical"])
    _add(ws, snap, "Cousin", "family", "outer")
    assert latest_network_summary(ws, person).isolation_signal is True


def test_peer_worker_is_refused_network_details(ws, vault_dir, person):
    snap = networks.create_snapshot(ws, person)
    member = _add(ws, snap, "Sister", "family", "close")
    add_user(ws, "pat", "peer_worker")
    ws.lock()
    peer = open_as(vault_dir, "pat")
    try:
        for call in (lambda: networks.get_snapshot(peer, snap), lambda: networks.list_snapshots(peer, person),
                     lambda: networks.create_snapshot(peer, person), lambda: networks.move_member(peer, member, 1, 1),
                     lambda: networks.add_member(peer, snap, {"label": "X", "category": "friend"}),
                     lambda: latest_network_summary(peer, person),
                     lambda: produce(peer, "network", PdfRequest(person))):
            with pytest.raises(PermissionDenied):
                call()
        # The agreed care plan names its owners: the labels of informal supporters stay visible.
        assert networks.informal_supporters(peer, person) == [(member, "Sister")]
        with peer.read() as session:
            assert session.scalar(select(NetworkMember.label).where(NetworkMember.id == member)) == "Sister"
    finally:
        peer.lock()


def test_deleting_a_person_erases_their_maps(ws, person):
    snap = networks.create_snapshot(ws, person)
    _add(ws, snap, "Sister", "family")
    PersonService(ws).delete(person)
    with ws.read() as session:
        assert session.scalars(select(NetworkMember)).all() == []


@needs_poppler
def test_pdf_prints_drawing_measures_members_and_changes(ws, person, tmp_path):
    first = networks.create_snapshot(ws, person, date(2026, 2, 1))
    _add(ws, first, "Marc", "friend", "middle")
    second = networks.create_snapshot(ws, person, date(2026, 8, 1))
    _add(ws, second, "<b>Zoé</b> & co", "partner", "close", ["emotional", "company"])
    _add(ws, second, "Олександр", "peer", "outer", quality="conflictual")
    doc = produce(ws, "network", PdfRequest(person, language="fr"))
    text = " ".join(_pdf_text(document_bytes(ws, doc), tmp_path).split())
    for expected in ("Carte du réseau social", "Łukasz Wiśniewski", "<b>Zoé</b> & co", "Олександр",
                     "Famille", "Amis et voisins", "Professionnels et services", "Taille du réseau 3",
                     "conflictuelle", "Évolution depuis la carte du 01/02/2026", "Copie interne"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(tmp_path / "network.pdf")], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])


@needs_poppler
def test_pdf_of_an_isolated_person_states_the_signal(ws, person, tmp_path):
    snap = networks.create_snapshot(ws, person)
    _add(ws, snap, "Maison médicale", "service", "close", ["practical"])
    data = networks.build_network_pdf(ws, PdfRequest(person, language="nl"), None).data
    text = " ".join(_pdf_text(data, tmp_path).split())
    assert "Signaal van isolement" in text
    assert "niemand uit het informele netwerk in de binnenste cirkel" in text


@needs_poppler
def test_eighty_members_render_grouped_with_the_full_list(ws, person, tmp_path):
    snap = networks.create_snapshot(ws, person)
    categories = ("family", "friend", "neighbour", "peer", "colleague", "professional", "service", "partner")
    ids = [_add(ws, snap, f"Membre {i:02d}", categories[i % 8], ("close", "middle", "outer")[i % 3])
           for i in range(85)]
    for a, b in zip(ids, ids[1:]):
        networks.set_tie(ws, a, b)
    data = networks.build_network_pdf(ws, PdfRequest(person, language="en"), None).data
    text = " ".join(_pdf_text(data, tmp_path).split())
    assert "Network of 85 members: grouped by sector and circle" in text
    assert all(f"Membre {i:02d}" in text for i in range(85))


def test_no_snapshot_pdf_is_a_clear_refusal(ws, person):
    with pytest.raises(RelaisError) as err:
        networks.build_network_pdf(ws, PdfRequest(person), None)
    assert err.value.code == "network.no_snapshot"


def test_demo_adds_evolving_maps_and_some_isolated_people(ws):
    from app.devtools.demo import add_demo_data

    person_ids = add_demo_data(ws, persons=60, seed=5, today=date(2026, 11, 26))
    with_maps = [p for p in person_ids if networks.list_snapshots(ws, p)]
    assert 20 < len(with_maps) < 60
    summaries = [latest_network_summary(ws, p) for p in with_maps]
    assert any(s.isolation_signal for s in summaries) and not all(s.isolation_signal for s in summaries)
    several = [p for p in with_maps if len(networks.list_snapshots(ws, p)) > 1]
    assert several
    rows = networks.list_snapshots(ws, several[0])
    latest = networks.get_snapshot(ws, rows[0].id)
    assert latest.previous_id == rows[1].id
    assert all(r.drawn_on <= date(2026, 11, 26) for r in rows)


def test_drawing_can_be_embedded_elsewhere():
    from reportlab.graphics import renderPDF

    from app.models.network import MemberData, NetworkData
    from app.reports.network import network_drawing

    data = NetworkData((MemberData(1, "Sœur", "family", "close", ("emotional",)),
                        MemberData(2, "CPAS", "service", "outer")), ((1, 2),))
    drawing = network_drawing(data, 300, 360, lang="nl", centre_label="Ștefan")
    assert (drawing.width, drawing.height) == (300, 360)
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")

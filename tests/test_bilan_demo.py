"""Demo bilans: deterministic, valid by the service's own rules, and printable."""

from __future__ import annotations

import shutil
from datetime import date

from sqlalchemy import func, select

from app.devtools.demo import add_demo_data
from app.models.bilan import Bilan, parse_inami
from app.services.bilan import records as bilans
from app.services.shared.documents import PdfRequest, document_bytes
from app.services.shared.workspace import Workspace
from tests.conftest import PASSPHRASE, USER


def test_demo_adds_valid_bilans_that_print(ws):
    ids = add_demo_data(ws, persons=60, seed=3, today=date(2026, 11, 26))
    with ws.read() as s:
        count = s.scalar(select(func.count(Bilan.id)))
        statuses = set(s.scalars(select(Bilan.status)))
        bilan_person = s.execute(select(Bilan.id, Bilan.person_id).where(Bilan.status == "final")).first()
        inamis = [i for i in s.scalars(select(Bilan.physician_inami)) if i]
    assert 5 <= count <= 40 and statuses == {"final", "draft"}
    assert all(parse_inami(i) == i for i in inamis)
    bid, pid = bilan_person
    assert pid in ids
    record = bilans.get_bilan(ws, bid)
    assert record.is_final and record.text("request")
    data = document_bytes(ws, bilans.produce_bilan(ws, PdfRequest(pid, None, "fr", "full", {"bilan_id": bid})))
    assert data.startswith(b"%PDF")


def test_demo_bilans_are_the_same_for_a_seed(ws, template_vault, tmp_path):
    shutil.copytree(template_vault, tmp_path / "second")
    other = Workspace.open(tmp_path / "second", USER, PASSPHRASE)
    try:
        results = []
        for workspace in (ws, other):
            add_demo_data(workspace, persons=40, seed=9, today=date(2026, 11, 26))
            with workspace.read() as s:
                results.append(s.execute(select(Bilan.person_id, Bilan.stage, Bilan.status, Bilan.bilan_date)
                                         .order_by(Bilan.id)).all())
        assert results[0] and results[0] == results[1]
    finally:
        other.lock()

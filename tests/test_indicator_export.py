"""The coordinator's pseudonymised export: no name, no NISS, no free text; a bad record is
skipped and reported; cancel leaves no file."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.errors import PermissionDenied, RelaisError
from app.services.dashboard.export import COLUMNS, export_indicators, pseudonymiser
from tests.caseload_fixtures import NISS, TODAY, build_caseload
from tests.conftest import open_as

IDENTIFYING = ["Anna", "Testova", "Bruno", "Exemplo", "Dora", "Pausedova", "Chen", NISS, "850730",
               "1985-07-30", "Sœur", "Maria", "Logement", "logement", "Commentaire", "Service Fictif", "gare du Midi",
               "centre de jour"]


@pytest.fixture
def caseload(ws):
    return build_caseload(ws)


def read_csv(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))


def xlsx_text(path) -> str:
    """Every XML part of the workbook, as one string to search."""
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_csv_holds_the_indicators_without_names_or_niss(ws, caseload, tmp_path):
    out = tmp_path / "indicators.csv"
    report = export_indicators(ws, out, "team", today=TODAY)
    raw = out.read_bytes().decode("utf-8-sig")
    for needle in IDENTIFYING:
        assert needle not in raw, needle
    rows = read_csv(out)
    assert report.rows == len(rows) == 3 and not report.skipped and not report.cancelled
    assert list(rows[0]) == list(COLUMNS)
    p = pseudonymiser(ws)
    by = {r["pseudonym"]: r for r in rows}
    anna = by[p(caseload.anna)]
    assert anna["birth_year"] == "1985"
    assert anna["unmet_domains"] == "accommodation company paid_work"
    assert (anna["unmet_core"], anna["unmet_extra"], anna["isolation_signal"]) == ("2", "1", "0")
    assert (anna["review_overdue"], anna["overdue_actions"], anna["pending_referrals"]) == ("1", "1", "1")
    assert anna["longest_wait_days"] == "20" and anna["contacts_recent_weeks"] == "3"
    assert by[p(caseload.dora)]["isolation_signal"] == "1" and by[p(caseload.dora)]["birth_year"] == "1999"
    assert p(caseload.chen) not in by                     # closed files are not in the caseload


def test_pseudonyms_are_stable_in_the_vault_and_not_the_id(ws, caseload, tmp_path):
    export_indicators(ws, tmp_path / "a.csv", today=TODAY)
    export_indicators(ws, tmp_path / "b.csv", today=TODAY)
    first = [r["pseudonym"] for r in read_csv(tmp_path / "a.csv")]
    assert first == [r["pseudonym"] for r in read_csv(tmp_path / "b.csv")]
    assert len(set(first)) == 3
    assert all(p.startswith("P-") and str(caseload.anna) != p[2:] for p in first)


def test_excel_export_has_the_same_rows_and_a_summary_and_no_names(ws, caseload, tmp_path):
    out = tmp_path / "indicators.xlsx"
    report = export_indicators(ws, out, "team", today=TODAY)
    content = xlsx_text(out)
    for needle in IDENTIFYING:
        assert needle not in content, needle
    book = load_workbook(out, read_only=True)
    persons = list(book["persons"].iter_rows(values_only=True))
    assert persons[0] == COLUMNS and len(persons) == 1 + report.rows == 4
    summary = dict(book["summary"].iter_rows(values_only=True))
    assert summary["caseload"] == 3 and summary["isolation_signal"] == 2
    assert summary["unmet:accommodation"] == 2 and summary["unmet:paid_work"] == 1


def test_a_bad_record_is_reported_and_skipped(ws, caseload, tmp_path):
    with ws.unit() as s:
        s.execute(text("UPDATE persons SET birth_year = 30000 WHERE id = :id"), {"id": caseload.bruno})
    out = tmp_path / "indicators.csv"
    report = export_indicators(ws, out, today=TODAY)
    p = pseudonymiser(ws)
    assert [(r.pseudonym, r.reason) for r in report.skipped] == [(p(caseload.bruno), "birth_year_invalid")]
    assert {r["pseudonym"] for r in read_csv(out)} == {p(caseload.anna), p(caseload.dora)}


def test_progress_and_cancel_leave_no_file(ws, caseload, tmp_path):
    seen = []
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "indicators.csv"
    report = export_indicators(ws, out, today=TODAY, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True)
    assert report.cancelled and report.path is None
    assert list(out.parent.iterdir()) == []
    export_indicators(ws, out, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)


def test_refusals(ws, vault_dir, caseload, tmp_path):
    with pytest.raises(RelaisError):
        export_indicators(ws, tmp_path / "indicators.txt")
    ws.lock()
    carla = open_as(vault_dir, "carla")
    try:
        with pytest.raises(PermissionDenied):
            export_indicators(carla, tmp_path / "team.csv", "team")
        report = export_indicators(carla, tmp_path / "mine.csv", "mine", today=TODAY)
        assert report.rows == 2
    finally:
        carla.lock()

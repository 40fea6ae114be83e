"""Issue 16, hostile JSON and CSV: a file from outside is refused with a named reason, never
an unexpected error, and the size cap holds whatever the file says its size is."""

from __future__ import annotations

import json
import os
import threading

import pytest

from app.errors import RelaisError
from app.services.partners import hsds
from app.services.partners.hsds import directory_to_hsds, import_hsds
from app.services.partners.directory import list_partners
from app.services.shared import csv_import
from app.services.shared.csv_import import ImportRefused, read_capped, read_csv


def write_json(tmp_path, doc, name="d.json"):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), "utf-8")
    return path


def base_doc() -> dict:
    doc = directory_to_hsds([])
    doc["organizations"] = [{"id": "o1", "name": "Org fictive"}]
    doc["services"] = [{"id": "s1", "organization_id": "o1", "name": "Ok", "email": "ok@fictif.example"}]
    return doc


@pytest.mark.parametrize("depth", [40, 200_000])
def test_a_deeply_nested_hsds_file_is_refused_by_name(ws, tmp_path, depth):
    # 200 000 levels overflow the JSON parser's recursion; 40 parse but are no directory.
    text = '{"services": [], "extra": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(RelaisError) as refused:
        import_hsds(ws, write_json(tmp_path, text))
    assert refused.value.code == "partners.hsds.too_deep"
    assert str(hsds.MAX_DEPTH) in refused.value.message()
    assert list_partners(ws) == []


@pytest.mark.parametrize(("table", "field", "value", "where"), [
    ("services", "id", ["s1"], "services[1].id"),
    ("services", "organization_id", {"id": "o1"}, "services[1].organization_id"),
    ("services", "name", {"fr": "Nom"}, "services[1].name"),
    ("services", "minimum_age", [18], "services[1].minimum_age"),
    ("services", "email", True, "services[1].email"),
    ("organizations", "id", {"x": 1}, "organizations[1].id"),
])
def test_a_field_of_the_wrong_type_is_refused_by_name(ws, tmp_path, table, field, value, where):
    doc = base_doc()
    doc[table][0][field] = value
    with pytest.raises(RelaisError) as refused:
        import_hsds(ws, write_json(tmp_path, doc))
    assert refused.value.code == "partners.hsds.wrong_type"
    assert where in refused.value.message()
    assert list_partners(ws) == []


@pytest.mark.parametrize(("table", "rows", "where"), [
    ("phones", "0470 12 34 56", "phones"),
    ("addresses", ["Rue Fictive 1"], "addresses[1]"),
    ("attributes", [{"service_id": "s1", "taxonomy_term_id": "t", "value": {"deep": 1}}], "attributes[1].value"),
])
def test_a_table_of_the_wrong_shape_is_refused_by_name(ws, tmp_path, table, rows, where):
    doc = base_doc()
    doc[table] = rows
    with pytest.raises(RelaisError) as refused:
        import_hsds(ws, write_json(tmp_path, doc))
    assert refused.value.code == "partners.hsds.wrong_type" and where in refused.value.message()


def test_a_well_formed_file_still_imports(ws, tmp_path):
    assert import_hsds(ws, write_json(tmp_path, base_doc())).added == 1


def _fifo_feeding(tmp_path, data: bytes):
    """A named pipe: its reported size is 0 whatever flows through it."""
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)

    def feed() -> None:
        try:
            with open(path, "wb") as pipe:
                pipe.write(data)
        except BrokenPipeError:
            pass  # the reader stopped at the cap, as it should

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    return path, writer


def test_the_csv_size_cap_holds_while_reading_not_by_the_reported_size(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_IMPORT_BYTES", 4096)
    path, writer = _fifo_feeding(tmp_path, b"alias\n" + b"Bibi\n" * 5000)
    with pytest.raises(ImportRefused) as refused:
        read_csv(path, ("alias",))
    writer.join(timeout=10)
    assert [e.code for e in refused.value.errors] == ["import.too_large"]


def test_the_hsds_size_cap_holds_while_reading(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_import, "MAX_IMPORT_BYTES", 4096)
    path, writer = _fifo_feeding(tmp_path, json.dumps({"services": [], "pad": "x" * 20000}).encode())
    with pytest.raises(RelaisError) as refused:
        import_hsds(ws, path)
    writer.join(timeout=10)
    assert refused.value.code == "partners.hsds.too_large"


def test_read_capped_returns_a_file_at_the_cap_and_refuses_one_byte_more(tmp_path):
    at_cap = tmp_path / "a"
    at_cap.write_bytes(b"x" * 100)
    assert read_capped(at_cap, 100) == b"x" * 100
    assert read_capped(at_cap, 99) is None

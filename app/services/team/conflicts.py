"""Conflicts as a worker reads them: whose file, which field in words, both values.

The replica engine keeps conflicts by table, global id and column (the same on every laptop);
this turns them into the person's name and the field's label in the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.errors import field_label
from app.models.person import display_name
from app.services.shared.workspace import Workspace
from app.services.sync.replica import list_conflicts

# The catalogue whose field labels name a table's columns.
_FEATURE = {"persons": "persons", "contacts": "contacts", "consents": "consents", "partners": "partners",
            "referrals": "referrals", "referral_events": "referrals", "assessments": "cansas",
            "assessment_ratings": "cansas", "bilans": "bilan", "bilan_sections": "bilan",
            "network_snapshots": "network", "network_members": "network", "network_ties": "network"}


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    person: str            # whose file, "" when the record is about no person (a partner)
    field: str             # the field's label in the interface language
    standing: Any          # the value that stands now
    other: Any             # the value it replaced (or that was refused)


def conflicts_to_review(ws: Workspace) -> list[ConflictRow]:
    rows = list_conflicts(ws)
    with ws.read() as session:
        conn = session.connection()
        out = []
        for row in rows:
            table, col = row["tbl"], row["col"]
            feature = _FEATURE.get(table, "careplan" if table.startswith("careplan") else table)
            out.append(ConflictRow(row["id"], row["kind"], _person_of(conn, table, row["gid"]),
                                   field_label(feature, col) if col else "", row["other"], row["value"]))
    return out


def _person_of(conn, table: str, gid: str) -> str:
    if table == "persons":
        found = conn.exec_driver_sql("SELECT given_names, family_name, alias FROM persons WHERE gid = ?",
                                     (gid,)).first()
    else:
        columns = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
        if "person_id" not in columns:
            return ""
        found = conn.exec_driver_sql(
            f'SELECT p.given_names, p.family_name, p.alias FROM "{table}" t JOIN persons p ON p.id = t.person_id '
            "WHERE t.gid = ?", (gid,)).first()
    return display_name(*found) if found else ""

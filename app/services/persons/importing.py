"""`import persons`: a CSV of persons, imported whole or not at all."""

from __future__ import annotations

from pathlib import Path

from app.errors import ValidationError
from app.services.persons.records import PersonService
from app.services.shared.csv_import import ImportRefused, RowError, read_csv
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

PERSON_COLUMNS = (
    "given_names", "family_name", "alias", "birth", "niss", "languages", "phone", "email",
    "housing", "usual_whereabouts", "address", "insurance", "mutuelle_name", "gp_name",
    "status", "contact_notes",
)


def template_header(delimiter: str = ";") -> str:
    return delimiter.join(PERSON_COLUMNS)


def import_persons(ws: Workspace, path: Path | str) -> int:
    """Import every row or none; returns the number of persons added."""
    ws.require(Permission.IMPORT)
    table = read_csv(path, PERSON_COLUMNS, required_any=("given_names", "family_name", "alias"))
    service = PersonService(ws)
    errors: list[RowError] = []
    seen_niss: dict[str, int] = {}
    with ws.unit() as session:
        for line, cells in table.rows:
            # An empty cell means "not given": the column's default (status active, housing and
            # insurance unknown...), never "the empty value", which some columns refuse.
            values = {column: text for column, text in cells.items() if text.strip()}
            niss = "".join(ch for ch in values.get("niss", "") if ch.isdigit())
            if niss and niss in seen_niss:
                errors.append(RowError(line, "niss", "import.duplicate_in_file", {"line": seen_niss[niss]}))
                continue
            try:
                with session.begin_nested():
                    service.add_validated(session, values)
            except ValidationError as exc:
                errors += [RowError(line, e.field, e.code, e.params) for e in exc.errors]
            if niss:
                seen_niss[niss] = line
        if errors:
            raise ImportRefused(errors)  # rolls the whole transaction back
        ws.audit(session, "import.persons", count=len(table.rows))
    return len(table.rows)

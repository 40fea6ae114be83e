"""`import partners`: a CSV of directory entries, imported whole or not at all, with a
report naming every bad row (no name, bad email, unknown type code, duplicates)."""

from __future__ import annotations

from pathlib import Path

from app.models.partner import Partner
from app.services.partners.directory import (
    duplicate_key,
    existing_keys,
    validate_partner,
)
from app.services.shared.csv_import import ImportRefused, RowError, read_csv
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

# CSV header -> field of validate_partner. "service" and "type" read as people name them.
PARTNER_COLUMNS = (
    "organisation", "service", "type", "sector", "address", "phone", "email", "languages",
    "accepts_drug_users", "min_age", "max_age", "needs_insurance", "needs_address",
    "waiting_days", "contact_person", "is_gp", "notes",
)
_FIELD = {"service": "service_name", "type": "service_type"}
_COLUMN = {v: k for k, v in _FIELD.items()}


def template_header(delimiter: str = ";") -> str:
    return delimiter.join(PARTNER_COLUMNS)


def import_partners(ws: Workspace, path: Path | str) -> int:
    """Import every row or none; returns the number of partners added."""
    ws.require(Permission.IMPORT)
    table = read_csv(path, PARTNER_COLUMNS, required_any=("organisation",))
    errors: list[RowError] = []
    with ws.unit() as session:
        in_directory = existing_keys(session)
        seen: dict[str, int] = {}
        partners: list[Partner] = []
        for line, values in table.rows:
            clean, field_errors = validate_partner({_FIELD.get(k, k): v for k, v in values.items()})
            errors += [RowError(line, _COLUMN.get(e.field, e.field), e.code, e.params) for e in field_errors]
            if not clean["organisation"]:
                continue
            key = duplicate_key(clean["organisation"], clean["service_name"])
            if key in seen:
                errors.append(RowError(line, "organisation", "import.duplicate_in_file", {"line": seen[key]}))
            elif key in in_directory:
                errors.append(RowError(line, "organisation", "partners.already_in_directory",
                                       {"id": in_directory[key]}))
            seen.setdefault(key, line)
            if not field_errors:
                partners.append(Partner(**clean))
        if errors:
            raise ImportRefused(errors)
        session.add_all(partners)
        session.flush()
        ws.audit(session, "import.partners", count=len(partners))
    return len(partners)

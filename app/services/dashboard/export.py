"""The coordinator's export of the caseload indicators, pseudonymised, as CSV or Excel.

One row per person of the scope, no name, no NISS, no free text, the birth year at most.
The pseudonym is a keyed hash (HMAC-SHA256) of the person id with a random key kept inside
the vault: stable from one export to the next of the same vault (so a coordinator can follow
a row over time), meaningless outside it, and not reversible without the vault.

The file is written atomically: a cancel or a failure leaves no file behind. A record that
cannot be exported (an impossible birth year, a value of the wrong type) is skipped and
named, by its pseudonym, in the returned report — it never fails the export.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import SupportsInt

from app.errors import RelaisError
from app.models.instruments import cansas_core_domains
from app.models.person import PersonStatus
from app.models.settings import VaultSetting
from app.services.dashboard.indicators import DEFAULT_WEEKS, _check_scope
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes

PSEUDONYM_KEY_SETTING = "indicator_pseudonym_key"
FORMATS = ("csv", "xlsx")
CHUNK = 500
EARLIEST_BIRTH_YEAR = 1900

COLUMNS = (
    "pseudonym", "birth_year", "status", "assessed", "unmet_core", "unmet_extra", "unmet_domains",
    "network_mapped", "isolation_signal", "review_overdue", "overdue_actions", "pending_referrals",
    "longest_wait_days", "contacts_recent_weeks",
)


@dataclass(frozen=True)
class SkippedRecord:
    pseudonym: str
    reason: str          # a code: birth_year_invalid, status_invalid, value_invalid


@dataclass
class ExportReport:
    path: Path | None
    format: str
    rows: int = 0
    skipped: list[SkippedRecord] = field(default_factory=list)
    cancelled: bool = False


class BadRecord(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def export_format(out_file: Path | str) -> str:
    suffix = Path(out_file).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise RelaisError("dashboard.indicators_format_unknown", formats=", ".join(f".{f}" for f in FORMATS))
    return suffix


def pseudonymiser(ws: Workspace) -> Callable[[int], str]:
    """person id -> "P-" + 12 hex digits, keyed by the vault's own random key (created once)."""
    with ws.unit() as session:
        row = session.get(VaultSetting, PSEUDONYM_KEY_SETTING)
        if row is None:
            row = VaultSetting(key=PSEUDONYM_KEY_SETTING, value=secrets.token_hex(32))
            session.add(row)
        key = bytes.fromhex(str(row.value))
    return lambda person_id: "P-" + hmac.new(key, str(int(person_id)).encode(), hashlib.sha256).hexdigest()[:12]


def _count(value: object) -> int:
    if not isinstance(value, SupportsInt):      # None, text: not a count
        raise BadRecord("value_invalid")
    number = int(value)
    if number < 0 or number != value:
        raise BadRecord("value_invalid")
    return number


def export_row(pseudonym: str, record: dict, domains: list[str], today: date) -> list[object]:
    """One person's exported values; raises BadRecord when a value cannot be trusted."""
    birth_year = record.get("birth_year")
    if birth_year is None or birth_year != birth_year:      # None or NaN: not known
        birth_year = ""
    else:
        try:
            birth_year = int(birth_year)
        except (TypeError, ValueError):
            raise BadRecord("birth_year_invalid") from None
        if not EARLIEST_BIRTH_YEAR <= birth_year <= today.year:
            raise BadRecord("birth_year_invalid")
    status = record.get("status")
    if status not in {s.value for s in PersonStatus}:
        raise BadRecord("status_invalid")
    try:
        return [
            pseudonym, birth_year, status, int(bool(record["assessed"])), _count(record["unmet_core"]),
            _count(record["unmet_extra"]), " ".join(domains), int(bool(record["mapped"])),
            int(bool(record["isolated"])), int(bool(record["review_overdue"])), _count(record["overdue_actions"]),
            _count(record["pending_referrals"]), _count(record["longest_wait_days"]),
            _count(record["contacts_recent"]),
        ]
    except (TypeError, ValueError, KeyError):
        raise BadRecord("value_invalid") from None


def export_indicators(ws: Workspace, out_file: Path | str, scope: str = "team", today: date | None = None,
                      weeks: int = DEFAULT_WEEKS, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ExportReport:
    """Write the pseudonymised per-person indicators to out_file (.csv or .xlsx). Audited."""
    fmt = export_format(out_file)
    ws.require(Permission.EXPORT)
    _check_scope(ws, scope)
    today = today or date.today()
    out = Path(out_file)
    report = ExportReport(None, fmt)
    from app.services.dashboard.frames import load_frames  # pandas: loaded when an export is made

    frames = load_frames(ws, scope, today, weeks)
    pseudonym = pseudonymiser(ws)
    core_order = {d.id: i for i, d in enumerate(cansas_core_domains())}
    domains_of: dict[int, list[str]] = {}
    for person_id, group in frames.unmet.groupby("person_id"):
        domains_of[int(person_id)] = sorted(group["domain_id"], key=lambda d: (d not in core_order,
                                                                               core_order.get(d, 0), d))
    records = frames.persons.reset_index().to_dict("records")
    total = len(records)
    rows: list[list[object]] = []
    for done, record in enumerate(records, start=1):
        name = pseudonym(record["person_id"])
        try:
            rows.append(export_row(name, record, domains_of.get(int(record["person_id"]), []), today))
        except BadRecord as exc:
            report.skipped.append(SkippedRecord(name, exc.reason))
        if done % CHUNK == 0 or done == total:
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            if progress is not None:
                progress(done, total)
    data = _csv_bytes(rows) if fmt == "csv" else _xlsx_bytes(rows, today, weeks)
    if cancelled is not None and cancelled():
        report.cancelled = True
        return report
    atomic_write_bytes(out, data, mode=0o600)
    report.path, report.rows = out, len(rows)
    with ws.unit() as session:
        ws.audit(session, "indicators.exported", scope=scope, format=fmt, rows=len(rows),
                 skipped=len(report.skipped))
    return report


def _csv_bytes(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")   # the BOM makes Excel read UTF-8


def _xlsx_bytes(rows: list[list[object]], today: date, weeks: int) -> bytes:
    """A "persons" sheet (the CSV's rows) and a "summary" sheet counted over those same rows,
    so a skipped record is left out of both."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("persons")
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    col = {name: i for i, name in enumerate(COLUMNS)}

    def persons(test: Callable[[list], bool]) -> int:
        return sum(1 for r in rows if test(r))

    def flagged(name: str) -> int:
        return persons(lambda r: r[col[name]] == 1)

    def positive(name: str) -> int:
        return persons(lambda r: r[col[name]] > 0)

    summary = book.create_sheet("summary")
    summary.append(["indicator", "persons"])
    summary.append(["reference_date", today.isoformat()])
    summary.append(["recent_weeks", weeks])
    summary.append(["caseload", len(rows)])
    summary.append(["active", persons(lambda r: r[col["status"]] == PersonStatus.ACTIVE.value)])
    for name in ("assessed", "network_mapped", "isolation_signal", "review_overdue"):
        summary.append([name, flagged(name)])
    for name in ("unmet_core", "overdue_actions", "pending_referrals"):
        summary.append([f"{name}>0", positive(name)])
    counts: dict[str, int] = {}
    for r in rows:
        for domain in str(r[col["unmet_domains"]]).split():
            counts[domain] = counts.get(domain, 0) + 1
    core = [d.id for d in cansas_core_domains()]
    for domain in core + sorted(set(counts) - set(core)):
        summary.append([f"unmet:{domain}", counts.get(domain, 0)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

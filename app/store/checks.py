"""What `check` verifies: encryption, SQLite integrity, foreign keys, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.errors import VaultError
from app.store import audit_anchor
from app.store.audit import verify_chain
from app.store.keyslots import KeyslotFile, below_floor
from app.store.vault import OpenVault, plain_sqlite_can_read
from app.texts import message


@dataclass
class CheckReport:
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.failed


def check_vault(vault: OpenVault, compare_note: bool = True) -> CheckReport:
    report = CheckReport()
    db_path = vault.folder.db_path

    if plain_sqlite_can_read(db_path):
        report.failed.append("encryption: the database is readable without the key")
    else:
        report.passed.append("encryption: unreadable without the key")

    try:
        _check_pages(vault, report)
    except (VaultError, DBAPIError) as exc:
        report.failed.append(f"sqlite: the database cannot be read ({_reason(exc)})")

    try:
        with vault.session() as session:
            problems = verify_chain(session)
            rollback = audit_anchor.inspect(session, vault.vault_id) if compare_note else None
            tail = rollback.message() if rollback else None
    except (VaultError, DBAPIError) as exc:
        report.failed.append(f"audit chain: cannot be read ({_reason(exc)})")
    else:
        if problems:
            shown = ", ".join(f"#{p.event_id} {p.reason}" for p in problems[:10])
            report.failed.append(f"audit chain: {len(problems)} problem(s): {shown}")
        if tail:
            report.failed.append(f"audit chain: {tail}")
        if not problems and not tail:
            report.passed.append("audit chain: intact")

    slots = KeyslotFile.load(vault.folder.keyslots_path)
    weak = [name for name, slot in slots.slots.items() if below_floor(slot.kdf)]
    if weak:
        report.failed.append(message("check.kdf_too_weak", slots=", ".join(sorted(weak))))
    elif any(not slot.kdf.is_production_strength for slot in slots.slots.values()):
        report.warnings.append("keyslots with test-strength key derivation (test suite or benchmark)")
    return report


def _check_pages(vault: OpenVault, report: CheckReport) -> None:
    with vault.engine.connect() as conn:
        # First, because it reads every page through SQLCipher's HMAC whatever the b-trees say.
        cipher = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        if cipher:
            report.failed.append(f"encryption: {len(cipher)} page(s) fail authentication")
        else:
            report.passed.append("encryption: every page authenticates (HMAC)")
        integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            report.passed.append("sqlite: integrity ok")
        else:
            report.failed.append("sqlite: " + "; ".join(integrity[:5]))
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.failed.append(f"foreign keys: {len(fk)} broken reference(s)")
        else:
            report.passed.append("foreign keys: ok")
        mode = conn.execute(text("PRAGMA journal_mode")).scalar()
        if str(mode).lower() != "wal":
            report.warnings.append(f"journal mode is {mode}, expected wal")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return str(exc.params.get("reason", exc.code))
    return str(getattr(exc, "orig", exc)).splitlines()[0]

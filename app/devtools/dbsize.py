"""Where a synthetic vault's bytes go: pages per table (its indexes included) and per index.

    python -m app.devtools.dbsize VAULT USER --throwaway-vault   (passphrase on stdin)

SQLCipher's build has no `dbstat` table, so the vault is exported decrypted (sqlcipher_export)
into a temporary folder and measured with the standard library's SQLite, then the copy is
deleted. That is why it runs only on throwaway vaults (the benchmark's, the demo's): a real
vault's records are never written out in clear. The export is compacted as VACUUM would, so
free pages of the live file show as the difference between the two totals.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.store.engine import open_connection


@dataclass(frozen=True)
class ObjectSize:
    name: str          # a table, or an index (its table in `table`)
    table: str
    pages: int
    bytes: int
    unused: int        # bytes of its pages holding nothing
    rows: int | None   # tables only


def measure(db_path: Path, key: bytes | bytearray) -> tuple[int, list[ObjectSize]]:
    """(live file bytes with WAL, sizes per table and index in a compacted decrypted copy)."""
    live = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    work = Path(tempfile.mkdtemp(prefix="relais-dbsize-"))
    try:
        plain = work / "plain.db"
        conn = open_connection(db_path, key, read_only=True)
        try:
            conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
            conn.execute("SELECT sqlcipher_export('plain')")
            conn.execute("DETACH DATABASE plain")
        finally:
            conn.close()
        db = sqlite3.connect(plain)
        try:
            owners = dict(db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
            sizes = []
            for name, pages, size, unused in db.execute(
                    "SELECT name, count(*), sum(pgsize), sum(unused) FROM dbstat GROUP BY name"):
                table = owners.get(name, name)
                rows = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] if table == name else None
                sizes.append(ObjectSize(name, table, pages, size, unused, rows))
        finally:
            db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return live, sorted(sizes, key=lambda s: -s.bytes)


def report(live: int, sizes: list[ObjectSize], top: int = 25) -> str:
    total = sum(s.bytes for s in sizes)
    by_table: dict[str, list[ObjectSize]] = {}
    for s in sizes:
        by_table.setdefault(s.table, []).append(s)
    lines = [f"live file with WAL: {live / 2**20:.1f} MB; compacted copy: {total / 2**20:.1f} MB", "",
             f"{'table (with its indexes)':<34} {'rows':>9} {'MB':>7} {'share':>6} {'B/row':>6} {'indexes MB':>10}"]
    ranked = sorted(by_table.items(), key=lambda item: -sum(s.bytes for s in item[1]))
    for table, parts in ranked[:top]:
        size = sum(s.bytes for s in parts)
        rows = next((s.rows for s in parts if s.name == table), None) or 0
        indexes = sum(s.bytes for s in parts if s.name != table)
        lines.append(f"{table:<34} {rows:>9} {size / 2**20:>7.1f} {size / total:>6.1%} "
                     f"{size // max(rows, 1):>6} {indexes / 2**20:>10.1f}")
    lines += ["", "largest indexes:"]
    for s in [s for s in sizes if s.name != s.table][:12]:
        lines.append(f"  {s.name:<48} {s.bytes / 2**20:>7.1f} MB  ({s.table})")
    return "\n".join(lines)


def main(folder: str, user: str, throwaway: bool) -> int:
    if not throwaway:
        print("dbsize writes a decrypted copy: only for throwaway vaults (--throwaway-vault)", file=sys.stderr)
        return 2
    from app.store.keyslots import allow_insecure_test_kdf
    from app.store.vault import VaultFolder

    allow_insecure_test_kdf()
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = VaultFolder(Path(folder)).unlock(user, passphrase)
    try:
        live, sizes = measure(Path(folder) / "relais.db", vault._key)
    finally:
        vault.close()
    print(report(live, sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], "--throwaway-vault" in sys.argv[3:]))

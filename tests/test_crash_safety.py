"""A killed write loses no committed record (DESIGN §9, issue 11 item 2).

A child process writes persons in many small committed transactions and prints each id
only after its commit returned. The parent kills it with SIGKILL at random moments, then
opens the vault, runs the full check, and looks for every id the child printed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.checks import check_vault
from tests.conftest import PASSPHRASE, REPO, TEST_KDF_PRELUDE, USER

KILLS = 20

WRITER = TEST_KDF_PRELUDE + r"""
import os, sys
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
ws = Workspace.open(sys.argv[1], sys.argv[2], sys.stdin.readline().rstrip("\n"))
service = PersonService(ws)
print("ready", flush=True)
n = 0
while True:
    n += 1
    pid = service.create({"given_names": "Łukasz", "family_name": f"Écrit-{os.getpid()}-{n}",
                          "contact_notes": "x" * (n % 7 * 300)})
    print(pid, flush=True)
"""


@pytest.mark.slow
def test_sigkill_during_heavy_writes_loses_no_committed_person(vault_dir, tmp_path):
    rng = random.Random(11)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    committed: set[int] = set()
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(vault_dir), USER], cwd=REPO, env=env,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        for _ in range(rng.randint(0, 25)):
            committed.add(int(child.stdout.readline()))
        time.sleep(rng.random() * 0.02)  # kill between statements, inside a commit, anywhere
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        committed.update(int(line) for line in rest.split() if line.isdigit())

        ws = Workspace.open(vault_dir, USER, PASSPHRASE)
        try:
            report = check_vault(ws.vault)
            assert report.sound, (kill, report.failed)
            present = set(PersonService(ws).search_ids("Écrit"))
        finally:
            ws.lock()
        missing = committed - present
        assert not missing, f"kill {kill}: committed ids lost: {sorted(missing)[:10]}"
    assert len(committed) > KILLS  # the children did write under load


def test_the_vault_still_opens_normally_after_the_kills(vault_dir):
    # The lock file of a killed process never blocks the next session.
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(vault_dir), USER], cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "ready"
    child.kill()
    child.communicate(timeout=30)
    Workspace.open(vault_dir, USER, PASSPHRASE).lock()


def test_two_threads_writing_at_once_both_succeed(ws):
    # The UI thread saving while a worker writes (import, daily backup's audit event): each
    # transaction takes the write lock when it begins and waits its turn.
    import threading

    failures: list[BaseException] = []

    def write(tag: str) -> None:
        try:
            for i in range(40):
                PersonService(ws).create({"alias": f"{tag}{i}"})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(tag,)) for tag in ("left", "right")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert PersonService(ws).count() == 80
    assert check_vault(ws.vault).sound


BACKUP_WRITER = TEST_KDF_PRELUDE + r"""
import sys
from pathlib import Path
from app.services.backup.backups import backup_to_folder
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
ws = Workspace.open(sys.argv[1], sys.argv[2], sys.stdin.readline().rstrip("\n"))
for i in range(200):
    PersonService(ws).create({"alias": f"B{i}", "contact_notes": "y" * 4000})
print("ready", flush=True)
while True:
    backup_to_folder(ws, Path(sys.argv[3]))
"""


@pytest.mark.slow
def test_a_backup_killed_midway_never_looks_complete(vault_dir, tmp_path):
    from app.services.backup.backups import restore_backup
    from app.store.backup import sweep_stale_partials

    usb = tmp_path / "usb"
    rng = random.Random(5)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(5):
        child = subprocess.Popen([sys.executable, "-c", BACKUP_WRITER, str(vault_dir), USER, str(usb)], cwd=REPO,
                                 env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.random() * 0.3)
        child.kill()
        child.communicate(timeout=30)
    complete = sorted(usb.glob("*.relaisbackup"))
    for i, backup in enumerate(complete):  # every file that looks like a backup is one
        restore_backup(backup, tmp_path / f"r{i}", user=USER, passphrase=PASSPHRASE)
    leftovers = list(usb.glob(".relais-backup-*"))
    for leftover in leftovers:  # pretend an hour went by
        os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    sweep_stale_partials(usb)
    assert list(usb.glob(".relais-backup-*")) == []
    Workspace.open(vault_dir, USER, PASSPHRASE).lock()


def test_a_unit_inside_a_unit_joins_it_instead_of_waiting_for_itself(ws):
    with ws.unit() as outer:
        PersonService(ws).create({"alias": "inner, committed with the outer unit"})
        try:
            with ws.unit() as inner:
                assert inner is outer
                ws.audit(inner, "test.inner")
                raise ValueError("only the inner part is undone")
        except ValueError:
            pass
        ws.audit(outer, "test.outer")
    names = [r.display_name for r in PersonService(ws).rows()]
    assert names == ["inner, committed with the outer unit"]
    with ws.read() as session:
        actions = [a for (a,) in session.execute(text("SELECT action FROM audit_events ORDER BY id"))]
    assert "test.outer" in actions and "test.inner" not in actions
    assert check_vault(ws.vault).sound

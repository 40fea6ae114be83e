"""Damaged vaults (issue 11 item 3): one clear message and a way forward, never a traceback,
never an overwrite, and never a new empty vault in place of one Relais cannot open."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import text

from app.devtools.demo import add_demo_data
from app.errors import RelaisError, VaultError
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.checks import check_vault
from tests.conftest import PASSPHRASE, REPO, USER
from tests.test_vault import digest_folder

PAGE = 4096


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filled") / "vault"
    with pytest.MonkeyPatch.context() as mp:  # built before the per-test state folder exists
        mp.setenv("RELAIS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
        ws, _ = Workspace.create(folder, USER, PASSPHRASE)
        add_demo_data(ws, persons=300, seed=5)
        ws.lock()
    (folder / "relais.lock").unlink(missing_ok=True)
    return folder


@pytest.fixture
def filled(filled_template, tmp_path):
    target = tmp_path / "vault"
    shutil.copytree(filled_template, target)
    return target


def flip_page(folder, page: int) -> bytes:
    db = folder / "relais.db"
    raw = bytearray(db.read_bytes())
    start = page * PAGE + 200
    for i in range(start, start + 32):
        raw[i] ^= 0xA5
    db.write_bytes(bytes(raw))
    return bytes(raw)


def relais(*args, stdin=PASSPHRASE + "\n", env=None):
    full_env = {**os.environ, "RELAIS_LANG": "en", **(env or {})}
    return subprocess.run([sys.executable, str(REPO / "tests" / "run_relais.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=full_env, timeout=120)


def test_flipped_bytes_anywhere_are_refused_or_reported_never_raised_raw(filled, tmp_path):
    pages = (filled / "relais.db").stat().st_size // PAGE
    seen = set()
    for page in range(2, pages, max(1, pages // 12)):
        copy = tmp_path / f"p{page}"
        shutil.copytree(filled, copy)
        damaged = flip_page(copy, page)
        try:
            ws = Workspace.open(copy, USER, PASSPHRASE)
        except VaultError as exc:
            assert exc.code in ("vault.damaged", "vault.db_undecryptable"), exc.code
            assert "backup" in exc.message()
            seen.add("refused")
        else:
            report = check_vault(ws.vault)
            try:
                ws.lock()
            except RelaisError:
                pass  # the lock event itself may meet the damaged page; the vault is locked anyway
            assert not ws.is_open
            assert not report.sound, page
            assert any("fail authentication" in line for line in report.failed)
            seen.add("reported")
        # Nothing repaired, truncated or replaced: the damaged page is still there as it was.
        raw = (copy / "relais.db").read_bytes()
        assert raw[page * PAGE: (page + 1) * PAGE] == damaged[page * PAGE: (page + 1) * PAGE]
    assert seen  # at least one outcome observed; both are acceptable


def test_damage_met_while_reading_is_one_clear_error(filled):
    ws = Workspace.open(filled, USER, PASSPHRASE)
    try:
        with ws.read() as session:
            root = session.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'persons'")).scalar()
    finally:
        ws.lock()
    flip_page(filled, root - 1)  # rootpage is 1-based
    with pytest.raises(VaultError) as exc:
        ws = Workspace.open(filled, USER, PASSPHRASE)
        try:
            PersonService(ws).rows()
        finally:
            ws.lock()
    assert exc.value.code == "vault.damaged"


def test_cli_on_a_damaged_page_prints_one_line(filled):
    ws = Workspace.open(filled, USER, PASSPHRASE)
    with ws.read() as session:
        root = session.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'persons'")).scalar()
    ws.lock()
    damaged = flip_page(filled, root - 1)
    page = slice((root - 1) * PAGE, root * PAGE)
    result = relais("persons", "--vault", str(filled))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "damaged" in result.stderr and "backup" in result.stderr and "Traceback" not in result.stderr
    check = relais("check", "--vault", str(filled))
    assert check.returncode == 1
    assert "Traceback" not in check.stderr + check.stdout
    assert "FAILED  encryption: 1 page(s) fail authentication" in check.stdout
    # check reports and repairs nothing: the damaged page is still there, the file not replaced.
    after = (filled / "relais.db").read_bytes()
    assert after[page] == damaged[page] and len(after) >= len(damaged)


@pytest.mark.parametrize("damage, fragment", [
    ("truncated", "damaged"),
    ("no_keyslots", "keys file"),
    ("foreign_keyslots", "another vault"),
    ("newer_keyslots", "newer"),
    ("newer_schema", "newer"),
])
def test_cli_damaged_vault_matrix(vault_dir, tmp_path, damage, fragment):
    if damage == "truncated":
        db = vault_dir / "relais.db"
        db.write_bytes(db.read_bytes()[: PAGE * 2 + 17])
    elif damage == "no_keyslots":
        (vault_dir / "keyslots.json").unlink()
    elif damage == "foreign_keyslots":
        other, _ = Workspace.create(tmp_path / "other", USER, PASSPHRASE)
        other.lock()
        shutil.copy(tmp_path / "other" / "keyslots.json", vault_dir / "keyslots.json")
    elif damage == "newer_keyslots":
        data = json.loads((vault_dir / "keyslots.json").read_text())
        data["version"] = 7
        (vault_dir / "keyslots.json").write_text(json.dumps(data))
    elif damage == "newer_schema":
        ws = Workspace.open(vault_dir, USER, PASSPHRASE)
        with ws.unit() as session:
            session.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_future')"))
        ws.lock()
    before = digest_folder(vault_dir)
    for command in ("persons", "check"):
        result = relais(command, "--vault", str(vault_dir), "--user", USER)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and fragment in lines[0], lines
        assert "Traceback" not in result.stderr
    after = digest_folder(vault_dir)
    assert after.get("relais.db") == before.get("relais.db")
    assert after.get("keyslots.json") == before.get("keyslots.json")


@pytest.mark.parametrize("missing", ["keyslots.json", "relais.db"])
def test_never_a_new_vault_in_place_of_one_that_cannot_open(vault_dir, missing):
    (vault_dir / missing).unlink()
    before = digest_folder(vault_dir)
    with pytest.raises(VaultError) as exc:
        Workspace.create(vault_dir, "mallory", "another passphrase")
    assert exc.value.code == "vault.already_exists"
    assert digest_folder(vault_dir) == before
    result = relais("init", "--vault", str(vault_dir), "--user", "mallory",
                    stdin="another passphrase\nanother passphrase\n")
    assert result.returncode == 1 and "already exists" in result.stderr
    assert digest_folder(vault_dir) == before


def test_every_damage_message_points_to_a_backup():
    for code in ("vault.damaged", "vault.db_undecryptable", "vault.keyslots_missing", "vault.keyslots_damaged",
                 "vault.db_missing"):
        for lang in ("en", "fr", "nl"):
            text_ = RelaisError(code, path="x", reason="r").message(lang).lower()
            assert any(word in text_ for word in ("backup", "sauvegarde", "back-up")), (code, lang)

"""The command-line contract of DESIGN.md §5, run as a user would run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO, USER


def relais(*args: str, stdin: str = PASSPHRASE + "\n", env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "RELAIS_LANG": "en", **(env or {})}
    return subprocess.run([sys.executable, str(REPO / "tests" / "run_relais.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=full_env, timeout=120)


@pytest.fixture
def cli_vault(tmp_path) -> Path:
    folder = tmp_path / "v"
    result = relais("init", "--vault", str(folder), "--user", USER)
    assert result.returncode == 0, result.stderr
    return folder


def test_init_prints_the_recovery_key_once_and_refuses_an_existing_vault(cli_vault):
    again = relais("init", "--vault", str(cli_vault), "--user", "bob")
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0
    assert "already exists" in again.stderr


def test_demo_persons_check_and_json(cli_vault):
    assert relais("demo", "--vault", str(cli_vault), "--persons", "300", "--seed", "7").returncode == 0
    listed = relais("persons", "--vault", str(cli_vault), "--json")
    assert listed.returncode == 0, listed.stderr
    persons = json.loads(listed.stdout)
    assert len(persons) == 300
    assert {"id", "gid", "display_name", "status"} <= set(persons[0])
    check = relais("check", "--vault", str(cli_vault))
    assert check.returncode == 0, check.stdout + check.stderr
    # No file in the vault folder holds a demo name in clear.
    names = [p["display_name"] for p in persons if len(p["display_name"]) > 6][:50]
    for path in cli_vault.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not any(n.encode() in raw for n in names), path


def test_demo_is_deterministic_for_a_seed(tmp_path):
    outputs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        relais("init", "--vault", str(folder), "--user", USER)
        relais("demo", "--vault", str(folder), "--persons", "50", "--seed", "3")
        listed = json.loads(relais("persons", "--vault", str(folder), "--json").stdout)
        assert all(len(p.pop("gid")) == 36 for p in listed)  # global ids are new on every vault
        outputs.append(listed)
    assert outputs[0] == outputs[1]


def test_wrong_passphrase_exits_1_with_one_line_and_changes_nothing(cli_vault):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in cli_vault.iterdir()}
    result = relais("persons", "--vault", str(cli_vault), stdin="wrong passphrase\n")
    assert result.returncode == 1
    assert result.stderr.strip() == "Wrong passphrase: the vault stays locked."
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in cli_vault.iterdir()}
    assert after == before


def test_messages_follow_the_language(cli_vault):
    result = relais("persons", "--vault", str(cli_vault), stdin="wrong passphrase\n", env={"RELAIS_LANG": "nl"})
    assert result.stderr.strip() == "Verkeerde wachtzin: de kluis blijft vergrendeld."


@pytest.mark.parametrize("setup, expected", [
    ("missing", "No vault folder"),
    ("empty", "does not contain a Relais vault"),
    ("truncated", "damaged"),
])
def test_unopenable_vault_folders(tmp_path, cli_vault, setup, expected):
    target = {"missing": tmp_path / "none", "empty": tmp_path / "empty", "truncated": cli_vault}[setup]
    if setup == "empty":
        target.mkdir()
    if setup == "truncated":
        db = cli_vault / "relais.db"
        db.write_bytes(db.read_bytes()[:5])
    result = relais("check", "--vault", str(target), "--user", USER)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2():
    assert relais("persons", "--no-such-flag").returncode == 2
    assert relais("import", "nonsense").returncode == 2


def test_import_template_lists_the_columns():
    result = relais("import", "persons", "--template")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("given_names;family_name;alias;birth;niss")


GOOD = "given_names;family_name;alias;birth;niss;housing\nAmélie;Dubois;;1984;;rented\nŞükrü;Çelik;;30/07/1985;85.07.30-033.28;no_fixed_address\n"


def test_import_good_csv_with_semicolons(cli_vault, tmp_path):
    csv_file = tmp_path / "p.csv"
    csv_file.write_text(GOOD, encoding="utf-8-sig")
    result = relais("import", "persons", "--vault", str(cli_vault), str(csv_file))
    assert result.returncode == 0, result.stderr
    names = [p["display_name"] for p in json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)]
    assert sorted(names) == ["Amélie Dubois", "Şükrü Çelik"]


def test_the_template_filled_with_names_only_imports_with_every_default(cli_vault, tmp_path):
    """Every column of the template present, only the names filled: each empty optional cell
    means that column's default (status active, housing and insurance unknown), not an error."""
    header = relais("import", "persons", "--template").stdout.strip()
    columns = header.split(";")
    rows = [";".join({"given_names": g, "family_name": f}.get(c, "") for c in columns)
            for g, f in (("Oksana", "Kovalenko"), ("Jef", "Peeters"))]
    csv_file = tmp_path / "names.csv"
    csv_file.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    result = relais("import", "persons", "--vault", str(cli_vault), str(csv_file))
    assert result.returncode == 0, result.stderr
    listed = json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)
    assert sorted(p["display_name"] for p in listed) == ["Jef Peeters", "Oksana Kovalenko"]
    assert {p["status"] for p in listed} == {"active"}


@pytest.mark.parametrize("content, encoding, fragment", [
    ("given_names,family_name,birth,niss\nA,B,1980,\nC,D,1980,85.07.30-033.29\n", "utf-8", "line 3 [niss]"),
    ("given_names,family_name,birth\nA,B,1980\nC,D,30/02/1980\n", "utf-8", "line 3 [birth]: this date does not exist"),
    ("given_names,family_name,favourite_colour\nA,B,red\n", "utf-8", "line 1 [favourite_colour]: unknown column"),
    ("given_names;family_name\nAmélie;Dubois\nJérôme;Lefèvre\n", "latin-1", "line 2: not UTF-8"),
    ("given_names;niss\nA;85.07.30-033.28\nB;85073003328\n", "utf-8", "line 3 [niss]: the same NISS is already on line 2"),
])
def test_import_with_a_bad_row_imports_nothing_and_names_it(cli_vault, tmp_path, content, encoding, fragment):
    csv_file = tmp_path / "bad.csv"
    csv_file.write_bytes(content.encode(encoding))
    result = relais("import", "persons", "--vault", str(cli_vault), str(csv_file))
    assert result.returncode == 1
    assert "Nothing was imported" in result.stderr
    assert fragment in result.stderr
    listed = json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)
    assert listed == []


def test_backup_and_restore_round_trip(cli_vault, tmp_path):
    relais("demo", "--vault", str(cli_vault), "--persons", "20")
    out = tmp_path / "usb" / "vault.relaisbackup"
    result = relais("backup", "--vault", str(cli_vault), "--out", str(out))
    assert result.returncode == 0, result.stderr
    restored = tmp_path / "restored"
    assert relais("restore", "--from", str(out), "--vault", str(restored)).returncode == 0
    assert relais("restore", "--from", str(out), "--vault", str(restored)).returncode == 1  # no overwrite
    original = json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)
    copy = json.loads(relais("persons", "--vault", str(restored), "--json").stdout)
    assert copy == original

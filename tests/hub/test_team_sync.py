"""Laptops in a team, end to end over a real PostgreSQL hub: create, invite, join, sync."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from app.errors import RelaisError
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from tests.conftest import PASSPHRASE
from tests.hub.team_support import CHEAP, names, new_vault


def test_a_person_recorded_on_one_laptop_reaches_the_others(team):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    PersonService(cm).create({"given_names": "Оксана", "family_name": "Коваленко"})
    for ws in (cm, sup, peer, cm, sup):
        report = sync(ws)
        assert report.refused == []
    assert names(sup) == names(peer) == names(cm) == ["Оксана Коваленко"]
    assert sync(peer).in_step


def test_a_wrong_code_is_refused_and_counted(hub, team, tmp_path):
    invited = team_setup.invite(team["sup"], "late", "peer_worker", tmp_path / "late.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, "late", "supervisor")
    with pytest.raises(RelaisError):
        team_setup.join(laptop, invited.path, "AAAAA-AAAAA-AAAAA-AAAAA")
    team_setup.join(laptop, invited.path, invited.code)          # the right code still works within 5 tries
    with pytest.raises(RelaisError):
        team_setup.join(new_vault(tmp_path, "again", "supervisor"), invited.path, invited.code)   # used once
    laptop.lock()


def test_the_hub_dump_holds_no_name_or_text(hub, team, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump not installed")
    cm = team["cm"]
    pid = PersonService(cm).create({"given_names": "Zénobie", "family_name": "Quartermaine",
                                    "niss": "85.07.30-033.28", "contact_notes": "dort chez sa soeur"})
    for ws in team.values():
        sync(ws)
    gid = cm.read().__enter__().connection().exec_driver_sql("SELECT gid FROM persons WHERE id = ?", (pid,)).scalar()
    dump = subprocess.run([shutil.which("pg_dump"), hub.admin_dsn], capture_output=True, check=True).stdout
    for secret in (b"Quartermaine", b"85073003328", b"soeur", str(gid).encode()):
        assert secret not in dump


def run_cli(monkeypatch, capsys, stdin: str, *argv: str) -> tuple[int, str, str]:
    import io

    from app.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_creates_invites_joins_and_syncs(hub, tmp_path, monkeypatch, capsys):
    for name in ("sup", "cm"):
        new_vault(tmp_path, name, "supervisor").lock()
    sup, cm = str(tmp_path / "sup"), str(tmp_path / "cm")
    assert run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "team", "create", "--vault", sup, "--hub",
                   hub.enrol_dsn)[0] == 0
    code, out, _ = run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "team", "invite", "--vault", sup,
                           "--user-name", "Sofie", "--role", "case_manager", "--out", str(tmp_path / "cm.inv"))
    assert code == 0
    one_time_code = out.strip().splitlines()[-1]
    code, _, err = run_cli(monkeypatch, capsys, f"{PASSPHRASE}\nWRONG-CODE\n", "join", "--vault", cm,
                           "--invite", str(tmp_path / "cm.inv"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert run_cli(monkeypatch, capsys, f"{PASSPHRASE}\n{one_time_code}\n", "join", "--vault", cm,
                   "--invite", str(tmp_path / "cm.inv"))[0] == 0
    ws = Workspace.open(tmp_path / "cm", "cm", PASSPHRASE)
    PersonService(ws).create({"alias": "Le Marin"})
    ws.lock()
    for vault in (cm, sup):
        assert run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "sync", "--vault", vault)[0] == 0
    code, out, _ = run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "team", "members", "--vault", sup, "--json")
    assert code == 0 and sorted(m["role"] for m in json.loads(out)) == ["case_manager", "supervisor"]
    ws = Workspace.open(tmp_path / "sup", "sup", PASSPHRASE)
    assert names(ws) == ["Le Marin"]
    ws.lock()


def test_no_vault_holds_the_hub_administrators_credentials(hub, team):
    from psycopg.conninfo import conninfo_to_dict

    admin = conninfo_to_dict(hub.admin_dsn)
    for ws in team.values():
        with ws.read() as session:
            rows = session.connection().exec_driver_sql("SELECT value FROM vault_settings").all()
        stored = " ".join(str(r[0]) for r in rows)
        assert conninfo_to_dict(hub.enrol_dsn)["user"] in stored      # the team settings were read
        assert admin["user"] not in stored and admin["password"] not in stored


def test_a_peer_workers_vault_never_receives_clinical_records(team):
    from app.services.cansas.assessments import create_assessment

    cm, peer = team["cm"], team["peer"]
    pid = PersonService(cm).create({"given_names": "Ewa", "family_name": "Nowak"})
    from datetime import date
    create_assessment(cm, pid, date.today(), "staff")
    for ws in (cm, peer):
        sync(ws)
    with peer.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM persons").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM assessments").scalar() == 0

"""A hub restored from an older backup, over a real PostgreSQL: `pg_dump`, more work and syncs,
`pg_restore` of the dump; the laptops detect it, push their own lost operations again and the
team converges, identical to a device that joins afterwards and replays the restored log."""

from __future__ import annotations

import subprocess

import pytest

from app.errors import RelaisError
from app.services.persons.records import PersonService
from app.services.team import recovery, snapshot
from app.services.team import setup as team_setup
from app.services.team.exchange import sync
from tests.hub.team_support import CHEAP, names, new_vault
from tests.hub.test_team_snapshots import content


def _dump(hub, path) -> None:
    subprocess.run([str(hub.pg.bin_dir / "pg_dump"), "--format=custom", "--file", str(path), "--dbname",
                    hub.admin_dsn], check=True, capture_output=True)


def _restore(hub, path) -> None:
    subprocess.run([str(hub.pg.bin_dir / "pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    "--dbname", hub.admin_dsn, str(path)], check=True, capture_output=True)


def test_after_a_restore_the_laptops_push_what_the_hub_lost_and_converge(hub, team, tmp_path, monkeypatch):
    cm, peer, sup = team["cm"], team["peer"], team["sup"]
    kept = PersonService(cm).create({"alias": "Avant la sauvegarde"})
    for ws in (cm, sup, peer):
        sync(ws)
    backup = tmp_path / "hub.dump"
    _dump(hub, backup)
    # After the backup: work on three laptops, all in step.
    PersonService(cm).create({"alias": "Perdu par le hub (cm)"})
    PersonService(cm).update(kept, {"contact_notes": "changé après la sauvegarde"})
    PersonService(sup).create({"alias": "Perdu par le hub (sup)"})
    PersonService(peer).create({"alias": "Perdu par le hub (pair)"})
    for ws in (cm, sup, peer, cm, sup):
        sync(ws)
    before = names(cm)
    assert len(before) == 4 and names(sup) == names(peer) == before
    _restore(hub, backup)
    with pytest.raises(RelaisError):                 # detected: the laptop does not trust it
        sync(cm)
    # Meanwhile the supervisor works on (offline); then each laptop recovers.
    PersonService(sup).create({"alias": "Pendant la panne"})
    done = recovery.recover(cm)
    assert done.needed and done.repushed >= 2 and done.common_seq < done.was_at
    assert recovery.recover(sup).needed and recovery.recover(peer).needed
    assert not recovery.recover(cm).needed           # the hub now continues what cm verified
    for ws in (cm, sup, peer, cm, sup, peer):
        assert sync(ws).refused == []
    expected = sorted([*before, "Pendant la panne"])
    assert names(cm) == names(sup) == names(peer) == expected
    # A device that joins now replays the restored log and reaches the same state.
    invited = team_setup.invite(sup, "new", "case_manager", tmp_path / "new.relaisinvite", kdf=CHEAP)
    laptop = new_vault(tmp_path, "new", "supervisor")
    team["new"] = laptop
    with monkeypatch.context() as m:
        m.setattr(snapshot, "start_from_snapshot", lambda ws, hub, state: 0)
        team_setup.join(laptop, invited.path, invited.code)
    for ws in (laptop, cm, sup, laptop):
        sync(ws)
    assert names(laptop) == expected
    assert content(laptop, ("team",))["persons"] == content(cm, ("team",))["persons"] \
        == content(sup, ("team",))["persons"]
    assert all(sync(ws).in_step for ws in (cm, sup, peer, laptop))


def test_recover_on_a_hub_that_was_not_restored_changes_nothing(team):
    cm = team["cm"]
    PersonService(cm).create({"alias": "Rien à récupérer"})
    sync(cm)
    done = recovery.recover(cm)
    assert not done.needed and done.repushed == 0
    assert sync(cm).in_step


def test_the_command_line_seals_a_snapshot_and_recovers(hub, tmp_path, monkeypatch, capsys):
    from app.texts import message
    from tests.conftest import PASSPHRASE
    from tests.hub.test_team_sync import run_cli

    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    PersonService(sup).create({"alias": "En ligne de commande"})
    sync(sup)
    sup.lock()
    vault = str(tmp_path / "sup")
    code, out, err = run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "team", "snapshot", "--vault", vault)
    assert code == 0, err
    code, out, err = run_cli(monkeypatch, capsys, PASSPHRASE + "\n", "team", "recover", "--vault", vault)
    assert code == 0, err
    assert message("team.not_restored", common=0).split("(")[0] in out

"""`persons duplicates`, `persons merge` and `persons --search` on the command line."""

from __future__ import annotations

import json

from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from tests.conftest import PASSPHRASE, USER
from tests.test_cli import cli_vault, relais  # noqa: F401 - fixture


def test_duplicates_merge_and_search(cli_vault):
    ws = Workspace.open(cli_vault, USER, PASSPHRASE)
    try:
        service = PersonService(ws)
        kept = service.create({"given_names": "Оксана", "family_name": "Коваленко", "birth": "12/03/1992"})
        other = service.create({"given_names": "Oksana", "family_name": "Kovalenko", "birth": "1992"})
        service.create({"given_names": "Jan", "family_name": "Peeters", "birth": "1970"})
    finally:
        ws.lock()
    found = relais("persons", "duplicates", "--vault", str(cli_vault), "--json")
    assert found.returncode == 0, found.stderr
    pairs = json.loads(found.stdout)
    assert [{pairs[0]["first"]["id"], pairs[0]["second"]["id"]}] == [{kept, other}]
    assert pairs[0]["reasons"][0]["kind"] == "same_birth_close_names" and pairs[0]["reasons"][0]["text"]

    search = relais("persons", "--vault", str(cli_vault), "--search", "oksana", "--json")
    assert search.returncode == 0, search.stderr
    assert sorted(p["id"] for p in json.loads(search.stdout)) == [kept, other]

    self_merge = relais("persons", "merge", "--vault", str(cli_vault), "--keep", str(kept), "--remove", str(kept))
    assert self_merge.returncode == 1 and self_merge.stderr.strip() == "a file cannot be merged with itself"
    usage = relais("persons", "merge", "--vault", str(cli_vault), "--keep", str(kept), stdin="")
    assert usage.returncode == 2

    merged = relais("persons", "merge", "--vault", str(cli_vault), "--keep", str(kept), "--remove", str(other),
                    "--choose", "given_names=other", "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["kept_id"] == kept
    listed = json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)
    assert sorted(p["display_name"] for p in listed) == ["Jan Peeters", "Oksana Коваленко"]
    assert json.loads(relais("persons", "duplicates", "--vault", str(cli_vault), "--json").stdout) == []

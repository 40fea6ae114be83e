"""`--person` takes a local id or a gid everywhere; `persons update` sets fields like an import row."""

from __future__ import annotations

import json

import pytest

from app.errors import NotFound, RelaisError
from app.services.persons.lookup import parse_assignments, person_id
from app.services.persons.records import PersonService
from tests.test_cli import cli_vault, relais  # noqa: F401  (cli_vault is a fixture)


@pytest.fixture
def listed(cli_vault):
    assert relais("demo", "--vault", str(cli_vault), "--persons", "12", "--seed", "5").returncode == 0
    persons = json.loads(relais("persons", "--vault", str(cli_vault), "--json").stdout)
    return cli_vault, persons


def test_persons_json_shows_the_gid_beside_the_id_and_plain_listing_is_unchanged(listed):
    vault, persons = listed
    assert all(set(p) == {"id", "gid", "display_name", "status"} for p in persons)
    assert len({p["gid"] for p in persons}) == len(persons)
    plain = relais("persons", "--vault", str(vault))
    assert plain.returncode == 0
    assert plain.stdout.splitlines()[0].split("\t")[0] == str(persons[0]["id"])


def test_every_person_option_accepts_an_id_or_a_gid(listed, tmp_path):
    vault, persons = listed
    person = persons[0]
    by_id = relais("export", "--vault", str(vault), "--person", str(person["id"]), "--format", "json",
                   "--out", str(tmp_path / "a.json"))
    by_gid = relais("export", "--vault", str(vault), "--person", person["gid"], "--format", "json",
                    "--out", str(tmp_path / "b.json"))
    assert by_id.returncode == 0 and by_gid.returncode == 0, by_gid.stderr
    a, b = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json"))
    assert a["person_id"] == b["person_id"] == person["id"]
    assert a["records"]["persons"] == b["records"]["persons"]
    pdf = relais("pdf", "careplan", "--vault", str(vault), "--person", person["gid"].upper(),
                 "--out", str(tmp_path / "p.pdf"))
    assert pdf.returncode in (0, 1) and "No person" not in pdf.stderr
    unknown = relais("export", "--vault", str(vault), "--person", "0190a0a0-0000-7000-8000-000000000000",
                     "--format", "fhir", "--out", str(tmp_path / "c.json"))
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1 and "person" in unknown.stderr
    assert not (tmp_path / "c.json").exists()
    erased = relais("erase", "--vault", str(vault), "--person", persons[-1]["gid"])
    assert erased.returncode in (0, 1), erased.stderr
    assert "No person" not in erased.stderr


def test_persons_update_sets_template_fields_by_id_or_gid(listed):
    vault, persons = listed
    first, second = persons[0], persons[1]
    done = relais("persons", "update", "--vault", str(vault), "--person", first["gid"],
                  "--set", "alias=Zed", "phone=+32 470 12 34 56", "--set", "status=paused")
    assert done.returncode == 0, done.stderr
    again = relais("persons", "update", "--vault", str(vault), "--person", str(second["id"]),
                   "--set", "languages=fr, nl")
    assert again.returncode == 0, again.stderr
    after = {p["gid"]: p for p in json.loads(relais("persons", "--vault", str(vault), "--json").stdout)}
    assert after[first["gid"]]["status"] == "paused"
    assert after[first["gid"]]["id"] == first["id"]


@pytest.mark.parametrize("pair, fragment", [
    ("colour=blue", "Unknown field"),
    ("alias", "Unknown field"),
    ("id=4", "Unknown field"),
    ("status=sleeping", ""),
    ("birth=31/31/1990", ""),
    ("email=not-an-address", ""),
])
def test_persons_update_refuses_a_bad_field_or_value_in_one_line(listed, pair, fragment):
    vault, persons = listed
    before = relais("persons", "--vault", str(vault), "--json").stdout
    result = relais("persons", "update", "--vault", str(vault), "--person", str(persons[0]["id"]), "--set", pair)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert fragment in result.stderr
    assert relais("persons", "--vault", str(vault), "--json").stdout == before


def test_persons_update_usage_errors_exit_2(cli_vault):
    assert relais("persons", "update", "--vault", str(cli_vault), "--set", "alias=x").returncode == 2
    assert relais("persons", "--vault", str(cli_vault), "--person", "1").returncode == 2
    assert relais("persons", "remove", "--vault", str(cli_vault)).returncode == 2


def test_the_resolver_takes_ids_and_gids_and_refuses_the_rest(ws):
    pid = PersonService(ws).create({"given_names": "Ana", "family_name": "Lopes"})
    gid = PersonService(ws).rows()[0].gid
    assert person_id(ws, pid) == pid
    assert person_id(ws, str(pid)) == pid
    assert person_id(ws, gid) == pid
    assert person_id(ws, gid.upper()) == pid
    for bad in ("999", "Ana", "", gid[:-1] + ("0" if gid[-1] != "0" else "1")):
        with pytest.raises(NotFound):
            person_id(ws, bad)
    with pytest.raises(RelaisError):
        parse_assignments([])
    assert parse_assignments(["alias=a=b", "given_names="]) == {"alias": "a=b", "given_names": ""}

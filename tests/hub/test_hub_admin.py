"""`hub init`, the roles it creates and the privileges members (do not) hold."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict

from app.cli import main
from app.hub import HubAlreadyInitialised, HubClient, HubRefused, HubUnreachable
from app.hub.admin import hub_roles, init_hub
from app.hub.schema import TABLE_NAMES
from tests.hub.pg_cluster import free_port


def test_init_returns_an_enrolment_dsn_for_the_same_database(hub):
    params = conninfo_to_dict(hub.enrol_dsn)
    assert params["dbname"] == hub.dbname and params["port"] == str(hub.pg.port)
    assert params["user"] == f"{hub.dbname}_enrol" and len(params["password"]) == 64
    assert hub.enrol().hub_version() == 1
    with hub.pg.superuser(hub.dbname) as su:
        roles = {r: (login, createrole) for r, login, createrole in su.execute(
            "SELECT rolname, rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname LIKE %s", (hub.dbname + "%",))}
    assert roles == {f"{hub.dbname}_owner": (False, True), f"{hub.dbname}_member": (False, False),
                     f"{hub.dbname}_enrol": (True, False)}


def test_init_twice_is_refused_and_changes_nothing(hub):
    with pytest.raises(HubAlreadyInitialised):
        init_hub(hub.admin_dsn)
    assert hub.enrol().hub_version() == 1   # the first enrolment password still works


def test_cli_hub_init_prints_the_dsn_then_refuses_a_second_run(pg, hub_factory, capsys):
    env = hub_factory()
    dbname = "hubt_cli_" + env.dbname[-8:]
    with pg.superuser() as su:
        su.execute(f'CREATE DATABASE "{dbname}" OWNER relais_test_admin')
    try:
        assert main(["hub", "init", "--dsn", pg.admin_dsn(dbname)]) == 0
        out = capsys.readouterr()
        dsn = out.out.strip()
        assert f"user={dbname}_enrol" in dsn and "enrolment" in out.err
        assert HubClient(dsn).hub_version() == 1
        assert main(["hub", "init", "--dsn", pg.admin_dsn(dbname)]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "already holds a team hub" in err[0]
    finally:
        pg.drop_database(dbname, hub_roles(dbname).prefix)


def test_role_names_fit_postgresql_and_stay_apart():
    long_a, long_b = "Team-Hub " + "x" * 80, "Team-Hub " + "x" * 79
    for name in ("hubt_1234abcd", long_a, "2024-équipe"):
        roles = hub_roles(name)
        assert len(roles.device_prefix + "0" * 32) <= 63
        assert all(c.isalnum() or c == "_" for c in roles.prefix) and roles.prefix[0].isalpha()
    assert hub_roles(long_a).prefix != hub_roles(long_b).prefix
    assert hub_roles("hubt_1234abcd").prefix == "hubt_1234abcd"


def test_functions_are_definers_with_a_pinned_path_and_tables_force_row_security(hub):
    with hub.pg.superuser(hub.dbname) as su:
        functions = su.execute(
            "SELECT p.proname, p.prosecdef, p.proconfig, coalesce(p.proacl::text, '') FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'relais_hub'").fetchall()
        tables = su.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, coalesce(c.relacl::text, '') "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'relais_hub' AND c.relkind = 'r'").fetchall()
    callable_ = {name for name, _, _, acl in functions if "_member=X" in acl or "_enrol=X" in acl}
    assert {"push", "pull", "create_team", "claim_invitation", "disable_device"} <= callable_
    for name, definer, config, acl in functions:
        assert not acl.startswith("{=") and ",=X" not in acl, f"PUBLIC may execute {name}"
        if name in callable_ and name != "hub_version":
            assert definer and config == ["search_path=relais_hub, pg_temp"], name
        if name not in callable_:
            assert "_member=" not in acl and "_enrol=" not in acl, name
    assert {t for t, *_ in tables} == {*TABLE_NAMES, "snapshots"}
    for name, rls, forced, acl in tables:
        assert rls and forced, name
        assert "_member=" not in acl and "_enrol=" not in acl and ",=" not in acl, name


@pytest.mark.parametrize("statement", [
    "SELECT * FROM relais_hub.{table}",
    "UPDATE relais_hub.{table} SET team_id = team_id",
    "DELETE FROM relais_hub.{table}",
])
def test_member_and_enrolment_logins_hold_no_table_privilege(hub, statement):
    enrolment, _ = hub.create_team()
    for dsn in (enrolment.credentials.dsn, hub.enrol_dsn):
        with psycopg.connect(dsn, autocommit=True) as conn:
            for table in TABLE_NAMES:   # every table has a team_id column
                with pytest.raises(pg_errors.InsufficientPrivilege):
                    conn.execute(statement.format(table=table))


def test_member_logins_cannot_call_the_private_helpers_or_create_objects(hub):
    enrolment, _ = hub.create_team()
    with psycopg.connect(enrolment.credentials.dsn, autocommit=True) as conn:
        for call in ("SELECT relais_hub.me()", "SELECT relais_hub.caller_scopes()",
                     ("SELECT * FROM relais_hub.register_device(gen_random_uuid(), gen_random_uuid(), 'supervisor',"
                      " ARRAY['team'], '\\x00'::bytea, '\\x00'::bytea, 'x')"),
                     "CREATE TABLE relais_hub.mine (x int)", "CREATE TEMP TABLE mine (x int)"):
            with pytest.raises(pg_errors.InsufficientPrivilege):
                conn.execute(call)
    # Only the enrolment login may register devices.
    with pytest.raises(HubRefused) as refused:
        hub.client(enrolment.credentials.dsn).create_team(b"e" * 32, b"x" * 32)
    assert refused.value.reason == "not_permitted"


def test_a_device_of_one_hub_cannot_even_connect_to_another(hub_factory):
    first, second = hub_factory(), hub_factory()
    enrolment, _ = first.create_team()
    other_db = enrolment.credentials.dsn.replace(f"dbname={first.dbname}", f"dbname={second.dbname}")
    assert other_db != enrolment.credentials.dsn
    with pytest.raises(HubRefused):
        HubClient(other_db).head()


def test_a_hub_that_does_not_answer_is_unreachable_and_a_wrong_password_is_refused(hub):
    dead = f"host=127.0.0.1 port={free_port()} dbname=x user=x password=x"
    with pytest.raises(HubUnreachable):
        HubClient(dead).head()
    enrolment, _ = hub.create_team()
    wrong = enrolment.credentials.dsn.replace(enrolment.credentials.password, "0" * 64)
    with pytest.raises(HubRefused) as refused:
        HubClient(wrong).head()
    assert refused.value.reason == "bad_credentials"


def test_an_administrator_who_may_not_create_roles_is_refused_and_nothing_is_left(pg):
    with pg.superuser() as su:
        su.execute("CREATE ROLE hubt_weak LOGIN PASSWORD 'weak-admin'")
        su.execute("CREATE DATABASE hubt_weak_db OWNER hubt_weak")
    try:
        weak = pg.admin_dsn("hubt_weak_db").replace("user=relais_test_admin", "user=hubt_weak")
        weak = weak.replace(f"password={pg.admin_password}", "password=weak-admin")
        with pytest.raises(HubRefused) as refused:
            init_hub(weak)
        assert refused.value.reason == "not_permitted"
        with pg.superuser("hubt_weak_db") as su:
            assert su.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'relais_hub'").fetchone() == (0,)
            assert su.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'hubt_weak_db%'").fetchone() == (0,)
    finally:
        pg.drop_database("hubt_weak_db", hub_roles("hubt_weak_db").prefix)
        with pg.superuser() as su:
            su.execute("DROP ROLE hubt_weak")

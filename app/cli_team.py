"""Command line for working as a team through a hub (DESIGN.md §10):

    hub init --dsn ADMIN_DSN                                          (the hub's IT, once)
    team create --vault DIR --hub DSN [--name TEAM]
    team invite --vault DIR --user-name NAME --role ROLE --out FILE   (the code is stdout's last line)
    team members --vault DIR [--json]
    team remove --vault DIR --user-name NAME                          (supervisor: the member leaves)
    team revoke --vault DIR --device ID                               (supervisor: one lost laptop)
    team role --vault DIR --user-name NAME --role ROLE                (supervisor: a lower role)
    team unsent --vault DIR [--json]                                  (own changes that never reached the team)
    team recover --vault DIR                 (after the hub was restored from a backup: push again, take up)
    team snapshot --vault DIR                (supervisor: seal a snapshot for new devices now)
    join --vault DIR --invite FILE                                    (stdin: passphrase, then the code)
    sync --vault DIR [--json]                                         (exit 0 when in step with the hub)
    conflicts --vault DIR [--json]

Same conventions as app/cli.py: one line on stderr and exit 1 when refused, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Protocol

from app.texts import message

EXIT_OK, EXIT_FAILED = 0, 1


class Secrets(Protocol):
    def read(self, prompt: str, confirm: bool = False) -> str: ...


class Opener(Protocol):
    def __call__(self, args: argparse.Namespace, secrets: Secrets) -> Any: ...


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def cmd_team(args: argparse.Namespace, secrets: Secrets, open_workspace: Opener) -> int:
    from app.services.team import setup
    from app.services.team.roster import members

    ws = open_workspace(args, secrets)
    try:
        if args.action == "create":
            state = setup.create_team(ws, args.hub, args.name)
            print(message("team.created", team=state.team_id))
        elif args.action in ("remove", "revoke", "role"):
            from app.services.team import leaving

            if args.action == "remove":
                done = leaving.remove_member(ws, args.user_name)
            elif args.action == "revoke":
                done = leaving.revoke_device(ws, args.device)
            else:
                done = leaving.lower_role(ws, args.user_name, args.role)
            scopes = ", ".join(f"{s} {e}" for s, e in sorted(done.rotated.items()))
            print(message("team.role_done" if args.action == "role" else "team.removed_done",
                          count=len(done.devices), scopes=scopes, role=args.role or ""))
        elif args.action == "recover":
            from app.services.team.exchange import sync
            from app.services.team.recovery import recover

            recovered = recover(ws)
            print(message("team.recovered" if recovered.needed else "team.not_restored",
                          common=recovered.common_seq, count=recovered.repushed))
            if recovered.needed:
                sync(ws)
        elif args.action == "snapshot":
            from app.services.team.snapshot import seal_now

            print(message("team.snapshot_sealed", seq=seal_now(ws)))
        elif args.action == "unsent":
            from app.services.team.leaving import unsent_changes

            rows = unsent_changes(ws)
            if args.json:
                _dump(rows)
            else:
                for row in rows:
                    print(f"{row['person']}\t{row['table']}\t{row['kind']}")
        elif args.action == "invite":
            invited = setup.invite(ws, args.user_name, args.role, args.out)
            print(message("team.invited", path=str(invited.path), role=invited.role))
            print(invited.code)
        else:
            rows = members(ws)
            if args.json:
                _dump(rows)
            else:
                for row in rows:
                    print(f"{row['name']}\t{row['role']}\t{row['device']}")
    finally:
        ws.lock()
    return EXIT_OK


def cmd_join(args: argparse.Namespace, secrets: Secrets, open_workspace: Opener) -> int:
    from app.services.team import setup

    ws = open_workspace(args, secrets)
    try:
        code = secrets.read(message("team.prompt_code"))
        state = setup.join(ws, args.invite, code)
        print(message("team.joined", role=state.role))
    finally:
        ws.lock()
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, secrets: Secrets, open_workspace: Opener) -> int:
    from app.errors import RelaisError
    from app.services.team.exchange import sync

    ws = open_workspace(args, secrets)
    try:
        try:
            report = sync(ws)
        except RelaisError as exc:
            if exc.code != "team.removed":
                raise
            from app.services.team.leaving import unsent_changes

            print(exc.message(), file=sys.stderr)
            for row in unsent_changes(ws):
                print(f"{row['person']}\t{row['table']}\t{row['kind']}")
            return EXIT_FAILED
    finally:
        ws.lock()
    if args.json:
        _dump(asdict(report))
    else:
        print(message("team.sync_report", pushed=report.pushed, pulled=report.pulled, applied=report.applied,
                      refused=len(report.refused)))
    if report.needs_update:
        print(message("team.needs_update"), file=sys.stderr)
    return EXIT_OK if report.in_step else EXIT_FAILED


def cmd_conflicts(args: argparse.Namespace, secrets: Secrets, open_workspace: Opener) -> int:
    from app.services.sync.replica import list_conflicts

    ws = open_workspace(args, secrets)
    try:
        rows = list_conflicts(ws)
    finally:
        ws.lock()
    if args.json:
        _dump(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['kind']}\t{row['tbl']}\t{row['col'] or ''}")
    return EXIT_OK


def cmd_hub(args: argparse.Namespace, secrets: Secrets) -> int:
    """`hub init`: the enrolment DSN goes to stdout, the explanation to stderr. `hub upgrade`:
    a hub made by an older Relais gets what this version adds (snapshots)."""
    from app.errors import RelaisError
    from app.hub.admin import init_hub
    from app.hub.errors import HubError

    if args.action == "upgrade":
        from app.hub.admin import upgrade_hub

        try:
            added = upgrade_hub(args.dsn)
        except HubError as exc:
            raise RelaisError(exc.code, **exc.params) from None
        print(message("hub.upgraded" if added else "hub.up_to_date"), file=sys.stderr)
        return EXIT_OK
    try:
        dsn = init_hub(args.dsn)
    except HubError as exc:
        raise RelaisError(exc.code, **exc.params) from None
    print(message("hub.initialised"), file=sys.stderr)
    print(dsn)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction, vault_arg, open_workspace: Opener) -> None:
    def bind(func):
        return lambda args, secrets: func(args, secrets, open_workspace)

    p = sub.add_parser("hub", help="team hub: `hub init --dsn DSN` turns an empty PostgreSQL database into one")
    p.add_argument("action", choices=["init", "upgrade"])
    p.add_argument("--dsn", required=True,
                   help="administrator DSN, used once and stored nowhere (or leave the password to PGPASSWORD/.pgpass)")
    p.set_defaults(func=cmd_hub)

    p = sub.add_parser("team", help="a team through a hub: create, invite, list members")
    p.add_argument("action", choices=["create", "invite", "members", "remove", "revoke", "role", "unsent",
                                          "recover", "snapshot"])
    vault_arg(p)
    p.add_argument("--hub", help="the hub's enrolment DSN printed by `hub init` (create)")
    p.add_argument("--name", help="the team's name (create; kept on this laptop only)")
    p.add_argument("--user-name", dest="user_name", help="the invited member's name (invite)")
    p.add_argument("--role", choices=["supervisor", "case_manager", "peer_worker"], help="the invited role")
    p.add_argument("--out", type=Path, help="where to write the invitation file (invite)")
    p.add_argument("--device", help="the device id of a lost laptop (revoke; see `team members`)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bind(cmd_team))

    p = sub.add_parser("join", help="join a team with an invitation file and its one-time code")
    vault_arg(p)
    p.add_argument("--invite", type=Path, required=True)
    p.set_defaults(func=bind(cmd_join))

    p = sub.add_parser("sync", help="push and pull with the team hub; exit 0 when in step")
    vault_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bind(cmd_sync))

    p = sub.add_parser("conflicts", help="changes that crossed another one, to review")
    vault_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bind(cmd_conflicts))


def check_usage(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if getattr(args, "command", None) != "team":
        return
    if args.action == "create" and not args.hub:
        parser.error("team create needs --hub DSN")
    if args.action == "invite" and not (args.user_name and args.role and args.out):
        parser.error("team invite needs --user-name, --role and --out")
    if args.action == "remove" and not args.user_name:
        parser.error("team remove needs --user-name")
    if args.action == "revoke" and not args.device:
        parser.error("team revoke needs --device")
    if args.action == "role" and not (args.user_name and args.role):
        parser.error("team role needs --user-name and --role")

"""Command line for possible duplicates and merges, and the person search:

    persons --vault DIR [--search TEXT] [--json]                 (the list, or the search box's matches)
    persons duplicates --vault DIR [--json]                      candidate pairs with their reasons
    persons merge --vault DIR --keep ID --remove ID [--choose FIELD=other ...] [--confirm-different-niss]
    persons update --vault DIR --person ID --set FIELD=VALUE...  (FIELD: the import template's columns)

IDs are local ids or gids. Same conventions as app/cli.py: one line on stderr and exit 1 when
refused, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from app.texts import message

EXIT_OK = 0
ACTIONS = ("duplicates", "merge", "update")


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write("\n")


def extend(parser: argparse.ArgumentParser, list_persons: Callable, open_workspace: Callable) -> None:
    """Add the duplicate and merge actions and --search to the `persons` parser."""
    parser.add_argument("action", nargs="?", choices=ACTIONS,
                        help="duplicates: list candidate pairs; merge: merge two files; update: set fields of one")
    parser.add_argument("--person", help="update: the person's id or gid")
    parser.add_argument("--set", nargs="+", action="append", metavar="FIELD=VALUE",
                        help="update: a column of the import template and its new value")
    parser.add_argument("--search", help="only the persons the search box finds for TEXT")
    parser.add_argument("--keep", help="merge: the file kept (id or gid)")
    parser.add_argument("--remove", help="merge: the file merged into it (id or gid)")
    parser.add_argument("--choose", action="append", default=[], metavar="FIELD=other",
                        help="merge: take this identity field from the removed file")
    parser.add_argument("--confirm-different-niss", action="store_true", dest="confirm_different_niss",
                        help="merge: a supervisor confirms two files with different NISS are one person")

    def run(args, secrets) -> int:
        if args.action == "duplicates":
            return cmd_duplicates(args, secrets, open_workspace)
        if args.action == "merge":
            return cmd_merge(args, secrets, open_workspace)
        if args.action == "update":
            return cmd_persons_update(args, secrets, open_workspace)
        if args.search is not None:
            return cmd_search(args, secrets, open_workspace)
        return list_persons(args, secrets)

    parser.set_defaults(func=run)


def check_usage(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if getattr(args, "command", None) != "persons":
        return
    if args.action == "update" and not (args.person and args.set):
        parser.error("persons update needs --person ID and --set FIELD=VALUE")
    if args.action is None and (args.person or args.set):
        parser.error("--person and --set go with `persons update`")
    if getattr(args, "action", None) == "merge":
        if not (args.keep and args.remove):
            parser.error("persons merge needs --keep ID and --remove ID")
        for item in args.choose:
            if "=" not in item:
                parser.error("--choose takes FIELD=other or FIELD=kept")


def cmd_search(args, secrets, open_workspace) -> int:
    from app.services.persons.records import PersonService

    ws = open_workspace(args, secrets)
    try:
        service = PersonService(ws)
        ids = service.search_ids(args.search, status=args.status)
        rows = service.rows(person_ids=ids) if ids else []
        with ws.unit() as session:
            ws.audit(session, "persons.searched", count=len(rows), via="cli")
    finally:
        ws.lock()
    if args.json:
        _dump([{"id": r.id, "display_name": r.display_name, "status": r.status} for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t{r.display_name}\t{r.status}")
    return EXIT_OK


def cmd_duplicates(args, secrets, open_workspace) -> int:
    from app.services.persons.duplicates import find_candidates

    ws = open_workspace(args, secrets)
    try:
        found = find_candidates(ws)
        with ws.unit() as session:
            ws.audit(session, "duplicates.listed", count=len(found), via="cli")
    finally:
        ws.lock()
    if args.json:
        _dump([c.as_dict() for c in found])
        return EXIT_OK
    if not found:
        print(message("duplicates.none"))
    for c in found:
        print(f"{c.first.id}\t{c.first.label()}\t{c.second.id}\t{c.second.label()}\t{'; '.join(c.reason_texts())}")
    return EXIT_OK


def cmd_merge(args, secrets, open_workspace) -> int:
    from app.services.persons.merging import merge_persons

    choices = dict(item.split("=", 1) for item in args.choose)
    ws = open_workspace(args, secrets)
    try:
        result = merge_persons(ws, args.keep, args.remove, choices=choices,
                               confirm_different_niss=args.confirm_different_niss)
    finally:
        ws.lock()
    if args.json:
        _dump({"merge": result.merge_gid, "kept_id": result.kept_id, "moved": result.moved,
               "choices": [{"field": c.field, "kept": c.kept, "other": c.other, "chosen": c.chosen}
                           for c in result.choices],
               "notices": [message(n) for n in result.notices]})
        return EXIT_OK
    print(message("duplicates.merged", id=result.kept_id))
    for c in result.choices:
        print(f"  {c.field}: {c.value}")
    for notice in result.notices:
        print(message(notice), file=sys.stderr)
    return EXIT_OK


def cmd_persons_update(args, secrets, open_workspace) -> int:
    """`persons update --person ID|GID --set FIELD=VALUE...`: validated as an import row.
    `open_workspace(args, secrets)` is app/cli.py's (passed in: this module sits below it)."""
    from app.services.persons.lookup import parse_assignments, update_person

    pairs = [pair for group in args.set or [] for pair in group]
    parse_assignments(pairs)  # a bad field is refused before the passphrase is asked
    ws = open_workspace(args, secrets)
    try:
        record = update_person(ws, args.person, pairs)
    finally:
        ws.lock()
    print(message("persons.updated", id=record.id))
    return EXIT_OK


def person_ref(ws, args) -> int:
    """`--person` names a person by local id or by gid."""
    from app.services.persons.lookup import person_id

    return person_id(ws, args.person)

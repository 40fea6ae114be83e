"""`persons update` and `--person ID|GID`, for app/cli.py (kept apart to keep it short)."""

from __future__ import annotations

from app.texts import message

EXIT_OK = 0


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
    from app.services.persons.lookup import resolve_person

    return resolve_person(ws, args.person)

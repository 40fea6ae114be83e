"""Command line for documents received from partners:

    documents add --vault DIR --person ID FILE [--kind K] [--from PARTNER_ID] [--date YYYY-MM-DD]
    documents list --vault DIR --person ID [--json]

Same conventions as app/cli.py: one line on stderr and exit 1 when refused, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from app.texts import message

EXIT_OK = 0


class Opener(Protocol):
    def __call__(self, args: argparse.Namespace, secrets: Any, /) -> Any: ...


def cmd_documents(args: argparse.Namespace, secrets: Any, open_workspace: Opener) -> int:
    from app.services.received import add_received, list_received

    ws = open_workspace(args, secrets)
    try:
        if args.action == "add":
            doc_id = add_received(ws, args.person, args.file, kind=args.kind, partner_id=args.sender,
                                  received_on=args.date)
            print(message("received.added", id=doc_id))
            return EXIT_OK
        rows = list_received(ws, args.person)
    finally:
        ws.lock()
    if args.json:
        json.dump([{"id": r.id, "kind": r.kind, "sender": r.sender, "partner_id": r.partner_id,
                    "received_on": r.received_on.isoformat(), "file_name": r.file_name,
                    "content_type": r.content_type, "previewable": r.previewable, "pages": r.pages,
                    "size": r.size, "sha256": r.sha256} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            print(f"{r.id}\t{r.received_on.isoformat()}\t{r.kind}\t{r.content_type}\t{r.sender}\t{r.file_name}")
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction, vault_arg, open_workspace: Opener) -> None:
    def bind(func):
        return lambda args, secrets: func(args, secrets, open_workspace)

    from app.models.received import ReceivedKind

    p = sub.add_parser("documents", help="documents received from partners: add one to a person's file, list them")
    actions = p.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a PDF, PNG or JPEG file (recognised by its content)")
    vault_arg(add)
    add.add_argument("--person", type=int, required=True)
    add.add_argument("--kind", choices=[k.value for k in ReceivedKind], default=ReceivedKind.OTHER.value)
    add.add_argument("--from", dest="sender", type=int, metavar="PARTNER_ID", help="the sending partner")
    add.add_argument("--date", type=date.fromisoformat, help="the day it was received (default: today)")
    add.add_argument("file", type=Path)
    add.set_defaults(func=bind(cmd_documents))
    listing = actions.add_parser("list", help="list the documents received for a person")
    vault_arg(listing)
    listing.add_argument("--person", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=bind(cmd_documents))

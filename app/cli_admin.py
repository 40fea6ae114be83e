"""Command line for vault maintenance (supervisors):

    admin rebuild-summaries --vault DIR   recompute the per-person summary rows the dashboard
                                          reads (app/models/summaries.py), if ever wrong

Same conventions as app/cli.py: one line on stderr and exit 1 when refused, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
from typing import Any, Protocol

from app.texts import message

EXIT_OK = 0


class Opener(Protocol):
    def __call__(self, args: argparse.Namespace, secrets: Any) -> Any: ...


def cmd_admin(args: argparse.Namespace, secrets: Any, open_workspace: Opener) -> int:
    from app.services.admin.summaries import rebuild_summaries

    ws = open_workspace(args, secrets)
    try:
        written, wrong = rebuild_summaries(ws)
    finally:
        ws.lock()
    print(message("cli.summaries_rebuilt", rows=written, wrong=wrong))
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction, vault_arg, open_workspace: Opener) -> None:
    p = sub.add_parser("admin", help="maintenance (supervisor): rebuild-summaries recomputes the per-person "
                                     "summary rows the dashboard reads")
    p.add_argument("action", choices=["rebuild-summaries"])
    vault_arg(p)
    p.set_defaults(func=lambda args, secrets: cmd_admin(args, secrets, open_workspace))

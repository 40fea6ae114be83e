"""Command line: scripted access to the same services the desktop app uses.

Exit status: 0 success, 1 refused or failed (one line on stderr, no traceback), 2 usage.
A command that opens a vault reads the passphrase from the first line of standard input
when it is not a terminal, and prompts without echo otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app import cli_admin, cli_documents, cli_persons, cli_team
from app.cli_persons import person_ref
from app.errors import STORAGE_ERRNOS, RelaisError, storage_error
from app.paths import default_vault_dir
from app.texts import message

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class SecretReader:
    """Passphrases from piped stdin (one per line, in order) or from a no-echo prompt."""

    def __init__(self) -> None:
        self._piped = not sys.stdin.isatty()

    def read(self, prompt: str, confirm: bool = False) -> str:
        if self._piped:
            line = sys.stdin.readline()
            if not line:
                raise RelaisError("cli.no_passphrase")
            return line.rstrip("\r\n")
        secret = getpass.getpass(prompt)
        if confirm and getpass.getpass(message("cli.prompt_confirm")) != secret:
            raise RelaisError("cli.passphrases_differ")
        return secret


def _vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, help="vault folder (default: the user data folder)")
    parser.add_argument("--user", help="user name (keyslot) to unlock with")


def _vault_dir(args: argparse.Namespace) -> Path:
    return args.vault or default_vault_dir()


def open_workspace(args: argparse.Namespace, secrets: cli_team.Secrets):
    from app.services.admin.maintenance import open_workspace as open_and_maintain
    from app.store.vault import VaultFolder

    folder = VaultFolder(_vault_dir(args))
    user = args.user
    if not user:
        names = folder.user_names()
        if len(names) != 1:
            raise RelaisError("cli.user_required", users=", ".join(names))
        user = names[0]
    ws = open_and_maintain(folder.path, user, secrets.read(message("cli.prompt_passphrase", user=user)))
    if ws.rollback_warning:
        print(ws.rollback_warning, file=sys.stderr)
    return ws


# -- commands ------------------------------------------------------------------------
def cmd_init(args, secrets: SecretReader) -> int:
    from app.services.shared.workspace import Workspace

    passphrase = secrets.read(message("cli.prompt_new_passphrase"), confirm=True)
    ws, recovery_key = Workspace.create(_vault_dir(args), args.user or getpass.getuser(), passphrase,
                                        role=args.role, display_name=args.display_name or "")
    ws.lock()
    print(message("cli.created", path=str(_vault_dir(args))))
    print(message("cli.recovery_key_intro"))
    print(f"\n    {recovery_key}\n")
    print(message("cli.recovery_key_warning"))
    return EXIT_OK


def cmd_demo(args, secrets: SecretReader) -> int:
    from app.devtools.demo import add_demo_data

    ws = open_workspace(args, secrets)
    try:
        ids = add_demo_data(ws, persons=args.persons, seed=args.seed)
    finally:
        ws.lock()
    print(message("cli.demo_added", count=len(ids)))
    return EXIT_OK


def cmd_persons(args, secrets: SecretReader) -> int:
    from app.services.persons.records import PersonService

    ws = open_workspace(args, secrets)
    try:
        rows = PersonService(ws).rows(status=args.status)
        with ws.unit() as session:
            ws.audit(session, "persons.listed", count=len(rows), via="cli")
    finally:
        ws.lock()
    if args.json:
        json.dump([{"id": r.id, "gid": r.gid, "display_name": r.display_name, "status": r.status} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            print(f"{r.id}\t{r.display_name}\t{r.status}")
    return EXIT_OK


def cmd_check(args, secrets: SecretReader) -> int:
    from app.store.checks import check_vault

    ws = open_workspace(args, secrets)
    try:
        report = check_vault(ws.vault)
    finally:
        ws.lock()
    for line in report.passed:
        print(f"ok      {line}")
    for line in report.warnings:
        print(f"warning {line}")
    for line in report.failed:
        print(f"FAILED  {line}")
    if not report.sound:
        print(message("cli.check_failed"), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def cmd_backup(args, secrets: SecretReader) -> int:
    from app.services.backup.backups import backup_vault_folder

    folder = _vault_dir(args)
    user = args.user
    passphrase = secrets.read(message("cli.prompt_passphrase", user=user or ""))
    written = backup_vault_folder(folder, user, passphrase, args.out)
    print(message("cli.backup_written", path=str(written)))
    return EXIT_OK


def cmd_restore(args, secrets: SecretReader) -> int:
    from app.services.backup.backups import restore_backup

    passphrase = recovery_key = None
    if args.recovery_key:
        recovery_key = secrets.read(message("cli.prompt_recovery_key"))
    elif args.verify:
        passphrase = secrets.read(message("cli.prompt_passphrase", user=args.user or ""))
    result = restore_backup(args.source, args.vault, force=args.force, user=args.user,
                            passphrase=passphrase, recovery_key=recovery_key)
    if result.verified_with:
        print(message("cli.restored_verified", path=str(args.vault), who=result.verified_with))
    else:
        print(message("cli.restored_unverified", path=str(args.vault)))
    return EXIT_OK


def cmd_import(args, secrets: SecretReader) -> int:
    importers = _importers()
    columns, run = importers[args.what]
    args.file = Path(args.target[1]) if len(args.target) > 1 else None
    if args.template:
        print(";".join(columns))
        return EXIT_OK
    if not args.file:
        print(message("cli.import_file_required"), file=sys.stderr)
        return EXIT_USAGE
    ws = open_workspace(args, secrets)
    try:
        count = run(ws, args.file)
    finally:
        ws.lock()
    print(message("cli.imported", count=count))
    return EXIT_OK


def _importers() -> dict[str, tuple[tuple[str, ...], Callable]]:
    from app.services.partners.importing import PARTNER_COLUMNS, import_partners
    from app.services.persons.importing import PERSON_COLUMNS, import_persons

    return {"persons": (PERSON_COLUMNS, import_persons), "partners": (PARTNER_COLUMNS, import_partners)}


def cmd_pdf(args, secrets: SecretReader) -> int:
    from app.services.documents.catalogue import produce
    from app.services.shared.documents import PdfRequest, export_document

    ws = open_workspace(args, secrets)
    try:
        doc_id = produce(ws, args.kind, PdfRequest(person_ref(ws, args), args.partner, args.lang, args.variant or ""))
        if args.protect:
            from app.services.shared.protected_export import export_document_protected

            written, password = export_document_protected(ws, doc_id, args.out)
        else:
            written, password = export_document(ws, doc_id, args.out), None
    finally:
        ws.lock()
    print(message("cli.pdf_written", path=str(written)))
    if password:
        print(message("protect.password_line"))
        print(password)                    # the last line, for scripts
    return EXIT_OK


def cmd_export(args, secrets: SecretReader) -> int:
    """Right of access (--format json) and portability (--format fhir): one person, one file."""
    from app.services.rights.collect import write_person_json
    from app.services.rights.fhir import export_person_fhir

    ws = open_workspace(args, secrets)
    try:
        person_id = person_ref(ws, args)
        if args.format == "fhir":
            written = export_person_fhir(ws, person_id, args.out)
        else:
            written = write_person_json(ws, person_id, args.out)
    finally:
        ws.lock()
    print(message("cli.export_written", path=str(written)))
    return EXIT_OK


def cmd_erase(args, secrets: SecretReader) -> int:
    """Erase a person. Within the retention period a case manager names a supervisor, whose
    passphrase is read as the next line of stdin (or prompted)."""
    from app.services.rights.collect import erase_person

    ws = open_workspace(args, secrets)
    try:
        supervisor = None
        if args.supervisor:
            supervisor = (args.supervisor, secrets.read(message("cli.prompt_passphrase", user=args.supervisor)))
        person_id = person_ref(ws, args)
        erase_person(ws, person_id, supervisor=supervisor)
    finally:
        ws.lock()
    print(message("cli.erased", id=person_id))
    return EXIT_OK


def cmd_indicators(args, secrets: SecretReader) -> int:
    from app.services.dashboard.export import export_format, export_indicators

    export_format(args.out)   # refuse a wrong file name before asking for a passphrase
    ws = open_workspace(args, secrets)
    try:
        from app.services.shared.permissions import Permission

        scope = args.scope or ("team" if ws.can(Permission.TEAM_OVERVIEW) else "mine")
        report = export_indicators(ws, args.out, scope=scope)
    finally:
        ws.lock()
    for skipped in report.skipped:
        print(message("cli.indicators_skipped", pseudonym=skipped.pseudonym, reason=skipped.reason), file=sys.stderr)
    print(message("cli.indicators_written", path=str(report.path), rows=report.rows, skipped=len(report.skipped)))
    return EXIT_OK


def cmd_users(args, secrets: SecretReader) -> int:
    from app.services.admin.users import UserService

    ws = open_workspace(args, secrets)
    try:
        service = UserService(ws)
        if args.action == "list":
            for u in service.list():
                state = "active" if u.active else "disabled"
                print(f"{u.name}\t{u.role}\t{state}")
        elif args.action == "add":
            new = secrets.read(message("cli.prompt_new_passphrase_for", user=args.name), confirm=True)
            service.add(args.name, args.role, new, display_name=args.display_name or "")
            print(message("cli.user_added", user=args.name))
        elif args.action == "disable":
            service.set_active(args.name, False)
        elif args.action == "reset-passphrase":
            new = secrets.read(message("cli.prompt_new_passphrase_for", user=args.name), confirm=True)
            service.reset_passphrase(args.name, new)
        elif args.action == "rekey":
            service.rekey()
            print(message("cli.rekeyed"))
    finally:
        ws.lock()
    return EXIT_OK


def cmd_recover(args, secrets: SecretReader) -> int:
    """Regain access with the recovery key: set a new passphrase for a user's slot."""
    from app.services.backup.backups import recover_access

    recovery_key = secrets.read(message("cli.prompt_recovery_key"))
    new = secrets.read(message("cli.prompt_new_passphrase_for", user=args.user), confirm=True)
    recover_access(_vault_dir(args), recovery_key, args.user, new)
    print(message("cli.recovered", user=args.user))
    return EXIT_OK


def cmd_bench(args, secrets: SecretReader) -> int:
    from app.devtools.bench import run_bench

    if args.persons < 10:
        raise RelaisError("bench.too_few", minimum=10)
    print(message("cli.bench_building", persons=args.persons), file=sys.stderr)
    skip = frozenset(k.strip() for k in (args.skip or "").split(",") if k.strip())
    result = run_bench(args.persons, args.seed, say=lambda step: print(f"  … {step}", file=sys.stderr, flush=True),
                       skip=skip)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(result.table())
    return EXIT_OK


# -- parser ----------------------------------------------------------------------------
class _VersionAction(argparse.Action):
    """--version: Relais, build date, Qt, SQLCipher and Python; computed only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from app.version import version_text

        print(version_text())
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relais", description="Relais: encrypted case-management vault.")
    parser.add_argument("--version", action=_VersionAction,
                        help="show the version, build date, Qt, SQLCipher and Python versions")
    parser.add_argument("--vault", type=Path, help="vault folder for the desktop app")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", help="create a vault and print its recovery key once")
    _vault_arg(p)
    p.add_argument("--role", default="supervisor", choices=["case_manager", "peer_worker", "supervisor"])
    p.add_argument("--display-name")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="add clearly fictional demo data")
    _vault_arg(p)
    p.add_argument("--persons", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("persons", help="list persons, search, duplicates, merge, update")
    _vault_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=["active", "paused", "closed"])
    cli_persons.extend(p, cmd_persons, open_workspace)

    p = sub.add_parser("check", help="verify encryption, integrity and the audit chain")
    _vault_arg(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="write a consistent encrypted backup (works while the app is open)")
    _vault_arg(p)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into a new folder")
    p.add_argument("--from", dest="source", type=Path, required=True)
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="replace the vault in a non-empty folder")
    p.add_argument("--verify", action="store_true",
                   help="open the restored vault with a passphrase (--user) and run the full check first")
    p.add_argument("--recovery-key", action="store_true",
                   help="verify with the recovery key (read like a passphrase) instead of a user's passphrase")
    p.add_argument("--user", help="user whose passphrase --verify reads")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("import", help="import a CSV file, all rows or none")
    # One list, because argparse cannot give an optional positional after --vault DIR.
    p.add_argument("target", nargs="+", metavar=f"{{{','.join(sorted(_importers()))}}} [FILE.csv]")
    _vault_arg(p)
    p.add_argument("--template", action="store_true", help="print the accepted header row")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("pdf", help="produce a document, keep it in the vault and write it to a file")
    p.add_argument("kind", choices=["bilan", "letter", "cansas", "careplan", "network", "access", "crisisplan"])
    _vault_arg(p)
    p.add_argument("--person", required=True, help="the person's id or gid")
    p.add_argument("--partner", type=int, help="recipient partner: consent is checked; without it, an internal copy")
    p.add_argument("--variant",
                   help="bilan: gp (default) or full; careplan: person or partner; crisisplan: person, card or partner")
    p.add_argument("--lang", choices=["fr", "nl", "en"], help="default: the partner's language")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--protect", action="store_true",
                   help="encrypt with AES-256 under a generated password, printed as the last line")
    p.set_defaults(func=cmd_pdf)

    p = sub.add_parser("export", help="everything about one person: JSON (right of access) or a FHIR R4B Bundle")
    _vault_arg(p)
    p.add_argument("--person", required=True, help="the person's id or gid")
    p.add_argument("--format", choices=["json", "fhir"], required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("erase", help="erase a person and every record about them")
    _vault_arg(p)
    p.add_argument("--person", required=True, help="the person's id or gid")
    p.add_argument("--supervisor",
                   help="supervisor confirming within the retention period (passphrase on the next line)")
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser("indicators", help="pseudonymised caseload indicators as CSV or Excel")
    _vault_arg(p)
    p.add_argument("--scope", choices=["mine", "team"], help="default: team for supervisors, else mine")
    p.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    p.set_defaults(func=cmd_indicators)

    p = sub.add_parser("users", help="list and manage users (supervisor)")
    p.add_argument("action", choices=["list", "add", "disable", "reset-passphrase", "rekey"],
                   help="rekey: change the vault key (old passphrases and keys files in backups stop opening it)")
    _vault_arg(p)
    p.add_argument("--name")
    p.add_argument("--role", default="case_manager", choices=["case_manager", "peer_worker", "supervisor"])
    p.add_argument("--display-name")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("bench", help="measure the performance budget on a throwaway synthetic vault")
    p.add_argument("--persons", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true", help="one key per figure")
    p.add_argument("--skip", help="comma-separated figures not to measure (encrypted_vs_plain, capture_overhead: "
                                  "they build 16 more vaults of up to 2,000 persons)")
    p.set_defaults(func=cmd_bench)

    cli_team.add_parsers(sub, _vault_arg, open_workspace)
    cli_documents.add_parsers(sub, _vault_arg, open_workspace)
    cli_admin.add_parsers(sub, _vault_arg, open_workspace)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key")
    p.add_argument("--vault", type=Path)
    p.add_argument("--user", required=True)
    p.set_defaults(func=cmd_recover)
    return parser


def main(argv: list[str] | None = None, open_app: Callable[[Path | None], int] | None = None) -> int:
    """Run a command. Without one, `open_app(vault)` opens the desktop app: main.py passes
    it, so the command line itself never imports Qt."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        # argparse stops a positional list at the first option: `import persons --vault DIR FILE`
        # leaves FILE over. Only that case is accepted.
        if args.command == "import" and not any(e.startswith("-") for e in extras):
            args.target += extras
        else:
            parser.error("unrecognized arguments: " + " ".join(extras))
    if args.command is None:
        if open_app is None:
            parser.print_help()
            return EXIT_USAGE
        return open_app(args.vault)
    cli_team.check_usage(args, parser)
    cli_persons.check_usage(args, parser)
    if args.command == "users" and args.action not in ("list", "rekey") and not args.name:
        parser.error("--name is required")
    if args.command == "import":
        if args.target[0] not in _importers() or len(args.target) > 2:
            parser.error(f"usage: import {{{','.join(sorted(_importers()))}}} [FILE.csv]")
        args.what = args.target[0]
    secrets = SecretReader()
    try:
        return args.func(args, secrets)
    except RelaisError as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(message("cli.interrupted"), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        if exc.errno in STORAGE_ERRNOS:
            print(storage_error(exc, exc.filename or "", "write").message(), file=sys.stderr)
        else:
            print(message("cli.os_error", reason=exc.strerror or type(exc).__name__,
                          path=str(exc.filename or "")), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback with personal data
        if os.environ.get("RELAIS_DEBUG") == "1":
            raise
        print(message("cli.unexpected", kind=type(exc).__name__), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())

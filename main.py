"""Relais. No arguments: the desktop app. Subcommands: the command line (see README)."""

import sys

from app.cli import main


def open_app(vault):
    # Imported only here: the command line runs without loading Qt.
    from app.ui.app import run_app

    return run_app(vault)


def run_bundled_module(argv: list[str]) -> int:
    """`relais -m app.MODULE ARGS` in the frozen bundle, which has no Python of its own to run
    `python -m`: the benchmark starts its child process this way (sys.executable -m ...)."""
    import runpy

    module = argv[1] if len(argv) > 1 else ""
    if not module.startswith("app."):
        print("relais: -m takes one of Relais's own modules (app.…)", file=sys.stderr)
        return 2
    sys.argv = [sys.argv[0], *argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.argv[1:2] == ["-m"]:
        sys.exit(run_bundled_module(sys.argv[1:]))
    sys.exit(main(open_app=open_app))

"""Relais. No arguments: the desktop app. Subcommands: the command line (see README)."""

import sys

from app.cli import main


def open_app(vault):
    # Imported only here: the command line runs without loading Qt.
    from app.ui.app import run_app

    return run_app(vault)


if __name__ == "__main__":
    sys.exit(main(open_app=open_app))

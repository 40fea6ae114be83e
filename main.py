"""Relais. No arguments: the desktop app. Subcommands: the command line (see README)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())

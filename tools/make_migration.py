"""Developer tool: autogenerate an Alembic revision from the models.

    .venv/bin/python tools/make_migration.py "add contacts" [--rev-id 0003_contacts] [--head REV]

It migrates a throwaway plain SQLite database to the current heads, compares it with
`app.models` and writes a new revision under app/store/migrations/versions/. Review it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

import app.models  # noqa: E402,F401  registers every table
from app.store.base import Base  # noqa: E402
from app.store.migrate import alembic_config  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("--rev-id")
    parser.add_argument("--head", default="head", help="parent revision (for a new branch)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/scratch.db")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "heads")
        with engine.begin() as conn:
            command.revision(alembic_config(conn, Base.metadata), message=args.message,
                             autogenerate=True, rev_id=args.rev_id, head=args.head)


if __name__ == "__main__":
    main()

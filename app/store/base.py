"""The declarative base shared by every table, with stable constraint names so that
Alembic batch migrations on SQLite can find and alter them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stored instant is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def table_of(model: type[Base]) -> Table:
    """The Core table a mapped class is declared on, for bulk UPDATE/DELETE statements.

    SQLAlchemy types `__table__` as any FromClause (a class may be mapped onto a join or a
    select); every Relais model is declared on one Table, which this checks."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped onto a single table")
    return table

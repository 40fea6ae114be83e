"""Typed ORM entities and the pure rules that belong to one entity.

Importing this package registers every table on `app.store.base.Base.metadata` (Alembic
and the person-rights walk rely on it). Import entities from their own modules.
"""

from app.models import (  # noqa: F401 - imported for their tables
    bilan,
    cansas,
    careplan,
    caseload_indexes,
    consent,
    consultation,
    contact,
    crisis,
    document,
    duplicates,
    erasure,
    network,
    partner,
    person,
    received,
    referral,
    settings,
    stay,
    summaries,
    user,
)
from app.store import audit  # noqa: F401
from app.store.base import Base
from app.store.sync import schema as _sync_schema  # noqa: F401

__all__ = ["Base"]

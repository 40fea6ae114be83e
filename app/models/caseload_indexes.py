"""Indexes the caseload indicators read (app/services/dashboard/indicators.py), declared on the tables of
the features they cover.

With 20,000 persons and years of history the dashboard reads, in bulk, the latest complete
staff assessment of each person and its unmet needs, the latest network map and its members,
and the last weeks of contacts. Covering (and, where the dashboard always asks the same
question, partial) indexes let SQLite answer from small index pages instead of decrypting
the wide rows: about 2.4 s down to 0.5 s on the demo vault (DESIGN.md §8 asks ≤ 1 s).
A partial index is used only when the query states its condition literally: the dashboard
compiles its statements with their values written in.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from app.models.cansas import Assessment, Rating
from app.models.contact import Contact
from app.models.network import NetworkMember, NetworkSnapshot
from app.models.person import Person

CASELOAD_INDEXES = (
    Index("ix_assessments_latest_staff", Assessment.person_id, Assessment.assessed_on, Assessment.id,
          sqlite_where=text("status = 'complete' AND rater = 'staff'")),
    Index("ix_assessment_ratings_unmet", Rating.assessment_id, Rating.domain_id, Rating.is_core,
          sqlite_where=text("value = 2")),
    Index("ix_network_snapshots_latest", NetworkSnapshot.person_id, NetworkSnapshot.drawn_on, NetworkSnapshot.id),
    Index("ix_network_members_isolation", NetworkMember.snapshot_id, NetworkMember.category, NetworkMember.circle,
          NetworkMember.supports),
    Index("ix_contacts_week", Contact.occurred_at, Contact.mode, Contact.person_id, Contact.worker_id),
    Index("ix_persons_caseload", Person.status, Person.id, Person.birth_year),
)

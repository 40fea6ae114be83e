"""The ONE declaration of what syncs: each synced table's scope and its merge rule.

Scopes (DESIGN.md §10): `team` (identity, contact log, care-plan goals and actions, referral
status, partner directory), `clinical` (CANSAS, bilans, network maps), `private` (a worker's
own notes, for that worker's devices only), `supervision` (supervisors only). Every table of
Base.metadata is either here or in LOCAL_ONLY; tests/test_sync_capture.py fails otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Scope(StrEnum):
    TEAM = "team"
    CLINICAL = "clinical"
    PRIVATE = "private"
    SUPERVISION = "supervision"


class Rule(StrEnum):
    """Merge rules. Every rule has a test in tests/test_sync_merge.py."""

    # Per field, the later change in hub order stands; a value its author had not seen
    # replaced is kept as a `replaced` conflict ("keep" / "restore the other").
    FIELDS = "fields"
    # FIELDS, and a second person with the same NISS becomes a `possible_duplicate`
    # conflict (the newcomer is kept without the NISS).
    PERSON = "person"
    # The gid is derived from the parent's gid (UUIDv5): two replicas creating it create the
    # same record, whose fields merge as FIELDS.
    DERIVED = "derived"
    # A version number is assigned when applied: two offline reviews numbered alike become
    # two successive versions and a `renumbered` notice.
    NUMBERED = "numbered"


@dataclass(frozen=True)
class TableSync:
    scope: Scope
    rule: Rule = Rule.FIELDS
    # Columns that never leave the laptop (derived locally).
    local_columns: frozenset[str] = frozenset()
    # JSON list fields merged as add-wins sets when two changes cross.
    sets: frozenset[str] = frozenset()
    # Status-like fields: a change carries the version it saw and, if that version moved,
    # is refused and kept as a `status_moved` conflict instead of standing.
    guarded: frozenset[str] = frozenset()
    why: str = field(default="", compare=False)


# Bookkeeping derived from the other fields: merged per field like the rest, but a crossing
# there is not worth a conflict to review.
QUIET_COLUMNS = frozenset({"updated_at", "search_text", "last_contact_at"})

T, C, P = Scope.TEAM, Scope.CLINICAL, Scope.PRIVATE

SYNCED: dict[str, TableSync] = {
    "users": TableSync(T, why="team members, so that authors and workers resolve everywhere"),
    "partners": TableSync(T, sets=frozenset({"languages"})),
    "persons": TableSync(T, Rule.PERSON, sets=frozenset({"languages"})),
    "person_workers": TableSync(T, Rule.DERIVED, why="gid = uuid5(person, worker)"),
    "consents": TableSync(T, sets=frozenset({"document_types"})),
    "contacts": TableSync(T, sets=frozenset({"topics"}),
                          why="a private note's text is not here: see contact_private_notes"),
    "contact_private_notes": TableSync(P, Rule.DERIVED, why="its author's own devices; gid = uuid5(contact)"),
    "careplans": TableSync(T, Rule.DERIVED, why="gid = uuid5(person gid)"),
    "careplan_versions": TableSync(T, Rule.NUMBERED, guarded=frozenset({"agreed_on", "superseded_at"})),
    "careplan_goals": TableSync(T, guarded=frozenset({"status"}),
                                why="the CANSAS life domain is not here: see careplan_goal_domains"),
    "careplan_goal_domains": TableSync(C, Rule.DERIVED, why="clinical; gid = uuid5(goal)"),
    "careplan_actions": TableSync(T, guarded=frozenset({"status"})),
    "referrals": TableSync(T, sets=frozenset({"shared_types"}), guarded=frozenset({"status"})),
    "referral_events": TableSync(T),
    "assessments": TableSync(C, guarded=frozenset({"status"})),
    "assessment_ratings": TableSync(C),
    "bilans": TableSync(C, guarded=frozenset({"status", "finalised_at"})),
    "bilan_sections": TableSync(C),
    "network_snapshots": TableSync(C),
    "network_members": TableSync(C, sets=frozenset({"supports"})),
    "network_ties": TableSync(C),
    "stays": TableSync(T, why="where the person is: every worker must know of a hospital stay"),
    "crisis_plans": TableSync(T, Rule.DERIVED, why="gid = uuid5(person gid)"),
    "crisis_plan_versions": TableSync(T, Rule.NUMBERED, sets=frozenset({"partner_gids"}),
                                      guarded=frozenset({"agreed_on", "superseded_at"}),
                                      why="who to call in a crisis must reach the whole team"),
    "duplicate_dismissals": TableSync(T, why="\"not the same person\" holds for the whole team"),
    "person_merges": TableSync(T, why="late operations for a merged-away person land in the kept file"),
    "consultations": TableSync(C, why="who met about the person's psychological care, and for how long: clinical"),
}

LOCAL_ONLY: dict[str, str] = {
    "audit_events": "each laptop's own hash chain (team-wide audit does not sync yet)",
    "vault_settings": "this vault's preferences",
    "documents": "generated PDFs do not sync in the first version",
    "received_documents": "received files do not sync in the first version (size; like generated PDFs)",
    "erased_gids": "this vault's memory of its erasures, re-applied after a restore (the deletion itself syncs)",
    "sync_control": "replica machinery",
    "sync_outbox": "replica machinery",
    "sync_pending": "replica machinery",
    "sync_versions": "replica machinery",
    "sync_conflicts": "replica machinery (each conflict inherits its field's scope)",
    "sync_log": "replica machinery (the verified log positions and this device's own sealed operations)",
    "alembic_version": "schema revision",
    "person_summaries": "derived per-person summary rows kept by triggers; each laptop derives its own (not captured)",
}


def capture_spec() -> dict[str, frozenset[str]]:
    """What app.store.sync.capture.install_capture needs: table -> local-only columns."""
    return {name: spec.local_columns for name, spec in SYNCED.items()}

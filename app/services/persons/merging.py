"""Merge two files of one person, and undo a merge for 30 days.

The kept file receives every record of the other: every table with a `person_id` column is
found in Base.metadata, so a table added later is moved too. Identity fields are chosen
field by field where both files have a value (the kept file's value unless told otherwise);
a field only the other file has is taken from it. Two care plans become one plan whose
versions are ordered by their start date, two final bilans both stay; each case adds a
notice. The merge is written as a `person_merges` record (synced, team scope) so that the
replica engine redirects late operations for the merged-away gid to the kept file, and so
that the merge can be undone: the removed file comes back with the records that were moved,
records added to the kept file since stay there.

Refused: a person with themself; two different valid NISS unless a supervisor confirms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from app.errors import NotFound, PermissionDenied, RelaisError
from app.models.bilan import Bilan, BilanStatus
from app.models.careplan import CarePlan, CarePlanVersion
from app.models.duplicates import UNDO_DAYS, PersonMerge
from app.models.partner import Partner
from app.models.person import Housing, Insurance, Person, person_workers
from app.models.user import Role, User
from app.services.persons.lookup import resolve_person
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.base import Base, table_of, utcnow

# Identity fields chosen one by one; "birth" stands for birth_year and birth_date together.
CHOSEN_FIELDS = ("given_names", "family_name", "alias", "birth", "niss", "phone", "email", "address",
                 "usual_whereabouts", "contact_notes", "housing", "insurance", "mutuelle_name", "gp_name",
                 "gp_partner_id", "status")
# Stored in the merge record to restore the removed file (and the kept one's former values).
SNAPSHOT_FIELDS = ("given_names", "family_name", "alias", "birth_year", "birth_date", "niss", "languages",
                   "phone", "email", "contact_notes", "housing", "address", "usual_whereabouts", "insurance",
                   "mutuelle_name", "gp_name", "gp_partner_id", "status", "last_contact_at", "created_at")
_EMPTY = {"housing": Housing.UNKNOWN.value, "insurance": Insurance.UNKNOWN.value}
SPECIAL_TABLES = ("careplans", "person_workers")


def person_tables() -> list[Table]:
    """Every table holding a person's records (a `person_id` referencing persons)."""
    out = []
    for table in Base.metadata.sorted_tables:
        column = table.c.get("person_id")
        if table.name != "persons" and column is not None and any(
                fk.column.table.name == "persons" for fk in column.foreign_keys):
            out.append(table)
    return out


@dataclass(frozen=True)
class FieldChoice:
    field: str
    kept: Any
    other: Any
    chosen: str  # "kept" | "other"

    @property
    def value(self) -> Any:
        return self.other if self.chosen == "other" else self.kept


@dataclass
class MergePlan:
    """What a merge would do: shown by the merge dialog before anything is written."""

    kept_id: int
    removed_id: int
    kept_label: str
    removed_label: str
    choices: list[FieldChoice]          # both have a value and they differ
    filled: list[FieldChoice]           # only the removed file has a value: taken
    records: dict[str, int]             # table -> records moved
    notices: list[str]
    different_niss: bool
    partner_names: dict[int, str] = field(default_factory=dict)  # a GP from the directory, by id


@dataclass
class MergeResult:
    merge_gid: str
    kept_id: int
    choices: list[FieldChoice]
    moved: dict[str, int]
    notices: list[str] = field(default_factory=list)


def _empty(name: str, value: Any) -> bool:
    return value in (None, "", [], {}) or _EMPTY.get(name) == value


def _birth(person: Person) -> dict | None:
    if person.birth_year is None and person.birth_date is None:
        return None
    return {"birth_year": person.birth_year, "birth_date": person.birth_date.isoformat() if person.birth_date else None}


def _get(person: Person, name: str) -> Any:
    return _birth(person) if name == "birth" else getattr(person, name)


def _set(person: Person, name: str, value: Any) -> None:
    if name == "birth":
        value = value or {}
        person.birth_year = value.get("birth_year")
        person.birth_date = date.fromisoformat(value["birth_date"]) if value.get("birth_date") else None
    else:
        setattr(person, name, value)


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _snapshot(person: Person) -> dict:
    return {name: _json_value(getattr(person, name)) for name in SNAPSHOT_FIELDS}


def _choices(kept: Person, removed: Person, wanted: dict[str, str]) -> tuple[list[FieldChoice], list[FieldChoice]]:
    choices, filled = [], []
    for name in CHOSEN_FIELDS:
        a, b = _get(kept, name), _get(removed, name)
        if _empty(name, b) or a == b:
            continue
        if _empty(name, a) or _more_precise(name, a, b):
            filled.append(FieldChoice(name, a, b, "other"))
            continue
        chosen = wanted.get(name, "kept")
        if chosen not in ("kept", "other"):
            raise RelaisError("duplicates.choice_invalid", field=name)
        choices.append(FieldChoice(name, a, b, chosen))
    return choices, filled


def _more_precise(name: str, kept: Any, other: Any) -> bool:
    """A full birth date where the kept file knows only the same year completes it."""
    return (name == "birth" and not kept.get("birth_date") and bool(other.get("birth_date"))
            and kept.get("birth_year") == other.get("birth_year"))


def _label(person: Person) -> str:
    return f"{person.display_name}, {person.birth_year}" if person.birth_year else person.display_name


def _open_plan(session: Session, person_id: int) -> bool:
    return session.scalar(select(CarePlanVersion.id).join(CarePlan).where(
        CarePlan.person_id == person_id, CarePlanVersion.agreed_on.is_not(None),
        CarePlanVersion.superseded_at.is_(None))) is not None


def _final_bilan(session: Session, person_id: int) -> bool:
    return session.scalar(select(Bilan.id).where(Bilan.person_id == person_id,
                                                  Bilan.status == BilanStatus.FINAL)) is not None


def _notices(session: Session, kept: Person, removed: Person) -> list[str]:
    notices = []
    if _open_plan(session, kept.id) and _open_plan(session, removed.id):
        notices.append("duplicates.notice.two_careplans")
    if _final_bilan(session, kept.id) and _final_bilan(session, removed.id):
        notices.append("duplicates.notice.two_final_bilans")
    return notices


def _check(ws: Workspace, kept: Person, removed: Person, confirm_different_niss: bool) -> bool:
    if kept.id == removed.id:
        raise RelaisError("duplicates.same_person")
    different = bool(kept.niss and removed.niss and kept.niss != removed.niss)
    if different and not confirm_different_niss:
        raise RelaisError("duplicates.different_niss")
    if different and ws.user.role is not Role.SUPERVISOR:
        raise PermissionDenied("duplicates.supervisor_confirms")
    return different


def plan_merge(ws: Workspace, keep: int | str, remove: int | str, choices: dict[str, str] | None = None) -> MergePlan:
    """What merging `remove` into `keep` would do; nothing is written (and nothing refused
    but merging a person with themself: the dialog shows why it cannot go on)."""
    ws.require(Permission.PERSON_EDIT)
    with ws.read() as session:
        kept, removed = resolve_person(session, keep), resolve_person(session, remove)
        if kept.id == removed.id:
            raise RelaisError("duplicates.same_person")
        chosen, filled = _choices(kept, removed, choices or {})
        records = {}
        for table in person_tables():
            count = len(session.execute(select(table.c.person_id).where(table.c.person_id == removed.id)).all())
            if count:
                records[table.name] = count
        partners = {c.kept for c in chosen + filled if c.field == "gp_partner_id"} | {
            c.other for c in chosen + filled if c.field == "gp_partner_id"}
        names = {p.id: p.display_name for p in session.scalars(select(Partner).where(Partner.id.in_(
            [p for p in partners if p is not None])))}
        return MergePlan(kept.id, removed.id, _label(kept), _label(removed), chosen, filled, records,
                         _notices(session, kept, removed),
                         bool(kept.niss and removed.niss and kept.niss != removed.niss), names)


def merge_persons(ws: Workspace, keep: int | str, remove: int | str, choices: dict[str, str] | None = None,
                  confirm_different_niss: bool = False) -> MergeResult:
    """Merge the file `remove` into `keep` (ids or gids), in one transaction."""
    ws.require(Permission.PERSON_EDIT)
    with ws.unit() as session:
        kept, removed = resolve_person(session, keep), resolve_person(session, remove)
        different = _check(ws, kept, removed, confirm_different_niss)
        chosen, filled = _choices(kept, removed, choices or {})
        notices = _notices(session, kept, removed)
        # The merge record first: a replica applying this merge knows it before the removed
        # person is deleted (app/services/sync/merged.py moves what we did not know of).
        record = PersonMerge(kept_gid=kept.gid, removed_gid=removed.gid, merged_by=ws.user.id)
        session.add(record)
        session.flush()
        kept_before, removed_snapshot = _snapshot(kept), _snapshot(removed)
        removed_snapshot["gid"] = removed.gid
        removed_snapshot["workers"] = sorted(session.scalars(
            select(person_workers.c.user_id).where(person_workers.c.person_id == removed.id)))
        moved, counts = _move_records(session, kept, removed)
        kept_id, removed_id, removed_gid = kept.id, removed.id, removed.gid
        known = list(kept.languages or [])
        languages = known + [x for x in (removed.languages or []) if x not in known]
        session.expunge(removed)
        session.execute(sql_delete(table_of(Person)).where(table_of(Person).c.id == removed_id))
        applied = []
        for choice in chosen + filled:
            if choice.chosen == "other":
                _set(kept, choice.field, choice.other)
                applied.append(choice.field)
        if languages != list(kept.languages or []):
            kept.languages = languages
            applied.append("languages")
        kept.refresh_search_text()
        session.flush()
        record.choices = [{"field": c.field, "kept": _json_value(c.kept) if c.field != "birth" else c.kept,
                           "other": _json_value(c.other) if c.field != "birth" else c.other, "chosen": c.chosen,
                           "filled": c in filled} for c in chosen + filled]
        record.kept_before = kept_before | {"applied": applied, "applied_values": _applied_values(kept, applied)}
        record.removed, record.moved, record.notices = removed_snapshot, moved, notices
        session.flush()
        ws.audit(session, "person.merged", "person", kept_id, removed=removed_id, removed_gid=removed_gid,
                 merge=record.gid, fields=[c.field for c in chosen], different_niss=different,
                 records=counts, notices=notices)
        return MergeResult(record.gid, kept_id, chosen + filled, counts, notices)


def _applied_values(person: Person, names: list[str]) -> dict:
    out = {}
    for name in names:
        value = _get(person, name)
        out[name] = value if name == "birth" else _json_value(value)
    return out


def _move_records(session: Session, kept: Person, removed: Person) -> tuple[dict, dict[str, int]]:
    moved: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for table in person_tables():
        if table.name in SPECIAL_TABLES:
            continue
        key = table.c.gid if "gid" in table.c else table.c.id
        refs = [r for (r,) in session.execute(select(key).where(table.c.person_id == removed.id))]
        if not refs:
            continue
        session.execute(update(table).where(table.c.person_id == removed.id).values(person_id=kept.id))
        moved[table.name] = refs
        counts[table.name] = len(refs)
    # Workers: the kept file is followed by both files' workers.
    removed_workers = set(session.scalars(
        select(person_workers.c.user_id).where(person_workers.c.person_id == removed.id)))
    kept_workers = set(session.scalars(select(person_workers.c.user_id).where(person_workers.c.person_id == kept.id)))
    added = sorted(removed_workers - kept_workers)
    if added:
        session.execute(person_workers.insert(), [{"person_id": kept.id, "user_id": u} for u in added])
        moved["workers_added"] = added
    # Care plans: one per person. Without a plan of its own the kept file takes the other's;
    # with both, the versions join the kept plan, numbered by start date.
    plan_removed = session.scalar(select(CarePlan).where(CarePlan.person_id == removed.id))
    if plan_removed is not None:
        plan_kept = session.scalar(select(CarePlan).where(CarePlan.person_id == kept.id))
        if plan_kept is None:
            session.execute(update(table_of(CarePlan)).where(table_of(CarePlan).c.id == plan_removed.id)
                            .values(person_id=kept.id))
            moved["careplans"] = [plan_removed.gid]
            counts["careplans"] = 1
        else:
            versions = list(session.scalars(select(CarePlanVersion).where(
                CarePlanVersion.plan_id.in_((plan_kept.id, plan_removed.id)))))
            before = {v.gid: {"plan": "kept" if v.plan_id == plan_kept.id else "removed", "number": v.number}
                      for v in versions}
            ordered = sorted(versions, key=lambda v: (v.starts_on, v.created_at, v.plan_id != plan_kept.id, v.number))
            table = table_of(CarePlanVersion)
            for v in versions:  # out of the way of the (plan, number) constraint first
                session.execute(update(table).where(table.c.id == v.id).values(number=-v.id))
            for number, v in enumerate(ordered, start=1):
                session.execute(update(table).where(table.c.id == v.id).values(number=number, plan_id=plan_kept.id))
            moved["careplan_versions"] = before
            counts["careplan_versions"] = sum(1 for b in before.values() if b["plan"] == "removed")
            session.expire(plan_kept)
            session.expunge(plan_removed)
            session.execute(sql_delete(table_of(CarePlan)).where(table_of(CarePlan).c.id == plan_removed.id))
    return moved, counts


def merges(ws: Workspace, include_undone: bool = False) -> list[PersonMerge]:
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        query = select(PersonMerge).order_by(PersonMerge.merged_at.desc(), PersonMerge.id.desc())
        if not include_undone:
            query = query.where(PersonMerge.undone_at.is_(None))
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


def undo_merge(ws: Workspace, merge_ref: int | str, now: datetime | None = None) -> int:
    """Bring the removed file back with the records the merge moved; returns its new id.
    Records added to the kept file since the merge stay there; an identity field the merge
    changed on the kept file is put back unless it was edited since."""
    ws.require(Permission.PERSON_EDIT)
    now = now or utcnow()
    with ws.unit() as session:
        text = str(merge_ref)
        record = session.get(PersonMerge, int(text)) if text.isdigit() else session.scalar(
            select(PersonMerge).where(PersonMerge.gid == text))
        if record is None:
            raise NotFound(what="merge", id=text)
        if record.undone_at is not None:
            raise RelaisError("duplicates.already_undone")
        if now - record.merged_at > timedelta(days=UNDO_DAYS) or not record.removed:
            # (an empty snapshot: purged by the retention rule, app/services/persons/merge_retention.py)
            raise RelaisError("duplicates.undo_too_late", days=UNDO_DAYS)
        kept = session.scalar(select(Person).where(Person.gid == record.kept_gid))
        if kept is None:
            raise RelaisError("duplicates.kept_gone")
        if session.scalar(select(Person.id).where(Person.gid == record.removed_gid)) is not None:
            raise RelaisError("duplicates.already_undone")
        record.undone_at, record.undone_by = now, ws.user.id
        session.flush()
        # The kept file's identity, where the merge changed it and nobody edited it since.
        before, applied_values = record.kept_before, record.kept_before.get("applied_values", {})
        for name in record.kept_before.get("applied", []):
            current = _get(kept, name)
            if (current if name == "birth" else _json_value(current)) != applied_values.get(name):
                continue
            if name == "birth":
                _set(kept, "birth", {"birth_year": before.get("birth_year"), "birth_date": before.get("birth_date")})
            else:
                _set(kept, name, _restore_value(name, before.get(name)))
        session.flush()
        snap = dict(record.removed)
        restored = Person(gid=snap["gid"])
        for name in SNAPSHOT_FIELDS:
            if name in snap:
                setattr(restored, name, _restore_value(name, snap[name]))
        if restored.niss and session.scalar(select(Person.id).where(Person.niss == restored.niss)):
            restored.niss = None  # the kept file has it (edited since): the worker decides
        restored.refresh_search_text()
        restored.workers = list(session.scalars(select(User).where(User.id.in_(snap.get("workers", [])))))
        kept.refresh_search_text()
        session.add(restored)
        session.flush()
        _move_back(session, record.moved, kept, restored)
        ws.audit(session, "person.merge_undone", "person", restored.id, kept=kept.id, merge=record.gid)
        return restored.id


def _restore_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "birth_date":
        return date.fromisoformat(value)
    if name in ("created_at", "last_contact_at"):
        return datetime.fromisoformat(value)
    return value


def _move_back(session: Session, moved: dict, kept: Person, restored: Person) -> None:
    tables = {t.name: t for t in person_tables()}
    for name, refs in moved.items():
        table = tables.get(name)
        if table is None or name in SPECIAL_TABLES:
            continue
        key = table.c.gid if "gid" in table.c else table.c.id
        session.execute(update(table).where(key.in_(refs), table.c.person_id == kept.id)
                        .values(person_id=restored.id))
    added = moved.get("workers_added", [])
    if added:
        session.execute(person_workers.delete().where(person_workers.c.person_id == kept.id,
                                                      person_workers.c.user_id.in_(added)))
    if moved.get("careplans"):
        table = table_of(CarePlan)
        session.execute(update(table).where(table.c.gid.in_(moved["careplans"]), table.c.person_id == kept.id)
                        .values(person_id=restored.id))
    versions = moved.get("careplan_versions")
    if versions:
        plan_kept = session.scalar(select(CarePlan).where(CarePlan.person_id == kept.id))
        plan_restored = CarePlan(person_id=restored.id, created_by=None)
        session.add(plan_restored)
        session.flush()
        table = table_of(CarePlanVersion)
        rows = session.execute(select(table.c.id, table.c.gid, table.c.number).where(
            table.c.plan_id == (plan_kept.id if plan_kept else -1))).all()
        for vid, _gid, _number in rows:
            session.execute(update(table).where(table.c.id == vid).values(number=-vid))
        # The moved versions go home with their former numbers; the kept plan's own versions
        # (and any added since) are numbered again in their order.
        remaining = []
        for vid, gid, number in rows:
            old = versions.get(gid)
            if old and old["plan"] == "removed":
                session.execute(update(table).where(table.c.id == vid)
                                .values(plan_id=plan_restored.id, number=old["number"]))
            else:
                remaining.append((old["number"] if old else 10**6 + number, vid))
        for number, (_key, vid) in enumerate(sorted(remaining), start=1):
            session.execute(update(table).where(table.c.id == vid).values(number=number))
        session.expire_all()

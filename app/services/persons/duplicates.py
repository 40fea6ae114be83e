"""Possible duplicates: pairs of persons that may be one person, each with its reasons, and
the pairs a worker said are not the same person (stored for good, for the whole team).

The comparison itself is app.models.name_matching (folded names, transliterations, particles,
swapped fields, aliases, NISS); this module reads the persons, skips dismissed pairs and puts
the reasons into words. Reading candidates is not audited (names only, like the person list);
a dismissal is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from app.errors import RelaisError
from app.models.duplicates import DuplicateDismissal, pair_key
from app.models.name_matching import (
    MatchKind,
    MatchReason,
    NameRecord,
    candidate_pairs,
    match_reasons,
    prepare,
)
from app.models.name_matching import search_terms as name_search_terms
from app.models.person import (
    Person,
    display_name,
    person_workers,
    validate_person_fields,
)
from app.models.user import User
from app.services.persons.lookup import resolve_person
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import message

# Strongest first: the order of the candidate list.
_STRENGTH = {MatchKind.SAME_NISS: 0, MatchKind.SAME_BIRTH_CLOSE_NAMES: 1, MatchKind.SWAPPED_NAMES: 2,
             MatchKind.ALIAS_MATCHES_NAME: 3, MatchKind.SAME_NAMES_BIRTH_UNKNOWN: 4}


@dataclass(frozen=True)
class PersonBrief:
    """What a candidate shows of each person: enough to recognise them, nothing clinical."""

    id: int
    gid: str
    display_name: str
    birth_year: int | None
    birth_date: date | None
    niss: str | None
    workers: str

    @property
    def birth_label(self) -> str:
        if self.birth_date:
            return self.birth_date.strftime("%d/%m/%Y")
        return str(self.birth_year) if self.birth_year else ""

    def label(self, lang: str | None = None) -> str:
        """"Karim El Amrani, 1979, followed by Sofie"."""
        parts = [self.display_name]
        if self.birth_year:
            parts.append(str(self.birth_year))
        text = ", ".join(parts)
        if self.workers:
            text = message("duplicates.followed_by", lang, person=text, workers=self.workers)
        return text


@dataclass(frozen=True)
class Candidate:
    first: PersonBrief
    second: PersonBrief
    reasons: tuple[MatchReason, ...]

    def reason_texts(self, lang: str | None = None) -> list[str]:
        return [reason_text(r, lang) for r in self.reasons]

    def as_dict(self, lang: str | None = None) -> dict:
        def person(p: PersonBrief) -> dict:
            return {"id": p.id, "gid": p.gid, "display_name": p.display_name, "birth": p.birth_label,
                    "niss": p.niss or "", "workers": p.workers}
        return {"first": person(self.first), "second": person(self.second),
                "reasons": [{"kind": r.kind.value, "params": dict(r.params), "text": reason_text(r, lang)}
                            for r in self.reasons]}


def reason_text(reason: MatchReason, lang: str | None = None) -> str:
    """One reason in words, in the user's language."""
    params = reason.params
    if reason.kind is MatchKind.SAME_BIRTH_CLOSE_NAMES:
        birth = message("duplicates.birth_year" if params.get("year_only") else "duplicates.birth_date", lang)
        names = message("duplicates.names_equal" if not params.get("distance") else "duplicates.names_close",
                        lang, count=params.get("distance", 0))
        return message("duplicates.reason.same_birth_close_names", lang, birth=birth, names=names)
    if reason.kind is MatchKind.SWAPPED_NAMES:
        birth = message("duplicates.birth_year" if params.get("year_only") else "duplicates.birth_date", lang)
        return message("duplicates.reason.swapped_names", lang, birth=birth)
    if reason.kind is MatchKind.ALIAS_MATCHES_NAME:
        return message("duplicates.reason.alias_matches_name", lang, alias=params.get("alias", ""))
    return message(f"duplicates.reason.{reason.kind.value}", lang)


def _name_record(given: str, family: str, alias: str, birth_year: int | None, birth_date: date | None,
                 niss: str | None) -> NameRecord:
    return NameRecord(given or "", family or "", alias or "", birth_date or birth_year, niss)


_COLUMNS = (Person.id, Person.gid, Person.given_names, Person.family_name, Person.alias, Person.birth_year,
            Person.birth_date, Person.niss)


def _workers_by_person(session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(person_workers.c.person_id, func.coalesce(func.nullif(User.display_name, ""), User.name))
        .join(User, User.id == person_workers.c.user_id)
        .where(person_workers.c.person_id.in_(ids))
        .order_by(person_workers.c.person_id, User.id)).all()
    out: dict[int, list[str]] = {}
    for pid, name in rows:
        out.setdefault(pid, []).append(name)
    return {pid: ", ".join(names) for pid, names in out.items()}


def _brief(row, workers: dict[int, str]) -> PersonBrief:
    pid, gid, given, family, alias, year, born, niss = row
    return PersonBrief(pid, gid, display_name(given, family, alias), year, born, niss, workers.get(pid, ""))


def _sort_key(reasons: list[MatchReason]) -> int:
    return min(_STRENGTH.get(r.kind, 9) for r in reasons)


def _dismissed(session) -> set[tuple[str, str]]:
    return {(a, b) for a, b in session.execute(
        select(DuplicateDismissal.person_a_gid, DuplicateDismissal.person_b_gid))}


def find_candidates(ws: Workspace) -> list[Candidate]:
    """Every pair of persons that may be one person, strongest reasons first, without the
    pairs dismissed as "not the same person" and without pairs whose NISS differ."""
    ws.require(Permission.PERSON_READ)
    with ws.read() as session:
        rows = session.execute(select(*_COLUMNS).order_by(Person.id)).all()
        dismissed = _dismissed(session)
        prepared = [prepare(_name_record(*row[2:])) for row in rows]
        found: list[tuple[int, int, list[MatchReason]]] = []
        for i, j in candidate_pairs(prepared):
            if pair_key(rows[i][1], rows[j][1]) in dismissed:
                continue
            reasons = match_reasons(prepared[i], prepared[j])
            if not reasons or any(r.blocks for r in reasons):
                continue
            found.append((i, j, reasons))
        workers = _workers_by_person(session, {rows[i][0] for i, _, _ in found} | {rows[j][0] for _, j, _ in found})
    found.sort(key=lambda item: (_sort_key(item[2]), rows[item[0]][3].casefold(), item[0], item[1]))
    return [Candidate(_brief(rows[i], workers), _brief(rows[j], workers), tuple(reasons))
            for i, j, reasons in found]


def candidates_for(ws: Workspace, values: dict, exclude_id: int | None = None,
                   limit: int = 5) -> list[tuple[PersonBrief, tuple[MatchReason, ...]]]:
    """Persons the one about to be created (or just edited) may be: asked by the new-person
    dialog before saving ("this may be Karim El Amrani, 1979, followed by Sofie")."""
    ws.require(Permission.PERSON_READ)
    clean, _errors = validate_person_fields(
        {k: values[k] for k in ("given_names", "family_name", "alias", "birth", "niss") if k in values})
    new = prepare(_name_record(clean.get("given_names", ""), clean.get("family_name", ""), clean.get("alias", ""),
                               clean.get("birth_year"), clean.get("birth_date"), clean.get("niss")))
    query = select(*_COLUMNS)
    conditions = []
    if new.niss:
        conditions.append(Person.niss == new.niss)
    if new.birth_year is not None:
        conditions += [Person.birth_year == new.birth_year, Person.birth_year.is_(None)]
    # Whatever the birth: persons whose names share a word with this one (aliases, unknown births).
    words = set(name_search_terms(" ".join(clean.get(k, "") for k in ("given_names", "family_name", "alias"))))
    conditions += [Person.search_text.contains(f" {word}", autoescape=True) for word in words if len(word) > 1]
    if not conditions:
        return []
    query = query.where(or_(*conditions))
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)
    with ws.read() as session:
        rows = session.execute(query).all()
        found = []
        for row in rows:
            reasons = match_reasons(new, prepare(_name_record(*row[2:])))
            if reasons and not any(r.blocks for r in reasons):
                found.append((row, reasons))
        found.sort(key=lambda item: (_sort_key(item[1]), item[0][0]))
        found = found[:limit]
        workers = _workers_by_person(session, {row[0] for row, _ in found})
    return [(_brief(row, workers), tuple(reasons)) for row, reasons in found]


def dismiss(ws: Workspace, first_id: int | str, second_id: int | str) -> None:
    """"Not the same person": the pair is not proposed again, on any laptop of the team."""
    ws.require(Permission.PERSON_EDIT)
    with ws.unit() as session:
        a, b = resolve_person(session, first_id), resolve_person(session, second_id)
        if a.id == b.id:
            raise RelaisError("duplicates.same_person")
        gid_a, gid_b = pair_key(a.gid, b.gid)
        exists = session.scalar(select(DuplicateDismissal.id).where(
            DuplicateDismissal.person_a_gid == gid_a, DuplicateDismissal.person_b_gid == gid_b))
        if exists is None:
            session.add(DuplicateDismissal(person_a_gid=gid_a, person_b_gid=gid_b, dismissed_by=ws.user.id))
        ws.audit(session, "duplicates.dismissed", "person", a.id, other=b.id)

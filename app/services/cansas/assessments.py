"""CANSAS needs assessments: record (draft, complete), read, compare, follow over time.

Every read of ratings or comments needs Permission.CLINICAL_READ, every change
CLINICAL_WRITE: a peer worker is refused here, whatever the interface shows.

Staff and person ratings are never merged into one score: they stay two assessments,
compared domain by domain. Drafts stay out of every summary, history and agreement figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.models.cansas import (
    Assessment,
    AssessmentStatus,
    Change,
    Rater,
    Rating,
    Scores,
    agree,
    change,
    date_errors,
    domain_snapshot,
    rating_errors,
    same_period,
)
from app.models.instruments import (
    cansas_core_domains,
    cansas_extra_domains,
    cansas_extra_set_names,
)
from app.models.person import Person, clean_text, person_workers
from app.models.user import User

# The "cansas" PDF kind, and the plain data the bilan prints with app.reports.cansas.cansas_flowables.
from app.services.cansas.pdf import build_cansas_pdf, cansas_summary_data  # noqa: F401
from app.services.cansas.queries import (
    DomainComparison,
    compare_ratings,
    counterpart,
    latest_complete,
    load_assessment,
    person_assessments,
    scores_of,
)
from app.services.shared.permissions import Permission
from app.services.shared.summaries import NeedsSummary
from app.services.shared.workspace import Workspace

# A rating as the caller gives it: a value (None: not rated yet), or (value, comment).
RatingInput = int | None | tuple[int | None, str]


@dataclass(frozen=True)
class RatingRow:
    domain_id: str
    is_core: bool
    value: int | None
    comment: str


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    person_id: int
    assessed_on: date
    rater: str
    rater_name: str          # the staff member, or "" when the person rated
    status: str
    extra_set: str | None
    scores: Scores

    @property
    def is_draft(self) -> bool:
        return self.status == AssessmentStatus.DRAFT


@dataclass(frozen=True)
class AssessmentDetail:
    row: AssessmentRow
    ratings: tuple[RatingRow, ...]

    def value(self, domain_id: str) -> int | None:
        return next((r.value for r in self.ratings if r.domain_id == domain_id), None)


@dataclass(frozen=True)
class Comparison:
    staff: AssessmentRow
    person: AssessmentRow
    domains: tuple[DomainComparison, ...]

    @property
    def agreed(self) -> int:
        return sum(1 for d in self.domains if d.is_core and d.agree)

    @property
    def disagreed(self) -> int:
        return sum(1 for d in self.domains if d.is_core and d.disagree)


@dataclass(frozen=True)
class DomainChange:
    domain_id: str
    is_core: bool
    before: int | None
    after: int | None
    change: Change


@dataclass(frozen=True)
class HistoryPoint:
    assessment_id: int
    assessed_on: date
    rater: str
    met: int
    unmet: int
    unknown: int


@dataclass(frozen=True)
class DomainAgreement:
    domain_id: str
    pairs: int               # staff/person pairs where both rated the domain 0, 1 or 2
    agreed: int

    @property
    def rate(self) -> float | None:
        return self.agreed / self.pairs if self.pairs else None


# -- domain sets ------------------------------------------------------------------------------

def extra_set_names() -> list[str]:
    return cansas_extra_set_names()


def current_domain_set(extra_set: str | None) -> list[dict]:
    """The 22 core domains, then the extra set's domains, as an assessment snapshots them."""
    if extra_set is not None and extra_set not in cansas_extra_set_names():
        raise ValidationError([FieldError("extra_set", "choice.invalid", {"value": str(extra_set)[:40]})], "cansas")
    domains = list(cansas_core_domains())
    core_ids = {d.id for d in domains}
    if extra_set:
        domains += [d for d in cansas_extra_domains(extra_set) if d.id not in core_ids]
    return domain_snapshot(domains)


# -- recording --------------------------------------------------------------------------------

def create_assessment(ws: Workspace, person_id: int, assessed_on: date, rater: str | Rater,
                      ratings: Mapping[str, RatingInput] | None = None, extra_set: str | None = None,
                      complete: bool = False, today: date | None = None) -> AssessmentDetail:
    """A new assessment with today's domain set; a draft unless `complete` (then every
    domain needs a rating)."""
    ws.require(Permission.CLINICAL_WRITE)
    rater = _rater(rater)
    errors = date_errors(assessed_on, today or date.today())
    domain_set = current_domain_set(extra_set)
    with ws.unit() as session:
        if session.get(Person, person_id) is None:
            raise NotFound(what="person", id=person_id)
        assessment = Assessment(
            person_id=person_id, assessed_on=assessed_on, rater=rater.value, extra_set=extra_set,
            rater_user_id=ws.user.id if rater is Rater.STAFF else None, recorded_by_id=ws.user.id,
            status=AssessmentStatus.DRAFT.value, domain_set=domain_set,
        )
        assessment.ratings = [Rating(position=i, domain_id=d["id"], is_core=d["core"], value=None, comment="")
                              for i, d in enumerate(domain_set)]
        errors += _apply_ratings(assessment, ratings or {})
        if errors:
            raise ValidationError(errors, "cansas")
        if complete:
            _complete(assessment)
        session.add(assessment)
        session.flush()
        ws.audit(session, "assessment.created", "assessment", assessment.id, person_id=person_id,
                 status=assessment.status)
        return _detail(session, assessment)


def update_assessment(ws: Workspace, assessment_id: int, ratings: Mapping[str, RatingInput] | None = None,
                      assessed_on: date | None = None, rater: str | Rater | None = None,
                      today: date | None = None) -> AssessmentDetail:
    """Change ratings, comments, date or rater. A complete assessment stays complete, so
    no rating of it may be cleared."""
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        assessment = load_assessment(session, assessment_id)
        errors: list[FieldError] = []
        if assessed_on is not None:
            errors += date_errors(assessed_on, today or date.today())
            assessment.assessed_on = assessed_on
        if rater is not None:
            assessment.rater = _rater(rater).value
            assessment.rater_user_id = ws.user.id if assessment.rater == Rater.STAFF else None
        errors += _apply_ratings(assessment, ratings or {})
        if errors:
            raise ValidationError(errors, "cansas")
        if assessment.status == AssessmentStatus.COMPLETE and any(r.value is None for r in assessment.ratings):
            raise RelaisError("cansas.incomplete", missing=sum(1 for r in assessment.ratings if r.value is None))
        ws.audit(session, "assessment.updated", "assessment", assessment.id, person_id=assessment.person_id)
        return _detail(session, assessment)


def complete_assessment(ws: Workspace, assessment_id: int) -> AssessmentDetail:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        assessment = load_assessment(session, assessment_id)
        _complete(assessment)
        ws.audit(session, "assessment.completed", "assessment", assessment.id, person_id=assessment.person_id)
        return _detail(session, assessment)


def reopen_assessment(ws: Workspace, assessment_id: int) -> AssessmentDetail:
    """Back to draft (e.g. a rating was recorded by mistake): out of summaries until completed again."""
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        assessment = load_assessment(session, assessment_id)
        assessment.status = AssessmentStatus.DRAFT.value
        ws.audit(session, "assessment.reopened", "assessment", assessment.id, person_id=assessment.person_id)
        return _detail(session, assessment)


def delete_assessment(ws: Workspace, assessment_id: int) -> None:
    ws.require(Permission.CLINICAL_WRITE)
    with ws.unit() as session:
        assessment = load_assessment(session, assessment_id)
        person_id = assessment.person_id
        session.delete(assessment)
        ws.audit(session, "assessment.deleted", "assessment", assessment_id, person_id=person_id)


def _rater(value: str | Rater) -> Rater:
    try:
        return Rater(value)
    except ValueError:
        raise ValidationError([FieldError("rater", "choice.invalid", {"value": str(value)[:40]})], "cansas") from None


def _apply_ratings(assessment: Assessment, ratings: Mapping[str, RatingInput]) -> list[FieldError]:
    by_id = {r.domain_id: r for r in assessment.ratings}
    errors: list[FieldError] = []
    for domain_id, given in ratings.items():
        value, comment = given if isinstance(given, tuple) else (given, None)
        text = clean_text(comment, 10**6) if comment is not None else None
        problems = rating_errors(domain_id, value, text or "", set(by_id))
        if problems:
            errors += problems
            continue
        by_id[domain_id].value = value
        if text is not None:
            by_id[domain_id].comment = text
    return errors


def _complete(assessment: Assessment) -> None:
    missing = sum(1 for r in assessment.ratings if r.value is None)
    if missing:
        raise RelaisError("cansas.incomplete", missing=missing)
    assessment.status = AssessmentStatus.COMPLETE.value


# -- reading ----------------------------------------------------------------------------------

def list_assessments(ws: Workspace, person_id: int) -> list[AssessmentRow]:
    """A person's assessments, newest first, drafts included (and marked)."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        rows = person_assessments(session, person_id)
        ws.audit(session, "assessments.listed", "person", person_id)
        return [_row(session, a) for a in rows]


def get_assessment(ws: Workspace, assessment_id: int) -> AssessmentDetail:
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        assessment = load_assessment(session, assessment_id)
        ws.audit(session, "assessment.viewed", "assessment", assessment_id, person_id=assessment.person_id)
        return _detail(session, assessment)


def counterpart_id(ws: Workspace, assessment_id: int) -> int | None:
    """The other rater's assessment of the same person and period (nearest date, complete
    preferred), for the side-by-side comparison."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        assessment = load_assessment(session, assessment_id)
        found = counterpart(session, assessment)
        return found.id if found else None


def compare(ws: Workspace, first_id: int, second_id: int) -> Comparison:
    """Staff and person ratings side by side, domain by domain (never merged)."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        a, b = load_assessment(session, first_id), load_assessment(session, second_id)
        if a.person_id != b.person_id or a.rater == b.rater:
            raise RelaisError("cansas.compare_needs_staff_and_person")
        staff, person = (a, b) if a.rater == Rater.STAFF else (b, a)
        ws.audit(session, "assessment.compared", "person", a.person_id, staff_id=staff.id, person_rated_id=person.id)
        return Comparison(_row(session, staff), _row(session, person), compare_ratings(staff, person))


def changes_between(ws: Workspace, earlier_id: int, later_id: int) -> list[DomainChange]:
    """Per domain, how the rating moved from one assessment to another (core first, extras after)."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        a, b = load_assessment(session, earlier_id), load_assessment(session, later_id)
        if a.person_id != b.person_id:
            raise RelaisError("cansas.other_person")
        if a.assessed_on > b.assessed_on:
            a, b = b, a
        ws.audit(session, "assessment.compared", "person", a.person_id, earlier_id=a.id, later_id=b.id)
        before = {r.domain_id: r for r in a.ratings}
        after = {r.domain_id: r for r in b.ratings}
        order = [r.domain_id for r in b.ratings] + [d for d in before if d not in after]
        result = []
        for domain_id in order:
            old, new = before.get(domain_id), after.get(domain_id)
            is_core = (new if new is not None else before[domain_id]).is_core   # each id is in one of the two
            result.append(DomainChange(domain_id, is_core, old.value if old else None, new.value if new else None,
                                       change(old.value if old else None, new.value if new else None,
                                              old is not None, new is not None)))
        return sorted(result, key=lambda c: not c.is_core)


def history(ws: Workspace, person_id: int) -> list[HistoryPoint]:
    """Met, unmet and unknown over the 22 core domains for every complete assessment, oldest first."""
    ws.require(Permission.CLINICAL_READ)
    with ws.unit() as session:
        points = [
            HistoryPoint(a.id, a.assessed_on, a.rater, s.core.met, s.core.unmet, s.core.unknown)
            for a in reversed(person_assessments(session, person_id, complete_only=True))
            for s in [scores_of(a)]
        ]
        ws.audit(session, "assessments.history_viewed", "person", person_id)
        return points


def latest_needs_summary(ws: Workspace, person_id: int) -> NeedsSummary | None:
    """The needs summary the bilan, header and dashboard show.

    Choice: the most recent period with a COMPLETE assessment; within that period (a month)
    the staff rating is preferred, because the bilan is a professional's document and the
    person's own rating appears beside it in the CANSAS summary. Drafts never count. Not
    audited itself (counts only; the document or screen that shows it is).
    """
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        chosen = latest_complete(session, person_id)
        if chosen is None:
            return None
        s = scores_of(chosen)
        return NeedsSummary(
            assessment_id=chosen.id, assessed_on=chosen.assessed_on, rater=chosen.rater,
            met=s.core.met, unmet=s.core.unmet, unknown=s.core.unknown,
            unmet_domains=s.unmet_domains + s.extra_unmet_domains, met_domains=s.met_domains + s.extra_met_domains,
            extra_unmet=s.extra_unmet_domains,
        )


def unmet_domain_ids(ws: Workspace, assessment_id: int) -> list[str]:
    """Domains rated 2 (core first, then extra): what "make goals from unmet needs" proposes."""
    ws.require(Permission.CLINICAL_READ)
    with ws.read() as session:
        s = scores_of(load_assessment(session, assessment_id))
        return list(s.unmet_domains + s.extra_unmet_domains)


@dataclass(frozen=True)
class CaseloadAgreement:
    pairs: int                                  # staff/person pairs of the same period compared
    domains: tuple[DomainAgreement, ...]        # the 22 core domains, in instrument order


def caseload_agreement(ws: Workspace, worker_id: int | None = None) -> CaseloadAgreement:
    """For a supervisor: per core domain, how often staff and person agree, over every pair
    of complete staff and person assessments of the same period (one pair per person
    assessment, the nearest staff one). `worker_id` limits it to that worker's caseload.
    Works on plain rows, not ORM objects, so a whole network's caseload stays quick."""
    ws.require(Permission.TEAM_OVERVIEW)
    with ws.unit() as session:
        query = select(Assessment.id, Assessment.person_id, Assessment.rater, Assessment.assessed_on).where(
            Assessment.status == AssessmentStatus.COMPLETE)
        if worker_id is not None:
            query = query.where(Assessment.person_id.in_(
                select(person_workers.c.person_id).where(person_workers.c.user_id == worker_id)))
        by_person: dict[int, list] = {}
        for row in session.execute(query):
            by_person.setdefault(row.person_id, []).append(row)
        pairs: list[tuple[int, int]] = []
        for rows in by_person.values():
            staff = [r for r in rows if r.rater == Rater.STAFF]
            for person_rated in (r for r in rows if r.rater == Rater.PERSON):
                near = [r for r in staff if same_period(r.assessed_on, person_rated.assessed_on)]
                if near:
                    best = min(near, key=lambda r: abs((r.assessed_on - person_rated.assessed_on).days))
                    pairs.append((best.id, person_rated.id))
        values = _core_values(session, {i for pair in pairs for i in pair})
        counts = {d.id: [0, 0] for d in cansas_core_domains()}
        for staff_id, person_id in pairs:
            staff_values, person_values = values.get(staff_id, {}), values.get(person_id, {})
            for domain_id, staff_value in staff_values.items():
                verdict = agree(staff_value, person_values.get(domain_id))
                if verdict is not None:
                    tally = counts.setdefault(domain_id, [0, 0])
                    tally[0] += 1
                    tally[1] += int(verdict)
        ws.audit(session, "assessments.agreement_viewed", worker_id=worker_id, pairs=len(pairs))
        return CaseloadAgreement(len(pairs), tuple(DomainAgreement(domain_id, n, agreed)
                                                   for domain_id, (n, agreed) in counts.items()))


def _core_values(session: Session, assessment_ids: set[int]) -> dict[int, dict[str, int | None]]:
    values: dict[int, dict[str, int | None]] = {}
    ordered = sorted(assessment_ids)
    for start in range(0, len(ordered), 500):      # SQLite limits the parameters of one statement
        chunk = ordered[start:start + 500]
        rows = session.execute(select(Rating.assessment_id, Rating.domain_id, Rating.value)
                               .where(Rating.assessment_id.in_(chunk), Rating.is_core.is_(True)))
        for assessment_id, domain_id, value in rows:
            values.setdefault(assessment_id, {})[domain_id] = value
    return values


# -- plain data for the interface -------------------------------------------------------------

def _row(session: Session, assessment: Assessment) -> AssessmentRow:
    rater_name = ""
    if assessment.rater_user_id is not None:
        user = session.get(User, assessment.rater_user_id)
        rater_name = user.label if user else ""
    return AssessmentRow(assessment.id, assessment.person_id, assessment.assessed_on, assessment.rater, rater_name,
                         assessment.status, assessment.extra_set, scores_of(assessment))


def _detail(session: Session, assessment: Assessment) -> AssessmentDetail:
    return AssessmentDetail(_row(session, assessment),
                            tuple(RatingRow(r.domain_id, r.is_core, r.value, r.comment) for r in assessment.ratings))

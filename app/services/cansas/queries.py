"""Queries and pure combinations over stored assessments, shared by the assessment
services and the CANSAS PDF builder. No permission checks here: callers check first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.cansas import (
    Assessment,
    AssessmentStatus,
    Rater,
    Scores,
    agree,
    same_period,
    score,
)


@dataclass(frozen=True)
class DomainComparison:
    domain_id: str
    is_core: bool
    staff: int | None
    person: int | None
    agree: bool | None       # None: one side unknown (9), unrated or absent

    @property
    def disagree(self) -> bool:
        return self.agree is False


def load_assessment(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFound(what="assessment", id=assessment_id)
    return assessment


def person_assessments(session: Session, person_id: int, complete_only: bool = False) -> list[Assessment]:
    query = select(Assessment).where(Assessment.person_id == person_id)
    if complete_only:
        query = query.where(Assessment.status == AssessmentStatus.COMPLETE)
    return list(session.scalars(query.order_by(Assessment.assessed_on.desc(), Assessment.id.desc())))


def latest_complete(session: Session, person_id: int) -> Assessment | None:
    complete = person_assessments(session, person_id, complete_only=True)
    if not complete:
        return None
    newest = complete[0].assessed_on
    period = [a for a in complete if same_period(a.assessed_on, newest)]
    return next((a for a in period if a.rater == Rater.STAFF), period[0])


def counterpart(session: Session, assessment: Assessment, complete_only: bool = False) -> Assessment | None:
    others = [a for a in person_assessments(session, assessment.person_id, complete_only)
              if a.rater != assessment.rater and same_period(a.assessed_on, assessment.assessed_on)]
    if not others:
        return None
    return min(others, key=lambda a: (a.status != AssessmentStatus.COMPLETE,
                                      abs((a.assessed_on - assessment.assessed_on).days)))


def scores_of(assessment: Assessment) -> Scores:
    return score((r.domain_id, r.is_core, r.value) for r in assessment.ratings)


def compare_ratings(staff: Assessment, person: Assessment) -> tuple[DomainComparison, ...]:
    staff_by = {r.domain_id: r for r in staff.ratings}
    person_by = {r.domain_id: r for r in person.ratings}
    order = [r.domain_id for r in staff.ratings] + [r.domain_id for r in person.ratings if r.domain_id not in staff_by]
    result = []
    for domain_id in order:
        s, p = staff_by.get(domain_id), person_by.get(domain_id)
        rated = s if s is not None else person_by[domain_id]    # `order` takes each id from one of the two
        result.append(DomainComparison(domain_id, rated.is_core, s.value if s else None, p.value if p else None,
                                       agree(s.value if s else None, p.value if p else None)))
    return tuple(sorted(result, key=lambda d: not d.is_core))

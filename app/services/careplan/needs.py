"""Unmet needs (CANSAS) turned into care-plan goals, in one step whatever state the plan is in.

Each goal made from a need gets a provisional wording ("Find what would help with
accommodation…", marked `draft_wording` until a person edits it) and a proposed priority
(`proposed_priority`). A need that already has an open goal is not added twice, and the
answer says so: `NeedsToGoals.skipped` lists each need left out with its reason.

When the current version is a draft, the goals are added to it. When it has been agreed,
`new_version=True` starts a plan review ("révision"/"herziening") that carries every goal
as it is and adds these goals: the review's change is the new goals themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.models.careplan import CarePlanVersion, Goal, proposed_priority
from app.models.instruments import life_domain_label, life_domains
from app.services.careplan.editing import _create_plan
from app.services.careplan.review import _supersede
from app.services.careplan.views import (
    DEFAULT_REVIEW_MONTHS,
    _current,
    _editable_draft,
    _plan_of,
    add_months,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import current_language, message

SKIP_ALREADY_GOAL = "already_goal"      # an open goal of the plan already answers this need


@dataclass(frozen=True)
class NeedsToGoals:
    version_id: int
    created: tuple[int, ...]                    # new goal ids, in the order of the needs
    skipped: tuple[tuple[str, str], ...]        # (domain id, reason) for each need left out
    new_version: bool = False                   # a review started a new version for them


def provisional_goal_text(domain: str, assessed_on: date | None, lang: str) -> str:
    """A first wording that says where it comes from and invites the person's own words."""
    label = life_domain_label(domain, lang)
    if assessed_on is None:
        return message("careplan.goal_from_need", lang, domain=label)
    day = assessed_on.strftime("%d/%m/%Y") if lang in ("fr", "nl") else assessed_on.isoformat()
    return message("careplan.goal_from_need_dated", lang, domain=label, date=day)


def goals_from_needs(ws: Workspace, person_id: int, domain_ids: list[str], *, new_version: bool = False,
                     assessed_on: date | None = None, today: date | None = None) -> NeedsToGoals:
    """Add one provisional goal per unmet need. A plan is created if there is none; an
    agreed plan refuses (careplan.version_agreed) unless `new_version`, which starts its review."""
    ws.require(Permission.CLINICAL_WRITE)
    today = today or date.today()
    known = {d.id for d in life_domains()}
    unknown = [d for d in domain_ids if d not in known]
    if unknown:
        raise ValidationError([FieldError("domain", "choice.invalid", {"value": unknown[0][:40]})], "careplan")
    lang = current_language()
    with ws.unit() as session:
        plan = _plan_of(session, person_id)
        started_review = False
        if plan is None:
            version = _create_plan(ws, session, person_id, today, add_months(today, DEFAULT_REVIEW_MONTHS))
        else:
            current = _current(session, plan)
            if new_version and not current.is_draft and not current.is_superseded:
                if today < current.starts_on:
                    raise ValidationError([FieldError("reviewed_on", "careplan.reviewed_before_start",
                                                      {"start": current.starts_on.isoformat()})], "careplan")
                wanted = [d for d in dict.fromkeys(domain_ids) if d not in _taken(current)]
                if not wanted:
                    # Nothing to add: no new version for nothing.
                    return NeedsToGoals(current.id, (), tuple((d, SKIP_ALREADY_GOAL)
                                                              for d in dict.fromkeys(domain_ids)))
                version = _supersede(ws, session, plan, current, today, add_months(today, DEFAULT_REVIEW_MONTHS),
                                     "", {})
                started_review = True
            else:
                version = _editable_draft(current)
        created, skipped = _add_goals(session, version, domain_ids, assessed_on, lang)
        if started_review:
            ws.audit(session, "careplan.reviewed", "person", person_id, version_id=version.id,
                     previous_id=current.id, goals_added=len(created))
        ws.audit(session, "careplan.goals_from_needs", "person", person_id, version_id=version.id,
                 count=len(created), skipped=len(skipped))
        return NeedsToGoals(version.id, tuple(created), tuple(skipped), started_review)


def draft_goals_from_domains(ws: Workspace, person_id: int, domain_ids: list[str],
                             today: date | None = None) -> list[int]:
    """The goals made from needs in the current draft (see goals_from_needs); their ids."""
    return list(goals_from_needs(ws, person_id, domain_ids, today=today).created)


def _taken(version: CarePlanVersion) -> set[str | None]:
    return {g.domain for g in version.goals if not g.is_closed}


def _add_goals(session: Session, version: CarePlanVersion, domain_ids: list[str], assessed_on: date | None,
               lang: str) -> tuple[list[int], list[tuple[str, str]]]:
    taken = _taken(version)
    created: list[int] = []
    skipped: list[tuple[str, str]] = []
    for domain in dict.fromkeys(domain_ids):
        if domain in taken:
            skipped.append((domain, SKIP_ALREADY_GOAL))
            continue
        goal = Goal(version=version, position=len(version.goals),
                    text=provisional_goal_text(domain, assessed_on, lang), domain=domain,
                    priority=proposed_priority(domain), draft_wording=True)
        session.add(goal)
        session.flush()
        goal.lineage = goal.id
        created.append(goal.id)
        taken.add(domain)
    return created, skipped

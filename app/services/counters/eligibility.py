"""Which bilan opened a session, and why a convention session would not be reimbursed
(rules and their sources in resources/instruments/convention.json "session_requirements")."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.bilan import Bilan, BilanStatus
from app.models.convention import indicated_functions
from app.models.instruments import load_instrument
from app.models.person import Person


def opening_bilan(session: Session, person_id: int, function_id: str) -> int | None:
    """The latest final bilan of the person that indicates the function this session belongs
    to: the bilan that opened it."""
    wanted = [f.id for f in indicated_functions().values() if function_id in f.session_functions]
    if not wanted:
        return None
    return session.scalar(select(Bilan.id).where(
        Bilan.person_id == person_id, Bilan.status == BilanStatus.FINAL, Bilan.indicated_function.in_(wanted))
        .order_by(Bilan.bilan_date.desc(), Bilan.version.desc()).limit(1))


def reimbursement_problems(session: Session, person_id: int, function_id: str) -> list[str]:
    """Message codes saying why a session of this function for this person would not be
    reimbursed: no NISS, no insurance known, no bilan where the function needs one."""
    rules = load_instrument("convention")["session_requirements"]
    person = session.get(Person, person_id)
    if person is None:
        return []
    problems: list[str] = []
    if rules["niss"] and not person.niss:
        problems.append("counters.no_niss")
    if rules["insurance"] and (person.insurance or "unknown") in ("unknown", "none"):
        problems.append("counters.no_insurance")
    if function_id in rules["bilan_required_for"] and opening_bilan(session, person_id, function_id) is None:
        problems.append("counters.no_bilan")
    return problems


def session_rule_warnings(session: Session, person_id: int, clean: dict) -> list[tuple[str, dict, bool]]:
    """(code, params, needs confirmation) for a convention session about to be recorded:
    the transition-only function, the age category of the period, reimbursement."""
    from datetime import timedelta

    from sqlalchemy import func

    from app.models.contact import Contact
    from app.models.convention import (
        age_category_problem,
        convention_rules,
        transition_problem,
    )

    found: list[tuple[str, dict, bool]] = []
    function = clean["convention_function"]
    earliest = session.scalar(select(func.min(Contact.occurred_at)).where(
        Contact.person_id == person_id, Contact.convention_function == function))
    code = transition_problem(function, min(x for x in (earliest, clean["occurred_at"]) if x is not None))
    if code:
        found.append((code, {}, True))
    since = clean["occurred_at"] - timedelta(days=convention_rules().window_days)
    groups = set(session.scalars(select(Contact.convention_age_group).where(
        Contact.person_id == person_id, Contact.convention_function.is_not(None),
        Contact.occurred_at > since, Contact.occurred_at <= clean["occurred_at"])))
    person = session.get(Person, person_id)
    age = person.age(clean["occurred_at"].date()) if person is not None else None
    code = age_category_problem(age, clean["convention_age_group"], {g for g in groups if g})
    if code:
        found.append((code, {}, True))
    found += [(c, {}, False) for c in reimbursement_problems(session, person_id, function)]
    return found

"""What the printed care plan holds, without ReportLab (app/reports/careplan.py lays it out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PrintedAction:
    what: str
    who: str
    owner_kind: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class PrintedGoal:
    text: str
    domain: str            # the life domain's label in the document's language
    priority: int
    strengths: str
    status: str
    person_comment: str
    actions: tuple[PrintedAction, ...]


@dataclass(frozen=True)
class PrintedPlan:
    person_name: str
    number: int
    starts_on: date
    review_on: date
    agreed_on: date | None
    reviewed_on: date | None
    review_note: str
    goals: tuple[PrintedGoal, ...]

"""What the printed crisis plan holds, without ReportLab (app/reports/crisisplan.py lays it out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SECTIONS = ("warning_signs", "what_helps", "what_does_not_help", "who_to_call", "who_not_to_call",
            "treatment_preferences", "home_children_pets", "accepted_places")
CARD_SECTIONS = ("warning_signs", "what_helps", "who_to_call")


@dataclass(frozen=True)
class PrintedCrisisPartner:
    name: str
    phone: str = ""


@dataclass(frozen=True)
class PrintedCrisisPlan:
    person_name: str
    birth_year: int | None
    number: int
    agreed_on: date | None
    sections: dict[str, str]
    partners: tuple[PrintedCrisisPartner, ...] = ()
    worker: str = ""
    worker_phone: str = ""

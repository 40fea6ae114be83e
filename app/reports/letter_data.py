"""What a referral letter prints, without ReportLab (app/reports/letter.py lays it out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Recipient:
    organisation: str
    service_name: str = ""
    contact_person: str = ""
    address: str = ""


@dataclass(frozen=True)
class LetterData:
    recipient: Recipient
    person_name: str                       # full name, or initials when identity is not shared
    urgency: str                           # routine, soon, urgent
    request: str                           # in the person's own words
    reason: str
    domain_label: str = ""
    birth: str = ""                        # printed birth date or year ("" when not shared)
    identity: tuple[tuple[str, str], ...] = ()   # (label key, value) when identity is shared
    identity_shared: bool = False
    criteria_override: str = ""
    needs: dict | None = None              # {"date", "met", "unmet", "unmet_labels"} when shared
    needs_shared: bool = False
    goals: tuple[str, ...] = ()
    goals_shared: bool = False
    bilan_attached: bool = False
    place: str = ""
    day: date = field(default_factory=date.today)

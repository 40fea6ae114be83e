"""What the bilan prints, without ReportLab (app/reports/bilan.py lays it out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus.flowables import Flowable

    from app.reports.base import DocumentRenderer


@dataclass(frozen=True)
class PersonFacts:
    name: str
    born: str = ""
    niss: str = ""
    languages: str = ""
    phone: str = ""
    housing: str = ""              # Housing value
    whereabouts: str = ""


@dataclass(frozen=True)
class NeedsFacts:
    assessed_on: date
    rater: str
    met: int
    unmet: int
    unknown: int
    unmet_domains: tuple[str, ...]
    met_domains: tuple[str, ...]
    extra_unmet: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoalFacts:
    text: str
    domain: str | None
    status: str
    actions: tuple[str, ...] = ()
    provisional: bool = False          # wording proposed automatically: printed as such


@dataclass(frozen=True)
class NetworkFacts:
    drawn_on: date
    size: int
    professional_share: float
    close_informal: int
    emotional_support: int
    isolation_signal: bool
    members: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class PartnerFacts:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PhysicianFacts:
    name: str
    inami: str                     # formatted 1-23456-78-901, or ""
    cosigned_on: date | None


@dataclass(frozen=True)
class ConsultationFacts:
    held_on: date
    minutes: int
    roles: tuple[str, ...]
    person_present: bool


@dataclass(frozen=True)
class Appendix:
    """A block drawn by another feature's renderer (the CANSAS table, the network drawing)."""

    title: str
    build: Callable[[DocumentRenderer], list[Flowable]]


@dataclass(frozen=True)
class BilanFacts:
    variant: str                   # "gp" or "full"
    stage: str
    bilan_date: date
    version: int
    is_draft: bool
    author: str
    person: PersonFacts
    sections: dict[str, str]       # key -> text, only the sections this document may hold
    recipient: str = ""
    amends_version: int | None = None
    physician: PhysicianFacts | None = None
    needs: NeedsFacts | None = None
    include_needs: bool = False
    goals: tuple[GoalFacts, ...] = ()
    include_goals: bool = False
    network: NetworkFacts | None = None
    include_network: bool = False
    partners: tuple[PartnerFacts, ...] = ()
    include_partners: bool = False
    appendices: tuple[Appendix, ...] = field(default_factory=tuple)
    recipient_is_gp: bool = True       # False: a partner other than a GP (title, request box)
    recipient_name: str = ""           # the partner's name, for the title
    indicated_function: str = ""       # the function's label in the document's language
    function_justification: str = ""
    show_indication: bool = False
    consultations: tuple[ConsultationFacts, ...] = ()
    consultation_units: tuple[int, int] = (0, 0)     # 15-minute periods counted, allowed per 12 months

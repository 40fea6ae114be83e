"""What one feature tells another about a person, as plain data.

The bilan prefills its sections from the latest CANSAS summary, the current goals, the
latest network map and the partners involved; the person header and the dashboard use
them too. Each feature's service provides its own function returning one of these
(cansas.assessments.latest_needs_summary, careplan.current_goals,
network.maps.latest_network_summary, partners.involved.partners_involved); the features that
read them import those functions directly and sit above them in import-linter's contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class NeedsSummary:
    assessment_id: int
    assessed_on: date
    rater: str                         # "staff" or "person"
    met: int                           # count of 1 over the 22 core domains
    unmet: int                         # count of 2 over the 22 core domains
    unknown: int                       # count of 9, shown apart, never as needs
    unmet_domains: tuple[str, ...]     # domain ids rated 2 (core first, then extra)
    met_domains: tuple[str, ...]
    extra_unmet: tuple[str, ...] = ()  # extra (non-core) domains rated 2, reported apart

    @property
    def total(self) -> int:
        return self.met + self.unmet


@dataclass(frozen=True)
class GoalSummary:
    goal_id: int
    text: str                          # in the person's words
    domain: str | None                 # life domain id
    status: str                        # open, achieved, changed, dropped
    actions: tuple[str, ...] = ()      # "who: what (due)" lines in the interface's language
    provisional: bool = False          # wording proposed automatically, not yet edited by a person
    # The same actions as data, so a document words them in its own language:
    # (owner kind, owner label, what, due date ISO or "").
    action_items: tuple[tuple[str, str, str, str], ...] = ()


@dataclass(frozen=True)
class NetworkSummary:
    snapshot_id: int
    drawn_on: date
    size: int
    professional_share: float          # 0..1, professionals and services among members
    close_informal: int                # informal members in the close circle
    emotional_support: int             # members giving emotional support
    isolation_signal: bool
    members: tuple[tuple[str, str, str], ...] = ()   # (label, category, circle)


@dataclass(frozen=True)
class PartnerInvolved:
    partner_id: int
    name: str
    role: str = ""                     # e.g. "GP", "referral: waiting list"
    phone: str = ""
    email: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

"""What the network map report prints, without ReportLab (app/reports/network.py draws it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.network import MemberData
from app.models.network_measures import NetworkComparison, NetworkMeasures


@dataclass(frozen=True)
class NetworkReportData:
    person_name: str
    drawn_on: date
    note: str
    members: tuple[MemberData, ...]
    ties: tuple[tuple[int, int], ...]
    measures: NetworkMeasures
    previous_drawn_on: date | None = None
    comparison: NetworkComparison | None = None

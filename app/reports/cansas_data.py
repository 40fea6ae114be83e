"""What the CANSAS summary prints, without ReportLab (app/reports/cansas.py lays it out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CansasColumn:
    """One assessment printed as a column: its rater, date and scores."""

    rater: str                  # "staff" or "person"
    assessed_on: date
    rater_name: str
    met: int
    unmet: int
    unknown: int
    extra_met: int = 0
    extra_unmet: int = 0
    extra_unknown: int = 0

    @property
    def total(self) -> int:
        return self.met + self.unmet


@dataclass(frozen=True)
class CansasLine:
    domain_id: str
    is_core: bool
    values: tuple[int | None, ...]    # one per column
    comment: str = ""                 # of the first column's assessment


@dataclass(frozen=True)
class CansasSummaryData:
    columns: tuple[CansasColumn, ...]  # the staff column first when both exist
    lines: tuple[CansasLine, ...]
    extra_set: str | None = None

    @property
    def core_lines(self) -> tuple[CansasLine, ...]:
        return tuple(line for line in self.lines if line.is_core)

    @property
    def extra_lines(self) -> tuple[CansasLine, ...]:
        return tuple(line for line in self.lines if not line.is_core)


@dataclass(frozen=True)
class CansasPerson:
    display_name: str
    birth: str = ""

"""What the access report prints, without ReportLab (app/reports/access_report.py lays it out)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AccessData:
    person_name: str
    records: dict[str, list[dict]]          # table -> rows (column -> value), as collected
    user_names: dict[int, str]              # ids in *_by / user / worker columns -> names
    partner_names: dict[int, str]

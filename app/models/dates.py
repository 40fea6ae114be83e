"""Dates as people give them: a full date, or only a year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_BE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")

MIN_BIRTH_YEAR = 1900


class DateInvalid(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class PartialDate:
    year: int
    full: date | None = None

    def __str__(self) -> str:
        return self.full.isoformat() if self.full else str(self.year)


def parse_partial_date(text: str, today: date | None = None) -> PartialDate | None:
    """'1984', '1984-03-12' or '12/03/1984' (Belgian order); None for an empty field."""
    text = (text or "").strip()
    if not text:
        return None
    today = today or date.today()
    if m := _YEAR.match(text):
        year = int(m.group(1))
        full = None
    else:
        if m := _ISO.match(text):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        elif m := _BE.match(text):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            raise DateInvalid("date.format")
        try:
            full = date(y, mo, d)
        except ValueError:
            raise DateInvalid("date.impossible") from None
        year = y
    if year < MIN_BIRTH_YEAR:
        raise DateInvalid("date.too_old")
    if (full and full > today) or year > today.year:
        raise DateInvalid("date.future")
    return PartialDate(year, full)


def age_on(birth_year: int | None, birth_date: date | None, today: date) -> int | None:
    if birth_date:
        return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))
    if birth_year:
        return today.year - birth_year  # approximate when only the year is known
    return None

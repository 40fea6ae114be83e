"""The Belgian national register number (NISS / INSZ / rijksregisternummer).

Eleven digits: YYMMDD, a serial (odd for men, even for women in the register), and two
check digits: 97 - (first nine digits mod 97). For people born from 2000 on the check is
computed over "2" followed by the nine digits. Bis numbers (people not in the national
register) add 20 to the month when sex was unknown at assignment, 40 when it was known.
Month or day may be 00 when the birth date is unknown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_SEPARATORS = re.compile(r"[\s.\-/]")


@dataclass(frozen=True)
class NissInfo:
    digits: str
    century: int  # 1900 or 2000
    is_bis: bool
    birth_date: date | None
    birth_year: int | None


class NissInvalid(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def normalise_niss(text: str) -> str:
    """Separators dropped; decimal digits of any script (Arabic-Indic, full-width) read as
    0-9, so the stored number is always ASCII. Superscripts and other non-decimal "digits"
    stay as they are and are refused."""
    cleaned = _SEPARATORS.sub("", text or "")
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in cleaned)


def format_niss(digits: str) -> str:
    """85.07.30-033.28: the way the number is printed on a Belgian eID card."""
    d = normalise_niss(digits)
    if len(d) != 11:
        return digits
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"


def parse_niss(text: str) -> NissInfo:
    """Validate and decode; raises NissInvalid with a message code."""
    digits = normalise_niss(text)
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 11:
        raise NissInvalid("niss.length")
    body, check = int(digits[:9]), int(digits[9:])
    if 97 - body % 97 == check:
        century = 1900
    elif 97 - int("2" + digits[:9]) % 97 == check:
        century = 2000
    else:
        raise NissInvalid("niss.checksum")
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    is_bis = False
    if 20 <= mm <= 32:
        is_bis, mm = True, mm - 20
    elif 40 <= mm <= 52:
        is_bis, mm = True, mm - 40
    if mm > 12 or dd > 31:
        raise NissInvalid("niss.date")
    year = century + yy
    birth: date | None = None
    if mm and dd:
        try:
            birth = date(year, mm, dd)
        except ValueError:
            raise NissInvalid("niss.date") from None
    # A fully unknown birth date (bis number 000000-style) leaves the year unknown too.
    known_year = year if (mm or dd or yy) else None
    return NissInfo(digits, century, is_bis, birth, known_year)


def niss_checksum(first_nine: str, born_2000_or_later: bool) -> str:
    """The two check digits for nine digits: used by the demo and the tests."""
    value = int(("2" if born_2000_or_later else "") + first_nine)
    return f"{97 - value % 97:02d}"

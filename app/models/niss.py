"""The Belgian national register number (NISS / INSZ / rijksregisternummer).

Eleven digits, as the register defines them (IBZ instruction IT000; python-stdnum's
`stdnum.be.nn` and `stdnum.be.bis` implement the same rules and serve as a cross-check in
tests/test_niss.py):

- YYMMDD, a serial (odd for men, even for women), and two check digits:
  97 - (first nine digits mod 97).
- For people born from 2000 on the check is computed over "2" followed by the nine digits.
  That rule can only apply to a year that has begun: "69011256179" passes only as a birth
  in 2069, so it is refused until 2069.
- Bis numbers (people not in the national register) add 20 to the month when sex was
  unknown at assignment, 40 when it was known. The month field is therefore 00-12, 20-32
  or 40-52.
- Unknown parts of the birth date are zeroes: month 00 (only the year is known), day 00
  (year and month known).
- Exhausted serials: when the 997/998 serials of a day run out, the register continues
  with the month and day set to 00 and then increments the day digits, which may go past
  31. A month of 00 therefore says nothing about the day digits, and a day that does not
  exist in its month (00, 30 February, 35 July) is an unknown day, not an error.
- A fully unknown birth date is written 00 00 01 (bis: 00 20 01, 00 40 01): even the
  year is unknown.

Relais keeps its own validator rather than calling stdnum so that every refusal carries
a message code with a FR/NL/EN text. One deliberate difference from stdnum: a number whose
birth date can only lie after today (a birth later this year under the 2000 rule) is
refused as "niss.date"; stdnum only looks at the year.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_SEPARATORS = re.compile(r"[\s.\-/]")
# The register's fictitious date for a birth date of which nothing, not even the year,
# is known: 1900/2000-00-01 (bis numbers add 20 or 40 to the month).
_UNKNOWN_DATE = ("000001", "002001", "004001")


@dataclass(frozen=True)
class NissInfo:
    digits: str
    century: int  # 1900 or 2000
    is_bis: bool
    birth_date: date | None
    birth_year: int | None
    birth_month: int | None = None  # known month when the day is unknown (or known)


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


def niss_century(digits: str, current_year: int) -> int:
    """1900 or 2000: the century whose check rule the eleven ASCII digits satisfy.

    The two rules can never both hold (2,000,000,000 is not a multiple of 97). The 2000
    rule counts only for a year that is not after `current_year`. Raises NissInvalid."""
    check = int(digits[9:])
    if 97 - int(digits[:9]) % 97 == check:
        return 1900
    if 2000 + int(digits[:2]) <= current_year and 97 - int("2" + digits[:9]) % 97 == check:
        return 2000
    raise NissInvalid("niss.checksum")


def parse_niss(text: str, today: date | None = None) -> NissInfo:
    """Validate and decode; raises NissInvalid with a message code.

    `today` (default: the real date) decides which years the 2000 rule may give and
    which birth dates lie in the future."""
    digits = normalise_niss(text)
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 11:
        raise NissInvalid("niss.length")
    today = today or date.today()
    century = niss_century(digits, today.year)
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    month = mm % 20
    if mm > 52 or month > 12:
        raise NissInvalid("niss.date")
    is_bis = mm >= 20
    if digits[:6] in _UNKNOWN_DATE:
        return NissInfo(digits, century, is_bis, None, None, None)
    year = century + yy
    birth: date | None = None
    known_month: int | None = None
    if month:  # month 00: unknown month, or exhausted serials; the day digits mean nothing
        known_month = month
        if 1 <= dd <= calendar.monthrange(year, month)[1]:
            birth = date(year, month, dd)
        # else: day 00 (unknown) or past the month's end (exhausted serials): unknown day
    earliest = birth or date(year, known_month or 1, 1)
    if earliest > today:
        raise NissInvalid("niss.date")
    return NissInfo(digits, century, is_bis, birth, year, known_month)


def niss_checksum(first_nine: str, born_2000_or_later: bool) -> str:
    """The two check digits for nine digits: used by the demo and the tests."""
    value = int(("2" if born_2000_or_later else "") + first_nine)
    return f"{97 - value % 97:02d}"

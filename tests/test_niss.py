from datetime import date
from types import SimpleNamespace
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum import exceptions as stdnum_errors
from stdnum.be import nn as stdnum_nn
from stdnum.be import ssn as stdnum_ssn

from app.models.niss import NissInvalid, format_niss, niss_checksum, parse_niss

TODAY = date(2026, 3, 15)


def make(first_nine: str, after_2000: bool) -> str:
    return first_nine + niss_checksum(first_nine, after_2000)


def test_born_before_2000_hand_computed():
    # 850730 033 -> 850730033 mod 97 = 69, 97 - 69 = 28
    info = parse_niss("85.07.30-033.28")
    assert info.digits == "85073003328"
    assert info.birth_date == date(1985, 7, 30)
    assert info.birth_year == 1985 and info.birth_month == 7
    assert not info.is_bis


def test_born_from_2000_uses_the_leading_2():
    nine = "010315123"
    niss = make(nine, True)
    assert parse_niss(niss).birth_date == date(2001, 3, 15)
    # The same digits with the pre-2000 check digits must not be read as 2001.
    assert parse_niss(make(nine, False)).birth_date == date(1901, 3, 15)


def test_the_2000_rule_never_gives_a_year_after_the_current_one():
    # From the issue: these check digits only match as a birth on 12 January 2069.
    with pytest.raises(NissInvalid) as exc:
        parse_niss("69011256179", today=TODAY)
    assert exc.value.code == "niss.checksum"
    assert parse_niss("69011256179", today=date(2069, 1, 12)).birth_date == date(2069, 1, 12)
    # The current year is allowed ...
    assert parse_niss(make("260101001", True), today=TODAY).birth_date == date(2026, 1, 1)
    # ... the next one is not, even on New Year's Eve.
    with pytest.raises(NissInvalid):
        parse_niss(make("270101001", True), today=date(2026, 12, 31))


def test_a_birth_date_later_this_year_is_refused():
    # stdnum only checks the year; a birth date after today is impossible (documented difference).
    with pytest.raises(NissInvalid) as exc:
        parse_niss(make("260316001", True), today=TODAY)
    assert exc.value.code == "niss.date"
    assert parse_niss(make("260315001", True), today=TODAY).birth_date == TODAY
    # Only the month known: refused only when the whole month is still to come.
    assert parse_niss(make("260300001", True), today=TODAY).birth_month == 3
    with pytest.raises(NissInvalid):
        parse_niss(make("260400001", True), today=TODAY)


def test_bis_numbers_shift_the_month_by_20_or_40():
    assert parse_niss(make("852730033", False)).is_bis
    assert parse_niss(make("852730033", False)).birth_date == date(1985, 7, 30)
    assert parse_niss(make("854730033", False)).birth_date == date(1985, 7, 30)
    # stdnum's own examples
    assert parse_niss("98.47.28-997.65").birth_date == date(1998, 7, 28)
    assert parse_niss("01 49 07 001 85").birth_date == date(2001, 9, 7)


@pytest.mark.parametrize("month", [13, 19, 33, 39, 53, 60, 99])
def test_months_outside_the_three_ranges_are_refused(month):
    with pytest.raises(NissInvalid) as exc:
        parse_niss(make(f"85{month:02d}01033", False))
    assert exc.value.code == "niss.date"


def test_unknown_birth_date_parts_are_allowed():
    info = parse_niss(make("850000033", False))
    assert info.birth_date is None and info.birth_year == 1985 and info.birth_month is None
    info = parse_niss(make("850700033", False))
    assert info.birth_date is None and info.birth_year == 1985 and info.birth_month == 7
    bis = parse_niss(make("852000033", False))  # bis, unknown month and day
    assert bis.is_bis and bis.birth_year == 1985 and bis.birth_month is None
    # Only the year known, 2000 (stdnum's example "2000-00-00").
    assert parse_niss("00000000128").birth_year == 2000


@pytest.mark.parametrize("niss", ["00000100166", "00000100195", make("002001001", False), make("004001002", True)])
def test_the_fictitious_date_00_00_01_means_even_the_year_is_unknown(niss):
    info = parse_niss(niss)
    assert info.birth_year is None and info.birth_month is None and info.birth_date is None


@pytest.mark.parametrize("niss, year, month", [
    ("10000100182", 1910, None),   # serials exhausted: month and day 00, then day 01, 02 ...
    ("00003241778", 1900, None),   # ... and on past 31 (IT000; reported by belgif/rest-problem-java#81)
    ("24203200171", 1924, None),   # the same on a bis number
    ("85073500107", 1985, 7),      # stdnum's example: day 35 of July is an unknown day
    (make("850231033", False), 1985, 2),  # 31 February: an unknown day, not a typing error
    (make("810012023", False), 1981, None),  # month unknown: the day digits carry no date
])
def test_exhausted_serials_and_days_past_the_month_end_are_unknown_days(niss, year, month):
    info = parse_niss(niss)
    assert (info.birth_year, info.birth_month, info.birth_date) == (year, month, None)


@pytest.mark.parametrize("text, code", [
    ("85.07.30-033.29", "niss.checksum"),
    ("8507300332", "niss.length"),
    ("abc", "niss.length"),
    ("", "niss.length"),
])
def test_invalid_numbers_say_why(text, code):
    with pytest.raises(NissInvalid) as exc:
        parse_niss(text)
    assert exc.value.code == code


def test_format_like_the_eid_card():
    assert format_niss("85073003328") == "85.07.30-033.28"


def test_digits_of_any_script_and_slashes_are_read():
    # Relais-only: stdnum refuses these (documented difference); the stored number is ASCII.
    assert parse_niss("٨٥٠٧٣٠/٠٣٣/٢٨").digits == "85073003328"
    assert parse_niss("８５０７３０\u00a0０３３２８").digits == "85073003328"
    assert not stdnum_ssn.is_valid("٨٥٠٧٣٠٠٣٣٢٨")


@given(st.integers(1900, 2025), st.integers(1, 12), st.integers(1, 28), st.integers(1, 997))
def test_every_generated_number_round_trips(year, month, day, serial):
    nine = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    niss = make(nine, year >= 2000)
    info = parse_niss(niss, today=TODAY)
    assert info.birth_date == date(year, month, day)


@given(st.text(max_size=30))
def test_any_text_is_either_valid_or_refused_cleanly(text):
    try:
        parse_niss(text)
    except NissInvalid:
        pass


# -- Cross-check with python-stdnum ------------------------------------------------------
#
# Relais must agree with stdnum.be.ssn (national register numbers and bis numbers) on
# whether a number is valid, why it is not (checksum, date part, length), and the birth
# year, month and date it encodes. Intended differences, each asserted below:
#   1. a birth date that can only lie after today is refused by Relais ("niss.date");
#      stdnum only refuses years after the current one;
#   2. Relais reads digits of any script and "/" or any white space as separators
#      (test_digits_of_any_script_and_slashes_are_read); here only ASCII digits are drawn;
#   3. Relais reports a bis number as is_bis; stdnum.be.ssn.guess_type says "bis";
#   4. "00000000000" is a format error for stdnum, a checksum error for Relais (check
#      digits 00 never match, and the FR/NL/EN text says what to look at).
# Neither checks the serial range (001-997 / 002-998): IT000 lets exhausted serials restart.

class _FrozenDate(date):
    @classmethod
    def today(cls):
        return cls(TODAY.year, TODAY.month, TODAY.day)


_STDNUM_CODES = {
    stdnum_errors.InvalidChecksum: "niss.checksum",
    stdnum_errors.InvalidComponent: "niss.date",
    stdnum_errors.InvalidLength: "niss.length",
    stdnum_errors.InvalidFormat: "niss.length",
}


def stdnum_reading(number: str):
    """stdnum's verdict on `number` as of TODAY: (None, year, month, date, type) or (code, ...)."""
    with mock.patch.object(stdnum_nn, "datetime", SimpleNamespace(date=_FrozenDate)):
        try:
            stdnum_ssn.validate(number)
        except stdnum_errors.ValidationError as exc:
            return _STDNUM_CODES[type(exc)], None, None, None, None
        birth = stdnum_ssn.get_birth_date(number)
        return (None, stdnum_ssn.get_birth_year(number), stdnum_ssn.get_birth_month(number),
                date(birth.year, birth.month, birth.day) if birth else None, stdnum_ssn.guess_type(number))


def relais_reading(number: str):
    try:
        info = parse_niss(number, today=TODAY)
    except NissInvalid as exc:
        return exc.code, None, None, None, None
    return None, info.birth_year, info.birth_month, info.birth_date, "bis" if info.is_bis else "nn"


def assert_same_as_stdnum(number: str) -> None:
    theirs, ours = stdnum_reading(number), relais_reading(number)
    if len(number) == 11 and int(number) == 0:  # intended difference 4
        assert theirs[0] == "niss.length" and ours[0] == "niss.checksum"
        return
    if theirs[0] is None:
        year, month, birth = theirs[1], theirs[2], theirs[3]
        earliest = birth or (date(year, month or 1, 1) if year else None)
        if earliest and earliest > TODAY:  # intended difference 1
            assert ours[0] == "niss.date", number
            return
    assert ours == theirs, number


_interesting_months = st.sampled_from([0, 1, 2, 7, 12, 13, 19, 20, 22, 32, 33, 39, 40, 42, 52, 53, 60, 72, 99])
_interesting_days = st.sampled_from([0, 1, 28, 29, 30, 31, 32, 35, 99])


@st.composite
def register_like_numbers(draw):
    """Nine digits shaped like the register's (dates, bis months, unknown and exhausted parts)
    and check digits that are right for 1900, right for 2000, or anything."""
    yy = draw(st.one_of(st.sampled_from([0, 24, 25, 26, 27, 69, 99]), st.integers(0, 99)))
    mm = draw(st.one_of(_interesting_months, st.integers(0, 99)))
    dd = draw(st.one_of(_interesting_days, st.integers(0, 99)))
    serial = draw(st.one_of(st.sampled_from([0, 1, 2, 997, 998, 999]), st.integers(0, 999)))
    first = draw(st.one_of(st.just(f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}"),
                           st.sampled_from(["000001", "002001", "004001"]).map(lambda p: f"{p}{serial:03d}")))
    check = draw(st.one_of(st.just(niss_checksum(first, False)), st.just(niss_checksum(first, True)),
                           st.integers(0, 99).map(lambda c: f"{c:02d}")))
    return first + check


@given(register_like_numbers())
@example("69011256179")   # the 2000 rule for 2069
@example(make("260415001", True))  # a 2026 birth after TODAY (difference 1)
@example("85073500107")   # day 35: unknown day
@example("00000100166")   # fictitious date 1900-00-01
@example("00000000128")   # only the year 2000 known
@example("00003241778")   # exhausted serials past day 31
@example("24203200171")   # the same, bis
@example("98472899765")   # bis, sex known
@example("00000000000")
def test_relais_reads_register_numbers_like_stdnum(number):
    assert_same_as_stdnum(number)


@given(st.text(alphabet="0123456789", min_size=9, max_size=13))
def test_relais_reads_any_ascii_digits_like_stdnum(number):
    assert_same_as_stdnum(number)


def test_the_cross_check_sees_the_intended_difference():
    # Guard against a cross-check that compares nothing: stdnum does accept this number.
    number = make("260415001", True)
    assert stdnum_reading(number)[0] is None
    assert relais_reading(number)[0] == "niss.date"


# -- The NISS on a person record ----------------------------------------------------------

def test_a_person_niss_must_agree_with_a_year_or_month_only_birth():
    from app.models.person import validate_person_fields

    def niss_errors(values, today=TODAY):
        return [e.code for e in validate_person_fields(values, today)[1] if e.field == "niss"]

    assert niss_errors({"birth": "1985", "niss": "85073003328"}) == []
    assert niss_errors({"birth": "1986", "niss": "85073003328"}) == ["niss.birth_mismatch"]
    assert niss_errors({"birth": "1985-07-31", "niss": "85073003328"}) == ["niss.birth_mismatch"]
    month_only = make("850700033", False)
    assert niss_errors({"birth": "1985-07-12", "niss": month_only}) == []
    assert niss_errors({"birth": "1985-08-12", "niss": month_only}) == ["niss.birth_mismatch"]
    assert niss_errors({"birth": "1985-08-12", "niss": make("850000033", False)}) == []
    # The injected day decides what the 2000 rule may give.
    assert niss_errors({"niss": "69011256179"}) == ["niss.checksum"]
    assert niss_errors({"niss": "69011256179"}, today=date(2069, 1, 12)) == []

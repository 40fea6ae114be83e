from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.niss import NissInvalid, format_niss, niss_checksum, parse_niss


def make(first_nine: str, after_2000: bool) -> str:
    return first_nine + niss_checksum(first_nine, after_2000)


def test_born_before_2000_hand_computed():
    # 850730 033 -> 850730033 mod 97 = 69, 97 - 69 = 28
    info = parse_niss("85.07.30-033.28")
    assert info.digits == "85073003328"
    assert info.birth_date == date(1985, 7, 30)
    assert not info.is_bis


def test_born_from_2000_uses_the_leading_2():
    nine = "010315123"
    niss = make(nine, True)
    assert parse_niss(niss).birth_date == date(2001, 3, 15)
    # The same digits with the pre-2000 check digits must not be read as 2001.
    assert parse_niss(make(nine, False)).birth_date == date(1901, 3, 15)


def test_bis_numbers_shift_the_month_by_20_or_40():
    assert parse_niss(make("852730033", False)).is_bis
    assert parse_niss(make("852730033", False)).birth_date == date(1985, 7, 30)
    assert parse_niss(make("854730033", False)).birth_date == date(1985, 7, 30)


def test_unknown_birth_date_parts_are_allowed():
    info = parse_niss(make("850000033", False))
    assert info.birth_date is None and info.birth_year == 1985


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


def test_impossible_date_inside_a_valid_checksum():
    with pytest.raises(NissInvalid) as exc:
        parse_niss(make("850231033", False))
    assert exc.value.code == "niss.date"


def test_format_like_the_eid_card():
    assert format_niss("85073003328") == "85.07.30-033.28"


@given(st.integers(1900, 2025), st.integers(1, 12), st.integers(1, 28), st.integers(1, 997))
def test_every_generated_number_round_trips(year, month, day, serial):
    nine = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    niss = make(nine, year >= 2000)
    info = parse_niss(niss)
    assert info.birth_date == date(year, month, day)


@given(st.text(max_size=30))
def test_any_text_is_either_valid_or_refused_cleanly(text):
    try:
        parse_niss(text)
    except NissInvalid:
        pass

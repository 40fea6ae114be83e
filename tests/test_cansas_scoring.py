"""CANSAS scoring as the instrument defines it, on hand-computed cases."""

from __future__ import annotations

from datetime import date

from app.models.cansas import (
    Change,
    agree,
    change,
    date_errors,
    rating_errors,
    same_period,
    score,
)
from app.models.instruments import cansas_core_domains, cansas_extra_domains

CORE = [d.id for d in cansas_core_domains()]
NL25 = [d.id for d in cansas_extra_domains("nl_25")]


def triples(values, extra=()):
    return [(d, True, v) for d, v in zip(CORE, values)] + [(d, False, v) for d, v in zip(NL25, extra)]


def test_there_are_22_core_domains_and_three_dutch_additions():
    assert len(CORE) == 22 and len(set(CORE)) == 22
    assert NL25 == ["paid_work", "medication_side_effects", "meaning_in_life"]


def test_hand_computed_case_counts_met_unmet_total_and_unknown_apart():
    # 5 × 0, 6 × 1, 4 × 2, 7 × 9 = 22 domains
    values = [0] * 5 + [1] * 6 + [2] * 4 + [9] * 7
    s = score(triples(values))
    assert (s.core.no_need, s.core.met, s.core.unmet, s.core.unknown) == (5, 6, 4, 7)
    assert s.core.total == 10            # met + unmet; the seven unknowns are not needs
    assert s.unmet_domains == tuple(CORE[11:15])
    assert s.met_domains == tuple(CORE[5:11])
    assert s.complete


def test_all_unknown_gives_zero_needs_and_22_unknowns():
    s = score(triples([9] * 22))
    assert s.core.total == 0 and s.core.unknown == 22


def test_extremes_are_zero_and_22():
    assert score(triples([0] * 22)).core.total == 0
    assert score(triples([2] * 22)).core.unmet == 22
    assert score(triples([1] * 11 + [2] * 11)).core.total == 22


def test_extra_domains_never_enter_the_core_counts():
    s = score(triples([0] * 21 + [2], extra=[2, 9, 1]))
    assert (s.core.met, s.core.unmet, s.core.unknown, s.core.total) == (0, 1, 0, 1)
    assert (s.extra.met, s.extra.unmet, s.extra.unknown) == (1, 1, 1)
    assert s.unmet_domains == ("benefits",)
    assert s.extra_unmet_domains == ("paid_work",)
    assert s.unknown_domains == ("medication_side_effects",)


def test_unrated_domains_make_the_assessment_incomplete():
    s = score(triples([0] * 20 + [None, None]))
    assert not s.complete and s.core.unrated == 2 and s.core.total == 0


def test_rating_values_outside_the_scale_are_refused():
    known = set(CORE)
    for bad in (5, 3, -1, 10, "2", 2.0, True):
        errors = rating_errors("food", bad, "", known)
        assert [e.code for e in errors] == ["cansas.rating_invalid"], bad
    for good in (0, 1, 2, 9, None):
        assert rating_errors("food", good, "", known) == []
    assert [e.code for e in rating_errors("made_up", 1, "", known)] == ["cansas.domain_unknown"]
    assert [e.code for e in rating_errors("food", 1, "x" * 2001, known)] == ["text.too_long"]


def test_future_and_absurd_dates_are_refused():
    today = date(2026, 11, 26)
    assert date_errors(date(2026, 11, 26), today) == []
    assert [e.code for e in date_errors(date(2026, 11, 27), today)] == ["date.future"]
    assert [e.code for e in date_errors(date(1899, 1, 1), today)] == ["cansas.date_too_old"]
    assert [e.code for e in date_errors("2026-01-01", today)] == ["date.format"]


def test_change_direction_reads_need_levels_and_refuses_to_guess_with_unknowns():
    assert change(2, 1) is Change.BETTER and change(1, 0) is Change.BETTER
    assert change(0, 2) is Change.WORSE and change(1, 2) is Change.WORSE
    assert change(2, 2) is Change.SAME and change(9, 9) is Change.SAME
    assert change(9, 2) is Change.UNKNOWN and change(0, 9) is Change.UNKNOWN
    assert change(None, 1, in_before=False) is Change.ADDED
    assert change(1, None, in_after=False) is Change.REMOVED


def test_agreement_ignores_unknowns():
    assert agree(2, 2) is True and agree(2, 1) is False
    assert agree(9, 2) is None and agree(2, None) is None


def test_same_period_is_a_month():
    assert same_period(date(2026, 1, 1), date(2026, 2, 1))
    assert not same_period(date(2026, 1, 1), date(2026, 2, 2))

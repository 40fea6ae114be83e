"""Network measures and layout on small networks computed by hand."""

from __future__ import annotations

import pytest

from app.models.network import MemberData, validate_member_fields
from app.models.network_layout import (
    LARGE_NETWORK,
    OUTER_RADIUS,
    RING_RADIUS,
    circle_at,
    default_positions,
    groups,
    polar,
    positions,
    sector_at,
)
from app.models.network_measures import (
    compare,
    components,
    density,
    ego_betweenness,
    measure,
)


def m(id, category="friend", circle="middle", supports=(), label=None, quality="supportive", x=None, y=None):
    return MemberData(id=id, label=label or f"member {id}", category=category, circle=circle,
                      supports=tuple(supports), quality=quality, x=x, y=y)


def test_density_is_ties_over_possible_pairs():
    assert density(4, 3) == pytest.approx(3 / 6)
    assert density(5, 10) == 1.0
    assert density(1, 0) is None
    assert density(0, 0) is None


def test_components_and_isolated_members():
    # 1-2-3 chained, 4-5 tied, 6 alone: three components, one isolated member.
    members = [m(i) for i in range(1, 7)]
    ties = [(1, 2), (3, 2), (4, 5)]
    assert components([1, 2, 3, 4, 5, 6], ties) == [{1, 2, 3}, {4, 5}, {6}]
    result = measure(members, ties)
    assert result.components == 3
    assert result.isolated == (6,)
    assert result.ties == 3
    assert result.density == pytest.approx(3 / 15)


def test_ego_betweenness_star_is_number_of_pairs():
    # No ties among 4 alters: ego is the only path for all 6 pairs.
    assert ego_betweenness([1, 2, 3, 4], []) == 6.0


def test_ego_betweenness_complete_network_is_zero():
    assert ego_betweenness([1, 2, 3], [(1, 2), (2, 3), (1, 3)]) == 0.0


def test_ego_betweenness_shares_credit_with_other_brokers():
    # Alters 1,2,3 with ties 1-2 and 2-3. Pairs not tied: (1,3) only.
    # 2-paths between 1 and 3: via ego and via 2, so ego gets 1/2.
    assert ego_betweenness([1, 2, 3], [(1, 2), (2, 3)]) == pytest.approx(0.5)
    # Add an isolated alter 4: pairs (1,4), (2,4), (3,4) go only through ego: 0.5 + 3.
    assert ego_betweenness([1, 2, 3, 4], [(1, 2), (2, 3)]) == pytest.approx(3.5)


def test_ego_betweenness_two_shared_neighbours():
    # 1 and 2 both tied to 3 and 4, not to each other; 3-4 tied. Non-adjacent pairs: (1,2) -> 1/(1+2).
    ties = [(1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]
    assert ego_betweenness([1, 2, 3, 4], ties) == pytest.approx(1 / 3)


def test_duplicate_and_self_ties_are_ignored():
    result = measure([m(1), m(2)], [(1, 2), (2, 1), (1, 1), (1, 99)])
    assert result.ties == 1
    assert result.density == 1.0


def test_sector_counts_professional_share_and_supports():
    members = [
        m(1, "family", "close", ["emotional", "practical"]),
        m(2, "partner", "close", ["emotional"]),
        m(3, "neighbour", "outer", ["practical"]),
        m(4, "professional", "middle", ["informational", "emotional"]),
        m(5, "service", "outer", ["practical"]),
    ]
    result = measure(members, [])
    assert dict(result.per_sector) == {"family": 2, "friends": 1, "peers": 0, "professionals": 2}
    assert result.professional_share == pytest.approx(2 / 5)
    assert result.supports("emotional") == 3
    assert result.supports("practical") == 3
    assert result.supports("financial") == 0
    assert result.close_informal == 2
    assert result.informal == 3
    assert not result.isolation_signal


def test_isolation_signal_without_close_informal_member():
    # Only professionals close; a neighbour far away who gives emotional support.
    members = [m(1, "professional", "close", ["emotional"]), m(2, "neighbour", "outer", ["emotional"])]
    result = measure(members, [])
    assert result.isolation_signal
    assert result.isolation_reasons == ("no_close_informal",)


def test_isolation_signal_without_emotional_support():
    members = [m(1, "family", "close", ["practical"]), m(2, "friend", "middle", ["company"])]
    assert measure(members, []).isolation_reasons == ("no_emotional_support",)


def test_empty_network_raises_both_signals():
    result = measure([], [])
    assert result.size == 0 and result.professional_share == 0.0 and result.density is None
    assert set(result.isolation_reasons) == {"no_close_informal", "no_emotional_support"}


def test_compare_snapshots_matches_members_by_label_and_category():
    before = [m(1, "family", "middle", label="Sœur"), m(2, "friend", label="Marc"), m(3, "service", label="CPAS")]
    after = [m(11, "family", "close", ["emotional"], label="soeur"), m(13, "service", label="CPAS"),
             m(14, "peer", label="Groupe d'entraide")]
    result = compare(before, measure(before, []), after, measure(after, []))
    assert result.joined == ("Groupe d'entraide",)
    assert result.left == ("Marc",)
    assert {(c.field, c.before, c.after) for c in result.changes} == {("circle", "middle", "close"),
                                                                      ("supports", "", "emotional")}
    deltas = {name: (a, b) for name, a, b in result.deltas}
    assert deltas["close_informal"] == (0, 1)
    assert "size" not in deltas   # 3 and 3


def test_default_positions_fall_in_their_sector_and_circle():
    members = [m(i, cat, circ) for i, (cat, circ) in enumerate(
        [(c, r) for c in ("family", "friend", "peer", "professional") for r in ("close", "middle", "outer")] * 3)]
    placed = default_positions(members)
    assert set(placed) == {x.id for x in members}
    for member in members:
        x, y = placed[member.id]
        assert circle_at(x, y).value == member.circle
        assert sector_at(x, y) == member.sector


def test_positions_keep_saved_ones():
    members = [m(1, x=12.5, y=-80.0), m(2)]
    placed = positions(members)
    assert placed[1] == (12.5, -80.0)
    assert 2 in placed


def test_default_positions_spread_large_cells_without_stacking():
    members = [m(i, "friend", "outer") for i in range(30)]
    placed = default_positions(members)
    points = list(placed.values())
    assert len(set((round(x, 3), round(y, 3)) for x, y in points)) == 30
    assert all(polar(x, y)[0] <= OUTER_RADIUS for x, y in points)
    assert all(polar(x, y)[0] > RING_RADIUS["middle"] for x, y in points)


def test_groups_cover_every_member_once():
    members = [m(i, ("family", "friend", "peer", "service")[i % 4], ("close", "middle", "outer")[i % 3])
               for i in range(LARGE_NETWORK)]
    cells = groups(members)
    assert sum(g.count for g in cells) == LARGE_NETWORK
    assert len(cells) == 12


def test_member_validation_requires_label_and_category():
    _, errors = validate_member_fields({"label": "  ", "category": ""})
    assert {(e.field, e.code) for e in errors} == {("label", "network.label_required"),
                                                   ("category", "network.category_required")}
    clean, errors = validate_member_fields({"label": "Tante <b>Zoé</b>", "category": "family",
                                            "supports": ["company", "emotional", "company"]})
    assert not errors
    assert clean["supports"] == ["emotional", "company"]
    assert clean["circle"] == "middle"
    _, errors = validate_member_fields({"label": "x", "category": "family", "circle": "inner"})
    assert [(e.field, e.code) for e in errors] == [("circle", "choice.invalid")]
    _, errors = validate_member_fields({"label": "x", "category": "friend", "partner_id": 3})
    assert [(e.field, e.code) for e in errors] == [("partner_id", "network.partner_informal")]

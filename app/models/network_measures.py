"""Measures of one network snapshot and the changes between two, over plain data.

Ties are between members only; the person (ego) is tied to every member by definition.
- density: ties / (n(n-1)/2) among the n members (None below two members);
- components: connected groups of members (an isolated member is a component of its own);
- isolated members: members with no tie to another member;
- ego-betweenness (Everett & Borgatti 2005): over every pair of members not tied to each
  other, add 1 / (number of 2-paths between them), the 2-paths going through the person or
  through a member tied to both. It says how much the person bridges otherwise separate people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from app.models.network import SECTOR_OF, Circle, MemberData, Sector, Support


@dataclass(frozen=True)
class NetworkMeasures:
    size: int
    per_sector: tuple[tuple[str, int], ...]          # (sector, members) in sector order
    professional_share: float                       # 0..1; 0 for an empty network
    support_counts: tuple[tuple[str, int], ...]      # (support type, members giving it)
    informal: int
    close_informal: int
    ties: int
    density: float | None
    components: int
    isolated: tuple[int, ...]                        # member ids with no tie
    ego_betweenness: float
    isolation_reasons: tuple[str, ...]               # "no_close_informal", "no_emotional_support"

    @property
    def isolation_signal(self) -> bool:
        return bool(self.isolation_reasons)

    def supports(self, kind: str) -> int:
        return dict(self.support_counts).get(kind, 0)

    @property
    def emotional_support(self) -> int:
        return self.supports(Support.EMOTIONAL.value)


def normalise_ties(ties: Iterable[tuple[int, int]], member_ids: Iterable[int]) -> set[tuple[int, int]]:
    """Ties as ordered pairs between known, distinct members; duplicates collapse."""
    known = set(member_ids)
    return {(min(a, b), max(a, b)) for a, b in ties if a != b and a in known and b in known}


def density(n: int, ties: int) -> float | None:
    return None if n < 2 else ties / (n * (n - 1) / 2)


def components(member_ids: Sequence[int], ties: Iterable[tuple[int, int]]) -> list[set[int]]:
    """Connected components with union-find (path halving)."""
    parent = {m: m for m in member_ids}

    def find(m: int) -> int:
        while parent[m] != m:
            parent[m] = parent[parent[m]]
            m = parent[m]
        return m

    for a, b in ties:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, set[int]] = {}
    for m in member_ids:
        groups.setdefault(find(m), set()).add(m)
    return sorted(groups.values(), key=lambda g: (-len(g), min(g)))


def ego_betweenness(member_ids: Sequence[int], ties: Iterable[tuple[int, int]]) -> float:
    neighbours: dict[int, set[int]] = {m: set() for m in member_ids}
    for a, b in ties:
        neighbours[a].add(b)
        neighbours[b].add(a)
    total = 0.0
    for a, b in combinations(member_ids, 2):
        if b in neighbours[a]:
            continue
        total += 1.0 / (1 + len(neighbours[a] & neighbours[b]))   # through ego + through shared members
    return total


def isolation_reasons(close_informal: int, emotional_support: int) -> tuple[str, ...]:
    """The isolation signal: nobody informal in the close circle, or nobody giving emotional
    support. One rule for a single map and for the caseload dashboard's bulk count."""
    reasons = []
    if close_informal == 0:
        reasons.append("no_close_informal")
    if emotional_support == 0:
        reasons.append("no_emotional_support")
    return tuple(reasons)


def measure(members: Sequence[MemberData], ties: Iterable[tuple[int, int]]) -> NetworkMeasures:
    ids = [m.id for m in members]
    pairs = normalise_ties(ties, ids)
    per_sector = {s.value: 0 for s in Sector}
    for m in members:
        per_sector[SECTOR_OF[m.category].value] += 1
    supports = {s.value: sum(1 for m in members if s.value in m.supports) for s in Support}
    informal = [m for m in members if m.informal]
    close_informal = sum(1 for m in informal if m.circle == Circle.CLOSE.value)
    tied = {x for pair in pairs for x in pair}
    reasons = isolation_reasons(close_informal, supports[Support.EMOTIONAL.value])
    size = len(members)
    return NetworkMeasures(
        size=size,
        per_sector=tuple(per_sector.items()),
        professional_share=(size - len(informal)) / size if size else 0.0,
        support_counts=tuple(supports.items()),
        informal=len(informal),
        close_informal=close_informal,
        ties=len(pairs),
        density=density(size, len(pairs)),
        components=len(components(ids, pairs)),
        isolated=tuple(i for i in ids if i not in tied),
        ego_betweenness=ego_betweenness(ids, pairs),
        isolation_reasons=reasons,
    )


@dataclass(frozen=True)
class MemberChange:
    label: str
    category: str
    field: str              # "circle", "quality", "supports"
    before: str
    after: str


@dataclass(frozen=True)
class NetworkComparison:
    joined: tuple[str, ...]                   # labels new in the later snapshot
    left: tuple[str, ...]                     # labels no longer there
    changes: tuple[MemberChange, ...]
    deltas: tuple[tuple[str, float, float], ...]   # (measure, before, after) for the measures that changed


_COMPARED_MEASURES = ("size", "informal", "close_informal", "emotional_support", "professional_share",
                      "ties", "density", "components", "ego_betweenness")


def compare(before: Sequence[MemberData], before_measures: NetworkMeasures,
            after: Sequence[MemberData], after_measures: NetworkMeasures) -> NetworkComparison:
    """What changed between two snapshots; members are matched by label and category."""
    old = {m.key: m for m in before}
    new = {m.key: m for m in after}
    changes = []
    for key, member in new.items():
        previous = old.get(key)
        if previous is None:
            continue
        for field in ("circle", "quality"):
            if getattr(previous, field) != getattr(member, field):
                changes.append(MemberChange(member.label, member.category, field,
                                            getattr(previous, field), getattr(member, field)))
        if set(previous.supports) != set(member.supports):
            changes.append(MemberChange(member.label, member.category, "supports",
                                        ",".join(previous.supports), ",".join(member.supports)))
    deltas = []
    for name in _COMPARED_MEASURES:
        a, b = getattr(before_measures, name), getattr(after_measures, name)
        a, b = (a or 0.0), (b or 0.0)
        if abs(a - b) > 1e-9:
            deltas.append((name, float(a), float(b)))
    return NetworkComparison(
        joined=tuple(m.label for k, m in new.items() if k not in old),
        left=tuple(m.label for k, m in old.items() if k not in new),
        changes=tuple(changes),
        deltas=tuple(deltas),
    )

"""Geometry of the network circle, shared by the interactive sociogram and the PDF drawing.

Scene units, origin at the person (the centre), y pointing down as on screen. Three
concentric bands (close, middle, outer) and four quadrants, one per sector, as on Lensink's
network circle: family top left, friends and neighbours top right, peers and colleagues
bottom right, professionals and services bottom left. A member without a saved position is
placed in the middle of its sector and band, spread over as many rows as it takes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.network import SECTOR_OF, Category, Circle, MemberData, Sector

CENTRE_RADIUS = 30.0
RING_RADIUS = {Circle.CLOSE: 130.0, Circle.MIDDLE: 230.0, Circle.OUTER: 330.0}
CIRCLES = (Circle.CLOSE, Circle.MIDDLE, Circle.OUTER)
SECTORS = (Sector.FAMILY, Sector.FRIENDS, Sector.PEERS, Sector.PROFESSIONALS)
OUTER_RADIUS = RING_RADIUS[Circle.OUTER]
# Beyond this a member dropped outside the circle is pulled back onto its edge.
SCENE_LIMIT = OUTER_RADIUS + 20.0
# From this many members the drawing groups or shrinks so it stays legible.
LARGE_NETWORK = 80

# Angles in degrees, counter-clockwise from "east", as on a clock face seen by the reader.
SECTOR_SPAN: dict[Sector, tuple[float, float]] = {
    Sector.FRIENDS: (0.0, 90.0),
    Sector.FAMILY: (90.0, 180.0),
    Sector.PROFESSIONALS: (180.0, 270.0),
    Sector.PEERS: (270.0, 360.0),
}
_CATEGORY_ORDER = {c.value: i for i, c in enumerate(Category)}
_ANGLE_MARGIN = 7.0       # degrees kept free along the sector lines
_BAND_MARGIN = 16.0       # scene units kept free along the rings
MIN_SPACING = 40.0        # wanted distance between neighbours on a row
COMPACT_SPACING = 24.0    # the same for a large network, drawn with smaller markers
MAX_ROWS = 4
COMPACT_MAX_ROWS = 6


def band(circle: str) -> tuple[float, float]:
    index = CIRCLES.index(Circle(circle))
    inner = CENTRE_RADIUS if index == 0 else RING_RADIUS[CIRCLES[index - 1]]
    return inner, RING_RADIUS[CIRCLES[index]]


def polar(x: float, y: float) -> tuple[float, float]:
    """(radius, angle in degrees 0..360) of a scene point; y down, so the angle flips."""
    return math.hypot(x, y), math.degrees(math.atan2(-y, x)) % 360.0


def point(radius: float, angle_deg: float) -> tuple[float, float]:
    a = math.radians(angle_deg)
    return radius * math.cos(a), -radius * math.sin(a)


def circle_at(x: float, y: float) -> Circle:
    """The closeness band a scene point falls in; outside the circle counts as outer."""
    radius, _ = polar(x, y)
    for circle in CIRCLES:
        if radius <= RING_RADIUS[circle]:
            return circle
    return Circle.OUTER


def sector_at(x: float, y: float) -> Sector:
    _, angle = polar(x, y)
    for sector, (start, end) in SECTOR_SPAN.items():
        if start <= angle < end:
            return sector
    return Sector.PEERS


def clamp(x: float, y: float) -> tuple[float, float]:
    """Keep a dropped member inside the drawing (and out of the centre disc)."""
    radius, angle = polar(x, y)
    if radius > SCENE_LIMIT:
        return point(SCENE_LIMIT, angle)
    if radius < CENTRE_RADIUS + 8:
        return point(CENTRE_RADIUS + 8, angle if radius else 45.0)
    return x, y


def sector_label_anchor(sector: Sector, radius: float = OUTER_RADIUS + 12) -> tuple[float, float]:
    start, end = SECTOR_SPAN[sector]
    return point(radius, (start + end) / 2)


def _rows_for(count: int, inner: float, outer: float, span_deg: float,
              compact: bool) -> list[tuple[float, int]]:
    """Radii of the rows used for `count` members in one cell, and how many go on each."""
    lo, hi = inner + _BAND_MARGIN, outer - _BAND_MARGIN
    spacing, max_rows = (COMPACT_SPACING, COMPACT_MAX_ROWS) if compact else (MIN_SPACING, MAX_ROWS)
    for rows in range(1, max_rows + 1):
        radii = [(lo + hi) / 2] if rows == 1 else [lo + (hi - lo) * i / (rows - 1) for i in range(rows)]
        capacity = [max(1, int(r * math.radians(span_deg) / spacing)) for r in radii]
        if sum(capacity) >= count or rows == max_rows:
            break
    # Share members out in proportion to each row's length.
    total = sum(capacity)
    counts = [count * c // total for c in capacity]
    for i in sorted(range(len(radii)), key=lambda i: -radii[i])[: count - sum(counts)]:
        counts[i] += 1
    return [(r, n) for r, n in zip(radii, counts, strict=True) if n]


def default_positions(members: Sequence[MemberData], compact: bool = False) -> dict[int, tuple[float, float]]:
    """Spread positions for the given members, cell by cell (sector x circle). `compact`: a
    large network drawn with small markers, so rows may be tighter and more numerous."""
    cells: dict[tuple[Sector, str], list[MemberData]] = {}
    for member in members:
        cells.setdefault((SECTOR_OF[member.category], member.circle), []).append(member)
    placed: dict[int, tuple[float, float]] = {}
    for (sector, circle), group in cells.items():
        group.sort(key=lambda m: (_CATEGORY_ORDER.get(m.category, 99), m.key[0], m.id))
        start, end = SECTOR_SPAN[sector]
        start, end = start + _ANGLE_MARGIN, end - _ANGLE_MARGIN
        inner, outer = band(circle)
        queue = iter(group)
        for row, (radius, count) in enumerate(_rows_for(len(group), inner, outer, end - start, compact)):
            step = (end - start) / count
            # Alternate rows start half a step apart so labels do not stack in columns.
            offset = 0.5 if row % 2 == 0 else (0.25 if count > 1 else 0.5)
            for i in range(count):
                placed[next(queue).id] = point(radius, start + (i + offset) * step)
    return placed


def positions(members: Sequence[MemberData]) -> dict[int, tuple[float, float]]:
    """Each member's saved position, or a default one when it has none."""
    result = {m.id: (m.x, m.y) for m in members if m.x is not None and m.y is not None}
    result.update(default_positions([m for m in members if m.id not in result], len(members) >= LARGE_NETWORK))
    return result


@dataclass(frozen=True)
class Group:
    """Members of one sector and circle drawn as a single count bubble (large networks)."""

    sector: Sector
    circle: Circle
    member_ids: tuple[int, ...]
    by_category: tuple[tuple[str, int], ...]
    x: float
    y: float

    @property
    def count(self) -> int:
        return len(self.member_ids)


def groups(members: Sequence[MemberData]) -> list[Group]:
    """One bubble per non-empty sector x circle cell, in the middle of the cell."""
    result = []
    for sector in SECTORS:
        start, end = SECTOR_SPAN[sector]
        for circle in CIRCLES:
            cell = [m for m in members if SECTOR_OF[m.category] == sector and m.circle == circle]
            if not cell:
                continue
            counts: dict[str, int] = {}
            for m in cell:
                counts[m.category] = counts.get(m.category, 0) + 1
            inner, outer = band(circle)
            x, y = point((inner + outer) / 2, (start + end) / 2)
            ordered = tuple(sorted(counts.items(), key=lambda kv: _CATEGORY_ORDER.get(kv[0], 99)))
            result.append(Group(sector, circle, tuple(m.id for m in cell), ordered, x, y))
    return result


# -- how each member is drawn, on screen and on paper ------------------------------------------
# Shapes tell the categories apart in black and white; outline points are for a marker of
# radius 1, y down. "circle" and "double_circle" are drawn as circles.
_HEXAGON = tuple((math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 60))
MARKERS: dict[str, tuple[str, tuple[tuple[float, float], ...]]] = {
    Category.FAMILY: ("circle", ()),
    Category.PARTNER: ("double_circle", ()),
    Category.FRIEND: ("polygon", ((-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85))),
    Category.NEIGHBOUR: ("polygon", ((0.0, -1.15), (1.15, 0.0), (0.0, 1.15), (-1.15, 0.0))),
    Category.PEER: ("polygon", ((0.0, -1.2), (1.05, 0.75), (-1.05, 0.75))),
    Category.COLLEAGUE: ("polygon", ((0.0, 1.2), (1.05, -0.75), (-1.05, -0.75))),
    Category.PROFESSIONAL: ("polygon", _HEXAGON),
    Category.SERVICE: ("polygon", ((-1.3, -0.7), (1.3, -0.7), (1.3, 0.7), (-1.3, 0.7))),
}
# Light fills per sector: a hint of colour on screen, distinct light greys on paper.
SECTOR_FILL: dict[Sector, str] = {
    Sector.FAMILY: "#f4d6c6", Sector.FRIENDS: "#d3ead0", Sector.PEERS: "#d6e0f3", Sector.PROFESSIONALS: "#e4e4e4",
}
# Line style of the relation between the person and a member, in multiples of the line width
# (None: solid). Ties between members are always thin solid lines.
QUALITY_DASH: dict[str, tuple[float, ...] | None] = {
    "supportive": None, "ambivalent": (5.0, 3.0), "conflictual": (1.0, 2.0),
}
QUALITY_WIDTH: dict[str, float] = {"supportive": 1.0, "ambivalent": 1.0, "conflictual": 1.6}


def marker_half_width(category: str) -> float:
    """How far a marker of radius 1 reaches sideways: labels start beyond it."""
    kind, outline = MARKERS[category]
    return max((abs(dx) for dx, _ in outline), default=1.0) if kind == "polygon" else 1.0

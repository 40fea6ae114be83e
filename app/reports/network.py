"""The network map document, and the sociogram as a vector drawing the bilan can embed.

The drawing follows app.models.network_layout, as the interactive sociogram does, so paper
and screen agree. It must read in black and white: categories by shape, the relation with
the person by line dash, ties between members as thin solid lines, a legend underneath.
From LARGE_NETWORK members on, members are grouped into one count bubble per sector and
circle; the table lists everyone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle as RlCircle
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from app.models.network import Category, MemberData, Sector, Support
from app.models.network_layout import (
    CENTRE_RADIUS,
    CIRCLES,
    LARGE_NETWORK,
    MARKERS,
    OUTER_RADIUS,
    QUALITY_DASH,
    QUALITY_WIDTH,
    RING_RADIUS,
    SECTOR_FILL,
    SECTOR_SPAN,
    SECTORS,
    groups,
    marker_half_width,
    point,
    positions,
)
from app.models.network_measures import (
    normalise_ties,
)
from app.reports.base import DocumentRenderer, Letterhead
from app.reports.fonts import BOLD, FAMILY, register_fonts
from app.reports.labels import Labels, short_date
from app.reports.network_data import NetworkReportData
from app.reports.text import clean

INK = colors.HexColor("#1f2933")
GREY = colors.HexColor("#7b8794")
LIGHT = colors.HexColor("#c4cdd5")
LEGEND_HEIGHT = 56.0
MARKER = 4.6                 # marker radius in points
LABEL_SIZE = 6.2
LABEL_CHARS = 22


def _short(text: str, limit: int) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def marker(category: str, cx: float, cy: float, r: float, fill=None) -> Group:
    """The category's shape centred on (cx, cy) in drawing coordinates (y up)."""
    kind, outline = MARKERS[category]
    fill = fill if fill is not None else colors.white
    group = Group()
    if kind in ("circle", "double_circle"):
        group.add(RlCircle(cx, cy, r, fillColor=fill, strokeColor=INK, strokeWidth=0.8))
        if kind == "double_circle":
            group.add(RlCircle(cx, cy, r * 0.5, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
    else:
        pts: list[float] = []
        for dx, dy in outline:
            pts += [cx + dx * r, cy - dy * r]
        group.add(Polygon(pts, fillColor=fill, strokeColor=INK, strokeWidth=0.8))
    return group


def _dashed_line(x1, y1, x2, y2, quality: str, width: float, color) -> Line:
    line = Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=width * QUALITY_WIDTH.get(quality, 1.0))
    dash = QUALITY_DASH.get(quality)
    if dash:
        line.strokeDashArray = [d * 1.4 for d in dash]
    if quality == "conflictual":
        line.strokeLineCap = 1
    return line


def network_drawing(data, width: float, height: float, lang: str = "fr", centre_label: str = "") -> Drawing:
    """The sociogram of `data` (anything with .members and .ties) as a Drawing of the given size,
    legend included. `centre_label` is printed in the centre (the person)."""
    register_fonts()
    labels = Labels("network", lang)
    members: Sequence[MemberData] = tuple(data.members)
    drawing = Drawing(width, height)
    # renderPDF starts from Helvetica unless told otherwise, and Helvetica is not embedded.
    drawing.initialFontName = FAMILY
    side = min(width, height - LEGEND_HEIGHT)
    cx, cy = width / 2, LEGEND_HEIGHT + side / 2
    scale = (side / 2) / (OUTER_RADIUS + 26)

    def to_page(x: float, y: float) -> tuple[float, float]:
        return cx + x * scale, cy - y * scale

    _draw_frame(drawing, labels, cx, cy, scale)
    large = len(members) >= LARGE_NETWORK
    if large:
        _draw_groups(drawing, labels, members, data.ties, to_page, scale)
    else:
        _draw_members(drawing, members, data.ties, to_page)
    drawing.add(RlCircle(cx, cy, CENTRE_RADIUS * scale, fillColor=INK, strokeColor=INK))
    if centre_label:
        _draw_centre_label(drawing, centre_label, cx, cy, CENTRE_RADIUS * scale * 1.8)
    _draw_legend(drawing, labels, width, len(members) if large else None)
    return drawing


def _draw_centre_label(drawing: Drawing, text: str, cx: float, cy: float, room: float) -> None:
    """The person's name inside the centre disc: smaller type first, then shortened."""
    text = _short(text, 40)
    size = 6.5
    while size > 4.5 and stringWidth(text, BOLD, size) > room:
        size -= 0.5
    while len(text) > 3 and stringWidth(text, BOLD, size) > room:
        text = text[:-2] + "…"
    drawing.add(String(cx, cy - size / 3, text, fontName=BOLD, fontSize=size, fillColor=colors.white,
                       textAnchor="middle"))


def _draw_frame(drawing: Drawing, labels: Labels, cx: float, cy: float, scale: float) -> None:
    for sector in SECTORS:   # a light wash per sector inside the outer ring
        start, end = SECTOR_SPAN[sector]
        pts = [cx, cy]
        for step in range(0, 19):
            a = math.radians(start + (end - start) * step / 18)
            pts += [cx + OUTER_RADIUS * scale * math.cos(a), cy + OUTER_RADIUS * scale * math.sin(a)]
        wash = colors.HexColor(SECTOR_FILL[sector])
        drawing.add(Polygon(pts, fillColor=colors.Color(wash.red, wash.green, wash.blue, alpha=0.35),
                            strokeColor=None, strokeWidth=0))
    for circle in CIRCLES:
        drawing.add(RlCircle(cx, cy, RING_RADIUS[circle] * scale, fillColor=None, strokeColor=GREY,
                             strokeWidth=1.1 if circle == CIRCLES[0] else 0.7))
    for angle in (0, 90, 180, 270):   # the sector lines
        x0, y0 = point(CENTRE_RADIUS, angle)
        x1, y1 = point(OUTER_RADIUS, angle)
        drawing.add(Line(cx + x0 * scale, cy - y0 * scale, cx + x1 * scale, cy - y1 * scale,
                         strokeColor=GREY, strokeWidth=0.6, strokeDashArray=[2, 2]))
    inner = CENTRE_RADIUS
    for circle in CIRCLES:   # ring names on the horizontal axis, right of the centre
        mid = (inner + RING_RADIUS[circle]) / 2
        drawing.add(String(cx + mid * scale, cy + 2, labels[f"circle_{circle.value}"], fontName=FAMILY,
                           fontSize=5.8, fillColor=GREY, textAnchor="middle"))
        inner = RING_RADIUS[circle]
    for sector in SECTORS:
        start, end = SECTOR_SPAN[sector]
        mid = math.radians((start + end) / 2)
        radius = (OUTER_RADIUS + 10) * scale
        x, y = cx + radius * math.cos(mid), cy + radius * math.sin(mid)
        anchor = "start" if math.cos(mid) > 0 else "end"
        y += 0 if math.sin(mid) > 0 else -7
        drawing.add(String(x, y, labels[f"sector_{sector.value}"], fontName=BOLD, fontSize=7.5,
                           fillColor=INK, textAnchor=anchor))


def _draw_members(drawing: Drawing, members: Sequence[MemberData], ties, to_page) -> None:
    where = {mid: to_page(*xy) for mid, xy in positions(members).items()}
    ox, oy = to_page(0, 0)
    for m in members:   # the relation with the person, under everything else
        x, y = where[m.id]
        drawing.add(_dashed_line(ox, oy, x, y, m.quality, 0.7, GREY))
    for a, b in sorted(normalise_ties(ties, where)):
        drawing.add(Line(*where[a], *where[b], strokeColor=INK, strokeWidth=0.6))
    for m in members:
        x, y = where[m.id]
        drawing.add(marker(m.category, x, y, MARKER, colors.HexColor(SECTOR_FILL[m.sector])))
        if Support.EMOTIONAL.value in m.supports:   # a small heart-like dot: gives emotional support
            drawing.add(RlCircle(x + MARKER * 0.95, y + MARKER * 0.95, 1.4, fillColor=INK, strokeColor=None))
        right = x >= ox
        reach = MARKER * marker_half_width(m.category) + 2
        drawing.add(String(x + reach * (1 if right else -1), y - 2.2, _short(m.label, LABEL_CHARS),
                           fontName=FAMILY, fontSize=LABEL_SIZE, fillColor=INK,
                           textAnchor="start" if right else "end"))


def _draw_groups(drawing: Drawing, labels: Labels, members: Sequence[MemberData], ties, to_page,
                 scale: float) -> None:
    cells = groups(members)
    cell_of = {mid: i for i, g in enumerate(cells) for mid in g.member_ids}
    between: dict[tuple[int, int], int] = {}
    for a, b in normalise_ties(ties, cell_of):
        ga, gb = sorted((cell_of[a], cell_of[b]))
        if ga != gb:
            between[(ga, gb)] = between.get((ga, gb), 0) + 1
    for (ga, gb), count in sorted(between.items()):
        drawing.add(Line(*to_page(cells[ga].x, cells[ga].y), *to_page(cells[gb].x, cells[gb].y),
                         strokeColor=GREY, strokeWidth=min(0.4 + 0.25 * count, 3.0)))
    for g in cells:
        x, y = to_page(g.x, g.y)
        r = min(8 + 2.2 * math.sqrt(g.count), 24)
        drawing.add(RlCircle(x, y, r, fillColor=colors.HexColor(SECTOR_FILL[g.sector]), strokeColor=INK,
                             strokeWidth=0.8))
        drawing.add(String(x, y - 3, str(g.count), fontName=BOLD, fontSize=9, fillColor=INK, textAnchor="middle"))
        # Category shapes with their counts, under the bubble.
        items = g.by_category
        total_w = len(items) * 20
        left = x - total_w / 2 + 5
        for i, (category, count) in enumerate(items):
            mx = left + i * 20
            drawing.add(marker(category, mx, y - r - 6, 2.8))
            drawing.add(String(mx + 4, y - r - 8, str(count), fontName=FAMILY, fontSize=5.8, fillColor=INK))


def _draw_legend(drawing: Drawing, labels: Labels, width: float, grouped: int | None) -> None:
    y = LEGEND_HEIGHT - 10
    step = width / 4
    for index, category in enumerate(Category):   # two rows of four, one column per sector
        x = (index // 2) * step
        row_y = y - (index % 2) * 11
        drawing.add(marker(category.value, x + 5, row_y + 2, 3.6))
        drawing.add(String(x + 12, row_y, _short(labels[f"category_{category.value}"], 28), fontName=FAMILY,
                           fontSize=6.2, fillColor=INK))
    y -= 24
    drawing.add(String(0, y, labels["legend_relation"], fontName=BOLD, fontSize=6.2, fillColor=INK))
    x = width * 0.24
    for quality in ("supportive", "ambivalent", "conflictual"):
        drawing.add(_dashed_line(x, y + 2, x + 22, y + 2, quality, 1.0, INK))
        drawing.add(String(x + 26, y, labels[f"quality_{quality}"], fontName=FAMILY, fontSize=6.2, fillColor=INK))
        x += width * 0.16
    drawing.add(Line(x, y + 2, x + 22, y + 2, strokeColor=INK, strokeWidth=0.6))
    drawing.add(String(x + 26, y, labels["legend_tie"], fontName=FAMILY, fontSize=6.2, fillColor=INK))
    y -= 12
    if grouped is not None:
        drawing.add(String(0, y, labels.get("legend_grouped", count=grouped), fontName=FAMILY, fontSize=6.2,
                           fillColor=INK))
    else:
        drawing.add(RlCircle(3, y + 2, 1.4, fillColor=INK, strokeColor=None))
        drawing.add(String(8, y, labels["m_emotional_support"], fontName=FAMILY, fontSize=6.2, fillColor=INK))


class NetworkMapReport(DocumentRenderer):
    label_file = "network"

    def __init__(self, lang: str, data: NetworkReportData, consent=None, letterhead: Letterhead | None = None,
                 today: date | None = None) -> None:
        super().__init__(lang, letterhead, today=today)
        self.title = self.labels["title"]
        self.data = data
        self.consent = consent

    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super()._stylesheet()
        # keepWithNext would push a whole long table to the next page; CondPageBreak keeps
        # headings from being orphaned instead.
        styles["h1"].keepWithNext = False
        styles["cell_small"] = ParagraphStyle("cell_small", parent=styles["cell"], fontSize=7.6, leading=9.6)
        styles["signal"] = ParagraphStyle("signal", parent=styles["h2"], borderColor=INK, borderWidth=1,
                                          borderPadding=4, spaceBefore=4, spaceAfter=8, keepWithNext=False)
        return styles

    def story(self) -> list[Flowable]:
        return [*self.heading_section(), *self.signal_section(), *self.drawing_section(), *self.measures_section(),
                *self.members_section(), *self.changes_section(), *self.note_section()]

    # -- sections ----------------------------------------------------------------------------
    def heading_section(self) -> list[Flowable]:
        return [
            self.para(self.labels["title"], "title"),
            self.para(f"{self.common['person']}: {self.data.person_name}", "h2"),
            self.para(self.labels.get("drawn_on", date=short_date(self.data.drawn_on, self.lang)), "meta"),
            self.consent_paragraph(self.consent),
            self.spacer(2),
        ]

    def signal_section(self) -> list[Flowable]:
        if not self.data.measures.isolation_signal:
            return []
        reasons = "; ".join(self.labels[f"reason_{r}"] for r in self.data.measures.isolation_reasons)
        return [self.para(f"{self.labels['isolation_signal']}: {reasons}.", "signal")]

    def drawing_section(self) -> list[Flowable]:
        width = self.content_width
        return [network_drawing(self.data, width, width * 0.8 + LEGEND_HEIGHT, self.lang,
                                centre_label=self.data.person_name)]

    def measures_section(self) -> list[Flowable]:
        m = self.data.measures
        per_sector = ", ".join(f"{self.labels['sector_' + s]} {n}" for s, n in m.per_sector)
        supports = ", ".join(f"{self.labels['support_' + s]} {n}" for s, n in m.support_counts)
        pairs = [
            (self.labels["m_size"], m.size),
            (self.labels["m_per_sector"], per_sector),
            (self.labels["m_professional_share"], f"{round(m.professional_share * 100)} %"),
            (self.labels["m_informal"], m.informal),
            (self.labels["m_close_informal"], m.close_informal),
            (self.labels["m_supports"], supports),
            (self.labels["m_ties"], m.ties),
            (self.labels["m_density"], self.labels["none_value"] if m.density is None else f"{m.density:.2f}"),
            (self.labels["m_components"], m.components),
            (self.labels["m_isolated"], len(m.isolated)),
            (self.labels["m_ego_betweenness"], f"{m.ego_betweenness:.1f}"),
        ]
        return [KeepTogether([self.heading(self.labels["measures"]), self.key_values(pairs, key_width=70 * mm)])]

    def members_section(self) -> list[Flowable]:
        flow: list[Flowable] = [CondPageBreak(40 * mm), self.heading(self.labels["members"])]
        if not self.data.members:
            return flow + [self.para(self.labels["empty"])]
        degree: dict[int, int] = {m.id: 0 for m in self.data.members}
        for a, b in normalise_ties(self.data.ties, degree):
            degree[a] += 1
            degree[b] += 1
        order = {c: i for i, c in enumerate(["close", "middle", "outer"])}
        sector_order = {s: i for i, s in enumerate(SECTORS)}
        rows = []
        for m in sorted(self.data.members, key=lambda m: (sector_order[Sector(m.sector)], order.get(m.circle, 3),
                                                           m.key[0])):
            label = m.label
            if m.partner_name:
                label += "\n" + self.labels.get("partner_link", name=m.partner_name)
            rows.append([self.para(v, "cell_small") for v in (
                label, self.labels[f"category_{m.category}"], self.labels[f"circle_{m.circle}"],
                ", ".join(self.labels[f"support_{s}"] for s in m.supports) or self.labels["none_value"],
                self.labels[f"frequency_{m.frequency}"], self.labels[f"quality_{m.quality}"],
                self.labels[f"reciprocity_{m.reciprocity}"], degree[m.id])])
        header = [self.labels[k] for k in ("col_member", "col_category", "col_circle", "col_supports",
                                           "col_frequency", "col_quality", "col_reciprocity", "col_ties")]
        widths = [27 * mm, 24 * mm, 20 * mm, 25 * mm, 20 * mm, 20 * mm, 23 * mm, 11 * mm]
        return flow + [self.table(header, rows, widths)]

    def changes_section(self) -> list[Flowable]:
        comparison = self.data.comparison
        if comparison is None or self.data.previous_drawn_on is None:
            return []
        flow: list[Flowable] = [CondPageBreak(40 * mm), self.heading(
            self.labels.get("changes", date=short_date(self.data.previous_drawn_on, self.lang)))]
        pairs: list[tuple[str, object]] = []
        if comparison.joined:
            pairs.append((self.labels["joined"], ", ".join(comparison.joined)))
        if comparison.left:
            pairs.append((self.labels["left"], ", ".join(comparison.left)))
        lines = [f"{c.label}: {self._value(c.field, c.before)} → {self._value(c.field, c.after)}"
                 for c in comparison.changes]
        if lines:
            pairs.append((self.labels["changed"], "\n".join(lines)))
        for name, before, after in comparison.deltas:
            pairs.append((self.labels[f"m_{name}"], f"{self._number(name, before)} → {self._number(name, after)}"))
        return flow + ([self.key_values(pairs, key_width=70 * mm)] if pairs else [self.para(self.labels["no_changes"])])

    def note_section(self) -> list[Flowable]:
        if not self.data.note.strip():
            return []
        return [self.heading(self.labels["note"]), *self.long_text(self.data.note)]

    # -- wording ---------------------------------------------------------------------------
    def _value(self, field: str, value: str) -> str:
        if field == "supports":
            return ", ".join(self.labels[f"support_{s}"] for s in value.split(",") if s) or self.labels["none_value"]
        return self.labels[f"{field}_{value}"]

    @staticmethod
    def _number(name: str, value: float) -> str:
        if name == "professional_share":
            return f"{round(value * 100)} %"
        if name in ("density", "ego_betweenness"):
            return f"{value:.2f}"
        return str(int(value))

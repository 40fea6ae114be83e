"""The interactive sociogram: the person in the centre, three closeness rings, four sectors.

Members are drawn by category shape (app.models.network_layout.MARKERS, as in the PDF), the
relation with the person as a spoke whose dash tells its quality, ties between members as
thin solid lines. Drag a member to move it (dropping it in another ring changes its
closeness); double-click empty space to add a member, a member to edit it; Shift-drag from
one member to another (or drag in tie mode) records or removes a tie.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models.network import MemberData
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
    clamp,
    marker_half_width,
    point,
    positions,
)
from app.ui import style
from app.ui.network import labels

INK = QColor(style.MAP_INK)
GREY = QColor(style.MAP_GREY)
SELECTED = QColor(style.MAP_SELECTED)
MARGIN = 90.0
LEGEND_HEIGHT = 50.0


def marker_path(category: str, radius: float) -> QPainterPath:
    kind, outline = MARKERS[category]
    path = QPainterPath()
    if kind in ("circle", "double_circle"):
        path.addEllipse(QPointF(0, 0), radius, radius)
    else:
        path.addPolygon(QPolygonF([QPointF(dx * radius, dy * radius) for dx, dy in outline]))
        path.closeSubpath()
    return path


def quality_pen(quality: str, width: float, color: QColor) -> QPen:
    pen = QPen(color, width * QUALITY_WIDTH.get(quality, 1.0))
    pen.setCosmetic(True)
    dash = QUALITY_DASH.get(quality)
    if dash:
        pen.setDashPattern(list(dash))
    return pen


class MemberItem(QGraphicsItem):
    def __init__(self, member: MemberData, compact: bool, movable: bool) -> None:
        super().__init__()
        self.member = member
        self.compact = compact
        self.radius = 6.0 if compact else 9.0
        self.font = QFont()
        self.font.setPointSizeF(6.5 if compact else 8.5)
        limit = 14 if compact else 26
        self.text = member.label if len(member.label) <= limit else member.label[: limit - 1] + "…"
        self.path = marker_path(member.category, self.radius)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self._tooltip())
        self.setZValue(10)

    def _tooltip(self) -> str:
        m = self.member
        parts = [m.label, f"{labels.categories()[m.category]} · {labels.circles()[m.circle]}",
                 labels.qualities()[m.quality]]
        if m.supports:
            parts.append(", ".join(labels.supports()[s] for s in m.supports))
        if m.partner_name:
            parts.append(m.partner_name)
        return "\n".join(parts)

    def moved(self) -> None:
        """The label may switch sides when the member crosses the vertical axis."""
        self.prepareGeometryChange()

    def _label_on_right(self) -> bool:
        return self.pos().x() >= 0

    def _label_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font)
        width, height = metrics.horizontalAdvance(self.text), metrics.height()
        reach = self.radius * marker_half_width(self.member.category) + 4
        x = reach if self._label_on_right() else -reach - width
        return QRectF(x, -height / 2, width, height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        r = self.radius * 1.4 + 3
        return QRectF(-r, -r, 2 * r, 2 * r).united(self._label_rect().adjusted(-2, -2, 2, 2))

    def shape(self) -> QPainterPath:  # noqa: N802 - Qt API
        path = QPainterPath()
        path.addRect(self._label_rect())
        path.addEllipse(QPointF(0, 0), self.radius * 1.4, self.radius * 1.4)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if self.compact:   # no spokes in a large network: the outline's dash tells the quality
            pen = quality_pen(self.member.quality, 1.2, SELECTED if selected else INK)
            pen.setCosmetic(False)
            if selected:
                pen.setWidthF(2.4)
        else:
            pen = QPen(SELECTED if selected else INK, 2.4 if selected else 1.2)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(SECTOR_FILL[self.member.sector])))
        painter.drawPath(self.path)
        if MARKERS[self.member.category][0] == "double_circle":
            painter.setBrush(QBrush(INK))
            painter.drawEllipse(QPointF(0, 0), self.radius * 0.45, self.radius * 0.45)
        if "emotional" in self.member.supports:   # the same dot as on paper
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(INK))
            painter.drawEllipse(QPointF(self.radius * 0.95, -self.radius * 0.95), 2.2, 2.2)
        painter.setPen(QPen(SELECTED if selected else INK))
        painter.setFont(self.font)
        rect = self._label_rect()
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text)


class SociogramScene(QGraphicsScene):
    member_moved = Signal(int, float, float)
    add_requested = Signal(float, float)
    edit_requested = Signal(int)
    tie_requested = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tie_mode = False
        self.editable = True
        self.items_by_id: dict[int, MemberItem] = {}
        self._spokes: dict[int, QGraphicsLineItem] = {}
        self._ties: list[tuple[int, int, QGraphicsLineItem]] = []
        self._drag_tie: tuple[MemberItem, QGraphicsLineItem] | None = None
        self._press_positions: dict[int, QPointF] = {}
        limit = OUTER_RADIUS + MARGIN
        self.setSceneRect(QRectF(-limit - 60, -limit, 2 * limit + 120, limit + OUTER_RADIUS + 30 + LEGEND_HEIGHT))
        self.centre_label = ""

    # -- building ------------------------------------------------------------------------
    def show_network(self, members: tuple[MemberData, ...], ties: tuple[tuple[int, int], ...],
                     centre_label: str = "", editable: bool = True) -> None:
        self.clear()
        self.items_by_id, self._spokes, self._ties, self._drag_tie = {}, {}, [], None
        self.editable = editable
        self.centre_label = centre_label
        self._draw_background()
        compact = len(members) >= LARGE_NETWORK
        where = positions(members)
        for m in members:
            item = MemberItem(m, compact, editable)
            item.setPos(*where[m.id])
            self.addItem(item)
            self.items_by_id[m.id] = item
            if not compact:
                spoke = self.addLine(QLineF(), quality_pen(m.quality, 1.0, GREY))
                spoke.setZValue(1)
                self._spokes[m.id] = spoke
        for a, b in ties:
            if a in self.items_by_id and b in self.items_by_id:
                pen = QPen(INK, 1.0)
                pen.setCosmetic(True)
                line = self.addLine(QLineF(), pen)
                line.setZValue(2)
                self._ties.append((a, b, line))
        self.refresh_lines()

    def _draw_background(self) -> None:
        for sector in SECTORS:
            start, end = SECTOR_SPAN[sector]
            path = QPainterPath(QPointF(0, 0))
            rect = QRectF(-OUTER_RADIUS, -OUTER_RADIUS, 2 * OUTER_RADIUS, 2 * OUTER_RADIUS)
            path.arcTo(rect, start, end - start)
            path.closeSubpath()
            wash = QColor(SECTOR_FILL[sector])
            wash.setAlpha(style.MAP_WASH_ALPHA)
            item = QGraphicsPathItem(path)
            item.setBrush(QBrush(wash))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(-10)
            self.addItem(item)
        for circle in CIRCLES:
            r = RING_RADIUS[circle]
            ring = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
            pen = QPen(GREY, 1.6 if circle == CIRCLES[0] else 1.0)
            pen.setCosmetic(True)
            ring.setPen(pen)
            ring.setZValue(-9)
            self.addItem(ring)
        dash = QPen(GREY, 1.0, Qt.PenStyle.DashLine)
        dash.setCosmetic(True)
        for angle in (0, 90, 180, 270):
            axis = QLineF(QPointF(*point(CENTRE_RADIUS, angle)), QPointF(*point(OUTER_RADIUS, angle)))
            line = self.addLine(axis, dash)
            line.setZValue(-8)
        small = QFont()
        small.setPointSizeF(7.5)
        inner = CENTRE_RADIUS
        for circle in CIRCLES:
            text = QGraphicsSimpleTextItem(labels.circles()[circle.value])
            text.setFont(small)
            text.setBrush(QBrush(GREY))
            mid = (inner + RING_RADIUS[circle]) / 2
            text.setPos(mid - text.boundingRect().width() / 2, -text.boundingRect().height() - 1)
            text.setZValue(-7)
            self.addItem(text)
            inner = RING_RADIUS[circle]
        bold = QFont()
        bold.setPointSizeF(10)
        bold.setBold(True)
        for sector in SECTORS:
            start, end = SECTOR_SPAN[sector]
            mid = (start + end) / 2
            x, y = point(OUTER_RADIUS + 14, mid)
            text = QGraphicsSimpleTextItem(labels.sectors()[sector.value])
            text.setFont(bold)
            text.setBrush(QBrush(INK))
            rect = text.boundingRect()
            text.setPos(x if math.cos(math.radians(mid)) > 0 else x - rect.width(),
                        y - rect.height() if y < 0 else y)
            self.addItem(text)
        self._draw_legend()
        centre = QGraphicsEllipseItem(-CENTRE_RADIUS, -CENTRE_RADIUS, 2 * CENTRE_RADIUS, 2 * CENTRE_RADIUS)
        centre.setBrush(QBrush(INK))
        centre.setPen(QPen(INK))
        centre.setZValue(5)
        self.addItem(centre)
        if self.centre_label:
            name = QGraphicsSimpleTextItem(self.centre_label if len(self.centre_label) <= 12
                                           else self.centre_label[:11] + "…")
            font = QFont()
            font.setPointSizeF(7)
            font.setBold(True)
            name.setFont(font)
            name.setBrush(QBrush(QColor("white")))
            rect = name.boundingRect()
            scale = min(1.0, (CENTRE_RADIUS * 1.85) / max(rect.width(), 1))
            name.setScale(scale)
            name.setPos(-rect.width() * scale / 2, -rect.height() * scale / 2)
            name.setZValue(6)
            name.setToolTip(self.centre_label)
            self.addItem(name)

    def _draw_legend(self) -> None:
        """Category shapes and relation line styles under the circle, as on the printed map."""
        font = QFont()
        font.setPointSizeF(7.5)
        top = OUTER_RADIUS + 30
        width = 2 * (OUTER_RADIUS + MARGIN) + 120
        left = -width / 2 + 20
        step = (width - 40) / 8
        for i, (category, text) in enumerate(labels.categories().items()):
            x, y = left + i * step + 8, top + 8
            shape = QGraphicsPathItem(marker_path(category, 6.0))
            shape.setPos(x, y)
            shape.setPen(QPen(INK, 1.0))
            shape.setBrush(QBrush(QColor("white")))
            self.addItem(shape)
            if MARKERS[category][0] == "double_circle":
                dot = QGraphicsEllipseItem(x - 2.7, y - 2.7, 5.4, 5.4)
                dot.setBrush(QBrush(INK))
                self.addItem(dot)
            name = QGraphicsSimpleTextItem(text)
            name.setFont(font)
            name.setPos(x + 10, y - name.boundingRect().height() / 2)
            self.addItem(name)
        step = (width - 40) / 5
        entries = [(q, labels.qualities()[q]) for q in ("supportive", "ambivalent", "conflictual")]
        entries += [("tie", self.tr("know each other")), ("emotional", self.tr("gives emotional support"))]
        for i, (quality, text) in enumerate(entries):
            x, y = left + i * step, top + 30
            if quality == "emotional":
                dot = QGraphicsEllipseItem(x + 12, y - 2.5, 5, 5)
                dot.setBrush(QBrush(INK))
                self.addItem(dot)
                name = QGraphicsSimpleTextItem(text)
                name.setFont(font)
                name.setPos(x + 34, y - name.boundingRect().height() / 2)
                self.addItem(name)
                continue
            pen = QPen(INK, 1.2) if quality == "tie" else quality_pen(quality, 1.2, GREY)
            self.addLine(QLineF(x, y, x + 28, y), pen)
            name = QGraphicsSimpleTextItem(text)
            name.setFont(font)
            name.setPos(x + 34, y - name.boundingRect().height() / 2)
            self.addItem(name)

    def refresh_lines(self, member_id: int | None = None) -> None:
        for mid, spoke in self._spokes.items():
            if member_id is None or mid == member_id:
                item = self.items_by_id[mid]
                spoke.setLine(QLineF(QPointF(0, 0), item.pos()))
        for a, b, line in self._ties:
            if member_id is None or member_id in (a, b):
                line.setLine(QLineF(self.items_by_id[a].pos(), self.items_by_id[b].pos()))

    def select_member(self, member_id: int) -> None:
        self.clearSelection()
        item = self.items_by_id.get(member_id)
        if item:
            item.setSelected(True)

    # -- gestures ------------------------------------------------------------------------
    def _member_at(self, pos: QPointF, exclude: MemberItem | None = None) -> MemberItem | None:
        for item in self.items(pos):
            if isinstance(item, MemberItem) and item is not exclude:
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        linking = self.tie_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        item = self._member_at(event.scenePos())
        if self.editable and linking and item is not None and event.button() == Qt.MouseButton.LeftButton:
            pen = QPen(SELECTED, 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            line = self.addLine(QLineF(item.pos(), event.scenePos()), pen)
            line.setZValue(20)
            self._drag_tie = (item, line)
            event.accept()
            return
        self._press_positions = {mid: QPointF(it.pos()) for mid, it in self.items_by_id.items()}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_tie is not None:
            source, line = self._drag_tie
            line.setLine(QLineF(source.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions:   # a drag: keep spokes, ties and label sides following
            for mid, old in self._press_positions.items():
                item = self.items_by_id.get(mid)
                if item is not None and item.pos() != old:
                    item.moved()
                    self.refresh_lines(mid)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_tie is not None:
            source, line = self._drag_tie
            self._drag_tie = None
            self.removeItem(line)
            target = self._member_at(event.scenePos(), exclude=source)
            if target is not None:
                self.tie_requested.emit(source.member.id, target.member.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        before, self._press_positions = self._press_positions, {}
        for mid, old in before.items():   # every member dragged (several when several are selected)
            item = self.items_by_id.get(mid)
            if item is not None and item.pos() != old:
                item.setPos(*clamp(item.pos().x(), item.pos().y()))
                item.moved()
                self.refresh_lines(mid)
                self.member_moved.emit(mid, item.pos().x(), item.pos().y())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        item = self._member_at(event.scenePos())
        if item is not None:
            self.edit_requested.emit(item.member.id)
        elif self.editable:
            x, y = clamp(event.scenePos().x(), event.scenePos().y())
            self.add_requested.emit(x, y)
        event.accept()

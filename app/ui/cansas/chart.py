"""Met and unmet needs over time (22 core domains), one line per count and rater: staff
solid, person dashed, so the two views stay visibly separate."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.models.cansas import CORE_DOMAIN_COUNT
from app.services.cansas.assessments import HistoryPoint
from app.ui import a11y, style
from app.ui.cansas.labels import rater_label
from app.ui.formats import short_date

MET_COLOUR = QColor(style.CHART_MET)
UNMET_COLOUR = QColor(style.CHART_UNMET)


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


class NeedsChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.series: dict[tuple[str, str], QLineSeries] = {}
        self.set_points([])

    def set_points(self, points: list[HistoryPoint]) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        # The legend is a wrapping label under the chart: QLegend elides long French and Dutch names.
        chart.legend().hide()
        chart.setTitle(self.tr("Needs over time (22 core domains; drafts not shown)"))
        self.series = {}
        lines = [("staff", "met", self.tr("Met needs — staff")), ("staff", "unmet", self.tr("Unmet needs — staff")),
                 ("person", "met", self.tr("Met needs — person")),
                 ("person", "unmet", self.tr("Unmet needs — person"))]
        for rater, count, title in lines:
            own = [p for p in points if p.rater == rater]
            if not own:
                continue
            series = QLineSeries()
            series.setName(title)
            series.setPointsVisible(True)
            pen = QPen(MET_COLOUR if count == "met" else UNMET_COLOUR)
            pen.setWidthF(2.2)
            if rater == "person":
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            for p in own:
                series.append(_msecs(p.assessed_on), getattr(p, count))
            chart.addSeries(series)
            self.series[(rater, count)] = series
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM/yyyy")
        x_axis.setTruncateLabels(False)
        x_axis.setTitleText(self.tr("Assessment date"))
        y_axis = QValueAxis()
        y_axis.setRange(0, CORE_DOMAIN_COUNT)
        y_axis.setTickCount(12)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTruncateLabels(False)    # Qt elides even "22" to "…" in a narrow label area
        y_axis.setTitleText(self.tr("Needs (0–22)"))
        if points:
            first, last = min(p.assessed_on for p in points), max(p.assessed_on for p in points)
            pad = max((last - first).days // 20, 15) * 86400000
            x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first) - pad)),
                            QDateTime.fromMSecsSinceEpoch(int(_msecs(last) + pad)))
            x_axis.setTickCount(min(max(len({p.assessed_on for p in points}), 2), 5))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self.series.values():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        old = self.chart()
        self.setChart(chart)
        # The numbers as text for a screen reader: each assessment's met and unmet counts.
        a11y.name(self, chart.title(), "; ".join(
            self.tr("%1, %2: %3 met, %4 unmet").replace("%1", short_date(p.assessed_on))
            .replace("%2", rater_label(p.rater)).replace("%3", str(p.met)).replace("%4", str(p.unmet))
            for p in sorted(points, key=lambda p: (p.assessed_on, p.rater))) or self.tr("No complete assessment yet"))
        if old is not None:
            old.deleteLater()

    def legend_html(self) -> str:
        """The series names with their line style, for a label that wraps."""
        items = []
        for (rater, count), series in self.series.items():
            colour = (MET_COLOUR if count == "met" else UNMET_COLOUR).name()
            stroke = "╍╍╍" if rater == "person" else "━━━"
            items.append(f'<span style="color:{colour}; font-weight:bold">{stroke}</span>&nbsp;{escape(series.name())}')
        return " &nbsp;&nbsp; ".join(items)

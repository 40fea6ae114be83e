"""The dashboard's two charts (QtCharts): unmet needs per CANSAS core domain, and contacts
per week stacked by mode. A click on a bar asks for the persons behind it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from app.models.instruments import life_domain_label
from app.services.dashboard.indicators import DomainNeeds, WeekContacts
from app.texts import current_language
from app.ui import a11y, style
from app.ui.contacts.labels import mode_label
from app.ui.formats import day_month

UNMET_COLOUR = QColor(style.CHART_UNMET)
MODE_COLOURS = list(style.CHART_MODES)


def _nice_max(value: int) -> int:
    """An axis end a little above the largest bar, on a round number."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(value)) - 1)
    return ((value * 11 // 10) // step + 1) * step


class UnmetNeedsChart(QChartView):
    """Horizontal bars, one per core domain in instrument order (top to bottom)."""

    domain_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(520)
        self.domains: list[str] = []
        self.set_needs(())

    def set_needs(self, needs: tuple[DomainNeeds, ...]) -> None:
        core = [d for d in needs if d.core]
        # QHorizontalBarSeries draws the first category at the bottom: reverse to read top-down.
        core = list(reversed(core))
        self.domains = [d.domain_id for d in core]
        lang = current_language()
        chart = QChart()
        chart.setTitle(self.tr("Unmet needs per domain (22 core domains)"))
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        bars = QBarSet(self.tr("Unmet need"))
        bars.setColor(UNMET_COLOUR)
        bars.setLabelColor(QColor(style.INK))
        for d in core:
            bars.append(d.persons.count)
        bars.clicked.connect(self._clicked)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([life_domain_label(d.domain_id, lang) for d in core])
        font = y_axis.labelsFont()
        font.setPointSizeF(8)      # 22 rows: a smaller font keeps each label whole (Qt elides what does not fit)
        y_axis.setLabelsFont(font)
        x_axis = QValueAxis()
        x_axis.setRange(0, _nice_max(max([d.persons.count for d in core], default=0)))
        x_axis.applyNiceNumbers()
        x_axis.setLabelFormat("%d")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        # Qt elides a category label taller than its row: give each of the 22 rows its line of
        # text whatever the text size (200 %, issue 24); the page scrolls.
        line = QFontMetrics(font).height() + 10
        self.setMinimumHeight(max(520, (len(core) + 5) * line))
        self.setChart(chart)
        # The numbers as text, for a screen reader (top to bottom, as drawn).
        a11y.name(self, chart.title(), "; ".join(
            f"{life_domain_label(d.domain_id, lang)}: {d.persons.count}" for d in reversed(core)) or self.tr("No data"))

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.domains):
            self.domain_clicked.emit(self.domains[index])


class ContactsChart(QChartView):
    """Contacts per calendar week, stacked by mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.set_weeks(())

    def set_weeks(self, weeks: tuple[WeekContacts, ...]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Contacts per week, by mode"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QStackedBarSeries()
        modes = [m for m, _ in weeks[0].by_mode] if weeks else []
        for i, mode in enumerate(modes):
            bars = QBarSet(mode_label(mode))
            bars.setColor(QColor(MODE_COLOURS[i % len(MODE_COLOURS)]))
            for week in weeks:
                bars.append(dict(week.by_mode)[mode])
            series.append(bars)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([day_month(w.week_start) for w in weeks])
        font = x_axis.labelsFont()
        font.setPointSizeF(7.5)    # twelve Monday dates side by side stay whole
        x_axis.setLabelsFont(font)
        x_axis.setLabelsAngle(-90)   # upright, they stay whole however narrow the chart (200 % text)
        y_axis = QValueAxis()
        y_axis.setRange(0, _nice_max(max([w.total for w in weeks], default=0)))
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.setChart(chart)
        self._place_legend()
        a11y.name(self, chart.title(), "; ".join(
            f"{day_month(w.week_start)}: {w.total} ("
            + ", ".join(f"{mode_label(m)} {n}" for m, n in w.by_mode if n) + ")" for w in weeks)
            or self.tr("No data"))

    def _place_legend(self) -> None:
        """Under the bars when the chart is wide; beside them, one mode a line, when narrow
        (large text), where a line of six modes would be cut short."""
        legend = self.chart().legend()
        metrics = QFontMetrics(legend.font())
        wanted = sum(metrics.horizontalAdvance(m.label()) + 3 * metrics.height() for m in legend.markers())
        narrow = self.width() < wanted
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight if narrow else Qt.AlignmentFlag.AlignBottom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_legend()

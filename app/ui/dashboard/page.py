"""The caseload dashboard: large clickable numbers, unmet needs per domain, contacts per
week by mode, pending referrals with days waiting; supervisors switch to the whole team.
Indicators are computed and exported in run_task workers (progress and cancel)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.instruments import life_domain_label
from app.services.dashboard.export import ExportReport, export_indicators
from app.services.dashboard.indicators import CaseloadIndicators, caseload_indicators
from app.services.persons.records import PersonService
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import current_language
from app.ui import a11y, events
from app.ui.contracts import OpensPersons, PageBase
from app.ui.dashboard.charts import ContactsChart, UnmetNeedsChart
from app.ui.dashboard.labels import referral_status_label
from app.ui.dashboard.models import WaitingModel
from app.ui.dashboard.persons_dialog import PersonsDialog
from app.ui.dashboard.tiles import Tile
from app.ui.flow import FlowLayout
from app.ui.formats import short_date
from app.ui.tasks import run_task

# The file's tab each figure is about, opened from its list.
TILE_TABS = {"any_unmet": "needs", "isolation": "network", "overdue_reviews": "careplan",
             "overdue_actions": "careplan", "waiting": "referrals", "discharged_no_contact": "contacts"}
OVERDUE_TILES = ("overdue_reviews", "overdue_actions")


@dataclass(frozen=True)
class DashboardData:
    indicators: CaseloadIndicators
    names: dict[int, str]          # persons of the pending referrals


def compute(ws: Workspace, scope: str) -> DashboardData:
    """Runs in a worker: the indicators and the names the referrals table shows."""
    indicators = caseload_indicators(ws, scope)
    ids = sorted({r.person_id for r in indicators.pending_referrals})
    rows = PersonService(ws).rows(person_ids=ids) if ids else []
    return DashboardData(indicators, {r.id: r.display_name for r in rows})


class DashboardPage(OpensPersons, PageBase, QWidget):
    open_person_requested = Signal(int, str)    # person id, the file's tab to show
    loaded = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.data: DashboardData | None = None
        self._generation = 0

        title = QLabel(self.tr("Caseload dashboard"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My caseload"), "mine")
        if ws.can(Permission.TEAM_OVERVIEW):
            self.scope.addItem(self.tr("Whole team"), "team")
            self.scope.setCurrentIndex(1)
        self.scope.setVisible(self.scope.count() > 1)
        self.scope.currentIndexChanged.connect(self.reload)
        a11y.name(self.scope, self.tr("Scope"))
        self.refresh = QPushButton(self.tr("Refresh"))
        self.refresh.clicked.connect(self.reload)
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_xlsx = QPushButton(self.tr("Export Excel…"))
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.export_csv, self.export_xlsx):
            button.setVisible(ws.can(Permission.EXPORT))
            button.setToolTip(self.tr("Pseudonymised: no names, no NISS, birth year at most"))
        # The title and the buttons wrap onto a second line rather than cutting the buttons' text
        # short (200 % text on a small laptop screen, issue 24).
        top = FlowLayout()
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(title)
        top.addWidget(self.scope)
        top.addWidget(self.refresh)
        top.addWidget(self.export_csv)
        top.addWidget(self.export_xlsx)
        self.status = QLabel()
        self.status.setStyleSheet("color: #5f6b7a;")

        self.tiles = {
            "active": Tile("active", self.tr("Active persons")),
            "any_unmet": Tile("any_unmet", self.tr("With an unmet need")),
            "isolation": Tile("isolation", self.tr("Isolation signal")),
            "overdue_reviews": Tile("overdue_reviews", self.tr("Care-plan review overdue")),
            "overdue_actions": Tile("overdue_actions", self.tr("With an overdue action")),
            "waiting": Tile("waiting", self.tr("Waiting for a referral")),
            "discharged_no_contact": Tile("discharged_no_contact", self.tr("No contact 7 days after discharge")),
        }
        tiles = FlowLayout(spacing=8)     # as many tiles per line as the width holds
        for tile in self.tiles.values():
            tile.opened.connect(self.open_tile)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tiles.addWidget(tile)

        self.needs_chart = UnmetNeedsChart()
        self.needs_chart.domain_clicked.connect(self.open_domain)
        self.extra_needs = QLabel()
        self.extra_needs.setWordWrap(True)
        self.extra_needs.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_chart = ContactsChart()
        self.waiting_model = WaitingModel(self)
        self.waiting_view = self._table(self.waiting_model)
        a11y.name(self.waiting_view, self.tr("Pending referrals"))
        self.waiting_view.doubleClicked.connect(self._open_referral_person)
        waiting_title = QLabel(self.tr("Pending referrals"))
        waiting_title.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr(
            "Click a number or a bar to list the persons behind it; double-click a row to open the file."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b7a;")

        right = QVBoxLayout()
        right.addWidget(self.contacts_chart, 3)
        right.addWidget(waiting_title)
        right.addWidget(self.waiting_view, 2)
        left = QVBoxLayout()
        left.addWidget(self.needs_chart, 1)
        left.addWidget(self.extra_needs)
        self.middle = middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(tiles)
        body.addLayout(middle, 1)
        body.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._stale = False
        self.reload()
        events.listen(self, events.ALL - {events.USERS, events.DOCUMENTS}, self._records_changed)

    def _records_changed(self, change: events.Change) -> None:
        """Recompute now when on screen, else the next time the page is shown."""
        if not self.ws.is_open:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The two charts side by side when the page is wide, one above the other when narrow
        (large text), so the domain names on the needs chart keep the width they need."""
        super().resizeEvent(event)
        wide = self.width() >= 60 * self.fontMetrics().averageCharWidth() * 2
        self.middle.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return view

    # -- computing ------------------------------------------------------------------------------
    @property
    def current_scope(self) -> str:
        return self.scope.currentData()

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        generation, scope = self._generation, self.current_scope
        self.status.setText(self.tr("Computing the indicators…"))
        run_task(self, lambda ctx: compute(self.ws, scope),
                 on_success=lambda data: self._show(data, generation), on_failure=self._failed,
                 label=self.tr("Computing the indicators…"), cancellable=False)

    def _failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, RelaisError) else self.tr("The indicators could not be computed.")
        self.status.setText(text)

    def _show(self, data: DashboardData, generation: int) -> None:
        if generation != self._generation:
            return                      # a newer computation is on its way
        self.data = data
        ind = data.indicators
        caseload = ind.caseload.count
        self.tiles["active"].set_value(ind.active.count, self.tr("of %n open file(s)", "", caseload))
        self.tiles["any_unmet"].set_value(ind.any_unmet.count,
                                          self.tr("%n assessed (latest staff CANSAS)", "", ind.assessed.count))
        self.tiles["isolation"].set_value(ind.isolation.count,
                                          self.tr("of %n with a network map", "", ind.mapped.count))
        self.tiles["overdue_reviews"].set_value(ind.overdue_reviews.count)
        self.tiles["overdue_actions"].set_value(ind.overdue_actions.count,
                                                self.tr("%n overdue action(s)", "", ind.overdue_action_count))
        self.tiles["waiting"].set_value(ind.waiting.count,
                                        self.tr("%n pending referral(s)", "", len(ind.pending_referrals)))
        self.tiles["discharged_no_contact"].set_value(ind.discharged_no_contact.count,
                                                      self.tr("discharged in the last 30 days"))
        self.needs_chart.set_needs(ind.unmet_needs)
        self.contacts_chart.set_weeks(ind.contacts_per_week)
        self.waiting_model.set_rows([(r, data.names.get(r.person_id, f"#{r.person_id}"),
                                      referral_status_label(r.status)) for r in ind.pending_referrals])
        lang = current_language()
        extra = [f"{life_domain_label(d.domain_id, lang)}: {d.persons.count}" for d in ind.extra_needs]
        self.extra_needs.setText(self.tr("Extra domains (reported apart from the 22): %1").replace(
            "%1", ", ".join(extra)) if extra else "")
        self.extra_needs.setVisible(bool(extra))
        self.status.setText(self.tr("Figures on %1 · open files: %2").replace("%1", short_date(ind.today))
                            .replace("%2", str(caseload)))
        self.loaded.emit()

    # -- drilling down -----------------------------------------------------------------------------
    def open_tile(self, key: str) -> None:
        if self.data is None:
            return
        figure = getattr(self.data.indicators, key)
        tab = TILE_TABS.get(key, "")
        due = figure.due_on() if key in OVERDUE_TILES else None
        self.show_persons(self.tiles[key].caption.text(), figure.person_ids, tab=tab, due=due)

    def open_domain(self, domain_id: str) -> None:
        if self.data is None:
            return
        need = next(d for d in self.data.indicators.unmet_needs if d.domain_id == domain_id)
        title = self.tr("Unmet need: %1").replace("%1", life_domain_label(domain_id, current_language()))
        self.show_persons(title, need.persons.person_ids, tab="needs")

    def show_persons(self, title: str, person_ids: tuple[int, ...], tab: str = "",
                     due: dict | None = None) -> PersonsDialog:
        today = self.data.indicators.today if self.data is not None else None
        dialog = PersonsDialog(self.ws, title, person_ids, self, due=due, tab=tab, today=today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_person_requested.connect(self.open_person_requested)
        dialog.show()
        return dialog

    def _open_referral_person(self, index) -> None:
        proxy = self.waiting_view.model()
        if isinstance(proxy, QSortFilterProxyModel):     # the view shows the waiting model through a proxy
            self.open_person_requested.emit(
                self.waiting_model.referral_at(proxy.mapToSource(index).row()).person_id, "referrals")

    # -- export -------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        filters = {"csv": self.tr("CSV file (*.csv)"), "xlsx": self.tr("Excel workbook (*.xlsx)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the indicators"), f"indicators.{fmt}",
                                              filters[fmt])
        if path:
            self.export_to(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")

    def export_to(self, path: str) -> None:
        scope = self.current_scope
        run_task(self, lambda ctx: export_indicators(self.ws, path, scope, progress=ctx.progress,
                                                     cancelled=lambda: ctx.cancelled),
                 on_success=self._exported, on_failure=self._export_failed,
                 label=self.tr("Exporting the indicators…"))

    def _exported(self, report: ExportReport) -> None:
        self.last_export = report
        if report.cancelled:
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        text = self.tr("%n row(s) written.", "", report.rows)
        if report.skipped:
            lines = "\n".join(f"{s.pseudonym}: {s.reason}" for s in report.skipped[:20])
            text += "\n" + self.tr("%n record(s) skipped:", "", len(report.skipped)) + "\n" + lines
            QMessageBox.warning(self, self.tr("Export the indicators"), text)
        self.status.setText(text.splitlines()[0])

    def _export_failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, RelaisError) else self.tr("The export failed; no file was written.")
        QMessageBox.warning(self, self.tr("Export the indicators"), text)

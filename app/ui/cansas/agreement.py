"""For supervisors: how often staff and the persons themselves agree, per CANSAS domain,
over a caseload (all persons, or one worker's). Computed in a worker thread."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.admin.users import UserService
from app.services.cansas import assessments as svc
from app.services.cansas.assessments import CaseloadAgreement, DomainAgreement
from app.services.shared.workspace import Workspace
from app.ui import a11y, style
from app.ui.cansas.labels import domain_label
from app.ui.contracts import PageBase
from app.ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
AGREEMENT_ALERT = 0.75     # below this, staff and persons see the domain differently often enough to discuss


class AgreementModel(QAbstractTableModel):
    DOMAIN, PAIRS, AGREED, RATE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DomainAgreement] = []

    def set_rows(self, rows: list[DomainAgreement]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Domain"), self.tr("Pairs compared"), self.tr("Agree"), self.tr("Agreement")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DOMAIN:
                return domain_label(row.domain_id)
            if column == self.PAIRS:
                return str(row.pairs)
            if column == self.AGREED:
                return str(row.agreed)
            return "—" if row.rate is None else f"{row.rate:.0%}"
        if role == Qt.ItemDataRole.UserRole:
            return [domain_label(row.domain_id), row.pairs, row.agreed, -1 if row.rate is None else row.rate][column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.RATE and row.rate is not None \
                and row.rate < AGREEMENT_ALERT:
            return QColor(style.DISAGREE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.DOMAIN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AgreementPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.worker_box = QComboBox()
        a11y.name(self.worker_box, self.tr("Whose persons"))
        self.worker_box.addItem(self.tr("All persons"), None)
        for user in UserService(ws).list():
            self.worker_box.addItem(self.tr("Caseload of %1").replace("%1", user.display_name or user.name), user.id)
        self.worker_box.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.explanation = QLabel(self.tr(
            "Per core domain: complete staff and person-rated assessments of the same period (a month apart at "
            "most) compared rating by rating. Domains rated 9 by either side are left out. Agreement under 75% "
            "is highlighted."))
        self.explanation.setWordWrap(True)
        self.status = QLabel()
        self.model = AgreementModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        a11y.name(self.view, self.tr("Agreement by domain"))
        self.view.setModel(proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # instrument order first
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.worker_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Staff and person agreement on needs (CANSAS)</b>")))
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        worker_id = self.worker_box.currentData()
        self.status.setText(self.tr("Computing…"))
        run_task(self, lambda ctx: svc.caseload_agreement(self.ws, worker_id), on_success=self._show,
                 on_failure=self._failed, label=self.tr("Comparing staff and person ratings…"), cancellable=False)

    def _show(self, result: CaseloadAgreement) -> None:
        self.model.set_rows(list(result.domains))
        self.status.setText(self.tr("%n staff/person pair(s) of assessments compared", "", result.pairs))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(exc.message() if isinstance(exc, RelaisError) else str(exc))

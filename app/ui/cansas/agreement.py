"""For supervisors: how often staff and the persons themselves agree, per CANSAS domain,
over a caseload (all persons, or one worker's). Computed in a worker thread."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
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
from app.ui.formats import percent
from app.ui.table_model import CENTER, SORT_ROLE, Column, TableModel
from app.ui.tasks import run_task

AGREEMENT_ALERT = 0.75     # below this, staff and persons see the domain differently often enough to discuss


class AgreementModel(TableModel):
    DOMAIN, PAIRS, AGREED, RATE = range(4)

    def columns_(self) -> list[Column]:
        def alert(row: DomainAgreement):
            return QColor(style.DISAGREE) if row.rate is not None and row.rate < AGREEMENT_ALERT else None

        return [
            Column("domain", lambda: self.tr("Domain"), lambda r: domain_label(r.domain_id)),
            Column("pairs", lambda: self.tr("Pairs compared"), lambda r: str(r.pairs), sort=lambda r: r.pairs,
                   align=CENTER),
            Column("agreed", lambda: self.tr("Agree"), lambda r: str(r.agreed), sort=lambda r: r.agreed,
                   align=CENTER),
            Column("rate", lambda: self.tr("Agreement"), lambda r: "—" if r.rate is None else percent(r.rate),
                   sort=lambda r: -1 if r.rate is None else r.rate, align=CENTER, background=alert),
        ]


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
        proxy.setSortRole(SORT_ROLE)
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

"""The "Partners" navigation page: the directory with search and filters; add, edit,
remove; CSV import with its row report; HSDS import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.partners.directory import (
    PartnerFilter,
    PartnerRecord,
    delete_partner,
    list_partners,
)
from app.services.partners.hsds import export_hsds, import_hsds
from app.services.partners.importing import PARTNER_COLUMNS, import_partners
from app.services.shared.csv_import import ImportRefused
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.contracts import PageBase
from app.ui.partners.editor import PartnerEditor
from app.ui.partners.labels import (
    COMMON_LANGUAGES,
    SECTORS,
    SERVICE_TYPES,
    language_label,
    sector_label,
    service_type_label,
)
from app.ui.partners.model import PartnerFilterProxy, PartnerTableModel
from app.ui.tasks import run_task


class ImportReportDialog(QDialog):
    """The row-by-row report of a refused import: nothing was imported, every bad row named."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.resize(720, 420)
        self.report = QPlainTextEdit(text)
        self.report.setReadOnly(True)
        a11y.name(self.report, self.tr("Import refused"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing was imported. Fix these rows in the file, then import it again.")))
        layout.addWidget(self.report)
        layout.addWidget(buttons)


class DirectoryPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = PartnerTableModel(self)
        self.proxy = PartnerFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisation, service, address, contact…"))
        self.search.setClearButtonEnabled(True)
        a11y.name(self.search, self.tr("Search the directory"), self.search.placeholderText())
        self.sector = QComboBox()
        self.sector.addItem(self.tr("All sectors"), None)
        for code in SECTORS:
            self.sector.addItem(sector_label(code), code)
        self.service_type = QComboBox()
        self.service_type.addItem(self.tr("All types"), None)
        for code in SERVICE_TYPES:
            self.service_type.addItem(f"{code} · {service_type_label(code)}", code)
        self.language = QComboBox()
        self.language.addItem(self.tr("Any language"), None)
        for code in COMMON_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.drugs = QCheckBox(self.tr("Accepts people who use drugs"))
        self.no_wait = QCheckBox(self.tr("No waiting list"))
        self.gp_only = QCheckBox(self.tr("GPs"))
        a11y.name(self.sector, self.tr("Sector"))
        a11y.name(self.service_type, self.tr("Service type"))
        a11y.name(self.language, self.tr("Language"))
        for widget in (self.sector, self.service_type, self.language):
            widget.currentIndexChanged.connect(self.apply_filter)
        for box in (self.drugs, self.no_wait, self.gp_only):
            box.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)

        self.view = QTableView()
        a11y.name(self.view, self.tr("Partners"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.count = QLabel()
        can_edit = ws.can(Permission.PERSON_EDIT)
        self.new_button = QPushButton(self.tr("New partner…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.import_csv_button = QPushButton(self.tr("Import CSV…"))
        self.import_hsds_button = QPushButton(self.tr("Import HSDS…"))
        self.export_hsds_button = QPushButton(self.tr("Export HSDS…"))
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_csv_button.clicked.connect(self.import_csv)
        self.import_hsds_button.clicked.connect(self.import_hsds_file)
        self.export_hsds_button.clicked.connect(self.export_hsds_file)
        # Peer workers read the directory; changing it is hidden (and refused by the services).
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(can_edit)
        self.import_csv_button.setVisible(ws.can(Permission.IMPORT))
        self.import_hsds_button.setVisible(ws.can(Permission.IMPORT))
        self.export_hsds_button.setVisible(ws.can(Permission.EXPORT))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.sector, 1)
        filters.addWidget(self.service_type, 1)
        filters.addWidget(self.language, 1)
        toggles = QHBoxLayout()
        for box in (self.drugs, self.no_wait, self.gp_only):
            toggles.addWidget(box)
        toggles.addStretch(1)
        toggles.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_csv_button, self.import_hsds_button, self.export_hsds_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Partner directory"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self.reload()
        events.listen(self, {events.PARTNERS}, self._partners_changed)

    # -- data ------------------------------------------------------------------------------
    def _partners_changed(self, change: events.Change) -> None:
        if self.ws.is_open:
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_partners(self.ws))
        self.apply_filter()

    def current_filter(self) -> PartnerFilter:
        return PartnerFilter(text=self.search.text(), sector=self.sector.currentData(),
                             service_type=self.service_type.currentData(), language=self.language.currentData(),
                             accepts_drug_users=self.drugs.isChecked(), no_waiting_list=self.no_wait.isChecked(),
                             gp_only=self.gp_only.isChecked())

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self.count.setText(self.tr("%n service(s)", "", self.proxy.rowCount()))
        self._update_buttons()

    def selected(self) -> PartnerRecord | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- actions ---------------------------------------------------------------------------
    def new_partner(self) -> None:
        if PartnerEditor(self.ws, None, self).exec() == QDialog.DialogCode.Accepted:
            events.records_changed({events.PARTNERS})

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None or not self.ws.can(Permission.PERSON_EDIT):
            return
        if PartnerEditor(self.ws, record, self).exec() == QDialog.DialogCode.Accepted:
            events.records_changed({events.PARTNERS})

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove partner"),
                                      self.tr("Remove %1 from the directory?").replace("%1", record.display_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_partner(self.ws, record.id)
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Remove partner"), exc.message())
            return
        events.records_changed({events.PARTNERS})

    def import_csv(self) -> None:
        hint = self.tr("Accepted columns: %1").replace("%1", ";".join(PARTNER_COLUMNS))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import partners (CSV)") + " — " + hint, "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.run_import(lambda: import_partners(self.ws, Path(path)))

    def import_hsds_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a directory (Open Referral HSDS)"), "",
                                              self.tr("HSDS JSON (*.json);;All files (*)"))
        if path:
            self.run_import(lambda: import_hsds(self.ws, Path(path)))

    def run_import(self, work) -> None:
        run_task(self, lambda ctx: work(), on_success=self._imported, on_failure=self._import_failed,
                 label=self.tr("Importing…"), cancellable=False)

    def _imported(self, result) -> None:
        events.records_changed({events.PARTNERS})
        added = result if isinstance(result, int) else result.added
        text = self.tr("%n partner(s) added to the directory.", "", added)
        if not isinstance(result, int) and result.already_present:
            text += "\n" + self.tr("%n already in the directory, kept as they were.", "", result.already_present)
        QMessageBox.information(self, self.tr("Import"), text)

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            ImportReportDialog(exc.message(), self).exec()
        elif isinstance(exc, RelaisError):
            QMessageBox.warning(self, self.tr("Import"), exc.message())
        else:
            raise exc

    def export_hsds_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the directory (Open Referral HSDS)"),
                                              "directory-hsds.json", self.tr("HSDS JSON (*.json)"))
        if not path:
            return
        run_task(self, lambda ctx: export_hsds(self.ws, Path(path)),
                 on_success=lambda n: QMessageBox.information(
                     self, self.tr("Export"), self.tr("%n service(s) exported.", "", n)),
                 on_failure=lambda exc: QMessageBox.warning(
                     self, self.tr("Export"), exc.message() if isinstance(exc, RelaisError) else str(exc)),
                 label=self.tr("Exporting…"), cancellable=False)

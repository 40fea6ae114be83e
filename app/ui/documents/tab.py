"""The person's Documents tab: the PDFs kept in the vault, a preview, then print or export.

The preview reads the PDF from the vault into memory (QBuffer), never through a temporary
file: nothing about a person is written outside the vault unless it is an explicit export.
Viewing, printing and exporting are each an audit event, written by the services.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.services.bilan.records import recipients
from app.services.documents.catalogue import produce
from app.services.shared.documents import (
    PdfRequest,
    document_bytes,
    export_document,
    list_documents,
)
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import message
from app.ui import a11y
from app.ui.contracts import PersonTabBase
from app.ui.documents.model import DocumentListModel
from app.ui.documents.produce import NewDocumentDialog
from app.ui.tasks import run_task

MAX_PRINT_DPI = 300  # enough for text; a 600 dpi A4 bitmap would take 140 MB per page


class DocumentsTab(PersonTabBase, QWidget):
    def __init__(self, ws: Workspace, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.current_id: int | None = None
        self._buffer: QBuffer | None = None

        self.model = DocumentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        a11y.name(self.view, self.tr("Documents"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The recipient's name takes what is left, but never less than a readable width.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.view.setWordWrap(False)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.empty = QLabel(self.tr("No document yet. Bilans, letters and summaries you produce are kept here."))
        self.empty.setWordWrap(True)

        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.new_button = QPushButton(self.tr("New document…"))
        self.new_button.clicked.connect(self.new_document)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_current)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_current)
        self.export_button.setVisible(ws.can(Permission.EXPORT))
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # -- person-file tab protocol ---------------------------------------------------------------
    def reload(self) -> None:
        try:
            rows = list_documents(self.ws, self.person_id)
        except RelaisError as exc:
            self.message.setText(exc.message())
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        else:
            self._show(None)
        self._update_buttons()

    # -- producing ------------------------------------------------------------------------------
    def new_document(self) -> None:
        dialog = NewDocumentDialog(recipients(self.ws, self.person_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.produce(*dialog.choice())

    def produce(self, kind: str, variant: str, partner_id: int | None) -> None:
        """Build the document in the background; a refusal (consent, role) is shown, not raised."""
        ws, request = self.ws, PdfRequest(self.person_id, partner_id, None, variant)
        self.new_button.setEnabled(False)
        self.message.setText(self.tr("Preparing the document…"))
        run_task(self, lambda ctx: produce(ws, kind, request), on_success=self._produced,
                 on_failure=self._refused, label=self.tr("Preparing the document…"))

    def _produced(self, doc_id: int) -> None:
        self.new_button.setEnabled(True)
        self.reload()
        for row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == doc_id:
                self.view.selectRow(row)
        self.message.setText(self.tr("Kept in the vault. Print or export it when you are ready."))

    def _refused(self, exc: BaseException) -> None:
        self.new_button.setEnabled(True)
        if not isinstance(exc, RelaisError):
            self.message.setText(message("error.generic"))
            raise exc  # a bug, not a refusal: the application's error hook reports it
        self.message.setText(self.tr("Not produced: %1").replace("%1", exc.message()))

    # -- preview --------------------------------------------------------------------------------
    def _selected(self, current, _previous) -> None:
        if current.isValid():
            self._show(self.model.row_at(self.proxy.mapToSource(current).row()).id)

    def _show(self, doc_id: int | None) -> None:
        self.pdf.close()
        self._buffer = None
        self.current_id = None
        self.message.clear()
        if doc_id is not None:
            try:
                data = document_bytes(self.ws, doc_id, "viewed")
            except RelaisError as exc:
                self.message.setText(exc.message())
            else:
                # The buffer must outlive the document that reads from it.
                self._buffer = QBuffer(self)
                self._buffer.setData(QByteArray(data))
                self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                self.pdf.load(self._buffer)
                self.current_id = doc_id
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.current_id is not None)
        self.export_button.setEnabled(self.current_id is not None)

    # -- print and export -----------------------------------------------------------------------
    def print_current(self) -> None:
        if self.current_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the document"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render the previewed PDF onto the printer, page by page; the print is audited."""
        if self.current_id is None:
            return False
        try:
            document_bytes(self.ws, self.current_id, "printed")   # audit, and the integrity check
        except RelaisError as exc:
            self.message.setText(exc.message())
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be opened."))
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for page in range(self.pdf.pageCount()):
                if page:
                    printer.newPage()
                points = self.pdf.pagePointSize(page)
                image = self.pdf.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                area = painter.viewport()
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(QPoint(0, 0), target), image)
        finally:
            painter.end()
        self.message.setText(self.tr("Sent to the printer."))
        return True

    def export_current(self) -> None:
        if self.current_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the document"),
                                              f"relais-document-{self.current_id}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        if self.current_id is None:
            return False
        try:
            written = export_document(self.ws, self.current_id, path)
        except (RelaisError, OSError) as exc:
            self.message.setText(exc.message() if isinstance(exc, RelaisError) else str(exc))
            return False
        self.message.setText(self.tr("Exported to %1").replace("%1", str(written)))
        return True

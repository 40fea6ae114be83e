"""Documents received from partners: add by drag and drop or a file dialog, preview (QtPdf
for PDF, images through QImageReader under a pixel cap), export. The bytes go from the vault
to the preview in memory, never through a temporary file; viewing and exporting are audited
by the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.received import MAX_IMAGE_PIXELS, ReceivedKind
from app.services.received import add_received, export_received, list_received, received_bytes
from app.services.shared.permissions import Permission
from app.texts import message
from app.ui.contracts import PersonTabBase
from app.ui.formats import short_date
from app.ui.table_model import Column, TableModel, selected_row, table_view


def received_kind_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        ReceivedKind.DISCHARGE_LETTER: QCoreApplication.translate("ReceivedKinds", "Discharge letter"),
        ReceivedKind.PARTNER_REPORT: QCoreApplication.translate("ReceivedKinds", "Partner's report"),
        ReceivedKind.SCANNED_FORM: QCoreApplication.translate("ReceivedKinds", "Scanned form"),
        ReceivedKind.OTHER: QCoreApplication.translate("ReceivedKinds", "Other"),
    }


def safe_image(data: bytes) -> QPixmap | None:
    """Decode with Qt under the same pixel cap as the core (QImageReader's allocation limit)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(max(1, MAX_IMAGE_PIXELS * 4 // (1024 * 1024)))
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class ReceivedTableModel(TableModel):
    def columns_(self) -> list[Column]:
        labels = received_kind_labels()
        return [
            Column("received", lambda: self.tr("Received"), lambda r: short_date(r.received_on),
                   sort=lambda r: r.received_on),
            Column("kind", lambda: self.tr("Kind"), lambda r: labels.get(r.kind, r.kind)),
            Column("sender", lambda: self.tr("From"), lambda r: r.sender),
            Column("file", lambda: self.tr("File"), lambda r: r.file_name),
        ]


class ReceivedTab(PersonTabBase, QWidget):
    def __init__(self, ws, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.setAcceptDrops(ws.can(Permission.CLINICAL_WRITE))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for value, label in received_kind_labels().items():
            self.kind.addItem(label, str(value))
        add = QPushButton(self.tr("Add a file…"))
        add.clicked.connect(self.choose_file)
        add.setVisible(ws.can(Permission.CLINICAL_WRITE))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(ws.can(Permission.EXPORT))
        drop = QLabel(self.tr("Drop a PDF, PNG or JPEG here to add it to the file."))
        drop.setStyleSheet("color: #5f6b7a;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(add)
        top.addWidget(self.export_button)
        top.addStretch(1)
        top.addWidget(drop)

        self.model = ReceivedTableModel(self)
        self.table = table_view(self.model, self.tr("Documents received"))
        self.table.selectionModel().currentRowChanged.connect(self.preview)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.no_preview = QLabel()
        self.no_preview.setWordWrap(True)
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.no_preview, self.pdf_view, image_scroll):
            self.stack.addWidget(widget)
        self._buffer: QBuffer | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.stack)
        splitter.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        self.rows = list_received(self.ws, self.person_id)
        self.model.set_rows(self.rows)
        self.export_button.setEnabled(bool(self.rows))
        self.no_preview.setText(self.tr("No document received yet."))
        self.stack.setCurrentIndex(0)
        if self.rows:
            self.table.selectRow(0)

    def _selected(self):
        return selected_row(self.table)

    def preview(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        if not doc.previewable:
            self.no_preview.setText(message(doc.preview_note) if doc.preview_note else "")
            self.stack.setCurrentIndex(0)
            return
        try:
            data = received_bytes(self.ws, doc.id)
        except RelaisError as exc:
            self.no_preview.setText(exc.message())
            self.stack.setCurrentIndex(0)
            return
        if doc.content_type == "application/pdf":
            self.pdf.close()
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            if self.pdf.status() == QPdfDocument.Status.Error:
                self.no_preview.setText(message("received.pdf_damaged"))
                self.stack.setCurrentIndex(0)
                return
            self.stack.setCurrentIndex(1)
            return
        pixmap = safe_image(data)
        if pixmap is None:
            self.no_preview.setText(message("received.image_damaged"))
            self.stack.setCurrentIndex(0)
            return
        self.image.setPixmap(pixmap)
        self.stack.setCurrentIndex(2)

    def add_file(self, path: Path) -> bool:
        try:
            doc_id = add_received(self.ws, self.person_id, path, kind=self.kind.currentData())
        except RelaisError as exc:
            self.message.setText(exc.message())
            return False
        self.message.setText(message("received.added", id=doc_id))
        self.reload()
        return True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a received document"), "",
                                              self.tr("Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.add_file(Path(path))

    def export(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), doc.file_name or "document")
        if path:
            try:
                export_received(self.ws, doc.id, path)
            except RelaisError as exc:
                self.message.setText(exc.message())

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

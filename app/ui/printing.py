"""Printing a PDF that Relais produced, through the system print dialog (QPrinter).

The PDF is rendered page by page with QtPdf from memory: nothing is written to a temporary
file. Printing is a deliberate act of the user (the dialog can always be cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print; False when the user cancelled or nothing printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return render_to_printer(printer, pdf)


def render_to_printer(printer: QPrinter, pdf: bytes) -> bool:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() == 0:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return True

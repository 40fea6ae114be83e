"""After a quick contact: "Contact recorded for X" with Undo, without a box to close.

The notice sits in the main window's status bar (or, without one, in a small frameless
window at the bottom of the parent) and goes away by itself after a while. Undo deletes the
contact through the service (audited like any deletion) and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolButton, QWidget

from app.errors import RelaisError
from app.services.contacts.records import ContactService
from app.services.shared.workspace import Workspace
from app.ui import events

SHOWN_MS = 20_000
TOOL_FLAGS = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
STYLE = "QFrame#contact_notice { background: #e8f5e9; border: 1px solid #9ccc9c; border-radius: 4px; }"


class ContactNotice(QFrame):
    def __init__(self, ws: Workspace, contact_id: int, person_id: int | None, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.contact_id, self.person_id = ws, contact_id, person_id
        self.setObjectName("contact_notice")
        self.setStyleSheet(STYLE)
        self.label = QLabel(self.tr("Contact recorded for %1").replace("%1", who) if who
                            else self.tr("Contact recorded"), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setToolTip(self.tr("Remove the contact just recorded"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.label)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)

    def undo(self) -> None:
        try:
            ContactService(self.ws).delete(self.contact_id)
        except RelaisError as exc:
            self.label.setText(exc.message())
            self.undo_button.hide()
            return
        self.label.setText(self.tr("Contact removed"))
        self.undo_button.hide()
        events.records_changed({events.CONTACTS}, person_id=self.person_id)
        self.timer.start(4000)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


def show_contact_notice(ws: Workspace, contact_id: int, person_id: int | None, who: str,
                        parent: QWidget | None) -> ContactNotice:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        for old in window.findChildren(ContactNotice):
            old.dismiss()
        notice = ContactNotice(ws, contact_id, person_id, who, window)
        window.statusBar().insertPermanentWidget(0, notice)
    else:
        notice = ContactNotice(ws, contact_id, person_id, who, None)
        notice.setWindowFlags(notice.windowFlags() | TOOL_FLAGS)
        if window is not None:
            corner = window.mapToGlobal(window.rect().bottomLeft())
            notice.adjustSize()
            notice.move(corner.x() + 12, corner.y() - notice.height() - 12)
    notice.show()
    notice.timer.start(SHOWN_MS)
    return notice


"""The service profile: the organisation, address, phone, e-mail and place every document of
the vault names as its sender (issue 19 point 11). Set once by a supervisor; each user adds
their own name, profession and registration in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.services.shared.profile import get_service_profile, set_service_profile
from app.services.shared.workspace import Workspace
from app.ui.forms import SubmitDialog


class ServiceProfileDialog(SubmitDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws = ws
        self.setWindowTitle(self.tr("Service profile"))
        intro = QLabel(self.tr("The sender of every letter, bilan and plan this vault produces, for every "
                               "user. Each user adds their own name, profession and registration in Settings."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        current = get_service_profile(ws)
        self.organisation = QLineEdit(current["organisation"])
        self.organisation.setPlaceholderText(self.tr("e.g. Service de santé mentale Le Pont"))
        self.add_row(self.tr("Organisation"), self.organisation, field="organisation")
        self.address = QPlainTextEdit(current["address"])
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(58)
        self.add_row(self.tr("Address"), self.address, field="address")
        self.phone = QLineEdit(current["phone"])
        self.add_row(self.tr("Phone"), self.phone, field="phone")
        self.email = QLineEdit(current["email"])
        self.add_row(self.tr("E-mail"), self.email, field="email")
        self.place = QLineEdit(current["place"])
        self.place.setPlaceholderText(self.tr("e.g. Bruxelles"))
        self.add_row(self.tr("Place (before the date of a letter)"), self.place, field="place")
        self.finish_layout()
        self.setMinimumWidth(560)

    def submit(self, values: object) -> object:
        assert isinstance(values, dict)
        return set_service_profile(self.ws, values)

    def values(self) -> dict[str, str]:
        return {"organisation": self.organisation.text(), "address": self.address.toPlainText(),
                "phone": self.phone.text(), "email": self.email.text(), "place": self.place.text()}

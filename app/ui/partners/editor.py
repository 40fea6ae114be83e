"""Add or edit one directory entry. The service validates; its field errors are listed in
the dialog, which stays open so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.partners.directory import PartnerRecord, add_partner, update_partner
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.forms import SubmitDialog
from app.ui.partners.labels import (
    SECTORS,
    SERVICE_TYPES,
    sector_label,
    service_type_label,
)


def _optional_spin(maximum: int, suffix: str = "") -> QSpinBox:
    """-1 shows as "—": no such criterion, or unknown."""
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(-1)
    spin.setSuffix(suffix)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


class PartnerEditor(SubmitDialog):
    def __init__(self, ws: Workspace, record: PartnerRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws, self.record = ws, record
        self.partner_id: int | None = record.id if record else None
        self.setWindowTitle(self.tr("Edit partner") if record else self.tr("New partner"))
        self.setMinimumWidth(620)

        self.organisation = QLineEdit()
        self.service_name = QLineEdit()
        self.service_type = QComboBox()
        for code in SERVICE_TYPES:
            self.service_type.addItem(f"{code} · {service_type_label(code)}", code)
        self.sector = QComboBox()
        for code in SECTORS:
            self.sector.addItem(sector_label(code), code)
        self.is_gp = QCheckBox(self.tr("This is a GP or a medical house (a person's GP)"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(56)
        a11y.name(self.address, self.tr("Address"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("fr, nl, en… — the first one is the language of letters"))
        self.contact_person = QLineEdit()
        self.waiting_days = _optional_spin(3650, self.tr(" days"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)

        self.accepts_drug_users = QComboBox()
        for text, value in ((self.tr("Not stated"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.accepts_drug_users.addItem(text, value)
        self.needs_insurance = QCheckBox(self.tr("Requires health insurance"))
        self.needs_address = QCheckBox(self.tr("Requires an address"))
        self.min_age = _optional_spin(120)
        self.max_age = _optional_spin(120)

        form = self.form
        self.add_row(self.tr("Organisation"), self.organisation, field="organisation")
        self.add_row(self.tr("Service"), self.service_name, field="service_name")
        self.add_row(self.tr("Type (ESMS/DESDE)"), self.service_type, field="service_type")
        self.add_row(self.tr("Sector"), self.sector, field="sector")
        self.add_row("", self.is_gp, field="is_gp")
        form.addRow(self.tr("Address"), self.address)
        self.add_row(self.tr("Phone"), self.phone, field="phone")
        self.add_row(self.tr("Email"), self.email, field="email")
        self.add_row(self.tr("Languages"), self.languages, field="languages")
        form.addRow(self.tr("Contact person"), self.contact_person)
        form.addRow(self.tr("Usual waiting time"), self.waiting_days)

        criteria = QGroupBox(self.tr("Admission criteria"))
        criteria_form = QFormLayout(criteria)
        criteria_form.addRow(self.tr("Accepts people who use drugs"), self.accepts_drug_users)
        ages = QHBoxLayout()
        ages.addWidget(QLabel(self.tr("from")))
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(self.tr("to")))
        ages.addWidget(self.max_age)
        ages.addStretch(1)
        criteria_form.addRow(self.tr("Age"), ages)
        criteria_form.addRow("", self.needs_insurance)
        criteria_form.addRow("", self.needs_address)
        self.bind_field("max_age", self.max_age, criteria_form)

        layout = self.layout_
        layout.addWidget(criteria)
        layout.addWidget(a11y.buddy(self.tr("Notes"), self.notes))
        layout.addWidget(self.notes)
        self.finish_layout()
        if record:
            self._fill(record)

    def _fill(self, r: PartnerRecord) -> None:
        self.organisation.setText(r.organisation)
        self.service_name.setText(r.service_name)
        self.service_type.setCurrentIndex(max(self.service_type.findData(r.service_type), 0))
        self.sector.setCurrentIndex(max(self.sector.findData(r.sector), 0))
        self.is_gp.setChecked(r.is_gp)
        self.address.setPlainText(r.address)
        self.phone.setText(r.phone)
        self.email.setText(r.email)
        self.languages.setText(", ".join(r.languages))
        self.contact_person.setText(r.contact_person)
        self.waiting_days.setValue(-1 if r.waiting_days is None else r.waiting_days)
        self.notes.setPlainText(r.notes)
        self.accepts_drug_users.setCurrentIndex({None: 0, True: 1, False: 2}[r.criteria.get("accepts_drug_users")])
        self.needs_insurance.setChecked(bool(r.criteria.get("needs_insurance")))
        self.needs_address.setChecked(bool(r.criteria.get("needs_address")))
        self.min_age.setValue(r.criteria.get("min_age", -1))
        self.max_age.setValue(r.criteria.get("max_age", -1))

    def values(self) -> dict:
        return {
            "organisation": self.organisation.text(), "service_name": self.service_name.text(),
            "service_type": self.service_type.currentData(), "sector": self.sector.currentData(),
            "is_gp": self.is_gp.isChecked(), "address": self.address.toPlainText(), "phone": self.phone.text(),
            "email": self.email.text(), "languages": self.languages.text(),
            "contact_person": self.contact_person.text(), "waiting_days": _spin_value(self.waiting_days),
            "notes": self.notes.toPlainText(), "accepts_drug_users": self.accepts_drug_users.currentData(),
            "needs_insurance": self.needs_insurance.isChecked() or None,
            "needs_address": self.needs_address.isChecked() or None,
            "min_age": _spin_value(self.min_age), "max_age": _spin_value(self.max_age),
        }

    def submit(self, values: object) -> int:
        assert isinstance(values, dict)  # what values() above returns
        if self.partner_id is None:
            self.partner_id = add_partner(self.ws, values)
        else:
            update_partner(self.ws, self.partner_id, values)
        return self.partner_id

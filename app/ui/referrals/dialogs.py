"""Dialogs of the referrals tab: record a consent, create a referral (with the criteria
check and the stated reason), change a referral's status."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.instruments import life_domains
from app.services.partners.directory import check_criteria, list_partners
from app.services.referrals.records import (
    ReferralRow,
    change_status,
    create_referral,
    set_follow_up,
    update_referral,
)
from app.services.shared.consents import (
    CATEGORIES,
    DOCUMENT_TYPES,
    ConsentGap,
    extend_consent,
    record_consent,
)
from app.services.shared.workspace import Workspace
from app.texts import current_language, message
from app.ui import a11y
from app.ui.formats import date_format
from app.ui.forms import SubmitDialog
from app.ui.partners.labels import sector_label
from app.ui.referrals.labels import (
    document_type_label,
    form_label,
    status_label,
    urgency_label,
)
from app.ui.widgets import match_anywhere

ERROR_STYLE = "color: #b42318;"
WARNING_STYLE = "background: #fff4e5; border: 1px solid #f5a524; padding: 6px;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class ConsentDialog(SubmitDialog):
    """Record a consent; or, given a ConsentGap (from a refused sending, or "Add to this
    consent"), open on that recipient with exactly the information to add ticked, and extend
    the person's existing consent for them when there is one instead of adding a duplicate."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None,
                 gap: ConsentGap | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws, self.person_id = ws, person_id
        self.consent_id: int | None = None
        self.gap = gap
        self.extending = gap is not None and gap.extend_id is not None
        self.setWindowTitle(self.tr("Add to a consent") if self.extending else self.tr("Record a consent"))
        self.setMinimumWidth(560)

        self.to_partner = QRadioButton(self.tr("One partner"))
        self.to_category = QRadioButton(self.tr("A category of recipients"))
        self.to_partner.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_partner)
        group.addButton(self.to_category)
        self.partner = QComboBox()
        self.partner.setMinimumContentsLength(30)       # partner names are long: keep them readable
        self.partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for p in list_partners(ws):
            self.partner.addItem(p.display_name, p.id)
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(sector_label(code), code)
        self.category.setEnabled(False)
        a11y.name(self.partner, self.tr("One partner"))
        a11y.name(self.category, self.tr("A category of recipients"))
        self.to_category.toggled.connect(self.category.setEnabled)
        self.to_category.toggled.connect(lambda on: self.partner.setEnabled(not on))

        self.types: dict[str, QCheckBox] = {}
        types_box = QVBoxLayout()
        for code in DOCUMENT_TYPES:
            self.types[code] = QCheckBox(document_type_label(code))
            types_box.addWidget(self.types[code])
        self.types["referral_letter"].setChecked(True)
        self.types["identity"].setChecked(True)

        self.purpose = QLineEdit()
        self.given_on = _date_edit(date.today())
        self.form_choice = QComboBox()
        for code in ("oral", "written"):
            self.form_choice.addItem(form_label(code), code)
        self.has_expiry = QCheckBox(self.tr("Expires on"))
        self.expires_on = _date_edit(date(date.today().year + 1, date.today().month, min(date.today().day, 28)))
        self.expires_on.setEnabled(False)
        a11y.name(self.expires_on, self.tr("Expires on"))
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.has_expiry.setChecked(True)

        form = self.form
        recipient = QVBoxLayout()
        for row in ((self.to_partner, self.partner), (self.to_category, self.category)):
            line = QHBoxLayout()
            line.addWidget(row[0])
            line.addWidget(row[1], 1)
            recipient.addLayout(line)
        form.addRow(self.tr("Recipient"), recipient)
        self.bind_field("recipient", self.partner)
        form.addRow(self.tr("Information the person agrees to share"), types_box)
        self.bind_field("document_types", self.types["referral_letter"])
        form.addRow(self.tr("Purpose"), self.purpose)
        self.add_row(self.tr("Given on"), self.given_on, field="given_on")
        self.add_row(self.tr("Form"), self.form_choice, field="form")
        expiry = QHBoxLayout()
        expiry.addWidget(self.has_expiry)
        expiry.addWidget(self.expires_on)
        expiry.addStretch(1)
        form.addRow("", expiry)
        self.bind_field("expires_on", self.expires_on)
        if gap is not None:
            self._open_on(gap)
        self.finish_layout()

    def _open_on(self, gap: ConsentGap) -> None:
        self.to_partner.setChecked(True)
        index = self.partner.findData(gap.partner_id)
        if index >= 0:
            self.partner.setCurrentIndex(index)
        for code, box in self.types.items():
            box.setChecked(code in gap.to_tick or code in gap.extend_types)
        if not self.extending:
            return
        intro = QLabel(self.tr("The person's consent for this recipient is extended with the ticked "
                               "information; its date, form and purpose stay as they are."))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.to_partner.setEnabled(False)
        self.partner.setEnabled(False)
        # What stays as it was is not shown (a default date here would read as a change).
        hidden_rows: tuple[QWidget, ...] = (self.purpose, self.given_on, self.form_choice)
        for row in hidden_rows:
            self.form.setRowVisible(row, False)
        hidden: tuple[QWidget, ...] = (self.to_category, self.category, self.has_expiry, self.expires_on)
        for widget in hidden:
            widget.hide()
        for code in gap.extend_types:
            self.types[code].setEnabled(False)      # already covered: stays

    def values(self) -> dict:
        return {
            "document_types": [code for code, box in self.types.items() if box.isChecked()],
            "partner_id": self.partner.currentData() if self.to_partner.isChecked() else None,
            "recipient_category": self.category.currentData() if self.to_category.isChecked() else None,
            "purpose": self.purpose.text(), "given_on": _pydate(self.given_on.date()),
            "form": self.form_choice.currentData(),
            "expires_on": _pydate(self.expires_on.date()) if self.has_expiry.isChecked() else None,
        }

    def submit(self, values: object) -> int:
        assert isinstance(values, dict)
        if self.extending and self.gap is not None and self.gap.extend_id is not None:
            extend_consent(self.ws, self.gap.extend_id, values["document_types"])
            return self.gap.extend_id
        return record_consent(self.ws, self.person_id, **values)

    def submitted(self, result: object) -> None:
        assert isinstance(result, int)
        self.consent_id = result


class ReferralDialog(SubmitDialog):
    """A new referral, or a draft to edit. Choosing a partner shows where the person may not
    meet its criteria; the referral is still possible with a stated reason, which the letter
    prints."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None,
                 draft: ReferralRow | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws, self.person_id = ws, person_id
        self.referral_id: int | None = draft.id if draft else None
        self.draft = draft
        self.setWindowTitle(self.tr("Edit draft referral") if draft else self.tr("New referral"))
        self.setMinimumWidth(720)

        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in list_partners(ws):
            self.partner.addItem(f"{p.display_name}  [{', '.join(p.languages)}]", p.id)
        self.partner.setCurrentIndex(-1)
        match_anywhere(self.partner)
        self.partner.currentIndexChanged.connect(self.check_partner)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        self.override = QPlainTextEdit()
        self.override.setPlaceholderText(self.tr("Why refer anyway? (printed in the letter)"))
        self.override.setFixedHeight(52)
        self.override_label = QLabel(self.tr("Reason to refer despite the criteria"))
        self.override.hide()
        self.override_label.hide()

        self.domain = QComboBox()
        self.domain.addItem("—", "")
        lang = current_language()
        for d in life_domains():
            self.domain.addItem(d.label(lang), d.id)
        self.request = QPlainTextEdit()
        self.request.setPlaceholderText(self.tr("The person's request, in their own words"))
        self.request.setFixedHeight(70)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.urgency = QComboBox()
        for code in ("routine", "soon", "urgent"):
            self.urgency.addItem(urgency_label(code), code)
        self.shared: dict[str, QCheckBox] = {}
        shared_box = QGridLayout()  # two by two: French and Dutch labels run long
        for i, code in enumerate(("identity", "needs_summary", "care_plan", "bilan")):
            self.shared[code] = QCheckBox(document_type_label(code))
            shared_box.addWidget(self.shared[code], i // 2, i % 2)
        self.shared["identity"].setChecked(True)
        self.has_follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up = _date_edit(date.today())
        self.follow_up.setEnabled(False)
        a11y.name(self.follow_up, self.tr("Follow up on"))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)

        form = self.form
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow("", self.warnings)
        self.add_row(self.override_label, self.override, field="criteria_override")
        form.addRow(self.tr("Request (the person's words)"), self.request)
        self.add_row(self.tr("Reason"), self.reason, field="reason")
        self.add_row(self.tr("Life domain"), self.domain, field="reason_domain")
        self.add_row(self.tr("Urgency"), self.urgency, field="urgency")
        form.addRow(self.tr("Share with the letter"), shared_box)
        self.bind_field("shared_types", self.shared["identity"])
        follow = QHBoxLayout()
        follow.addWidget(self.has_follow_up)
        follow.addWidget(self.follow_up)
        follow.addStretch(1)
        form.addRow("", follow)
        self.bind_field("follow_up_on", self.follow_up)
        note = QLabel(self.tr("Sent letters default to a follow-up two weeks later."))
        note.setStyleSheet("color: #5f6b7a;")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save draft"))
        self.layout_.addWidget(note)
        self.finish_layout()
        if draft:
            self._fill(draft)

    def _fill(self, draft: ReferralRow) -> None:
        self.select_partner(draft.partner_id)
        self.partner.setEnabled(False)  # another partner is another referral
        self.request.setPlainText(draft.request)
        self.reason.setPlainText(draft.reason)
        self.domain.setCurrentIndex(max(self.domain.findData(draft.reason_domain), 0))
        self.urgency.setCurrentIndex(max(self.urgency.findData(draft.urgency), 0))
        for code, box in self.shared.items():
            box.setChecked(code in draft.shared_types)
        self.has_follow_up.setChecked(draft.follow_up_on is not None)
        if draft.follow_up_on:
            self.follow_up.setDate(_qdate(draft.follow_up_on))
        self.override.setPlainText(draft.criteria_override)

    def select_partner(self, partner_id: int | None) -> None:
        """None (a draft whose partner was removed from the directory): no partner selected."""
        self.partner.setCurrentIndex(self.partner.findData(partner_id))

    def check_partner(self) -> None:
        partner_id = self.partner.currentData()
        warnings = check_criteria(self.ws, self.person_id, partner_id).warnings if partner_id else ()
        has = bool(warnings)
        if has:
            lines = [message(code, None, **params) for code, params in warnings]
            self.warnings.setText(self.tr("The person may not meet this partner's criteria:") + "\n"
                                  + "\n".join(f"• {line}" for line in lines))
        self.warnings.setVisible(has)
        self.override.setVisible(has)
        self.override_label.setVisible(has)

    def values(self) -> dict:
        return {
            "request": self.request.toPlainText(), "reason": self.reason.toPlainText(),
            "reason_domain": self.domain.currentData(), "urgency": self.urgency.currentData(),
            "shared_types": [code for code, box in self.shared.items() if box.isChecked()],
            "follow_up_on": _pydate(self.follow_up.date()) if self.has_follow_up.isChecked() else None,
            "criteria_override": "" if self.override.isHidden() else self.override.toPlainText(),
            "partner_id": self.partner.currentData(),
        }

    def check(self) -> str:
        return self.tr("Choose a partner.") if self.partner.currentData() is None else ""

    def submit(self, values: object) -> int | None:
        assert isinstance(values, dict)
        if self.draft is None:
            return create_referral(self.ws, self.person_id, values["partner_id"], values)
        update_referral(self.ws, self.draft.id, values)
        return self.referral_id

    def submitted(self, result: object) -> None:
        self.referral_id = result if isinstance(result, int) else self.referral_id


class StatusDialog(SubmitDialog):
    def __init__(self, ws: Workspace, referral: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws, self.referral = ws, referral
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(420)
        self.status = QComboBox()
        for code in referral.next_statuses():
            self.status.addItem(status_label(code), code)
        self.on = _date_edit(date.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("Partner"), QLabel(referral.partner_name))
        self.form.addRow(self.tr("New status"), self.status)
        self.add_row(self.tr("Date"), self.on, field="status_on")
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()

    def values(self) -> tuple[str, date, str]:
        return self.status.currentData(), _pydate(self.on.date()), self.note.text()

    def submit(self, values: object) -> None:
        status, on, note = cast(tuple[str, date, str], values)
        change_status(self.ws, self.referral.id, status, on, note)


class FollowUpDialog(SubmitDialog):
    """When to call the partner about a pending referral (or no reminder at all)."""

    def __init__(self, ws: Workspace, referral: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, save_button=True)
        self.ws, self.referral = ws, referral
        self.setWindowTitle(self.tr("Follow-up reminder"))
        self.enabled = QCheckBox(self.tr("Remind me on"))
        self.enabled.setChecked(referral.follow_up_on is not None)
        self.on = _date_edit(referral.follow_up_on or date.today())
        self.on.setEnabled(self.enabled.isChecked())
        a11y.name(self.on, self.tr("Remind me on"))
        self.enabled.toggled.connect(self.on.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.on)
        row.addStretch(1)
        self.layout_.insertWidget(0, QLabel(referral.partner_name))
        self.form.addRow(row)
        self.bind_field("follow_up_on", self.on)
        self.finish_layout()

    def values(self) -> date | None:
        return _pydate(self.on.date()) if self.enabled.isChecked() else None

    def submit(self, values: object) -> None:
        set_follow_up(self.ws, self.referral.id, cast(date | None, values))

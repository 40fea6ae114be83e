"""One bilan in an editor: a text box per section, the person's "share with the GP"
decision per part, the GP-refused flag and the physician block. Read-only once final."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.bilan import bilan_sections, functioning_label
from app.models.person import MAX_TEXT
from app.services.bilan.records import BilanRecord
from app.texts import current_language
from app.ui import a11y
from app.ui.bilan.model import stage_label
from app.ui.formats import date_format, short_date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class SectionBox(QWidget):
    """A section: its title, a hint in plain words, the text, and the person's sharing decision."""

    changed = Signal()

    def __init__(self, key: str, title: str, hint: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        head = QHBoxLayout()
        self.title = QLabel(title)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.share = QCheckBox(self.tr("Share with the GP"))
        self.share.setToolTip(self.tr("The person agrees that this part may be shared"))
        head.addWidget(self.title, 1)
        head.addWidget(self.share)
        layout.addLayout(head)
        if hint:
            self.hint = QLabel(hint)
            self.hint.setWordWrap(True)
            self.hint.setEnabled(False)  # greyed: a hint, not content
            layout.addWidget(self.hint)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(title)
        self._fit_height()
        self.text.setTabChangesFocus(True)
        self.counter = QLabel()
        self.counter.setEnabled(False)
        layout.addWidget(self.text)
        layout.addWidget(self.counter)
        self.text.textChanged.connect(self._text_changed)
        self.share.toggled.connect(self.changed)

    def _fit_height(self) -> None:
        """Grow with the text from 4 to 14 lines; longer text scrolls inside the box."""
        lines = max(4, min(14, int(self.text.document().size().height()) + 1))
        self.text.setFixedHeight(lines * self.text.fontMetrics().lineSpacing() + 14)

    def _text_changed(self) -> None:
        self._fit_height()
        length = len(self.text.toPlainText())
        self.counter.setText(self.tr("%n character(s)", "", length) if length > MAX_TEXT * 0.8 else "")
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.share.setEnabled(not read_only)


class PartRow(QWidget):
    """A part filled from another feature (needs, goals, partners): only the sharing decision."""

    changed = Signal()

    def __init__(self, key: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        label = QLabel(title)
        label.setWordWrap(True)
        self.share = QCheckBox(self.tr("Share with the GP"))
        layout.addWidget(label, 1)
        layout.addWidget(self.share)
        self.share.toggled.connect(self.changed)

    def set_read_only(self, read_only: bool) -> None:
        self.share.setEnabled(not read_only)


class BilanEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.record: BilanRecord | None = None
        self._loading = False
        self._dirty = False
        lang = current_language()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        head = QHBoxLayout()
        self.stage = QComboBox()
        for stage in ("initial", "interim", "final"):
            self.stage.addItem(stage_label(stage), stage)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMaximumDate(QDate.currentDate())
        head.addWidget(a11y.buddy(self.tr("Stage"), self.stage))
        head.addWidget(self.stage)
        head.addSpacing(12)
        head.addWidget(a11y.buddy(self.tr("Date"), self.date))
        head.addWidget(self.date)
        head.addStretch(1)
        outer.addLayout(head)
        self.gp_refused = QCheckBox(self.tr("The person refuses that their GP be involved"))
        outer.addWidget(self.gp_refused)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.sections: dict[str, SectionBox] = {}
        group_shown = False
        for spec in bilan_sections():
            if spec.group == "physician":
                continue
            if spec.group == "functioning" and not group_shown:
                self.body_layout.addWidget(self._group_title(functioning_label(lang)))
                group_shown = True
            box = SectionBox(spec.key, spec.label(lang), spec.hint(lang))
            self.sections[spec.key] = box
            self.body_layout.addWidget(box)
        self.body_layout.addWidget(self._group_title(self.tr("Filled in from the file")))
        self.parts = {
            "needs": PartRow("needs", self.tr("Needs met and unmet (latest CANSAS)")),
            "goals": PartRow("goals", self.tr("The person's goals (care plan)")),
            "partners": PartRow("partners", self.tr("Services involved, with their contact details")),
        }
        for row in self.parts.values():
            self.body_layout.addWidget(row)
        self.body_layout.addWidget(self._physician_block(lang))
        self.body_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b03a2e;")
        self.errors.hide()
        outer.addWidget(self.errors)

        for widget in list(self.sections.values()) + list(self.parts.values()) + [self.physician_note]:
            widget.changed.connect(self._mark_dirty)
        self.stage.currentIndexChanged.connect(self._mark_dirty)
        self.date.dateChanged.connect(self._mark_dirty)
        self.gp_refused.toggled.connect(self._mark_dirty)
        for edit in (self.physician_name, self.physician_inami):
            edit.textChanged.connect(self._mark_dirty)
        self.physician_agreed.toggled.connect(self._physician_enabled)
        self.physician_agreed.toggled.connect(self._mark_dirty)
        self.cosigned.toggled.connect(self._physician_enabled)
        self.cosigned.toggled.connect(self._mark_dirty)
        self.cosigned_on.dateChanged.connect(self._mark_dirty)
        self.setEnabled(False)

    def _group_title(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _physician_block(self, lang: str) -> QGroupBox:
        box = QGroupBox(self.tr("Physician"))
        layout = QVBoxLayout(box)
        self.physician_agreed = QCheckBox(self.tr("The person agrees that a physician contributes and co-signs"))
        layout.addWidget(self.physician_agreed)
        form = QFormLayout()
        self.physician_name = QLineEdit()
        self.physician_name.setMaxLength(200)
        self.physician_inami = QLineEdit()
        self.physician_inami.setPlaceholderText("1-23456-78-901")
        self.physician_inami.setMaxLength(20)
        cosign = QHBoxLayout()
        self.cosigned = QCheckBox(self.tr("Co-signed on"))
        self.cosigned_on = QDateEdit()
        self.cosigned_on.setCalendarPopup(True)
        self.cosigned_on.setDisplayFormat(date_format())
        self.cosigned_on.setMaximumDate(QDate.currentDate())
        cosign.addWidget(self.cosigned)
        cosign.addWidget(self.cosigned_on)
        cosign.addStretch(1)
        form.addRow(self.tr("Name"), self.physician_name)
        form.addRow(self.tr("INAMI number"), self.physician_inami)
        form.addRow("", cosign)
        layout.addLayout(form)
        spec = next(s for s in bilan_sections() if s.key == "physician")
        self.physician_note = SectionBox(spec.key, spec.label(lang), spec.hint(lang))
        layout.addWidget(self.physician_note)
        return box

    # -- state ------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.changed.emit()

    def _physician_enabled(self) -> None:
        editable = self.record is not None and not self.record.is_final
        agreed = self.physician_agreed.isChecked()
        for widget in (self.physician_name, self.physician_inami, self.cosigned):
            widget.setEnabled(editable and agreed)
        self.cosigned_on.setEnabled(editable and agreed and self.cosigned.isChecked())
        self.physician_note.setEnabled(agreed)
        self.physician_note.set_read_only(not editable)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, record: BilanRecord | None) -> None:
        self._loading = True
        try:
            self.record = record
            self.setEnabled(record is not None)
            self.show_errors([])
            if record is None:
                self.status.setText(self.tr("Choose a bilan in the list, or start a new one."))
                for box in self.sections.values():
                    box.text.setPlainText("")
                return
            self.status.setText(self._status_text(record))
            self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage)))
            self.date.setDate(_qdate(record.bilan_date))
            self.gp_refused.setChecked(record.gp_refused)
            for key, box in list(self.sections.items()) + [("physician", self.physician_note)]:
                box.text.setPlainText(record.text(key))
                box.share.setChecked(record.shared.get(key, False))
            for key, row in self.parts.items():
                row.share.setChecked(record.shared.get(key, False))
            self.physician_agreed.setChecked(record.physician_agreed)
            self.physician_name.setText(record.physician_name)
            self.physician_inami.setText(record.physician_inami)
            self.cosigned.setChecked(record.physician_cosigned_on is not None)
            self.cosigned_on.setDate(_qdate(record.physician_cosigned_on or date.today()))
            read_only = record.is_final
            for widget in (self.stage, self.date, self.gp_refused, self.physician_agreed):
                widget.setEnabled(not read_only)
            for section_box in self.sections.values():
                section_box.set_read_only(read_only)
            for part_row in self.parts.values():
                part_row.set_read_only(read_only)
            self._physician_enabled()
        finally:
            self._loading = False
            self._dirty = False

    def _status_text(self, r: BilanRecord) -> str:
        if r.is_final:
            text = self.tr("Final — version %1, finalised on %2. It can no longer change; amend it to make a "
                           "new version.").replace("%1", str(r.version)).replace(
                "%2", short_date(r.finalised_at))
        else:
            text = self.tr("Draft — version %1. Write it with the person; tick what they agree to share.") \
                .replace("%1", str(r.version))
        if r.amends_id:
            text += " " + self.tr("(amends an earlier final version)")
        return text

    def values(self) -> dict:
        """The editor's content as update_bilan keyword arguments."""
        sections = {key: box.text.toPlainText() for key, box in self.sections.items()}
        sections["physician"] = self.physician_note.text.toPlainText()
        shared = {key: box.share.isChecked() for key, box in self.sections.items()}
        shared["physician"] = self.physician_note.share.isChecked()
        shared.update({key: row.share.isChecked() for key, row in self.parts.items()})
        return {
            "stage": self.stage.currentData(), "bilan_date": _pydate(self.date.date()),
            "sections": sections, "shared": shared, "gp_refused": self.gp_refused.isChecked(),
            "physician": {
                "agreed": self.physician_agreed.isChecked(), "name": self.physician_name.text(),
                "inami": self.physician_inami.text(),
                "cosigned_on": _pydate(self.cosigned_on.date()) if self.cosigned.isChecked() else None,
            },
        }

    def show_errors(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

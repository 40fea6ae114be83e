"""The joint crisis plan, written with the person in their own words: eight sections, the
crisis partners they consent to, agree, print (one page, pocket card)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.crisis import SECTIONS
from app.services.crisis import agree, current_plan, save_plan
from app.services.documents.catalogue import produce
from app.services.partners.directory import list_partners
from app.services.shared.documents import PdfRequest
from app.services.shared.permissions import Permission
from app.ui.contracts import PersonTabBase
from app.ui.formats import short_date


def section_labels() -> dict[str, str]:
    return {
        "warning_signs": QCoreApplication.translate("CrisisSections", "Early warning signs"),
        "what_helps": QCoreApplication.translate("CrisisSections", "What helps"),
        "what_does_not_help": QCoreApplication.translate("CrisisSections", "What does not help"),
        "who_to_call": QCoreApplication.translate("CrisisSections", "Who to call"),
        "who_not_to_call": QCoreApplication.translate("CrisisSections", "Who not to call"),
        "treatment_preferences": QCoreApplication.translate("CrisisSections", "Treatment preferences"),
        "home_children_pets": QCoreApplication.translate("CrisisSections", "Children, pets and home"),
        "accepted_places": QCoreApplication.translate("CrisisSections", "Places accepted"),
    }


class CrisisTab(PersonTabBase, QWidget):
    person_changed = Signal()

    def __init__(self, ws, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.version_label = QLabel()
        self.version_label.setStyleSheet("color: #5f6b7a;")
        hint = QLabel(self.tr("Write it with the person, in their words."))
        hint.setWordWrap(True)
        self.edits: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        for i, (key, label) in enumerate(section_labels().items()):
            edit = QPlainTextEdit()
            edit.setMinimumHeight(60)
            title = QLabel(label)
            title.setBuddy(edit)
            edit.setAccessibleName(label)
            title.setStyleSheet("font-weight: 600;")
            grid.addWidget(title, (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)
            self.edits[key] = edit
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Crisis partners who may receive this plan"))
        self.partners.setMaximumHeight(90)
        for p in list_partners(ws):
            item = QListWidgetItem(f"{p.organisation} — {p.service_name}" if p.service_name else p.organisation)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        partners_title = QLabel(self.tr("Crisis partners the person consents to receive the plan"))
        partners_title.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        self.agree_button = QPushButton(self.tr("Agreed with the person today"))
        self.agree_button.clicked.connect(self.agree_today)
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Language of the document"))
        self.lang.addItem("FR", "fr")
        self.lang.addItem("NL", "nl")
        print_page = QPushButton(self.tr("Print for the person"))
        print_page.clicked.connect(lambda: self.produce("person"))
        print_card = QPushButton(self.tr("Pocket card"))
        print_card.clicked.connect(lambda: self.produce("card"))
        buttons = QHBoxLayout()
        widget: QWidget
        for widget in (save, self.agree_button):
            widget.setVisible(ws.can(Permission.CLINICAL_WRITE))
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.lang, print_page, print_card):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(hint)
        layout.addLayout(grid, 1)
        layout.addWidget(partners_title)
        layout.addWidget(self.partners)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        plan = current_plan(self.ws, self.person_id)
        for key in SECTIONS:
            self.edits[key].setPlainText(plan.sections.get(key, "") if plan else "")
        chosen = set(plan.partner_ids) if plan else set()
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        if plan is None:
            self.version_label.setText(self.tr("No crisis plan yet."))
        elif plan.agreed_on:
            self.version_label.setText(self.tr("Version %1, agreed on %2").replace("%1", str(plan.number))
                                       .replace("%2", short_date(plan.agreed_on)))
        else:
            self.version_label.setText(self.tr("Version %1, draft").replace("%1", str(plan.number)))
        self.agree_button.setEnabled(plan is not None and plan.is_draft)

    def has_unsaved_changes(self) -> bool:
        plan = current_plan(self.ws, self.person_id)
        typed = {k: e.toPlainText().strip() for k, e in self.edits.items()}
        return typed != ({k: plan.sections.get(k, "") for k in SECTIONS} if plan else {k: "" for k in SECTIONS})

    def _checked_partners(self) -> list[int]:
        return [self.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.partners.count())
                if self.partners.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        try:
            save_plan(self.ws, self.person_id, {k: e.toPlainText() for k, e in self.edits.items()},
                      self._checked_partners())
        except RelaisError as exc:
            self.message.setText(exc.message())
            return False
        self.message.setText(self.tr("Saved."))
        self.reload()
        return True

    def discard(self) -> None:
        self.reload()

    def agree_today(self) -> None:
        if not self.save():
            return
        try:
            plan = current_plan(self.ws, self.person_id)
            if plan is None:      # save() above made the first version: only erased in between
                return
            agree(self.ws, plan.version_id, date.today())
        except RelaisError as exc:
            self.message.setText(exc.message())
            return
        self.reload()

    def produce(self, variant: str) -> None:
        try:
            produce(self.ws, "crisisplan", PdfRequest(self.person_id, language=self.lang.currentData(),
                                                      variant=variant))
        except RelaisError as exc:
            self.message.setText(exc.message())
            return
        self.message.setText(self.tr("Kept in the Documents tab, ready to print."))

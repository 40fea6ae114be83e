"""The quick contact entry: one shortcut from anywhere, keyboard only, done in seconds.

Type to find the person (or Alt+A for an anonymous encounter), Tab through the fields that
already hold sensible defaults, Ctrl+Enter saves. Warnings that need a decision (a closed
file, a convention limit exceeded) are shown in place; Ctrl+Enter again confirms.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QStringListModel, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError, ValidationError
from app.models.contact import MAX_DURATION_MINUTES
from app.models.convention import age_group_for, convention_rules, default_duration
from app.models.dates import age_on
from app.services.contacts.records import ContactService, SaveResult
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import events, style
from app.ui.contacts.labels import (
    age_group_label,
    function_label,
    mode_labels,
    setting_label,
    topic_choices,
)
from app.ui.contacts.notice import show_contact_notice
from app.ui.contacts.person_picker import PersonPicker
from app.ui.formats import date_time_format

DEFAULT_DURATION = 15
SAVE, DISCARD, KEEP = "save", "discard", "keep"


def ask_discard(parent: QWidget) -> str:
    """Escape or Cancel on a contact being written: save it, discard it, or keep writing."""
    title = QCoreApplication.translate("QuickContactDialog", "Quick contact")
    text = QCoreApplication.translate("QuickContactDialog", "This contact is not saved yet.")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("QuickContactDialog", "Save it"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("QuickContactDialog", "Discard it"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("QuickContactDialog", "Keep writing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("discard_contact_question")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else KEEP


class WhenEdit(QDateTimeEdit):
    """Tab leaves the field instead of walking through day, month, year, hour and minute:
    the default (now) is usually right, and arrows still move between the parts."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


def local_to_utc(value: QDateTime) -> datetime:
    """The vault stores naive UTC; the dialog shows local time."""
    moment = value.toUTC().toPython()
    if not isinstance(moment, datetime):   # the stubs type toPython() as object; a QDateTime gives a datetime
        raise TypeError(f"QDateTime.toPython() gave {type(moment).__name__}")
    return moment.replace(tzinfo=None)


class QuickContactDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = ContactService(ws)
        self.saved_id: int | None = None
        self.saved_who = ""
        self._pending_confirmation = False
        self.setWindowTitle(self.tr("Quick contact"))
        self.setMinimumWidth(560)

        self.anonymous = QCheckBox(self.tr("Anonymous encounter, not registered (Alt+A)"), self)
        self.picker = PersonPicker(ws, self)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("A few words to recognise them again"))
        self.nickname = QLineEdit(self)
        self.nickname.setPlaceholderText(self.tr("Optional"))
        self.when = WhenEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat(date_time_format())
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        self.duration = QSpinBox(self)
        self.duration.setRange(1, MAX_DURATION_MINUTES)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox(self)
        for value, label in mode_labels().items():
            self.mode.addItem(label, str(value))
        self.place = QLineEdit(self)
        completer = QCompleter(QStringListModel(self.service.places(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place.setCompleter(completer)
        self.topics_model = QStandardItemModel(self)
        for domain_id, label in topic_choices():
            item = QStandardItem(label)
            item.setData(domain_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.topics_model.appendRow(item)
        self.topics = QListView(self)
        self.topics.setModel(self.topics_model)
        self.topics.setMinimumHeight(110)
        self.topics.setToolTip(self.tr("Type to jump to a domain, Space to tick it"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note_private = QCheckBox(self.tr("&Private note (only I can read it)"), self)
        self.follow_up = QCheckBox(self.tr("&Follow-up needed"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.who_label = QLabel(self.tr("&Who"), self)
        self.who_label.setBuddy(self.picker.edit)
        form.addRow(self.who_label, self.picker)
        self.description_label = QLabel(self.tr("&Description"), self)
        self.description_label.setBuddy(self.description)
        form.addRow(self.description_label, self.description)
        self.nickname_label = QLabel(self.tr("Nic&kname"), self)
        self.nickname_label.setBuddy(self.nickname)
        form.addRow(self.nickname_label, self.nickname)
        form.addRow("", self.anonymous)
        timing = QHBoxLayout()
        timing.addWidget(self.when, 2)
        duration_label = QLabel(self.tr("D&uration"), self)
        duration_label.setBuddy(self.duration)
        timing.addWidget(duration_label)
        timing.addWidget(self.duration, 1)
        when_label = QLabel(self.tr("W&hen"), self)
        when_label.setBuddy(self.when)
        form.addRow(when_label, timing)
        form.addRow(self._buddy(self.tr("&Mode"), self.mode), self.mode)
        form.addRow(self._buddy(self.tr("P&lace"), self.place), self.place)
        form.addRow(self._buddy(self.tr("&Topics"), self.topics), self.topics)
        form.addRow(self._buddy(self.tr("&Note"), self.note), self.note)
        flags = QHBoxLayout()
        flags.addWidget(self.note_private)
        flags.addWidget(self.follow_up)
        flags.addStretch(1)
        form.addRow("", flags)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.convention_box = self._convention_box()
        layout.addWidget(self.convention_box)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)  # a stray Enter in a field must not save
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Alt+A"), self, self.anonymous.toggle,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.picker.picked.connect(self._person_picked)
        # Only who, when and the convention fields change the warnings (closed file, limits).
        for combo in (self.function, self.setting, self.age_group):
            combo.currentIndexChanged.connect(self._inputs_changed)
        self.when.editingFinished.connect(self._inputs_changed)
        self.picker.edit.textEdited.connect(self._who_edited)
        self._anonymous_toggled(False)
        self._order_tabs()
        if person_id is not None:
            self.picker.set_person(person_id)
            self._person_picked(person_id)
            self.when.setFocus()
        else:
            self.picker.setFocus()
        self._quiet_close = False
        self._initial = self._snapshot()

    # -- leaving ----------------------------------------------------------------------
    def _snapshot(self) -> dict:
        values = {key: value for key, value in self.values().items() if key != "occurred_at"}
        return {**values, "who_text": self.picker.edit.text(), "anonymous": self.anonymous.isChecked()}

    def is_changed(self) -> bool:
        return self.saved_id is None and self._snapshot() != self._initial

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: a contact being written is not lost silently."""
        if not self._quiet_close and self.is_changed():
            answer = ask_discard(self)
            if answer == KEEP:
                return
            if answer == SAVE:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Closed by the program (not by the user): no question.
        self._quiet_close = not event.spontaneous()
        super().closeEvent(event)
        self._quiet_close = False

    def _setting_duration(self) -> None:
        setting = self.setting.currentData()
        if setting in ("individual", "group") and self.function.currentData() is not None:
            self.duration.setValue(default_duration(setting))

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _convention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Convention session (psychological care)"), self)
        self.function = QComboBox(box)
        self.function.addItem(self.tr("Not a convention session"), None)
        for rule in convention_rules().functions:
            self.function.addItem(function_label(rule.id), rule.id)
        self.setting = QComboBox(box)
        for value in ("individual", "group"):
            self.setting.addItem(setting_label(value), value)
        self.age_group = QComboBox(box)
        for value in ("adults", "children_adolescents"):
            self.age_group.addItem(age_group_label(value), value)
        # Function on its own line: its French and Dutch names are long.
        layout = QVBoxLayout(box)
        layout.addWidget(self.function)
        row = QHBoxLayout()
        row.addWidget(self.setting, 1)
        row.addWidget(self.age_group, 2)
        layout.addLayout(row)
        self.function.currentIndexChanged.connect(self._function_changed)
        self.setting.setEnabled(False)
        self.age_group.setEnabled(False)
        # A group session starts at the slides' duration (90 to 120 minutes), not a chat's.
        self.setting.currentIndexChanged.connect(self._setting_duration)
        # Recording psychological-care sessions is clinical work: hidden from peer workers
        # (and the service refuses it too).
        box.setVisible(self.ws.can(Permission.CLINICAL_WRITE))
        return box

    def _order_tabs(self) -> None:
        # The anonymous switch has its own key (Alt+A): it comes last so Tab goes straight on.
        chain = [self.picker.edit, self.description, self.nickname, self.when, self.duration,
                 self.mode, self.place, self.topics, self.note, self.note_private, self.follow_up,
                 self.function, self.setting, self.age_group, self.anonymous, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # -- reactions --------------------------------------------------------------------
    def _function_changed(self) -> None:
        chosen = self.function.currentData() is not None
        self.setting.setEnabled(chosen)
        self.age_group.setEnabled(chosen)

    def _anonymous_toggled(self, anonymous: bool) -> None:
        for widget in (self.who_label, self.picker):
            widget.setVisible(not anonymous)
        for shown in (self.description_label, self.description, self.nickname_label, self.nickname):
            shown.setVisible(anonymous)
        if anonymous:
            self.picker.clear()
            self.function.setCurrentIndex(0)
            self.description.setFocus()
        else:
            self.picker.setFocus()
        self.function.setEnabled(not anonymous)
        self._inputs_changed()

    def _person_picked(self, person_id: int) -> None:
        row = self.picker.chosen()
        if row is not None:
            group = age_group_for(age_on(row.birth_year, row.birth_date, datetime.now().date()))
            if group:
                self.age_group.setCurrentIndex(self.age_group.findData(group))
        self._inputs_changed()

    def _who_edited(self, *_: object) -> None:
        # Searching again: the previous person's warnings and confirmation no longer apply.
        self._pending_confirmation = False
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        self._show_message("")

    def _inputs_changed(self, *_: object) -> None:
        self._pending_confirmation = False
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        values = self.values()
        if values["person_id"] is None:
            self._show_message("")
            return
        try:
            warnings = self.service.warnings_for({**values, "occurred_at": local_to_utc(self.when.dateTime())})
        except RelaisError:
            warnings = []
        self._show_message("\n".join(w.message() for w in warnings), warning=True)

    # -- saving -----------------------------------------------------------------------
    def values(self) -> dict:
        anonymous = self.anonymous.isChecked()
        topics = [self.topics_model.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.topics_model.rowCount())
                  if self.topics_model.item(r).checkState() == Qt.CheckState.Checked]
        function = self.function.currentData() if self.ws.can(Permission.CLINICAL_WRITE) and not anonymous else None
        return {
            "person_id": None if anonymous else self.picker.person_id(),
            "anonymous_label": self.description.text() if anonymous else "",
            "nickname": self.nickname.text() if anonymous else "",
            "occurred_at": local_to_utc(self.when.dateTime()),
            "duration_minutes": self.duration.value(),
            "mode": self.mode.currentData(),
            "place": self.place.text(),
            "topics": topics,
            "note": self.note.toPlainText(),
            "note_private": self.note_private.isChecked(),
            "follow_up": self.follow_up.isChecked(),
            "convention_function": function,
            "convention_setting": self.setting.currentData() if function else None,
            "convention_age_group": self.age_group.currentData() if function else None,
        }

    def save(self) -> None:
        values = self.values()
        try:
            result: SaveResult = self.service.add(values, confirmed=self._pending_confirmation)
        except ValidationError as exc:
            self._show_message(exc.message(), error=True)
            self._focus_field(exc.errors[0].field if exc.errors else "")
            return
        except RelaisError as exc:
            self._show_message(exc.message(), error=True)
            return
        if not result.saved:
            self._pending_confirmation = True
            self._show_message("\n".join(w.message() for w in result.warnings), warning=True)
            self.save_button.setText(self.tr("Save anyway (Ctrl+Enter)"))
            return
        self.saved_id = result.contact_id
        self.saved_who = (self.description.text().strip() or self.tr("an anonymous person")) \
            if values["person_id"] is None else self.picker.edit.text().strip()
        events.records_changed({events.CONTACTS}, person_id=values.get("person_id"))
        self.accept()

    def _focus_field(self, field: str) -> None:
        widget = {
            "anonymous_label": self.description if self.anonymous.isChecked() else self.picker.edit,
            "nickname": self.nickname, "occurred_at": self.when, "duration_minutes": self.duration,
            "mode": self.mode, "place": self.place, "topics": self.topics, "note": self.note,
            "convention_function": self.function,
        }.get(field)
        if widget is not None:
            widget.setFocus()

    def _show_message(self, text: str, error: bool = False, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        colour = style.LIMIT_REACHED if error else (style.LIMIT_NEAR if warning else "")
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")


def open_quick_contact(ws: Workspace, parent: QWidget | None = None, person_id: int | None = None) -> int | None:
    """The dialog; once a contact is saved, the non-modal "Contact recorded for X" notice with Undo."""
    dialog = QuickContactDialog(ws, parent, person_id)
    dialog.exec()
    if dialog.saved_id is not None:
        show_contact_notice(ws, dialog.saved_id, dialog.values()["person_id"], dialog.saved_who, parent)
    return dialog.saved_id

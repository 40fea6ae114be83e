"""The Persons page: the searchable list and, when one is opened, that person's file."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.persons.listing import Listing, ordered_ids
from app.services.persons.records import PersonService
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.texts import message
from app.ui import a11y, events
from app.ui.contracts import PageBase
from app.ui.persons.labels import status_labels
from app.ui.persons.list_model import (
    AGE,
    LAST_CONTACT,
    NAME,
    STATUS,
    WORKERS,
    PersonTableModel,
)
from app.ui.persons.new_person import NewPersonDialog
from app.ui.persons.person_file import PersonFile
from app.ui.tasks import report_failure, run_task
from app.ui.widgets import label

SEARCH_DEBOUNCE_MS = 150


class PersonTable(QTableView):
    """Enter opens the selected person, as a double-click does."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PersonsPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = PersonService(ws)
        self.file: PersonFile | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, alias, NISS or birth year (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        a11y.name(self.search, self.tr("Search persons"), self.search.placeholderText())
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for value, text in status_labels().items():
            self.status.addItem(text, value)
        self.status.setCurrentIndex(1)   # active persons first: the everyday view
        a11y.name(self.status, self.tr("Show persons with status"))
        self.new_button = QPushButton(self.tr("New person"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.new_button.setVisible(ws.can(Permission.PERSON_CREATE))
        self.count = label("", "hint")

        self.model = PersonTableModel(self)
        self._generation = 0            # the latest list request; older answers are dropped
        self._loading = False
        self.table = PersonTable()
        self.table.setModel(self.model)
        a11y.name(self.table, self.tr("Persons"), self.tr("Enter opens the selected person's file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AGE, 70), (STATUS, 110), (WORKERS, 220), (LAST_CONTACT, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the (translated) title plus room for the sort arrow.
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 44))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("Persons"), "pageTitle"))
        top.addSpacing(12)
        top.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(24, 18, 24, 18)
        list_layout.setSpacing(12)
        list_layout.addLayout(top)
        list_layout.addLayout(filters)
        self.empty = label("", "hint", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        list_layout.addWidget(self.empty)
        # Matches a status filter hides: a link that shows all statuses.
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("hint")
        self.elsewhere.setTextFormat(Qt.TextFormat.RichText)
        self.elsewhere.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.elsewhere.linkActivated.connect(lambda _link: self.status.setCurrentIndex(0))
        self.elsewhere.setVisible(False)
        list_layout.addWidget(self.elsewhere)
        list_layout.addWidget(self.table, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first_match)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.model.sort_requested.connect(lambda *_: self.apply_filter())
        self.reload()
        events.listen(self, events.PERSON_HEADER, self._records_changed)

    # -- list -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.forget()
        self.model.refresh_labels()
        self.apply_filter()

    def refresh_person(self, person_id: int) -> None:
        """One person changed (name, status, birth): fetch their row again and re-run the
        filter, since a new name may now match the search or no longer."""
        self.model.forget([person_id])
        self.apply_filter()

    def loading(self) -> bool:
        """The list's order is being computed in the background."""
        return self._loading

    def _records_changed(self, change: events.Change) -> None:
        if not self.ws.is_open:
            return
        if (self.file is not None and change.concerns(self.file.person_id)
                and not self.service.rows(person_ids=[self.file.person_id])):
            self._erased_elsewhere()
            return
        if change.person_id is None:
            self.reload()
        else:
            self.refresh_person(change.person_id)

    def _erased_elsewhere(self) -> None:
        """The open file's person was erased by a tombstone from the team: close the file and
        say so, without a modal wait (the sync runs in the background)."""
        self._close_file()
        self.reload()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Person erased"),
                          message("team.person_erased_elsewhere"), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("erased_elsewhere")
        box.open()

    def forget_person(self, person_id: int) -> None:
        """The person was erased: close their file without asking (nothing is left to save)
        and drop them from the list."""
        if self.file is not None and self.file.person_id == person_id:
            self._close_file()
        self.reload()

    def apply_filter(self, wait: bool = False) -> None:
        """Compute which persons the list shows, in which order: in a background task (a
        whole vault's order takes long at 100,000 persons), or at once with `wait`."""
        self._debounce.stop()
        text = self.search.text().strip()
        status = self.status.currentData() or None
        sort, descending = self.model.sort_order()
        self._generation += 1
        generation, service = self._generation, self.service

        def work(_ctx=None) -> tuple[Listing, int]:
            # how many matches the status filter hides ("N more in other statuses")
            hidden = service.count_elsewhere(text, status) if text and status else 0
            return ordered_ids(service, text, status, sort, descending), hidden

        def done(result: tuple[Listing, int]) -> None:
            if generation == self._generation and self.ws.is_open:
                self._loading = False
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                if self.ws.is_open:
                    report_failure(self, exc)

        if wait:
            done(work())
        else:
            self._loading = True
            run_task(self, work, on_success=done, on_failure=failed, quiet=True)

    def _show(self, listing: Listing, hidden: int) -> None:
        self.model.set_listing(listing, self.service)
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(self.tr("{shown} of %n person(s)", "", total).format(shown=shown))
        if not total:
            self.empty.setText(self.tr("No person registered yet. Start with “New person” (Ctrl+N): "
                                       "a name or an alias is enough."))
        elif not shown:
            self.empty.setText(self.tr("Nobody matches. Check the spelling, try part of the name, the "
                                       "birth year, or all statuses."))
        self.empty.setVisible(not shown)
        more = self.tr("%n more in other statuses", "", hidden)
        self.elsewhere.setText(f'<a href="all">{escape(more, quote=False)}</a>' if hidden else "")
        self.elsewhere.setVisible(bool(hidden))
        if shown:
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person(self.model.person_id(index.row()))

    def _open_first_match(self) -> None:
        self.apply_filter(wait=True)
        if self.model.rowCount():
            self.open_person(self.model.person_id(self.table.currentIndex().row() if
                                                  self.table.currentIndex().isValid() else 0))

    # -- person file ------------------------------------------------------------------------------
    def open_person(self, person_id: int, tab: str = "") -> bool:
        if self.file is not None:
            if self.file.person_id == person_id:
                self.stack.setCurrentWidget(self.file)
                self.file.select_tab(tab)
                return True
            if not self.file.confirm_leave():
                return False
            self._close_file()
        self.file = PersonFile(self.ws, person_id, self)
        self.file.back_requested.connect(self.back_to_list)
        self.stack.addWidget(self.file)
        self.stack.setCurrentWidget(self.file)
        self.file.select_tab(tab)
        return True

    def back_to_list(self) -> bool:
        if self.file is not None and not self.file.confirm_leave():
            return False
        self._close_file()
        self.show_list()
        return True

    def show_list(self) -> None:
        if self.file is not None and self.stack.currentWidget() is self.file:
            self.back_to_list()
            return
        self.stack.setCurrentIndex(0)

    def _close_file(self) -> None:
        if self.file is not None:
            self.stack.removeWidget(self.file)
            self.file.deleteLater()
            self.file = None
        self.stack.setCurrentIndex(0)

    def new_person(self) -> None:
        if self.file is not None and not self.file.confirm_leave():
            return
        dialog = NewPersonDialog(self.ws, self)
        if dialog.exec() and dialog.person_id is not None:
            events.records_changed({events.PERSONS})        # a new row: the list reloads
            self.open_person(dialog.person_id, "overview")

    # -- shell protocol: unsaved changes, and where the user was ---------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.file is not None and self.file.has_unsaved_changes()

    def confirm_leave(self) -> bool:
        return self.file is None or self.file.confirm_leave()

    def place(self) -> dict:
        place = {"search": self.search.text(), "status": self.status.currentData() or ""}
        if self.file is not None and self.stack.currentWidget() is self.file:
            place.update(person_id=self.file.person_id, tab=self.file.current_tab_key())
        return place

    def restore_place(self, place: dict) -> None:
        self.status.setCurrentIndex(max(self.status.findData(place.get("status", "active")), 0))
        self.search.setText(place.get("search", ""))
        self.apply_filter()
        if place.get("person_id"):
            self.open_person(place["person_id"], place.get("tab", ""))

    def discard_unsaved(self) -> None:
        """Drop what could not be saved (before a lock: no draft outlives the key)."""
        if self.file is not None:
            self.file.discard_all()

    def save_pending(self) -> bool:
        """Save what can be saved without asking (before an automatic lock)."""
        return self.file is None or not self.file.has_unsaved_changes() or self.file.save_all()

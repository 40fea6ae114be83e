"""The person's "Network" tab: pick a dated map, draw it, read its measures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.network_layout import circle_at
from app.services.network import maps as networks
from app.services.persons.records import PersonService
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.ui import a11y, events
from app.ui.contracts import PersonTabBase
from app.ui.formats import date_format, short_date
from app.ui.network import labels as network_labels
from app.ui.network.link_dialog import LinkDialog
from app.ui.network.member_dialog import MemberDialog
from app.ui.network.panels import MeasuresPanel, MembersModel
from app.ui.network.scene import SociogramScene
from app.ui.network.view import SociogramView


class NetworkTab(PersonTabBase, QWidget):

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.person_id = ws, person_id
        self.editable = ws.can(Permission.CLINICAL_WRITE)
        self.snapshot_id: int | None = None
        self.view_data: networks.SnapshotView | None = None
        self._saved_note = ""
        rows = PersonService(ws).rows(person_ids=[person_id])
        self.person_name = rows[0].display_name if rows else ""

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        # At 200 % text the map page is taller than the tab: it scrolls instead of drawing the
        # hint over the map (issue 24).
        map_scroll = QScrollArea()
        map_scroll.setWidgetResizable(True)
        map_scroll.setFrameShape(QFrame.Shape.NoFrame)
        map_scroll.setWidget(self._map_page())
        self.stack.addWidget(map_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.reload()

    # -- pages ----------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch()
        text = QLabel(self.tr("No network map yet. A map shows who the person can count on: family, "
                              "friends, neighbours, peers and colleagues, professionals and services."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.first_map = QPushButton(self.tr("Draw the first map"))
        self.first_map.setEnabled(self.editable)
        self.first_map.clicked.connect(self.new_snapshot)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.first_map)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _map_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QToolBar()
        self.snapshots = QComboBox()
        bar.addWidget(a11y.buddy(self.tr("Map:") + " ", self.snapshots))
        self.snapshots.setMinimumContentsLength(16)
        self.snapshots.currentIndexChanged.connect(self._snapshot_picked)
        bar.addWidget(self.snapshots)
        self.drawn_on = QDateEdit()
        bar.addWidget(a11y.buddy(" " + self.tr("drawn on") + " ", self.drawn_on))
        self.drawn_on.setCalendarPopup(True)
        self.drawn_on.setDisplayFormat(date_format())
        self.drawn_on.setMaximumDate(QDate.currentDate())
        self.drawn_on.setEnabled(self.editable)
        self.drawn_on.editingFinished.connect(self._date_edited)
        bar.addWidget(self.drawn_on)
        bar.addSeparator()
        self.new_action = QAction(self.tr("New map from this one"), self)
        self.new_action.setToolTip(self.tr("Start a new dated map from the latest one, so nothing is asked twice"))
        self.new_action.triggered.connect(self.new_snapshot)
        self.delete_action = QAction(self.tr("Delete map"), self)
        self.delete_action.triggered.connect(self.delete_snapshot)
        self.add_action = QAction(self.tr("Add member"), self)
        self.add_action.triggered.connect(lambda: self.add_member(None))
        self.tie_action = QAction(self.tr("Link members"), self)
        self.tie_action.setCheckable(True)
        self.tie_action.setToolTip(self.tr("Drag from one member to another to record that they know each "
                                           "other (again to remove). Shift-drag does the same at any time."))
        self.tie_action.toggled.connect(self._tie_mode)
        self.link_action = QAction(self.tr("Link to…"), self)      # the keyboard's way to tie members
        self.link_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.link_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.link_action.setToolTip(self.tr("Choose, from a list, whom the selected member knows (%1)").replace(
            "%1", self.link_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.link_action.triggered.connect(self.link_selected)
        page.addAction(self.link_action)
        self.reset_action = QAction(self.tr("Reset layout"), self)
        self.reset_action.triggered.connect(self.reset_layout)
        for action in (self.new_action, self.delete_action, self.add_action, self.tie_action, self.link_action,
                       self.reset_action):
            action.setEnabled(self.editable)
            bar.addAction(action)
        layout.addWidget(bar)

        self.scene = SociogramScene(self)
        self.view = SociogramView(self.scene)
        a11y.name(self.view, self.tr("Network map"))
        self.scene.member_moved.connect(self.member_moved)
        self.scene.add_requested.connect(lambda x, y: self.add_member((x, y)))
        self.scene.edit_requested.connect(self.edit_member)
        self.scene.tie_requested.connect(self.toggle_tie)
        self.scene.selectionChanged.connect(self._scene_selection)
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self.delete_shortcut.activated.connect(self.remove_selected)

        self.measures = MeasuresPanel()
        measures_page = QScrollArea()
        measures_page.setWidgetResizable(True)
        measures_page.setFrameShape(QFrame.Shape.NoFrame)
        measures_page.setWidget(self.measures)
        self.model = MembersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        a11y.name(self.table, self.tr("Members of the network"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_member(
            self.model.member_id(self.proxy.mapToSource(index).row())))
        self.table.selectionModel().currentRowChanged.connect(self._table_selection)
        members_page = QWidget()
        members_layout = QVBoxLayout(members_page)
        members_layout.addWidget(self.table, 1)
        self.note = QPlainTextEdit()
        members_layout.addWidget(a11y.buddy(self.tr("Note on this map"), self.note))
        self.note.setFixedHeight(70)
        self.note.setReadOnly(not self.editable)
        self.note.textChanged.connect(self._note_changed)
        members_layout.addWidget(self.note)
        self.save_note = QPushButton(self.tr("Save note"))
        self.save_note.setEnabled(False)
        self.save_note.clicked.connect(self.save)
        members_layout.addWidget(self.save_note, 0, Qt.AlignmentFlag.AlignRight)
        self.side = QTabWidget()
        self.side.addTab(measures_page, self.tr("Measures"))
        self.side.addTab(members_page, self.tr("Members"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        hint = QLabel(self.tr("Double-click the circle to add someone, a member to edit them; drag to move "
                              "(into another ring to change closeness); Shift-drag between two members to tie them. "
                              "By keyboard: pick a member in the Members list, then Link to… (Ctrl+Shift+L)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b7a;")

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)      # under the splitter, whose height does not follow a wrapped label
        return page

    # -- loading ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        rows = networks.list_snapshots(self.ws, self.person_id)
        if not rows:
            self.snapshot_id, self.view_data = None, None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        target = select_id if select_id in {r.id for r in rows} else (
            self.snapshot_id if self.snapshot_id in {r.id for r in rows} else rows[0].id)
        self.snapshots.blockSignals(True)
        self.snapshots.clear()
        for row in rows:
            self.snapshots.addItem(self.tr("%1 (%n member(s))", "", row.members)
                                   .replace("%1", short_date(row.drawn_on)), row.id)
        self.snapshots.setCurrentIndex(self.snapshots.findData(target))
        self.snapshots.blockSignals(False)
        audit = target != self.snapshot_id
        self.snapshot_id = target
        self._refresh(rebuild=True, audit=audit)

    def map_text(self, data) -> str:
        """The map in words for a screen reader: each member in its circle, then who knows whom.
        The Members tab beside the map is the same content as a table."""
        names = {m.id: m.label for m in data.members}
        parts = [self.tr("%n member(s)", "", len(data.members))]
        parts += [f"{m.label} ({network_labels.categories()[m.category]}, {network_labels.circles()[m.circle]})"
                  for m in data.members]
        ties = [f"{names.get(a, '?')} – {names.get(b, '?')}" for a, b in data.ties]
        if ties:
            parts.append(self.tr("They know each other: %1").replace("%1", ", ".join(ties)))
        return "; ".join(parts)

    def _refresh(self, rebuild: bool, audit: bool = False) -> None:
        if self.snapshot_id is None:        # no map yet: the empty page is showing
            return
        data = networks.get_snapshot(self.ws, self.snapshot_id, audit=audit)
        self.view_data = data
        if rebuild:
            self.scene.show_network(data.members, data.ties, self.person_name, self.editable)
        else:
            for member in data.members:
                item = self.scene.items_by_id.get(member.id)
                if item is not None:
                    item.member = replace(member, x=item.pos().x(), y=item.pos().y())
                    item.setToolTip(item._tooltip())
                    item.update()
        self.model.set_members(data.members)
        self.view.setAccessibleDescription(self.map_text(data))
        self.measures.show_measures(data.measures)
        if data.previous_id:
            comparison = networks.compare_snapshots(self.ws, data.previous_id, data.id)
            previous = [r for r in networks.list_snapshots(self.ws, self.person_id) if r.id == data.previous_id]
            self.measures.show_changes(comparison, short_date(previous[0].drawn_on) if previous else "")
        else:
            self.measures.show_changes(None)
        self.drawn_on.blockSignals(True)
        self.drawn_on.setDate(QDate(data.drawn_on.year, data.drawn_on.month, data.drawn_on.day))
        self.drawn_on.blockSignals(False)
        if rebuild:
            self.note.blockSignals(True)
            self.note.setPlainText(data.note)
            self.note.blockSignals(False)
            self._saved_note = data.note
            self.save_note.setEnabled(False)

    def _snapshot_picked(self, index: int) -> None:
        snapshot_id = self.snapshots.itemData(index)
        if snapshot_id is None or snapshot_id == self.snapshot_id:
            return
        if self.has_unsaved_changes():
            self.save()
        self.snapshot_id = snapshot_id
        self._run(lambda: self._refresh(rebuild=True, audit=True))

    # -- actions ------------------------------------------------------------------------------
    def _run(self, work) -> bool:
        try:
            work()
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Network map"), exc.message())
            return False
        return True

    def new_snapshot(self) -> None:
        new_id: list[int] = []
        if self._run(lambda: new_id.append(networks.create_snapshot(self.ws, self.person_id))):
            self.reload(select_id=new_id[0])
            events.records_changed({events.NETWORK}, person_id=self.person_id)

    def delete_snapshot(self) -> None:
        if self.snapshot_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete map"),
                                      self.tr("Delete this network map? Earlier and later maps are kept."))
        if answer == QMessageBox.StandardButton.Yes and self._run(
                lambda: networks.delete_snapshot(self.ws, self.snapshot_id)):
            self.snapshot_id = None
            self.reload()
            events.records_changed({events.NETWORK}, person_id=self.person_id)

    def _date_edited(self) -> None:
        snapshot_id = self.snapshot_id
        if self.view_data is None or snapshot_id is None:
            return
        qd = self.drawn_on.date()
        day = date(qd.year(), qd.month(), qd.day())
        if day != self.view_data.drawn_on and self._run(
                lambda: networks.update_snapshot(self.ws, snapshot_id, drawn_on=day)):
            self.reload(select_id=snapshot_id)

    def _partners(self) -> list[tuple[int, str]]:
        return networks.partner_choices(self.ws)

    def add_member(self, at: tuple[float, float] | None) -> None:
        if self.snapshot_id is None or not self.editable:
            return
        snapshot_id = self.snapshot_id

        def submit(values: dict) -> None:
            if at is not None:
                values = {**values, "x": at[0], "y": at[1]}
            networks.add_member(self.ws, snapshot_id, values)

        circle = circle_at(*at).value if at else "middle"
        dialog = MemberDialog(submit, partners=self._partners(), default_circle=circle, parent=self)
        if dialog.exec():
            self.reload(select_id=self.snapshot_id)     # the selector's member count too
            events.records_changed({events.NETWORK}, person_id=self.person_id)

    def edit_member(self, member_id: int) -> None:
        if self.view_data is None:
            return
        member = self.view_data.member(member_id)
        if not self.editable:
            return

        def submit(values: dict) -> None:
            networks.update_member(self.ws, member_id, values)

        dialog = MemberDialog(submit, member, self._partners(),
                              remove=lambda: networks.remove_member(self.ws, member_id), parent=self)
        if dialog.exec():
            self.reload(select_id=self.snapshot_id)     # the selector's member count too
            events.records_changed({events.NETWORK}, person_id=self.person_id)

    def remove_selected(self) -> None:
        ids = [item.member.id for item in self.scene.selectedItems() if hasattr(item, "member")]
        data = self.view_data
        if not ids or not self.editable or data is None:
            return
        labels = ", ".join(data.member(i).label for i in ids)
        answer = QMessageBox.question(self, self.tr("Remove from the map"),
                                      self.tr("Remove %1 from this map?").replace("%1", labels))
        if answer == QMessageBox.StandardButton.Yes:
            def remove() -> None:
                for member_id in ids:
                    networks.remove_member(self.ws, member_id)

            self._run(remove)
            self.reload(select_id=self.snapshot_id)

    def member_moved(self, member_id: int, x: float, y: float) -> None:
        if self._run(lambda: networks.move_member(self.ws, member_id, x, y)):
            self._refresh(rebuild=False)

    def toggle_tie(self, a: int, b: int) -> None:
        if self._run(lambda: networks.toggle_tie(self.ws, a, b)):
            self._refresh(rebuild=True)

    def selected_member_id(self) -> int | None:
        """The one member chosen on the map or in the Members list (they stay in step)."""
        chosen = [i.member.id for i in self.scene.selectedItems() if hasattr(i, "member")]
        if len(chosen) == 1:
            return chosen[0]
        current = self.table.currentIndex()
        return self.model.member_id(self.proxy.mapToSource(current).row()) if current.isValid() else None

    def link_selected(self) -> LinkDialog | None:
        """Tie the selected member to others from a list: what Shift-drag does, by keyboard."""
        member_id = self.selected_member_id()
        if self.view_data is None or member_id is None or not self.editable:
            if self.view_data is not None and self.editable:
                QMessageBox.information(self, self.link_action.text(),
                                        self.tr("Choose a member first, on the map or in the Members list."))
            return None
        data = self.view_data
        tied = {b if a == member_id else a for a, b in data.ties if member_id in (a, b)}
        others = [m for m in data.members if m.id != member_id]

        def submit(changes: object) -> None:
            assert isinstance(changes, dict)          # LinkDialog.values(): {member id: tied}
            for other, on in changes.items():
                networks.set_tie(self.ws, member_id, other, on)

        dialog = LinkDialog(data.member(member_id), others, tied, submit, self)
        self.link_dialog = dialog
        if dialog.exec() and dialog.values():
            self._refresh(rebuild=True)
            self.scene.select_member(member_id)
            events.records_changed({events.NETWORK}, person_id=self.person_id)
        return dialog

    def reset_layout(self) -> None:
        if self.snapshot_id is not None and self._run(lambda: networks.reset_positions(self.ws, self.snapshot_id)):
            self._refresh(rebuild=True)

    def _tie_mode(self, on: bool) -> None:
        self.scene.tie_mode = on
        self.view.setDragMode(self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag)

    # -- selection kept in step between the drawing and the list -----------------------------
    def _scene_selection(self) -> None:
        selected = [i for i in self.scene.selectedItems() if hasattr(i, "member")]
        if len(selected) == 1:
            row = self.model.row_of(selected[0].member.id)
            if row >= 0:
                self.table.blockSignals(True)
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                self.table.blockSignals(False)

    def _table_selection(self, current, _previous) -> None:
        if current.isValid():
            self.scene.blockSignals(True)
            self.scene.select_member(self.model.member_id(self.proxy.mapToSource(current).row()))
            self.scene.blockSignals(False)
            item = self.scene.items_by_id.get(self.model.member_id(self.proxy.mapToSource(current).row()))
            if item is not None:
                self.view.ensureVisible(item)
                item.update()

    # -- the person file's protocol -----------------------------------------------------------
    def _note_changed(self) -> None:
        self.save_note.setEnabled(self.editable and self.note.toPlainText() != self._saved_note)

    def has_unsaved_changes(self) -> bool:
        return self.editable and self.snapshot_id is not None and self.note.toPlainText() != self._saved_note

    def save(self) -> bool:
        snapshot_id = self.snapshot_id
        if not self.has_unsaved_changes() or snapshot_id is None:   # unsaved changes need a map shown
            return True
        text = self.note.toPlainText()
        if not self._run(lambda: networks.update_snapshot(self.ws, snapshot_id, note=text)):
            return False
        self._saved_note = text
        self.save_note.setEnabled(False)
        return True

    def discard(self) -> None:
        self.note.setPlainText(self._saved_note)

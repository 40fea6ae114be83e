"""The contact list as a model and a view, shared by the Contacts page and the person tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.contacts.records import ContactRow
from app.ui.contacts.labels import (
    function_label,
    mode_label,
    setting_label,
    topics_text,
)
from app.ui.formats import local_text
from app.ui.table_model import RIGHT, SORT_ROLE, Column, TableModel

MAX_COLUMN_WIDTH = 260


def _who(row: ContactRow) -> str:
    if row.anonymous:
        label = QCoreApplication.translate("ContactTable", "Anonymous: %1").replace("%1", row.person_name)
        return f"{label} «{row.nickname}»" if row.nickname else label
    return row.person_name


def _note(row: ContactRow) -> str:
    if row.note_hidden:
        return QCoreApplication.translate("ContactTable", "(private note of another worker)")
    text = " ".join(row.note.split())
    prefix = QCoreApplication.translate("ContactTable", "[private] ") if row.note_private else ""
    return prefix + (text[:160] + "…" if len(text) > 160 else text)


def _convention(row: ContactRow) -> str:
    if not row.convention_function:
        return ""
    return f"{function_label(row.convention_function)} ({setting_label(row.convention_setting)})"


def contact_columns(with_person: bool, with_convention: bool) -> list[Column]:
    columns: list[Column] = [Column("when", lambda: QCoreApplication.translate("ContactTable", "When"),
                                    lambda r: local_text(r.occurred_at), sort=lambda r: r.occurred_at)]
    if with_person:
        columns.append(Column("who", lambda: QCoreApplication.translate("ContactTable", "Who"), _who))
    columns += [
        Column("minutes", lambda: QCoreApplication.translate("ContactTable", "Minutes"),
               lambda r: str(r.duration_minutes), sort=lambda r: r.duration_minutes, align=RIGHT),
        Column("mode", lambda: QCoreApplication.translate("ContactTable", "Mode"), lambda r: mode_label(r.mode)),
        Column("place", lambda: QCoreApplication.translate("ContactTable", "Place"), lambda r: r.place),
        Column("topics", lambda: QCoreApplication.translate("ContactTable", "Topics"), lambda r: topics_text(r.topics)),
        Column("follow_up", lambda: QCoreApplication.translate("ContactTable", "Follow-up"),
               lambda r: QCoreApplication.translate("ContactTable", "yes") if r.follow_up else ""),
        Column("worker", lambda: QCoreApplication.translate("ContactTable", "Worker"), lambda r: r.worker_name),
    ]
    if with_convention:
        columns.append(Column("convention_session",
                              lambda: QCoreApplication.translate("ContactTable", "Convention session"), _convention))
    columns.append(Column("note", lambda: QCoreApplication.translate("ContactTable", "Note"), _note,
                          tooltip=lambda r: "" if r.note_hidden else r.note[:2000]))
    return columns


def make_contact_view(model: TableModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Columns start wide enough for their title (French and Dutch titles are long) and their
    # contents, up to a limit; the user may still resize them.
    for signal in (proxy.modelReset, proxy.layoutChanged, model.headerDataChanged):
        signal.connect(lambda *_: fit_columns(view))
    view.installEventFilter(_RefitOnLanguageChange(view))
    fit_columns(view)
    return view, proxy


class _RefitOnLanguageChange(QObject):
    """The titles change width with the language: fit again once the new texts are in."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.view.model().headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                     max(self.view.model().columnCount() - 1, 0))
            fit_columns(self.view)
        return False


def fit_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    for col in range(header.count() - 1):          # the last one stretches
        wanted = max(header.sectionSizeHint(col), min(view.sizeHintForColumn(col), MAX_COLUMN_WIDTH))
        header.resizeSection(col, wanted)

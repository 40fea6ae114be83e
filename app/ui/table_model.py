"""The one base of Relais's list models: columns declared as data (after Anki's
qt/aqt/browser/table/model.py), over a list of plain rows (frozen dataclasses a service
returned) that is replaced whole when the data is reloaded (Vorta's small-list approach).

    model = TableModel([
        Column("name", lambda: tr("Name"), lambda r: r.name),
        Column("age", lambda: tr("Age"), lambda r: str(r.age), sort=lambda r: r.age, align=RIGHT),
    ])

A long list (the person list: 100,000 rows) is given as a lazy source instead: the ordered
ids, and a function that fetches the rows of some ids (Anki's browser keeps ids and fetches
rows on demand). `set_source(ids, fetch)` keeps only the ids; the rows of a page of ids are
fetched the first time one of them is drawn, and kept. Sorting a lazy source cannot happen
here (the rows are not all known): sort() emits `sort_requested(column key, descending)`, and
the owner computes the new order (in a background task) and calls set_source again.

A column is a key, a header called at display time (so a language switch shows at once),
and functions of a row: display text, sort key (default: the text without case or accents), tooltip,
foreground, background, font, the text a screen reader announces. An editable column also gives
`edit` (the value an editor starts from) and `set` (row, value -> the new row, or None to refuse
the value); rows are then replaced, never mutated, and `row_edited` fires. Subclasses may number
rows in the vertical header by overriding vertical_header(). Views sort through a
QSortFilterProxyModel on SORT_ROLE, or call model.sort() directly; unknown sort keys (None) go
last in both directions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.models.person import fold

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole          # the sort key, for proxies' setSortRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 2       # the row object itself
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str
    header: Callable[[], str]
    display: Callable[[Row], Any]
    sort: Callable[[Row], Any] | None = None          # default: the displayed text, folded (case, accents)
    tooltip: Callable[[Row], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    foreground: Callable[[Row], Any] | None = None    # a QColor or QBrush, or None
    font: Callable[[Row], Any] | None = None          # a QFont, or None
    header_tooltip: Callable[[], str] | None = None   # explains the column (e.g. a score's range)
    background: Callable[[Row], Any] | None = None    # a QColor or QBrush, or None
    accessible: Callable[[Row], str | None] | None = None  # what a screen reader says, when not the text
    edit: Callable[[Row], Any] | None = None          # the editor's starting value (default: the text)
    set: Callable[[Row, Any], Row | None] | None = None  # editable columns: the new row, or None: refused

    def sort_key(self, row: Row) -> Any:
        if self.sort is not None:
            key = self.sort(row)
        else:
            shown = self.display(row)
            key = fold(shown) if isinstance(shown, str) else shown
        return key.isoformat() if isinstance(key, (date, datetime)) else key


class LazyRows(Sequence):
    """Rows by position over ordered ids; a page of rows is fetched the first time one of its
    rows is asked for. A row whose id the fetch no longer returns (erased meanwhile) is None."""

    def __init__(self, ids: Sequence[int], fetch: Callable[[list[int]], Iterable[Any]],
                 key: Callable[[Any], int], page: int = 100, cache: dict[int, Any] | None = None) -> None:
        self.ids = list(ids)
        self.fetch, self.key, self.page = fetch, key, page
        self.cache: dict[int, Any] = cache if cache is not None else {}
        self._missing: set[int] = set()

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, position: int) -> Any: ...
    @overload
    def __getitem__(self, position: slice) -> list[Any]: ...

    def __getitem__(self, position: int | slice) -> Any:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        row_id = self.ids[position]
        row = self.cache.get(row_id)
        if row is None and row_id not in self._missing:
            start = position - position % self.page
            wanted = [i for i in self.ids[start:start + self.page] if i not in self.cache]
            for fetched in self.fetch(wanted):
                self.cache[self.key(fetched)] = fetched
            self._missing.update(i for i in wanted if i not in self.cache)
            row = self.cache.get(row_id)
        return row

    def forget(self, ids: Iterable[int] | None = None) -> None:
        """Fetch these rows (all: None) again the next time they are drawn."""
        if ids is None:
            self.cache.clear()
            self._missing.clear()
        else:
            for row_id in ids:
                self.cache.pop(row_id, None)
                self._missing.discard(row_id)


class TableModel(QAbstractTableModel):
    """Subclasses either pass `columns` or override columns_() to build them (with self.tr)."""

    row_edited = Signal(int)      # a row replaced through an editable column (not on set_rows)
    sort_requested = Signal(str, bool)    # a lazy source's new order: column key, descending

    def __init__(self, columns: Sequence[Column] | QObject | None = None, parent: QObject | None = None) -> None:
        if isinstance(columns, QObject):          # Model(parent), for subclasses with columns_()
            columns, parent = None, columns
        super().__init__(parent)
        self.columns: list[Column] = list(columns) if columns is not None else self.columns_()
        self._rows: list[Any] | LazyRows = []
        self.editable = True      # False: read-only view of editable columns (e.g. a finished record)

    def columns_(self) -> list[Column]:
        return []

    # -- rows -------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_source(self, ids: Sequence[int], fetch: Callable[[list[int]], Iterable[Any]],
                   key: Callable[[Any], int] = lambda r: r.id, page: int = 100) -> None:
        """Show the rows of `ids` in this order, fetched lazily; rows already fetched are kept."""
        cache = self._rows.cache if isinstance(self._rows, LazyRows) and self._rows.fetch == fetch else None
        self.beginResetModel()
        self._rows = LazyRows(ids, fetch, key, page, cache)
        self.endResetModel()

    def forget(self, ids: Iterable[int] | None = None) -> None:
        """A lazy source's rows changed: fetch them again when next drawn (all: None)."""
        if isinstance(self._rows, LazyRows):
            self._rows.forget(ids)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    @property
    def rows(self) -> Sequence:
        return self._rows

    @property
    def is_lazy(self) -> bool:
        return isinstance(self._rows, LazyRows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def vertical_header(self, section: int) -> str | None:
        """The row's label in the vertical header; None: Qt's default numbering."""
        return None

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return self.vertical_header(section)
            return None
        if not (0 <= section < len(self.columns)):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip is not None:
            return column.header_tooltip()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.FontRole and column.font is not None:
            return column.font(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible is not None:
            return column.accessible(row)
        if role == Qt.ItemDataRole.EditRole and column.set is not None:
            return column.edit(row) if column.edit is not None else column.display(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable and self.columns[index.column()].set is not None:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        setter = self.columns[index.column()].set
        if setter is None or not isinstance(self._rows, list) or not (0 <= index.row() < len(self._rows)):
            return False          # not an editable column, or a lazy source (read-only)
        old = self._rows[index.row()]
        new = setter(old, value)
        if new is None:
            return False          # the column refused the value; the editor keeps it for correction
        if new != old:
            self._rows[index.row()] = new
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
            self.row_edited.emit(index.row())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        col = self.columns[column]
        if isinstance(self._rows, LazyRows):
            self.sort_requested.emit(col.key, order == Qt.SortOrder.DescendingOrder)
            return
        known = [r for r in self._rows if col.sort_key(r) is not None]
        unknown = [r for r in self._rows if col.sort_key(r) is None]
        known.sort(key=col.sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._rows = known + unknown
        self.layoutChanged.emit()


def table_view(model: QAbstractItemModel, name: str = "", parent: QWidget | None = None) -> QTableView:
    """The read-only list view every feature uses: whole rows selected, columns sized to their
    content with the last one stretched, no row numbers, rows as tall as one line of text, and
    an accessible name for screen readers."""
    view = QTableView(parent)
    view.setModel(model)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    if name:
        view.setAccessibleName(name)
    return view


def selected_row(view: QTableView) -> Any:
    """The row object under the view's current index (through any proxy), or None."""
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None

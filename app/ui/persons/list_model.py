"""The person list as a TableModel: columns declared as data over PersonRow values.

At 100,000 persons the list cannot hold every row on the interface's thread: the persons page
gives it a lazy source (the ordered ids from app/services/persons/listing.ordered_ids,
computed in a background task, and PersonService.rows(person_ids=…) to fetch a page of rows
the first time they are drawn). Sorting a lazy source asks the page for a new order
(`sort_requested`). `set_rows` (every row at once, sorted here) remains for small lists and
is what the lazy list is tested against.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.services.persons.listing import SORT_KEYS, Listing
from app.services.persons.records import PersonRow, PersonService
from app.ui.persons.labels import short_date, status_labels
from app.ui.table_model import RIGHT, Column, TableModel

NAME, AGE, STATUS, WORKERS, LAST_CONTACT = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS = ("name", "age", "status", "workers", "last_contact")


class PersonTableModel(TableModel):
    def __init__(self, parent=None) -> None:
        self._today = date.today()
        self._status_text = status_labels()
        super().__init__(parent)
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._total = 0

    def columns_(self) -> list[Column]:
        def sort(key: str):
            return lambda r: SORT_KEYS[key](r, self._today)

        def age(r: PersonRow) -> str:
            value = r.age(self._today)
            return "" if value is None else str(value)

        return [
            Column("name", lambda: self.tr("Name"), lambda r: r.display_name, sort=sort("name")),
            Column("age", lambda: self.tr("Age"), age, sort=sort("age"), align=RIGHT),
            Column("status", lambda: self.tr("Status"), lambda r: self._status_text.get(r.status, r.status),
                   sort=sort("status")),
            Column("workers", lambda: self.tr("Assigned worker"), lambda r: r.workers, sort=sort("workers")),
            Column("last_contact", lambda: self.tr("Last contact"), lambda r: short_date(r.last_contact_at),
                   sort=sort("last_contact")),
        ]

    # -- data in --------------------------------------------------------------------------
    def refresh_labels(self) -> None:
        """Today's date (ages) and the status words (language) as of now."""
        self._today = date.today()
        self._status_text = status_labels()

    def set_listing(self, listing: Listing, service: PersonService) -> None:
        """The persons of `listing`, in its order; their rows fetched from `service` when drawn."""
        self._total = listing.total
        self.set_source(listing.ids, service.list_rows)

    def set_rows(self, rows) -> None:
        """Every row at once, in the current sort order (small lists, and tests)."""
        self.refresh_labels()
        self._total = len(rows)
        super().set_rows(rows)
        super().sort(*self._sort)

    def total(self) -> int:
        """Every person in the vault, whatever the filter shows."""
        return self._total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        super().sort(column, order)

    def sort_order(self) -> tuple[str, bool]:
        """The current order as the listing service takes it: column key, descending."""
        column, order = self._sort
        return KEYS[column], order == Qt.SortOrder.DescendingOrder

    # -- Qt model API -----------------------------------------------------------------------
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE:
            return self.person_id(index.row()) if index.isValid() else None
        return super().data(index, role)

    # -- helpers ------------------------------------------------------------------------------
    def person_id(self, row: int) -> int:
        rows = self.rows
        return rows.ids[row] if self.is_lazy else rows[row].id  # type: ignore[attr-defined]

    def row_of(self, person_id: int) -> int:
        ids = self.rows.ids if self.is_lazy else [r.id for r in self.rows]  # type: ignore[attr-defined]
        return ids.index(person_id) if person_id in ids else -1

"""The person list's order: which persons it shows, in which order, as ids only.

The list keeps these ids and fetches a page of rows the first time one of them is drawn (after
Anki's browser), so opening, filtering and sorting never hold every row on the interface's
thread. `ordered_ids` runs in a background task; its sort keys are the ones the list's columns
sort by (SORT_KEYS), and `order` sorts as app/ui/table_model.TableModel.sort does (unknown keys
last in both directions, ties in the base order), so a lazy list shows exactly what the full
list would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.models.person import fold
from app.services.persons.records import PersonRow, PersonService

STATUS_ORDER = {"active": 0, "paused": 1, "closed": 2}

# Sort key of each sortable column, from a row and today's date (for ages).
SORT_KEYS: dict[str, Callable[[PersonRow, date], Any]] = {
    "name": lambda r, today: fold(r.display_name),
    "age": lambda r, today: r.age(today),
    "status": lambda r, today: STATUS_ORDER.get(r.status, 9),
    "workers": lambda r, today: fold(r.workers),
    "last_contact": lambda r, today: r.last_contact_at,
}


@dataclass(frozen=True)
class Listing:
    ids: list[int]      # the persons shown, in order
    total: int          # every person in the vault, whatever the filter


def order(rows: Sequence[PersonRow], sort: str, descending: bool, today: date) -> list[PersonRow]:
    """Rows sorted on SORT_KEYS[sort]; unknown keys (None) last in both directions."""
    key = SORT_KEYS.get(sort, SORT_KEYS["name"])
    keyed = [(key(r, today), r) for r in rows]
    known = [pair for pair in keyed if pair[0] is not None]
    known.sort(key=lambda pair: pair[0], reverse=descending)
    return [r for _, r in known] + [r for k, r in keyed if k is None]


def ordered_ids(service: PersonService, text: str = "", status: str | None = None, sort: str = "name",
                descending: bool = False, today: date | None = None) -> Listing:
    """Ids of the persons whose names match `text` (the search box) and with `status`, in the
    order of the `sort` column."""
    rows = service.rows(status=status, with_workers=sort == "workers")
    if text.strip():
        matching = set(service.search_ids(text, status=status))
        rows = [r for r in rows if r.id in matching]
    ordered = order(rows, sort, descending, today or date.today())
    return Listing([r.id for r in ordered], service.count())

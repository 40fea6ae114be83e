"""The person list's order: which persons it shows, in which order, as ids only.

The list keeps these ids and fetches a page of rows the first time one of them is drawn (after
Anki's browser), so opening, filtering and sorting never hold every row on the interface's
thread. `ordered_ids` runs in a background task; its sort keys are the ones the list's columns
sort by (SORT_KEYS, computed from narrow columns: NARROW_KEYS), and it sorts as
app/ui/table_model.TableModel.sort does (unknown keys last in both directions, ties in the base
order), so a lazy list shows exactly what the full list would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from app.models.dates import age_on
from app.models.person import Person, display_name, fold
from app.services.persons.records import PersonRow, PersonService, workers_column

T = TypeVar("T")

STATUS_ORDER = {"active": 0, "paused": 1, "closed": 2}

# Sort key of each sortable column, from a row and today's date (for ages).
SORT_KEYS: dict[str, Callable[[PersonRow, date], Any]] = {
    "name": lambda r, today: fold(r.display_name),
    "age": lambda r, today: r.age(today),
    "status": lambda r, today: STATUS_ORDER.get(r.status, 9),
    "workers": lambda r, today: fold(r.workers),
    "last_contact": lambda r, today: r.last_contact_at,
}


# The same keys from the few columns each needs, for the background order: it reads
# (id, key) pairs, never whole rows (peak memory at 20,000 persons, docs/PERFORMANCE.md).
NARROW_KEYS: dict[str, tuple[tuple, Callable[[Sequence, date], Any]]] = {
    "name": ((Person.given_names, Person.family_name, Person.alias),
             lambda v, today: fold(display_name(v[0], v[1], v[2]))),
    "age": ((Person.birth_year, Person.birth_date), lambda v, today: age_on(v[0], v[1], today)),
    "status": ((Person.status,), lambda v, today: STATUS_ORDER.get(v[0], 9)),
    "workers": ((workers_column(),), lambda v, today: fold(v[0] or "")),
    "last_contact": ((Person.last_contact_at,), lambda v, today: v[0]),
}


@dataclass(frozen=True)
class Listing:
    ids: list[int]      # the persons shown, in order
    total: int          # every person in the vault, whatever the filter


def _sorted(keyed: Sequence[tuple[Any, T]], descending: bool) -> list[T]:
    """Items by key; unknown keys (None) last in both directions, ties in the given order."""
    known = [pair for pair in keyed if pair[0] is not None]
    known.sort(key=lambda pair: pair[0], reverse=descending)
    return [item for _, item in known] + [item for k, item in keyed if k is None]


def ordered_ids(service: PersonService, text: str = "", status: str | None = None, sort: str = "name",
                descending: bool = False, today: date | None = None) -> Listing:
    """Ids of the persons whose names match `text` (the search box) and with `status`, in the
    order of the `sort` column."""
    today = today or date.today()
    columns, key = NARROW_KEYS.get(sort, NARROW_KEYS["name"])
    keyed = service.keyed_ids(columns, lambda values: key(values, today), status=status)
    if text.strip():
        matching = set(service.search_ids(text, status=status))
        keyed = [pair for pair in keyed if pair[0] in matching]
    return Listing(_sorted([(k, person_id) for person_id, k in keyed], descending), service.count())

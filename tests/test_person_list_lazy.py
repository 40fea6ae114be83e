"""The person list fetched lazily (ordered ids, rows fetched when drawn, order computed in a
background task) shows exactly what the full list shows: same persons, same order, same cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.devtools.demo import add_demo_data
from app.services.persons.listing import ordered_ids
from app.services.persons.records import PersonService
from app.ui.persons.list_model import ID_ROLE, KEYS, PersonTableModel
from app.ui.persons.page import PersonsPage

pytestmark = pytest.mark.gui


def cells(model: PersonTableModel) -> list[tuple]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) + (model.index(r, 0).data(ID_ROLE),)
            for r in range(model.rowCount())]


def full_list(service: PersonService, text: str, status: str | None, column: int, order: Qt.SortOrder):
    """The list as it was built before: every row loaded, filtered and sorted in the model."""
    rows = service.rows(status=status)
    if text:
        matching = set(service.search_ids(text, status=status))
        rows = [r for r in rows if r.id in matching]
    model = PersonTableModel()
    model.sort(column, order)
    model.set_rows(rows)
    return model


@pytest.fixture
def demo_ws(ws):
    add_demo_data(ws, persons=60, seed=7)
    return ws


def test_lazy_rows_show_the_same_content_as_the_full_list(qapp, demo_ws):
    service = PersonService(demo_ws)
    for status in (None, "closed"):
        for text in ("", "a"):
            for column in range(len(KEYS)):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    expected = full_list(service, text, status, column, order)
                    lazy = PersonTableModel()
                    lazy.sort(column, order)
                    listing = ordered_ids(service, text, status, *lazy.sort_order())
                    lazy.set_listing(listing, service)
                    assert lazy.is_lazy and listing.total == service.count()
                    assert cells(lazy) == cells(expected), (status, text, KEYS[column], order)
    assert cells(expected), "the comparison covered rows"


def test_the_page_loads_its_order_in_the_background_and_drops_stale_answers(qtbot, demo_ws):
    page = PersonsPage(demo_ws)          # real background tasks: no synchronous fixture
    qtbot.addWidget(page)
    assert page.loading()
    qtbot.waitUntil(lambda: not page.loading(), timeout=20000)
    service = PersonService(demo_ws)
    active = ordered_ids(service, "", "active")
    assert [page.model.person_id(r) for r in range(page.model.rowCount())] == active.ids
    assert str(active.total) in page.count.text()

    page.search.setText("zzzz-nobody")
    page.apply_filter()                  # superseded at once by the next request
    page.search.setText("a")
    page.table.sortByColumn(KEYS.index("age"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.loading(), timeout=20000)
    expected = ordered_ids(service, "a", "active", "age", True)
    assert [page.model.person_id(r) for r in range(page.model.rowCount())] == expected.ids
    assert page.model.rowCount() > 0

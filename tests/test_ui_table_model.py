"""The one table-model base: columns as data, display roles, sorting, headers at display time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.ui.table_model import RIGHT, ROW_ROLE, SORT_ROLE, Column, TableModel

pytestmark = pytest.mark.gui
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Item:
    name: str
    since: date | None
    count: int


language = ["en"]
COLUMNS = [
    Column("name", lambda: "Name" if language[0] == "en" else "Nom", lambda r: r.name, tooltip=lambda r: f"<{r.name}>"),
    Column("since", lambda: "Since", lambda r: r.since.isoformat() if r.since else "—", sort=lambda r: r.since),
    Column("count", lambda: "Count", lambda r: str(r.count), sort=lambda r: r.count, align=RIGHT,
           foreground=lambda r: QColor("red") if r.count > 9 else None),
]
ROWS = [Item("émile", date(2024, 5, 1), 10), Item("Anna", None, 2), Item("zoë", date(2023, 1, 9), 9)]


def column(model, key: str) -> list:
    return [model.index(r, model.column_index(key)).data() for r in range(model.rowCount())]


def test_columns_as_data_give_every_role(qapp):
    model = TableModel(COLUMNS)
    model.set_rows(ROWS)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == ["Name", "Since", "Count"]
    first = model.index(0, 0)
    assert first.data(DISPLAY) == "émile" and first.data(TOOLTIP) == "<émile>"
    assert first.data(ROW_ROLE) is ROWS[0]
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 1).data(TOOLTIP) is None                      # no tooltip declared
    assert model.index(0, 1).data(SORT_ROLE) == "2024-05-01"            # dates sort as ISO text
    assert model.row_at(7) is None


def test_headers_are_asked_at_display_time(qapp):
    model = TableModel(COLUMNS)
    language[0] = "fr"
    try:
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    finally:
        language[0] = "en"


def test_sorting_folds_text_and_puts_unknown_keys_last(qapp):
    model = TableModel(COLUMNS)
    model.set_rows(ROWS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert column(model, "name") == ["Anna", "émile", "zoë"]              # case-folded, not A-Z then a-z
    model.sort(model.column_index("since"), Qt.SortOrder.DescendingOrder)
    assert column(model, "name") == ["émile", "zoë", "Anna"]              # no date: last either way
    model.sort(model.column_index("since"), Qt.SortOrder.AscendingOrder)
    assert column(model, "name") == ["zoë", "émile", "Anna"]


def test_a_proxy_sorts_on_the_sort_role(qapp):
    model = TableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["2", "9", "10"]   # numbers, not text


def test_subclasses_declare_their_columns_with_tr(qapp):
    from app.ui.referrals.models import PendingTableModel

    model = PendingTableModel()
    assert [c.key for c in model.columns][:2] == ["person", "partner"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Days waiting"


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_dates_and_numbers_follow_the_locale(qapp, lang):
    from datetime import datetime

    from app.ui import formats, i18n

    i18n.install(lang)
    try:
        assert formats.short_date(date(2026, 3, 4)) == "04/03/2026"       # Belgian and British order
        assert formats.short_date(None, "—") == "—"
        assert formats.day_month(date(2026, 3, 4)) == "04/03"
        assert formats.date_format() == "dd/MM/yyyy"
        assert formats.local_text(datetime(2026, 3, 4, 12, 0)).startswith(
            formats.short_date(formats.local_datetime(datetime(2026, 3, 4, 12, 0))))
        assert formats.number(1.5, 1) == ("1.5" if lang == "en" else "1,5")
    finally:
        i18n.install("en")


def test_an_editable_column_replaces_the_row_and_refuses_what_its_setter_refuses(qapp):
    def set_count(row: Item, value: object) -> Item | None:
        text = str(value).strip()
        return Item(row.name, row.since, int(text)) if text.isdigit() else None

    model = TableModel([COLUMNS[0], Column("count", lambda: "Count", lambda r: str(r.count),
                                           edit=lambda r: r.count, set=set_count)])
    model.set_rows(ROWS)
    edited: list[int] = []
    model.row_edited.connect(edited.append)
    count = model.index(1, 1)
    assert not (model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable)
    assert model.flags(count) & Qt.ItemFlag.ItemIsEditable
    assert count.data(Qt.ItemDataRole.EditRole) == 2
    assert model.setData(count, "x") is False and model.rows[1] is ROWS[1]
    assert model.setData(count, "2") is True and edited == []          # unchanged: no edit reported
    assert model.setData(count, "7") is True and edited == [1]
    assert model.rows[1] == Item("Anna", None, 7) and ROWS[1].count == 2   # replaced, never mutated
    model.editable = False
    assert not (model.flags(count) & Qt.ItemFlag.ItemIsEditable)
    assert model.setData(count, "8") is False and model.rows[1].count == 7


def test_background_screen_reader_text_and_vertical_header(qapp):
    class Numbered(TableModel):
        def vertical_header(self, section: int) -> str:
            return f"N{section + 1}"

    model = Numbered([Column("name", lambda: "Name", lambda r: r.name,
                             background=lambda r: QColor("yellow") if r.count > 9 else None,
                             accessible=lambda r: f"{r.name}, {r.count} contacts")])
    model.set_rows(ROWS)
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole) == QColor("yellow")
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "émile, 10 contacts"
    assert model.headerData(2, Qt.Orientation.Vertical) == "N3"
    assert model.headerData(3, Qt.Orientation.Vertical) is None

"""The signed-in part of the window: navigation on the left, one page at a time on the right.

Built from REGISTRY.nav_pages at unlock and destroyed at lock, so nothing personal outlives
the session on screen. Pages are created the first time they are shown. Pages follow the
Page contract (app/ui/contracts.py: unsaved changes, drafts, place() / restore_place(dict) so
the user returns where they were after an unlock), with no-op defaults from PageBase.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QWidget,
)

from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.contracts import Page
from app.ui.persons.page import PersonsPage
from app.ui.registry import REGISTRY, NavPageSpec

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_MAX_WIDTH = 230
NAV_ITEM_INSET = 56       # item padding 16 + margin 8 on each side, focus border, in app/ui/style.py
NAV_ITEM_VERTICAL = 24    # padding 9 + margin 1 above and below, focus border



class _WrappingNavDelegate(QStyledItemDelegate):
    """Item heights that count the wrapped lines within the stylesheet's padding and margins
    (NAV_ITEM_INSET), which Qt's own size hint ignores: it would elide the second line."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        view = self.parent()
        width = max(view.viewport().width() - NAV_ITEM_INSET, 40)
        text = str(index.data() or "")
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)       # the selected item is drawn in semi-bold
        rect = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + NAV_ITEM_VERTICAL))

class Shell(QWidget):
    page_changed = Signal(str)

    def __init__(self, ws: Workspace, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.window_ = window
        self.specs: list[NavPageSpec] = [spec for spec in REGISTRY.nav_pages if spec.visible(ws)]
        self.pages: dict[str, Page] = {}      # the pages made so far, by key, as the Page contract
        self.widgets: dict[str, QWidget] = {}  # the same objects, as widgets of the stack
        self.nav_model = QStandardItemModel(self)
        for spec in self.specs:
            item = QStandardItem(spec.title())
            item.setToolTip(spec.title())
            item.setData(spec.key, KEY_ROLE)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setObjectName("navigation")
        a11y.name(self.nav, self.tr("Navigation"), self.tr("The pages of Relais; Up and Down choose one"))
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long French and Dutch titles wrap onto a second line rather than taking width from
        # the page, where the buttons need it at 1280 px, or being cut ("Tableau de …").
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # On a small screen at 200 % text (683 logical pixels wide) the list takes a fifth.
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() // 5 if screen else NAV_MAX_WIDTH
        wanted = max(min(180, room), self.nav.sizeHintForColumn(0) + 56)
        # Never narrower than the longest single word ("Overeenstemming"): words wrap, none is cut.
        metrics = self.nav.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(word) for spec in self.specs
                            for word in spec.title().split()), default=0) + 56
        self.nav.setFixedWidth(min(NAV_MAX_WIDTH, max(min(wanted, max(room, 120)), longest_word)))
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)      # wrapped heights follow the width
        self.nav.setItemDelegate(_WrappingNavDelegate(self.nav))
        self.nav.selectionModel().currentChanged.connect(self._nav_clicked)
        self.nav.clicked.connect(self._nav_reclicked)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self._current = ""
        if self.specs:
            self.show_page(self.specs[0].key)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        if key not in self.widgets:
            spec = next((s for s in self.specs if s.key == key), None)
            if spec is None:
                return None
            widget = spec.factory(self.ws, self.window_)
            if not isinstance(widget, Page):
                raise TypeError(f"the {key!r} page does not follow the Page contract (app/ui/contracts.py)")
            a11y.keyboard_friendly(widget)
            # Lists across the caseload (follow-ups, pending referrals, dashboard) open a person.
            widget.connect_open_person(self.open_person)
            self.pages[key] = widget
            self.widgets[key] = widget
            self.stack.addWidget(widget)
        return self.widgets[key]

    def show_page(self, key: str) -> QWidget | None:
        current = self.pages.get(self._current)
        if key != self._current and current is not None and not current.confirm_leave():
            self._select_nav(self._current)
            return None
        widget = self.page(key)
        if widget is None:
            return None
        self.stack.setCurrentWidget(widget)
        self._current = key
        self._select_nav(key)
        self.page_changed.emit(key)
        return widget

    def current_key(self) -> str:
        return self._current

    def open_person(self, person_id: int, tab: str = "") -> bool:
        page = self.show_page("persons")
        return isinstance(page, PersonsPage) and page.open_person(person_id, tab)

    def current_person_id(self) -> int | None:
        """The person whose file is open on the persons page, if that page is showing."""
        page = self.pages.get("persons")
        if self._current != "persons" or not isinstance(page, PersonsPage) or page.file is None:
            return None
        if page.stack.currentWidget() is not page.file:
            return None
        return page.file.person_id

    def _nav_clicked(self, index) -> None:
        key = index.data(KEY_ROLE)
        if key and key != self._current:
            self.show_page(key)

    def _nav_reclicked(self, index) -> None:
        """"Persons" clicked while a file is open on that page: back to the list."""
        page = self.pages.get("persons")
        if index.data(KEY_ROLE) == "persons" == self._current and isinstance(page, PersonsPage):
            page.show_list()

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav_model.rowCount()):
            index = self.nav_model.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.nav.selectionModel().blockSignals(True)
                self.nav.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.nav.selectionModel().blockSignals(False)

    # -- unsaved changes and place ----------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return any(p.has_unsaved_changes() for p in self.pages.values())

    def confirm_leave(self) -> bool:
        for key, page in self.pages.items():
            if page.has_unsaved_changes():
                self.show_page(key)
                if not page.confirm_leave():
                    return False
        return True

    def save_pending(self) -> list[str]:
        """Before a lock: save what is valid; return the pages whose changes could not be saved.
        Their text is never handed over: a lock keeps no draft in memory."""
        unsaved = []
        for key, page in self.pages.items():
            if page.has_unsaved_changes():
                if page.save_pending():
                    continue
                unsaved.append(key)
        return unsaved

    def discard_unsaved(self) -> None:
        for page in self.pages.values():
            if page.has_unsaved_changes():
                page.discard_unsaved()

    def place(self) -> dict:
        page = self.pages.get(self._current)
        return {"page": self._current,
                "state": page.place() if page is not None else {}}

    def restore_place(self, place: dict) -> None:
        key = place.get("page") or ""
        if key and self.show_page(key) is not None:
            self.pages[key].restore_place(place.get("state") or {})

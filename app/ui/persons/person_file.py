"""A person's file: a header (name, age, status, flags) over the tabs features register.

Tabs come from app.ui.registry.REGISTRY.person_tabs, in their order, and only those the
user's role may see; a feature that does not exist yet simply has no tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.persons.flags import person_flags
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.ui import a11y, dialogs, events
from app.ui.contracts import PersonTab
from app.ui.persons.labels import flag_labels, status_labels
from app.ui.registry import REGISTRY
from app.ui.widgets import ElidedLabel, label

FLAG_MARK = "⚑"
# The tab a header flag leads to when clicked (or pressed with Space).
FLAG_TABS = {"no_niss": "overview", "no_fixed_address": "overview", "no_insurance": "overview",
             "consent_missing": "referrals", "consent_expired": "referrals", "consent_revoked": "referrals",
             "consent_expiring": "referrals", "review_overdue": "careplan", "actions_overdue": "careplan",
             "in_stay": "stays", "review_after_discharge": "careplan"}


class PersonFile(QWidget):
    back_requested = Signal()

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.person_id = person_id
        self.tab_keys: list[str] = []
        self.person_tabs: list[PersonTab] = []   # the tabs in order, as the shell's contract

        header = self.header = QFrame()
        header.setObjectName("personHeader")
        head = QHBoxLayout(header)
        head.setContentsMargins(16, 12, 24, 12)
        head.setSpacing(12)
        self.back_button = QPushButton(self.tr("← Persons"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.setShortcut("Alt+Left")
        self.back_button.clicked.connect(self.back_requested)
        head.addWidget(self.back_button)
        self.name = ElidedLabel("", "pageTitle")
        head.addWidget(self.name)
        self.age = label("", "hint")
        head.addWidget(self.age)
        self.status = label("", "status")
        self.status.setToolTip(self.tr("Status"))
        head.addWidget(self.status)
        self.flags_row = QHBoxLayout()
        self.flags_row.setSpacing(6)
        head.addLayout(self.flags_row)
        head.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for spec in REGISTRY.person_tabs:
            if not spec.visible(ws):
                continue
            widget = spec.factory(ws, person_id, self.tabs)
            if not isinstance(widget, PersonTab):
                raise TypeError(f"the {spec.key!r} tab does not follow the PersonTab contract (app/ui/contracts.py)")
            self.person_tabs.append(widget)
            a11y.keyboard_friendly(widget)
            self.tabs.addTab(widget, spec.title().replace("&", "&&"))   # "&" is not a mnemonic
            self.tab_keys.append(spec.key)
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # At 200 % text on a small screen the header is wider than the window: it scrolls
        # sideways rather than cut the name or the flags off.
        header_scroll = QScrollArea()
        header_scroll.setObjectName("personHeaderScroll")
        header_scroll.setWidget(header)
        header_scroll.setWidgetResizable(True)
        header_scroll.setFrameShape(QFrame.Shape.NoFrame)
        header_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bar_height = header_scroll.horizontalScrollBar().sizeHint().height()
        header_scroll.setFixedHeight(header.sizeHint().height() + bar_height)
        layout.addWidget(header_scroll)
        layout.addWidget(self.tabs, 1)
        self.refresh_header()
        events.listen(self, events.PERSON_HEADER, self._records_changed)

    # -- header -------------------------------------------------------------------------------
    def refresh_header(self) -> None:
        record = PersonService(self.ws).rows(person_ids=[self.person_id])
        if not record:
            return
        row = record[0]
        self.name.setText(row.display_name)
        age = row.age()
        self.age.setText(self.tr("{age} years").format(age=age) if age is not None else self.tr("age unknown"))
        self.status.setText(status_labels().get(row.status, row.status))
        while self.flags_row.count():
            item = self.flags_row.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()                    # at once: deleteLater waits for the event loop
                old.deleteLater()
        for flag in self.flags():
            # Told apart from the status by a mark, a border and the words, not by colour alone.
            text = flag_labels()[flag]
            chip = QPushButton(f"{FLAG_MARK} {text}")
            chip.setObjectName("flag")
            chip.setProperty("flag", flag)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setAccessibleName(self.tr("Flag: {flag}").format(flag=text))
            tab = FLAG_TABS.get(flag, "")
            if tab in self.tab_keys:
                chip.setToolTip(self.tr("Open the tab “{tab}”").format(tab=self.tabs.tabText(
                    self.tab_keys.index(tab)).replace("&&", "&")))
                chip.clicked.connect(lambda _=False, key=tab: self.select_tab(key))
            else:
                chip.setEnabled(False)
            self.flags_row.addWidget(chip)
        head = self.header.layout()
        if head is not None:
            head.activate()
        # The header scrolls sideways rather than cut off the status and flags; a name longer
        # than about 28 characters is elided (whole in its tooltip and to a screen reader).
        name_width = self.name.sizeHint().width()
        room_for_name = min(name_width, self.name.fontMetrics().horizontalAdvance("M" * 28))
        self.header.setMinimumWidth(self.header.sizeHint().width() - name_width + room_for_name)

    def flags(self) -> list[str]:
        return person_flags(self.ws, self.person_id)

    def _records_changed(self, change: events.Change) -> None:
        if self.ws.is_open and change.concerns(self.person_id):
            self.refresh_header()

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.person_tabs):       # -1: no tab left
            tab = self.person_tabs[index]
            if not _unsaved(tab):
                tab.reload()

    # -- tabs ---------------------------------------------------------------------------------
    def current_tab_key(self) -> str:
        index = self.tabs.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else ""

    def select_tab(self, key: str) -> None:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))

    def tab(self, key: str) -> QWidget | None:
        return self.tabs.widget(self.tab_keys.index(key)) if key in self.tab_keys else None

    # -- unsaved changes ------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return any(_unsaved(w) for w in self.person_tabs)

    def save_all(self) -> bool:
        for index, widget in enumerate(self.person_tabs):
            if _unsaved(widget) and not widget.save():
                self.tabs.setCurrentIndex(index)
                return False
        return True

    def discard_all(self) -> None:
        for widget in self.person_tabs:
            if _unsaved(widget):
                widget.discard()

    def confirm_leave(self) -> bool:
        """Ask before leaving with unsaved changes; True when it is fine to go."""
        if not self.has_unsaved_changes():
            return True
        answer = dialogs.ask_unsaved(self)
        if answer == dialogs.SAVE:
            return self.save_all()
        if answer == dialogs.DISCARD:
            self.discard_all()
            return True
        return False


def _unsaved(widget: PersonTab) -> bool:
    return bool(widget.has_unsaved_changes())

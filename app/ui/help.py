"""F1: the keyboard shortcuts of Relais on one page, from the window's own actions (so a
feature's new shortcut appears by itself) and the keys that work inside lists and forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import a11y


def everywhere_keys() -> list[tuple[str, str]]:
    return [
        ("Tab / Shift+Tab",
         QCoreApplication.translate("Help", "Next or previous field, button or list")),
        ("Up / Down",
         QCoreApplication.translate("Help", "In the navigation on the left: choose a page")),
        ("Ctrl+Tab / Ctrl+Shift+Tab",
         QCoreApplication.translate("Help", "In a person's file: next or previous tab")),
        ("Enter",
         QCoreApplication.translate("Help", "In the person list: open the selected person")),
        ("Alt+Left",
         QCoreApplication.translate("Help", "In a person's file: back to the list")),
        ("Space",
         QCoreApplication.translate("Help", "Press the button or tick the box that has the focus")),
        ("Escape",
         QCoreApplication.translate("Help", "Close a dialog without saving")),
        ("0 / 1 / 2 / 9",
         QCoreApplication.translate("Help", "In the CANSAS grid: rate the domain and go to the next one")),
        ("Delete",
         QCoreApplication.translate(
             "Help", "In the CANSAS grid: clear a rating; on the network map: remove the selected member")),
        ("Ctrl+wheel",
         QCoreApplication.translate("Help", "On the network map: zoom")),
    ]


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has a shortcut, then the keys
    that work inside lists and forms."""
    rows = []
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.isVisible() and action.text():
            rows.append((keys, action.text().replace("&&", "&")))
    return rows + everywhere_keys()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        intro = QLabel(self.tr("Everything in Relais can be done with the keyboard. Toolbar buttons show "
                               "their shortcut in their tooltip."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        a11y.name(self.table, self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)      # Tab leaves the table for the Close button
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

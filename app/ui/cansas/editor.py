"""Keyboard-first rating entry: a table where 0, 1, 2 or 9 rates the current domain and
moves to the next one, arrows move, Enter opens the comment (and Enter in the comment
returns to the next domain's rating), Delete clears a rating. Any other key is ignored
on the rating column, so a stray 5 never becomes a rating. The mouse works too:
double-click a rating for the list of the four values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from app.models.cansas import RATING_VALUES
from app.ui.cansas.labels import short_scale_label
from app.ui.cansas.models import RatingModel

Index = QModelIndex | QPersistentModelIndex
RATING_KEYS: dict[int, int] = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_9: 9}
MAX_COMMENT = 2000


class CommentDelegate(QStyledItemDelegate):
    """A one-line comment editor; Enter commits and the view moves on."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_COMMENT)
        editor.setPlaceholderText(self.tr("Comment (optional)"))
        return editor


class RatingDelegate(QStyledItemDelegate):
    """For the mouse (double-click or F2): a list of the four ratings, and "to rate"."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.addItem(self.tr("— to rate"), "")
        for value in RATING_VALUES:
            box.addItem(short_scale_label(value), str(value))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)   # made by createEditor above
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RatingTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Keys 0/1/2/9 set a rating directly (keyPressEvent); typing on a comment starts it;
        # double-click or F2 opens the rating list for mouse users.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setItemDelegateForColumn(RatingModel.RATING, RatingDelegate(self))
        self.setItemDelegateForColumn(RatingModel.COMMENT, CommentDelegate(self))
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(RatingModel.DOMAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RatingModel.RATING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RatingModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)

    def start(self) -> None:
        """Put the cursor on the first domain still to rate (or the first domain)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        ratings = model.ratings if isinstance(model, RatingModel) else []
        row = next((i for i, r in enumerate(ratings) if r.value is None), 0)
        self.setCurrentIndex(model.index(row, RatingModel.RATING))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        model = self.model()
        if model is None or not index.isValid():
            super().keyPressEvent(event)
            return
        key = event.key()
        on_rating = index.column() == RatingModel.RATING
        if on_rating and key in RATING_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if model.setData(index, str(RATING_KEYS[key]), Qt.ItemDataRole.EditRole):
                self._move_to(index.row() + 1, RatingModel.RATING)
            return
        if on_rating and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.setData(index, "", Qt.ItemDataRole.EditRole)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state() == QAbstractItemView.State.EditingState:
                return      # the comment editor's own Enter: closeEditor moves on once it is committed
            if on_rating or index.column() == RatingModel.DOMAIN:
                comment = index.siblingAtColumn(RatingModel.COMMENT)
                self.setCurrentIndex(comment)
                if model.flags(comment) & Qt.ItemFlag.ItemIsEditable:
                    self.edit(comment)
            else:
                self._move_to(index.row() + 1, RatingModel.RATING)
            return
        if on_rating and event.text() and event.text().isprintable():
            return      # 3..8, letters: not a rating, ignored
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 - Qt API
        """Enter in the comment editor commits it and returns to the next domain's rating."""
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and index.column() == RatingModel.COMMENT:
            self._move_to(index.row() + 1, RatingModel.RATING)

    def _move_to(self, row: int, column: int) -> None:
        model = self.model()
        row = min(row, model.rowCount() - 1)
        target = model.index(row, column)
        self.setCurrentIndex(target)
        self.scrollTo(target)


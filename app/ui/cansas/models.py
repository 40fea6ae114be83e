"""Qt item models of the needs tab: the assessment list, the ratings being entered, the
staff/person comparison and the change between two assessments."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.models.cansas import RATING_VALUES, Change, score
from app.services.cansas.assessments import (
    AssessmentRow,
    Comparison,
    DomainChange,
    RatingRow,
)
from app.ui import style
from app.ui.cansas.labels import (
    domain_label,
    format_date,
    rater_label,
    scale_label,
    short_scale_label,
)
from app.ui.table_model import Column, TableModel

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

RATING_COLOURS = {0: None, 1: QColor(style.RATING_MET), 2: QColor(style.RATING_UNMET), 9: QColor(style.RATING_UNKNOWN)}
DISAGREE = QColor(style.DISAGREE)
EXTRA_BACKGROUND = QColor(style.EXTRA_DOMAIN)


def vertical_number(ratings_core: list[bool], row: int) -> str:
    """1..22 for the core domains, E1, E2… for extra domains (reported apart)."""
    if ratings_core[row]:
        return str(sum(1 for c in ratings_core[: row + 1] if c))
    return f"E{sum(1 for c in ratings_core[: row + 1] if not c)}"


class AssessmentListModel(TableModel):
    DATE, RATER, MET, UNMET, TOTAL, UNKNOWN, STATUS, EXTRA = range(8)

    def columns_(self) -> list[Column]:
        def count(value):   # a draft has no summary scores
            return lambda r: "—" if r.is_draft else str(value(r.scores.core))

        def font(row: AssessmentRow):
            if not row.is_draft:
                return None
            italic = QFont()
            italic.setItalic(True)
            return italic

        center = Qt.AlignmentFlag.AlignCenter
        return [
            Column("date", lambda: self.tr("Date"), lambda r: format_date(r.assessed_on),
                   sort=lambda r: r.assessed_on.toordinal(), font=font),
            Column("rater", lambda: self.tr("Rated by"),
                   lambda r: rater_label(r.rater) + (f" — {r.rater_name}" if r.rater_name else ""), font=font),
            Column("met", lambda: self.tr("Met"), count(lambda c: c.met), sort=lambda r: r.scores.core.met,
                   align=center, font=font,
                   header_tooltip=lambda: self.tr("Met needs: core domains rated 1 (0 to 22)")),
            Column("unmet", lambda: self.tr("Unmet"), count(lambda c: c.unmet), sort=lambda r: r.scores.core.unmet,
                   align=center, font=font,
                   header_tooltip=lambda: self.tr("Unmet needs: core domains rated 2 (0 to 22)")),
            Column("total", lambda: self.tr("Total"), count(lambda c: c.total), sort=lambda r: r.scores.core.total,
                   align=center, font=font, header_tooltip=lambda: self.tr("Total needs: met + unmet (0 to 22)")),
            Column("unknown", lambda: self.tr("Not known"), count(lambda c: c.unknown),
                   sort=lambda r: r.scores.core.unknown, align=center, font=font,
                   header_tooltip=lambda: self.tr("Core domains rated 9: not known, never counted as needs")),
            Column("status", lambda: self.tr("Status"), self._status, font=font,
                   foreground=lambda r: QColor(style.DRAFT_TEXT) if r.is_draft else None),
            Column("extra", lambda: self.tr("Extra domains"), self._extra, align=center, font=font,
                   header_tooltip=lambda: self.tr("Extra domains, reported apart from the 22: met / unmet")),
        ]

    def _status(self, row: AssessmentRow) -> str:
        if row.is_draft:
            return self.tr("Draft — %n to rate", "", row.scores.core.unrated + row.scores.extra.unrated)
        return self.tr("Complete")

    @staticmethod
    def _extra(row: AssessmentRow) -> str:
        if row.is_draft:
            return "—"
        return f"{row.scores.extra.met} / {row.scores.extra.unmet}" if row.extra_set else ""


class RatingModel(QAbstractTableModel):
    """The ratings of one assessment being entered. Column 1 takes 0/1/2/9 (or nothing),
    column 2 the comment; `changed` fires on every edit so the form can show live counts."""

    DOMAIN, RATING, COMMENT = range(3)
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ratings: list[RatingRow] = []
        self.original: list[RatingRow] = []
        self.editable = True

    def set_ratings(self, ratings: list[RatingRow] | tuple[RatingRow, ...], editable: bool = True) -> None:
        self.beginResetModel()
        self.ratings = list(ratings)
        self.original = list(ratings)
        self.editable = editable
        self.endResetModel()
        self.changed.emit()

    def is_dirty(self) -> bool:
        return self.ratings != self.original

    def mark_saved(self) -> None:
        self.original = list(self.ratings)

    def changes(self) -> dict[str, tuple[int | None, str]]:
        """What differs from the saved ratings, as the service takes it."""
        return {new.domain_id: (new.value, new.comment) for new, old in zip(self.ratings, self.original, strict=False)
                if new != old}

    def scores(self):
        return score((r.domain_id, r.is_core, r.value) for r in self.ratings)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ratings)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return vertical_number([r.is_core for r in self.ratings], section)
        return [self.tr("Domain"), self.tr("Rating (0/1/2/9)"), self.tr("Comment")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.RATING, self.COMMENT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rating = self.ratings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DOMAIN:
                return domain_label(rating.domain_id)
            if column == self.RATING:
                return short_scale_label(rating.value) if rating.value is not None else self.tr("— to rate")
            return rating.comment.replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            if column == self.RATING:
                return "" if rating.value is None else str(rating.value)
            return rating.comment if column == self.COMMENT else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RATING:
            return scale_label(rating.value)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.RATING and rating.value is not None:
                return RATING_COLOURS.get(rating.value)
            if not rating.is_core:
                return EXTRA_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RATING and rating.value is None:
            return QColor(style.DRAFT_TEXT)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.RATING:
            return scale_label(rating.value) or self.tr("not rated yet")
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        rating = self.ratings[index.row()]
        if index.column() == self.RATING:
            text = str(value).strip() if value is not None else ""
            if text == "":
                new = replace(rating, value=None)
            elif text.isdigit() and int(text) in RATING_VALUES:
                new = replace(rating, value=int(text))
            else:
                return False          # refused: only 0, 1, 2 or 9
        elif index.column() == self.COMMENT:
            new = replace(rating, comment=str(value or ""))
        else:
            return False
        if new == rating:
            return True
        self.ratings[index.row()] = new
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))
        self.changed.emit()
        return True


class ComparisonModel(QAbstractTableModel):
    """Staff and person ratings side by side; disagreements highlighted."""

    DOMAIN, STAFF, PERSON, AGREEMENT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.domains)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return vertical_number([d.is_core for d in self.comparison.domains], section) if self.comparison else None
        if self.comparison is None:        # the columns keep their names while empty
            return [self.tr("Domain"), rater_label("staff"), rater_label("person"), self.tr("Agreement")][section]
        staff, person = self.comparison.staff, self.comparison.person
        return [self.tr("Domain"), f"{rater_label(staff.rater)}\n{format_date(staff.assessed_on)}",
                f"{rater_label(person.rater)}\n{format_date(person.assessed_on)}", self.tr("Agreement")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        d = self.comparison.domains[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DOMAIN:
                return domain_label(d.domain_id)
            if column == self.STAFF:
                return short_scale_label(d.staff)
            if column == self.PERSON:
                return short_scale_label(d.person)
            if d.agree is None:
                return self.tr("cannot compare")
            return self.tr("agree") if d.agree else self.tr("≠ disagree")
        if role == Qt.ItemDataRole.BackgroundRole:
            if d.disagree:
                return DISAGREE
            if not d.is_core:
                return EXTRA_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and d.disagree:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ChangeModel(QAbstractTableModel):
    """Per domain, the rating in the earlier and the later assessment and how it moved."""

    DOMAIN, BEFORE, AFTER, CHANGE = range(4)
    COLOURS = {Change.BETTER: QColor(style.RATING_MET), Change.WORSE: QColor(style.RATING_UNMET)}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changes: list[DomainChange] = []
        self.titles = ("", "")

    def set_changes(self, changes: list[DomainChange], before_title: str, after_title: str) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.titles = (before_title, after_title)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return vertical_number([c.is_core for c in self.changes], section)
        return [self.tr("Domain"), self.titles[0], self.titles[1], self.tr("Change")][section]

    def change_text(self, change: Change) -> str:
        return {Change.SAME: self.tr("same"), Change.BETTER: self.tr("▼ less need"),
                Change.WORSE: self.tr("▲ more need"), Change.UNKNOWN: self.tr("? not comparable"),
                Change.ADDED: self.tr("new domain"), Change.REMOVED: self.tr("not rated later")}[change]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.changes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [domain_label(c.domain_id), short_scale_label(c.before), short_scale_label(c.after),
                    self.change_text(c.change)][column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.CHANGE and c.change in self.COLOURS:
                return self.COLOURS[c.change]
            if not c.is_core:
                return EXTRA_BACKGROUND
        return None

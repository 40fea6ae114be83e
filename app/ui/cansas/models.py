"""Qt item models of the needs tab: the assessment list, the ratings being entered, the
staff/person comparison and the change between two assessments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
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


class RatingModel(TableModel):
    """The ratings of one assessment being entered. Column 1 takes 0/1/2/9 (or nothing),
    column 2 the comment; `changed` fires on every edit so the form can show live counts."""

    DOMAIN, RATING, COMMENT = range(3)
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.original: list[RatingRow] = []
        self.row_edited.connect(self.changed)

    def columns_(self) -> list[Column]:
        def rating_text(r: RatingRow) -> str:
            return short_scale_label(r.value) if r.value is not None else self.tr("— to rate")

        def background(r: RatingRow):
            return EXTRA_BACKGROUND if not r.is_core else None

        return [
            Column("domain", lambda: self.tr("Domain"), lambda r: domain_label(r.domain_id), background=background),
            Column("rating", lambda: self.tr("Rating (0/1/2/9)"), rating_text,
                   tooltip=lambda r: scale_label(r.value),
                   background=lambda r: RATING_COLOURS.get(r.value) if r.value is not None else background(r),
                   foreground=lambda r: QColor(style.DRAFT_TEXT) if r.value is None else None,
                   accessible=lambda r: scale_label(r.value) or self.tr("not rated yet"),
                   edit=lambda r: "" if r.value is None else str(r.value), set=_set_rating),
            Column("comment", lambda: self.tr("Comment"), lambda r: r.comment.replace("\n", " "),
                   background=background, edit=lambda r: r.comment,
                   set=lambda r, value: replace(r, comment=str(value or ""))),
        ]

    @property
    def ratings(self) -> Sequence[RatingRow]:
        return self.rows

    def vertical_header(self, section: int) -> str:
        return vertical_number([r.is_core for r in self.rows], section)

    def set_ratings(self, ratings: list[RatingRow] | tuple[RatingRow, ...], editable: bool = True) -> None:
        self.editable = editable
        self.original = list(ratings)
        self.set_rows(ratings)
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


def _set_rating(rating: RatingRow, value: object) -> RatingRow | None:
    """Only 0, 1, 2 or 9, or nothing (not rated yet); anything else is refused."""
    text = str(value).strip() if value is not None else ""
    if text == "":
        return replace(rating, value=None)
    if text.isdigit() and int(text) in RATING_VALUES:
        return replace(rating, value=int(text))
    return None


def _core_background(row) -> QColor | None:
    return EXTRA_BACKGROUND if not row.is_core else None


class ComparisonModel(TableModel):
    """Staff and person ratings side by side; disagreements highlighted."""

    DOMAIN, STAFF, PERSON, AGREEMENT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def columns_(self) -> list[Column]:
        def background(d):
            return DISAGREE if d.disagree else _core_background(d)

        def font(d):
            if not d.disagree:
                return None
            bold = QFont()
            bold.setBold(True)
            return bold

        def agreement(d) -> str:
            if d.agree is None:
                return self.tr("cannot compare")
            return self.tr("agree") if d.agree else self.tr("≠ disagree")

        return [
            Column("domain", lambda: self.tr("Domain"), lambda d: domain_label(d.domain_id),
                   background=background, font=font),
            Column("staff", lambda: self._rater_title("staff"), lambda d: short_scale_label(d.staff),
                   background=background, font=font),
            Column("person", lambda: self._rater_title("person"), lambda d: short_scale_label(d.person),
                   background=background, font=font),
            Column("agreement", lambda: self.tr("Agreement"), agreement, background=background, font=font),
        ]

    def _rater_title(self, side: str) -> str:
        """The columns keep their names while empty; with data they also give the dates."""
        if self.comparison is None:
            return rater_label(side)
        assessment = self.comparison.staff if side == "staff" else self.comparison.person
        return f"{rater_label(assessment.rater)}\n{format_date(assessment.assessed_on)}"

    def vertical_header(self, section: int) -> str:
        return vertical_number([d.is_core for d in self.rows], section)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.set_rows(comparison.domains if comparison is not None else [])


class ChangeModel(TableModel):
    """Per domain, the rating in the earlier and the later assessment and how it moved."""

    DOMAIN, BEFORE, AFTER, CHANGE = range(4)
    COLOURS = {Change.BETTER: QColor(style.RATING_MET), Change.WORSE: QColor(style.RATING_UNMET)}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles = ("", "")

    def columns_(self) -> list[Column]:
        return [
            Column("domain", lambda: self.tr("Domain"), lambda c: domain_label(c.domain_id),
                   background=_core_background),
            Column("before", lambda: self.titles[0], lambda c: short_scale_label(c.before),
                   background=_core_background),
            Column("after", lambda: self.titles[1], lambda c: short_scale_label(c.after),
                   background=_core_background),
            Column("change", lambda: self.tr("Change"), lambda c: self.change_text(c.change),
                   background=lambda c: self.COLOURS.get(c.change) or _core_background(c)),
        ]

    @property
    def changes(self) -> Sequence[DomainChange]:
        return self.rows

    def vertical_header(self, section: int) -> str:
        return vertical_number([c.is_core for c in self.rows], section)

    def set_changes(self, changes: list[DomainChange], before_title: str, after_title: str) -> None:
        self.titles = (before_title, after_title)
        self.set_rows(changes)

    def change_text(self, change: Change) -> str:
        return {Change.SAME: self.tr("same"), Change.BETTER: self.tr("▼ less need"),
                Change.WORSE: self.tr("▲ more need"), Change.UNKNOWN: self.tr("? not comparable"),
                Change.ADDED: self.tr("new domain"), Change.REMOVED: self.tr("not rated later")}[change]

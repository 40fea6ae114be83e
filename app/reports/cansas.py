"""The one-page CANSAS summary, and its summary tables as flowables the bilan embeds.

Layout follows the instrument: the met / unmet / total counts over the 22 core domains,
unknown ratings (9) shown apart, the 22 domains in one table and any extra domains in
their own table after it. When a staff and a person rating of the same period exist they
are two columns side by side, never one merged score; a disagreement is marked.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle

from app.models.instruments import life_domain_label, load_instrument
from app.reports.base import DocumentRenderer, Letterhead
from app.reports.cansas_data import CansasColumn, CansasLine, CansasPerson, CansasSummaryData
from app.reports.fonts import FAMILY
from app.reports.labels import Labels, short_date

DISAGREE = colors.HexColor("#fde2c8")
COMMENT_SIZE = 7.5


def cansas_flowables(renderer: DocumentRenderer, data: CansasSummaryData) -> list[Flowable]:
    """The counts, the 22-domain table and the extra-domain table, for any renderer
    (the CANSAS summary itself, or a section of the bilan)."""
    return CansasTables(renderer, data).flowables()


class CansasTables:
    def __init__(self, renderer: DocumentRenderer, data: CansasSummaryData) -> None:
        self.r = renderer
        self.data = data
        self.labels = Labels("cansas", renderer.lang)
        self.shortened = False
        cell = renderer.styles["cell"]
        renderer.styles.setdefault("cansas_cell", ParagraphStyle("cansas_cell", parent=cell, fontSize=8, leading=10))
        renderer.styles.setdefault("cansas_comment", ParagraphStyle("cansas_comment", parent=cell,
                                                                     fontSize=COMMENT_SIZE, leading=9.5))

    def flowables(self) -> list[Flowable]:
        out = [*self.counts_table(), *self.domain_table(self.data.core_lines, core=True), *self.extra_section()]
        if self.shortened:
            out.append(self.r.para(self.labels["comments_shortened"], "small"))
        return out

    def column_title(self, column: CansasColumn) -> str:
        return self.labels.get(f"rater_{column.rater}", date=short_date(column.assessed_on, self.r.lang))

    def rating_text(self, value: int | None) -> str:
        if value is None:
            return "—"
        return f"{value} · {self.labels[f'rating_{value}']}"

    def counts_table(self) -> list[Flowable]:
        """One row per assessment: the instrument's counts, unknowns in their own column."""
        header = [self.labels["counts_heading"], self.labels["met"], self.labels["unmet"], self.labels["total"],
                  self.labels["unknown"]]
        rows = [[self.column_title(c), str(c.met), str(c.unmet), str(c.total), str(c.unknown)]
                for c in self.data.columns]
        count_width = 29 * mm
        table = self.r.table(header, rows, zebra=False,
                             col_widths=[self.r.content_width - 4 * count_width] + [count_width] * 4)
        table.setStyle(TableStyle([("LINEBEFORE", (4, 0), (4, -1), 0.8, colors.black)]))
        return [self.r.heading(self.labels["summary_heading"], 2), table,
                self.r.para(self.labels["unknown_note"], "small")]

    def domain_table(self, lines: tuple[CansasLine, ...], core: bool) -> list[Flowable]:
        columns = self.data.columns
        both = len(columns) == 2
        header = ["#" if core else "", self.labels["domain"], *[self.column_title(c) for c in columns],
                  self.labels[f"comment_{columns[0].rater}"]]     # comments are the first column's
        rows = []
        disagreements = []
        rating_width = 31 * mm
        number_width = 7 * mm
        domain_width = 58 * mm
        comment_width = self.r.content_width - number_width - domain_width - rating_width * len(columns)
        for index, line in enumerate(lines, start=1):
            comment = one_line(line.comment, comment_width - 7)
            self.shortened = self.shortened or comment != " ".join(line.comment.split())
            cells = [str(index) if core else "", life_domain_label(line.domain_id, self.r.lang),
                     *[self.rating_text(v) for v in line.values]]
            rows.append([self.r.para(c, "cansas_cell") for c in cells] + [self.r.para(comment, "cansas_comment")])
            if both and _disagree(*line.values):
                disagreements.append(index)
        table = self.r.table(header, rows, col_widths=[number_width, domain_width]
                             + [rating_width] * len(columns) + [comment_width])
        table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2)]
                                  + [("BACKGROUND", (2, row), (1 + len(columns), row), DISAGREE)
                                     for row in disagreements]))
        heading = self.labels["core_heading"] if core else self.extra_title()
        out: list[Flowable] = [self.r.heading(heading, 2), table]
        if both and core:
            out.append(self.r.para(self.labels.get("disagree_note", count=len(disagreements)), "small"))
        return out

    def extra_title(self) -> str:
        sets = load_instrument("cansas").get("extra_domain_sets", {})
        title = sets.get(self.data.extra_set or "", {}).get("title", {})
        name = title.get(self.r.lang) or title.get("en") or self.data.extra_set or ""
        return self.labels.get("extra_heading", name=name)

    def extra_section(self) -> list[Flowable]:
        lines = self.data.extra_lines
        if not lines:
            return []
        counts = "; ".join(
            self.labels.get("extra_counts", rater=self.column_title(c), met=c.extra_met, unmet=c.extra_unmet,
                            unknown=c.extra_unknown)
            for c in self.data.columns if c.extra_met + c.extra_unmet + c.extra_unknown)
        return [*self.domain_table(lines, core=False),
                self.r.para(self.labels.get("extra_counts_intro", counts=counts), "small")]


def one_line(text: str, width: float) -> str:
    """The comment cut to one printed line, so 22 commented domains still fit one page;
    the full comment stays in the vault."""
    flat = " ".join((text or "").split())
    if stringWidth(flat, FAMILY, COMMENT_SIZE) <= width:
        return flat
    low, high = 0, len(flat)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(flat[:middle].rstrip() + "…", FAMILY, COMMENT_SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return flat[:low].rstrip() + "…"


def _disagree(staff: int | None, person: int | None) -> bool:
    known = (0, 1, 2)
    return staff in known and person in known and staff != person


class CansasSummaryRenderer(DocumentRenderer):
    label_file = "cansas"
    top_margin = 18 * mm          # the page header rule sits at 14 mm
    first_page_top = 18 * mm
    bottom_margin = 17 * mm       # the footer rule sits at 14 mm

    def __init__(self, lang: str, person: CansasPerson, data: CansasSummaryData, consent=None,
                 letterhead: Letterhead | None = None, today: date | None = None) -> None:
        super().__init__(lang, letterhead, document_id=None, today=today)
        self.title = self.labels["title"]
        self.person = person
        self.data = data
        self.consent = consent

    def story(self) -> list[Flowable]:
        return [*self.header(), *cansas_flowables(self, self.data), *self.closing()]

    def header(self) -> list[Flowable]:
        pairs = [(self.common["person"], self.person.display_name)]
        if self.person.birth:
            pairs.append((self.common["born"], self.person.birth))
        for column in self.data.columns:
            who = column.rater_name if column.rater == "staff" and column.rater_name else ""
            value = short_date(column.assessed_on, self.lang) + (f" — {who}" if who else "")
            pairs.append((self.labels[f"assessed_by_{column.rater}"], value))
        return [self.heading(self.labels["title"], 1), self.key_values(pairs, key_width=62 * mm)]

    def closing(self) -> list[Flowable]:
        return [self.spacer(1.5), self.consent_paragraph(self.consent),
                self.para(self.common.get("generated_on", date=short_date(self.today, self.lang)) + ". "
                          + self.labels["copyright"], "small")]

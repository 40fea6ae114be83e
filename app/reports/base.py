"""The shared frame of every Relais PDF, after pretix's invoice renderer: page geometry and
styles as attributes, fonts registered once, first-page and later-page templates, a
"page x of y" footer, the confidentiality mark and the document id on every page.

Subclasses build their story one section per method and never touch canvas coordinates;
hand-placed drawing lives only in the page hooks here.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.reports.fonts import BOLD, FAMILY, ITALIC, register_fonts
from app.reports.labels import Labels, short_date
from app.reports.letterhead import Letterhead
from app.reports.text import paragraphs, safe

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef1f4")


PDF_LANGS = {"fr": "fr-BE", "nl": "nl-BE", "en": "en"}    # BCP 47, for the PDF catalog's /Lang


class NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so each footer can say "page x of y"."""

    def __init__(self, *args, footer_hook=None, **kwargs) -> None:
        # Without an initial font ReportLab references Helvetica, which is not embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FAMILY
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9.5
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self._footer_hook = footer_hook

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if self._footer_hook:
                self._footer_hook(self, self._pageNumber, total)
            super().showPage()
        super().save()


class DocumentRenderer:
    pagesize = A4
    left_margin = 20 * mm
    right_margin = 20 * mm
    top_margin = 22 * mm
    bottom_margin = 20 * mm
    first_page_top = 22 * mm      # letters reserve more room on page 1
    label_file = "common"

    def __init__(self, lang: str, letterhead: Letterhead | None = None, title: str = "",
                 document_id: str | None = None, today: date | None = None) -> None:
        register_fonts()
        self.lang = lang if lang in ("fr", "nl", "en") else "fr"
        self.letterhead = letterhead or Letterhead()
        self.title = title
        self.document_id = document_id or uuid.uuid4().hex[:12].upper()
        self.today = today or date.today()
        self.labels = Labels(self.label_file, self.lang)
        self.common = Labels("common", self.lang)
        self.styles = self._stylesheet()

    # -- styles -------------------------------------------------------------------------
    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=13, textColor=INK,
                              alignment=TA_LEFT, splitLongWords=True, spaceAfter=3)
        return {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
            "italic": ParagraphStyle("italic", parent=base, fontName=ITALIC),
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
            "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10,
                                 spaceAfter=4, keepWithNext=True),
            "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6,
                                 spaceAfter=2, keepWithNext=True),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
            "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8.5, leading=11,
                                        spaceAfter=0),
            "meta": ParagraphStyle("meta", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        }

    # -- building blocks for subclasses ---------------------------------------------------
    def para(self, user_text: object, style: str = "body") -> Paragraph:
        """A paragraph of user text (always escaped)."""
        return Paragraph(safe(user_text), self.styles[style])

    def markup(self, trusted_markup: str, style: str = "body") -> Paragraph:
        """A paragraph of Relais's own wording, which may use <b> and <i>. Never user text."""
        return Paragraph(trusted_markup, self.styles[style])

    def long_text(self, user_text: object, style: str = "body") -> list[Flowable]:
        """User text of any length, one Paragraph per block so it splits across pages."""
        return [Paragraph(p, self.styles[style]) for p in paragraphs(user_text)] or [
            Paragraph(self.common["none"], self.styles[style])]

    def heading(self, text: str, level: int = 1) -> Paragraph:
        return Paragraph(safe(text), self.styles[f"h{level}"])

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]], col_widths: list[float] | None = None,
              zebra: bool = True) -> Table:
        """A table whose header repeats on every page; every cell is escaped user text
        (or a ready Flowable)."""
        def cell(value: object, bold: bool = False) -> Flowable:
            if isinstance(value, Flowable):
                return value
            return Paragraph(safe(value), self.styles["cell_bold" if bold else "cell"])

        data = [[cell(h, bold=True) for h in header]] + [[cell(v) for v in row] for row in rows]
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # the Table default is Helvetica, not embedded
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if zebra:
            style += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(data), 2)]
        table.setStyle(TableStyle(style))
        return table

    def key_values(self, pairs: Sequence[tuple[str, object]], key_width: float = 45 * mm) -> Table:
        data = [[Paragraph(safe(k), self.styles["cell_bold"]), Paragraph(safe(v), self.styles["cell"])]
                for k, v in pairs]
        table = Table(data, colWidths=[key_width, self.content_width - key_width], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def consent_paragraph(self, consent) -> Paragraph:
        """The consent a shared document relies on, or the internal-copy notice."""
        if consent is None:
            return Paragraph(safe(self.common["internal_copy"]), self.styles["meta"])
        types = ", ".join(self.common[f"type_{t}"] for t in consent.document_types)
        until = self.common.get("consent_until", date=short_date(consent.expires_on, self.lang)) \
            if consent.expires_on else ""
        text = self.common.get("consent_statement", form=self.common[f"form_{consent.form}"],
                               given_on=short_date(consent.given_on, self.lang), until=until, types=types)
        return Paragraph(safe(text), self.styles["meta"])

    def spacer(self, height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)

    @property
    def content_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    # -- what subclasses provide ----------------------------------------------------------
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- page furniture -------------------------------------------------------------------
    def draw_header(self, canvas, doc) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(self.left_margin, height - 12 * mm, self.letterhead.sender[:90])
        canvas.setFont(FAMILY, 8)
        canvas.setFillColor(MUTED)
        if self.title:
            canvas.drawRightString(width - self.right_margin, height - 12 * mm, self.title[:90])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, height - 14 * mm, width - self.right_margin, height - 14 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, 14 * mm, width - self.right_margin, 14 * mm)
        canvas.setFont(BOLD, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(self.left_margin, 10 * mm, self.common["confidential"])
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, 10 * mm, self.common.get("document_id", id=self.document_id))
        canvas.drawRightString(width - self.right_margin, 10 * mm,
                               self.common.get("page_of", page=page, pages=pages))
        canvas.restoreState()

    def first_page(self, canvas, doc) -> None:
        self.draw_header(canvas, doc)

    def later_pages(self, canvas, doc) -> None:
        self.draw_header(canvas, doc)

    # -- rendering ----------------------------------------------------------------------
    def render(self) -> bytes:
        buffer = io.BytesIO()
        width, height = self.pagesize
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize, leftMargin=self.left_margin, rightMargin=self.right_margin,
            topMargin=self.top_margin, bottomMargin=self.bottom_margin, title=self.title,
            author=self.letterhead.sender, creator="Relais", subject=self.title,
            lang=PDF_LANGS[self.lang],      # the catalog's /Lang: a screen reader picks its voice
        )
        frame_width = width - self.left_margin - self.right_margin
        first = Frame(self.left_margin, self.bottom_margin, frame_width,
                      height - self.first_page_top - self.bottom_margin, id="first")
        later = Frame(self.left_margin, self.bottom_margin, frame_width,
                      height - self.top_margin - self.bottom_margin, id="later")
        doc.addPageTemplates([
            PageTemplate(id="First", frames=[first], onPage=self.first_page, autoNextPageTemplate="Later"),
            PageTemplate(id="Later", frames=[later], onPage=self.later_pages),
        ])
        footer = self.draw_footer

        def canvasmaker(*args, **kwargs) -> NumberedCanvas:
            canvas = NumberedCanvas(*args, footer_hook=footer, **kwargs)
            # Readers show (and announce) the document's title rather than its file name.
            canvas.setViewerPreference("DisplayDocTitle", "true")
            return canvas

        doc.build(self.story(), canvasmaker=canvasmaker)
        return buffer.getvalue()

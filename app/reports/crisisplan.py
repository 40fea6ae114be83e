"""The joint crisis plan on paper: one page for the person (their words, large type), the
same plan for a crisis partner who has the person's consent, and a pocket card (A6) with
the warning signs, what helps and who to call. Pure renderer: the service assembles the data."""

from __future__ import annotations

from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph
from reportlab.platypus.flowables import Flowable

from app.reports.base import DocumentRenderer
from app.reports.crisisplan_data import CARD_SECTIONS, SECTIONS, PrintedCrisisPlan
from app.reports.fonts import BOLD, FAMILY
from app.reports.labels import short_date
from app.reports.text import safe


class _CrisisBase(DocumentRenderer):
    label_file = "crisisplan"
    title_key = "title_with_name"
    intro_key = "intro_person"

    def __init__(self, lang: str, letterhead, plan: PrintedCrisisPlan, consent=None) -> None:
        self.plan = plan
        self.consent = consent
        super().__init__(lang, letterhead)
        self.title = self.labels.get(self.title_key, name=plan.person_name)

    def _meta(self) -> str:
        parts = [self.labels.get("version", number=self.plan.number)]
        if self.plan.agreed_on:
            parts.append(self.labels.get("agreed_on", date=short_date(self.plan.agreed_on, self.lang)))
        return " · ".join(parts)

    def _section(self, key: str, style: str = "body") -> list[Flowable]:
        text = self.plan.sections.get(key, "")
        return [self.heading(self.labels[key], 2), self.para(text or self.labels["empty"], style)]

    def _partners(self) -> list[Flowable]:
        if not self.plan.partners:
            return []
        lines = [f"{p.name} — {p.phone}" if p.phone else p.name for p in self.plan.partners]
        return [self.heading(self.labels["crisis_partners"], 2), self.para("\n".join(lines))]


class PersonCrisisPlan(_CrisisBase):
    """One page, in the person's words: sections in two columns, shrunk to fit if long."""

    top_margin = 18 * mm
    first_page_top = 18 * mm
    bottom_margin = 18 * mm

    def story(self) -> list[Flowable]:
        title = self.labels.get(self.title_key, name=self.plan.person_name)
        head: list[Flowable] = [self.markup(safe(title), "title"),
                                self.para(self.labels[self.intro_key], "italic"),
                                self.para(self._meta(), "meta")]
        if self.plan.agreed_on is None:
            head.append(self.para(self.labels["draft_notice"], "cell_bold"))
        if self.intro_key == "intro_partner":
            head.append(self.consent_paragraph(self.consent))
        body: list[Flowable] = []
        for key in SECTIONS:
            body += self._section(key)
        body += self._partners()
        if self.plan.worker:
            contact = f"{self.plan.worker} — {self.plan.worker_phone}" if self.plan.worker_phone else self.plan.worker
            body += [self.heading(self.labels["my_worker"], 2), self.para(contact)]
        height = self.pagesize[1] - self.first_page_top - self.bottom_margin - 42 * mm
        return head + [self.spacer(2), KeepInFrame(self.content_width, height, body, mode="shrink")]


class PartnerCrisisPlan(PersonCrisisPlan):
    title_key = "title_partner"
    intro_key = "intro_partner"


class PocketCrisisCard(_CrisisBase):
    """A6, to keep in a wallet: warning signs, what helps, who to call, crisis partners."""

    pagesize = A6
    left_margin = right_margin = 7 * mm
    top_margin = first_page_top = 16 * mm
    bottom_margin = 16 * mm
    title_key = "title_card"

    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super()._stylesheet()
        base = ParagraphStyle("card", fontName=FAMILY, fontSize=7.5, leading=9.5, splitLongWords=True)
        styles["body"] = base
        styles["h2"] = ParagraphStyle("card_h", parent=base, fontName=BOLD, fontSize=8, leading=10, spaceBefore=3)
        styles["title"] = ParagraphStyle("card_t", parent=base, fontName=BOLD, fontSize=10, leading=12)
        return styles

    def draw_header(self, canvas, doc) -> None:
        pass

    def draw_footer(self, canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 6)
        canvas.drawString(self.left_margin, 8 * mm, self.common["confidential"])
        canvas.drawRightString(self.pagesize[0] - self.right_margin, 8 * mm,
                               self.common.get("page_of", page=page, pages=pages))
        canvas.restoreState()

    def story(self) -> list[Flowable]:
        body: list[Flowable] = [Paragraph(safe(self.title), self.styles["title"])]
        for key in CARD_SECTIONS:
            body += self._section(key)
        body += self._partners()
        body.append(self.para(self.labels.get("card_note", number=self.plan.number), "small"))
        height = self.pagesize[1] - self.first_page_top - self.bottom_margin
        return [KeepInFrame(self.content_width, height, body, mode="shrink")]

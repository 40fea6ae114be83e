"""The referral letter: Belgian layout (sender, recipient, place and date, subject, body,
signature), written for a busy specialist — the person's request first, then the reason,
then only what the person agreed to share."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.models.consent import ConsentStatement
from app.reports.base import DocumentRenderer, Letterhead
from app.reports.fonts import BOLD, FAMILY
from app.reports.labels import place_and_date, short_date
from app.reports.letter_data import LetterData
from app.reports.text import safe


class ReferralLetter(DocumentRenderer):
    label_file = "letter"
    first_page_top = 14 * mm

    def __init__(self, lang: str, letterhead: Letterhead, data: LetterData, consent: ConsentStatement | None,
                 document_id: str | None = None) -> None:
        super().__init__(lang, letterhead, document_id=document_id, today=data.day)
        self.title = self.labels["title"]
        self.data = data
        self.consent = consent
        self.styles["right"] = ParagraphStyle("right", parent=self.styles["body"], alignment=TA_RIGHT)
        self.styles["quote"] = ParagraphStyle("quote", parent=self.styles["italic"], fontSize=10.5, leading=14.5,
                                              leftIndent=6 * mm, rightIndent=4 * mm, spaceAfter=4)
        self.styles["subject"] = ParagraphStyle("subject", parent=self.styles["body"], fontName=BOLD,
                                                fontSize=10.5, leading=14)

    # The first page carries the sender block itself; later pages get the running header.
    def first_page(self, canvas, doc) -> None:
        pass

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        for section in (self.addresses, self.place_date, self.subject, self.opening, self.at_a_glance,
                        self.request_section, self.reason_section, self.criteria_section, self.identity_section,
                        self.needs_section, self.goals_section, self.annex_section):
            parts += section()
        # The closing, the signature and the consent statement stay on one page together.
        parts.append(KeepTogether(self.closing() + self.signature() + self.consent_section()))
        return parts

    # -- sections -----------------------------------------------------------------------------
    def addresses(self) -> list[Flowable]:
        lh = self.letterhead
        sender = [self.para(lh.organisation, "cell_bold")] if lh.organisation else []
        sender += [self.para(line, "cell") for line in (lh.worker_name, lh.worker_title) if line]
        sender += [self.para(lh.address, "cell")] if lh.address else []
        sender += [self.para(line, "cell") for line in (lh.phone, lh.email) if line]
        r = self.data.recipient
        recipient = [self.para(r.organisation, "cell_bold")]
        if r.service_name:
            recipient.append(self.para(r.service_name, "cell"))
        if r.contact_person:
            recipient.append(self.para(self.labels.get("to_attention", name=r.contact_person), "cell"))
        if r.address:
            recipient.append(self.para(r.address, "cell"))
        half = self.content_width / 2
        table = Table([[sender, ""], ["", recipient]], colWidths=[half + 10 * mm, half - 10 * mm],
                      rowHeights=[None, None], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 6 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [table, self.spacer(6)]

    def place_date(self) -> list[Flowable]:
        place = self.data.place or self.letterhead.place or ("Brussel" if self.lang == "nl" else "Bruxelles")
        return [self.para(place_and_date(place, self.data.day, self.lang), "right"), self.spacer(4)]

    def subject(self) -> list[Flowable]:
        text = f"{self.labels['subject_label']} {self.labels.get('subject', person=self.data.person_name)}"
        if self.data.urgency == "urgent":
            text = f"{self.labels['urgent_mark']} — {text}"
        return [self.para(text, "subject"), self.spacer(3)]

    def opening(self) -> list[Flowable]:
        return [self.para(self.labels["salutation"]),
                self.para(self.labels.get("intro", person=self.data.person_name))]

    def at_a_glance(self) -> list[Flowable]:
        pairs = [(self.labels["person"], self.data.person_name)]
        if self.data.birth:
            pairs.append((self.labels["born"], self.data.birth))
        pairs.append((self.labels["urgency"], self.labels[f"urgency_{self.data.urgency}"]))
        if self.data.domain_label:
            pairs.append((self.labels["domain"], self.data.domain_label))
        box = self.key_values(pairs, key_width=38 * mm)
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), "#eef1f4"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, 0), 4),
                                 ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
        return [self.spacer(2), box]

    def request_section(self) -> list[Flowable]:
        quote = self.long_text(self.data.request, "quote")
        return [self.heading(self.labels["request_heading"]), *quote]

    def reason_section(self) -> list[Flowable]:
        return [self.heading(self.labels["reason_heading"]), *self.long_text(self.data.reason)]

    def criteria_section(self) -> list[Flowable]:
        if not self.data.criteria_override:
            return []
        return [self.heading(self.labels["criteria_heading"], 2), self.para(self.labels["criteria_intro"]),
                *self.long_text(self.data.criteria_override)]

    def identity_section(self) -> list[Flowable]:
        if not self.data.identity_shared:
            return [self.para(self.labels["identity_withheld"], "meta")]
        if not self.data.identity:
            return []
        pairs = [(self.labels[key] if key in ("address", "whereabouts", "phone", "languages", "insurance", "gp")
                  else self.common[key], value) for key, value in self.data.identity]
        return [self.heading(self.labels["identity_heading"], 2), self.key_values(pairs, key_width=38 * mm)]

    def needs_section(self) -> list[Flowable]:
        if not self.data.needs_shared:
            return []
        needs = self.data.needs
        if not needs:
            return [self.heading(self.labels["needs_plain_heading"], 2), self.para(self.labels["needs_none"])]
        parts: list[Flowable] = [
            self.heading(self.labels.get("needs_heading", date=short_date(needs["date"], self.lang)), 2),
            self.para(self.labels.get("needs_counts", unmet=needs["unmet"], met=needs["met"]))]
        if needs["unmet_labels"]:
            colon = " :" if self.lang == "fr" else ":"
            parts.append(self.para(f"{self.labels['needs_unmet']}{colon} " + ", ".join(needs["unmet_labels"])))
        return parts

    def goals_section(self) -> list[Flowable]:
        if not self.data.goals_shared:
            return []
        items = [self.para(f"• {goal}") for goal in self.data.goals] or [self.para(self.labels["goals_none"])]
        return [self.heading(self.labels["goals_heading"], 2), *items]

    def annex_section(self) -> list[Flowable]:
        if not self.data.bilan_attached:
            return []
        return [self.heading(self.labels["annex_heading"], 2), self.para(self.labels["annex_bilan"])]

    def closing(self) -> list[Flowable]:
        return [self.spacer(3), self.para(self.labels["closing"]), self.para(self.labels["regards"])]

    def signature(self) -> list[Flowable]:
        lh = self.letterhead
        lines = [Paragraph(safe(lh.worker_name), self.styles["cell_bold"])] if lh.worker_name else []
        lines += [self.para(line, "cell") for line in (lh.worker_title, lh.organisation) if line]
        if lh.signature:
            lines += self.long_text(lh.signature, "cell")
        return [self.spacer(6), *lines] if lines else []

    def consent_section(self) -> list[Flowable]:
        return [self.spacer(5), self.consent_paragraph(self.consent)]

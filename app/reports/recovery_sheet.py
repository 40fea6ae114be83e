"""The recovery sheet: the vault's recovery key on paper, with where the vault lives and what
to do with the sheet. It holds no personal data, only the key and the folder path."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.reports.base import DocumentRenderer
from app.reports.fonts import BOLD, FAMILY
from app.reports.labels import long_date
from app.reports.text import safe


class RecoverySheetRenderer(DocumentRenderer):
    label_file = "recovery_sheet"

    def __init__(self, lang: str, vault_path: str, recovery_key: str, today: date | None = None) -> None:
        super().__init__(lang, today=today)
        self.title = self.labels["title"]
        self.vault_path = vault_path
        self.recovery_key = recovery_key

    def story(self) -> list[Flowable]:
        return [*self.heading_section(), *self.key_section(), *self.vault_section(), *self.instructions_section()]

    def heading_section(self) -> list[Flowable]:
        return [Paragraph(safe(self.labels["title"]), self.styles["title"]),
                Paragraph(safe(self.labels["intro"]), self.styles["body"]), self.spacer(6)]

    def key_section(self) -> list[Flowable]:
        # Two lines of four groups: a key broken mid-group is easy to copy wrongly.
        groups = self.recovery_key.split("-")
        lines = ["-".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
        key = Paragraph("<br/>".join(safe(line) for line in lines), self.styles["body"].clone(
            "recovery_key", fontName=BOLD, fontSize=16, leading=24, alignment=1))
        box = Table([[key]], colWidths=[self.content_width], hAlign="LEFT")
        box.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f2933")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef1f4")),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ]))
        return [self.heading(self.labels["key_heading"]), box, self.spacer(6)]

    def vault_section(self) -> list[Flowable]:
        return [self.heading(self.labels["vault_heading"]),
                self.key_values([(self.labels["vault_location"], self.vault_path),
                                 (self.labels["created_on"], long_date(self.today, self.lang))],
                                key_width=45 * mm),
                self.spacer(4)]

    def instructions_section(self) -> list[Flowable]:
        items = [Paragraph(safe(f"{i}. {self.labels[f'todo_{i}']}"), self.styles["body"]) for i in range(1, 5)]
        return [self.heading(self.labels["todo_heading"]), *items, self.spacer(4),
                Paragraph(safe(self.labels["warning"]), self.styles["italic"])]

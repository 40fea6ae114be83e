"""Right of access on paper: every record the vault holds about one person, readable.

The data is the same as the JSON export (app.services.rights.collect.collect_person_data):
one section per table with a human label, each record with labelled fields. Short values
sit in a two-column block; long ones (notes, bilan sections) flow as paragraphs so they split
across pages. Binary content (the PDFs kept in the vault) is never embedded: documents are
listed with their SHA-256 fingerprint and size.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from reportlab.platypus.flowables import Flowable

from app.models.consent import ConsentStatement
from app.models.instruments import life_domain_label
from app.reports.access_data import AccessData
from app.reports.base import DocumentRenderer, Letterhead
from app.reports.labels import long_date, short_date

LONG_VALUE = 300          # characters: longer values flow as paragraphs below the record's table
# Derived copies kept for searching (folded names): the fields they come from are printed.
DERIVED_COLUMNS = frozenset({"search_text", "label_key"})
TABLE_ORDER = (
    "persons", "person_workers", "contacts", "contact_private_notes", "assessments", "assessment_ratings",
    "careplans", "careplan_versions", "careplan_goals", "careplan_goal_domains", "careplan_actions",
    "network_snapshots", "network_members", "network_ties", "bilans", "bilan_sections", "consents", "referrals",
    "referral_events", "documents",
)


USER_COLUMNS = frozenset({"created_by", "recorded_by", "recorded_by_id", "rater_user_id", "worker_id", "author_id",
                          "user_id", "owner_user_id", "finalised_by"})
PARTNER_COLUMNS = frozenset({"partner_id", "owner_partner_id", "gp_partner_id"})
DOMAIN_COLUMNS = frozenset({"domain_id", "domain", "reason_domain", "topics"})


class AccessReport(DocumentRenderer):
    label_file = "access"

    def __init__(self, lang: str, letterhead: Letterhead, data: AccessData, consent: ConsentStatement | None = None,
                 today: date | None = None) -> None:
        super().__init__(lang, letterhead, today=today)
        self.data = data
        self.consent = consent
        self.title = self.labels["title_short"]

    def story(self) -> list[Flowable]:
        story: list[Flowable] = self.opening()
        for table in self.ordered_tables():
            story += self.table_section(table, self.data.records[table])
        return story

    def ordered_tables(self) -> list[str]:
        known = [t for t in TABLE_ORDER if t in self.data.records]
        return known + sorted(t for t in self.data.records if t not in TABLE_ORDER)

    # -- sections -----------------------------------------------------------------------------
    def opening(self) -> list[Flowable]:
        counts = [[self.table_label(t), str(len(self.data.records[t]))] for t in self.ordered_tables()]
        return [
            self.para(self.labels.get("title", name=self.data.person_name), "title"),
            self.para(self.labels.get("intro", date=long_date(self.today, self.lang))),
            self.consent_paragraph(self.consent),
            self.heading(self.labels["summary"], 2),
            self.table([self.labels["section"], self.labels["records"]], counts,
                       col_widths=[self.content_width * 0.75, self.content_width * 0.25]),
        ]

    def table_section(self, table: str, rows: list[dict]) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(f"{self.table_label(table)} ({len(rows)})")]
        for n, row in enumerate(rows, start=1):
            short: list[tuple[str, str]] = []
            long: list[tuple[str, str]] = []
            for column, value in row.items():
                if column in DERIVED_COLUMNS:
                    continue
                text = self.readable(table, column, value, row)
                (long if len(text) > LONG_VALUE else short).append((self.field_label(column), text))
            if len(rows) > 1:
                flow.append(self.heading(self.labels.get("record", n=n), 2))
            flow.append(self.key_values(short))
            for label, text in long:
                flow.append(self.para(label, "cell_bold"))
                flow += self.long_text(text)
            flow.append(self.spacer(2))
        return flow

    # -- wording ---------------------------------------------------------------------------------
    def table_label(self, table: str) -> str:
        try:
            return self.labels[f"table_{table}"]
        except KeyError:
            return table.replace("_", " ").capitalize()

    def field_label(self, column: str) -> str:
        try:
            return self.labels[f"field_{column}"]
        except KeyError:
            return column.replace("_", " ").capitalize()

    def readable(self, table: str, column: str, value: object, row: dict) -> str:
        if isinstance(value, (bytes, bytearray, memoryview)):
            return self.labels.get("content_not_embedded", size=len(bytes(value)))
        if value is None or value == "" or value == []:
            return self.common["none"]
        if isinstance(value, bool):
            return self.labels["yes" if value else "no"]
        if column in USER_COLUMNS and isinstance(value, int):
            return self.data.user_names.get(value, f"#{value}")
        if column in PARTNER_COLUMNS and isinstance(value, int):
            return self.data.partner_names.get(value, f"#{value}")
        if column in DOMAIN_COLUMNS and isinstance(value, str):
            return f"{life_domain_label(value, self.lang)} ({value})"
        if column in DOMAIN_COLUMNS and isinstance(value, list):
            return ", ".join(life_domain_label(str(v), self.lang) for v in value)
        if isinstance(value, datetime):
            return f"{short_date(value.date(), self.lang)} {value:%H:%M}"
        if isinstance(value, date):
            return short_date(value, self.lang)
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            return ", ".join(str(v) for v in value)
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

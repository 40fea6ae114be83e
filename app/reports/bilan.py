"""The functional bilan as a PDF.

Two variants of one renderer: "gp", one to two pages a busy GP reads in a minute, holding
only what the person agreed to share; and "full", every section in full with the needs
summary, the network members and the appendices other features draw (CANSAS table,
network drawing). The service decides what goes in; this module only lays it out.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.models.bilan import bilan_sections, functioning_label
from app.models.instruments import life_domain_label
from app.reports.base import INK, SHADE, DocumentRenderer
from app.reports.bilan_data import BilanFacts
from app.reports.fonts import BOLD, FAMILY
from app.reports.glossary import term
from app.reports.labels import short_date
from app.reports.text import safe

DRAFT_INK = colors.HexColor("#b03a2e")
KEY_WIDTH = 42 * mm      # fits "Medeondertekend op" on one line


class BilanReport(DocumentRenderer):
    label_file = "bilan"

    def __init__(self, facts: BilanFacts, consent, lang: str, letterhead=None, document_id=None,
                 today=None) -> None:
        super().__init__(lang, letterhead, document_id=document_id, today=today)
        self.facts = facts
        self.consent = consent
        if not facts.recipient_is_gp and facts.recipient_name:
            self.title = self.labels.get("title_for", recipient=facts.recipient_name)
        else:
            self.title = self.labels["title_gp" if facts.variant == "gp" else "title_full"]
        self.specs = {s.key: s for s in bilan_sections()}

    # -- the story ------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        if self.facts.variant == "gp":
            return self.gp_story()
        return self.full_story()

    def gp_story(self) -> list[Flowable]:
        return [
            *self.title_block(), *self.person_block(), *self.why_now(), *self.asked_of_gp(),
            *self.sections_block(("context",)), *self.functioning_block(),
            *self.needs_block(), *self.goals_block(),
            *self.sections_block(("person_resources", "environment_resources", "treatment_history", "proposal")),
            *self.indication_block(), *self.partners_block(), *self.physician_block(), *self.worker_block(),
            *self.consent_block(),
        ]

    def full_story(self) -> list[Flowable]:
        return [
            *self.title_block(), *self.person_block(), *self.sections_block(("request", "context")),
            *self.functioning_block(), *self.needs_block(), *self.network_block(),
            *self.sections_block(("person_resources", "environment_resources", "treatment_history")),
            *self.goals_block(), *self.sections_block(("proposal", "gp_request")), *self.indication_block(),
            *self.partners_block(), *self.physician_block(), *self.worker_block(), *self.consent_block(),
            *self.appendices_block(),
        ]

    # -- one method per block -----------------------------------------------------------
    def title_block(self) -> list[Flowable]:
        f = self.facts
        subtitle = self.labels.get("subtitle", stage=self.labels[f"stage_{f.stage}"],
                                   date=short_date(f.bilan_date, self.lang), version=f.version)
        if f.amends_version:
            subtitle += self.labels.get("amends", version=f.amends_version)
        flow: list[Flowable] = [self.para(self.title, "title"), self.para(subtitle, "meta")]
        if f.is_draft:
            flow.append(self.para(self.labels["draft_mark"], "draft"))
        meta = [(self.labels["author"], f.author)]
        if f.recipient:
            meta.insert(0, (self.labels["recipient"], f.recipient))
        flow += [self.spacer(2), self.key_values(meta, key_width=KEY_WIDTH)]
        return flow

    def person_block(self) -> list[Flowable]:
        p = self.facts.person
        rows: list[tuple[str, object]] = [(self.common["person"], p.name)]
        if p.born:
            rows.append((self.common["born"], p.born))
        if p.niss:
            rows.append((self.common["niss"], p.niss))
        if p.languages:
            rows.append((self.labels["languages"], p.languages))
        if p.housing and p.housing != "unknown":
            housing = self.labels[f"housing_{p.housing}"]
            rows.append((self.labels["housing"], f"{housing} — {p.whereabouts}" if p.whereabouts else housing))
        if p.phone:
            rows.append((self.labels["reach"], p.phone))
        return [self.heading(self.labels["who"]), self.key_values(rows, key_width=KEY_WIDTH)]

    def why_now(self) -> list[Flowable]:
        if "request" not in self.facts.sections:
            return []
        stage = self.labels[f"stage_{self.facts.stage}"]
        return [self.heading(self.labels["why_now"]), self.para(stage[:1].upper() + stage[1:], "meta"),
                *self.long_text(self.facts.sections["request"])]

    def asked_of_gp(self) -> list[Flowable]:
        text = self.facts.sections.get("gp_request")
        if text is None:
            return []
        inner = [self.heading(self.labels["asked_of_you"], 2), *self.long_text(text)]
        if len(text) > 1500:  # a box cannot split across pages: long requests flow as plain text
            return inner
        box = Table([[inner]], colWidths=[self.content_width])
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY),  # Table's default is Helvetica
                                 ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.6, INK),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return [self.spacer(3), box]

    def sections_block(self, keys: tuple[str, ...], level: int = 1) -> list[Flowable]:
        flow: list[Flowable] = []
        for key in keys:
            if key in self.facts.sections:
                label = self.specs[key].label(self.lang)
                if key == "gp_request" and not self.facts.recipient_is_gp:
                    label = self.labels["asked_of_recipient"]
                flow += [self.heading(label, level),
                         *self.long_text(self.facts.sections[key])]
        return flow

    def functioning_block(self) -> list[Flowable]:
        keys = tuple(s.key for s in bilan_sections() if s.group == "functioning")
        inner = self.sections_block(keys, level=2)
        if not inner:
            return []
        return [self.heading(functioning_label(self.lang)), *inner]

    def needs_block(self) -> list[Flowable]:
        f = self.facts
        if not f.include_needs:
            return []
        flow: list[Flowable] = [self.heading(self.labels["needs"])]
        n = f.needs
        if n is None:
            return flow + [self.para(self.labels["no_needs"], "meta")]
        rater = self.labels["rater_person" if n.rater == "person" else "rater_staff"]
        flow.append(self.para(self.labels.get("needs_counts", date=short_date(n.assessed_on, self.lang),
                                              rater=rater, unmet=n.unmet, met=n.met, unknown=n.unknown)))
        for key, domains in (("unmet_list", n.unmet_domains), ("met_list", n.met_domains),
                             ("extra_unmet_list", n.extra_unmet)):
            if domains:
                names = ", ".join(life_domain_label(d, self.lang) for d in domains)
                flow.append(self.markup(f"<b>{safe(self.labels[key])}</b> : {safe(names)}"
                                        if self.lang == "fr" else f"<b>{safe(self.labels[key])}</b>: {safe(names)}"))
        return flow

    def goals_block(self) -> list[Flowable]:
        f = self.facts
        if not f.include_goals:
            return []
        flow: list[Flowable] = [self.heading(self.labels["goals"])]
        if not f.goals:
            return flow + [self.para(self.labels["no_goals"], "meta")]
        for goal in f.goals:
            status = self.labels[f"goal_status_{goal.status}"] if goal.status in (
                "open", "achieved", "changed", "dropped") else goal.status
            domain = life_domain_label(goal.domain, self.lang) if goal.domain else ""
            provisional = self.labels["goal_provisional"] if goal.provisional else ""
            meta = " · ".join(x for x in (domain, status, provisional) if x)
            flow.append(Paragraph(safe(goal.text), self.styles["bullet"], bulletText="•"))
            if meta:
                flow.append(self.para(meta, "bullet_meta"))
            if f.variant == "full":
                flow += [self.para("– " + action, "bullet_meta") for action in goal.actions]
        return flow

    def indication_block(self) -> list[Flowable]:
        f = self.facts
        if not f.show_indication:
            return []
        flow: list[Flowable] = [self.heading(self.labels["indication"]),
                                self.para(f.indicated_function or self.labels["indication_undecided"])]
        if f.function_justification:
            flow += [self.heading(self.labels["indication_why"], 2), *self.long_text(f.function_justification)]
        return flow + self.consultations_block()

    def consultations_block(self) -> list[Flowable]:
        f = self.facts
        if not f.consultations:
            return []
        width = self.content_width
        rows: list[list[object]] = [
                [short_date(c.held_on, self.lang), self.labels.get("minutes", minutes=c.minutes), ", ".join(c.roles),
                 self.labels["present" if c.person_present else "absent"]] for c in f.consultations]
        used, limit = f.consultation_units
        return [self.heading(self.labels["consultations"], 2),
                self.table([self.labels["col_date"], self.labels["col_duration"], self.labels["col_participants"],
                            self.labels["col_person_present"]], rows,
                           col_widths=[width * 0.16, width * 0.12, width * 0.54, width * 0.18]),
                self.para(self.labels.get("consultations_count", used=used, limit=limit), "meta")]

    def network_block(self) -> list[Flowable]:
        f = self.facts
        if not f.include_network:
            return []
        flow: list[Flowable] = [self.heading(self.labels["network"])]
        n = f.network
        if n is None:
            return flow + [self.para(self.labels["no_network"], "meta")]
        head: list[Flowable] = [flow.pop(), self.para(self.labels.get(
            "network_counts", date=short_date(n.drawn_on, self.lang), size=n.size,
            professional=round(n.professional_share * 100), close=n.close_informal, emotional=n.emotional_support))]
        if n.isolation_signal:
            head.append(self.markup(f"<b>{safe(self.labels['isolation'])}</b>"))
        flow.append(KeepTogether(head))
        if n.members:
            width = self.content_width
            rows = [[label, self._known("category", category), self._known("circle", circle)]
                    for label, category, circle in n.members]
            flow.append(self.table([self.labels["col_member"], self.labels["col_category"], self.labels["col_circle"]],
                                   rows, col_widths=[width * 0.5, width * 0.3, width * 0.2]))
        return flow

    def _known(self, kind: str, value: str) -> str:
        """The label of a vocabulary value the network feature uses, or the value itself. The
        shared glossary first, so the bilan and the network map use one word per category."""
        if kind == "category" and (shared := term("network_category", value, self.lang)):
            return shared
        try:
            return self.labels[f"{kind}_{value}"]
        except KeyError:
            return value

    def partners_block(self) -> list[Flowable]:
        f = self.facts
        if not f.include_partners:
            return []
        flow: list[Flowable] = [self.heading(self.labels["involved"])]
        if not f.partners:
            return flow + [self.para(self.labels["no_partners"], "meta")]
        width = self.content_width
        flow.append(self.table(
            [self.labels["col_service"], self.labels["col_role"], self.labels["col_phone"], self.labels["col_email"]],
            [[p.name, self._known("role", p.role.replace(":", "_")), p.phone, p.email] for p in f.partners],
            col_widths=[width * 0.34, width * 0.22, width * 0.19, width * 0.25]))
        return flow

    def physician_block(self) -> list[Flowable]:
        doc = self.facts.physician
        contribution = self.facts.sections.get("physician")
        if doc is None and contribution is None:
            return []
        flow: list[Flowable] = [self.heading(self.labels["physician"])]
        if doc is not None:
            cosigned = short_date(doc.cosigned_on, self.lang) if doc.cosigned_on else self.labels["not_cosigned"]
            rows = [(self.labels["physician_name"], doc.name)]
            if doc.inami:
                rows.append((self.labels["inami"], doc.inami))
            rows.append((self.labels["cosigned"], cosigned))
            flow.append(self.key_values(rows, key_width=KEY_WIDTH))
        if contribution is not None:
            flow += [self.heading(self.specs["physician"].label(self.lang), 2), *self.long_text(contribution)]
        return flow

    def worker_block(self) -> list[Flowable]:
        lh = self.letterhead
        rows = [(k, v) for k, v in (
            (self.labels["worker"], " — ".join(x for x in (lh.worker_name, lh.worker_title) if x)),
            (self.labels["organisation"], lh.organisation), (self.labels["phone"], lh.phone),
            (self.labels["email"], lh.email)) if v]
        if not rows:
            return []
        return [KeepTogether([self.heading(self.labels["worker_contact"]), self.key_values(rows, key_width=KEY_WIDTH)])]

    def consent_block(self) -> list[Flowable]:
        flow: list[Flowable] = [self.spacer(3)]
        if self.facts.variant == "gp" or self.consent is not None:
            flow.append(self.para(self.labels["shared_only"], "meta"))
        flow.append(self.consent_paragraph(self.consent))
        return flow

    def appendices_block(self) -> list[Flowable]:
        flow: list[Flowable] = []
        for appendix in self.facts.appendices:
            flow += [self.heading(appendix.title), *appendix.build(self)]
        return flow

    # -- page furniture -------------------------------------------------------------------
    def _stylesheet(self):
        styles = super()._stylesheet()
        styles["draft"] = styles["h2"].clone("draft", textColor=DRAFT_INK, spaceBefore=2)
        styles["bullet"] = styles["body"].clone("bullet", leftIndent=12, bulletIndent=2, spaceAfter=0,
                                                  bulletFontName=FAMILY)
        styles["bullet_meta"] = styles["small"].clone("bullet_meta", leftIndent=12, spaceAfter=3)
        return styles

    def draw_header(self, canvas, doc) -> None:
        super().draw_header(canvas, doc)
        if self.facts.is_draft:
            width, height = self.pagesize
            canvas.saveState()
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(DRAFT_INK)
            canvas.drawCentredString(width / 2, height - 12 * mm, self.labels["draft_mark"])
            canvas.restoreState()

"""The recovery care plan on paper: a plain-language version for the person (large type,
"my goals, what I will do, who helps me") and a compact table for partner services."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import HRFlowable, KeepTogether, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.models.consent import ConsentStatement
from app.reports.base import RULE, SHADE, DocumentRenderer, Letterhead
from app.reports.careplan_data import PrintedAction, PrintedGoal, PrintedPlan
from app.reports.fonts import BOLD, FAMILY
from app.reports.labels import long_date, short_date


class CarePlanRenderer(DocumentRenderer):
    label_file = "careplan"

    def __init__(self, lang: str, letterhead: Letterhead, plan: PrintedPlan,
                 consent: ConsentStatement | None, today: date | None = None) -> None:
        super().__init__(lang, letterhead, today=today)
        self.plan = plan
        self.consent = consent
        self.title = self.labels.get("title_with_name", name=plan.person_name)

    def agreement_text(self) -> str:
        if self.plan.agreed_on is None:
            return self.labels["draft_notice"]
        return self.labels.get(self.agreed_key, date=long_date(self.plan.agreed_on, self.lang))

    agreed_key = "agreed_on"

    def status_text(self, status: str) -> str:
        return self.labels[f"goal_{status}"]

    def action_status_text(self, status: str) -> str:
        return self.labels[f"action_{status}"]


class PersonCarePlan(CarePlanRenderer):
    """For the person: one goal per block, in their words, in large type."""

    agreed_key = "agreed_on_me"

    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super()._stylesheet()
        base = ParagraphStyle("big", parent=styles["body"], fontSize=13, leading=18, spaceAfter=4)
        styles.update({
            "big": base,
            "big_title": ParagraphStyle("big_title", parent=base, fontName=BOLD, fontSize=22, leading=28,
                                        spaceAfter=4),
            "goal": ParagraphStyle("goal", parent=base, fontName=BOLD, fontSize=16, leading=21, spaceBefore=4,
                                   spaceAfter=6),
            "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=4,
                                    spaceAfter=2),
            "big_cell": ParagraphStyle("big_cell", parent=base, spaceAfter=0),
            "big_cell_bold": ParagraphStyle("big_cell_bold", parent=base, fontName=BOLD, spaceAfter=0),
        })
        return styles

    def story(self) -> list[Flowable]:
        flow = self.opening()
        for index, goal in enumerate(self.plan.goals, start=1):
            flow += self.goal_block(index, goal)
        if not self.plan.goals:
            flow.append(self.markup(self.labels["no_goals"], "big"))
        flow += self.closing()
        return flow

    def opening(self) -> list[Flowable]:
        return [
            self.markup(self.labels["my_plan"], "big_title"),
            self.para(self.plan.person_name, "label"),
            self.para(self.agreement_text(), "big"),
            self.para(self.labels.get("next_review_me", date=long_date(self.plan.review_on, self.lang)), "big"),
            self.spacer(4),
        ]

    def goal_block(self, index: int, goal: PrintedGoal) -> list[Flowable]:
        """The goal's title block stays together; long strengths, comments and many actions
        flow on to the next page (a boxed single cell could not split)."""
        title: list[Flowable] = [HRFlowable(width="100%", thickness=1.2, color=RULE, spaceBefore=2, spaceAfter=4),
                                 self.para(self.labels.get("my_goal_n", n=index), "label"),
                                 self.para(goal.text, "goal")]
        if goal.status != "open":
            mark = "✓ " if goal.status == "achieved" else ""
            title.append(self.para(mark + self.status_text(goal.status), "label"))
        if goal.domain:
            title.append(self.para(self.labels.get("life_area", domain=goal.domain), "big"))
        flow: list[Flowable] = [KeepTogether(title)]
        if goal.strengths:
            flow.append(self.para(self.labels["what_helps_me"], "label"))
            flow += self.long_text(goal.strengths, "big")
        if goal.person_comment:
            flow.append(self.para(self.labels["my_words"], "label"))
            flow += self.long_text(goal.person_comment, "big")
        if goal.actions:
            flow.append(self.para(self.labels["what_we_will_do"], "label"))
            flow.append(self.actions_table(goal.actions))
        flow.append(self.spacer(5))
        return flow

    def actions_table(self, actions: tuple[PrintedAction, ...]) -> Table:
        header = [self.labels["who_helps"], self.labels["what"], self.labels["by_when"]]
        rows = []
        for a in actions:
            when = long_date(a.due_on, self.lang) if a.due_on else "—"
            if a.status != "open":
                when = f"{when} — {self.action_status_text(a.status)}"
            who = self.labels["me"] if a.owner_kind == "person" else a.who
            rows.append([who, a.what, when])
        width = self.content_width
        data = [[self.para(h, "big_cell_bold") for h in header]] + [[self.para(v, "big_cell") for v in r] for r in rows]
        table = Table(data, colWidths=[width * 0.28, width * 0.47, width * 0.25], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                                   ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return table

    def closing(self) -> list[Flowable]:
        flow: list[Flowable] = [self.spacer(4)]
        if self.letterhead.worker_name:
            flow.append(self.para(self.labels.get("my_worker", name=self.letterhead.worker_name), "big"))
        if self.letterhead.phone:
            flow.append(self.para(self.labels.get("call", phone=self.letterhead.phone), "big"))
        flow.append(self.spacer(3))
        flow.append(self.consent_paragraph(self.consent))
        return flow


class PartnerCarePlan(CarePlanRenderer):
    """For partner services: who does what by when, in one table."""

    def story(self) -> list[Flowable]:
        return [*self.summary(), *self.goals_table(), *self.review_section(), self.spacer(4),
                self.consent_paragraph(self.consent)]

    def summary(self) -> list[Flowable]:
        plan = self.plan
        return [
            self.markup(self.labels["plan_title"], "title"),
            self.key_values([
                (self.common["person"], plan.person_name),
                (self.labels["version"], str(plan.number)),
                (self.labels["starts"], short_date(plan.starts_on, self.lang)),
                (self.labels["agreement"], self.agreement_text()),
                (self.labels["next_review"], short_date(plan.review_on, self.lang)),
            ]),
            self.spacer(3),
            self.markup(self.labels["words_notice"], "meta"),
        ]

    def goals_table(self) -> list[Flowable]:
        """Per goal: its wording and details, then a table of who does what by when. Every
        part splits across pages, however long the person's words."""
        flow: list[Flowable] = [self.heading(self.labels["goals_and_actions"])]
        if not self.plan.goals:
            return flow + [self.markup(self.labels["no_goals"])]
        w = self.content_width
        for index, goal in enumerate(self.plan.goals, start=1):
            details = [d for d in (goal.domain, self.labels.get("priority_n", n=goal.priority),
                                   self.status_text(goal.status) if goal.status != "open" else "") if d]
            heading = self.para(f"{index}. {goal.text}", "h2")
            flow.append(KeepTogether([heading, self.para(" · ".join(details), "meta")]))
            if goal.strengths:
                flow += self.long_text(f"{self.labels['strengths']}: {goal.strengths}", "cell")
            if goal.actions:
                header = [self.labels["action"], self.labels["who"], self.labels["due"], self.labels["status"]]
                rows = [[a.what, a.who, short_date(a.due_on, self.lang), self.action_status_text(a.status)]
                        for a in goal.actions]
                flow.append(self.table(header, rows, col_widths=[w * 0.52, w * 0.22, w * 0.13, w * 0.13]))
            flow.append(self.spacer(3))
        return flow

    def review_section(self) -> list[Flowable]:
        plan = self.plan
        flow: list[Flowable] = []
        comments = [(g.text, g.person_comment) for g in plan.goals if g.person_comment]
        if plan.reviewed_on or comments:
            flow.append(self.heading(self.labels["last_review"]))
            if plan.reviewed_on:
                flow.append(self.para(self.labels.get("reviewed_on", date=short_date(plan.reviewed_on, self.lang))))
            if plan.review_note:
                flow += self.long_text(plan.review_note)
            for goal_text, comment in comments:
                flow.append(self.para(self.labels.get("person_said", goal=goal_text, comment=comment)))
        return flow

"""What the vault already knows that a bilan can use: the latest CANSAS summary, the
current goals, the latest network map and the partners involved, read from
each feature's own summary function (the bilan sits above those features; import-linter
declares it).

`prefill_texts` turns them into first drafts of sections; `snapshot` freezes them as JSON
when a bilan is finalised; `restore` reads that JSON back.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from app.models.bilan import prefill_domains
from app.models.instruments import life_domain_label
from app.reports.labels import short_date
from app.services.cansas.assessments import latest_needs_summary
from app.services.careplan import current_goals
from app.services.counters.consultations import ConsultationSummary, consultations_summary
from app.services.network.maps import latest_network_summary
from app.services.partners.involved import partners_involved
from app.services.shared.summaries import (
    GoalSummary,
    NeedsSummary,
    NetworkSummary,
    PartnerInvolved,
)
from app.services.shared.workspace import Workspace
from app.texts import current_language, message

MAX_MEMBERS_IN_PREFILL = 12


class Sources:
    """The summaries for one person, live or as frozen at finalisation: needs, goals, network,
    partners, and the multidisciplinary consultations of the last 12 months."""

    def __init__(self, needs: NeedsSummary | None, goals: list[GoalSummary], network: NetworkSummary | None,
                 partners: list[PartnerInvolved], consultations: list[ConsultationSummary] | None = None) -> None:
        self.needs, self.goals, self.network, self.partners = needs, list(goals), network, list(partners)
        self.consultations = list(consultations or [])


def live(ws: Workspace, person_id: int) -> Sources:
    return Sources(latest_needs_summary(ws, person_id), list(current_goals(ws, person_id)),
                   latest_network_summary(ws, person_id), list(partners_involved(ws, person_id)),
                   consultations_summary(ws, person_id))


# -- prefill ----------------------------------------------------------------------------------

def prefill_texts(ws: Workspace, person_id: int, lang: str | None = None) -> dict[str, str]:
    """First drafts of sections, in the interface language, only where the vault knows something."""
    return compose_prefill(live(ws, person_id), lang or current_language())


def compose_prefill(src: Sources, lang: str) -> dict[str, str]:
    texts: dict[str, list[str]] = {}

    def add(key: str, line: str) -> None:
        texts.setdefault(key, []).append(line)

    open_goals = [g for g in src.goals if g.status == "open"] or src.goals
    # "In their words" holds only wordings a person wrote or confirmed, never a proposal.
    worded = [g for g in open_goals if not g.provisional]
    if worded:
        add("request", message("bilan.prefill.goals_intro", lang))
        for goal in worded:
            add("request", f"– {goal.text}")
    for goal in open_goals:
        actions = "; ".join(goal.actions)
        mark = " " + message("bilan.prefill.provisional", lang) if goal.provisional else ""
        add("proposal", f"– {goal.text}{mark}" + (f" ({actions})" if actions else ""))

    if src.needs is not None:
        n = src.needs
        for key, domains in prefill_domains().items():
            unmet = [life_domain_label(d, lang) for d in domains if d in n.unmet_domains or d in n.extra_unmet]
            met = [life_domain_label(d, lang) for d in domains if d in n.met_domains]
            if unmet:
                add(key, message("bilan.prefill.unmet", lang, date=short_date(n.assessed_on, lang),
                                 domains=", ".join(unmet)))
            if met:
                add(key, message("bilan.prefill.met", lang, date=short_date(n.assessed_on, lang),
                                 domains=", ".join(met)))

    if src.network is not None:
        net = src.network
        add("social", message("bilan.prefill.network", lang, date=short_date(net.drawn_on, lang), size=net.size,
                              close=net.close_informal, emotional=net.emotional_support))
        if net.isolation_signal:
            add("social", message("bilan.prefill.isolation", lang))
        informal = [label for label, category, _circle in net.members if category not in ("professional", "service")]
        if informal:
            add("environment_resources", message("bilan.prefill.informal", lang,
                                                 names=", ".join(informal[:MAX_MEMBERS_IN_PREFILL])))

    if src.partners:
        add("treatment_history", message("bilan.prefill.partners", lang))
        for p in src.partners:
            add("treatment_history", f"– {p.name}" + (f" ({p.role})" if p.role else ""))
    return {key: "\n".join(lines) for key, lines in texts.items()}


# -- freezing at finalisation -----------------------------------------------------------------

def snapshot(ws: Workspace, person_id: int) -> dict:
    src = live(ws, person_id)
    return {
        "needs": _plain(asdict(src.needs)) if src.needs else None,
        "goals": [_plain(asdict(g)) for g in src.goals],
        "network": _plain(asdict(src.network)) if src.network else None,
        "partners": [_plain(asdict(p)) for p in src.partners],
        "consultations": [_plain(asdict(c)) for c in src.consultations],
    }


def restore(frozen: dict) -> Sources:
    needs = frozen.get("needs")
    network = frozen.get("network")
    return Sources(
        NeedsSummary(**{**needs, "assessed_on": date.fromisoformat(needs["assessed_on"]),
                        "unmet_domains": tuple(needs["unmet_domains"]), "met_domains": tuple(needs["met_domains"]),
                        "extra_unmet": tuple(needs.get("extra_unmet", ()))}) if needs else None,
        [GoalSummary(**{**g, "actions": tuple(g.get("actions", ())),
                         "action_items": tuple(tuple(a) for a in g.get("action_items", ()))})
         for g in frozen.get("goals", [])],
        NetworkSummary(**{**network, "drawn_on": date.fromisoformat(network["drawn_on"]),
                          "members": tuple(tuple(m) for m in network.get("members", ()))}) if network else None,
        [PartnerInvolved(**p) for p in frozen.get("partners", [])],
        [ConsultationSummary(**{**c, "held_on": date.fromisoformat(c["held_on"]), "roles": tuple(c["roles"])})
         for c in frozen.get("consultations", [])],
    )


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value

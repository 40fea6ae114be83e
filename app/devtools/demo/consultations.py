"""Demo multidisciplinary consultations: for some persons whose final bilan indicates
first-line treatment, one or two consultations after it, within the convention's rules
(at least 15 minutes, three participants of whom two care providers)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from app.devtools.demo.persons import written_languages
from app.models.bilan import Bilan, BilanStatus
from app.models.consultation import Consultation
from app.store.base import utcnow

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

SHARE = 0.4
TEAMS = {
    "fr": [[("Dr A. Fictif", "médecin généraliste", True), ("Alice Martin", "psychologue clinicienne", True),
            ("Sam Exemple", "assistant social (CPAS)", False)],
           [("Dr C. Imaginaire", "psychiatre", True), ("Alice Martin", "psychologue clinicienne", True),
            ("Inès Modèle", "éducatrice (habitation protégée)", False), ("Léo Fictif", "pair-aidant", False)]],
    "nl": [[("Dr B. Verzonnen", "huisarts", True), ("Alice Martin", "klinisch psycholoog", True),
            ("Sam Voorbeeld", "maatschappelijk werker (OCMW)", False)],
           [("Dr B. Verzonnen", "huisarts", True), ("Alice Martin", "klinisch psycholoog", True),
            ("Noor Fictief", "verpleegkundige (mobiel team)", True)]],
}


def add_consultations(ctx: DemoContext) -> None:
    rng = ctx.rng
    written = written_languages(ctx)
    rows = []
    bilans = ctx.session.execute(select(Bilan.id, Bilan.person_id, Bilan.bilan_date).where(
        Bilan.status == BilanStatus.FINAL, Bilan.indicated_function == "first_line",
        Bilan.person_id.in_(ctx.person_ids))).all()
    for bilan_id, person_id, day in bilans:
        if rng.random() >= SHARE or day >= ctx.today:
            continue
        held = day
        for _ in range(rng.choice((1, 1, 2))):
            held = min(ctx.today, held + timedelta(days=rng.randint(7, 60)))
            team = rng.choice(TEAMS[written[person_id]])
            rows.append({"person_id": person_id, "held_on": held, "duration_minutes": rng.choice((15, 30, 30, 45)),
                         "participants": [{"name": n, "role": r, "care_provider": c} for n, r, c in team],
                         "person_present": rng.random() < 0.6, "note": "", "bilan_id": bilan_id,
                         "created_by": ctx.ws.user.id, "created_at": utcnow()})
    if rows:
        ctx.session.execute(insert(Consultation), rows)

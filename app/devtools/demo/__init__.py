"""Clearly fictional demo data, deterministic for a given seed.

`add_demo_data` adds persons, then runs each history step in order. A feature adds its
own step module here and appends it to STEPS; a step receives the DemoContext and must
draw every random choice from `ctx.rng` so that a seed always gives the same vault.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.devtools.demo import assessments as assessments_step
from app.devtools.demo import bilans as bilans_step
from app.devtools.demo import careplans as careplans_step
from app.devtools.demo import consultations as consultations_step
from app.devtools.demo import contacts as contacts_step
from app.devtools.demo import duplicates as duplicates_step
from app.devtools.demo import networks as networks_step
from app.devtools.demo import partners as partners_step
from app.devtools.demo import persons as persons_step
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace

DEMO_MARK = "Fictional demo person — Relais demo data"


@dataclass
class DemoContext:
    ws: Workspace
    session: Session
    rng: random.Random
    today: date
    person_ids: list[int] = field(default_factory=list)


Step = Callable[[DemoContext], object]   # what a step returns is not used

# History steps, in order.
STEPS: list[Step] = [
    partners_step.add_partners,  # the directory first: later steps use partners
    contacts_step.add_contacts,
    networks_step.add_networks,
    assessments_step.add_assessments,
    careplans_step.add_careplans,
    bilans_step.add_bilans,  # after assessments, plans and networks: it summarises them
    duplicates_step.add_duplicates,  # from a copy of the generator: the others are unchanged
    consultations_step.add_consultations,  # after the bilans that indicate the treatment they strengthen
]


def add_demo_data(ws: Workspace, persons: int = 200, seed: int = 1, today: date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> list[int]:
    ws.require(Permission.PERSON_CREATE)
    rng = random.Random(seed)
    with ws.unit() as session:
        ctx = DemoContext(ws, session, rng, today or date.today())
        persons_step.add_persons(ctx, persons, DEMO_MARK, progress)
        for step in STEPS:
            step(ctx)
        ws.audit(session, "demo.added", count=len(ctx.person_ids), seed=seed)
    return ctx.person_ids

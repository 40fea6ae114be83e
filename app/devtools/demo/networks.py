"""Demo network maps: one to three dated snapshots per person, each later one evolving from the
earlier, and some people clearly isolated (only services close, nobody giving emotional support).
Fictional roles and first names only. Bulk inserts, no per-row audit."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app.models.network import (
    NetworkMember,
    NetworkSnapshot,
    NetworkTie,
    Support,
    member_key,
)
from app.store.base import table_of

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

LABELS = {
    "family": ["Mère", "Père", "Sœur", "Frère", "Tante Zoé", "Cousin Karim", "Fille", "Fils", "Moeder", "Zus",
               "Broer", "Grand-mère", "Oom Jef"],
    "partner": ["Compagne", "Compagnon", "Partner", "Vriendin (partner)"],
    "friend": ["Ami du foot", "Nadia", "Vriendin Els", "Marco", "Amie d'enfance", "Joris", "Copain du parc"],
    "neighbour": ["Voisine du 2e", "Buurman", "Voisin de palier", "Concierge", "Buurvrouw Mia"],
    "peer": ["Groupe d'entraide", "Pair du lieu de liens", "Lotgenoot", "Ervaringsdeskundige", "Copain du centre de jour"],
    "colleague": ["Collègue de l'atelier", "Collega", "Bénévole du resto social", "Maître de stage"],
    "professional": ["Médecin traitant", "Psychiatre", "Assistante sociale CPAS", "Huisarts", "Infirmière à domicile",
                     "Référent équipe mobile", "Psycholoog", "Avocat pro deo"],
    "service": ["CPAS", "Maison médicale fictive", "Dagcentrum De Fictieve Haven", "Resto du cœur fictif",
                "Abri de nuit", "Service de médiation de dettes", "Mutualité"],
}
INFORMAL = ["family", "partner", "friend", "neighbour", "peer", "colleague"]
SUPPORTS = [s.value for s in Support]
BATCH = 400
_KEYS: dict[str, str] = {}


def _key(label: str) -> str:
    if label not in _KEYS:
        _KEYS[label] = member_key(label)
    return _KEYS[label]


def _member(rng, category: str, label: str, isolated: bool) -> dict:
    informal = category in INFORMAL
    if isolated:
        circle = "close" if not informal else rng.choice(["middle", "outer"])
        supports = [s for s in ("practical", "informational", "financial") if rng.random() < 0.4]
        quality = rng.choices(["supportive", "ambivalent", "conflictual"], weights=[4, 3, 2] if informal else [8, 1, 0])[0]
    else:
        circle = rng.choices(["close", "middle", "outer"], weights=[4, 4, 3] if informal else [2, 4, 3])[0]
        supports = [s for s in SUPPORTS if rng.random() < (0.45 if informal else 0.3)]
        quality = rng.choices(["supportive", "ambivalent", "conflictual"], weights=[7, 2, 1])[0]
    return {
        "label": label, "label_key": _key(label), "category": category, "circle": circle,
        "supports": supports, "quality": quality,
        "frequency": rng.choice(["daily", "weekly", "monthly", "yearly", "unknown"]),
        "reciprocity": rng.choice(["mutual", "receives", "gives", "unknown"]) if informal else "unknown",
        "partner_id": None, "note": "", "x": None, "y": None,
    }


def _first_members(rng, isolated: bool) -> list[dict]:
    if isolated:
        plan = ["professional", "service"] + rng.sample(["professional", "service", "family", "neighbour", "peer"],
                                                        rng.randint(0, 3))
    else:
        plan = rng.choices(INFORMAL, weights=[5, 1, 3, 2, 2, 1], k=rng.randint(3, 9))
        plan += rng.choices(["professional", "service"], k=rng.randint(1, 4))
    used: set[tuple[str, str]] = set()
    members = []
    for category in plan:
        free = [lb for lb in LABELS[category] if (category, lb) not in used]
        if not free:
            continue
        label = rng.choice(free)
        used.add((category, label))
        members.append(_member(rng, category, label, isolated))
    return members


def _evolve(rng, members: list[dict], isolated: bool) -> list[dict]:
    """The next map: copy, one may leave, one may join, some move between circles."""
    members = [dict(m, supports=list(m["supports"])) for m in members]
    if len(members) > 2 and rng.random() < 0.5:
        members.pop(rng.randrange(len(members)))
    if rng.random() < 0.6:
        category = rng.choice(INFORMAL + ["service"])
        taken = {(m["category"], m["label"]) for m in members}
        free = [lb for lb in LABELS[category] if (category, lb) not in taken]
        if free:
            members.append(_member(rng, category, rng.choice(free), isolated and rng.random() < 0.7))
    for m in members:
        if rng.random() < 0.2:
            m["circle"] = rng.choice(["close", "middle", "outer"])
        if not isolated and m["category"] in INFORMAL and rng.random() < 0.15 and "emotional" not in m["supports"]:
            m["supports"] = ["emotional"] + m["supports"]
    return members


Pair = frozenset[tuple[str, str]]     # two members, by (category, label)


def _ties(rng, count: int, members: list[dict], known: dict[Pair, bool]) -> list[tuple[int, int]]:
    """Family members mostly know each other; other pairs sometimes do. `known` keeps the answer
    for a pair across snapshots, so who knows whom does not change from one map to the next."""
    pairs = []
    for i in range(count):
        for j in range(i + 1, count):
            key = frozenset({(members[i]["category"], members[i]["label"]), (members[j]["category"], members[j]["label"])})
            if key in known:
                if known[key]:
                    pairs.append((i, j))
                continue
            same_family = members[i]["category"] in ("family", "partner") and members[j]["category"] in ("family", "partner")
            both_formal = members[i]["category"] in ("professional", "service") and \
                members[j]["category"] in ("professional", "service")
            chance = 0.7 if same_family else (0.35 if both_formal else 0.08)
            known[key] = rng.random() < chance
            if known[key]:
                pairs.append((i, j))
    return pairs


def add_networks(ctx: DemoContext) -> None:
    rng = ctx.rng
    plans = []   # (person_id, [(drawn_on, members, ties)])
    for person_id in ctx.person_ids:
        if rng.random() < 0.3:
            continue
        isolated = rng.random() < 0.2
        count = rng.choices([1, 2, 3], weights=[5, 3, 2])[0]
        day = ctx.today - timedelta(days=rng.randint(60 * count, 700))
        members = _first_members(rng, isolated)
        snapshots = []
        known: dict[Pair, bool] = {}
        for _ in range(count):
            snapshots.append((day, members, _ties(rng, len(members), members, known)))
            day = min(ctx.today, day + timedelta(days=rng.randint(60, 200)))
            members = _evolve(rng, members, isolated)
        plans.append((person_id, snapshots))
    for start in range(0, len(plans), BATCH):
        _insert(ctx, plans[start:start + BATCH])


def _insert(ctx: DemoContext, plans) -> None:
    """Ids are assigned here (the demo holds the write transaction), so plain executemany
    inserts do the work without RETURNING round trips."""
    session = ctx.session
    next_snapshot = (session.scalar(select(func.max(NetworkSnapshot.id))) or 0) + 1
    next_member = (session.scalar(select(func.max(NetworkMember.id))) or 0) + 1
    snapshot_rows, member_rows, tie_rows = [], [], []
    for person_id, snapshots in plans:
        for day, members, ties in snapshots:
            snapshot_id = next_snapshot
            next_snapshot += 1
            snapshot_rows.append({"id": snapshot_id, "person_id": person_id, "drawn_on": day, "note": "",
                                  "created_by": ctx.ws.user.id})
            first = next_member
            for m in members:
                member_rows.append(dict(m, id=next_member, snapshot_id=snapshot_id))
                next_member += 1
            tie_rows += [{"snapshot_id": snapshot_id, "member_a": first + i, "member_b": first + j} for i, j in ties]
    session.execute(insert(table_of(NetworkSnapshot)), snapshot_rows)
    if member_rows:
        session.execute(insert(table_of(NetworkMember)), member_rows)
    if tie_rows:
        session.execute(insert(table_of(NetworkTie)), tie_rows)

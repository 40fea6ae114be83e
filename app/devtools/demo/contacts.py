"""Years of fictional contacts per person, ~15% anonymous encounters (some linked later),
and psychological-care sessions counted by the convention. Bulk inserted, no per-row audit."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, update

from app.devtools.demo.persons import written_languages
from app.models.contact import Contact, ContactPrivateNote
from app.models.convention import age_group_for
from app.models.instruments import cansas_core_domains
from app.models.person import Person
from app.store.base import table_of

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

MODES = ["face_to_face", "phone", "video", "street_outreach", "home_visit", "group"]
MODE_WEIGHTS = [35, 20, 4, 22, 14, 5]
PLACES = [
    "Dagcentrum De Fictieve Haven", "Gare du Midi (fictif)", "Lieu d'accroche Le Relais imaginaire",
    "Parc de la Porte de Hal", "Maison médicale fictive", "Bureau", "Domicile", "Centraal Station (verzonnen)",
]
ANONYMOUS = [
    "Homme avec un chien gris, sortie Fonsny", "Jeune femme au sac à dos rouge", "Man met fiets, zijingang",
    "Dame âgée sur le banc du square", "Twee jongeren aan het dagcentrum", "Homme qui demandait un abri",
]
NICKNAMES = ["", "", "Kapitein", "le Grand", "Mimi", "Sacha"]
# Notes in the person's written language (French for anonymous encounters in Brussels).
NOTES = {
    "fr": ["Note de démonstration fictive : a parlé de sa semaine, compte revenir jeudi.",
           "Note de démonstration fictive : a demandé les horaires de l'abri de nuit.",
           "Note de démonstration fictive : rendez-vous au CPAS préparé ensemble.",
           "Note de démonstration fictive : a reçu un sac de couchage, a accepté un café."],
    "nl": ["Fictieve demonota: vertelde over de week, komt donderdag terug.",
           "Fictieve demonota: vroeg naar de openingsuren van de nachtopvang.",
           "Fictieve demonota: afspraak bij het OCMW samen voorbereid.",
           "Fictieve demonota: kreeg een slaapzak, nam een koffie aan."],
}
BATCH = 5000


def add_contacts(ctx: DemoContext) -> None:
    rng, session = ctx.rng, ctx.session
    topics = [d.id for d in cansas_core_domains()]
    births = dict(session.execute(select(Person.id, Person.birth_year)).all())
    written = written_languages(ctx)
    end = datetime.combine(ctx.today, time(12, 0)) - timedelta(days=1)
    rows: list[dict] = []

    def contact_row(person_id: int | None, at: datetime) -> dict:
        mode = rng.choices(MODES, weights=MODE_WEIGHTS)[0]
        private = rng.random() < 0.1
        return {
            "person_id": person_id, "anonymous_label": "", "nickname": "", "occurred_at": at,
            "duration_minutes": rng.choice([5, 10, 15, 20, 30, 45, 60, 90]), "mode": mode,
            "place": rng.choice(PLACES), "topics": rng.sample(topics, rng.randint(0, 3)),
            "note": rng.choice(NOTES[written.get(person_id or 0, "fr")]) if rng.random() < 0.7 else "", "note_private": private,
            "follow_up": rng.random() < 0.2, "worker_id": ctx.ws.user.id,
            "convention_function": None, "convention_setting": None, "convention_age_group": None,
            "linked_at": None, "created_at": at,
        }

    def flush(force: bool = False) -> None:
        if rows and (force or len(rows) >= BATCH):
            # Core executemany: the ORM's per-row bookkeeping is not needed for demo rows.
            # A private note's text goes to its own table (the author's private scope).
            private = [row["note"] if row["note_private"] else None for row in rows]
            ids = session.scalars(insert(table_of(Contact)).returning(Contact.id, sort_by_parameter_order=True),
                                  [{**row, "note": "" if row["note_private"] else row["note"]} for row in rows]).all()
            notes = [{"contact_id": cid, "note": text} for cid, text in zip(ids, private, strict=True) if text is not None]
            if notes:
                session.execute(insert(table_of(ContactPrivateNote)), notes)
            rows.clear()

    for person_id in ctx.person_ids:
        years = rng.choice([1, 2, 3, 4])
        start = end - timedelta(days=365 * years)
        count = rng.randint(3, 9) * years
        therapy = rng.random() < 0.15
        birth_year = births.get(person_id)
        age_group = age_group_for(ctx.today.year - birth_year if birth_year else None) or "adults"
        for _ in range(count):
            at = start + timedelta(minutes=rng.randrange(int((end - start).total_seconds() // 60)))
            row = contact_row(person_id, at)
            if rng.random() < 0.08:   # first met anonymously, linked once registered
                row["anonymous_label"] = rng.choice(ANONYMOUS)
                row["linked_at"] = at + timedelta(days=rng.randint(1, 60))
            if therapy and row["mode"] in ("face_to_face", "video", "group"):
                row["convention_function"] = rng.choice(["first_line_support", "first_line_treatment"])
                row["convention_setting"] = "group" if row["mode"] == "group" else "individual"
                row["convention_age_group"] = age_group
                row["duration_minutes"] = 60 if row["mode"] == "group" else 50
            rows.append(row)
            if rng.random() < 0.18:    # about 15% of all contacts: encounters never linked
                anon = contact_row(None, start + timedelta(minutes=rng.randrange(int((end - start).total_seconds() // 60))))
                anon["anonymous_label"] = rng.choice(ANONYMOUS)
                anon["nickname"] = rng.choice(NICKNAMES)
                anon["mode"] = rng.choice(["street_outreach", "street_outreach", "face_to_face", "group"])
                rows.append(anon)
        flush()
    flush(force=True)
    latest = (select(func.max(Contact.occurred_at)).where(Contact.person_id == Person.id)
              .correlate(Person).scalar_subquery())
    session.execute(update(Person).where(Person.id.in_(ctx.person_ids)).values(last_contact_at=latest),
                    execution_options={"synchronize_session": False})

"""A clearly fictional directory of ~40 services across sectors, in French and Dutch; GPs
linked to persons; consents (some expired or revoked) and referrals in every status.

Runs before the steps that may use partners. Core executemany inserts with explicit ids
(the ORM bulk path splits rows by which values are None) and no per-row audit: the
benchmark builds 20,000 persons.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, func, select

from app.devtools.demo.persons import written_languages
from app.models.consent import Consent
from app.models.partner import Partner
from app.models.person import Person, fold
from app.models.referral import Referral, ReferralEvent, ReferralStatus
from app.store.base import table_of

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

NOTE = {"fr": "Service fictif — données de démonstration Relais.", "nl": "Fictieve dienst — demogegevens Relais."}

# organisation, service, type, sector, languages, address, criteria, waiting days, contact
DIRECTORY: list[tuple[str, str, str, str, list[str], str, dict, int | None, str]] = [
    ("Maison médicale Les Tilleuls Imaginaires", "", "O", "first_line", ["fr"], "Rue Imaginaire 12, 1060 Saint-Gilles", {}, 0, "Dr Claire Fictive"),
    ("Maison médicale du Canal Fictif", "", "O", "first_line", ["fr", "ar"], "Quai Inventé 3, 1080 Molenbeek-Saint-Jean", {"accepts_drug_users": True}, 0, "Dr Karim Imaginaire"),
    ("Wijkgezondheidscentrum De Fictieve Linde", "", "O", "first_line", ["nl", "fr"], "Fictiefstraat 44, 1030 Schaarbeek", {}, 7, "Dr. Els Verzonnen"),
    ("Huisartsenpraktijk Nergenshof", "", "O", "first_line", ["nl"], "Nergenshof 2, 2000 Antwerpen", {"needs_insurance": True}, 3, "Dr. Pieter Denkbeeld"),
    ("Cabinet médical de la Place Rêvée", "", "O", "first_line", ["fr"], "Place Rêvée 9, 4000 Liège", {}, 5, "Dr Anne Songe"),
    ("Medisch Huis Zonderland", "", "O", "first_line", ["nl", "en"], "Zonderlandlaan 18, 9000 Gent", {}, 10, "Dr. Tom Fictief"),
    ("Maison médicale Mosaïque Fictive", "", "O", "first_line", ["fr", "tr"], "Chaussée Inventée 150, 1030 Schaerbeek", {"accepts_drug_users": True}, 2, "Dr Leyla Imaginaire"),
    ("Service de santé mentale L'Horizon Fictif", "Adultes", "O", "mental_health", ["fr"], "Rue du Mirage 4, 1000 Bruxelles", {"min_age": 18, "accepts_drug_users": False}, 90, "Mme Sophie Rêve"),
    ("Service de santé mentale L'Horizon Fictif", "Équipe exil et migration", "O", "mental_health", ["fr", "ar", "en"], "Rue du Mirage 4, 1000 Bruxelles", {"min_age": 16}, 45, "M. Yannick Chimère"),
    ("CGG De Fictieve Brug", "Team volwassenen", "O", "mental_health", ["nl"], "Fictiefstraat 3, 1000 Brussel", {"min_age": 18, "needs_address": True}, 120, "Dr. An Peeters-Verzonnen"),
    ("CGG De Fictieve Brug", "Mobiel team 2b", "O", "mental_health", ["nl", "fr"], "Fictiefstraat 3, 1000 Brussel", {"min_age": 18, "accepts_drug_users": True}, 21, "Jeroen Denkbeeld"),
    ("Équipe mobile de crise Imaginaire", "Fonction 2a", "O", "mental_health", ["fr", "nl"], "Avenue Chimère 77, 1050 Ixelles", {"min_age": 16, "accepts_drug_users": True}, 0, "Infirmière de coordination"),
    ("Hôpital psychiatrique fictif Les Sources", "Unité de soins intensifs", "R", "mental_health", ["fr"], "Route des Songes 1, 1340 Ottignies", {"min_age": 18, "needs_insurance": True}, 30, "Service des admissions"),
    ("Psychiatrisch Centrum Fictief Hof", "Afdeling herstel", "R", "mental_health", ["nl"], "Kasteeldreef Nergens 5, 3000 Leuven", {"min_age": 18, "needs_insurance": True, "accepts_drug_users": False}, 60, "Opnamedienst"),
    ("Centre de jour fictif Le Phare", "Réhabilitation psychosociale", "D", "mental_health", ["fr"], "Rue des Nuages 21, 5000 Namur", {"min_age": 18, "max_age": 65}, 30, "Mme Isabelle Brume"),
    ("Dagcentrum De Fictieve Haven", "Activering", "D", "mental_health", ["nl", "en"], "Havenkaai Verzonnen 8, 2000 Antwerpen", {"min_age": 18}, 14, "Lotte Fictief"),
    ("Initiative d'habitation protégée Imaginaire", "IHP", "R", "housing", ["fr"], "Rue de l'Utopie 30, 1070 Anderlecht", {"min_age": 18, "accepts_drug_users": False, "needs_insurance": True}, 180, "Service social"),
    ("Beschut Wonen Fictief", "", "R", "housing", ["nl"], "Droomstraat 11, 9000 Gent", {"min_age": 18, "accepts_drug_users": False}, 150, "Sofie Verzonnen"),
    ("Housing First Fictif Bruxelles", "Accompagnement au logement", "O", "housing", ["fr", "nl", "en"], "Boulevard Inventé 101, 1000 Bruxelles", {"accepts_drug_users": True}, 200, "Coordination Housing First"),
    ("Agence immobilière sociale Imaginaire", "", "A", "housing", ["fr"], "Rue du Songe 6, 1190 Forest", {"needs_insurance": False}, 365, "Accueil"),
    ("Abri de nuit fictif La Lanterne", "Accueil de nuit", "R", "social", ["fr", "nl", "en", "ar"], "Rue de la Lune Fictive 2, 1000 Bruxelles", {"accepts_drug_users": True}, 0, "Équipe de nuit"),
    ("Nachtopvang De Verzonnen Ster", "", "R", "social", ["nl", "fr", "en"], "Sterrenweg Nergens 9, 2060 Antwerpen", {"accepts_drug_users": True}, 0, "Nachtploeg"),
    ("CPAS fictif de Saint-Imaginaire", "Service social général", "A", "social", ["fr"], "Place de la Fiction 1, 1060 Saint-Gilles", {"needs_address": False}, 10, "Permanence sociale"),
    ("OCMW Fictief Zonderland", "Sociale dienst", "A", "social", ["nl"], "Gemeenteplein Nergens 1, 9000 Gent", {}, 10, "Onthaal"),
    ("Restaurant social fictif Le Bol", "", "D", "social", ["fr", "ar"], "Rue du Festin Inventé 15, 1080 Molenbeek-Saint-Jean", {"accepts_drug_users": True}, 0, "Bénévoles d'accueil"),
    ("Service d'aide juridique fictif Droits Devant", "Permanence", "I", "justice", ["fr", "nl"], "Rue de la Loi Rêvée 33, 1000 Bruxelles", {}, 14, "Me Julie Chimère"),
    ("Justitiehuis Fictief", "Slachtofferonthaal", "A", "justice", ["nl"], "Rechtstraat Verzonnen 2, 8000 Brugge", {}, 7, "Onthaal"),
    ("Centre fictif d'accueil en assuétudes La Passerelle", "Bas seuil", "O", "addiction", ["fr", "en"], "Rue du Détour 18, 1000 Bruxelles", {"accepts_drug_users": True}, 0, "Accueil bas seuil"),
    ("Centre fictif d'accueil en assuétudes La Passerelle", "Programme de substitution", "O", "addiction", ["fr"], "Rue du Détour 18, 1000 Bruxelles", {"accepts_drug_users": True, "min_age": 18}, 21, "Dr Marc Mirage"),
    ("MSOC Fictief De Overkant", "Laagdrempelig onthaal", "O", "addiction", ["nl", "en", "fr"], "Overkantstraat 7, 2000 Antwerpen", {"accepts_drug_users": True, "min_age": 18}, 0, "Onthaalteam"),
    ("Centre résidentiel fictif Le Rivage", "Sevrage", "R", "addiction", ["fr"], "Chemin du Rivage Inventé 3, 6000 Charleroi", {"min_age": 18, "needs_insurance": True}, 45, "Admissions"),
    ("Therapeutische Gemeenschap Fictief Anker", "", "R", "addiction", ["nl"], "Ankerdreef Nergens 12, 8400 Oostende", {"min_age": 18, "max_age": 60, "needs_insurance": True}, 75, "Opname"),
    ("Groupe d'entraide fictif Pair à Pair", "Groupe de parole", "S", "mental_health", ["fr"], "Rue de l'Écho 5, 1050 Ixelles", {"accepts_drug_users": True}, 0, "Pair-aidant référent"),
    ("Zelfhulpgroep Fictief Samen Sterk", "", "S", "addiction", ["nl"], "Samenstraat 3, 3000 Leuven", {"accepts_drug_users": True}, 0, "Ervaringsdeskundige"),
    ("Ligne d'écoute fictive Allô Nuit", "", "I", "mental_health", ["fr"], "Numéro fictif, 1000 Bruxelles", {}, 0, "Écoutants bénévoles"),
    ("Infopunt Geestelijke Gezondheid Fictief", "", "I", "mental_health", ["nl", "en"], "Infolaan Verzonnen 1, 1000 Brussel", {}, 0, "Onthaal"),
    ("Mission locale fictive Tremplin", "Insertion socioprofessionnelle", "D", "employment", ["fr"], "Rue de l'Avenir Rêvé 40, 1070 Anderlecht", {"min_age": 18, "max_age": 30, "needs_address": True}, 30, "Conseillère emploi"),
    ("Arbeidszorg Fictief De Werkplaats", "", "D", "employment", ["nl"], "Werkplaatsstraat 6, 9000 Gent", {"min_age": 18}, 60, "Trajectbegeleider"),
    ("Service de médiation de dettes fictif", "", "A", "social", ["fr", "nl"], "Rue des Comptes Imaginaires 8, 1000 Bruxelles", {}, 40, "Médiatrice"),
    ("Vertaaldienst Fictief Tolk & Co", "Sociaal tolken", "A", "other", ["nl", "fr", "ar", "tr", "pl", "ro", "uk"], "Tolkstraat 1, 1000 Brussel", {}, 2, "Planning"),
]

PHONE_PREFIX = {"fr": "+32 2 555", "nl": "+32 9 555"}
# life domain, reason, the person's request, sectors of the partners it goes to
# (domain, {lang: (reason, the person's request)}, sectors, urgencies that make sense for it):
# a wish to meet peers is never urgent; a person without a roof in winter or asking for
# substitution treatment may be.
REASONS = [
    ("accommodation", {"fr": ("Sans logement stable ; demande un hébergement.", "Je voudrais un endroit à moi, même petit."),
                       "nl": ("Geen vaste woonst; vraagt opvang.", "Ik wil een eigen plek, ook al is die klein.")},
     ("housing", "social"), ("soon", "urgent")),
    ("psychological_distress", {"fr": ("Angoisses et insomnie persistantes ; souhaite un suivi psychologique.",
                                       "J'ai besoin de parler à quelqu'un, je ne dors plus."),
                                "nl": ("Aanhoudende angst en slapeloosheid; wil psychologische begeleiding.",
                                       "Ik moet met iemand praten, ik slaap niet meer.")},
     ("mental_health",), ("routine", "soon")),
    ("drugs", {"fr": ("Demande de traitement de substitution.", "Je veux arrêter l'héroïne de la rue, pas tout d'un coup."),
               "nl": ("Vraagt een substitutiebehandeling.", "Ik wil stoppen met straatheroïne, niet in één keer.")},
     ("addiction",), ("soon", "urgent")),
    ("alcohol", {"fr": ("Souhaite diminuer sa consommation d'alcool ; demande un accompagnement.",
                        "Je veux reprendre le contrôle sur l'alcool."),
                 "nl": ("Wil minderen met drinken; vraagt begeleiding.", "Ik wil weer controle over het drinken.")},
     ("addiction",), ("routine", "soon")),
    ("daytime_activities", {"fr": ("Isolement, souhaite une activité de jour.", "Je veux faire quelque chose de mes journées."),
                            "nl": ("Isolement, wil een dagactiviteit.", "Ik wil iets doen met mijn dagen.")},
     ("employment", "mental_health"), ("routine",)),
    ("money", {"fr": ("Dettes et revenus irréguliers.", "Je veux qu'on m'aide avec mes papiers et mes dettes."),
               "nl": ("Schulden en onregelmatig inkomen.", "Ik wil hulp met mijn papieren en mijn schulden.")},
     ("social", "justice"), ("routine", "soon")),
    ("company", {"fr": ("Isolement social important.", "Je veux rencontrer des gens qui ont vécu la même chose."),
                 "nl": ("Sterk sociaal isolement.", "Ik wil andere mensen ontmoeten die hetzelfde meemaakten.")},
     ("mental_health", "addiction"), ("routine",)),
]
STATUSES = [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.WAITING_LIST,
            ReferralStatus.REFUSED, ReferralStatus.STARTED, ReferralStatus.ENDED]
PATHS = {  # the statuses a referral went through, in order
    ReferralStatus.DRAFT: ["draft"], ReferralStatus.SENT: ["draft", "sent"],
    ReferralStatus.ACCEPTED: ["draft", "sent", "accepted"],
    ReferralStatus.WAITING_LIST: ["draft", "sent", "waiting_list"],
    ReferralStatus.REFUSED: ["draft", "sent", "refused"],
    ReferralStatus.STARTED: ["draft", "sent", "waiting_list", "started"],
    ReferralStatus.ENDED: ["draft", "sent", "accepted", "started", "ended"],
}


def add_partners(ctx: DemoContext) -> None:
    """The directory, GPs for most persons, consents and referrals."""
    partner_ids = _directory(ctx)
    gps = [pid for pid, entry in zip(partner_ids, DIRECTORY, strict=True) if entry[3] == "first_line"]
    by_sector: dict[str, list[int]] = {}
    for pid, entry in zip(partner_ids, DIRECTORY, strict=True):
        by_sector.setdefault(entry[3], []).append(pid)
    _link_gps(ctx, gps)
    _consents_and_referrals(ctx, by_sector)


def _directory(ctx: DemoContext) -> list[int]:
    existing = {(o, s) for o, s in ctx.session.execute(select(Partner.organisation, Partner.service_name))}
    start = (ctx.session.scalar(select(func.max(Partner.id))) or 0) + 1
    rows, ids = [], []
    for offset, (org, service, stype, sector, langs, address, criteria, wait, contact) in enumerate(DIRECTORY):
        if (org, service) in existing:  # demo added twice to one vault
            ids.append(ctx.session.scalars(select(Partner.id).where(Partner.organisation == org,
                                                                    Partner.service_name == service)).one())
            continue
        pid = start + offset
        ids.append(pid)
        lang = langs[0] if langs[0] in NOTE else "fr"
        slug = "".join(ch for ch in fold(org) if ch.isalnum())[:18]
        rows.append({
            "id": pid, "organisation": org, "service_name": service, "service_type": stype, "sector": sector,
            "is_gp": sector == "first_line", "address": address,
            "phone": f"{PHONE_PREFIX[lang]} {ctx.rng.randint(10, 99)} {ctx.rng.randint(10, 99)}",
            "email": f"contact@{slug}.example", "languages": langs, "criteria": criteria, "waiting_days": wait,
            "contact_person": contact, "notes": NOTE[lang],
        })
    if rows:
        ctx.session.execute(table_of(Partner).insert(), rows)
    return ids


def _link_gps(ctx: DemoContext, gps: list[int]) -> None:
    query = select(Partner.id, Partner.organisation).where(Partner.id.in_(gps))
    names = {pid: org for pid, org in ctx.session.execute(query)}
    updates = []
    for pid in ctx.person_ids:
        if ctx.rng.random() < 0.6:
            gp = ctx.rng.choice(gps)
            updates.append({"person": pid, "gp": gp, "gp_text": names[gp]})
    if updates:
        table = table_of(Person)
        ctx.session.execute(table.update().where(table.c.id == bindparam("person"))
                            .values(gp_partner_id=bindparam("gp"), gp_name=bindparam("gp_text")), updates)


def _consents_and_referrals(ctx: DemoContext, by_sector: dict[str, list[int]]) -> None:
    rng, today = ctx.rng, ctx.today
    consent_id = (ctx.session.scalar(select(func.max(Consent.id))) or 0) + 1
    referral_id = (ctx.session.scalar(select(func.max(Referral.id))) or 0) + 1
    names = {pid: (org, service) for pid, org, service in
             ctx.session.execute(select(Partner.id, Partner.organisation, Partner.service_name))}
    consents, referrals, events = [], [], []
    user = ctx.ws.user.id
    written = written_languages(ctx)
    for index, person_id in enumerate(ctx.person_ids):
        if rng.random() < 0.35:
            # A general consent for the GP, sometimes expired or revoked.
            given = today - timedelta(days=rng.randint(30, 900))
            kind = rng.choices(["valid", "expired", "revoked"], weights=[70, 20, 10])[0]
            consents.append({"id": consent_id, "person_id": person_id, "partner_id": None,
                             "recipient_category": "gp", "document_types": ["identity", "bilan", "referral_letter"],
                             "purpose": "Continuité des soins avec le médecin traitant", "given_on": given,
                             "form": rng.choice(["oral", "written"]), "recorded_by": user,
                             "expires_on": (today - timedelta(days=rng.randint(1, 30))) if kind == "expired"
                             else given + timedelta(days=730),
                             "revoked_on": today - timedelta(days=rng.randint(0, 20)) if kind == "revoked" else None,
                             "revocation_note": ""})
            consent_id += 1
        if rng.random() >= 0.3 and index >= 7:
            continue
        # The first persons get one referral in each status, so every status shows in a small demo.
        status = STATUSES[index] if index < len(STATUSES) else rng.choice(STATUSES)
        domain, texts, sectors, urgencies = rng.choice(REASONS)
        reason, request = texts[written[person_id]]
        urgency = rng.choice(urgencies)
        partner = rng.choice([pid for sector in sectors for pid in by_sector.get(sector, [])])
        shared = rng.choice([["identity"], ["identity", "needs_summary"], ["identity", "care_plan"], []])
        path = PATHS[status]
        # An urgent referral moves within days; a routine one may wait months.
        days_back, step = ((len(path) * 2, 14), 3) if urgency == "urgent" else ((len(path) * 6, 200), 40)
        start = today - timedelta(days=rng.randint(*days_back))
        dates = [start]
        for _ in path[1:]:
            dates.append(min(dates[-1] + timedelta(days=rng.randint(1 if urgency == "urgent" else 2, step)), today))
        cid = None
        if status != ReferralStatus.DRAFT:
            cid = consent_id
            consents.append({"id": consent_id, "person_id": person_id, "partner_id": partner,
                             "recipient_category": None, "document_types": ["referral_letter", *shared],
                             "purpose": "Orientation", "given_on": start, "form": "written", "recorded_by": user,
                             "expires_on": start + timedelta(days=365), "revoked_on": None, "revocation_note": ""})
            consent_id += 1
        org, service = names[partner]
        pending = status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.WAITING_LIST)
        referrals.append({
            "id": referral_id, "person_id": person_id, "partner_id": partner,
            "partner_name": f"{org} — {service}" if service else org, "reason_domain": domain, "reason": reason,
            "request": request, "urgency": urgency,
            "shared_types": shared, "status": status.value, "status_on": dates[-1],
            "sent_on": dates[1] if len(dates) > 1 else None,
            "follow_up_on": dates[-1] + timedelta(days=rng.choice([2, 3] if urgency == "urgent" else [7, 14, 21]))
            if pending else None,
            "criteria_override": "", "consent_id": cid, "letter_document_id": None, "created_by": user,
        })
        events += [{"referral_id": referral_id, "status": s, "on": d, "note": "", "user_id": user}
                   for s, d in zip(path, dates, strict=False)]
        referral_id += 1
    if consents:
        ctx.session.execute(table_of(Consent).insert(), consents)
    if referrals:
        ctx.session.execute(table_of(Referral).insert(), referrals)
        ctx.session.execute(table_of(ReferralEvent).insert(), events)

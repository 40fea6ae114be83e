"""Demo persons with the diversity of names and situations met in Belgian networks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.models.niss import niss_checksum
from app.models.person import Housing, Insurance, Person, PersonStatus, person_workers

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

# (given names, family names, languages) per origin. Invented combinations, no real people.
ORIGINS = [
    (["Amélie", "Benoît", "Chloé", "Gaëtan", "Hélène", "Jérôme", "Léa", "Noël", "Zoé", "Maël", "Margaux",
      "Théo", "Inès", "Cédric", "Océane", "Loïc", "Françoise", "Raphaël", "Anaïs", "Grégoire"],
     ["Dubois", "Lefèvre", "Mertens-Lacroix", "Périer", "Wauters", "Delcourt", "Gérard", "Lambotte", "Collignon",
      "Dethier", "Fontaine", "Hanquet", "Leclercq", "Massart", "Renard", "Thiry", "Vandenbroucke", "Wilmotte"], ["fr"]),
    (["Bram", "Femke", "Jeroen", "Lotte", "Maarten", "Sofie", "Wouter", "Ine", "Joëlle", "Stijn", "Lies",
      "Pieter-Jan", "Annelies", "Koen", "Griet", "Jens", "Marieke", "Thijs", "Eline", "Ruben"],
     ["Van den Broeck", "De Smet", "Peeters", "Janssens", "Vermeulen", "Claes", "Van Damme", "D'Hondt", "Goossens",
      "Maes", "Willems", "De Backer", "Verstraete", "Lemmens", "Wouters", "Mertens", "Desmet", "Vercammen"], ["nl"]),
    (["Ayşe", "Çağlar", "Emine", "Gülşen", "İbrahim", "Mehmet", "Öykü", "Şükrü", "Zeynep", "Burak", "Elif",
      "Hüseyin", "Merve", "Ömer", "Sevgi", "Yusuf"],
     ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Kılıç", "Aydın", "Arslan", "Koç", "Kurt", "Özdemir",
      "Erdoğan", "Güneş", "Polat"], ["tr", "fr"]),
    (["Łukasz", "Małgorzata", "Wojciech", "Zofia", "Grzegorz", "Agnieszka", "Paweł", "Jędrzej", "Katarzyna",
      "Michał", "Joanna", "Stanisław", "Ewa", "Przemysław"],
     ["Wiśniewski", "Kowalczyk", "Dąbrowski", "Zieliński", "Szymański", "Wójcik", "Kamiński", "Lewandowski",
      "Woźniak", "Jabłoński", "Krawczyk", "Grabowski"], ["pl", "nl"]),
    (["Ștefan", "Ioana", "Mădălina", "Răzvan", "Cătălin", "Andreea", "Florin", "Ionuț", "Alexandra", "Mihai",
      "Oana", "Bogdan"],
     ["Popescu", "Ionescu", "Țurcanu", "Dumitrașcu", "Căpraru", "Stănescu", "Munteanu", "Constantinescu",
      "Răducanu", "Moldovan"], ["ro", "fr"]),
    (["Fatima Zahra", "Mohammed", "Youssef", "Khadija", "Abdelkader", "Nour", "Imane", "Hamza", "Salma",
      "Bilal", "Yasmina", "Karim", "Soufiane", "Latifa"],
     ["El Amrani", "Benali", "Ait Ouali", "Bouzid", "El Khattabi", "Haddad", "Azzouzi", "Belkacem", "Chaouki",
      "El Idrissi", "Mansouri", "Ouahbi", "Tahiri", "Zerrouki"], ["ar", "fr"]),
    (["Олександр", "Наталія", "Дмитро", "Ірина", "Сергій", "Анастасія", "Андрій", "Оксана", "Тарас",
      "Юлія", "Богдан", "Людмила"],
     ["Шевченко", "Коваленко", "Бондаренко", "Мельник", "Кравчук", "Ткаченко", "Бойко", "Олійник",
      "Лисенко", "Поліщук"], ["uk", "ru"]),
    (["Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Κωνσταντίνος", "Αικατερίνη", "Δημήτρης", "Σοφία"],
     ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Αντωνίου", "Ιωάννου", "Βασιλείου"], ["el", "fr"]),
]
# Given names that are women's, and family names whose form follows the bearer's gender
# (Polish -ski/-ska, Greek -os/-ou): a woman is never "Małgorzata Wiśniewski".
FEMALE = frozenset({
    "Amélie", "Chloé", "Hélène", "Léa", "Zoé", "Margaux", "Inès", "Océane", "Françoise", "Anaïs",
    "Femke", "Lotte", "Sofie", "Ine", "Joëlle", "Lies", "Annelies", "Griet", "Marieke", "Eline",
    "Ayşe", "Emine", "Gülşen", "Öykü", "Zeynep", "Elif", "Merve", "Sevgi",
    "Małgorzata", "Zofia", "Agnieszka", "Katarzyna", "Joanna", "Ewa",
    "Ioana", "Mădălina", "Andreea", "Alexandra", "Oana",
    "Fatima Zahra", "Khadija", "Nour", "Imane", "Salma", "Yasmina", "Latifa",
    "Наталія", "Ірина", "Анастасія", "Оксана", "Юлія", "Людмила",
    "Ελένη", "Μαρία", "Αικατερίνη", "Σοφία",
})
FEMININE_FORMS = {
    "Wiśniewski": "Wiśniewska", "Dąbrowski": "Dąbrowska", "Zieliński": "Zielińska", "Szymański": "Szymańska",
    "Kamiński": "Kamińska", "Lewandowski": "Lewandowska", "Jabłoński": "Jabłońska", "Grabowski": "Grabowska",
    "Παπαδόπουλος": "Παπαδοπούλου",
}


def family_form(given: str, family: str) -> str:
    """The family name in the form that agrees with the given name's gender."""
    return FEMININE_FORMS.get(family, family) if given in FEMALE else family


ALIASES = ["Zaza", "le Grand", "Mimi", "Kapitein", "Tchoupi", "Rocky", "Bibi", "Loulou", "Sacha"]
WHEREABOUTS = [
    "Gare du Midi, sortie Fonsny, le matin", "Parc de la Porte de Hal", "Centraal Station Antwerpen, zijingang",
    "Abri de nuit rue Fictive 12", "Dagcentrum De Fictieve Haven", "Square fictif près du métro Clemenceau",
]
MUTUELLES = ["Mutualité fictive A", "Fictief ziekenfonds B", "Mutualité fictive C"]


def written_languages(ctx: DemoContext) -> dict[int, str]:
    """Each demo person's written language for notes and bilans: Dutch when they speak it,
    French otherwise (the demo's services are in Brussels and Flanders)."""
    from sqlalchemy import select

    rows = ctx.session.execute(select(Person.id, Person.languages).where(Person.id.in_(ctx.person_ids)))
    return {pid: "nl" if "nl" in (langs or []) else "fr" for pid, langs in rows}


def fake_niss(rng, birth_year: int, month: int, day: int) -> str:
    serial = rng.randrange(1, 998)
    first = f"{birth_year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    return first + niss_checksum(first, birth_year >= 2000)


def add_persons(ctx: DemoContext, count: int, mark: str, progress: Callable[[int, int], None] | None) -> None:
    rng = ctx.rng
    used_niss: set[str] = set()
    batch: list[Person] = []
    for index in range(count):
        given_pool, family_pool, langs = rng.choice(ORIGINS)
        given, family = rng.choice(given_pool), rng.choice(family_pool)
        family = family_form(given, family)
        alias = rng.choice(ALIASES) if rng.random() < 0.15 else ""
        if rng.random() < 0.05:  # known by an alias only
            given, family, alias = "", "", rng.choice(ALIASES)
        year = rng.randint(1950, 2006)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        year_only = rng.random() < 0.12
        niss = None
        if rng.random() < 0.7 and not year_only:
            niss = fake_niss(rng, year, month, day)
            if niss in used_niss:
                niss = None
            else:
                used_niss.add(niss)
        housing = rng.choices(
            [Housing.RENTED, Housing.NO_FIXED_ADDRESS, Housing.SHELTER, Housing.WITH_FAMILY_OR_FRIENDS,
             Housing.SUPPORTED_HOUSING, Housing.OWN_HOME, Housing.UNKNOWN],
            weights=[35, 15, 10, 12, 10, 8, 10],
        )[0]
        insurance = rng.choices([Insurance.MUTUELLE, Insurance.MUTUELLE_BIM, Insurance.NONE, Insurance.UNKNOWN],
                                weights=[40, 35, 15, 10])[0]
        person = Person(
            given_names=given, family_name=family, alias=alias,
            birth_year=year, birth_date=None if year_only else date(year, month, day),
            niss=niss, languages=list(langs),
            phone=f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            if rng.random() < 0.6 else "",
            housing=housing.value,
            usual_whereabouts=rng.choice(WHEREABOUTS) if housing == Housing.NO_FIXED_ADDRESS else "",
            address="Rue Imaginaire " + str(rng.randint(1, 200)) + ", 1000 Bruxelles"
            if housing in (Housing.RENTED, Housing.OWN_HOME) else "",
            insurance=insurance.value,
            mutuelle_name=rng.choice(MUTUELLES) if insurance in (Insurance.MUTUELLE, Insurance.MUTUELLE_BIM) else "",
            gp_name=rng.choice(["Dr A. Fictif", "Dr B. Verzonnen", "Dr C. Imaginaire", ""]),
            status=rng.choices([PersonStatus.ACTIVE, PersonStatus.PAUSED, PersonStatus.CLOSED], weights=[80, 8, 12])[0].value,
            contact_notes=mark,
        )
        person.refresh_search_text()
        batch.append(person)
        if len(batch) >= 500 or index == count - 1:
            ctx.session.add_all(batch)
            ctx.session.flush()
            ctx.person_ids.extend(p.id for p in batch)
            batch = []
            if progress:
                progress(index + 1, count)
    _assign_to_current_user(ctx)


def _assign_to_current_user(ctx: DemoContext) -> None:
    ctx.session.execute(
        person_workers.insert(), [{"person_id": pid, "user_id": ctx.ws.user.id} for pid in ctx.person_ids]
    )

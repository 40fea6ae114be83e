"""A few realistic duplicate files, as outreach produces them: the same person registered
again from a document in Latin script, with a different spelling of an Arabic name, with
given and family name swapped, by an alias only, or without accents and with only a birth
year. Some demo persons are rewritten as such re-registrations of others, so that the vault
keeps its size; the candidates page (app/services/persons/duplicates.py) finds them.

The step draws from a copy of the demo generator, so that adding it changed no other step."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from app.models.name_matching import fold
from app.models.person import Person

if TYPE_CHECKING:
    from app.devtools.demo import DemoContext

# Spellings that a second worker plausibly types (name_matching.VARIANT_GROUPS knows them).
_SPELLINGS = {"Mohammed": "Mohamed", "Youssef": "Yusuf", "Karim": "Kareem", "Abdelkader": "Abdulkadir",
              "Khadija": "Khadidja", "Hamza": "Hamza", "Fatima Zahra": "Fatima Zahra"}


def _latin(text: str) -> str:
    return " ".join(word.capitalize() for word in fold(text).split())


def _transliterated(p: Person) -> dict:
    return {"given_names": _latin(p.given_names), "family_name": _latin(p.family_name), "alias": "",
            "birth_year": p.birth_year, "birth_date": p.birth_date}


def _spelling(p: Person) -> dict:
    return {"given_names": _SPELLINGS.get(p.given_names, p.given_names),
            "family_name": p.family_name.replace(" ", "").replace("-", " ").title(), "alias": "",
            "birth_year": p.birth_year, "birth_date": None}


def _swapped(p: Person) -> dict:
    return {"given_names": p.family_name, "family_name": p.given_names, "alias": "",
            "birth_year": p.birth_year, "birth_date": p.birth_date}


def _alias_only(p: Person) -> dict:
    return {"given_names": "", "family_name": "", "alias": f"{p.given_names} {p.family_name}",
            "birth_year": None, "birth_date": None}


def _unaccented(p: Person) -> dict:
    return {"given_names": _latin(p.given_names), "family_name": _latin(p.family_name), "alias": "",
            "birth_year": p.birth_year, "birth_date": None}


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 for ch in text)


# (kind, which originals suit it, how the second file reads)
KINDS = (
    ("transliterated", lambda p: not _is_latin(p.given_names + p.family_name), _transliterated),
    ("spelling", lambda p: p.given_names in _SPELLINGS or " " in p.family_name, _spelling),
    ("swapped", lambda p: p.birth_date is not None, _swapped),
    ("alias_only", lambda p: True, _alias_only),
    ("unaccented", lambda p: _is_latin(p.given_names + p.family_name) and fold(p.family_name) != p.family_name.lower(),
     _unaccented),
)


def add_duplicates(ctx: DemoContext) -> list[tuple[int, int, str]]:
    """Rewrite a few persons as second files of others; returns (original, duplicate, kind)."""
    rng = random.Random()
    rng.setstate(ctx.rng.getstate())
    per_kind = 2 if len(ctx.person_ids) >= 100 else 1
    if len(ctx.person_ids) < 20:
        return []
    persons = {pid: ctx.session.get_one(Person, pid) for pid in ctx.person_ids}
    named = [pid for pid, p in persons.items() if p.given_names and p.family_name and p.birth_year]
    rng.shuffle(named)
    used: set[int] = set()
    made: list[tuple[int, int, str]] = []
    for kind, suits, rewrite in KINDS:
        for _ in range(per_kind):
            original = next((pid for pid in named if pid not in used and suits(persons[pid])), None)
            if original is None:
                break
            used.add(original)
            victim = next((pid for pid in named if pid not in used), None)
            if victim is None:
                return made
            used.add(victim)
            second = persons[victim]
            for key, value in rewrite(persons[original]).items():
                setattr(second, key, value)
            second.niss = None  # registered again without the number, as happens on the street
            second.refresh_search_text()
            made.append((original, victim, kind))
    ctx.session.flush()
    return made

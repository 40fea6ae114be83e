"""Instrument content read from resources/instruments/ (data, not code).

The CANSAS domains double as the life domains used across Relais: care-plan goals,
contact topics and referral reasons point at a domain id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.paths import INSTRUMENTS


@dataclass(frozen=True)
class Domain:
    id: str
    labels: dict[str, str]
    core: bool
    extra_set: str | None = None

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@cache
def load_instrument(name: str) -> dict:
    with open(INSTRUMENTS / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def _labels(entry: dict) -> dict[str, str]:
    return {lang: entry[lang] for lang in ("en", "fr", "nl") if lang in entry}


@cache
def cansas_core_domains() -> tuple[Domain, ...]:
    return tuple(Domain(d["id"], _labels(d), True) for d in load_instrument("cansas")["core_domains"])


@cache
def cansas_extra_domains(set_name: str) -> tuple[Domain, ...]:
    sets = load_instrument("cansas").get("extra_domain_sets", {})
    return tuple(Domain(d["id"], _labels(d), False, set_name) for d in sets[set_name]["domains"])


def cansas_extra_set_names() -> list[str]:
    return sorted(load_instrument("cansas").get("extra_domain_sets", {}))


@cache
def life_domains() -> tuple[Domain, ...]:
    """The 22 core domains then every extra domain, each id once."""
    seen: dict[str, Domain] = {d.id: d for d in cansas_core_domains()}
    for name in cansas_extra_set_names():
        for d in cansas_extra_domains(name):
            seen.setdefault(d.id, d)
    return tuple(seen.values())


def life_domain_label(domain_id: str, lang: str = "en") -> str:
    for d in life_domains():
        if d.id == domain_id:
            return d.label(lang)
    return domain_id
